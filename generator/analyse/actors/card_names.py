"""Which names may stand on an actor card: proper names, and unnamed groups kept on purpose.

A card says "this actor is in the story". A description the text did not resolve ('one
company', 'a group of rabbis', 'Two people'), a title without its name ('Lt', 'Pres'), a
pronoun, a date ('Obama's 2008'), a social-media handle, two names glued together by a copy
('DonaldTrump'), page furniture or a whole clause is no actor, so it gets no card; its mentions
and any quote's words stay in the text. Unnamed groups and the usual institutions ('US
officials', 'police') keep theirs. A link is no card ('https://t.co/...', 'bit.ly/...'; a
site's name such as 'Gawker.com' is), nor a time zone ('GMT'). A card's heading opens like a sentence: a name that
starts with a particle ('al-Nusra Front', 'de Gaulle') is headed with a capital, 'Al-Nusra
Front', as encyclopaedia titles write it; nothing else changes case ('eBay', 'officials').
Free of spaCy: a pure check on the name, testable alone.
"""
from __future__ import annotations

import re

from generator.briefing import GROUP
from generator.lexicon.actors import PARTICLES
from generator.lexicon.cards import (
    CARD_PRONOUNS,
    DETERMINER_WORDS,
    FURNITURE_WORDS,
    INDEFINITE_WORDS,
    NUMBER_WORDS,
    TITLES_ALONE,
    UNNAMED_INSTITUTIONS,
)
from generator.lexicon.read import ZONE_OFFSETS

MAX_CARD_WORDS = 10
MIN_ZONE_LETTERS = 3  # 'GMT', 'EST'; not 'Z'
YEAR = re.compile(r"^(1[89]|20)\d\d$")
DATE = re.compile(
    r"(january|february|march|april|may|june|july|august|september|october|november|december)\s*\d{1,2}\b"
    r"|\d{1,2}:\d\d\s*[ap]m",
    re.IGNORECASE,
)
WORD = re.compile(r"[\w'’.@#-]+")
LINK = re.compile(r"://|^www\.|\b[\w-]+\.(?:com|org|net|ly|co|gov)/", re.IGNORECASE)  # 'https://t.co/KR47', 'bit.ly/1NSb'
PARTICLE_OPENING = re.compile(r"^(?:" + "|".join(sorted(PARTICLES)) + r")(?=[- ]\w*[A-Z])")


def heading_name(name: str) -> str:
    """The name as a card's heading writes it. A heading opens like a sentence, so a name that
    starts with a small particle takes a capital there ('al-Nusra Front' -> 'Al-Nusra Front',
    'de Gaulle' -> 'De Gaulle'), as encyclopaedia titles do. Nothing else changes: a brand cased
    on purpose keeps its case ('eBay'), and so do unnamed groups ('officials')."""
    return name[0].upper() + name[1:] if PARTICLE_OPENING.match(name) else name


def words_of(name: str) -> list[str]:
    return [w for w in (raw.strip(".,;:'’\"“”()") for raw in WORD.findall(name)) if w]


def card_problem(name: str, kind: str, vocabulary: frozenset[str] = frozenset()) -> str | None:
    """Why `name` cannot be a card, or None when it can. `vocabulary`: the words of the other
    names in the same article, to find two of them glued ('OmarIlhan')."""
    words = words_of(name)
    lower = [w.casefold() for w in words]
    if not words:
        return "no name"
    if len(words) > MAX_CARD_WORDS:
        return "a clause, not a name"
    if all(w.rstrip(".") in CARD_PRONOUNS for w in lower):
        return "a pronoun"
    if all(w.rstrip(".") in TITLES_ALONE or w in DETERMINER_WORDS for w in lower):
        return "a title alone"
    if any("@" in w for w in words) or all(w in FURNITURE_WORDS for w in lower):
        return "page furniture"
    if LINK.search(name):
        return "a link"
    if len(words) == 1 and len(words[0]) >= MIN_ZONE_LETTERS and words[0].isupper() and lower[0] in ZONE_OFFSETS:
        return "a time zone"  # 'At 1347 GMT'
    if _is_dated(name, words):
        return "a date"
    if not any(is_proper_word(w) for w in words):
        counted = lower[0] in INDEFINITE_WORDS | NUMBER_WORDS or lower[0].isdigit()  # 'a group of', 'Two people'
        kept = (kind == GROUP or lower[-1] in UNNAMED_INSTITUTIONS) and not counted
        return None if kept else "a description"
    if any(_glued(w, vocabulary) for w in words):
        return "two names glued"
    return None


def _is_dated(name: str, words: list[str]) -> bool:
    """'2019', '2016 Committee', 'New Hampshire 2000', 'Obama’s 2008', 'February 6, 2016 10:37PM'.
    A year inside a name stays ('Philadelphia 2016 Host Committee')."""
    return (
        all(w.isdigit() for w in words) or bool(YEAR.match(words[0]) or YEAR.match(words[-1]))
        or bool(DATE.search(name)) or bool(re.search(r"['’]s\s+\d", name))
    )


def is_proper_word(word: str) -> bool:
    """A word a name is made of: any capital or digit in it ('Syria', 'al-Qaida', 'iPhone', 'G20'),
    and no number word or determiner ('Two people', 'The court')."""
    return any(c.isupper() or c.isdigit() for c in word) and word.casefold() not in NUMBER_WORDS | DETERMINER_WORDS


def _glued(word: str, vocabulary: frozenset[str]) -> bool:
    """'DonaldTrump', 'OmarIlhan': a lower-case letter then a capital, and both halves words of
    the article's other names."""
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if head[-1].islower() and tail[0].isupper() and head in vocabulary and tail.split("-")[0] in vocabulary:
            return True
    return False
