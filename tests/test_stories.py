"""Stories: articles of one event from several publishers share a story; similar events, and one
subject on days far apart, do not; adding a later article changes no earlier story."""
from generator.briefing import Article, Block, Briefing, KeyPoint, Quote
from generator.stories.grouping import GroupingSettings, StoryIndex, StoryText, group
from generator.stories.story import find_stories

QUAKE_A = [
    "A magnitude 6.1 earthquake struck near Port Alder on Tuesday, collapsing the old harbour market and cutting power to the eastern districts.",
    "Rescue teams in Port Alder searched the market ruins overnight; the regional governor Hana Velder said twelve people were missing.",
]
QUAKE_A2 = [
    "Rescuers in Port Alder dug through the collapsed harbour market after Tuesday's magnitude 6.1 earthquake left the eastern districts without power.",
    "Governor Hana Velder told reporters that twelve people were still missing in Port Alder.",
]
QUAKE_B = [
    "A magnitude 5.4 earthquake shook the mountain town of Kessary on Tuesday, damaging a school and a bridge over the Orrin river.",
    "In Kessary, mayor Tomas Quill said the school had been empty and nobody was hurt when the bridge cracked.",
]
FERRY = [
    "The Tidewater ferry service will stop its night crossings from March, the operator Tidewater Lines said, blaming falling passenger numbers.",
    "Tidewater Lines chief Mira Osk said the night crossings lost money every month last year.",
]


def text(article_id: str, headline: str, paragraphs: list[str], date: str | None = "2026-03-03") -> StoryText:
    return StoryText(article_id, headline, tuple(paragraphs), date)


def test_one_event_told_by_several_publishers_is_one_story_and_a_similar_event_another():
    stories = group([
        text("a", "Earthquake hits Port Alder, twelve missing", QUAKE_A),
        text("b", "Port Alder digs through market ruins after quake", QUAKE_A2),
        text("c", "Quake damages school and bridge in Kessary", QUAKE_B),
        text("d", "Tidewater to end night ferry crossings", FERRY),
    ])
    assert stories["a"] == stories["b"]
    assert len({stories["a"], stories["c"], stories["d"]}) == 3


def test_articles_on_one_subject_further_apart_than_the_window_are_different_stories():
    same_day = [
        text("a", "Earthquake hits Port Alder, twelve missing", QUAKE_A, "2026-03-03"),
        text("b", "Port Alder digs through market ruins after quake", QUAKE_A2, "2026-03-03"),
    ]
    assert len(set(group(same_day).values())) == 1
    weeks_apart = [same_day[0], text("b", "Port Alder digs through market ruins after quake", QUAKE_A2, "2026-03-20")]
    assert len(set(group(weeks_apart).values())) == 2
    next_day = [same_day[0], text("b", "Port Alder digs through market ruins after quake", QUAKE_A2, "2026-03-04")]
    assert len(set(group(next_day, GroupingSettings(window_days=0)).values())) == 2, "the window is a setting"


def test_adding_a_later_article_changes_no_earlier_story_and_the_order_given_does_not_matter():
    articles = [
        text("a", "Earthquake hits Port Alder, twelve missing", QUAKE_A),
        text("c", "Quake damages school and bridge in Kessary", QUAKE_B),
        text("d", "Tidewater to end night ferry crossings", FERRY),
    ]
    before = group(articles)
    index = StoryIndex()
    for article in sorted(articles, key=lambda t: t.id):
        index.add(article)
    joined = index.add(text("b", "Port Alder digs through market ruins after quake", QUAKE_A2))
    assert {k: v for k, v in index.story_of.items() if k != "b"} == before
    assert joined == before["a"]
    assert group(list(reversed(articles))) == before


def briefing(source: str, publisher: str, headline: str, paragraphs: list[str], points: list[str], quotes=()) -> Briefing:
    article = Article(source, source, headline, [Block(p) for p in paragraphs], publisher=publisher, date="2026-03-03")
    return Briefing(article, [KeyPoint(p, n + 1) for n, p in enumerate(points)], [], list(quotes))


