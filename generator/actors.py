"""Actors: the people, organisations, countries, places and groups of one article.

Named entities are the mentions, with the small model's slips mended (titles of works, prizes,
parts of titles and capitalised common words are dropped; names it cut or left untagged are
taken whole). Mentions of one actor are merged by normalised name whatever their labels, by
surname ("Putin" into "Vladimir Putin", "Assad" into "Bashar al-Assad"), by middle and first
name and by acronym ("HNC" into "High Negotiations Committee"). Titles before a name
("Defence Minister", "Secretary of State") and appositions ("Salim al-Muslat, spokesman for
...") give roles and affiliations. The
`ActorIndex` also answers the quotes stage: which actor a token belongs to, which actor a
pronoun or description most likely refers to.
"""
from __future__ import annotations

import calendar
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .aliases import stated_aliases
from .briefing import Actor
from .card_names import card_problem, words_of
from .lexicon import GENDERED_NOUNS, KNOWN_ORGANISATIONS, NOT_ACTOR_NAMES, PRONOUN_GENDER
from .names import given_names, international_given_names, match_key, name_key, name_words, normalise_name
from .nlp import Paragraphs, common_words, english_adjectives
from .slugs import slugify

PERSON, ORGANISATION, COUNTRY, PLACE, GROUP = "person", "organisation", "country", "place", "group"
AWARD_WORDS = frozenset("award awards prize prizes medal trophy expo".split())
WORK_AND_EVENT_HEADS = frozenset(
    "olympics paralympics championship championships draft game games concerto symphony sonata series festival invitational".split()
)
EVENT_OPENERS = frozenset("cyclone hurricane typhoon storm tropical operation".split())
POST_NOMINALS = frozenset("jr sr qc kc sc mp obe cbe mbe kbe dbe frs phd md esq".split())
DEGREE_WORDS = frozenset("degree ph.d. phd doctorate master bachelor diploma mba".split())
PLACE_NAME_PARTICLES = frozenset("la le les de du des sur sous en upon on under lès am an der di del della da do dos das".split())
WORK_NOUNS = frozenset(
    """book novel novella film movie play opera operetta drama comedy thriller musical series miniseries
    sitcom show story poem song album symphony concerto sonata trio quartet painting essay treatise
    memoir documentary anthology""".split()
)
PLACE_HEADS = frozenset(
    """cemetery stadium hall museum centre center hospital hôpital square street road avenue bridge
    park palace cathedral airport station arena island islands river lake mountain mountains
    valley desert hotel tower towers castle theatre theater beach bay inn harbour harbor hills heights
    springs falls gardens cave""".split()
)
NOT_WHERE_VERBS = frozenset("invest believe trust participate involve engage specialise specialize interest join".split())
PLACE_NOUNS = frozenset(
    """town city village hamlet province region county district diocese desert island state port
    capital suburb municipality prefecture commune parish oblast canton""".split()
)
ORGANISATION_HEADS = frozenset(
    """university college conservatory academy school institute party committee ministry department
    company corporation association society league club union agency commission foundation bank
    court army navy church org""".split()
)
NEWSPAPER_WORDS = frozenset(
    """gazette times post herald tribune journal chronicle telegraph observer guardian sun star
    magazine daily weekly courier examiner inquirer mail express""".split()
)
NEWSROOM_WORDS = frozenset("news radio tv television online".split())
GENERIC_ORGANISATION_WORDS = ORGANISATION_HEADS | frozenset("house senate congress government council assembly".split())
ENTITY_KINDS = {"PERSON": PERSON, "ORG": ORGANISATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "NORP": GROUP}
COUNTRY_ALIASES = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "america": "United States", "united states of america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "syrian arab republic": "Syria", "russian federation": "Russia",
    "people's republic of china": "China", "islamic republic of iran": "Iran", "republic of korea": "South Korea",
    "democratic people's republic of korea": "North Korea",
    "turkey": "Türkiye", "czech republic": "Czechia", "ivory coast": "Côte d’Ivoire", "burma": "Myanmar",
    "swaziland": "Eswatini", "macedonia": "North Macedonia", "vatican": "Vatican City", "east timor": "Timor-Leste",
    "holland": "Netherlands", "democratic republic of the congo": "Congo - Kinshasa", "dr congo": "Congo - Kinshasa",
    "republic of the congo": "Congo - Brazzaville",
}
DEMONYMS = {
    demonym: country
    for country, demonyms in {
        "Russia": "russian", "Syria": "syrian", "United States": "american us u.s.", "United Kingdom": "british uk",
        "France": "french", "Germany": "german", "China": "chinese", "Iran": "iranian", "Iraq": "iraqi",
        "Israel": "israeli", "Türkiye": "turkish", "Ukraine": "ukrainian", "Saudi Arabia": "saudi",
        "Egypt": "egyptian", "India": "indian", "Pakistan": "pakistani", "Afghanistan": "afghan", "Japan": "japanese",
        "Italy": "italian", "Spain": "spanish", "Canada": "canadian", "Mexico": "mexican", "Brazil": "brazilian",
        "Australia": "australian", "Lebanon": "lebanese", "Jordan": "jordanian", "Libya": "libyan", "Yemen": "yemeni",
        "Qatar": "qatari", "United Arab Emirates": "emirati", "Nigeria": "nigerian", "Kenya": "kenyan",
        "Venezuela": "venezuelan", "Cuba": "cuban", "Poland": "polish", "Greece": "greek", "Netherlands": "dutch",
        "Sweden": "swedish", "Norway": "norwegian", "Denmark": "danish", "Switzerland": "swiss", "Belgium": "belgian",
        "Austria": "austrian", "Ireland": "irish", "Argentina": "argentine argentinian", "Colombia": "colombian",
        "Vietnam": "vietnamese", "Indonesia": "indonesian", "Philippines": "filipino philippine",
        "Ethiopia": "ethiopian", "Algeria": "algerian", "Morocco": "moroccan", "Tunisia": "tunisian",
    }.items()
    for demonym in demonyms.split()
}
TITLE_WORDS = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "leader",
    "chancellor", "premier", "governor", "senator", "mayor", "king", "queen", "prince", "general",
    "commander", "chief", "director", "chairman", "chairwoman", "chair", "ambassador", "envoy",
    "judge", "justice", "prosecutor", "officer", "official", "head", "deputy", "foreign", "defence",
    "defense", "prime", "vice", "representative", "rep.", "sen.", "gov.", "gen.", "dr.", "mr.",
    "mrs.", "ms.", "professor", "pope", "sheikh", "emir", "colonel", "captain", "lieutenant",
    "sergeant", "admiral", "ceo", "founder", "editor", "correspondent", "analyst", "candidate",
    "speaker", "congressman", "congresswoman", "commissioner", "attorney",
}
RANK_WORDS = frozenset(
    """tsar tsarina tsarevna tsarevich emperor empress saint st st. abba apa father rabbi imam bishop
    archbishop cardinal reverend rev. inspector detective sheriff mathematician""".split()
)
DEMONYM_ENDINGS = ("an", "ese", "ish", "er", "ite", "i")
CALENDAR_WORDS = frozenset(name.lower() for name in (*calendar.month_name, *calendar.day_name) if name)
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
HONORIFICS = {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "mlle", "mme", "sir", "dame", "lord", "lady"}
PERSONAL_TITLES = (
    frozenset(
        """president minister secretary senator mayor king queen prince princess ambassador judge governor
        professor pope sheikh emir colonel captain lieutenant sergeant admiral congressman congresswoman
        commissioner chancellor premier""".split()
    )
    | RANK_WORDS
    | HONORIFICS
)
PERSONAL_TITLE_STEMS = frozenset(title.rstrip(".") for title in PERSONAL_TITLES)  # 'mlle' of 'Mlle.'
PARTICLES = frozenset("du de da di van von der al el le la".split())
LABEL_PREFIXES = frozenset("pro anti pan non ex neo post pre".split())
ROLE_BREAKS = frozenset({",", ";", "(", "—", "–", ":"})
CAPTION_LABELS = frozenset("image photo picture credit video source".split())
ORGANISATION_NOUNS = {
    "presidency", "ministry", "government", "committee", "council", "office", "agency", "army",
    "military", "police", "court", "party", "commission", "department", "administration",
    "parliament", "senate", "congress", "company", "group", "campaign", "embassy", "kremlin",
    "opposition", "coalition", "board", "union", "authority", "authorities", "forces", "regime",
    "service", "newspaper", "network", "spokesman's office", "white house", "cabinet", "federation",
    "association", "institute", "foundation", "bank", "league", "alliance", "organisation", "organization",
    "corporation", "firm", "airline", "university", "hospital",
}
QUANTIFIERS = frozenset("some many several few other others most all both various numerous".split())
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ive", "crat")
PEOPLE_NOUNS = frozenset(
    """people official individual citizen troop rebel critic expert witness victim family relative
    fan staff source diplomat ally soldier man woman child kid judge militant guard delegate
    candidate advocate activist police crowd""".split()
)
OCCUPATIONS = frozenset(
    """writer author composer painter sculptor mathematician scientist physicist chemist biologist
    historian philosopher actor actress singer musician dancer comedian director producer poet
    novelist playwright journalist reporter artist architect player coach manager inventor founder
    engineer lawyer politician businessman businesswoman entrepreneur translator priest monk
    economist professor teacher student nurse doctor surgeon physician pilot chef clerk agent veteran
    pastor minister sheriff attorney lawmaker legislator""".split()
)
OWNER_PRONOUNS = {"his", "her", "its", "their"}


