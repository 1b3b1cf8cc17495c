"""An actor's kind from evidence that generalises: the name's head noun, a first name, a personal
title, a city's name, the kind the other names of its list agree on, the text around it ('the
town of X', 'born in X', 'X, Trento, Italy', 'Count of X', 'Cheng Chung-tai of X', 'X, who'),
and the vote of its mentions.

In detail: a city's name (`cities.py`) where a place goes ('at Kiev', 'from Herat'; not 'at
CNN', 'at Stanford', 'in Gallup's survey'); a first name ('Justin Bieber', tagged an
organisation; a first name of many nations does so even where it is an English word:
'Pierre-Simon Laplace', 'Dean Kamen'); 'X, Italy'; 'Count of the Holy Roman Empire' (a peer's
place); 'Cheng Chung-tai of Civic Passion' (what a person is of: a party, a firm or a place);
"Pescheux d'Herbinville, who" (a person); 'the group Boko Haram', 'a jihadist group,
al-Murabitun,' (an organisation). An acronym of four letters or more is no person ('ROTC').
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors.cities import is_big_city_name, is_city_name
from generator.analyse.actors.common import (
    is_acronym,
    is_common_word,
    is_legal_form,
    is_plain_first_name,
    sports_word_share,
)
from generator.analyse.actors.countries import (
    country_of,
    is_demonym,
    is_plural_of_country_word,
)
from generator.analyse.actors.model import ActorBuilder, Mention
from generator.analyse.names import family_names, given_names
from generator.analyse.nlp import is_mostly_lower_case
from generator.briefing import COUNTRY, GROUP, ORGANISATION, PERSON, PLACE
from generator.lexicon.actors import (
    MATCH_VERBS,
    NEWSPAPER_WORDS,
    NOT_WHERE_VERBS,
    OCCUPATIONS,
    ORGANISATION_HEADS,
    ORGANISATION_INTRODUCERS,
    ORGANISATION_NOUNS,
    OWNER_PRONOUNS,
    PEERAGE_TITLES,
    PEOPLE_NOUNS,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACE_OR_BODY_WORDS,
    RANK_WORDS,
    SPORTS_ROLES,
    TITLE_WORDS,
    WHERE_PREPOSITIONS,
)
from generator.lexicon.coreference import GENDERED_NOUNS, PRONOUN_GENDER

MIN_ORGANISATION_ACRONYM = 4
MIN_SPORTS_SHARE = 0.01  # one word in a hundred a sports page's: the cards corpus's results and match reports
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def kind_of_untagged(span: Span) -> str:
    words = [t.lower_ for t in span]
    if words[-1] in PLACE_HEADS:
        return PLACE
    if words[-1] in ORGANISATION_HEADS or (len(span) == 1 and (span[0].is_upper or words[0].endswith("news"))):
        return ORGANISATION  # 'NCAA', 'Wikinews'
    if len(span) > 1:
        team = span[-1].tag_ == "NNPS" and span[0].text not in given_names()  # 'Bradenton Marauders', not 'Ryan Sallans'
        return ORGANISATION if team else PERSON
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ("in", "at", "near", "from", "to"):
        return PLACE
    return PERSON


def _acts_as_a_person(span: Span, words: list[str]) -> bool:
    """Foreign and unusual personal names are often tagged as organisations or places. A name
    of one to three plain words is a person's when a person noun introduces it ('the painter
    Giovanni Bellini') or stands in apposition with it ('his wife, Melania'), or when, as a
    subject, its clause speaks of 'his' or 'her' thing and of no 'its' or 'their' one before
    ('Nida received his Ph.D.')."""
    if not 1 <= len(words) <= 3 or set(words) & PLACE_OR_BODY_WORDS:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and _linked_to_name(before, span):
        if names_a_person(before):
            return True
    described = span.root.head
    if span.root.dep_ == "appos" and described.pos_ == "NOUN" and is_person_noun(described):
        return True  # 'Trump's wife, Melania,', 'the host, Gina Ford,'
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = span.root.head
    owner = next((t for t in verb.subtree if t.i >= span.end and t.dep_ == "poss" and t.lower_ in OWNER_PRONOUNS), None)
    return owner is not None and owner.lower_ in PRONOUN_GENDER and _clause_verb(owner).i == verb.i


def _is_named_as_organisation(span: Span) -> bool:
    """'A North African jihadist group, al-Murabitun,', 'the group Boko Haram', 'the company
    Uber': an organisation noun just before the name or in apposition with it says the name is
    an organisation's, whatever the small model's label."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and _is_organisation_noun(before):
        return _linked_to_name(before, span) or any(child.lower_ == "the" for child in before.children)  # 'the group Boko Haram claimed', not 'a group Barack Obama won'
    described = span.root.head
    return span.root.dep_ == "appos" and described.pos_ == "NOUN" and described.i < span.start and _is_organisation_noun(described)


