"""Key points: the few sentences of the article that tell its story.

Extractive: every key point is a sentence of the article, trimmed at most of a leading
dateline. Sentences are scored by position, overlap with the headline, the weight of the
actors they name and their centrality (shared content words with the rest of the article);
redundant ones are skipped (maximal marginal relevance). Sentences that cannot stand alone
(opening with a pronoun or a connective, headings, fragments) are never chosen.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from spacy.tokens import Doc, Span

from .actors import ActorIndex
from .briefing import HEADING, Block, KeyPoint
from .nlp import Paragraphs

MIN_POINTS, MAX_POINTS = 3, 6
SENTENCES_PER_POINT = 12
MIN_WORDS, MAX_WORDS = 6, 55
REDUNDANCY = 0.5
LEAD_WEIGHT, CENTRALITY_WEIGHT, HEADLINE_WEIGHT, SALIENCE_WEIGHT = 3.0, 1.0, 2.0, 0.1
DANGLING_OPENERS = frozenset(
    """he she it they his her its their this that these those there him them we i you but and or
    so meanwhile however also yet still then thus hence therefore moreover furthermore besides
    instead otherwise nevertheless nonetheless additionally""".split()
)
DATELINE = re.compile(
    r"""^(?:[A-Z][A-Za-z .,'-]*?\s*)?\((?:CNN|Reuters|AP|AFP|UPI)\)\s*(?:--|—|–|-)?\s*
        |^[A-Z][A-Z .,'-]{2,40}\s*(?:--|—|–)\s+""",
    re.VERBOSE,
)


def point_count(sentences: int) -> int:
    return max(MIN_POINTS, min(MAX_POINTS, round(sentences / SENTENCES_PER_POINT)))


def find_key_points(doc: Doc, blocks: list[Block], index: ActorIndex, title: str | None, paragraphs: Paragraphs) -> list[KeyPoint]:
    sentences = [s for s in doc.sents if _in_paragraph(s, blocks, paragraphs) and _has_words(s)]
    candidates = [s for s in sentences if stands_alone(s)] or sentences
    if not candidates:
        return []
    scores = _scores(candidates, sentences, index, title)
    chosen = _select(candidates, scores, point_count(len(sentences)))
    return [KeyPoint(trim_dateline(s.text.strip()), paragraphs.of(s)) for s in sorted(chosen, key=lambda s: s.start)]


def _in_paragraph(sentence: Span, blocks: list[Block], paragraphs: Paragraphs) -> bool:
    number = paragraphs.of(sentence)
    return 0 < number <= len(blocks) and blocks[number - 1].kind != HEADING


def _has_words(sentence: Span) -> bool:
    return any(t.is_alpha for t in sentence)


def _content_words(sentence: Span) -> set[str]:
    return {t.lemma_.lower() for t in sentence if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")}


def stands_alone(sentence: Span) -> bool:
    """A sentence a reader understands without the one before it."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if not (MIN_WORDS <= len(words) <= MAX_WORDS):
        return False
    first = DATELINE.sub("", sentence.text.strip())
    first_word = re.match(r"[\W_]*(\w+)", first)
    if first_word is None or first_word.group(1).lower() in DANGLING_OPENERS:
        return False
    if not first_word.group(1)[0].isupper() and not first_word.group(1)[0].isdigit():
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return False
    return _quote_is_attributed(sentence)


def _quote_is_attributed(sentence: Span) -> bool:
    """A sentence that is a bare piece of a quotation names no speaker: not a key point."""
    text = sentence.text.strip()
    marks = sum(text.count(ch) for ch in "“”\"")
    if marks % 2 == 1:
        return False
    if text[:1] in "“\"" and text.rstrip(".")[-1:] in "”\"":
        return False
    return True


def _scores(candidates: list[Span], sentences: list[Span], index: ActorIndex, title: str | None) -> list[float]:
    frequency = Counter(word for s in sentences for word in _content_words(s))
    title_words = {w.lower() for w in re.findall(r"\w+", title or "")}
    actor_weight = {id(b): math.log1p(len(b.mentions)) for b in index.builders}
    position = {s.start: rank for rank, s in enumerate(sentences)}
    scores = []
    for sentence in candidates:
        words = _content_words(sentence)
        centrality = sum(frequency[w] - 1 for w in words) / (len(words) + 3)
        headline = len(words & title_words) / (len(title_words) + 1)
        actors = {id(index.actor_of(t)): index.actor_of(t) for t in sentence if index.actor_of(t)}
        salience = sum(actor_weight[key] for key in actors)
        lead = 1 / (1 + position[sentence.start])
        scores.append(
            LEAD_WEIGHT * lead + CENTRALITY_WEIGHT * centrality + HEADLINE_WEIGHT * headline + SALIENCE_WEIGHT * salience
        )
    return scores


def _select(candidates: list[Span], scores: list[float], count: int) -> list[Span]:
    """Maximal marginal relevance: the best remaining sentence that repeats least."""
    words = [_content_words(s) for s in candidates]
    penalty = REDUNDANCY * max(scores)
    chosen: list[int] = []
    remaining = set(range(len(candidates)))
    while remaining and len(chosen) < count:
        def value(i: int) -> tuple[float, int]:
            overlap = max((_jaccard(words[i], words[c]) for c in chosen), default=0.0)
            return scores[i] - penalty * overlap, -i
        best = max(remaining, key=value)
        remaining.remove(best)
        chosen.append(best)
    return [candidates[i] for i in chosen]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def trim_dateline(text: str) -> str:
    """'WASHINGTON (CNN) -- The Senate ...' -> 'The Senate ...'; the rest stays verbatim."""
    trimmed = DATELINE.sub("", text, count=1)
    return trimmed if trimmed and trimmed[0].isupper() else text
