"""The learned copy reader: how likely each line of a copied page is the article's body, and
which lines the body is.

Gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier) over `line_features`,
trained by `training/copy_reader.py` on the browser copies of the development corpora (their
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
import json
from importlib import resources

import numpy as np

from generator.read.line_features import FEATURE_NAMES, line_features
from generator.read.lines import Line

MODEL = "copy_lines.json"
RULES_THRESHOLD = 0.05  # a line of the rules' body adds to the body's stretch above this probability
OTHER_THRESHOLD = 0.4  # any other line only above this one
RULES_KEEP, OTHER_KEEP = 0.05, 0.4  # inside the stretch, a line stays in the body at or above these


@functools.cache
def _model() -> dict:
    model = json.loads(resources.files("generator.read").joinpath("models", MODEL).read_text(encoding="utf-8"))
    if model["features"] != FEATURE_NAMES:
        raise RuntimeError(f"{MODEL} was trained on other features; retrain it with training/copy_reader.py")
    return model


def _trees(model: dict) -> list[tuple[np.ndarray, ...]]:
    return [
        (np.array(tree["feature"]), np.array(tree["threshold"]), np.array(tree["left"]), np.array(tree["right"]),
         np.array(tree["leaf"], dtype=bool), np.array(tree["value"]))
        for tree in model["trees"]
    ]


@functools.cache
def _shipped_trees() -> list[tuple[np.ndarray, ...]]:
    return _trees(_model())


def body_probabilities(lines: list[Line], by_rules: set[int] = frozenset(), model: dict | None = None) -> list[float]:
    """P(body) of each line; `model` another trained model (cross-validation), else the shipped one."""
    if not lines:
        return []
    features = np.array(line_features(lines, by_rules))
    trees = _trees(model) if model is not None else _shipped_trees()
    raw = np.full(len(lines), (model or _model())["baseline"])
    rows = np.arange(len(lines))
    for feature, threshold, left, right, leaf, value in trees:
        node = np.zeros(len(lines), dtype=int)
        while not leaf[node].all():
            inner = ~leaf[node]
            at = node[inner]
            go_left = features[rows[inner], feature[at]] <= threshold[at]
            node[inner] = np.where(go_left, left[at], right[at])
        raw += value[node]
    return list(1 / (1 + np.exp(-raw)))


def body_lines(probabilities: list[float], by_rules: list[int]) -> list[int]:
    """The lines of the body: the best-scoring stretch (Kadane), where a line of the rules' body
    scores its probability less RULES_THRESHOLD, any other line less OTHER_THRESHOLD, and a line
    the rules left out inside their body's span (a caption, a box) at least nothing, so that it
    does not cut the body; then, inside the stretch, the lines at or above their KEEP."""
    chosen = set(by_rules)
    low, high = (by_rules[0], by_rules[-1]) if by_rules else (1, 0)
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    for i, p in enumerate(probabilities):
        if total <= 0:
            total, start = 0.0, i
        if i in chosen:
            total += p - RULES_THRESHOLD
        else:
            total += max(p - OTHER_THRESHOLD, 0.0) if low <= i <= high else p - OTHER_THRESHOLD
        if total > best:
            best, best_start, best_end = total, start, i
    return [i for i in range(best_start, best_end + 1) if probabilities[i] >= (RULES_KEEP if i in chosen else OTHER_KEEP)]
