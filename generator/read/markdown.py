"""Markdown with optional YAML front matter: the front matter wins over anything detected;
`#` lines are sub-headings, a first heading is the title where the front matter gives none.
"""
from __future__ import annotations

import re

from generator.briefing import HEADING, Article, Block
from generator.read.metadata import apply_metadata, load_mapping

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def read_markdown(text: str, article_id: str, source: str) -> Article:
    """Markdown with optional YAML front matter; the front matter wins over anything detected."""
    match = FRONT_MATTER.match(text)
    metadata = load_mapping(match.group(1) or "", source) if match else {}
    body = text[match.end() :] if match else text
    article = Article(id=article_id, source=source, title=None, blocks=markdown_blocks(body))
    if article.blocks and article.blocks[0].kind == HEADING and "title" not in metadata:
        article.title = article.blocks.pop(0).text
    apply_metadata(article, metadata)
    return article


def markdown_blocks(body: str) -> list[Block]:
    blocks = []
    for chunk in re.split(r"\n\s*\n", body):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        heading = MARKDOWN_HEADING.match(lines[0])
        if heading and len(lines) == 1:
            if heading.group(1):
                blocks.append(Block(heading.group(1), HEADING))
            continue
        blocks.append(Block(MARKDOWN_EMPHASIS.sub(r"\2", " ".join(lines))))
    return blocks
