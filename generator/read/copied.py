"""Find the article in text copied from a news page.

A browser's select-all + copy gives one line per paragraph, menu item, button and footer
line, with blank lines around paragraphs and headings but not between the items of a menu
or list. The article is the run of prose lines (and the lines standing alone around them)
with the most words, weighed by how well a headline above it matches its first paragraphs.
It starts after its header (byline, dateline) and ends where the footer starts (newsletter
pitch, comment form). The headline is a title-like line above it that shares its words;
short title-like lines inside it are sub-headings; captions, credits and other stories'
teasers inside it are dropped; the publisher is the site's name as its furniture writes it
('About Houston Chronicle'), else the holder named in the copyright line after the article, or a
name line that closes a copy with no footer.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.briefing import HEADING, PARAGRAPH, Block
from generator.read.doubts import body_doubts, comment_doubt
from generator.read.dates import MAX_HEADER_WORDS, find_date, find_yearless_date, has_date
from generator.read.publishers import brand_name, publisher_name, site_name

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
CUT_SHORT = re.compile(r"\s[a-z]+$")
EMBED_ATTRIBUTION = re.compile(r"^[—–]\s*\S.*\(@\w+\)")
FOOTER_START = re.compile(
    r"(share|follow us|related (content|stories|articles|posts|news|coverage)\b|more (articles|stories|news|from)\b|"
    r"leave a (reply|comment)|comments?$|sign up|subscribe)",
    re.IGNORECASE,
)
COMMENTS_START = re.compile(r"(\d+ )?(comments?|repl(y|ies))\b|leave a (reply|comment)|join the (conversation|discussion)", re.IGNORECASE)
MIN_HOVER_GLUES = 2
GLUED_WORDS = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")  # 'OmarIlhan': a word's end and the next one's start
SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
INNER_SENTENCE_END = re.compile(r"""[a-z][.!?]["'”’)]* [A-Z]""")
BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
HEADER_PATTERN = (
    r"\bmin(ute)?s?\.? read\b|\bupdated\b|\bpublished\b|^filed (to|under)\b|\b\d{1,2}:\d\d\b|"
    r"^\d{1,2} (min(ute)?|hour|day|week)s? ago$"  # a relative dateline: '1 day ago'
)
HEADER = re.compile(HEADER_PATTERN, re.IGNORECASE)  # a dateline, reading time, "Filed under"
METADATA = re.compile(  # the header's lines, and captions, credits, breadcrumbs, "2 hours ago"
    HEADER_PATTERN + r"|\b(19|20)\d\d\b.*\d:\d\d|^(photo|image|credit|source|word ?count)\b|\s[>|»]\s|[>»›]$|\bago$",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<name>.+?)\s*(?:\s(?:19|20)\d\d\b|\.\s|\.$|[|,/]|all rights|$)",
    re.IGNORECASE,
)
MIN_PROSE_WORDS = 12
MAX_BLURB_WORDS = 30
MAX_GAP = 8
MAX_RUNS = 20
MAX_BOX_LINES = 10
COMMENTS_WEIGHT = 0.2  # a run of readers' comments is the article only where nothing else is
MIN_BOXED_PARAGRAPHS = 2  # the article's part above a box has paragraphs, not one caption
HEADER_LINES = 6
MAX_CREDIT_WORDS = 8
FOOTER_LINES = 6
SIGNATURE_LINES = 2
MAX_ALONE_SHARE = 0.9
HEADLINE_WEIGHT = 2.0
SENTENCE_HEADLINE_FACTOR = 0.5
DATELINE_REACH = 3  # a headline is followed by its byline or dateline within three lines
DATELINE_BONUS = 0.6
LIST_PERIOD = 4  # the lines one item of a list of stories takes at most: a label, a headline, a date
MIN_HEADLINE_WORDS = 5
MIN_SHARED_WORDS = 2
STANDFIRST_REACH = 2  # a headline stands right above its standfirst, or above a short label
SHORT_HEADLINE_FACTOR = 0.5
HEADLINE_LOOKBACK = 200
MAX_TITLE_WORDS = 25
MAX_HEADING_WORDS = 14
MAX_SIGN_OFF_LINES = 2


