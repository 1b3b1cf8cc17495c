"""Names the text itself says are one: 'Stefani Germanotta, better known as Lady Gaga', 'Cassius
Clay, who became known as Muhammad Ali', 'Ichiyō Higuchi was the pen name of Natsu Higuchi'.

No spelling links such names, so the actors stage merges them on the parse's word: it reads
the dependency tree around 'known as', 'known by her pseudonym' and '<name> is the pen name of'
(`merging.stated_alias_keys` joins them; places are left out).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.lexicon.actors import NAME_NOUNS


def stated_aliases(doc: Doc) -> list[tuple[int, int]]:
    """Pairs of token indices: the heads of two names the text says belong to one bearer."""
    return [(named.i, alias.i) for token in doc for named, alias in _known_as(token) + _name_of(token) if named.i != alias.i]


def _known_as(token: Token) -> list[tuple[Token, Token]]:
    """'X, also known as Y (and Z)', 'X, better known by her pseudonym Y', 'X, who became known as Y'."""
    if token.lemma_.lower() != "know" or token.tag_ != "VBN":
        return []
    named = _described(token)
    if named is None:
        return []
    aliases = []
    for preposition in token.children:
        if preposition.lower_ in ("as", "by") and preposition.dep_ in ("prep", "agent"):
            for alias in (child for child in preposition.children if child.dep_ == "pobj"):
                aliases.append(_named_by(alias))
    return [(named, alias) for head in aliases for alias in [head, *head.conjuncts] if alias.pos_ == "PROPN"]


def _described(known: Token) -> Token | None:
    """What 'known' says something about: the noun it modifies, its own subject ('X is also known
    as Y'), or the subject of the clause it joins."""
    if known.dep_ in ("acl", "relcl"):
        return known.head
    if known.dep_ in ("ROOT", "conj"):
        return next((child for child in known.children if child.dep_ == "nsubjpass"), None)
    if known.dep_ == "advcl":
        return next((child for child in known.head.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _named_by(noun: Token) -> Token:
    """'her pseudonym Jenna Marbles' -> Marbles: the name in apposition to a word for a name."""
    if noun.lemma_.lower() in NAME_NOUNS:
        return next((child for child in noun.children if child.dep_ == "appos"), noun)
    return noun


def _name_of(token: Token) -> list[tuple[Token, Token]]:
    """'X was a pen name of Y', 'X is the pseudonym of Y'."""
    if token.lemma_.lower() not in NAME_NOUNS or token.dep_ != "attr" or token.head.lemma_ != "be":
        return []
    subject = next((child for child in token.head.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    owner = next((pobj for of in token.children if of.lower_ == "of" for pobj in of.children if pobj.dep_ == "pobj"), None)
    if subject is None or owner is None or subject.pos_ != "PROPN" or owner.pos_ != "PROPN":
        return []
    return [(subject, owner)]
