"""Saved pages: the page rendered as a browser's copy (`read/page_text.py`), and the extractor's
body checked by the learned page reader (`read/page_body.py`)."""
import json
from importlib import resources

import pytest

import generator.read.html as html_reader
from generator.briefing import Block
from generator.errors import SeedError
from generator.read.html import read_html
from generator.read.line_features import feature_names
from generator.read.line_model import PAGE_MODEL
from generator.read.page_body import checked_body, page_lines_and_prior
from generator.read.page_text import page_text
from generator.trees import model_of

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
    assert checked_body(PAGE, menu, trusting).blocks == menu
    shipped_model = json.loads(resources.files("generator.read").joinpath("models", PAGE_MODEL).read_text(encoding="utf-8"))
    body = [block.text for block in checked_body(PAGE, menu, model_of(shipped_model)).blocks]
    assert body != ["Home", "News"]


def test_a_saved_page_reads_as_its_article():
    article = read_html(PAGE, "pier", "pier.html")
    texts = [block.text for block in article.blocks]
    assert article.title == "Harbour board votes to rebuild north pier"
    assert texts[0] == LEDE and texts[-1].startswith("The board said it would publish")
    assert not any(word in " ".join(texts) for word in ("Ferry fares", "Lifeboat", "Coast Courier", "Sport"))


def test_a_page_the_extractor_finds_nothing_in_is_read_by_the_learned_reader_alone(monkeypatch):
    monkeypatch.setattr(html_reader, "extracted", lambda html: (None, []))
    article = read_html(PAGE, "pier", "pier.html")
    assert LEDE in [block.text for block in article.blocks]
    assert html_reader.EXTRACTOR_FOUND_NONE in article.doubts


def test_a_page_with_no_text_at_all_is_refused_naming_the_file():
    with pytest.raises(SeedError, match="empty.html"):
        read_html("<html><head><title>x</title></head><body><img src='a.png'></body></html>", "empty", "empty.html")


def test_paragraphs_ended_but_never_opened_stay_apart():
    """'Monday.</p>Vardhan': a browser makes an empty paragraph of a `</p>` that closes none;
    read as written, the sentences would be glued ('Monday.Vardhan')."""
    body = "".join(f"Paragraph {n} of the pier story says the board met on Monday to vote on the plan.</p>" for n in range(1, 5))
    page = f"<html><head><title>Pier vote</title></head><body><h1>Pier vote</h1><div>{body}</div></body></html>"
    texts = [block.text for block in read_html(page, "pier", "pier.html").blocks]
    assert "Paragraph 4 of the pier story" in " ".join(texts)
    assert "plan.Paragraph" not in " ".join(texts)


def test_furniture_an_extractor_keeps_above_the_article_is_cut():
    kept = [Block("Home | News | Sport | Weather"), Block("ET"), Block("By Ruth Owens"), Block(LEDE), Block("Pier plans"), Block(LEDE)]
    assert [block.text for block in html_reader.without_leading_furniture(kept)] == [LEDE, "Pier plans", LEDE]
    opening = [Block("A new pier for the north harbour"), Block(LEDE)]  # a standfirst of six words: no furniture
    assert html_reader.without_leading_furniture(opening) == opening


def test_a_headline_glued_to_its_byline_is_no_paragraph_of_the_body():
    """'Harbour board votes to rebuild north pierBy Ruth Owens': two elements of one table cell
    that an extractor read as one block; the headline is the title, the byline no paragraph."""
    glued = [Block("Harbour board votes to rebuild north pierBy RUTH OWENS -- Coast Courier"), Block(LEDE)]
    headlines = ("Harbour board votes to rebuild north pier", None)
    assert [block.text for block in html_reader.without_glued_headline(glued, headlines)] == [LEDE]
    opening = [Block("Harbour board votes to rebuild north pier, the first new pier in forty years, on Monday."), Block(LEDE)]
    assert html_reader.without_glued_headline(opening, headlines) == opening  # a lede that opens with the headline's words


def test_the_site_s_declared_name_is_its_publisher_not_the_wire_it_runs():
    declared = PAGE.replace(
        "<style>",
        '<meta property="og:site_name" content="Coast Courier">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Harbour Wire"}}</script><style>',
    )
    assert read_html(declared, "pier", "pier.html").publisher == "Coast Courier"


def _dated_page(masthead: str, dateline: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in (
        LEDE,
        "The board first planned a new pier under a harbour act of 1935, and again on March 3, 1999, when money ran out.",
        "Fishing crews, who have had to land their catch at the south quay since the pier closed, said the vote came too late.",
        "The board said it would publish the contract for the work in the spring and hold a public meeting before signing it.",
    ))
    return (f"<html><head><title>Harbour board votes to rebuild north pier</title></head><body>"
            f"<div class='masthead'>{masthead}</div><h1>Harbour board votes to rebuild north pier</h1>"
            f"<p class='byline'>By Ruth Owens</p>{dateline}<div>{paragraphs}</div></body></html>")


