"""The small model's entity spans mended: titles, labels and captions' words cut off, names it cut
short made whole, spans that are no names (parts of titles, hyphened words, peoples, common
phrases) told apart.

Cut off: a lower-case word before a name that is no particle ('her State Department', 'federal
Securities and Exchange Commission'; 'al-Qaeda', 'de Gaulle' keep theirs); for a person, any
lower-case word after it and a possessive ('Hillary Clinton’s campaign'); the word glued to a
dateline when it is a determiner or a word English mostly writes in lower case, capitalised
only as the sentence's first ('(CNN)While Boston', '(CNN)An Army National Guard'); titles,
political labels and a lower-case prefix before a hyphen ('Tsar Aleksei', 'pro-Beijing',
'un-WASP'), captions' labels ('Image:') and a person's post-nominal letters ('Daniel Bernoulli
FRS'); the role after an organisation's name ('State Department Spokesperson'). Made whole: a
name the model cut short ('Bourg-la-Reine', 'Wong Yeung-tat', 'Calvary Church of Santa Ana'), an
organisation of a country ('Film Critics Circle of Australia').
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors.cities import opens_a_city_name
from generator.analyse.actors.common import (
    is_common_phrase,
    is_common_word,
    is_legal_form,
    is_plain_first_name,
    may_be_untagged_name,
)
from generator.analyse.actors.countries import country_of
from generator.analyse.names import given_names
from generator.analyse.nlp import (
    english_adjectives,
    english_nouns,
    english_verbs,
    is_mostly_lower_case,
    verb_stems,
)
from generator.lexicon.actors import (
    CALENDAR_WORDS,
    CAPTION_LABELS,
    DEMONYM_ENDINGS,
    HEADS_BEFORE_A_NAME,
    HONORIFICS,
    LABEL_PREFIXES,
    OCCUPATIONS,
    ORGANISATION_HEADS,
    PARTICLES,
    PEOPLE_NOUNS,
    PLACE_HEADS,
    PLACE_NAME_PARTICLES,
    POST_NOMINALS,
    RANK_WORDS,
    ROLE_TAILS,
    TITLE_WORDS,
)
from generator.lexicon.cards import ARTICLES, TITLES_ALONE

ROMAN_NUMERAL = re.compile(r"[IVXLC]+")


def trim(ent: Span) -> Span | None:
    """The name inside an entity span. Dropped: a leading determiner or honorific, a leading
    label ('Pan-democrat Lam Cheuk-ting', 'pro-Beijing New People's Party'), a person's leading
    title or description ('Tsar Aleksei', 'Nonpartisan Paul Tse'), a trailing
    possessive, punctuation or preposition ('Patrick Leopold Gordon of'), a person's
    post-nominal letters ('Daniel Bernoulli FRS') and the role after an organisation's name
    ('State Department Spokesperson', not 'Office of the Secretary'). A hyphenated last word the model cut short
    is made whole ('Wong Yeung' + '-tat')."""
    doc, person = ent.doc, ent.label_ == "PERSON"
    start, end = _widened(ent) if person else (ent.start, _name_goes_on(ent))
    while start < end and (doc[start].lower_ in ARTICLES or doc[start].lower_ in HONORIFICS or _is_count_or_mark(doc[start])):
        start += 1  # and a rank or a line-up's number before a name: '8 - Jim Courier', '6)(23- Esteban'
    if start < end and _opens_sentence_after_dateline(doc[start]):
        start += 1
    while end - start > 1 and (_is_leading_date_word(doc[start]) or _is_leading_verb_form(doc[start]) or _is_leading_function_word(doc[start])):
        start += 1  # 'August National Association of ...', 'Joining Chang in the final', 'Beneath Clinton's calm'
    while ent.label_ != "NORP" and end - start > 1 and _is_leading_small_word(doc, start):
        start += 1  # 'her State Department', 'federal Securities and Exchange Commission', 'where Republican Party'
    while end - start > 1 and (labelled := _leading_label(doc, start, end, person)):
        start += labelled
    if person and _opens_with_a_description(doc, start, end):
        start += 1  # 'Midfielder Paulo Sousa', 'Broker Khurshid Alam', 'Opener Gooch's'
    start = _after_an_owner(doc, start, end)
    start = _after_an_inner_title(doc, start, end, person)
    end = _before_a_lone_letter(doc, start, end)
    while end > start and (
        is_trailing_noise(doc[end - 1], post_nominal=person and end - start > 2)
        or (person and _is_lower_word(doc[end - 1]))
        or (end - start > 1 and _is_trailing_score(doc[end - 1], person))
    ):
        end -= 1
    while end - start > 3 and doc[end - 2].text in ("-", "–") and doc[end - 1].is_digit and doc[end - 3].is_digit:
        end -= 3  # a score the tokenizer cut in three: 'Chelsea 2-1'
    while end > start and is_trailing_noise(doc[end - 1], post_nominal=False):
        end -= 1  # and for a person any word in lower case: 'Hillary Clinton’s campaign', 'Robert Barr - won'
    while not person and end - start > 1 and doc[end - 1].lower_ in ROLE_TAILS and not doc[end - 2].is_lower:
        end -= 1  # 'State Department Spokesperson': the organisation, not its spokesperson
    while not person and end - start > 1 and _is_lower_word(doc[end - 1]) and doc[end - 1].lower_ in english_nouns():
        end -= 1  # what the name is, in lower case: 'Interfax news agency', 'Tunceli province', 'Zadar police'
    end = _before_of(doc, start, end) if person else _before_of_after_a_firm_or_a_person(doc, start, end)
    if end - start == 3 and _leading_label(doc, start, end, person=True) == 3:
        return None  # a label alone: 'Pan-democrat', 'pro-Beijing'
    return doc[start:end] if end > start else None


def _after_an_inner_title(doc: Doc, start: int, end: int, person: bool) -> int:
    """'Harbourside CTO Marta Ilves', 'Vice President Joe Biden': a person's name starts after a
    title inside the span, where a name follows it (in a span not tagged a person, a first
    name) and no first name comes before it ('Martin Luther King Jr', 'Billie Jean King' keep
    theirs)."""
    for i in range(end - 2, start, -1):
        title, following, before = doc[i], doc[i + 1], doc[i - 1]
        named = following.pos_ == "PROPN" and following.is_title if person else following.text in given_names()
        if (
            title.lower_ in TITLE_WORDS and named
            and following.lower_.rstrip(".") not in POST_NOMINALS and before.text not in given_names()
        ):
            return i + 1
    return start


def _before_a_lone_letter(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that a lone lower-case consonant cuts: a scorecard's 'Styris b Mason'
    (bowled by), 'Smith c Jones' is two names and no name holds such a letter; the vowels and 'y'
    are words of some names ('Ortega y Gasset')."""
    cut = next((i for i in range(start + 1, end - 1) if LONE_LETTER.fullmatch(doc[i].text)), None)
    return cut if cut is not None else end


LONE_LETTER = re.compile(r"[b-df-hj-np-tv-xz]")
SCORE = re.compile(r"[+]?\d[\d.,:/]*(?:[-–]\d+)*(?:st|nd|rd|th)?\.?")
MIN_NUMBERS_OF_A_SCORE_LINE = 3
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _is_count_or_mark(token: Token) -> bool:
    """A number or a mark before a name is none of it: a rank, a shirt number, a bracket."""
    return token.is_punct or token.text.isdigit()  # not an ordinal: '501st Legion'


def _is_trailing_score(token: Token, person: bool) -> bool:
    """A number after a name is a score, a time or a place in a table, not part of the name
    ('W. Noon 57', 'Mexico 2-0', 'Sobotzik 67th'): after a person's name always (a person's name
    holds no number); after another name where it has the shape of a score ('4-2', '67th',
    '+358') or stands in a line of other numbers ('Surrey 468 ... 202-5'), since 'Channel 4' and
    'Interstate 5' in a sentence are names."""
    if SCORE.fullmatch(token.text) is None or YEAR.fullmatch(token.text):
        return False  # a year stays, for `card_names` to judge: 'YouTube Rewind 2015', 'Obama 2008'
    return person or not token.text.isdigit() or in_a_line_of_numbers(token)


def in_a_line_of_numbers(token: Token) -> bool:
    """A number in a sentence of MIN_NUMBERS_OF_A_SCORE_LINE other numbers or more: a results
    line ('Leeds 2 Chelsea 1, Blackburn 0 Everton 3'), where a number between names is a score."""
    if SCORE.fullmatch(token.text) is None:
        return False
    numbers = sum(1 for other in token.sent if other.i != token.i and SCORE.fullmatch(other.text))
    return numbers >= MIN_NUMBERS_OF_A_SCORE_LINE


def _after_an_owner(doc: Doc, start: int, end: int) -> int:
    """'Commentary's Noah Rothman': a person named after an owner's possessive is a name of their
    own, not part of the owner's ('People's Daily', 'McDonald's Corp' go on)."""
    for i in range(start + 1, end - 2):
        if doc[i].tag_ == "POS" and doc[i + 1].text in given_names() and doc[i + 2].is_title:
            return i + 1
    return start


def _is_leading_date_word(token: Token) -> bool:
    """A month or a day before a name ('August National Association of Purchasing Management');
    not 'May', which is a name as often."""
    return token.lower_ in CALENDAR_WORDS and token.lower_ != "may"


def _is_leading_verb_form(token: Token) -> bool:
    """A sentence that opens with a verb's -ing or -ed form glued to a name ('Joining Chang in
    the final', 'Suspected Tamil Tigers'): the verb is no word of the name."""
    word = token.lower_
    if not token.is_sent_start or not word.endswith(("ing", "ed")) or token.text in given_names():
        return False
    return bool(verb_stems(word) & english_verbs())


FUNCTION_WORD_TAGS = frozenset({"IN", "RB", "WRB", "WDT", "CC"})


def _is_leading_function_word(token: Token) -> bool:
    """A preposition, a conjunction or an adverb that opens the sentence before a name
    ('Beneath Clinton's calm', 'Wherever Hillary Clinton goes'): capitalised only as the first
    word, so no word of the name; a word the parser reads as a name ('White House') is kept."""
    return token.tag_ in FUNCTION_WORD_TAGS and is_mostly_lower_case(token.text)


def _before_of(doc: Doc, start: int, end: int) -> int:
    """A person's name ends before 'of' ('Yayuk Basuki of Indonesia', 'Waqar Younis of
    Pakistan'); a one-word name with its 'of' is a name ('Catherine of Aragon', 'Joan of Arc')."""
    return next((i for i in range(start + 2, end) if doc[i].lower_ == "of"), end)


def _before_of_after_a_firm_or_a_person(doc: Doc, start: int, end: int) -> int:
    """'Kia Motor Corp of South Korea', 'Aleksandra Olsza of Poland', tagged as one organisation:
    a firm's name ends at its legal form, a person's (a first name and one or two more words)
    before 'of'; 'Royal Bank of Scotland Group Plc' and 'Film Critics Circle of Australia' stay."""
    for i in range(start + 2, end - 1):
        if doc[i].lower_ == "of" and (is_legal_form(doc[i - 1]) or (i - start <= 3 and _is_a_person_s_name(doc[start:i]))):
            return i
    return end


def _is_a_person_s_name(span: Span) -> bool:
    """A first name and one or two capitalised words that name no organisation or place."""
    words = {token.lower_ for token in span}
    return is_plain_first_name(span[0].text) and all(token.is_title for token in span) and not words & (ORGANISATION_HEADS | PLACE_HEADS)


def _opens_sentence_after_dateline(token: Token) -> bool:
    """A dateline glued to the sentence's first word ('(CNN)While Boston', '(CNN)An Army
    National Guard', '(CNN)Airstrikes'): that word is capitalised only because it opens the
    sentence, so it is no part of a name when English mostly writes it in lower case."""
    glued = token.text.rpartition(")")[2] if ")" in token.text and "(" not in token.text else ""
    return glued.lower() in ARTICLES or is_mostly_lower_case(glued)


def _is_lower_word(token: Token) -> bool:
    """A word in lower case that is no particle ('de', 'al') and no part of a hyphened word
    ('tat' of 'Wong Yeung-tat')."""
    hyphened = token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_
    return token.is_lower and token.is_alpha and token.lower_ not in PARTICLES and not hyphened


def _is_leading_small_word(doc: Doc, start: int) -> bool:
    """A word in lower case before a name is no part of it ('last Democratic Party', 'state
    Division of Elections'), unless it is a particle ('al-Qaeda', 'de Gaulle') or a prefix
    joined by a hyphen, which `_leading_label` reads ('pro-Beijing')."""
    return _is_lower_word(doc[start]) and doc[start + 1].text != "-"


def _widened(ent: Span) -> tuple[int, int]:
    """A person's name the model tagged in part: 'Johnnie' of 'Johnnie Christmas', 'Elena
    Fernandez-Miranda' of 'María Elena Fernandez-Miranda', 'Wong Yeung' of 'Wong Yeung-tat',
    'Teddie Eleanor' and 'Rose Goode' of 'Teddie Eleanor Rose Goode'."""
    doc, start, end = ent.doc, ent.start, ent.end
    while end < len(doc):
        last, following = doc[end - 1], doc[end]
        if _hyphen_follows(doc, end):
            end += 2
        elif last.pos_ == "PROPN" and may_be_untagged_name(following):
            end += 1
        elif last.pos_ == "PROPN" and last.whitespace_ == " " and following.ent_iob_ == "B" and following.ent_type_ == "PERSON":
            end += 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        else:
            break
    while start > 0 and may_be_untagged_name(doc[start - 1]) and doc[start - 1].lower_ not in HEADS_BEFORE_A_NAME:
        start -= 1  # not 'Punjab Police' before 'Nasim Ahmed': a body's head word opens no one's name
    return start, end


def _hyphen_follows(doc: Doc, end: int) -> bool:
    """Whether a hyphen and a word follow token `end - 1` with no space: the model cut a word."""
    return (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    )


def _name_goes_on(ent: Span) -> int:
    """Where a place's or an organisation's name ends that the model cut short: a hyphened
    place name (`_hyphened_place_name_end`), a first name's surname (`_with_surname`), an 'of'
    phrase after an organisation's head noun ('Webber Douglas Academy of Dramatic Art',
    'Calvary Church of Santa Ana'; not 'University of Sheffield of the UK'), a place after an
    organisation's name of two words or more and 'of' ('Film Critics Circle of Australia')."""
    doc, end = ent.doc, _with_surname(ent)
    end = _hyphened_place_name_end(doc, end)
    if doc[end - 1].lower_ in ORGANISATION_HEADS and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
        end += 1
        while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
            end += 1
    elif (
        ent.label_ == "ORG" and len(ent) > 1 and end + 1 < len(doc) and doc[end].lower_ == "of" and _opens_a_place(doc[end + 1])
        and not (is_legal_form(doc[end - 1]) or (len(ent) <= 3 and _is_a_person_s_name(ent)))
    ):
        end += 2  # 'Film Critics Circle' + 'of' + 'Australia': an organisation of a place is one name
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "GPE":
            end += 1
    return end


def _opens_a_place(token: Token) -> bool:
    """A country's name or the first word of a place the model tagged ('Australia', 'Hong')."""
    return country_of(token.text) is not None or (token.ent_iob_ == "B" and token.ent_type_ == "GPE")


def _hyphened_place_name_end(doc: Doc, end: int) -> int:
    """'Bourg' of 'Bourg-la-Reine', 'Stratford' of 'Stratford-upon-Avon': a name goes on over
    hyphens and lower-case particles to a capitalised word; not 'New York-based', 'Iran-Iraq'."""
    stop = end
    while _hyphen_follows(doc, stop) and doc[stop + 1].lower_ in PLACE_NAME_PARTICLES:
        stop += 2
    if stop > end and _hyphen_follows(doc, stop) and doc[stop + 1].is_title:
        return stop + 2
    return end


def _with_surname(ent: Span) -> int:
    """'Valeska' + 'Paris', tagged as two places: a first name that is no English word, followed
    by a one-word entity, is a person's name; where it ends."""
    doc, end = ent.doc, ent.end
    following = doc[end] if end < len(doc) else None
    if len(ent) != 1 or following is None or not is_plain_first_name(ent.text):
        return end
    if ent[0].whitespace_ == " " and following.ent_iob_ == "B" and following.is_title:
        single = end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"
        return end + 1 if single else end
    return end


def _leading_label(doc: Doc, start: int, end: int, person: bool) -> int:
    """How many tokens at `start` are a label before a name of two words or more (3 for
    'Pan-democrat', 'pro-Beijing') or a title or description before a person's name (1 for
    'Tsar', 'Senators' of 'Senators Mitch McConnell and ...', and for 'Nonpartisan' before a
    first name); 0 for a name."""
    token = doc[start]
    titled = _is_title_word(token.lower_) or token.lower_.rstrip(".") in TITLES_ALONE or _is_title_word(token.lower_.removesuffix("s"))
    if person and titled and doc[start + 1].pos_ == "PROPN":
        return 1  # 'Tsar Aleksei', 'Lt Paul Green'
    if person and titled and doc[start + 1].text == "." and start + 2 < end:
        return 2  # 'Lt. Paul Green', read as 'Lt' and '.'
    if end - start > 2 and _describes_a_person_named_next(doc, start) and (person or end - start == 3):
        return 1  # 'Nonpartisan Paul Tse', 'Pole Wojtek Lazarek', 'American Dennis Mitchell' (tagged an organisation)
    hyphened = (
        start + 2 < end
        and doc[start + 1].text == "-"
        and (doc[start + 2].is_lower or token.lower_ in LABEL_PREFIXES)
        and not _hyphen_follows(doc, start + 3)  # a word of its own, not 'Bourg-la-Reine'
    )
    return 3 if hyphened and (person or end - start > 4) else 0


def _opens_with_a_description(doc: Doc, start: int, end: int) -> bool:
    """A person noun capitalised before a person's name of two words ('Midfielder Paulo Sousa',
    'Broker Khurshid Alam') or opening the sentence before a surname ('Opener Gooch'): what the
    person is, not a word of the name ('Rotor Volgograd', a club, keeps its first word)."""
    if end - start < 2:
        return False
    token = doc[start]
    long_enough = end - start > 2 or token.is_sent_start
    return (
        long_enough
        and token.is_title
        and token.lower_ in OCCUPATIONS | PEOPLE_NOUNS
        and token.text not in given_names()
        and doc[start + 1].is_title
        and doc[start + 1].pos_ == "PROPN"
    )


def _is_title_word(word: str) -> bool:
    return word in TITLE_WORDS or word in RANK_WORDS


def _describes_a_person_named_next(doc: Doc, start: int) -> bool:
    """Whether the word at `start` is an English adjective or noun ('Nonpartisan', 'Pole',
    'Lawyer', 'Affairs') before a given name: a description of that person, not a word of a
    name (a given name itself, 'Mark Twain', stays)."""
    token, given = doc[start], doc[start + 1]
    described = token.lower_ in english_adjectives() or token.lower_ in english_nouns()
    a_place = opens_a_city_name(f"{token.text} {given.text}")  # 'New York Knicks'
    if not described or a_place or token.text in given_names() or given.text not in given_names():
        return False
    surname = doc[start + 2]
    named = given.whitespace_ and surname.is_title and surname.tag_ != "NNPS"  # not 'Wu Chi-wai', 'New York Knicks'
    a_head = surname.lower_ in ORGANISATION_HEADS | PLACE_HEADS or is_mostly_lower_case(surname.text)  # 'Broad Art Museum'
    return named and not a_head and given.lower_ not in english_adjectives()  # not 'Holy Roman Empire'


def is_trailing_noise(token: Token, post_nominal: bool) -> bool:
    """A possessive, punctuation, a lower-case function word ('The Associated Press that ...'),
    a caption's label ('Washington D.C. Image: ...'), or (for a person) post-nominal letters."""
    if token.tag_ == "POS" or token.is_punct or (token.is_lower and token.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON")):
        return True
    if token.lower_ in CAPTION_LABELS and token.i + 1 < len(token.doc) and token.nbor(1).text == ":":
        return True
    letters = token.text.replace(".", "")
    return post_nominal and len(letters) >= 2 and letters.isupper() and letters.isalpha() and not ROMAN_NUMERAL.fullmatch(letters)


def is_title_part(ent: Span) -> bool:
    """'Defence' in 'Defence Minister' and 'State' in 'Secretary of State' are tagged ORG; they
    are part of a title, not actors."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1:
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    before_title = nxt is not None and nxt.lower_ in TITLE_WORDS and nxt.pos_ in ("PROPN", "NOUN")
    return before_title or (ends_title_of(doc, ent.end) and is_common_word(ent[0].lower_))


def ends_title_of(doc: Doc, end: int) -> bool:
    """Whether the tokens before `end` are a title word, 'of' and one word: 'Secretary of State'."""
    return end >= 3 and doc[end - 2].lower_ == "of" and doc[end - 3].lower_ in TITLE_WORDS and doc[end - 1].pos_ in ("PROPN", "NOUN")


def ends_a_hyphened_word(ent: Span) -> bool:
    """'Beijing' in 'pro-Beijing' is part of an adjective, not a mention of the city."""
    if ent.start < 2:
        return False
    hyphen, before = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    return hyphen.text == "-" and before.is_lower and not hyphen.whitespace_ and not before.whitespace_


def is_one_of_a_people(ent: Span) -> bool:
    """'the hard-right Arizonan', 'a Texan': one person of a place, which the small model tags
    as the place. A place name (not a country's) with a demonym's ending and an article is one."""
    root = ent.root
    return (
        ent.label_ in ("GPE", "NORP")
        and len(ent) == 1
        and root.lower_.endswith(DEMONYM_ENDINGS)
        and not country_of(root.text)
        and any(child.lower_ in ("a", "an", "the", "every", "fellow") for child in root.children)
    )


def is_misread_place(ent: Span) -> bool:
    """'born in Cannes', 'near the Adriatic': a proper name tagged as a nationality that is no
    English word (as 'German', 'Catholic' and 'Czech' are) nor an adjective is a place."""
    root = ent.root
    return root.pos_ == "PROPN" and root.dep_ not in ("amod", "compound") and not is_common_phrase(ent)


def is_noun_group(ent: Span) -> bool:
    """'Russians said' is a group; 'Russian forces' is an adjective and 'translated into Latin'
    or 'a Czech' a language or one person, not an actor: a group is named in the plural."""
    root = ent.root
    plural = root.tag_ in ("NNS", "NNPS") or root.lower_.endswith("s")
    return root.pos_ in ("PROPN", "NOUN") and root.dep_ not in ("amod", "compound") and plural
