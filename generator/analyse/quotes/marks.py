"""Quotation marks and transcript turns: where the quoted passages of a text are.

Quotation marks are paired per paragraph: a quote left open at a paragraph's end runs on into
the next one only where that paragraph opens with a quotation mark, as newspapers write it;
any other stray mark pairs with nothing, so it never swallows the rest of a paragraph. A
paragraph opened by a speaker label in capitals ('WALLACE:') is a transcript turn when the
article has at least two of them. A short quoted passage in Title Case is a title, not a
quote. A partial quote keeps its quotation marks, as curly pairs, around the speaker's own words.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from generator.analyse.names import given_names
from generator.lexicon.actors import HONORIFICS
from generator.lexicon.quotes import ANONYMOUS_TURN_LABELS, TITLE_SMALL_WORDS

MAX_QUOTED_TITLE_WORDS = 6
OPENING_MARKS = {"“": "”\"", '"': '"”', "„": "“”", "«": "»"}  # each with the marks that close it
QUOTE_CHARS = "“”\"„«»"
RUN_ON_PARAGRAPHS = 2


@dataclass
class QuotedPassage:
    """Character range of a quotation: the marks at `start` and `end - 1` (when closed)."""

    start: int
    end: int
    closed: bool

    @property
    def content(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def quoted_passages(text: str) -> list[QuotedPassage]:
    """Pair double quotation marks paragraph by paragraph; stray marks are ignored, so a mark
    never pairs across paragraphs or swallows the rest of one. A curly quotation closed by a
    straight mark (or the other way round) is still one."""
    passages = []
    offset = 0
    paragraphs = text.split("\n\n")
    for number, paragraph in enumerate(paragraphs):
        opened_at, closing = None, None
        for i, char in enumerate(paragraph):
            if opened_at is None and char in OPENING_MARKS:
                opened_at, closing = i, OPENING_MARKS[char]
            elif opened_at is not None and char in closing:
                passages.append(QuotedPassage(offset + opened_at, offset + i + 1, True))
                opened_at = None
            elif opened_at is not None and char in OPENING_MARKS and char != '"':
                opened_at, closing = i, OPENING_MARKS[char]
        if opened_at is not None and _runs_on(paragraphs, number):
            passages.append(QuotedPassage(offset + opened_at, offset + len(paragraph), False))
        offset += len(paragraph) + 2
    return [p for p in passages if any(ch.isalnum() for ch in text[p.content[0] : p.content[1]]) and not _attribute_value(text, p)]


def _runs_on(paragraphs: list[str], number: int) -> bool:
    """A quotation left open at a paragraph's end runs on only as newspapers write it: the next
    paragraph opens with a quotation mark. Any other unclosed mark is a stray one."""
    following = paragraphs[number + 1].lstrip() if number + 1 < len(paragraphs) else ""
    return following[:1] in OPENING_MARKS


def _attribute_value(text: str, passage: QuotedPassage) -> bool:
    """`id="..."` in markup pasted with an article (an embedded tweet) is no quotation."""
    return passage.start > 0 and text[passage.start - 1] == "="


def looks_like_title(text: str) -> bool:
    """'Meet the Press', 'Fox & Friends': a short run of capitalised words (small words aside)
    names a show, a book or a film; it is a title, not a quotation. One word is too little
    to tell."""
    words = re.findall(r"[\w’'&.-]+", text)
    if not 2 <= len(words) <= MAX_QUOTED_TITLE_WORDS or text.rstrip().endswith(("!", "?")):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS or not w[0].isalpha() for w in words)


TURN_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'’\- ]{0,40}[A-Z.]|Q|A):[ \t]+(?=\S)")
MIN_TRANSCRIPT_TURNS = 2
# 'Girish: Thank you so much.', 'Mr Wagh: ...': an interview's turns labelled in ordinary case, which
# count only as a dialogue does: MIN_NAMED_TURNS of them between at most MAX_NAMED_SPEAKERS labels,
# each label at least twice (one 'Note:' or 'Photo:' is no turn), each a person's ('Lakers:' is not)
NAMED_TURN_LABEL = re.compile(r"(?P<label>[A-Z][a-z’'.-]+(?: [A-Z][a-z’'.-]+)?):[ \t]+(?=\S)")
MIN_NAMED_TURNS, MAX_NAMED_SPEAKERS = 4, 3


@dataclass(frozen=True)
class Turn:
    """One turn of an interview or a transcript: 'WALLACE: ...' as a paragraph of its own."""

    label: str
    start: int  # of the turn's words, after the label
    end: int
    label_start: int


def transcript_turns(text: str) -> list[Turn]:
    """Paragraphs opened by a speaker label in capitals ('WALLACE:', 'KATE BOLDUAN:'), when the
    article has at least two labelled turns (counting 'Q:' and 'A:'): then it is a transcript,
    and each such paragraph is its speaker's words. Else labels in ordinary case ('Girish:',
    'Me:') where they make a dialogue (`NAMED_TURN_LABEL`). One 'NOTE:' or 'UPDATE:' line makes no
    transcript; an anonymous turn ('Q:', 'AUDIENCE:') credits nobody and is left to the
    quotation marks inside it."""
    turns = _labelled(text, TURN_LABEL)
    if len(turns) < MIN_TRANSCRIPT_TURNS:
        turns = _labelled(text, NAMED_TURN_LABEL)
        labels = Counter(turn.label for turn in turns)
        if len(turns) < MIN_NAMED_TURNS or len(labels) > MAX_NAMED_SPEAKERS or min(labels.values()) < 2:
            return []
        speakers = [label for label in labels if label.lower() not in ANONYMOUS_TURN_LABELS]
        if not speakers or not all(_names_a_person(label) for label in speakers):
            return []  # 'Lakers: ... Thunder: ...' of a game's notes, 'Final Score: ...' of a table
    return [turn for turn in turns if turn.label.strip(". ").lower() not in ANONYMOUS_TURN_LABELS]


def _names_a_person(label: str) -> bool:
    """'Girish', 'Mr Wagh': a first name or a courtesy title opens it."""
    first = label.split()[0]
    return first in given_names() or first.lower().rstrip(".") in HONORIFICS


def _labelled(text: str, label: re.Pattern) -> list[Turn]:
    """The paragraphs that `label` opens, with words after it, as turns."""
    turns, offset = [], 0
    for paragraph in text.split("\n\n"):
        match = label.match(paragraph)
        if match and any(ch.isalpha() for ch in paragraph[match.end() :]):
            turns.append(Turn(match["label"], offset + match.end(), offset + len(paragraph), offset))
        offset += len(paragraph) + 2
    return turns


def partial_text(text: str, opened: bool = False) -> str:
    """A partial quote as written, its quotation marks kept (as curly pairs) around the
    speaker's own words: 'it was in line with “the continuation of ...”'. `opened`: the text
    starts inside the quotation ('Speeding you are,” in the voice of ...'), its mark left out."""
    parts = ([""] if opened else []) + re.split(f"[{QUOTE_CHARS}]", " ".join(text.split()))
    marked = parts[0] + "".join(("“" if i % 2 else "”") + part for i, part in enumerate(parts[1:], start=1))
    if len(parts) % 2 == 0:
        marked += "”"  # the fragment runs on past the clause
    return marked.rstrip(",").replace(",”", "”")


def clean_quote(text: str) -> str:
    text = " ".join(re.sub(f"[{QUOTE_CHARS}]", "", text).split())
    return text.rstrip(",")
