"""MkDocs hook: build the briefings before every MkDocs build, watch seeds/ under serve, and
keep the generated raw HTML away from Markdown, its links resolved (see `generator.raw_html`).

Listed in mkdocs.yml under `hooks:`. Under `mkdocs serve` the process lives on, so the memo
keeps every briefing whose seed did not change and only edited seeds are analysed again.
`extra.briefings.seeds` names the seeds folder (default `seeds`, beside mkdocs.yml); `false`
builds the pages already in docs/ (made by `python -m generator build`) as they are.
"""
from __future__ import annotations

import logging
import secrets
import threading
from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.build import Memo, build
from generator.cache import CACHE_FOLDER, AnalysisCache
from generator import raw_html
from generator.settings import ActorPageSettings, KeyPointSettings
from generator.write import BuildLocked, WriteError

log = logging.getLogger("mkdocs.plugins.briefings")
SEEDS_FOLDER = "seeds"
_memo: Memo = {}
PLACEHOLDER = f"briefings-html-{secrets.token_hex(8)}-"
_lifted: dict[str, list[str]] = {}


def _seeds_dir(config) -> Path | None:
    folder = _briefings_options(config).get("seeds", SEEDS_FOLDER)
    if folder is False:
        return None
    if not isinstance(folder, str) or not folder.strip():
        raise PluginError(f"briefings: extra.briefings.seeds in mkdocs.yml must be a folder or false (got {folder!r})")
    return Path(config.config_file_path).resolve().parent / folder


def key_point_settings(config) -> KeyPointSettings:
    """`extra: briefings: key_points: {min: 2, max: 6}` (or `count: 3`) in mkdocs.yml."""
    options = _briefings_options(config).get("key_points") or {}
    defaults = KeyPointSettings()
    try:
        return KeyPointSettings(
            minimum=int(options.get("min", defaults.minimum)),
            maximum=int(options.get("max", defaults.maximum)),
            count=int(options["count"]) if options.get("count") is not None else None,
        )
    except (TypeError, ValueError) as error:
        raise PluginError(f"briefings: extra.briefings.key_points in mkdocs.yml: {error}") from None


def actor_page_settings(config) -> ActorPageSettings:
    """`extra: briefings: actor_pages: {min_briefings: 2}` in mkdocs.yml (default: automatic)."""
    options = _briefings_options(config).get("actor_pages") or {}
    try:
        value = options.get("min_briefings")
        return ActorPageSettings(None if value in (None, "auto") else int(value))
    except (TypeError, ValueError) as error:
        raise PluginError(f"briefings: extra.briefings.actor_pages in mkdocs.yml: {error}") from None


def _briefings_options(config) -> dict:
    return (config.extra or {}).get("briefings") or {}


def on_pre_build(config) -> None:
    seeds = _seeds_dir(config)
    if seeds is None:
        return
    try:
        cache = AnalysisCache(Path(config.config_file_path).resolve().parent / CACHE_FOLDER)
        result = build(
            seeds, Path(config.docs_dir), memo=_memo, settings=key_point_settings(config), cache=cache,
            site_url=config.site_url or None, actor_pages=actor_page_settings(config),
        )
    except (BuildLocked, WriteError) as error:
        raise PluginError(f"briefings: {error}") from None
    for failure in result.failures:
        log.warning("briefings: %s", failure)
    for warning in result.warnings:
        log.info("briefings: %s", warning)
    for page in result.report.kept_hand_written:
        log.warning("briefings: docs/%s is hand-written; not overwritten", page)
    report = result.report
    log.info(
        "briefings: %d briefings%s; %d pages written, %d unchanged, %d removed",
        result.count, " (up to date)" if result.up_to_date is not None else "",
        len(report.written), len(report.unchanged), len(report.removed),
    )


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Lift the generated raw HTML blocks out of the page until Markdown is done."""
    markdown, _lifted[page.file.src_uri] = raw_html.lift(markdown, PLACEHOLDER)
    return markdown


def on_page_content(html: str, page, config, files) -> str:
    """Put the lifted blocks back and resolve their `.md` links."""
    html = raw_html.restore(html, PLACEHOLDER, _lifted.pop(page.file.src_uri, []))
    if PLACEHOLDER in html:
        log.warning("briefings: %s has a marked HTML block that is not a paragraph of its own; it is left out", page.file.src_uri)

    def url_of(path: str) -> str | None:
        target = files.get_file_from_path(path)
        return None if target is None else target.url_relative_to(page.file)

    resolved, missing = raw_html.resolve_links(html, page.file.src_uri, url_of)
    for path in missing:
        log.warning("briefings: %s links to %s, which is not found among the documentation files", page.file.src_uri, path)
    return resolved


def on_serve(server, config, builder):
    """Watch the seeds, and load the spaCy model in the background: the first edit of a seed is
    then analysed at once instead of waiting for the model."""
    seeds = _seeds_dir(config)
    if seeds is not None and seeds.is_dir():
        server.watch(str(seeds))
        threading.Thread(target=_load_model_quietly, name="briefings-model", daemon=True).start()
    return server


def _load_model_quietly() -> None:
    """A missing model is reported by the build that needs it, not by this thread."""
    try:
        from generator.nlp import load_model

        load_model()
    except Exception:  # noqa: BLE001 (any failure here shows up again, with its message, in the build)
        log.debug("briefings: the model could not be loaded in the background", exc_info=True)
