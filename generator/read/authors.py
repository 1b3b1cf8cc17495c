"""Whether a byline's author is a person's name, and which part of it is.

Pages put more than names where an author goes: a sign-in prompt ('Account You're logged in'),
a form's label ('Username'), a wire service or a desk ('CP', 'Staff'), a name with its date
glued on ('Ruth Owens January 9, 2008'), a role ('Ruth Owens, Staff Writer'). A reader must
never see those as an author: `author_name` keeps the names of people, each two to four
capitalised words (a particle such as 'de' or 'van' between them), and says there is none
otherwise.
"""
from __future__ import annotations

import re

from generator.lexicon.actors import PARTICLES
from generator.lexicon.read import NOT_AUTHOR_WORDS, WIRE_SERVICES

NAME_WORD = re.compile(
    r"^(?:[A-Z][a-z]*\.?|[A-Z][a-z]*['’-][A-Za-z][a-z]*|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z]{2,}(?:['’-][A-Z]{2,})*|Ma?c[A-Z][a-z]+|Ma?c[A-Z]{2,})$"
)  # 'Ruth', 'O'Neill', 'DeShawn', 'JAE-SOON', 'McMURRAY' 
NAMES_APART = re.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)  # 'SIBYLLA BRODZINSKY AND FRANCES ROBLES' 
ROLE_TAIL = re.compile(r"\s*[,|–—-]\s*(?:[\w.]+\s+){0,3}(?:staff|writer|reporter|editor|correspondent|columnist)\b.*$", re.IGNORECASE)
MAX_BYLINE_CHARACTERS = 200  # longer is no byline: a paragraph the reader took for one
BY = re.compile(r"^by\s+", re.IGNORECASE)
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
CAPITALS_SHARE = 0.7  # 'McMURRAY' is set in capitals


def author_name(value: str | None) -> str | None:
    """The people a byline names ('Ruth Owens and Dana Kerr'), without a role after them
    ('Ruth Owens, Staff Writer'); None where any part is no person's name."""
    if not value or len(value) > MAX_BYLINE_CHARACTERS:
        return None
    text = _capitals_name_alone(ROLE_TAIL.sub("", BY.sub("", " ".join(value.split()))).strip(" ,;:|"))
    names = [name for name in NAMES_APART.split(text) if name]
    if not names or not all(_is_person(name) for name in names):
        return None
    return re.sub(r"(?<= )AND(?= )", "and", text)  # 'SIBYLLA BRODZINSKY and FRANCES ROBLES'


def _capitals_name_alone(text: str) -> str:
    """'JESSICA MINTZ AP Technology Writer' -> 'JESSICA MINTZ': a name set in capitals, then its
    desk or paper in ordinary case with no comma between (a name is set in one case; a wire
    service's initials before the desk go with it)."""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if not _in_capitals(word)), len(words))
    if cut == len(words) or cut < MIN_NAME_WORDS:
        return text
    while cut > MIN_NAME_WORDS and words[cut - 1].lower() in WIRE_SERVICES:
        cut -= 1
    return " ".join(words[:cut])


def _in_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters) or bool(re.fullmatch(r"[A-Z]\.", word))


def _is_person(name: str) -> bool:
    words = name.split()
    named = [word for word in words if word.lower() not in PARTICLES]
    return (
        MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS
        and len(named) >= MIN_NAME_WORDS
        and all(NAME_WORD.match(word) for word in named)
        and not any(word.lower().strip(".") in NOT_AUTHOR_WORDS for word in words)
    )
