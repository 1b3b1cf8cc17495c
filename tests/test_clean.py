from generator.briefing import HEADING, PARAGRAPH
from generator.clean import clean_page_text

PAGE = """Skip to main content
The Daily Example
News
Sport
Weather

Council approves new riverside park after long debate

By Jane Roe
Updated March 5, 2024 at 10:12 am

The city council on Tuesday approved plans for a new riverside park, ending a debate that lasted two years.

Advertisement

The park will cover twelve hectares of former industrial land along the river, officials said.

What comes next

Construction is expected to begin in the spring and to last about eighteen months, the council said.

Share this article
Related stories
The Daily Example
© 2024 The Daily Example. All rights reserved.
"""


def test_headline_body_and_publisher_from_copied_page():
    page = clean_page_text(PAGE)
    assert page.title == "Council approves new riverside park after long debate"
    assert page.author == "Jane Roe"
    assert page.publisher == "The Daily Example", "from the copyright line"
    assert page.date == "2024-03-05"
    assert [(b.kind, b.text.split()[0]) for b in page.blocks] == [
        (PARAGRAPH, "The"), (PARAGRAPH, "The"), (HEADING, "What"), (PARAGRAPH, "Construction")
    ]


def test_text_without_prose_keeps_lines_but_drops_boilerplate():
    page = clean_page_text("Skip to content\nShort line one\nShort line two\n")
    assert [b.text for b in page.blocks] == ["Short line one", "Short line two"]
    assert page.title is None


def test_newsletter_blurbs_go_but_news_about_cookies_stays():
    from generator.clean import is_boilerplate

    assert is_boilerplate("Stay up to date with Example News. Subscribe to our newsletter.")
    assert is_boilerplate("You have successfully subscribed. Thank you!")
    assert not is_boilerplate("The new European rules on cookies take effect on Monday, regulators said.")
    assert not is_boilerplate("The company said its subscription numbers rose by a third in the last quarter.")
