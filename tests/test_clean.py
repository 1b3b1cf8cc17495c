import pytest

from generator.briefing import HEADING, PARAGRAPH
from generator.read.copied import find_article_in_copy

ARTICLE_BODY = "\n\n".join(
    f"The harbour authority said on Tuesday that the old ferry terminal would stay open, paragraph {n} adds." for n in range(5)
)

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
    page = find_article_in_copy(PAGE)
    assert page.title == "Council approves new riverside park after long debate"
    assert page.author == "Jane Roe"
    assert page.publisher == "The Daily Example", "from the copyright line"
    assert page.date == "2024-03-05"
    assert [(b.kind, b.text.split()[0]) for b in page.blocks] == [
        (PARAGRAPH, "The"), (PARAGRAPH, "The"), (HEADING, "What"), (PARAGRAPH, "Construction")
    ]


def test_text_without_prose_keeps_lines_but_drops_boilerplate():
    page = find_article_in_copy("Skip to content\nShort line one\nShort line two\n")
    assert [b.text for b in page.blocks] == ["Short line one", "Short line two"]
    assert page.title is None


def test_newsletter_blurbs_go_but_news_about_cookies_stays():
    from generator.read.lines import is_boilerplate

    assert is_boilerplate("Stay up to date with Example News. Subscribe to our newsletter.")
    assert is_boilerplate("You have successfully subscribed. Thank you!")
    assert not is_boilerplate("The new European rules on cookies take effect on Monday, regulators said.")
    assert not is_boilerplate("The company said its subscription numbers rose by a third in the last quarter.")


TEASERS_THEN_ARTICLE = """Home
News
Sport
Latest Headlines
Five Best Bakeries In Springfield ReviewedLooking for bread? Our critics tried every bakery in town so you do not have to.
Where To Watch The Fireworks This YearThe city's fireworks return on Saturday with three viewing spots along the river.
Travel
More
SPRINGFIELD GUIDE

Library to stay open until midnight during exam weeks

March 3, 2024 at 9:45 am
Filed Under:Library, Students, Springfield

The Springfield public library will stay open until midnight during the university's exam weeks, its director said on Monday.

Students had asked for longer hours in a petition signed by more than two thousand people last autumn, she said.

Here is what changes:

Opening hours

The reading rooms open at eight in the morning and close at midnight from Monday to Saturday, the library said.

Photo: Springfield Library

The cafe on the ground floor keeps its usual hours, closing at six in the evening every day of the week.

Comments
Advert
SPRINGFIELD GUIDE
"""


def test_menu_teasers_and_the_article_header_are_not_body():
    page = find_article_in_copy(TEASERS_THEN_ARTICLE)
    assert page.title == "Library to stay open until midnight during exam weeks", "not the capitalised label"
    assert page.date == "2024-03-03"
    texts = [b.text for b in page.blocks]
    assert texts[0].startswith("The Springfield public library"), "teasers and the Filed Under line dropped"
    assert "Photo: Springfield Library" not in texts and "Advert" not in texts and "Comments" not in texts


def test_lines_standing_alone_inside_the_article_are_kept():
    blocks = find_article_in_copy(TEASERS_THEN_ARTICLE).blocks
    assert (PARAGRAPH, "Here is what changes:") in [(b.kind, b.text) for b in blocks], "a lead-in ending with a colon"
    assert (HEADING, "Opening hours") in [(b.kind, b.text) for b in blocks]


def test_day_month_year_with_dots_is_a_date():
    page = find_article_in_copy(
        "Minister resigns over housing plan\n\nAnna Berg, Example News\n13.11.2019, 23:06\n\n"
        "The housing minister resigned on Wednesday after her plan for new homes failed in parliament.\n\n"
        "Her party said it would name a successor before the end of the week, a spokesman said.\n"
    )
    assert page.date == "2019-11-13"
    assert page.title == "Minister resigns over housing plan"


RECIPE_WITH_COMMENT_FORM = """Home
Recipes
Blog

Weeknight lentil soup for cold evenings

Posted by Sam Cook | January 12, 2021

This soup takes thirty minutes from chopping board to table and keeps well in the fridge for days.

Lentils need no soaking, which is why they suit a weeknight, and red ones fall apart into a thick broth.

Ingredients

1 onion, 2 carrots and 2 celery sticks, chopped [or a bag of frozen soup vegetables]

200 g red lentils, rinsed

Stock: 1 litre, vegetable or chicken

Simmer everything for twenty minutes, then season.

Freshly chopped parsley on a bowl of lentil soup.
Photo: Sam Cook

Serve with bread.

E-Bikes Are Taking Over The School Run, Survey Finds

In a survey of two thousand parents published this week, a third said they had swapped the car for an

Leave a Reply
Your email address will not be published. Required fields are marked *
Save my name, email, and website in this browser for the next time I comment and for later visits.
By submitting this form you agree to the storage and handling of your data by this website and its partners.
"""


