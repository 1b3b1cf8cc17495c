"""`python -m generator serve`: the site served live by the engine of one's choice.

MkDocs and ProperDocs run the project's hook, which builds the briefings before each build
and watches seeds/ itself; for them this command is their own `serve`. Zensical runs no
hooks: here the generator builds once, starts `zensical serve` (which watches docs/), and
watches seeds/ itself, building again when a seed or sidecar changes. Either way one seed
edit is one build of the briefings. The engine runs with `NO_MKDOCS_2_WARNING` set: Material's
banner about MkDocs 2.0, which the pins keep out.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

ENGINES = ("mkdocs", "properdocs", "zensical")
HOOK_ENGINES = frozenset({"mkdocs", "properdocs"})
POLL_SECONDS = 0.5


class EngineNotFound(RuntimeError):
    """The engine asked for is not installed."""


def engine_program(engine: str) -> list[str]:
    """How to run the engine: beside this Python first (its virtual environment), then on PATH."""
    if engine == "mkdocs":
        return [sys.executable, "-m", "mkdocs"]
    beside = Path(sys.executable).parent / engine
    program = str(beside) if beside.is_file() else shutil.which(engine)
    if program is None:
        raise EngineNotFound(f"{engine} is not installed (pip install -e '.[{engine}]')")
    return [program]


def engine_command(engine: str, config: Path, address: str, dirty: bool = False) -> list[str]:
    """The engine's own serve command for the site configured in `config`."""
    extra = ["--dirty"] if dirty and engine in HOOK_ENGINES else []
    return [*engine_program(engine), "serve", "-f", str(config), "-a", address, *extra]


def seeds_stamp(seeds_dir: Path) -> tuple:
    """What changes when a seed or a sidecar is added, edited or removed."""
    found = []
    for path in sorted(seeds_dir.rglob("*")):
        try:
            if path.is_file():
                stat = path.stat()
                found.append((path.as_posix(), stat.st_size, stat.st_mtime_ns))
        except OSError:  # removed while we looked: the next look sees it gone
            continue
    return tuple(found)


def watch_seeds(
    seeds_dir: Path, rebuild: Callable[[], None], stop: threading.Event, interval: float = POLL_SECONDS, since: tuple | None = None
) -> None:
    """Call `rebuild` once each time the seeds change from how they were `since` (default: now),
    until `stop` is set. Changes that come while a rebuild runs are seen after it, as one more
    rebuild."""
    last = seeds_stamp(seeds_dir) if since is None else since
    while not stop.wait(interval):
        now = seeds_stamp(seeds_dir)
        if now != last:
            last = now
            rebuild()


def serve(command: list[str], builds_itself: bool, seeds_dir: Path | None, rebuild: Callable[[], None]) -> int:
    """Run the engine's server `command` until it stops (or Ctrl-C, or SIGTERM, which stop it
    too); returns its exit status. An engine that `builds_itself` (through the hook) is left
    alone; for another one the briefings are built first and again on every change of the
    seeds. Without a seeds folder (`extra.briefings.seeds: false`) docs/ is served as it is."""
    environment = {"NO_MKDOCS_2_WARNING": "1", **os.environ}  # Material's banner about MkDocs 2.0, which the pins keep out
    watching = not builds_itself and seeds_dir is not None
    if watching:
        since = seeds_stamp(seeds_dir)  # taken before the first build: an edit during it is not missed
        rebuild()
    stop = threading.Event()
    server = subprocess.Popen(command, env=environment)
    previous = signal.signal(signal.SIGTERM, lambda *_: server.terminate())  # never leave the engine running
    if watching:
        watcher = threading.Thread(target=watch_seeds, args=(seeds_dir, rebuild, stop, POLL_SECONDS, since), daemon=True)
        watcher.start()
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        return server.wait()
    finally:
        stop.set()
        signal.signal(signal.SIGTERM, previous)
