"""Where the article's body is in a copied page: the run of prose lines (and the lines standing
alone around them) with the most words, weighed by how well a headline above it matches its
first paragraphs; from after its header (byline, dateline) to where the footer starts
(newsletter pitch, comment form), running on past a box inside it; captions, credits and
other stories' teasers inside it are furniture.

Blank lines tell paragraphs from menu items. A line the page repeats (a ticker, a box) weighs
nothing, and a run that looks like readers' comments weighs a fifth (COMMENTS_WEIGHT): it is
the article only where nothing else is. The article runs on past a box inside it (a newsletter
pitch, "More from UK" and its links) that has no byline, date or headline of its own.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from generator.briefing import HEADING, PARAGRAPH, Block
from generator.read.dates import MAX_HEADER_WORDS
from generator.read.doubts import comment_doubt
from generator.read.headline import (
    HEADLINE_WEIGHT,
    content_words,
    headline_score,
    is_headline_like,
)
from generator.read.lines import (
    CLOSING_CREDIT,
    CREDIT,
    DATELINE_OPENING,
    EMBED_ATTRIBUTION,
    METADATA,
    SENTENCE_END,
    Line,
    is_boilerplate,
    is_cut_short,
    is_footer_start,
    is_header_line,
    is_prose,
    is_quote_line,
    is_title_like,
    word_count,
)

COMMENTS_START = re.compile(r"(\d+ )?(comments?|repl(y|ies))\b|leave a (reply|comment)|join the (conversation|discussion)", re.IGNORECASE)
MAX_GAP = 8
HEADER_LINES = 6
FOOTER_LINES = 6
MAX_RUNS = 20
MAX_BOX_LINES = 10
COMMENTS_WEIGHT = 0.2  # a run of readers' comments is the article only where nothing else is
MIN_BOXED_PARAGRAPHS = 2  # the article's part above a box has paragraphs, not one caption
MAX_CREDIT_WORDS = 8
MAX_HEADING_WORDS = 14
MAX_ABOVE_DATELINE, MAX_WORDS_ABOVE_DATELINE, MIN_DATELINE_WORDS = 8, 150, 8  # see `from_the_dateline`


def main_run(lines: list[Line], prose: list[int], captions: set[int]) -> tuple[int, int, set[int]]:
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
            word_count(texts[i]) for i in range(run[0], run[1] + 1) if (is_prose_line(i) or standing[i]) and texts[i] not in repeated
        )

    def weight(run: tuple[int, int], words: int) -> float:
        paragraphs = [texts[i] for i in range(run[0], run[1] + 1) if is_prose_line(i)]
        comments = comment_doubt(texts[run[0] : run[1] + 1], len(paragraphs)) is not None
        return words * (1 + HEADLINE_WEIGHT * headline_score(lines, run[0], paragraphs[:3])[1]) * (COMMENTS_WEIGHT if comments else 1.0)

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
    lead = content_words(" ".join(lead_paragraphs))
    return not any(
        is_header_line(text)
        or COMMENTS_START.match(text)
        or (is_headline_like(text) and content_words(text) & lead)
        for text in box
    )


def _is_gap(lines: list[Line], standing: list[bool], start: int, end: int) -> bool:
    """Whether the lines from `start` to `end` (excluded) between two prose lines part two runs:
    the start of a footer (a newsletter pitch, a comment form, "Related content"), or more than
    MAX_GAP lines of furniture, where a line standing alone that could be body counts half."""
    between = range(start, end)
    if any(is_footer_start(lines[i].text) for i in between):
        return True
    return sum(0.5 if standing[i] else 1.0 for i in between) > MAX_GAP


def _standing_body_line(line: Line) -> bool:
    return line.alone and not is_boilerplate(line.text) and body_block(line) is not None


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
    while first > 0 and standing[first - 1] and not is_header_line(lines[first - 1].text):
        first -= 1
    return first


def _after_header(lines: list[Line], is_prose_line: Callable[[int], bool], first: int, last: int) -> int:
    """Where the body starts when the article's header (a standfirst, a byline, a date, a "Filed
    under" line) opens the run: after its last line near the first prose paragraph (the first
    one standing alone, where paragraphs do; teasers in a menu do not)."""
    anchor = next((i for i in range(first, last + 1) if is_prose_line(i) and lines[i].alone), first)
    window = range(max(first, anchor - HEADER_LINES), min(anchor + HEADER_LINES, last))
    header = [i for i in window if is_header_line(lines[i].text)]
    return header[-1] + 1 if header else first


def before_footer(lines: list[str], first: int, last: int) -> int:
    """Where the body ends when the page's footer starts inside the run's last lines (a newsletter
    pitch, share or follow buttons): before its first line. In-body furniture ("Advertisement",
    "Read more: ...") does not end the article."""
    tail = range(max(first + 1, last - FOOTER_LINES + 1), last + 1)
    return next((i - 1 for i in tail if is_footer_start(lines[i])), last)


def teasers_in(lines: list[Line]) -> set[int]:
    """A snippet cut short, and the title line right above it: another story's teaser."""
    cut = {i for i, line in enumerate(lines) if is_cut_short(line.text)}
    return cut | {i - 1 for i in cut if i > 0 and is_title_like(lines[i - 1].text)}


