"""The index pages: the home page and its archive pages, newest first, and the publishers'
pages with the by-publisher index; PAGE_SIZE briefings to a page, so no page lists thousands.

The home page shows the latest LATEST_ON_HOME briefings as cards (title, date, publisher,
first key point), then the newest PAGE_SIZE (100); older ones are on `archive/2/`,
`archive/3/`, and so on, newest first, undated ones last. "Briefings" (`briefings/index.md`)
lists the publishers with their counts; each publisher has its own pages
(`publishers/<slug>/`, then `<slug>-p2/`, ...), PAGE_SIZE briefings to a page, in the same order.
"""
from __future__ import annotations

from collections import defaultdict

from markupsafe import Markup

from generator.briefing import Briefing
from generator.site.escape import front_matter
from generator.site.pages import Page
from generator.site.renderer import Renderer
from generator.slugs import claim_slug, slugify

LATEST_ON_HOME = 6
PAGE_SIZE = 100


def newest_first(briefings: list[Briefing]) -> list[Briefing]:
    """Newest first, undated last; equal dates by title, then source (sorts are stable)."""
    ordered = sorted(briefings, key=lambda b: ((b.article.title or "").lower(), b.article.source))
    ordered.sort(key=lambda b: b.article.date or "", reverse=True)
    ordered.sort(key=lambda b: b.article.date is None)
    return ordered


def render_archive(renderer: Renderer, entries: list) -> list[Page]:
    """The home page (latest briefings as cards, then the newest PAGE_SIZE) and `archive/N.md`
    for the older ones, so no page lists thousands of briefings."""
    chunks = _chunks(entries)
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        home = number == 1
        path = "index.md" if home else f"archive/{number}.md"
        text = renderer.render(
            "index.md.j2",
            entries=chunk,
            total=len(entries),
            number=number,
            pages=len(chunks),
            root=Markup("" if home else "../"),
            latest=LATEST_ON_HOME if home else 0,
            previous=Markup(_archive_link(number - 1, home)) if number > 1 else None,
            next=Markup(_archive_link(number + 1, home)) if number < len(chunks) else None,
            front=front_matter(  # the home page is titled by the site's name alone
                {"description": "The latest news briefings"} if home else {"title": f"Briefings, page {number}"}, "seeds/"
            ),
        )
        pages.append(Page(path, text))
    return pages


def render_publishers(renderer: Renderer, entries: list) -> list[Page]:
    """`briefings/index.md` lists the publishers; each has its own pages of briefings,
    `publishers/<slug>.md` then `<slug>-p2.md`, ..., newest first, PAGE_SIZE to a page."""
    by_publisher = defaultdict(list)
    for briefing, slug in entries:
        by_publisher[briefing.article.publisher or "Unknown publisher"].append((briefing, slug))
    names = sorted(by_publisher, key=lambda name: (name.lower(), name))
    slugs = _publisher_slugs(names)
    pages = []
    for name in names:
        chunks = _chunks(by_publisher[name])
        for number, chunk in enumerate(chunks, start=1):
            text = renderer.render(
                "publisher.md.j2",
                publisher=name,
                entries=chunk,
                total=len(by_publisher[name]),
                number=number,
                pages=len(chunks),
                previous=Markup(_publisher_page(slugs[name], number - 1)) if number > 1 else None,
                next=Markup(_publisher_page(slugs[name], number + 1)) if number < len(chunks) else None,
                front=front_matter({"title": name if number == 1 else f"{name}, page {number}"}, "seeds/"),
            )
            pages.append(Page(f"publishers/{_publisher_page(slugs[name], number)}", text))
    groups = [(name, by_publisher[name], Markup(f"../publishers/{_publisher_page(slugs[name], 1)}")) for name in names]
    front = front_matter({"title": "By publisher"}, "seeds/")
    pages.append(Page("briefings/index.md", renderer.render("by_publisher.md.j2", groups=groups, front=front)))
    return pages


def _publisher_slugs(names: list[str]) -> dict[str, str]:
    """A slug per publisher name; a clash takes a hash of the name, so slugs are stable."""
    taken: set[str] = set()
    return {name: claim_slug(slugify(name) or "publisher", taken, name) for name in names}


def _publisher_page(slug: str, number: int) -> str:
    return f"{slug}.md" if number == 1 else f"{slug}-p{number}.md"


def _chunks(entries: list) -> list[list]:
    """Entries PAGE_SIZE to a page; at least one (empty) page."""
    return [entries[i : i + PAGE_SIZE] for i in range(0, len(entries), PAGE_SIZE)] or [[]]


def _archive_link(number: int, from_home: bool) -> str:
    if number == 1:
        return "../index.md"
    return f"archive/{number}.md" if from_home else f"{number}.md"
