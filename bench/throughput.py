"""Throughput and incremental-build benchmark.

    python bench/throughput.py [--articles 1000 3000] [--jobs 2] [--corpus ../shared/corpus/quotes/dev.jsonl ...]

For each N, writes N seeds made from corpus texts into a temporary folder (never into the
project), then prints: a full build's articles/s and its ratio to bare `nlp.pipe` over the
same texts (measured once, on the first N, in this process), the no-change rebuild time, the
one-edit rebuild time, and the peak RSS of the full build. With --jobs, also the articles/s
of a full build with `--jobs N`.
"""
import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, SHARED, corpus_texts, write_seeds

from generator.analyse.nlp import load_model


def timed_build(project: Path, *options: str) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one `python -m generator build` in its own process (the
    RSS of its own process: worker processes are not counted)."""
    started = time.perf_counter()
    code = (
        "import resource, sys\n"
        "from generator.cli import main\n"
        "try:\n    main(standalone_mode=False)\n"
        "finally:\n    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code, "build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs"), *options],
        cwd=ROOT, capture_output=True, text=True,
    )
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        sys.exit(completed.stderr)
    return seconds, int(completed.stderr.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000])
    ap.add_argument("--jobs", type=int, default=1, help="also time a full build with --jobs N")
    ap.add_argument("--corpus", type=Path, nargs="+",
                    default=[SHARED / "corpus/quotes/dev.jsonl", SHARED / "corpus/summaries/dev.jsonl"])
    args = ap.parse_args()
    bare = bare_rate(corpus_texts(args.corpus, args.articles[0]))
    print(f"bare nlp.pipe {bare:.1f} articles/s over {args.articles[0]} articles")
    for count in args.articles:
        print(measure(corpus_texts(args.corpus, count), bare, args.jobs), flush=True)


def bare_rate(texts: list[str]) -> float:
    nlp = load_model()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return len(texts) / (time.perf_counter() - started)


def measure(texts: list[str], bare: float, jobs: int) -> str:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        write_seeds(project / "seeds", texts)
        full, rss = timed_build(project)
        unchanged, _ = timed_build(project)
        edited = project / "seeds" / "article-00000.md"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more sentence was added by the editor.\n", encoding="utf-8")
        one_edit, _ = timed_build(project)
        parallel = timed_build(project, "--no-cache", "--jobs", str(jobs))[0] if jobs > 1 else None
    line = (
        f"articles {len(texts)}; full build {len(texts) / full:.1f} articles/s (ratio to bare nlp.pipe {len(texts) / full / bare:.2f}); "
        f"no-change rebuild {unchanged:.2f} s; one-edit rebuild {one_edit:.2f} s; peak RSS {rss / 1024:.0f} MB"
    )
    if parallel:
        line += f"; --jobs {jobs}: {len(texts) / parallel:.1f} articles/s (ratio {len(texts) / parallel / bare:.2f})"
    return line


if __name__ == "__main__":
    main()
