"""A publisher's name a reader can trust, and one name per publisher across the site.

Pages give their publisher in a copyright line ('© 2019 Hearst Communications, Inc. All Rights
Reserved'), a site name ('Al Jazeera Media Network') or not at all; what a reader must never
see as a publisher is a symbol, a year, a hosting platform or a legal phrase. `publisher_name`
keeps the name and drops the rest, or says there is none; `site_publishers` gives the site one
name for each publisher ('Al Jazeera Media Network' is 'Al Jazeera' where both occur).
"""
from __future__ import annotations

import dataclasses
import re

from .briefing import Briefing
from .lexicon import NOT_PUBLISHER_WORDS, PUBLISHER_GROUP_WORDS, PUBLISHER_LEGAL_FORMS

MAX_PUBLISHER_WORDS = 6
LEGAL_TAIL = re.compile(r"[,.]?\s*\b(all rights reserved|unless otherwise (noted|stated)|some rights reserved)\b.*$", re.IGNORECASE)
COPYRIGHT_MARKS = re.compile(r"^\s*(?:©|\(c\)|copyright\b|\d{4}(?:\s*[-–]\s*\d{4})?\b|[,.:;|-])+\s*", re.IGNORECASE)
LEGAL_FORM = re.compile(
    r"[,\s]+(?:" + "|".join(re.escape(form) for form in PUBLISHER_LEGAL_FORMS) + r")\.?$", re.IGNORECASE
)
WORD = re.compile(r"[^\W\d_][\w'’&.+-]*")


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


def site_publishers(briefings: list[Briefing]) -> list[Briefing]:
    """The briefings with one name per publisher: a name that is another publisher's name followed
    by words of a company ('Al Jazeera Media Network', 'Al Jazeera') takes the shorter one."""
    names = sorted({b.article.publisher for b in briefings if b.article.publisher}, key=lambda name: (len(name), name))
    canonical = {}
    for name in names:
        canonical[name] = next((shorter for shorter in canonical if _begins_with(name, shorter)), name)
    return [
        b if canonical.get(b.article.publisher, b.article.publisher) == b.article.publisher
        else dataclasses.replace(b, article=dataclasses.replace(b.article, publisher=canonical[b.article.publisher]))
        for b in briefings
    ]


def _begins_with(name: str, shorter: str) -> bool:
    """'Al Jazeera Media Network' begins with 'Al Jazeera' and goes on with words that name a
    company ('Media', 'Network'); 'The Times of India' is not 'The Times'."""
    words, start = name.lower().split(), shorter.lower().split()
    rest = words[len(start) :]
    return words[: len(start)] == start and bool(rest) and all(word in PUBLISHER_GROUP_WORDS for word in rest)
