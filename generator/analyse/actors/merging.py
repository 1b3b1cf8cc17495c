"""Mentions of one bearer merged: by normalised name, by what the text says ('X, also known as
Y'), by surname, middle name, reversed order, first name, acronym, newsroom and short
organisation name; linear in the number of actors.

By name: accents and inner possessives aside, whatever their labels. By surname: a bare
surname is its first-named bearer ('Goode' is Matthew Goode, not his father Ralph Goode:
relatives come up with their full names). By first name, also one tagged an organisation
('Bernie' of Bernie Sanders). By newsroom or magazine ('CBC' of CBC News, 'Freedom' of Freedom
Magazine). Each short name is compared only with the actors that share its first word, last
word or initials (`NameLookup`), so an article naming thousands stays linear.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.analyse.actors.aliases import stated_aliases
from generator.analyse.actors.cities import is_city_name
from generator.analyse.actors.common import is_acronym, is_plain_first_name
from generator.analyse.actors.countries import country_of
from generator.analyse.actors.model import ActorBuilder, Mention, only_one
from generator.analyse.names import (
    given_name_gender,
    given_names,
    match_key,
    name_words,
)
from generator.briefing import COUNTRY, ORGANISATION, PERSON, PLACE
from generator.lexicon.actors import (
    GENERATION_SUFFIXES,
    GENERIC_ORGANISATION_WORDS,
    NEWSROOM_WORDS,
    ORGANISATION_HEADS,
    PARTICLES,
    TRANSLITERATIONS,
)
from generator.lexicon.read import LEGAL_FORM_ENDING

QUOTED_NICKNAME = re.compile(r"[\"“‘']([^\"”’']+)[\"”’']")  # 'Robert C. "Bobby" Scott'


def stated_alias_keys(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Name keys -> the key of the name the text says they are another name for ('Jenna Marbles'
    -> 'Jenna Nicole Mourey'): every mention of either name is then one actor's, and a first name
    they share ('Jenna') is no longer ambiguous. Places are left out: 'the desert southeast of
    Antioch, known as the Syrian Thebaid' hangs the name on the nearer noun."""
    mention_at = {i: mention for mention in mentions for i in range(mention.start, mention.end)}
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        path = []
        while key in parent:
            path.append(key)
            key = parent[key]
        for step in path:
            parent[step] = key  # short paths: many names said to be one stay cheap
        return key

    for pair in stated_aliases(doc):
        linked = [mention_at[i] for i in pair if i in mention_at and mention_at[i].kind not in (PLACE, COUNTRY)]
        if len(linked) == 2:
            first, second = (root(canonical_key(mention)) for mention in linked)
            if first != second:
                parent[second] = first
    return {key: root(key) for key in parent}


def canonical_key(mention: Mention) -> str:
    """The key under which mentions are one actor: a country's canonical name; a company's name
    without its legal form ('Microsoft Corp.' is Microsoft, 'Volkswagen AG' Volkswagen)."""
    if mention.kind == COUNTRY:
        return match_key(country_of(mention.text) or mention.text)
    key = match_key(mention.text)
    return LEGAL_FORM_ENDING.sub("", key) or key


class NameLookup:
    """Actors by the first word, the last word and the initials of each of their names. A short
    name can only belong to an actor that shares one of these with it, so it is compared with
    those few, not with every actor (an article naming thousands stays linear)."""

    def __init__(self) -> None:
        self.buckets: dict[str, dict[int, ActorBuilder]] = {}
        self.order: dict[int, int] = {}

    def add(self, builder: ActorBuilder, name: str) -> None:
        self.order.setdefault(id(builder), len(self.order))
        words = name_words(name)
        if not words:
            return
        for key in (f"first {words[0]}", f"last {words[-1]}", f"last {surname_parts(name)[-1]}", f"initials {_initials(name)}"):
            self.buckets.setdefault(key, {})[id(builder)] = builder

    def near(self, name: str) -> list[ActorBuilder]:
        """The actors this name could belong to, in the order they were first seen."""
        words = name_words(name)
        keys = (f"first {words[0]}", f"last {words[-1]}", f"last {words[0]}", f"initials {name.replace('.', '')}") if words else ()
        found = {key: b for bucket in keys for key, b in self.buckets.get(bucket, {}).items()}
        return sorted(found.values(), key=lambda b: self.order[id(b)])


