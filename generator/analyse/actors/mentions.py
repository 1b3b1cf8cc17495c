"""Candidate mentions: the named entities worth an actor, and the proper names the model left
untagged; titles of works, prizes, events, storms, fields of study and post-nominals are no
actors.

Actors come from named entities and from proper names the model leaves untagged ('Bohemia',
'Wikinews'); an English common word only where it is a bare name in running text ('Poseidon',
'Gaul'). The model's slips mended here: a headline read as one name is cut at its verb to the
name it opens with, where the text names that alone ('Marco Rubio Responds To Question'); a
place cut off the name it opens is joined to it ('Guangzhou' + 'Opera House', 'US' + 'Senate');
names across a spaced slash are two ('Newsmax / Zogby'). Dropped: works, prizes, events and
storms ('Pritzker Architecture Prize', 'Cyclone Phailin'; a title named as a work once, 'the
film Watchmen', 'Match Point (2005)', is a work wherever else it comes up), fields of study ('a
Ph.D. in Linguistics'), post-nominals after a name and a comma ('Tom Molomby, SC,'), and what a
season, a setting or a performance is of ('season four of Ridiculousness'). A name after a
personal title is a person's whatever its label ('Apa Horsiesios'), unless its head noun names
a place or an organisation ('Prince Edward Island').
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors.cities import is_city_name
from generator.analyse.actors.common import (
    is_common_phrase,
    is_finite_verb,
    is_plain_first_name,
    may_be_untagged_name,
)
from generator.analyse.actors.countries import country_of
from generator.analyse.actors.kinds import kind_of_untagged, mended_kind
from generator.analyse.actors.model import Mention
from generator.analyse.actors.spans import (
    ends_a_hyphened_word,
    in_a_line_of_numbers,
    is_misread_place,
    is_noun_group,
    is_one_of_a_people,
    is_title_part,
    is_trailing_noise,
    trim,
)
from generator.analyse.names import given_names, match_key
from generator.briefing import GROUP, ORGANISATION, PERSON, PLACE
from generator.lexicon.actors import (
    AWARD_WORDS,
    CALENDAR_WORDS,
    DEGREE_WORDS,
    EVENT_OPENERS,
    HEADS_BEFORE_A_NAME,
    ORGANISATION_HEADS,
    PARTICLES,
    PERSONAL_TITLE_STEMS,
    PERSONAL_TITLES,
    PLACE_HEADS,
    PLACE_OR_BODY_WORDS,
    POST_NOMINALS,
    WORK_AND_EVENT_HEADS,
    WORK_NOUNS,
    WORK_PART_NOUNS,
)
from generator.lexicon.cards import ARTICLES

MIN_NAME_BEFORE_VERB = 2
NOT_NAME_MARKS = re.compile(r"[?=@#|<>]")
SEPARATORS = ("/", "-", "–", "—")
BRACKETS = ("(", ")")  # not "[...]": an editor's insertion, "[George W.] Bush", is part of the name
MAX_NICKNAME_WORDS, MAX_NICKNAME_NAME_WORDS = 3, 3
MAX_NAME_AFTER_A_BODY = 3
ENTITY_KINDS = {"PERSON": PERSON, "ORG": ORGANISATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "NORP": GROUP}


def entity_mentions(doc: Doc) -> list[Mention]:
    """NER entities that can be actors, with the small model's usual slips mended."""
    mentions = []
    named = {match_key(ent.text) for ent in doc.ents}
    for ent in (
        piece for ent in _nicknames_joined(_places_joined_to_names(doc))
        for part in _split_at_separators(ent) for piece in _person_after_a_body(part)
    ):
        if mentions and ent.start < mentions[-1].end:
            continue  # taken into the name before it (see `_widened`)
        ent = _without_headline(ent, named)
        ent = _with_first_name_before(ent, mentions[-1].end if mentions else 0)
        kind = ENTITY_KINDS.get(ent.label_)
        if kind == GROUP and not is_noun_group(ent):
            kind = PLACE if is_misread_place(ent) else None
        if kind is None or is_title_part(ent) or is_one_of_a_people(ent) or ends_a_hyphened_word(ent) or _is_a_common_noun(ent):
            continue
        span = trim(ent)
        words = [t.lower_ for t in span if t.is_alpha] if span is not None else []
        if span is None or not any(c.isupper() for c in span.text) or NOT_NAME_MARKS.search(span.text) or _names_award_or_work(words) or _is_no_actor_here(span):
            continue  # a name has a capital: not "n't", not 'secretary of state'; and no marks of a link: 'pics?I'
        titled = _is_titled_person(span, words)
        kind = PERSON if titled else mended_kind(span, words, kind, mentions[-1] if mentions else None)
        mentions.append(Mention(span.start, span.end, span.text, kind, titled=titled))
    return mentions