def test_a_saved_page_s_date_is_its_dateline_not_the_masthead_s_today():
    page = _dated_page("Tuesday, January 15, 2008 | Coast Courier", "<p>Published: January 8, 2008</p>")
    assert read_html(page, "pier", "pier.html").date == "2008-01-08"


def test_a_byline_under_the_standfirst_dates_the_page_not_the_masthead_s_today():
    page = (
        "<html><head><title>Harbour board votes to rebuild north pier</title></head><body>"
        "<div class='masthead'>Wednesday, 16 January 2008</div><h1>Harbour board votes to rebuild north pier</h1>"
        "<p class='standfirst'>A harbour board has voted to rebuild the pier that storms closed two winters ago, at last.</p>"
        "<div class='author'>By Ruth Owens Porthaven | Monday, 14 January, 2008</div>"
        f"<div>{''.join(f'<p>{LEDE} Paragraph {n}.</p>' for n in range(4))}</div></body></html>"
    )
    assert read_html(page, "pier", "pier.html").date == "2008-01-14"


def test_a_saved_page_with_no_dateline_shows_no_date_rather_than_one_its_story_mentions():
    page = _dated_page("Coast Courier", "")
    assert read_html(page, "pier", "pier.html").date is None  # not 1999-03-03, nor 1935


DAM_PARAGRAPHS = [
    "Engineers finished repairs to the Corran Valley dam on Tuesday, two weeks ahead of schedule, the regional water board said.",
    "The dam was drained in March after inspectors found cracks in its northern spillway, and the town of Lesk had been on a hosepipe ban since.",
    "\"The crews worked through the Easter weekend to get this done,\" said board chair Ilse Warrender. \"Lesk will have its water back by Friday.\"",
    "The repairs cost about 4.2 million euros, less than the board had set aside, and the spillway will be inspected again in the autumn.",
    "The board said the northern spillway had last been rebuilt in 1987, and that the cracks were found during a routine survey of the dam's concrete.",
    "Farmers downstream, who had been told to expect lower flows through the summer, will have their full allocation restored from next month.",
    "Residents who had been collecting rainwater said the ban had been hard on their gardens but that they understood the need for it.",
]
DAM_FURNITURE = [
    "HEALTH | MOVIE &amp; TV GUIDE | SUPPLEMENT | BOOKS | WEATHER | STUDENT POST | TRANSPORTATION | CLASSIFIEDS",
    "ABOUT US | SUBSCRIBE | CAREER | ADVERTISE | CONTACT US | TERMS AND CONDITIONS | SITEMAP",
    "Copyright © 1999 – 2008 The Valley Courier. Breaking News, World News.",
]


def test_menus_and_a_copyright_line_the_extractor_keeps_at_the_body_s_end_are_dropped():
    paragraphs = "".join(f"<p>{text}</p>" for text in DAM_PARAGRAPHS + DAM_FURNITURE)
    page = (
        "<html><head><title>Dam repairs finished early - The Valley Courier</title></head><body>"
        "<div id='nav'><a href='/'>Home</a> | <a href='/news'>News</a></div>"
        f"<div class='story'><h1>Dam repairs finished early</h1>{paragraphs}</div></body></html>"
    )
    article = read_html(page, "dam", "dam.html")
    assert [block.text for block in article.blocks] == DAM_PARAGRAPHS


def test_a_long_block_is_split_where_the_page_shows_its_paragraphs():
    """Old table layouts make trafilatura gather an article into one block; the page's own
    lines (as a browser lays them out) give its paragraphs back, so rows link to their own."""
    from generator.briefing import Block
    from generator.read.html_body import as_the_page_shows
    from generator.read.lines import Line

    paragraphs = [
        f"The harbour council met on {day} to discuss the ferry terminal, and members spoke for more than an hour about fares, "
        f"timetables and the cost of the new pier, which has risen by a third since the plans were first drawn up in {year}."
        for day, year in [("Monday", 2019), ("Tuesday", 2020), ("Wednesday", 2021), ("Thursday", 2022)]
    ]
    lines = [Line("Harbour news", True, True), *(Line(text, True, True) for text in paragraphs), Line("Share this", True, True)]
    fused = [Block(" ".join(paragraphs))]
    assert [block.text for block in as_the_page_shows(fused, lines)] == paragraphs
    broken = [Line(paragraphs[0][:80], True, True), Line(paragraphs[0][80:] + " " + " ".join(paragraphs[1:]), True, True)]
    assert as_the_page_shows(fused, broken) == fused, "a page line that ends no sentence is no paragraph's end"
