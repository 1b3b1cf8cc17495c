"""Which articles tell the same story: one pass over the articles in time order, each joining the
story it is most like or opening one.

An article is a bag of weighted words: those of its headline (counted
`HEADLINE_WEIGHT` times), lede and body, a capitalised word (a name, the likeliest sign of one
event rather than another of its kind: two earthquakes differ by their places) counted
`NAME_WEIGHT` times; weighted by TF-IDF (sublinear counts, document frequencies of the articles
seen so far) and cut to its `TERMS_KEPT` strongest terms. Its likeness to a story is the mean
cosine to the story's articles (average link, computed on the story's summed vector), among the
stories with an article within `window_days` of its date (undated articles meet undated
stories only). It joins the likeliest story at `threshold` or above, else opens one.

The pass is incremental and deterministic: articles are taken by (date, id), and adding a later
article never changes the stories of earlier ones, so a site that grows one article at a time
groups each new one in a few milliseconds without regrouping the others. The defaults were chosen
on the stories corpus (`bench/stories.py`).
"""
from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from generator.lexicon.stories import GROUPING_STOP_WORDS

HEADLINE_WEIGHT = 2.0
NAME_WEIGHT = 2.0
TERMS_KEPT = 40
MIN_TERM_LETTERS = 3
TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")


@dataclass(frozen=True)
class GroupingSettings:
    threshold: float = 0.16  # the mean cosine an article needs to join a story
    window_days: int = 1  # how far apart in days two articles of one story may be, at most, from one another's neighbours


@dataclass(frozen=True)
class StoryText:
    """What grouping reads of an article."""

    id: str
    headline: str
    paragraphs: tuple[str, ...]
    date: str | None = None


@dataclass
class _Story:
    number: int
    members: list[str] = field(default_factory=list)
    total: Counter = field(default_factory=Counter)
    days: list[int] = field(default_factory=list)


class StoryIndex:
    """The stories found so far; `add` places one more article."""

    def __init__(self, settings: GroupingSettings = GroupingSettings()):
        self.settings = settings
        self.frequencies: Counter = Counter()
        self.articles = 0
        self.stories: list[_Story] = []
        self.story_of: dict[str, int] = {}
        self._postings: dict[int | None, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # day -> term -> stories

    def add(self, text: StoryText) -> int:
        """The number of the story the article joins (or opens)."""
        counts = term_counts(text)
        self.articles += 1
        self.frequencies.update(counts.keys())
        vector = self._weighted(counts)
        day = _day(text.date)
        story = self._likeliest(vector, day)
        if story is None:
            story = _Story(len(self.stories))
            self.stories.append(story)
        story.members.append(text.id)
        story.total.update(vector)
        if day is not None:
            story.days.append(day)
        postings = self._postings[day]
        for term in vector:
            postings[term].add(story.number)
        self.story_of[text.id] = story.number
        return story.number

    def _weighted(self, counts: Counter) -> dict[str, float]:
        total, frequencies, log = math.log(self.articles + 1), self.frequencies, math.log
        weights = [((1 + log(count)) * (total - log(frequencies[term] + 0.5)), term) for term, count in counts.items()]
        kept = [(term, weight) for weight, term in heapq.nlargest(TERMS_KEPT, weights)]  # ties: a fixed order, by term
        norm = math.sqrt(sum(weight * weight for _, weight in kept)) or 1.0
        return {term: weight / norm for term, weight in kept}

    def _likeliest(self, vector: dict[str, float], day: int | None) -> _Story | None:
        """The story the article is likeliest to tell, if it is likely enough. The candidates are
        the stories with an article on a day of the window that shares a term with this one."""
        days = [None] if day is None else range(day - self.settings.window_days, day + self.settings.window_days + 1)
        nearby = [postings for near in days if (postings := self._postings.get(near))]
        scores: dict[int, float] = defaultdict(float)
        for term, weight in vector.items():
            sharing = set().union(*(postings.get(term, ()) for postings in nearby)) if nearby else ()
            for number in sharing:
                scores[number] += weight * self.stories[number].total[term]
        best, best_score = None, 0.0
        for number in sorted(scores):
            story = self.stories[number]
            if not self._within_window(story, day):
                continue
            mean = scores[number] / len(story.members)
            if mean > best_score:
                best, best_score = story, mean
        return best if best_score >= self.settings.threshold else None

    def _within_window(self, story: _Story, day: int | None) -> bool:
        if day is None or not story.days:
            return day is None and not story.days
        return min(abs(day - other) for other in story.days) <= self.settings.window_days


def group(texts: list[StoryText], settings: GroupingSettings = GroupingSettings()) -> dict[str, int]:
    """Each article's story number, the articles taken by (date, id)."""
    index = StoryIndex(settings)
    for text in sorted(texts, key=lambda text: (text.date or "", text.id)):
        index.add(text)
    return index.story_of


def term_counts(text: StoryText) -> Counter:
    """The article's weighted words (see the module's docstring). Word pairs were tried: on the
    stories corpus they cost precision and time and gained nothing."""
    counts: Counter = Counter()
    _count(text.headline, HEADLINE_WEIGHT, counts)
    for paragraph in text.paragraphs:
        _count(paragraph, 1.0, counts)
    return counts


def _count(text: str, weight: float, counts: Counter) -> None:
    name_weight = weight * NAME_WEIGHT
    for token in TOKEN.findall(text):
        if len(token) < MIN_TERM_LETTERS:
            continue
        lower = token.lower()
        if lower not in GROUPING_STOP_WORDS:
            counts[lower] += name_weight if token[0].isupper() else weight


def _day(date: str | None) -> int | None:
    try:
        return dt.date.fromisoformat((date or "")[:10]).toordinal()
    except ValueError:
        return None
