"""How likely an article tells the story of a group of articles: what the texts share, read as
features of the pair, scored by gradient-boosted trees trained on the stories corpus
(`training/story_model.py`, cross-validated with folds by story).

An article is read once into bags of words: all of it (its headline counted `HEADLINE_WEIGHT`
times, a capitalised word, the likeliest sign of a name, `NAME_WEIGHT` times), its headline, its
lede and its names. Weighted by TF-IDF (sublinear counts; document frequencies of the articles
seen so far) and cut to their strongest terms, the bags are compared with those of a story's
articles: the mean, highest and lowest cosine, the best headline and lede cosines, how much of the
article's names the story has named (plain and by rarity), how many of the story's common names the
article names, the days between them, the story's size, how far the story leads the runner-up.
Mean cosine alone (average link) cannot tell two earthquakes apart as well as these together.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from generator.lexicon.stories import GROUPING_STOP_WORDS
from generator.trees import Model, shipped_model, tree_probabilities

HEADLINE_WEIGHT = 2.0
NAME_WEIGHT = 2.0
TERMS_KEPT = 40
PART_TERMS_KEPT = {"headline": 20, "lede": 30}
MIN_TERM_LETTERS = 3
# Rarity counts at least this many articles seen: with a handful, a word shared with the one
# article before would weigh far less than a word of this article alone, and the words that tie
# two articles of one story would fall out of their strongest terms.
LEAST_DOCUMENTS = 1000
TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
FEATURES = (
    "mean cosine", "highest cosine", "lowest cosine", "headline cosine", "lede cosine", "names shared",
    "story names named", "rare names shared", "days apart in windows", "story size", "lead over the others", "words", "names",
)
NO_VALUE = -1.0  # a cosine with no headline or lede to compare, days apart for an undated article


@dataclass(frozen=True)
class Words:
    """An article's bags of words (counts), read once from its text."""

    whole: Counter
    headline: Counter
    lede: Counter
    names: Counter


@dataclass(frozen=True)
class Vectors:
    """An article's bags weighted and cut to their strongest terms, each of unit length."""

    whole: dict[str, float]
    headline: dict[str, float]
    lede: dict[str, float]


def words_of(headline: str, paragraphs: tuple[str, ...]) -> Words:
    """The article's bags: the headline and lede are counted apart too, names by themselves."""
    whole, names = Counter(), Counter()
    lede_text, rest = (paragraphs[0], "\n".join(paragraphs[1:])) if paragraphs else ("", "")
    parts = [_lowered(_words(headline), whole, names, HEADLINE_WEIGHT), _lowered(_words(lede_text), whole, names, 1.0)]
    _lowered(_words(rest), whole, names, 1.0)
    return Words(whole, parts[0], parts[1], names)


def _words(text: str) -> Counter:
    """The words of a text worth comparing, as written (case tells a name)."""
    counts = Counter(TOKEN.findall(text))
    return Counter({token: count for token, count in counts.items() if len(token) >= MIN_TERM_LETTERS and token.lower() not in GROUPING_STOP_WORDS})


def _lowered(written: Counter, whole: Counter, names: Counter, weight: float) -> Counter:
    """The bag of `written` in lower case; each word also counted into the article's whole bag
    (`weight` times, a name `NAME_WEIGHT` times more) and a name into its names."""
    lowered: Counter = Counter()
    for word, count in written.items():
        lower = word.lower()
        lowered[lower] += count
        if word[0].isupper():
            whole[lower] += count * weight * NAME_WEIGHT
            names[lower] += count
        else:
            whole[lower] += count * weight
    return lowered


class Frequencies:
    """Document frequencies of the articles seen so far, for TF-IDF."""

    def __init__(self) -> None:
        self.documents = 0
        self.counts: Counter = Counter()

    def add(self, words: Words) -> None:
        self.documents += 1
        self.counts.update(words.whole.keys())

    def rarities(self, words: Words) -> dict[str, float]:
        """The inverse document frequency of each of the article's words."""
        total, counts, log = math.log(max(self.documents, LEAST_DOCUMENTS) + 1), self.counts, math.log
        return {term: total - log(counts[term] + 0.5) for term in words.whole}


def vectors_of(words: Words, rarities: dict[str, float]) -> Vectors:
    return Vectors(
        _weighted(words.whole, rarities, TERMS_KEPT),
        _weighted(words.headline, rarities, PART_TERMS_KEPT["headline"]),
        _weighted(words.lede, rarities, PART_TERMS_KEPT["lede"]),
    )


def _weighted(counts: Counter, rarities: dict[str, float], kept: int) -> dict[str, float]:
    log = math.log
    weights = [((1 + log(count)) * rarities[term], term) for term, count in counts.items()]
    if len(weights) > kept:
        weights = sorted(weights)[-kept:]
    norm = math.sqrt(sum(weight * weight for weight, _ in weights)) or 1.0
    return {term: weight / norm for weight, term in weights}


def cosine(first: dict[str, float], second: dict[str, float]) -> float:
    return sum(first[term] * second[term] for term in first.keys() & second.keys())


@dataclass
class Member:
    """One article of a story, as grouping keeps it."""

    id: str
    vectors: Vectors
    day: int | None


def likeness_row(
    words: Words, vectors: Vectors, members: list[Member], story_names: Counter, common_names: list[str],
    mean: float, lead: float, days_apart: float, rarities: dict[str, float],
) -> list[float]:
    """The features of an article against a story (in `FEATURES` order). `story_names` counts in
    how many of the story's articles each name occurs, `common_names` are those of half of them
    or more (`common_names_of`); `mean` is the mean cosine, `lead` how far it is above the best
    other story's (below it: negative); `days_apart` the days to its nearest article in windows
    of grouping's `window_days` (so that a wider window lets articles further apart join;
    `NO_VALUE` undated); `rarities` those of the article's words."""
    cosines = [cosine(vectors.whole, member.vectors.whole) for member in members]
    headline = _best(vectors.headline, [member.vectors.headline for member in members if member.vectors.headline])
    lede = _best(vectors.lede, [member.vectors.lede for member in members if member.vectors.lede])
    names = words.names
    named = sum(names.values()) or 1
    return [
        mean, max(cosines), min(cosines), headline, lede,
        sum(count for name, count in names.items() if name in story_names) / named,
        sum(1 for name in common_names if name in names) / (len(common_names) or 1),
        sum(rarities[name] for name in names if name in story_names) / (sum(rarities[name] for name in names) or 1),
        days_apart,
        math.log(len(members)), lead, min(sum(words.whole.values()), 2000), len(names),
    ]


def common_names_of(story_names: Counter, articles: int) -> list[str]:
    """Of the story's ten most named names, those of half its articles or more."""
    return [name for name, count in story_names.most_common(10) if count >= max(1, articles / 2)]


def _best(vector: dict[str, float], others: list[dict[str, float]]) -> float:
    """The highest cosine of `vector` to any of the (non-empty) `others`."""
    return max(cosine(vector, other) for other in others) if vector and others else NO_VALUE


def probabilities(rows: list[list[float]]) -> list[float]:
    """P(same story) of each row of features, by the shipped model."""
    return tree_probabilities(_shipped(), rows)


@functools.lru_cache(maxsize=1)
def _shipped() -> Model:
    model = shipped_model("generator.stories", "stories.json")
    if tuple(model.features) != FEATURES:
        raise RuntimeError("generator/stories/models/stories.json does not match the features of likeness.py: retrain it with training/story_model.py")
    return model
