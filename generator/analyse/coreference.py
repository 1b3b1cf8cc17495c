"""Who a pronoun or a description refers to: agreement filters, salience ranks, and a
confidence that says how clearly the best referent wins.

"She said" is resolved by what the text says, not by the nearest name:

- **Agreement.** 'he' / 'she' refer to a person whose gender does not contradict them; 'it'
  to an organisation or a country; 'they' and 'we' to a group, an organisation or a country.
  A person's gender comes from the article first (an honorific, a gendered role noun, the
  pronouns the article uses right after naming them: 'Swift ... her album'), then from the
  first name (Faker's male and female locale lists), which the ranker weighs (ruling such a
  candidate out where another fits was tried: on the corpora it cost as many right answers as
  wrong ones). A winner that only its first name contradicts is not shown as the speaker
  (`Referent.agrees`): 'she' is never shown as a Tom.
- **Structure.** A name inside a quotation is never its speaker; a name that is an argument
  of the speech verb itself ('she described Trump as ...') is not the verb's subject. A bare
  surname two people bear is the one the narration last named in full (`surname_bearer`).
- **Salience.** Each earlier mention in the last few sentences counts by its grammatical
  role (subjects most, a main clause over an embedded one) and halves with each sentence back
  and again with each paragraph break crossed (Lappin and Leass's weighting); the speakers of
  earlier quotes count as mentions where they spoke, and so do the narration's pronouns resolved
  surely and a definite title subject ('the president', its one holder).
- **Ranking.** A pronoun's candidates are ranked by a learned ranker over their salience,
  recency, role, parallelism, speaking and agreement (`referent_ranker`); its confidence is the
  ranker's margin. A bare description ('the company') goes to the most salient candidate it fits,
  its confidence falling as the runner-up's salience nears the winner's.

Below `MIN_CONFIDENCE` (0.6) the quotes stage leaves the speaker unattributed.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors import (
    COUNTRY,
    GROUP,
    ORGANISATION,
    PERSON,
    TITLE_WORDS,
    ActorBuilder,
    ActorIndex,
    is_person_noun,
)
from generator.analyse.actors.descriptions import fits_description
from generator.analyse.names import given_name_gender
from generator.analyse.referent_ranker import (
    AGREES,
    BY_NAME,
    UNKNOWN,
    UNLIKELY,
    Candidate,
    Query,
    ranked,
)
from generator.lexicon.coreference import (
    FEMALE,
    GENDERED_HONORIFICS,
    GENDERED_NOUNS,
    GENDERED_PEOPLE,
    MALE,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    THING_PRONOUNS,
)

SENTENCES_BACK = 5
ROLE_WEIGHTS = {"nsubj": 1.0, "nsubjpass": 0.9, "dobj": 0.5, "dative": 0.45, "attr": 0.5, "poss": 0.45, "pobj": 0.35, "appos": 0.5}
OTHER_ROLE_WEIGHT = 0.4
MISPARSED_SUBJECT_DEPS = frozenset({"npadvmod", "dep", "nmod"})
EMBEDDED_WEIGHT = 0.7
MIN_CONFIDENCE = 0.6
CHAIN_DEPS = frozenset({"nsubj", "nsubjpass"})
STATED_VOTES = 4  # 'Mr.', 'spokeswoman': the article says it
FIRST_NAME_VOTES = 1
GENDER_MARGIN = 2  # one gender needs twice the other's votes


@dataclass(frozen=True)
class Referent:
    builder: ActorBuilder | None
    confidence: float
    agrees: bool = True  # nothing, not even a first name, contradicts the pronoun


NOBODY = Referent(None, 0.0)
SHARED_SURNAME = -1  # the candidate a bare surname two people bear stands for (`ActorIndex.shared_tokens`)


class Mention(NamedTuple):
    """An actor named (or spoken of, or speaking) at a token: its salience weight by role, and
    whether it is its clause's subject (`_role`, read once)."""

    position: int
    weight: float
    order: int
    builder: ActorBuilder
    subject: bool
    spoken: bool = False


