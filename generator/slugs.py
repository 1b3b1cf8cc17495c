"""Slugs: ASCII, lower case, words joined by hyphens; the same text always gives the same slug."""
from __future__ import annotations

import re
import unicodedata


def slugify(text: str, length: int = 80) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:length].rstrip("-")
