import re

from conftest import SEED
from generator.analyse import analyse
from generator.keypoints import DANGLING_OPENERS, point_count, trim_dateline
from generator.readers import read_seed


def test_seed_key_points_are_whole_sentences_of_the_body(nlp):
    article = read_seed(SEED)
    briefing = next(analyse([article], nlp))
    assert 3 <= len(briefing.key_points) <= 6
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


def test_point_count_grows_with_length():
    assert point_count(4) == 3 and point_count(20) == 3 and point_count(60) == 5 and point_count(200) == 6


def test_trim_dateline():
    assert trim_dateline("MOSCOW (Reuters) - Russia said ...") == "Russia said ..."
    assert trim_dateline("(CNN)The storm hit.") == "The storm hit."
    assert trim_dateline("WASHINGTON — The vote failed.") == "The vote failed."
    assert trim_dateline("The vote failed.") == "The vote failed."
