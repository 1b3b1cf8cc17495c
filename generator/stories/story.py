"""A story across publishers: its articles in time order, the key points they share, who said
what across them, the actors, and the figures on which they differ.

Built from briefings alone (no parse), so the site can make story pages without spaCy. What one
publisher reports and the others do not is kept and marked as such, never dropped; where
publishers credit one quote to different speakers, or give different figures for the same
thing, both are shown with their sources: a story page never settles a disagreement its sources
leave open.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from generator.briefing import PARAGRAPH, Briefing
from generator.lexicon.stories import GROUPING_STOP_WORDS
from generator.slugs import claim_slug, slugify
from generator.stories.grouping import (
    GroupingSettings,
    StoryIndex,
    StoryText,
    in_time_order,
)

SAME_POINT = 0.5  # the share of words two key points must have in common to be one point
MIN_SHARED_POINT_WORDS = 4  # and at least this many
# A sentence of another publisher sharing this much of a point's words may say it in words of its
# own: the point is then not said to be one publisher's only (a paraphrase is no word match).
LOOSELY_SAME_POINT = 0.25
MIN_SHARED_QUOTE_WORDS = 6  # a quote inside another, of at least this many words, is the same quote
MIN_QUOTE_WORDS = 4  # a shorter quote ('“balanced”') says too little to stand in a story's table
WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
FIGURE = re.compile(r"(?<![\w.,:/])(?P<number>\d[\d,.]*\d|\d)\s+(?P<after>(?:[^\W\d_][\w'’-]*\s+){2}[^\W\d_][\w'’-]*)")


@dataclass(frozen=True)
class Source:
    """Where a point or a quote comes from: a briefing (by its source file) and its paragraph."""

    briefing: str
    publisher: str
    paragraph: int


@dataclass
class StoryPoint:
    text: str
    sources: list[Source] = field(default_factory=list)
    echoed: bool = False  # another publisher has a sentence loosely like it

    @property
    def publishers(self) -> list[str]:
        return list(dict.fromkeys(source.publisher for source in self.sources))

    @property
    def only_publisher(self) -> str | None:
        """The one publisher that reports the point, where no other's text comes near it."""
        return self.publishers[0] if len(self.publishers) == 1 and not self.echoed else None


@dataclass
class StoryQuote:
    quote: str
    kind: str = "direct"
    speakers: dict[str, str | None] = field(default_factory=dict)  # publisher -> the speaker it names
    sources: list[Source] = field(default_factory=list)

    @property
    def publishers(self) -> list[str]:
        return list(dict.fromkeys(source.publisher for source in self.sources))

    @property
    def speaker(self) -> str | None:
        """The speaker the publishers name, where none disputes it."""
        return next((speaker for speaker in self.speakers.values() if speaker), None)

    @property
    def disputed(self) -> bool:
        """Whether publishers credit the quote to different speakers."""
        named = {_loose(speaker) for speaker in self.speakers.values() if speaker}
        return len(named) > 1


@dataclass
class Figure:
    """One thing counted differently by different publishers: '12 people' against '14 people'."""

    context: str
    values: dict[str, list[Source]] = field(default_factory=dict)  # the figure as written -> its sources


@dataclass
class Story:
    """One event's briefings; what they report together is worked out when a page asks for it
    (most stories of a site hold one article and get no page)."""

    id: str
    title: str
    briefings: list[Briefing]

    @functools.cached_property
    def points(self) -> list[StoryPoint]:
        return merged_points(self.briefings)

    @functools.cached_property
    def quotes(self) -> list[StoryQuote]:
        return merged_quotes(self.briefings)

    @functools.cached_property
    def figures(self) -> list[Figure]:
        return differing_figures(self.briefings)

    @property
    def publishers(self) -> list[str]:
        return list(dict.fromkeys(publisher_of(briefing) for briefing in self.briefings))


def publisher_of(briefing: Briefing) -> str:
    return briefing.article.publisher or "Unknown publisher"


def story_text(briefing: Briefing) -> StoryText:
    article = briefing.article
    paragraphs = tuple(block.text for block in article.blocks if block.kind == PARAGRAPH)
    return StoryText(article.source, article.title or "", paragraphs, article.date)


