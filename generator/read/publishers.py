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

In a copied page the site's name counts where the page repeats it, or where a byline or an
author's note gives it once ('By Eric Song, IGN Staff', 'Phil Helsel is a reporter for NBC
News.'); a brand in capitals is not dropped for a longer name holding it ('SFGATE'). Else the
copyright line's holder gives its brand ('Forbes Media LLC' -> 'Forbes'), else a name line that
closes a copy with no footer after it (`sign_off`). An article that names none is published by
the site its address names (`domain_name`). Where a page shows its own name only as a logo or a
menu, the name read is often the owning company's ('Hearst Communications', 'Gannett').
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.lexicon.read import (
    COMPANY_WORDS,
    HOSTING_PLATFORMS,
    NOT_PUBLISHER_WORDS,
    NOT_SITE_NAME_OPENERS,
    PUBLISHER_LEGAL_FORMS,
)
from generator.read.lines import SENTENCE_END, is_boilerplate

MAX_PUBLISHER_WORDS = 6
LEGAL_TAIL = re.compile(r"[,.]?\s*\b(all rights reserved|unless otherwise (noted|stated)|some rights reserved)\b.*$", re.IGNORECASE)
COPYRIGHT_MARKS = re.compile(r"^\s*(?:©|\(c\)|copyright\b|\d{4}(?:\s*[-–]\s*\d{4})?\b|[,.:;|-])+\s*", re.IGNORECASE)
LEGAL_FORM = re.compile(
    r"[,\s]+(?:" + "|".join(re.escape(form) for form in PUBLISHER_LEGAL_FORMS) + r")\.?$", re.IGNORECASE
)
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
        name = LEGAL_FORM.sub("", COPYRIGHT_MARKS.sub("", name)).strip(" ,.;:|-–—")
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


def brand_name(holder: str | None) -> str | None:
    """The brand in a copyright holder's name: 'Forbes Media LLC' -> 'Forbes', 'Guardian News &
    Media' -> 'Guardian News', 'Al Jazeera Media Network' -> 'Al Jazeera'."""
    name = publisher_name(holder)
    words = name.split() if name else []
    while len(words) > 1 and (words[-1].lower() in COMPANY_WORDS or words[-1] == "&"):
        words.pop()
    return " ".join(words) or None


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
    if len(rest) <= MAX_SIGN_OFF_LINES and rest and is_name_like(rest[-1]):
        return rest[-1]
    return None


def is_name_like(line: str) -> bool:
    """A publisher line: a few capitalised words, no sentence punctuation."""
    words = line.split()
    return 1 <= len(words) <= 6 and all(w[0].isupper() or not w[0].isalpha() for w in words) and not (
        SENTENCE_END.search(line) or is_boilerplate(line)
    )


def copyright_holder(lines: list[str]) -> str | None:
    """'© 2019 Reuters. All Rights Reserved.' -> 'Reuters'."""
    for line in lines:
        match = COPYRIGHT.search(line)
        if match:
            name = match.group("name").strip(" -–—:;")
            if name and len(name.split()) <= 6:
                return name
    return None


def copyright_line(lines: list[str]) -> str | None:
    return next((line for line in lines if COPYRIGHT.search(line)), None)
