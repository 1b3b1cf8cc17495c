"""The built site as a reader sees it: headless Chromium against the site served on 127.0.0.1.

Needs Debian's `chromium` and `chromium-driver` (tests/install-browser.sh, run by the README's
test command) and selenium (the `test` extra). Screenshots go to test-artifacts/ (git-ignored).
"""
import functools
import http.server
import shutil
import threading

import pytest
from conftest import ROOT, SEED
from test_end_to_end import make_project, mkdocs_build

webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (pip install -e '.[test]')")
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = pytest.mark.skipif(
    not (shutil.which("chromium") and shutil.which("chromedriver")),
    reason="needs Debian's chromium and chromium-driver (sh tests/install-browser.sh)",
)
ARTIFACTS = ROOT / "test-artifacts"
PAYLOAD_ARTICLE = """Skip to content

Council row over budget <script>window.__pwned = 1</script>

The council said on Monday that the budget <script>window.__pwned = 2</script> would be cut by a tenth next year.

“We have no choice,” said Mayor Jane Roe <img src=x onerror="window.__pwned = 3"> at the meeting on Monday.

Residents called the plan <svg onload="window.__pwned = 4"></svg> a disaster at a public hearing on Tuesday.

The Daily Example
"""


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """The seed and a payload article built with `mkdocs build --strict`, served over HTTP."""
    folder = tmp_path_factory.mktemp("browser")
    payload = folder / "payload.txt"
    payload.write_text(PAYLOAD_ARTICLE, encoding="utf-8")
    site = mkdocs_build(make_project(folder, seeds=(SEED, payload)))
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                     "--disable-background-networking", "--disable-component-update", "--no-first-run"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def visit(browser, url):
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(url)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def console_errors(browser) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def screenshot(browser, name):
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def visible(browser, selector):
    elements = browser.find_elements(By.CSS_SELECTOR, selector)
    return [element for element in elements if element.is_displayed()]


def test_home_page_shows_the_latest_briefings(browser, site_url):
    visit(browser, site_url)
    screenshot(browser, "home")
    assert console_errors(browser) == []
    cards = visible(browser, ".briefing-latest li")
    assert len(cards) == 2
    assert any("Putin: Russian forces to withdraw from Syria" in card.text for card in cards)
    assert browser.title == "Briefings", "the site's name once, not 'Briefings - Briefings'"


def test_briefing_page_shows_key_points_cards_and_quotes(browser, site_url):
    visit(browser, site_url + "briefings/putin-russian-forces-to-withdraw-from-syria/")
    screenshot(browser, "briefing")
    assert console_errors(browser) == []
    assert len(browser.find_elements(By.TAG_NAME, "h1")) == 1
    key_points = visible(browser, ".briefing-key-points li")
    assert 2 <= len(key_points) <= 6 and "Putin" in key_points[0].text
    cards = visible(browser, ".briefing-actors li")
    assert any(card.text.startswith("Vladimir Putin") for card in cards)
    rows = visible(browser, ".briefing-quotes table tbody tr")
    assert len(rows) >= 5
    cell = rows[0].find_element(By.TAG_NAME, "td")
    assert cell.value_of_css_property("border-top-width") != "0px", "the theme styles the quotes table like its own tables"
    putin = next(row for row in rows if "The task that was set" in row.text)
    putin.find_element(By.LINK_TEXT, "¶2").click()
    assert browser.current_url.endswith("#p-2")
    card_link = browser.find_element(By.CSS_SELECTOR, ".briefing-actors a[href$='actors/vladimir-putin/']")
    assert card_link.text == "Vladimir Putin"


def test_key_points_and_quotes_are_at_the_body_text_size_under_one_sources_heading(browser, site_url):
    visit(browser, site_url + "briefings/putin-russian-forces-to-withdraw-from-syria/")
    body = visible(browser, ".briefing-article p")[0].value_of_css_property("font-size")
    point = visible(browser, ".briefing-key-points li")[0].value_of_css_property("font-size")
    cell = visible(browser, ".briefing-quotes td")[0].value_of_css_property("font-size")
    assert point == body and cell == body
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "article h2, article h3")]
    assert [h for h in headings if h.startswith("Source")] == ["Sources"]


