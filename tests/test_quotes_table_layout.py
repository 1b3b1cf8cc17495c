"""The quotes tables fit the content column: at a desktop width (1280 px) and a phone width
(390 px) no quotes table is wider than the column or scrolls sideways, and every cell, the
paragraph link included, is inside the visible column (headless Chromium, as in test_browser)."""
import functools
import http.server
import threading

import pytest
from conftest import SEED
from test_browser import _QuietHandler, browser, pytestmark, screenshot, visit  # noqa: F401 (a fixture, the skip mark)
from test_end_to_end import make_project, mkdocs_build

LONG_QUOTES_ARTICLE = """Harbour authority defends dredging plan as fishermen protest

The harbour authority said on Wednesday that its dredging plan for the northern channel would go ahead in the spring despite protests from local fishermen.

"We have consulted widely and the channel must be deepened if the port is to survive the next decade of competition from larger terminals along the coast," said Maria Gonzalez, the authority's chief executive, at a press conference in the harbour office.

Fishermen's association chairman Tom Baker said the plan was "reckless, short-sighted and indifferent to the livelihoods of three hundred families" who depend on the shellfish beds.

"Anyone who doubts us should read https://harbour.example.org/consultations/northern-channel-dredging-2024/responses/full-unabridged-list-of-objections before they judge," said Baker.

The Harbour Gazette
"""
PAGES = {
    "a briefing": ("briefings/putin-russian-forces-to-withdraw-from-syria/", ".briefing-quotes table"),
    "a briefing with a long unbroken word": ("briefings/harbour-authority-defends-dredging-plan-as-fishermen-protest/", ".briefing-quotes table"),
    "an actor page": ("actors/vladimir-putin/", ".actor-quotes table"),
}
# For one table: the content column's width and the table's, every box between them that
# scrolls sideways, and each cell (and the paragraph links) that is not wholly inside the column.
MEASURE = """
const table = document.querySelector(arguments[0]);
const column = table.closest('article');
const inside = column.getBoundingClientRect();
const outside = (element) => {
  const box = element.getBoundingClientRect();
  return box.left < inside.left - 0.5 || box.right > inside.right + 0.5;
};
const scrolling = [];
for (let box = table; box && box !== column; box = box.parentElement) {
  if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') {
    scrolling.push(`${box.tagName}.${box.className} ${box.scrollWidth} > ${box.clientWidth}`);
  }
}
const head = table.querySelector('thead').getBoundingClientRect();
const headersShown = head.width > 1 && head.height > 1;  // not shown where the rows are stacked
const cells = [...table.querySelectorAll('td'), ...(headersShown ? table.querySelectorAll('th') : [])];
const links = [...table.querySelectorAll('a[href*="#p-"]')];
const hidden = links.filter((link) => {
  link.scrollIntoView({block: 'center', inline: 'nearest'});
  return ![...link.getClientRects()].every((box) => {  // each line of it, where it wraps
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit && (hit === link || link.contains(hit));
  });
});
return {
  column: column.clientWidth,
  table: Math.round(table.getBoundingClientRect().width),
  table_scroll: table.scrollWidth,
  page_scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  scrolling: scrolling,
  cells: cells.length,
  rows: table.querySelectorAll('tbody tr').length,
  cells_outside: cells.filter(outside).map((cell) => cell.textContent.slice(0, 40)),
  links: links.length,
  links_outside: links.filter(outside).map((link) => link.textContent),
  links_not_visible: hidden.map((link) => link.textContent),
};
"""


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """The seed and an article with long quotes built with `mkdocs build --strict`, served over HTTP."""
    folder = tmp_path_factory.mktemp("quotes-layout")
    article = folder / "harbour.txt"
    article.write_text(LONG_QUOTES_ARTICLE, encoding="utf-8")
    site = mkdocs_build(make_project(folder, seeds=(SEED, article)))
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(params=[1280, 390], ids=lambda width: f"{width}px")
def width(request, browser):  # noqa: F811
    browser.set_window_size(request.param, 1000)
    yield request.param
    browser.set_window_size(1280, 1000)


@pytest.mark.parametrize("page", list(PAGES))
def test_quotes_table_fits_the_content_column(browser, site_url, width, page):  # noqa: F811
    path, selector = PAGES[page]
    visit(browser, site_url + path)
    assert browser.execute_script("return window.innerWidth") <= width
    layout = browser.execute_script(MEASURE, selector)
    browser.execute_script("document.querySelector(arguments[0]).scrollIntoView()", selector)
    screenshot(browser, f"quotes-{path.strip('/').replace('/', '-')}-{width}")
    assert layout["rows"] >= 2 and layout["cells"] >= 2 * layout["rows"], layout
    assert layout["links"] == layout["rows"], "each row links to its paragraph"
    assert layout["table"] <= layout["column"] and layout["table_scroll"] <= layout["column"], layout
    assert layout["scrolling"] == [], f"the quotes table scrolls sideways: {layout}"
    assert layout["page_scroll"] <= 0, layout
    assert layout["cells_outside"] == [], f"cells outside the content column: {layout}"
    assert layout["links_outside"] == [] and layout["links_not_visible"] == [], f"paragraph links out of sight: {layout}"
