"""Find the article in text copied from a news page.

A browser's select-all + copy gives one line per paragraph, menu item, button and footer
line, with blank lines around paragraphs and headings but not between the items of a menu
or list. The article is the run of prose lines (and the lines standing alone around them)
with the most words, weighed by how well a headline above it matches its first paragraphs
(`body.py`). It starts after its header (byline, dateline) and ends where the footer starts
(newsletter pitch, comment form). The headline is the candidate above it the learned ranker
ranks first (`headline_model.py`, with the hand rules' choice from `headline.py` as one of its
features); short title-like lines inside the body are sub-headings; captions, credits and
other stories' teasers inside it are dropped; the publisher is the site's name as its
furniture writes it ('About Houston Chronicle') where the copyright line or the page's
repetition agrees, or a name line that closes a copy with no footer (`publishers.py`); the
author is the byline's person, or none (`authors.py`).

The date is the one written near the headline: the header's dateline, else one just above
the headline, else a signature right under the body ('Written by ... on November 14, 2019');
a dateline that gives a time but no year ('Posted Nov 19, 6:51 AM', as sites write this
year's stories) takes the year of the page's copyright line, and gives no date without one
(`dates.py`). Whether the text looks like one article at all is `doubts.py`'s to say.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.briefing import PARAGRAPH, Article, Block
from generator.read.authors import author_name
from generator.read.body import (
    FOOTER_LINES,
    HEADER_LINES,
    body_block,
    from_the_dateline,
    rule_body,
    without_author_note,
)
from generator.read.dates import find_date, find_yearless_date
from generator.read.doubts import body_doubts, comment_doubt, unsure_body_doubt
from generator.read.headline import find_headline
from generator.read.headline_model import COPY_HEADLINES, Page, ranked_headline
from generator.read.line_model import (
    COPY_MODEL,
    body_lines,
    body_probabilities,
    shipped,
)
from generator.read.lines import is_boilerplate, is_header_line, is_prose, page_lines
from generator.read.publishers import copy_publisher, copyright_line
from generator.trees import Model

SIGNATURE_LINES = 2
MIN_LEDE_PROBABILITY = 0.5  # on the development copies: lede kept 0.943 -> 0.951 (pages/), 0.949 -> 0.970 (copied/)
OPENING_LINES = 3  # the body's opening lines the model may leave out, which are still no headline


@dataclass
class PageText:
    title: str | None
    blocks: list[Block]
    publisher: str | None
    author: str | None
    date: str | None = None
    doubts: list[str] = field(default_factory=list)
    headline_page: Page | None = None  # what the headline ranker read (training reads it too)


def find_article_in_copy(text: str, model: Model | None = None, headline_model: Model | None = None) -> PageText:
    """The article in a copy: its body lines chosen by the learned reader (`line_model`, with
    the hand rules' body as one of its features, and as the fallback), then the headline above
    it (the learned ranker's, with the rules' choice as one of its features), the date, the
    publisher and the doubts. `model`, `headline_model`: other trained models (cross-validation)."""
    structured = page_lines(text)
    lines = [line.text for line in structured]
    prose = [i for i, line in enumerate(lines) if is_prose(line)]
    if not prose:
        blocks = [Block(line) for line in lines if not is_boilerplate(line)]
        return PageText(title=None, blocks=blocks, publisher=None, author=None, doubts=body_doubts(blocks, lines))
    by_rules = rule_body(structured, prose)
    probabilities = body_probabilities(structured, (set(by_rules),), model or shipped(COPY_MODEL))
    chosen = body_lines(probabilities, by_rules) or by_rules or prose
    confidence = sum(probabilities[i] for i in chosen) / len(chosen)
    first, last = chosen[0], chosen[-1]
    above = by_rules[0] if by_rules and 0 < first - by_rules[0] <= OPENING_LINES else first  # the rules' opening lines are no headline
    prose_lines = set(prose)
    title, author = find_headline(structured, above, [lines[i] for i in chosen if i in prose_lines][:3])
    page = Page(structured, first, [lines[i] for i in chosen], probabilities, title)
    title = ranked_headline(page, headline_model or shipped(COPY_HEADLINES))
    chosen = _lede_above(lines, title, chosen, probabilities, prose_lines) + chosen
    if len(chosen) > 2 and lines[chosen[0]] == lines[chosen[-1]]:
        chosen = chosen[1:-1]  # a promotion the page sets above and below the article: a box, not its opening and close
    first = chosen[0]
    blocks = [body_block(structured[i]) or Block(lines[i]) for i in chosen]
    if len(blocks) > 1 and blocks[0].text == title:  # the headline the body reader took in
        blocks.pop(0)
    blocks = without_author_note(from_the_dateline(blocks))
    headline_at = lines.index(title) if title in lines[:first] else max(first - 15, 0)
    footer = lines[last + 1 :]
    date = written_date(lines, headline_at, first, last)
    publisher = copy_publisher(lines, footer)
    paragraphs = sum(block.kind == PARAGRAPH for block in blocks)
    around = lines[max(first - HEADER_LINES, 0) : last + 1 + FOOTER_LINES]
    found = [comment_doubt(lines[first : last + 1], paragraphs), unsure_body_doubt(confidence)]
    doubts = body_doubts(blocks, around) + [doubt for doubt in found if doubt]
    return PageText(
        title=title, blocks=blocks, publisher=publisher, author=author, date=date, doubts=doubts, headline_page=page
    )


def _lede_above(lines: list[str], title: str | None, chosen: list[int], probabilities: list[float], prose: set[int]) -> list[int]:
    """Prose lines between the headline and the body the reader chose, that the model gives at
    least MIN_LEDE_PROBABILITY: the opening paragraphs a box (a video, a related-links list)
    parted from the rest, which a stretch of body lines cannot take in."""
    if title not in lines[: chosen[0]]:
        return []
    at = lines.index(title)
    return [i for i in range(at + 1, chosen[0]) if i in prose and probabilities[i] >= MIN_LEDE_PROBABILITY]


def written_date(lines: list[str], headline_at: int, first: int, last: int) -> str | None:
    """The date written near the headline (at `headline_at`) of a body running from line
    `first` to `last`: the header's dateline; else one above the headline; else a signature
    under the body ('Written by ... on ...'); else a dateline without a year, with the year of the
    copyright line. Never a date the story mentions, nor one far from the headline. A byline
    among the body's opening lines ('By A Writer | Monday, 14 January, 2008' under a
    standfirst) comes before a masthead's 'today' above the headline."""
    return (
        find_date(lines[headline_at:first])
        or find_date([line for line in lines[first : first + OPENING_LINES] if is_header_line(line)])  # a byline under the standfirst
        or find_date(lines[max(headline_at - 15, 0) : headline_at])
        or find_date([line for line in lines[last + 1 : last + 1 + SIGNATURE_LINES] if is_header_line(line)])
        or find_yearless_date(lines[max(headline_at - 15, 0) : first], copyright_line(lines[last + 1 :]))
    )


def read_page_text(text: str, article_id: str, source: str) -> Article:
    page = find_article_in_copy(text)
    return Article(
        id=article_id,
        source=source,
        title=page.title,
        blocks=page.blocks,
        publisher=page.publisher,
        author=author_name(page.author),
        date=page.date,
        doubts=page.doubts,
    )
