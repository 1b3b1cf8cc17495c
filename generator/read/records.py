"""Articles given as data: one line of an export `.jsonl` (`id`, `text` or `html`, optional
`title`, `url`, `date`, `publisher`), and plain text whose paragraphs are separated by blank lines.
"""
from __future__ import annotations

import re

from generator.briefing import Article, Block
from generator.errors import SeedError
from generator.read.decode import normalise_text
from generator.read.html import read_html
from generator.read.metadata import apply_metadata
from generator.read.seeds import checked_article, explained


def article_from_record(record: dict, source: str) -> Article:
    """One line of an export `.jsonl`: id, text or html, optional title, url, date."""
    with explained(source):
        return _article_from_record(record, source)


def _article_from_record(record: dict, source: str) -> Article:
    if not isinstance(record, dict) or "id" not in record:
        raise SeedError(source, "a JSONL line must be an object with an 'id'")
    article_id = str(record["id"])
    if isinstance(record.get("html"), str):
        article = read_html(record["html"], article_id, source)
    elif isinstance(record.get("text"), str):
        article = Article(id=article_id, source=source, title=None, blocks=plain_blocks(normalise_text(record["text"])))
    else:
        raise SeedError(source, f"line with id {article_id!r} has neither 'text' nor 'html'")
    apply_metadata(article, {key: record.get(key) for key in ("title", "url", "date", "publisher")})
    return checked_article(article)


def plain_blocks(text: str) -> list[Block]:
    """Clean text: paragraphs are separated by blank lines, line breaks inside are spaces."""
    paragraphs = (" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text))
    return [Block(paragraph) for paragraph in paragraphs if paragraph]
