"""A publisher's name a reader can trust, and the site's name as a copied page writes it.

Pages give their publisher in a copyright line ('© 2019 Hearst Communications, Inc. All Rights
Reserved'), a site name ('Al Jazeera Media Network'), the site's own furniture ('About Houston
Chronicle', 'Follow The Verge online:', 'Why you can trust Sky News', 'Popular on X', 'Advertise
with X', 'X Staff': `site_name`) or not at all; what a reader must never see as a publisher is a
symbol, a year, a hosting platform or a legal phrase. `publisher_name` keeps the name and drops
the rest (copyright marks, years, legal forms such as 'LLC' or 'Ltd', phrases such as 'All rights
reserved' or 'unless otherwise noted'), or says there is none: a symbol, a year, a hosting
platform or a furniture word ('Reply', 'Tweet') is no publisher. `generator.site.publishers`
gives the site one name for each publisher ('Al Jazeera Media Network' is 'Al Jazeera' where
both occur).

A wrong publisher is worse than none, so a name is shown only where the evidence carries it.
In a copied page the site's name counts where the page repeats it, or where a byline or an
author's note gives it once ('By Eric Song, IGN Staff', 'Phil Helsel is a reporter for NBC
News.'); a brand in capitals is not dropped for a longer name holding it ('SFGATE'); and it is
shown where the copyright line also writes it or the page repeats it often (`copy_publisher`).
Else a name line that closes a copy with no footer after it (`sign_off`). A copyright holder
alone names the owner, a wire service or an agency as often as the site, and is not shown. A
saved page's `<title>` gives the site's name beside the headline (`title_publisher`). An article
that names none is published by the site its address names (`domain_name`).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.lexicon.read import (
    HOSTING_PLATFORMS,
    LEGAL_FORM_ENDING,
    NOT_PUBLISHER_WORDS,
    NOT_SITE_NAME_OPENERS,
)
from generator.read.lines import (
    SENTENCE_END,
    TITLE_SEPARATOR,
    is_boilerplate,
    same_headline,
)

MAX_PUBLISHER_WORDS = 6
LEGAL_TAIL = re.compile(r"[,.]?\s*\b(all rights reserved|unless otherwise (noted|stated)|some rights reserved)\b.*$", re.IGNORECASE)
COPYRIGHT_MARKS = re.compile(r"^\s*(?:©|\(c\)|copyright\b|\d{4}(?:\s*[-–]\s*\d{4})?\b|[,.:;|-])+\s*", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_][\w'’&.+-]*")
SITE_NAME = r"(?P<name>(?:[Tt]he )?[A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3}?)"
SITE_FURNITURE = [  # the lines a site writes about itself, each with its name in it
    re.compile(pattern.format(name=SITE_NAME))
    for pattern in (
        r"^(?i:about|contact|support|why you can trust|work (?:at|for)) {name}$",
        r"^(?i:follow) {name}(?: (?i:online):?)?$",
        r"^{name} (?i:homepage)$",
        r"^(?i:originally published (?:on|by)) {name}\.?$",
        r"^(?i:popular on|continue to|advertise with) {name}(?: (?i:skip ad))?$",
        r"^{name} (?i:staff)$",
        r"^(?i:make) {name} (?i:my homepage)$",
        r"^{name} (?i:is part of|is supported by its audience)\b.*$",
    )
]
STAFF_LINES = [  # a byline or an author's note naming the site: enough once ('Phil Helsel is a reporter for NBC News.')
    re.compile(pattern.format(name=SITE_NAME))
    for pattern in (
        r"^(?i:by) .+, {name} (?i:staff)$",
        r"^.*\b(?i:reporter|editor|writer|correspondent|columnist) (?i:for|at) {name}\.?$",
    )
]
MIN_SITE_NAME_REPEATS = 2  # a site's name recurs on its pages; a one-off ('About the Newsroom') is a menu item


def publisher_name(value: str | None) -> str | None:
    """The name in `value`, without copyright marks, years, legal forms and legal phrases; None
    when nothing is left that can name a publisher."""
    if not value:
        return None
    name = LEGAL_TAIL.sub("", " ".join(value.split()))
    previous = None
    while previous != name:  # '© 2019 Copyright Example Media Ltd.' takes more than one pass
        previous = name
        name = LEGAL_FORM_ENDING.sub("", COPYRIGHT_MARKS.sub("", name)).strip(" ,.;:|-–—")
    words = WORD.findall(name)
    if not words or len(name.split()) > MAX_PUBLISHER_WORDS or name.startswith("("):
        return None
    if any(word.lower() in NOT_PUBLISHER_WORDS for word in words):
        return None
    return name


def domain_name(url: str | None) -> str | None:
    """The site a web address names, as its host without 'www.' ('https://www.ctpost.com/x' ->
    'ctpost.com'): the publisher of an article whose text names none. None for what is no web
    address, has no dotted host name ('localhost', an IP address) or is a hosting platform's own
    ('medium.com/@someone/…'; 'someone.wordpress.com' names the blog)."""
    try:
        parts = urlsplit((url or "").strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:  # 'http://[x': a bracket that opens no IPv6 address
        return None
    if parts.scheme.lower() not in ("http", "https") or "." not in host or host.replace(".", "").isdigit():
        return None
    if host.split(".")[0] in HOSTING_PLATFORMS:
        return None
    return host


def site_name(lines: list[str]) -> str | None:
    """The site's name as its furniture gives it ('About SFGATE', 'The Verge homepage'): of the
    names found so, the one the page repeats most as a whole word, if it repeats it or a byline
    or an author's note gives it (`STAFF_LINES`)."""
    lines = [" ".join(line.split()) for line in lines]  # 'By\xa0Eric Song, IGN Staff'
    staff = {match["name"].rstrip(".") for line in lines for pattern in STAFF_LINES if (match := pattern.match(line))}
    found = [match["name"].rstrip(".") for line in lines for pattern in SITE_FURNITURE if (match := pattern.match(line))] + sorted(staff)
    names = [name for name in dict.fromkeys(found) if name.split()[0].lower() not in NOT_PUBLISHER_WORDS | NOT_SITE_NAME_OPENERS]
    if not names:
        return None
    page = "\n".join(lines)
    lower_words = set(re.findall(r"\b[a-z]+\b", page))
    names = [name for name in names if " " in name or name not in {word.title() for word in lower_words}]  # 'About Health': a section
    repeats = {name: len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", page)) for name in names}
    names = [name for name in names if not any(_cut_short(name, other, repeats) for other in names)]
    if not names:
        return None
    best = max(names, key=lambda name: (repeats[name], len(name)))
    return best if repeats[best] >= MIN_SITE_NAME_REPEATS or best in staff else None


def _cut_short(name: str, other: str, repeats: dict[str, int]) -> bool:
    """Whether a name found is a word of another name found and stands for it ('Theater' of
    'Jeongdong Theater'). A brand written in capitals that the page repeats more often than the
    longer name is the site's own name ('SFGATE' of 'SFGATE Customer Support')."""
    if name == other or name not in other.split():
        return False
    brand = any(letter.isupper() for letter in name[1:])
    return not brand or repeats[other] >= repeats[name]


COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<name>.+?)\s*(?:\s(?:19|20)\d\d\b|\.\s|\.$|[|,/]|all rights|$)",
    re.IGNORECASE,
)
MAX_SIGN_OFF_LINES = 2


