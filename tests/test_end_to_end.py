"""Seeds -> generator -> `mkdocs build --strict` -> HTML, in a temporary copy of the project."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEED

from generator.cli import main
from generator.site.write import is_generated

HOSTILE = """Skip to content

Council row over <script>alert('x')</script> budget

The council said on Monday that the budget <script>alert('pwned')</script> would be cut by a tenth next year.

“We have no choice | none at all,” said Mayor Jane Roe <img src=x onerror=alert(1)> at the meeting on Monday.

Residents called the plan [a disaster](javascript:alert(2)) and {{ config.site_name }} at a public hearing.

The Daily Example
"""


def make_project(tmp_path, seeds=(SEED,)):
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    for seed in seeds:
        shutil.copy(seed, project / "seeds" / seed.name)
    for page in ROOT.joinpath("docs").rglob("*"):
        hand_written = page.is_file() and not is_generated(page) and not page.name.startswith(".")
        if hand_written:
            (project / "docs" / page.relative_to(ROOT / "docs")).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(page, project / "docs" / page.relative_to(ROOT / "docs"))
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("generator/mkdocs_hook.py", str(ROOT / "generator" / "mkdocs_hook.py")))
    return project


def mkdocs_build(project):
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(project / "site")],
        capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", **__import__("os").environ},
    )
    assert completed.returncode == 0, completed.stderr
    return project / "site"


def generate(project):
    return CliRunner().invoke(main, ["build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs")])


@pytest.fixture(scope="module")
def built_seed_site(tmp_path_factory):
    return mkdocs_build(make_project(tmp_path_factory.mktemp("seed")))


@pytest.fixture(scope="module")
def seed_site(built_seed_site):
    page = built_seed_site / "briefings" / "putin-russian-forces-to-withdraw-from-syria" / "index.html"
    return page.read_text(encoding="utf-8"), (built_seed_site / "index.html").read_text(encoding="utf-8")


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_seed_briefing_page(seed_site):
    page, home = seed_site
    assert "<h1" in page and "Putin: Russian forces to withdraw from Syria" in page
    assert 'href="briefings/putin-russian-forces-to-withdraw-from-syria/"' in home
    cards = page[page.index('class="grid cards') :]
    for name in ("Vladimir Putin", "Sergei Shoigu", "Bashar al-Assad", "Salim al-Muslat"):
        assert f"<strong>{name}</strong>" in cards
    assert '<a href="../../actors/vladimir-putin/"><strong>Vladimir Putin</strong></a>' in cards
    table = page[page.index('<div class="briefing-quotes"') :]
    table = table[: table.index("</table>")]
    row = next(r for r in table.split("<tr>") if "The task that was set before our defence ministry" in r)
    assert "Vladimir Putin" in row and "told" in row and 'href="#p-2"' in row
    source = page[page.index('id="p-1"') :]
    assert 'id="p-2"' in source and 'id="p-10"' in source
    assert "Skip to content" not in source and "Al Arabiya English" not in text_of(source[: source.index("</article>")])
    start = page.index('class="admonition abstract')
    key_points = page[start : page.index("</div>", start)]
    assert "Russian President Vladimir Putin on Monday ordered" in text_of(key_points)


LOADS = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc=\"(https?:)?//|<link\b[^>]*\bhref=\"(https?:)?//|"
    r"url\(\s*['\"]?(https?:)?//|@import\s+['\"]?(url\()?\s*['\"]?(https?:)?//",
    re.IGNORECASE,
)


def test_the_site_loads_nothing_from_other_hosts(built_seed_site):
    files = [p for p in built_seed_site.rglob("*") if p.suffix in (".html", ".css", ".js")]
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not LOADS.search(text), f"{path.relative_to(built_seed_site)} loads from another host"
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text


def test_the_scan_finds_an_external_load():
    assert LOADS.search('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">')
    assert LOADS.search("body { background: url('//cdn.example/x.png') }")
    assert not LOADS.search('<a href="https://example.org/article">source</a>')


def test_hostile_article_is_inert_in_the_built_site(tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    project = make_project(tmp_path, seeds=(hostile,))
    site = mkdocs_build(project)
    html = next((site / "briefings").glob("council-row*/index.html")).read_text(encoding="utf-8")
    assert "alert(" in html, "the text is shown"
    assert not re.search(r"<script>alert|<img src=x|href=\"javascript", html)
    assert "&lt;script&gt;alert" in html and "{{ config.site_name }}" in html


def test_bad_seed_among_good_ones(tmp_path):
    project = make_project(tmp_path)
    (project / "seeds" / "empty.txt").write_text("")
    (project / "seeds" / "binary.html").write_bytes(b"\x89PNG\x00\x00\x01")
    (project / "seeds" / "broken.md").write_text("---\ntitle: [oops\n---\nText.\n")
    result = generate(project)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: binary.html: binary file (contains NUL bytes), not an article",
        "error: broken.md: broken YAML front matter at line 2",
        "error: empty.txt: empty file",
    ]
    assert (project / "docs" / "briefings" / "putin-russian-forces-to-withdraw-from-syria" / "index.md").exists()


def test_same_input_same_bytes_and_removed_seed_removes_its_page(tmp_path):
    first, second = make_project(tmp_path / "a"), make_project(tmp_path / "b")
    assert generate(first).exit_code == 0 and generate(second).exit_code == 0
    pages = sorted(p.relative_to(first / "docs") for p in (first / "docs").rglob("*.md"))
    assert {"index.md", "about.md", "briefings/index.md", "actors/index.md", "actors/vladimir-putin/index.md"} <= {p.as_posix() for p in pages}
    for page in pages:
        assert (first / "docs" / page).read_bytes() == (second / "docs" / page).read_bytes()
    (first / "seeds" / SEED.name).unlink()
    assert generate(first).exit_code == 0
    assert not (first / "docs" / "briefings" / "putin-russian-forces-to-withdraw-from-syria").exists(), "a removed page leaves no folder"
    assert (first / "docs" / "about.md").exists()
    assert "No briefings yet" in (first / "docs" / "index.md").read_text(encoding="utf-8")
    assert not (first / "docs" / "actors" / "vladimir-putin").exists()


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_no_generated_file_is_tracked_in_git():
    tracked = subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert tracked and not [name for name in tracked if is_generated(ROOT / name) or Path(name).name.startswith(".briefings")]


def test_with_seeds_false_mkdocs_builds_the_pages_already_in_docs(tmp_path):
    project = make_project(tmp_path)
    assert generate(project).exit_code == 0
    shutil.rmtree(project / "seeds")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  briefings:\n", "  briefings:\n    seeds: false\n", 1), encoding="utf-8")
    before = {p: p.read_bytes() for p in (project / "docs").rglob("*.md")}
    site = mkdocs_build(project)
    assert {p: p.read_bytes() for p in (project / "docs").rglob("*.md")} == before, "docs/ is left as it is"
    page = (site / "briefings" / "putin-russian-forces-to-withdraw-from-syria" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../actors/vladimir-putin/"' in page, "raw HTML links are still resolved"
