"""Throughput and incremental-build benchmark.

    python bench/throughput.py [--articles 1000] [--corpus ../shared/corpus/quotes/dev.jsonl ...]

Writes N seeds made from corpus texts into a temporary folder (never into the project), then
prints: bare `nlp.pipe` articles/s over the same texts, a full build's articles/s and its
ratio to bare parsing, the no-change rebuild time, the one-edit rebuild time, and the peak
RSS of the full build.
"""
import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, SHARED, corpus_texts, write_seeds

from generator.nlp import load_model


def timed_build(project: Path) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one `python -m generator build` in its own process."""
    started = time.perf_counter()
    code = (
        "import resource, sys\n"
        "from generator.cli import main\n"
        "try:\n    main(standalone_mode=False)\n"
        "finally:\n    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code, "build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs")],
        cwd=ROOT, capture_output=True, text=True,
    )
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        sys.exit(completed.stderr)
    return seconds, int(completed.stderr.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, nargs="+",
                    default=[SHARED / "corpus/quotes/dev.jsonl", SHARED / "corpus/summaries/dev.jsonl"])
    args = ap.parse_args()
    texts = corpus_texts(args.corpus, args.articles)
    nlp = load_model()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    bare = len(texts) / (time.perf_counter() - started)
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        write_seeds(project / "seeds", texts)
        full, rss = timed_build(project)
        unchanged, _ = timed_build(project)
        edited = project / "seeds" / "article-00000.md"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more sentence was added by the editor.\n", encoding="utf-8")
        one_edit, _ = timed_build(project)
    print(
        f"articles {len(texts)}; bare nlp.pipe {bare:.1f} articles/s; full build {len(texts) / full:.1f} articles/s "
        f"(ratio {len(texts) / full / bare:.2f}); no-change rebuild {unchanged:.2f} s; one-edit rebuild {one_edit:.2f} s; "
        f"peak RSS {rss / 1024:.0f} MB; this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