def test_a_story_merges_what_its_publishers_share_and_keeps_what_one_alone_reports():
    said = "Twelve people are still missing and we will search all night for them"
    first = briefing("a.txt", "Harbour Gazette", "Earthquake hits Port Alder, twelve missing", QUAKE_A,
                     ["A magnitude 6.1 earthquake struck Port Alder on Tuesday, collapsing the harbour market.",
                      "The governor said twelve people were missing."],
                     [Quote(said, "Hana Velder", "x", "said", "direct", 2, speaker_name="Hana Velder")])
    second = briefing("b.txt", "Coast Times", "Port Alder digs through market ruins after quake", QUAKE_A2,
                      ["The magnitude 6.1 earthquake in Port Alder on Tuesday collapsed the harbour market.",
                       "The governor said fourteen people were missing, police said 14 people were hurt."],
                      [Quote(said + ".", "the governor's aide", "y", "said", "direct", 2, speaker_name="Ola Brisk")])
    (story,) = find_stories([first, second])
    assert story.title == "Earthquake hits Port Alder, twelve missing" and story.publishers == ["Harbour Gazette", "Coast Times"]
    shared = story.points[0]
    assert shared.publishers == ["Harbour Gazette", "Coast Times"] and [s.paragraph for s in shared.sources] == [1, 1]
    assert [p.publishers for p in story.points[1:]] == [["Harbour Gazette"], ["Coast Times"]], "no paragraph of the other says these"
    (quote,) = story.quotes
    assert quote.publishers == ["Harbour Gazette", "Coast Times"] and quote.disputed


def test_a_quote_no_publisher_attributes_is_unattributed_not_disputed():
    words = "We will search all night for every one of them"
    first = briefing("a.txt", "Harbour Gazette", "Earthquake hits Port Alder", QUAKE_A, [], [Quote(words, None, None, "said", "direct", 2)])
    second = briefing("b.txt", "Coast Times", "Port Alder digs through ruins after quake", QUAKE_A2, [], [Quote(words, None, None, "said", "direct", 2)])
    (story,) = find_stories([first, second])
    (quote,) = story.quotes
    assert quote.speaker is None and not quote.disputed and quote.publishers == ["Harbour Gazette", "Coast Times"]


def test_figures_differ_only_for_the_same_thing_and_never_for_clock_times():
    first = briefing("a.txt", "Harbour Gazette", "Quake", ["Posted 10:04 PM ET local time. Officials said 12 people were missing."], [])
    second = briefing("b.txt", "Coast Times", "Quake", ["Posted 8:44 PM ET local time. Officials said 14 people were missing and 3 roads were closed."], [])
    (story,) = find_stories([first, second], GroupingSettings(threshold=0.01))
    assert [(f.context, sorted(f.values)) for f in story.figures] == [("people were missing", ["12", "14"])]


def test_on_a_new_site_two_long_reports_of_one_event_share_a_story():
    # more distinct words each than grouping keeps of an article: the words they share must not
    # fall out of the strongest terms because a handful of articles makes every word look rare
    first = text("a", "Velder orders inquiry into Port Alder market collapse", [
        "Governor Hana Velder ordered an independent inquiry on Tuesday into the collapse of the Port Alder harbour market, "
        "where twelve stallholders remain missing after the magnitude 6.1 earthquake.",
        "Engineers had warned the council in 2019 that the market's timber piles were rotting, according to minutes seen by "
        "local reporters, and a repair budget was twice postponed by the finance committee.",
        "Families gathered outside the cordon through the night while divers from the coastguard searched the flooded cellars.",
    ])
    second = text("b", "Port Alder: inquiry ordered as families wait", [
        "An inquiry into why the Port Alder harbour market fell during Tuesday's earthquake was announced by Governor Hana Velder, "
        "as relatives of the twelve missing stallholders waited beside the police cordon.",
        "Council papers show inspectors flagged decaying piles beneath the market years ago; opposition councillors accused the "
        "finance committee of shelving the repairs.",
        "Coastguard divers spent the night in the flooded cellars, officials said.",
    ])
    other = text("c", "Kessary bridge reopens after repairs", QUAKE_B)
    stories = group([first, second, other])
    assert stories["a"] == stories["b"] != stories["c"]


def test_a_point_another_publisher_may_tell_in_its_own_words_is_not_called_one_publishers_only():
    first = briefing("a.txt", "Harbour Gazette", "Earthquake hits Port Alder, twelve missing", QUAKE_A + [
        "Governor Hana Velder asked the council to rebuild the harbour market before winter, promising state money for the timber piles."],
        ["Governor Hana Velder asked the council to rebuild the harbour market before winter, promising state money for the timber piles.",
         "Rescue teams searched the market ruins overnight."])
    second = briefing("b.txt", "Coast Times", "Port Alder digs through market ruins after quake", QUAKE_A2 + [
        "The harbour market must stand again before the storms, Velder told councillors, and the state will pay."], [])
    (story,) = find_stories([first, second], GroupingSettings(threshold=0.01))
    rebuild, searched = story.points
    assert rebuild.publishers == ["Harbour Gazette"] and rebuild.only_publisher is None, "the Times may say it in its own words"
    assert searched.only_publisher == "Harbour Gazette"
