"""Quotes: who said what, as direct quotes, partial quotes and reported speech.

Quotation marks are paired per paragraph (a quote left open at a paragraph's end runs on
into the next one, as newspapers write it). Each quoted passage is attributed through the
parse: the nearest speech verb outside the quote that governs it, then that verb's subject,
resolved to an actor (pronouns and descriptions included). A quoted passage with no speech
verb in its own sentences continues the quote before it when its paragraph opens with it;
a short one with no speech verb is a scare quote or a title and is not a quote. Speech verbs
with a clausal complement and no quotation marks are reported speech.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors import TITLE_WORDS, ActorBuilder, ActorIndex, kind_of_description, names_a_person
from generator.briefing import DIRECT, INDIRECT, PARTIAL, Quote
from generator.analyse.coreference import MIN_CONFIDENCE, Referents, kinds_of_pronoun
from generator.lexicon import ANONYMOUS_TURN_LABELS, NON_SPEAKER_ENTITIES, PEOPLE_PRONOUNS, PERSON_PRONOUNS, SOURCE_NOUNS
from generator.analyse.nlp import Paragraphs

REPORTING_VERBS = frozenset(
    """say tell add warn announce stress insist deny claim state explain note argue report confirm
    declare write ask reply respond suggest acknowledge admit predict assert allege emphasize
    emphasise reiterate contend maintain testify tweet post joke quip confess shout yell exclaim
    proclaim conclude wonder recount plead tout lament echo retort counter whisper mutter
    muse""".split()
)
NAMING_VERBS = frozenset("call describe label dub brand term characterize characterise".split())
SPEECH_VERBS = REPORTING_VERBS | NAMING_VERBS | frozenset(
    """promise vow urge caution complain recall estimate point observe remark comment
    pledge threaten demand concede boast agree disclose reveal signal indicate order accuse blame
    criticize criticise praise welcome chant compare sing scream continue surmise read
    advise repeat snipe scoff gush marvel mock taunt tease rail chide scold query inquire implore
    interject rebut opine assure reassure remind inform swear thunder bellow roar sigh react
    remember answer""".split()
)
BELIEF_VERBS = frozenset(
    """believe think expect hope fear worry feel know suspect assume doubt find show""".split()
)
MAX_TITLE_WORDS = 6
MAX_LABEL_TOKENS = 10
TITLE_SMALL_WORDS = frozenset("a an and & at by for from in of on or the to with".split())
OPENING_MARKS = {"“": "”\"", '"': '"”', "„": "“”", "«": "»"}  # each with the marks that close it
QUOTE_CHARS = "“”\"„«»"
MIN_UNATTRIBUTED_WORDS = 5
RUN_ON_PARAGRAPHS = 2
ANSWER_VERBS = frozenset("shoot fire hit push snap write".split())  # '... shot back'
NEARBY_TOKENS = 6
LEAD_IN_MARKS = frozenset({",", ":", "—", "–", "--"})
INVERTED_SUBJECT_DEPS = frozenset("nsubj dobj attr dep npadvmod oprd appos".split())
LEAD_IN_VERBS = frozenset("continue issue release put begin start open close finish offer send give read go".split())
SUBJECT_HOPS = 5
REPORTED_DEPS = frozenset({"ccomp", "xcomp"})  # the clause a verb of saying reports
INVERTED_WEIGHT = 0.9  # '“...,” mused X': the parser took the speaker for an object
NEARBY_WEIGHT = 0.55  # no subject in the parse: the name just before the verb
DUMMY_SUBJECTS = frozenset({"it", "there", "this", "that"})
AUTHOR_CONFIDENCE = 0.9  # a narrating 'I' is the author the byline or the text names
NARRATOR_WEIGHT = 0.65  # a verb that is no verb of saying governs the quotation (once more for no name)
LABEL_WEIGHT = 0.95  # 'WALLACE: “...”', 'Meghan McCain, Twitter: “...”'
CONTINUED_WEIGHTS = (0.95, 0.85, 0.5)  # the previous quote's speaker: same paragraph, the next right after it, else
ATTRIBUTION_WORDS = 12  # '” said Salim al-Muslat, spokesman for the rebel committee.'
DESCRIBED_CONFIDENCE = 0.8  # 'the Russian leader': the person whose role shares its words
INTRODUCED_WEIGHT = 0.7  # the actor the narration before a quotation makes its subject
THING_WEIGHT = 0.5  # a description of a thing as the source: no speaker the text vouches for
SPEECH_NOUNS = frozenset("statement speech remarks interview message letter tweet post email note response".split())


@dataclass
class QuotedPassage:
    """Character range of a quotation: the marks at `start` and `end - 1` (when closed)."""

    start: int
    end: int
    closed: bool

    @property
    def content(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def quoted_passages(text: str) -> list[QuotedPassage]:
    """Pair double quotation marks paragraph by paragraph; stray marks are ignored, so a mark
    never pairs across paragraphs or swallows the rest of one. A curly quotation closed by a
    straight mark (or the other way round) is still one."""
    passages = []
    offset = 0
    paragraphs = text.split("\n\n")
    for number, paragraph in enumerate(paragraphs):
        opened_at, closing = None, None
        for i, char in enumerate(paragraph):
            if opened_at is None and char in OPENING_MARKS:
                opened_at, closing = i, OPENING_MARKS[char]
            elif opened_at is not None and char in closing:
                passages.append(QuotedPassage(offset + opened_at, offset + i + 1, True))
                opened_at = None
            elif opened_at is not None and char in OPENING_MARKS and char != '"':
                opened_at, closing = i, OPENING_MARKS[char]
        if opened_at is not None and _runs_on(paragraphs, number):
            passages.append(QuotedPassage(offset + opened_at, offset + len(paragraph), False))
        offset += len(paragraph) + 2
    return [p for p in passages if any(ch.isalnum() for ch in text[p.content[0] : p.content[1]]) and not _attribute_value(text, p)]


def _runs_on(paragraphs: list[str], number: int) -> bool:
    """A quotation left open at a paragraph's end runs on only as newspapers write it: the next
    paragraph opens with a quotation mark. Any other unclosed mark is a stray one."""
    following = paragraphs[number + 1].lstrip() if number + 1 < len(paragraphs) else ""
    return following[:1] in OPENING_MARKS


def _attribute_value(text: str, passage: QuotedPassage) -> bool:
    """`id="..."` in markup pasted with an article (an embedded tweet) is no quotation."""
    return passage.start > 0 and text[passage.start - 1] == "="


def looks_like_title(text: str) -> bool:
    """'Meet the Press', 'Fox & Friends': a short run of capitalised words (small words aside)
    names a show, a book or a film; it is a title, not a quotation. One word is too little
    to tell."""
    words = re.findall(r"[\w’'&.-]+", text)
    if not 2 <= len(words) <= MAX_TITLE_WORDS or text.rstrip().endswith(("!", "?")):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS or not w[0].isalpha() for w in words)


@dataclass(frozen=True)
class Attribution:
    """Who a quote is credited to, and how strongly the evidence carries it.

    `words` is how surely `speaker` (the words as written) is the source: 1 for the subject of a
    verb of saying, less for weaker cues. `confidence` multiplies in how surely those words
    resolve to `builder` (1 for a name, the resolver's confidence for a pronoun)."""

    speaker: str | None
    builder: ActorBuilder | None
    words: float
    confidence: float
    start: int | None
    end: int | None
    evidence: str | None

    def weakened(self, factor: float) -> Attribution:
        return replace(self, words=self.words * factor, confidence=self.confidence * factor)

    @property
    def attributed(self) -> bool:
        return self.confidence >= MIN_CONFIDENCE


UNATTRIBUTED = Attribution(None, None, 0.0, 0.0, None, None, None)


class Attributor:
    """Resolves the speaker of a speech verb to the words that name it and an actor."""

    def __init__(self, index: ActorIndex, quoted: frozenset[int] = frozenset(), narrator: ActorBuilder | None = None):
        self.index = index
        self.quoted = quoted
        self.referents = Referents(index.doc, index, quoted)
        self.narrator = narrator  # who a first-person narrator is, when the article says

    def speaker(self, cue: Token, weight: float = 1.0, quoted_about: frozenset[int] = frozenset()) -> Attribution:
        """The speaker of a speech verb; `quoted_about`: the actors (ids) the quotation itself
        names, who a pronoun speaker is not ('“Trump's best argument ...,” he said')."""
        if is_according(cue):
            subject, evidence = source_of_according(cue), "according to"
        else:
            subject, evidence = subject_of(cue, self.quoted), "speech verb"
            if subject is None:
                subject, weight = _inverted_subject(cue), weight * INVERTED_WEIGHT
            if subject is None:
                subject, weight, evidence = self._nearby_actor(cue), weight * NEARBY_WEIGHT, "nearby name"
        return self.resolve(subject, weight, evidence, cue, quoted_about) if subject is not None else UNATTRIBUTED

    def _nearby_actor(self, cue: Token) -> Token | None:
        """Where the parse gives the verb no subject ('“...,” Ramos, 58, told AFP'), an actor named
        just before it in its sentence, or just after it when it follows the quotation."""
        doc, sentence = cue.doc, cue.sent
        before = doc[max(sentence.start, cue.i - NEARBY_TOKENS) : cue.i]
        named = [t for t in before if self._names_actor(t)]
        if not named and _speaker_may_follow(cue):
            after = doc[cue.i + 1 : min(sentence.end, cue.i + NEARBY_TOKENS // 2 + 1)]
            named = [t for t in after if self._names_actor(t)][:1]
        return _name_head(named[-1]) if named else None

    def label(self, label: str, start: int) -> Attribution:
        """The speaker of a transcript turn's label: the actor of that name, else the label's
        own words."""
        words = label.strip(". ")
        builder = self.index.by_surname(words)
        return Attribution(words.title(), builder, LABEL_WEIGHT, LABEL_WEIGHT, start, start + len(label), "label")

    def _names_actor(self, token: Token) -> bool:
        return token.i not in self.quoted and self.index.actor_of(token) is not None

    def resolve(
        self, subject: Token, weight: float = 1.0, evidence: str = "speech verb", verb: Token | None = None,
        quoted_about: frozenset[int] = frozenset(),
    ) -> Attribution:
        """The words that name the source, and the actor they refer to, if any ('the host, Gina
        Ford,': the name in apposition)."""
        named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        titled = subject.pos_ == "NOUN" or subject.lower_ in TITLE_WORDS  # 'Sirius XM Vice President, Dave Gorab,'
        if titled and named is not None and self.index.actor_of(named) is not None and self.index.actor_of(subject) is not self.index.actor_of(named):
            subject = named
        chunk = noun_phrase(subject)
        builder = self.index.actor_of(subject)
        if builder is not None:
            return self._heard(subject, chunk, builder, weight, 1.0, evidence)
        if kinds_of_pronoun(subject) is not None:
            referent = self.referents.pronoun(subject, verb if verb is not None else subject.head, quoted_about)
            return self._heard(subject, chunk, referent.builder, weight, referent.confidence, "pronoun")
        named = next((self.index.actor_of(t) for t in chunk if self.index.actor_of(t)), None)
        if named is not None and chunk.root.pos_ == "PROPN":
            return self._heard(subject, chunk, named, weight, 1.0, evidence)
        if chunk.root.lower_ in TITLE_WORDS:
            described = self.index.by_description(chunk, self.quoted)
            if described is not None:
                described.add_description(chunk.text[0].lower() + chunk.text[1:] if chunk[0].lower_ == "the" else chunk.text)
                return self._heard(subject, chunk, described, weight, DESCRIBED_CONFIDENCE, "description")
            return self._heard(subject, chunk, None, weight, 1.0, "description")
        if subject.lower_ == "i" and self.narrator is not None and subject.i not in self.quoted:
            # not heard by later pronouns: the narrator is never the 'he' or 'she' of the text
            return self._heard(subject, chunk, self.narrator, weight, AUTHOR_CONFIDENCE, "the author", chained=False)
        kind = kind_of_description(chunk)
        if kind is None:
            return self._heard(subject, chunk, None, weight * _description_weight(chunk), 1.0, "description")
        if _is_bare_description(chunk):
            referent = self.referents.description(chunk, frozenset({kind}))
            if referent.builder is not None and referent.confidence >= MIN_CONFIDENCE:
                referent.builder.add_description(chunk.text)
                return self._heard(subject, chunk, referent.builder, weight, referent.confidence, "description")
            return self._heard(subject, chunk, None, weight, 1.0, "description")
        return self._heard(subject, chunk, self.index.add_description(chunk, kind), weight, 1.0, evidence)

    def _heard(
        self, subject: Token, chunk: Span, builder, weight: float, resolved: float, evidence: str, chained: bool = True
    ) -> Attribution:
        """The attribution, `resolved` being how surely the words name `builder` (0 for a
        pronoun that resolved to nobody); a sure speaker counts as heard for later pronouns,
        unless not `chained`."""
        words = subject.doc[subject.i : subject.i + 1] if kinds_of_pronoun(subject) is not None else chunk
        attribution = Attribution(words.text, builder, weight, weight * resolved, words.start_char, words.end_char, evidence)
        if builder is not None and attribution.attributed and chained:
            self.referents.spoke(subject, builder)
        return attribution


def _is_bare_description(chunk: Span) -> bool:
    """'the company', 'the group': 'the' and a singular common noun, nothing that names it.
    A plural ('police', 'the groups') is a group of its own, not a named one."""
    return chunk.root.tag_ == "NN" and chunk[0].lower_ == "the" and all(t.i in (chunk.start, chunk.root.i) for t in chunk)


def _description_weight(chunk: Span) -> float:
    """How surely a source that names no actor is a speaker: a name (or its owner's name), a
    person ('a longtime adviser') or a document that speaks for someone ('a statement', 'a new ad') is;
    a date, a number or any other thing ('That record prompted ...') is not."""
    root = chunk.root
    if root.ent_type_ in NON_SPEAKER_ENTITIES:
        return 0.0
    if root.pos_ == "PRON":
        return 1.0 if root.lower_ in PEOPLE_PRONOUNS else 0.0
    if root.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ in ("poss", "compound", "nmod") for c in root.children):
        return 1.0  # 'Sanders’ fundraising email', 'the Clinton campaign': whose it is, named
    lemma = root.lemma_.lower()
    return 1.0 if lemma in SOURCE_NOUNS or names_a_person(root) else THING_WEIGHT


def subject_of(verb: Token, quoted: frozenset[int] = frozenset()) -> Token | None:
    """The subject of a speech verb; 'saying' in '..., saying ...' borrows its head verb's subject.

    In 'It said A and B agreed ..., saying ...' the participle belongs to the reporter of the
    clause it hangs from ('It'), not to that clause's subject. A subject inside the quotation
    (tokens in `quoted`) is the parser's mistake; in the passive ('was asked by the host') the
    agent speaks. A participle that describes a statement speaks for whoever made it ('she
    issued a statement calling on ...').
    """
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and agent.i not in quoted:
        return agent
    for _ in range(SUBJECT_HOPS):
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and is_speech_verb(verb.head.head):
            verb = verb.head.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted] or [
            g for c in verb.lefts if c.dep_ == "parataxis" for g in c.children if g.dep_ == "nsubj" and g.i not in quoted
        ]  # 'Clinton, exasperated, responded': the parser hangs the subject on the aside
        subject = min(subjects, key=lambda c: abs(c.i - verb.i), default=None)
        if subject is not None and subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            return verb.head
        if subject is not None:
            return subject
        if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP":  # 'responded by saying', 'before adding'
            verb = verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBG":  # 'issued a statement calling on ...'
            verb = _governing_verb_of_object(verb.head)
            continue
        if verb.dep_ not in ("advcl", "xcomp", "conj", "ccomp", "prep", "dep", "parataxis") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _governing_verb_of_object(noun: Token) -> Token:
    """'issued a statement', 'made a point of': the verb whose object the noun is, over
    prepositions; the noun itself when it is no object."""
    while noun.dep_ in ("dobj", "pobj", "prep") and noun.head.i != noun.i and noun.pos_ != "VERB":
        noun = noun.head
    return noun


def _has_subject(verb: Token, quoted: frozenset[int] | set[int] = frozenset()) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted for c in verb.children)


