import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import SEED
from test_hostile import snapshot

import generator.analyse.article
import generator.build
import generator.site.render
from generator.build import build
from generator.cli import main
from generator.options import BuildOptions
from generator.site.cache import AnalysisCache
from generator.site.state import STATE_FILE, forget_state


@pytest.fixture
def project(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(SEED, seeds / name)
    return tmp_path


@pytest.fixture
def analysed(monkeypatch):
    """The sources each build sends to the analysis."""
    calls: list[list[str]] = []
    real = generator.analyse.article.analyse

    def counting(articles, *args, **kwargs):
        calls.append(sorted(a.source for a in articles))
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(generator.analyse.article, "analyse", counting)
    return calls


def run(project, cache=True):
    return build(BuildOptions(project / "seeds", project / "docs", cache=project / "cache" if cache else None))


def test_a_rebuild_with_nothing_changed_analyses_nothing_and_writes_the_same_bytes(project, analysed):
    run(project)
    cold = snapshot(project / "docs")
    (project / "docs" / "index.md").unlink()
    run(project)
    assert analysed == [["a.txt", "b.txt", "c.txt"]]
    assert snapshot(project / "docs") == cold


def test_new_page_code_or_templates_render_the_site_again_though_no_seed_changed(project, analysed, monkeypatch):
    rendered = []
    real = generator.build.render_site
    monkeypatch.setattr(generator.build, "render_site", lambda *a, **k: rendered.append(1) or real(*a, **k))
    run(project)
    run(project)
    assert len(rendered) == 1, "nothing changed: nothing rendered"
    monkeypatch.setattr(generator.build, "render_version", lambda: "the next version's templates")
    run(project)
    assert len(rendered) == 2 and analysed == [["a.txt", "b.txt", "c.txt"]], "rendered again, the analyses kept"


def test_editing_one_seed_analyses_only_that_one(project, analysed):
    run(project)
    edited = project / "seeds" / "b.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Putin:", "Edited: Putin:"), encoding="utf-8")
    (project / "seeds" / "c.yml").write_text("date: 2016-03-14\n")
    run(project)
    assert analysed[1] == ["b.txt", "c.txt"], "a changed sidecar counts as a change"


@pytest.mark.parametrize("damage", ["truncate", "garbage", "foreign", "tampered"])
def test_a_damaged_entry_is_recomputed_never_served(project, analysed, damage):
    run(project)
    expected = snapshot(project / "docs")
    entries = sorted((project / "cache").rglob("*.json"))
    assert len(entries) == 3
    target, other = entries[0], entries[1]
    if damage == "truncate":
        target.write_bytes(target.read_bytes()[:100])
    elif damage == "garbage":
        target.write_bytes(b"\x00\xff not json")
    elif damage == "foreign":
        target.write_bytes(other.read_bytes())
    else:
        entry = json.loads(target.read_text(encoding="utf-8"))
        entry["briefing"]["title"] = "Tampered"
        target.write_text(json.dumps(entry), encoding="utf-8")
    forget_state(project / "docs")  # an up-to-date site does not even read the cache
    run(project)
    assert len(analysed[1]) == 1
    assert snapshot(project / "docs") == expected


def test_no_cache_and_clean(project, analysed):
    runner = CliRunner()
    args = ["--seeds", str(project / "seeds"), "--docs", str(project / "docs"), "--cache", str(project / "cache")]
    assert runner.invoke(main, ["build", "--no-cache", *args]).exit_code == 0
    assert not (project / "cache").exists()
    assert runner.invoke(main, ["build", *args]).exit_code == 0
    assert (project / "cache").exists()
    result = runner.invoke(main, ["clean", "--docs", str(project / "docs"), "--cache", str(project / "cache")])
    assert result.exit_code == 0 and not (project / "cache").exists()
    assert not (project / "docs" / "index.md").exists()


@pytest.mark.parametrize(("module", "changes_the_key"), [("speakers.py", True), ("body.py", True), ("render.py", False)])
def test_the_key_changes_with_the_analysis_code_only(monkeypatch, module, changes_the_key):
    from generator.site import cache

    before = cache.cache_key("a.txt", b"text", None, "settings")
    cache.versions.cache_clear()
    real_read = cache.Path.read_bytes
    monkeypatch.setattr(cache.Path, "read_bytes", lambda self: real_read(self) + b"# edited" if self.name == module else real_read(self))
    try:
        assert (cache.cache_key("a.txt", b"text", None, "settings") != before) == changes_the_key
    finally:
        monkeypatch.undo()
        cache.versions.cache_clear()
    assert cache.cache_key("a.txt", b"text", None, "settings") == before


