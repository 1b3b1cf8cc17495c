"""The referent ranker: the candidate the model finds likeliest wins, and the confidence is its
margin, so an even choice is no answer. Models here are made by hand (a constant score) so each
test says what the ranker does with a model's answer; the shipped model is checked on texts
written for the tests."""
import pytest

import generator.analyse.referent_ranker as referent_ranker
from generator.analyse.referent_ranker import (
    FEATURES,
    Candidate,
    Query,
    candidate_rows,
    ranked,
)
from generator.trees import model_of


def constant(score: float, features=FEATURES):
    return model_of({"features": features, "baseline": score, "trees": []})


def two_people() -> list[Candidate]:
    near = Candidate("Ann Lee", 0.5, "person", order=0)
    near.heard(12, 1.0, 0, 0, True, False, False)
    far = Candidate("Bo Chan", 0.5, "person", order=1)
    far.heard(2, 0.5, 1, 0, False, False, False)
    return [near, far]


QUERY = Query(position=20, pronoun_kind="person", subject=True, speaker=True)


def test_rows_say_what_the_text_says_of_each_candidate():
    rows = candidate_rows(QUERY, two_people(), last_speaker=None)
    column = {name: i for i, name in enumerate(FEATURES)}
    assert rows.shape == (2, len(FEATURES))
    assert rows[0, column["nearest is subject"]] == 1 and rows[1, column["nearest is subject"]] == 0
    assert rows[0, column["salience rank"]] == 0 and rows[1, column["recency rank"]] == 1
    assert rows[0, column["same sentence"]] == 1 and rows[1, column["sentences back"]] == 1
    assert rows[0, column["pronoun person"]] == 1 and rows[0, column["candidates"]] == 2


def test_an_even_choice_is_below_the_confidence_a_speaker_needs(monkeypatch):
    monkeypatch.setattr(referent_ranker, "REFERENT_MODEL", constant(30.0))
    best, confidence = ranked(QUERY, two_people(), None)
    assert best == 0  # the more salient one, but only by the tie
    assert confidence < 0.6


def test_a_lone_likely_candidate_is_sure_and_an_unlikely_one_is_not(monkeypatch):
    monkeypatch.setattr(referent_ranker, "REFERENT_MODEL", constant(30.0))
    assert ranked(QUERY, two_people()[:1], None)[1] > 0.9
    monkeypatch.setattr(referent_ranker, "REFERENT_MODEL", constant(-30.0))
    assert ranked(QUERY, two_people()[:1], None)[1] < 0.01


def test_a_model_trained_on_other_features_is_refused(monkeypatch):
    monkeypatch.setattr(referent_ranker, "REFERENT_MODEL", constant(0.0, ["words"]))
    with pytest.raises(RuntimeError, match="retrain"):
        ranked(QUERY, two_people(), None)


def test_they_never_goes_to_an_organisation_named_only_as_an_object(analyse_text):
    briefing = analyse_text("The Harbor Workers Union met managers of Delta Shipping on Monday.\n\n“We will strike in June,” they said.")
    quote = next(q for q in briefing.quotes if "strike in June" in q.quote)
    assert quote.speaker == "they" and quote.speaker_name is None and quote.speaker_confidence < 0.6


def test_it_never_goes_to_a_person(analyse_text):
    briefing = analyse_text(
        "Mayor Ann Lee visited Northwind Airlines on Monday.\n\n“The deal doubles our fleet,” it said on Friday."
    )
    quote = next(q for q in briefing.quotes if "doubles our fleet" in q.quote)
    assert quote.speaker == "it" and quote.speaker_name != "Ann Lee"
