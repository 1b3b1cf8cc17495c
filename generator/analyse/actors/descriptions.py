"""The kind a description names ('the company', 'officials', 'the group'), for resolving it to a
named actor or keeping it as an unnamed group, and whether a description fits a named actor.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from generator.analyse.actors.model import ActorBuilder
from generator.analyse.names import name_words
from generator.briefing import GROUP, ORGANISATION
from generator.lexicon.actors import (
    AGENT_SUFFIXES,
    BUSINESS_DESCRIPTIONS,
    NOT_BUSINESS_HEADS,
    ORGANISATION_NOUNS,
    PEOPLE_NOUNS,
    QUANTIFIERS,
)


def kind_of_description(span: Span) -> str | None:
    """The kind of an unnamed speaker such as 'the Syrian presidency' or 'US officials'. 'Her
    parents', 'the company's board' and 'some individuals' name nobody a card could stand for."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or any(_is_pronoun_owner_or_quantifier(child) for child in head.children):
        return None
    if head.lower_ in ORGANISATION_NOUNS or head.lemma_.lower() in ORGANISATION_NOUNS:
        return ORGANISATION if head.tag_ != "NNS" or head.lower_ in ORGANISATION_NOUNS else GROUP
    if head.tag_ in ("NNS", "NNPS") and names_people(head):
        return GROUP
    return None


def _is_pronoun_owner_or_quantifier(token: Token) -> bool:
    """'her parents', 'the country's military', 'some individuals': an owner named by a pronoun
    or by a definite singular noun stands for an actor named elsewhere, and a quantifier for
    nobody."""
    owner = token.dep_ == "poss" and (token.pos_ == "PRON" or _refers_back(token))
    return owner or token.lower_ in QUANTIFIERS


def _refers_back(noun: Token) -> bool:
    """'the country', 'the company': one thing named before; not 'the employers'', a class."""
    return noun.tag_ == "NN" and noun.is_lower and any(child.lower_ in ("the", "this", "that") for child in noun.children)


def names_people(head: Token) -> bool:
    """'officials', 'researchers', 'voters', 'parents' name people; 'results', 'findings' and
    'estimates' do not, though they 'show' and 'suggest' like a speaker."""
    lemma = head.lemma_.lower()
    agentive = lemma.endswith(AGENT_SUFFIXES) and not lemma.endswith("ment")
    return agentive or lemma in PEOPLE_NOUNS


def fits_description(builder: ActorBuilder, head: Token) -> bool:
    """Whether 'the <head>' may name `builder`: where the actor's names, roles or descriptions
    hold the noun ('the ministry' of the Ministry of Defence, 'the university' of Halden
    University), or the noun is one any firm answers to ('the company', 'the group') and the
    actor's name says it is no state body, school, party or newsroom. 'The military' is never
    a news agency nor 'the government' a university: with no actor that fits, the description
    names nobody."""
    noun = head.lemma_.lower()
    words = {word for text in builder.names + builder.roles + builder.descriptions for word in name_words(text)}
    if noun in words or head.lower_ in words:
        return True
    return noun in BUSINESS_DESCRIPTIONS and not words & NOT_BUSINESS_HEADS
