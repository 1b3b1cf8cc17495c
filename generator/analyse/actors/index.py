"""The actors of one article, indexed by token: what the quotes and pronoun stages ask (which
actor a token belongs to, who a surname or a description names), and the finished cards.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors.card_model import (
    MIN_CARD_PROBABILITY,
    card_probabilities,
    card_rows,
)
from generator.analyse.actors.card_names import card_problem, heading_name, words_of
from generator.analyse.actors.kind_model import learned_kinds
from generator.analyse.actors.model import ActorBuilder, Mention, only_one
from generator.analyse.actors.no_actors import (
    named_only_in_headlines,
    title_case_headline_end,
)
from generator.analyse.names import match_key, name_words
from generator.analyse.nlp import Paragraphs
from generator.briefing import GROUP, PERSON, Actor
from generator.lexicon.actors import INDEFINITE_DETERMINERS
from generator.slugs import ACTOR_SLUG_LENGTH, slugify
from generator.trees import Model


class ActorIndex:
    """The actors of one Doc, and which tokens refer to which actor."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.builders: list[ActorBuilder] = []
        self.token_actor: dict[int, ActorBuilder] = {}
        self.by_name: dict[str, ActorBuilder] = {}
        self._roles: dict[str, list[tuple[int, int]]] | None = None
        self.shared_tokens: set[int] = set()  # a bare surname two people bear: the card's, but it credits no words

    def actor_of(self, token: Token) -> ActorBuilder | None:
        return self.token_actor.get(token.i)

    def attach(self, builder: ActorBuilder, mention: Mention) -> None:
        builder.add(mention)
        if mention.shared:
            self.shared_tokens.update(range(mention.start, mention.end))
        self.by_name.setdefault(match_key(mention.text), builder)
        for i in range(mention.start, mention.end):
            self.token_actor.setdefault(i, builder)

    def discard(self, unwanted: list[ActorBuilder]) -> None:
        gone = {id(builder) for builder in unwanted}
        self.builders = [b for b in self.builders if id(b) not in gone]
        self.token_actor = {i: owner for i, owner in self.token_actor.items() if id(owner) not in gone}
        self.by_name = {key: owner for key, owner in self.by_name.items() if id(owner) not in gone}

    def new_actor(self, mention: Mention) -> ActorBuilder:
        builder = ActorBuilder(kind=mention.kind)
        self.builders.append(builder)
        self.attach(builder, mention)
        return builder

    def add_description(self, span: Span, kind: str) -> ActorBuilder:
        """An unnamed actor that speaks or acts: 'the Syrian presidency', 'US officials'."""
        mention = Mention(span.start, span.end, span.text, kind, described=True)
        known = self.by_name.get(match_key(span.text))
        if known is None:
            return self.new_actor(mention)
        self.attach(known, mention)
        return known

    def described_as(self, description: str) -> ActorBuilder | None:
        """The one actor the article has already called this ('the agency' of BECTA, resolved
        where it was named nearby): the same bare description later means the same actor."""
        wanted = description.casefold()
        return only_one([b for b in self.builders if any(d.casefold() == wanted for d in b.descriptions)])

    def by_surname(self, words: str) -> ActorBuilder | None:
        """The one person whose name is `words` or ends with its last word ('BOLDUAN')."""
        key = name_words(words)
        if not key:
            return None
        people = [b for b in self.builders if b.kind == PERSON and any(name_words(n)[-1:] == key[-1:] for n in b.names)]
        exact = [b for b in people if any(name_words(n) == key for n in b.names)]
        return only_one(exact) or only_one(people)

    def by_first_name(self, word: str) -> ActorBuilder | None:
        """The one person whose name opens with `word` ('Girish:' of an interview with Girish Wagh)."""
        key = name_words(word)
        if len(key) != 1:
            return None
        return only_one([b for b in self.builders if b.kind == PERSON and any(_opens_with(name_words(n), key) for n in b.names)])

    def by_description(self, span: Span, quoted: frozenset[int] = frozenset()) -> ActorBuilder | None:
        """'the Russian leader' -> the person whose role shares a modifier ('Russian President')
        or holds the head noun ('Syria leader'): of those named before, outside the quotations
        (`quoted`: a person quoted about is not who the narration describes), the last one found.
        An indefinite description ('a State Department official', 'one Clinton spokesman') brings
        in someone the text has not named: nobody."""
        if any(t.dep_ in ("det", "nummod") and t.lower_ in INDEFINITE_DETERMINERS for t in span.root.children):
            return None
        modifiers = {t.lower_ for t in span if t.dep_ in ("amod", "compound") and t.is_alpha}
        head = span.root.lower_
        role_holders = self._role_holders()
        candidates = [
            position
            for word in modifiers | {head}
            for position, start in role_holders.get(word, [])
            if start < span.start and self._named_outside(self.builders[position], span.start, quoted)
        ]
        return self.builders[max(candidates)] if candidates else None

    @staticmethod
    def _named_outside(builder: ActorBuilder, before: int, quoted: frozenset[int]) -> bool:
        return any(mention.start < before and mention.start not in quoted for mention in builder.mentions)

    def _role_holders(self) -> dict[str, list[tuple[int, int]]]:
        """Each word of a person's roles -> (place in `builders`, first mention) of the people
        holding it. Built once, when the quotes stage first asks: roles are all known by then."""
        if self._roles is None:
            self._roles = {}
            for position, builder in enumerate(self.builders):
                if builder.kind == PERSON:
                    start = builder.start
                    for word in {w for role in builder.roles for w in role.lower().split()}:
                        self._roles.setdefault(word, []).append((position, start))
        return self._roles

    def finish(
        self, paragraphs: Paragraphs, sources: frozenset[int] = frozenset(), card_model: Model | None = None,
        kind_models: dict[str, Model] | None = None,
    ) -> list[Actor]:
        """Assign ids (slugs of the names, unique in the article) and freeze the actors; a name
        no card may show ('Lt', 'one company', see `card_names`) gets none, nor a name the card
        model (`card_model`; the shipped one by default) finds unlikely an actor, nor an unnamed group
        that is no source ('officials', 'researchers'; `sources`: the `id` of each builder a
        quote is attributed to): such a group is kept on purpose as a voice of the story, not
        for being mentioned. So is a people or a party's members named so ('Palestinians',
        'Democrats'): a nationality word is no actor of its own unless the story gives it words.
        A card's kind is the rules' unless the kind model (`kind_models`) is sure of another."""
        actors, used = [], set()
        vocabulary = frozenset(w for b in self.builders for n in b.names for w in words_of(n))
        headline_end = title_case_headline_end(self.doc)
        for builder in sorted(self.builders, key=lambda b: b.start):
            silent_group = builder.kind == GROUP and id(builder) not in sources
            headline_only = named_only_in_headlines(builder, self.doc, headline_end)
            if silent_group or card_problem(builder.name, builder.kind, vocabulary) is not None or headline_only:
                builder.carded = False
        candidates = [b for b in self.builders if b.carded]
        rows = card_rows(candidates, self.doc)  # read by both models, computed once
        checked = [i for i, b in enumerate(candidates) if id(b) not in sources]
        for i, probability in zip(checked, card_probabilities(rows[checked], card_model)):
            candidates[i].carded = probability >= MIN_CARD_PROBABILITY
        kept = [i for i, b in enumerate(candidates) if b.carded]
        for i, kind in zip(kept, learned_kinds([candidates[i] for i in kept], rows[kept], kind_models)):
            candidates[i].kind = kind
        for builder in sorted(self.builders, key=lambda b: b.start):
            if not builder.carded:
                continue
            base = slugify(builder.name, ACTOR_SLUG_LENGTH) or builder.kind
            builder.id = base if base not in used else f"{base}-{len(used) + 1}"
            used.add(builder.id)
            name = heading_name(builder.name)
            actors.append(
                Actor(
                    id=builder.id,
                    name=name,
                    kind=builder.kind,
                    roles=list(builder.roles),
                    affiliation=builder.affiliation,
                    aliases=sorted({n for n in builder.names + builder.descriptions if n.casefold() != name.casefold()}, key=lambda n: (n.lower(), n)),
                    mentions=len(builder.mentions),
                    first_paragraph=paragraphs.number(self.doc[builder.start].idx),
                )
            )
        return actors


def _opens_with(words: list[str], first: list[str]) -> bool:
    """A name of two words or more whose first word is `first`'s one word."""
    return len(words) > 1 and words[:1] == first
