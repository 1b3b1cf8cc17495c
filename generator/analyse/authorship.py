"""Who an article's narrating 'I' is: the author its byline names, or the author the text itself
introduces. Opinion pieces and book excerpts rarely come with a byline in the text a user
pastes, but they introduce their author in a set form: an editor's note before the text
('Editor's note: ... excerpts from author Dinesh D'Souza's new book') or a one-line biography
closing it, about someone the text has not named before ('Peter Morici is an economist ...').
Nothing else makes an 'I' anyone: 'I said' then stays unattributed. The quotes stage credits a
quote so found to the author with the evidence 'the author'.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors import ORGANISATION, PERSON, ActorIndex
from generator.analyse.actors.model import ActorBuilder
from generator.analyse.names import name_key, name_words
from generator.analyse.nlp import Paragraphs, name_head
from generator.lexicon.quotes import AUTHORED_WORKS, EDITOR_NOTE_OPENERS

MIN_PARAGRAPHS_FOR_BIO = 3  # a closing biography closes a text of several paragraphs
NOTE_PARAGRAPHS = 2  # an editor's note opens the text, after its headline where the text has one


def narrator(doc: Doc, index: ActorIndex, paragraphs: Paragraphs, byline: str | None = None) -> ActorBuilder | None:
    """The actor a first-person narrator is, when the byline or the text says who wrote it."""
    return byline_actor(index, byline) or noted_author(doc, index, paragraphs) or closing_bio_author(doc, index, paragraphs)


def byline_actor(index: ActorIndex, author: str | None) -> ActorBuilder | None:
    """The actor whom `author` names, if exactly one: a person, or a name the small model took
    for an organisation ('Dinesh D’Souza'), since an author is never a place."""
    if not author:
        return None
    key = name_key(author)
    named = [b for b in index.builders if b.kind in (PERSON, ORGANISATION) and key in {name_key(n) for n in b.names}]
    return named[0] if len(named) == 1 else None


def noted_author(doc: Doc, index: ActorIndex, paragraphs: Paragraphs) -> ActorBuilder | None:
    """The author an editor's note at the top names ('Editor's note: X is a professor ...')."""
    for number in range(1, NOTE_PARAGRAPHS + 1):
        paragraph = _paragraph(doc, paragraphs, number)
        if paragraph is not None and paragraph.text.lower().replace("’", "'").startswith(EDITOR_NOTE_OPENERS):
            return next((author for sentence in paragraph.sents if (author := _introduced_author(sentence, index))), None)
    return None


def closing_bio_author(doc: Doc, index: ActorIndex, paragraphs: Paragraphs) -> ActorBuilder | None:
    """The author a closing biography introduces ('Rep. Raul Grijalva, D-Ariz., was an early
    backer of ...'): the first sentence of the last paragraph, about someone the text has not
    named before, since a last paragraph about a person of the story is no biography."""
    count = len(paragraphs)
    last = _paragraph(doc, paragraphs, count) if count >= MIN_PARAGRAPHS_FOR_BIO else None
    if last is None:
        return None
    author = _introduced_author(next(iter(last.sents)), index)
    return author if author is not None and author.start >= last.start else None


def _paragraph(doc: Doc, paragraphs: Paragraphs, number: int) -> Span | None:
    if number > len(paragraphs):
        return None
    span = doc.char_span(*paragraphs.bounds(number), alignment_mode="expand")
    return span if span is not None and len(span) else None


def _introduced_author(sentence: Span, index: ActorIndex) -> ActorBuilder | None:
    """The person a sentence introduces as an author: the subject of 'is/was' with a noun
    predicate ('X is a Cold War historian'), or the owner of a written work ('X's new book')."""
    for token in sentence:
        builder = index.actor_of(token)
        if builder is None or builder.kind not in (PERSON, ORGANISATION) or len(name_words(builder.name)) < 2:
            continue
        head = name_head(token, proper_only=False)
        if head.dep_ == "nsubj" and _is_introduction(head.head) or head.dep_ == "poss" and head.head.lemma_ in AUTHORED_WORKS:
            return builder
    return None



def _is_introduction(verb: Token) -> bool:
    return verb.lemma_ == "be" and verb.dep_ == "ROOT" and any(child.dep_ == "attr" for child in verb.children)
