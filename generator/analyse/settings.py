"""How many key points a briefing has; free of spaCy, so that a build with nothing to analyse
never loads it."""
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
