"""Names and actors that are no actors: products, feasts and religions, works and storms the
article names so, and common words capitalised only by their place in the text.

Products, their versions and model numbers ('iPhone', 'Google Chrome', 'Windows XP', 'IE9'),
named events, religions and feasts ('Brexit', 'Islam', 'Hajj') are no actors (short lists in
`lexicon/actors.py`). A card is dropped when its name is a common word capitalised only as a
sentence's opener ('Background'), a one-word common word the article also writes in lower case
('Homeopathy'), or a name all of whose words English mostly writes in lower case (case-kept
word frequencies from `spacy-lookups-data`: 'Best Actor', 'Translation Studies', 'Closing
Loopholes', 'Voters'; not 'Taliban', 'Thrace', 'Drake'), unless a head word of an organisation,
a place or a newsroom, a number, a known organisation, a title, a country, a city, or the parse
(a subject of a verb, a possessor) says it is a name ('World Food Programme', 'Interstate 5',
'Judicial Watch sued').
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.analyse.actors.cities import is_big_city_name, is_city_name
from generator.analyse.actors.common import is_common_word
from generator.analyse.actors.countries import country_of
from generator.analyse.actors.model import ActorBuilder
from generator.analyse.names import given_names, match_key
from generator.analyse.nlp import is_mostly_lower_case
from generator.briefing import GROUP, ORGANISATION, PERSON, PLACE
from generator.lexicon.actors import (
    INSTITUTION_WORDS,
    KNOWN_ORGANISATIONS,
    NAME_HEAD_WORDS,
    NEWSPAPER_WORDS,
    NOT_ACTOR_NAMES,
    PRODUCT_NAMES,
)

MAX_VERSION_WORDS = 3
MODEL_NUMBER = re.compile(r"[a-z]{2,}[0-9]+")  # not 'G20', 'M23': one letter and a number name groups


def names_no_actor(text: str, no_actors: set[str]) -> bool:
    """A work or storm the article names so (`no_actors`), a product, a version or a maker's
    name of one ('Windows XP', 'Xbox One', 'Google Chrome') or a model number ('IE9', 'PS4':
    letters and digits in one word)."""
    key = match_key(text)
    return key in no_actors | NOT_ACTOR_NAMES or _names_a_product(key) or MODEL_NUMBER.fullmatch(key) is not None


def _names_a_product(key: str) -> bool:
    """'windows xp', 'google chrome', 'internet explorer 9': a short name that opens or ends
    with a product's name."""
    words = key.split()
    if len(words) > MAX_VERSION_WORDS:
        return False
    return any(key.startswith(product + " ") or key.endswith(" " + product) for product in PRODUCT_NAMES)


def lower_case_words(doc: Doc) -> set[str]:
    """The article's lower-case words and their lemmas."""
    return {t.lemma_.lower() for t in doc if t.is_lower} | {t.text for t in doc if t.is_lower}


def is_capitalised_common_word(builder: ActorBuilder, doc: Doc, lower_words: set[str]) -> bool:
    """Whether an actor is a common word that only its place in the text capitalises."""
    return _only_capitalised_as_opener(builder, doc) or _written_lower_too(builder, doc, lower_words) or _words_mostly_lower(builder, doc)


def _only_capitalised_as_opener(builder: ActorBuilder, doc: Doc) -> bool:
    """'Background', 'Syntax', 'Hydrogen': a common word that is capitalised only because it
    opens a sentence or a heading gives no sign of being a name ('Normalcy returned'). People
    named by a first name are spared ('Grace said'), and an actor named once in full ('Bush' of
    'George Bush') has a longer mention. A big city's name tagged a place or an organisation is
    one ('Cologne drew with Stuttgart', 'Nice is ...')."""
    if builder.kind not in (ORGANISATION, PLACE, PERSON):
        return False
    if builder.kind != PERSON and is_big_city_name(builder.name):
        return False
    return all(
        mention.end - mention.start == 1
        and doc[mention.start].is_sent_start
        and is_common_word(doc[mention.start].lower_)
        and not (builder.kind == PERSON and doc[mention.start].text in given_names())
        for mention in builder.mentions
    )


