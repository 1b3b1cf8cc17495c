"""Readers: one per input kind, chosen by extension, each returning an Article.

`.txt` is text copied from a news page (cleaned by `clean.py`), `.md` is Markdown with YAML
front matter, `.html`/`.htm` is a saved page (trafilatura). A sidecar `<name>.yml` beside a
seed overrides the detected metadata. Every failure is a `SeedError` naming the file.
"""
from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from generator.briefing import HEADING, PARAGRAPH, Article, Block
from generator.read.copied import clean_page_text, is_boilerplate
from generator.read.doubts import body_doubts
from generator.read.html_body import html_blocks
from generator.read.publishers import domain_name, publisher_name
from generator.read.language import detect_language

TEXT_SUFFIXES = {".txt"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
SIDECAR_SUFFIX = ".yml"
METADATA_FIELDS = ("title", "date", "publisher", "url", "author", "tags", "language")
MAX_SEED_BYTES = 20_000_000
MAX_REPLACED_SHARE = 0.01
MAX_PARAGRAPH_WORDS = 500  # longer than any article's paragraph: one block this long is the whole page's text
MAX_NAME_TITLE_WORDS = 3  # a declared title this short may be the site's name, not a headline
MIN_HEADLINE_PART_WORDS = 5
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—]{1,2}\s+")
CHARSET_REACH = 4096  # a page declares its charset in the first bytes of its head
DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
CONTROLS_BUT_BREAKS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # Unicode's Cc, less tab, LF and CR
TOUCHING_QUOTE = re.compile(r"[,.!?]”(?=\w)|:(?=[“\"]\w)")  # a space goes after it (no look-behind: scanned fast)

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y")


class SeedError(Exception):
    """A seed that cannot become a briefing; the message names the file and the problem."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self):
        """Pickled as its two parts: failures come back from worker processes."""
        return (type(self), (self.source, self.problem))


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Bytes to NFC text with LF line ends.

    BOM-marked UTF-8/16 first; then UTF-8 when the bytes are valid in it (no other codec's text
    is); then the charset the file declares (an HTML page's `<meta>`), when it names a known
    codec and the bytes are valid in it; otherwise line by line (UTF-8, then cp1252), so a file
    pasted together from UTF-8 and cp1252 parts reads right. A few broken bytes become U+FFFD;
    a file that is mostly undecodable is refused.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8) :], "utf-8", source)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", source)
    elif b"\x00" in data:
        raise SeedError(source, "binary file (contains NUL bytes), not an article")
    else:
        text = _decoded(data, "utf-8") or (_decoded(data, declared) if declared else None) or _by_lines(data, source)
    if _control_share(text) > 0.01:
        raise SeedError(source, "binary file (control characters), not an article")
    return normalise_text(text)


def declared_charset(data: bytes) -> str | None:
    """The codec an HTML page names in its head (`<meta charset="...">` or the `http-equiv`
    Content-Type), if Python knows it; None for UTF-8, which is tried anyway."""
    match = DECLARED_CHARSET.search(data[:CHARSET_REACH])
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if codec == "utf-8" else codec


def _by_lines(data: bytes, source: str) -> str:
    """Each line in UTF-8 or else cp1252; refused when much of it is neither."""
    text = "\n".join(_decode_line(line) for line in data.split(b"\n"))
    if text.count("\ufffd") > MAX_REPLACED_SHARE * len(text):
        raise SeedError(source, "cannot decode: neither UTF-8 nor cp1252")
    return text


def _decoded(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no control characters but newline and tab, and a space where a
    quotation touches the words around it (',”Clinton said', 'Gowdy:"I have'): the marks
    themselves are kept as they are."""
    text = CONTROL_CHARACTERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return TOUCHING_QUOTE.sub(r"\g<0> ", unicodedata.normalize("NFC", text))


