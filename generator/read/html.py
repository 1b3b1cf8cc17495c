"""A saved web page: trafilatura extracts the body (its main extractor alone first, which is
quicker and on the development pages better; its full run, which compares that with
readability and jusText, only where the quick pass finds nothing or returns the page's whole
text as one block); the headline is the visible `<h1>` when it agrees with the declared
title, and the `<title>`'s headline part where the declared title is only the site's short
name; publisher, date, url and author from the page's metadata. The body is read from
trafilatura's XML tree (`html_body.py`), so no Markdown from the extractor reaches the text.
"""
from __future__ import annotations

import logging
import re

from generator.briefing import Article, Block
from generator.errors import SeedError
from generator.read.doubts import body_doubts
from generator.read.html_body import html_blocks
from generator.read.line_model import Model
from generator.read.lines import is_boilerplate
from generator.read.markdown import markdown_blocks
from generator.read.metadata import normalise_date
from generator.read.page_body import checked_body
from generator.read.page_text import parsed
from generator.read.publishers import publisher_name

MAX_PARAGRAPH_WORDS = 500  # longer than any article's paragraph: one block this long is the whole page's text
MAX_NAME_TITLE_WORDS = 3  # a declared title this short may be the site's name, not a headline
MIN_HEADLINE_PART_WORDS = 5
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—]{1,2}\s+")


def extracted(html: str):
    """trafilatura's document of the page (None: it found none) and its body's blocks."""
    import trafilatura  # imported here: it is slow to import and only HTML seeds need it

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its complaints become our one SeedError line
    for fast in (True, False):
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_formatting=True, include_comments=False, fast=fast
        )
        found = _document_blocks(document)
        if found and not _page_dump(found):
            break
    return document, [block for block in found if not is_boilerplate(block.text)]


def read_html(html: str, article_id: str, source: str, model: Model | None = None) -> Article:
    """The page as an Article; `model`: another trained page model (cross-validation)."""
    document, blocks = extracted(html)
    if document is None:
        raise SeedError(source, "no article found in the HTML")
    tree = parsed(html)  # once, for the headline and the page's text
    title = visible_headline(tree, document.title, document.sitename)
    blocks = checked_body(tree, blocks, model)
    if blocks and blocks[0].text in (document.title, title):
        blocks.pop(0)
    return Article(
        id=article_id,
        source=source,
        title=title,
        blocks=blocks,
        publisher=publisher_name(document.sitename),
        date=normalise_date(document.date),
        url=document.url,
        author=document.author,
        doubts=body_doubts(blocks),
    )


def _document_blocks(document) -> list[Block]:
    if document is None:
        return []
    return html_blocks(document.body) if document.body is not None else markdown_blocks(document.text or "")


def _page_dump(blocks: list[Block]) -> bool:
    """Whether trafilatura's main extractor, run alone (`fast`: three quarters of the time of its
    full run, and on the development pages a better body), gave up and dumped the page's text:
    one block longer than any paragraph an article has. The page is then read again with the
    full run, which compares it with other extractors (readability, jusText)."""
    return len(blocks) == 1 and len(blocks[0].text.split()) > MAX_PARAGRAPH_WORDS


def visible_headline(page, meta_title: str | None, sitename: str | None) -> str | None:
    """The headline a reader sees: the page's <h1> that agrees with the declared title, else
    the declared title without a ' - Site' / ' | Site' suffix. `page`: the HTML or its tree."""
    tree = parsed(page) if isinstance(page, str) else page
    if tree is None:
        return meta_title
    title = _without_site_suffix(meta_title, sitename) or ""
    title = _headline_in_title_element(tree, title) or title or None
    declared = set(re.findall(r"\w+", (title or "").lower()))
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        words = re.findall(r"\w+", text.lower())
        if words and declared and sum(w in declared for w in words) / len(words) >= 0.8 and len(words) >= len(declared) / 2:
            return text
    return title


def _headline_in_title_element(tree, declared: str) -> str | None:
    """Where the declared title is only a short name ('엔터 미디어', the site's) that the
    page's `<title>` does not share, the headline part of `<title>` ('Headline - Site')."""
    if len(declared.split()) > MAX_NAME_TITLE_WORDS:
        return None
    element = tree.find(".//title")
    text = " ".join((element.text_content() if element is not None else "").split())
    parts = [part.strip() for part in TITLE_SEPARATOR.split(text) if part.strip()]
    named = set(re.findall(r"\w+", declared.lower()))
    longest = max(parts, key=lambda part: len(part.split()), default="")
    if len(longest.split()) >= MIN_HEADLINE_PART_WORDS and not named & set(re.findall(r"\w+", longest.lower())):
        return longest
    return None


def _without_site_suffix(title: str | None, sitename: str | None) -> str | None:
    """'Budget day - The Herald' -> 'Budget day' when the suffix is the site's name."""
    match = re.match(r"(.*\S)\s+[|\-–—]\s+(.+)$", title or "")
    if match is None or not sitename:
        return title
    suffix, site = match.group(2).strip().lower(), sitename.strip().lower()
    return match.group(1) if suffix in site or site in suffix else title