def find_stories(briefings: list[Briefing], settings: GroupingSettings = GroupingSettings()) -> list[Story]:
    """Every briefing in one story; stories in the order of their first article, each with an
    id (a slug from its headline that no other story takes)."""
    index = StoryIndex(settings)
    by_source = {briefing.article.source: briefing for briefing in briefings}
    for text in in_time_order([story_text(briefing) for briefing in briefings]):
        index.add(text)
    taken: set[str] = {"index"}
    stories = []
    for members in (story.ids for story in index.stories):
        ordered = [by_source[source] for source in members]
        title = ordered[0].article.display_title
        story_id = claim_slug(slugify(title) or "story", taken, ordered[0].article.source)
        stories.append(Story(story_id, title, ordered))
    return stories


def merged_points(briefings: list[Briefing]) -> list[StoryPoint]:
    """The briefings' key points, one point for those that say the same (`SAME_POINT` of their
    words shared), each with every source: the key points that say it, and the paragraphs of
    the other publishers' articles that say it too (a point one briefing did not pick is still
    reported there); the points most publishers report first."""
    points: list[tuple[StoryPoint, set[str]]] = []
    for briefing in briefings:
        for point in briefing.key_points:
            words = _content_words(point.text)
            source = Source(briefing.article.source, publisher_of(briefing), point.paragraph)
            match = next((merged for merged, seen in points if _overlap(words, seen) >= SAME_POINT), None)
            if match is None:
                points.append((StoryPoint(point.text, [source]), words))
            else:
                match.sources.append(source)
    for point, words in points:
        _add_supporting_paragraphs(point, words, briefings)
    ordered = [point for point, _ in points]
    return sorted(ordered, key=lambda point: -len(point.publishers))


def _add_supporting_paragraphs(point: StoryPoint, words: set[str], briefings: list[Briefing]) -> None:
    for briefing in briefings:
        if publisher_of(briefing) in point.publishers:
            continue
        for number, block in enumerate(briefing.article.blocks, start=1):
            sentences = SENTENCE_END.split(block.text) if block.kind == PARAGRAPH else []
            overlap = max((_overlap(words, _content_words(sentence)) for sentence in sentences), default=0.0)
            point.echoed = point.echoed or overlap >= LOOSELY_SAME_POINT
            if overlap >= SAME_POINT:
                point.sources.append(Source(briefing.article.source, publisher_of(briefing), number))
                break


def merged_quotes(briefings: list[Briefing]) -> list[StoryQuote]:
    """Direct and partial quotes, one row for the same words carried by several publishers
    (equal, or one inside the other over `MIN_SHARED_QUOTE_WORDS` words or more), with the
    speaker each publisher names."""
    rows: list[tuple[StoryQuote, str]] = []
    for briefing in briefings:
        for quote in briefing.quotes:
            if quote.kind not in ("direct", "partial") or len(quote.quote.split()) < MIN_QUOTE_WORDS:
                continue
            words = " ".join(WORD.findall(quote.quote.lower()))
            source = Source(briefing.article.source, publisher_of(briefing), quote.paragraph)
            match = next((row for row, seen in rows if _same_words(words, seen)), None)
            if match is None:
                match = StoryQuote(quote.quote, quote.kind)
                rows.append((match, words))
            match.sources.append(source)
            match.speakers.setdefault(source.publisher, quote.speaker_name)
    return [row for row, _ in rows]


def differing_figures(briefings: list[Briefing]) -> list[Figure]:
    """Figures the articles give before the same three words ('12 people were missing' against
    '14 people were missing') that differ between publishers, each value with its sources."""
    found: dict[str, Figure] = {}
    for briefing in briefings:
        for number, block in enumerate(briefing.article.blocks, start=1):
            if block.kind != PARAGRAPH:
                continue
            for match in FIGURE.finditer(block.text):
                context = " ".join(match["after"].lower().split())
                figure = found.setdefault(context, Figure(context))
                sources = figure.values.setdefault(match["number"], [])
                source = Source(briefing.article.source, publisher_of(briefing), number)
                if source not in sources:
                    sources.append(source)
    return [
        figure for figure in found.values()
        if len(figure.values) > 1 and len({s.publisher for sources in figure.values.values() for s in sources}) > 1
    ]


def _content_words(text: str) -> set[str]:
    return {word for word in WORD.findall(text.lower()) if len(word) >= 3 and word not in GROUPING_STOP_WORDS}


def _overlap(first: set[str], second: set[str]) -> float:
    shared = len(first & second)
    return shared / max(min(len(first), len(second)), 1) if shared >= MIN_SHARED_POINT_WORDS else 0.0


def _same_words(first: str, second: str) -> bool:
    if first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    return len(shorter.split()) >= MIN_SHARED_QUOTE_WORDS and f" {shorter} " in f" {longer} "


def _loose(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""