@dataclass
class PageText:
    title: str | None
    blocks: list[Block]
    publisher: str | None
    author: str | None
    date: str | None = None
    doubts: list[str] = field(default_factory=list)


def _words(line: str) -> int:
    return len(line.split())


def is_boilerplate(line: str) -> bool:
    """A whole line of page furniture, or a short line about newsletters, cookies and accounts,
    or a hover card."""
    line = line.strip()
    return (
        bool(BOILERPLATE.match(line))
        or (_words(line) <= MAX_BLURB_WORDS and bool(SITE_VOCABULARY.search(line)))
        or _is_hover_card(line)
    )


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


def is_prose(line: str) -> bool:
    """A body paragraph: a sentence-like line long enough not to be a menu item, and not a
    Title Case headline that happens to end in a question mark."""
    return (
        _words(line) >= MIN_PROSE_WORDS and bool(SENTENCE_END.search(line)) and not _title_case(line) and not is_boilerplate(line)
    )


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[0].isalpha()]
    return len(words) > 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def is_title_like(line: str, max_words: int = MAX_TITLE_WORDS) -> bool:
    """Short, starts with a capital or digit, and does not end like a sentence."""
    return (
        2 <= _words(line) <= max_words
        and (line[0].isupper() or line[0].isdigit() or line[0] in "“\"'‘")
        and not line.endswith((".", ",", ";", ":"))
        and not is_boilerplate(line)
    )


def _is_quote_line(line: str) -> bool:
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
    raw = [line.strip() for line in text.splitlines()]
    lines = [
        Line(line, i == 0 or not raw[i - 1], i + 1 == len(raw) or not raw[i + 1])
        for i, line in enumerate(raw)
        if line
    ]
    alone = sum(line.alone for line in lines)
    if alone > MAX_ALONE_SHARE * len(lines):
        return [Line(line.text, False, False) for line in lines]
    return lines


def clean_page_text(text: str) -> PageText:
    structured = page_lines(text)
    lines = [line.text for line in structured]
    prose = [i for i, line in enumerate(lines) if is_prose(line)]
    if not prose:
        blocks = [Block(line) for line in lines if not is_boilerplate(line)]
        return PageText(title=None, blocks=blocks, publisher=None, author=None, doubts=body_doubts(blocks, lines))
    captions = _captions(structured)
    first, last, boxes = _main_run(structured, prose, captions)
    last = _before_footer(lines, first, last)
    title, author = _find_headline(structured, first, [lines[i] for i in prose if first <= i <= last][:3])
    furniture = captions | boxes | _teasers(structured)
    blocks = [
        _body_block(line)
        for i, line in enumerate(structured[first : last + 1], start=first)
        if not (is_boilerplate(line.text) or i in furniture)
    ]
    blocks = [block for block in blocks if block is not None]
    headline_at = lines.index(title) if title in lines[:first] else max(first - 15, 0)
    footer = lines[last + 1 :]
    date = (
        find_date(lines[headline_at:first])
        or find_date(lines[max(headline_at - 15, 0) : headline_at])
        or find_date([line for line in lines[last + 1 : last + 1 + SIGNATURE_LINES] if _is_header_line(line)])
        or find_yearless_date(lines[max(headline_at - 15, 0) : first], _copyright_line(footer))
    )  # the header's dateline; else one above the headline; else a signature under the body ('Written by ... on ...')
    publisher = publisher_name(site_name(lines)) or brand_name(_copyright_holder(footer)) or publisher_name(_sign_off(footer))
    paragraphs = sum(block.kind == PARAGRAPH for block in blocks)
    around = lines[max(first - HEADER_LINES, 0) : last + 1 + FOOTER_LINES]
    doubts = body_doubts(blocks, around) + [doubt for doubt in [comment_doubt(lines[first : last + 1], paragraphs)] if doubt]
    return PageText(title=title, blocks=blocks, publisher=publisher, author=author, date=date, doubts=doubts)


