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
    """A trained model: its feature names, and its trees as arrays of one row per tree (padded
    with leaves of value 0), so that every tree is walked at once, one level per step."""

    features: list[str]
    baseline: float
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray
    value: np.ndarray


def model_of(data: dict) -> Model:
    """A model from its plain numbers (the shipped file, or one trained in cross-validation)."""
    trees = data["trees"]
    width = max((len(tree["leaf"]) for tree in trees), default=1)

    def rows(key: str, fill, dtype) -> np.ndarray:
        return np.array([tree[key] + [fill] * (width - len(tree[key])) for tree in trees] or [[fill]], dtype=dtype)

    return Model(
        data["features"], data["baseline"], rows("feature", 0, int), rows("threshold", 0.0, float), rows("left", 0, int),
        rows("right", 0, int), rows("leaf", 1, bool), rows("value", 0.0, float),
    )


def shipped_data(package: str, name: str) -> dict:
    """The plain numbers of the file `name` in the `models` folder of `package`."""
    return json.loads(resources.files(package).joinpath("models", name).read_text(encoding="utf-8"))


def shipped_model(package: str, name: str) -> Model:
    """The model `name` in the `models` folder of `package`."""
    return model_of(shipped_data(package, name))


def tree_probabilities(model: Model, features: np.ndarray) -> list[float]:
    """P(positive) of each row of `features` (one row per item, columns in `model.features`'
    order): every tree walked at once, one level per step."""
    trees = np.arange(model.leaf.shape[0])[:, None]
    items = np.arange(len(features))[None, :]
    node = np.zeros((model.leaf.shape[0], len(features)), dtype=int)
    while True:
        inner = ~model.leaf[trees, node]
        if not inner.any():
            break
        go_left = features[items, model.feature[trees, node]] <= model.threshold[trees, node]
        node = np.where(inner, np.where(go_left, model.left[trees, node], model.right[trees, node]), node)
    raw = model.baseline + model.value[trees, node].sum(axis=0)
    return list(1 / (1 + np.exp(-raw)))
