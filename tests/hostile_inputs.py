"""Generated hostile inputs: malformed seeds and injection payloads.

Shared by the tests and by `bench/hostile.py`. Everything is made from a seeded random
generator, so the same call gives the same files.
"""
from __future__ import annotations

import codecs
import random

ARTICLE = (
    "The city council on Tuesday approved a new budget for the coming year, officials said.\n\n"
    "“We had no other choice,” said Mayor Jane Roe, who presented the plan to the council.\n\n"
    "Opposition members said the cuts would hurt schools and hospitals in the poorer districts."
)

SCRIPT_PAYLOADS = [
    "<script>document.body.setAttribute('data-hostile', 'ran' + '-script')</script>",
    "<img src=x onerror=\"document.body.setAttribute('data-hostile', 'ran' + '-img')\">",
    "<svg onload=\"document.body.setAttribute('data-hostile', 'ran' + '-svg')\"></svg>",
    "<script>alert('hostile')</script>",
    "<iframe src=\"javascript:parent.document.body.setAttribute('data-hostile','ran'+'-iframe')\"></iframe>",
]
MARKUP_PAYLOADS = [
    "[click me](javascript:document.body.setAttribute('data-hostile','ran'+'-link'))",
    "![image](http://evil.example/pixel.png)",
    "<a href=\"javascript:alert(1)\">link</a>",
    "cell | cell | cell",
    "<!-- hidden comment -->",
    "{{ config.site_name }} {% raw %}x{% endraw %}",
    "# not a heading",
    "- not a list",
    "**not bold**",
    "`not code`",
    "{: #not-an-attribute }",
    "<div markdown>not a block</div>",
    "<!--/briefings-html--> <!--briefings-html-->",
]
PAYLOADS = SCRIPT_PAYLOADS + MARKUP_PAYLOADS
EXECUTED_MARK = "ran-"

QUOTE_MESS = ['“', '”', '"', "„", "«", "»", "‘", "’", "''", '""""']
ODD_DATES = ["31/02/2020", "yesterday", "0000-00-00", "99999-01-01", "2020-13-45", "1e10", "[2020]", "{a: b}",
             "2020-01-01T25:61:61", "Tuesday", "", "null", "-1", "2020/02/30", "20200101"]
YAML_BODIES = [
    "- a\n- list\n",
    "just a string\n",
    "42\n",
    "a: &anchor\n  b: 1\nc: *anchor\ntitle: Anchored\n",
    "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: [*c, *c, *c]\n",
    "title: !!python/object/apply:os.system ['echo hostile']\n",
    "title: !custom tag\n",
    "title: [unclosed\n",
    "? complex key\n: value\n",
    "title: {nested: {deeper: [1, 2]}}\ndate: {bad: date}\ntags: {not: a list}\n",
    "template: ../../../etc/passwd\nhide: [navigation, toc]\nsearch: {exclude: true}\ntitle: Keys MkDocs reads\n",
    "title: ok\ndate: 2020-02-30\n",
    "\t- tab indented\n",
]
UNICODE_BITS = ["مرحبا بالعالم", "שלום עולם", "\u202eevil\u202c", "😀🎉👍🏽", "👨‍👩‍👧‍👦", "\u200b\u200d\ufeff", "Ｆｕｌｌｗｉｄｔｈ", "é" * 3]


def _named(rng: random.Random, stem: str) -> str:
    return f"{stem}{rng.choice(['.txt', '.md', '.html'])}"


def _mutated(rng: random.Random) -> bytes:
    """The test article with random damage: cut, spliced, flipped bytes, stray marks."""
    data = bytearray(ARTICLE.encode("utf-8"))
    for _ in range(rng.randint(1, 6)):
        action = rng.randrange(5)
        position = rng.randrange(len(data) + 1)
        if action == 0:
            data[position:position] = rng.choice(QUOTE_MESS).encode()
        elif action == 1 and data:
            data[min(position, len(data) - 1)] = rng.randrange(256)
        elif action == 2:
            data = data[:position]
        elif action == 3:
            data[position:position] = rng.choice(UNICODE_BITS).encode()
        else:
            data[position:position] = rng.choice(PAYLOADS).encode()
    return bytes(data)


