"""MkDocs hook: build the briefings before every MkDocs build, and watch seeds/ under serve.

Listed in mkdocs.yml under `hooks:`. Under `mkdocs serve` the process lives on, so the memo
keeps every briefing whose seed did not change and only edited seeds are analysed again.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.build import Memo, build
from generator.cache import CACHE_FOLDER, AnalysisCache
from generator.settings import KeyPointSettings
from generator.write import BuildLocked, WriteError

log = logging.getLogger("mkdocs.plugins.briefings")
SEEDS_FOLDER = "seeds"
_memo: Memo = {}


def _seeds_dir(config) -> Path:
    return Path(config.config_file_path).resolve().parent / SEEDS_FOLDER


def key_point_settings(config) -> KeyPointSettings:
    """`extra: briefings: key_points: {min: 2, max: 6}` (or `count: 3`) in mkdocs.yml."""
    options = ((config.extra or {}).get("briefings") or {}).get("key_points") or {}
    defaults = KeyPointSettings()
    try:
        return KeyPointSettings(
            minimum=int(options.get("min", defaults.minimum)),
            maximum=int(options.get("max", defaults.maximum)),
            count=int(options["count"]) if options.get("count") is not None else None,
        )
    except (TypeError, ValueError) as error:
        raise PluginError(f"briefings: extra.briefings.key_points in mkdocs.yml: {error}") from None


def on_pre_build(config) -> None:
    try:
        cache = AnalysisCache(Path(config.config_file_path).resolve().parent / CACHE_FOLDER)
        result = build(
            _seeds_dir(config), Path(config.docs_dir), memo=_memo, settings=key_point_settings(config), cache=cache,
            site_url=config.site_url or None,
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
        "briefings: %d briefings; %d pages written, %d unchanged, %d removed",
        len(result.briefings), len(report.written), len(report.unchanged), len(report.removed),
    )


def on_serve(server, config, builder):
    seeds = _seeds_dir(config)
    if seeds.is_dir():
        server.watch(str(seeds))
    return server