def test_the_article_runs_over_its_list_and_stops_at_the_comment_form():
    page = find_article_in_copy(RECIPE_WITH_COMMENT_FORM)
    texts = [b.text for b in page.blocks]
    assert page.title == "Weeknight lentil soup for cold evenings"
    assert texts[0].startswith("This soup takes thirty minutes")
    assert "200 g red lentils, rinsed" in texts and "Serve with bread." in texts
    assert not any(text.startswith(("Save my name", "By submitting", "Leave a")) for text in texts)


def test_captions_and_other_stories_teasers_are_not_body():
    texts = [b.text for b in find_article_in_copy(RECIPE_WITH_COMMENT_FORM).blocks]
    assert not any("parsley" in text or text.startswith("Photo:") for text in texts)
    assert not any("E-Bikes" in text or "survey of two thousand" in text for text in texts)


def test_a_headline_may_end_like_a_sentence():
    page = find_article_in_copy(
        "News\nSport\nSouth Harbour Times\nWeather\n\n"
        "The ferry is back. Nobody quite believes it.\n\n"
        "Updated Nov 19, 9:41 AM\n\n"
        "The harbour ferry returned to service on Tuesday after eight months of repairs, the operator said.\n\n"
        "Passengers who had switched to the bus said they would wait a week before trusting the ferry again.\n"
    )
    assert page.title == "The ferry is back. Nobody quite believes it."
    assert page.blocks[0].text.startswith("The harbour ferry returned")


def test_a_browser_copy_s_headline_without_blank_lines_is_found():
    page = find_article_in_copy(
        "Skip to content\nHome\nWorld\n\nTop stories of the week\n\n"
        "Markets Today\nThe port of Elmsby reopens after a week of strikes\nBy Dana Kerr\nUpdated Nov 19, 9:41 AM\n\n"
        "The port of Elmsby reopened on Monday after dock workers ended a strike that had lasted a week.\n\n"
        "Shipping companies said it would take several days to clear the ships waiting outside the port.\n\n"
        "Most popular\nA recipe for plum jam\n"
    )
    assert page.title == "The port of Elmsby reopens after a week of strikes"
    assert page.blocks[0].text.startswith("The port of Elmsby reopened")


def test_a_section_name_above_the_headline_is_not_the_headline():
    page = find_article_in_copy(
        "Science & Health\nWhy the winter flu came early this year\nPublished 3 December 2026\n\n"
        "Doctors in the region said the flu season started three weeks earlier than in most years.\n\n"
        "Hospitals have opened extra beds and asked people with mild symptoms to stay at home.\n"
    )
    assert page.title == "Why the winter flu came early this year"


@pytest.mark.parametrize(
    "line, date",
    [
        ("PUBLISHED WED, NOV 20 20194:29 AM EST", "2019-11-20"),  # a copy glues the year to the time
        ("By Tim Childers - Contributor 2019-11-19T12:48:14Z Space", "2019-11-19"),
        ("NOVEMBER 20, 2019", "2019-11-20"),
        ("21/06/2014 Tony Carter All, Books", "2014-06-21"),
        ("06/21/2014", "2014-06-21"),
        ("06/07/2014", None),  # June 7 or July 6: not guessed
        ("BY JANE ROE ON 11/13/19 AT 4:00 PM", "2019-11-13"),  # a two-digit year where a time follows
        ("Score 11/13/19", None),
        ("Nov 19, 2019, 10:31 pm CST", "2019-11-20"),  # a zoned time: the UTC day
        ("Published 11:26 pm EST, Tuesday, November 19, 2019", "2019-11-20"),
        ("Nov. 18, 2019 7:04 pm ET", "2019-11-19"),  # ET in November is EST, UTC-5
        ("July 4, 2019 7:04 pm ET", "2019-07-04"),  # and EDT, UTC-4, in summer
        ("Mon 18 Nov 2019 18.54 GMT", "2019-11-18"),
        ("November 18, 2019 11:03 PM", "2019-11-18"),  # no zone: the day as written
        ("20 November 2019 01:15 AEDT", "2019-11-19"),
    ],
)
def test_dates_as_pages_write_them(line, date):
    assert find_article_in_copy(f"Harbour plan approved\n\n{line}\n\n{ARTICLE_BODY}").date == date


