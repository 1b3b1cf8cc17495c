"""The lines of a copied page and what each one looks like: prose, a title, furniture, a header line.

A browser's select-all + copy gives one line per paragraph, menu item, button and footer
line, with blank lines around paragraphs and headings but not between the items of a menu
or list (`Line` keeps where the blank lines stand): blank lines are what tell a paragraph
from a menu item.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.read.dates import MAX_HEADER_WORDS, has_date

BOILERPLATE = re.compile(
    r"""^(
        skip\ to\ (main\ )?content | advert(isement)? | story\ continues\ below.* | read\ more\b.* |
        share(\ this)?(\ (article|story))? | share\ on\ \w+ | (sign\ up|subscribe)\b.* |
        (we\ use\ )?cookies?\b.* | accept(\ all)?(\ cookies)? | menu | search | home | close |
        (all\ rights\ reserved|copyright|©).* | .*\ all\ rights\ reserved\.? |
        follow\ us\b.* | related(\ (stories|articles|news))?:? | related:\ .* | more\ from\b.* |
        ((view|show|hide|load)\ (all\ )?)?comments?(\ \(\d+\))? | disclaimer |
        (click|tap)\ here\b.* | print | email
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
LINK_LABEL = re.compile(  # 'READ MORE: Fishermen say ...', 'Related: "It is a sad day," residents say'
    r"^(?:read more|related(?: (?:stories|articles|news|content|coverage))?|see also|also read|read also|more on this|"
    r"more from [\w ]{1,30}|recommended|watch|listen|don['’]t miss|further reading|must read)\s*[:|»›]\s*\S",
    re.IGNORECASE,
)
MAX_LINK_LABEL_WORDS = 30
SITE_VOCABULARY = re.compile(
    r"\b(our newsletters?|the newsletter|subscribe (to|now|here|for)|sign up (for|to|now|here)|privacy policy|"
    r"terms of (use|service)|all rights reserved|activation link|download (our|the) app|follow us on|"
    r"stay up to date with|(we|this (site|website)) uses? cookies|accept (all )?cookies|"
    r"share this (article|story)|successfully subscribed|succesfully subscribed|newsletters?|opt-in|unsubscribe|"
    r"(requires|enable) javascript|your email address will not be published)\b",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^\(?(?i:(file )?(photo|image|picture|illustration)s?( credit)?\s*(:|by\b))|^(?i:credits?)\s*(:|\.\.\.|…)|"
    r"\((?i:photo|image|picture|credit)s?:[^)]*\)$|(?i:\bgetty images)$|"
    r"(^|\s)[A-Z]{2,}/[A-Z][\w'’-]+( [A-Z][\w'’-]+)*$|^[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){1,3} ?/ ?[A-Z][\w.-]*( [A-Z][\w.-]*){0,3}$"
)
CLOSING_CREDIT = re.compile(  # a caption whose credit closes it: '... for sale on eBay. Photo / Reuters', '(Photo by X)'
    r"\((?i:photo|image|picture)s?\s+by\b[^)]*\)$|(?i:\bphoto|\bpicture|\bimage)\s*[/:|]\s*[A-Z][\w.'’&-]*( [A-Z][\w.'’&-]*){0,3}$|"
    r"^(?i:courtesy)\s*:"
)
CUT_SHORT = re.compile(r"\s[a-z]+$")
EMBED_ATTRIBUTION = re.compile(r"^[—–]\s*\S.*\(@\w+\)")
MIN_HOVER_GLUES = 2
GLUED_WORDS = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")  # 'OmarIlhan': a word's end and the next one's start
SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
INNER_SENTENCE_END = re.compile(r"""[a-z][.!?]["'”’)]* [A-Z]""")
BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
# a wire story's opening: its city in capitals, a region, the agency, a dash ('LONDON—The', 'COOKEVILLE,
# Tenn. - A father', 'ABU DHABI, United Arab Emirates (AFP) - African')
DATELINE_OPENING = re.compile(
    r"^[A-Z][A-Z.'’]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?(?: ?\([^)]{1,40}\))?"
    r"(?: ?(?:—|–|--) ?| - )[\"“‘'A-Z0-9]"  # not a colon: 'DEAR ABBY: My husband ...' opens a letter
)
AGENCY_DATELINE = re.compile(  # 'New Delhi, Jan 15 (ANI):', a wire item's opening
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:,? \d{4})? ?\([A-Za-z][\w .&-]{1,20}\) ?[:—–-]"
)
HEADER_PATTERN = (
    r"\bmin(ute)?s?\.? read\b|\bupdated\b|\bpublished\b|^filed (to|under)\b|\b\d{1,2}:\d\d\b|"
    r"^\d{1,2} (min(ute)?|hour|day|week)s? ago$"  # a relative dateline: '1 day ago'
)
HEADER = re.compile(HEADER_PATTERN, re.IGNORECASE)  # a dateline, reading time, "Filed under"
METADATA = re.compile(  # the header's lines, and captions, credits, breadcrumbs, "2 hours ago"
    HEADER_PATTERN + r"|\b(19|20)\d\d\b.*\d:\d\d|^(photo|image|credit|source|word ?count)\b|\s[>|»]\s|[>»›]$|\bago$",
    re.IGNORECASE,
)
FOOTER_START = re.compile(
    r"(share|follow us|related (content|stories|articles|posts|news|coverage)\b|more (articles|stories|news|from)\b|"
    r"leave a (reply|comment)|comments?$|sign up|subscribe)",
    re.IGNORECASE,
)
MIN_PROSE_WORDS = 12
MAX_BLURB_WORDS = 30
MAX_ALONE_SHARE = 0.9
AD_BREAK = re.compile(r"^(advert(isement)?s?|story continues below.*)$", re.IGNORECASE)
MAX_TITLE_LINE_WORDS = 25


def word_count(line: str) -> int:
    return len(line.split())


@functools.lru_cache(maxsize=1024)  # asked of each line of a page by the rules, the features and the headline search; a few pages kept
def is_boilerplate(line: str) -> bool:
    """A whole line of page furniture, or a short line about newsletters, cookies and accounts,
    or a hover card."""
    line = line.strip()
    return (
        bool(BOILERPLATE.match(line))
        or (word_count(line) <= MAX_BLURB_WORDS and bool(SITE_VOCABULARY.search(line)))
        or _is_hover_card(line)
    )


def is_link_label(text: str) -> bool:
    """A link to another story, as a label and its headline ('READ MORE: ...', 'Related: ...'):
    no part of the article, even where a text taken as written keeps it, so no quote or key
    point comes from it."""
    return bool(LINK_LABEL.match(text.strip())) and word_count(text) <= MAX_LINK_LABEL_WORDS


def _is_hover_card(line: str) -> bool:
    """A link's pop-up card as a copy gives it: the name, then the name again glued to itself and
    to the next words ('Rep. Ilhan OmarIlhan OmarHillicon Valley: ...'): two glued words, one
    repeating a word that stands on its own before it. One glued word is often a site's name
    ('LiveNation.com') or a handle."""
    if len(GLUED_WORDS.findall(line)) < MIN_HOVER_GLUES:  # the common case, in one scan: every line is asked
        return False
    words = line.split()
    glued = [(position, match) for position, word in enumerate(words) for match in GLUED_WORDS.finditer(word)]
    repeats = any(match.group(1) in words[:position] or match.group(2) in words[:position] for position, match in glued)
    return len(glued) >= MIN_HOVER_GLUES and repeats


@functools.lru_cache(maxsize=1024)
def is_prose(line: str) -> bool:
    """A body paragraph: a sentence-like line long enough not to be a menu item, and not a
    Title Case headline that happens to end in a question mark."""
    return word_count(line) >= MIN_PROSE_WORDS and reads_as_a_sentence(line)


def reads_as_a_sentence(line: str) -> bool:
    """Ends like a sentence, and is no Title Case headline nor boilerplate: '"It will open in
    May," Korvald said.' however short."""
    return bool(SENTENCE_END.search(line)) and not _title_case(line) and not is_boilerplate(line)


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[0].isalpha()]
    return len(words) > 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def is_title_like(line: str, max_words: int = MAX_TITLE_LINE_WORDS) -> bool:
    """Short, starts with a capital or digit, and does not end like a sentence."""
    return (
        2 <= word_count(line) <= max_words
        and (line[0].isupper() or line[0].isdigit() or line[0] in "“\"'‘")
        and not line.endswith((".", ",", ";", ":"))
        and not is_boilerplate(line)
    )


