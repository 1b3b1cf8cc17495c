"""Writing the generated pages: all or nothing on failure, atomic per page on a crash, never
over a hand-written page.

A generated page says so in its first lines (`GENERATED_MARK`); only such pages are ever
replaced or removed, so hand-written pages in docs/ are safe. Writing has two phases: every
changed page is first staged as a hidden temporary file beside its target (this is where a
full disk or a read-only folder fails, and then every staged file is removed and the old site
is untouched); then each is renamed over its target, which needs no space and is atomic. A
process killed at any moment leaves every page either old or new; its leftover temporary
files are hidden from MkDocs (dot files) and removed by the next run.
"""
from __future__ import annotations

import errno
import fcntl
import functools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator.site.pages import GENERATED_MARK, Page

MARK_BYTES = 512
TEMP_PREFIX = ".briefings-"
TEMP_SUFFIX = ".tmp"
LOCK_NAME = ".briefings.lock"
FILE_MODE = 0o666  # what open() would give, less the umask: mkstemp's own 0600 would hide pages from a web server


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_hand_written: list[str] = field(default_factory=list)


class UnsafePath(ValueError):
    pass


class WriteError(OSError):
    """docs/ could not be written; the message says where and why, the old site is intact."""


class BuildLocked(RuntimeError):
    pass


def is_generated(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return GENERATED_MARK.encode() in handle.read(MARK_BYTES)
    except OSError:
        return False


def target(docs_dir: Path, relative: str, folders: dict[Path, Path] | None = None) -> Path:
    """The page's path inside docs/; anything that would land outside is refused. `folders`
    remembers resolved folders: resolving every page of a large site costs seconds."""
    root = docs_dir.resolve()
    if Path(relative).is_absolute() or ".." in Path(relative).parts:
        raise UnsafePath(f"refusing to write outside {docs_dir}: {relative}")
    path = root / relative
    folders = {} if folders is None else folders
    if path.parent not in folders:
        folders[path.parent] = path.parent.resolve()
    path = folders[path.parent] / path.name
    if path.is_symlink() or root not in path.parents:
        raise UnsafePath(f"refusing to write outside {docs_dir}: {relative}")
    return path


@functools.cache
def _umask() -> int:
    """The process's umask, read once: reading it means setting it (and straight back), which
    other threads of the process (`mkdocs serve`) should not see happen for every page."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _describe(error: OSError) -> str:
    return error.strerror or errno.errorcode.get(error.errno or 0, str(error))


def stage(path: Path, text: str) -> Path:
    """Write `text` to a hidden temporary file beside `path` (`write_pages` flushes them all to
    disk at once before any is renamed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
    except OSError as error:
        raise WriteError(error.errno, f"cannot write {path.parent}: {_describe(error)}") from None
    try:
        os.fchmod(handle, FILE_MODE & ~_umask())
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise WriteError(error.errno, f"cannot write {path}: {_describe(error)}") from None
    return Path(temporary)


def commit(temporary: Path, path: Path) -> None:
    """Rename a staged file over its target: atomic, and it needs no space."""
    try:
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise WriteError(error.errno, f"cannot write {path}: {_describe(error)}") from None


def write_atomic(path: Path, text: str, durable: bool = True) -> None:
    """One file: staged, flushed to disk (unless it is not `durable`: a cache entry or a state
    file that a power cut may lose, since it is checked before use), then renamed over its target."""
    temporary = stage(path, text)
    if durable:
        os.sync()
    commit(temporary, path)


def remove_leftovers(docs_dir: Path) -> None:
    """Temporary files a killed run left behind."""
    for leftover in docs_dir.rglob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)


def write_pages(docs_dir: Path, pages: list[Page]) -> WriteReport:
    report = WriteReport()
    root = docs_dir.resolve()
    if root.exists():
        remove_leftovers(root)
    wanted, changes, folders = set(), [], {}
    for page in pages:
        path = target(docs_dir, page.path, folders)
        wanted.add(path)
        if page.text is None:  # kept as it is on disk (the renderer checked it was made from the same inputs)
            report.unchanged.append(page.path)
        elif path.exists() and not is_generated(path):
            report.kept_hand_written.append(page.path)
        elif path.exists() and path.read_text(encoding="utf-8", errors="replace") == page.text:
            report.unchanged.append(page.path)
        else:
            changes.append((page, path))
    staged: list[tuple[Path, Path]] = []
    try:
        for page, path in changes:
            staged.append((stage(path, page.text), path))
    except WriteError:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    if staged:
        os.sync()  # every new page on disk before any old one is replaced: one flush, not one per file
    for (temporary, path), (page, _) in zip(staged, changes):
        commit(temporary, path)
        report.written.append(page.path)
    for path in sorted(root.rglob("*")) if root.exists() else []:
        if path.is_file() and path not in wanted and is_generated(path):
            path.unlink()
            report.removed.append(path.relative_to(root).as_posix())
            _remove_empty_folders(path.parent, root)
    return report


def _remove_empty_folders(folder: Path, root: Path) -> None:
    """The folder of a removed page, and its parents up to docs/, once nothing is left in them."""
    while folder != root and root in folder.parents and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


@contextmanager
def build_lock(docs_dir: Path) -> Iterator[None]:
    """One build at a time per docs/ folder; a second one is told so at once."""
    try:
        docs_dir.mkdir(parents=True, exist_ok=True)
        handle = open(docs_dir / LOCK_NAME, "a+")
    except OSError as error:
        raise WriteError(error.errno, f"cannot write {docs_dir}: {_describe(error)}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(f"another build is writing {docs_dir} (lock {docs_dir / LOCK_NAME}); try again when it ends") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