def test_the_date_of_a_dateline_wins_over_one_inside_a_caption():
    caption = ("In this Dec. 12, 2006, file photo made available by the port authority, the old ferry terminal "
               "is seen from the harbour wall at dawn.")
    page = f"Harbour plan approved\n\n{caption}\n\nPublished Monday, November 18, 2019 8:22AM EST\n\n{ARTICLE_BODY}"
    assert find_article_in_copy(page).date == "2019-11-18"


def test_a_pictures_caption_is_no_headline():
    page = (
        "Continue reading the main story\nOld ferry terminal to stay open, harbour authority says\n\n"
        "A long night at city hall ended with a vote.\n\n"
        "The harbour authority's chief at the old ferry terminal last week\nCredit...\nJo Bell/The Harbour Gazette\n\n"
        f"By Ana Swanson\n\n{ARTICLE_BODY}"
    )
    assert find_article_in_copy(page).title == "Old ferry terminal to stay open, harbour authority says"


def test_a_hover_card_never_reaches_the_body():
    page = (
        "Harbour authority keeps the old ferry terminal open\n\n" + ARTICLE_BODY.replace("\n\n", "\n\nRep. Ilhan OmarIlhan "
        "OmarHillicon Valley: Tech giants grilled\n\nTickets for the harbour festival are sold at LiveNation.com from "
        "Friday, Live Nation said on Monday.\n\n", 1)
    )
    texts = [block.text for block in find_article_in_copy(page).blocks]
    assert not any("OmarIlhan" in text for text in texts)
    assert any("LiveNation.com" in text for text in texts), "one glued word (a site's name) is no hover card"


def test_the_headline_above_its_standfirst_is_the_headline():
    page = find_article_in_copy(
        "Opinion\nHarbour\nThe old ferry terminal deserves a second life\nEditorial\n"
        "Closing the terminal would cut the harbour off from the city. The council should think again.\n"
        "Mon 18 Nov 2019 18.54 GMT\n\n"
        "The harbour authority wants to close the old ferry terminal next spring, and the council is ready to agree.\n\n"
        "A second life for the terminal would cost less than a new one, and the ferry crews already know the berths.\n"
    )
    assert page.title == "The old ferry terminal deserves a second life"


def test_a_teaser_above_the_headline_is_not_taken_for_it():
    page = find_article_in_copy(
        "Most read\nLifeboat crew rescue two sailors from a capsized yacht\n"
        "Harbour school wins the national science prize again\n"
        "Ferry operators warn of fare rises after the terminal closes\nBy Dana Kerr\n2 hours ago\n\n"
        "Ferry operators said on Monday that fares would rise once the old terminal closes next spring.\n\n"
        "The operators blamed the longer crossing from the new terminal, which adds twenty minutes each way.\n"
    )
    assert page.title == "Ferry operators warn of fare rises after the terminal closes"


ARTICLE_WITH_A_BOX = """Harbour
Old ferry terminal to stay open until 2027
By Dana Kerr
Published Nov. 19, 2019, 8:41 AM

The harbour authority said on Tuesday that the old ferry terminal would stay open until the new one is finished.

The decision ends months of doubt for the crews and the cafes that depend on the terminal's passengers.

Building the new terminal has taken two years longer than planned, the authority's chief said on Tuesday.

More from Harbour
Fishermen protest at quota cuts outside city hall
Storm warning for the coast on Friday night
Lifeboat crew rescue two from capsized yacht

The authority said the old berths would be repaired over the winter so that the ferries can keep using them.

Passengers will see no change to the timetable, and the fares stay as they are until the move, it said.

Crews said they welcomed the news but wanted a date for the move written into their contracts this time.

The council is to vote on the new terminal's last budget in March, after the public hearing in February.

Leave a comment
Harbour Watcher says:
Good news at last, and about time the authority listened to the crews and the cafes on the quay.
"""


def test_an_article_runs_on_past_a_box_of_links_inside_it():
    page = find_article_in_copy(ARTICLE_WITH_A_BOX)
    texts = [block.text for block in page.blocks]
    assert page.title == "Old ferry terminal to stay open until 2027"
    assert texts[0].startswith("The harbour authority said on Tuesday")
    assert texts[-1].startswith("The council is to vote")
    assert not any("Storm warning" in text or "More from" in text for text in texts)
    assert not any("Good news at last" in text for text in texts)


