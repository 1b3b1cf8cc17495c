"""The parts of the actor stage, each on its own: hand-made mentions and actors where the part
takes them, one short parsed sentence where it reads the parse."""
import pytest
from spacy.tokens import Span

from generator.analyse.actors.card_names import GROUP
from generator.analyse.actors.common import is_acronym, is_common_word
from generator.analyse.actors.countries import country_of
from generator.analyse.actors.descriptions import kind_of_description
from generator.analyse.actors.index import ActorIndex
from generator.analyse.actors.kinds import actor_kind, kind_by_vote, mended_kind
from generator.analyse.actors.mentions import entity_mentions
from generator.analyse.actors.merging import NameLookup, merge_target, shares_a_surname
from generator.analyse.actors.model import ActorBuilder, Mention
from generator.analyse.actors.no_actors import (
    is_capitalised_common_word,
    lower_case_words,
    names_no_actor,
)
from generator.analyse.actors.roles import collect_roles
from generator.analyse.actors.spans import trim
from generator.analyse.names import given_name_gender, match_key, normalise_name
from generator.briefing import COUNTRY, ORGANISATION, PERSON, PLACE


def actor(kind, *names, **mention_flags):
    builder = ActorBuilder(kind=kind)
    for number, name in enumerate(names):
        builder.add(Mention(number, number + 1, name, kind, **mention_flags))
    return builder


@pytest.mark.parametrize("name", ["Donald Trump’s", "Donald Trump's", "Donald Trump‘s"])  # a copy's wrong quote mark too
def test_a_possessive_is_no_part_of_a_name(name):
    assert normalise_name(name) == "Donald Trump" and match_key(name) == "donald trump"


@pytest.mark.parametrize(
    "name, card",
    [
        ("CNN)Hillary Clinton", "Hillary Clinton"),  # a dateline glued to its first word: '(CNN)Hillary Clinton said'
        ("Wire)The Harbour Board", "Harbour Board"),
        ("Young Harbour Friends (YHF", "Young Harbour Friends"),  # a bracket left open: the acronym after it
        ("Harbour Bureau of Shipping (HBS)", "Harbour Bureau of Shipping"),
        ("Mary (Molly) Brown", "Mary (Molly) Brown"),  # a closed bracket inside stays
    ],
)
def test_a_bracket_that_closes_or_opens_nothing_is_cut_with_what_it_cuts_off(name, card):
    assert normalise_name(name) == card


@pytest.mark.parametrize("name, country", [("Syrian Arab Republic", "Syria"), ("US", "United States"), ("Russia", "Russia"),
                                           ("Harbour Town", None)])
def test_countries_by_name_and_alias(name, country):
    assert country_of(name) == country


def test_words_alone():
    assert is_acronym("HNC") and not is_acronym("Hnc") and not is_acronym("A")
    assert is_common_word("background") and not is_common_word("shoigu")


def test_a_surname_merges_into_its_full_name_and_in_one_article_into_its_first_bearer():
    putin, shoigu = actor(PERSON, "Vladimir Putin"), actor(PERSON, "Sergei Shoigu")
    lookup = NameLookup()
    for builder in (putin, shoigu):
        lookup.add(builder, builder.name)
    assert merge_target(Mention(5, 6, "Putin", PERSON), lookup.near("Putin")) is putin
    matthew, ralph = actor(PERSON, "Matthew Goode"), actor(PERSON, "Ralph Goode")
    assert merge_target(Mention(5, 6, "Goode", PERSON), [matthew, ralph]) is matthew, "relatives come with their full names"
    assert shares_a_surname(Mention(5, 6, "Goode", PERSON), [matthew, ralph])
    assert not shares_a_surname(Mention(5, 6, "Putin", PERSON), [putin, shoigu])
    assert merge_target(Mention(5, 6, "Lavrov", PERSON), [matthew, ralph]) is None


def test_a_first_name_tagged_an_organisation_merges_into_the_one_person_it_opens_the_name_of():
    sanders = actor(PERSON, "Bernie Sanders")
    assert merge_target(Mention(7, 8, "Bernie", ORGANISATION), [sanders]) is sanders
    assert merge_target(Mention(7, 8, "Bernie", ORGANISATION), [sanders, actor(PERSON, "Bernie Ecclestone")]) is None
    assert merge_target(Mention(7, 8, "Virginia", PLACE), [actor(PERSON, "Virginia Foxx")]) is None  # the state
    assert merge_target(Mention(7, 8, "Ofcom", ORGANISATION), [actor(PERSON, "Ofcom Jones")]) is None  # no first name


