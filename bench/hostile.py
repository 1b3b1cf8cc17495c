"""Hostile-input benchmark: malformed seeds, injection payloads in a real browser, kills.

    python bench/hostile.py [--inputs 1000] [--kills 40]

Prints one line of figures: inputs tried / crashes (a traceback or an unexplained input),
payloads tried / payloads that ran in headless Chromium, kill points tried / inconsistent
states (a page that is neither its old nor its new version, or a wrong state after the next run).
"""
import argparse
import html
import random
import shutil
import sys
import tempfile
from pathlib import Path

from common import ROOT

sys.path.insert(0, str(ROOT / "tests"))

from hostile_inputs import EXECUTED_MARK, PAYLOADS, malformed_inputs  # noqa: E402
from test_end_to_end import make_project, mkdocs_build  # noqa: E402
from test_hostile import (  # noqa: E402
    browser_dom,
    check_each_page_old_or_new,
    edited_project,
    hostile_seeds,
    run_build,
    snapshot,
)

from generator.build import build  # noqa: E402
from generator.options import BuildOptions


def malformed(count: int, folder: Path) -> tuple[int, int]:
    seeds = folder / "seeds"
    seeds.mkdir()
    inputs = malformed_inputs(count)
    for name, data in inputs:
        (seeds / name).write_bytes(data)
    articles = {name for name, _ in inputs if not name.endswith(".yml")}
    try:
        result = build(BuildOptions(seeds, folder / "docs"))
    except Exception as error:  # the figure this benchmark exists to keep at 0
        print(f"crash: {type(error).__name__}: {error}", file=sys.stderr)
        return len(articles), len(articles)
    explained = {b.article.source for b in result.briefings} | {f.source for f in result.failures}
    return len(articles), len(articles - explained)


def payloads(folder: Path) -> tuple[int, int]:
    """Payload copies placed in the seeds (escaped ones in HTML seeds too), and pages where one ran."""
    seeds = hostile_seeds(folder)
    texts = [seed.read_text(encoding="utf-8") for seed in seeds]
    tried = sum(text.count(p) + text.count(html.escape(p)) for text in texts for p in PAYLOADS)
    site = mkdocs_build(make_project(folder, seeds=seeds))
    pages = sorted((site / "briefings").glob("*/index.html"))
    ran = sum(1 for page in pages if f'="{EXECUTED_MARK}' in browser_dom(page))
    return tried, ran


def kills(count: int, folder: Path) -> tuple[int, int]:
    reference = edited_project(folder / "reference")
    run_build(reference)
    new = snapshot(reference / "docs")
    rng = random.Random(5)
    inconsistent = 0
    for round_ in range(count):
        project = edited_project(folder / f"run-{round_}")
        old = snapshot(project / "docs")
        run_build(project, kill_after=rng.uniform(0.3, 4.0))
        inconsistent += bool(check_each_page_old_or_new(project / "docs", old, new))
        run_build(project)
        inconsistent += snapshot(project / "docs") != new
        shutil.rmtree(project)
    return count, inconsistent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=1000)
    ap.add_argument("--kills", type=int, default=40)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for part in "abc":
            (root / part).mkdir()
        tried, crashes = malformed(args.inputs, root / "a")
        browser = shutil.which("chromium")
        tried_payloads, ran = payloads(root / "b") if browser else (0, 0)
        kill_points, inconsistent = kills(args.kills, root / "c")
    print(
        f"inputs tried {tried}, crashes {crashes}; payloads tried {tried_payloads}, payloads that ran {ran}"
        f"{'' if browser else ' (no chromium)'}; kill points tried {kill_points}, inconsistent states {inconsistent}"
    )


if __name__ == "__main__":
    main()