def _with_first_name_before(ent: Span, free_from: int) -> Span:
    """'Aileen Shaw' read as a number and an organisation: a one-word name right after a first
    name in capitals (that no name before took) is that person's surname, the two one person."""
    start = ent.start - 1
    if ent.label_ == "PERSON" or len(ent) != 1 or start < free_from or start < 0:
        return ent
    first = ent.doc[start]
    if not (first.is_title and first.text in given_names() and first.whitespace_ and ent[0].is_title):
        return ent
    return Span(ent.doc, start, ent.end, label="PERSON")


def _is_a_common_noun(ent: Span) -> bool:
    """'A new Bill would require ...', 'the Will of the people': one word tagged a person that
    has an article or an adjective of its own is the common noun a first name is spelt like,
    not a person named by that first name."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    return any(child.dep_ == "det" and child.lower_ in ARTICLES or child.dep_ == "amod" for child in ent.root.children)


def _places_joined_to_names(doc: Doc) -> list[Span]:
    """The entities, where the model cut a place off the name it opens ('Guangzhou' + 'Opera
    House', 'US' + 'Senate'): a place right before an organisation or a building, with nothing
    between them, is one name with it."""
    joined: list[Span] = []
    for ent in doc.ents:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.label_ == "GPE"
            and ent.label_ in ("ORG", "FAC")
            and previous.end == ent.start
            and previous[-1].whitespace_
            and not any(token.tag_ == "POS" for token in previous)  # 'Saudi Arabia's Civil Defense Authority': two actors
            and not ent[0].is_sent_start
            and ent[0].is_title
        ):
            joined[-1] = Span(doc, previous.start, ent.end, label=ent.label_)
        else:
            joined.append(ent)
    return joined


def _nicknames_joined(ents: list[Span]) -> list[Span]:
    """'Robert C. "Bobby" Scott', 'Earvin "Magic" Johnson': a nickname in quotation marks between
    the first names and the surname, which the model cuts into two names or reads as a product,
    is one person's name."""
    joined: list[Span] = []
    for ent in ents:
        if joined and ent.start < joined[-1].end:
            continue
        whole = _with_nickname(ent)
        while joined and joined[-1].end > whole.start:
            joined.pop()
        joined.append(whole)
    return joined


def _with_nickname(ent: Span) -> Span:
    doc = ent.doc
    for opening in range(max(ent.start - 1, 1), min(ent.end + 1, len(doc))):
        closing = _nickname_closed_at(doc, opening)
        if closing is None:
            continue
        start, end = opening - 1, closing + 2
        while start > 0 and start > opening - MAX_NICKNAME_NAME_WORDS and _is_name_word(doc[start - 1]):
            start -= 1
        while end < len(doc) and end < closing + 1 + MAX_NICKNAME_NAME_WORDS and _is_name_word(doc[end]) and doc[end - 1].whitespace_:
            end += 1
        if start <= ent.start and end >= ent.end and any(t.ent_type_ == "PERSON" for t in doc[start:end]):
            return Span(doc, start, end, label="PERSON")
    return ent


def _nickname_closed_at(doc: Doc, opening: int) -> int | None:
    """The closing mark of a nickname opened at `opening`: one to three capitalised words
    hugged by quotation marks, a capitalised word on each side."""
    if not (doc[opening].is_quote and not doc[opening].whitespace_ and doc[opening - 1].whitespace_ and _is_name_word(doc[opening - 1])):
        return None
    for size in range(1, MAX_NICKNAME_WORDS + 1):
        closing = opening + size + 1
        if closing + 1 >= len(doc) or not _is_name_word(doc[opening + size]):
            return None
        if doc[closing].is_quote and not doc[closing - 1].whitespace_ and doc[closing].whitespace_ and _is_name_word(doc[closing + 1]):
            return closing
    return None


def _is_name_word(token: Token) -> bool:
    return token.is_title and (token.is_alpha or re.fullmatch(r"[A-Z]\.", token.text) is not None)


def _person_after_a_body(ent: Span) -> list[Span]:
    """'Punjab Police Nasim Ahmed', 'Lahore Police Aftab Cheema': a body's name and then a
    person's, which the model ran together (the person's role was 'Inspector General of ...'),
    are two names: the body's ends at its head word, the person's opens with a first name."""
    for at in range(1, len(ent) - 2):
        head, rest = ent[at], ent[at + 1 :]
        if (
            head.lower_ in HEADS_BEFORE_A_NAME and head.is_title and len(rest) <= MAX_NAME_AFTER_A_BODY
            and all(_is_name_word(token) for token in ent) and (rest[0].text in given_names() or is_plain_first_name(rest[0].text))
            and rest[0].lower_ not in HEADS_BEFORE_A_NAME
        ):
            return [Span(ent.doc, ent.start, head.i + 1, label="ORG"), Span(ent.doc, head.i + 1, ent.end, label="PERSON")]
    return [ent]


def _split_at_separators(ent: Span) -> list[Span]:
    """'Newsmax / Zogby', 'Gloria Bistrita - Ilie Lazar', 'Leeds 2 Chelsea': names the model
    tagged as one across a spaced slash or dash, a comma between places ('Larnaca, Cyprus'), a
    bracket it does not close ('the Hamptons (Abedin'), a score in a results line or a number
    inside a person's name ('Alaniya Vladikavkaz 3 Zhemchuzhina Sochi'), are each a name of
    their own ('HIV/AIDS', 'Austria-Hungary' are one word, 'Channel 4 News' one name); parts
    that are common words ('Shortstop / Outfielder') are no names."""
    scores = [token.i for token in ent[1:-1] if in_a_line_of_numbers(token) or (ent.label_ == "PERSON" and token.is_digit)]
    marks = [token.i for token in ent[1:-1] if token.text in SEPARATORS and token.whitespace_ and token.nbor(-1).whitespace_]
    brackets = _unclosed_brackets(ent)
    commas = _commas_between_places(ent)
    if not scores and not marks and not brackets and not commas:
        return [ent]
    cuts = sorted(scores + marks + brackets + commas)
    bounds = zip([ent.start] + [cut + 1 for cut in cuts], cuts + [ent.end])
    parts = [Span(ent.doc, start, end, label=ent.label_) for start, end in bounds if end > start]
    return [part for part in parts if not (marks and is_common_phrase(part))]


def _commas_between_places(ent: Span) -> list[int]:
    """'Culpepper, Virginia', 'Larnaca, Cyprus', 'Auckland, Christchurch': a comma inside a
    place's name, or between two places' names inside an organisation's, parts two names: a
    place and the region or country it is in, or two places of a list ('University of
    California, Berkeley' is one name)."""
    if ent.label_ not in ("GPE", "LOC", "FAC", "ORG"):
        return []
    doc, place = ent.doc, ent.label_ != "ORG"
    return [
        token.i for token in ent[1:-1]
        if token.text == "," and (place or (_names_a_place(doc[ent.start : token.i]) and _names_a_place(doc[token.i + 1 : ent.end])))
    ]


def _names_a_place(span: Span) -> bool:
    return country_of(span.text) is not None or is_city_name(span.text)


def _unclosed_brackets(ent: Span) -> list[int]:
    """A bracket the name does not close ('the Hamptons (Abedin wrote'): there the model ran two
    names together. A closed one is part of the name ('Companion Marble (Holdings) Ltd')."""
    texts = [token.text for token in ent]
    if texts.count("(") == texts.count(")"):
        return []
    return [token.i for token in ent[1:-1] if token.text in BRACKETS]


def _without_headline(ent: Span, named: set[str]) -> Span:
    """'Marco Rubio Responds To Question', 'Hillary Clinton Slams Donald Trump': a headline the
    model read as one name, cut to the name it opens with where the text names that alone too.
    A name that holds a verb of its own ('Black Lives Matter') is left whole."""
    verb = next((t.i for t in ent[MIN_NAME_BEFORE_VERB:] if is_finite_verb(t)), None)
    if verb is not None and match_key(ent.doc[ent.start : verb].text) in named:
        return ent.doc[ent.start : verb]
    return ent


def names_of_no_actors(doc: Doc) -> set[str]:
    """A title named as a work once ('the film Watchmen') and a storm's own name ('Pam' of
    'Cyclone Pam') name no actor wherever else they come up."""
    return {match_key(ent.text) for ent in doc.ents if _is_titled_work(ent)} | _storm_names(doc)


def _storm_names(doc: Doc) -> set[str]:
    names = set()
    for ent in doc.ents:
        opener = 0
        while opener < len(ent) and ent[opener].lower_ in EVENT_OPENERS:
            opener += 1
        if 0 < opener < len(ent):
            names.add(match_key(ent[opener:].text))
    return names


def untagged_names(doc: Doc, lower_words: set[str]) -> list[Mention]:
    """Proper names the small model leaves untagged ('Bohemia', 'Auguste Chevalier', 'Wikinews'):
    runs of capitalised proper nouns outside every entity (`lower_words`: the article's
    lower-case words, see `lower_case_words`)."""
    mentions, start = [], None
    for token in [*doc, None]:
        if token is not None and may_be_untagged_name(token):
            start = token.i if start is None else start
            continue
        if start is not None:
            end = token.i if token is not None else len(doc)
            while end - start > 2 and is_trailing_noise(doc[end - 1], post_nominal=True):
                end -= 1  # 'Zaha Mohammad Hadid DBE RA'
            span = doc[start:end]
            kind = None if _is_not_a_name(span, lower_words) else kind_of_untagged(span)
            if kind is not None:
                titled = _is_titled_person(span, [t.lower_ for t in span])
                mentions.append(Mention(span.start, span.end, span.text, PERSON if titled else kind, guessed=not titled, titled=titled))
            start = None
    return mentions


def _is_not_a_name(span: Span, lower_words: set[str]) -> bool:
    """Capitalised common words ('Symphony', 'Drama Series', 'Studies'), a piece of a name the
    model tagged in part ('María' before 'Elena Fernandez-Miranda'), quoted or dated titles."""
    doc = span.doc
    if is_common_phrase(span) and not _used_as_a_name(span, lower_words):
        return True
    if _names_award_or_work([t.lower_ for t in span]) or _is_titled_work(span) or _is_no_actor_here(span):
        return True
    neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc) and not doc[i].is_space]
    return any(t.ent_type_ or t.text in ("-", "‐") or t.is_quote for t in neighbours)


