"""Words of key points: openers that leave a sentence dangling without the one before it
(a pronoun, a connective), so it makes no key point alone."""
from __future__ import annotations

DANGLING_OPENERS = frozenset(
    """he she it they his her its their this that these those there him them we i you but and or
    so meanwhile however also yet still then thus hence therefore moreover furthermore besides
    instead otherwise nevertheless nonetheless additionally""".split()
)
