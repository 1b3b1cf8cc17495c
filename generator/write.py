"""Writing the generated pages: atomic, only when changed, never over a hand-written page.

A generated page says so in its first lines (`GENERATED_MARK`); only such pages are ever
replaced or removed, so hand-written pages in docs/ are safe.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .render import GENERATED_MARK, Page

MARK_BYTES = 512


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_hand_written: list[str] = field(default_factory=list)


class UnsafePath(ValueError):
    pass


def is_generated(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return GENERATED_MARK.encode() in handle.read(MARK_BYTES)
    except OSError:
        return False


def target(docs_dir: Path, relative: str) -> Path:
    """The page's path inside docs/; anything that would land outside is refused."""
    root = docs_dir.resolve()
    path = (root / relative).resolve()
    if Path(relative).is_absolute() or ".." in Path(relative).parts or root not in path.parents:
        raise UnsafePath(f"refusing to write outside {docs_dir}: {relative}")
    return path


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside the target, flush it to disk, then rename over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_pages(docs_dir: Path, pages: list[Page]) -> WriteReport:
    report = WriteReport()
    wanted = set()
    for page in pages:
        path = target(docs_dir, page.path)
        wanted.add(path)
        if path.exists() and not is_generated(path):
            report.kept_hand_written.append(page.path)
            continue
        if path.exists() and path.read_text(encoding="utf-8") == page.text:
            report.unchanged.append(page.path)
            continue
        write_atomic(path, page.text)
        report.written.append(page.path)
    for path in sorted(docs_dir.resolve().rglob("*.md")):
        if path not in wanted and is_generated(path):
            path.unlink()
            report.removed.append(path.relative_to(docs_dir.resolve()).as_posix())
    return report