def _used_as_a_name(span: Span, lower_words: set[str]) -> bool:
    """'Poseidon', 'Gaul', 'God': a word that English also has (WordNet lists many names) is a
    name when it is capitalised (not an acronym: 'HIV') in running text, bare (no article, no
    noun after it: 'Down syndrome'), no part of a capitalised title ('Men of Mathematics',
    'Opus 1'), no month, doctrine or follower of one, and never written lower case in the
    article (`lower_words`: the article's lower-case words and their lemmas)."""
    token = span[0]
    sentence = token.sent
    words = [t for t in sentence if t.is_alpha]
    in_running_text = sum(t.is_lower for t in words) > len(words) / 3
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    modifies = token.dep_ == "compound" or (following is not None and following.pos_ == "NOUN" and following.is_lower)
    bare = not modifies and not any(child.dep_ in ("det", "amod", "poss", "nummod") for child in token.children)
    return (
        len(span) == 1
        and token.is_title
        and not token.is_sent_start
        and in_running_text
        and bare
        and not _in_a_title(token)
        and token.lower_ not in CALENDAR_WORDS
        and not token.lower_.endswith(("ism", "ist", "ists"))
        and token.lower_ not in lower_words
    )


def _in_a_title(token: Token) -> bool:
    """Whether a capitalised word or a number stands next to the token, over at most two small
    lower-case words: 'Men of Mathematics', 'Elevator to the Gallows', '501st Legion'."""
    doc = token.doc
    for step in (-1, 1):
        i = token.i + step
        while 0 <= i < len(doc) and abs(i - token.i) <= 3 and doc[i].is_lower and doc[i].is_stop:
            i += step
        if 0 <= i < len(doc) and abs(i - token.i) <= 3 and (doc[i].is_title or doc[i].is_upper or doc[i].like_num):
            return True
    return False


