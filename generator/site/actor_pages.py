"""A page per paged actor across all briefings (roles over time, quotes, briefings, the actors
seen with it), and the actors index by kind.

An actor's page (`docs/actors/<slug>/index.md`) shows its roles over time (each role once,
with the first and last briefing that gives it), its quotes linked to the briefings'
paragraphs, the briefings it appears in, and the actors seen most often with it. Cards and
quote speakers link to it. Which actors get a page is `settings.ActorPageSettings`'s to say;
the actors index says how many have none.
"""
from __future__ import annotations

import functools
from collections import defaultdict

from markupsafe import Markup

from generator.site.escape import front_matter
from generator.site.pages import Page
from generator.site.registry import Appearance, RegisteredActor, Registry
from generator.site.renderer import Renderer, Reuse


def render_actors(renderer: Renderer, registry: Registry, reuse: Reuse) -> list[Page]:
    """A page per paged actor across all briefings, and the actors index by kind."""
    pages = []
    for actor in registry.paged:
        seen_with = registry.seen_with.get(actor.slug, [])
        keys = [a.briefing.key for a in actor.appearances]
        parts = None if None in keys else (
            tuple(zip(keys, (a.page for a in actor.appearances), (a.actor.id for a in actor.appearances))),
            tuple((other.slug, other.name, count) for other, count in seen_with),
        )
        pages.append(reuse.page(f"actors/{actor.slug}.md", parts, functools.partial(render_actor, renderer, actor, seen_with)))
    by_kind = defaultdict(list)
    for actor in registry.paged:
        by_kind[actor.kind].append((actor, Markup(f"{actor.slug}.md")))
    groups = [(kind, sorted(by_kind[kind], key=lambda item: item[0].name.lower())) for kind in sorted(by_kind)]
    text = renderer.render(
        "actors_index.md.j2",
        front=front_matter({"title": "Actors"}, "seeds/"),
        groups=groups,
        without_page=len(registry.actors) - len(registry.paged),
    )
    pages.append(Page("actors/index.md", text))
    return pages


def render_actor(renderer: Renderer, actor: RegisteredActor, seen_with: list[tuple[RegisteredActor, int]]) -> str:
    appearances = sorted(actor.appearances, key=lambda a: (a.briefing.article.date or "", a.page))
    return renderer.render(
        "actor.md.j2",
        front=front_matter({"title": actor.name}, "seeds/"),
        actor=actor,
        appearances=[(a, Markup(f"../briefings/{a.page}.md")) for a in appearances],
        roles=[(span, _briefing_link(span.first), _briefing_link(span.last)) for span in actor.role_history()],
        quotes=[(a, q, Markup(f"../briefings/{a.page}.md#p-{int(q.paragraph)}")) for a, q in actor.quotes()],
        seen_with=[(other, count, Markup(f"{other.slug}.md")) for other, count in seen_with],
    )


def _briefing_link(appearance: Appearance) -> Markup:
    return Markup(f"../briefings/{appearance.page}.md")
