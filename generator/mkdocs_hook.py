"""MkDocs hook: build the briefings before every MkDocs build, watch seeds/ under serve, and
keep the generated raw HTML away from Markdown (see `generator.site.raw_html`): a convenience and
a speed-up. The pages the generator writes are correct without it (their links are final,
see `generator.site.urls`), so any engine that reads docs/ builds the same site.

Listed in mkdocs.yml under `hooks:` (ProperDocs runs it too). Under `mkdocs serve` the
process lives on, so the memo keeps every briefing whose seed did not change and only edited
seeds are analysed again; the seeds and the hand-written pages are watched, the generated pages
are not, so one edit is one rebuild (a hand-written page added while serving is seen after a
restart), and the spaCy model loads in the background as soon as the server starts, so the
first edit does not wait for it. The site's address is the one mkdocs.yml gives, never the
local one `mkdocs serve` puts in its place.
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
from generator.errors import ConfigError
from generator.options import BuildOptions, build_options
from generator.site import raw_html
from generator.site.config import SiteConfig, read_site_config
from generator.site.write import BuildLocked, WriteError, is_generated

log = logging.getLogger("mkdocs.plugins.briefings")
_memo: Memo = {}
PLACEHOLDER = f"briefings-html-{secrets.token_hex(8)}-"
_lifted: dict[str, list[str]] = {}


def _options(config) -> BuildOptions | None:
    """The build's options, as `build` and `serve` make them (`generator.options`), from the
    configuration MkDocs loaded: its `extra.briefings` (an `INHERIT`ed one too), docs_dir and
    use_directory_urls. The site's address is the one mkdocs.yml gives: `mkdocs serve`
    replaces it by the local server's, which must never reach the feeds in docs/. A bad
    setting stops MkDocs with the reason."""
    config_file = Path(config.config_file_path).resolve()
    try:
        written = read_site_config(config_file)
        site = SiteConfig(folder=config_file.parent, site_url=written.site_url, directory_urls=config.use_directory_urls,
                          briefings=(config.extra or {}).get("briefings") or {})
        return build_options(site, docs=Path(config.docs_dir))
    except ConfigError as error:
        raise PluginError(f"briefings: {error} (in mkdocs.yml)") from None


def on_pre_build(config) -> None:
    """Build the briefings (nothing where `extra.briefings.seeds` is false)."""
    options = _options(config)
    if options is None:
        return
    try:
        result = build(options, memo=_memo)
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
    """Put the lifted blocks back."""
    html = raw_html.restore(html, PLACEHOLDER, _lifted.pop(page.file.src_uri, []))
    if PLACEHOLDER in html:
        log.warning("briefings: %s has a marked HTML block that is not a paragraph of its own; it is left out", page.file.src_uri)
    return html


def on_serve(server, config, builder):
    """Watch the seeds and the hand-written pages, not the generated ones: a seed edit then
    gives one rebuild (the pages the build writes would give a second). A hand-written page
    added while serving is seen after a restart. Load the spaCy model in the background, so
    the first edit of a seed is analysed at once."""
    options = _options(config)
    if options is None or not options.seeds.is_dir():
        return server
    seeds = options.seeds
    docs = Path(config.docs_dir)
    server.unwatch(str(docs))
    for path in sorted(docs.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(docs).parts)  # the build's state and lock
        if path.is_file() and not hidden and not is_generated(path):
            server.watch(str(path), recursive=False)
    server.watch(str(seeds))
    threading.Thread(target=_load_model_quietly, name="briefings-model", daemon=True).start()
    return server


def _load_model_quietly() -> None:
    """A missing model is reported by the build that needs it, not by this thread."""
    try:
        from generator.analyse.nlp import load_model

        load_model()
    except Exception:  # noqa: BLE001 (any failure here shows up again, with its message, in the build)
        log.debug("briefings: the model could not be loaded in the background", exc_info=True)
