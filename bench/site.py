"""Site-scale benchmark: render and build N briefings with their actor pages, with each engine.

    python bench/site.py [--sizes 1000 3000] [--engine mkdocs zensical properdocs] [--corpus ...]

The corpus texts are analysed once (`python -m generator export`, kept in bench/out/), then
varied into N briefings: each copy gets its own id, title and date, and the actors named in
only one corpus article get a name of their own per copy, so the long tail of actors grows
with the site the way a newsroom's does while the frequent ones are shared. For each N, in a
temporary folder (never in the project), the pages are rendered and written once, then each
engine builds the site from them (`build --strict` with the project's configuration; the hook,
which MkDocs and ProperDocs run, does not analyse seeds: `extra.briefings.seeds: false`;
Zensical runs no hook). Prints, per size and engine, the time of each step and the size of the
built site; then time(largest) / time(smallest) per engine, and each engine's build time
against the first engine's.
"""
from __future__ import annotations

import argparse
import copy
import datetime
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import OUT, SHARED, copy_site_config, export

from generator.briefing import Briefing
from generator.serve import ENGINES, HOOK_ENGINES, engine_program
from generator.site.render import render_site
from generator.site.write import write_pages


def base_briefings(corpus: list[Path]) -> list[Briefing]:
    """The corpus analysed once; reused while the corpus files are unchanged."""
    output = OUT / "site-base.jsonl"
    if not output.exists() or any(path.stat().st_mtime > output.stat().st_mtime for path in corpus):
        print(f"exporting {', '.join(map(str, corpus))} once ...", file=sys.stderr)
        export(corpus, output)
    return [Briefing.from_dict(json.loads(line)) for line in output.read_text(encoding="utf-8").splitlines()]


def varied(base: list[Briefing], count: int) -> list[Briefing]:
    """`count` briefings from the base: own id, source, title and date per copy; the base's
    one-article actors renamed per copy."""
    seen_in = Counter(actor.name for briefing in base for actor in {a.name: a for a in briefing.actors}.values())
    start = datetime.date(2020, 1, 1)
    out = []
    for number in range(count):
        briefing = copy.deepcopy(base[number % len(base)])
        generation = number // len(base)
        article = briefing.article
        article.id = f"{article.id}-{number}"
        article.source = f"article-{number:05d}.md"
        article.title = f"{article.title or article.id} ({number})"
        article.date = (start + datetime.timedelta(days=number % 2000)).isoformat()
        if generation:
            for actor in briefing.actors:
                if seen_in[actor.name] == 1:
                    actor.name = f"{actor.name} {_roman(generation)}"
        out.append(briefing)
    return out


def _roman(number: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][number] if number <= 10 else str(number)


def size_of(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def engine_build(engine: str, folder: Path) -> list[str]:
    strict = ["--strict", "--quiet"] if engine in HOOK_ENGINES else ["--strict"]
    return [*engine_program(engine), "build", *strict]


def run(briefings: list[Briefing], engines: list[str]) -> list[dict]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        copy_site_config(folder, build_from_seeds=False)
        started = time.perf_counter()
        pages = render_site(briefings)
        rendered = time.perf_counter()
        write_pages(folder / "docs", pages)
        written = time.perf_counter()
        results = []
        for engine in engines:
            shutil.rmtree(folder / "site", ignore_errors=True)
            began = time.perf_counter()
            completed = subprocess.run(
                engine_build(engine, folder), cwd=folder, capture_output=True, text=True,
                env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
            )
            built = time.perf_counter()
            if completed.returncode != 0:  # reported, and the other engines still run
                why = "killed (out of memory?)" if completed.returncode == -9 else (completed.stdout + completed.stderr)[-2000:]
                print(f"{engine}, {len(briefings)} briefings: build failed ({completed.returncode}) after {built - began:.0f} s: {why}")
                continue
            site = folder / "site"
            results.append({
                "engine": engine,
                "briefings": len(briefings),
                "actor pages": sum(1 for page in pages if page.path.startswith("actors/")) - 1,
                "render s": rendered - started,
                "write s": written - rendered,
                "build s": built - began,
                "total s": (written - started) + (built - began),
                "site MB": size_of(site) / 2**20,
                "html pages": sum(1 for _ in site.rglob("*.html")),
            })
        return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000])
    ap.add_argument("--engine", nargs="+", choices=ENGINES, default=["mkdocs"], help="the engines to build with")
    ap.add_argument("--corpus", type=Path, nargs="+",
                    default=[SHARED / "corpus/quotes/dev.jsonl", SHARED / "corpus/summaries/dev.jsonl"])
    args = ap.parse_args()
    base = base_briefings(args.corpus)
    results = [result for size in args.sizes for result in run(varied(base, size), args.engine)]
    for result in results:
        print("; ".join(f"{key} {value:.1f}" if isinstance(value, float) else f"{key} {value}" for key, value in result.items()))
    for engine in args.engine:
        mine = [r for r in results if r["engine"] == engine]
        if len(mine) > 1:
            print(f"{engine}: time({mine[-1]['briefings']}) / time({mine[0]['briefings']}) = {mine[-1]['total s'] / mine[0]['total s']:.2f}")
    first = args.engine[0]
    for size in args.sizes:
        built = {r["engine"]: r["build s"] for r in results if r["briefings"] == size}
        for engine in [e for e in args.engine[1:] if e in built and first in built]:
            print(f"{size} briefings: {engine} build / {first} build = {built[engine] / built[first]:.2f}")


if __name__ == "__main__":
    main()
