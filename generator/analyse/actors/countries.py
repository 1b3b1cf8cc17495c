"""Countries by their names and aliases, from Babel's territory names (a kept dependency) and a
few aliases the news uses.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from generator.analyse.names import match_key
from generator.lexicon.actors import COUNTRY_ALIASES, DEMONYMS


@functools.cache
def country_names() -> dict[str, str]:
    """Lower-cased country name -> canonical name, from Babel's English territory names."""
    from babel import Locale

    names = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            names[match_key(name)] = name
            short = re.sub(r"\s*\(.*\)$|\s+SAR China$", "", name)
            names.setdefault(match_key(short), short)
    for alias, name in COUNTRY_ALIASES.items():
        names[match_key(alias)] = name
    return names


@functools.cache
def _country_words() -> frozenset[str]:
    return frozenset(word for name in country_names() for word in name.split())


def is_plural_of_country_word(token: Token) -> bool:
    """'the two Koreas', 'the States': places, though plural."""
    return token.lower_ in _country_words() or token.lower_[:-1] in _country_words()


@functools.cache
def _demonyms() -> frozenset[str]:
    """The words for a country's people, derived from the country's names ('Sri Lanka' ->
    'sri lankan', 'Bangladesh' -> 'bangladeshi', 'Italy' -> 'italian', 'Sudan' -> 'sudanese',
    'Seychelles' -> 'seychellois'), and `DEMONYMS` ('french', 'dutch', 'slovak')."""
    derived = set(DEMONYMS)
    for name in country_names():
        if len(name.split()) <= 2:  # 'United Arab Emirates': no people's word is made of it
            derived.update(_people_s_words(name))
    return frozenset(word for word in derived if match_key(word) not in country_names())


def _people_s_words(name: str) -> set[str]:
    if name.endswith("es"):
        return {name[:-2] + "ois"}
    if name[-1] in "aeiouy":
        return {name + "n", name[:-1] + "ian", name[:-1] + "ese"}
    return {name + "i", name + "ian", name + "ese"}


def is_demonym(name: str) -> bool:
    """Whether a name is a people's word, singular or plural ('Sri Lankan', 'Angolans', 'Croats'):
    a nationality, not an actor of its own."""
    key = match_key(name)
    return key in _demonyms() or (key.endswith("s") and key[:-1] in _demonyms() and not key.endswith(("ses", "iss")))


def country_of(name: str) -> str | None:
    """The canonical name of the country a name names ('US' -> 'United States'), or None."""
    return country_names().get(match_key(name))
