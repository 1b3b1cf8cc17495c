"""The site's pages from its briefings: one name per publisher, a slug per briefing, the
registry of actors across briefings, the stories across publishers, then every page (briefings
and their data, actors, stories, feeds, home and archive, publishers), each placed where it lies in docs/ with final links.

A briefing's slug comes from its title (`docs/briefings/<slug>/index.md`, built as
`briefings/<slug>/`). When two articles share a title, the seed whose file name sorts first
keeps the plain slug and the others get a suffix made from their own file name, so a slug
never changes because another seed was added.
"""
from __future__ import annotations

import functools

from markupsafe import Markup

from generator.briefing import Briefing
from generator.site.actor_pages import render_actors
from generator.site.briefing_page import briefing_data, render_briefing
from generator.site.feeds import json_feed, rss
from generator.site.index_pages import newest_first, render_archive, render_publishers
from generator.site.pages import Page
from generator.site.publishers import site_publishers
from generator.site.registry import build_registry
from generator.site.renderer import Renderer, Reuse
from generator.site.settings import AUTOMATIC_ACTOR_PAGES, ActorPageSettings
from generator.site.story_pages import paged_stories, render_stories
from generator.site.urls import page_file, placed_links
from generator.slugs import claim_slug, slugify
from generator.stories.grouping import GroupingSettings
from generator.stories.story import find_stories


def assign_slugs(briefings: list[Briefing]) -> dict[str, str]:
    """Source file -> page slug, from the title; on a clash the first source (by name) keeps
    the plain slug and the others get a suffix derived from their own file name, so slugs do
    not depend on which other seeds exist."""
    slugs: dict[str, str] = {}
    taken = {"index"}
    for briefing in sorted(briefings, key=lambda b: b.article.source):
        article = briefing.article
        base = slugify(article.title or "") or slugify(article.id) or "briefing"
        slugs[article.source] = claim_slug(base, taken, article.source)
    return slugs


def render_site(
    briefings: list[Briefing],
    site_url: str | None = None,
    actor_pages: ActorPageSettings = AUTOMATIC_ACTOR_PAGES,
    reuse: Reuse | None = None,
    directory_urls: bool = True,
    grouping: GroupingSettings = GroupingSettings(),
) -> list[Page]:
    """All generated pages of the site: one per briefing and per paged actor, plus the index
    pages. Briefing and actor pages whose inputs did not change are reused, not made again.
    The links of their raw HTML are final (see `urls.py`), in the form `directory_urls` says."""
    renderer = Renderer()
    reuse = Reuse(reuse.made_from if reuse else None, context=(directory_urls,))
    briefings = site_publishers(briefings)
    slugs = assign_slugs(briefings)
    registry = build_registry(briefings, slugs, actor_pages.threshold(len(briefings)))
    stories = find_stories(briefings, grouping)
    story_of = {briefing.article.source: story for story in paged_stories(stories) for briefing in story.briefings}
    pages = []
    for briefing in briefings:
        slug = slugs[briefing.article.source]
        links = tuple(registry.slug_of(briefing, actor.id) for actor in briefing.actors)
        story = story_of.get(briefing.article.source)
        told = (story.id, story.title, len(story.publishers)) if story else None
        known = None if briefing.key is None else (briefing.key, slug, briefing.article.publisher)
        render = functools.partial(render_briefing, renderer, briefing, slug, registry, told)
        pages.append(reuse.page(f"briefings/{slug}.md", known and (*known, links, told), render))
        pages.append(reuse.page(f"briefings/{slug}.json", known, functools.partial(briefing_data, briefing)))
    pages += render_actors(renderer, registry, reuse)
    pages += render_stories(renderer, stories, slugs, registry, site_url, directory_urls)
    entries = [(b, Markup(slugs[b.article.source])) for b in newest_first(briefings)]
    pages += [rss(entries, site_url, directory_urls), json_feed(entries, site_url, directory_urls)]
    pages += render_archive(renderer, entries)
    pages += render_publishers(renderer, entries)
    return [placed(page, directory_urls) for page in pages]


def placed(page: Page, directory_urls: bool) -> Page:
    """The logical page where it lies in docs/, its links made final (see `urls.py`)."""
    text = page.text if page.text is None or not page.path.endswith(".md") else placed_links(page.text, page.path, directory_urls)
    return Page(page_file(page.path), text, page.inputs)


