"""Settings a user can change (mkdocs.yml, command line); free of spaCy so that a build
with nothing to analyse never loads it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KeyPointSettings:
    """How many key points: `count` fixes it; otherwise between `minimum` and `maximum`."""

    minimum: int = 2
    maximum: int = 6
    count: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.minimum <= self.maximum or (self.count is not None and self.count < 1):
            raise ValueError(f"key points: need 1 <= minimum <= maximum and count >= 1 (got {self})")

    @property
    def bounds(self) -> tuple[int, int]:
        return (self.count, self.count) if self.count else (self.minimum, self.maximum)


LARGE_SITE = 1000


@dataclass(frozen=True)
class ActorPageSettings:
    """Which actors get a page of their own: those named in at least `min_briefings` briefings.

    Automatic (None): every actor while the site has fewer than LARGE_SITE briefings; from
    then on, actors named in two briefings or more. Most actors of a large site appear in one
    briefing only, their page would repeat their card, and ten thousands of such pages would
    take MkDocs minutes and the site gigabytes; their cards, and search, still show them.
    """

    min_briefings: int | None = None

    def __post_init__(self) -> None:
        if self.min_briefings is not None and self.min_briefings < 1:
            raise ValueError(f"actor pages: min_briefings must be at least 1 (got {self.min_briefings})")

    def threshold(self, briefings: int) -> int:
        if self.min_briefings is not None:
            return self.min_briefings
        return 1 if briefings < LARGE_SITE else 2


AUTOMATIC_ACTOR_PAGES = ActorPageSettings()