def _is_titled_work(ent: Span) -> bool:
    """'the superhero film Watchmen', 'his book Hydraulica', 'Match Point (2005)', '(Les Amants,
    1959)': the small model tags titles of works as organisations, people and places. A title
    named so once is a work wherever else it comes up."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end : ent.end + 3]
    if before is not None and (before.lower_ == "the" or before.is_quote) and ent.start > 1:
        before = doc[ent.start - 2]
    if before is not None and before.lower_ == "by":
        return False  # 'by Giovanni Bellini (1505)': the author, dated by the work
    named_as_work = _is_work_noun(before) or (ent.root.dep_ == "appos" and _is_work_noun(ent.root.head))
    opens_brackets = before is not None and before.text == "("
    if named_as_work or _dated_in_brackets(after) or (opens_brackets and _dated_in_brackets(after, opened=True)):
        return True
    return _quoted_before_a_work_noun(ent) or _joined_to_a_titled_work(ent)


def _quoted_before_a_work_noun(ent: Span) -> bool:
    """'the first 'Shrek' movie': a name in quotation marks that a work's noun follows."""
    doc = ent.doc
    quoted = ent.start > 0 and doc[ent.start - 1].is_quote and ent.end < len(doc) and doc[ent.end].is_quote
    return quoted and ent.end + 1 < len(doc) and _is_work_noun(doc[ent.end + 1])


