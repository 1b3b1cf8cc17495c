"""The Jinja2 renderer over the package's templates, and the reuse of pages whose inputs did
not change.

Safe by default: every value a template prints is escaped for Markdown (`*.md.j2`) and HTML
(`_*.html.j2`) by the environment's `finalize`, so article text can never add markup, links,
table cells or template code to a page. Only values built here from trusted parts are marked
`Markup`. The bulky parts of a page (cards, tables, the article text) are raw HTML blocks,
which Python-Markdown passes through unparsed: cheaper to build, and nothing in them for
Markdown to interpret (see `raw_html.py`). A page made from the same inputs as the one on disk
is kept as it is (`Reuse`).
"""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.briefing import HEADING
from generator.site import raw_html
from generator.site.escape import clean_text, escape_markdown, safe_url
from generator.site.pages import Page
from generator.site.quoting import paragraph_link, quotation, shorten, speaker_label
from generator.site.urls import page_file


class Renderer:
    """Two environments over the same templates: `*.md.j2` pages escape every value for
    Markdown (`escape_markdown`); `_*.html.j2` fragments, the bulky parts of a page (cards,
    tables, the article text), are raw HTML blocks with every value HTML-escaped. Python-Markdown
    passes raw HTML through without parsing it, which makes those parts cheap to build and
    leaves nothing in them for Markdown to interpret. Pages are rendered at their logical
    paths (`briefings/x.md`) with links between those; `placed` moves them to their files."""

    def __init__(self) -> None:
        options = {
            "loader": jinja2.PackageLoader("generator.site", "templates"),
            "undefined": jinja2.StrictUndefined,
            "keep_trailing_newline": True,
            "trim_blocks": True,
            "lstrip_blocks": True,
        }
        self.env = jinja2.Environment(finalize=escape_markdown, autoescape=False, **options)
        self.html_env = jinja2.Environment(finalize=clean_text, autoescape=True, **options)
        helpers = {
            "paragraph_link": paragraph_link, "safe_url": safe_url, "shorten": shorten, "quotation": quotation,
            "speaker_label": speaker_label, "HEADING": HEADING,
        }
        self.env.globals.update(helpers, html=self._fragment)
        self.html_env.globals.update(helpers)

    def render(self, template: str, **context) -> str:
        return self.env.get_template(template).render(**context)

    @jinja2.pass_context
    def _fragment(self, context, template: str, **extra) -> Markup:
        """An HTML fragment, rendered with the calling page's context, as one marked raw HTML
        block (no blank line inside, so Markdown sees a single block; see `raw_html`)."""
        text = self.html_env.get_template(template).render({**context.get_all(), **extra})
        return Markup(raw_html.mark("\n".join(line for line in text.splitlines() if line.strip())))


@functools.cache
def render_version() -> str:
    """A hash of the package's code and templates: pages made by other code are made again."""
    digest = hashlib.sha256()
    package = Path(__file__).parent.parent
    for path in sorted([*package.rglob("*.py"), *(package / "site" / "templates").glob("*.j2")]):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class Reuse:
    """Pages already on disk, by path, with the digest of the inputs they were made from
    (`state.SiteState.reusable`). A page whose inputs are the same is kept, not made again:
    editing one seed re-renders its briefing and the pages of its actors, not the whole site."""

    def __init__(self, made_from: dict[str, str] | None = None, context: tuple = ()):
        self.made_from = made_from or {}
        self.context = context  # what every page is made with (the form of the links)

    def page(self, path: str, parts: tuple | None, make: Callable[[], str]) -> Page:
        """`parts`: everything the page is made from (None: unknown, always make it)."""
        if parts is None:
            return Page(path, make())
        inputs = hashlib.sha256(repr((render_version(), path, *self.context, *parts)).encode("utf-8")).hexdigest()
        if self.made_from.get(page_file(path)) == inputs:
            return Page(path, None, inputs)
        return Page(path, make(), inputs)