def sign_off(footer: list[str]) -> str | None:
    """A copy that ends with a short name line right after the article ('Al Arabiya English'):
    the site's name. Only where nothing else follows the article but furniture; below a long
    footer a last short line is a menu item or a credit."""
    rest = [line for line in footer if not is_boilerplate(line)]
    furniture = rest and any(pattern.match(rest[-1]) for pattern in SITE_FURNITURE)  # 'About X' names X, it is not X
    if len(rest) <= MAX_SIGN_OFF_LINES and rest and is_name_like(rest[-1]) and not furniture:
        return rest[-1]
    return None


def is_name_like(line: str) -> bool:
    """A publisher line: a few capitalised words, no digits ('01/09 18:48 ET', 'Site.com 2006
    Contact Us'), no sentence punctuation."""
    words = line.split()
    return 1 <= len(words) <= 6 and all(w[0].isupper() or not w[0].isalpha() for w in words) and not (
        SENTENCE_END.search(line) or is_boilerplate(line) or any(c.isdigit() for c in line)
    )


MIN_UNCORROBORATED_REPEATS = 3


def copy_publisher(lines: list[str], footer: list[str]) -> str | None:
    """A copy's publisher, shown only where two pieces of evidence agree: the site's name from
    its furniture (`site_name`) that the copyright line also writes, or that the page repeats
    MIN_UNCORROBORATED_REPEATS times and is more than one generic word; else a name line that
    closes a copy with no footer (`sign_off`). A copyright holder alone is not shown: on the
    copies of `pages/` and `copied/` it was the owner, a wire service or a photo agency as often
    as the site ('Hearst Communications', 'Associated Press', 'Vox Media')."""
    name = publisher_name(site_name(lines))
    if name and _corroborated(name, lines):
        return name
    return publisher_name(sign_off(footer))


