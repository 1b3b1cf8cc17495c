import json
import xml.etree.ElementTree as ElementTree

from generator.briefing import Article, Block, Briefing, KeyPoint
from generator.site.feeds import json_feed, rss


def entries():
    evil = Article(id="e", source="e.txt", title="<script>alert(1)</script> & co", blocks=[Block("x")], date="2016-03-14",
                   tags=["Syria"])
    plain = Article(id="p", source="p.txt", title="Plain", blocks=[Block("y")])
    return [(Briefing(evil, [KeyPoint("Putin ordered the withdrawal.", 1)], [], []), "evil"),
            (Briefing(plain, [], [], []), "plain")]


def test_rss_is_well_formed_and_escaped():
    root = ElementTree.fromstring(rss(entries(), "https://news.example/site/").text.split("\n", 2)[2])
    items = root.findall("./channel/item")
    assert [item.findtext("title") for item in items] == ["<script>alert(1)</script> & co", "Plain"]
    assert items[0].findtext("link") == "https://news.example/site/briefings/evil/"
    assert items[0].findtext("pubDate") == "Mon, 14 Mar 2016 00:00:00 +0000"
    assert items[1].find("pubDate") is None


def test_json_feed():
    feed = json.loads(json_feed(entries(), None).text)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["items"][0] == {
        "id": "e.txt", "url": "briefings/evil/", "title": "<script>alert(1)</script> & co",
        "content_text": "Putin ordered the withdrawal.", "date_published": "2016-03-14T00:00:00Z", "tags": ["Syria"],
    }
    assert "home_page_url" not in feed
