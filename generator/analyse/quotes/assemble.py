"""Assembly: the quotes of an article in text order, each a direct quote, a partial quote or
reported speech, with its cue, its speaker and its paragraph; a quotation with no cue of its
own continues the quote before it (unless the narration between them makes another actor its
subject), is credited by a label or by narration, or is left unattributed (a short one with
none is a scare quote or a title and is no quote). Reported speech: 'said' with a clausal
complement, 'according to', verbs of belief.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors import ActorBuilder, ActorIndex
from generator.analyse.coreference import MIN_CONFIDENCE
from generator.analyse.nlp import Paragraphs
from generator.analyse.quotes.cues import (
    attributed_after,
    attributed_right_after,
    complement_around,
    cue_in_sentence,
    cue_text,
    governing_cue,
    governs_quote,
    introduced_by,
    is_according,
    is_asked_about,
    is_belief_verb,
    is_impersonal_passive,
    is_negated,
    is_speech_verb,
    is_under_a_negation,
    is_urged_or_refused,
    lead_in,
    narrating_verb,
    outer_reporter,
    strip_punct,
)
from generator.analyse.quotes.marks import (
    QUOTE_CHARS,
    RUN_ON_PARAGRAPHS,
    QuotedPassage,
    Turn,
    clean_quote,
    looks_like_title,
    partial_text,
    quoted_passages,
    transcript_turns,
)
from generator.analyse.quotes.speakers import (
    ATTRIBUTION_WORDS,
    CONTINUED_WEIGHTS,
    INTRODUCED_WEIGHT,
    LABEL_WEIGHT,
    NARRATOR_WEIGHT,
    RAN_ON_WEIGHT,
    UNATTRIBUTED,
    Attribution,
    Attributor,
    label_before,
    named_label_before,
)
from generator.briefing import BELIEF, DIRECT, INDIRECT, PARTIAL, PERSON, Quote
from generator.lexicon.coreference import PERSON_PRONOUNS
from generator.lexicon.quotes import (
    ADDRESSED_VERBS,
    FIRST_PERSON_SINGULAR,
    NAMING_VERBS,
    NEGATIONS,
    QUESTION_MARKS,
    REPORTING_VERBS,
)

MIN_UNATTRIBUTED_WORDS = 5


def find_quotes(
    doc: Doc, index: ActorIndex, paragraphs: Paragraphs, narrator: ActorBuilder | None = None
) -> list[FoundQuote]:
    """The article's quotes in text order; `freeze` them once the actors have their ids.
    `narrator`: the actor a narrating 'I' is (`authorship.narrator`), if the article says."""
    text = doc.text  # Doc.text joins every token again on each call: read it once
    turns = transcript_turns(text)
    passages = [p for p in quoted_passages(text) if not any(t.start <= p.start < t.end for t in turns)]
    quoted_tokens = frozenset(t.i for p in [*passages, *turns] for t in _tokens(doc, p.start, p.end))
    attributor = Attributor(index, quoted_tokens, narrator)
    quotes: list[FoundQuote] = [_turn(text, turn, attributor, paragraphs) for turn in turns]
    spans: set[tuple[int, int]] = set()  # several fragments of one clause give that clause once
    used_cues: set[int] = set()
    events = [(p.start, "quote", p) for p in passages] + [
        (t.idx, "speech", t) for t in doc if (is_speech_verb(t) or is_belief_verb(t) or is_according(t)) and t.i not in quoted_tokens
    ]
    for _, what, item in sorted(events, key=lambda event: (event[0], event[1])):
        if what == "quote":
            quote = _quoted(doc, text, item, quoted_tokens, attributor, paragraphs, quotes)
            if quote is not None and (quote.start, quote.end) not in spans:
                spans.add((quote.start, quote.end))
                quotes.append(quote)
                if quote.cue_token is not None:
                    used_cues.add(quote.cue_token)
        elif item.i not in used_cues and not governs_quote(item, quoted_tokens):
            quote = _according(item, attributor, paragraphs) if is_according(item) else _reported(item, attributor, paragraphs)
            if quote is not None:
                quotes.append(quote)
    return sorted(quotes, key=lambda q: q.start)


def _turn(full_text: str, turn: Turn, attributor: Attributor, paragraphs: Paragraphs) -> FoundQuote:
    """A turn is its labelled speaker's, resolved to the actor whose name ends with the label
    ('BOLDUAN' is Kate Bolduan)."""
    text = clean_quote(full_text[turn.start : turn.end])
    attribution = attributor.label(turn.label, turn.label_start)
    return FoundQuote(text, attribution, None, None, DIRECT, paragraphs.number(turn.start), turn.start, turn.end)


@dataclass
class FoundQuote:
    """A quote whose speaker is still an actor under construction."""

    quote: str
    attribution: Attribution
    cue: str | None
    cue_token: int | None
    kind: str
    paragraph: int
    start: int
    end: int

    @property
    def builder(self) -> ActorBuilder | None:
        """The actor the quote is credited to; None when the evidence does not carry one."""
        builder = self.attribution.builder
        return builder if self.attribution.attributed and builder is not None and builder.carded else None

    def freeze(self) -> Quote:
        """`speaker` is as the article writes it ('he'), kept when only its resolution is unsure;
        the actor it resolves to is `speaker_id`, given only when the evidence carries it."""
        attribution, builder = self.attribution, self.builder
        speaker = attribution.speaker if attribution.words >= MIN_CONFIDENCE else None
        attributed = attribution.attributed
        return Quote(
            self.quote, speaker, builder.id if builder else None, self.cue, self.kind, self.paragraph,
            self.start, self.end, builder.name if builder else None, round(attribution.confidence, 2),
            attribution.start if attributed else None, attribution.end if attributed else None,
            attribution.evidence,
        )


def _tokens(doc: Doc, start: int, end: int) -> Span:
    return doc.char_span(start, end, alignment_mode="expand") or doc[0:0]


def _quoted(doc, full_text, passage, quoted_tokens, attributor, paragraphs, earlier) -> FoundQuote | None:
    start, end = passage.content
    text = clean_quote(full_text[start:end])
    span = _tokens(doc, passage.start, passage.end)
    cue = (
        attributed_right_after(span, quoted_tokens)  # '“...,” the host wrote'
        or governing_cue(span, quoted_tokens)
        or cue_in_sentence(span, quoted_tokens)
        or lead_in(span, quoted_tokens)
        or introduced_by(span, quoted_tokens)
        or attributed_after(span, passage, quoted_tokens, full_text)
    )
    if looks_like_title(text) and (cue is None or cue.lemma_.lower() not in NAMING_VERBS):
        return None  # a title, unless it is what someone called someone ('dubbed him “Mr. Fix It”')
    paragraph = paragraphs.number(start)
    named_label = named_label_before(span, attributor.index)
    if named_label is not None and (cue is None or cue.i < named_label.i):
        cue = None  # 'Pollsters agree - Carl Bialik: “...”': the name before the colon speaks
    if cue is None:
        label = named_label or label_before(span, attributor.index)
        if label is not None:
            attribution = attributor.resolve(label, LABEL_WEIGHT, "label")
            return FoundQuote(text, attribution, None, None, DIRECT, paragraph, start, end)
        narrating = narrating_verb(span, quoted_tokens) if len(text.split()) >= MIN_UNATTRIBUTED_WORDS else None
        if narrating is not None:
            attribution = attributor.speaker(narrating, NARRATOR_WEIGHT)
            if attribution.evidence == "pronoun" and (attribution.speaker or "").lower() not in PERSON_PRONOUNS:
                attribution = attribution.weakened(NARRATOR_WEIGHT)  # 'It's ...': two weak links; 'He offered "..."' one
            attribution = replace(attribution, evidence="narrating verb")
            return FoundQuote(text, attribution, cue_text(narrating), narrating.i, DIRECT, paragraph, start, end)
        previous = _continued(earlier, paragraph, full_text, passage) if _may_continue(text) else None
        if previous is not None:
            newcomer = _narrated_in_between(doc, previous, span, quoted_tokens, attributor.index)
            if newcomer is not None and not (_speaks_as_one_person(span, quoted_tokens) and not _is_a_person(newcomer, attributor.index)):
                attribution = attributor.resolve(newcomer, INTRODUCED_WEIGHT, "introduced by narration")
                return FoundQuote(text, attribution, None, None, DIRECT, paragraph, start, end)
            weight = _continuation_weight(previous, paragraph, full_text, passage)
            attribution = replace(previous.attribution.weakened(weight), evidence="continued")
            cue = previous.cue if previous.kind != BELIEF else None  # words quoted are said, not 'believes'
            return FoundQuote(text, attribution, cue, None, DIRECT, paragraph, start, end)
        if len(text.split()) < MIN_UNATTRIBUTED_WORDS:
            return None
        return FoundQuote(text, UNATTRIBUTED, None, None, DIRECT, paragraph, start, end)
    named = frozenset(id(builder) for token in span if (builder := attributor.index.actor_of(token)) is not None)
    attribution = attributor.speaker(outer_reporter(cue, quoted_tokens), quoted_about=named)
    if is_negated(cue):
        attribution = attribution.weakened(0.0)  # 'resign for not calling it “radical Islamic terrorism”': not his words
    complement = complement_around(cue, _tokens(doc, start, end))
    if complement is not None:
        opened = start <= complement.start_char < end  # the clause starts inside the quotation
        return FoundQuote(
            partial_text(complement.text, opened), attribution, cue_text(cue), cue.i, PARTIAL, paragraph,
            complement.start_char, complement.end_char,
        )
    return FoundQuote(text, attribution, cue_text(cue), cue.i, DIRECT, paragraph, start, end)


def _speaks_as_one_person(span: Span, quoted_tokens) -> bool:
    """'“I'm really amazed ...”': the quotation speaks as one person ('I', 'me', 'my'), which
    no group or organisation the narration names does ('the Gladiators have all bonded')."""
    return any(t.i in quoted_tokens and t.lower_ in FIRST_PERSON_SINGULAR and t.pos_ == "PRON" for t in span)


def _is_a_person(token: Token, index: ActorIndex) -> bool:
    builder = index.actor_of(token)
    return builder is not None and builder.kind == PERSON


def _may_continue(text: str) -> bool:
    """Whether a quotation with no verb of its own may be more of the last speaker's words: a
    sentence of its own ('Nobody listened.') or a longer passage may; a few words in marks that
    end no sentence ('“Fluke” Holland', a show's title) are a name or a title."""
    return len(text.split()) >= MIN_UNATTRIBUTED_WORDS or text.rstrip("”\"’' ").endswith((".", "!", "?", "…"))


def _continued(earlier, paragraph, text, passage) -> FoundQuote | None:
    """A quote with no speech verb of its own, opening its sentence soon after an attributed
    quote (same paragraph or the RUN_ON_PARAGRAPHS before), goes on with that speaker."""
    if not earlier or earlier[-1].attribution.speaker is None or earlier[-1].paragraph < paragraph - RUN_ON_PARAGRAPHS:
        return None
    before = text[: passage.start].rstrip(" ")
    opens_sentence = not before or before.endswith(("\n", ".", "!", "?", ":", "”", '"'))
    return earlier[-1] if opens_sentence else None


def _continuation_weight(previous: FoundQuote, paragraph: int, text: str, passage: QuotedPassage) -> float:
    """How surely an unattributed quote goes on with the quote before it: in the same
    paragraph, or as the next paragraph when the one before ends with that quote and its
    attribution ('“...,” said X. / “...”'), fully where the quotation ran on over the paragraph
    break unclosed; less after narration or further on."""
    if paragraph == previous.paragraph:
        return CONTINUED_WEIGHTS[0]
    gap = text[previous.end : passage.start]
    if paragraph == previous.paragraph + 1 and not gap.strip():
        return RAN_ON_WEIGHT  # the quotation left open at the paragraph's end, as newspapers run one speech on
    if paragraph == previous.paragraph + 1 and len(gap.split()) <= ATTRIBUTION_WORDS:
        return CONTINUED_WEIGHTS[1]
    return CONTINUED_WEIGHTS[2]


def _narrated_in_between(doc: Doc, previous: FoundQuote, span: Span, quoted_tokens, index: ActorIndex) -> Token | None:
    """'“...,” Ms. Maloney said. / On the West Coast, John L. Burton ... let loose an expletive.
    / “We're still talking ...”': another actor the narration between two quotes makes its
    subject takes the floor; the quote is not the earlier speaker's. A subject inside the earlier
    quote's own attribution ('“...,” she said of the election, in which Trump would triumph.
    “...”') is no newcomer."""
    between = doc.char_span(previous.end, span.start_char, alignment_mode="contract")
    if between is None:
        return None
    speaker = previous.attribution.builder
    cue = doc[previous.cue_token] if previous.cue_token is not None else None
    subjects = [
        t for t in between
        if t.dep_ in ("nsubj", "nsubjpass") and t.i not in quoted_tokens and index.actor_of(t) is not None
        and (cue is None or cue not in t.ancestors)
    ]
    if not subjects or any(index.actor_of(t) is speaker for t in subjects):
        return None
    return subjects[-1]


def _according(cue: Token, attributor: Attributor, paragraphs: Paragraphs) -> FoundQuote | None:
    """'According to police, the suspect fled.': the source is the object of 'to', the content
    the rest of the clause on the longer side of the phrase. A quotation there is the quote's
    own (see `lead_in`)."""
    clause = cue.head  # the root is its own head
    phrase = range(cue.left_edge.i, cue.right_edge.i + 1)
    doc = cue.doc
    left = doc[clause.left_edge.i : phrase.start]
    right = doc[phrase.stop : clause.right_edge.i + 1]
    content = strip_punct(max(left, right, key=lambda part: sum(t.is_alpha for t in part)))
    if sum(t.is_alpha for t in content) < 3 or content[0].text in QUOTE_CHARS:
        return None
    return FoundQuote(
        content.text, attributor.speaker(cue), "according to", cue.i, INDIRECT, paragraphs.number(content.start_char),
        content.start_char, content.end_char,
    )


def _asks_something(complement: Token) -> bool:
    """'why they had decided', 'whether he would run', 'if it was true': a clause that asks."""
    return any(t.tag_ in ("WRB", "WP", "WDT") or (t.dep_ == "mark" and t.lower_ in QUESTION_MARKS) for t in complement.subtree)


def _under_it_is_hard_to(cue: Token) -> bool:
    """An infinitive under 'it is' and an adjective ('It is hard to predict ...', 'It is too early
    to say ...'): the writer's remark on what cannot be said, no one's speech."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    verb = cue.head if cue.head.pos_ in ("AUX", "VERB") else cue.head.head
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) and any(c.dep_ == "acomp" for c in verb.children)


def _spoken_to_by_nobody_named(cue: Token) -> bool:
    """A passive verb of addressing with no agent: its subject is spoken to (`ADDRESSED_VERBS`),
    and who spoke the sentence does not say."""
    return (
        cue.lemma_.lower() in ADDRESSED_VERBS
        and any(c.dep_ == "auxpass" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
    )


def _reported_clause_end(complement: Token) -> int:
    """Where a reported clause ends: at its last word, or before a participle of saying the
    parser hung inside it, which reports a clause of its own and is a row of its own ('that Trump
    had tapped a vein | but warning that his style ...', 'he hoped the Arab states would pitch
    in, | adding that Europe ...')."""
    joined = [
        t for t in complement.subtree
        if t.i > complement.i and t.tag_ == "VBG" and t.dep_ in ("conj", "advcl") and t.lemma_.lower() in REPORTING_VERBS
        and any(c.dep_ == "ccomp" for c in t.children) and not (is_negated(t) or is_under_a_negation(t))
    ]  # under a negation the participle makes no row ('did not believe ..., arguing that ...'): the clause keeps it
    end = joined[0].left_edge.i if joined else complement.right_edge.i + 1
    while joined and end > complement.i + 1 and complement.doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1
    return end


def _reported(cue: Token, attributor: Attributor, paragraphs: Paragraphs) -> FoundQuote | None:
    """Reported speech: a speech verb with a clausal complement ('US officials said Washington ...')."""
    if cue.lemma_.lower() not in REPORTING_VERBS and not is_belief_verb(cue):
        return None
    complement = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if complement is None or is_asked_about(cue) or (is_negated(cue) and _asks_something(complement)):
        return None  # 'asked if she believed ...', 'did not say why ...': nothing is reported
    if _under_it_is_hard_to(cue):
        return None  # 'It is hard to predict what will happen', 'too early to say whether ...': nobody says it
    if _spoken_to_by_nobody_named(cue) and _asks_something(complement):
        return None  # 'was asked whether he would return': a question put to him, by whom the sentence does not say
    if is_urged_or_refused(cue):
        return None  # 'advised schools to insist that ...', 'declined to say whether ...': nobody said it
    if is_negated(cue) and not any(word in NEGATIONS for word in cue_text(cue).lower().replace("n't", " n't").split()):
        return None  # 'Not everyone finds that ...': a negation the cue cannot carry
    if is_under_a_negation(cue):
        return None  # under 'does not deny that ...', 'was not willing to say ...' a report is nobody's claim
    clause = strip_punct(cue.doc[complement.left_edge.i : _reported_clause_end(complement)])
    if len([t for t in clause if t.is_alpha]) < 3:
        return None
    attribution = attributor.speaker(cue)
    if attribution.speaker is None:
        return None
    text = clause.text
    if clause[0].lower_ == "that":
        text = clause[1:].text
    kind = INDIRECT if cue.lemma_.lower() in REPORTING_VERBS else BELIEF  # 'he thinks ...' reports a view, not words
    if kind == BELIEF and is_impersonal_passive(cue):
        return None  # 'It is expected that ...', 'it is thought ...': nobody's view, the writer's narration
    return FoundQuote(
        text, attribution, cue_text(cue), cue.i, kind, paragraphs.number(clause.start_char), clause.start_char, clause.end_char,
    )