def merge_target(mention: Mention, builders: list[ActorBuilder]) -> ActorBuilder | None:
    """The longer-named actor this short name belongs to, among the actors it could belong to,
    or None when there is none or the choice is unclear."""
    words = name_words(mention.text)
    organisations = [b for b in builders if ORGANISATION in b.kinds]  # 'Pittsburgh Pirates' tagged a place, then an organisation
    if mention.kind == ORGANISATION and is_acronym(mention.text):
        return only_one([b for b in organisations if _has_initials(b, mention.text) or _is_newsroom_of(b, words)])
    other_spelling = only_one([
        b for b in builders
        if _skips_middle_names(b, words) or _is_reversed(b, words) or _spells_the_first_name_otherwise(b, words) or _goes_by_nickname(b, words)
    ])
    if other_spelling is not None:
        return other_spelling  # 'Brock Holt' is 'Brock Wyatt Holt', however the model labelled either
    people = [b for b in builders if b.kind == PERSON]
    opened = _organisation_opened_by(mention, words, organisations, people)
    if opened is not None:
        return opened  # 'Barrick' of Barrick Gold Corp, 'Bayern' of Bayern Munich, however the model labelled it
    if mention.kind == PERSON:
        person = _person_named(words, people)
        if person is not None or not mention.guessed:
            return person
    if _mistaken_surname(mention, words) and (person := _surname_bearer(words, people) or _first_name_bearer(mention, words, people)):
        return person
    if mention.kind == ORGANISATION and len(words) == 1 and words[0] in ORGANISATION_HEADS:
        return only_one([b for b in organisations if any(words[0] in parts[:1] + parts[-1:] for parts in map(name_words, b.names))])
    if (mention.kind == ORGANISATION or mention.guessed) and not (len(words) == 1 and words[0] in GENERIC_ORGANISATION_WORDS):
        return _organisation_named(words, organisations)
    return None


def _organisation_named(words: list[str], organisations: list[ActorBuilder]) -> ActorBuilder | None:
    """The organisation a shorter name means: the one it ends ('Red Sox' is the Boston Red Sox,
    named first, not the Pawtucket Red Sox), or the one it starts ('Major League', 'Fox' for
    Fox News)."""
    ending = [b for b in organisations if _ends_with(b, words)]
    if ending:
        return min(ending, key=lambda b: b.start)
    return only_one([b for b in organisations if (len(words) > 1 and _starts_with(b, words)) or _is_newsroom_of(b, words)])


def _organisation_opened_by(
    mention: Mention, words: list[str], organisations: list[ActorBuilder], people: list[ActorBuilder]
) -> ActorBuilder | None:
    """The one organisation whose longer name this name opens, where the rest of that name only
    says what sort of company it is or where it is from: its legal form ('Barrick' of Barrick
    Gold Corp), its newsroom ('Fox' of Fox News) or a place ('Bayern' of Bayern Munich), however the
    model labelled the shorter name. Not where the rest could name something else the short
    name is too ('Wexley' is no short name of the Wexley Foundation: a founder's words must not
    become a charity's), not a place's name ('Washington' of the Washington Post) and not where
    a person bears the name too."""
    a_place = mention.kind in (PLACE, COUNTRY) or country_of(mention.text)
    if a_place or any(_starts_with(b, words) or _ends_with(b, words) for b in people):
        return None
    a_city = is_city_name(mention.text)  # 'Toyota' of Toyota Motor Corp. (a city too), not 'Bayern' of a club named for one
    return only_one([
        b for b in organisations
        if any(_opens_a_company_or_club(name, words) and (not a_city or LEGAL_FORM_ENDING.search(match_key(name))) for name in b.names)
    ])


