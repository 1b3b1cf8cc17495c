"""Names as people write them, and the keys under which two spellings count as one name.

Free of spaCy, so the analysis and the cross-briefing registry (which runs at render time)
share one definition. A name is written without a leading 'the', without a possessive however
quoted ('Donald Trump‘s'), without what a bracket that closes nothing cuts off (the dateline of
'(CNN)Hillary Clinton said') and without a bracket left open ('Young Americans for Freedom
(YAF'); two spellings are one name whatever their accents and inner possessives. First names
come from Faker's person providers (some 80 locales); those listed by INTERNATIONAL_LOCALES (8)
locales or more ('Pierre', 'Dean') open a person's name even where they are English words, and
the locales' male and female lists give a first name's gender, a hint only.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import unicodedata
from collections import Counter

from generator.lexicon.characters import (
    INVISIBLE,  # soft hyphens, zero-width marks: 'Kauri\u00adnui' is 'Kaurinui'
)

INTERNATIONAL_LOCALES = 8
GENDER_MAJORITY = 3
NAME_EDGE_MARKS = " ,;:-–—\"“”'‘’()[]"  # punctuation around a name, never part of it
GIVEN_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female")
FAMILY_NAME_ATTRIBUTES = ("last_names", "last_names_male", "last_names_female")


def normalise_name(text: str) -> str:
    """The name as a person would write it on a card: no leading 'the', no possessive, nothing
    before a bracket that closes none ('CNN)Hillary Clinton', of a dateline glued to its first
    word) nor from a bracket that opens one left open ('Young Americans for Freedom (YAF')."""
    text = " ".join(re.sub(r"[\[\]]", "", INVISIBLE.sub("", text)).split())
    text = _unbalanced_brackets_cut(text.strip(NAME_EDGE_MARKS))
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"\s*['’‘]s?$", "", text) if re.search(r"\w['’‘]s?$", text) else text  # 'Trump‘s': a copy's wrong quote mark
    return text.strip(NAME_EDGE_MARKS)


def _unbalanced_brackets_cut(text: str) -> str:
    depth, start = 0, 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                start = i + 1
            else:
                depth -= 1
    text = text[start:]
    opened = text.rfind("(")
    return text[:opened] if opened != -1 and ")" not in text[opened:] else text


def name_key(text: str) -> str:
    return unicodedata.normalize("NFKC", normalise_name(text)).casefold().replace("’", "'").replace("‘", "'")


@functools.lru_cache(maxsize=65536)  # a site's registry asks it of every actor of every briefing
def match_key(text: str) -> str:
    """The key under which two spellings are one name: `name_key` without accents, since
    writers drop them ('Zaha Hadid' is 'Zahā Ḥadīd', 'Ichiyo' is 'Ichiyō'), nor a possessive
    inside ('New People Party' is the New People's Party)."""
    decomposed = unicodedata.normalize("NFKD", re.sub(r"'s(?=\s)", "", name_key(text)))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def name_words(text: str) -> list[str]:
    """Words of a name, split on spaces and hyphens: 'Bashar al-Assad' -> bashar, al, assad."""
    return [word for word in re.split(r"[\s\-‐]+", match_key(text)) if word]


@functools.cache
def given_names() -> frozenset[str]:
    """First names of some 80 locales, from Faker's person providers (census and registry
    lists, MIT licence): 'Sophie', 'Giovanni', 'Gérard', 'Tahir'. Capitalised as written."""
    return frozenset(_locales_per_given_name())


@functools.cache
def family_names() -> frozenset[str]:
    """Surnames of Faker's person locales ('Madrid', 'Davis', 'Khan'), capitalised as written."""
    names: set[str] = set()
    for _, listing in _person_providers():
        for attribute in FAMILY_NAME_ATTRIBUTES:
            names.update(listing.get(attribute, ()))
    return frozenset(names)


@functools.cache
def international_given_names() -> frozenset[str]:
    """First names listed by many locales ('Robert', 'Pierre', 'Simon'): whatever else the word
    means ('Pierre' is a city, 'Dean' a title), it is first of all a first name."""
    return frozenset(name for name, locales in _locales_per_given_name().items() if locales >= INTERNATIONAL_LOCALES)


def given_name_gender(name: str) -> str | None:
    """'male' or 'female' when Faker's locales list the first name for one gender at least
    GENDER_MAJORITY times as often as for the other ('Sarah', 'Marco'); None for names
    listed for both ('Kim', 'Hillary') or not at all. The articles are English, so where the
    English locales list the name, they alone decide: 'Jan' is a man in Dutch, Czech and
    Polish, and either in English. A hint only: the article's own pronouns for its bearer say
    more."""
    english_male, english_female = (listed[name] for listed in _gendered_given_names(english=True))
    male, female = (english_male, english_female) if english_male or english_female else (
        listed[name] for listed in _gendered_given_names(english=False)
    )
    if male and male >= GENDER_MAJORITY * female:
        return "male"
    if female and female >= GENDER_MAJORITY * male:
        return "female"
    return None


@functools.cache
def _locales_per_given_name() -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, listing in _person_providers():
        names: set[str] = set()
        for attribute in GIVEN_NAME_ATTRIBUTES:
            names.update(listing.get(attribute, ()))
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return counts


@functools.cache
def _gendered_given_names(english: bool) -> tuple[Counter, Counter]:
    """How many locales (the English ones only, or all) list each first name as male, and how
    many as female."""
    male, female = Counter(), Counter()
    for locale, listing in _person_providers():
        if english and not _is_english_locale(locale):
            continue
        male.update(set(listing.get("first_names_male", ())))
        female.update(set(listing.get("first_names_female", ())))
    return male, female


def _is_english_locale(locale: str) -> bool:
    return locale == "en" or locale.startswith("en_")


@functools.cache
def _person_providers() -> tuple[tuple[str, dict[str, tuple[str, ...]]], ...]:
    """The first-name and surname lists of each of Faker's person locales, by attribute name,
    with the locale's name."""
    import faker.providers.person as people

    listings = []
    for module in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"), "Provider", None)
        listing = {}
        for attribute in (*GIVEN_NAME_ATTRIBUTES, *FAMILY_NAME_ATTRIBUTES):
            listed = vars(provider).get(attribute) if provider is not None else None
            if listed is not None and not isinstance(listed, property):
                listing[attribute] = tuple(listed)  # a dict of weighted names gives its names
        listings.append((module.name, listing))
    return tuple(listings)
