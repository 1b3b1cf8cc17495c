"""Build options: what one build is asked to do, made in one place for `build`, `serve` and the
MkDocs hook alike.

They come from the site's `mkdocs.yml` (its `site_url`, `use_directory_urls`, `docs_dir` and
`extra.briefings`: the seeds folder, how many key points, which actors get a page), then from
the command line's flags, which win where given. The seeds folder and docs/ lie beside
`mkdocs.yml`; the analysis cache beside the seeds folder. `extra.briefings.seeds: false`
means "build the pages already in docs/": the hook and `serve` then build nothing, and
`build` asks for `--seeds`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.analyse.parallel import IN_PROCESS, Execution
from generator.analyse.settings import KeyPointSettings
from generator.errors import ConfigError, FlagError
from generator.site.cache import CACHE_FOLDER
from generator.site.config import SiteConfig
from generator.site.settings import AUTOMATIC_ACTOR_PAGES, ActorPageSettings
from generator.stories.grouping import GroupingSettings

SEEDS_FOLDER = "seeds"


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build depends on besides the seeds' contents."""

    seeds: Path
    docs: Path
    cache: Path | None = None  # None: analyse every seed again, keep nothing
    site_url: str | None = None
    directory_urls: bool = True
    key_points: KeyPointSettings = field(default_factory=KeyPointSettings)
    actor_pages: ActorPageSettings = AUTOMATIC_ACTOR_PAGES
    stories: GroupingSettings = field(default_factory=GroupingSettings)
    execution: Execution = IN_PROCESS


@dataclass(frozen=True)
class KeyPointFlags:
    """`--key-points`, `--min-key-points`, `--max-key-points` as given (None: not given)."""

    count: int | None = None
    minimum: int | None = None
    maximum: int | None = None


def build_options(
    site: SiteConfig,
    *,
    seeds: Path | None = None,
    docs: Path | None = None,
    cache: Path | None = None,
    no_cache: bool = False,
    site_url: str | None = None,
    directory_urls: bool | None = None,
    key_points: KeyPointFlags = KeyPointFlags(),
    min_briefings: int | None = None,
    execution: Execution = IN_PROCESS,
) -> BuildOptions | None:
    """The options of a build of `site`, each flag given winning over its setting; None when
    the site builds no seeds (`extra.briefings.seeds: false`) and no `seeds` is given. A bad
    setting raises ConfigError naming it."""
    seeds = seeds or seeds_folder(site.briefings, site.folder)
    if seeds is None:
        return None
    return BuildOptions(
        seeds=seeds,
        docs=docs or site.docs,
        cache=None if no_cache else cache or seeds.resolve().parent / CACHE_FOLDER,
        site_url=site_url or site.site_url,
        directory_urls=site.directory_urls if directory_urls is None else directory_urls,
        key_points=key_point_settings(site.briefings, key_points),
        actor_pages=actor_page_settings(site.briefings) if min_briefings is None else ActorPageSettings(min_briefings),
        stories=story_settings(site.briefings),
        execution=execution,
    )


def seeds_folder(options: dict, folder: Path) -> Path | None:
    """`extra.briefings.seeds`: the seeds folder beside the configuration (default `seeds`), or
    None for `false` (build the pages already in docs/)."""
    name = options.get("seeds", SEEDS_FOLDER)
    if name is False:
        return None
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"extra.briefings.seeds must be a folder or false (got {name!r})")
    return folder / name


def key_point_settings(options: dict, flags: KeyPointFlags = KeyPointFlags()) -> KeyPointSettings:
    """`extra.briefings.key_points: {min: 2, max: 6}` (or `count: 3`), then the flags given."""
    given = options.get("key_points") or {}
    defaults = KeyPointSettings()
    try:
        count = int(given["count"]) if given.get("count") is not None else None
        minimum, maximum = int(given.get("min", defaults.minimum)), int(given.get("max", defaults.maximum))
    except (AttributeError, TypeError, ValueError) as error:
        raise ConfigError(f"extra.briefings.key_points: {error}") from None
    try:
        return KeyPointSettings(
            minimum=minimum if flags.minimum is None else flags.minimum,
            maximum=maximum if flags.maximum is None else flags.maximum,
            count=count if flags.count is None else flags.count,
        )
    except ValueError as error:
        if any(value is not None for value in (flags.count, flags.minimum, flags.maximum)):
            raise FlagError(f"--key-points, --min-key-points, --max-key-points: {error}") from None
        raise ConfigError(f"extra.briefings.key_points: {error}") from None


def actor_page_settings(options: dict) -> ActorPageSettings:
    """`extra.briefings.actor_pages: {min_briefings: 2}` (default: automatic)."""
    given = options.get("actor_pages") or {}
    try:
        value = given.get("min_briefings")
        return ActorPageSettings(None if value in (None, "auto") else int(value))
    except (AttributeError, TypeError, ValueError) as error:
        raise ConfigError(f"extra.briefings.actor_pages: {error}") from None


def story_settings(options: dict) -> GroupingSettings:
    """`extra.briefings.stories: {threshold: 0.6, window_days: 3}` (the defaults): how likely an
    article must be to tell a story to join it, and how many days apart its articles may lie."""
    given = options.get("stories") or {}
    defaults = GroupingSettings()
    try:
        threshold = float(given.get("threshold", defaults.threshold))
        window = int(given.get("window_days", defaults.window_days))
    except (AttributeError, TypeError, ValueError) as error:
        raise ConfigError(f"extra.briefings.stories: {error}") from None
    if not 0 < threshold <= 1 or window < 0:
        raise ConfigError(f"extra.briefings.stories: threshold must be above 0 and at most 1, window_days 0 or more (got {threshold}, {window})")
    return GroupingSettings(threshold, window)
