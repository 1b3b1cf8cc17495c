"""The learned headline ranker (`read/headline_model.py`): its candidates, the shipped models,
and the headline it finds on pages written for the test where the hand rules' cues mislead
(furniture followed by the byline, a standfirst under the headline, a page with no `<h1>`
whose `<title>` puts the site's name first)."""
import json
from importlib import resources

import pytest

from generator.read.copied import find_article_in_copy
from generator.read.headline_model import (
    COPY_HEADLINES,
    FEATURES,
    PAGE_HEADLINES,
    Page,
    candidates,
    ranked_headline,
    title_parts,
)
from generator.read.html import read_html
from generator.read.lines import page_lines
from generator.trees import model_of

LEDE = "The harbour board voted on Monday to rebuild the north pier, which storms closed two winters ago."
BODY = [
    LEDE,
    "The work will cost about four million pounds and should be finished before the summer season of the year after next.",
    "Fishing crews, who have had to land their catch at the south quay since the pier closed, said the vote came too late for some.",
    "The board said it would publish the contract for the work in the spring and hold a public meeting before it is signed.",
]


@pytest.mark.parametrize("name", [COPY_HEADLINES, PAGE_HEADLINES])
def test_the_shipped_rankers_are_plain_numbers_for_these_features(name):
    model = json.loads(resources.files("generator.read").joinpath("models", name).read_text(encoding="utf-8"))
    assert model["features"] == FEATURES
    assert isinstance(model["baseline"], float) and model["trees"]
    assert all(0 <= f < len(FEATURES) for tree in model["trees"] for f, leaf in zip(tree["feature"], tree["leaf"]) if not leaf)


def test_a_declared_title_gives_each_part_and_drops_a_trailing_aside():
    parts = title_parts("Coast Courier :: News :: Harbour board votes to rebuild pier (from The Coast Courier)")
    assert "Harbour board votes to rebuild pier" in parts
    assert "Coast Courier" in parts and "News" not in parts  # one word is no headline


def test_each_cell_of_a_tabbed_row_is_a_candidate():
    lines = page_lines("Harbour board votes to rebuild pier\tSave Email Print\n\n" + "\n\n".join(BODY) + "\n")
    page = Page(lines, 1, BODY, [0.0] + [1.0] * len(BODY), None)
    texts = [candidate.text for candidate in candidates(page)]
    assert "Harbour board votes to rebuild pier" in texts and "Save Email Print" in texts


def test_a_model_sure_of_nothing_leaves_the_rules_choice():
    lines = page_lines("Pier vote\n\n" + "\n\n".join(BODY) + "\n")
    unsure = model_of({"features": FEATURES, "baseline": -30.0, "trees": []})
    assert ranked_headline(Page(lines, 1, BODY, [0.0] + [1.0] * len(BODY), "Pier vote"), unsure) == "Pier vote"


def test_a_copy_where_furniture_stands_between_headline_and_byline():
    menu = "\n".join(["Home", "World", "U.S.", "Business", "Technology", "Science", "Health", "Sports", "Opinion", "Arts"])
    text = f"""{menu}
Harbour Board Votes to Rebuild North Pier
Sign In to E-Mail or Save This
Print
Reprints
By RUTH OWENS
Published: March 4, 2025

""" + "\n\n".join(BODY) + "\n\nMore Articles in World\nSite Map\n"
    assert find_article_in_copy(text).title == "Harbour Board Votes to Rebuild North Pier"


def test_a_copy_with_a_standfirst_under_its_headline():
    text = """News
Sport
Thu, March 6, 2025
Harbour board votes to rebuild the north pier
The board backs a four-million-pound plan after two winters of storms.
By Ruth Owens

""" + "\n\n".join(BODY) + "\n"
    assert find_article_in_copy(text).title == "Harbour board votes to rebuild the north pier"


def test_a_saved_page_without_h1_whose_title_puts_the_site_first():
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    page = f"""<html><head><title>Coast Courier :: News :: Harbour board votes to rebuild north pier</title></head>
<body><table><tr><td><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr>
<tr><td><font size="4"><b>Harbour board votes to rebuild north pier</b></font><br>By Ruth Owens<br>{paragraphs}</td></tr>
<tr><td>Ferry fares to rise | Lifeboat crew honoured</td></tr></table></body></html>"""
    assert read_html(page, "pier", "pier.html").title == "Harbour board votes to rebuild north pier"
