"""How likely a name the actor stage found is an actor of the story (a person, an organisation, a
country or a place), not a product, an event, a law, a people's adjective, a time zone or a
name cut at the wrong place: a learned check before a card is shown.

The hand rules decide what may be a name; this model weighs the evidence they leave undecided,
from shallow features that name no site and no actor: the name's shape (words, capitals, digits,
a given name, common English words, a country's or a city's name, an organisation's or a place's
head word), the labels the parser gave its mentions, what the mentions do in their sentences
(subject, object, modifier of a noun, possessor), how many numbers stand around them (a results
table) and whether one stands right beside them (a score), how much of the document is numbers
and a sports page's words, and what the actor stage found (kind, roles, descriptions).
Gradient-boosted trees trained by `training/card_model.py` on the cards corpus (Reuters news
with every gold name) and the actors corpus (GUM: news, interviews, biographies), shipped as
plain numbers in `models/cards.json`. A quoted actor is never dropped: a voice of the story is an actor.
"""
from __future__ import annotations

import functools

import numpy as np
from spacy.tokens import Doc

from generator.analyse.actors.cities import is_city_name
from generator.analyse.actors.common import (
    is_acronym,
    is_common_word,
    sports_word_share,
)
from generator.analyse.actors.countries import country_of
from generator.analyse.actors.model import ActorBuilder
from generator.analyse.names import given_names, name_words
from generator.analyse.nlp import (
    english_adjectives,
    english_nouns,
    is_mostly_lower_case,
)
from generator.briefing import COUNTRY, GROUP, ORGANISATION, PERSON, PLACE
from generator.lexicon.actors import (
    DEMONYM_ENDINGS,
    ORGANISATION_HEADS,
    PLACE_HEADS,
)
from generator.trees import Model, shipped_model, tree_probabilities

CARD_MODEL = "cards.json"
MIN_CARD_PROBABILITY = 0.3  # below it, no card: a wrong card costs the reader more than a missing one
KINDS = (PERSON, ORGANISATION, COUNTRY, PLACE, GROUP)
LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")  # the parser's labels of a mention; any other, and none, apart
ROLES_IN_SENTENCE = {
    "subject": ("nsubj", "nsubjpass"),
    "object": ("dobj", "pobj", "dative"),
    "modifier": ("compound", "amod", "nmod"),
    "possessor": ("poss",),
    "apposition": ("appos",),
    "conjunct": ("conj",),
}
FEATURES = [
    "words", "characters", "all_capitals", "digits", "hyphen", "full_stop", "acronym", "opens_with_given_name",
    "ends_with_given_name", "common_words", "noun_words", "adjective_words", "mostly_lower_words", "country", "city",
    "organisation_head", "place_head", "demonym_ending", "plural",
    *(f"kind_{kind}" for kind in KINDS),
    "mentions", "names", *(f"label_{label}" for label in LABELS), "label_other", "label_none", "guessed", "titled",
    *(f"as_{role}" for role in ROLES_IN_SENTENCE), "sentence_start", "adjective_tag", "plural_tag", "after_the",
    "numbers_around", "beside_a_number", "document_numbers", "sports_words", "roles", "affiliation", "descriptions",
]


@functools.cache
def shipped_card_model() -> Model:
    return shipped_model("generator.analyse.actors", CARD_MODEL)


def card_rows(builders: list[ActorBuilder], doc: Doc) -> np.ndarray:
    """The features of each builder, one row each: what the card model and the kind models read."""
    document = document_evidence(doc)
    return np.array([card_features(builder, doc, document) for builder in builders], dtype=float).reshape(len(builders), len(FEATURES))


def card_probabilities(rows: np.ndarray, model: Model | None = None) -> list[float]:
    """P(actor of the story) of each row of `card_rows`, in order."""
    model = model or shipped_card_model()
    if model.features != FEATURES:
        raise RuntimeError("the card model was trained on other features; retrain it with training/card_model.py")
    return tree_probabilities(model, rows) if len(rows) else []


def card_features(builder: ActorBuilder, doc: Doc, document: list[float]) -> list[float]:
    """The features of one actor, in the order of FEATURES (`document`: `document_evidence`)."""
    name = builder.name
    return [*_name_shape(name), *(float(builder.kind == kind) for kind in KINDS), *_mention_evidence(builder, doc),
            *document, float(bool(builder.roles)), float(builder.affiliation is not None),
            float(bool(builder.descriptions))]


def _name_shape(name: str) -> list[float]:
    words = name.split()
    lower = [w.casefold() for w in name_words(name)] or [""]
    last = lower[-1]
    share = lambda test: sum(1 for word in lower if test(word)) / len(lower)  # noqa: E731
    return [
        len(lower), len(name), float(name.isupper()), float(any(c.isdigit() for c in name)), float("-" in name),
        float("." in name), float(is_acronym(name)), float(words[0] in given_names()), float(words[-1] in given_names()),
        share(is_common_word), share(lambda w: w in english_nouns()), share(lambda w: w in english_adjectives()),
        sum(1 for word in words if is_mostly_lower_case(word)) / len(words), float(country_of(name) is not None),
        float(is_city_name(name)), float(last in ORGANISATION_HEADS), float(last in PLACE_HEADS),
        float(len(lower) == 1 and last.endswith(DEMONYM_ENDINGS)), float(last.endswith("s")),
    ]


def _mention_evidence(builder: ActorBuilder, doc: Doc) -> list[float]:
    """What the parser said of the mentions, and what they do in their sentences."""
    mentions = builder.mentions
    n = len(mentions)
    heads = [doc[m.start : m.end].root for m in mentions]
    labels = [doc[m.start].ent_type_ for m in mentions]
    evidence = [float(n), float(len(builder.names))]
    evidence += [sum(1 for label in labels if label == wanted) / n for wanted in LABELS]
    evidence += [sum(1 for label in labels if label and label not in LABELS) / n, sum(1 for label in labels if not label) / n]
    evidence += [sum(m.guessed for m in mentions) / n, sum(m.titled for m in mentions) / n]
    evidence += [sum(1 for head in heads if head.dep_ in deps) / n for deps in ROLES_IN_SENTENCE.values()]
    evidence += [
        sum(1 for m in mentions if doc[m.start].is_sent_start) / n,
        sum(1 for head in heads if head.tag_ == "JJ") / n,
        sum(1 for head in heads if head.tag_ in ("NNPS", "NNS")) / n,
        sum(1 for m in mentions if m.start > 0 and doc[m.start - 1].lower_ == "the") / n,
        sum(_numbers_share(doc, m.start) for m in mentions) / n,
        sum(_beside_a_number(doc, m.start, m.end) for m in mentions) / n,
    ]
    return evidence


def _numbers_share(doc: Doc, i: int) -> float:
    sentence = doc[i].sent
    return sum(1 for token in sentence if token.like_num) / len(sentence)


def _beside_a_number(doc: Doc, start: int, end: int) -> bool:
    """A name with a number right before or after it: a score or a place in a table ('Porto 2
    Benfica 1'), which names a team more often than a person."""
    return (end < len(doc) and doc[end].like_num) or (start > 0 and doc[start - 1].like_num)


def document_evidence(doc: Doc) -> list[float]:
    """How much of the article is numbers (a results table, a market report, a sports page), and
    how much is a sports page's words (`SPORTS_WORDS`: where a club named by its city plays)."""
    return [sum(1 for token in doc if token.like_num) / max(len(doc), 1), sports_word_share(doc)]
