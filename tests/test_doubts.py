"""Text that may not be one article is built, warned about, marked on its page, and fails --strict."""
import json

import pytest
from click.testing import CliRunner

from generator.briefing import HEADING, Block
from generator.cli import main
from generator.read.doubts import body_doubts, comment_doubt
from generator.read.seeds import read_seed

SENTENCE = "The harbour authority said on Tuesday that the old ferry terminal would stay open until the new one is finished."
ARTICLE = "\n\n".join(
    [
        "Ferry terminal to stay open until 2027",
        "By Jo Bell",
        "Published 4 March 2026",
        *(f"{SENTENCE} Paragraph {n} goes on to say what the council, the unions and the ferry operators made of it." for n in range(6)),
        "© 2026 Harbour Gazette Ltd. All rights reserved.",
    ]
)
# What a browser copies from a story's comment section: names, time stamps, reply buttons.
COMMENTS = """Comments

GreenFan88 says:
3 hours ago
I cannot believe the council approved this plan again, after everything the residents said at the meeting last spring and summer.
Reply · 12 likes

harbourwatcher says:
2 hours ago
They never listen to anyone. The same thing happened with the bridge and nobody was ever held to account for the overruns.
Reply · 3 likes

M. Okafor says:
1 hour ago
Has anyone actually read the proposal? It says the ferry terminal stays open until the new one is finished, which is sensible.
Reply

Dee Ryan says:
45 minutes ago
I read it twice and it does say that, but it also says the fares go up in March for everyone, residents and visitors alike.
Reply · 1 like
"""
# A section front: headlines of other stories, one after another, with their time stamps.
LINK_LIST = "\n\n".join(
    f"{headline}\n{n} hours ago"
    for n, headline in enumerate(
        [
            "Council approves harbour plan after long night",
            "Ferry fares to rise by ten percent in March",
            "New bridge opening delayed again, say engineers",
            "Fishermen protest at quota cuts outside city hall",
            "Storm warning for the coast on Friday night",
            "Harbour school wins national science prize",
            "Lifeboat crew rescue two from capsized yacht",
        ],
        start=1,
    )
)
PAYWALL = (
    "Ferry terminal to stay open until 2027\n\n"
    "The harbour authority said on Tuesday that the old ferry terminal would stay open until the new one is finished.\n\n"
    "Subscribe to continue reading. Already a subscriber? Sign in to continue with your account and read the whole story.\n"
)


