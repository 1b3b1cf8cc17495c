"""Cues: the words that say a passage is someone's (a verb of saying, 'according to', a verb
of belief), and which cue a quotation hangs from: the speech verb that governs it, one in its
sentence, a lead-in ('According to X, "..."', 'Limbaugh continued:', 'X boomed: "..."'), the
sentence before that introduces it ('Cruz told reporters:'), an attribution after the closing
mark in the same paragraph ('"...," Sexton said.'), or the verb that narrates it ('Moore
thanked him for "..."').
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from generator.analyse.nlp import verb_stems
from generator.analyse.quotes.marks import QUOTE_CHARS, QuotedPassage
from generator.lexicon.quotes import (
    ADDRESSED_VERBS,
    ANSWER_VERBS,
    BELIEF_VERBS,
    CUE_HELPER_DEPS,
    DEMANDING_MODALS,
    DUMMY_SUBJECTS,
    IRREGULAR_PASTS,
    LEAD_IN_VERBS,
    NAMING_VERBS,
    NEGATED_SUBJECTS,
    NEGATIONS,
    QUESTION_MARKS,
    REFUSAL_VERBS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)

LEAD_IN_MARKS = frozenset({",", ":", "—", "–", "--"})
REPORTED_DEPS = frozenset({"ccomp", "xcomp"})  # the clause a verb of saying reports
MAX_MARKS_AFTER, TRAILING_REACH = 3, 8  # '“...,” the host wrote': the marks after a quotation, the words up to its verb
OPEN_ENDINGS = (",", "?", "!", "—", "–", "-")  # a quotation that leaves its sentence open for its attribution


def _has_subject(verb: Token, quoted: frozenset[int] | set[int] = frozenset()) -> bool:
    return any(is_subject_of(c, verb) and c.i not in quoted for c in verb.children)


def is_subject_of(child: Token, verb: Token) -> bool:
    """A subject, or a name the parser hung on the verb before it as a compound ('“Cruz,” Beck
    joked, “Amen!”'): a verb has no compounds. The subject of 'was asked' or 'was told' is
    the one spoken to (`ADDRESSED_VERBS`), no subject of the saying."""
    if child.dep_ == "nsubjpass" and verb.lemma_.lower() in ADDRESSED_VERBS:
        return False
    if child.dep_ in ("nsubj", "nsubjpass"):
        return True
    return child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < verb.i and verb.pos_ == "VERB"


def is_speech_verb(token: Token) -> bool:
    """A verb of saying ('shot back' too); 'so-called' marks scare quotes and is not one."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    so_called = token.lower_ == "called" and token.i >= 2 and token.doc[token.i - 2].lower_ == "so"
    lemma = token.lemma_.lower()
    answered = lemma in ANSWER_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children)
    return (lemma in SPEECH_VERBS or answered) and not so_called


def is_past_of_saying(token: Token) -> bool:
    """A verb of saying in the past that opens its sentence, however the parser tagged it
    ('Explained Acme CTO Jo Bloggs, “...”' reads 'Explained' as a name)."""
    word = token.lower_
    if not token.is_sent_start or not token.is_title:
        return False
    if word in IRREGULAR_PASTS:
        return IRREGULAR_PASTS[word] in SPEECH_VERBS
    replied = {word[:-3] + "y"} if word.endswith("ied") else set()  # 'replied' -> reply
    return word.endswith("ed") and bool((verb_stems(word) | replied) & SPEECH_VERBS)


def cue_text(cue: Token) -> str:
    """The cue as the sentence has it, with its negation and modality ('did not say', 'does not
    deny', "don't think", 'may have told', 'could not resist pointing'): the verb alone would
    assert what the writer denies."""
    if is_according(cue):
        return "according to"
    if cue.dep_ == "xcomp" and cue.head.i < cue.i and is_negated(cue.head) and _follows_at_once(cue, cue.head):
        return cue_text(cue.head) + " " + cue.doc[cue.head.i + 1 : cue.i + 1].text  # "don't hesitate to report"
    helpers = [c for c in cue.children if c.dep_ in CUE_HELPER_DEPS and c.i < cue.i and _in_its_clause(c, cue)]
    if not helpers:
        return cue.text
    start = min(c.i for c in helpers)
    between = cue.doc[start : cue.i]
    if all(t.dep_ in CUE_HELPER_DEPS or t.dep_ == "advmod" for t in between):
        return cue.doc[start : cue.i + 1].text  # 'did not immediately say'
    return " ".join(c.text for c in sorted(helpers, key=lambda c: c.i)) + " " + cue.text


