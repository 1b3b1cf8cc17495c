import re

import pytest
from conftest import SEED

from generator.analyse.article import analyse
from generator.analyse.keypoints import find_key_points, trim, trim_dateline
from generator.analyse.nlp import paragraph_sentences
from generator.analyse.settings import KeyPointSettings
from generator.lexicon.keypoints import DANGLING_OPENERS
from generator.read.seeds import read_seed


def test_seed_key_points_tell_the_story(nlp):
    article = read_seed(SEED)
    briefing = next(analyse([article], nlp))
    assert 2 <= len(briefing.key_points) <= 6
    told = " ".join(point.text for point in briefing.key_points)
    assert "Putin on Monday ordered the defence ministry to begin the withdrawal" in told
    assert "Bashar al-Assad agreed on the withdrawal of Russian forces from Syria in a phone call" in told
    assert "US officials said Washington has not yet seen indications" in told
    assert "opposition on Monday, meanwhile, welcomed Russia’s announcement" in told
    for point in briefing.key_points:
        assert point.text in article.blocks[point.paragraph - 1].text
        assert point.text != "Syrian opposition welcomes move"
        first = re.match(r"\W*(\w+)", point.text).group(1).lower()
        assert first not in DANGLING_OPENERS
    assert briefing.key_points[0].text.startswith("Russian President Vladimir Putin on Monday ordered")


def test_points_follow_article_order_and_skip_dangling_openers(analyse_text):
    text = " ".join(
        [
            "WASHINGTON (CNN) -- The Senate passed a bill on Tuesday that would fund the government through March.",
            "It now goes to the House, where its fate is uncertain.",
            "Senate Majority Leader John Thune called the vote a victory for the American people.",
            "But Democrats warned that the bill cuts money for health programs in rural areas.",
            "The House is expected to vote on the bill on Friday afternoon.",
            "Meanwhile, federal agencies began preparing for a possible shutdown next week.",
        ]
    )
    points = [p.text for p in analyse_text(text).key_points]
    assert points[0] == "The Senate passed a bill on Tuesday that would fund the government through March."
    assert all(not p.startswith(("It ", "But ", "Meanwhile")) for p in points)
    assert points == sorted(points, key=text.index)


def test_count_settings(analyse_text):
    subjects = ["The river", "A bridge", "The mayor", "Rescue teams", "Local schools", "The army", "Farmers", "The airport"]
    objects = ["the old town", "the harbour", "three villages", "the main road", "the railway line", "the market"]
    text = " ".join(f"{s} reached {o} on day {i} of the flood in the northern valley." for i, (s, o) in enumerate(zip(subjects * 4, objects * 5)))
    assert KeyPointSettings(count=4).bounds == (4, 4)
    assert KeyPointSettings(minimum=3, maximum=5).bounds == (3, 5)
    with pytest.raises(ValueError):
        KeyPointSettings(minimum=4, maximum=2)
    points = analyse_text(text).key_points
    assert 2 <= len(points) <= 6


def test_near_duplicates_are_not_both_chosen(nlp):
    from generator.analyse.nlp import Paragraphs
    from generator.briefing import Block

    text = (
        "The storm flooded the old harbour district on Sunday night. "
        "The storm flooded the old harbour district on Sunday evening. "
        "Rescue teams evacuated four hundred residents from the area. "
        "The mayor promised money to rebuild the damaged sea wall."
    )
    doc = nlp(text)
    points = find_key_points(doc, [Block(text)], None, Paragraphs(text), settings=KeyPointSettings(count=3))
    assert len([p for p in points if p.text.startswith("The storm flooded")]) == 1


def test_trimming_keeps_what_stands_alone(nlp):
    def trimmed(text):
        return trim(max(nlp(text).sents, key=len))

    assert trimmed("EMI is preparing to cut up to two thousand jobs across its labels, reports said Sunday.") == (
        "EMI is preparing to cut up to two thousand jobs across its labels, reports said Sunday."
    ), "a report keeps its attribution: without it, it would read as a fact"
    assert trimmed("“We will rebuild every house in the valley,” the mayor said.") == (
        "“We will rebuild every house in the valley,” the mayor said."
    ), "a direct quote keeps its speaker"
    assert trimmed("The senator (a Democrat from Ohio) voted against the bill on Tuesday.") == (
        "The senator voted against the bill on Tuesday."
    )
    assert trimmed("WASHINGTON (CNN) -- The Senate passed the spending bill late on Friday, aides said.") == (
        "The Senate passed the spending bill late on Friday, aides said."
    )


def test_trim_dateline():
    assert trim_dateline("MOSCOW (Reuters) - Russia said ...") == "Russia said ..."
    assert trim_dateline("(CNN)The storm hit.") == "The storm hit."
    assert trim_dateline("WASHINGTON — The vote failed.") == "The vote failed."
    assert trim_dateline("PHILADELPHIA ― The delegates cheered.") == "The delegates cheered.", "a horizontal bar, as some sites print the dash"
    assert trim_dateline("The vote failed.") == "The vote failed."


