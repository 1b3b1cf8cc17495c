"""Edit-to-page latency under `mkdocs serve --dirty`.

    python bench/serve.py [--articles 1000] [--project DIR] [--edits 3]

Makes a project of N seeds from corpus texts (in a temporary folder, or in --project to keep
it between runs), builds it once, starts `mkdocs serve --dirty` on 127.0.0.1, then edits one
seed several times and prints how long each edit took to show on the served briefing page.
"""
import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from common import ROOT, SHARED, copy_site_config, corpus_texts, write_seeds

ENV = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}


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


def measure(project: Path, edits: int) -> list[float]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        page = f"http://127.0.0.1:{port}/briefings/article-0/"
        started = time.perf_counter()
        wait_for(page, "Article 0", timeout=600)
        print(f"serve ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        time.sleep(2)
        seed = project / "seeds" / "article-00000.md"
        original = seed.read_text(encoding="utf-8")
        latencies = []
        try:
            for number in range(edits):
                marker = f"Edited sentence number {number} appears here at {time.time():.0f}"
                seed.write_text(original + f"\n{marker}.\n", encoding="utf-8")
                latencies.append(wait_for(page, marker, timeout=120))
                time.sleep(2)
        finally:
            seed.write_text(original, encoding="utf-8")
        return latencies
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--project", type=Path, default=None, help="keep the project here (reused when it has seeds)")
    ap.add_argument("--edits", type=int, default=3)
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
        latencies = measure(project, args.edits)
    print(f"articles {args.articles}; edit -> updated page under `mkdocs serve --dirty`: "
          f"median {statistics.median(latencies):.2f} s, max {max(latencies):.2f} s ({', '.join(f'{s:.2f}' for s in latencies)})")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
