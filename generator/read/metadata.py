"""Front matter and sidecars: YAML read with the safe loader only (`yaml.safe_load`), and the
known fields (`title`, `date`, `publisher`, `url`, `author`, `tags`, `language`) set on the
article; any other key (a seed's `template`, `hide` or `search`) is never read, so it never
reaches MkDocs. Front matter that is broken or not a mapping is a SeedError naming the file.
"""
from __future__ import annotations

import datetime as dt

import yaml

from generator.briefing import Article
from generator.errors import SeedError

METADATA_FIELDS = ("title", "date", "publisher", "url", "author", "tags", "language")
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y")


def load_mapping(text: str, source: str) -> dict:
    """Front matter or sidecar YAML: safe loader only, and it must be a mapping."""
    try:
        data = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise SeedError(source, f"broken YAML front matter{where}") from None
    except (ValueError, TypeError, RecursionError) as error:
        raise SeedError(source, f"broken YAML front matter ({error})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SeedError(source, f"front matter must be a mapping, not {type(data).__name__}")
    return data


def apply_metadata(article: Article, metadata: dict) -> None:
    """Overwrite the article's fields with the known keys of `metadata`; others are ignored."""
    for key in METADATA_FIELDS:
        if metadata.get(key) is None:
            continue
        value = metadata[key]
        if key == "tags":
            article.tags = _tag_list(value)
        elif key == "date":
            article.date = normalise_date(value)
        elif key == "language":
            article.language = str(value).strip().lower()[:12] or None
        else:
            setattr(article, key, " ".join(str(value).split()) or None)


def _tag_list(value) -> list[str]:
    items = value if isinstance(value, list) else str(value).split(",")
    tags = (" ".join(str(item).split()) for item in items if item is not None)
    return [tag for tag in dict.fromkeys(tags) if tag]


def normalise_date(value) -> str | None:
    """A date as YYYY-MM-DD, or None when it cannot be understood."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None
