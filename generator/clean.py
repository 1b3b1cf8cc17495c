"""Find the article in text copied from a news page.

A browser's select-all + copy gives one line per paragraph, menu item, button and footer
line. The article is the run of prose lines; the headline is the last title-like line
above it; short title-like lines inside it are sub-headings; a short name-like line after
it is usually the publisher. Everything else is page furniture.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .briefing import HEADING, PARAGRAPH, Block

BOILERPLATE = re.compile(
    r"""^(
        skip\ to\ (main\ )?content | advertisement | story\ continues\ below.* | read\ more\b.* |
        share(\ this)?(\ (article|story))? | share\ on\ \w+ | (sign\ up|subscribe)\b.* |
        (we\ use\ )?cookies?\b.* | accept(\ all)?(\ cookies)? | menu | search | home | close |
        (all\ rights\ reserved|copyright|©).* | .*\ all\ rights\ reserved\.? |
        follow\ us\b.* | related(\ (stories|articles|news))?:? | more\ from\b.* |
        (click|tap)\ here\b.* | print | email | comments?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
MIN_PROSE_WORDS = 12
MAX_TITLE_WORDS = 25
MAX_HEADING_WORDS = 14


@dataclass
class PageText:
    title: str | None
    blocks: list[Block]
    publisher: str | None
    author: str | None


def _words(line: str) -> int:
    return len(line.split())


def is_boilerplate(line: str) -> bool:
    return bool(BOILERPLATE.match(line.strip()))


def is_prose(line: str) -> bool:
    """A body paragraph: a sentence-like line long enough not to be a menu item."""
    return _words(line) >= MIN_PROSE_WORDS and bool(SENTENCE_END.search(line))


def is_title_like(line: str, max_words: int = MAX_TITLE_WORDS) -> bool:
    """Short, starts with a capital or digit, and does not end like a sentence."""
    return (
        2 <= _words(line) <= max_words
        and (line[0].isupper() or line[0].isdigit() or line[0] in "“\"'‘")
        and not line.endswith((".", ",", ";", ":"))
        and not is_boilerplate(line)
    )


def is_name_like(line: str) -> bool:
    """A publisher line: a few capitalised words, no sentence punctuation."""
    words = line.split()
    return 1 <= len(words) <= 6 and all(w[0].isupper() or not w[0].isalpha() for w in words) and not (
        SENTENCE_END.search(line) or is_boilerplate(line)
    )


def _is_quote_line(line: str) -> bool:
    """A line that opens or closes a quotation belongs to the body even when it is short."""
    return line[:1] in "“\"" or line.rstrip()[-1:] in "”\""


def clean_page_text(text: str) -> PageText:
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    prose = [i for i, line in enumerate(lines) if is_prose(line)]
    if not prose:
        blocks = [Block(line) for line in lines if not is_boilerplate(line)]
        return PageText(title=None, blocks=blocks, publisher=None, author=None)
    first, last = prose[0], prose[-1]
    title, author = _find_headline(lines[:first])
    blocks = [_body_block(line) for line in lines[first : last + 1] if not is_boilerplate(line)]
    blocks = [block for block in blocks if block is not None]
    publisher = next((line for line in lines[last + 1 :] if is_name_like(line)), None)
    return PageText(title=title, blocks=blocks, publisher=publisher, author=author)


def _find_headline(head: list[str]) -> tuple[str | None, str | None]:
    """The headline is the last title-like line above the body, skipping bylines and dates."""
    author = None
    for line in reversed(head):
        if BYLINE.match(line) and _words(line) <= 8:
            author = author or line[3:].strip()
            continue
        if is_title_like(line) and not _looks_like_date(line):
            return line, author
    return None, author


def _looks_like_date(line: str) -> bool:
    return bool(re.search(r"\b(19|20)\d\d\b", line)) and _words(line) <= 8


def _body_block(line: str) -> Block | None:
    if is_prose(line) or _is_quote_line(line) or SENTENCE_END.search(line):
        return Block(line, PARAGRAPH)
    if is_title_like(line, MAX_HEADING_WORDS):
        return Block(line, HEADING)
    return None
