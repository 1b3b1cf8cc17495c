"""An actor's kind weighed by a learned model where the rules' evidence is thin: a club named by
its city in a results table is an organisation, not a person; a firm with one word of a name is
no place.

The rules (`kinds.py`) give every actor a kind from its head noun, a first name, a title, a
gazetteer and the text around it. This model reads the same shallow features as the card model
(`card_model.FEATURES`: the name's shape, the parser's labels, what the mentions do, how many
numbers stand around them, the rules' kind) and gives, for each of person, organisation and
place, how likely the actor is one (three one-against-the-rest gradient-boosted trees, trained
by `training/card_model.py` on the gold kinds of the cards and actors corpora, shipped as plain
numbers in `models/kinds.json`). The rules' kind changes only where the model is sure
(MIN_KIND_PROBABILITY) of another one; a country found by its name and an unnamed group keep
theirs, and a place the model finds that is a country's name is that country.
"""
from __future__ import annotations

import functools
import json
from importlib import resources

import numpy as np
from spacy.tokens import Doc

from generator.analyse.actors.card_model import (
    FEATURES,
    card_features,
    document_evidence,
)
from generator.analyse.actors.countries import country_of
from generator.analyse.actors.model import ActorBuilder
from generator.briefing import COUNTRY, ORGANISATION, PERSON, PLACE
from generator.trees import Model, model_of, tree_probabilities

KIND_MODEL = "kinds.json"
LEARNED_KINDS = (PERSON, ORGANISATION, PLACE)
MIN_KIND_PROBABILITY = 0.7  # at 0.5 the cards corpus gained 0.023 of kind accuracy and GUM lost 0.007


@functools.cache
def shipped_kind_models() -> dict[str, Model]:
    data = json.loads(resources.files("generator.analyse.actors").joinpath("models", KIND_MODEL).read_text(encoding="utf-8"))
    return {kind: model_of(data[kind]) for kind in LEARNED_KINDS}


def learned_kinds(builders: list[ActorBuilder], doc: Doc, models: dict[str, Model] | None = None) -> list[str]:
    """The kind of each builder: the rules' unless the model is sure of another."""
    models = models or shipped_kind_models()
    if any(model.features != FEATURES for model in models.values()):
        raise RuntimeError("the kind model was trained on other features; retrain it with training/card_model.py")
    weighed = [b for b in builders if b.kind in LEARNED_KINDS]
    if not weighed:
        return [b.kind for b in builders]
    document = document_evidence(doc)
    rows = np.array([card_features(b, doc, document) for b in weighed], dtype=float)
    chances = {kind: tree_probabilities(models[kind], rows) for kind in LEARNED_KINDS}
    found = {id(b): _surest(b, {kind: chances[kind][i] for kind in LEARNED_KINDS}) for i, b in enumerate(weighed)}
    return [found.get(id(b), b.kind) for b in builders]


def _surest(builder: ActorBuilder, chances: dict[str, float]) -> str:
    best = max(LEARNED_KINDS, key=lambda kind: chances[kind])
    if best == builder.kind or chances[best] < MIN_KIND_PROBABILITY:
        return builder.kind
    return COUNTRY if best == PLACE and country_of(builder.name) else best
