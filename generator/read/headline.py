"""Which line of a copied page is the headline: a title-like line above the body that shares
its words, followed by a byline or dateline, and not one item of a list of dated stories;
where that line is a standfirst, the headline-like line right above it.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from generator.read.authors import ROLE_TAIL
from generator.read.dates import has_date
from generator.read.lines import (
    BYLINE,
    CREDIT,
    INNER_SENTENCE_END,
    METADATA,
    Line,
    is_footer_start,
    is_header_line,
    is_title_like,
    word_count,
)

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
MAX_BYLINE_WORDS = 8  # before its role: a longer line opening with 'By' is a sentence ('By the time ...')


def find_headline(lines: list[Line], end: int, body: list[str]) -> tuple[str | None, str | None]:
    """The headline among the lines above the body (which starts at `end`), and the byline's
    author if there is one."""
    bylines = (
        line.text for line in reversed(lines[:end])
        if BYLINE.match(line.text) and word_count(ROLE_TAIL.sub("", line.text)) <= MAX_BYLINE_WORDS  # 'By X, AP Writer 59 minutes ago'
    )
    author = next((line[3:].strip() for line in bylines), None)
    headline, _, position = headline_score(lines, end, body, DATELINE_BONUS)
    if headline is not None:
        headline = _above_standfirst(lines, position, body) or headline
    return headline, author


def _above_standfirst(lines: list[Line], position: int, body: list[str]) -> str | None:
    """The headline when the line found is its standfirst: a headline-like line of one sentence
    right above it (or above one short label: 'Editorial', 'New, 15 comments') that shares
    MIN_SHARED_WORDS words with the first paragraphs. A headline's copy glued to a breadcrumb above
    it does not count."""
    lead = content_words(" ".join(body[:3]))
    found = lines[position].text
    for above in reversed(lines[max(position - STANDFIRST_REACH, 0) : position]):
        text = above.text
        if word_count(text) >= MIN_HEADLINE_WORDS and is_headline_like(text):
            relevant = len(content_words(text) & lead) >= MIN_SHARED_WORDS and not INNER_SENTENCE_END.search(text)
            return text if relevant and found not in text else None
        if word_count(text) >= MIN_HEADLINE_WORDS:
            return None
    return None


def headline_score(
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
    lead = content_words(" ".join(body[:3]))
    counts = Counter(line.text for line in head)
    best, best_score, best_position = None, 0.0, -1
    for distance, line in enumerate(reversed(head)):
        if is_headline_like(line.text):
            factor = 1.0
        elif is_headline_like(line.text.rstrip(".!?")):
            factor = SENTENCE_HEADLINE_FACTOR
        else:
            continue
        words = content_words(line.text)
        overlap = len(words & lead) / (len(words) + 1)
        if word_count(line.text) < MIN_HEADLINE_WORDS:
            factor *= SHORT_HEADLINE_FACTOR  # 'Science & Health', 'South Jersey Times': a section or a site
        position = end - 1 - distance
        if _is_captioned(lines, position):
            continue
        offset = _dateline_offset(lines, position) if word_count(line.text) >= MIN_HEADLINE_WORDS else None
        dated = offset is not None and not _in_dated_list(lines, position, offset)
        score = factor * (
            overlap + (0.3 * (counts[line.text] > 1) if overlap else 0.0) + 0.2 / (1 + distance) + dateline_bonus * dated
        )
        if score > best_score:
            best, best_score, best_position = line.text, score, position
    return best, best_score, best_position


def in_story_list(lines: list[Line], position: int) -> bool:
    """Whether the line at `position` is one item of a list of other stories, each a headline
    and its date ('More stories like this one')."""
    offset = _dateline_offset(lines, position)
    return offset is not None and _in_dated_list(lines, position, offset)


def in_headline_list(lines: list[Line], position: int) -> bool:
    """Whether headline-like lines stand at the same distance above and below the line at
    `position`: one item of a list of teasers, dated or not."""
    return any(
        0 <= position - period and position + period < len(lines)
        and is_headline_like(lines[position - period].text) and is_headline_like(lines[position + period].text)
        for period in range(1, LIST_PERIOD + 1)
    )


def _dateline_offset(lines: list[Line], position: int) -> int | None:
    """How many lines below the line at `position` its byline or dateline stands, if within reach."""
    reach = lines[position + 1 : position + 1 + DATELINE_REACH]
    return next((offset for offset, after in enumerate(reach, start=1) if is_header_line(after.text)), None)


def _in_dated_list(lines: list[Line], position: int, offset: int) -> bool:
    """An item of a list of other stories, each a headline and its date ('More stories like this
    one'): a headline-like line a few lines above or below has its own dateline at the same
    distance (`offset`, the line's own). The article's headline and its dateline stand once."""
    for period in range(2, LIST_PERIOD + 1):
        for other in (position - period, position + period):
            if 0 <= other < len(lines) and is_headline_like(lines[other].text) and _dateline_offset(lines, other) == offset:
                return True
    return False


def _is_captioned(lines: list[Line], position: int) -> bool:
    """A picture's caption: a credit line follows it with no blank line between."""
    after = position + 1
    return after < len(lines) and not lines[after].blank_before and bool(CREDIT.search(lines[after].text))


@functools.lru_cache(maxsize=4096)  # the headline ranker asks it of each line and its neighbours
def is_headline_like(line: str) -> bool:
    """A title-like line of three words or more that is not page furniture: a byline, a date, a
    reading time, a caption credit ('Anna Moneymaker/The New York Times'), a section label in
    capitals, or the start of a footer ('Leave a comment')."""
    return (
        is_title_like(line)
        and word_count(line) >= 3
        and not line.isupper()
        and not (METADATA.search(line) or BYLINE.match(line) or has_date(line))
        and not (CREDIT.search(line) or is_footer_start(line))
    )


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}
