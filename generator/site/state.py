"""What the last build made, so that a build with nothing changed costs one hash of the seeds.

`docs/.briefings-state.json` (a dot file: MkDocs leaves it out of the site) keeps a digest of
every input of the pages (each seed's cache key, which already covers its bytes, its sidecar,
the generator's code and versions and the key-point settings; plus the site options), the size
and modification time of every page written, and what the build reported. When the digest is
the same and every page is still as written, the site is up to date: nothing is read from the
cache, rendered or compared. Anything else (an edited, added or removed seed, a page deleted or
edited by hand, a damaged or missing state file) makes a build; in it, a page still as written
and made from the same inputs (the state keeps their digest, see `render.Reuse`) is kept as it
is, so editing one seed re-renders only the pages that show it.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from generator.site.pages import Page
from generator.site.write import write_atomic

STATE_FILE = ".briefings-state.json"
FORMAT = 2


def inputs_digest(keys: dict[str, str], options: object) -> str:
    """`keys` maps each seed to its cache key; `options` is everything else the pages depend on."""
    digest = hashlib.sha256(f"format={FORMAT}\0{options!r}\0".encode())
    for source in sorted(keys):
        digest.update(f"{source}\0{keys[source]}\0".encode())
    return digest.hexdigest()


@dataclass
class SiteState:
    digest: str
    pages: dict[str, list] = field(default_factory=dict)  # path -> [size, mtime_ns, inputs digest or None]
    briefings: int = 0
    failures: list[list[str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def intact(self, docs_dir: Path) -> bool:
        """Every page is still there, with the size and time it was written with."""
        return len(self.reusable(docs_dir, all_pages=True)) == len(self.pages)

    def reusable(self, docs_dir: Path, all_pages: bool = False) -> dict[str, str]:
        """Pages still as written, by path, with the digest of their inputs (`render.Reuse`)."""
        found = {}
        for page, stamp in self.pages.items():
            try:
                size, modified, inputs = stamp
                now = (docs_dir / page).stat()
            except (OSError, TypeError, ValueError):
                continue
            if [now.st_size, now.st_mtime_ns] == [size, modified] and (inputs or all_pages):
                found[page] = inputs
        return found


def page_stamps(docs_dir: Path, pages: list[Page]) -> dict[str, list]:
    stamps = {}
    for page in pages:
        found = (docs_dir / page.path).stat()
        stamps[page.path] = [found.st_size, found.st_mtime_ns, page.inputs]
    return stamps


def load_state(docs_dir: Path) -> SiteState | None:
    """The last build's state, or None when there is none or it cannot be trusted."""
    try:
        data = json.loads((docs_dir / STATE_FILE).read_text(encoding="utf-8"))
        state = SiteState(**data)
        if not isinstance(state.digest, str) or not isinstance(state.pages, dict):
            return None
        return state
    except (OSError, ValueError, TypeError):
        return None


def save_state(docs_dir: Path, state: SiteState) -> None:
    try:
        write_atomic(docs_dir / STATE_FILE, json.dumps(state.__dict__, sort_keys=True), durable=False)
    except OSError:
        pass  # without a state file the next build is a full one: slower, never wrong


def forget_state(docs_dir: Path) -> None:
    (docs_dir / STATE_FILE).unlink(missing_ok=True)
