"""Hostile input: malformed seeds, injection, file names, crashes, a full disk, two builds at
once, no network. The full-size runs with their figures are `python bench/hostile.py`."""
import errno
import html
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import ROOT, SEED
from hostile_inputs import EXECUTED_MARK, PAYLOADS, SCRIPT_PAYLOADS, malformed_inputs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_end_to_end import make_project, mkdocs_build
from test_export import check_schema
from test_render import html_of

from generator.analyse.article import analyse
from generator.analyse.quotes.marks import quoted_passages
from generator.briefing import Actor, Article, Block, Briefing, KeyPoint, Quote
from generator.build import build
from generator.cli import main
from generator.errors import SeedError
from generator.options import BuildOptions
from generator.read.copied import find_article_in_copy
from generator.read.decode import decode
from generator.read.seeds import read_seed
from generator.site import write
from generator.site.escape import escape_markdown
from generator.site.render import render_site
from generator.site.state import STATE_FILE
from generator.site.write import BuildLocked, WriteError, build_lock
from generator.slugs import slugify

EXECUTABLE = re.compile(r"<(script|img|svg|iframe)\b[^>]*(hostile|onerror|onload|alert)|<a\b[^>]*href=\"javascript:", re.IGNORECASE)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of the site; not the build's state file, which records when pages were written."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != STATE_FILE
    }


# --- malformed seeds ---------------------------------------------------------------------


def test_a_thousand_malformed_seeds_each_explained_or_built(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    inputs = malformed_inputs(heavy=True)
    for name, data in inputs:
        (seeds / name).write_bytes(data)
    shutil.copy(SEED, seeds / "good.txt")
    articles = {name for name, _ in inputs if not name.endswith(".yml")}
    assert len(articles) >= 1000
    result = build(BuildOptions(seeds, tmp_path / "docs"))
    built = {b.article.source for b in result.briefings}
    failed = {f.source for f in result.failures}
    assert "good.txt" in built
    assert built | failed == articles | {"good.txt"} and not built & failed
    for failure in result.failures:
        assert str(failure).startswith(f"{failure.source}: ") and "\n" not in str(failure)
        assert "Traceback" not in str(failure)
    for briefing in result.briefings:
        check_schema(briefing.to_dict())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_gives_text_or_a_seed_error(data):
    try:
        text = decode(data, "x.txt")
    except SeedError as error:
        assert str(error).startswith("x.txt: ")
    else:
        assert "\r" not in text and "\x00" not in text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([".txt", ".md", ".html"]), st.text(max_size=1500))
def test_any_text_file_reads_or_is_explained(suffix, text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"seed{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            article = read_seed(path)
        except SeedError as error:
            assert str(error).startswith(f"seed{suffix}: ")
        else:
            assert article.blocks and all(block.text.strip() for block in article.blocks)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_page_cleaning_and_quote_pairing_never_fail(text):
    page = find_article_in_copy(text)
    assert all(block.text for block in page.blocks)
    previous_end = 0
    for passage in quoted_passages(text):
        assert previous_end <= passage.start < passage.end <= len(text)
        previous_end = passage.end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.text(max_size=200), st.sampled_from(PAYLOADS)), min_size=1, max_size=6))
def test_analysis_of_any_text_keeps_the_contract(nlp, parts):
    text = "\n\n".join(parts)
    article = Article(id="x", source="x.txt", title=None, blocks=[Block(p) for p in text.split("\n\n") if p.strip()])
    if not article.blocks:
        return
    outcome = next(analyse([article], nlp))
    if isinstance(outcome, SeedError):
        assert outcome.source == "x.txt"
    else:
        check_schema(outcome.to_dict())


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_escaped_text_renders_as_exactly_that_text(text):
    shown = " ".join(re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", text).split())
    rendered = html_of(escape_markdown(text))
    if shown:
        assert rendered.startswith("<p>") and rendered.endswith("</p>")
        assert html.unescape(rendered[3:-4]) == shown


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=80), st.sampled_from(PAYLOADS)), min_size=9, max_size=9))
def test_rendered_briefing_has_no_markup_from_its_data(values):
    title, text, publisher, name, role, quote, speaker, cue, tag = values
    article = Article(id="x", source="x.txt", title=title, blocks=[Block(text or "x")], publisher=publisher, tags=[tag])
    actor = Actor(id="a", name=name or "n", kind="person", roles=[role], aliases=[name], mentions=1, first_paragraph=1)
    briefing = Briefing(article, [KeyPoint(text or "x", 1)], [actor], [Quote(quote or "q", speaker, "a", cue, "direct", 1)])
    for page in (p for p in render_site([briefing]) if p.path.endswith(".md")):
        body = html_of(page.text.split("---\n", 2)[2])
        assert not EXECUTABLE.search(body)
        assert not re.search(r"<(script|img|svg|iframe|!--)", body)


