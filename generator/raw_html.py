"""The generated raw HTML blocks: kept away from Markdown, and their `.md` links resolved.

The generated pages put their bulky parts (cards, tables, article text) in raw HTML blocks
(see `render.Renderer`). Markdown has nothing to do in them, yet Python-Markdown and MkDocs
each parse every such block to find where it ends and which anchors it holds: at 3,000
briefings that was a third of the build. So each block is marked (`START` ... `END`); the
MkDocs hook lifts the marked blocks out before Markdown runs (`lift`), leaving a placeholder
paragraph, and puts them back in the HTML Markdown made (`restore`). Article text inside a
block is HTML-escaped, so it can never contain a marker.

MkDocs rewrites the links of Markdown (`[x](../actors/putin.md)` becomes `../../actors/putin/`
or `../actors/putin.html`, depending on `use_directory_urls`) but leaves raw HTML alone, so
`resolve_links` applies the same rule to the blocks' `href="….md"`.
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

START = "<!--briefings-html-->"
END = "<!--/briefings-html-->"
MARKED_BLOCK = re.compile(rf"^{re.escape(START)}\n(.*?)\n{re.escape(END)}$", re.S | re.M)
MARKDOWN_HREF = re.compile(r'href="(?P<path>[^"#:?]+\.md)(?P<fragment>#[^"]*)?"')

Lookup = Callable[[str], "str | None"]


def mark(block: str) -> str:
    """`block` (one raw HTML block, no blank line inside) between the markers."""
    return f"{START}\n{block}\n{END}"


def lift(markdown: str, placeholder: str) -> tuple[str, list[str]]:
    """`markdown` with every marked block replaced by `placeholder` + its number (a paragraph
    of its own), and the blocks in order. `placeholder` must not occur in the page: use a
    random one per build."""
    blocks: list[str] = []

    def replace(match: re.Match) -> str:
        blocks.append(match[1])
        return f"{placeholder}{len(blocks) - 1}"

    return MARKED_BLOCK.sub(replace, markdown), blocks


def restore(html: str, placeholder: str, blocks: list[str]) -> str:
    """The HTML Markdown made from `lift`'s output, with each placeholder paragraph replaced by
    its block again."""
    if not blocks:
        return html
    pattern = re.compile(rf"<p>{re.escape(placeholder)}(\d+)</p>")
    return pattern.sub(lambda match: blocks[int(match[1])], html)


def resolve_links(html: str, page_path: str, url_of: Lookup) -> tuple[str, list[str]]:
    """`html` with every relative `href="x.md#frag"` replaced by the page's URL from `url_of`
    (called with the docs-relative path); also returns the paths that no page has."""
    missing: list[str] = []

    def replace(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), match["path"]))
        url = url_of(target)
        if url is None:
            missing.append(target)
            return match[0]
        return f'href="{url}{match["fragment"] or ""}"'

    return MARKDOWN_HREF.sub(replace, html), missing