@functools.cache
def country_names() -> dict[str, str]:
    """Lower-cased country name -> canonical name, from Babel's English territory names."""
    from babel import Locale

    names = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            names[match_key(name)] = name
            short = re.sub(r"\s*\(.*\)$|\s+SAR China$", "", name)
            names.setdefault(match_key(short), short)
    for alias, name in COUNTRY_ALIASES.items():
        names[match_key(alias)] = name
    return names


@functools.cache
def _country_words() -> frozenset[str]:
    return frozenset(word for name in country_names() for word in name.split())


def _is_plural_of_country_word(token: Token) -> bool:
    """'the two Koreas', 'the States': places, though plural."""
    return token.lower_ in _country_words() or token.lower_[:-1] in _country_words()


def country_of(name: str) -> str | None:
    """The canonical name of the country a name names ('US' -> 'United States'), or None."""
    return country_names().get(match_key(name))


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    guessed: bool = False  # a name the model left untagged: its kind is a guess
    titled: bool = False  # named with a personal title ('Apa Horsiesios', 'Mlle. du Motel') or one: a person
    shorter: bool = False  # a shorter name of an actor named in full: its label counts less


@dataclass
class ActorBuilder:
    """An actor while mentions are still being merged into it."""

    kind: str
    names: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    descriptions: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)  # of its mentions, before the vote
    id: str = ""
    carded: bool = True  # False once `finish` finds its name is no name a card may show

    @property
    def name(self) -> str:
        """The fullest proper name: most words, then longest, then first seen; for a country,
        its common name ('Syria', not 'Syrian Arab Republic'; 'United States', not 'US')."""
        if self.kind == COUNTRY:
            canonical = next((country for n in self.names if (country := country_of(n))), None)
            if canonical:
                return canonical
        return max(self.names, key=lambda name: (len(name_words(name)), len(name), -self.names.index(name)))

    @property
    def start(self) -> int:
        return min(mention.start for mention in self.mentions)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.kinds.add(mention.kind)
        name = normalise_name(mention.text)
        if name and name_key(name) not in {name_key(known) for known in self.names}:
            self.names.append(name)

    def add_description(self, text: str) -> None:
        """'the Russian leader': an alias that names the actor without being a name."""
        _add_new(self.descriptions, " ".join(text.split()))

    def add_role(self, role: str) -> None:
        _add_new(self.roles, role)