def _is_followed_by_who(span: Span, words: list[str]) -> bool:
    """"Dumas names Pescheux d'Herbinville, [13] who was ...": a name followed by ', who' is a
    person's, as an organisation takes 'which' ('whose' proves nothing: 'the National Front,
    whose leader'). Not a name a preposition governs: in 'a spokesman for the Guardian, who
    declined', 'who' is the spokesman."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].pos_ == "DET":
        before -= 1
    governed = (before >= 0 and doc[before].pos_ == "ADP") or span.root.dep_ == "pobj"
    if governed or set(words) & (ORGANISATION_HEADS | ORGANISATION_NOUNS):
        return False
    after = span.end
    if after + 1 >= len(doc) or doc[after].text != ",":
        return False
    after += 1
    if doc[after].text == "[":  # a citation mark: ', [13] who'
        after = next((t.i + 1 for t in doc[after : after + 4] if t.text == "]"), after)
    return after < len(doc) and doc[after].lower_ == "who"


def _linked_to_name(noun: Token, span: Span) -> bool:
    """Whether the parse links a noun to a name: it modifies the name's head or governs it."""
    return noun.i in {t.i for t in span.root.lefts} | {span.root.head.i}


def _is_organisation_noun(noun: Token) -> bool:
    return noun.tag_ == "NN" and noun.lemma_.lower() in ORGANISATION_INTRODUCERS


def _opens_with_a_given_name(span: Span, words: list[str]) -> bool:
    """'Justin Bieber', 'Ivan Rakitic', 'Sophie Dymoke': two or three words opening with a
    first name are a person's, unless the first name is also an English word or a place
    ('Paris', 'Washington', 'Jean') or the name ends as a place's, an organisation's or a
    team's does."""
    first = _first_word(span)
    return (
        2 <= len(words) <= 3
        and first
        and all(is_plain_first_name(part) for part in first)
        and not any(token.text in ("&", "and") for token in span)
        and span[-1].tag_ not in ("NNS", "NNPS")
        and not set(words) & PLACE_OR_BODY_WORDS
        and not country_of(span.text)
    )


def _ends_with_a_legal_form(span: Span) -> bool:
    """'Hanson Plc', 'Walt Disney Co.', 'Spar AG': a firm's name, whatever its first word."""
    return len(span) > 1 and is_legal_form(span[-1])


def _is_an_initial_and_a_surname(span: Span, words: list[str]) -> bool:
    """'M. Lathwell', 'H. Morris' (a scorecard's batsmen, tagged as organisations): one initial
    and one or two capitalised words that are no common words and name no organisation or place
    are a person's name."""
    first, rest = span[0], span[1:]
    initial = len(first.text) == 2 and first.text[0].isupper() and first.text[1] == "."
    return (
        initial and 1 <= len(rest) <= 2
        and all(token.is_title and token.is_alpha and not is_mostly_lower_case(token.text) for token in rest)
        and not set(words) & PLACE_OR_BODY_WORDS
    )  # not 'I. Survey', a heading


