"""Generated pages lie in folders of their own and link the same way under every engine."""
import itertools

import pytest
from mkdocs.structure.files import File

from generator.site.urls import (
    page_file,
    page_url,
    placed_links,
    relative_url,
    site_link,
)

FILES = ["index.md", "briefings/index.md", "briefings/x/index.md", "actors/putin/index.md", "archive/2/index.md", "tags.md"]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_urls_are_the_ones_mkdocs_makes(directory_urls):
    files = {path: File(path, "/docs", "/site", directory_urls) for path in FILES}
    for path in FILES:
        assert page_url(path, directory_urls) == files[path].url
    for target, page in itertools.product(FILES, FILES):
        assert relative_url(target, page, directory_urls) == files[target].url_relative_to(files[page])


def test_a_page_lies_in_a_folder_of_its_own_and_index_pages_stay():
    assert page_file("briefings/x.md") == "briefings/x/index.md"
    assert page_file("actors/putin.md") == "actors/putin/index.md"
    assert [page_file(p) for p in ("index.md", "actors/index.md", "briefings/x.json", "feed.xml")] == [
        "index.md", "actors/index.md", "briefings/x.json", "feed.xml"]


def test_html_links_become_final_urls_and_markdown_links_follow_the_file():
    text = ('<a href="../actors/putin.md">P</a> <a href="x.md#p-3">3</a> <a href="#p-2">2</a> '
            '<a href="https://example.org/a.md">e</a>\n[Actors](../actors/index.md) [data](x.json) '
            '[Next](y.md#top) [site](https://example.org/y.md)')
    placed = placed_links(text, "briefings/x.md")
    assert '<a href="../../actors/putin/">P</a> <a href="./#p-3">3</a> <a href="#p-2">2</a>' in placed
    assert '<a href="https://example.org/a.md">e</a>' in placed
    assert "[Actors](../../actors/index.md) [data](../x.json) [Next](../y/index.md#top) [site](https://example.org/y.md)" in placed
    assert '<a href="../../actors/putin/index.html">P</a>' in placed_links(text, "briefings/x.md", directory_urls=False)


def test_the_home_page_links_without_moving():
    assert placed_links('<a href="briefings/x.md">x</a> [By publisher](briefings/index.md)', "index.md") == (
        '<a href="briefings/x/">x</a> [By publisher](briefings/index.md)')


def test_feed_links_are_absolute_under_a_site_url():
    assert site_link("https://example.org/news/", "briefings/x.md") == "https://example.org/news/briefings/x/"
    assert site_link(None, "briefings/x.md") == "briefings/x/"
    assert site_link("https://example.org", "briefings/x.md", directory_urls=False) == "https://example.org/briefings/x/index.html"