def test_a_short_name_merges_into_its_newsroom_or_magazine():
    magazine, cbc_news = actor(ORGANISATION, "Freedom Magazine"), actor(ORGANISATION, "CBC News")
    assert merge_target(Mention(3, 4, "Freedom", ORGANISATION), [magazine]) is magazine  # 'the Freedom article'
    assert merge_target(Mention(3, 4, "CBC", ORGANISATION), [cbc_news]) is cbc_news
    assert merge_target(Mention(3, 4, "Liberty", ORGANISATION), [magazine]) is None


def test_an_acronym_merges_into_the_organisation_it_abbreviates():
    committee = actor(ORGANISATION, "High Negotiations Committee")
    assert merge_target(Mention(9, 10, "HNC", ORGANISATION), [committee]) is committee


def test_the_kind_most_mentions_give_wins_and_a_country_stays_a_country():
    exeter = ActorBuilder(kind=PLACE)
    for number, kind in enumerate([PLACE, PERSON, PLACE]):
        exeter.add(Mention(number, number + 1, "Exeter", kind))
    assert kind_by_vote(exeter) == PLACE
    syria = ActorBuilder(kind=PLACE)
    syria.add(Mention(0, 1, "Syria", PLACE))
    syria.add(Mention(4, 5, "Syria", COUNTRY))
    assert kind_by_vote(syria) == COUNTRY
    titled = actor(ORGANISATION, "Apa Horsiesios", titled=True)
    assert kind_by_vote(titled) == PERSON


@pytest.mark.parametrize(
    ("text", "names", "kind"),
    [
        ("He was given the high command at Kiev in 1679.", ["Kiev"], PLACE),  # a city where a place goes
        ("The team drove for days from Herat, their home, to the capital.", ["Herat"], PLACE),
        ("He reported the story at CNN for years.", ["CNN"], ORGANISATION),  # an acronym
        ("She studied at Stanford before the war.", ["Stanford"], ORGANISATION),  # a first name: a college
        ("The figures in Gallup's survey rose.", ["Gallup"], ORGANISATION),  # an owner
        ("Shares of Nokia fell sharply.", ["Nokia"], ORGANISATION),  # no preposition of place
        ("He joined the University of Trier and taught at Trier.", ["University of Trier", "Trier"], ORGANISATION),
    ],
)
def test_an_organisation_named_only_by_a_city_where_a_place_goes_is_that_city(nlp, text, names, kind):
    doc = nlp(text)
    builder = ActorBuilder(kind=ORGANISATION)
    for name in names:
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        builder.add(Mention(span.start, span.end, name, ORGANISATION))
    assert actor_kind(builder, doc) == kind


@pytest.mark.parametrize(("name", "kind"), [("ROTC", ORGANISATION), ("E.P.R.P.", ORGANISATION), ("JFK", PERSON)])
def test_an_acronym_of_four_letters_or_more_tagged_a_person_is_an_organisation(nlp, name, kind):
    doc = nlp(f"Officers came from {name} to the base.")
    span = doc.char_span(len("Officers came from "), len("Officers came from ") + len(name))
    assert mended_kind(span, [t.lower_ for t in span if t.is_alpha], PERSON, None) == kind


@pytest.mark.parametrize(
    ("text", "name", "label", "kind"),
    [
        ("Two were elected: Cheng Chung-tai of Civic Passion and Alvin Yeung.", "Civic Passion", PERSON, ORGANISATION),
        ("He played Antony Armstrong-Jones, 1st Earl of Snowdon, in the series.", "Snowdon", PERSON, PLACE),  # a peer's place
        ("His son was made Count of the Holy Roman Empire in 1701.", "Holy Roman Empire", ORGANISATION, PLACE),
        ("Shalev is in Levico Terme, Trento, Italy for a conference.", "Levico Terme", ORGANISATION, PLACE),
        ("The firms were Google, Apple, France and Spain.", "Google", ORGANISATION, ORGANISATION),  # a list goes on
        ("Dumas names Pescheux d'Herbinville, [13] who was an officer.", "Pescheux d'Herbinville", ORGANISATION, PERSON),
        ("A spokesman for the Guardian, who declined to comment, left.", "Guardian", ORGANISATION, ORGANISATION),
        ("They fought the National Front, whose leader topped a poll.", "National Front", ORGANISATION, ORGANISATION),
        ("They read the Gospel of Matthew aloud.", "Matthew", PERSON, PERSON),  # a first name stays a person's
    ],
)
def test_the_text_around_a_name_says_its_kind(nlp, text, name, label, kind):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert mended_kind(span, [t.lower_ for t in span if t.is_alpha], label, None) == kind


def test_descriptions_name_their_kind(nlp):
    doc = nlp("The company said that officials and the group met residents.")
    assert kind_of_description(doc[0:2]) == ORGANISATION
    assert kind_of_description(doc[4:5]) == GROUP