def _is_a_club_named_with_its_city(span: Span) -> bool:
    """'Ajax Amsterdam', 'Levski Sofia', 'PSV Eindhoven' in sports copy, tagged as people: a word
    that is no first name and a big city's own name that is no surname ('Moin Khan', 'Payne
    Stewart' stay people) are a club's name; its city's bare name then stays the city, not the
    'surname' of a person."""
    last = span[-1].text
    return (
        len(span) == 2 and span[0].is_alpha and span[0].text not in given_names()
        and is_big_city_name(last) and last not in family_names() and is_sports_copy(span.doc)
    )


def _is_romanised_east_asian_name(span: Span) -> bool:
    """'Lam Cheuk-ting', 'Kim Jong-un': a family name and a given name of two syllables joined
    by a hyphen, the second in lower case, as Cantonese and Korean names are written."""
    texts = [t.text for t in span]
    return (
        len(texts) == 4
        and span[0].is_title
        and span[1].is_title
        and texts[2] == "-"
        and span[3].is_lower
        and span[3].is_alpha
        and not span[1].whitespace_
        and not span[2].whitespace_
    )


def _first_word(span: Span) -> list[str]:
    """The parts of a name's first word: ['Jean', 'Claude'] of 'Jean-Claude Juncker', ['Mercedes',
    'Benz'] of 'Mercedes-Benz'."""
    parts = []
    for token in span:
        if token.is_alpha:
            parts.append(token.text)
        if token.whitespace_:
            break
    return parts


def _is_named_as_place(span: Span) -> bool:
    """'the town of Yeoncheon', 'the diocese of Sne', 'Levico Terme, Italy', 'born in Exeter',
    'made in Yiwu': the small model tags unfamiliar places as people and organisations; a place
    noun before the name, a country after it, or 'in' after a verb of being or happening
    somewhere says what the name is."""
    doc = span.doc
    introduced = span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lemma_.lower() in PLACE_NOUNS
    return introduced or _is_a_peer_s_place(span) or _is_located(span) or _is_where_something_happens(span)


def _is_located(span: Span) -> bool:
    """'Levico Terme, Italy.', 'Levico Terme, Trento, Italy for a conference': a country after a
    comma, or a region and a country, where no list goes on ('Google, Apple, France and Spain')."""
    doc = span.doc
    after = doc[span.end : span.end + 5]
    if len(after) < 3 or after[0].text != ",":
        return False
    if country_of(after[1].text) is not None:
        return after[2].is_punct
    return (
        len(after) == 5
        and after[1].is_title
        and after[2].text == ","
        and country_of(after[3].text) is not None
        and after[4].lower_ not in (",", "and", "or")
    )


def _is_where_something_happens(span: Span) -> bool:
    """One capitalised word (no English word) after 'in' that a verb governs, not owning
    anything: 'lived in Ferguson', 'born in Exeter'; not 'invested in Tesla', 'in Jackie's account'."""
    doc, token = span.doc, span[0]
    if len(span) != 1 or span.start == 0 or not token.is_title or is_common_word(token.lower_):
        return False
    preposition = doc[span.start - 1]
    owns = span.end < len(doc) and doc[span.end].tag_ == "POS"
    verb = preposition.head
    return preposition.lower_ == "in" and not owns and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in NOT_WHERE_VERBS


def actor_kind(builder: ActorBuilder, doc: Doc) -> str:
    """The kind of the actor's mentions (`kind_by_vote`), where an organisation named only by
    a city's name, each time where a place goes, is that city ('at Kiev in 1679', 'from Herat,
    their home'); 'at Helsinki' of the University of Helsinki is merged into that card first.
    A people's word ('Sri Lankans', 'Angolan') is a group, whatever the label: a voice of the
    story only when it is given words. A 'person' named only by a big city's name, with nothing
    that says a person (`_is_only_a_big_city`), is the city, or in sports copy its club (a name
    before a player's noun is a club too: `is_named_as_a_club`, which `find_actors` asks)."""
    kind = kind_by_vote(builder)
    if kind != COUNTRY and all(is_demonym(name) for name in builder.names):
        return GROUP
    if kind == ORGANISATION and all(_is_a_city_as_where(doc[m.start : m.end]) for m in builder.mentions):
        return PLACE
    if kind == PERSON and _is_only_a_big_city(builder, doc):
        return ORGANISATION if is_sports_copy(doc) else PLACE
    return kind


