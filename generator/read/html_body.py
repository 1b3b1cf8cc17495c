"""The body trafilatura finds in a page, as plain paragraphs and sub-headings.

trafilatura's text output is Markdown: emphasis as `*...*` and `**...**`, brackets escaped as
`\\[`, so an article would show its markup as text (`\\*`, `\\[`, `*emphasis*`). Its XML tree
says the same thing as structure (`<head>`, `<p>`, `<item>`, `<quote>`, `<cell>`, inline
`<hi>`), so the blocks are read from the tree: each block's text is all the text inside it,
with its inline formatting dropped and the spaces around it kept.
"""
from __future__ import annotations

from generator.briefing import HEADING, PARAGRAPH, Block
from generator.read.line_features import word_run
from generator.read.lines import Line

HEADING_TAGS = frozenset({"head"})
LINE_BREAK = "\u2028"  # trafilatura's `<lb/>` (a `<br>`, or several) while a block's text is gathered; whitespace to str.split
SENTENCE_ENDS = tuple(".!?:”\"’'")
PARAGRAPH_OPENINGS = "“\"‘'("
SUB_HEADING_WORDS = 10
PARAGRAPH_WORDS = 12  # the line after a sub-heading is prose
LINE_ENDS = (*SENTENCE_ENDS, ",", ";", "-", "–", "—")
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
                _add(blocks, _text(child, LINE_BREAK), HEADING if child.tag in HEADING_TAGS else PARAGRAPH)
            else:
                _collect(child, blocks)
        else:
            loose.append(LINE_BREAK if child.tag == "lb" else _text(child))
        loose.append(child.tail or "")
    _add(blocks, "".join(loose), PARAGRAPH)


def _add(blocks: list[Block], text: str, kind: str) -> None:
    """One block; its line breaks stay in it as LINE_BREAK (whitespace to every reader of
    words) until `at_paragraph_breaks` judges them, once the body is chosen."""
    lines = [" ".join(line.split()) for line in text.split(LINE_BREAK)]
    text = LINE_BREAK.join(line for line in lines if line)
    if text:
        blocks.append(Block(text, kind))


def at_paragraph_breaks(blocks: list[Block]) -> list[Block]:
    """Each block as one block per paragraph: a line break between a finished sentence and one
    that opens a new one parts two paragraphs (pages that write paragraphs as `<br><br>`, which
    trafilatura keeps as one `<p>`); any other line break, and any in a heading, is a space."""
    parted: list[Block] = []
    for block in blocks:
        lines = block.text.split(LINE_BREAK)
        paragraphs: list[Block] = []
        for number, line in enumerate(lines):
            following = lines[number + 1] if number + 1 < len(lines) else ""
            finished = not paragraphs or paragraphs[-1].text.endswith(SENTENCE_ENDS) or paragraphs[-1].kind == HEADING
            if block.kind != HEADING and finished and _is_sub_heading(line, following):
                paragraphs.append(Block(line, HEADING))
            elif paragraphs and paragraphs[-1].kind == block.kind and (
                block.kind == HEADING or not _parts_paragraphs(paragraphs[-1].text, line)
            ):
                paragraphs[-1] = Block(paragraphs[-1].text + " " + line, block.kind)
            else:
                paragraphs.append(Block(line, block.kind))
        parted.extend(paragraph for paragraph in paragraphs if paragraph.text)
    return parted


def _is_sub_heading(line: str, following: str) -> bool:
    """'Woman says Lohan cost her thousands' between two `<br>`s, before a paragraph: a short
    line with no punctuation at its end, opening with a capital, before a line of prose (not the
    next item of a list: 'June 9 -- Coral Sky Amphitheatre' / 'June 10 -- ...')."""
    return (
        0 < len(line.split()) <= SUB_HEADING_WORDS and line[0].isupper() and not line.endswith(LINE_ENDS)
        and len(following.split()) >= PARAGRAPH_WORDS and (following[0].isupper() or following[0] in PARAGRAPH_OPENINGS)
    )


def _parts_paragraphs(before: str, after: str) -> bool:
    return bool(after) and before.endswith(SENTENCE_ENDS) and (after[0].isupper() or after[0].isdigit() or after[0] in PARAGRAPH_OPENINGS)


def _holds_blocks(element) -> bool:
    return any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element.iterdescendants())


def _text(element, line_break: str = " ") -> str:
    """All the text inside, a line break as `line_break` (a space, or LINE_BREAK for `_add` to
    judge), table cells parted by a dot."""
    if element.tag == "row":
        return CELL_SEPARATOR.join(text for text in (_text(cell) for cell in element) if text)
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(line_break if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return LINE_BREAK.join(" ".join(line.split()) for line in "".join(parts).split(LINE_BREAK))


MIN_SPLIT_WORDS = 150  # a paragraph this long that the page shows as several is several


def as_the_page_shows(blocks: list[Block], lines: list[Line]) -> list[Block]:
    """Each long paragraph as the paragraphs the page shows it as: on old table layouts
    trafilatura can gather a whole article into one block (unclosed `<p>` inside `<font>`),
    while the page's own text (`page_text`, as a browser lays it out) has one line per
    paragraph. The block is split only where those lines are exactly its words, in order, and
    each of them but the last ends a sentence or is as short as a dateline or a byline; every
    row and key point then links to its own paragraph, not to the first."""
    shown: list[Block] = []
    for block in blocks:
        parts = _page_lines_of(block, lines) if block.kind == PARAGRAPH and len(block.text.split()) >= MIN_SPLIT_WORDS else None
        if parts:
            shown.extend(Block(part) for part in parts)
        else:
            shown.append(block)
    return shown


def _page_lines_of(block: Block, lines: list[Line]) -> list[str] | None:
    """The page's lines that make up the block, in the page's order: each line whose words come
    next in the block is taken, the others passed by; a short rest the page shows elsewhere (a
    byline the extractor moved to the block's end) is one more line."""
    words = f"{word_run(block.text)} "
    held: list[str] = []
    at = 0
    for line in lines:
        run = word_run(line.text)
        if run and words.startswith(f"{run} ", at):
            held.append(line.text)
            at += len(run) + 1
    rest = words[at:].strip()
    if rest:
        last = next((line.text for line in lines if word_run(line.text) == rest), None)
        if last is None or len(rest.split()) > SUB_HEADING_WORDS:
            return None
        held.append(last)
    prose = sum(1 for text in held if len(text.split()) >= PARAGRAPH_WORDS and text.rstrip().endswith(SENTENCE_ENDS))
    if len(held) < 2 or prose < len(held) / 2:
        return None  # lines of a list or a table: one block reads better than many stubs
    if not all(text.rstrip().endswith(SENTENCE_ENDS) or len(text.split()) <= SUB_HEADING_WORDS for text in held[:-1]):
        return None  # a long line that ends no sentence: the page breaks a paragraph there, not between two
    return held