def _corroborated(name: str, lines: list[str]) -> bool:
    if _in_a_copyright_line(name, lines):
        return True
    if any(pattern.match(" ".join(line.split())) for line in lines for pattern in STAFF_LINES):
        return True
    repeats = sum(1 for line in lines if re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", line))
    return repeats >= MIN_UNCORROBORATED_REPEATS and (" " in name or WEB_NAME.search(name) is not None)


def _in_a_copyright_line(name: str, lines: list[str]) -> bool:
    """Whether a copyright line among `lines` writes `name` (in any case)."""
    named = name.casefold()
    return any(named in line.casefold() for line in lines if COPYRIGHT.search(line))


def copyright_line(lines: list[str]) -> str | None:
    return next((line for line in lines if COPYRIGHT.search(line)), None)


WEB_NAME = re.compile(r"(?<![\w.@/-])(?:www\.)?(?P<name>[A-Za-z0-9][\w-]{2,}(?:\.[a-z]{2,3}){1,2})(?![\w./-])")
MAX_TITLE_PUBLISHER_WORDS = 4


def title_publisher(title: str, headline: str | None, lines: list[str]) -> str | None:
    """The site's name in a page's `<title>`: the part at the other end from the headline
    ('Headline - The Herald', 'SFGate: Headline'), shown only where the evidence carries it:
    where it is a web address ('Beyond the Beyond from Wired.com' -> 'Wired.com'), or a short
    name the page's copyright line repeats ('© 2008 The Herald'). The other end of a title is as
    often a section ('Sports', 'Nation & World') or a slogan, which is no publisher. On the
    saved pages of `pages/`, this is right on 110 of 407 pages and wrong on none."""
    other = _other_end(title or "", headline)
    if other is None:
        return None
    address = WEB_NAME.search(other)
    if address:
        return address["name"]
    if len(other.split()) <= MAX_TITLE_PUBLISHER_WORDS and _in_a_copyright_line(other, lines):
        return publisher_name(other)
    return None


def _other_end(title: str, headline: str | None) -> str | None:
    """The part of the title at the other end from the headline, where the headline is one part
    or all the others ('The Modesto Bee | Reports: EMI to cut ...': a headline with a separator
    of its own)."""
    parts = [part.strip() for part in TITLE_SEPARATOR.split(title) if part.strip()]
    at = [k for k, part in enumerate(parts) if same_headline(part, headline)]
    if len(parts) >= 2 and at:
        return parts[-1] if at[0] == 0 else parts[0] if at[-1] == len(parts) - 1 else None
    separators = list(TITLE_SEPARATOR.finditer(title))
    if not separators:
        return None
    first, last = separators[0], separators[-1]
    if same_headline(title[first.end() :].strip(), headline):
        return title[: first.start()].strip() or None
    if same_headline(title[: last.start()].strip(), headline):
        return title[last.end() :].strip() or None
    return None