def _joined_to_a_titled_work(ent: Span) -> bool:
    """'the plays "Fuddy Meers" and "Kimberly Akimbo"': a name joined by 'and' to a work's title
    is a title too."""
    head = ent.root.head
    if ent.root.dep_ != "conj" or head.ent_iob_ in ("O", "") or head.i >= ent.start:
        return False
    return _is_titled_work(_entity_at(head))


def _entity_at(token: Token) -> Span:
    """The named entity a token is in, from its IOB tags (not a search of `doc.ents`: the names
    of a long list would each search all the others)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _is_work_noun(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in WORK_NOUNS


def _dated_in_brackets(tokens: Span, opened: bool = False) -> bool:
    """'(2005)' after a title, or ', 1959)' when the title itself opened the brackets."""
    texts = [t.text for t in tokens]
    opener = "," if opened else "("
    return len(texts) == 3 and texts[0] == opener and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", texts[1]) is not None and texts[2] == ")"


def _is_no_actor_here(span: Span) -> bool:
    """A name the sentence uses for something else than an actor: a field of study ('a Ph.D. in
    Linguistics', 'a master's degree in New Testament Greek', 'Master of Education in Sport
    Psychology') or post-nominal letters after a name and a comma ('Tom Molomby, SC,',
    'Iván DeJesús, Jr.'; not an employer: 'Jane Doe, CNN')."""
    return _names_a_field_of_study(span) or _is_post_nominal_after_a_name(span) or _is_a_work_s_part_of(span) or _numbers_something(span)


def _numbers_something(span: Span) -> bool:
    """'Op. 46', 'No. 12', 'Vol. 3': a short word, a full stop and a number are an abbreviated
    numbering word, not a name."""
    doc = span.doc
    following = doc[span.end : span.end + 2]
    return len(span) == 1 and len(span[0]) <= 3 and len(following) == 2 and following[0].text == "." and following[1].like_num


def _is_a_work_s_part_of(span: Span) -> bool:
    """'his setting of Stabat Mater', 'season four of Ridiculousness', 'a performance of Jean
    Anouilh's Antigone': what a season, a setting or a performance is of is a work, here."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.lower_ != "of" or span.start == 0:
        return False
    part = preposition.head
    if part.like_num and part.head.pos_ == "NOUN":
        part = part.head  # 'season four of'
    return part.pos_ == "NOUN" and part.lemma_.lower() in WORK_PART_NOUNS


