"""The `.md` links of the generated raw HTML resolve like MkDocs resolves Markdown links."""
from generator.links import resolve_links

URLS = {"actors/vladimir-putin.md": "../../actors/vladimir-putin/", "briefings/story.md": "../story/"}


def test_page_links_resolve_relative_to_the_page_and_keep_their_fragment():
    html = '<a href="../actors/vladimir-putin.md">P</a> <a href="story.md#p-3">3</a> <a href="#p-2">2</a>'
    resolved, missing = resolve_links(html, "briefings/other.md", URLS.get)
    assert resolved == '<a href="../../actors/vladimir-putin/">P</a> <a href="../story/#p-3">3</a> <a href="#p-2">2</a>'
    assert missing == []


def test_a_link_to_a_missing_page_is_reported_and_left_alone():
    html = '<a href="../actors/nobody.md">N</a>'
    resolved, missing = resolve_links(html, "briefings/other.md", URLS.get)
    assert resolved == html and missing == ["actors/nobody.md"]


def test_external_and_non_page_links_are_not_touched():
    html = '<a href="https://example.com/a.md">x</a> <a href="data.json">d</a> <a href="mailto:a@b.md">m</a>'
    assert resolve_links(html, "briefings/other.md", URLS.get) == (html, [])