def _sign_off(footer: list[str]) -> str | None:
    """A copy that ends with a short name line right after the article ('Al Arabiya English'):
    the site's name. Only where nothing else follows the article but furniture; below a long
    footer a last short line is a menu item or a credit."""
    rest = [line for line in footer if not is_boilerplate(line)]
    if len(rest) <= MAX_SIGN_OFF_LINES and rest and is_name_like(rest[-1]):
        return rest[-1]
    return None


def is_name_like(line: str) -> bool:
    """A publisher line: a few capitalised words, no sentence punctuation."""
    words = line.split()
    return 1 <= len(words) <= 6 and all(w[0].isupper() or not w[0].isalpha() for w in words) and not (
        SENTENCE_END.search(line) or is_boilerplate(line)
    )


def _copyright_holder(lines: list[str]) -> str | None:
    """'© 2019 Reuters. All Rights Reserved.' -> 'Reuters'."""
    for line in lines:
        match = COPYRIGHT.search(line)
        if match:
            name = match.group("name").strip(" -–—:;")
            if name and len(name.split()) <= 6:
                return name
    return None


def _copyright_line(lines: list[str]) -> str | None:
    return next((line for line in lines if COPYRIGHT.search(line)), None)


def _main_run(lines: list[Line], prose: list[int], captions: set[int]) -> tuple[int, int, set[int]]:
    """First and last line of the article: the run of body lines with the most words, weighed by
    how well a headline above it matches its first paragraphs, and less if it looks like readers'
    comments (a blurb in a menu has no headline; only the MAX_RUNS largest runs are weighed,
    which keeps a huge page linear), joined to the runs around it where a box interrupts the
    article (see `_continues`); and the lines of those boxes."""
    texts = [line.text for line in lines]
    is_prose_line = set(prose).__contains__
    standing = [_standing_body_line(line) for line in lines]  # asked of most lines several times below
    runs = _runs(lines, prose, is_prose_line, captions, standing)

    repeated = {text for text, count in Counter(texts).items() if count > 1}

    def words(run: tuple[int, int]) -> int:  # a line the page repeats is a ticker's or a box's: it weighs nothing
        return sum(
            _words(texts[i]) for i in range(run[0], run[1] + 1) if (is_prose_line(i) or standing[i]) and texts[i] not in repeated
        )

    def weight(run: tuple[int, int], words: int) -> float:
        paragraphs = [texts[i] for i in range(run[0], run[1] + 1) if is_prose_line(i)]
        comments = comment_doubt(texts[run[0] : run[1] + 1], len(paragraphs)) is not None
        return words * (1 + HEADLINE_WEIGHT * _headline_score(lines, run[0], paragraphs[:3])[1]) * (COMMENTS_WEIGHT if comments else 1.0)

    largest = sorted(((words(run), run) for run in runs), reverse=True)[:MAX_RUNS]
    chosen = runs.index(max(largest, key=lambda counted: weight(counted[1], counted[0]))[1])

    def has_paragraphs(run: tuple[int, int]) -> bool:  # a caption among tags is no part of the article
        return sum(is_prose_line(i) and i not in captions for i in range(run[0], run[1] + 1)) >= MIN_BOXED_PARAGRAPHS

    def joins(earlier: tuple[int, int], later: tuple[int, int]) -> bool:
        lead = [texts[i] for i in range(later[0], later[1] + 1) if is_prose_line(i)][:3]
        return has_paragraphs(earlier) and has_paragraphs(later) and _continues(lines, earlier[1], later[0], lead)

    start = end = chosen
    while start > 0 and joins(runs[start - 1], runs[start]):
        start -= 1
    while end + 1 < len(runs) and joins(runs[end], runs[end + 1]):
        end += 1
    boxes = {i for earlier, later in zip(runs[start:end], runs[start + 1 : end + 1]) for i in range(earlier[1] + 1, later[0])}
    return runs[start][0], runs[end][1], boxes


