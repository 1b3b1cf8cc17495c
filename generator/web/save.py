"""A fetched page into seeds/: `<name>.html` as served, byte for byte, and the sidecar
`<name>.yml` giving its `url` (after redirects), the feed's `date` where a feed gave one, and
`fetched`, when it was fetched (UTC). The reader takes the `url` (and so the publisher, where the
page names none) and the `date`; `fetched` is a record for people and is never read.

The name is the address's path as a slug ('…/2026/12/harbour-closes.html' ->
'2026-12-harbour-closes'; its last PAGE_SLUG_LENGTH characters), the host's when the path is
empty; a name some file in seeds/ already has (a sidecar applies to every seed of its name) gets
a hash of the address added (`claim_slug`). Slugs are `[a-z0-9-]`, so nothing lands outside
seeds/. Both files are staged as hidden temporary files and flushed before the sidecar, then
the page, is renamed into place: a failure or a kill leaves both, or no page at all (a leftover
temporary file is removed by the next run). `seeds_lock` lets one run at a time write seeds/.
"""
from __future__ import annotations

import fcntl
import os
import re
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from generator.read.seeds import SIDECAR_SUFFIX
from generator.site.write import (
    TEMP_PREFIX,
    TEMP_SUFFIX,
    WriteError,
    commit,
    remove_leftovers,
)
from generator.slugs import PAGE_SLUG_LENGTH, claim_slug, slugify
from generator.web.fetch import Fetched

PAGE_SUFFIX = ".html"
EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)  # '.html', '.php', '.aspx'


class SeedsLocked(RuntimeError):
    pass


@contextmanager
def seeds_lock(seeds: Path) -> Iterator[None]:
    """One `add` or `follow` at a time in `seeds` (a lock on the folder itself: no lock file);
    leftovers of a killed run are removed once it is held."""
    try:
        seeds.mkdir(parents=True, exist_ok=True)
        handle = os.open(seeds, os.O_RDONLY)
    except OSError as error:
        raise WriteError(error.errno, f"cannot write {seeds}: {error.strerror or error}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SeedsLocked(f"another add or follow is writing {seeds}; try again when it ends") from None
        remove_leftovers(seeds)
        yield
    finally:
        os.close(handle)


def seed_name(url: str, taken: set[str]) -> str:
    """A slug of the address's path, else its host, unique among `taken`."""
    parts = urlsplit(url)
    return claim_slug(_path_slug(parts.path) or slugify(parts.hostname or "") or "page", taken, url)


def _path_slug(path: str) -> str:
    """The path as a slug, its end kept where it is long: the end names the story."""
    slug = slugify(EXTENSION.sub("", unquote(path).rstrip("/")), length=sys.maxsize)
    return slug if len(slug) <= PAGE_SLUG_LENGTH else slug[-PAGE_SLUG_LENGTH:].partition("-")[2]


def save_page(seeds: Path, page: Fetched, date: str | None, fetched: datetime) -> Path:
    """Write the page and its sidecar into `seeds`; returns the page's path. WriteError on failure,
    with nothing left behind."""
    name = seed_name(page.url, {path.stem for path in seeds.iterdir()})
    sidecar = {"url": page.url, **({"date": date} if date else {}), "fetched": fetched.strftime("%Y-%m-%dT%H:%M:%SZ")}
    files = [(seeds / f"{name}{SIDECAR_SUFFIX}", yaml.safe_dump(sidecar, sort_keys=False, allow_unicode=True).encode()),
             (seeds / f"{name}{PAGE_SUFFIX}", page.body)]
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            staged.append((_stage(path, data), path))
        for temporary, path in staged:
            commit(temporary, path)
    except WriteError:  # the name was free: whatever is there now was written here
        for temporary, path in staged:
            temporary.unlink(missing_ok=True)
            path.unlink(missing_ok=True)
        raise
    return files[1][0]


def _stage(path: Path, data: bytes) -> Path:
    """`data` in a new hidden file beside `path`, flushed to disk."""
    temporary = path.with_name(f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}")
    try:
        with open(temporary, "xb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise WriteError(error.errno, f"cannot write {path}: {error.strerror or error}") from None
    return temporary
