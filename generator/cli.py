"""Command line: `python -m generator build | export | serve | clean`.

Failures and warnings are one line each on stderr, then a summary line. `build` exits with
status 1 when a seed failed, or with `--strict` when any warning was printed; `export` when an
article failed.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from generator.analyse.parallel import Execution
from generator.analyse.settings import KeyPointSettings
from generator.build import build as build_site
from generator.build import terminal_progress
from generator.errors import ConfigError, ExecutionError, FlagError, ModelNotFound
from generator.options import KeyPointFlags, build_options, key_point_settings
from generator.serve import ENGINES, HOOK_ENGINES, EngineNotFound, engine_command
from generator.serve import serve as serve_site
from generator.site.cache import CACHE_FOLDER, AnalysisCache
from generator.site.config import CONFIG_FILE, read_site_config
from generator.site.settings import LARGE_SITE
from generator.site.state import forget_state
from generator.site.write import BuildLocked, WriteError, is_generated


@click.group()
def main() -> None:
    """Briefings: news articles in seeds/ -> briefing pages in docs/ for MkDocs."""


def key_point_options(command):
    """--key-points N fixes the count; --min-key-points / --max-key-points bound the adaptive one
    (default: `extra.briefings.key_points` in the site's configuration, else 2 to 6)."""
    command = click.option("--max-key-points", type=click.IntRange(1, 20), default=None,
                           help=f"at most this many key points [default: {KeyPointSettings.maximum}]")(command)
    command = click.option("--min-key-points", type=click.IntRange(1, 20), default=None,
                           help=f"at least this many key points [default: {KeyPointSettings.minimum}]")(command)
    return click.option("--key-points", "key_points", type=click.IntRange(1, 20), default=None, help="exactly this many key points")(command)


def execution_options(command):
    """--jobs N analyses in N processes; --dask ADDRESS on a Dask cluster (`local`: one of N workers here)."""
    command = click.option("--dask", "dask", default=None, metavar="ADDRESS",
                           help='analyse on the Dask scheduler at ADDRESS (tcp://host:8786), or "local" for a local cluster of --jobs workers')(command)
    return click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True,
                        help="processes that analyse articles in parallel")(command)


def _report_failures(failures) -> None:
    for failure in failures:
        click.echo(f"error: {failure}", err=True)


def _report_build(result, docs_dir: Path) -> None:
    """Failures, warnings and one summary line, on stderr."""
    _report_failures(result.failures)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    report = result.report
    for page in report.kept_hand_written:
        click.echo(f"warning: {docs_dir / page} is hand-written; not overwritten", err=True)
    click.echo(
        f"{result.count} briefings{' (up to date)' if result.up_to_date is not None else ''}; {len(report.written)} pages written, "
        f"{len(report.unchanged)} unchanged, {len(report.removed)} removed; {len(result.failures)} failed, "
        f"{len(result.warnings)} warning{'' if len(result.warnings) == 1 else 's'}",
        err=True,
    )


@main.command()
@click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path), default=None,
              help="the seeds folder [default: extra.briefings.seeds in --config, else seeds/ beside it]")
@click.option("--docs", "docs_dir", type=click.Path(path_type=Path), default=None,
              help="where the pages are written [default: docs_dir in --config, else docs/ beside it]")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=None,
              help=f"where analysed briefings are kept between builds [default: {CACHE_FOLDER} beside the seeds folder]")
@click.option("--no-cache", is_flag=True, help="analyse every seed again, ignoring and not writing the cache")
@click.option("--site-url", default=None, help="the published site's address, for absolute links in the feeds [default: site_url in --config]")
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=Path(CONFIG_FILE), show_default=True,
              help="the site's MkDocs configuration: its site_url, use_directory_urls and extra.briefings shape the build")
@click.option("--actor-pages-min-briefings", "min_briefings", type=click.IntRange(1), default=None,
              help=f"give an actor a page when it is named in at least this many briefings "
                   f"[default: extra.briefings.actor_pages in --config, else 1 below {LARGE_SITE} briefings, then 2]")