def _runs(
    lines: list[Line], prose: list[int], is_prose_line: Callable[[int], bool], captions: set[int], standing: list[bool]
) -> list[tuple[int, int]]:
    """The runs of body lines: prose lines open and close them; lines standing alone after the
    last one extend it; a run starts after the article's header where it has one (see
    `_after_header`); pictures' captions do not end it."""
    runs, start, previous = [], prose[0], prose[0]
    for i in prose[1:]:
        if _is_gap(lines, standing, previous + 1, i):
            runs.append((_after_header(lines, is_prose_line, _led(lines, standing, start), previous), _extended(standing, previous, captions)))
            start = i
        previous = i
    runs.append((_after_header(lines, is_prose_line, _led(lines, standing, start), previous), _extended(standing, previous, captions)))
    return runs


def _continues(lines: list[Line], before: int, start: int, lead_paragraphs: list[str]) -> bool:
    """Whether the run starting at `start` goes on with the article that ends at line `before`: a
    box interrupts it (a newsletter pitch, "More from UK" and its links) of at most MAX_BOX_LINES
    lines, with no header of its own (a byline, a date) nor a headline sharing words with the
    run's first paragraphs, and no comment section starts in it."""
    box = [line.text for line in lines[before + 1 : start]]
    if len(box) > MAX_BOX_LINES:
        return False
    lead = _content_words(" ".join(lead_paragraphs))
    return not any(
        _is_header_line(text)
        or COMMENTS_START.match(text)
        or (_is_headline_like(text) and _content_words(text) & lead)
        for text in box
    )


def _is_gap(lines: list[Line], standing: list[bool], start: int, end: int) -> bool:
    """Whether the lines from `start` to `end` (excluded) between two prose lines part two runs:
    the start of a footer (a newsletter pitch, a comment form, "Related content"), or more than
    MAX_GAP lines of furniture, where a line standing alone that could be body counts half."""
    between = range(start, end)
    if any(_is_footer_start(lines[i].text) for i in between):
        return True
    return sum(0.5 if standing[i] else 1.0 for i in between) > MAX_GAP


def _standing_body_line(line: Line) -> bool:
    return line.alone and not is_boilerplate(line.text) and _body_block(line) is not None


def _extended(standing: list[bool], last: int, captions: set[int]) -> int:
    """`last` moved past the body lines standing alone (and captions) that follow it."""
    end = last
    while end + 1 < len(standing) and (end + 1 in captions or standing[end + 1]):
        end += 1
        if end not in captions:
            last = end
    return last


def _led(lines: list[Line], standing: list[bool], first: int) -> int:
    """`first` moved up over the body lines standing alone right above it (a sub-heading, a
    score line), up to the article's header."""
    while first > 0 and standing[first - 1] and not _is_header_line(lines[first - 1].text):
        first -= 1
    return first


def _after_header(lines: list[Line], is_prose_line: Callable[[int], bool], first: int, last: int) -> int:
    """Where the body starts when the article's header (a standfirst, a byline, a date, a "Filed
    under" line) opens the run: after its last line near the first prose paragraph (the first
    one standing alone, where paragraphs do; teasers in a menu do not)."""
    anchor = next((i for i in range(first, last + 1) if is_prose_line(i) and lines[i].alone), first)
    window = range(max(first, anchor - HEADER_LINES), min(anchor + HEADER_LINES, last))
    header = [i for i in window if _is_header_line(lines[i].text)]
    return header[-1] + 1 if header else first