def _add_new(items: list[str], text: str) -> None:
    """Append `text` unless it is empty or already there, compared without case."""
    if text and text.lower() not in {known.lower() for known in items}:
        items.append(text)


class ActorIndex:
    """The actors of one Doc, and which tokens refer to which actor."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.builders: list[ActorBuilder] = []
        self.token_actor: dict[int, ActorBuilder] = {}
        self.by_name: dict[str, ActorBuilder] = {}
        self._roles: dict[str, list[tuple[int, int]]] | None = None

    def actor_of(self, token: Token) -> ActorBuilder | None:
        return self.token_actor.get(token.i)

    def attach(self, builder: ActorBuilder, mention: Mention) -> None:
        builder.add(mention)
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
        mention = Mention(span.start, span.end, span.text, kind)
        known = self.by_name.get(match_key(span.text))
        if known is None:
            return self.new_actor(mention)
        self.attach(known, mention)
        return known

    def by_surname(self, words: str) -> ActorBuilder | None:
        """The one person whose name is `words` or ends with its last word ('BOLDUAN')."""
        key = name_words(words)
        if not key:
            return None
        people = [b for b in self.builders if b.kind == PERSON and any(name_words(n)[-1:] == key[-1:] for n in b.names)]
        exact = [b for b in people if any(name_words(n) == key for n in b.names)]
        return _only(exact) or _only(people)

    def by_description(self, span: Span) -> ActorBuilder | None:
        """'the Russian leader' -> the person whose role shares a modifier ('Russian President')
        or holds the head noun ('Syria leader'): of those named before, the last one found."""
        modifiers = {t.lower_ for t in span if t.dep_ in ("amod", "compound") and t.is_alpha}
        head = span.root.lower_
        role_holders = self._role_holders()
        candidates = [
            position
            for word in modifiers | {head}
            for position, start in role_holders.get(word, [])
            if start < span.start
        ]
        return self.builders[max(candidates)] if candidates else None

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

    def finish(self, paragraphs: Paragraphs) -> list[Actor]:
        """Assign ids (slugs of the names, unique in the article) and freeze the actors; a name
        no card may show ('Lt', 'one company', see `card_names`) gets none."""
        actors, used = [], set()
        vocabulary = frozenset(w for b in self.builders for n in b.names for w in words_of(n))
        for builder in sorted(self.builders, key=lambda b: b.start):
            if card_problem(builder.name, builder.kind, vocabulary) is not None:
                builder.carded = False
                continue
            base = slugify(builder.name, 60) or builder.kind
            builder.id = base if base not in used else f"{base}-{len(used) + 1}"
            used.add(builder.id)
            actors.append(
                Actor(
                    id=builder.id,
                    name=builder.name,
                    kind=builder.kind,
                    roles=list(builder.roles),
                    affiliation=builder.affiliation,
                    aliases=sorted({n for n in builder.names + builder.descriptions if n != builder.name}, key=str.lower),
                    mentions=len(builder.mentions),
                    first_paragraph=paragraphs.number(self.doc[builder.start].idx),
                )
            )
        return actors


def entity_mentions(doc: Doc) -> list[Mention]:
    """NER entities that can be actors, with the small model's usual slips mended."""
    mentions = []
    for ent in doc.ents:
        if mentions and ent.start < mentions[-1].end:
            continue  # taken into the name before it (see `_widened`)
        kind = ENTITY_KINDS.get(ent.label_)
        if kind == GROUP and not _is_noun_group(ent):
            kind = PLACE if _is_misread_place(ent) else None
        if kind is None or _is_title_part(ent) or _is_one_of_a_people(ent) or _ends_a_hyphened_word(ent):
            continue
        span = _trim(ent)
        words = [t.lower_ for t in span if t.is_alpha] if span is not None else []
        if span is None or not any(c.isupper() for c in span.text) or _names_award_or_work(words) or _is_no_actor_here(span):
            continue  # a name has a capital: not "n't", not 'secretary of state'
        titled = _is_titled_person(span, words)
        kind = PERSON if titled else _mended_kind(span, words, kind, mentions[-1] if mentions else None)
        mentions.append(Mention(span.start, span.end, span.text, kind, titled=titled))
    return mentions


def _names_of_no_actors(doc: Doc) -> set[str]:
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


def untagged_names(doc: Doc) -> list[Mention]:
    """Proper names the small model leaves untagged ('Bohemia', 'Auguste Chevalier', 'Wikinews'):
    runs of capitalised proper nouns outside every entity."""
    mentions, start = [], None
    lower_words = {t.lemma_.lower() for t in doc if t.is_lower} | {t.text for t in doc if t.is_lower}
    for token in [*doc, None]:
        if token is not None and _may_be_untagged_name(token):
            start = token.i if start is None else start
            continue
        if start is not None:
            end = token.i if token is not None else len(doc)
            while end - start > 2 and _is_trailing_noise(doc[end - 1], post_nominal=True):
                end -= 1  # 'Zaha Mohammad Hadid DBE RA'
            span = doc[start:end]
            kind = None if _is_not_a_name(span, lower_words) else _kind_of_untagged(span)
            if kind is not None:
                titled = _is_titled_person(span, [t.lower_ for t in span])
                mentions.append(Mention(span.start, span.end, span.text, PERSON if titled else kind, guessed=not titled, titled=titled))
            start = None
    return mentions