def test_reported_speech_is_never_shown_inside_quotation_marks(browser, site_url):
    visit(browser, site_url + "briefings/putin-russian-forces-to-withdraw-from-syria/")
    rows = [row.find_elements(By.TAG_NAME, "td") for row in visible(browser, ".briefing-quotes table tbody tr")]
    kinds = {cells[3].text for cells in rows}
    assert {"direct", "partial", "indirect"} <= kinds, "the seed has every kind of quote"
    for quote, _, _, kind, _ in (tuple(cell.text for cell in cells) for cells in rows):
        if kind == "direct":
            assert quote.startswith("“") and quote.endswith("”")
        elif kind == "partial":
            assert "“" in quote and not quote.startswith("“"), "marks around the speaker's own words only"
        else:
            assert "“" not in quote and "”" not in quote
    cards = " ".join(card.text for card in visible(browser, ".briefing-actors li"))
    reported = [cells[0].text for cells in rows if cells[3].text == "indirect"]
    assert not any(f"“{text[:20]}" in cards for text in reported)


def test_actor_page_is_reachable_from_a_card(browser, site_url):
    visit(browser, site_url + "briefings/putin-russian-forces-to-withdraw-from-syria/")
    browser.find_element(By.CSS_SELECTOR, ".briefing-actors a[href$='actors/vladimir-putin/']").click()
    WebDriverWait(browser, 10).until(ready.url_contains("actors/vladimir-putin/"))
    screenshot(browser, "actor")
    assert console_errors(browser) == []
    assert browser.find_element(By.TAG_NAME, "h1").text == "Vladimir Putin"
    assert "the Russian leader" in browser.find_element(By.CSS_SELECTOR, "article").text
    assert visible(browser, "article table tbody tr"), "roles and quotes tables"


def test_payloads_in_an_article_do_not_run(browser, site_url):
    visit(browser, site_url)
    browser.find_element(By.CSS_SELECTOR, ".briefing-latest a[href*='briefings/council-row-over-budget']").click()  # its headline, payload and all
    WebDriverWait(browser, 10).until(ready.url_contains("briefings/"))
    screenshot(browser, "payload")
    assert browser.execute_script("return window.__pwned") is None
    article = browser.find_element(By.CSS_SELECTOR, "article").text
    assert "<script>window.__pwned = 2</script>" in article and 'onerror="window.__pwned = 3"' in article, "payloads show as text"
    assert console_errors(browser) == []


def test_search_finds_an_actor_by_an_alias(browser, site_url):
    visit(browser, site_url)
    field = WebDriverWait(browser, 10).until(ready.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    field.click()
    field.send_keys("Russian leader")
    try:
        WebDriverWait(browser, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".md-search-result__item a"))
    except TimeoutException:
        screenshot(browser, "search-failed")
        raise
    screenshot(browser, "search")
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".md-search-result__item a")]
    assert any("actors/vladimir-putin/" in link for link in links), links
    assert any("briefings/putin-russian-forces-to-withdraw-from-syria/" in link for link in links), links


def test_dark_mode_toggle_switches_the_palette(browser, site_url):
    visit(browser, site_url)
    scheme = "return document.body.getAttribute('data-md-color-scheme')"
    assert browser.execute_script(scheme) == "default"
    visible(browser, "form[data-md-component='palette'] label")[0].click()
    WebDriverWait(browser, 5).until(lambda d: d.execute_script(scheme) == "slate")
    screenshot(browser, "dark")
    visit(browser, site_url + "briefings/putin-russian-forces-to-withdraw-from-syria/")
    assert browser.execute_script(scheme) == "slate", "the choice is kept across pages"
    visible(browser, "form[data-md-component='palette'] label")[0].click()
    WebDriverWait(browser, 5).until(lambda d: d.execute_script(scheme) == "default")