def _before_footer(lines: list[str], first: int, last: int) -> int:
    """Where the body ends when the page's footer starts inside the run's last lines (a newsletter
    pitch, share or follow buttons): before its first line. In-body furniture ("Advertisement",
    "Read more: ...") does not end the article."""
    tail = range(max(first + 1, last - FOOTER_LINES + 1), last + 1)
    return next((i - 1 for i in tail if _is_footer_start(lines[i])), last)


def _is_footer_start(line: str) -> bool:
    return bool(FOOTER_START.match(line)) or (_words(line) <= MAX_BLURB_WORDS and bool(SITE_VOCABULARY.search(line)))


def _is_header_line(line: str) -> bool:
    """A short dateline, byline, reading time or "Filed under" line (not a photo caption, nor
    the attribution of an embedded post: '— Name (@handle) November 20, 2019')."""
    return (
        _words(line) <= MAX_HEADER_WORDS
        and not EMBED_ATTRIBUTION.match(line)
        and not is_prose(line)
        and bool(HEADER.search(line) or BYLINE.match(line) or has_date(line))
    )


def _find_headline(lines: list[Line], end: int, body: list[str]) -> tuple[str | None, str | None]:
    """The headline among the lines above the body (which starts at `end`), and the byline's
    author if there is one."""
    bylines = (line.text for line in reversed(lines[:end]) if BYLINE.match(line.text) and _words(line.text) <= 8)
    author = next((line[3:].strip() for line in bylines), None)
    headline, _, position = _headline_score(lines, end, body, DATELINE_BONUS)
    if headline is not None:
        headline = _above_standfirst(lines, position, body) or headline
    return headline, author


def _above_standfirst(lines: list[Line], position: int, body: list[str]) -> str | None:
    """The headline when the line found is its standfirst: a headline-like line of one sentence
    right above it (or above one short label: 'Editorial', 'New, 15 comments') that shares
    MIN_SHARED_WORDS words with the first paragraphs. A headline's copy glued to a breadcrumb above
    it does not count."""
    lead = _content_words(" ".join(body[:3]))
    found = lines[position].text
    for above in reversed(lines[max(position - STANDFIRST_REACH, 0) : position]):
        text = above.text
        if _words(text) >= MIN_HEADLINE_WORDS and _is_headline_like(text):
            relevant = len(_content_words(text) & lead) >= MIN_SHARED_WORDS and not INNER_SENTENCE_END.search(text)
            return text if relevant and found not in text else None
        if _words(text) >= MIN_HEADLINE_WORDS:
            return None
    return None


def _headline_score(
    lines: list[Line], end: int, body: list[str], dateline_bonus: float = 0.0
) -> tuple[str | None, float, int]:
    """The best headline candidate above line `end` and its score: a headline-like line that
    shares words with the first paragraphs, repeated on the page or close to the body. Where
    paragraphs stand alone the headline need not: browsers copy headlines with single line
    breaks as often as with blank lines. A line that ends like a sentence counts less: it is
    more often a standfirst than a headline; one of fewer than MIN_HEADLINE_WORDS words is more
    often a section's or the site's name. One that a byline or a dateline follows counts more
    when the headline of a chosen body is sought (`dateline_bonus`; the choice of the body
    weighs the match with its words only)."""
    head = lines[max(end - HEADLINE_LOOKBACK, 0) : end]
    lead = _content_words(" ".join(body[:3]))
    counts = Counter(line.text for line in head)
    best, best_score, best_position = None, 0.0, -1
    for distance, line in enumerate(reversed(head)):
        if _is_headline_like(line.text):
            factor = 1.0
        elif _is_headline_like(line.text.rstrip(".!?")):
            factor = SENTENCE_HEADLINE_FACTOR
        else:
            continue
        words = _content_words(line.text)
        overlap = len(words & lead) / (len(words) + 1)
        if _words(line.text) < MIN_HEADLINE_WORDS:
            factor *= SHORT_HEADLINE_FACTOR  # 'Science & Health', 'South Jersey Times': a section or a site
        position = end - 1 - distance
        if _is_captioned(lines, position):
            continue
        offset = _dateline_offset(lines, position) if _words(line.text) >= MIN_HEADLINE_WORDS else None
        dated = offset is not None and not _in_dated_list(lines, position, offset)
        score = factor * (
            overlap + (0.3 * (counts[line.text] > 1) if overlap else 0.0) + 0.2 / (1 + distance) + dateline_bonus * dated
        )
        if score > best_score:
            best, best_score, best_position = line.text, score, position
    return best, best_score, best_position


