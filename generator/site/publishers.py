"""One name per publisher across the site: 'Al Jazeera Media Network' is listed as 'Al Jazeera'
where both occur (a name that is another publisher's name followed by words of a company).
"""
from __future__ import annotations

import dataclasses

from generator.briefing import Briefing
from generator.lexicon.read import PUBLISHER_GROUP_WORDS


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
