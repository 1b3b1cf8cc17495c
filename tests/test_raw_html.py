"""The generated raw HTML blocks pass Markdown untouched."""
import markdown

from generator.site.raw_html import lift, mark, restore


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