def test_count_comes_from_mkdocs_yml_and_the_command_line(tmp_path):
    import json

    from click.testing import CliRunner

    from generator.cli import main
    from generator.errors import ConfigError
    from generator.options import key_point_settings

    assert key_point_settings({"key_points": {"min": 3, "max": 4}}) == KeyPointSettings(3, 4)
    assert key_point_settings({"key_points": {"count": 5}}).bounds == (5, 5)
    assert key_point_settings({}) == KeyPointSettings()
    with pytest.raises(ConfigError, match="key_points"):
        key_point_settings({"key_points": {"min": 5, "max": 2}})
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["export", str(SEED), "-o", str(output), "--key-points", "5"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(output.read_text())["key_points"]) == 5
    result = CliRunner().invoke(main, ["export", str(SEED), "-o", str(output), "--min-key-points", "4", "--max-key-points", "2"])
    assert result.exit_code == 2 and "minimum <= maximum" in result.output


def test_a_story_of_many_voices_gets_a_point_for_each(analyse_text):
    text = "\n\n".join(
        [
            "The government on Monday raised the national minimum wage by ten percent from January.",
            "The finance ministry said the increase would cost the state about two billion euros a year.",
            "The employers' federation said small firms would struggle to pay the higher wages next year.",
            "Union leaders said the rise was too small to make up for a decade of high inflation.",
            "Opposition parties said the government had delayed the decision for political reasons.",
        ]
    )
    points = " ".join(p.text for p in analyse_text(text).key_points)
    for voice in ("finance ministry said", "employers' federation said", "Union leaders said", "Opposition parties said"):
        assert voice in points


@pytest.mark.parametrize(
    "text, title, bad_start",
    [
        # no key point starts in the middle of a quotation
        ("The harbour board approved the dredging plan on Monday after a four-hour meeting in Port Alder.\n\n"
         "\"They say the port must grow like a business? God help us,\" said Maria Gonzalez, who added that "
         "\"the bay is worth more than any terminal the board could build.\"\n\n"
         "Work on the channel will start in April and last two years, the board said in a statement.",
         "Harbour board approves dredging plan", "God help us"),
        # a numbered note under the article is no key point
        ("The harbour board voted on Monday to rebuild the north pier, which storms closed two winters ago.\n\n"
         "The work will cost about four million pounds and should be finished before next summer.\n\n"
         "(1) Harbour board votes to rebuild the north pier, Coast Courier, 3 January 2008.\n\n"
         "(2) Storms close the north pier for the winter, Coast Courier, 5 December 2006.",
         "Harbour board votes to rebuild north pier", "("),
    ],
)
def test_no_key_point_is_a_piece_of_a_quotation_or_a_note(analyse_text, text, title, bad_start):
    points = [p.text for p in analyse_text(text, title=title).key_points]
    assert points and not any(p.startswith(bad_start) for p in points), points


def test_a_paragraph_s_first_word_is_no_sentence_of_its_own(nlp):
    """After a byline the parser cut 'Toyota' | 'Motor Corp. plans ...' and the key point lost
    the company's name: a paragraph break starts a sentence, and the word after the paragraph's
    first word is told to start none before the parser reads the text."""
    doc = paragraph_sentences(nlp.make_doc("By JANE ROE, Business Writer\n\nToyota Motor Corp. plans a hybrid truck."))
    words = [t.text for t in doc]
    assert doc[words.index("Toyota")].is_sent_start is True
    assert doc[words.index("Motor")].is_sent_start is False
    assert [s.text.strip() for s in nlp(doc.text).sents][:2] == ["By JANE ROE, Business Writer", "Toyota Motor Corp. plans a hybrid truck."]


def test_a_dateline_with_its_region_and_day_is_cut_from_a_key_point(analyse_text):
    text = (
        "PORTHAVEN, West Coast, Dec. 5 — The harbour board voted on Monday to rebuild the north pier, which storms closed.\n\n"
        "The work will cost about four million pounds and should be finished before next summer, the board said."
    )
    points = [point.text for point in analyse_text(text).key_points]
    assert points[0].startswith("The harbour board voted"), points


def test_a_label_set_in_capitals_is_no_key_point(analyse_text):
    """A column's section label ('BEST THING THAT HAPPENED TO THE COUNCIL.') reads as a
    sentence to the parser; it says nothing happened."""
    briefing = analyse_text(
        "BEST THING THAT HAPPENED TO THE COUNCIL.\n\n"
        "The harbour council won its vote on the new ferry terminal on Tuesday, after two years of delays.\n\n"
        "The terminal will open in 2027, the council said, and fares will stay the same until then."
    )
    assert briefing.key_points and not any(point.text.isupper() for point in briefing.key_points)
