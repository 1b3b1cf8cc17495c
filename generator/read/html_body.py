"""The body trafilatura finds in a page, as plain paragraphs and sub-headings.

trafilatura's text output is Markdown: emphasis as `*...*` and `**...**`, brackets escaped as
`\\[`, so an article would show its markup as text (`\\*`, `\\[`, `*emphasis*`). Its XML tree
says the same thing as structure (`<head>`, `<p>`, `<item>`, `<quote>`, `<cell>`, inline
`<hi>`), so the blocks are read from the tree: each block's text is all the text inside it,
with its inline formatting dropped and the spaces around it kept.
"""
from __future__ import annotations

from generator.briefing import HEADING, PARAGRAPH, Block

HEADING_TAGS = frozenset({"head"})
BLOCK_TAGS = frozenset({"p", "head", "item", "quote", "row"})  # each one block, unless blocks are inside it
CELL_SEPARATOR = " · "


def html_blocks(body) -> list[Block]:
    """Blocks of the extracted XML tree `body`, in document order."""
    blocks: list[Block] = []
    _collect(body, blocks)
    return blocks


def _collect(element, blocks: list[Block]) -> None:
    """The blocks inside `element`; text lying loose between them (trafilatura leaves a
    paragraph after a heading as the heading's tail) is a paragraph of its own."""
    loose = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # comments and processing instructions
            loose.append(child.tail or "")
            continue
        if child.tag in BLOCK_TAGS or _holds_blocks(child):
            _add(blocks, "".join(loose), PARAGRAPH)
            loose = []
            if child.tag in BLOCK_TAGS and not _holds_blocks(child):
                _add(blocks, _text(child), HEADING if child.tag in HEADING_TAGS else PARAGRAPH)
            else:
                _collect(child, blocks)
        else:
            loose.append(" " if child.tag == "lb" else _text(child))
        loose.append(child.tail or "")
    _add(blocks, "".join(loose), PARAGRAPH)


def _add(blocks: list[Block], text: str, kind: str) -> None:
    text = " ".join(text.split())
    if text:
        blocks.append(Block(text, kind))


def _holds_blocks(element) -> bool:
    return any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element.iterdescendants())


def _text(element) -> str:
    """All the text inside, a line break as a space, table cells parted by a dot."""
    if element.tag == "row":
        return CELL_SEPARATOR.join(text for text in (_text(cell) for cell in element) if text)
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(" " if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())
