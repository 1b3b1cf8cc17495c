"""Slugs: ASCII, lower case, words joined by hyphens (`[a-z0-9-]`); the same text always gives the
same slug, at most PAGE_SLUG_LENGTH (80) characters for a page, ACTOR_SLUG_LENGTH (60) for an
actor. Actor ids, page names and publisher pages are slugs, each unique where it is used.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

PAGE_SLUG_LENGTH = 80  # a briefing's or a publisher's page
ACTOR_SLUG_LENGTH = 60  # an actor's id in its briefing, and its page


def slugify(text: str, length: int = PAGE_SLUG_LENGTH) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:length].rstrip("-")


def claim_slug(base: str, taken: set[str], clash_key: str, alternatives: tuple[str, ...] = ()) -> str:
    """`base`, else the first free alternative, else `base` and a hash of `clash_key` (what the
    slug stands for: a file, a name), so that a slug does not depend on which others exist.
    The slug chosen is added to `taken`."""
    chosen = next((candidate for candidate in (base, *alternatives) if candidate not in taken), None)
    if chosen is None:
        chosen = f"{base}-{hashlib.sha1(clash_key.encode()).hexdigest()[:8]}"
    taken.add(chosen)
    return chosen
