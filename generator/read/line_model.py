"""The learned copy reader: how likely each line of a copied page is the article's body, and
which lines the body is.

Gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier) over `line_features`,
trained by `training/line_models.py` on the browser copies of the development corpora (their
gold bodies say which lines are the article), and shipped as plain numbers in
`models/copy_lines.json`: each tree's split features, thresholds, children and leaf values. No
pickled code, nothing fetched; evaluating the trees takes numpy and a few milliseconds a page.
The body is then one stretch of lines (the article is one stretch of the page, which runs on
past a box when enough body follows it), chosen with the hand rules' body (`body.rule_body`)
as a prior: a line the rules took stays unless the model is nearly sure it is no body, a line
they left out joins only when the model says it likely is. On the development copies, 5-fold by
site, the prior costs no body F1 and keeps the model from taking a ticker, a headline or a
second article after a box for the body, which the model alone does on pages unlike its
training pages.
"""
from __future__ import annotations

import functools

import numpy as np

from generator.read.line_features import feature_names, line_features
from generator.read.lines import Line
from generator.trees import Model, shipped_model, tree_probabilities

COPY_MODEL = "copy_lines.json"  # browser copies; its one prior: the hand rules' body
PAGE_MODEL = "page_lines.json"  # saved pages, as `page_text` renders them; its one prior: the extractor's body
PRIOR_THRESHOLD = 0.05  # a line of the prior body adds to the body's stretch above this probability
OTHER_THRESHOLD = 0.4  # any other line only above this one
PRIOR_KEEP, OTHER_KEEP = 0.05, 0.4  # inside the stretch, a line stays in the body at or above these


@functools.cache
def shipped(name: str) -> Model:
    return shipped_model("generator.read", name)


def body_probabilities(
    lines: list[Line], priors: tuple[set[int], ...], model: Model, rows: list[int] | None = None
) -> list[float]:
    """P(body) of each line (or of each line of `rows`, in their order), with the lines other
    readers take for the body as `priors`."""
    if model.features != feature_names(len(priors)):
        raise RuntimeError("the model was trained on other features; retrain it with training/line_models.py")
    if not lines or rows == []:
        return []
    return tree_probabilities(model, np.array(line_features(lines, *priors, rows=rows)))


def body_lines(probabilities: list[float], prior: list[int]) -> list[int]:
    """The lines of the body: the best-scoring stretch (Kadane), where a line of the prior body
    (the rules' for a copy, the extractor's for a saved page) scores its probability less
    PRIOR_THRESHOLD, any other line less OTHER_THRESHOLD, and a line the prior left out inside
    its span (a caption, a box) at least nothing, so that it does not cut the body; then, inside
    the stretch, the lines at or above their KEEP."""
    chosen = set(prior)
    low, high = (prior[0], prior[-1]) if prior else (1, 0)
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    for i, p in enumerate(probabilities):
        if total <= 0:
            total, start = 0.0, i
        if i in chosen:
            total += p - PRIOR_THRESHOLD
        else:
            total += max(p - OTHER_THRESHOLD, 0.0) if low <= i <= high else p - OTHER_THRESHOLD
        if total > best:
            best, best_start, best_end = total, start, i
    return [i for i in range(best_start, best_end + 1) if probabilities[i] >= (PRIOR_KEEP if i in chosen else OTHER_KEEP)]
