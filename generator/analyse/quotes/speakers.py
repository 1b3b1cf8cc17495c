"""Speakers: who a cue's words are credited to, and how strongly the evidence carries it.

The subject of the verb of saying (over participles, passives and relative clauses), a
speaker written after the verb ('mused X'), a label ('Meghan McCain, Twitter:'), resolved to
an actor: a name directly, a pronoun through coreference, a description through the roles
the actors hold, a narrating 'I' through `authorship`. Each way of finding a speaker has its
weight (the evidence the export names: 'speech verb', 'pronoun', 'description', 'label',
'continued', 'narrating verb', 'nearby name', 'according to', 'introduced by narration', 'the
author'); a speaker is shown only when the evidence carries it (`Attribution.attributed`:
confidence at least `MIN_CONFIDENCE`, 0.6). The speaker's words as written are kept where only
their resolution is unsure ('unattributed (he)'), and dropped where the cue itself is weak
(`FoundQuote.freeze`), rather than printed as a guess.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from generator.analyse.actors import (
    COUNTRY,
    ORGANISATION,
    PLACE,
    TITLE_WORDS,
    ActorBuilder,
    ActorIndex,
    kind_of_description,
    names_a_person,
)
from generator.analyse.coreference import MIN_CONFIDENCE, Referents, kinds_of_pronoun
from generator.analyse.names import match_key
from generator.analyse.nlp import name_head
from generator.analyse.quotes.cues import (
    is_according,
    is_past_of_saying,
    is_speech_verb,
    is_subject_of,
    sentence_lead,
    source_of_according,
)
from generator.analyse.quotes.marks import QUOTE_CHARS
from generator.lexicon.actors import NEWS_AGENCY, SELF_DESCRIBING_HEADS
from generator.lexicon.quotes import NON_SPEAKER_ENTITIES, PEOPLE_PRONOUNS, SOURCE_NOUNS

MAX_LABEL_TOKENS = 10
NEARBY_TOKENS = 6
INVERTED_SUBJECT_DEPS = frozenset("nsubj dobj attr dep npadvmod oprd appos".split())
SUBJECT_HOPS = 5
INVERTED_WEIGHT = 0.9  # '“...,” mused X': the parser took the speaker for an object
NEARBY_WEIGHT = 0.55  # no subject in the parse: the name just before the verb
AUTHOR_CONFIDENCE = 0.9  # a narrating 'I' is the author the byline or the text names
NARRATOR_WEIGHT = 0.65  # a verb that is no verb of saying governs the quotation (once more for no name)
LABEL_WEIGHT = 0.95  # 'WALLACE: “...”', 'Meghan McCain, Twitter: “...”'
CONTINUED_WEIGHTS = (0.95, 0.85, 0.5)  # the previous quote's speaker: same paragraph, the next right after it, else
RAN_ON_WEIGHT = 1.0  # '“... / “...”': a quotation left open at a paragraph's end goes on in the next
ATTRIBUTION_WORDS = 12  # '” said Salim al-Muslat, spokesman for the rebel committee.'
DESCRIBED_CONFIDENCE = 0.8  # 'the Russian leader': the person whose role shares its words
INTRODUCED_WEIGHT = 0.7  # the actor the narration before a quotation makes its subject
THING_WEIGHT = 0.5  # a description of a thing as the source: no speaker the text vouches for


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
        return name_head(named[-1]) if named else None

    def label(self, label: str, start: int) -> Attribution:
        """The speaker of a transcript turn's label: the actor of that name (a surname, 'BOLDUAN';
        else a first name, 'Girish'), else the label's own words."""
        words = label.strip(". ")
        builder = self.index.by_surname(words) or self.index.by_first_name(words)
        return Attribution(words.title(), builder, LABEL_WEIGHT, LABEL_WEIGHT, start, start + len(label), "label")

    def _names_actor(self, token: Token) -> bool:
        return token.i not in self.quoted and self.index.actor_of(token) is not None

    def resolve(
        self, subject: Token, weight: float = 1.0, evidence: str = "speech verb", verb: Token | None = None,
        quoted_about: frozenset[int] = frozenset(),
    ) -> Attribution:
        """The words that name the source, and the actor they refer to, if any ('the host, Gina
        Ford,': the name in apposition)."""
        named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i not in self.quoted), None)
        titled = subject.pos_ == "NOUN" or subject.lower_ in TITLE_WORDS  # 'Sirius XM Vice President, Dave Gorab,'
        if titled and named is not None and self.index.actor_of(named) is not None and self.index.actor_of(subject) is not self.index.actor_of(named):
            subject = named
        chunk = noun_phrase(subject)
        builder = self.index.actor_of(subject)
        if builder is not None and subject.i in self.index.shared_tokens:  # 'Scott' of Bobby and Tim Scott
            bearer = self.referents.surname_bearer(subject)
            return self._heard(subject, chunk, bearer, weight, 1.0, "surname, last named in full" if bearer else "a surname two people bear")
        if builder is not None:
            return self._heard(subject, chunk, builder, weight, 1.0, evidence)
        if kinds_of_pronoun(subject) is not None:
            referent = self.referents.pronoun(subject, verb if verb is not None else subject.head, quoted_about)
            sure = referent.confidence if referent.agrees else 0.0  # 'she' is never shown as a Tom, however the ranker leans
            return self._heard(subject, chunk, referent.builder, weight, sure, "pronoun")
        if chunk.root.pos_ == "PROPN":  # an actor's name in the phrase, or the phrase an actor's name the parser left untagged here ('"...," BECTA wrote.')
            by_whole_name = self.index.by_name.get(match_key(chunk.text))
            named = next(filter(None, map(self.index.actor_of, chunk)), None) or by_whole_name
            whole = self.index.actor_of(chunk.root) is named or by_whole_name is named
            if named is not None and named.kind in (COUNTRY, PLACE) and not whole:
                # 'the U.S. Attorney's Office', 'a New Hampshire Republican', 'former Pennsylvania Gov.':
                # someone the place's name only places, whom the words do not name
                return self._heard(subject, chunk, None, weight, 1.0, "description")
            if named is not None:
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
        named = self._named_before_what_it_is(chunk) if kind == ORGANISATION else None
        if named is not None:
            return self._heard(subject, chunk, named, weight, 1.0, evidence)
        if _is_bare_description(chunk):
            referent = self.referents.description(chunk, frozenset({kind}))
            if referent.builder is not None and referent.confidence >= MIN_CONFIDENCE:
                referent.builder.add_description(chunk.text)
                return self._heard(subject, chunk, referent.builder, weight, referent.confidence, "description")
            earlier = self.index.described_as(chunk.text)  # 'the agency' again, its name now far back
            if earlier is not None:
                return self._heard(subject, chunk, earlier, weight, DESCRIBED_CONFIDENCE, "description")
            return self._heard(subject, chunk, None, weight, 1.0, "description")
        return self._heard(subject, chunk, self.index.add_description(chunk, kind), weight, 1.0, evidence)

    def _named_before_what_it_is(self, chunk: Span) -> ActorBuilder | None:
        """'Interfax news agency said', 'the Kathmandu Post newspaper said': an organisation's
        name before the noun that says what it is speaks; not 'the Clinton campaign' (a person's)
        nor 'Zadar police' (a place's), and not a body that belongs to one ('the UN refugee agency')."""
        last_name = next((t for t in reversed(chunk) if t.pos_ == "PROPN"), None)
        if last_name is None:
            return None
        words = [t.lower_ for t in chunk[last_name.i - chunk.start + 1 :]]
        if not (words == list(NEWS_AGENCY) or (len(words) == 1 and words[0] in SELF_DESCRIBING_HEADS)):
            return None
        builder = self.index.actor_of(last_name)
        return builder if builder is not None and builder.kind == ORGANISATION else None

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
    issued a statement calling on ...'). A participle the parser joins to a reported clause
    ('acknowledging that Trump had tapped a vein but warning that ...', 'saying it would create
    jobs and warning ...') speaks for the reporter of that clause, not for its subject ('Trump',
    'it').
    """
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and agent.i not in quoted:
        return agent
    for _ in range(SUBJECT_HOPS):
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and is_speech_verb(verb.head.head):
            verb = verb.head.head
        if verb.tag_ == "VBG" and verb.dep_ == "conj" and verb.head.tag_ != "VBG" and verb.head.dep_ == "ccomp":
            verb = verb.head.head  # 'saying it would create jobs and warning that ...': the reporter of that clause
        subjects = [c for c in verb.children if is_subject_of(c, verb) and c.i not in quoted] or [
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



def _speaker_may_follow(verb: Token) -> bool:
    """'“...,” mused X', 'Said Ellis: “...”': after a closing quote or at the start of its
    sentence a verb of saying may come before its speaker."""
    before = [t for t in verb.doc[max(verb.i - 3, 0) : verb.i] if not t.is_space]
    return any(t.text in QUOTE_CHARS for t in before) or verb.i == verb.sent.start


def _inverted_subject(verb: Token) -> Token | None:
    """'“...,” mused Blaze co-host Stu Burguiere': where the speaker may follow the verb, the
    parser may take it for the verb's object (or split the name: the last proper noun), or, at
    the start of the sentence, read the verb as the first word of the speaker's name."""
    if not _speaker_may_follow(verb):
        return None
    if verb.i == verb.sent.start and verb.dep_ in ("compound", "amod"):  # 'Explained Acme CTO Jo Bloggs, “...”': read as one name
        head = verb.head
        while head.dep_ in ("compound", "flat") and head.head is not head:
            head = head.head
        return head if head.pos_ == "PROPN" else None
    nominals = [c for c in verb.rights if c.dep_ in INVERTED_SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN")]
    return max(nominals, key=lambda c: (c.pos_ == "PROPN", c.i), default=None)


def noun_phrase(token: Token) -> Span:
    """The token's noun phrase without its appositions and relative clauses."""
    doc = token.doc
    left = token.left_edge.i
    while left < token.i and (doc[left].is_punct or doc[left].is_space or doc[left].pos_ in ("VERB", "AUX") or is_past_of_saying(doc[left])):
        left += 1  # the parser's stray left edge: '” Ramos', 'Said Ellis'
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = child.right_edge.i
    return doc[left : right + 1]


def label_before(span: Span, index: ActorIndex) -> Token | None:
    """'Meghan McCain, Twitter: “...”', '- Philip Bump: “...”': a short label that names someone,
    or a name right before the colon that opens the quote. The name is the speaker. A label that
    opens with a word of no name and holds no comma ('Explained Acme chief Jo Bloggs: “...”', the
    verb read as a name) is an attribution turned round: the name before the colon speaks; so
    is a lead that opens with a verb of saying, before a comma too."""
    lead = sentence_lead(span)
    if not lead or lead[-1].text not in (":", ","):
        return None
    if len(lead) > 2 and is_past_of_saying(lead[0]) and index.actor_of(lead[-2]) is not None:
        return lead[-2]  # 'Explained Acme CTO Jo Bloggs, “...”', the verb read as a name
    if lead[-1].text != ":":
        return None
    if 2 <= len(lead) <= MAX_LABEL_TOKENS and not any(t.pos_ in ("VERB", "AUX") for t in lead):
        turned_round = lead[0].is_alpha and index.actor_of(lead[0]) is None and not any(t.text == "," for t in lead)
        if turned_round and index.actor_of(lead[-2]) is not None:
            return lead[-2]
        return next((t for t in lead if index.actor_of(t) is not None), None)
    name = []
    for token in reversed(lead[:-1]):
        if token.pos_ != "PROPN" and token.lower_ != "and":
            break
        name.append(token)
    return next((t for t in reversed(name) if index.actor_of(t) is not None), None)


def named_label_before(span: Span, index: ActorIndex) -> Token | None:
    """A name that stands right before the colon opening the quote as a label, after a dash
    ('Pollsters agree - Carl Bialik: “...”'): it speaks, whatever verb comes before."""
    lead = sentence_lead(span)
    if len(lead) < 2 or lead[-1].text != ":" or lead[-2].pos_ != "PROPN":
        return None
    run = len(lead) - 2
    while run > 0 and (lead[run - 1].pos_ == "PROPN" or lead[run - 1].lower_ in ("and", "&")):
        run -= 1
    if run > 0 and lead[run - 1].text not in ("-", "–", "—", "--"):
        return None  # 'Clinton told CNN:', 'Maria Stone, The Daily Example:': see `label_before`
    return lead[-2] if index.actor_of(lead[-2]) is not None else None
