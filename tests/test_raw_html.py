"""The generated raw HTML blocks pass Markdown untouched, and their `.md` links resolve like
MkDocs resolves Markdown links."""
import markdown

from generator.raw_html import lift, mark, resolve_links, restore

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


def to_html(markdown_text: str) -> str:
    """Markdown made to HTML the way the MkDocs hook has it made."""
    lifted, blocks = lift(markdown_text, "placeholder-")
    return restore(markdown.markdown(lifted), "placeholder-", blocks)


def test_marked_blocks_pass_markdown_untouched_and_in_place():
    block = '<div class="cards">\n<p>*not emphasis* and [not a link](x.md)</p>\n</div>'
    page = f"# Title\n\nBefore *this*.\n\n{mark(block)}\n\nAfter.\n"
    assert to_html(page) == f"<h1>Title</h1>\n<p>Before <em>this</em>.</p>\n{block}\n<p>After.</p>"


def test_unmarked_html_and_escaped_markers_are_left_to_markdown():
    page = "<div>hand-written</div>\n\n&lt;!--briefings-html--&gt;\n\ntext\n"
    lifted, blocks = lift(page, "placeholder-")
    assert (lifted, blocks) == (page, [])


def test_every_block_comes_back_once():
    blocks = [f"<p>block {n}</p>" for n in range(12)]
    page = "\n\n".join(mark(block) for block in blocks)
    assert to_html(page) == "\n".join(blocks)