def _written_lower_too(builder: ActorBuilder, doc: Doc, lower_words: set[str]) -> bool:
    """'Homeopathy', 'Character', 'Landscape': a one-word card whose word is an English
    common word that the article also writes in lower case is that word capitalised by its
    place (a heading, a sentence's start, a title), not a name. First names ('Rose', 'Mark'),
    named organisations ('Apple'), newspapers ('the Times') and the institutions a capital
    names ('the Senate', 'the House') are spared."""
    if any(m.end - m.start != 1 or m.titled for m in builder.mentions):
        return False
    words = {doc[m.start].lower_ for m in builder.mentions}
    return all(
        is_common_word(word)
        and word in lower_words
        and word not in KNOWN_ORGANISATIONS | NEWSPAPER_WORDS | INSTITUTION_WORDS
        and word.title() not in given_names()
        for word in words
    )


def _words_mostly_lower(builder: ActorBuilder, doc: Doc) -> bool:
    """'Best Actor', 'Translation Studies', 'Closing Loopholes', 'Voters': a name all of whose
    words English mostly writes in lower case (`is_mostly_lower_case`: corpus counts, not this
    one article) is a phrase in Title Case, a heading or a title, not a name, unless something
    says it is one: the head word of an organisation, a place or a newsroom ('Social Welfare
    Department', 'World Food Programme', 'ABC News'), a number ('Interstate 5'), a known
    organisation, a personal title, a country or a city ('Reading'), or the parse showing it
    act or own ('Judicial Watch sued', 'Social Security's trust fund'). The price: a name made
    only of common words and given none of these ('Raymond Chan of People Power') gets no card."""
    if builder.kind not in (ORGANISATION, PLACE, PERSON, GROUP) or any(m.titled for m in builder.mentions):
        return False
    name = builder.name
    words = [w for w in re.split(r"[\s\-]+", name) if not w.islower() and w != "&"]
    if not words or match_key(name) in KNOWN_ORGANISATIONS or country_of(name) or is_city_name(name):
        return False
    common = all(is_mostly_lower_case(w) and not {w.lower(), _singular(w.lower())} & NAME_HEAD_WORDS for w in words)
    return common and not any(_acts_or_owns(doc[m.start : m.end]) for m in builder.mentions)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _acts_or_owns(span: Span) -> bool:
    """The subject of a verb or a possessor, inside its sentence: what the article treats as an
    actor (a sentence's first word is capitalised whatever it is: 'Voters see the system')."""
    doc = span.doc
    owns = span.end < len(doc) and doc[span.end].tag_ == "POS"
    return not span[0].is_sent_start and (owns or (span.root.dep_ == "nsubj" and span.root.head.pos_ == "VERB"))


MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_NUMBERS = 2
HEADLINE_SMALL_WORDS = frozenset("a an the and or of to in on at for by with as vs".split())


def named_only_in_headlines(builder: ActorBuilder, doc: Doc, headline_end: int | None) -> bool:
    """'Marco Rubio Tell', 'Russians Hacked DNC': in a Title Case headline the model cannot tell
    a name from the words around it, so a name found only in a headline that opens the text
    (`headline_end`: where it ends, from `title_case_headline_end`), and never in the article's
    sentences, is no card. Only the first line: further lines of capitalised words with no full
    stop are lists of names (a squad, a sign-off), whose names are names."""
    return headline_end is not None and all(doc[mention.start].idx <= headline_end for mention in builder.mentions)


def title_case_headline_end(doc: Doc) -> int | None:
    """Where the text's first line ends, if it is a headline: no full stop at its end, Title
    Case (every word but the small ones capitalised; a caption or a sentence has lower-case
    words), fewer than MAX_HEADLINE_NUMBERS numbers. None when it is not."""
    text = doc.text
    end = text.find("\n")
    line = text[: end if end >= 0 else len(text)].strip()
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", line) if word.lower() not in HEADLINE_SMALL_WORDS]
    if line.endswith(".") or len(words) < MIN_HEADLINE_WORDS or len(re.findall(r"\d+", line)) >= MAX_HEADLINE_NUMBERS:
        return None  # a sentence, a short label, a results line
    if not all(word[0].isupper() for word in words):
        return None
    return len(line) + (len(text) - len(text.lstrip()))
