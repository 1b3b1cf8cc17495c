"""The whole job: seeds/ -> Articles -> Briefings -> pages -> docs/.

One bad seed never stops the others: it is reported (file and problem) and left out, and
the build says so in its result. Only changed seeds are analysed: `cache` keeps briefings on
disk by content, and `memo` lets a long-lived caller (the MkDocs hook under `mkdocs serve`)
skip even reading unchanged files. spaCy is loaded only when something must be analysed, and
not even imported when nothing changed. Seeds are found under the seeds folder recursively; a
link in it to a file outside is refused. Built but worth a warning line each: an article not
in English, one with no headline, one whose text may not be the article (`read/doubts.py`).
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.analyse.parallel import Execution, analyse_all
from generator.analyse.settings import KeyPointSettings
from generator.briefing import Article, Briefing
from generator.errors import SeedError
from generator.options import BuildOptions
from generator.read.seeds import ARTICLE_SUFFIXES, SIDECAR_SUFFIX, read_seed
from generator.site.cache import AnalysisCache, cache_key
from generator.site.render import Reuse, render_site
from generator.site.renderer import render_version
from generator.site.state import (
    SiteState,
    forget_state,
    inputs_digest,
    load_state,
    page_stamps,
    save_state,
)
from generator.site.write import WriteReport, build_lock, write_pages

Progress = Callable[[int, int], None]
Memo = dict[str, tuple[tuple, Briefing]]


@dataclass
class BuildResult:
    briefings: list[Briefing] = field(default_factory=list)
    failures: list[SeedError] = field(default_factory=list)
    report: WriteReport = field(default_factory=WriteReport)
    warnings: list[str] = field(default_factory=list)
    up_to_date: int | None = None  # briefings of a site found up to date (nothing was rebuilt)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def count(self) -> int:
        return len(self.briefings) if self.up_to_date is None else self.up_to_date


def language_warnings(briefings: list[Briefing]) -> list[str]:
    """Built, but worth a word: articles not in English (the analysis is made for English)."""
    return [
        f"{b.article.source}: the article looks like '{b.article.language}', not English; "
        "key points, actors and quotes are made for English"
        for b in briefings
        if b.article.language not in (None, "en")
    ]


def headline_warnings(briefings: list[Briefing]) -> list[str]:
    """Built, but titled from their opening words: no headline was found."""
    return [
        f"{b.article.source}: no headline found; the briefing is titled by its opening words "
        "(a sidecar .yml beside the seed can give a title)"
        for b in briefings
        if not b.article.title
    ]


def reading_warnings(briefings: list[Briefing]) -> list[str]:
    """Built, but the text read may not be the article (see `doubts.py`)."""
    return [
        f"{b.article.source}: {'; '.join(b.article.doubts)}; the briefing carries a notice"
        for b in briefings
        if b.article.doubts
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


def build(options: BuildOptions, memo: Memo | None = None, progress: Progress | None = None) -> BuildResult:
    """Build under the docs/ lock; raises BuildLocked or WriteError, never leaves a page half-written.
    Without a seeds folder nothing is written: an empty site is more likely a wrong path.
    With a cache, a site whose inputs and pages are as the last build left them is not
    rebuilt at all (see `site/state.py`). `memo` lets a long-lived caller skip reading seeds
    it has seen unchanged; `progress` hears of each analysed seed."""
    seeds_dir, docs_dir, settings = options.seeds, options.docs, options.key_points
    site_url, actor_pages, directory_urls = options.site_url, options.actor_pages, options.directory_urls
    cache = AnalysisCache(options.cache) if options.cache is not None else None
    if not seeds_dir.is_dir():
        return BuildResult(failures=[SeedError(str(seeds_dir), "seeds folder not found; docs/ was not changed")])
    with build_lock(docs_dir):
        paths, refused = discover(seeds_dir)
        keys, complete = _cache_keys(paths, seeds_dir, settings) if cache is not None else ({}, False)
        digest = inputs_digest(keys, (site_url, actor_pages, directory_urls, options.stories, render_version())) if complete else None
        previous = load_state(docs_dir) if cache is not None else None
        if previous is not None and previous.digest == digest and previous.intact(docs_dir):
            return _unchanged(previous)
        reuse = Reuse(previous.reusable(docs_dir) if previous is not None else None)
        forget_state(docs_dir)
        result = _analysed(paths, seeds_dir, {} if memo is None else memo, progress, settings, cache, keys, options.execution)
        result.failures = sorted(refused + result.failures, key=lambda f: f.source)
        result.warnings = [
            *reading_warnings(result.briefings), *headline_warnings(result.briefings), *language_warnings(result.briefings)
        ]
        pages = render_site(result.briefings, site_url, actor_pages, reuse, directory_urls, options.stories)
        result.report = write_pages(docs_dir, pages)
        if digest:
            kept = set(result.report.kept_hand_written)
            save_state(docs_dir, SiteState(
                digest, page_stamps(docs_dir, [page for page in pages if page.path not in kept]),
                len(result.briefings), [[f.source, f.problem] for f in result.failures], result.warnings,
            ))
        return result


def _unchanged(state: SiteState) -> BuildResult:
    """The result of a build that found the site up to date: what the last one reported."""
    return BuildResult(
        failures=[SeedError(source, problem) for source, problem in state.failures],
        report=WriteReport(unchanged=sorted(state.pages)),
        warnings=list(state.warnings),
        up_to_date=state.briefings,
    )


def _cache_keys(paths: list[Path], seeds_dir: Path, settings: KeyPointSettings) -> tuple[dict[str, str], bool]:
    """Each readable seed's cache key, and whether every seed could be read (an unreadable
    one is reported by the analysis)."""
    keys = {}
    for path in paths:
        source = _source(path, seeds_dir)
        try:
            sidecar = path.with_suffix(SIDECAR_SUFFIX)
            keys[source] = cache_key(source, path.read_bytes(), sidecar.read_bytes() if sidecar.is_file() else None, settings)
        except OSError:
            continue
    return keys, len(keys) == len(paths)


def _analysed(
    paths: list[Path], seeds_dir: Path, memo: Memo, progress: Progress | None, settings: KeyPointSettings,
    cache: AnalysisCache | None, keys: dict[str, str], execution: Execution,
) -> BuildResult:
    """Every seed's briefing, from the memo, the cache or a fresh analysis; or its failure."""
    result = BuildResult()
    fresh: list[Article] = []
    fingerprints = {}
    for path in paths:
        source = _source(path, seeds_dir)
        try:
            fingerprints[source] = (_fingerprint(path), settings)
            known = memo.get(source)
            if known is not None and known[0] == fingerprints[source]:
                result.briefings.append(known[1])
                continue
            if cache is not None and source in keys:
                cached = cache.get(keys[source])
                if cached is not None:
                    cached.key = keys[source]
                    result.briefings.append(cached)
                    memo[source] = (fingerprints[source], cached)
                    continue
            fresh.append(read_seed(path, source))
        except SeedError as error:
            result.failures.append(error)
        except OSError as error:
            result.failures.append(SeedError(source, f"cannot read file ({error.strerror or error})"))
    for done, outcome in enumerate(analyse_all(fresh, settings, execution), start=1):
        if isinstance(outcome, SeedError):
            result.failures.append(outcome)
        else:
            source = outcome.article.source
            outcome.key = keys.get(source)
            result.briefings.append(outcome)
            memo[source] = (fingerprints[source], outcome)
            if cache is not None and source in keys:
                cache.put(keys[source], outcome)
        if progress:
            progress(done, len(fresh))
    for source in set(memo) - set(fingerprints):
        del memo[source]
    result.briefings.sort(key=lambda b: b.article.source)
    return result


def terminal_progress(done: int, total: int) -> None:
    """done / total on stderr, only for a person watching a terminal and a real batch."""
    if total > 5 and sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\ranalysed {done}/{total}", end=end, file=sys.stderr, flush=True)
