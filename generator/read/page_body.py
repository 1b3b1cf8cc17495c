"""Which lines of a saved page are the article's body: the extractor's body, checked by the
learned reader over the page's text as a browser shows it.

trafilatura's body is right on most pages of sites like those it was tuned on, and on pages
unlike them keeps a menu, a teaser list or half the article. The page is rendered as a copy
(`page_text`), its lines scored by the learned reader (`line_model`, its own model trained on
saved pages with the extractor's body as its prior; the hand rules' body as a second prior
changed nothing measurable and cost 8 ms a page). Where the model
trusts the extractor's lines (their mean probability at least TRUSTED_EXTRACTOR), the
extractor's blocks stand; else the body is the stretch the model chooses with the extractor's
lines as its prior. On the development pages, 5-fold by site: body F1 0.937 against the
extractor's 0.888 on `pages/` (279 sites), 0.976 against 0.978 on `raw/`.
"""
from __future__ import annotations

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
from generator.read.lines import Line, is_prose, page_lines
from generator.read.page_text import page_text
from generator.trees import Model

TRUSTED_EXTRACTOR = 0.4
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
    """The extractor's blocks where the model trusts them; else the lines the model chooses.
    `page`: the HTML, or its tree (`page_text.parsed`)."""
    lines, by_extractor = page_lines_and_prior(page, extracted)
    if not lines or _plainly_the_article(lines, by_extractor):  # the extractor's lines stand in for the model's
        return PageReading(extracted, lines, [float(i in by_extractor) for i in range(len(lines))])
    probabilities = body_probabilities(lines, (by_extractor,), model or shipped(PAGE_MODEL))
    if by_extractor and sum(probabilities[i] for i in by_extractor) / len(by_extractor) >= TRUSTED_EXTRACTOR:
        return PageReading(extracted, lines, probabilities)
    chosen = body_lines(probabilities, sorted(by_extractor))
    return PageReading([body_block(lines[i]) or Block(lines[i].text) for i in chosen] or extracted, lines, probabilities)


def _plainly_the_article(lines: list[Line], by_extractor: set[int]) -> bool:
    """Whether the extractor's body holds at least COVERED of the page's prose words and is at
    least PROSE of prose itself: then the model, which costs more than the extraction, changes
    little (on the development pages it would change 25 of the 333 such pages of 517, for
    about 0.004 of body F1), and the extractor's blocks stand unasked."""
    prose = {i for i, line in enumerate(lines) if is_prose(line.text)}
    words = [len(line.text.split()) for line in lines]
    page_prose = sum(words[i] for i in prose)
    extracted_words = sum(words[i] for i in by_extractor)
    if not page_prose or not extracted_words:
        return False
    covered = sum(words[i] for i in prose & by_extractor)
    return covered >= COVERED * page_prose and covered >= PROSE * extracted_words
