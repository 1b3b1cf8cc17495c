"""Which articles tell the same story: one pass over the articles in time order, each joining the
story it most likely tells or opening one.

The candidates for an article are the stories with an article within `window_days` of its date
(undated articles meet undated stories only) that share one of its strongest words, the
`CANDIDATES` most alike by mean cosine (average link, computed on the story's summed vector). A
learned scorer (`likeness.py`) gives each the probability that the article tells it; the article
joins the likeliest at `threshold` or above, else opens a story.

The pass is incremental and deterministic: articles are taken by (date, id), and adding a later
article never changes the stories of earlier ones, so a site that grows one article at a time
groups each new one in a few milliseconds without regrouping the others. The defaults were chosen
on the stories corpus (`training/story_model.py`, `bench/stories.py`).
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable

from generator.stories.likeness import (
    NO_VALUE,
    Frequencies,
    Member,
    Words,
    common_names_of,
    likeness_row,
    probabilities,
    vectors_of,
    words_of,
)

CANDIDATES = 5  # stories scored per article, the most alike by mean cosine
LEAST_MEAN_COSINE = 0.04  # a story less alike than this is no candidate


@dataclass(frozen=True)
class GroupingSettings:
    threshold: float = 0.6  # the probability an article needs to join a story
    window_days: int = 3  # how far apart in days two articles of one story may be, at most, from one another's neighbours


@dataclass(frozen=True)
class StoryText:
    """What grouping reads of an article."""

    id: str
    headline: str
    paragraphs: tuple[str, ...]
    date: str | None = None

    @functools.cached_property
    def words(self) -> Words:
        """Its bags of words, read once (an article's part of the work, before grouping)."""
        return words_of(self.headline, self.paragraphs)


@dataclass
class _Story:
    number: int
    members: list[Member] = field(default_factory=list)
    total: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)  # in how many of its articles each name occurs
    common_names: list[str] = field(default_factory=list)  # those of half its articles or more
    days: set[int] = field(default_factory=set)  # the days of its dated articles

    @property
    def ids(self) -> list[str]:
        return [member.id for member in self.members]


Scorer = Callable[[list[list[float]]], list[float]]
Choice = Callable[["StoryText", list[list[float]], list[int]], "int | None"]


class StoryIndex:
    """The stories found so far; `add` places one more article. `scorer` gives rows of features
    their probabilities (the shipped model unless a training script passes its own)."""

    def __init__(self, settings: GroupingSettings = GroupingSettings(), scorer: Scorer = probabilities):
        self.settings = settings
        self.scorer = scorer
        self.frequencies = Frequencies()
        self.stories: list[_Story] = []
        self.story_of: dict[str, int] = {}
        self._postings: dict[int | None, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # day -> term -> stories

    def add(self, text: StoryText) -> int:
        """The number of the story the article joins (or opens)."""
        return self.add_choosing(text, self.likeliest)

    def add_choosing(self, text: StoryText, choose: Choice) -> int:
        """`add`, the story chosen by `choose(text, rows, candidates)`: a training script's hook
        to read the rows and to follow the gold stories."""
        words = text.words
        self.frequencies.add(words)
        rarities = self.frequencies.rarities(words)
        member = Member(text.id, vectors_of(words, rarities), _day(text.date))
        candidates = self._candidates(member, words)
        rows = [
            likeness_row(words, member.vectors, story.members, story.names, story.common_names, mean, mean - _runner_up(candidates, rank), self._days_apart(story, member.day), rarities)
            for rank, (mean, story) in enumerate(candidates)
        ]
        chosen = choose(text, rows, [story.number for _, story in candidates])
        story = self.stories[chosen] if chosen is not None else self._opened()
        self._join(story, member, words)
        return story.number

    def likeliest(self, text: StoryText, rows: list[list[float]], candidates: list[int]) -> int | None:
        """The candidate the scorer finds likeliest, if likely enough (`add`'s choice)."""
        if not rows:
            return None
        scores = self.scorer(rows)
        best = max(range(len(scores)), key=lambda at: (scores[at], -at))
        return candidates[best] if scores[best] >= self.settings.threshold else None

    def _opened(self) -> _Story:
        story = _Story(len(self.stories))
        self.stories.append(story)
        return story

    def _join(self, story: _Story, member: Member, words: Words) -> None:
        story.members.append(member)
        story.total.update(member.vectors.whole)
        story.names.update(words.names.keys())
        story.common_names = common_names_of(story.names, len(story.members))
        if member.day is not None:
            story.days.add(member.day)
        postings = self._postings[member.day]
        for term in member.vectors.whole:
            postings[term].add(story.number)
        self.story_of[member.id] = story.number

    def _candidates(self, member: Member, words: Words) -> list[tuple[float, _Story]]:
        """The stories within the window that share a term with the article, and a name if it
        names any (one event's reports name its places and people), the most alike first by mean
        cosine (ties: the earlier story)."""
        day = member.day
        days = [None] if day is None else range(day - self.settings.window_days, day + self.settings.window_days + 1)
        nearby = [postings for near in days if (postings := self._postings.get(near))]
        scores: dict[int, float] = defaultdict(float)
        stories = self.stories
        for term, weight in member.vectors.whole.items():
            sharing: set[int] = set()
            for postings in nearby:
                found = postings.get(term)
                if found:
                    sharing |= found
            for number in sharing:
                scores[number] += weight * stories[number].total[term]
        alike = []
        for number, score in scores.items():
            story = self.stories[number]
            mean = score / len(story.members)
            if mean >= LEAST_MEAN_COSINE and self._within_window(story, day) and _names_any_of(words, story):
                alike.append((mean, story))
        alike.sort(key=lambda pair: (-pair[0], pair[1].number))
        return alike[:CANDIDATES]

    def _days_apart(self, story: _Story, day: int | None) -> float:
        """Days from the article to the story's nearest article, in windows (`NO_VALUE` undated)."""
        gap = _nearest_gap(story, day)
        return NO_VALUE if gap is None else gap / max(self.settings.window_days, 1)

    def _within_window(self, story: _Story, day: int | None) -> bool:
        gap = _nearest_gap(story, day)
        return day is None and not story.days if gap is None else gap <= self.settings.window_days


def _nearest_gap(story: _Story, day: int | None) -> int | None:
    """Days from `day` to the story's nearest dated article; None if either is undated."""
    return min(abs(day - other) for other in story.days) if day is not None and story.days else None


def _names_any_of(words: Words, story: _Story) -> bool:
    return not words.names or not words.names.keys().isdisjoint(story.names)


def _runner_up(candidates: list[tuple[float, _Story]], rank: int) -> float:
    """The mean cosine of the best story other than the one at `rank` (0 if there is none)."""
    others = [mean for at, (mean, _) in enumerate(candidates) if at != rank]
    return others[0] if others else 0.0


def in_time_order(texts: list[StoryText]) -> list[StoryText]:
    return sorted(texts, key=lambda text: (text.date or "", text.id))


def group(texts: list[StoryText], settings: GroupingSettings = GroupingSettings(), scorer: Scorer = probabilities) -> dict[str, int]:
    """Each article's story number, the articles taken by (date, id)."""
    index = StoryIndex(settings, scorer)
    for text in in_time_order(texts):
        index.add(text)
    return index.story_of


def _day(date: str | None) -> int | None:
    try:
        return dt.date.fromisoformat((date or "")[:10]).toordinal()
    except ValueError:
        return None
