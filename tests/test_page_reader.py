"""Saved pages: the page rendered as a browser's copy (`read/page_text.py`), and the extractor's
body checked by the learned page reader (`read/page_body.py`)."""
import json
from importlib import resources

from generator.briefing import Block
from generator.read.html import read_html
from generator.read.line_features import feature_names
from generator.read.line_model import PAGE_MODEL, model_of
from generator.read.page_body import checked_body, page_lines_and_prior
from generator.read.page_text import page_text

LEDE = "The harbour board voted on Monday to rebuild the north pier, which storms closed two winters ago."
PAGE = f"""<html><head><title>Harbour board votes to rebuild north pier | Coast Courier</title>
<style>.x {{ color: red }}</style><script>var tracking = "Subscribe now";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div hidden>Sign in to your account to keep reading</div>
<article><h1>Harbour board votes to rebuild north pier</h1>
<p class="byline">By Ruth Owens</p>
<p>{LEDE}</p>
<p>The work will cost about four million pounds and should be finished before the summer season of the year after next.</p>
<p>Fishing crews, who have had to land their catch at the south quay since the pier closed, said the vote came too late for some.</p>
<p>The board said it would publish the contract for the work in the spring and hold a public meeting before it is signed.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Ferry fares to rise</a></li><li><a href="/b">Lifeboat crew honoured</a></li></ul></aside>
<footer><p>&copy; 2025 Coast Courier</p></footer></body></html>"""


def test_a_page_renders_as_a_copy_would_give_it():
    text = page_text(PAGE)
    assert "tracking" not in text and "color: red" not in text and "Sign in to your account" not in text
    assert "Home\n\nNews\n\nSport" in text  # every block a line of its own, a blank line around it
    assert f"\n\n{LEDE}\n\n" in text


def test_the_extractors_lines_are_found_among_the_pages_lines():
    lines, by_extractor = page_lines_and_prior(PAGE, [Block(LEDE)])
    assert [lines[i].text for i in by_extractor] == [LEDE]


def test_a_trusted_extractor_body_stands_and_a_doubted_one_is_replaced():
    trusting = model_of({"features": feature_names(1), "baseline": 30.0, "trees": []})
    menu = [Block("Home"), Block("News")]
    assert checked_body(PAGE, menu, trusting) == menu
    shipped_model = json.loads(resources.files("generator.read").joinpath("models", PAGE_MODEL).read_text(encoding="utf-8"))
    body = [block.text for block in checked_body(PAGE, menu, model_of(shipped_model))]
    assert body != ["Home", "News"]


def test_a_saved_page_reads_as_its_article():
    article = read_html(PAGE, "pier", "pier.html")
    texts = [block.text for block in article.blocks]
    assert article.title == "Harbour board votes to rebuild north pier"
    assert texts[0] == LEDE and texts[-1].startswith("The board said it would publish")
    assert not any(word in " ".join(texts) for word in ("Ferry fares", "Lifeboat", "Coast Courier", "Sport"))
