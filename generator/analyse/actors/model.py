"""What the actor stage builds: a mention (one name in the text) and an actor (the mentions of one
bearer, with roles and descriptions).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.analyse.actors.countries import country_of
from generator.analyse.names import name_key, name_words, normalise_name
from generator.briefing import COUNTRY


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    guessed: bool = False  # a name the model left untagged: its kind is a guess
    titled: bool = False  # named with a personal title ('Apa Horsiesios', 'Mlle. du Motel') or one: a person
    shorter: bool = False  # a shorter name of an actor named in full: its label counts less
    described: bool = False  # a description that speaks or acts, no name ('US officials'): `ActorIndex.add_description`
    shared: bool = False  # a bare surname two people named in full bear: it credits no words (`merging.shares_a_surname`)


@dataclass
class ActorBuilder:
    """An actor while mentions are still being merged into it."""

    kind: str
    names: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    descriptions: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)  # of its mentions, before the vote
    id: str = ""
    carded: bool = True  # False once `finish` finds its name is no name a card may show
    settled: bool = False  # a kind the text says outright ('the Newcastle midfielder'): no model changes it

    @property
    def name(self) -> str:
        """The fullest proper name: most words, then longest, then first seen; for a country,
        its common name ('Syria', not 'Syrian Arab Republic'; 'United States', not 'US')."""
        if self.kind == COUNTRY:
            canonical = next((country for n in self.names if (country := country_of(n))), None)
            if canonical:
                return canonical
        return max(self.names, key=lambda name: (len(name_words(name)), len(name), -self.names.index(name)))

    @property
    def start(self) -> int:
        return min(mention.start for mention in self.mentions)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.kinds.add(mention.kind)
        name = normalise_name(mention.text)
        if name and name_key(name) not in {name_key(known) for known in self.names}:
            self.names.append(name)

    def add_description(self, text: str) -> None:
        """'the Russian leader': an alias that names the actor without being a name."""
        _add_new(self.descriptions, " ".join(text.split()))

    def add_role(self, role: str) -> None:
        _add_new(self.roles, role)


def _add_new(items: list[str], text: str) -> None:
    """Append `text` unless it is empty or already there, compared without case."""
    if text and text.lower() not in {known.lower() for known in items}:
        items.append(text)


def only_one(matches: list[ActorBuilder]) -> ActorBuilder | None:
    return matches[0] if len(matches) == 1 else None