def is_quote_line(line: str) -> bool:
    """A line that opens or closes a quotation belongs to the body even when it is short."""
    return line[:1] in "“\"" or line.rstrip()[-1:] in "”\""


@dataclass(frozen=True)
class Line:
    """A non-blank line of the page, and whether blank lines stand before and after it: a browser
    copies paragraphs with blank lines between them, menu and list items and a picture's
    caption and credit without."""

    text: str
    blank_before: bool
    blank_after: bool

    @property
    def alone(self) -> bool:
        return self.blank_before and self.blank_after


def page_lines(text: str) -> list[Line]:
    """The non-blank lines. Where (almost) every line stands alone, or none does, the blank
    lines say nothing, and they are ignored."""
    raw = _mended_at_ad_breaks([line.strip() for line in text.splitlines()])
    lines = [
        Line(line, i == 0 or not raw[i - 1], i + 1 == len(raw) or not raw[i + 1])
        for i, line in enumerate(raw)
        if line
    ]
    alone = sum(line.alone for line in lines)
    if alone > MAX_ALONE_SHARE * len(lines):
        return [Line(line.text, False, False) for line in lines]
    return lines


def _mended_at_ad_breaks(raw: list[str]) -> list[str]:
    """A paragraph an advertisement cut mid-sentence ('... has to knock off' / 'Advertisement' /
    'a highly ranked team ...') is one line again, the marker dropped: its first half alone
    reads as a cut-off line and was lost with its words."""
    mended = list(raw)
    for i, line in enumerate(raw):
        if not AD_BREAK.match(line):
            continue
        before = next((j for j in range(i - 1, -1, -1) if mended[j]), None)
        after = next((j for j in range(i + 1, len(mended)) if mended[j]), None)
        if before is None or after is None or not _runs_on_into(mended[before], mended[after]):
            continue
        mended[before], mended[i], mended[after] = f"{mended[before]} {mended[after]}", "", ""
    return mended


