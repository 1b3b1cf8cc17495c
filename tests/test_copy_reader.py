"""The learned copy reader (`read/line_features.py`, `read/line_model.py`): the shipped model,
what it makes of a page written for the test, and how the body is chosen from its line
probabilities with the hand rules' body as a prior."""
import json
from importlib import resources

import pytest

from generator.read.copied import find_article_in_copy
from generator.read.line_features import feature_names, line_features
from generator.read.line_model import (
    COPY_MODEL,
    body_lines,
    body_probabilities,
    shipped,
)
from generator.read.lines import page_lines
from generator.trees import model_of

PAGE = """Skip to content
News
Sport
Business
Weather
Sign in

Council approves new cycle lanes for the old town

By Priya Shah
March 4, 2025

The town council approved a network of protected cycle lanes through the old town on Tuesday, after a year of consultation with residents and shop owners.

The first lanes will be painted on Market Street and Bridge Road in May, and the council said the whole network should be finished by the end of next year.

Shop owners had worried that losing parking spaces would cost them customers, but the council agreed to build a small car park beside the station instead.

A cyclists' group that campaigned for the lanes called the vote a turning point for the town and said it would help the council plan the routes.

Related stories
Bus fares to rise in April
Library opening hours cut

Share this article
Facebook
Twitter
© 2025 The Old Town Gazette. All rights reserved.
"""


def test_the_shipped_model_is_plain_numbers_for_these_features():
    model = json.loads(resources.files("generator.read").joinpath("models", COPY_MODEL).read_text(encoding="utf-8"))
    assert model["features"] == feature_names(1)
    assert isinstance(model["baseline"], float) and model["trees"]
    for tree in model["trees"]:
        sizes = {len(tree[key]) for key in ("feature", "threshold", "left", "right", "leaf", "value")}
        assert len(sizes) == 1
        assert all(0 <= f < len(model["features"]) for f, leaf in zip(tree["feature"], tree["leaf"]) if not leaf)


def test_every_line_gets_one_vector_of_every_feature():
    lines = page_lines(PAGE)
    vectors = line_features(lines, {9, 10})
    assert len(vectors) == len(lines) and {len(v) for v in vectors} == {len(feature_names(1))}


def test_the_features_of_a_few_lines_are_theirs_on_the_whole_page():
    lines = page_lines(PAGE)
    whole = line_features(lines, {9, 10})
    asked = [len(lines) - 1, 0, 10, 4]  # the edges, and lines whose neighbours are prior lines
    assert line_features(lines, {9, 10}, rows=asked) == [whole[i] for i in asked]


def test_paragraphs_are_likely_body_and_menus_and_footers_are_not():
    lines = page_lines(PAGE)
    probabilities = dict(zip((line.text for line in lines), body_probabilities(lines, (set(),), shipped(COPY_MODEL))))
    paragraphs = [text for text in probabilities if len(text.split()) > 20]
    assert len(paragraphs) == 4 and all(probabilities[text] > 0.5 for text in paragraphs)
    for furniture in ("Skip to content", "Sport", "Sign in", "Related stories", "Facebook", "© 2025 The Old Town Gazette. All rights reserved."):
        assert probabilities[furniture] < 0.2, furniture


def test_the_page_reads_as_its_article():
    page = find_article_in_copy(PAGE)
    assert page.title == "Council approves new cycle lanes for the old town"
    texts = [block.text for block in page.blocks]
    assert texts[0].startswith("The town council approved") and texts[-1].startswith("A cyclists' group")
    assert len(texts) == 4


def test_a_promotion_set_above_and_below_the_article_and_a_click_here_line_are_no_body():
    promotion = "Cup draw: the semi-final ties are set, with the first legs in January. Click here for the latest odds."
    lines = PAGE.split("\n")
    first = lines.index(next(line for line in lines if line.startswith("The town council approved")))
    last = lines.index(next(line for line in lines if line.startswith("A cyclists' group")))
    lines[last + 1 : last + 1] = ["", promotion, "", "Click here to read more about the lanes."]
    lines[first:first] = [promotion, ""]
    texts = [block.text for block in find_article_in_copy("\n".join(lines)).blocks]
    assert texts[0].startswith("The town council approved") and texts[-1].startswith("A cyclists' group"), texts
    assert not any("Click here" in text for text in texts)


@pytest.mark.parametrize(("probabilities", "by_rules", "body"), [
    # a line the rules took stays unless the model is nearly sure it is no body
    ([0.0, 0.9, 0.08, 0.9, 0.0], [1, 2, 3], [1, 2, 3]),
    ([0.0, 0.9, 0.01, 0.9, 0.0], [1, 2, 3], [1, 3]),
    # a line they left out joins next to the body only when the model says it likely is
    ([0.0, 0.6, 0.9, 0.9, 0.0], [2, 3], [1, 2, 3]),
    ([0.0, 0.3, 0.9, 0.9, 0.0], [2, 3], [2, 3]),
    # a caption the rules left out inside their body does not cut it
    ([0.9, 0.9, 0.05, 0.01, 0.9, 0.9], [0, 1, 4, 5], [0, 1, 4, 5]),
    # likely body beyond furniture outside the rules' body is another part of the page
    ([0.9, 0.9, 0.9, 0.0, 0.0, 0.0, 0.5, 0.5], [0, 1, 2], [0, 1, 2]),
    # without the rules' body, the best stretch of likely body
    ([0.0, 0.1, 0.8, 0.9, 0.1, 0.0], [], [2, 3]),
])
def test_the_body_is_one_stretch_chosen_with_the_rules_as_a_prior(probabilities, by_rules, body):
    assert body_lines(probabilities, by_rules) == body


def test_a_model_that_finds_no_body_leaves_the_rules_reading():
    empty = model_of({"features": feature_names(1), "baseline": -30.0, "trees": []})
    page = find_article_in_copy(PAGE, empty)
    assert page.title == "Council approves new cycle lanes for the old town"
    assert [block.text for block in page.blocks][0].startswith("The town council approved")


def test_a_body_chosen_with_little_confidence_is_doubted():
    assert find_article_in_copy(PAGE).doubts == []
    unsure = model_of({"features": feature_names(1), "baseline": 0.0, "trees": []})  # every line as likely body as not
    page = find_article_in_copy(PAGE, unsure)
    assert page.doubts == ["the reader is unsure which lines of the page are the article"]


def test_a_paragraph_an_advertisement_cut_mid_sentence_is_read_whole():
    page = PAGE.replace(
        "Shop owners had worried that losing parking spaces would cost them customers, but the council agreed",
        "Shop owners had worried that losing parking spaces would cost them customers, but the council agreed\n\nAdvertisement\n",
    )
    body = [block.text for block in find_article_in_copy(page).blocks]
    whole = "Shop owners had worried that losing parking spaces would cost them customers, but the council agreed to build a small car park beside the station instead."
    assert whole in body and "Advertisement" not in body, body


@pytest.mark.parametrize("caption", [
    "A mural on a wall in Mill Lane, east Leeds, is for sale online. Photo / Reuters",
    "Cyclists ride past the council offices on Tuesday. (Photo by Ana Ruiz)",
])
def test_a_caption_whose_credit_closes_it_is_no_body_and_no_key_point(caption):
    lines = PAGE.splitlines()
    at = lines.index("March 4, 2025") + 1
    copy = "\n".join(lines[:at] + ["", caption] + lines[at:])
    texts = [block.text for block in find_article_in_copy(copy).blocks]
    assert caption not in texts and texts[0].startswith("The town council approved")