REFERRED_KINDS = {  # `referent_ranker.PRONOUN_KINDS` -> the actor kinds each may refer to
    "person": frozenset({PERSON}),
    "thing": frozenset({ORGANISATION, COUNTRY}),
    "plural": frozenset({GROUP, ORGANISATION, COUNTRY}),
}


def pronoun_kind(token: Token) -> str | None:
    """'person' ('he', 'she'), 'thing' ('it') or 'plural' ('they', 'we'); None for no pronoun of a speaker."""
    lower = token.lower_
    if lower in PRONOUN_GENDER:
        return "person"
    if lower in THING_PRONOUNS:
        return "thing"
    return "plural" if lower in PLURAL_PRONOUNS else None


def kinds_of_pronoun(token: Token) -> frozenset[str] | None:
    """The actor kinds a pronoun can refer to, or None when it is no pronoun of a speaker."""
    kind = pronoun_kind(token)
    return REFERRED_KINDS[kind] if kind else None


class Referents:
    """The pronoun and description look-ups of one article, over its actors' mentions."""

    def __init__(self, doc: Doc, index: ActorIndex, quoted: frozenset[int] = frozenset()):
        self.doc = doc
        self.quoted = quoted
        self.sentence_starts = [sentence.start for sentence in doc.sents]
        self.narration_rank = list(itertools.accumulate(_is_narration(sentence, quoted) for sentence in doc.sents))
        self.paragraph_starts = [0] + [t.i + 1 for t in doc if "\n" in t.text or "\n" in t.whitespace_]
        self.mentions: list[tuple[int, float, int, ActorBuilder]] = []  # (token, weight, order, actor)
        for builder in index.builders:
            for mention in builder.mentions:
                if mention.start not in quoted:
                    head = _head(doc[mention.start : mention.end])
                    self.mentions.append(Mention(head.i, _role_weight(head), len(self.mentions), builder, _is_subject(head)))
        self.mentions.sort(key=lambda m: (m.position, m.order))

        self.positions = [m.position for m in self.mentions]
        self.person_at = {m.position for m in self.mentions if m.builder.kind == PERSON}
        self._genders: dict[int, tuple[str | None, bool]] | None = None
        self.index = index
        self.pending = [  # pronouns and titles of the narration, resolved in text order as the chain goes
            t.i for t in doc
            if t.dep_ in CHAIN_DEPS and t.i not in quoted and (
                (t.pos_ == "PRON" and kinds_of_pronoun(t) is not None) or _is_title_subject(t)
            )
        ]
        self.next_pending = 0
        self.positions_spoken: set[int] = set()

    def _add(self, position: int, weight: float, builder: ActorBuilder, spoken: bool = False) -> None:
        at = bisect.bisect_right(self.positions, position)
        self.mentions.insert(at, Mention(position, weight, len(self.mentions), builder, _is_subject(self.doc[position]), spoken))
        self.positions.insert(at, position)

    def _catch_up(self, before: int) -> None:
        """Resolve the narration's pronouns before `before`, each a mention of its referent
        when the resolution is sure: 'He did not mention ...' keeps Obama salient."""
        while self.next_pending < len(self.pending) and self.pending[self.next_pending] < before:
            token = self.doc[self.pending[self.next_pending]]
            self.next_pending += 1
            if token.i in self.positions_spoken:
                continue
            if token.pos_ != "PRON":  # 'the president framed the shooting as ...': the one holder of the role
                holder = self.index.by_description(self.doc[token.left_edge.i : token.i + 1], self.quoted)
                if holder is not None:
                    self._add(token.i, _role_weight(token), holder)
                continue
            referent = self._best(token, kinds_of_pronoun(token), PRONOUN_GENDER.get(token.lower_), _clause_verb(token))
            if referent.builder is not None and referent.confidence >= MIN_CONFIDENCE and referent.agrees:
                self._add(token.i, _role_weight(token), referent.builder)  # a chain never runs on a guess

    def spoke(self, token: Token, builder: ActorBuilder) -> None:
        """An attributed speaker counts where its speech verb's subject stands: as a mention
        there (a pronoun or a description; a name is one already) that spoke."""
        at = bisect.bisect_right(self.positions, token.i)
        named_here = at and self.positions[at - 1] == token.i
        self.positions_spoken.add(token.i)
        self._add(token.i, 0.0 if named_here else _role_weight(token), builder, spoken=True)

    def pronoun(self, token: Token, verb: Token | None = None, quoted_about: frozenset[int] = frozenset()) -> Referent:
        """The actor a speaker pronoun refers to; `verb` is the speech verb it is subject of;
        `quoted_about`, the ids of the actors its quotation names, who are not its speaker."""
        kinds = kinds_of_pronoun(token)
        if kinds is None:
            return NOBODY
        self._catch_up(token.i)
        self.positions_spoken.add(token.i)
        return self._best(token, kinds, PRONOUN_GENDER.get(token.lower_), verb, others=quoted_about, speaker=True)

    def description(self, span: Span, kinds: frozenset[str]) -> Referent:
        """'the company', 'the group': the most salient earlier actor of a fitting kind that the
        description fits (`fits_description`: 'the military' is no news agency)."""
        return self._best(
            span.root, kinds, None, span.root.head, exclude=range(span.start, span.end),
            fits=lambda builder: fits_description(builder, span.root),
        )

    def _best(
        self, token: Token, kinds, gender, verb, exclude=range(0), others: frozenset[int] = frozenset(), fits=None,
        speaker: bool = False,
    ) -> Referent:
        """The candidates of the last SENTENCES_BACK sentences of narration (a long quotation does
        not hide its speaker) that agreement and structure allow; a pronoun's ranked by the learned
        ranker, a description's by salience."""
        candidates = self._candidates(token, kinds, gender, verb, exclude, others, fits)
        if not candidates:
            return NOBODY
        if fits is not None:
            return _most_salient(candidates)
        spoken = [i for i, c in enumerate(candidates) if c.spoke]
        last_speaker = max(spoken, key=lambda i: candidates[i].last_spoke, default=None)
        query = Query(token.i, pronoun_kind(token), token.dep_ in CHAIN_DEPS, speaker)
        best, confidence = ranked(query, candidates, last_speaker)
        winner = candidates[best]
        if winner.builder is None:  # the pronoun refers back to a surname two people bear: to neither, surely
            return NOBODY
        if any(other is not winner and self._coordinated(winner, other) for other in candidates):
            confidence = 0.0  # 'Tom Reed and Mark Hale met the press. “...,” he said.': either of them
        return Referent(winner.builder, confidence, winner.agreement != UNLIKELY)

    def _coordinated(self, one: Candidate, other: Candidate) -> bool:
        """Whether the two were last named side by side, in one coordination ('X and Y'), and
        agree alike with the pronoun: nothing then tells which of them it means."""
        if one.nearest < 0 or other.nearest < 0 or one.agreement != other.agreement:
            return False
        a, b = self.doc[one.nearest], self.doc[other.nearest]
        return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)

    def _candidates(self, token: Token, kinds, gender, verb, exclude, others, fits) -> list[Candidate]:
        """Each actor of a fitting kind named in the window before `token`, with what the text
        says of it (`referent_ranker.Candidate`)."""
        found: dict[int, Candidate] = {}
        sentence, paragraph = self._sentence(token.i), self._paragraph(token.i)
        rank = self.narration_rank[sentence]
        window = bisect.bisect_left(self.narration_rank, rank - SENTENCES_BACK)
        first = bisect.bisect_left(self.positions, self.sentence_starts[window])
        last = bisect.bisect_left(self.positions, token.i)
        for mention in self.mentions[first:last]:
            builder, position = mention.builder, mention.position
            if builder.kind not in kinds or position in exclude or id(builder) in others or self._bound_by(position, token, verb):
                continue
            if fits is not None and not fits(builder):
                continue
            agreement = self._agreement(builder, gender)
            if agreement is None:
                continue
            if position in self.index.shared_tokens:  # 'Mr Drayton' of two Draytons: the one the context tells, if one
                builder = self._bearer_meant(self.doc[position], gender)
                agreement = AGREES if builder is not None else UNKNOWN
            key = SHARED_SURNAME if builder is None else id(builder)
            if key not in found:
                found[key] = Candidate(builder, agreement, builder.kind if builder is not None else PERSON, order=len(found))
            sentences_back = sentence - self._sentence(position)
            found[key].heard(
                position, mention.weight, sentences_back, paragraph - self._paragraph(position), mention.subject,
                sentences_back == 1 and mention.subject, mention.spoken,
            )
        return list(found.values())

    def _sentence(self, i: int) -> int:
        return bisect.bisect_right(self.sentence_starts, i) - 1

    def _paragraph(self, i: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, i) - 1

    def _bound_by(self, position: int, pronoun: Token, verb: Token | None) -> bool:
        """A mention that is an argument of the pronoun's own clause is not its referent:
        'she described Trump as kind', 'Asked about Trump, he said'. The subject of a clause
        before it may be: 'When Trump returned, he said'."""
        if verb is None or self._sentence(position) != self._sentence(pronoun.i):
            return False
        mention = self.doc[position]
        return mention.dep_ not in ("nsubj", "nsubjpass") and verb in mention.ancestors

    def _bearer_meant(self, surname: Token, gender: str | None) -> ActorBuilder | None:
        """Of the people who bear a shared surname, the one a pronoun after it means: the only
        one whose known gender it agrees with ('Clinton ... she said' of Bill and Hillary
        Clinton), else the one the bare surname itself means (`surname_bearer`)."""
        bearers = self._bearers(surname)
        agreeing = [builder for builder in bearers if gender is not None and self._gender(builder)[0] == gender]
        if len(agreeing) == 1 and len(bearers) > 1:
            return agreeing[0]
        return self.surname_bearer(surname)

    def surname_bearer(self, surname: Token) -> ActorBuilder | None:
        """Of the people who bear a shared surname, the one a bare 'Scott' means: the one the
        narration last named in full before it ('Tim Scott' in a list, then 'Bobby Scott said
        ...', then 'Scott joked ...': Bobby Scott), as a reader takes it; None when both were
        last named in one sentence ('Tom and Daniel Drayton ... Drayton said') or neither was
        named in full before it."""
        bearers = {id(builder): builder for builder in self._bearers(surname)}
        last_named: dict[int, int] = {}  # each bearer's last naming in full, walking back from the surname
        for mention in reversed(self.mentions[: bisect.bisect_left(self.positions, surname.i)]):
            if len(last_named) == len(bearers):
                break
            key = id(mention.builder)
            in_full = self.doc[mention.position].lower_ == surname.lower_ and mention.position not in self.index.shared_tokens
            if key in bearers and key not in last_named and in_full and not mention.spoken:  # not 'Trevor, 52,' nor a 'he'
                last_named[key] = mention.position
        if not last_named:
            return None
        latest = max(last_named.values())
        sentence = self._sentence(latest)
        if sum(self._sentence(position) == sentence for position in last_named.values()) > 1:
            return None
        return next(bearers[key] for key, position in last_named.items() if position == latest)

    def _bearers(self, surname: Token) -> list[ActorBuilder]:
        return [
            builder for builder in self.index.builders
            if builder.kind == PERSON and builder.name.split()[-1].casefold() == surname.text.casefold()
        ]

    def _agreement(self, builder: ActorBuilder, gender: str | None) -> float | None:
        """AGREES when the gender the article states is the pronoun's, BY_NAME when the first
        name's is, UNKNOWN when nothing tells (or the pronoun has none), UNLIKELY when only the
        first name contradicts it, None when the article does."""
        if gender is None or builder.kind != PERSON:
            return UNKNOWN
        known, from_text = self._gender(builder)
        if known is None:
            return UNKNOWN
        if known == gender:
            return AGREES if from_text else BY_NAME
        return None if from_text else UNLIKELY

    def _gender(self, builder: ActorBuilder) -> tuple[str | None, bool]:
        if self._genders is None:
            self._genders = self._all_genders()
        return self._genders.get(id(builder), (None, False))

    def _all_genders(self) -> dict[int, tuple[str | None, bool]]:
        """Each person's gender, and whether the article itself says it. What the article
        states (an honorific, a role noun) counts most, then a first name, then the pronouns
        after the person's name; a gender is taken only when one side clearly wins."""
        people: dict[int, ActorBuilder] = {}
        for mention in self.mentions:
            if mention.builder.kind == PERSON:
                people[id(mention.builder)] = mention.builder
        votes = {key: {MALE: 0, FEMALE: 0} for key in people}
        stated = {key: False for key in people}
        for key, builder in people.items():
            for gender in _stated_genders(self.doc, builder):
                votes[key][gender] += STATED_VOTES
                stated[key] = True
            first_name = _first_name_gender(builder)
            if first_name:
                votes[key][first_name] += FIRST_NAME_VOTES
        for key, gender in self._pronoun_votes():
            if key in votes:
                votes[key][gender] += 1
                stated[key] = True
        genders = {}
        for key in people:
            male, female = votes[key][MALE], votes[key][FEMALE]
            if male >= GENDER_MARGIN * female and male > female:
                genders[key] = (MALE, stated[key])
            elif female >= GENDER_MARGIN * male and female > male:
                genders[key] = (FEMALE, stated[key])
            else:
                genders[key] = (None, False)
        return genders

    def _pronoun_votes(self):
        """(person, gender) for each gendered subject, possessive or reflexive pronoun outside
        quotations in a sentence that has named one person before it and no other: 'Swift
        said her album ...'. An object pronoun ('Trump accused her') often means someone the
        sentence does not name."""
        people = [(m.position, m.builder) for m in self.mentions if m.builder.kind == PERSON]
        for token in self.doc:
            gender = PRONOUN_GENDER.get(token.lower_)
            if not gender or token.pos_ != "PRON" or token.i in self.quoted:
                continue
            if token.dep_ not in ("nsubj", "nsubjpass", "poss") and not token.lower_.endswith("self"):
                continue
            sentence_start = self.sentence_starts[self._sentence(token.i)]
            first = bisect.bisect_left(people, sentence_start, key=lambda entry: entry[0])
            last = bisect.bisect_left(people, token.i, key=lambda entry: entry[0])
            named = {id(builder): builder for _, builder in people[first:last]}
            if len(named) == 1 and not self._unnamed_person_before(sentence_start, token.i):
                yield next(iter(named)), gender

    def _unnamed_person_before(self, start: int, end: int) -> bool:
        """'a woman who accused Trump ... her': a person the sentence describes without a name
        may be the one the pronoun means."""
        return any(
            t.pos_ == "NOUN" and is_person_noun(t) and t.i not in self.person_at
            for t in self.doc[start:end]
        )


