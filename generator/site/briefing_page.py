"""A briefing's page (key points, actor cards, the quotes table, the article) and its data
file beside it.

The page has the key points, the actor cards, the quotes table, a sources block (how many
quotes come from named people, from organisations and from unnamed sources, and the voices per
actor) and the article text with an anchor on every paragraph; a notice where the text may not
be the article or no headline was found. Its data (the export contract, EXPORT.md) is published
beside it as `briefings/<slug>.json`. Its tags, which Material shows as chips above the title,
are the seed's own, the publisher and the leading actors that are no places, MAX_TAGS (5) at
most.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from generator.briefing import Briefing
from generator.site.escape import front_matter
from generator.site.pages import GENERATED_MARK
from generator.site.registry import Registry
from generator.site.renderer import Renderer

QUOTES_PER_CARD = 2
MAX_TAGS = 5
CARD_QUOTE_WORDS = 30


@dataclass
class Voices:
    """Who the quotes come from: named people, organisations, unnamed sources; and per actor."""

    people: int
    organisations: int
    unnamed: int
    per_actor: list[tuple[str, str, int]]


def voices(briefing: Briefing) -> Voices:
    kinds = {actor.id: actor for actor in briefing.actors}
    counts = {"person": 0, "organisation": 0, "unnamed": 0}
    per_actor: dict[str, int] = defaultdict(int)
    for quote in briefing.quotes:
        actor = kinds.get(quote.speaker_id or "")
        if actor is None or actor.kind == "group":
            counts["unnamed"] += 1
        else:
            counts["person" if actor.kind == "person" else "organisation"] += 1
        if actor is not None:
            per_actor[actor.id] += 1
    ranked = sorted(per_actor.items(), key=lambda item: (-item[1], kinds[item[0]].name))
    return Voices(counts["person"], counts["organisation"], counts["unnamed"], [(i, kinds[i].name, n) for i, n in ranked])


def briefing_data(briefing: Briefing) -> str:
    """The briefing's data (the export contract) published beside its page, for reuse."""
    data = {"generator": f"{GENERATED_MARK} from seeds/{briefing.article.source}", **briefing.to_dict()}
    return json.dumps(data, ensure_ascii=False) + "\n"


def render_briefing(renderer: Renderer, briefing: Briefing, slug: str, registry: Registry, story: tuple[str, str, int] | None = None) -> str:
    """The briefing's page; `story` (id, headline, publishers) where a story page tells the same
    event from several publishers."""
    article = briefing.article
    quotes_by_actor = defaultdict(list)
    for quote in briefing.quotes:
        if quote.speaker_id:
            quotes_by_actor[quote.speaker_id].append(quote)
    fields = {
        "title": article.display_title,
        "date": article.date,
        "publisher": article.publisher,
        "tags": _tags(briefing),
    }
    def actor_page(actor_id: str | None) -> Markup | None:
        actor_slug = registry.slug_of(briefing, actor_id)
        return Markup(f"../actors/{actor_slug}.md") if actor_slug else None

    text = renderer.render(
        "briefing.md.j2",
        actor_page=actor_page,
        actor_ids={actor.name: actor.id for actor in briefing.actors},
        front=front_matter(fields, f"seeds/{article.source}"),
        b=briefing,
        a=article,
        title=article.display_title,
        quotes_by_actor=quotes_by_actor,
        story=story,
        voices=voices(briefing),
        data_file=Markup(f"{slug}.json"),
        card_quotes=QUOTES_PER_CARD,
        card_words=CARD_QUOTE_WORDS,
    )
    return text


def _tags(briefing: Briefing) -> list[str]:
    """The seed's own tags, the publisher and the briefing's leading actors, MAX_TAGS at most:
    Material shows every tag as a chip above the title, and the cards below list the rest."""
    tags = list(briefing.article.tags)
    if briefing.article.publisher:
        tags.append(briefing.article.publisher)
    tags += [a.name for a in briefing.actors if a.kind != "place"]
    return list(dict.fromkeys(" ".join(tag.split()) for tag in tags if tag.strip()))[:MAX_TAGS]
