"""The stories' pages: one per story that at least two publishers tell (`stories/<id>.md`), the
stories' index, newest first (`stories/index.md`), and a feed of stories (`stories.xml`).

A story page shows the story's headline, its timeline (each article with its day and publisher),
its coverage by publisher, its key points merged across publishers (each with the publishers
whose text supports it, and a link to the paragraph in each briefing; the points only one
publisher reports marked so), who said what across them (a quote carried by several outlets
once, with its outlets; one credited to different speakers flagged), the figures on which
publishers differ, and its actors, linked to their pages. A story of one publisher's articles
has no page: the briefings say all it knows.
"""
from __future__ import annotations

from markupsafe import Markup

from generator.site.escape import front_matter
from generator.site.feeds import FeedItem, rss_page
from generator.site.pages import Page
from generator.site.registry import Registry
from generator.site.renderer import Renderer
from generator.stories.story import Story, publisher_of

MIN_PUBLISHERS = 2


def paged_stories(stories: list[Story]) -> list[Story]:
    """The stories that get a page, newest first (by their latest article), undated last."""
    paged = [story for story in stories if len(story.publishers) >= MIN_PUBLISHERS]
    paged.sort(key=lambda story: story.id)
    paged.sort(key=lambda story: _latest(story) or "", reverse=True)
    return paged


def render_stories(renderer: Renderer, stories: list[Story], slugs: dict[str, str], registry: Registry, site_url: str | None,
                   directory_urls: bool = True) -> list[Page]:
    paged = paged_stories(stories)
    pages = [Page(f"stories/{story.id}.md", render_story(renderer, story, slugs, registry)) for story in paged]
    pages.append(Page("stories/index.md", renderer.render(
        "stories_index.md.j2", stories=paged, latest=_latest, front=front_matter({"title": "Stories"}, "seeds/"),
    )))
    pages.append(rss_page("stories.xml", "The latest stories told by several publishers", [_feed_item(story, site_url, directory_urls) for story in paged], site_url))
    return pages


def render_story(renderer: Renderer, story: Story, slugs: dict[str, str], registry: Registry) -> str:
    by_source = {briefing.article.source: briefing for briefing in story.briefings}

    def briefing_link(source: str, paragraph: int | None = None) -> Markup:
        anchor = f"#p-{int(paragraph)}" if paragraph else ""
        return Markup(f"../briefings/{slugs[source]}.md{anchor}")

    coverage = {}
    for briefing in story.briefings:
        coverage[publisher_of(briefing)] = coverage.get(publisher_of(briefing), 0) + 1
    return renderer.render(
        "story.md.j2",
        front=front_matter({"title": story.title, "date": _latest(story)}, f"seeds/{story.briefings[0].article.source}"),
        story=story,
        coverage=sorted(coverage.items(), key=lambda item: (-item[1], item[0])),
        actors=_actors(story, registry),
        briefing_link=briefing_link,
        slug_of=lambda source: Markup(slugs[source]),
        by_source=by_source,
    )


def _actors(story: Story, registry: Registry) -> list[tuple[str, Markup | None]]:
    """The story's actors, those with a page linked, most-mentioned first, each once."""
    found: dict[str, tuple[int, str, Markup | None]] = {}
    for briefing in story.briefings:
        for actor in briefing.actors:
            slug = registry.slug_of(briefing, actor.id)
            key = slug or actor.name.casefold()
            mentions, _, link = found.get(key, (0, actor.name, None))
            found[key] = (mentions + actor.mentions, actor.name, link or (Markup(f"../actors/{slug}.md") if slug else None))
    ordered = sorted(found.values(), key=lambda item: (-item[0], item[1]))
    return [(name, link) for _, name, link in ordered]


def _latest(story: Story) -> str | None:
    dates = [briefing.article.date for briefing in story.briefings if briefing.article.date]
    return max(dates) if dates else None


def _feed_item(story: Story, site_url: str | None, directory_urls: bool) -> FeedItem:
    from generator.site.urls import site_link

    summary = " ".join(point.text for point in story.points[:3])
    return FeedItem(story.title, site_link(site_url, f"stories/{story.id}.md", directory_urls), f"story:{story.id}", _latest(story), summary)