def _names_a_field_of_study(span: Span) -> bool:
    """'a Ph.D. in Linguistics', 'the discipline of Translation Studies'; not 'a fine art degree
    in London' (the degree has its field), 'discipline in the Navy', '6 Degrees of Kevin Bacon'."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.lower_ not in ("in", "of") or country_of(span.text):
        return False
    studied = preposition.head
    if studied.dep_ == "pobj" and studied.head.lower_ == "of":
        studied = studied.head.head  # 'Master of Education in ...'
    lemma = studied.lemma_.lower()
    if preposition.lower_ == "of":
        return lemma in ("discipline", "field")
    has_field = any(child.dep_ in ("compound", "amod") for child in studied.children)
    return lemma in DEGREE_WORDS and not has_field


def _is_post_nominal_after_a_name(span: Span) -> bool:
    doc = span.doc
    return (
        len(span) == 1
        and span.text.replace(".", "").lower() in POST_NOMINALS  # not 'Jane Doe, CNN'
        and span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].ent_type_ == "PERSON"
    )


def _names_award_or_work(words: list[str]) -> bool:
    """'Pritzker Architecture Prize', 'Cello Concerto', 'London 2012 Olympics', 'Fan Expo
    Canada', 'Cyclone Phailin' (the name's words, lower case): prizes, works, events and storms
    that the small model tags as organisations or people are not actors."""
    if not words:
        return False
    storm = words[0] in EVENT_OPENERS and words[-1] not in PLACE_HEADS | ORGANISATION_HEADS  # not 'Storm Prediction Center'
    return bool(set(words) & AWARD_WORDS) or _head_word(words) in WORK_AND_EVENT_HEADS or storm


def _head_word(words: list[str]) -> str:
    """A name's head noun: the word before its first 'of' ('Gospel of the Hebrews', 'Bank of
    England'), else its last word ('Hebrew Gospel')."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _is_titled_person(span: Span, words: list[str]) -> bool:
    """'Apa Horsiesios', 'Mlle. du Motel', 'Captain America': a name after a personal title (over
    a particle) is a person's whatever the label, unless its head noun names a place or an
    organisation ('Prince Edward Island', 'King Abdullah University'); a title alone ('the
    Tsar', 'the Sheriff's detective', 'the Tsars') names a person too."""
    if len(words) == 1 and (words[0] in PERSONAL_TITLES or words[0].removesuffix("s") in PERSONAL_TITLES):
        return True
    doc, before = span.doc, span.start - 1
    if before >= 0 and doc[before].lower_ in PARTICLES:
        before -= 1
    if before > 0 and doc[before].text == "." and not doc[before - 1].whitespace_:
        before -= 1  # 'Mlle' '.'
    titled = before >= 0 and doc[before].lower_.rstrip(".") in PERSONAL_TITLE_STEMS
    return titled and doc[before].is_title and not set(words) & PLACE_OR_BODY_WORDS
