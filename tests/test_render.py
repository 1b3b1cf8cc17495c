import html

import markdown
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.briefing import Actor, Article, Block, Briefing, KeyPoint, Quote
from generator.site import raw_html
from generator.site.escape import escape_markdown, front_matter, safe_url, yaml_string
from generator.site.render import assign_slugs, newest_first, render_site

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[click](javascript:alert(3))",
    "![img](http://evil.example/x.png)",
    "a | b | c",
    "<!-- comment -->",
    "{{ config }} {% if true %}x{% endif %}",
    "# heading",
    "- list item",
    "1. numbered",
    "**bold** _it_ `code`",
    "{: #id .class }",
    "<!--briefings-html-->",
    "<!--/briefings-html-->",
]
MD = markdown.Markdown(extensions=["tables", "attr_list", "md_in_html", "admonition", "toc"])


def html_of(text: str) -> str:
    """The HTML of a generated page as the MkDocs hook has it made (see `raw_html`)."""
    MD.reset()
    lifted, blocks = raw_html.lift(text, "placeholder-")
    return raw_html.restore(MD.convert(lifted), "placeholder-", blocks)


def test_escaped_text_renders_as_the_same_text():
    for payload in PAYLOADS:
        rendered = html_of(escape_markdown(payload))
        assert rendered.startswith("<p>") and rendered.count("<") == 2, (payload, rendered)


def briefing(title="A title", source="a.txt", date=None, text="Some text here."):
    article = Article(id=source.split(".")[0], source=source, title=title, blocks=[Block(text)], date=date)
    return Briefing(article=article, key_points=[KeyPoint(text, 1)], actors=[], quotes=[])


def hostile_briefing():
    evil = " ".join(PAYLOADS)
    article = Article(
        id="evil", source="evil.txt", title=evil, blocks=[Block(evil), Block(evil, "heading")],
        publisher=evil, url="javascript:alert(4)", author=evil, tags=[evil],
    )
    actor = Actor(id="x", name=evil, kind="person", roles=[evil], affiliation=evil, aliases=[evil], mentions=1, first_paragraph=1)
    quote = Quote(evil, evil, "x", evil, "direct", 1, 0, 1, evil)
    return Briefing(article=article, key_points=[KeyPoint(evil, 1)], actors=[actor], quotes=[quote])


def briefing_page(pages):
    return next(p for p in pages if p.path.startswith("briefings/") and p.path != "briefings/index.md")


def test_hostile_briefing_is_inert():
    page = briefing_page(render_site([hostile_briefing()]))
    html = html_of(page.text.split("---\n", 2)[2])
    for tag in ("<script", "<img", "<!--", 'href="javascript', "<em>", "<strong>x", "<code>", "<ol>"):
        assert tag not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ config }}" in html
    table = html[html.index('<div class="briefing-quotes"') :]
    table = table[: table.index("</table>")]
    assert table.count("<td>") == 5, "pipes in the text must not add table cells"


def test_front_matter_is_safe_yaml():
    page = briefing_page(render_site([hostile_briefing()]))
    meta = yaml.safe_load(page.text.split("---\n")[1])
    assert set(meta) == {"title", "publisher", "tags"}
    assert meta["title"].startswith("&lt;script&gt;"), "the theme prints the title unescaped"
    assert all("<" not in tag for tag in meta["tags"]), "the tags plugin prints tag names unescaped"


def test_slugs_are_stable_and_distinct():
    first, second = briefing(source="b.txt"), briefing(source="a.txt")
    slugs = assign_slugs([first, second])
    assert slugs["a.txt"] == "a-title"
    assert slugs["b.txt"].startswith("a-title-") and slugs["b.txt"] != "a-title"
    assert assign_slugs([second, first]) == slugs
    third = briefing(source="c.txt")
    assert assign_slugs([first, second, third])["b.txt"] == slugs["b.txt"]


def test_slug_of_untitled_or_unicode_article():
    slugs = assign_slugs([briefing(title=None, source="Ünïcode name.txt"), briefing(title="Путин", source="r.txt")])
    assert slugs["Ünïcode name.txt"] == "unicode-name"
    assert slugs["r.txt"] == "r"


def test_index_is_newest_first_undated_last():
    items = [briefing("Old", "o.txt", "2015-01-01"), briefing("None", "n.txt"), briefing("New", "w.txt", "2020-05-05")]
    assert [b.article.title for b in newest_first(items)] == ["New", "Old", "None"]


def test_safe_url_only_keeps_web_links():
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"


