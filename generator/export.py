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
from generator.stories.grouping import GroupingSettings
from generator.stories.story import find_stories


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
    inputs: list[Path],
    output: Path,
    settings: KeyPointSettings = KeyPointSettings(),
    execution: Execution = IN_PROCESS,
    grouping: GroupingSettings = GroupingSettings(),
) -> list[SeedError]:
    """Write the export JSONL atomically; returns the articles that could not be analysed."""
    articles, failures = [], []
    for item in read_inputs(inputs):
        (failures if isinstance(item, SeedError) else articles).append(item)
    briefings = []
    for outcome in analyse_all(articles, settings, execution):
        (failures if isinstance(outcome, SeedError) else briefings).append(outcome)
    story_of = _stories(briefings, grouping)
    lines = [json.dumps({**briefing.to_dict(), **story_of.get(briefing.article.source, {})}, ensure_ascii=False) for briefing in briefings]
    write_atomic(output, "".join(line + "\n" for line in lines))
    return failures


def _stories(briefings: list, grouping: GroupingSettings) -> dict[str, dict]:
    """`story` and `story_title` for each briefing's line: the stories of the articles exported
    together (an article no other one tells is a story of its own)."""
    return {
        briefing.article.source: {"story": story.id, "story_title": story.title}
        for story in find_stories(briefings, grouping)
        for briefing in story.briefings
    }
