"""The actor stage: mentions found, kinds mended, mentions merged into actors, roles collected.

Beyond its parts: platforms and newsrooms the news names often are always organisations
('Twitter', tagged a person), deities are persons ('God', tagged a place); a personal title
before a person's whole name is that person ('Saint Jerome', labelled a place, is Jerome;
'St. Louis' stays a city); in sports copy a city's name is the one club it opens the name of;
a repeated surname the model missed is its bearer's mention.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.analyse.actors.common import is_common_word
from generator.analyse.actors.countries import country_of, is_demonym
from generator.analyse.actors.index import ActorIndex
from generator.analyse.actors.kinds import (
    actor_kind,
    harmonise_lists,
    is_named_as_a_club,
    is_sports_copy,
    names_a_person,
)
from generator.analyse.actors.mentions import (
    entity_mentions,
    names_of_no_actors,
    untagged_names,
)
from generator.analyse.actors.merging import (
    NameLookup,
    canonical_key,
    is_epithet,
    merge_target,
    shares_a_surname,
    stated_alias_keys,
)
from generator.analyse.actors.model import ActorBuilder, Mention
from generator.analyse.actors.no_actors import (
    is_capitalised_common_word,
    lower_case_words,
    names_no_actor,
)
from generator.analyse.actors.roles import collect_roles
from generator.analyse.names import (
    given_names,
    match_key,
    name_key,
    name_words,
    normalise_name,
)
from generator.briefing import COUNTRY, ORGANISATION, PERSON
from generator.lexicon.actors import DEITIES, KNOWN_ORGANISATIONS, PERSONAL_TITLE_STEMS


def find_actors(doc: Doc) -> ActorIndex:
    index = ActorIndex(doc)
    no_actors = names_of_no_actors(doc)
    lower_words = lower_case_words(doc)
    mentions = [
        m for m in entity_mentions(doc) + untagged_names(doc, lower_words)
        if normalise_name(m.text) and not names_no_actor(m.text, no_actors)  # '(23-': marks, no name
    ]
    for mention in mentions:
        key = match_key(mention.text)
        if key in KNOWN_ORGANISATIONS:
            mention.kind, mention.guessed, mention.titled = ORGANISATION, False, False  # 'Twitter', tagged a person
        elif key in DEITIES:
            mention.kind, mention.guessed = PERSON, False  # 'God', tagged a place
    harmonise_lists(doc, mentions)
    by_key: dict[str, ActorBuilder] = {}
    shorter_names: set[str] = set()
    shared_names: set[str] = set()
    lookup = NameLookup()
    one_bearer = stated_alias_keys(doc, mentions)
    for mention in sorted(mentions, key=lambda m: -len(name_words(m.text))):
        key = canonical_key(mention)
        key = one_bearer.get(key, key)
        builder = by_key.get(key)
        if builder is None:
            near = lookup.near(mention.text)
            if shares_a_surname(mention, near):
                shared_names.add(key)  # 'Arkwright' of two Arkwrights
            if (builder := merge_target(mention, near)) is not None:
                shorter_names.add(key)
        mention.shorter = key in shorter_names  # 'Nida' tagged an organisation, of Eugene Nida
        mention.shared = key in shared_names
        if builder is None:
            builder = index.new_actor(mention)
        else:
            index.attach(builder, mention)
        by_key[key] = builder
        lookup.add(builder, mention.text)
    index.discard([b for b in index.builders if is_capitalised_common_word(b, doc, lower_words)])
    for builder in index.builders:
        kind = actor_kind(builder, doc)
        builder.settled = is_named_as_a_club(builder, kind, doc)
        builder.kind = ORGANISATION if builder.settled else kind
    _merge_titled_names(index, by_key)
    _merge_cities_into_their_clubs(index, doc)
    _add_country_names(index)
    _add_untagged_surnames(doc, index)
    for builder in index.builders:
        builder.mentions.sort(key=lambda m: m.start)
        collect_roles(builder, doc, index)
    return index


def _merge_titled_names(index: ActorIndex, by_key: dict[str, ActorBuilder]) -> None:
    """'Saint Jerome' and 'St. Jerome', labelled places, are Jerome where the article names a
    person Jerome: a name that is a personal title and a person's whole name is that person
    ('St. Louis' stays a city unless a person is named just 'Louis')."""
    pairs = []
    for builder in index.builders:
        title, _, rest = builder.name.partition(" ")
        bearer = by_key.get(match_key(rest)) if rest and title.lower().rstrip(".") in PERSONAL_TITLE_STEMS else None
        if bearer is not None and bearer is not builder and bearer.kind == PERSON and len(builder.names) == 1:
            pairs.append((builder, bearer))
    _fold_into(index, pairs, PERSON)


def _merge_cities_into_their_clubs(index: ActorIndex, doc: Doc) -> None:
    """In sports copy a club named by its city ('Baltimore beat Seattle 5-3', an organisation by
    `actor_kind` and `is_named_as_a_club`) is the one club whose name that city's name opens
    ('Baltimore' of the Baltimore Orioles). A city named as a place stays the place ('at
    Baltimore'), and where it opens two clubs' names ('New York' of the Yankees and of the Mets),
    which one is not in the name."""
    if not is_sports_copy(doc):
        return
    clubs_by_first_word: dict[str, list[ActorBuilder]] = {}  # looked up by first word: linear in the names
    for club in (b for b in index.builders if b.kind == ORGANISATION):
        for first in dict.fromkeys(words[0] for words in map(name_words, club.names) if words):
            clubs_by_first_word.setdefault(first, []).append(club)
    pairs = []
    for builder in index.builders:
        words = name_words(builder.name)
        if builder.kind != ORGANISATION or len(builder.names) != 1 or not words or country_of(builder.name):
            continue
        near = clubs_by_first_word.get(words[0], [])
        opened = [club for club in near if club is not builder and any(_opens(words, name_words(name)) for name in club.names)]
        if len(opened) == 1:
            pairs.append((builder, opened[0]))
    _fold_into(index, pairs, ORGANISATION)


def _fold_into(index: ActorIndex, pairs: list[tuple[ActorBuilder, ActorBuilder]], kind: str) -> None:
    """Each pair's first actor dropped and its mentions, now of `kind`, given to the second."""
    index.discard([builder for builder, _ in pairs])
    for builder, bearer in pairs:
        for mention in builder.mentions:
            mention.kind = kind
            index.attach(bearer, mention)


def _opens(words: list[str], name: list[str]) -> bool:
    return len(name) > len(words) and name[: len(words)] == words


def _add_country_names(index: ActorIndex) -> None:
    """'US' is the United States: a country's card carries its full name."""
    for builder in index.builders:
        if builder.kind == COUNTRY:
            canonical = country_of(builder.names[0])
            if canonical and name_key(canonical) not in {name_key(n) for n in builder.names}:
                builder.names.append(canonical)
                index.by_name.setdefault(match_key(canonical), builder)


def _add_untagged_surnames(doc: Doc, index: ActorIndex) -> None:
    """The small model often misses a repeated surname ('Merkel did not comment') or tags it as
    a title ('Hadid was born ...'): a capitalised word that is no actor yet and is the surname
    of a named person is that person, the first-named one when relatives share it, and then a
    mention that credits no words (as `merging` decides for tagged surnames). Tagged as a common noun ('Currently Shalev
    is ...'), it must not open its sentence, unless it is that sentence's bare subject."""
    bearers: dict[str, list[ActorBuilder]] = {}
    for builder in sorted(index.builders, key=lambda b: b.start):
        words = name_words(builder.name)
        if builder.kind == PERSON and len(words) > 1 and not is_epithet(words, 1):
            bearers.setdefault(words[-1], []).append(builder)
    for token in doc:
        found = bearers.get(token.lower_)
        if not found or not token.is_title or index.actor_of(token) is not None:
            continue
        if _ends_another_name(token):
            whole = [b for b in found if name_words(b.name)[-2:] == [token.nbor(-1).lower_, token.lower_]]
            if len(whole) == 1 and index.actor_of(token.nbor(-1)) is None:  # the full name again, untagged
                index.attach(whole[0], Mention(token.i - 1, token.i + 1, doc[token.i - 1 : token.i + 1].text, PERSON))
            continue
        if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and (not token.is_sent_start or _bare_subject(token))):
            index.attach(found[0], Mention(token.i, token.i + 1, token.text, PERSON, shared=len(found) > 1))