def _is_not_a_name(span: Span, lower_words: set[str]) -> bool:
    """Capitalised common words ('Symphony', 'Drama Series', 'Studies'), a piece of a name the
    model tagged in part ('María' before 'Elena Fernandez-Miranda'), quoted or dated titles."""
    doc = span.doc
    if _is_common_phrase(span) and not _used_as_a_name(span, lower_words):
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


def _is_common_phrase(span: Span) -> bool:
    return all(_is_common_word(token.lower_) for token in span)


def _is_common_word(word: str) -> bool:
    """Whether a word, or its singular, is an English common word ('Witches', 'Studies')."""
    singulars = {word, word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else {word}
    return bool(singulars & common_words())


def _may_be_untagged_name(token: Token) -> bool:
    lower = token.lower_
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and token.is_alpha
        and (token.is_title or (token.is_upper and len(token) > 1))
        and lower not in TITLE_WORDS
        and lower not in RANK_WORDS
        and lower not in HONORIFICS
    )


def _kind_of_untagged(span: Span) -> str:
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
    return named_as_work or _dated_in_brackets(after) or (opens_brackets and _dated_in_brackets(after, opened=True))


def _is_work_noun(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in WORK_NOUNS


def _dated_in_brackets(tokens: Span, opened: bool = False) -> bool:
    """'(2005)' after a title, or ', 1959)' when the title itself opened the brackets."""
    texts = [t.text for t in tokens]
    opener = "," if opened else "("
    return len(texts) == 3 and texts[0] == opener and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", texts[1]) is not None and texts[2] == ")"


def _acts_as_a_person(span: Span, words: list[str]) -> bool:
    """Foreign and unusual personal names are often tagged as organisations or places. A name
    of one to three plain words is a person's when a person noun introduces it ('the painter
    Giovanni Bellini') or stands in apposition with it ('his wife, Melania'), or when, as a
    subject, its clause speaks of 'his' or 'her' thing and of no 'its' or 'their' one before
    ('Nida received his Ph.D.')."""
    if not 1 <= len(words) <= 3 or set(words) & (PLACE_HEADS | ORGANISATION_HEADS | ORGANISATION_NOUNS):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.i in {t.i for t in span.root.lefts} | {span.root.head.i}:
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


def _opens_with_a_given_name(span: Span, words: list[str]) -> bool:
    """'Justin Bieber', 'Ivan Rakitic', 'Sophie Dymoke': two or three words opening with a
    first name are a person's, unless the first name is also an English word or a place
    ('Paris', 'Washington', 'Jean') or the name ends as a place's, an organisation's or a
    team's does."""
    first = _first_word(span)
    return (
        2 <= len(words) <= 3
        and first
        and all(_is_plain_first_name(part) for part in first)
        and not any(token.text in ("&", "and") for token in span)
        and span[-1].tag_ not in ("NNS", "NNPS")
        and not set(words) & (PLACE_HEADS | ORGANISATION_HEADS | ORGANISATION_NOUNS)
        and not country_of(span.text)
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


def _is_plain_first_name(word: str) -> bool:
    """A first name of many nations ('Robert', 'Jean'), or one that is no English word or place
    in WordNet: 'Sophie', not 'Paris'."""
    return word in international_given_names() or (word in given_names() and not _is_common_word(word.lower()))


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
    after = doc[span.end : span.end + 3]
    located = len(after) == 3 and after[0].text == "," and country_of(after[1].text) is not None and after[2].is_punct
    return introduced or located or _is_where_something_happens(span)


def _is_where_something_happens(span: Span) -> bool:
    """One capitalised word (no English word) after 'in' that a verb governs, not owning
    anything: 'lived in Ferguson', 'born in Exeter'; not 'invested in Tesla', 'in Jackie's account'."""
    doc, token = span.doc, span[0]
    if len(span) != 1 or span.start == 0 or not token.is_title or _is_common_word(token.lower_):
        return False
    preposition = doc[span.start - 1]
    owns = span.end < len(doc) and doc[span.end].tag_ == "POS"
    verb = preposition.head
    return preposition.lower_ == "in" and not owns and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in NOT_WHERE_VERBS


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


def _is_no_actor_here(span: Span) -> bool:
    """A name the sentence uses for something else than an actor: a field of study ('a Ph.D. in
    Linguistics', 'a master's degree in New Testament Greek', 'Master of Education in Sport
    Psychology') or post-nominal letters after a name and a comma ('Tom Molomby, SC,',
    'Iván DeJesús, Jr.'; not an employer: 'Jane Doe, CNN')."""
    return _names_a_field_of_study(span) or _is_post_nominal_after_a_name(span)


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
    return bool(set(words) & AWARD_WORDS) or words[-1] in WORK_AND_EVENT_HEADS or storm


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
    return titled and doc[before].is_title and not set(words) & (PLACE_HEADS | ORGANISATION_HEADS | ORGANISATION_NOUNS)


def _mended_kind(span: Span, words: list[str], kind: str, previous: Mention | None) -> str:
    """The kind that the name's words and the text around it say, over the small model's label."""
    kind = _kind_by_head(words, kind)
    if kind in (ORGANISATION, PLACE) and (
        _acts_as_a_person(span, words) or _opens_with_a_given_name(span, words) or _is_romanised_east_asian_name(span)
    ):
        return PERSON
    if kind in (ORGANISATION, PERSON) and not set(words) & ORGANISATION_HEADS:
        if _is_named_as_place(span) or _ends_a_place_s_address(span, previous):
            kind = PLACE
    if kind == PLACE and country_of(span.text):
        return COUNTRY
    if kind == PLACE and len(span) == 1 and span[0].tag_ == "NNPS" and not _is_plural_of_country_word(span[0]):
        return ORGANISATION  # 'the second Pirates player': a team, not a place
    return kind


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


def _trim(ent: Span) -> Span | None:
    """The name inside an entity span. Dropped: a leading determiner or honorific, a leading
    label ('Pan-democrat Lam Cheuk-ting', 'pro-Beijing New People's Party'), a person's leading
    title or description ('Tsar Aleksei', 'Nonpartisan Paul Tse'), a trailing
    possessive, punctuation or preposition ('Patrick Leopold Gordon of') and a person's
    post-nominal letters ('Daniel Bernoulli FRS'). A hyphenated last word the model cut short
    is made whole ('Wong Yeung' + '-tat')."""
    doc, person = ent.doc, ent.label_ == "PERSON"
    start, end = _widened(ent) if person else (ent.start, _name_goes_on(ent))
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].lower_ in HONORIFICS):
        start += 1
    while end - start > 1 and (labelled := _leading_label(doc, start, end, person)):
        start += labelled
    while end > start and _is_trailing_noise(doc[end - 1], post_nominal=person and end - start > 2):
        end -= 1
    if end - start == 3 and _leading_label(doc, start, end, person=True) == 3:
        return None  # a label alone: 'Pan-democrat', 'pro-Beijing'
    return doc[start:end] if end > start else None


