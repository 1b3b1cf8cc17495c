"""A saved web page: trafilatura extracts the body (its main extractor alone first, which is
quicker and on the development pages better; its full run, which compares that with
readability and jusText, only where the quick pass finds nothing or returns the page's whole
text as one block), checked by the learned page reader (`page_body.py`), which reads the page
alone where trafilatura finds nothing; the headline is the learned ranker's choice among the
lines above the body and the parts of the `<title>` (`headline_model.py`; the hand rule, the
`<h1>` that agrees with the declared title, is one of its features); the publisher and the
date are the markup's where it declares them, else the `<title>`'s site name and the dateline
near the headline where the evidence carries them; the author is a person's name or none. The
body is read from trafilatura's XML tree (`html_body.py`), so no Markdown from the extractor
reaches the text.
"""
from __future__ import annotations

import logging
import re
from types import SimpleNamespace

from generator.briefing import Article, Block
from generator.errors import SeedError
from generator.read.authors import author_name
from generator.read.body import from_the_dateline, without_author_note
from generator.read.copied import written_date
from generator.read.dates import find_date
from generator.read.doubts import (
    MIN_PAGE_BODY_CONFIDENCE,
    body_doubts,
    unsure_body_doubt,
    unsure_lines_doubt,
    word_count,
)
from generator.read.headline_model import (
    PAGE_HEADLINES,
    Declared,
    Page,
    body_start,
    ranked_headline,
    sentence_sized,
)
from generator.read.html_body import as_the_page_shows, at_paragraph_breaks, html_blocks
from generator.read.line_features import lines_within
from generator.read.line_model import shipped
from generator.read.lines import (
    is_boilerplate,
    is_header_line,
    is_prose,
)
from generator.read.linked_site import linked_sites, title_site_name, written_site
from generator.read.markdown import markdown_blocks
from generator.read.metadata import normalise_date
from generator.read.page_body import PageReading, checked_body
from generator.read.page_text import parsed
from generator.read.publishers import publisher_name, title_publisher
from generator.trees import Model

NOTHING_DECLARED = SimpleNamespace(title=None, sitename=None, date=None, url=None, author=None)
EXTRACTOR_FOUND_NONE = "the extractor found no article in the page; the text is the learned reader's choice alone"
PARAGRAPH_TAG = re.compile(r"<(/?)p(?=[\s>/])[^>]*>", re.IGNORECASE)
MAX_FURNITURE_WORDS = 4
LINK_ROW = re.compile(r"\s[|·]\s")
HEADER_REACH = 25  # lines under the headline that may hold its dateline, where no body line follows it
SITE_NAME_KEYS = ("og:site_name", "application-name")
PUBLICATION_DATE_KEY = re.compile(r"pub(?:lish|lication)?_?(?:ed_?)?(?:date|time)|date_?of_?pub|original_?publication|doc_?date", re.IGNORECASE)
LATER_DATE_KEY = re.compile(r"modif|updat|revis|expir|review", re.IGNORECASE)
MAX_PARAGRAPH_WORDS = 500  # longer than any article's paragraph: one block this long is the whole page's text
MAX_NAME_TITLE_WORDS = 3  # a declared title this short may be the site's name, not a headline
MIN_HEADLINE_PART_WORDS = 5
SUFFIX_SEPARATOR = re.compile(r"\s+[|\-–—]{1,2}\s+")  # 'Headline - Site' (the rules'; the ranker splits on more: lines.TITLE_SEPARATOR)


def extracted(html: str):
    """trafilatura's document of the page (None: it found none) and its body's blocks."""
    import trafilatura  # imported here: it is slow to import and only HTML seeds need it

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its complaints become our one SeedError line
    for fast in (True, False):
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_formatting=True, include_comments=False, fast=fast
        )
        found = _document_blocks(document)
        if found and not _page_dump(found):
            break
    return document, [block for block in found if not is_boilerplate(block.text)]


def read_html(
    html: str, article_id: str, source: str, model: Model | None = None, headline_model: Model | None = None
) -> Article:
    """The page as an Article; `model`, `headline_model`: other trained page models (cross-validation)."""
    return html_reading(html, article_id, source, model, headline_model)[0]


