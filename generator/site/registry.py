"""Actors across briefings: one page per real-world actor, however many briefings name it.

Merging is linear in the number of actors: every actor is filed under its kind and normalised
full name in one dictionary pass; a one-word person name ('Putin') then joins the one
multi-word person who ends with it ('Vladimir Putin'), and only when exactly one does, so
two people who share a surname are never merged and an ambiguous surname keeps its own page.
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from generator.analyse.names import match_key, name_words
from generator.briefing import Actor, Briefing, Quote
from generator.slugs import ACTOR_SLUG_LENGTH, claim_slug, slugify

PLACE_KINDS = ("country", "place")
SEEN_WITH = 10


@dataclass
class Appearance:
    briefing: Briefing
    page: str
    actor: Actor


@dataclass
class RegisteredActor:
    """One actor across briefings; read its derived fields only once all appearances are in."""

    key: tuple[str, str]
    appearances: list[Appearance] = field(default_factory=list)
    slug: str = ""

    @cached_property
    def name(self) -> str:
        names = Counter(a.actor.name for a in self.appearances)
        return max(names, key=lambda n: (len(name_words(n)), names[n], n))

    @cached_property
    def kind(self) -> str:
        kinds = Counter(a.actor.kind for a in self.appearances)
        return max(sorted(kinds), key=lambda k: kinds[k])

    @cached_property
    def aliases(self) -> list[str]:
        names = {n for a in self.appearances for n in [a.actor.name, *a.actor.aliases]}
        return sorted((n for n in names if n != self.name), key=lambda n: (n.lower(), n))  # 'US' and 'Us' in one order whatever the set's

    def quotes(self) -> list[tuple[Appearance, Quote]]:
        return [
            (appearance, quote)
            for appearance in self.appearances
            for quote in appearance.briefing.quotes
            if quote.speaker_id == appearance.actor.id
        ]

    @cached_property
    def briefings(self) -> int:
        return len({appearance.briefing.article.source for appearance in self.appearances})

    def roles(self) -> list[tuple[Appearance, str]]:
        return [(appearance, role) for appearance in self.appearances for role in appearance.actor.roles]

    def role_history(self) -> list[RoleSpan]:
        """Each role once (compared without case), with the first and last briefing that gives
        it, oldest first: an actor named in hundreds of briefings keeps a readable page."""
        spans: dict[str, RoleSpan] = {}
        for appearance, role in sorted(self.roles(), key=lambda item: _when(item[0])):
            span = spans.get(role.casefold())
            if span is None:
                spans[role.casefold()] = RoleSpan(role, appearance, appearance, {appearance.briefing.article.source})
            else:
                span.last = appearance
                span.sources.add(appearance.briefing.article.source)
        return list(spans.values())


@dataclass
class RoleSpan:
    role: str
    first: Appearance
    last: Appearance
    sources: set[str]


def _when(appearance: Appearance) -> tuple[bool, str, str]:
    """Oldest first, undated last."""
    date = appearance.briefing.article.date
    return (date is None, date or "", appearance.page)


@dataclass
class Registry:
    """`actors` are every actor of the site, `paged` those that have a page of their own;
    `links` maps (briefing source, actor id) to the slug of a paged actor."""

    actors: list[RegisteredActor]
    paged: list[RegisteredActor]
    links: dict[tuple[str, str], str]
    seen_with: dict[str, list[tuple[RegisteredActor, int]]]

    def slug_of(self, briefing: Briefing, actor_id: str | None) -> str | None:
        return self.links.get((briefing.article.source, actor_id or ""))


def _family(kind: str) -> str:
    return "place" if kind in PLACE_KINDS else kind


def build_registry(briefings: list[Briefing], pages: dict[str, str], min_briefings: int = 1) -> Registry:
    """`pages` maps each briefing's source file to its page slug; actors named in at least
    `min_briefings` briefings get a page (and a slug)."""
    groups: dict[tuple[str, str], RegisteredActor] = {}
    surnames: dict[str, set[tuple[str, str]]] = defaultdict(set)
    single_word: list[Appearance] = []
    for briefing in sorted(briefings, key=lambda b: b.article.source):
        for actor in briefing.actors:
            appearance = Appearance(briefing, pages[briefing.article.source], actor)
            words = name_words(actor.name)
            if actor.kind == "person" and len(words) == 1:
                single_word.append(appearance)
                continue
            key = (_family(actor.kind), match_key(actor.name))
            groups.setdefault(key, RegisteredActor(key)).appearances.append(appearance)
            if actor.kind == "person" and words:
                surnames[words[-1]].add(key)
    for appearance in single_word:
        word = name_words(appearance.actor.name)[0]
        owners = surnames.get(word, set())
        key = next(iter(owners)) if len(owners) == 1 else ("person", word)
        groups.setdefault(key, RegisteredActor(key)).appearances.append(appearance)
    actors = sorted(groups.values(), key=lambda g: g.key)
    paged = [actor for actor in actors if actor.briefings >= min_briefings]
    _assign_slugs(paged)
    links = {(a.briefing.article.source, a.actor.id): actor.slug for actor in paged for a in actor.appearances}
    return Registry(actors, paged, links, _seen_with(paged, links))


def _assign_slugs(actors: list[RegisteredActor]) -> None:
    """Slug from the name; a clash takes the kind, then a hash of the key: stable across runs."""
    taken = {"index"}
    for actor in actors:
        base = slugify(actor.name, ACTOR_SLUG_LENGTH) or "actor"
        actor.slug = claim_slug(base, taken, "|".join(actor.key), (f"{base}-{actor.kind}",))


def _seen_with(actors: list[RegisteredActor], links: dict[tuple[str, str], str]) -> dict[str, list[tuple[RegisteredActor, int]]]:
    """For each actor, the actors that share most briefings with it."""
    by_slug = {actor.slug: actor for actor in actors}
    per_briefing: dict[str, set[str]] = defaultdict(set)
    for (source, _), slug in links.items():
        per_briefing[source].add(slug)
    together: dict[str, Counter] = defaultdict(Counter)
    for slugs in per_briefing.values():
        for slug in slugs:
            together[slug].update(slugs - {slug})
    return {
        slug: [(by_slug[other], count) for other, count in heapq.nsmallest(SEEN_WITH, counts.items(), key=lambda item: (-item[1], item[0]))]
        for slug, counts in together.items()
    }
