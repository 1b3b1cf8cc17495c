"""The story scorer's parts: what an article's features say of a story, the trees walked level by
level (a leaf reached early stays put), and the index choosing by the scorer it is given."""
import math
from collections import Counter

import pytest

from generator.stories.grouping import GroupingSettings, StoryIndex, StoryText
from generator.stories.likeness import (
    FEATURES,
    NO_VALUE,
    Frequencies,
    Member,
    common_names_of,
    likeness_row,
    vectors_of,
    words_of,
)
from generator.trees import model_of, tree_probabilities

HARBOUR = ("Governor Hana Velder said rescuers in Port Alder searched the harbour market.",)
MOUNTAIN = ("In Kessary the mayor Tomas Quill said the bridge had cracked.",)


def features_against(first: tuple, second: tuple, headline: str = "") -> dict[str, float]:
    frequencies = Frequencies()
    words = [words_of(headline, first), words_of("", second)]
    for each in words:
        frequencies.add(each)
    rarities = frequencies.rarities(words[0])
    member = Member("b", vectors_of(words[1], frequencies.rarities(words[1])), None)
    story_names = Counter(words[1].names.keys())
    common = common_names_of(story_names, 1)
    row = likeness_row(words[0], vectors_of(words[0], rarities), [member], story_names, common, 0.3, 0.3, NO_VALUE, rarities)
    return dict(zip(FEATURES, row))


def test_names_the_story_shares_count_and_names_it_lacks_do_not():
    same = features_against(HARBOUR, ("Governor Hana Velder visited Port Alder.",))
    other = features_against(HARBOUR, MOUNTAIN)
    assert same["names shared"] == 1.0 and same["rare names shared"] == 1.0
    assert other["names shared"] == 0.0 and other["story names named"] == 0.0
    assert same["highest cosine"] > other["highest cosine"]


def test_a_part_missing_on_either_side_has_no_cosine_rather_than_zero():
    features = features_against(HARBOUR, HARBOUR, headline="Port Alder searches its market")
    assert features["headline cosine"] == NO_VALUE, "the story's article has no headline"
    assert features["lede cosine"] == pytest.approx(1.0)
    assert features["days apart in windows"] == NO_VALUE


def test_trees_are_walked_to_their_leaves_however_deep_each_one_is():
    # tree 1: x0 <= 0.5 ? leaf 1.0 : (x1 <= 2 ? leaf -1.0 : leaf 0.5); tree 2: a lone leaf of 0.25
    model = model_of({"features": ["a", "b"], "baseline": 0.1, "trees": [
        {"feature": [0, 0, 1, 0, 0], "threshold": [0.5, 0, 2.0, 0, 0], "left": [1, 0, 3, 0, 0], "right": [2, 0, 4, 0, 0],
         "leaf": [0, 1, 0, 1, 1], "value": [0, 1.0, 0, -1.0, 0.5]},
        {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "leaf": [1], "value": [0.25]},
    ]})
    rows = [[0.0, 9.0], [1.0, 1.0], [1.0, 3.0]]
    expected = [1 / (1 + math.exp(-(0.1 + value + 0.25))) for value in (1.0, -1.0, 0.5)]
    assert tree_probabilities(model, rows) == pytest.approx(expected)


def test_an_article_joins_the_candidate_the_scorer_likes_enough_and_else_opens_a_story():
    texts = [StoryText("a", "Market collapses in Port Alder", HARBOUR, "2026-03-03"),
             StoryText("b", "Port Alder market searched", HARBOUR, "2026-03-03")]
    eager = StoryIndex(GroupingSettings(threshold=0.5), scorer=lambda rows: [0.9] * len(rows))
    wary = StoryIndex(GroupingSettings(threshold=0.5), scorer=lambda rows: [0.2] * len(rows))
    for index in (eager, wary):
        for text in texts:
            index.add(text)
    assert eager.story_of == {"a": 0, "b": 0}
    assert wary.story_of == {"a": 0, "b": 1}