def html_reading(
    html: str, article_id: str, source: str, model: Model | None = None, headline_model: Model | None = None
) -> tuple[Article, Page | None]:
    """The page as an Article, and what the headline ranker read of it (which training reads too)."""
    html = with_stray_ends_opened(html)
    document, blocks = extracted(html)
    tree = parsed(html)  # once, for the headline and the page's text
    found_none = document is None  # the learned reader then reads the page alone
    reading = checked_body(tree, blocks, model)
    blocks = reading.blocks
    if not blocks:
        raise SeedError(source, "no article found in the HTML")
    document = NOTHING_DECLARED if found_none else document
    ranked = headline_page(tree, document, reading)
    title = page_headline(tree, document, ranked, headline_model)
    if blocks and " ".join(blocks[0].text.split()) in (document.title, title):
        blocks.pop(0)  # from the reading too: its date, publisher and doubts read the body without it
    blocks = as_the_page_shows(at_paragraph_breaks(blocks), reading.lines)
    blocks = without_author_note(from_the_dateline(without_glued_headline(without_leading_furniture(blocks), (title, document.title))))
    article = Article(
        id=article_id,
        source=source,
        title=title,
        blocks=blocks,
        publisher=page_publisher(tree, document, title, reading),
        date=page_date(tree, document, title, reading),
        url=document.url,
        author=author_name(document.author),
        doubts=body_doubts(blocks)
        + [doubt for doubt in [unsure_body_doubt(reading.confidence(), MIN_PAGE_BODY_CONFIDENCE)] if doubt]
        + [doubt for doubt in [unsure_lines_doubt(reading.unsure_share())] if doubt]
        + ([EXTRACTOR_FOUND_NONE] if found_none else []),
    )
    return article, ranked


def without_glued_headline(blocks: list[Block], headlines: tuple[str | None, ...]) -> list[Block]:
    """The body without the headline an extractor glued to the byline under it in one block
    ('Remembering Dusty CohlBy BRUCE KIRKLAND -- Sun Media': two elements of one table cell):
    what follows the headline is kept only where it is more than a byline or a dateline (and
    furniture after the dropped block goes with it)."""
    if not blocks:
        return blocks
    first = " ".join(blocks[0].text.split())
    for headline in filter(None, headlines):
        rest = first[len(headline):].strip() if first.startswith(headline) else ""
        if rest and is_header_line(rest):
            return without_leading_furniture(blocks[1:])
    return blocks


def without_leading_furniture(blocks: list[Block]) -> list[Block]:
    """The body without the furniture an extractor keeps above the article: the blocks before
    the first paragraph that are no prose and either a few words (a section's name, 'ET'), a
    row of links ('Home | News | Sport', 'Home · Pick the score'), or a byline or dateline.
    On the development pages: body F1 0.943 -> 0.947 on `pages/`, 0.978 -> 0.979 on `raw/`;
    cutting such blocks at the end, or every non-prose block at the top, cost `raw/` more than
    it gave `pages/`."""
    start = 0
    while start < len(blocks) - 1 and not is_prose(blocks[start].text) and _furniture_like(blocks[start].text):
        start += 1
    return blocks[start:]


def _furniture_like(text: str) -> bool:
    return word_count(text) <= MAX_FURNITURE_WORDS or LINK_ROW.search(text) is not None or is_header_line(text)


def with_stray_ends_opened(html: str) -> str:
    """The page with each `</p>` that closes no open paragraph written as the empty paragraph a
    browser makes of it (HTML's parsing rules): pages that end their paragraphs without opening
    them ('Monday.</p>Vardhan was') otherwise read as one paragraph with its sentences glued
    ('Monday.Vardhan'). A block that closes a paragraph implicitly is not tracked: at worst a
    stray end stays stray, as it was."""
    parts, at, open_ = [], 0, False
    for tag in PARAGRAPH_TAG.finditer(html):
        closing = tag.group(1) == "/"
        if closing and not open_:
            parts += [html[at : tag.start()], "<p></p>"]
            at = tag.end()
        open_ = not closing
    return "".join(parts) + html[at:] if parts else html


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


def page_date(tree, document, headline: str | None, reading: PageReading) -> str | None:
    """The publication date the page's markup declares (a `meta` tag, a `<time datetime>`,
    JSON-LD: trafilatura finds it, and it is kept where the markup holds that day), else the
    date written near the headline, as a copy's reader finds it (`copied.written_date`).
    trafilatura's other guesses (a day the text mentions, a masthead's 'today') are not shown."""
    found = normalise_date(document.date)
    if found and tree is not None and _marked_up_day(tree, found):
        return found
    declared = _declared_publication_day(tree) if tree is not None else None
    if declared:
        return declared
    texts = [line.text for line in reading.lines]
    held = [i for i in lines_within(reading.lines, [block.text for block in reading.blocks]) if sentence_sized(texts[i])]
    if not held:
        return None
    first, last = held[0], held[-1]
    headline_at = texts.index(headline) if headline in texts else max(first - 15, 0)
    if first <= headline_at:  # a teaser's sentence the body repeats stands above the headline
        first = next((i for i in held if i > headline_at), min(headline_at + HEADER_REACH, len(texts)))
        last = max(last, first)
    while first <= last and first < len(texts) and is_header_line(texts[first]):  # a dateline the body's reading took in
        first += 1
    return written_date(texts, headline_at, first, last)


def _declared_publication_day(tree) -> str | None:
    """The day a `meta` tag named for the publication date declares, in whatever form it
    writes it ('PUBDATE' 'Jan 20, 2008', 'dateofpublication' 'Tuesday, January 8, 2008 03:20
    AM'); never a modified, updated or expiry date."""
    for key, content in _metadata(tree):
        if PUBLICATION_DATE_KEY.search(key) and not LATER_DATE_KEY.search(key):
            day = normalise_date(content) or find_date([content])
            if day:
                return day
    return None