def _runs_on_into(line: str, next_line: str) -> bool:
    """A sentence of prose left open, and words in lower case that go on with it."""
    opened = word_count(line) >= MIN_PROSE_WORDS and not SENTENCE_END.search(line)
    return opened and next_line[:1].islower() and not is_boilerplate(next_line)


@functools.lru_cache(maxsize=4096)  # asked of each line near a headline candidate
def is_header_line(line: str) -> bool:
    """A short dateline, byline, reading time or "Filed under" line (not a photo caption, nor
    the attribution of an embedded post: '— Name (@handle) November 20, 2019')."""
    return (
        word_count(line) <= MAX_HEADER_WORDS
        and not EMBED_ATTRIBUTION.match(line)
        and not is_prose(line)
        and bool(HEADER.search(line) or BYLINE.match(line) or has_date(line))
    )


def is_cut_short(text: str) -> bool:
    """A teaser's snippet: a long line that stops in the middle of a sentence ("... died due to")."""
    return word_count(text) >= MIN_PROSE_WORDS and bool(CUT_SHORT.search(text))


def is_footer_start(line: str) -> bool:
    return bool(FOOTER_START.match(line)) or (word_count(line) <= MAX_BLURB_WORDS and bool(SITE_VOCABULARY.search(line)))


TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—:»>/]{1,2}|::)\s+|:\s+|(?<=\w)-\s+")  # 'Headline | Site', 'Site: Headline', 'Music- Headline'


def loose_words(text: str | None) -> str:
    """A text's words in lower case, one space apart: two titles are the same whatever their
    case and punctuation."""
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def same_headline(a: str | None, b: str | None) -> bool:
    return loose_words(a) == loose_words(b)