@click.option("--strict", is_flag=True,
              help="exit with status 1 when any warning was printed (text that may not be the article, no headline, not English)")
@key_point_options
@execution_options
def build(seeds_dir: Path | None, docs_dir: Path | None, cache_dir: Path | None, no_cache: bool, site_url: str | None,
          config_file: Path, min_briefings: int | None, strict: bool, key_points: int | None, min_key_points: int | None,
          max_key_points: int | None, jobs: int, dask: str | None) -> None:
    """Read seeds/, write the briefing pages into docs/."""
    try:
        options = build_options(
            read_site_config(config_file), seeds=seeds_dir, docs=docs_dir, cache=cache_dir, no_cache=no_cache,
            site_url=site_url, key_points=KeyPointFlags(key_points, min_key_points, max_key_points),
            min_briefings=min_briefings, execution=Execution(jobs, dask),
        )
        if options is None:
            raise ConfigError(f"{config_file}: extra.briefings.seeds is false (the site is built from docs/ as it is); "
                              "give --seeds to build from a seeds folder")
        result = build_site(options, progress=terminal_progress)
    except FlagError as error:
        raise click.BadParameter(str(error)) from None
    except (ConfigError, ModelNotFound, ExecutionError, BuildLocked, WriteError) as error:
        raise click.ClickException(f"{error}; the site was not changed" if isinstance(error, WriteError) else str(error)) from None
    _report_build(result, options.docs)
    sys.exit(0 if result.ok and not (strict and result.warnings) else 1)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="the JSONL file to write")
@key_point_options
@execution_options
def export(inputs: tuple[Path, ...], output: Path, key_points: int | None, min_key_points: int | None,
           max_key_points: int | None, jobs: int, dask: str | None) -> None:
    """Analyse articles (files, folders, .jsonl) and write one JSON line per article."""
    from generator.export import (
        export as export_articles,  # loads spaCy; `build` with nothing to analyse does not
    )

    try:
        settings = key_point_settings({}, KeyPointFlags(key_points, min_key_points, max_key_points))
        failures = export_articles(list(inputs), output, settings, Execution(jobs, dask))
    except FlagError as error:
        raise click.BadParameter(str(error)) from None
    except (ConfigError, ModelNotFound, ExecutionError, WriteError) as error:
        raise click.ClickException(str(error)) from None
    _report_failures(failures)
    sys.exit(1 if failures else 0)


@main.command()
@click.option("--engine", type=click.Choice(ENGINES), default="mkdocs", show_default=True,
              help="the engine that builds and serves the site (zensical runs no hooks: the generator watches seeds/ for it)")
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=Path(CONFIG_FILE), show_default=True)
@click.option("--dev-addr", "-a", "address", default="127.0.0.1:8000", show_default=True, metavar="IP:PORT")
@click.option("--dirty", is_flag=True, help="MkDocs and ProperDocs rebuild only the pages that changed")
def serve(engine: str, config_file: Path, address: str, dirty: bool) -> None:
    """Serve the site live: a seed edit rebuilds its briefing and the engine reloads the page."""
    try:
        options = build_options(read_site_config(config_file))
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    memo: dict = {}

    def rebuild() -> None:
        try:
            result = build_site(options, memo=memo)
        except (ModelNotFound, BuildLocked, WriteError) as error:
            click.echo(f"error: {error}", err=True)
            return
        _report_build(result, options.docs)

    try:
        command = engine_command(engine, config_file, address, dirty)
    except EngineNotFound as error:
        raise click.ClickException(str(error)) from None
    sys.exit(serve_site(command, engine in HOOK_ENGINES, options.seeds if options else None, rebuild))


