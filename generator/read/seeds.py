"""Readers: one per input kind, chosen by extension, each returning an Article.

`.txt` is text copied from a news page (cleaned by `copied.py`), `.md` is Markdown with YAML
front matter, `.html`/`.htm` is a saved page (trafilatura). A sidecar `<name>.yml` beside a
seed overrides the detected metadata (e.g. to date a copied text). Every failure is a
`SeedError` naming the file: an unsupported type, a file over MAX_SEED_BYTES (20 MB), one that
cannot be decoded, an empty one, broken or non-mapping front matter, no article text, and
anything a library raises on a strange input (`explained`); the build reports it on one line,
builds every other seed, and exits with status 1.

An article whose text and metadata name no publisher but give its address (`url` in the front
matter, a sidecar or a JSONL line) is published by the site that address names, its host
without 'www.' ('harbour-gazette.co.uk'); a hosting platform's own address ('medium.com/@…')
names none (`publishers.domain_name`). So a copy that names no publisher gets one from a
sidecar giving its `url`. The language is detected where the metadata gives none.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from generator.briefing import PARAGRAPH, Article
from generator.errors import SeedError
from generator.read.copied import read_page_text
from generator.read.decode import declared_charset, decode, with_typewriter_marks_read
from generator.read.html import read_html
from generator.read.language import detect_language
from generator.read.markdown import read_markdown
from generator.read.metadata import apply_metadata, load_mapping
from generator.read.publishers import domain_name

TEXT_SUFFIXES = {".txt"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
SIDECAR_SUFFIX = ".yml"
MAX_SEED_BYTES = 20_000_000


def read_seed(path: Path, source: str | None = None) -> Article:
    """Read one seed file (and its sidecar) into an Article; any failure is a SeedError."""
    source = source or path.name
    with explained(source):
        return _read_seed(path, source)


@contextmanager
def explained(source: str) -> Iterator[None]:
    """Turn whatever a strange input makes a library raise into one line naming the file."""
    try:
        yield
    except SeedError:
        raise
    except OSError as error:
        raise SeedError(source, f"cannot read file ({error.strerror or error})") from None
    except Exception as error:
        raise SeedError(source, f"cannot read: {type(error).__name__}: {error}") from None


def _read_seed(path: Path, source: str) -> Article:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise SeedError(source, f"unsupported file type {suffix or '(none)'}")
    data = _read_bytes(path, source)
    text = decode(data, source, declared_charset(data) if suffix in HTML_SUFFIXES else None)
    if not text.strip():
        raise SeedError(source, "empty file")
    if suffix in MARKDOWN_SUFFIXES:
        article = read_markdown(text, path.stem, source)
    elif suffix in HTML_SUFFIXES and "<" in text:
        article = read_html(text, path.stem, source)
    else:
        article = read_page_text(text, path.stem, source)
    sidecar = path.with_suffix(SIDECAR_SUFFIX)
    if sidecar.is_file():
        try:
            apply_metadata(article, load_mapping(decode(_read_bytes(sidecar, sidecar.name), sidecar.name), sidecar.name))
        except SeedError as error:
            raise SeedError(source, f"sidecar {error}") from None
    return checked_article(article)


def _read_bytes(path: Path, source: str) -> bytes:
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:
        raise SeedError(source, f"file too large ({size} bytes; limit {MAX_SEED_BYTES})")
    return path.read_bytes()


def checked_article(article: Article) -> Article:
    """Refuse an article without text; read typewriter quotation marks as the marks they stand
    for; detect its language unless the metadata gave one; name the site its address gives as
    the publisher where nothing else named one."""
    if not any(block.kind == PARAGRAPH for block in article.blocks):
        raise SeedError(article.source, "no article text found")
    article.blocks = [replace(block, text=with_typewriter_marks_read(block.text)) for block in article.blocks]
    article.publisher = article.publisher or domain_name(article.url)
    article.language = article.language or detect_language(article.body)
    return article