def _name_head(token: Token) -> Token:
    """'David' in 'David Brock' -> 'Brock': the head of the name the token is part of."""
    while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
        token = token.head
    return token


def _speaker_may_follow(verb: Token) -> bool:
    """'“...,” mused X', 'Said Ellis: “...”': after a closing quote or at the start of its
    sentence a verb of saying may come before its speaker."""
    before = [t for t in verb.doc[max(verb.i - 3, 0) : verb.i] if not t.is_space]
    return any(t.text in QUOTE_CHARS for t in before) or verb.i == verb.sent.start


def _inverted_subject(verb: Token) -> Token | None:
    """'“...,” mused Blaze co-host Stu Burguiere': where the speaker may follow the verb, the
    parser may take it for the verb's object (or split the name: the last proper noun)."""
    if not _speaker_may_follow(verb):
        return None
    nominals = [c for c in verb.rights if c.dep_ in INVERTED_SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN")]
    return max(nominals, key=lambda c: (c.pos_ == "PROPN", c.i), default=None)


def noun_phrase(token: Token) -> Span:
    """The token's noun phrase without its appositions and relative clauses."""
    doc = token.doc
    left = token.left_edge.i
    while left < token.i and (doc[left].is_punct or doc[left].is_space or doc[left].pos_ in ("VERB", "AUX")):
        left += 1  # the parser's stray left edge: '” Ramos', 'Said Ellis'
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = child.right_edge.i
    return doc[left : right + 1]


def is_speech_verb(token: Token) -> bool:
    """A verb of saying ('shot back' too); 'so-called' marks scare quotes and is not one."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    so_called = token.lower_ == "called" and token.i >= 2 and token.doc[token.i - 2].lower_ == "so"
    lemma = token.lemma_.lower()
    answered = lemma in ANSWER_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children)
    return (lemma in SPEECH_VERBS or answered) and not so_called


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
    quotes: list[FoundQuote] = [_turn(doc, turn, attributor, paragraphs) for turn in turns]
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
        elif item.i not in used_cues and not _governs_quote(item, quoted_tokens):
            quote = _according(item, attributor, paragraphs) if is_according(item) else _reported(item, attributor, paragraphs)
            if quote is not None:
                quotes.append(quote)
    return sorted(quotes, key=lambda q: q.start)


TURN_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'’\- ]{0,40}[A-Z.]|Q|A):[ \t]+(?=\S)")
MIN_TRANSCRIPT_TURNS = 2


@dataclass(frozen=True)
class Turn:
    """One turn of an interview or a transcript: 'WALLACE: ...' as a paragraph of its own."""

    label: str
    start: int  # of the turn's words, after the label
    end: int
    label_start: int


def transcript_turns(text: str) -> list[Turn]:
    """Paragraphs opened by a speaker label in capitals ('WALLACE:', 'KATE BOLDUAN:'), when the
    article has at least two labelled turns (counting 'Q:' and 'A:'): then it is a transcript,
    and each such paragraph is its speaker's words. One 'NOTE:' or 'UPDATE:' line makes no
    transcript; an anonymous turn ('Q:', 'AUDIENCE:') credits nobody and is left to the
    quotation marks inside it."""
    turns, offset = [], 0
    for paragraph in text.split("\n\n"):
        match = TURN_LABEL.match(paragraph)
        if match and any(ch.isalpha() for ch in paragraph[match.end() :]):
            turns.append(Turn(match["label"], offset + match.end(), offset + len(paragraph), offset))
        offset += len(paragraph) + 2
    if len(turns) < MIN_TRANSCRIPT_TURNS:
        return []
    return [turn for turn in turns if turn.label.strip(". ").lower() not in ANONYMOUS_TURN_LABELS]


def _turn(doc: Doc, turn: Turn, attributor: Attributor, paragraphs: Paragraphs) -> FoundQuote:
    """A turn is its labelled speaker's, resolved to the actor whose name ends with the label
    ('BOLDUAN' is Kate Bolduan)."""
    text = _clean_quote(doc.text[turn.start : turn.end])
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
    text = _clean_quote(full_text[start:end])
    span = _tokens(doc, passage.start, passage.end)
    cue = (
        _governing_cue(span, quoted_tokens)
        or _cue_in_sentence(span, quoted_tokens)
        or _lead_in(span, quoted_tokens)
        or _introduced_by(span, quoted_tokens)
        or _attributed_after(span, passage, quoted_tokens, full_text)
    )
    if looks_like_title(text) and (cue is None or cue.lemma_.lower() not in NAMING_VERBS):
        return None  # a title, unless it is what someone called someone ('dubbed him “Mr. Fix It”')
    paragraph = paragraphs.number(start)
    named_label = _named_label(span, attributor.index)
    if named_label is not None and (cue is None or cue.i < named_label.i):
        cue = None  # 'Pollsters agree - Carl Bialik: “...”': the name before the colon speaks
    if cue is None:
        label = named_label or _label(span, attributor.index)
        if label is not None:
            attribution = attributor.resolve(label, LABEL_WEIGHT, "label")
            return FoundQuote(text, attribution, None, None, DIRECT, paragraph, start, end)
        narrating = _narrating_verb(span, quoted_tokens) if len(text.split()) >= MIN_UNATTRIBUTED_WORDS else None
        if narrating is not None:
            attribution = attributor.speaker(narrating, NARRATOR_WEIGHT)
            if attribution.evidence == "pronoun" and (attribution.speaker or "").lower() not in PERSON_PRONOUNS:
                attribution = attribution.weakened(NARRATOR_WEIGHT)  # 'It's ...': two weak links; 'He offered "..."' one
            attribution = replace(attribution, evidence="narrating verb")
            return FoundQuote(text, attribution, narrating.text, narrating.i, DIRECT, paragraph, start, end)
        previous = _continued(earlier, paragraph, full_text, passage)
        if previous is not None:
            newcomer = _narrated_in_between(doc, previous, span, quoted_tokens, attributor.index)
            if newcomer is not None:
                attribution = attributor.resolve(newcomer, INTRODUCED_WEIGHT, "introduced by narration")
                return FoundQuote(text, attribution, None, None, DIRECT, paragraph, start, end)
            weight = _continuation_weight(previous, paragraph, full_text, passage)
            attribution = replace(previous.attribution.weakened(weight), evidence="continued")
            return FoundQuote(text, attribution, previous.cue, None, DIRECT, paragraph, start, end)
        if len(text.split()) < MIN_UNATTRIBUTED_WORDS:
            return None
        return FoundQuote(text, UNATTRIBUTED, None, None, DIRECT, paragraph, start, end)
    named = frozenset(id(builder) for token in span if (builder := attributor.index.actor_of(token)) is not None)
    attribution = attributor.speaker(_outer_reporter(cue, quoted_tokens), quoted_about=named)
    complement = _complement_around(cue, _tokens(doc, start, end))
    if complement is not None:
        return FoundQuote(
            _partial_text(complement.text), attribution, cue_text(cue), cue.i, PARTIAL, paragraph,
            complement.start_char, complement.end_char,
        )
    return FoundQuote(text, attribution, cue_text(cue), cue.i, DIRECT, paragraph, start, end)


def cue_text(cue: Token) -> str:
    return "according to" if is_according(cue) else cue.text


def _narrating_verb(span: Span, quoted_tokens: set[int]) -> Token | None:
    """'Moore thanked him for “stepping up and taking action when Congress won't”', 'The ad
    targets a “corrupt political system ...”': with no verb of saying, the nearest verb outside
    the quotation that governs it and has a subject there gives the source."""
    verbs = {
        a for t in span for a in t.ancestors
        if a.i not in quoted_tokens and a.pos_ in ("VERB", "AUX") and _has_subject(a, quoted_tokens)
    }
    return min(verbs, key=lambda v: abs(v.i - span.start), default=None)


def _outer_reporter(cue: Token, quoted_tokens: set[int]) -> Token:
    """'Trump said he responded: “...”': a reporting verb whose reported clause holds the cue is
    the source the article gives for the words. Only a reported clause counts: in 'Axelrod
    tweeted after Clinton argued that “...”' or '..., while Cruz said that “...”' the cue
    hangs from the other verb as an adverbial clause, and the words stay the cue's."""
    outer, node = cue, cue
    while node.dep_ in REPORTED_DEPS and node.head.i != node.i:
        node = node.head
        if node.i not in quoted_tokens and node.lemma_.lower() in REPORTING_VERBS and node.pos_ in ("VERB", "AUX"):
            outer = node
    return outer


def _partial_text(text: str) -> str:
    """A partial quote as written, its quotation marks kept (as curly pairs) around the
    speaker's own words: 'it was in line with “the continuation of ...”'."""
    parts = re.split(f"[{QUOTE_CHARS}]", " ".join(text.split()))
    marked = parts[0] + "".join(("“" if i % 2 else "”") + part for i, part in enumerate(parts[1:], start=1))
    if len(parts) % 2 == 0:
        marked += "”"  # the fragment runs on past the clause
    return marked.rstrip(",").replace(",”", "”")


def _clean_quote(text: str) -> str:
    text = " ".join(re.sub(f"[{QUOTE_CHARS}]", "", text).split())
    return text.rstrip(",")


def _governing_cue(span: Span, quoted_tokens: set[int]) -> Token | None:
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


def _cue_in_sentence(span: Span, quoted_tokens: set[int]) -> Token | None:
    """A speech verb outside quotes in the quote's own sentences, nearest first."""
    if not len(span):
        return None
    sentences = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    candidates = [
        t for sent in sentences.values() for t in sent if is_speech_verb(t) and t.i not in quoted_tokens
    ]
    return min(candidates, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)), default=None)