def test_a_run_after_a_box_with_its_own_byline_is_another_article():
    other = ARTICLE_WITH_A_BOX.replace("Lifeboat crew rescue two from capsized yacht\n", "Lifeboat crew rescue two from capsized yacht\nBy Sam Lee\n")
    texts = [block.text for block in find_article_in_copy(other).blocks]
    assert not (texts[0].startswith("The harbour authority said") and texts[-1].startswith("The council is to vote"))


def test_a_ticker_the_page_repeats_is_not_the_article():
    ticker = " ".join(f"Headline number {n} about the harbour, the ferry and the council runs on here." for n in range(30))
    page = find_article_in_copy(
        f"Breaking News\n{ticker}\n\nFerry terminal to stay open until 2027\nBy Dana Kerr\n\n{ARTICLE_BODY}\n\n"
        f"Follow us\nBreaking News\n{ticker}\n"
    )
    assert page.title == "Ferry terminal to stay open until 2027"
    assert not any("Headline number" in block.text for block in page.blocks)


def test_readers_comments_longer_than_the_article_are_not_taken_for_it():
    comments = "\n\n".join(
        f"reader{n} says:\nNovember 19, 2019 at 6:{10 + n} am\nI have taken this ferry every day for years and the "
        f"crossing from the new terminal will add twenty minutes, which nobody at the council seems to mind, comment {n}."
        for n in range(12)
    )
    page = find_article_in_copy(
        f"Ferry terminal to stay open until 2027\nPosted by Dana Kerr on November 19, 2019, 6:21 AM\n\n{ARTICLE_BODY}\n\n"
        f"Share this:\n12 responses to “Ferry terminal to stay open until 2027”\n{comments}\n"
    )
    assert page.title == "Ferry terminal to stay open until 2027"
    assert page.blocks[0].text.startswith("The harbour authority said")
    assert not any("says:" in block.text or "comment 3" in block.text for block in page.blocks)


def test_lines_standing_alone_above_the_first_paragraph_open_the_body():
    page = find_article_in_copy(
        "High school roundup: Harbour defeats Elmsby to stay unbeaten\nDana Kerr Harbour Gazette\n"
        "Published 2:16 AM EST Nov 20, 2019\nGIRLS BASKETBALL\n\n"
        "Harbour d. Elmsby 70-44\n\nElmsby 14 11 6 15 — 44\n\n"
        "Harbour (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Bean 5 points.\n\n"
        "Elmsby (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points. Upshaw 3 points.\n"
    )
    assert page.title == "High school roundup: Harbour defeats Elmsby to stay unbeaten"
    assert [block.text for block in page.blocks][:2] == ["Harbour d. Elmsby 70-44", "Elmsby 14 11 6 15 — 44"]


def test_a_list_of_dated_stories_between_headline_and_body_is_not_the_headline():
    stories = "\n".join(
        f"AUTO NEWS\n{title}\n\nMay {day}, 2019\n"
        for day, title in enumerate(
            ["Ferry fares to rise by ten percent in March", "The old ferry terminal's cafe closes for the winter",
             "Harbour ferry operator tests an electric engine"], start=10)
    )
    page = find_article_in_copy(
        f"Harbour ferry to run on an electric engine from next spring\nDana Kerr\nNovember 20, 2019 12:32\nMORE STORIES LIKE THIS ONE\n"
        f"{stories}\n"
        "The harbour ferry will run on an electric engine from next spring, its operator said on Tuesday.\n\n"
        "The new engine cuts the ferry's fuel bill by half and makes the crossing quieter, the operator said.\n"
    )
    assert page.title == "Harbour ferry to run on an electric engine from next spring"


def test_a_signature_under_the_article_dates_it_when_its_header_does_not():
    page = find_article_in_copy(f"Harbour plan approved\n\n{ARTICLE_BODY}\n\nWritten by Jane Roe on November 14, 2019\nRelated stories\n")
    assert page.date == "2019-11-14"


@pytest.mark.parametrize(
    ("dateline", "footer", "date"),
    [
        ("Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM", "© 2019 Harbour Gazette. All rights reserved.", "2019-11-19"),
        ("Posted Mar 3, 9:10 PM", "Copyright © 2005-2021 Harbour Gazette", "2021-03-03"),  # the later year of a span
        ("Posted Nov 19, 6:51 AM", "Harbour Gazette, all rights reserved", None),  # no year anywhere: no date
        ("Posted Nov 19", "© 2019 Harbour Gazette", None),  # no time: not a dateline
    ],
)
def test_a_dateline_without_a_year_takes_the_year_of_the_copyright_line(dateline, footer, date):
    page = find_article_in_copy(f"Harbour plan approved\n\n{dateline}\n\n{ARTICLE_BODY}\n\nTerms of use\n{footer}\n")
    assert page.date == date