def _follows_at_once(cue: Token, verb: Token) -> bool:
    """'could not resist pointing', 'do not hesitate to say': nothing but 'to' between them."""
    return all(t.lower_ == "to" or t.dep_ in CUE_HELPER_DEPS for t in cue.doc[verb.i + 1 : cue.i])


def is_negated(cue: Token) -> bool:
    """'did not say', 'never told', 'does not deny', 'Not everyone finds', 'Nobody said', 'Neither
    Cruz nor Christie acknowledged'."""
    if any((c.dep_ == "neg" or c.lower_ in NEGATIONS) and _in_its_clause(c, cue) for c in cue.children):
        return True
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and _in_its_clause(c, cue)]
    return any(s.lower_ in NEGATED_SUBJECTS or any(c.lower_ in NEGATIONS | NEGATED_SUBJECTS for c in s.children) for s in subjects)


def _in_its_clause(word: Token, cue: Token) -> bool:
    """A word the parser hangs on the cue from across a quotation mark is the quote's, not the
    cue's: in '“Probably not,” Ms. Moore said' she said it; the 'not' is her answer."""
    low, high = sorted((word.i, cue.i))
    return not any(t.text in QUOTE_CHARS for t in cue.doc[low + 1 : high])


def is_under_a_negation(cue: Token) -> bool:
    """'Trump was not willing to say who ...', "It's not that Cruz feels ...": a verb a negated
    clause governs reports nothing the writer asserts."""
    return any(is_negated(above) for above in cue.ancestors)


def is_urged_or_refused(cue: Token) -> bool:
    """'The agency advised schools to insist that ...', 'They pressed her to say ...', 'The
    minister declined to say whether ...', 'Stoner said the minister must explain why ...': a
    verb of saying in the infinitive that another verb urges on its object or that its subject
    refuses, or one a modal demands, reports nothing said."""
    if any(c.dep_ == "aux" and c.lower_ in DEMANDING_MODALS for c in cue.children):
        return True
    if cue.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    return cue.head.lemma_.lower() in REFUSAL_VERBS or any(c.dep_ in ("dobj", "dative") for c in cue.head.children)


def is_asked_about(cue: Token) -> bool:
    """'Asked if she believed Putin wanted ...': a verb under 'if' or 'whether' is a question put,
    not a statement made; what it governs is nobody's claim."""
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in cue.children)


def narrating_verb(span: Span, quoted_tokens: set[int]) -> Token | None:
    """'Moore thanked him for “stepping up and taking action when Congress won't”', 'The ad
    targets a “corrupt political system ...”': with no verb of saying, the nearest verb outside
    the quotation that governs it and has a subject there gives the source."""
    verbs = {
        a for t in span for a in t.ancestors
        if a.i not in quoted_tokens and a.pos_ in ("VERB", "AUX") and _has_subject(a, quoted_tokens)
    }
    return min(verbs, key=lambda v: abs(v.i - span.start), default=None)


def outer_reporter(cue: Token, quoted_tokens: set[int]) -> Token:
    """'Trump said he responded: “...”': a reporting verb whose reported clause holds the cue is
    the source the article gives for the words. Only a reported clause counts: in 'Axelrod
    tweeted after Clinton argued that “...”' or '..., while Cruz said that “...”' the cue
    hangs from the other verb as an adverbial clause, and the words stay the cue's."""
    outer, node = cue, cue
    while node.dep_ in REPORTED_DEPS and node.head.i != node.i:
        if node.dep_ == "xcomp" and _has_subject(node, quoted_tokens):
            break  # '“Cruz,” Beck joked': a clause of its own the parser took for an infinitive
        node = node.head
        if node.i not in quoted_tokens and node.lemma_.lower() in REPORTING_VERBS and node.pos_ in ("VERB", "AUX"):
            outer = node
    return outer


