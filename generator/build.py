"""The whole job: seeds/ -> Articles -> Briefings -> pages -> docs/.

One bad seed never stops the others: it is reported (file and problem) and left out, and
the build says so in its result. Only changed seeds are analysed: `cache` keeps briefings on
disk by content, and `memo` lets a long-lived caller (the MkDocs hook under `mkdocs serve`)
skip even reading unchanged files. spaCy is loaded only when something must be analysed.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .briefing import Article, Briefing
from .cache import AnalysisCache, cache_key
from .readers import ARTICLE_SUFFIXES, SIDECAR_SUFFIX, SeedError, read_seed
from .render import render_site
from .settings import AUTOMATIC_ACTOR_PAGES, ActorPageSettings, KeyPointSettings
from .write import WriteReport, build_lock, write_pages

Progress = Callable[[int, int], None]
Memo = dict[str, tuple[tuple, Briefing]]


@dataclass
class BuildResult:
    briefings: list[Briefing] = field(default_factory=list)
    failures: list[SeedError] = field(default_factory=list)
    report: WriteReport = field(default_factory=WriteReport)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def warnings(self) -> list[str]:
        """Built, but worth a word: articles not in English (the analysis is made for English)."""
        return [
            f"{b.article.source}: the article looks like '{b.article.language}', not English; "
            "key points, actors and quotes are made for English"
            for b in self.briefings
            if b.article.language not in (None, "en")
        ]


def discover(seeds_dir: Path) -> tuple[list[Path], list[SeedError]]:
    """Article files in seeds/ (recursively), sorted; links pointing outside are refused."""
    root = seeds_dir.resolve()
    found, refused = [], []
    for path in sorted(seeds_dir.rglob("*")):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or not path.is_file():
            continue
        if root not in path.resolve().parents:
            refused.append(SeedError(_source(path, seeds_dir), "link to a file outside the seeds folder, refused"))
            continue
        found.append(path)
    return found, refused


def _source(path: Path, seeds_dir: Path) -> str:
    return path.relative_to(seeds_dir).as_posix()


def _fingerprint(path: Path) -> tuple:
    """What decides whether a seed must be analysed again: its file and its sidecar's."""
    sidecar = path.with_suffix(SIDECAR_SUFFIX)
    stats = [path.stat()] + ([sidecar.stat()] if sidecar.exists() else [])
    return tuple((s.st_size, s.st_mtime_ns) for s in stats)


def build(
    seeds_dir: Path,
    docs_dir: Path,
    memo: Memo | None = None,
    progress: Progress | None = None,
    settings: KeyPointSettings = KeyPointSettings(),
    cache: AnalysisCache | None = None,
    site_url: str | None = None,
    actor_pages: ActorPageSettings = AUTOMATIC_ACTOR_PAGES,
) -> BuildResult:
    """Build under the docs/ lock; raises BuildLocked or WriteError, never leaves a page half-written.
    `site_url` makes the feeds' links absolute; `actor_pages` says which actors get a page.
    Without a seeds folder nothing is written: an empty site is more likely a wrong path."""
    if not seeds_dir.is_dir():
        return BuildResult(failures=[SeedError(str(seeds_dir), "seeds folder not found; docs/ was not changed")])
    with build_lock(docs_dir):
        result = _analysed(seeds_dir, {} if memo is None else memo, progress, settings, cache)
        result.report = write_pages(docs_dir, render_site(result.briefings, site_url, actor_pages))
        return result


def _cache_key(path: Path, source: str, settings: KeyPointSettings) -> str:
    sidecar = path.with_suffix(SIDECAR_SUFFIX)
    return cache_key(source, path.read_bytes(), sidecar.read_bytes() if sidecar.is_file() else None, settings)


def _analysed(
    seeds_dir: Path, memo: Memo, progress: Progress | None, settings: KeyPointSettings, cache: AnalysisCache | None
) -> BuildResult:
    """Every seed's briefing, from the memo, the cache or a fresh analysis; or its failure."""
    result = BuildResult()
    paths, result.failures = discover(seeds_dir)
    fresh: list[Article] = []
    fingerprints, keys = {}, {}
    for path in paths:
        source = _source(path, seeds_dir)
        try:
            fingerprints[source] = (_fingerprint(path), settings)
            known = memo.get(source)
            if known is not None and known[0] == fingerprints[source]:
                result.briefings.append(known[1])
                continue
            if cache is not None:
                keys[source] = _cache_key(path, source, settings)
                cached = cache.get(keys[source])
                if cached is not None:
                    result.briefings.append(cached)
                    memo[source] = (fingerprints[source], cached)
                    continue
            fresh.append(read_seed(path, source))
        except SeedError as error:
            result.failures.append(error)
        except OSError as error:
            result.failures.append(SeedError(source, f"cannot read file ({error.strerror or error})"))
    for done, outcome in enumerate(_analyse(fresh, settings), start=1):
        if isinstance(outcome, SeedError):
            result.failures.append(outcome)
        else:
            source = outcome.article.source
            result.briefings.append(outcome)
            memo[source] = (fingerprints[source], outcome)
            if cache is not None:
                cache.put(keys[source], outcome)
        if progress:
            progress(done, len(fresh))
    for source in set(memo) - set(fingerprints):
        del memo[source]
    result.briefings.sort(key=lambda b: b.article.source)
    result.failures.sort(key=lambda f: f.source)
    return result


def _analyse(articles: list[Article], settings: KeyPointSettings):
    """The analysis, imported only when there is something to analyse (it loads spaCy)."""
    if not articles:
        return []
    from .analyse import analyse

    return analyse(articles, settings=settings)


def terminal_progress(done: int, total: int) -> None:
    """done / total on stderr, only for a person watching a terminal and a real batch."""
    if total > 5 and sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\ranalysed {done}/{total}", end=end, file=sys.stderr, flush=True)