def _widened(ent: Span) -> tuple[int, int]:
    """A person's name the model tagged in part: 'Johnnie' of 'Johnnie Christmas', 'Elena
    Fernandez-Miranda' of 'María Elena Fernandez-Miranda', 'Wong Yeung' of 'Wong Yeung-tat',
    'Teddie Eleanor' and 'Rose Goode' of 'Teddie Eleanor Rose Goode'."""
    doc, start, end = ent.doc, ent.start, ent.end
    while end < len(doc):
        last, following = doc[end - 1], doc[end]
        if _hyphen_follows(doc, end):
            end += 2
        elif last.pos_ == "PROPN" and _may_be_untagged_name(following):
            end += 1
        elif last.pos_ == "PROPN" and last.whitespace_ == " " and following.ent_iob_ == "B" and following.ent_type_ == "PERSON":
            end += 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        else:
            break
    while start > 0 and _may_be_untagged_name(doc[start - 1]):
        start -= 1
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
    'Calvary Church of Santa Ana'; not 'University of Sheffield of the UK')."""
    doc, end = ent.doc, _with_surname(ent)
    end = _hyphened_place_name_end(doc, end)
    if doc[end - 1].lower_ in ORGANISATION_HEADS and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
        end += 1
        while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
            end += 1
    return end


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
    if len(ent) != 1 or following is None or not _is_plain_first_name(ent.text):
        return end
    if ent[0].whitespace_ == " " and following.ent_iob_ == "B" and following.is_title:
        single = end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"
        return end + 1 if single else end
    return end


def _leading_label(doc: Doc, start: int, end: int, person: bool) -> int:
    """How many tokens at `start` are a label before a name of two words or more (3 for
    'Pan-democrat', 'pro-Beijing') or a title or description before a person's name (1 for
    'Tsar', and for 'Nonpartisan' before a first name); 0 for a name."""
    token = doc[start]
    if person and (token.lower_ in TITLE_WORDS or token.lower_ in RANK_WORDS) and doc[start + 1].pos_ == "PROPN":
        return 1
    describes = token.lower_ in english_adjectives() and token.text not in given_names()
    if person and end - start > 2 and describes and doc[start + 1].text in given_names():
        return 1
    hyphened = (
        start + 2 < end
        and doc[start + 1].text == "-"
        and (doc[start + 2].is_lower or token.lower_ in LABEL_PREFIXES)
        and not _hyphen_follows(doc, start + 3)  # a word of its own, not 'Bourg-la-Reine'
    )
    return 3 if hyphened and (person or end - start > 4) else 0


def _is_trailing_noise(token: Token, post_nominal: bool) -> bool:
    """A possessive, punctuation, a lower-case function word, a caption's label ('Washington
    D.C. Image: ...'), or (for a person) post-nominal letters."""
    if token.tag_ == "POS" or token.is_punct or (token.is_lower and token.pos_ in ("ADP", "DET", "CCONJ")):
        return True
    if token.lower_ in CAPTION_LABELS and token.i + 1 < len(token.doc) and token.nbor(1).text == ":":
        return True
    letters = token.text.replace(".", "")
    return post_nominal and len(letters) >= 2 and letters.isupper() and letters.isalpha() and not ROMAN_NUMERAL.fullmatch(letters)


