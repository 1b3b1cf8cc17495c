"""The parts of the actor stage, each on its own: hand-made mentions and actors where the part
takes them, one short parsed sentence where it reads the parse."""
import pytest

from generator.actors.common import is_acronym, is_common_word
from generator.actors.countries import country_of
from generator.actors.descriptions import kind_of_description
from generator.actors.kinds import kind_by_vote
from generator.actors.merging import NameLookup, merge_target
from generator.actors.model import ActorBuilder, Mention
from generator.actors.roles import collect_roles
from generator.actors.index import ActorIndex
from generator.briefing import COUNTRY, GROUP, ORGANISATION, PERSON, PLACE


def actor(kind, *names, **mention_flags):
    builder = ActorBuilder(kind=kind)
    for number, name in enumerate(names):
        builder.add(Mention(number, number + 1, name, kind, **mention_flags))
    return builder


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
    assert merge_target(Mention(5, 6, "Lavrov", PERSON), [matthew, ralph]) is None


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


def test_descriptions_name_their_kind(nlp):
    doc = nlp("The company said that officials and the group met residents.")
    assert kind_of_description(doc[0:2]) == ORGANISATION
    assert kind_of_description(doc[4:5]) == GROUP


def test_a_role_comes_from_an_apposition_headed_by_a_role_noun(nlp):
    doc = nlp("“It will help,” said Salim al-Muslat, spokesman for the rebel High Negotiations Committee.")
    start, end = (next(token.i for token in doc if token.text == word) for word in ("Salim", "Muslat"))
    builder = ActorBuilder(kind=PERSON)
    builder.add(Mention(start, end + 1, "Salim al-Muslat", PERSON))
    collect_roles(builder, doc, ActorIndex(doc))
    assert builder.roles and builder.roles[0].startswith("spokesman for the rebel High Negotiations Committee")
