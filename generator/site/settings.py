"""Which actors get a page of their own; free of spaCy, as every setting is. Set by
`extra.briefings.actor_pages.min_briefings` in mkdocs.yml (`auto` by default) or
`build --actor-pages-min-briefings N`.
"""
from __future__ import annotations

from dataclasses import dataclass

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
