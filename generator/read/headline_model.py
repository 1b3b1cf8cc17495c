"""The learned headline ranker: of the lines above an article's body (and, for a saved page,
the parts of its `<title>`), which one is the headline.

The hand rules (`headline.py`) fit the sites they were tuned on: on the browser copies of 279
other sites they found the headline on 0.73 of pages, on their saved pages 0.67. The ranker
scores every candidate with gradient-boosted trees over shallow features that name no site:
what the line looks like (words, case, sentence end, furniture), where it stands (lines above
the body, a byline or dateline under it, blank lines), how many words it shares with the
body's opening and with the whole body (and how that compares with the page's best
candidate), whether the page repeats it, what the lines around it look like, whether the
rules chose it, and for a saved page how it matches the declared `<title>`, its `<h1>`s and
the title the extractor reads from the page's metadata (itself a candidate, as each part of the
`<title>` is).
The best candidate is the headline when its probability reaches MIN_HEADLINE_PROBABILITY,
else the rules' choice stands. `training/line_models.py` trains one model for copies and one
for saved pages, site-disjoint cross-validated, and ships them as plain numbers beside the
line models.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from generator.read.headline import (
    content_words,
    in_headline_list,
    in_story_list,
    is_headline_like,
)
from generator.read.line_features import lines_within
from generator.read.lines import (
    TITLE_SEPARATOR,
    Line,
    is_boilerplate,
    is_header_line,
    is_title_like,
    loose_words,
    same_headline,
)
from generator.trees import Model, tree_probabilities

COPY_HEADLINES = "copy_headlines.json"
PAGE_HEADLINES = "page_headlines.json"
REACH = 80  # lines above the body's first line that may hold the headline
BELOW = 2  # the body's first lines, which may be the headline the body reader took in
MIN_HEADLINE_PROBABILITY = 0.001  # below it the model is sure of nothing: the rules choose
MIN_CELL_WORDS = 2
MIN_START_WORDS = 5
DATELINE_REACH = 3
LEAD_LINES = 3
TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")  # 'Headline (from The Paper)'
WORD = re.compile(r"\w+")
NEIGHBOURS = (-1, 1, 2)
MISSING = -1.0

SHAPE = [
    "from_title", "table_cell", "lines_above_body", "in_body_span", "place_in_window", "words", "capitals",
    "sentence_end", "colon", "digits", "capitalised_share", "lead_shared", "lead_shared_of_own", "lead_shared_of_lead",
    "body_shared_of_own", "repeats", "inside_other_lines", "headline_like", "title_like", "dateline_below",
    "blank_before", "body_probability", "rules_choice", "furniture", "headline_like_lines_between",
    "in_story_list", "in_headline_list",
]
AROUND = [f"line{offset:+d}_{name}" for offset in NEIGHBOURS for name in ("words", "lead_shared", "headline_like", "sentence_end", "header")]
DECLARED = ["title_words_of_own", "title_words_covered", "title_part", "whole_title", "h1", "extracted_title"]
COMPARED = ["lead_shared", "lead_shared_of_own", "lead_shared_of_lead", "body_shared_of_own", "repeats", "inside_other_lines", "body_probability", "title_words_of_own", "title_words_covered"]
FEATURES = SHAPE + AROUND + DECLARED + [f"{name}_below_best" for name in COMPARED] + [f"{name}_rank" for name in COMPARED]


@dataclass(frozen=True)
class Declared:
    """What a saved page declares its headline to be: its `<title>`, its `<h1>`s, and the title
    the extractor reads from its metadata (`og:title` and the like)."""

    title: str
    h1s: tuple[str, ...] = ()
    extracted: str | None = None


@dataclass(frozen=True)
class Candidate:
    text: str
    line: int  # -1: a part of the declared title
    cell: bool = False  # one cell of a table row the copy joined with tabs


@dataclass(frozen=True)
class Page:
    """The reading of one page the ranker needs: its lines, where the body starts, the body's
    paragraphs, each line's body probability, the rules' headline, and what the page declares."""

    lines: list[Line]
    start: int
    body: list[str]
    probabilities: list[float]
    rules_headline: str | None
    declared: Declared | None = None


def body_start(lines: list[Line], body: list[str]) -> int:
    """The first line whose words run inside the body and that is `sentence_sized`; 0 if none is."""
    return next((i for i in lines_within(lines, body) if sentence_sized(lines[i].text)), 0)


def sentence_sized(text: str) -> bool:
    """A line long enough (MIN_START_WORDS) that the body holding its words holds that line, not
    a menu item that happens to share them."""
    return len(text.split()) >= MIN_START_WORDS


def candidates(page: Page) -> list[Candidate]:
    """The lines from REACH above the body to BELOW into it, each cell of a tabbed table row,
    and the parts of a declared title."""
    found: dict[tuple[int, str], Candidate] = {}
    for i in range(max(page.start - REACH, 0), min(page.start + BELOW, len(page.lines))):
        text = page.lines[i].text
        found.setdefault((i, text), Candidate(text, i))
        if "\t" in text:
            for cell in (cell.strip() for cell in text.split("\t")):
                if len(cell.split()) >= MIN_CELL_WORDS:
                    found.setdefault((i, cell), Candidate(cell, i, cell=True))
    if page.declared is not None:
        for part in title_parts(page.declared.title) + [page.declared.extracted or ""]:
            if len(part.split()) >= MIN_CELL_WORDS:
                found.setdefault((-1, part), Candidate(part, -1))
    return list(found.values())


def title_parts(title: str) -> list[str]:
    """A declared title, without a trailing aside, and each part of it between separators."""
    whole = [title, TRAILING_ASIDE.sub("", title)]
    parts = [part.strip() for version in whole for part in TITLE_SEPARATOR.split(version)]
    return [part for part in dict.fromkeys(whole + parts) if len(part.split()) >= MIN_CELL_WORDS]


def features(page: Page, found: list[Candidate]) -> np.ndarray:
    """One row of FEATURES per candidate."""
    texts = [line.text for line in page.lines]
    context = _Context(page, texts)
    title = _Title(page.declared) if page.declared is not None else None
    rows = np.array([_shape(candidate, context) + _around(candidate, context) + _declared(candidate, title) for candidate in found])
    compared = rows[:, [FEATURES.index(name) for name in COMPARED]]
    ranks = np.argsort(np.argsort(-compared, axis=0, kind="stable"), axis=0, kind="stable")
    return np.hstack([rows, compared - compared.max(axis=0), np.log1p(ranks)])


class _Context:
    """What every candidate of one page is compared with."""

    def __init__(self, page: Page, texts: list[str]):
        self.page, self.texts = page, texts
        self.counts = Counter(texts)
        self.lead = set().union(*(content_words(text) for text in page.body[:LEAD_LINES]))
        self.body = set().union(*(content_words(text) for text in page.body))
        self.low = max(page.start - REACH, 0)
        self.joined = "\n".join(texts)
        self.headline_like_before = {self.low: 0}  # how many headline-like lines of the window stand above each line
        for i in range(self.low, min(page.start + BELOW, len(texts))):
            self.headline_like_before[i + 1] = self.headline_like_before[i] + is_headline_like(texts[i])


def _shape(candidate: Candidate, context: _Context) -> list[float]:
    page, texts, text, i = context.page, context.texts, candidate.text, candidate.line
    own = content_words(text)
    shared = len(own & context.lead)
    tokens = text.split()
    placed = i >= 0
    return [
        float(not placed), float(candidate.cell),
        math.log1p(max(page.start - i, 0)) if placed else MISSING,
        float(i >= page.start),
        (i - context.low) / max(page.start - context.low, 1) if placed else MISSING,
        math.log1p(len(WORD.findall(text))), float(text.isupper()), float(text.rstrip()[-1:] in ".!?"),
        float(":" in text), float(any(c.isdigit() for c in text)),
        sum(token[:1].isupper() for token in tokens) / max(len(tokens), 1),
        shared, shared / (len(own) + 1), shared / (len(context.lead) + 1), len(own & context.body) / (len(own) + 1),
        context.counts[text] if placed else 0.0,
        max(context.joined.count(text) - context.counts[text], 0) if len(text) > 15 else 0.0,
        float(is_headline_like(text)), float(is_title_like(text)),
        float(any(is_header_line(after) for after in texts[i + 1 : i + 1 + DATELINE_REACH])) if placed else MISSING,
        float(page.lines[i].blank_before) if placed else MISSING,
        page.probabilities[i] if placed else MISSING,
        float(same_headline(text, page.rules_headline)),
        float(is_boilerplate(text)),
        math.log1p(max(context.headline_like_before.get(page.start, 0) - context.headline_like_before[i + 1], 0)) if placed else MISSING,
        float(in_story_list(page.lines, i)) if placed else MISSING,
        float(in_headline_list(page.lines, i)) if placed else MISSING,
    ]


def _around(candidate: Candidate, context: _Context) -> list[float]:
    row: list[float] = []
    for offset in NEIGHBOURS:
        j = candidate.line + offset
        if candidate.line < 0 or not 0 <= j < len(context.texts):
            row += [MISSING] * 5
            continue
        other = context.texts[j]
        own = content_words(other)
        row += [
            math.log1p(len(other.split())), len(own & context.lead) / (len(own) + 1), float(is_headline_like(other)),
            float(other.rstrip()[-1:] in ".!?"), float(is_header_line(other)),
        ]
    return row


class _Title:
    """A declared title's words, parts and `<h1>`s, compared loosely."""

    def __init__(self, declared: Declared):
        self.words = set(WORD.findall(declared.title.lower()))
        self.whole = loose_words(declared.title)
        self.parts = {loose_words(part) for part in title_parts(declared.title)}
        self.h1s = {loose_words(h1) for h1 in declared.h1s}
        self.extracted = loose_words(declared.extracted)


def _declared(candidate: Candidate, title: _Title | None) -> list[float]:
    if title is None:
        return [MISSING] * len(DECLARED)
    words, loose = set(WORD.findall(candidate.text.lower())), loose_words(candidate.text)
    shared = len(words & title.words)
    return [
        shared / (len(words) + 1), shared / (len(title.words) + 1),
        float(loose in title.parts), float(loose == title.whole), float(loose in title.h1s),
        float(bool(title.extracted) and loose == title.extracted),
    ]


def ranked_headline(page: Page, model: Model) -> str | None:
    """The best-ranked candidate when the model gives it at least MIN_HEADLINE_PROBABILITY,
    else the rules' headline."""
    if model.features != FEATURES:
        raise RuntimeError("the headline model was trained on other features; retrain it with training/line_models.py")
    found = candidates(page)
    if not found:
        return page.rules_headline
    scores = tree_probabilities(model, features(page, found))
    best = int(np.argmax(scores))
    return found[best].text if scores[best] > MIN_HEADLINE_PROBABILITY else page.rules_headline
