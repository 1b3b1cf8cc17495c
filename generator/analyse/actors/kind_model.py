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
(MIN_KIND_PROBABILITY) of another one; a country found by its name, an unnamed group and a kind
the text says outright (`ActorBuilder.settled`) keep theirs, and a place the model finds that is
a country's name is that country.
"""
from __future__ import annotations

import functools

import numpy as np

from generator.analyse.actors.card_model import FEATURES
from generator.analyse.actors.countries import country_of
from generator.analyse.actors.model import ActorBuilder
from generator.briefing import COUNTRY, ORGANISATION, PERSON, PLACE
from generator.trees import Model, model_of, shipped_data, tree_probabilities

KIND_MODEL = "kinds.json"
LEARNED_KINDS = (PERSON, ORGANISATION, PLACE)
MIN_KIND_PROBABILITY = 0.7  # at 0.5 the cards corpus gained 0.023 of kind accuracy and GUM lost 0.007


@functools.cache
def shipped_kind_models() -> dict[str, Model]:
    data = shipped_data("generator.analyse.actors", KIND_MODEL)
    return {kind: model_of(data[kind]) for kind in LEARNED_KINDS}


def learned_kinds(builders: list[ActorBuilder], rows: np.ndarray, models: dict[str, Model] | None = None) -> list[str]:
    """The kind of each builder (`rows`: their `card_model.card_rows`): the rules' unless the
    model is sure of another."""
    models = models or shipped_kind_models()
    if any(model.features != FEATURES for model in models.values()):
        raise RuntimeError("the kind model was trained on other features; retrain it with training/card_model.py")
    weighed = [i for i, b in enumerate(builders) if b.kind in LEARNED_KINDS and not b.settled]
    if not weighed:
        return [b.kind for b in builders]
    chances = {kind: tree_probabilities(models[kind], rows[weighed]) for kind in LEARNED_KINDS}
    found = {i: _surest(builders[i], {kind: chances[kind][k] for kind in LEARNED_KINDS}) for k, i in enumerate(weighed)}
    return [found.get(i, b.kind) for i, b in enumerate(builders)]


def _surest(builder: ActorBuilder, chances: dict[str, float]) -> str:
    best = max(LEARNED_KINDS, key=lambda kind: chances[kind])
    if best == builder.kind or chances[best] < MIN_KIND_PROBABILITY:
        return builder.kind
    return COUNTRY if best == PLACE and country_of(builder.name) else best