def test_yaml_is_only_ever_loaded_safely():
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "generator").rglob("*.py"))
    assert "yaml.safe_load(" in source
    assert not re.search(r"yaml\.(load|unsafe_load|full_load|load_all)\(|yaml\.\w*Loader", source)


# --- injection in the built site ---------------------------------------------------------


def hostile_seeds(folder: Path) -> list[Path]:
    evil = " ".join(PAYLOADS)
    text = folder / "hostile-text.txt"
    text.write_text(
        f"Skip to content\n\nCouncil row over {SCRIPT_PAYLOADS[0]} budget\n\n"
        f"The council said on Monday that the budget {SCRIPT_PAYLOADS[1]} would be cut by a tenth next year.\n\n"
        f"“We have no choice {SCRIPT_PAYLOADS[2]} | none at all,” said Mayor Jane Roe at the meeting.\n\n"
        f"Residents called the plan {PAYLOADS[5]} and {PAYLOADS[10]} at a public hearing on Monday.\n\nThe Daily Example\n",
        encoding="utf-8",
    )
    md = folder / "hostile-front-matter.md"
    front = {
        "title": f"Budget {SCRIPT_PAYLOADS[0]} row", "publisher": SCRIPT_PAYLOADS[1], "author": SCRIPT_PAYLOADS[3],
        "url": "javascript:alert(1)", "tags": ["<script>alert(1)</script>", "[x](javascript:alert(1))"],
        "template": "../../../../etc/passwd", "hide": ["navigation", "toc"], "search": {"exclude": True},
    }
    md.write_text(
        f"---\n{yaml.safe_dump(front)}---\n{evil}\n\n"
        f"The mayor said “{SCRIPT_PAYLOADS[4]}” on Monday while residents protested outside the hall.\n",
        encoding="utf-8",
    )
    page = folder / "hostile-page.html"
    paragraph = f"<p>The minister said {html.escape(SCRIPT_PAYLOADS[0])} the plan {html.escape(PAYLOADS[5])} would pass next week in parliament.</p>"
    page.write_text(
        f"<html><head><title>{html.escape(SCRIPT_PAYLOADS[1])} - Site</title></head><body><article>"
        f"<h1>{html.escape(SCRIPT_PAYLOADS[1])}</h1>{paragraph * 4}</article></body></html>",
        encoding="utf-8",
    )
    return [text, md, page]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    project = make_project(folder, seeds=hostile_seeds(folder))
    return mkdocs_build(project)


def test_payloads_are_inert_text_in_the_built_html(hostile_site):
    pages = sorted((hostile_site / "briefings").glob("*/index.html"))
    assert len(pages) == 3
    for page in pages:
        text = page.read_text(encoding="utf-8")
        article = text[text.index('<article class="md-content__inner') :]
        assert not EXECUTABLE.search(text), page
        assert not re.search(r"<!-- hidden comment -->", text)
        assert "&lt;script&gt;" in article or "&lt;img" in article


