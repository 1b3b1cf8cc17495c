"""Export: analyse articles without writing a site, one JSON line per article.

The contract is EXPORT.md, guarded by `tests/test_export.py` and `tests/test_export_schema.py`.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from generator.analyse.parallel import IN_PROCESS, Execution, analyse_all
from generator.analyse.settings import KeyPointSettings
from generator.briefing import Article
from generator.errors import SeedError
from generator.read.records import article_from_record
from generator.read.seeds import ARTICLE_SUFFIXES, read_seed
from generator.site.write import write_atomic


def read_inputs(inputs: list[Path]) -> Iterator[Article | SeedError]:
    """Articles from files, folders of article files, and `.jsonl` files (one article a line)."""
    for given in inputs:
        if given.is_dir():
            for path in sorted(p for p in given.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()):
                yield _read(path, path.relative_to(given).as_posix())
        elif given.suffix.lower() == ".jsonl":
            yield from _read_jsonl(given)
        else:
            yield _read(given, given.name)


def _read(path: Path, source: str) -> Article | SeedError:
    try:
        return read_seed(path, source)
    except SeedError as error:
        return error


def _read_jsonl(path: Path) -> Iterator[Article | SeedError]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        yield SeedError(path.name, f"cannot read ({error})")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{path.name}:{number}"
        try:
            yield article_from_record(json.loads(line), source)
        except json.JSONDecodeError as error:
            yield SeedError(source, f"not valid JSON ({error.msg})")
        except SeedError as error:
            yield error


def export(
    inputs: list[Path], output: Path, settings: KeyPointSettings = KeyPointSettings(), execution: Execution = IN_PROCESS
) -> list[SeedError]:
    """Write the export JSONL atomically; returns the articles that could not be analysed."""
    articles, failures = [], []
    for item in read_inputs(inputs):
        (failures if isinstance(item, SeedError) else articles).append(item)
    lines = []
    for outcome in analyse_all(articles, settings, execution):
        if isinstance(outcome, SeedError):
            failures.append(outcome)
        else:
            lines.append(json.dumps(outcome.to_dict(), ensure_ascii=False, sort_keys=False))
    write_atomic(output, "".join(line + "\n" for line in lines))
    return failures