def _most_salient(candidates: list[Candidate]) -> Referent:
    """A description's referent: the most salient candidate, surer as the runner-up's salience
    falls below it."""
    ranked_by = sorted(candidates, key=lambda c: (-c.salience, c.order))
    best, runner_up = ranked_by[0].salience, ranked_by[1].salience if len(ranked_by) > 1 else 0.0
    if ranked_by[0].builder is None or best <= 0:
        return NOBODY
    return Referent(ranked_by[0].builder, 1.0 - runner_up / (2 * best) if runner_up else 1.0)


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a token belongs to."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _head(span: Span) -> Token:
    """The token of a mention its sentence hangs it from."""
    return next((t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i), span[-1])


def _is_narration(sentence: Span, quoted: frozenset[int]) -> int:
    """1 for a sentence with words outside quotation marks, 0 for one all inside them."""
    return int(any(t.i not in quoted for t in sentence if not (t.is_punct or t.is_space)))


def _role_weight(head: Token) -> float:
    """A mention's weight by its grammatical role, less inside an embedded clause: in 'X said
    Russia has agreed', X is the one the story follows."""
    dep, embedded = _role(head)
    return ROLE_WEIGHTS.get(dep, OTHER_ROLE_WEIGHT) * (EMBEDDED_WEIGHT if embedded else 1.0)