def test_front_matter_keys_of_the_seed_do_not_reach_mkdocs(hostile_site):
    page = next(p for p in (hostile_site / "briefings").glob("budget*/index.html")).read_text(encoding="utf-8")
    assert "Table of contents" in page, "the seed's 'hide' key is ignored"
    index = (hostile_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "briefings/budget" in index, "the seed's 'search: exclude' key is ignored"


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_no_payload_runs_in_a_real_browser(hostile_site):
    for page in sorted((hostile_site / "briefings").glob("*/index.html")):
        dom = browser_dom(page)
        assert "</body>" in dom and "data-hostile" not in dom.split("<body", 1)[1].split(">", 1)[0]
        assert f'="{EXECUTED_MARK}' not in dom


def browser_dom(page: Path) -> str:
    """The page's DOM after its scripts had two seconds to run, as headless Chromium sees it."""
    with tempfile.TemporaryDirectory() as profile:
        completed = subprocess.run(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120,
        )
    return completed.stdout


# --- file names --------------------------------------------------------------------------


def test_odd_file_names_get_distinct_safe_stable_slugs(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    names = ["with spaces.txt", "ünïcödé.txt", ".hidden.txt", "x" * 200 + ".txt", "Case.txt", "case.txt" if sys.platform != "darwin" else "cAse.txt"]
    for name in names:
        shutil.copy(SEED, seeds / name)
    first = build(BuildOptions(seeds, tmp_path / "docs"))
    assert not first.failures and len(first.briefings) == len(names)
    pages = sorted(p.parent.name + ".md" for p in (tmp_path / "docs" / "briefings").glob("*/index.md"))
    assert len(pages) == len(names)
    assert all(re.fullmatch(r"[a-z0-9-]+\.md", page) and len(page) < 100 for page in pages)
    before = snapshot(tmp_path / "docs")
    build(BuildOptions(seeds, tmp_path / "docs"))
    assert snapshot(tmp_path / "docs") == before


def test_links_out_of_seeds_are_refused(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    outside = tmp_path / "secret.txt"
    shutil.copy(SEED, outside)
    (seeds / "link.txt").symlink_to(outside)
    shutil.copy(SEED, seeds / "real.txt")
    result = build(BuildOptions(seeds, tmp_path / "docs"))
    assert [str(f) for f in result.failures] == ["link.txt: link to a file outside the seeds folder, refused"]
    assert [b.article.source for b in result.briefings] == ["real.txt"]


def test_titles_cannot_steer_paths(tmp_path):
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("/absolute/..") == "absolute"
    with pytest.raises(write.UnsafePath):
        write.target(tmp_path, "../outside.md")


# --- crashes, full disks, two builds, no network -----------------------------------------


def edited_project(tmp_path) -> Path:
    """A project whose docs/ hold an old build and whose seeds/ have changed since."""
    project = make_project(tmp_path)
    seeds = project / "seeds"
    for i in range(6):
        shutil.copy(SEED, seeds / f"copy-{i}.txt")
    assert CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--docs", str(project / "docs")]).exit_code == 0
    for i in range(3):
        path = seeds / f"copy-{i}.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("Putin:", f"Edit {i}: Putin:"), encoding="utf-8")
    (seeds / "copy-5.txt").unlink()
    (seeds / "new.md").write_text("---\ntitle: A new one\n---\nThe mayor said the bridge would reopen in May after repairs.\n")
    return project


def run_build(project: Path, kill_after: float | None = None) -> int:
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if kill_after is None:
        return process.wait(timeout=300)
    try:
        return process.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


def check_each_page_old_or_new(docs: Path, old: dict, new: dict) -> list[str]:
    """Pages that are neither their old nor their new version (a hidden temp file is no page)."""
    bad = []
    for name, data in snapshot(docs).items():
        if Path(name).name.startswith("."):
            continue
        if data not in (old.get(name), new.get(name)):
            bad.append(name)
    return bad


def test_killed_builds_leave_old_or_new_pages_and_the_next_run_is_right(tmp_path):
    reference = edited_project(tmp_path / "reference")
    assert run_build(reference) == 0
    new = snapshot(reference / "docs")
    project = edited_project(tmp_path / "killed")
    old = snapshot(project / "docs")
    import random

    delays = random.Random(11).sample([i / 10 for i in range(5, 40)], 8)
    for delay in delays:
        run_build(project, kill_after=delay)
        assert check_each_page_old_or_new(project / "docs", old, new) == [], delay
    assert run_build(project) == 0
    assert snapshot(project / "docs") == {k: v for k, v in new.items()}


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_full_or_read_only_docs_folder_leaves_the_old_site(tmp_path, monkeypatch, code):
    project = edited_project(tmp_path)
    old = snapshot(project / "docs")
    calls = {"n": 0}
    real_mkstemp = tempfile.mkstemp
    docs = (project / "docs").resolve()

    def failing_mkstemp(*args, **kwargs):
        folder = Path(kwargs.get("dir") or tempfile.gettempdir()).resolve()
        if folder == docs or docs in folder.parents:
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError(code, os.strerror(code))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(write.tempfile, "mkstemp", failing_mkstemp)
    result = CliRunner().invoke(main, ["build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs")])
    assert result.exit_code == 1
    assert f"{os.strerror(code)}; the site was not changed" in result.output
    assert snapshot(project / "docs") == old


def test_a_second_build_at_the_same_time_is_told_so(tmp_path):
    project = make_project(tmp_path)
    with build_lock(project / "docs"):
        result = CliRunner().invoke(main, ["build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs")])
        assert result.exit_code == 1 and "another build is writing" in result.output
        with pytest.raises(BuildLocked):
            build(BuildOptions(project / "seeds", project / "docs"))
    assert CliRunner().invoke(main, ["build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs")]).exit_code == 0


def test_two_builds_started_at_once_do_not_corrupt_the_site(tmp_path):
    reference = edited_project(tmp_path / "reference")
    assert run_build(reference) == 0
    project = edited_project(tmp_path / "race")
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs")]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    assert any(code == 0 for code, _ in outcomes)
    for code, errors in outcomes:
        assert code == 0 or "another build is writing" in errors
    assert snapshot(project / "docs") == snapshot(reference / "docs")


def test_build_and_site_need_no_network(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network is blocked in this test")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    project = make_project(tmp_path)
    from mkdocs.commands.build import build as mkdocs_build_command
    from mkdocs.config import load_config

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"), strict=True)
    mkdocs_build_command(config)
    assert (project / "site" / "briefings" / "putin-russian-forces-to-withdraw-from-syria" / "index.html").exists()


def test_write_error_names_the_folder(tmp_path, monkeypatch):
    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(write.tempfile, "mkstemp", no_space)
    with pytest.raises(WriteError, match="cannot write .*No space left on device"):
        write.write_atomic(tmp_path / "page.md", "text")