def _is_title_part(ent: Span) -> bool:
    """'Defence' in 'Defence Minister' and 'State' in 'Secretary of State' are tagged ORG; they
    are part of a title, not actors."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1:
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    before_title = nxt is not None and nxt.lower_ in TITLE_WORDS and nxt.pos_ in ("PROPN", "NOUN")
    return before_title or (_ends_title_of(doc, ent.end) and _is_common_word(ent[0].lower_))


def _ends_title_of(doc: Doc, end: int) -> bool:
    """Whether the tokens before `end` are a title word, 'of' and one word: 'Secretary of State'."""
    return end >= 3 and doc[end - 2].lower_ == "of" and doc[end - 3].lower_ in TITLE_WORDS and doc[end - 1].pos_ in ("PROPN", "NOUN")


def _ends_a_hyphened_word(ent: Span) -> bool:
    """'Beijing' in 'pro-Beijing' is part of an adjective, not a mention of the city."""
    if ent.start < 2:
        return False
    hyphen, before = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    return hyphen.text == "-" and before.is_lower and not hyphen.whitespace_ and not before.whitespace_


def _is_one_of_a_people(ent: Span) -> bool:
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


def _is_misread_place(ent: Span) -> bool:
    """'born in Cannes', 'near the Adriatic': a proper name tagged as a nationality that is no
    English word (as 'German', 'Catholic' and 'Czech' are) nor an adjective is a place."""
    root = ent.root
    return root.pos_ == "PROPN" and root.dep_ not in ("amod", "compound") and not _is_common_phrase(ent)


def _is_noun_group(ent: Span) -> bool:
    """'Russians said' is a group; 'Russian forces' is an adjective and 'translated into Latin'
    or 'a Czech' a language or one person, not an actor: a group is named in the plural."""
    root = ent.root
    plural = root.tag_ in ("NNS", "NNPS") or root.lower_.endswith("s")
    return root.pos_ in ("PROPN", "NOUN") and root.dep_ not in ("amod", "compound") and plural


def find_actors(doc: Doc) -> ActorIndex:
    index = ActorIndex(doc)
    no_actors = _names_of_no_actors(doc)
    mentions = [m for m in entity_mentions(doc) + untagged_names(doc) if match_key(m.text) not in no_actors | NOT_ACTOR_NAMES]
    for mention in mentions:
        if match_key(mention.text) in KNOWN_ORGANISATIONS:
            mention.kind, mention.guessed, mention.titled = ORGANISATION, False, False  # 'Twitter', tagged a person
    _harmonise_lists(doc, mentions)
    by_key: dict[str, ActorBuilder] = {}
    shorter_names: set[str] = set()
    lookup = NameLookup()
    one_bearer = _stated_alias_keys(doc, mentions)
    for mention in sorted(mentions, key=lambda m: -len(name_words(m.text))):
        key = _canonical_key(mention)
        key = one_bearer.get(key, key)
        builder = by_key.get(key)
        if builder is None and (builder := _merge_target(mention, lookup.near(mention.text))) is not None:
            shorter_names.add(key)
        mention.shorter = key in shorter_names  # 'Nida' tagged an organisation, of Eugene Nida
        if builder is None:
            builder = index.new_actor(mention)
        else:
            index.attach(builder, mention)
        by_key[key] = builder
        lookup.add(builder, mention.text)
    index.discard([b for b in index.builders if _only_capitalised_as_opener(b, doc)])
    for builder in index.builders:
        builder.kind = _kind_by_vote(builder)
    _add_country_names(index)
    _add_untagged_surnames(doc, index)
    for builder in index.builders:
        builder.mentions.sort(key=lambda m: m.start)
        _collect_roles(builder, doc, index)
    return index


def _harmonise_lists(doc: Doc, mentions: list[Mention]) -> None:
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
            if tagged - (not mention.guessed) >= 2 and kind != GROUP and not (kind == PLACE and _is_acronym(mention.text)):
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


def _stated_alias_keys(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Name keys -> the key of the name the text says they are another name for ('Jenna Marbles'
    -> 'Jenna Nicole Mourey'): every mention of either name is then one actor's, and a first name
    they share ('Jenna') is no longer ambiguous. Places are left out: 'the desert southeast of
    Antioch, known as the Syrian Thebaid' hangs the name on the nearer noun."""
    mention_at = {i: mention for mention in mentions for i in range(mention.start, mention.end)}
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        path = []
        while key in parent:
            path.append(key)
            key = parent[key]
        for step in path:
            parent[step] = key  # short paths: many names said to be one stay cheap
        return key

    for pair in stated_aliases(doc):
        linked = [mention_at[i] for i in pair if i in mention_at and mention_at[i].kind not in (PLACE, COUNTRY)]
        if len(linked) == 2:
            first, second = (root(_canonical_key(mention)) for mention in linked)
            if first != second:
                parent[second] = first
    return {key: root(key) for key in parent}


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
    of a named person is that person, the first-named one when relatives share it (as
    `_person_named` decides for tagged surnames). Tagged as a common noun ('Currently Shalev
    is ...'), it must not open its sentence."""
    bearers: dict[str, ActorBuilder] = {}
    for builder in sorted(index.builders, key=lambda b: b.start):
        words = name_words(builder.name)
        if builder.kind == PERSON and len(words) > 1 and not _is_epithet(words, 1):
            bearers.setdefault(words[-1], builder)
    for token in doc:
        bearer = bearers.get(token.lower_)
        if bearer is None or not token.is_title or index.actor_of(token) is not None:
            continue
        if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not token.is_sent_start):
            index.attach(bearer, Mention(token.i, token.i + 1, token.text, PERSON))


def _only_capitalised_as_opener(builder: ActorBuilder, doc: Doc) -> bool:
    """'Background', 'Syntax', 'Hydrogen': a common word that is capitalised only because it
    opens a sentence or a heading gives no sign of being a name. People are spared: 'Clinton'
    and 'Bush' are English words too, and a sentence often opens with a speaker."""
    return builder.kind in (ORGANISATION, PLACE) and all(
        mention.end - mention.start == 1 and doc[mention.start].is_sent_start and _is_common_word(doc[mention.start].lower_)
        for mention in builder.mentions
    )


def _kind_by_vote(builder: ActorBuilder) -> str:
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


def _canonical_key(mention: Mention) -> str:
    if mention.kind == COUNTRY:
        return match_key(country_of(mention.text) or mention.text)
    return match_key(mention.text)


