"""Shallow features of each line of a copied page, for the learned copy reader (`line_model.py`).

In the spirit of boilerpipe (Kohlschuetter, Fankhauser, Nejdl 2010): what a line looks like
(words, length, punctuation, case, stop-word share, dates, bylines, credits, furniture words),
where it stands (position, blank lines around it, repetition on the page), how much it shares
the vocabulary of the page's prose, and the same for the lines around it, with the size of the
run of prose it belongs to. No feature names a site, a word of one site or a layout of one site:
the model learns from many sites what a body line, a headline and furniture look like.
"""
from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter

from generator.lexicon.read import FUNCTION_WORDS
from generator.read.dates import has_date
from generator.read.lines import (
    BYLINE,
    CREDIT,
    INNER_SENTENCE_END,
    METADATA,
    SENTENCE_END,
    Line,
    is_boilerplate,
    is_footer_start,
    is_prose,
    is_title_like,
)

WORD = re.compile(r"\w+")
LINK = re.compile(r"https?://|www\.|\.(com|org|net|co\.uk)\b|@\w")
SEPARATORS = re.compile(r"\s[|»>•·]\s|[»›]$")
COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved", re.IGNORECASE)
RUN_GAP = 4  # prose lines this close (in lines) are one run of prose
NEIGHBOURS = (-3, -2, -1, 1, 2, 3)
WINDOWS = (3, 10)
PRIOR_NEIGHBOURS = (0, -2, -1, 1, 2)


def _shape(line: Line, prose: bool, page_vocabulary: Counter, repeats: Counter) -> list[float]:
    """What one line looks like, on its own (`prose`: whether it `is_prose`, known already)."""
    text = line.text
    words = text.split()
    tokens = WORD.findall(text.lower())
    letters = sum(map(str.isalpha, text))  # counted in C: the page reader reads every line of a page
    capitalised = [w for w in words if w[:1].isalpha()]
    content = [t for t in tokens if len(t) > 3 and t not in FUNCTION_WORDS]
    own = Counter(content)
    shared = sum(1 for t in content if page_vocabulary[t] - own[t] > 0)
    return [
        math.log1p(len(words)),
        math.log1p(len(text)),
        float(bool(SENTENCE_END.search(text))),
        float(text.endswith(":")),
        float(text.endswith((",", ";", "-", "–", "—"))),
        float(text[:1].isupper()),
        float(text[:1] in "“\"'‘"),
        sum(w[0].isupper() for w in capitalised) / max(len(capitalised), 1),
        sum(t in FUNCTION_WORDS for t in tokens) / max(len(tokens), 1),
        sum(map(str.isdigit, text)) / max(len(text), 1),
        sum(map(str.isupper, text)) / max(letters, 1),
        float(has_date(text)),
        float(bool(BYLINE.match(text))),
        float(bool(METADATA.search(text))),
        float(is_boilerplate(text)),
        float(is_footer_start(text)),
        float(bool(CREDIT.search(text))),
        float(bool(COPYRIGHT.search(text))),
        float(bool(LINK.search(text))),
        float(bool(SEPARATORS.search(text))),
        float(line.blank_before),
        float(line.blank_after),
        float(line.alone),
        math.log1p(repeats[text] - 1),
        shared / max(len(content), 1),
        math.log1p(len(INNER_SENTENCE_END.findall(text))),
        text.count(",") / max(len(words), 1),
        float(prose),
        float(is_title_like(text)),
    ]


SHAPE_NAMES = [
    "log_words", "log_chars", "sentence_end", "colon_end", "comma_end", "capital_start", "quote_start",
    "capitalised_share", "function_word_share", "digit_share", "upper_share", "date", "byline", "metadata",
    "boilerplate", "footer_start", "credit", "copyright", "link", "separators", "blank_before", "blank_after",
    "alone", "log_repeats", "shared_vocabulary", "log_inner_sentences", "commas_per_word", "prose", "title_like",
]
CONTEXT_NAMES = ["log_words", "sentence_end", "prose", "alone", "shared_vocabulary", "boilerplate"]