def _dateline_offset(lines: list[Line], position: int) -> int | None:
    """How many lines below the line at `position` its byline or dateline stands, if within reach."""
    reach = lines[position + 1 : position + 1 + DATELINE_REACH]
    return next((offset for offset, after in enumerate(reach, start=1) if _is_header_line(after.text)), None)


def _in_dated_list(lines: list[Line], position: int, offset: int) -> bool:
    """An item of a list of other stories, each a headline and its date ('More stories like this
    one'): a headline-like line a few lines above or below has its own dateline at the same
    distance (`offset`, the line's own). The article's headline and its dateline stand once."""
    for period in range(2, LIST_PERIOD + 1):
        for other in (position - period, position + period):
            if 0 <= other < len(lines) and _is_headline_like(lines[other].text) and _dateline_offset(lines, other) == offset:
                return True
    return False


def _is_captioned(lines: list[Line], position: int) -> bool:
    """A picture's caption: a credit line follows it with no blank line between."""
    after = position + 1
    return after < len(lines) and not lines[after].blank_before and bool(CREDIT.search(lines[after].text))


def _is_headline_like(line: str) -> bool:
    """A title-like line of three words or more that is not page furniture: a byline, a date, a
    reading time, a caption credit ('Anna Moneymaker/The New York Times'), a section label in
    capitals, or the start of a footer ('Leave a comment')."""
    return (
        is_title_like(line)
        and _words(line) >= 3
        and not line.isupper()
        and not (METADATA.search(line) or BYLINE.match(line) or has_date(line))
        and not (CREDIT.search(line) or _is_footer_start(line))
    )


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}


def _is_cut_short(text: str) -> bool:
    """A teaser's snippet: a long line that stops in the middle of a sentence ("... died due to")."""
    return _words(text) >= MIN_PROSE_WORDS and bool(CUT_SHORT.search(text))


def _teasers(lines: list[Line]) -> set[int]:
    """A snippet cut short, and the title line right above it: another story's teaser."""
    cut = {i for i, line in enumerate(lines) if _is_cut_short(line.text)}
    return cut | {i - 1 for i in cut if i > 0 and is_title_like(lines[i - 1].text)}


def _captions(lines: list[Line]) -> set[int]:
    """The lines of pictures' captions: a credit ("Photo: ...", "(Image: ...)", "REUTERS/Name",
    "Name/Agency"), and the line right above a credit line with no blank line between."""
    credits = {i for i, line in enumerate(lines) if CREDIT.search(line.text)}
    above = {i - 1 for i in credits if i > 0 and not lines[i].blank_before and _words(lines[i].text) <= MAX_CREDIT_WORDS}
    return credits | above


def _body_block(line: Line) -> Block | None:
    """A line of the article's run as a paragraph or a sub-heading; None for a caption credit,
    a dateline or a stray menu line."""
    text = line.text
    if is_prose(text) or _is_quote_line(text) or EMBED_ATTRIBUTION.match(text):
        return Block(text, PARAGRAPH)
    if _words(text) <= MAX_HEADER_WORDS and METADATA.search(text):
        return None
    if SENTENCE_END.search(text) or text.endswith(":") or (line.alone and _words(text) > MAX_HEADING_WORDS and not _is_cut_short(text)):
        return Block(text, PARAGRAPH)
    if is_title_like(text, MAX_HEADING_WORDS) or (line.alone and _words(text) == 1 and text[0].isupper()):
        return Block(text, HEADING)
    return None