def is_named_as_a_club(builder: ActorBuilder, kind: str, doc: Doc) -> bool:
    """Whether sports copy names the actor (of `kind`, as `actor_kind` found it) as a club: a
    one-word person's name that is no first name, or a city's name (not a country or a home
    nation: 'England captain' is the national side, a place), before a player's or a manager's
    noun ('the Newcastle midfielder', 'Derby manager Paul Jewell'; not 'a Trump defender' in
    politics), or a city's name that plays a match (`_plays_a_match`). Such an actor is an
    organisation the kind model leaves alone (`ActorBuilder.settled`)."""
    if not is_sports_copy(doc):
        return False
    name = builder.name
    spans = [doc[m.start : m.end] for m in builder.mentions]
    if kind == PLACE and is_city_name(name) and any(map(_plays_a_match, spans)):
        return True
    one_word = kind == PERSON and len(name.split()) == 1 and name not in given_names()
    return (one_word or (kind in (ORGANISATION, PLACE) and is_city_name(name))) and any(map(_names_a_club_s_player, spans))


def _plays_a_match(span: Span) -> bool:
    """A side of a match: the subject or the object of a match's verb, or the one it was played
    against, lost to or drawn with ('Seattle beat Minnesota', 'lost to Milwaukee', 'drew with
    Lille'). A place does none of that; in sports copy it is the club named by its city."""
    root = span.root
    if root.dep_ in ("nsubj", "dobj"):
        return root.head.lemma_.lower() in MATCH_VERBS
    preposition = root.head
    return root.dep_ == "pobj" and preposition.lower_ in ("against", "to", "with") and preposition.head.lemma_.lower() in MATCH_VERBS


def _names_a_club_s_player(span: Span) -> bool:
    head = span.root.head
    return span.root.dep_ == "compound" and head.lower_ in SPORTS_ROLES and head.i == span.end


def _is_only_a_big_city(builder: ActorBuilder, doc: Doc) -> bool:
    """'Grozny', 'Khartoum', 'Porto' tagged as people: one name, a big city's, no first name,
    and no mention that says a person: a personal title or a role word before it ('Speaker
    Berri'), or a scorer's minute after it ('(Rodriguez 56th)')."""
    if len(builder.names) != 1 or not is_big_city_name(builder.name) or builder.name.split()[0] in given_names():
        return False
    return not any(_says_a_person(doc, m) for m in builder.mentions)


def _says_a_person(doc: Doc, mention: Mention) -> bool:
    before = doc[mention.start - 1] if mention.start > 0 else None
    after = doc[mention.end] if mention.end < len(doc) else None
    minute = after is not None and after.like_num and after.lower_.endswith(ORDINAL_ENDINGS)
    return mention.titled or minute or (before is not None and before.is_title and names_a_person(before))


def is_sports_copy(doc: Doc) -> bool:
    """Sports copy (`sports_word_share`), where a club is named by its city ('Porto beat Benfica')."""
    return sports_word_share(doc) >= MIN_SPORTS_SHARE


def _is_a_city_as_where(span: Span) -> bool:
    """A city's name, one word, after a preposition of place. Not an acronym ('at CNN', 'in GOP
    primaries'), a first name ('at Chelsea', 'at Stanford'), an owner ('in Gallup's survey') or
    a noun's modifier ('in Time magazine'): colleges, firms and teams named after a town come so."""
    doc, token = span.doc, span[0]
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ not in WHERE_PREPOSITIONS:
        return False
    modifies = token.dep_ in ("compound", "poss") or (span.end < len(doc) and doc[span.end].tag_ == "POS")
    return token.is_title and not modifies and token.text not in given_names() and is_city_name(token.text)


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a token is in."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def names_a_person(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in TITLE_WORDS or lemma in RANK_WORDS or lemma in PEOPLE_NOUNS or lemma in OCCUPATIONS


