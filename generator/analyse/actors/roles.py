"""Roles and affiliations from titles before a name ('Defence Minister', 'Secretary of State',
'Syria leader') and appositions headed by a role noun ('spokesman for the rebel High
Negotiations Committee'), cut before a relative clause or a comma; the affiliation is the
organisation or country the title or apposition names.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors.descriptions import names_people
from generator.analyse.actors.index import ActorIndex
from generator.analyse.actors.kinds import is_person_noun
from generator.analyse.actors.model import ActorBuilder
from generator.analyse.actors.spans import ends_title_of
from generator.briefing import PERSON
from generator.lexicon.actors import DEMONYMS, ROLE_BREAKS, TITLE_WORDS


def collect_roles(builder: ActorBuilder, doc: Doc, index: ActorIndex) -> None:
    if builder.kind != PERSON:
        return
    for mention in builder.mentions:
        if mention.shared:
            continue  # 'President Clinton' of two Clintons named in full: whose title it is, the name does not say
        span = doc[mention.start : mention.end]
        title = _title_before(span)
        if title is not None:
            builder.add_role(title.text)
            builder.affiliation = builder.affiliation or _affiliation(title, index, builder)
        for apposition in _appositions(span):
            builder.add_role(apposition.text)
            builder.affiliation = builder.affiliation or _affiliation(apposition, index, builder)


def _title_before(span: Span) -> Span | None:
    """'Russian President' in 'Russian President Vladimir Putin': modifiers of the name before
    it, 'Secretary of State' too."""
    doc, start = span.doc, span.start
    members = set(range(span.start, span.end))
    while start > 0:
        token = doc[start - 1]
        if ends_title_of(doc, start) and doc[start - 3].head.i in members:
            members.update(range(start - 3, start))
            start -= 3
            continue
        attached = token.head.i in members or any(child.i in members for child in token.children)
        if not attached or token.pos_ not in ("PROPN", "NOUN", "ADJ") or token.dep_ in ("nsubj", "dobj", "poss"):
            break
        members.add(token.i)
        start -= 1
    if start == span.start:
        return None
    title = doc[_owner_start(doc, start) : span.start]
    return title if any(t.lower_ in TITLE_WORDS for t in title) else None


def _owner_start(doc: Doc, start: int) -> int:
    """Where a title begins once the country or organisation it belongs to is counted in:
    'Syria leader', "Syria's leader" (the parse often hangs the country elsewhere)."""
    before = start - 1
    if before >= 0 and doc[before].tag_ == "POS":
        before -= 1
    if before < 0 or doc[before].ent_type_ not in ("GPE", "ORG", "NORP"):
        return start
    while before > 0 and doc[before].ent_iob_ == "I":
        before -= 1
    return before


def _appositions(span: Span) -> list[Span]:
    """'spokesman for the rebel High Negotiations Committee' after 'Salim al-Muslat,': an
    apposition whose head is a role noun (a title, an occupation, a person noun), up to a
    relative clause or a comma ('the likely nominee, where it hurts ...' gives 'the likely
    nominee'); 'her former record label and ...' names no role."""
    result = []
    for child in span.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= span.end and _is_role_noun(child):
            tokens = list(child.subtree)
            end = next((t.i for t in tokens if t.i > child.i and (t.dep_ in ("relcl", "acl") or t.text in ROLE_BREAKS)), tokens[-1].i + 1)
            end = min(end, next((t.left_edge.i for t in tokens if t.i > child.i and t.dep_ in ("relcl", "acl")), end))
            while end > child.i + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].pos_ in ("CCONJ", "ADP", "DET")):
                end -= 1
            result.append(span.doc[tokens[0].i : end])
    return result


def _is_role_noun(noun: Token) -> bool:
    return is_person_noun(noun) or names_people(noun)


def _affiliation(span: Span, index: ActorIndex, owner: ActorBuilder) -> str | None:
    """The organisation or country in a title or apposition: 'High Negotiations Committee' in
    'spokesman for the ... Committee', 'Russia' in 'Russian President'."""
    for token in span:
        builder = index.actor_of(token)
        if builder is not None and builder is not owner and builder.kind != PERSON:
            return builder.name
    return next((DEMONYMS[t.lower_] for t in span if t.lower_ in DEMONYMS), None)
