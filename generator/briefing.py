"""The plain data that flows through the pipeline: Article in, Briefing out.

Every stage takes and returns these dataclasses, so each stage can be tested with
hand-made values and the export contract is one `to_dict` away (written down in EXPORT.md,
read back by `from_dict`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

PARAGRAPH = "paragraph"
HEADING = "heading"
DIRECT, PARTIAL, INDIRECT = "direct", "partial", "indirect"  # the kinds of a quote
BELIEF = "belief"  # a view the text says someone holds ('she believes ...', 'they expect ...'): not their words
PERSON, ORGANISATION, COUNTRY, PLACE, GROUP = "person", "organisation", "country", "place", "group"  # of an actor
UNTITLED_WORDS = 8


@dataclass(frozen=True)
class Block:
    """One block of an article body: a paragraph or a sub-heading."""

    text: str
    kind: str = PARAGRAPH


@dataclass
class Article:
    """A cleaned article, as the readers produce it."""

    id: str
    source: str
    title: str | None
    blocks: list[Block]
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    doubts: list[str] = field(default_factory=list)
    """Why the text read may not be one article (see `doubts.py`); empty when it looks like one."""

    @property
    def display_title(self) -> str:
        """The headline, or a title that says it is missing and shows how the article opens:
        never the seed's file name."""
        if self.title:
            return self.title
        opening = " ".join(self.body.split()[:UNTITLED_WORDS])
        return f"Untitled: {opening} …" if opening else "Untitled"

    @property
    def body(self) -> str:
        """The clean text: blocks separated by blank lines (the text the NLP sees)."""
        return "\n\n".join(block.text for block in self.blocks)


def _plain(record) -> dict:
    """A flat dataclass (fields of text, numbers and lists of text) as a dict; what
    `dataclasses.asdict` gives, at a fraction of its cost on thousands of briefings."""
    return {name: list(value) if isinstance(value, list) else value for name, value in vars(record).items()}


@dataclass
class KeyPoint:
    text: str
    paragraph: int


@dataclass
class Quote:
    quote: str
    speaker: str | None
    speaker_id: str | None
    cue: str | None
    kind: str
    paragraph: int
    start: int = 0
    end: int = 0
    speaker_name: str | None = None
    speaker_confidence: float = 0.0
    """How strongly the evidence carries the speaker (see `analyse/quotes/speakers.py`); below the threshold the
    quote is unattributed: `speaker_id` and `speaker_name` are None, `speaker` keeps the words."""
    speaker_start: int | None = None
    speaker_end: int | None = None
    """Character span of the speaker's words in the body; None when unattributed."""
    speaker_evidence: str | None = None
    """What carries the speaker: 'speech verb', 'label', 'pronoun', 'description', ..."""


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    first_paragraph: int = 0


@dataclass
class Briefing:
    article: Article
    key_points: list[KeyPoint]
    actors: list[Actor]
    quotes: list[Quote]
    key: str | None = field(default=None, compare=False, repr=False)
    """The content address of the analysis (its cache key), when known: pages made from the same
    key need not be made again. Not part of the export contract."""

    def to_dict(self) -> dict:
        """The export contract: one JSON object per article (written down in EXPORT.md, guarded by tests/test_export_schema.py)."""
        article = self.article
        return {
            "id": article.id,
            "title": article.title,
            "publisher": article.publisher,
            "date": article.date,
            "url": article.url,
            "author": article.author,
            "source": article.source,
            "tags": list(article.tags),
            "language": article.language,
            "reading_doubts": list(article.doubts),
            "body": article.body,
            "blocks": [_plain(block) for block in article.blocks],
            "key_points": [point.text for point in self.key_points],
            "key_point_paragraphs": [point.paragraph for point in self.key_points],
            "actors": [_plain(actor) for actor in self.actors],
            "quotes": [_plain(quote) for quote in self.quotes],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Briefing:
        article = Article(
            id=data["id"],
            source=data["source"],
            title=data["title"],
            blocks=[Block(**block) for block in data["blocks"]],
            publisher=data["publisher"],
            date=data["date"],
            url=data["url"],
            author=data["author"],
            tags=list(data["tags"]),
            language=data["language"],
            doubts=list(data["reading_doubts"]),
        )
        key_points = [
            KeyPoint(text, paragraph)
            for text, paragraph in zip(data["key_points"], data["key_point_paragraphs"])
        ]
        return cls(
            article=article,
            key_points=key_points,
            actors=[Actor(**actor) for actor in data["actors"]],
            quotes=[Quote(**quote) for quote in data["quotes"]],
        )