def _complement_around(cue: Token, span: Span) -> Span | None:
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
            return _strip_punct(clause)
    return None


def _strip_punct(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].is_punct and doc[start].text not in QUOTE_CHARS):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS):
        end -= 1
    return span.doc[start:end]


def _sentence_lead(span: Span) -> list[Token]:
    """The words of the quote's sentence before the quote."""
    if not len(span):
        return []
    return [t for t in span.doc[span[0].sent.start : span.start] if not t.is_space]


def _lead_in(span: Span, quoted_tokens: set[int]) -> Token | None:
    """'According to Limbaugh, “...”', 'Limbaugh continued: “...”', 'Trump issued a statement,
    “...”', 'Trump leaned in and boomed: “...”': the quote's own sentence opens with its source
    and a comma, a colon or a dash. After a colon or a dash any verb with a subject will do."""
    lead = [t for t in _sentence_lead(span) if t.i not in quoted_tokens]
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


def _introduced_by(span: Span, quoted_tokens: set[int]) -> Token | None:
    """'Cruz told reporters:' or 'Trump boomed:' ending the sentence before the quote introduces it."""
    if not len(span) or span[0].sent.start == 0:
        return None
    before = span.doc[span[0].sent.start - 1].sent
    words = [t for t in before if not t.is_space]
    if not words or words[-1].text != ":":
        return None
    return next((t for t in reversed(words) if t.i not in quoted_tokens and (is_speech_verb(t) or _leads_in(t, True))), None)