def is_person_noun(noun: Token) -> bool:
    """A noun that stands for one person: a title, an occupation, a person noun, or a relation
    that says a gender ('wife', 'spokeswoman')."""
    return names_a_person(noun) or noun.lemma_.lower() in GENDERED_NOUNS


def mended_kind(span: Span, words: list[str], kind: str, previous: Mention | None) -> str:
    """The kind that the name's words and the text around it say, over the small model's label."""
    if _ends_with_a_legal_form(span):
        return ORGANISATION
    if kind != PERSON and _is_an_initial_and_a_surname(span, words):
        return PERSON
    if kind == PERSON and _is_a_club_named_with_its_city(span):
        return ORGANISATION
    kind = _kind_by_head(words, kind)
    if kind == PERSON and _is_long_acronym(span):
        return ORGANISATION
    if kind == PERSON and _follows_a_person_and_of(span, words):
        return PLACE if _is_a_peer_s_place(span) or is_city_name(span.text) or set(words) & PLACE_HEADS else ORGANISATION
    if kind in (ORGANISATION, PLACE) and (
        _acts_as_a_person(span, words) or _opens_with_a_given_name(span, words) or _is_romanised_east_asian_name(span)
    ):
        return PERSON
    if kind == ORGANISATION and _is_followed_by_who(span, words):
        return PERSON
    if kind in (PERSON, PLACE) and _is_named_as_organisation(span) and span[0].text not in given_names():
        return ORGANISATION
    if kind in (ORGANISATION, PERSON) and not set(words) & ORGANISATION_HEADS:
        if _is_named_as_place(span) or _ends_a_place_s_address(span, previous):
            kind = PLACE
    if kind == PLACE and country_of(span.text):
        return COUNTRY
    if kind == PLACE and len(span) == 1 and span[0].tag_ == "NNPS" and not is_plural_of_country_word(span[0]):
        return ORGANISATION  # 'the second Pirates player': a team, not a place
    return kind


