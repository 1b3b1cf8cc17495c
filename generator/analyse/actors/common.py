"""What one word or token is: a common English word, a plain first name, an acronym, a possible
untagged name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.analyse.names import given_names, international_given_names
from generator.analyse.nlp import (
    common_words,
    english_adjectives,
    english_nouns,
    english_verbs,
)
from generator.lexicon.actors import HONORIFICS, RANK_WORDS, SPORTS_WORDS, TITLE_WORDS
from generator.lexicon.read import LEGAL_FORMS

FINITE_VERB_TAGS = frozenset({"VBZ", "VBD"})
MIN_VERB_FORM_LETTERS = 4  # 'Hits', 'Led' is too short to tell


def is_common_phrase(span: Span) -> bool:
    return all(is_common_word(token.lower_) for token in span)


def is_common_word(word: str) -> bool:
    """Whether a word, or its singular, is an English common word ('Witches', 'Studies')."""
    singulars = {word, word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else {word}
    return bool(singulars & common_words())


def may_be_untagged_name(token: Token) -> bool:
    lower = token.lower_
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and token.is_alpha
        and (token.is_title or (token.is_upper and len(token) > 1))
        and lower not in TITLE_WORDS
        and lower not in RANK_WORDS
        and lower not in HONORIFICS
    )


def is_plain_first_name(word: str) -> bool:
    """A first name of many nations ('Robert', 'Jean'), or one that is no English word or place
    in WordNet: 'Sophie', not 'Paris'."""
    return word in international_given_names() or (word in given_names() and not is_common_word(word.lower()))


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def is_finite_verb(token: Token) -> bool:
    """A verb in the third person or the past ('Responds', 'Endorses', 'Explained'), also in a
    Title Case headline where the model tags it a proper noun: its stem is an English verb and,
    for an -s form, no noun."""
    if token.tag_ in FINITE_VERB_TAGS:
        return True
    word = token.lower_
    if not token.is_title or not word.isalpha() or len(word) < MIN_VERB_FORM_LETTERS:
        return False
    if word.endswith("s"):  # only of a verb that is no noun: 'Times', 'Rangers', 'Jets' are plurals
        stems = {word[:-1], word[:-2]} | ({word[:-3] + "y"} if word.endswith("ies") else set())
        return bool(stems & english_verbs()) and not stems & english_nouns()
    if word.endswith("ed") and word not in english_adjectives():  # 'United', 'Limited' are no verbs here
        stems = {word[:-2], word[:-1], word[:-3] + "y"} | ({word[:-3]} if word[-3] == word[-4] else set())
        return bool(stems & english_verbs())
    return False


SPORTS_SHARE = "briefings.sports_word_share"  # `sports_word_share`'s answer, kept on the article's Doc


def is_legal_form(token: Token) -> bool:
    """'Plc', 'Co.', 'AG', 'Inc': a word that ends a firm's name (`LEGAL_FORMS`)."""
    return token.lower_.rstrip(".") in LEGAL_FORMS


def sports_word_share(doc: Doc) -> float:
    """How much of the article is a sports page's words (`SPORTS_WORDS`: where a club named by
    its city plays); counted once per article, for the card model and the kind rules both."""
    if SPORTS_SHARE not in doc.user_data:
        doc.user_data[SPORTS_SHARE] = sum(1 for token in doc if token.lower_ in SPORTS_WORDS) / max(len(doc), 1)
    return doc.user_data[SPORTS_SHARE]