def _label(span: Span, index: ActorIndex) -> Token | None:
    """'Meghan McCain, Twitter: “...”', '- Philip Bump: “...”': a short label that names someone,
    or a name right before the colon that opens the quote. The name is the speaker."""
    lead = _sentence_lead(span)
    if not lead or lead[-1].text != ":":
        return None
    if 2 <= len(lead) <= MAX_LABEL_TOKENS and not any(t.pos_ in ("VERB", "AUX") for t in lead):
        return next((t for t in lead if index.actor_of(t) is not None), None)
    name = []
    for token in reversed(lead[:-1]):
        if token.pos_ != "PROPN" and token.lower_ != "and":
            break
        name.append(token)
    return next((t for t in reversed(name) if index.actor_of(t) is not None), None)


def _named_label(span: Span, index: ActorIndex) -> Token | None:
    """A name that stands right before the colon opening the quote as a label, after a dash
    ('Pollsters agree - Carl Bialik: “...”'): it speaks, whatever verb comes before."""
    lead = _sentence_lead(span)
    if len(lead) < 2 or lead[-1].text != ":" or lead[-2].pos_ != "PROPN":
        return None
    run = len(lead) - 2
    while run > 0 and (lead[run - 1].pos_ == "PROPN" or lead[run - 1].lower_ in ("and", "&")):
        run -= 1
    if run > 0 and lead[run - 1].text not in ("-", "–", "—", "--"):
        return None  # 'Clinton told CNN:', 'Maria Stone, The Daily Example:': see `_label`
    return lead[-2] if index.actor_of(lead[-2]) is not None else None


