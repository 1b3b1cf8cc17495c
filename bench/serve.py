"""Edit-to-page latency, and builds per edit, under `python -m generator serve --dirty`.

    python bench/serve.py [--articles 1000] [--project DIR] [--edits 3] [--engine mkdocs|properdocs|zensical]

Makes a project of N seeds from corpus texts (in a temporary folder, or in --project to keep
it between runs), builds it once, starts `python -m generator serve --engine E --dirty` on
127.0.0.1, then edits one seed several times and prints how long each edit took to show on
the served briefing page, and how many builds of the briefings and of the site each edit
caused (the goal is one of each).
"""
import argparse
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from common import ROOT, SHARED, copy_site_config, corpus_texts, write_seeds

from generator.serve import ENGINES

ENV = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
SETTLE_SECONDS = 5


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, marker: str, timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        page = fetch(url)
        if page is not None and marker in page:
            return time.perf_counter() - started
        time.sleep(0.05)
    sys.exit(f"{marker!r} did not appear on {url} within {timeout:.0f} s")


BRIEFINGS_BUILT = re.compile(r"\d+ briefings(?: \(up to date\))?; \d+ pages written")
SITE_BUILT = re.compile(r"Documentation built in|No issues found")  # MkDocs and ProperDocs; Zensical


def counts(log: Path) -> tuple[int, int]:
    """Builds of the briefings and of the site logged so far."""
    text = log.read_text(encoding="utf-8", errors="replace")
    return len(BRIEFINGS_BUILT.findall(text)), len(SITE_BUILT.findall(text))


def measure(project: Path, edits: int, engine: str, log: Path) -> tuple[list[float], list[tuple[int, int]]]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--engine", engine, "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=project, env={**ENV, "PATH": f"{Path(sys.executable).parent}:{ENV['PATH']}"},
        stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    try:
        page = f"http://127.0.0.1:{port}/briefings/article-0/"
        started = time.perf_counter()
        wait_for(page, "Article 0", timeout=600)
        print(f"serve ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        time.sleep(2)
        seed = project / "seeds" / "article-00000.md"
        original = seed.read_text(encoding="utf-8")
        latencies, builds = [], []
        try:
            for number in range(edits):
                before = counts(log)
                marker = f"Edited sentence number {number} appears here at {time.time():.0f}"
                seed.write_text(original + f"\n{marker}.\n", encoding="utf-8")
                latencies.append(wait_for(page, marker, timeout=120))
                time.sleep(SETTLE_SECONDS)  # a second build, if one comes, comes within this
                after = counts(log)
                builds.append((after[0] - before[0], after[1] - before[1]))
        finally:
            seed.write_text(original, encoding="utf-8")
        return latencies, builds
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--project", type=Path, default=None, help="keep the project here (reused when it has seeds)")
    ap.add_argument("--edits", type=int, default=3)
    ap.add_argument("--engine", choices=ENGINES, default="mkdocs")
    ap.add_argument("--corpus", type=Path, nargs="+",
                    default=[SHARED / "corpus/quotes/dev.jsonl", SHARED / "corpus/summaries/dev.jsonl"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        project = args.project or Path(temporary)
        if not (project / "seeds").is_dir():
            write_seeds(project / "seeds", corpus_texts(args.corpus, args.articles))
        copy_site_config(project)
        subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, env=ENV, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        latencies, builds = measure(project, args.edits, args.engine, Path(temporary) / "serve.log")
    print(f"articles {args.articles}; {args.engine}: edit -> updated page: "
          f"median {statistics.median(latencies):.2f} s, max {max(latencies):.2f} s ({', '.join(f'{s:.2f}' for s in latencies)}); "
          f"builds per edit (briefings, site): {', '.join(f'{b}, {s}' for b, s in builds)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