def _runs(prose: list[bool], words: list[int]) -> tuple[list[int], list[int]]:
    """Each line's run of prose (prose lines at most RUN_GAP lines apart, and the lines between
    them), as an index, and each run's words."""
    run_of, totals = [-1] * len(prose), []
    last = None
    for i, is_prose_line in enumerate(prose):
        if not is_prose_line:
            continue
        if last is None or i - last > RUN_GAP:
            totals.append(0)
        else:
            for j in range(last + 1, i):
                run_of[j] = len(totals) - 1
        run_of[i] = len(totals) - 1
        totals[-1] += words[i]
        last = i
    return run_of, totals


def line_features(lines: list[Line], *priors: set[int], rows: list[int] | None = None) -> list[list[float]]:
    """One feature vector per line (names: `feature_names(len(priors))`), or per line of `rows`
    only, in their order: the page reader asks about a body's edges alone, and a line's
    features need only its neighbours' looks and the page's totals. `priors`: the lines other
    readers take for the body (the hand rules' `body.rule_body`; for a saved page also the
    extractor's body), more pieces of evidence, each with its neighbours."""
    if not lines:
        return []
    prose = [is_prose(line.text) for line in lines]
    vocabulary = Counter(
        t for line, is_prose_line in zip(lines, prose) if is_prose_line
        for t in WORD.findall(line.text.lower()) if len(t) > 3 and t not in FUNCTION_WORDS
    )
    repeats = Counter(line.text for line in lines)
    wanted = range(len(lines)) if rows is None else rows
    looked_at = sorted({j for i in wanted for j in range(i + NEIGHBOURS[0], i + NEIGHBOURS[-1] + 1) if 0 <= j < len(lines)})
    shapes = {j: _shape(lines[j], prose[j], vocabulary, repeats) for j in looked_at}
    context_columns = [SHAPE_NAMES.index(name) for name in CONTEXT_NAMES]
    words = [len(line.text.split()) for line in lines]
    run_of, totals = _runs(prose, words)
    largest = max(totals, default=0)
    prose_words_before = list(itertools.accumulate((w if p else 0 for w, p in zip(words, prose)), initial=0))
    total_prose_words = prose_words_before[-1] or 1
    features = []
    for i in wanted:
        row = list(shapes[i])
        for offset in NEIGHBOURS:
            j = i + offset
            row += [shapes[j][c] for c in context_columns] if 0 <= j < len(lines) else [0.0] * len(context_columns)
            row.append(float(0 <= j < len(lines)))
        for window in WINDOWS:
            around = prose[max(i - window, 0) : i + window + 1]
            row.append(sum(around) / len(around))
        run = run_of[i]
        run_words = totals[run] if run >= 0 else 0
        row += [
            i / len(lines),
            prose_words_before[i] / total_prose_words,
            math.log1p(run_words),
            run_words / largest if largest else 0.0,
            float(run >= 0 and run_words == largest),
        ]
        row += [float(i + offset in prior) for prior in priors for offset in PRIOR_NEIGHBOURS]
        features.append(row)
    return features


def feature_names(priors: int) -> list[str]:
    """The names of `line_features`' columns, with so many priors."""
    return (
        SHAPE_NAMES
        + [f"{name}@{offset}" for offset in NEIGHBOURS for name in [*CONTEXT_NAMES, "exists"]]
        + [f"prose_share_within_{window}" for window in WINDOWS]
        + ["position", "prose_words_before", "log_run_words", "run_share_of_largest", "in_largest_run"]
        + [f"prior{number}@{offset}" for number in range(1, priors + 1) for offset in PRIOR_NEIGHBOURS]
    )


def lines_within(lines: list[Line], texts: list[str]) -> list[int]:
    """The lines whose words run, in order, inside the texts (a body's paragraphs)."""
    joined = " " + " ".join(word_run(text) for text in texts) + " "
    return [i for i, line in enumerate(lines) if (words := word_run(line.text)) and f" {words} " in joined]


@functools.lru_cache(maxsize=8192)  # a page's lines are compared with its body several times
def word_run(text: str) -> str:
    """A text's words, one space apart: lines and bodies compared whatever their punctuation
    and spacing ('a line whose words run inside the body')."""
    return " ".join(WORD.findall(text))