def _attributed_after(span: Span, passage: QuotedPassage, quoted_tokens: set[int], text: str) -> Token | None:
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
    attribution ('“...,” said X. / “...”'); less after narration or further on."""
    if paragraph == previous.paragraph:
        return CONTINUED_WEIGHTS[0]
    gap = text[previous.end : passage.start]
    if paragraph == previous.paragraph + 1 and len(gap.split()) <= ATTRIBUTION_WORDS:
        return CONTINUED_WEIGHTS[1]
    return CONTINUED_WEIGHTS[2]


def _narrated_in_between(doc: Doc, previous: FoundQuote, span: Span, quoted_tokens, index: ActorIndex) -> Token | None:
    """'“...,” Ms. Maloney said. / On the West Coast, John L. Burton ... let loose an expletive.
    / “We're still talking ...”': another actor the narration between two quotes makes its
    subject takes the floor; the quote is not the earlier speaker's."""
    between = doc.char_span(previous.end, span.start_char, alignment_mode="contract")
    if between is None:
        return None
    speaker = previous.attribution.builder
    subjects = [
        t for t in between
        if t.dep_ in ("nsubj", "nsubjpass") and t.i not in quoted_tokens and index.actor_of(t) is not None
    ]
    if not subjects or any(index.actor_of(t) is speaker for t in subjects):
        return None
    return subjects[-1]