def _marked_up_day(tree, day: str) -> bool:
    """Whether the page's markup (meta contents, `datetime` attributes, JSON-LD) holds `day`."""
    forms = {day, day.replace("-", "/"), day.replace("-", "")}
    values = [content for _, content in _metadata(tree)]
    values += [element.get("datetime") or "" for element in tree.iter() if isinstance(element.tag, str) and element.get("datetime")]
    values += [script.text or "" for script in _json_ld(tree)]
    return any(form in value for value in values for form in forms)


def page_publisher(tree, document, headline: str | None, reading: PageReading) -> str | None:
    """The site's own name as the page's markup declares it (`og:site_name`,
    `application-name`), else the JSON-LD publisher trafilatura reads, else a part of the
    `<title>` that spells a site the page links to (`linked_site.py`: the title and the links
    agree), else the one the `<title>` gives beside the headline where the copyright line
    repeats it (`title_publisher`), else the address the page links to most where it writes it
    as its own name. The site's name comes first: a paper that runs a wire story declares the
    wire as the story's JSON-LD publisher ('Associated Press' on SFGate's page). trafilatura's
    guesses beyond the markup (a copyright holder, a host name) are as often the owner or the
    hosting company as the paper: on the saved pages of `pages/` half of them were wrong."""
    if tree is None:
        return None
    declared = next((publisher_name(content) for key, content in _metadata(tree) if key in SITE_NAME_KEYS), None)
    if declared:
        return declared
    name = publisher_name(document.sitename)
    if name and any(document.sitename in (script.text or "") for script in _json_ld(tree)):
        return name
    title = _title_text(tree)
    hosts = linked_sites(tree)
    lines = [line.text for line in reading.lines]
    return (
        publisher_name(title_site_name(title, headline, hosts))
        or title_publisher(title, headline, lines)
        or written_site(hosts, lines)
    )


def _metadata(tree) -> list[tuple[str, str]]:
    """The page's `meta` tags as (name or property, content)."""
    return [((meta.get("property") or meta.get("name") or "").lower(), meta.get("content") or "") for meta in tree.iter("meta")]


def _json_ld(tree) -> list:
    return [script for script in tree.iter("script") if "ld+json" in (script.get("type") or "")]


def page_headline(tree, document, page: Page | None, headline_model: Model | None = None) -> str | None:
    """The headline the ranker finds among the page's lines above the body and the parts of its
    `<title>` (`page`, as `headline_page` gives it), with the rules' choice (`visible_headline`)
    as one of its features."""
    if page is None:
        return visible_headline(tree, document.title, document.sitename)
    if not page.lines:
        return page.rules_headline
    return ranked_headline(page, headline_model or shipped(PAGE_HEADLINES))


def headline_page(tree, document, reading: PageReading) -> Page | None:
    """What the headline ranker reads of a saved page (None: the page could not be parsed)."""
    if tree is None:
        return None
    h1s = tuple(" ".join(h1.text_content().split()) for h1 in tree.iter("h1"))
    texts = [block.text for block in reading.blocks]
    rules = visible_headline(tree, document.title, document.sitename)
    declared = Declared(_title_text(tree), h1s, document.title)
    return Page(reading.lines, body_start(reading.lines, texts), texts, reading.probabilities, rules, declared)


def visible_headline(page, meta_title: str | None, sitename: str | None) -> str | None:
    """The headline a reader sees: the page's <h1> that agrees with the declared title, else
    the declared title without a ' - Site' / ' | Site' suffix. `page`: the HTML or its tree."""
    tree = parsed(page) if isinstance(page, str) else page
    if tree is None:
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
    parts = [part.strip() for part in SUFFIX_SEPARATOR.split(_title_text(tree)) if part.strip()]
    named = set(re.findall(r"\w+", declared.lower()))
    longest = max(parts, key=lambda part: len(part.split()), default="")
    if len(longest.split()) >= MIN_HEADLINE_PART_WORDS and not named & set(re.findall(r"\w+", longest.lower())):
        return longest
    return None


def _title_text(tree) -> str:
    """The text of the page's `<title>` element, its white space collapsed ('' without one)."""
    element = tree.find(".//title")
    return " ".join((element.text_content() if element is not None else "").split())


def _without_site_suffix(title: str | None, sitename: str | None) -> str | None:
    """'Budget day - The Herald' -> 'Budget day' when the suffix is the site's name."""
    match = re.match(r"(.*\S)\s+[|\-–—]\s+(.+)$", title or "")
    if match is None or not sitename:
        return title
    suffix, site = match.group(2).strip().lower(), sitename.strip().lower()
    return match.group(1) if suffix in site or site in suffix else title
