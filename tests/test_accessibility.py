"""Accessibility basics of every built page: one h1, headings in order, tables with header
cells, links whose text says where they go, the page's language declared."""
from html.parser import HTMLParser

from test_end_to_end import built_seed_site  # noqa: F401 (a fixture)

VAGUE_LINK_TEXTS = {"here", "click here", "more", "link", "this"}


class PageOutline(HTMLParser):
    """Headings, tables and links inside the page's article (the content MkDocs renders)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.headings: list[int] = []
        self.tables: list[dict] = []
        self.links: list[dict] = []
        self.language = None
        self._link = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.language = attributes.get("lang")
        if tag == "article":
            self.depth += 1
        if not self.depth:
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
        elif tag == "table":
            self.tables.append({"th": 0, "td": 0})
        elif tag in ("th", "td") and self.tables:
            self.tables[-1][tag] += 1
        elif tag == "a" and "href" in attributes:
            self._link = {"href": attributes["href"], "text": "", "label": attributes.get("aria-label") or ""}

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif tag == "a" and self._link is not None:
            self.links.append(self._link)
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link["text"] += data


def outlines(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        outline = PageOutline()
        outline.feed(page.read_text(encoding="utf-8"))
        yield page.relative_to(site).as_posix(), outline


def test_one_h1_and_headings_in_order(built_seed_site):  # noqa: F811
    for page, outline in outlines(built_seed_site):
        assert outline.headings.count(1) == 1 and outline.headings[0] == 1, (page, outline.headings)
        for before, after in zip(outline.headings, outline.headings[1:]):
            assert after <= before + 1, f"{page}: h{before} followed by h{after}"


def test_tables_have_header_cells(built_seed_site):  # noqa: F811
    tables = 0
    for page, outline in outlines(built_seed_site):
        for table in outline.tables:
            tables += 1
            assert table["th"] > 0 and table["td"] > 0, page
    assert tables >= 3


def test_links_say_where_they_go(built_seed_site):  # noqa: F811
    links = [(page, link) for page, outline in outlines(built_seed_site) for link in outline.links]
    for page, link in links:
        name = (link["label"] or link["text"]).strip()
        assert name and name.lower() not in VAGUE_LINK_TEXTS, (page, link)
    paragraph_links = [link for _, link in links if link["href"].startswith("#p-")]
    assert paragraph_links, "the briefing links quotes and key points to their paragraphs"
    for link in paragraph_links:
        number = link["href"][3:]
        assert link["text"] == f"¶{number}" and link["label"] == f"paragraph {number}"


def test_every_page_declares_its_language(built_seed_site):  # noqa: F811
    for page, outline in outlines(built_seed_site):
        assert outline.language == "en", page
