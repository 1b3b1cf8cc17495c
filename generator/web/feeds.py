"""RSS 2.0 and Atom feeds -> the address and date of each item.

A feed is untrusted XML. Before the standard library's ElementTree builds it, expat reads it
once with a handler that refuses any DOCTYPE or entity declaration: an entity can only be
declared there, so no entity is ever expanded (no "billion laughs", no external file). A feed
that is not well-formed, or is neither `<rss>` nor an Atom `<feed>`, is a WebError naming it.

An RSS item's address is its `<link>`, else a `<guid>` that is a permalink; an Atom entry's is
its `rel="alternate"` link (the default rel), relative addresses resolved against the feed's.
Fragments are dropped ('…/story#comments' is '…/story'). The date (`pubDate` or `dc:date`;
Atom's `published`, else `updated`) becomes the sidecar's `date`, as the publisher's own day.
The feeds `follow` reads by default are `extra.briefings.feeds` in mkdocs.yml.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urldefrag, urljoin
from xml.parsers import expat

from generator.errors import ConfigError
from generator.read.metadata import normalise_date
from generator.web.fetch import WebError

ATOM = "{http://www.w3.org/2005/Atom}"
DUBLIN_CORE_DATE = "{http://purl.org/dc/elements/1.1/}date"


@dataclass(frozen=True)
class Item:
    url: str
    date: str | None  # YYYY-MM-DD


def configured_feeds(briefings: dict) -> list[str]:
    """`extra.briefings.feeds`: a list of feed addresses (none when the key is absent)."""
    feeds = briefings.get("feeds") or []
    if not isinstance(feeds, list) or not all(isinstance(feed, str) and feed.strip() for feed in feeds):
        raise ConfigError(f"extra.briefings.feeds must be a list of feed addresses (got {feeds!r})")
    return [feed.strip() for feed in feeds]


def read_feed(data: bytes, feed_url: str) -> list[Item]:
    """The items of an RSS 2.0 or Atom feed, in the feed's order, each address once."""
    _refuse_declarations(data, feed_url)
    root = ET.fromstring(data)
    if root.tag == "rss":
        items = [_rss_item(item, feed_url) for item in root.iterfind("channel/item")]
    elif root.tag == f"{ATOM}feed":
        items = [_atom_entry(entry, feed_url) for entry in root.iterfind(f"{ATOM}entry")]
    else:
        raise WebError(feed_url, f"not an RSS 2.0 or Atom feed (its root is <{root.tag}>)")
    unique: dict[str, Item] = {}
    for item in filter(None, items):
        unique.setdefault(item.url, item)
    return list(unique.values())


def _refuse_declarations(data: bytes, feed_url: str) -> None:
    def refuse(*_) -> None:
        raise WebError(feed_url, "the feed declares a DOCTYPE or entities; refused")

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise WebError(feed_url, f"not well-formed XML ({expat.ErrorString(error.code)}, line {error.lineno})") from None


def _rss_item(item: ET.Element, feed_url: str) -> Item | None:
    link = (item.findtext("link") or "").strip()
    guid = item.find("guid")
    if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
        link = (guid.text or "").strip()
    return _item(link, feed_url, item.findtext("pubDate") or item.findtext(DUBLIN_CORE_DATE))


def _atom_entry(entry: ET.Element, feed_url: str) -> Item | None:
    link = next((link.get("href", "") for link in entry.iterfind(f"{ATOM}link")
                 if link.get("rel", "alternate") == "alternate"), "")
    return _item(link.strip(), feed_url, entry.findtext(f"{ATOM}published") or entry.findtext(f"{ATOM}updated"))


def _item(link: str, feed_url: str, date: str | None) -> Item | None:
    return Item(urldefrag(urljoin(feed_url, link)).url, _day(date)) if link else None


def _day(text: str | None) -> str | None:
    """RFC 822 ('Tue, 08 Dec 2026 09:30:00 +0000', RSS) or ISO 8601 (Atom, dc:date) -> YYYY-MM-DD."""
    if not text or not text.strip():
        return None
    try:
        return parsedate_to_datetime(text.strip()).date().isoformat()
    except (TypeError, ValueError):
        return normalise_date(text.strip())