def test_index_pages_are_paginated_with_links_that_exist():
    items = [briefing(f"Story {i}", f"s{i:03d}.txt", f"2020-01-{1 + i % 28:02d}") for i in range(250)]
    pages = {page.path: page.text for page in render_site(items)}
    assert {"index.md", "archive/2/index.md", "archive/3/index.md"} <= set(pages) and "archive/4/index.md" not in pages
    assert pages["index.md"].count("| 2020\\-") == 100 and pages["archive/3/index.md"].count("| 2020\\-") == 50
    assert "[Older](archive/2/index.md)" in pages["index.md"]
    assert "[Newer](../../index.md) · [Older](../3/index.md)" in pages["archive/2/index.md"]
    assert "(../../briefings/story-" in pages["archive/3/index.md"] and "[Newer](../2/index.md)" in pages["archive/3/index.md"]
    assert "## Latest" in pages["index.md"] and "## Latest" not in pages["archive/2/index.md"]


def test_each_publisher_has_its_own_paginated_pages():
    items = [briefing(f"Story {i}", f"s{i:03d}.txt", f"2020-01-{1 + i % 28:02d}") for i in range(210)]
    for item in items:
        item.article.publisher = "The Daily Example"
    items += [briefing("Lone", "lone.txt"), briefing("Dated", "dated.txt", "2019-05-05")]
    pages = {page.path: page.text for page in render_site(items)}
    daily = [path for path in pages if path.startswith("publishers/the-daily-example")]
    assert sorted(daily) == ["publishers/the-daily-example-p2/index.md", "publishers/the-daily-example-p3/index.md", "publishers/the-daily-example/index.md"]
    assert pages["publishers/the-daily-example/index.md"].count("(../../briefings/story-") == 100
    assert "[Newer](../the-daily-example/index.md) · [Older](../the-daily-example-p3/index.md)" in pages["publishers/the-daily-example-p2/index.md"]
    unknown = pages["publishers/unknown-publisher/index.md"]
    assert unknown.index("Dated") < unknown.index("Lone"), "undated last"
    index = pages["briefings/index.md"]
    assert "[The Daily Example](../publishers/the-daily-example/index.md) | 210 | 2020\\-01\\-28 |" in index
    assert "[Unknown publisher](../publishers/unknown-publisher/index.md) | 2 | 2019\\-05\\-05 |" in index


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_front_matter_strings_load_back_as_the_same_text(text):
    assert yaml.safe_load(f"key: {yaml_string(text)}\n") == {"key": text}


@given(st.text(), st.lists(st.text(), max_size=4))
def test_front_matter_loads_as_its_fields(title, tags):
    meta = yaml.safe_load(front_matter({"title": title, "date": None, "tags": tags}, "seeds/x.txt").split("---\n")[1])
    assert meta.get("title") == html.escape(title) and meta.get("tags") == ([html.escape(t) for t in tags] or None)


def plain_briefing(key_points: int) -> Briefing:
    article = Article(id="b", source="b.txt", title="Bridge reopens", blocks=[Block("The bridge reopened. Cars are back.")])
    points = [KeyPoint(f"Point {n}.", 1) for n in range(key_points)]
    return Briefing(article=article, key_points=points, actors=[], quotes=[])


def test_a_briefing_with_fewer_key_points_than_usual_says_so():
    assert "Only one key point was found" in briefing_page(render_site([plain_briefing(1)])).text
    assert "Only one key point was found" not in briefing_page(render_site([plain_briefing(2)])).text


def test_the_home_page_leaves_its_title_to_the_site_name():
    home = next(p for p in render_site([plain_briefing(2)]) if p.path == "index.md")
    meta = yaml.safe_load(home.text.split("---\n", 2)[1])
    assert isinstance(meta, dict) and "title" not in meta


def test_a_role_given_in_one_briefing_does_not_repeat_it_as_first_and_last():
    briefing = plain_briefing(2)
    briefing.actors = [Actor(id="ann-lee", name="Ann Lee", kind="person", roles=["Mayor"], mentions=1, first_paragraph=1)]
    page = next(p for p in render_site([briefing]) if p.path == "actors/ann-lee/index.md")
    roles = page.text[page.text.index("<td>Mayor</td>") :]
    roles = roles[: roles.index("</tr>")]
    assert roles.count("Bridge reopens") == 1 and "the same briefing" in roles


def test_a_briefing_has_five_tags_at_most_publisher_first():
    briefing = plain_briefing(2)
    briefing.article.publisher = "The Herald"
    briefing.actors = [Actor(id=f"a{n}", name=f"Actor {n}", kind="person", mentions=1, first_paragraph=1) for n in range(8)]
    page = briefing_page(render_site([briefing]))
    tags = yaml.safe_load(page.text.split("---\n", 2)[1])["tags"]
    assert tags == ["The Herald", "Actor 0", "Actor 1", "Actor 2", "Actor 3"]
