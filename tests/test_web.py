"""`add` and `follow` against a web server these tests start on 127.0.0.1 (never the internet):
pages saved with a sidecar that the reader takes, failures reported on one line naming the
address with nothing left behind, feeds followed once, entity declarations refused. The
articles and feeds are invented for the tests."""
import datetime as dt
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.read.seeds import read_seed
from generator.web.collect import add_pages
from generator.web.fetch import Limits
from generator.web.save import seeds_lock
from generator.web.seen import LEDGER

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml"
ATOM = "application/atom+xml"


def article(title: str) -> bytes:
    paragraphs = [
        f"{title}, the harbour board of the invented town of Westmere said on Tuesday, after three weeks of work.",
        "Engineers replaced the pontoon and two mooring posts that a December storm tore loose, and inspectors "
        "approved the repairs on Monday evening, according to the board.",
        '"We are glad to have passengers back on board," said Mara Lindqvist, who runs the ferry company, adding '
        "that the timetable would return to normal by the weekend.",
    ]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


@dataclass
class Route:
    body: bytes
    content_type: str | None = HTML
    status: int = 200
    delay: float = 0.0
    headers: dict = field(default_factory=dict)  # a None value leaves the header out


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.requests.append((self.path, self.headers.get("User-Agent")))
        route = self.server.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        time.sleep(route.delay)
        headers = {"Content-Type": route.content_type, "Content-Length": str(len(route.body)), **route.headers}
        try:
            self.send_response(route.status)
            for name, value in headers.items():
                if value is not None:
                    self.send_header(name, value)
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up first (the timeout test)
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """A proxy set on this machine must not carry the requests to 127.0.0.1 anywhere else."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def web():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.routes, server.requests = {}, []
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def serve(web, path: str, route: Route) -> str:
    web.routes[path] = route
    return web.base + path


def run(tmp_path, *args: str):
    """The command line, with the seeds in tmp_path/seeds and no mkdocs.yml unless a test writes one."""
    result = CliRunner().invoke(main, [*args, "--seeds", str(tmp_path / "seeds"), "--config", str(tmp_path / "mkdocs.yml")])
    result.errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    return result


def files(folder):
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def pages_fetched(web, paths) -> int:
    return sum(1 for path, _ in web.requests if path in paths)


def test_add_saves_the_page_and_a_sidecar_giving_its_url_and_when_it_was_fetched(web, tmp_path):
    body = article("Harbour ferry resumes after storm repairs")
    url = serve(web, "/2026/12/harbour-ferry-resumes.html", Route(body))
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    result = run(tmp_path, "add", url)
    after = dt.datetime.now(dt.timezone.utc)
    assert result.exit_code == 0, result.stderr
    seeds = tmp_path / "seeds"
    assert files(seeds) == [LEDGER, "2026-12-harbour-ferry-resumes.html", "2026-12-harbour-ferry-resumes.yml"]
    page = seeds / "2026-12-harbour-ferry-resumes.html"
    assert page.read_bytes() == body
    sidecar = yaml.safe_load((seeds / "2026-12-harbour-ferry-resumes.yml").read_text(encoding="utf-8"))
    assert sidecar["url"] == url
    fetched = dt.datetime.fromisoformat(sidecar["fetched"].replace("Z", "+00:00"))
    assert before <= fetched <= after
    read = read_seed(page)
    assert read.url == url and read.title == "Harbour ferry resumes after storm repairs"
    assert f"added {page}: {url}" in result.stderr and "1 added, 0 already" in result.stderr
    assert web.requests[0][1].startswith("Briefings/")


def test_a_page_that_names_no_publisher_is_published_by_the_site_its_address_names(web, tmp_path, monkeypatch):
    url = "http://news.example.test/ferry-resumes"
    web.routes[url] = Route(article("Harbour ferry resumes after storm repairs"))  # asked through the proxy: the whole address
    monkeypatch.setenv("http_proxy", web.base)
    result = run(tmp_path, "add", url)
    assert result.exit_code == 0, result.stderr
    read = read_seed(tmp_path / "seeds" / "ferry-resumes.html")
    assert (read.url, read.publisher) == (url, "news.example.test")


def test_the_same_address_is_saved_once_whether_the_ledger_or_a_sidecar_knows_it(web, tmp_path):
    url = serve(web, "/ferry", Route(article("Harbour ferry resumes after storm repairs")))
    assert run(tmp_path, "add", url).exit_code == 0
    again = run(tmp_path, "add", url + "#comments")
    assert again.exit_code == 0 and "0 added, 1 already" in again.stderr
    (tmp_path / "seeds" / LEDGER).unlink()
    lost = run(tmp_path, "add", url)
    assert lost.exit_code == 0 and "0 added, 1 already" in lost.stderr
    assert files(tmp_path / "seeds") == ["ferry.html", "ferry.yml"]
    assert pages_fetched(web, {"/ferry"}) == 1


def test_a_page_redirected_to_an_address_already_saved_is_not_saved_again(web, tmp_path):
    url = serve(web, "/ferry", Route(article("Harbour ferry resumes after storm repairs")))
    short = serve(web, "/s/f1", Route(b"", status=301, headers={"Location": url}))
    assert run(tmp_path, "add", url).exit_code == 0
    result = run(tmp_path, "add", short)
    assert result.exit_code == 0 and "0 added, 1 already" in result.stderr
    assert files(tmp_path / "seeds") == [LEDGER, "ferry.html", "ferry.yml"]


def test_a_name_some_seed_already_has_is_not_reused(web, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ferry.txt").write_text("A copied article kept by hand.\n", encoding="utf-8")
    url = serve(web, "/ferry", Route(article("Harbour ferry resumes after storm repairs")))
    assert run(tmp_path, "add", url).exit_code == 0
    saved = [name for name in files(seeds) if name.endswith(".html")]
    assert len(saved) == 1 and saved[0].startswith("ferry-")
    assert not (seeds / "ferry.yml").exists()  # the sidecar would have applied to ferry.txt
    assert read_seed(seeds / saved[0]).url == url


FAILURES = {
    "missing": (Route(b"", status=404), (), "HTTP 404"),
    "slow": (Route(article("Late"), delay=1.5), ("--timeout", "0.3"), "no complete answer within 0.3 s"),
    "declared too large": (Route(article("Big"), headers={"Content-Length": "50000000"}), (), "too large (50000000 bytes; limit 10000000)"),
    "not a page": (Route(b"%PDF-1.7 invented", content_type="application/pdf"), (), "content type application/pdf"),
    "no content type": (Route(article("Bare"), content_type=None), (), "content type (none)"),
    "redirect to a file": (Route(b"", status=302, headers={"Location": "file:///etc/hostname"}), (), "no http or https address; refused"),
    "redirect loop": (Route(b"", status=302, headers={"Location": "/page"}), (), "redirected more than 5 times"),
}


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_a_failure_is_one_line_naming_the_address_and_leaves_nothing_behind(web, tmp_path, case):
    route, options, problem = FAILURES[case]
    url = serve(web, "/page", route)
    result = run(tmp_path, "add", url, *options)
    assert result.exit_code == 1
    assert result.errors == [result.errors[0]] and result.errors[0].startswith(f"error: {url}: ")
    assert problem in result.errors[0]
    assert files(tmp_path / "seeds") == []


def test_an_address_that_is_not_on_the_web_is_refused(tmp_path):
    result = run(tmp_path, "add", "file:///etc/hostname")
    assert result.exit_code == 1 and result.errors == ["error: file:///etc/hostname: not an http or https address"]
    assert files(tmp_path / "seeds") == []


def test_a_body_that_runs_past_the_size_cap_is_refused(web, tmp_path):
    url = serve(web, "/long", Route(article("Long") * 20, headers={"Content-Length": None}))  # no length: read until closed
    outcome = add_pages(tmp_path / "seeds", [url], Limits(max_bytes=1000))
    assert [str(error) for error in outcome.failures] == [f"{url}: too large (over 1000 bytes)"]
    assert not outcome.added and files(tmp_path / "seeds") == []


def test_one_failure_does_not_stop_the_others(web, tmp_path):
    good = serve(web, "/ferry", Route(article("Harbour ferry resumes after storm repairs")))
    bad = web.base + "/gone"
    result = run(tmp_path, "add", bad, good)
    assert result.exit_code == 1
    assert result.errors == [f"error: {bad}: HTTP 404 Not Found"]
    assert files(tmp_path / "seeds") == [LEDGER, "ferry.html", "ferry.yml"]
    serve(web, "/gone", Route(article("Bridge reopens")))
    assert run(tmp_path, "add", bad, good).exit_code == 0  # a failure is tried again; what was saved is not
    assert files(tmp_path / "seeds") == [LEDGER, "ferry.html", "ferry.yml", "gone.html", "gone.yml"]


def test_a_page_deleted_from_the_seeds_is_not_added_again(web, tmp_path):
    url = serve(web, "/ferry", Route(article("Harbour ferry resumes after storm repairs")))
    assert run(tmp_path, "add", url).exit_code == 0
    for name in ("ferry.html", "ferry.yml"):
        (tmp_path / "seeds" / name).unlink()
    result = run(tmp_path, "add", url)
    assert result.exit_code == 0 and f"already added as {tmp_path / 'seeds' / 'ferry.html'}: {url}" in result.stderr
    assert files(tmp_path / "seeds") == [LEDGER]


def test_a_run_while_another_writes_the_seeds_is_told_so_at_once(web, tmp_path):
    url = serve(web, "/ferry", Route(article("Harbour ferry resumes after storm repairs")))
    with seeds_lock(tmp_path / "seeds"):
        result = run(tmp_path, "add", url)
    assert result.exit_code == 1 and "another add or follow is writing" in result.stderr
    assert files(tmp_path / "seeds") == []


def rss(web, *items: tuple[str, str]) -> bytes:
    entries = "".join(f"<item><title>{title}</title><link>{web.base}{path}</link>"
                      f"<pubDate>Tue, 08 Dec 2026 09:30:00 +0000</pubDate></item>" for path, title in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Westmere Courier</title>'
            f"<link>{web.base}/</link>{entries}</channel></rss>").encode()


def atom(*entries: tuple[str, str]) -> bytes:
    items = "".join(f'<entry><title>{title}</title><id>tag:example.test,2026:{path}</id>'
                    f'<link rel="self" href="/api{path}"/><link href="{path}"/>'
                    f"<published>2026-12-07T18:00:00-05:00</published></entry>" for path, title in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Calloway Tribune</title>{items}</feed>").encode()


def test_follow_adds_the_new_items_of_rss_and_atom_feeds_and_a_second_run_adds_nothing(web, tmp_path):
    stories = {"/news/ferry": "Ferry resumes", "/news/bridge": "Bridge reopens", "/news/market": "Market moves indoors"}
    for path, title in stories.items():
        serve(web, path, Route(article(title)))
    rss_url = serve(web, "/rss.xml", Route(rss(web, ("/news/ferry", "Ferry resumes"), ("/news/bridge", "Bridge reopens")), RSS))
    atom_url = serve(web, "/atom.xml", Route(atom(("/news/bridge", "Bridge reopens"), ("/news/market", "Market moves indoors")), ATOM))
    first = run(tmp_path, "follow", rss_url, atom_url)
    assert first.exit_code == 0, first.stderr
    seeds = tmp_path / "seeds"
    assert files(seeds) == [LEDGER, "news-bridge.html", "news-bridge.yml", "news-ferry.html", "news-ferry.yml",
                            "news-market.html", "news-market.yml"]
    sidecar = yaml.safe_load((seeds / "news-market.yml").read_text(encoding="utf-8"))
    assert (sidecar["url"], sidecar["date"]) == (web.base + "/news/market", "2026-12-07")  # the publisher's own day
    assert read_seed(seeds / "news-ferry.html").date == "2026-12-08"
    assert "3 added from 2 of 2 feeds, 1 already" in first.stderr  # the bridge, in both feeds, saved once
    second = run(tmp_path, "follow", rss_url, atom_url)
    assert second.exit_code == 0 and "0 added from 2 of 2 feeds" in second.stderr
    assert pages_fetched(web, set(stories)) == 3
    serve(web, "/news/school", Route(article("School opens a new library")))
    web.routes["/rss.xml"] = Route(rss(web, ("/news/school", "School opens a new library"), ("/news/ferry", "Ferry resumes")), RSS)
    third = run(tmp_path, "follow", rss_url, atom_url)
    assert third.exit_code == 0 and "1 added from 2 of 2 feeds" in third.stderr
    assert (seeds / "news-school.html").exists() and pages_fetched(web, set(stories)) == 3


DECLARING = {
    "billion laughs": '<!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
    "external entity": '<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>',
    "doctype alone": '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/rss.dtd">',
}


@pytest.mark.parametrize("case", sorted(DECLARING))
def test_a_feed_that_declares_a_doctype_or_entities_is_refused(web, tmp_path, case):
    serve(web, "/news/ferry", Route(article("Ferry resumes")))
    feed = (f'<?xml version="1.0"?>{DECLARING[case]}<rss version="2.0"><channel><title>&c;</title>'
            f"<item><link>{web.base}/news/ferry</link></item></channel></rss>")
    url = serve(web, "/rss.xml", Route(feed.replace("&c;", "Courier").encode(), RSS))
    result = run(tmp_path, "follow", url)
    assert result.exit_code == 1
    assert result.errors == [f"error: {url}: the feed declares a DOCTYPE or entities; refused"]
    assert pages_fetched(web, {"/news/ferry"}) == 0 and files(tmp_path / "seeds") == []


@pytest.mark.parametrize("route, problem", [
    (Route(article("A page, not a feed")), "content type text/html, expected application/rss+xml"),
    (Route(b"<html><body>not a feed</body></html>", "application/xml"), "not an RSS 2.0 or Atom feed (its root is <html>)"),
    (Route(b"<rss><channel><item>", RSS), "not well-formed XML"),
])
def test_what_is_not_a_feed_is_one_line_naming_it(web, tmp_path, route, problem):
    url = serve(web, "/feed", route)
    result = run(tmp_path, "follow", url)
    assert result.exit_code == 1 and len(result.errors) == 1
    assert result.errors[0].startswith(f"error: {url}: {problem}")


def test_follow_without_arguments_reads_the_feeds_listed_in_mkdocs_yml(web, tmp_path):
    serve(web, "/news/ferry", Route(article("Ferry resumes")))
    feed = serve(web, "/rss.xml", Route(rss(web, ("/news/ferry", "Ferry resumes")), RSS))
    (tmp_path / "mkdocs.yml").write_text(f"site_name: Test\nextra:\n  briefings:\n    seeds: inbox\n    feeds:\n      - {feed}\n",
                                         encoding="utf-8")
    result = CliRunner().invoke(main, ["follow", "--config", str(tmp_path / "mkdocs.yml")])
    assert result.exit_code == 0, result.stderr
    assert files(tmp_path / "inbox") == [LEDGER, "news-ferry.html", "news-ferry.yml"]


def test_follow_with_no_feed_anywhere_says_so(tmp_path):
    result = run(tmp_path, "follow")
    assert result.exit_code == 1 and "no feed to follow" in result.stderr
