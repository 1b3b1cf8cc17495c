"""Golden outputs: articles written for the tests, rebuilt and compared byte for byte.

`tests/golden/seeds/` holds one article of each input kind (a browser copy, a saved HTML page,
Markdown with front matter, a transcript); `tests/golden/export.jsonl` is their reviewed export
and `tests/golden/docs/` the pages `build` writes for them. A refactor must leave both alone.
A deliberate change of output regenerates them in the same commit, with the reason:

    BRIEFINGS_UPDATE_GOLDEN=1 pytest tests/test_golden.py

then review `git diff tests/golden/` before committing. (Pelican's functional tests are the model.)
"""
import difflib
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from generator.cli import main

GOLDEN = ROOT / "tests" / "golden"
SEEDS = GOLDEN / "seeds"
SITE_URL = "https://briefings.example/"
UPDATE = os.environ.get("BRIEFINGS_UPDATE_GOLDEN") == "1"


def _run(args: list[str]) -> None:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output


def _pages(docs: Path) -> dict[str, bytes]:
    """Every page `build` wrote, by path; its lock and state files are no output."""
    return {
        path.relative_to(docs).as_posix(): path.read_bytes()
        for path in sorted(docs.rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    }


def _compare(expected: bytes, actual: bytes, name: str) -> None:
    if expected == actual:
        return
    diff = difflib.unified_diff(
        expected.decode("utf-8").splitlines(), actual.decode("utf-8").splitlines(), f"golden/{name}", "rebuilt", lineterm="", n=1
    )
    pytest.fail(f"{name} differs from its golden copy:\n" + "\n".join(list(diff)[:60]))


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> tuple[bytes, dict[str, bytes]]:
    work = tmp_path_factory.mktemp("golden")
    export = work / "export.jsonl"
    _run(["export", str(SEEDS), "-o", str(export)])
    docs = work / "docs"
    _run(["build", "--seeds", str(SEEDS), "--docs", str(docs), "--no-cache",
          "--config", str(ROOT / "mkdocs.yml"), "--site-url", SITE_URL])
    if UPDATE:
        shutil.copy(export, GOLDEN / "export.jsonl")
        shutil.rmtree(GOLDEN / "docs", ignore_errors=True)
        for name, content in _pages(docs).items():
            (GOLDEN / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / "docs" / name).write_bytes(content)
    return export.read_bytes(), _pages(docs)


def test_every_input_kind_is_a_golden_seed():
    suffixes = {path.suffix for path in SEEDS.iterdir()}
    assert {".txt", ".html", ".md"} <= suffixes
    assert any("transcript" in path.name for path in SEEDS.iterdir())


def test_export_is_byte_for_byte_the_golden_export(rebuilt):
    export, _ = rebuilt
    _compare((GOLDEN / "export.jsonl").read_bytes(), export, "export.jsonl")


def test_site_pages_are_byte_for_byte_the_golden_pages(rebuilt):
    _, pages = rebuilt
    golden = _pages(GOLDEN / "docs")
    assert sorted(pages) == sorted(golden), "the set of pages written changed"
    for name, content in pages.items():
        _compare(golden[name], content, name)