def _decode_line(line: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    return line.decode("utf-8", errors="replace")


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SeedError(source, f"cannot decode: not valid {encoding} (byte {error.start})") from None


def _control_share(text: str) -> float:
    """The share of control characters (Unicode's Cc, but for tab and line breaks)."""
    return len(CONTROLS_BUT_BREAKS.findall(text)) / max(len(text), 1)


def read_seed(path: Path, source: str | None = None) -> Article:
    """Read one seed file (and its sidecar) into an Article; any failure is a SeedError."""
    source = source or path.name
    with _explained(source):
        return _read_seed(path, source)


@contextmanager
def _explained(source: str) -> Iterator[None]:
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
    return _checked(article)


def _read_bytes(path: Path, source: str) -> bytes:
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:
        raise SeedError(source, f"file too large ({size} bytes; limit {MAX_SEED_BYTES})")
    return path.read_bytes()


def _checked(article: Article) -> Article:
    """Refuse an article without text; detect its language unless the metadata gave one; name
    the site its address gives as the publisher where nothing else named one."""
    if not any(block.kind == PARAGRAPH for block in article.blocks):
        raise SeedError(article.source, "no article text found")
    article.publisher = article.publisher or domain_name(article.url)
    article.language = article.language or detect_language(article.body)
    return article


def read_page_text(text: str, article_id: str, source: str) -> Article:
    page = clean_page_text(text)
    return Article(
        id=article_id,
        source=source,
        title=page.title,
        blocks=page.blocks,
        publisher=page.publisher,
        author=page.author,
        date=page.date,
        doubts=page.doubts,
    )


def read_markdown(text: str, article_id: str, source: str) -> Article:
    """Markdown with optional YAML front matter; the front matter wins over anything detected."""
    match = FRONT_MATTER.match(text)
    metadata = load_mapping(match.group(1) or "", source) if match else {}
    body = text[match.end() :] if match else text
    article = Article(id=article_id, source=source, title=None, blocks=markdown_blocks(body))
    if article.blocks and article.blocks[0].kind == HEADING and "title" not in metadata:
        article.title = article.blocks.pop(0).text
    apply_metadata(article, metadata)
    return article


def markdown_blocks(body: str) -> list[Block]:
    blocks = []
    for chunk in re.split(r"\n\s*\n", body):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        heading = MARKDOWN_HEADING.match(lines[0])
        if heading and len(lines) == 1:
            if heading.group(1):
                blocks.append(Block(heading.group(1), HEADING))
            continue
        blocks.append(Block(MARKDOWN_EMPHASIS.sub(r"\2", " ".join(lines))))
    return blocks


def read_html(html: str, article_id: str, source: str) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML seeds need it

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its complaints become our one SeedError line
    for fast in (True, False):
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_formatting=True, include_comments=False, fast=fast
        )
        found = _document_blocks(document)
        if found and not _page_dump(found):
            break
    if document is None:
        raise SeedError(source, "no article found in the HTML")
    title = visible_headline(html, document.title, document.sitename)
    blocks = [block for block in found if not is_boilerplate(block.text)]
    if blocks and blocks[0].kind == HEADING and blocks[0].text in (document.title, title):
        blocks.pop(0)
    return Article(
        id=article_id,
        source=source,
        title=title,
        blocks=blocks,
        publisher=publisher_name(document.sitename),
        date=normalise_date(document.date),
        url=document.url,
        author=document.author,
        doubts=body_doubts(blocks),
    )


def _document_blocks(document) -> list[Block]:
    if document is None:
        return []
    return html_blocks(document.body) if document.body is not None else markdown_blocks(document.text or "")


def _page_dump(blocks: list[Block]) -> bool:
    """Whether trafilatura's main extractor, run alone (`fast`: three quarters of the time of its
    full run, and on the development pages a better body), gave up and dumped the page's text:
    one block longer than any paragraph an article has. The page is then read again with the
    full run, which compares it with other extractors (readability, jusText)."""
    return len(blocks) == 1 and len(blocks[0].text.split()) > MAX_PARAGRAPH_WORDS


def visible_headline(html: str, meta_title: str | None, sitename: str | None) -> str | None:
    """The headline a reader sees: the page's <h1> that agrees with the declared title, else
    the declared title without a ' - Site' / ' | Site' suffix."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return meta_title
    title = _without_site_suffix(meta_title, sitename) or ""
    title = _headline_in_title_element(tree, title) or title or None
    declared = set(re.findall(r"\w+", (title or "").lower()))
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        words = re.findall(r"\w+", text.lower())
        if words and declared and sum(w in declared for w in words) / len(words) >= 0.8 and len(words) >= len(declared) / 2:
            return text
    return title


def _headline_in_title_element(tree, declared: str) -> str | None:
    """Where the declared title is only a short name ('엔터 미디어', the site's) that the
    page's `<title>` does not share, the headline part of `<title>` ('Headline - Site')."""
    if len(declared.split()) > MAX_NAME_TITLE_WORDS:
        return None
    element = tree.find(".//title")
    text = " ".join((element.text_content() if element is not None else "").split())
    parts = [part.strip() for part in TITLE_SEPARATOR.split(text) if part.strip()]
    named = set(re.findall(r"\w+", declared.lower()))
    longest = max(parts, key=lambda part: len(part.split()), default="")
    if len(longest.split()) >= MIN_HEADLINE_PART_WORDS and not named & set(re.findall(r"\w+", longest.lower())):
        return longest
    return None


def _without_site_suffix(title: str | None, sitename: str | None) -> str | None:
    """'Budget day - The Herald' -> 'Budget day' when the suffix is the site's name."""
    match = re.match(r"(.*\S)\s+[|\-–—]\s+(.+)$", title or "")
    if match is None or not sitename:
        return title
    suffix, site = match.group(2).strip().lower(), sitename.strip().lower()
    return match.group(1) if suffix in site or site in suffix else title


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


def article_from_record(record: dict, source: str) -> Article:
    """One line of an export `.jsonl`: id, text or html, optional title, url, date."""
    with _explained(source):
        return _article_from_record(record, source)


def _article_from_record(record: dict, source: str) -> Article:
    if not isinstance(record, dict) or "id" not in record:
        raise SeedError(source, "a JSONL line must be an object with an 'id'")
    article_id = str(record["id"])
    if isinstance(record.get("html"), str):
        article = read_html(record["html"], article_id, source)
    elif isinstance(record.get("text"), str):
        article = Article(id=article_id, source=source, title=None, blocks=plain_blocks(normalise_text(record["text"])))
    else:
        raise SeedError(source, f"line with id {article_id!r} has neither 'text' nor 'html'")
    apply_metadata(article, {key: record.get(key) for key in ("title", "url", "date", "publisher")})
    return _checked(article)


def plain_blocks(text: str) -> list[Block]:
    """Clean text: paragraphs are separated by blank lines, line breaks inside are spaces."""
    paragraphs = (" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text))
    return [Block(paragraph) for paragraph in paragraphs if paragraph]
