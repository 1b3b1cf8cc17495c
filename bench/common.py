"""Shared plumbing of the benchmarks: export through the CLI, then run a shared scorer."""
from __future__ import annotations

import argparse
import json
import shutil
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


def corpus_texts(paths: list[Path], count: int) -> list[str]:
    """`count` article texts from JSONL corpus files (`text` field), repeated as needed."""
    texts: list[str] = []
    while len(texts) < count:
        before = len(texts)
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                texts.append(json.loads(line)["text"])
        if len(texts) == before:
            sys.exit("no texts in the corpus files")
    return texts[:count]


def write_seeds(seeds: Path, texts: list[str]) -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (seeds / f"article-{i:05d}.md").write_text(f"---\ntitle: Article {i}\n---\n{text}\n", encoding="utf-8")


def copy_site_config(folder: Path, build_from_seeds: bool = True) -> None:
    """The project's mkdocs.yml (its hook by absolute path) and hand-written pages, into `folder`.
    Without `build_from_seeds` the hook builds the pages already in docs/ as they are."""
    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = [str(ROOT / hook) for hook in config["hooks"]]
    if not build_from_seeds:
        config["extra"]["briefings"]["seeds"] = False
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    for name in ("about.md", "tags.md", "assets"):
        source, target = ROOT / "docs" / name, folder / "docs" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            shutil.copy(source, target)
