"""What the training scripts share: the command line, loading a shared scorer, and fitting
gradient-boosted trees written out as plain numbers (the form `generator/trees.py` reads).
"""
from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def training_cli(description: str, no_write_help: str) -> argparse.ArgumentParser:
    """`--corpus`, `--eval-dir` (the shared corpora and scorers beside the repository), `--folds`
    of the cross-validation and `--no-write`."""
    cli = argparse.ArgumentParser(description=description)
    cli.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    cli.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    cli.add_argument("--folds", type=int, default=5)
    cli.add_argument("--no-write", action="store_true", help=no_write_help)
    return cli


def load_module(path: Path, name: str):
    """A scorer of `../shared/eval/`, loaded from its file as module `name`."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def trees_of(items: list[tuple[list, list[int]]], settings: dict, page_weights: list[float] | None = None) -> dict:
    """Gradient-boosted trees on (rows, labels) of several pages, each page weighing the same
    however many rows it has (or `page_weights`): the baseline and the trees as plain numbers."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    page_weights = page_weights or [1.0] * len(items)
    kept = [(rows, marks, weight) for (rows, marks), weight in zip(items, page_weights) if len(marks)]
    rows = np.vstack([np.asarray(rows, dtype=float) for rows, _, _ in kept])
    marks = np.concatenate([np.asarray(marks) for _, marks, _ in kept])
    weights = np.concatenate([np.full(len(marks), weight / len(marks)) for _, marks, weight in kept])
    model = HistGradientBoostingClassifier(**settings).fit(rows, marks, sample_weight=weights / weights.mean())
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        trees.append({
            "feature": [int(n) for n in nodes["feature_idx"]],
            "threshold": [round(float(x), 6) for x in nodes["num_threshold"]],
            "left": [int(n) for n in nodes["left"]],
            "right": [int(n) for n in nodes["right"]],
            "leaf": [int(n) for n in nodes["is_leaf"]],
            "value": [round(float(x), 6) for x in nodes["value"]],
        })
    return {"baseline": round(float(np.ravel(model._baseline_prediction)[0]), 6), "trees": trees}