def _read(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_seed(path)


def test_an_article_raises_no_doubt(tmp_path):
    assert _read(tmp_path, "article.txt", ARTICLE).doubts == []


def test_reader_comments_are_doubted(tmp_path):
    doubts = _read(tmp_path, "comments.txt", COMMENTS).doubts
    assert any("looks like reader comments" in doubt for doubt in doubts)


def test_a_list_of_links_is_doubted(tmp_path):
    doubts = _read(tmp_path, "section.txt", LINK_LIST).doubts
    assert any("list of links or teasers" in doubt for doubt in doubts)


def test_a_paywall_stub_is_doubted(tmp_path):
    doubts = _read(tmp_path, "stub.txt", PAYWALL).doubts
    assert any("paywall" in doubt for doubt in doubts)
    assert any("too short" in doubt for doubt in doubts)


def test_a_list_inside_an_article_is_no_doubt():
    """An article with a few list items between long paragraphs reads as prose, not as a list."""
    blocks = [Block(f"{SENTENCE} It is the longest paragraph of the story by some way, and it says why.")] * 4
    blocks += [Block("Tickets from the harbour office", HEADING), Block("Monday to Friday"), Block("Saturday mornings")]
    blocks += [Block("Opening hours at the terminal"), Block("Fares for residents")]
    assert body_doubts(blocks) == []


def test_comment_buttons_must_be_many_to_count():
    lines = [SENTENCE, "Reply", SENTENCE, SENTENCE, SENTENCE]
    assert comment_doubt(lines, paragraphs=4) is None
    assert comment_doubt(lines + ["Reply", "2 days ago"], paragraphs=4) is not None


def test_sports_scores_are_not_comment_likes():
    lines = [f"Harbour ({n}-0): Bell {n + 20} points, Ryan {n + 9} points." for n in range(6)]
    assert comment_doubt(lines, paragraphs=6) is None


def test_a_short_markdown_seed_is_no_doubt(tmp_path):
    """Markdown is written by the user, not extracted from a page: it is taken as given."""
    assert _read(tmp_path, "note.md", "# Fares rise\n\nFerry fares rise by ten percent in March.\n").doubts == []


def test_build_warns_marks_the_page_counts_warnings_and_strict_fails(tmp_path):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "comments.txt").write_text(COMMENTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--docs", str(docs), "--no-cache"])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if line.startswith("warning: comments.txt:")]
    assert any("looks like reader comments" in line for line in warned)
    assert not any(line.startswith("warning: article.txt") for line in result.output.splitlines())
    count = len([line for line in result.output.splitlines() if line.startswith("warning:")])
    assert f"0 failed, {count} warning{'s' * (count != 1)}" in result.output
    page = next(path for path in (docs / "briefings").glob("*/index.md") if "comments.txt" in path.read_text(encoding="utf-8"))
    assert '!!! warning "This may not be the article"' in page.read_text(encoding="utf-8")
    article_page = next(path for path in (docs / "briefings").glob("ferry-terminal*/index.md"))
    assert "This may not be the article" not in article_page.read_text(encoding="utf-8")
    strict = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--docs", str(docs), "--no-cache", "--strict"])
    assert strict.exit_code == 1
    (seeds / "comments.txt").unlink()
    clean = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--docs", str(docs), "--no-cache", "--strict"])
    assert clean.exit_code == 0, clean.output
    assert "0 failed, 0 warnings" in clean.output


def test_export_carries_the_doubts(tmp_path):
    (tmp_path / "comments.txt").write_text(COMMENTS, encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["export", str(tmp_path / "article.txt"), str(tmp_path / "comments.txt"), "-o", str(output)])
    assert result.exit_code == 0, result.output
    article, comments = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert article["reading_doubts"] == []
    assert any("reader comments" in doubt for doubt in comments["reading_doubts"])


def _every_line_alone(text: str) -> str:
    """The other copy style (an HTML-to-text library's): a blank line after every line."""
    return "\n\n".join(line for line in text.splitlines() if line.strip())


@pytest.mark.parametrize(
    "text, reason",
    [(COMMENTS, "reader comments"), (LINK_LIST, "list of links or teasers"), (PAYWALL, "paywall")],
)
def test_doubts_hold_in_the_other_copy_style(tmp_path, text, reason):
    assert any(reason in doubt for doubt in _read(tmp_path, "page.txt", _every_line_alone(text)).doubts)
    assert _read(tmp_path, "article.txt", _every_line_alone(ARTICLE)).doubts == []


def test_a_body_mostly_in_lines_the_page_reader_finds_furniture_is_doubted():
    from generator.read.doubts import unsure_lines_doubt
    from generator.read.lines import Line
    from generator.read.page_body import PageReading

    article = "The harbour board approved the dredging plan on Monday after a four-hour meeting in the town hall."
    teaser = "More from the coast: ferry fares, weather warnings and the best beaches to visit this summer in the bay."
    lines = [Line(text, False, True) for text in (article, teaser, teaser + " Also read our guide.")]
    reading = PageReading([Block(article), Block(teaser), Block(teaser + " Also read our guide.")], lines, [0.9, 0.2, 0.3])
    assert reading.unsure_share() > 0.6
    assert unsure_lines_doubt(reading.unsure_share()) is not None
    sure = PageReading([Block(article)], lines, [0.9, 0.2, 0.3])
    assert sure.unsure_share() == 0.0 and unsure_lines_doubt(sure.unsure_share()) is None


WIRE_ITEMS = "\n\n".join(
    f"{headline}\n\n{place}, Jan 15 (Harbour Wire): {lede} Officials said more would be known by the end of the week."
    for headline, place, lede in [
        ("Ferry terminal to stay open until 2027", "Port Hope", "The harbour authority said the old ferry terminal will stay open until the new one is finished next year."),
        ("Fishermen protest at quota cuts", "Northby", "Some two hundred fishermen marched on the town hall on Tuesday to protest against cuts to the cod quota."),
        ("Lifeboat crew rescue two from yacht", "Kelso Bay", "A lifeboat crew rescued two sailors from a capsized yacht off the point in heavy seas late on Monday."),
        ("Harbour school wins science prize", "Port Hope", "Pupils of the harbour school won the national science prize with a study of the estuary's tides and silt."),
    ]
)


@pytest.mark.parametrize("name", ["items.txt", "items.html"])
def test_the_openings_of_several_stories_are_doubted(tmp_path, name):
    """A list of wire items, each with its dateline, is several stories, not one article."""
    text = WIRE_ITEMS if name.endswith(".txt") else "<html><body><h1>Wire</h1>" + "".join(f"<p>{part}</p>" for part in WIRE_ITEMS.split("\n\n")) + "</body></html>"
    doubts = _read(tmp_path, name, text).doubts
    assert any("opens several stories (4 datelines)" in doubt for doubt in doubts)


def test_an_article_with_one_more_dateline_is_no_doubt():
    """A story that quotes one wire item (or a page that prints its article twice) has two."""
    blocks = [Block(f"PORT HOPE (Harbour Wire) - {SENTENCE}")] + [Block(SENTENCE)] * 4
    blocks += [Block(f"Northby, Jan 15 (Harbour Wire): {SENTENCE}")] + [Block(SENTENCE)] * 2
    assert body_doubts(blocks) == []