def _follows_a_person_and_of(span: Span, words: list[str]) -> bool:
    """'Cheng Chung-tai of Civic Passion', 'Ari Emanuel of William Morris Endeavor', '1st Earl of
    Snowdon': a name the model tags as a person's right after a person's name and 'of' is what
    that person is of, a party, a firm or a place; a first name alone stays a person's ('the
    Gospel of Matthew')."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of" or doc[span.start - 2].ent_type_ != "PERSON":
        return False
    return not (len(words) == 1 and span[0].text in given_names())


def _is_a_peer_s_place(span: Span) -> bool:
    """'1st Earl of Snowdon', 'Count of the Holy Roman Empire': a peer is titled after a place."""
    doc = span.doc
    of = span.start - 1
    if of >= 0 and doc[of].lower_ == "the":
        of -= 1
    return of >= 1 and doc[of].lower_ == "of" and doc[of - 1].is_title and doc[of - 1].lower_ in PEERAGE_TITLES


def _is_long_acronym(span: Span) -> bool:
    """'ROTC', 'WRKO', 'E.P.R.P.': people go by three initials at most ('JFK'); an acronym of
    four letters or more that the small model tags as a person names an organisation."""
    return len(span) == 1 and is_acronym(span.text) and len(span.text.replace(".", "")) >= MIN_ORGANISATION_ACRONYM


def _ends_a_place_s_address(span: Span, previous: Mention | None) -> bool:
    """'born in Exeter, Devon.': one word after a place and a comma, ending the sentence, is the
    region the place is in ('In Paris, Hilton said' goes on, and Hilton stays a person; in a
    list, 'Jezebel, Metro.us, EDGE', the next item follows a comma)."""
    doc = span.doc
    return (
        previous is not None
        and previous.kind in (PLACE, COUNTRY)
        and len(span) == 1
        and previous.end == span.start - 1
        and doc[previous.end].text == ","
        and span.end < len(doc)
        and doc[span.end].text in (".", ";", ")")
    )


def _kind_by_head(words: list[str], kind: str) -> str:
    """A name's head noun says what it names better than the small model's label: 'Carnegie
    Hall' and 'Hôpital Cochin' are places, 'Prague Conservatory', 'Centre for Social Evolution'
    and 'Edmonton Sun' organisations (a newspaper's word ends its name, but not a person's such
    as 'Emily Post')."""
    if len(words) < 2 or kind == GROUP:
        return kind
    if words[-1] in NEWSPAPER_WORDS and words[0].title() not in given_names():
        return ORGANISATION
    if words[1] == "for":
        return ORGANISATION
    heads = {words[0], words[-1]}
    if heads & PLACE_HEADS:
        return PLACE
    if heads & ORGANISATION_HEADS:
        return ORGANISATION
    return kind


def harmonise_lists(doc: Doc, mentions: list[Mention]) -> None:
    """'Google, Bing, and Yahoo', 'Ubisoft, Microsoft, and Sony', 'Poseidon, Aphrodite, and
    Athena': a list names things of one kind, so a one-word name that the small model labelled
    otherwise than the others of its list, which agree and of which two or more are tagged,
    takes their kind (countries count as places; a name never becomes a country by it, nor an
    acronym a place). Each list's kinds are counted once: a list of thousands of names costs
    no more than its length."""
    first_item = _first_list_items(doc)
    lists: dict[int, list[Mention]] = {}
    for mention in mentions:
        lists.setdefault(first_item[mention.end - 1], []).append(mention)
    for members in lists.values():
        kinds = Counter(_kind_in_a_list(member) for member in members)
        tagged = sum(not member.guessed for member in members)
        for mention in members:
            others = kinds - Counter([_kind_in_a_list(mention)])
            if mention.end - mention.start != 1 or mention.kind == COUNTRY or mention.titled or len(others) != 1:
                continue
            kind = next(iter(others))
            if tagged - (not mention.guessed) >= 2 and kind != GROUP and not (kind == PLACE and is_acronym(mention.text)):
                mention.kind = kind


def _first_list_items(doc: Doc) -> dict[int, int]:
    """Token index -> index of the first item of the list ('A, B and C') it is an item of, or its
    own index. A conjunct's head comes before it, so one pass finds them all."""
    first: dict[int, int] = {}
    for token in doc:
        head = token.head.i
        first[token.i] = first[head] if token.dep_ == "conj" and head < token.i else token.i
    return first


def _kind_in_a_list(mention: Mention) -> str:
    return PLACE if mention.kind == COUNTRY else mention.kind


def kind_by_vote(builder: ActorBuilder) -> str:
    """The small model labels one name differently from sentence to sentence ('Exeter' a person
    here, a place there); the actor takes the kind most of its mentions have, the first on a tie.
    A country stays a country: its name says so whatever the label. Mentions by a shorter name
    ('Nida' of Eugene A. Nida, often tagged an organisation) count only when the full name gives
    no kind, and the kinds guessed for untagged mentions only when no mention was tagged. A
    mention named with a personal title settles it: a person."""
    if any(mention.titled for mention in builder.mentions):
        return PERSON
    kinds = next(
        chosen
        for chosen in (
            [m.kind for m in builder.mentions if not (m.guessed or m.shorter)],
            [m.kind for m in builder.mentions if not m.shorter],
            [m.kind for m in builder.mentions if not m.guessed],
            [m.kind for m in builder.mentions],
        )
        if chosen
    )
    if COUNTRY in kinds:
        return COUNTRY
    return max(dict.fromkeys(kinds), key=kinds.count)