def attributed_right_after(span: Span, quoted_tokens: set[int]) -> Token | None:
    """'“...,” the host wrote', '“...,” said Ms Ford': a speech verb right after the closing
    mark, in the quote's sentence, with only its subject between, is the quote's own
    attribution, whatever verb the sentence opened with: in 'Clarkson printed his details, the
    BBC reported: “...,” the Top Gear host wrote' the words are the host's, the BBC reports them."""
    doc = span.doc
    after = span.end
    while after < len(doc) and (doc[after].is_punct or doc[after].is_space) and after - span.end < MAX_MARKS_AFTER:
        after += 1
    if after >= len(doc) or doc[after].is_sent_start or doc[after].is_punct or doc[after].i in quoted_tokens:
        return None
    closing = doc[span.start : after].text.rstrip().rstrip("".join(QUOTE_CHARS)).rstrip()  # not `doc.text`: it joins the whole text
    between = span[-1].whitespace_ + "".join(token.text_with_ws for token in doc[span.end : after])
    if "\n" in between or not closing.endswith(OPEN_ENDINGS):
        return None  # '... a “boldfaced lie.”' ends its sentence: what follows is another one
    for token in doc[after : min(after + TRAILING_REACH, len(doc))]:
        if token.i in quoted_tokens or token.is_sent_start and token.i > after:
            return None
        if is_speech_verb(token):
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            inverted = token.i == after and subject is not None and subject.i > token.i  # '“...,” said Ms Ford', not '“...,” adding'
            return token if inverted or (subject is not None and subject.left_edge.i == after and subject.right_edge.i < token.i) else None
    return None


def governing_cue(span: Span, quoted_tokens: set[int]) -> Token | None:
    """The speech verb outside the quote that the quote hangs from.

    A plain reporting verb ('said', 'told') wins over a nearer speech act inside the reported
    clause: in 'It said Russia pledged to ... “combating terrorism”' the words are It's. Not
    over a verb joined to it with a subject of its own: in 'Ryan saying he was pleased and
    Trump calling it a “great meeting”' they are Trump's.
    """
    governors = []
    for token in span:
        governors += [a for a in token.ancestors if a.i not in quoted_tokens and is_speech_verb(a)]
    joined = [g for g in governors if g.dep_ == "conj" and _has_subject(g, quoted_tokens)]
    reporting = [
        g for g in governors
        if g.lemma_.lower() in REPORTING_VERBS and not any(j.head.i == g.i for j in joined)
    ]
    return min(reporting or governors, key=lambda g: abs(g.i - span.start), default=None)


def cue_in_sentence(span: Span, quoted_tokens: set[int]) -> Token | None:
    """A speech verb outside quotes in the quote's own sentences, nearest first."""
    if not len(span):
        return None
    sentences = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    candidates = [
        t for sent in sentences.values() for t in sent if is_speech_verb(t) and t.i not in quoted_tokens
    ]
    return min(candidates, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)), default=None)


def complement_around(cue: Token, span: Span) -> Span | None:
    """For a partial quote, the reported clause that embeds the quoted fragment.

    The fragment is partial when the cue's clausal complement contains it together with at
    least two words outside the quotation marks ('saying it was in line with “...”'). After a
    naming verb the complement runs from the verb to the end of the fragment: its object and
    what the object is called ('called him a “loser”', 'described the plan as a “work in progress”').
    """
    words = [t.i for t in span if not t.is_punct]
    if not words:
        return None
    for child in cue.children:
        inside = child.left_edge.i <= words[0] and words[-1] <= child.right_edge.i
        if not inside:
            continue
        if child.dep_ in ("ccomp", "xcomp"):
            clause = cue.doc[child.left_edge.i : child.right_edge.i + 1]
        elif cue.lemma_.lower() in NAMING_VERBS and child.i > cue.i:
            clause = cue.doc[cue.i + 1 : span.end]
        else:
            continue
        outside = [t for t in clause if t.is_alpha and not (span.start <= t.i < span.end)]
        if len(outside) >= 2:
            return strip_punct(clause)
    return None