class NameLookup:
    """Actors by the first word, the last word and the initials of each of their names. A short
    name can only belong to an actor that shares one of these with it, so it is compared with
    those few, not with every actor (an article naming thousands stays linear)."""

    def __init__(self) -> None:
        self.buckets: dict[str, dict[int, ActorBuilder]] = {}
        self.order: dict[int, int] = {}

    def add(self, builder: ActorBuilder, name: str) -> None:
        self.order.setdefault(id(builder), len(self.order))
        words = name_words(name)
        if not words:
            return
        for key in (f"first {words[0]}", f"last {words[-1]}", f"initials {_initials(name)}"):
            self.buckets.setdefault(key, {})[id(builder)] = builder

    def near(self, name: str) -> list[ActorBuilder]:
        """The actors this name could belong to, in the order they were first seen."""
        words = name_words(name)
        keys = (f"first {words[0]}", f"last {words[-1]}", f"last {words[0]}", f"initials {name.replace('.', '')}") if words else ()
        found = {key: b for bucket in keys for key, b in self.buckets.get(bucket, {}).items()}
        return sorted(found.values(), key=lambda b: self.order[id(b)])


def _merge_target(mention: Mention, builders: list[ActorBuilder]) -> ActorBuilder | None:
    """The longer-named actor this short name belongs to, among the actors it could belong to,
    or None when there is none or the choice is unclear."""
    words = name_words(mention.text)
    organisations = [b for b in builders if ORGANISATION in b.kinds]  # 'Pittsburgh Pirates' tagged a place, then an organisation
    if mention.kind == ORGANISATION and _is_acronym(mention.text):
        return _only([b for b in organisations if _has_initials(b, mention.text) or _is_newsroom_of(b, words)])
    other_spelling = _only([b for b in builders if _skips_middle_names(b, words) or _is_reversed(b, words)])
    if other_spelling is not None:
        return other_spelling  # 'Brock Holt' is 'Brock Wyatt Holt', however the model labelled either
    people = [b for b in builders if b.kind == PERSON]
    if mention.kind == PERSON:
        person = _person_named(words, people)
        if person is not None or not mention.guessed:
            return person
    if _mistaken_surname(mention, words) and (person := _surname_bearer(words, people)) is not None:
        return person
    if mention.kind == ORGANISATION and len(words) == 1 and words[0] in ORGANISATION_HEADS:
        return _only([b for b in organisations if any(words[0] in parts[:1] + parts[-1:] for parts in map(name_words, b.names))])
    if (mention.kind == ORGANISATION or mention.guessed) and not (len(words) == 1 and words[0] in GENERIC_ORGANISATION_WORDS):
        return _organisation_named(words, organisations)
    return None


def _organisation_named(words: list[str], organisations: list[ActorBuilder]) -> ActorBuilder | None:
    """The organisation a shorter name means: the one it ends ('Red Sox' is the Boston Red Sox,
    named first, not the Pawtucket Red Sox), or the one it starts ('Major League', 'Fox' for
    Fox News)."""
    ending = [b for b in organisations if _ends_with(b, words)]
    if ending:
        return min(ending, key=lambda b: b.start)
    return _only([b for b in organisations if (len(words) > 1 and _starts_with(b, words)) or _is_newsroom_of(b, words)])


def _is_newsroom_of(builder: ActorBuilder, words: list[str]) -> bool:
    """'CBC' and 'CBC News', 'Fox' and 'Fox News': a broadcaster and its newsroom are one."""
    return any(parts[:-1] == words and parts[-1] in NEWSROOM_WORDS for parts in map(name_words, builder.names))


def _person_named(words: list[str], people: list[ActorBuilder]) -> ActorBuilder | None:
    """The person a shorter name means. A bare surname is the first-named bearer of it
    ('Goode' is Matthew Goode, whose relatives are named in full when they come up); a first
    name alone must be unambiguous ('Jenna' for Jenna Marbles)."""
    if len(words) == 1:
        return _surname_bearer(words, people) or _only([b for b in people if _starts_with(b, words)])
    return _only([b for b in people if _ends_with(b, words)])


def _surname_bearer(words: list[str], people: list[ActorBuilder]) -> ActorBuilder | None:
    bearers = [b for b in people if _ends_with(b, words)]
    return min(bearers, key=lambda b: b.start) if bearers else None


def _only(matches: list[ActorBuilder]) -> ActorBuilder | None:
    return matches[0] if len(matches) == 1 else None


def _skips_middle_names(builder: ActorBuilder, words: list[str]) -> bool:
    """'Eugene Nida' of 'Eugene A. Nida'; 'North Korea' is no middle-name-less 'North and South Korea'."""
    return len(words) == 2 and any(
        len(parts) > 2 and parts[0] == words[0] and parts[-1] == words[-1] and "and" not in parts
        for parts in map(name_words, builder.names)
    )


def _is_reversed(builder: ActorBuilder, words: list[str]) -> bool:
    """'Higuchi Natsuko' and 'Natsuko Higuchi': a two-word name written family name first."""
    return len(words) == 2 and words[0] != words[1] and words[::-1] in map(name_words, builder.names)


def _mistaken_surname(mention: Mention, words: list[str]) -> bool:
    """The small model often tags a bare surname as a place or an organisation ('Galois wrote
    ...', 'Dvořák composed ...', 'al-Abadi said'); one word (or a particle and a word, written
    in lower case first) that is no country and no acronym may then be the surname of the one
    person."""
    surname = len(words) == 1 or (len(words) == 2 and words[0] in PARTICLES and mention.text[:1].islower())
    return (
        surname
        and mention.kind in (PLACE, ORGANISATION)
        and not _is_acronym(mention.text)
        and not country_of(mention.text)
    )


