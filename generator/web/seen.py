"""What is already in seeds/, so that an address is never saved twice.

`seeds/.briefings-feeds.json` (LEDGER; a dot file, which no build reads) maps every address
added, as given and as fetched after redirects, to the seed it became. It is written atomically
after each page, so a run stopped at any point forgets nothing it saved, and it is committed
with the seeds (the follow workflow does). The sidecars count too: an address a sidecar gives
as its `url` (a page saved by hand, or added before the ledger was lost) is known as well.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from generator.errors import SeedError
from generator.read.decode import decode
from generator.read.metadata import load_mapping
from generator.read.seeds import SIDECAR_SUFFIX
from generator.site.write import write_atomic

LEDGER = ".briefings-feeds.json"


class LedgerError(RuntimeError):
    """The ledger cannot be read; the message names it."""


@dataclass
class Seen:
    path: Path
    added: dict[str, str]  # address -> the seed it became, as in the ledger
    known: dict[str, str]  # those and the sidecars' addresses -> the file that has it

    def remember(self, urls: set[str], seed: str) -> None:
        """Record `urls` as saved in `seed` and write the ledger at once."""
        self.added.update(dict.fromkeys(urls, seed))
        self.known.update(dict.fromkeys(urls, seed))
        text = json.dumps({"added": self.added}, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        write_atomic(self.path, text, durable=False)  # lost in a power cut, the sidecars still name each page


def load_seen(seeds: Path) -> Seen:
    """The ledger of `seeds` (empty when there is none) and its sidecars' addresses; a ledger
    that cannot be read is a LedgerError naming it."""
    path = seeds / LEDGER
    added = _read_ledger(path) if path.exists() else {}
    return Seen(path, added, sidecar_urls(seeds) | added)


def _read_ledger(path: Path) -> dict[str, str]:
    try:
        added = json.loads(path.read_text(encoding="utf-8"))["added"]
        if isinstance(added, dict) and all(isinstance(value, str) for value in added.values()):
            return added
    except (OSError, ValueError, KeyError, TypeError):
        pass
    raise LedgerError(f"{path}: not a ledger of added addresses; repair or remove it (the sidecars still name every page added)")


def sidecar_urls(seeds: Path) -> dict[str, str]:
    """The `url` of every sidecar in `seeds` -> the sidecar (its path in `seeds`); one that
    cannot be read names none."""
    urls = {}
    for path in seeds.rglob(f"*{SIDECAR_SUFFIX}"):
        try:
            url = load_mapping(decode(path.read_bytes(), path.name), path.name).get("url")
        except (OSError, SeedError):
            continue
        if isinstance(url, str) and url.strip():
            urls[url.strip()] = path.relative_to(seeds).as_posix()
    return urls