def captions_in(lines: list[Line]) -> set[int]:
    """The lines of pictures' captions: a credit ("Photo: ...", "(Image: ...)", "REUTERS/Name",
    "Name/Agency"), the line right above a credit line with no blank line between, and a
    caption its credit closes ("... Photo / Reuters", "... (Photo by Name)")."""
    credits = {i for i, line in enumerate(lines) if CREDIT.search(line.text)}
    above = {i - 1 for i in credits if i > 0 and not lines[i].blank_before and word_count(lines[i].text) <= MAX_CREDIT_WORDS}
    closed = {i for i, line in enumerate(lines) if CLOSING_CREDIT.search(line.text)}  # the caption and its credit in one line
    return credits | above | closed


def from_the_dateline(blocks: list[Block]) -> list[Block]:
    """The body from its dateline on: where one of its first paragraphs opens as a wire story
    does ('LONDON—The engines ...', `lines.DATELINE_OPENING`), the blocks above it are a photo's
    caption, a byline, a headline repeated or a gallery's counter, which a reader must not take
    for the lede. Only a few short blocks go (at most MAX_ABOVE_DATELINE of them, with
    MAX_WORDS_ABOVE_DATELINE words)."""
    for at, block in enumerate(blocks[1 : MAX_ABOVE_DATELINE + 1], start=1):
        if block.kind == PARAGRAPH and DATELINE_OPENING.match(block.text) and word_count(block.text) >= MIN_DATELINE_WORDS:
            above = sum(word_count(b.text) for b in blocks[:at])
            return blocks[at:] if above <= MAX_WORDS_ABOVE_DATELINE else blocks
    return blocks


AUTHOR_NOTE = re.compile(  # 'Jo Bell is a reporter for the Gazette.': about the writer, not the story
    r"^(?P<name>[A-Z][\w.-]*(?:'[A-Z][\w-]*)?(?: [A-Z][\w.-]*(?:'[A-Z][\w-]*)?){1,3}) (?:is|was|has been) (?:a|an|the)\b[^.]{0,80}?"
    r"\b(?:reporter|writer|correspondent|columnist|contributor|journalist|editor|blogger|freelancer)s?\b"
)
MAX_AUTHOR_NOTE_WORDS = 60


def without_author_note(blocks: list[Block]) -> list[Block]:
    """The body without the note about its writer that closes it ('Jo Bell is a reporter for the
    Gazette.', with the name line an author box sets above it): a key point, a card and a quote
    would otherwise be made of it. Only at the very end, and only a short note: inside the article
    'Her husband is a film producer' is the story."""
    end = len(blocks)
    while end > 1 and (note := AUTHOR_NOTE.match(blocks[end - 1].text)) and word_count(blocks[end - 1].text) <= MAX_AUTHOR_NOTE_WORDS:
        end -= 1
        if end > 1 and blocks[end - 1].text.strip() == note["name"]:
            end -= 1
    return blocks[:end]


def body_block(line: Line) -> Block | None:
    """A line of the article's run as a paragraph or a sub-heading; None for a caption credit,
    a dateline or a stray menu line."""
    text = line.text
    if is_prose(text) or is_quote_line(text) or EMBED_ATTRIBUTION.match(text):
        return Block(text, PARAGRAPH)
    if word_count(text) <= MAX_HEADER_WORDS and METADATA.search(text):
        return None
    if SENTENCE_END.search(text) or text.endswith(":") or (line.alone and word_count(text) > MAX_HEADING_WORDS and not is_cut_short(text)):
        return Block(text, PARAGRAPH)
    if is_title_like(text, MAX_HEADING_WORDS) or (line.alone and word_count(text) == 1 and text[0].isupper()):
        return Block(text, HEADING)
    return None


def rule_body(lines: list[Line], prose: list[int]) -> list[int]:
    """The body's lines by the hand rules: the main run of prose, cut where the footer starts,
    less its captions, boxes, teasers and furniture (a feature of the learned reader, and its
    fallback where the model finds no body)."""
    texts = [line.text for line in lines]
    captions = captions_in(lines)
    first, last, boxes = main_run(lines, prose, captions)
    last = before_footer(texts, first, last)
    furniture = captions | boxes | teasers_in(lines)
    return [
        i for i in range(first, last + 1)
        if not (is_boilerplate(texts[i]) or i in furniture) and body_block(lines[i]) is not None
    ]