def _governs_quote(cue: Token, quoted_tokens: set[int]) -> bool:
    return any(t.i in quoted_tokens for t in cue.subtree)


def is_belief_verb(token: Token) -> bool:
    return token.lemma_.lower() in BELIEF_VERBS and token.pos_ == "VERB"


def is_according(token: Token) -> bool:
    """'according to' with its source: 'according to the Times'."""
    return token.lower_ == "according" and any(c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children) for c in token.children)


def source_of_according(cue: Token) -> Token:
    to = next(c for c in cue.children if c.lower_ == "to")
    return next(g for g in to.children if g.dep_ == "pobj")


def _according(cue: Token, attributor: Attributor, paragraphs: Paragraphs) -> FoundQuote | None:
    """'According to police, the suspect fled.': the source is the object of 'to', the content
    the rest of the clause on the longer side of the phrase. A quotation there is the quote's
    own (see `_lead_in`)."""
    clause = cue.head  # the root is its own head
    phrase = range(cue.left_edge.i, cue.right_edge.i + 1)
    doc = cue.doc
    left = doc[clause.left_edge.i : phrase.start]
    right = doc[phrase.stop : clause.right_edge.i + 1]
    content = _strip_punct(max(left, right, key=lambda part: sum(t.is_alpha for t in part)))
    if sum(t.is_alpha for t in content) < 3 or content[0].text in QUOTE_CHARS:
        return None
    return FoundQuote(
        content.text, attributor.speaker(cue), "according to", cue.i, INDIRECT, paragraphs.number(content.start_char),
        content.start_char, content.end_char,
    )


def _reported(cue: Token, attributor: Attributor, paragraphs: Paragraphs) -> FoundQuote | None:
    """Reported speech: a speech verb with a clausal complement ('US officials said Washington ...')."""
    if cue.lemma_.lower() not in REPORTING_VERBS and not is_belief_verb(cue):
        return None
    complement = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if complement is None:
        return None
    clause = _strip_punct(cue.doc[complement.left_edge.i : complement.right_edge.i + 1])
    if len([t for t in clause if t.is_alpha]) < 3:
        return None
    attribution = attributor.speaker(cue)
    if attribution.speaker is None:
        return None
    text = clause.text
    if clause[0].lower_ == "that":
        text = clause[1:].text
    return FoundQuote(
        text, attribution, cue.text, cue.i, INDIRECT, paragraphs.number(clause.start_char),
        clause.start_char, clause.end_char,
    )
