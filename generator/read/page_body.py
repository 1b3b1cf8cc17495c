"""Which lines of a saved page are the article's body: the extractor's body, checked by the
learned reader over the page's text as a browser shows it.

trafilatura's body is right on most pages of sites like those it was tuned on, and on pages
unlike them keeps a menu, a teaser list or half the article. The page is rendered as a copy
(`page_text`), its lines scored by the learned reader (`line_model`, its own model trained on
saved pages with the extractor's body as its prior; the hand rules' body as a second prior
changed nothing measurable and cost 8 ms a page). Where the model
trusts the extractor's lines (their mean probability at least TRUSTED_EXTRACTOR), the
extractor's blocks stand; else the body is the stretch the model chooses with the extractor's
lines as its prior. Either way the blocks at the body's edges the model takes for furniture
go (`_edges_trimmed`). On the development pages, 5-fold by site: body F1 0.956 against the
extractor's 0.888 on `pages/` (279 sites), 0.976 against 0.978 on `raw/`.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.briefing import Block
from generator.read.body import body_block
from generator.read.line_features import lines_within
from generator.read.line_model import (
    PAGE_MODEL,
    body_lines,
    body_probabilities,
    shipped,
)
from generator.read.lines import Line, is_prose, page_lines, reads_as_a_sentence
from generator.read.page_text import page_text
from generator.trees import Model

TRUSTED_EXTRACTOR = 0.4
EDGE_FURNITURE, EDGE_PROSE, EDGE_SHARE, EDGE_ARTICLE = 0.5, 0.05, 0.2, 0.5  # see `_edges_trimmed`
RUNS_ON = re.compile(r"(--|[-–—:,])\s*$")
COVERED, PROSE = 0.7, 0.8  # the extractor's body plainly the article's: see `_plainly_the_article`


def page_lines_and_prior(page, extracted: list[Block]) -> tuple[list[Line], set[int]]:
    """The page's lines as a copy gives them, and the lines whose words run inside the
    extractor's body."""
    lines = page_lines(page_text(page))
    return lines, set(lines_within(lines, [block.text for block in extracted]))


@dataclass
class PageReading:
    """The body of a saved page, and the page's lines with each one's body probability (which
    the headline ranker reads; where the extractor's body is plainly the article, whether the
    extractor took the line)."""

    blocks: list[Block]
    lines: list[Line]
    probabilities: list[float]

    def confidence(self) -> float:
        """The model's mean P(body) over the page's lines that the body holds (1.0 where no line
        of the page is in it: nothing to doubt by)."""
        held = lines_within(self.lines, [block.text for block in self.blocks])
        return sum(self.probabilities[i] for i in held) / len(held) if held else 1.0

    def unsure_share(self) -> float:
        """The share of the body's words in lines the model gives a body probability below one
        half: text that reads more like the page's menus, teasers and captions than its article."""
        held = lines_within(self.lines, [block.text for block in self.blocks])
        words = [(len(self.lines[i].text.split()), self.probabilities[i]) for i in held]
        total = sum(count for count, _ in words)
        return sum(count for count, probability in words if probability < 0.5) / total if total else 0.0


def checked_body(page, extracted: list[Block], model: Model | None = None) -> PageReading:
    """The extractor's blocks where the model trusts them; else the lines the model chooses;
    either way without the furniture at its edges (`_edges_trimmed`). `page`: the HTML, or its
    tree (`page_text.parsed`)."""
    lines, by_extractor = page_lines_and_prior(page, extracted)
    if not lines:
        return PageReading(extracted, lines, [])
    plainly = _plainly_the_article(lines, by_extractor)  # the extractor's lines stand in for the model's
    extractors = [float(i in by_extractor) for i in range(len(lines))]
    if plainly and all(reads_as_a_sentence(block.text) for block in extracted[:1] + extracted[-1:]):
        return PageReading(extracted, lines, extractors)  # prose at both edges: the model, the reader's dearest part, is not asked
    model = model or shipped(PAGE_MODEL)
    if plainly:  # only the edges are in question: the model is asked about their lines alone
        return PageReading(_edges_trimmed(extracted, lines, _AskedProbabilities(lines, by_extractor, model).of), lines, extractors)
    probabilities = body_probabilities(lines, (by_extractor,), model)
    of_lines = _looked_up(probabilities)
    if by_extractor and sum(probabilities[i] for i in by_extractor) / len(by_extractor) >= TRUSTED_EXTRACTOR:
        return PageReading(_edges_trimmed(extracted, lines, of_lines), lines, probabilities)
    chosen = body_lines(probabilities, sorted(by_extractor))
    blocks = [body_block(lines[i]) or Block(lines[i].text) for i in chosen] or extracted
    return PageReading(_edges_trimmed(blocks, lines, of_lines), lines, probabilities)


