"""Which names may stand on an actor card: the check alone, then in an analysed article."""
import pytest

from generator.analyse.actors.card_names import card_problem, heading_name


@pytest.mark.parametrize(
    ("name", "kind", "problem"),
    [
        ("Lt", "person", "a title alone"),
        ("Cmdr.", "person", "a title alone"),
        ("the President", "person", "a title alone"),
        ("We", "person", "a pronoun"),
        ("HIM", "organisation", "a pronoun"),
        ("company", "organisation", "a description"),
        ("one research firm", "organisation", "a description"),
        ("a group of rabbis", "organisation", "a description"),
        ("Two people", "group", "a description"),
        ("Obama’s 2008", "organisation", "a date"),
        ("New Hampshire 2000", "place", "a date"),
        ("2019", "organisation", "a date"),
        ("Featured February 6, 2016 10:37PM", "organisation", "a date"),
        ("Twitter @IanHanchett", "person", "page furniture"),
        ("NEWSLETTER", "organisation", "page furniture"),
        ("https://t.co/KR4767EKcx", "organisation", "a link"),
        ("bit.ly/1rqqk8R.", "person", "a link"),
        ("Washington Post Assembles A Sizable Army Of Reporters To Take Down The Story", "organisation", "a clause, not a name"),
    ],
)
def test_junk_names_get_no_card(name, kind, problem):
    assert card_problem(name, kind) == problem


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Vladimir Putin", "person"),
        ("al-Qaida", "organisation"),
        ("iPhone", "organisation"),
        ("Gawker.com", "organisation"),  # a site's name, not a link
        ("G20", "organisation"),
        ("US officials", "group"),
        ("officials", "group"),
        ("police", "organisation"),
        ("Philadelphia 2016 Host Committee", "organisation"),
        ("Syria’s opposition", "group"),
    ],
)
def test_names_and_kept_groups_get_a_card(name, kind):
    assert card_problem(name, kind) is None


def test_two_names_of_the_article_glued_are_no_card():
    assert card_problem("IlhanOmar", "person", frozenset({"Ilhan", "Omar"})) == "two names glued"
    assert card_problem("YouTube", "organisation", frozenset({"Ilhan", "Omar"})) is None


def test_a_quote_whose_speaker_has_no_card_is_shown_with_the_words_only(analyse_text):
    briefing = analyse_text(
        "Residents packed the hall on Monday.\n\n"
        "“The water has been brown for a month,” said one research firm that studied the pipes."
    )
    assert not any(actor.name == "one research firm" for actor in briefing.actors)
    quote = next(q for q in briefing.quotes if "brown for a month" in q.quote)
    assert quote.speaker_id is None and quote.speaker_name is None
    assert {q.speaker_id for q in briefing.quotes} <= {a.id for a in briefing.actors} | {None}


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("al-Nusra Front", "Al-Nusra Front"),  # a heading opens like a sentence
        ("de Gaulle", "De Gaulle"),
        ("pro-Islamic State", "pro-Islamic State"),  # a label, no particle
        ("eBay", "eBay"),  # a brand cased on purpose
        ("officials", "officials"),  # an unnamed group: no proper word to capitalise
        ("Syria", "Syria"),
    ],
)
def test_a_card_heading_capitalises_a_name_that_opens_with_a_small_particle(name, heading):
    assert heading_name(name) == heading


def test_a_lone_lower_case_consonant_ends_a_name(nlp):
    """A scorecard's 'Kellan b Morrow 23' (bowled by) is read by the model as one name; the name
    ends before the letter."""
    from generator.analyse.actors.spans import trim

    doc = nlp("Harbour Town 245 (Kellan b Morrow 23, Dorsey c Pike b Morrow 11).")
    joined = [ent for ent in doc.ents if " b " in ent.text]
    assert joined, "the model no longer joins the names: the test needs another line"
    assert [trim(ent).text for ent in joined] == ["Kellan", "Dorsey"][: len(joined)]