def strip_punct(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].is_punct and doc[start].text not in QUOTE_CHARS):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS):
        end -= 1
    return span.doc[start:end]


def sentence_lead(span: Span) -> list[Token]:
    """The words of the quote's sentence before the quote."""
    if not len(span):
        return []
    return [t for t in span.doc[span[0].sent.start : span.start] if not t.is_space]


def lead_in(span: Span, quoted_tokens: set[int]) -> Token | None:
    """'According to Limbaugh, “...”', 'Limbaugh continued: “...”', 'Trump issued a statement,
    “...”', 'Trump leaned in and boomed: “...”': the quote's own sentence opens with its source
    and a comma, a colon or a dash. After a colon or a dash any verb with a subject will do."""
    lead = [t for t in sentence_lead(span) if t.i not in quoted_tokens]
    if not lead or lead[-1].text not in LEAD_IN_MARKS:
        return None
    according = next((t for t in lead if is_according(t)), None)
    if according is not None:
        return according
    any_verb = lead[-1].text != ","
    return next((t for t in reversed(lead) if _leads_in(t, any_verb)), None)


def _leads_in(verb: Token, any_verb: bool = False) -> bool:
    """A verb with a subject that can introduce a quote: a speech verb, 'continued', any verb
    whose object is a statement, a speech, a tweet ..., or with `any_verb` any verb at all."""
    if verb.pos_ not in ("VERB", "AUX") or not _has_subject(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_VERBS or lemma in LEAD_IN_VERBS or any(c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in verb.children):
        return True
    return any_verb and not _has_dummy_subject(verb)


def _has_dummy_subject(verb: Token) -> bool:
    """'Wait, it gets better:', 'There is more:': a subject that stands for no one."""
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ in DUMMY_SUBJECTS for c in verb.children)


def is_impersonal_passive(cue: Token) -> bool:
    """'It is believed that ...': a passive verb whose subject is the empty 'it' of its clause."""
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    return passive and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in cue.children)


def introduced_by(span: Span, quoted_tokens: set[int]) -> Token | None:
    """'Cruz told reporters:' or 'Trump boomed:' ending the sentence before the quote introduces it."""
    if not len(span) or span[0].sent.start == 0:
        return None
    before = span.doc[span[0].sent.start - 1].sent
    words = [t for t in before if not t.is_space]
    if not words or words[-1].text != ":":
        return None
    return next((t for t in reversed(words) if t.i not in quoted_tokens and (is_speech_verb(t) or _leads_in(t, True))), None)


def attributed_after(span: Span, passage: QuotedPassage, quoted_tokens: set[int], text: str) -> Token | None:
    """'“...,” Sexton said.' when the parser ends the sentence at the closing mark."""
    if not len(span) or span[-1].sent.end >= len(span.doc):
        return None
    after = span.doc[span[-1].sent.end].sent
    root = after.root
    gap = text[passage.end : after.start_char]
    close = len(gap) <= 2 and "\n" not in gap  # the same paragraph
    if close and is_speech_verb(root) and root.i not in quoted_tokens and not any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return root
    return None


def governs_quote(cue: Token, quoted_tokens: set[int]) -> bool:
    return any(t.i in quoted_tokens for t in cue.subtree)


def is_belief_verb(token: Token) -> bool:
    return token.lemma_.lower() in BELIEF_VERBS and token.pos_ == "VERB"


def is_according(token: Token) -> bool:
    """'according to' with its source: 'according to the Times'."""
    return token.lower_ == "according" and any(c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children) for c in token.children)


def source_of_according(cue: Token) -> Token:
    to = next(c for c in cue.children if c.lower_ == "to")
    return next(g for g in to.children if g.dep_ == "pobj")