def test_a_missing_seeds_folder_leaves_the_site_alone(project, analysed):
    run(project)
    built = snapshot(project / "docs")
    shutil.rmtree(project / "seeds")
    result = run(project)
    assert not result.ok and "seeds folder not found" in str(result.failures[0])
    assert snapshot(project / "docs") == built


@pytest.fixture
def cache_reads(monkeypatch):
    reads: list[str] = []
    real = AnalysisCache.get

    def counting(self, key):
        reads.append(key)
        return real(self, key)

    monkeypatch.setattr(AnalysisCache, "get", counting)
    return reads


def test_an_up_to_date_site_is_neither_read_from_the_cache_nor_rendered(project, analysed, cache_reads, monkeypatch):
    (project / "seeds" / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    first = run(project)
    assert first.count == 3 and [f.source for f in first.failures] == ["broken.txt"]
    cache_reads.clear()
    monkeypatch.setattr(generator.build, "render_site", lambda *args: pytest.fail("rendered an up-to-date site"))
    again = run(project)
    assert again.up_to_date == 3 and again.count == 3 and cache_reads == [] and analysed == [["a.txt", "b.txt", "c.txt"]]
    assert [str(f) for f in again.failures] == [str(f) for f in first.failures], "failures are still reported"
    assert sorted(again.report.unchanged) == sorted(first.report.written)


@pytest.mark.parametrize("change", ["page edited by hand", "page deleted", "state damaged", "seed added", "site url"])
def test_any_change_makes_a_full_build(project, analysed, change):
    run(project)
    expected = snapshot(project / "docs")
    docs = project / "docs"
    site_url = None
    if change == "page edited by hand":
        (docs / "index.md").write_text((docs / "index.md").read_text(encoding="utf-8") + "\nedited\n", encoding="utf-8")
    elif change == "page deleted":
        (docs / "actors" / "vladimir-putin" / "index.md").unlink()
    elif change == "state damaged":
        (docs / STATE_FILE).write_text('{"digest": 1, "pages": []}', encoding="utf-8")
        (docs / "index.md").unlink()
    elif change == "seed added":
        shutil.copy(SEED, project / "seeds" / "d.txt")
    else:
        site_url = "https://example.org/briefings/"
    result = build(BuildOptions(project / "seeds", docs, cache=project / "cache", site_url=site_url))
    assert result.up_to_date is None and result.count == (4 if change == "seed added" else 3)
    if change == "seed added":
        assert analysed[1] == ["d.txt"]
    elif change == "site url":
        assert "https://example.org/briefings/briefings/" in (docs / "feed.xml").read_text(encoding="utf-8")
    else:
        assert snapshot(docs) == expected and len(analysed) == 1


STORIES = {
    "council.txt": "Council votes on budget\n\nThe city council said on Monday that the budget would be cut.\n\n"
                   "“We have no choice,” said Mayor Jane Roe at the meeting.\n",
    "bridge.txt": "Bridge to reopen\n\nMayor Jane Roe said the bridge would reopen in May after repairs.\n\n"
                  "Engineers from Acme Corp said the work was on time.\n",
}


def scratch_build(project, tmp_path):
    """The same seeds built from nothing: no cache, no earlier pages."""
    fresh = tmp_path / "scratch"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(project / "seeds", fresh / "seeds")
    build(BuildOptions(fresh / "seeds", fresh / "docs"))
    return snapshot(fresh / "docs")


def test_incremental_builds_equal_builds_from_scratch_and_redo_only_what_changed(project, tmp_path, monkeypatch):
    for name, text in STORIES.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    run(project)
    rendered: list[str] = []
    real = generator.site.render.render_briefing
    monkeypatch.setattr(generator.site.render, "render_briefing", lambda r, b, *rest: rendered.append(b.article.source) or real(r, b, *rest))
    edits = [
        ("edit one", lambda seeds: (seeds / "bridge.txt").write_text(STORIES["bridge.txt"].replace("May", "June"), encoding="utf-8")),
        ("new actor", lambda seeds: (seeds / "bridge.txt").write_text(STORIES["bridge.txt"] + "\nGovernor Tom Poe agreed.\n", encoding="utf-8")),
        ("delete", lambda seeds: (seeds / "council.txt").unlink()),
        ("sidecar", lambda seeds: (seeds / "a.yml").write_text("title: A new title\ndate: 2020-01-02\n", encoding="utf-8")),
    ]
    for change, edit in edits:
        rendered.clear()
        edit(project / "seeds")
        run(project)
        if change in ("edit one", "new actor"):
            assert rendered == ["bridge.txt"], (change, rendered)
        assert snapshot(project / "docs") == scratch_build(project, tmp_path), change
