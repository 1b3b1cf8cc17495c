"""The generated raw HTML blocks, kept away from Markdown.

The generated pages put their bulky parts (cards, tables, article text) in raw HTML blocks
(see `render.Renderer`). Markdown has nothing to do in them, yet Python-Markdown and MkDocs
each parse every such block to find where it ends and which anchors it holds: at 3,000
briefings that was a third of the build. So each block is marked (`START` ... `END`); the
MkDocs hook lifts the marked blocks out before Markdown runs (`lift`), leaving a placeholder
paragraph, and puts them back in the HTML Markdown made (`restore`). Article text inside a
block is HTML-escaped, so it can never contain a marker.

Their links are final already (see `urls.py`): no engine has to rewrite them.
"""
from __future__ import annotations

import re

START = "<!--briefings-html-->"
END = "<!--/briefings-html-->"
MARKED_BLOCK = re.compile(rf"^{re.escape(START)}\n(.*?)\n{re.escape(END)}$", re.S | re.M)


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