def malformed_inputs(count: int = 1000, seed: int = 7, heavy: bool = True) -> list[tuple[str, bytes]]:
    """(file name, bytes) pairs; `heavy` adds the multi-megabyte ones."""
    rng = random.Random(seed)
    fixed: list[tuple[str, bytes]] = [
        ("empty.txt", b""), ("empty.md", b""), ("empty.html", b""),
        ("spaces.txt", b"   \n\t\n  \r\n"), ("nbsp.md", "\u00a0\u2003\n\u3000".encode()),
        ("nul.txt", b"Hello\x00world " * 20), ("png.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
        ("random.txt", bytes(rng.randrange(256) for _ in range(4096))),
        ("invalid-utf8.txt", ARTICLE.encode() + b"\xc3\x28 \xa0\xa1 \xe2\x82 \xf0\x28\x8c\xbc"),
        ("mixed-encodings.txt", ARTICLE.encode("utf-8") + "\n\nCafé déjà vu à Zürich.".encode("cp1252")),
        ("utf16-no-bom.txt", ARTICLE.encode("utf-16-le")),
        ("utf16-bom.md", codecs.BOM_UTF16_BE + ("---\ntitle: UTF-16\n---\n" + ARTICLE).encode("utf-16-be")),
        ("bom-only.txt", codecs.BOM_UTF8),
        ("scripts-only.html", b"<html><head><script>var a=1;</script></head><body><script>alert(1)</script></body></html>"),
        ("tags-only.html", b"<html><body><div><span></span></div></body></html>"),
        ("nested-2000.html", ("<div>" * 2000 + ARTICLE + "</div>" * 2000).encode()),
        ("unclosed.html", b"<html><body><p>Open <b>bold <i>italic <p>" + ARTICLE.encode()),
        ("no-front-matter-end.md", ("---\ntitle: never closed\n" + ARTICLE).encode()),
        ("rtl-emoji.txt", ("\n\n".join([UNICODE_BITS[0] + " " + UNICODE_BITS[3], ARTICLE, UNICODE_BITS[1] * 20])).encode()),
        ("long-name.txt", (("Vladimir" * 60 + " Putin said “" + "x" * 500 + "” on Monday.\n\n") + ARTICLE).encode()),
        ("quotes-unbalanced.txt", ("“" * 50 + ARTICLE + "”" * 3 + '"' * 7).encode()),
        ("quotes-nested.txt", "He said “she said ‘they said “we said ‘no’ ” ’ ” yesterday” loudly.\n\n".encode() + ARTICLE.encode()),
        ("lines-only.txt", ("Menu\nHome\nNews\n" * 200).encode()),
    ]
    if heavy:
        fixed += [
            ("single-line-20mb.txt", b"word " * (21 * 1024 * 1024 // 5)),
            ("single-line-2mb.txt", b"word " * (2 * 1024 * 1024 // 5)),
            ("tiny-paragraphs-100000.txt", b"A b.\n\n" * 100_000),
            ("nested-100000.html", b"<div>" * 100_000 + ARTICLE.encode() + b"</div>" * 100_000),
        ]
    generated: list[tuple[str, bytes]] = []
    for i, body in enumerate(YAML_BODIES):
        generated.append((f"yaml-{i}.md", f"---\n{body}---\n{ARTICLE}\n".encode()))
    for i, date in enumerate(ODD_DATES):
        generated.append((f"date-{i}.md", f"---\ntitle: Dated\ndate: {date}\n---\n{ARTICLE}\n".encode()))
        generated.append((f"date-sidecar-{i}.txt", ARTICLE.encode()))
        generated.append((f"date-sidecar-{i}.yml", f"date: {date}\n".encode()))
    while len(fixed) + len([g for g in generated if not g[0].endswith(".yml")]) < count:
        generated.append((_named(rng, f"mutated-{len(generated):04d}"), _mutated(rng)))
    return fixed + generated