def test_a_description_owned_by_a_common_noun_or_a_pronoun_is_no_card(nlp):
    doc = nlp("The country's military and her parents said so, and the Syrian presidency agreed.")
    military = next(t for t in doc if t.text == "military")
    parents = next(t for t in doc if t.text == "parents")
    presidency = next(t for t in doc if t.text == "presidency")
    assert kind_of_description(doc[military.left_edge.i : military.i + 1]) is None
    assert kind_of_description(doc[parents.left_edge.i : parents.i + 1]) is None
    assert kind_of_description(doc[presidency.left_edge.i : presidency.i + 1]) == ORGANISATION
    doc = nlp("The employers' federation said small firms would struggle.")
    assert kind_of_description(doc[0:4]) == ORGANISATION  # a class owns it, not one thing named before


def test_a_role_comes_from_an_apposition_headed_by_a_role_noun(nlp):
    doc = nlp("“It will help,” said Salim al-Muslat, spokesman for the rebel High Negotiations Committee.")
    start, end = (next(token.i for token in doc if token.text == word) for word in ("Salim", "Muslat"))
    builder = ActorBuilder(kind=PERSON)
    builder.add(Mention(start, end + 1, "Salim al-Muslat", PERSON))
    collect_roles(builder, doc, ActorIndex(doc))
    assert builder.roles and builder.roles[0].startswith("spokesman for the rebel High Negotiations Committee")


@pytest.mark.parametrize(
    ("name", "no_actor"),
    [("Firefox", True), ("Google Chrome", True), ("Internet Explorer 9", True), ("Windows XP", True), ("IE9", True), ("PS4", True), ("Islam", True),
     ("Hajj", True), ("G20", False), ("M23", False), ("Mozilla", False), ("Johnnie Christmas", False), ("Ebola Task Force", False)],
)
def test_products_versions_model_numbers_and_feasts_name_no_actor(name, no_actor):
    assert names_no_actor(name, set()) is no_actor


def test_a_work_the_article_names_so_is_no_actor_wherever_it_comes_up():
    assert names_no_actor("Rusalka", {"rusalka"}) and not names_no_actor("Rusalka", set())


@pytest.mark.parametrize(
    ("text", "word", "capitalised_by_place"),
    [
        ("We had decades of elites and Character in theory. Their character was odd.", "Character", True),
        ("Voters backed the Rose plan. A rose grew there.", "Rose", False),  # a first name
        ("Shares of Apple rose. An apple fell.", "Apple", False),  # a named organisation
        ("Crowds sang of Kazimir in the square.", "Kazimir", False),  # never written lower case
        ("Crowds sang of Staccato in the square.", "Staccato", True),  # not here, but English mostly writes it in lower case
        ("In the square, Staccato sang for the crowd.", "Staccato", False),  # unless the parse shows it act
        ("The storm passed. Normalcy returned to the town.", "Normalcy", True),  # capitalised only as an opener
        ("The storm passed. Grace returned to the town.", "Grace", False),  # an opener, but a first name
    ],
)
def test_a_one_word_card_is_a_common_word_when_only_its_place_capitalises_it(nlp, text, word, capitalised_by_place):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    builder = ActorBuilder(kind=PERSON)
    builder.add(Mention(token.i, token.i + 1, word, PERSON))
    assert is_capitalised_common_word(builder, doc, lower_case_words(doc)) is capitalised_by_place


@pytest.mark.parametrize(
    ("text", "entity", "label", "name"),
    [
        ("She ran her State Department with care.", "her State Department", "ORG", "State Department"),
        ("It wrote to the state Division of Elections.", "state Division of Elections", "ORG", "Division of Elections"),
        ("He said al-Qaeda had grown.", "al-Qaeda", "ORG", "al-Qaeda"),  # a particle is part of the name
        ("She met Charles de Gaulle in Paris.", "Charles de Gaulle", "PERSON", "Charles de Gaulle"),
        ("Polls of lesbian Americans vary.", "lesbian Americans", "NORP", "lesbian Americans"),  # a group keeps its words
        ("Aides said Hillary Clinton’s campaign had grown.", "Hillary Clinton’s campaign", "PERSON", "Hillary Clinton"),
        ("Voters met Robert Barr - won by a mile.", "Robert Barr - won", "PERSON", "Robert Barr"),  # and after it, for a person
        ("Civic Passion's Wong Yeung-tat lost.", "Wong Yeung-tat", "PERSON", "Wong Yeung-tat"),  # a hyphened syllable stays
    ],
)
def test_a_small_word_before_a_name_is_no_part_of_it(nlp, text, entity, label, name):
    doc = nlp(text)
    start = len(nlp.tokenizer(text[: text.index(entity)]))
    span = Span(doc, start, start + len(nlp.tokenizer(entity)), label=label)
    assert trim(span).text == name