def _ends_with(builder: ActorBuilder, words: list[str]) -> bool:
    return _has_name_part(builder, words, last=True)


def _starts_with(builder: ActorBuilder, words: list[str]) -> bool:
    return _has_name_part(builder, words, last=False)


def _has_name_part(builder: ActorBuilder, words: list[str], last: bool) -> bool:
    """Whether one of the actor's longer names ends (or starts) with these words. An epithet
    is no surname: 'Great' is not short for 'Peter the Great'."""
    size = len(words)
    return any(
        len(parts) > size and (parts[-size:] == words and not _is_epithet(parts, size) if last else parts[:size] == words)
        for parts in map(name_words, builder.names)
    )


def _is_epithet(parts: list[str], size: int) -> bool:
    """Whether the last `size` words of a longer name follow 'the': 'Peter the Great'."""
    return parts[-size - 1] == "the"


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def _has_initials(builder: ActorBuilder, acronym: str) -> bool:
    return acronym.replace(".", "") in {_initials(name) for name in builder.names}


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _collect_roles(builder: ActorBuilder, doc: Doc, index: ActorIndex) -> None:
    if builder.kind != PERSON:
        return
    for mention in builder.mentions:
        span = doc[mention.start : mention.end]
        title = _title_before(span)
        if title is not None:
            builder.add_role(title.text)
            builder.affiliation = builder.affiliation or _affiliation(title, index, builder)
        for apposition in _appositions(span):
            builder.add_role(apposition.text)
            builder.affiliation = builder.affiliation or _affiliation(apposition, index, builder)


def _title_before(span: Span) -> Span | None:
    """'Russian President' in 'Russian President Vladimir Putin': modifiers of the name before
    it, 'Secretary of State' too."""
    doc, start = span.doc, span.start
    members = set(range(span.start, span.end))
    while start > 0:
        token = doc[start - 1]
        if _ends_title_of(doc, start) and doc[start - 3].head.i in members:
            members.update(range(start - 3, start))
            start -= 3
            continue
        attached = token.head.i in members or any(child.i in members for child in token.children)
        if not attached or token.pos_ not in ("PROPN", "NOUN", "ADJ") or token.dep_ in ("nsubj", "dobj", "poss"):
            break
        members.add(token.i)
        start -= 1
    if start == span.start:
        return None
    title = doc[_owner_start(doc, start) : span.start]
    return title if any(t.lower_ in TITLE_WORDS for t in title) else None


def _owner_start(doc: Doc, start: int) -> int:
    """Where a title begins once the country or organisation it belongs to is counted in:
    'Syria leader', "Syria's leader" (the parse often hangs the country elsewhere)."""
    before = start - 1
    if before >= 0 and doc[before].tag_ == "POS":
        before -= 1
    if before < 0 or doc[before].ent_type_ not in ("GPE", "ORG", "NORP"):
        return start
    while before > 0 and doc[before].ent_iob_ == "I":
        before -= 1
    return before


def _appositions(span: Span) -> list[Span]:
    """'spokesman for the rebel High Negotiations Committee' after 'Salim al-Muslat,': an
    apposition whose head is a role noun (a title, an occupation, a person noun), up to a
    relative clause or a comma ('the likely nominee, where it hurts ...' gives 'the likely
    nominee'); 'her former record label and ...' names no role."""
    result = []
    for child in span.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= span.end and _is_role_noun(child):
            tokens = list(child.subtree)
            end = next((t.i for t in tokens if t.i > child.i and (t.dep_ in ("relcl", "acl") or t.text in ROLE_BREAKS)), tokens[-1].i + 1)
            end = min(end, next((t.left_edge.i for t in tokens if t.i > child.i and t.dep_ in ("relcl", "acl")), end))
            while end > child.i + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].pos_ in ("CCONJ", "ADP", "DET")):
                end -= 1
            result.append(span.doc[tokens[0].i : end])
    return result


def _is_role_noun(noun: Token) -> bool:
    return is_person_noun(noun) or _names_people(noun)


def _affiliation(span: Span, index: ActorIndex, owner: ActorBuilder) -> str | None:
    """The organisation or country in a title or apposition: 'High Negotiations Committee' in
    'spokesman for the ... Committee', 'Russia' in 'Russian President'."""
    for token in span:
        builder = index.actor_of(token)
        if builder is not None and builder is not owner and builder.kind != PERSON:
            return builder.name
    return next((DEMONYMS[t.lower_] for t in span if t.lower_ in DEMONYMS), None)


def kind_of_description(span: Span) -> str | None:
    """The kind of an unnamed speaker such as 'the Syrian presidency' or 'US officials'. 'Her
    parents' and 'some individuals' name nobody a card could stand for."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or any(_is_pronoun_owner_or_quantifier(child) for child in head.children):
        return None
    if head.lower_ in ORGANISATION_NOUNS or head.lemma_.lower() in ORGANISATION_NOUNS:
        return ORGANISATION if head.tag_ != "NNS" or head.lower_ in ORGANISATION_NOUNS else GROUP
    if head.tag_ in ("NNS", "NNPS") and _names_people(head):
        return GROUP
    return None


def _is_pronoun_owner_or_quantifier(token: Token) -> bool:
    return (token.dep_ == "poss" and token.pos_ == "PRON") or token.lower_ in QUANTIFIERS


def _names_people(head: Token) -> bool:
    """'officials', 'researchers', 'voters', 'parents' name people; 'results', 'findings' and
    'estimates' do not, though they 'show' and 'suggest' like a speaker."""
    lemma = head.lemma_.lower()
    agentive = lemma.endswith(AGENT_SUFFIXES) and not lemma.endswith("ment")
    return agentive or lemma in PEOPLE_NOUNS