def _ends_another_name(token: Token) -> bool:
    """'Pro' of 'MacBook Pro', 'Costa' of 'Jorge Costa' beside a Rui Costa: a capitalised word
    right before it makes it the end of another name, unless it is a title, a role, a people's
    word or a common word that is no first name ('President Biden', 'Coach Reid', 'American
    Tyson', 'But Trump', 'Former Trump'; 'Bill Clinton' is someone)."""
    if token.i == 0:
        return False
    before = token.nbor(-1)
    capitalised = before.is_title or (before.text[:1].isupper() and any(c.isupper() for c in before.text[1:]))  # 'MacBook'
    if not capitalised or before.is_sent_start or before.is_stop or before.ent_type_ in ("DATE", "TIME"):
        return False  # 'But Trump', '"If Trump ...', 'In August Trump met ...'
    common = is_common_word(before.lower_) and before.text not in given_names()  # 'Former Trump', not 'Bill Clinton'
    return not (common or names_a_person(before) or before.lower_.rstrip(".") in PERSONAL_TITLE_STEMS or is_demonym(before.text))


def _bare_subject(token: Token) -> bool:
    """'Trump blamed local officials': a sentence's subject with no determiner, though tagged
    as a common noun, is the person whose surname it is."""
    return token.dep_ in ("nsubj", "nsubjpass") and not any(child.dep_ in ("det", "poss", "amod") for child in token.children)