class _AskedProbabilities:
    """The page model's P(body) of the lines asked about, worked out once each and in batches:
    a line's features need only its neighbours and the page's totals, and where the extractor's
    body stands but for its edges the rest of the page is never asked about."""

    def __init__(self, lines: list[Line], by_extractor: set[int], model: Model):
        self.lines, self.by_extractor, self.model = lines, by_extractor, model
        self.known: dict[int, float] = {}

    def of(self, indices: list[int]) -> list[float]:
        missing = sorted(set(indices) - self.known.keys())
        if missing:
            self.known.update(zip(missing, body_probabilities(self.lines, (self.by_extractor,), self.model, rows=missing)))
        return [self.known[i] for i in indices]


def _looked_up(probabilities: list[float]) -> Callable[[list[int]], list[float]]:
    return lambda indices: [probabilities[i] for i in indices]


def _edges_trimmed(blocks: list[Block], lines: list[Line], probabilities_of: Callable[[list[int]], list[float]]) -> list[Block]:
    """The body without the blocks at its start and end that the model takes for furniture: a
    menu, a share bar, a copyright line, another story's teaser, which the extractor keeps at
    the article's edges on one page in two of `pages/`. A block goes when every line of it is
    below EDGE_FURNITURE (EDGE_PROSE for a block that reads as a sentence, which the model must
    be nearly sure of), and never more than EDGE_SHARE of the body's text in all: a page in a
    language the model reads badly keeps its article; and only where the model sees the article
    in the body (a line of it at EDGE_ARTICLE at least). A first block that runs on into the
    next ('NOUAKCHOTT, Mauritania --', a dateline set apart) opens the article. Chosen 5-fold by
    site: body F1 0.935 -> 0.956 on `pages/`, 0.9745 -> 0.9763 on `raw/`. `probabilities_of`:
    the model's P(body) of the lines of the page asked about; the edges' lines are asked first,
    all at once, and the rest of the body only when none of them shows the article."""
    held = lines_within(lines, [block.text for block in blocks])
    if not held:
        return blocks
    budget = EDGE_SHARE * sum(len(block.text) for block in blocks)
    at_edges = lines_within(lines, [block.text for block in _within_budget(blocks, budget) + _within_budget(blocks[::-1], budget)])
    if max(probabilities_of(at_edges), default=0.0) < EDGE_ARTICLE and max(probabilities_of(held)) < EDGE_ARTICLE:
        return blocks  # the model does not see the article in it: nothing to measure its edges by

    def furniture(block: Block) -> bool:
        if len(block.text) > budget:
            return False
        its_lines = lines_within(lines, [block.text])
        below = EDGE_PROSE if reads_as_a_sentence(block.text) else EDGE_FURNITURE
        return bool(its_lines) and max(probabilities_of(its_lines)) < below

    start, end = 0, len(blocks)
    while end - start > 1 and furniture(blocks[end - 1]):
        budget -= len(blocks[end - 1].text)
        end -= 1
    while end - start > 1 and furniture(blocks[start]) and not RUNS_ON.search(blocks[start].text):
        budget -= len(blocks[start].text)
        start += 1
    return blocks[start:end]


def _within_budget(blocks: list[Block], budget: float) -> list[Block]:
    """The blocks from the first on while their text adds up to no more than `budget`: the
    ones `_edges_trimmed` may look at from that edge."""
    taken = list(itertools.takewhile(lambda total: total <= budget, itertools.accumulate(len(block.text) for block in blocks)))
    return blocks[: len(taken)]


def _plainly_the_article(lines: list[Line], by_extractor: set[int]) -> bool:
    """Whether the extractor's body holds at least COVERED of the page's prose words and is at
    least PROSE of prose itself: then the model's own stretch changes little (on the
    development pages it would change 25 of the 333 such pages of 517, for about 0.004 of body
    F1), and the extractor's blocks stand but for their edges."""
    prose = {i for i, line in enumerate(lines) if is_prose(line.text)}
    words = [len(line.text.split()) for line in lines]
    page_prose = sum(words[i] for i in prose)
    extracted_words = sum(words[i] for i in by_extractor)
    if not page_prose or not extracted_words:
        return False
    covered = sum(words[i] for i in prose & by_extractor)
    return covered >= COVERED * page_prose and covered >= PROSE * extracted_words