def _opens_a_company_or_club(name: str, words: list[str]) -> bool:
    key = match_key(name)
    parts = name_words(key)
    if len(parts) <= len(words) or parts[: len(words)] != words:
        return False
    rest = " ".join(name.split()[len(words):])
    newsroom = len(parts) == len(words) + 1 and parts[-1] in NEWSROOM_WORDS  # 'Fox' of Fox News, however tagged
    return newsroom or LEGAL_FORM_ENDING.search(key) is not None or is_city_name(rest) or country_of(rest) is not None


def _is_newsroom_of(builder: ActorBuilder, words: list[str]) -> bool:
    """'CBC' and 'CBC News', 'Fox' and 'Fox News': a broadcaster and its newsroom are one, and
    so are a magazine and its short name ('the Freedom article' of Freedom Magazine)."""
    return any(parts[:-1] == words and parts[-1] in NEWSROOM_WORDS for parts in map(name_words, builder.names))


def _person_named(words: list[str], people: list[ActorBuilder]) -> ActorBuilder | None:
    """The person a shorter name means. A bare surname is the first-named bearer of it (the
    card gathers it; where two people bear it, `shares_a_surname` marks the mention so that it
    credits no words to either); a first name alone must be unambiguous ('Jenna' for Jenna
    Marbles)."""
    if len(words) == 1:
        return _surname_bearer(words, people) or only_one([b for b in people if _starts_with(b, words)])
    return only_one([b for b in people if _ends_with(b, words)])


def _surname_bearer(words: list[str], people: list[ActorBuilder]) -> ActorBuilder | None:
    bearers = [b for b in people if _ends_with(b, words)]
    return min(bearers, key=lambda b: b.start) if bearers else None


def shares_a_surname(mention: Mention, builders: list[ActorBuilder]) -> bool:
    """Whether a one-word name is the surname of two people or more named in full ('Tom
    Arkwright ... his grandson Daniel Arkwright'): which one a bare 'Arkwright' means is not in
    the name, and a grandfather must not be given his grandson's words."""
    words = name_words(mention.text)
    return len(words) == 1 and len([b for b in builders if b.kind == PERSON and _ends_with(b, words)]) > 1


def _first_name_bearer(mention: Mention, words: list[str], people: list[ActorBuilder]) -> ActorBuilder | None:
    """'Bernie' of Bernie Sanders, 'Camilla' of Camilla Parker Bowles, 'Dusty' of Dusty Cohl, tagged
    an organisation: a first name that opens the name of one person only ('Chelsea' the club is
    no person in an article that names no Chelsea; 'Virginia' the state, a place, is never a
    first name here). A first name that is an English word too counts, since a person of the
    article bears it."""
    first_name = mention.kind == ORGANISATION and (is_plain_first_name(mention.text) or mention.text in given_names())
    return only_one([b for b in people if _starts_with(b, words)]) if first_name else None


def surname_parts(name: str) -> list[str]:
    """The words of a person's name up to the surname, without a generation's suffix ('Patrick
    W. Carlineo Jr.' -> patrick, w., carlineo): the bare 'Carlineo' is his."""
    return _without_generation(name_words(name))


def _without_generation(parts: list[str]) -> list[str]:
    parts = [part.strip(",") for part in parts]
    return parts[:-1] if len(parts) > 2 and parts[-1] in GENERATION_SUFFIXES else parts


def _skips_middle_names(builder: ActorBuilder, words: list[str]) -> bool:
    """'Eugene Nida' of 'Eugene A. Nida'; 'North Korea' is no middle-name-less 'North and South Korea'."""
    return len(words) == 2 and any(
        len(parts) > 2 and parts[0] == words[0] and parts[-1] == words[-1] and "and" not in parts
        for parts in map(name_words, builder.names)
    )