@pytest.mark.parametrize(
    ("text", "name"),
    [("Bush ran an un-WASP campaign.", "un-WASP"), ("It joined the trans-Atlantic alliance.", "trans-Atlantic")],
)
def test_a_prefix_before_a_hyphen_and_a_name_is_a_label_not_a_name(nlp, text, name):
    doc = nlp(text)
    start = next(t.i for t in doc if name.startswith(t.text) and len(t.text) > 1)
    span = Span(doc, start, start + len(nlp.tokenizer(name)), label="ORG")
    assert trim(span) is None


@pytest.mark.parametrize(
    ("name", "names"),
    [("pics?I", []), ("Harbour Gazette", ["Harbour Gazette"]), ("Newsmax / Zogby", ["Newsmax", "Zogby"]),
     ("Shortstop / Outfielder", []), ("CDC Division of HIV/AIDS Prevention", ["CDC Division of HIV/AIDS Prevention"])],
)
def test_a_name_holds_no_marks_of_a_link_and_a_slash_parts_two_names(nlp, name, names):
    doc = nlp(f"The latest {name} poll placed him at 6 percent.")
    doc.ents = [Span(doc, 2, 2 + len(nlp.tokenizer(name)), label="ORG")]
    assert [mention.text for mention in entity_mentions(doc)] == names


def test_a_name_tagged_across_a_bracket_is_two_names(nlp):
    """'the Hamptons (Abedin wrote ...': the model read one name across the bracket."""
    doc = nlp("They met at the Harbour Club (Abedin wrote that the trip was short).")
    start = next(t.i for t in doc if t.text == "Harbour")
    doc.ents = [Span(doc, start, start + 4, label="ORG")]
    assert [mention.text for mention in entity_mentions(doc)] == ["Harbour Club", "Abedin"]


def test_an_organisation_of_a_country_is_one_name(nlp):
    doc = nlp("He was nominated by the Film Critics Circle of Australia in 2012.")
    start = next(t.i for t in doc if t.text == "Film")
    doc.ents = [Span(doc, start, start + 3, label="ORG")]
    assert [mention.text for mention in entity_mentions(doc)] == ["Film Critics Circle of Australia"]


@pytest.mark.parametrize(
    ("text", "first", "second", "names"),
    [
        ("She designed the Guangzhou Opera House in China.", ("Guangzhou", 1), ("Opera", 2), ["Guangzhou Opera House", "China"]),
        ("Saudi Arabia's Civil Defense Authority said so.", ("Saudi", 3), ("Civil", 3), ["Saudi Arabia", "Civil Defense Authority"]),
    ],
)
def test_a_place_the_model_cut_off_the_name_it_opens_joins_it(nlp, text, first, second, names):
    doc = nlp(text)
    spans = []
    for (word, length), label in ((first, "GPE"), (second, "FAC")):
        start = next(t.i for t in doc if t.text == word)
        spans.append(Span(doc, start, start + length, label=label))
    china = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == "China"]
    doc.ents = spans + china
    assert [mention.text for mention in entity_mentions(doc)] == names


@pytest.mark.parametrize(
    ("text", "name", "label", "names"),
    [
        ("His setting of Stabat Mater was first played in Prague.", "Stabat Mater", "PERSON", []),
        ("She appeared in season four of Ridiculousness last year.", "Ridiculousness", "PERSON", []),
        ("A friend of Anna Weiss said the talks went well.", "Anna Weiss", "PERSON", ["Anna Weiss"]),
    ],
)
def test_what_a_season_or_a_setting_is_of_is_a_work(nlp, text, name, label, names):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    doc.ents = [Span(doc, start, start + len(nlp.tokenizer(name)), label=label)]
    assert [mention.text for mention in entity_mentions(doc)] == names


@pytest.mark.parametrize(("name", "gender"), [("Jan", None), ("Robin", None), ("Sarah", "female"), ("Marco", "male")])
def test_english_usage_decides_a_first_name_s_gender(name, gender):
    """'Jan' is a man's name in Dutch and Polish and either in English; English news goes by English usage."""
    assert given_name_gender(name) == gender


def test_an_interview_label_of_a_first_name_is_the_one_person_of_that_first_name(nlp):
    index = ActorIndex(nlp("Girish Wagh and Ratan Tata spoke."))
    index.builders += [ActorBuilder(kind=PERSON, names=["Girish Wagh"]), ActorBuilder(kind=PERSON, names=["Ratan Tata"]), ActorBuilder(kind=PLACE, names=["Girish"])]
    assert index.by_first_name("Girish").names == ["Girish Wagh"]
    index.builders.append(ActorBuilder(kind=PERSON, names=["Girish Kumar"]))
    assert index.by_first_name("Girish") is None, "two people of that first name: neither"
    assert index.by_first_name("Girish Wagh") is None, "a label of two words is no first name"