def _is_subject(head: Token) -> bool:
    return _role(head)[0] in CHAIN_DEPS


def _role(head: Token) -> tuple[str, bool]:
    """A mention's grammatical role (in apposition or a conjunction it takes the role of what it
    stands beside) and whether its clause is embedded."""
    if head.dep_ in ("appos", "conj", "compound") and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    verb = _clause_verb(head)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    dep = head.dep_
    if dep in MISPARSED_SUBJECT_DEPS and head.head.i == verb.i and head.i < verb.i:
        dep = "nsubj"  # 'And Obama, for all ..., seems to agree': the parser's slip, a subject still
    return dep, verb.dep_ != "ROOT"


def _is_title_subject(token: Token) -> bool:
    """'the president', 'the former president': a definite subject whose head is a title."""
    return (
        token.pos_ == "NOUN"
        and token.lower_ in TITLE_WORDS
        and any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)
    )


def _stated_genders(doc: Doc, builder: ActorBuilder) -> list[str]:
    """Genders the article states for one person: 'Mr. Rubio', 'spokeswoman Hope Hicks', 'his
    wife, Melania', 'Omar is one of the first women elected ...', and the person's roles and
    descriptions ('the congresswoman')."""
    found = []
    for mention in builder.mentions:
        before = doc[max(mention.start - 3, 0) : mention.start]
        for token in before:
            gender = GENDERED_HONORIFICS.get(token.lower_) or GENDERED_NOUNS.get(token.lemma_.lower())
            if gender:
                found.append(gender)
        span = doc[mention.start : mention.end]
        for token in span:
            if token.dep_ == "appos" or token.head.dep_ == "appos":
                continue
            gender = GENDERED_HONORIFICS.get(token.lower_)
            if gender:
                found.append(gender)
        for appos in (c for t in span for c in t.children if c.dep_ == "appos"):
            gender = GENDERED_PEOPLE.get(appos.lemma_.lower())
            if gender:
                found.append(gender)
        head = _head(span)
        if head.dep_ == "appos" and GENDERED_NOUNS.get(head.head.lemma_.lower()):
            found.append(GENDERED_NOUNS[head.head.lemma_.lower()])
        found += [GENDERED_PEOPLE[noun] for noun in _predicated_nouns(head) if noun in GENDERED_PEOPLE]
    for text in builder.roles + builder.descriptions:
        for word in text.lower().split():
            if word in GENDERED_NOUNS:
                found.append(GENDERED_NOUNS[word])
    return found


def _predicated_nouns(head: Token) -> list[str]:
    """What a copular sentence says its subject is ('Omar is one of the first two women elected
    ...' -> woman; 'Smith is a mother of three' -> mother), as lemmas; nothing for a supposition
    or a denial ('if Clinton were a man', 'Smith is not a woman')."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or verb.lower_ == "were":
        return []  # 'if Hillary Clinton were a man': a supposition, not a statement
    if any(child.dep_ in ("mark", "neg") for child in verb.children):
        return []  # 'if she is a man', 'he is not a woman'
    nouns = []
    for attribute in (child for child in verb.children if child.dep_ == "attr"):
        if attribute.lower_ == "one":
            nouns += [noun.lemma_.lower() for of in attribute.children if of.dep_ == "prep" and of.lower_ == "of" for noun in of.children if noun.dep_ == "pobj"]
        else:
            nouns.append(attribute.lemma_.lower())
    return nouns


def _first_name_gender(builder: ActorBuilder) -> str | None:
    words = builder.name.split()
    return given_name_gender(words[0]) if len(words) >= 2 else None
