"""Which candidate a pronoun refers to: a learned ranker over what the text says of each one.

`coreference.Referents` gathers the candidates a pronoun may refer to (agreement and structure
filter them: kind, gender, a name inside its own clause) and what the text says of each: its
salience (each mention in the last sentences by its grammatical role, halved per sentence and per
paragraph back), how recently and in which role it was last named, whether it was the last
sentence's subject, whether and how often it spoke, whether its gender is known to agree. The
trees of `models/referents.json` (trained by `training/referent_model.py` on the quotes corpus's
hand-resolved pronoun speakers and on GUM's coreference, cross-validated by document) give each
candidate the probability that it is the referent. The best one wins; the confidence is its
probability times the runner-up's chance of not being the referent (the ranker's margin), so
that a close runner-up or a weak winner leaves the speaker unattributed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from generator.trees import shipped_model, tree_probabilities

AGREES, BY_NAME, UNKNOWN, UNLIKELY = 1.0, 0.75, 0.5, 0.0  # the gender the article states is the pronoun's; the
# first name's is; nothing tells; only the first name contradicts it


@dataclass
class Candidate:
    """One possible referent and what the sentences before the pronoun say of it. `builder` is
    None for a surname two people bear that the context does not tell apart."""

    builder: object
    agreement: float
    kind: str
    salience: float = 0.0
    mentions: int = 0
    spoke: int = 0
    nearest: int = -1
    sentences_back: int = 0
    paragraphs_back: int = 0
    nearest_role: float = 0.0
    nearest_subject: bool = False
    parallel: bool = False
    same_sentence: bool = False
    order: int = 0
    last_spoke: int = -1

    def heard(self, position: int, weight: float, sentences_back: int, paragraphs_back: int, subject: bool, parallel: bool, spoke: bool) -> None:
        """One more mention of the candidate (mentions come in text order)."""
        self.salience += weight * 0.5 ** (sentences_back + paragraphs_back)
        self.mentions += int(weight > 0 or not spoke)  # a name that spoke is one mention, not two
        if spoke:
            self.spoke += 1
            self.last_spoke = max(self.last_spoke, position)
        self.parallel = self.parallel or parallel
        self.same_sentence = self.same_sentence or sentences_back == 0
        if position > self.nearest or (position == self.nearest and weight > self.nearest_role):
            self.nearest, self.sentences_back, self.paragraphs_back = position, sentences_back, paragraphs_back
            self.nearest_role, self.nearest_subject = weight, subject


PRONOUN_KINDS = ("person", "thing", "plural")
CANDIDATE_KINDS = ("person", "organisation", "country", "group")
FEATURES = [
    "salience", "salience share", "salience rank", "mentions", "spoke", "last speaker", "recency rank",
    "sentences back", "paragraphs back", "tokens back (log)", "nearest role", "nearest is subject", "parallel",
    "same sentence", "agreement", "agreement over the others", "candidates", "pronoun is subject", "of a speech verb", "shared surname",
    *(f"pronoun {kind}" for kind in PRONOUN_KINDS), *(f"candidate {kind}" for kind in CANDIDATE_KINDS),
]


@dataclass(frozen=True)
class Query:
    """The pronoun being resolved: where it stands, its type (`PRONOUN_KINDS`), whether it is a
    subject and whether it is the speaker of a verb of saying."""

    position: int
    pronoun_kind: str
    subject: bool
    speaker: bool


def candidate_rows(query: Query, candidates: list[Candidate], last_speaker: int | None) -> np.ndarray:
    """One row of `FEATURES` per candidate; `last_speaker` is the index of the candidate that
    spoke last, if any spoke."""
    total = sum(c.salience for c in candidates) or 1.0
    by_salience = sorted(range(len(candidates)), key=lambda i: -candidates[i].salience)
    by_recency = sorted(range(len(candidates)), key=lambda i: -candidates[i].nearest)
    salience_rank = {i: rank for rank, i in enumerate(by_salience)}
    recency_rank = {i: rank for rank, i in enumerate(by_recency)}
    rows = []
    for i, c in enumerate(candidates):
        others_agree = max((other.agreement for j, other in enumerate(candidates) if j != i), default=UNLIKELY)
        rows.append([
            c.salience, c.salience / total, salience_rank[i], c.mentions, c.spoke, float(i == last_speaker),
            recency_rank[i], c.sentences_back, c.paragraphs_back, math.log1p(max(query.position - c.nearest, 0)),
            c.nearest_role, float(c.nearest_subject), float(c.parallel), float(c.same_sentence), c.agreement,
            c.agreement - others_agree, len(candidates), float(query.subject), float(query.speaker), float(c.builder is None),
            *(float(query.pronoun_kind == kind) for kind in PRONOUN_KINDS),
            *(float(c.kind == kind) for kind in CANDIDATE_KINDS),
        ])
    return np.asarray(rows, dtype=float)


REFERENT_MODEL = shipped_model("generator.analyse", "referents.json")


def ranked(query: Query, candidates: list[Candidate], last_speaker: int | None) -> tuple[int, float]:
    """The index of the likeliest referent and the confidence that it is the one: the ranker's
    margin, its probability times the runner-up's chance of not being the referent."""
    if REFERENT_MODEL.features != FEATURES:
        raise RuntimeError("the referent model was trained on other features; retrain it with training/referent_model.py")
    probabilities = tree_probabilities(REFERENT_MODEL, candidate_rows(query, candidates, last_speaker))
    order = sorted(range(len(candidates)), key=lambda i: (-probabilities[i], -candidates[i].salience, candidates[i].order))
    best = probabilities[order[0]]
    runner_up = probabilities[order[1]] if len(order) > 1 else 0.0
    return order[0], float(best * (1.0 - runner_up))