@main.command()
@click.option("--docs", "docs_dir", type=click.Path(path_type=Path), default=None,
              help="the folder of generated pages [default: as build: docs_dir in --config]")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=None,
              help=f"the analysis cache [default: as build: {CACHE_FOLDER} beside the seeds folder]")
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=Path(CONFIG_FILE), show_default=True)
def clean(docs_dir: Path | None, cache_dir: Path | None, config_file: Path) -> None:
    """Remove every generated page from docs/ (hand-written pages stay) and the analysis cache."""
    try:
        site = read_site_config(config_file)
        options = build_options(site, docs=docs_dir, cache=cache_dir)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    docs = options.docs if options else docs_dir or site.docs
    cache = options.cache if options else cache_dir or site.folder / CACHE_FOLDER
    removed = [path for path in sorted(docs.rglob("*")) if path.is_file() and is_generated(path)]
    for path in removed:
        path.unlink()
    AnalysisCache(cache).clear()
    forget_state(docs)
    click.echo(f"{len(removed)} generated pages removed; cache {cache} cleared", err=True)


def web_options(command):
    """--seeds, --config and --timeout, shared by `add` and `follow`."""
    command = click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
                           help="seconds a page or a feed may take to arrive, whole")(command)
    command = click.option("--config", "config_file", type=click.Path(path_type=Path), default=Path(CONFIG_FILE),
                           show_default=True, help="the site's MkDocs configuration: its extra.briefings.seeds and feeds")(command)
    return click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path), default=None,
                        help="the seeds folder [default: extra.briefings.seeds in --config, else seeds/ beside it]")(command)


def _web_site(config_file: Path, seeds_dir: Path | None) -> tuple[dict, Path]:
    """The site's `extra.briefings` and the seeds folder pages are saved into."""
    from generator.options import seeds_folder

    site = read_site_config(config_file)
    seeds = seeds_dir or seeds_folder(site.briefings, site.folder)
    if seeds is None:
        raise ConfigError(f"{config_file}: extra.briefings.seeds is false; give --seeds")
    return site.briefings, seeds


def _report_web(outcome, seeds: Path, read: str = "", show_known: bool = False) -> None:
    """A line per page added (and, `show_known`, per address added before) and per failure, a
    summary line, on stderr; status 1 when something failed."""
    for url, path in outcome.added:
        click.echo(f"added {path}: {url}", err=True)
    for url, name in outcome.known if show_known else ():
        click.echo(f"already added as {seeds / name}: {url}", err=True)
    _report_failures(outcome.failures)
    click.echo(f"{len(outcome.added)} added{read}, {len(outcome.known)} already added, {len(outcome.failures)} failed", err=True)
    sys.exit(1 if outcome.failures else 0)


@main.command()
@click.argument("urls", nargs=-1, required=True)
@web_options
def add(urls: tuple[str, ...], seeds_dir: Path | None, config_file: Path, timeout: float) -> None:
    """Save web pages into seeds/, each with a sidecar giving its url and when it was fetched."""
    from generator.web.collect import STOPPING, add_pages
    from generator.web.fetch import Limits

    try:
        _, seeds = _web_site(config_file, seeds_dir)
        outcome = add_pages(seeds, list(urls), Limits(timeout=timeout))
    except (ConfigError, *STOPPING) as error:
        raise click.ClickException(str(error)) from None
    _report_web(outcome, seeds, show_known=True)


@main.command()
@click.argument("feeds", nargs=-1)
@web_options
def follow(feeds: tuple[str, ...], seeds_dir: Path | None, config_file: Path, timeout: float) -> None:
    """Add the new items of RSS or Atom feeds to seeds/ [default: extra.briefings.feeds in --config]."""
    from generator.web.collect import STOPPING, follow_feeds
    from generator.web.feeds import configured_feeds
    from generator.web.fetch import Limits

    try:
        briefings, seeds = _web_site(config_file, seeds_dir)
        feeds = feeds or tuple(configured_feeds(briefings))
        if not feeds:
            raise ConfigError(f"no feed to follow: give FEED_URL..., or list them under extra.briefings.feeds in {config_file}")
        outcome = follow_feeds(seeds, list(feeds), Limits(timeout=timeout))
    except (ConfigError, *STOPPING) as error:
        raise click.ClickException(str(error)) from None
    _report_web(outcome, seeds, f" from {outcome.feeds} of {len(feeds)} feed{'' if len(feeds) == 1 else 's'}")