def _goes_by_nickname(builder: ActorBuilder, words: list[str]) -> bool:
    """'Bobby Scott' of 'Robert C. "Bobby" Scott': the nickname the full name gives in quotation
    marks, and its surname."""
    return len(words) == 2 and any(
        name_words(name)[-1] == words[-1] and words[0] in map(match_key, QUOTED_NICKNAME.findall(name))
        for name in builder.names
    )


def _spells_the_first_name_otherwise(builder: ActorBuilder, words: list[str]) -> bool:
    """'Mohamed Farouk' and 'Mohammed Farouk', 'Sergei' and 'Sergey': the same surname, and first
    names that differ only as transliterations do (a doubled letter, 'y' for 'i', 'x' for 'ks',
    'ph' for 'f', 'kh' for 'h') and are not of two genders. 'Anna' and 'Anne', 'Daniel' and
    'Danielle' are two people."""
    if len(words) < 2:
        return False
    for parts in map(name_words, builder.names):
        if len(parts) == len(words) and parts[1:] == words[1:] and parts[0] != words[0]:
            genders = {given_name_gender(parts[0].title()), given_name_gender(words[0].title())} - {None}
            if _transliterated(parts[0]) == _transliterated(words[0]) and len(genders) < 2:
                return True
    return False


def _transliterated(word: str) -> str:
    for written, said in TRANSLITERATIONS:
        word = word.replace(written, said)
    return re.sub(r"(.)\1+", r"\1", word)


def _is_reversed(builder: ActorBuilder, words: list[str]) -> bool:
    """'Higuchi Natsuko' and 'Natsuko Higuchi': a two-word name written family name first."""
    return len(words) == 2 and words[0] != words[1] and words[::-1] in map(name_words, builder.names)


def _mistaken_surname(mention: Mention, words: list[str]) -> bool:
    """The small model often tags a bare surname as a place or an organisation ('Galois wrote
    ...', 'Dvořák composed ...', 'al-Abadi said'); one word (or a particle and a word, written
    in lower case first) that is no country and no acronym may then be the surname of the one
    person."""
    one_word = len(words) == 1 or " " not in mention.text.strip()  # 'Fielder-Civil' is one word of two parts
    surname = one_word or (len(words) == 2 and words[0] in PARTICLES and mention.text[:1].islower())
    return (
        surname
        and mention.kind in (PLACE, ORGANISATION)
        and not is_acronym(mention.text)
        and not country_of(mention.text)
    )


def _ends_with(builder: ActorBuilder, words: list[str]) -> bool:
    return _has_name_part(builder, words, last=True)


def _starts_with(builder: ActorBuilder, words: list[str]) -> bool:
    return _has_name_part(builder, words, last=False)


def _has_name_part(builder: ActorBuilder, words: list[str], last: bool) -> bool:
    """Whether one of the actor's longer names ends (or starts) with these words. An epithet
    is no surname: 'Great' is not short for 'Peter the Great'."""
    size = len(words)
    return any(
        len(parts) > size and (_ends_in(parts, words) if last else parts[:size] == words)
        for parts in map(name_words, builder.names)
    )


def _ends_in(parts: list[str], words: list[str]) -> bool:
    """Whether a longer name's words end with these words; a bare surname may stand before a
    generation's suffix ('Carlineo' of 'Patrick W. Carlineo Jr.'), a longer name may not: 'James
    Brady' is as likely the father of 'James Scott Brady Jr.'."""
    size = len(words)
    parts = _without_generation(parts) if size == 1 else parts
    return parts[-size:] == words and not (len(parts) > size and is_epithet(parts, size))


def is_epithet(parts: list[str], size: int) -> bool:
    """Whether the last `size` words of a longer name follow 'the': 'Peter the Great'."""
    return parts[-size - 1] == "the"


def _has_initials(builder: ActorBuilder, acronym: str) -> bool:
    return acronym.replace(".", "") in {_initials(name) for name in builder.names}


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())
