"""Whether the text read from a seed looks like one article, and if not, why.

A reader can pick the wrong text and still give something that reads: the comments under a
story, a list of other stories' teasers, a paywall's pitch, a few lines around a photo. Nothing
downstream can tell, so the readers say it here, once: each doubt is one short reason, which the
build prints as a warning naming the file, the briefing shows as a notice ("This may not be the
article"), the export carries as `reading_doubts`, and `build --strict` fails on. The checks
look at the shape of the text (how long, how many sentences, how many comment buttons), never at
one site's markup:

- reader comments: reply, like and time-stamp lines among the paragraphs;
- a list of links or teasers: most blocks short lines that are no sentence, holding most of the
  words;
- a paywall or sign-in notice with little text (MAX_STUB_WORDS);
- the openings of several stories: MIN_OTHER_DATELINES paragraphs after the first that open
  with a dateline ('LONDON (Reuters) -', 'New Delhi, Jan 15 (ANI):'), a list of wire items;
- fewer than MIN_ARTICLE_WORDS (80) words;
- a browser copy whose body the learned reader chose with little confidence (the mean
  probability of its lines below MIN_BODY_CONFIDENCE): on the development copies, 5-fold by
  site, that doubts 18 of the 32 pages read with body F1 below 0.8, and 12 of the 429 read above
  0.95; a saved page's body whose lines the learned page reader gives a mean probability below
  MIN_PAGE_BODY_CONFIDENCE (see the closing figures in `bench/extraction.py`), or whose words
  stand for more than MAX_UNSURE_SHARE in lines it finds likelier to be furniture.

Copied text and HTML only: a Markdown seed, or a JSONL line's `text`, is taken as written. Of
the 230 real articles of the extraction corpora, 4 are doubted, all as too short: short items,
and pages where the reader keeps only part of the article.
"""
from __future__ import annotations

import re

from generator.briefing import PARAGRAPH, Block
from generator.lexicon.read import PAYWALL_PHRASES
from generator.read.lines import AGENCY_DATELINE, DATELINE_OPENING, SENTENCE_END

MIN_ARTICLE_WORDS = 80  # fewer words than a short news item
MIN_LIST_ITEMS = 5
MAX_ITEM_WORDS = 15
LIST_SHARE = 0.6  # this share of short paragraphs that are no sentence: a list of links or teasers
MIN_COMMENT_MARKERS = 3
COMMENT_SHARE = 0.3  # comment buttons and stamps per paragraph
MIN_OTHER_DATELINES = 2  # one more dateline is a page that prints its article twice, or a quoted wire item
MAX_STUB_WORDS = 300  # a paywall pitch with this little text is a stub, not the article
MIN_BODY_CONFIDENCE = 0.65  # the learned copy reader's mean P(body) over the lines it chose
MIN_PAGE_BODY_CONFIDENCE = 0.45  # the learned page reader's, over the lines of a saved page's body
MAX_UNSURE_SHARE = 0.3  # of a saved page's body's words, in lines the page reader thinks more likely furniture
COMMENT_MARKER = re.compile(
    r"""^(reply|report(\ abuse)?|flag|like|upvote|downvote|recommend|permalink)(\s*[·|•]\s*\w+)*$
      | \b\d+\ (likes?|replies|upvotes?|recommendations?)\b
      | (\bsays|\bwrote|\bcommented)\s*:?$
      | ^(posted|commented|reply)\ (by|on|to)\b
      | ^\d+\ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\ ago$""",
    re.IGNORECASE | re.VERBOSE,
)
PAYWALL = re.compile(r"\b(" + "|".join(re.escape(phrase) for phrase in PAYWALL_PHRASES) + r")\b", re.IGNORECASE)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CJK_CHARACTERS_PER_WORD = 2


def word_count(text: str) -> int:
    """Words as spaces part them, and for Chinese, Japanese and Korean, about one per two characters."""
    return len(text.split()) + len(CJK.findall(text)) // CJK_CHARACTERS_PER_WORD


def body_doubts(blocks: list[Block], around: list[str] = ()) -> list[str]:
    """Doubts any reader's body can raise: too short, a list rather than prose, a paywall stub
    (its pitch is looked for in the body and in the page lines `around` it, which a reader
    drops as furniture)."""
    paragraphs = [block.text for block in blocks if block.kind == PARAGRAPH]
    words = sum(word_count(text) for text in paragraphs)
    doubts = []
    if words < MIN_ARTICLE_WORDS:
        doubts.append(f"the text found is too short for an article ({words} words)")
    if _reads_as_list(blocks, words):
        doubts.append("the text found reads as a list of links or teasers, not as one article")
    if words <= MAX_STUB_WORDS and any(PAYWALL.search(text) for text in [*paragraphs, *around]):
        doubts.append("the text found looks like a paywall or sign-in notice, not the article")
    datelines = sum(1 for text in paragraphs[1:] if DATELINE_OPENING.match(text) or AGENCY_DATELINE.match(text))
    if datelines >= MIN_OTHER_DATELINES:
        doubts.append(f"the text found opens several stories ({datelines + 1} datelines), not one article")
    return doubts


def _reads_as_list(blocks: list[Block], words: int) -> bool:
    """Most blocks are short lines that are no sentence (headings, links, teasers' titles) and
    they hold most of the words: a list with a few paragraphs between its items reads as prose."""
    items = [
        block.text for block in blocks
        if block.kind != PARAGRAPH or (word_count(block.text) <= MAX_ITEM_WORDS and not SENTENCE_END.search(block.text))
    ]
    item_words = sum(word_count(text) for text in items)
    return len(blocks) >= MIN_LIST_ITEMS and len(items) >= LIST_SHARE * len(blocks) and item_words >= LIST_SHARE * max(words, 1)


def comment_doubt(lines: list[str], paragraphs: int) -> str | None:
    """The lines the body was taken from carry comment furniture ('Reply', '12 likes',
    '3 hours ago', 'Jane says:') among its paragraphs: what was found is the readers' comments."""
    markers = sum(bool(COMMENT_MARKER.search(line)) for line in lines)
    if markers >= MIN_COMMENT_MARKERS and markers >= COMMENT_SHARE * max(paragraphs, 1):
        return f"the text found looks like reader comments ({markers} reply, like or time-stamp lines among its paragraphs)"
    return None


def unsure_body_doubt(confidence: float, least: float = MIN_BODY_CONFIDENCE) -> str | None:
    """A body chosen with little confidence (`line_model`): its lines look like the article's
    only about as much as the page's other text does (a saved page's body, which the extractor
    chose, is doubted below MIN_PAGE_BODY_CONFIDENCE)."""
    if confidence >= least:
        return None
    return "the reader is unsure which lines of the page are the article"


def unsure_lines_doubt(share: float, most: float = MAX_UNSURE_SHARE) -> str | None:
    """Much of a saved page's body (more than MAX_UNSURE_SHARE of its words) stands in lines the
    learned page reader finds likelier to be the page's furniture than its article: teasers,
    captions or a box after the article kept with it. On the saved pages of `pages/` (all
    development) this doubts 5 more of the 22 pages read below body F1 0.8 and none of the 256
    read above 0.95."""
    if share <= most:
        return None
    return "much of the text read looks like the page's other text (teasers, captions, boxes), not the article"
