"""Key points: the few sentences of the article that tell its story.

Extractive: every key point is a sentence of the article, trimmed at most of a leading
dateline or a parenthetical aside (a trailing attribution, '..., officials said.', stays). Sentences
are scored by position, overlap with the headline and their centrality (shared content words
with the rest of the article); the actors' mention counts are not part of the score (dropped
on 2026-12-01: RL 27.49 with them, 27.78 without, so actor changes no longer move these
figures). Redundant ones are skipped (maximal marginal relevance), and selection stops when
the next sentence is worth less than STOP_RATIO (0.8) of the first, so the count follows the
article (2 to 6 by default; `extra.briefings.key_points` or the flags set the bounds or a fixed
count). A story in which MANY_VOICES (four) or more organisations, groups or countries speak,
each in a paragraph of its own, gets a point for each (within the maximum), and an article with
sub-headings a point from each section. Sentences that cannot stand alone (opening with a
pronoun or a connective, headings, bare quotation fragments, numbered notes) are never chosen.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from generator.analyse.nlp import Paragraphs
from generator.analyse.settings import KeyPointSettings
from generator.briefing import HEADING, Block, KeyPoint
from generator.lexicon.keypoints import DANGLING_OPENERS
from generator.read.lines import is_link_label

MIN_WORDS, MAX_WORDS = 6, 55
REDUNDANCY = 0.5
DUPLICATE = 0.6
LEAD_WEIGHT, CENTRALITY_WEIGHT, HEADLINE_WEIGHT = 3.0, 1.0, 2.0
STOP_RATIO = 0.8
MANY_VOICES = 4
NOTE_NUMBER = re.compile(r"^[(\[]\d{1,3}[)\]]\s")  # '(10) ', '[3] ': a footnote's or a reference's number
PARENTHETICAL = re.compile(r"\s+\([^()]{1,80}\)(?=[\s,.;:])")
DATELINE = re.compile(
    r"""^(?:[A-Z][A-Za-z .,'-]*?\s*)?\((?:CNN|Reuters|AP|AFP|UPI)\)\s*(?:--|—|–|―|-)?\s*
        |^[A-Z][A-Z .,'-]{2,40}\s*(?:--|—|–|―)\s+  # ― (a horizontal bar) as some sites print it
        |^[A-Z][A-Z.'-]{2,30},\s?[A-Z][\w .,'-]{1,40}?\s*(?:--|—|–|―)\s*""",  # 'RAMALLAH, West Bank, Dec. 5 — '
    re.VERBOSE,
)


def find_key_points(
    doc: Doc,
    blocks: list[Block],
    title: str | None,
    paragraphs: Paragraphs,
    settings: KeyPointSettings = KeyPointSettings(),
    voices: list[int] = (),
) -> list[KeyPoint]:
    """`voices`: where organisations, groups and countries are first quoted. In a story where
    MANY_VOICES or more of them speak, each in its own paragraph, each sentence in which one
    first speaks and that stands alone is a point (within the maximum)."""
    sentences = [s for s in doc.sents if _in_paragraph(s, blocks, paragraphs) and _has_words(s)]
    candidates = [s for s in sentences if stands_alone(s)]
    if not candidates:
        return []
    scores = _scores(candidates, sentences, title)
    minimum, maximum = settings.bounds
    chosen = _select(candidates, scores, minimum, maximum)
    chosen += _voice_points(candidates, chosen, voices, maximum - len(chosen), paragraphs)
    chosen += _section_points(candidates, scores, chosen, _sections(blocks, paragraphs), maximum - len(chosen))
    return [KeyPoint(trim(s), paragraphs.of(s)) for s in sorted(chosen, key=lambda s: s.start)]


def _voice_points(candidates: list[Span], chosen: list[Span], voices: list[int], room: int, paragraphs: Paragraphs) -> list[Span]:
    """In a story of many voices, each in a paragraph of its own, the sentence in which each
    party first speaks (a text without paragraph breaks never qualifies)."""
    if len({paragraphs.number(offset) for offset in voices}) < MANY_VOICES:
        return []
    speaking = [next((c for c in candidates if c.start_char <= offset < c.end_char), None) for offset in voices]
    speaking = list(dict.fromkeys(s for s in speaking if s is not None))
    return [s for s in speaking if s not in chosen][: max(room, 0)]


def _sections(blocks: list[Block], paragraphs: Paragraphs):
    """Sentence -> number of sub-headings above it (0 before the first one)."""
    above, count = [], 0
    for block in blocks:
        count += block.kind == HEADING
        above.append(count)
    return lambda sentence: above[paragraphs.of(sentence) - 1]


def _section_points(candidates, scores, chosen, section_of, room: int) -> list[Span]:
    """The best sentence of each section under a sub-heading that has no point yet."""
    covered = {section_of(s) for s in chosen}
    best: dict[int, tuple[float, Span]] = {}
    for sentence, score in zip(candidates, scores):
        section = section_of(sentence)
        if section and section not in covered and score > best.get(section, (float("-inf"),))[0]:
            best[section] = (score, sentence)
    return [sentence for _, (_, sentence) in sorted(best.items())][: max(room, 0)]


def _in_paragraph(sentence: Span, blocks: list[Block], paragraphs: Paragraphs) -> bool:
    number = paragraphs.of(sentence)
    return 0 < number <= len(blocks) and blocks[number - 1].kind != HEADING and not is_link_label(blocks[number - 1].text)


def _has_words(sentence: Span) -> bool:
    return any(t.is_alpha for t in sentence)


def _content_words(sentence: Span) -> set[str]:
    return {t.lemma_.lower() for t in sentence if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")}


QUOTATION_MARK = re.compile(r"[“”\"]")


def stands_alone(sentence: Span) -> bool:
    """A sentence a reader understands without the one before it."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if not (MIN_WORDS <= len(words) <= MAX_WORDS):
        return False
    first = DATELINE.sub("", sentence.text.strip())
    if NOTE_NUMBER.match(first):
        return False  # '(10) Who Can Stop Obama?, Newsweek, 3 January 2008.': a note under the article
    first_word = re.match(r"[\W_]*(\w+)", first)
    if first_word is None or first_word.group(1).lower() in DANGLING_OPENERS:
        return False
    if not first_word.group(1)[0].isupper() and not first_word.group(1)[0].isdigit():
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return False
    if all(t.is_upper for t in words if t.is_alpha and len(t) > 1):
        return False  # 'BEST THING THAT HAPPENED TO REPUBLICANS.': a section's label, set in capitals
    return _quote_is_attributed(sentence)


def _quote_is_attributed(sentence: Span) -> bool:
    """A sentence that is a bare piece of a quotation names no speaker: not a key point."""
    text = sentence.text.strip()
    marks = sum(text.count(ch) for ch in "“”\"")
    if marks % 2 == 1 or _opens_inside_a_quotation(text):
        return False
    if text[:1] in "“\"" and text.rstrip(".")[-1:] in "”\"":
        return False
    return True


def _scores(candidates: list[Span], sentences: list[Span], title: str | None) -> list[float]:
    frequency = Counter(word for s in sentences for word in _content_words(s))
    title_words = {w.lower() for w in re.findall(r"\w+", title or "")}
    position = {s.start: rank for rank, s in enumerate(sentences)}
    scores = []
    for sentence in candidates:
        words = _content_words(sentence)
        centrality = sum(frequency[w] - 1 for w in words) / (len(words) + 3)
        headline = len(words & title_words) / (len(title_words) + 1)
        lead = 1 / (1 + position[sentence.start])
        scores.append(LEAD_WEIGHT * lead + CENTRALITY_WEIGHT * centrality + HEADLINE_WEIGHT * headline)
    return scores


def _select(candidates: list[Span], scores: list[float], minimum: int, maximum: int) -> list[Span]:
    """Maximal marginal relevance: the best remaining sentence that repeats least, until the
    maximum, or past the minimum once the next one is worth less than STOP_RATIO of the first.
    A sentence sharing DUPLICATE of its content words with a chosen one is never chosen."""
    words = [_content_words(s) for s in candidates]
    penalty = REDUNDANCY * max(scores)
    chosen: list[int] = []
    first_value = 0.0
    remaining = set(range(len(candidates)))
    while remaining and len(chosen) < maximum:
        def value(i: int) -> tuple[float, int]:
            overlap = max((_jaccard(words[i], words[c]) for c in chosen), default=0.0)
            return scores[i] - penalty * overlap, -i
        remaining -= {i for i in remaining if any(_jaccard(words[i], words[c]) >= DUPLICATE for c in chosen)}
        if not remaining:
            break
        best = max(remaining, key=value)
        worth = value(best)[0]
        if not chosen:
            first_value = worth
        elif len(chosen) >= minimum and worth < STOP_RATIO * first_value:
            break
        remaining.remove(best)
        chosen.append(best)
    return [candidates[i] for i in chosen]


def _opens_inside_a_quotation(text: str) -> bool:
    """'God help us," said Bloomberg, who added that "...': the first quotation mark closes a
    quotation the sentence before opened (a curly closing mark, or a straight one glued to the word
    before it and followed by a space), so the sentence starts in the middle of someone's words."""
    first = QUOTATION_MARK.search(text)
    if first is None:
        return False
    if first.group() == "”":
        return True
    at = first.start()
    return first.group() == '"' and at > 0 and not text[at - 1].isspace() and (first.end() == len(text) or text[first.end()].isspace())


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def trim(sentence: Span) -> str:
    """The sentence without a leading dateline and parenthetical asides, each only where the
    rest still stands alone. A trailing attribution stays ('..., reports said Sunday'): without
    it a report would read as a fact (dropping it cost nothing measurable: summaries R1 31.83 ->
    31.75, first point 24.08 -> 24.00, inside the interval)."""
    text = trim_dateline(sentence.text.strip())
    without_asides = PARENTHETICAL.sub("", text)
    return without_asides if len(without_asides.split()) >= MIN_WORDS else text


def trim_dateline(text: str) -> str:
    """'WASHINGTON (CNN) -- The Senate ...' -> 'The Senate ...'; the rest stays verbatim."""
    trimmed = DATELINE.sub("", text, count=1)
    return trimmed if trimmed and trimmed[0].isupper() else text
