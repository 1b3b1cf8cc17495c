"""Countries by their names and aliases, from Babel's territory names (a kept dependency) and a
few aliases the news uses.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from generator.analyse.names import match_key
from generator.lexicon.actors import COUNTRY_ALIASES


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


def country_of(name: str) -> str | None:
    """The canonical name of the country a name names ('US' -> 'United States'), or None."""
    return country_names().get(match_key(name))
