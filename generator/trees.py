"""Gradient-boosted trees shipped as plain numbers, and their evaluation: the form every learned
part of the generator takes (the copy and page readers, the headline rankers, the card model).

A model is written by a training script as JSON (each tree's split features, thresholds,
children and leaf values), read here into arrays and walked with numpy: no pickled code, nothing
fetched, and scikit-learn is needed only to train.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

import numpy as np


@dataclass(frozen=True)
class Model:
    """A trained model: its feature names, and its trees' nodes in flat arrays (tree after tree,
    `roots` the first node of each). A leaf leads to itself, so that every tree is walked at once
    for `depth` steps, one level per step, whatever the depth of the leaf each one reaches."""

    features: list[str]
    baseline: float
    roots: np.ndarray
    depth: int
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray


def model_of(data: dict) -> Model:
    """A model from its plain numbers (the shipped file, or one trained in cross-validation)."""
    trees = data["trees"] or [{"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "leaf": [1], "value": [0.0]}]
    roots, feature, threshold, left, right, value, depth = [], [], [], [], [], [], 0
    for tree in trees:
        offset = len(feature)
        roots.append(offset)
        for node, is_leaf in enumerate(tree["leaf"]):
            feature.append(tree["feature"][node])
            threshold.append(tree["threshold"][node])
            left.append(offset + (node if is_leaf else tree["left"][node]))
            right.append(offset + (node if is_leaf else tree["right"][node]))
            value.append(tree["value"][node])
        depth = max(depth, _depth(tree))
    return Model(
        data["features"], data["baseline"], np.array(roots, dtype=np.intp), depth, np.array(feature, dtype=np.intp),
        np.array(threshold, dtype=float), np.array(left, dtype=np.intp), np.array(right, dtype=np.intp), np.array(value, dtype=float),
    )


def _depth(tree: dict) -> int:
    """The number of splits on the longest path from the root to a leaf."""
    deepest, level = 0, [(0, 0)]
    while level:
        node, splits = level.pop()
        if tree["leaf"][node]:
            deepest = max(deepest, splits)
        else:
            level += [(tree["left"][node], splits + 1), (tree["right"][node], splits + 1)]
    return deepest


def shipped_data(package: str, name: str) -> dict:
    """The plain numbers of the file `name` in the `models` folder of `package`."""
    return json.loads(resources.files(package).joinpath("models", name).read_text(encoding="utf-8"))


def shipped_model(package: str, name: str) -> Model:
    """The model `name` in the `models` folder of `package`."""
    return model_of(shipped_data(package, name))


def tree_probabilities(model: Model, features) -> list[float]:
    """P(positive) of each row of `features` (an array or lists: one row per item, columns in
    `model.features`' order): every tree walked at once, one level per step."""
    features = np.asarray(features, dtype=float)
    items = np.arange(len(features))[None, :]
    node = np.repeat(model.roots[:, None], len(features), axis=1)
    for _ in range(model.depth):
        go_left = features[items, model.feature[node]] <= model.threshold[node]
        node = np.where(go_left, model.left[node], model.right[node])
    raw = model.baseline + model.value[node].sum(axis=0)
    return list(1 / (1 + np.exp(-raw)))
