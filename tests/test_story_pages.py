"""A story page for an event two publishers tell: its timeline, key points with the publishers
that support them and links to their paragraphs, a quote credited to different speakers flagged,
differing figures with their sources, actors; the briefings link to it; the stories' index and
feed list it; a story of one publisher has no page."""
from generator.build import build
from generator.options import BuildOptions

QUAKE_GAZETTE = """---
title: Earthquake hits Port Alder, twelve missing
publisher: Harbour Gazette
date: 2026-03-03
---
A magnitude 6.1 earthquake struck Port Alder on Tuesday, collapsing the old harbour market and cutting power to the eastern districts.

Rescue teams searched the market ruins overnight. Regional governor Hana Velder said 12 people were missing. "Twelve people are still missing and we will search all night for them," Velder said.
"""
QUAKE_TIMES = """---
title: Port Alder digs through market ruins after quake
publisher: Coast Times
date: 2026-03-04
---
Rescuers in Port Alder dug through the collapsed harbour market on Wednesday after Tuesday's magnitude 6.1 earthquake left the eastern districts without power.

Governor Hana Velder told reporters that 14 people were missing. "Twelve people are still missing and we will search all night for them," said her deputy, Ola Brisk.
"""
FERRY = """---
title: Tidewater to end night ferry crossings
publisher: Coast Times
date: 2026-03-04
---
The Tidewater ferry service will stop its night crossings from March, the operator Tidewater Lines said on Wednesday, blaming falling passenger numbers.

Tidewater Lines chief Mira Osk said the night crossings lost money every month last year.
"""


def test_an_event_two_publishers_tell_gets_a_story_page(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in (("quake-gazette.md", QUAKE_GAZETTE), ("quake-times.md", QUAKE_TIMES), ("ferry.md", FERRY)):
        (seeds / name).write_text(text, encoding="utf-8")
    result = build(BuildOptions(seeds, tmp_path / "docs"))
    assert not result.failures
    stories = tmp_path / "docs" / "stories"
    assert sorted(p.name for p in stories.iterdir()) == ["earthquake-hits-port-alder-twelve-missing", "index.md"]
    page = (stories / "earthquake-hits-port-alder-twelve-missing" / "index.md").read_text(encoding="utf-8")
    assert "2 articles from 2 publishers · 2026-03-03 to 2026-03-04" in page
    assert ('<a href="../../briefings/earthquake-hits-port-alder-twelve-missing/#p-1">Harbour Gazette ¶1</a>, '
            '<a href="../../briefings/port-alder-digs-through-market-ruins-after-quake/#p-1">Coast Times ¶1</a>') in page
    assert "Rescue teams searched the market ruins overnight." in page and "<em>only Harbour Gazette reports this</em>" in page
    assert "<em>only Coast Times reports this</em>" not in page, "the Gazette's paragraph 2 says it too, with another figure"
    assert "<strong>Disputed:</strong> Hana Velder (Harbour Gazette); Ola Brisk (Coast Times)" in page
    assert "<strong>12</strong>" in page and "<strong>14</strong>" in page and "people were missing" in page
    assert "[Hana Velder](../../actors/hana-velder/index.md)" in page
    assert "Tidewater" not in page
    briefing = (tmp_path / "docs" / "briefings" / "port-alder-digs-through-market-ruins-after-quake" / "index.md").read_text(encoding="utf-8")
    assert "Part of the story [Earthquake hits Port Alder, twelve missing](../../stories/" in briefing
    ferry = (tmp_path / "docs" / "briefings" / "tidewater-to-end-night-ferry-crossings" / "index.md").read_text(encoding="utf-8")
    assert "Part of the story" not in ferry, "one publisher's story has no page"
    index = (stories / "index.md").read_text(encoding="utf-8")
    assert "Harbour Gazette, Coast Times" in index and "Tidewater" not in index
    feed = (tmp_path / "docs" / "stories.xml").read_text(encoding="utf-8")
    assert feed.count("<item>") == 1 and "stories/earthquake-hits-port-alder-twelve-missing/" in feed
