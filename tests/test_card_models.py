"""The learned checks on actor cards: the card model drops what it finds unlikely an actor (never a
quoted one), the kind models change a kind only when sure, and both refuse a model trained on
other features. Models here are made by hand (a constant score), so each test says what the
stage does with a model's answer; the shipped models are checked on texts written for the tests."""
import pytest

from generator.analyse.actors import find_actors
from generator.analyse.actors.card_model import FEATURES, card_probabilities, card_rows
from generator.analyse.actors.kind_model import LEARNED_KINDS, learned_kinds
from generator.analyse.authorship import narrator
from generator.analyse.nlp import Paragraphs
from generator.analyse.quotes.assemble import find_quotes
from generator.trees import model_of


def constant(score: float, features=FEATURES):
    """A model that gives every actor the same score (a logit): sure yes, sure no."""
    return model_of({"features": features, "baseline": score, "trees": []})


UNSURE_KINDS = {kind: constant(-30.0) for kind in LEARNED_KINDS}


def cards(nlp, text, card_model, kind_models=UNSURE_KINDS):
    doc = nlp(text)
    paragraphs = Paragraphs(doc.text)
    index = find_actors(doc)
    quotes = find_quotes(doc, index, paragraphs, narrator(doc, index, paragraphs, None))
    sources = frozenset(id(q.attribution.builder) for q in quotes if q.attribution.attributed)
    return {actor.name: actor.kind for actor in index.finish(paragraphs, sources, card_model, kind_models)}


TEXT = "“We will rebuild the bridge,” Mara Lindqvist said on Monday in Tallinn."


def test_a_card_the_model_finds_unlikely_is_dropped_but_a_quoted_actor_stays(nlp):
    assert {"Mara Lindqvist", "Tallinn"} <= set(cards(nlp, TEXT, constant(30.0)))
    assert set(cards(nlp, TEXT, constant(-30.0))) == {"Mara Lindqvist"}


def test_a_kind_changes_only_where_the_kind_model_is_sure(nlp):
    sure_organisation = {**UNSURE_KINDS, "organisation": constant(30.0)}
    assert cards(nlp, TEXT, constant(30.0))["Mara Lindqvist"] == "person"
    assert cards(nlp, TEXT, constant(30.0), sure_organisation)["Mara Lindqvist"] == "organisation"


def test_a_place_the_kind_model_finds_is_a_country_when_it_is_one_by_name(nlp):
    sure_place = {**UNSURE_KINDS, "place": constant(30.0)}
    kinds = cards(nlp, "Talks between the two sides opened on Monday, Estonia's foreign ministry said.", constant(30.0), sure_place)
    assert kinds["Estonia"] == "country"


def test_a_model_trained_on_other_features_is_refused(nlp):
    doc = nlp(TEXT)
    builders = find_actors(doc).builders
    rows = card_rows(builders, doc)
    with pytest.raises(RuntimeError, match="retrain"):
        card_probabilities(rows, constant(0.0, ["words"]))
    with pytest.raises(RuntimeError, match="retrain"):
        learned_kinds(builders, rows, {kind: constant(0.0, ["words"]) for kind in LEARNED_KINDS})


def test_clubs_named_by_their_city_in_a_results_line_are_organisations(analyse_text):
    """The shipped kind models: in a line of scores, names of towns are teams."""
    briefing = analyse_text(
        "Results of the third division on Saturday:\n\n"
        "Hartlepool 2 Rochdale 1, Scunthorpe 0 Darlington 3, Wrexham 1 Barnet 1, Hereford 4 Torquay 2."
    )
    kinds = {actor.name: actor.kind for actor in briefing.actors}
    persons = [name for name, kind in kinds.items() if kind == "person"]
    assert kinds and not persons, kinds
