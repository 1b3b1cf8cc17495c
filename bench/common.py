"""Shared plumbing of the benchmarks: export through the CLI, then run a shared scorer."""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "bench" / "out"


def parser(description: str, corpus: Path) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("corpus", nargs="?", type=Path, default=corpus, help=f"corpus path (default: {corpus})")
    ap.add_argument("--eval-dir", type=Path, default=SHARED / "eval", help="folder of the shared scorers")
    ap.add_argument("--out", type=Path, default=OUT, help="where the exported predictions are kept")
    return ap


def export(inputs: list[Path], output: Path) -> float:
    """Run `python -m generator export`; returns the seconds it took."""
    output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "export", *map(str, inputs), "-o", str(output)],
        cwd=ROOT, stderr=subprocess.PIPE, text=True,
    )
    if completed.returncode not in (0, 1) or not output.exists():
        sys.exit(f"export failed:\n{completed.stderr}")
    failed = completed.stderr.count("error:")
    if failed:
        print(f"({failed} inputs could not be analysed)", file=sys.stderr)
    return time.perf_counter() - started


def score(scorer: Path, *args: str) -> str:
    completed = subprocess.run([sys.executable, str(scorer), *args], capture_output=True, text=True)
    if completed.returncode != 0:
        sys.exit(f"scorer failed:\n{completed.stderr}")
    return completed.stdout.strip()
