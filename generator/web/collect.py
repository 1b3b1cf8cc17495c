"""`add` and `follow` over many addresses: each page fetched, checked and saved on its own, so
one that fails (a WebError, one line naming it) never stops the others and leaves nothing
behind; it is tried again on the next run, since only what was saved is remembered. An address
already known (the ledger or a sidecar, `seen.py`) is not fetched again, and a page whose
address after redirects is known is not saved again. A failure to write seeds/ (WriteError)
stops the run: the next page would fail the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urldefrag

from generator.site.write import WriteError
from generator.web.feeds import read_feed
from generator.web.fetch import FEED_TYPES, PAGE_TYPES, Limits, WebError, fetch
from generator.web.save import SeedsLocked, save_page, seeds_lock
from generator.web.seen import LedgerError, Seen, load_seen

STOPPING = (WriteError, SeedsLocked, LedgerError)  # errors that stop a run (each names what and why)


@dataclass
class Outcome:
    added: list[tuple[str, Path]] = field(default_factory=list)  # (address, the page saved)
    known: list[tuple[str, str]] = field(default_factory=list)  # (address, the file in seeds/ that has it)
    failures: list[WebError] = field(default_factory=list)
    feeds: int = 0  # feeds read


def add_pages(seeds: Path, urls: list[str], limits: Limits = Limits()) -> Outcome:
    """Save each page at `urls` into `seeds` with its sidecar."""
    outcome = Outcome()
    with seeds_lock(seeds):
        seen = load_seen(seeds)
        for url in urls:
            _add(seeds, urldefrag(url.strip()).url, None, seen, limits, outcome)
    return outcome


def follow_feeds(seeds: Path, feeds: list[str], limits: Limits = Limits()) -> Outcome:
    """Save each item of `feeds` not yet in `seeds`."""
    outcome = Outcome()
    with seeds_lock(seeds):
        seen = load_seen(seeds)
        for feed in feeds:
            try:
                items = read_feed(fetch(feed, FEED_TYPES, limits).body, feed)
            except WebError as error:
                outcome.failures.append(error)
                continue
            outcome.feeds += 1
            for item in items:
                _add(seeds, item.url, item.date, seen, limits, outcome)
    return outcome


def _add(seeds: Path, url: str, date: str | None, seen: Seen, limits: Limits, outcome: Outcome) -> None:
    if url in seen.known:
        outcome.known.append((url, seen.known[url]))
        return
    try:
        page = fetch(url, PAGE_TYPES, limits)
    except WebError as error:
        outcome.failures.append(error)
        return
    if page.url in seen.known:
        seen.remember({url}, seen.known[page.url])
        outcome.known.append((url, seen.known[page.url]))
        return
    path = save_page(seeds, page, date, datetime.now(timezone.utc))
    seen.remember({url, page.url}, path.name)
    outcome.added.append((url, path))
