"""Feeds of the latest briefings: RSS 2.0 (`feed.xml`) and JSON Feed 1.1 (`feed.json`), the
latest FEED_SIZE (50).

Links are absolute when the site's URL is known (`site_url` in mkdocs.yml, or `--site-url`),
relative to the site's root otherwise; always that address: `mkdocs serve` replaces `site_url`
by its local one while it runs, which the hook ignores, so no serve-time URL is left in docs/.
Every text is escaped for XML; nothing depends on the time of the build, so the same briefings
give the same bytes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from xml.sax.saxutils import escape

from generator.briefing import Briefing
from generator.site.pages import GENERATED_MARK, Page
from generator.site.urls import site_link

FEED_SIZE = 50
SITE_TITLE = "Briefings"


def _link(site_url: str | None, slug: str, directory_urls: bool) -> str:
    return site_link(site_url, f"briefings/{slug}.md", directory_urls)


def _summary(briefing: Briefing) -> str:
    return " ".join(point.text for point in briefing.key_points)


def _rss_date(date: str) -> str:
    import datetime as dt

    return dt.date.fromisoformat(date).strftime("%a, %d %b %Y 00:00:00 +0000")


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str
    guid: str
    date: str | None
    description: str


def rss(entries: list[tuple[Briefing, str]], site_url: str | None, directory_urls: bool = True) -> Page:
    items = [
        FeedItem(b.article.display_title, _link(site_url, slug, directory_urls), b.article.source, b.article.date, _summary(b))
        for b, slug in entries[:FEED_SIZE]
    ]
    return rss_page("feed.xml", "The latest news briefings", items, site_url)


def rss_page(path: str, description: str, items: list[FeedItem], site_url: str | None = None) -> Page:
    """An RSS 2.0 feed of the first FEED_SIZE items, every text escaped for XML."""
    entries = []
    for item in items[:FEED_SIZE]:
        date = f"\n      <pubDate>{_rss_date(item.date)}</pubDate>" if item.date else ""
        entries.append(
            f"    <item>\n      <title>{escape(item.title)}</title>\n      <link>{escape(item.link)}</link>\n"
            f"      <guid isPermaLink=\"false\">{escape(item.guid)}</guid>{date}\n"
            f"      <description>{escape(item.description)}</description>\n    </item>"
        )
    channel_link = escape(site_url or "./")
    text = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {GENERATED_MARK}; edits are overwritten. -->\n'
        f'<rss version="2.0">\n  <channel>\n    <title>{SITE_TITLE}</title>\n    <link>{channel_link}</link>\n'
        f"    <description>{escape(description)}</description>\n" + "\n".join(entries) + "\n  </channel>\n</rss>\n"
    )
    return Page(path, text)


def json_feed(entries: list[tuple[Briefing, str]], site_url: str | None, directory_urls: bool = True) -> Page:
    items = []
    for briefing, slug in entries[:FEED_SIZE]:
        article = briefing.article
        item = {"id": article.source, "url": _link(site_url, slug, directory_urls), "title": article.display_title, "content_text": _summary(briefing)}
        if article.date:
            item["date_published"] = f"{article.date}T00:00:00Z"
        if article.tags:
            item["tags"] = list(article.tags)
        items.append(item)
    feed = {"generator": GENERATED_MARK, "version": "https://jsonfeed.org/version/1.1", "title": SITE_TITLE, "items": items}
    if site_url:
        feed["home_page_url"] = site_url
        feed["feed_url"] = f"{site_url.rstrip('/')}/feed.json"
    return Page("feed.json", json.dumps(feed, ensure_ascii=False, indent=1) + "\n")
