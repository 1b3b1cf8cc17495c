"""The generated docs/ is the same site under every engine; the hook is a convenience only."""
import re
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner
from test_end_to_end import generate, make_project

from generator import mkdocs_hook
from generator.cli import main
from generator.errors import ConfigError
from generator.options import seeds_folder
from generator.serve import EngineNotFound, engine_program, seeds_stamp, watch_seeds
from generator.site.config import read_site_config
from generator.site.write import is_generated

BRIEFING = Path("briefings") / "putin-russian-forces-to-withdraw-from-syria" / "index.html"


def engine_available(engine: str) -> bool:
    try:
        engine_program(engine)
    except EngineNotFound:
        return False
    return True


def without_hook(project: Path) -> Path:
    """The project's configuration with its hook taken out: what an engine without hooks sees."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"(?m)^hooks:\n(  - .*\n)+", "", text), encoding="utf-8")
    assert "hooks:" not in config.read_text(encoding="utf-8")
    return project


def engine_build(engine: str, project: Path) -> Path:
    strict = ["--strict"] if engine != "zensical" else []
    completed = subprocess.run([*engine_program(engine), "build", *strict], cwd=project, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return project / "site"


def broken_links(site: Path) -> list[tuple[str, str]]:
    """Every internal href of every page that leads to no file of the site."""
    broken = []
    for page in site.rglob("*.html"):
        for href in re.findall(r'href="([^"]*)"', page.read_text(encoding="utf-8")):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path or href.startswith("#"):
                continue
            path = unquote(parts.path)
            target = site / path.lstrip("/") if path.startswith("/") else page.parent / path  # the 404 page links from the root
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append((page.relative_to(site).as_posix(), href))
    return broken


def assert_briefing_page(site: Path) -> None:
    page = (site / BRIEFING).read_text(encoding="utf-8")
    assert "Russian President Vladimir Putin on Monday ordered" in page[page.index("Key points") :], "key points"
    assert "<strong>Sergei Shoigu</strong>" in page and 'href="../../actors/vladimir-putin/"' in page, "actor cards"
    assert "The task that was set before our defence ministry" in page[page.index('class="briefing-quotes"') :], "quotes"


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs", "zensical"])
def test_the_generated_docs_build_the_same_site_without_the_hook(tmp_path, engine):
    if not engine_available(engine):
        pytest.skip(f"{engine} is not installed (pip install -e '.[{engine}]')")
    project = without_hook(make_project(tmp_path))
    assert generate(project).exit_code == 0
    site = engine_build(engine, project)
    assert broken_links(site) == []
    assert_briefing_page(site)


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
def test_with_the_hook_the_engine_builds_the_briefings_itself(tmp_path, engine):
    if not engine_available(engine):
        pytest.skip(f"{engine} is not installed (pip install -e '.[{engine}]')")
    site = engine_build(engine, make_project(tmp_path))
    assert broken_links(site) == []
    assert_briefing_page(site)


def test_without_directory_urls_links_end_in_html(tmp_path):
    project = without_hook(make_project(tmp_path))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "use_directory_urls: false\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs"),
                                       "--config", str(config)])
    assert result.exit_code == 0, result.output
    site = engine_build("mkdocs", project)
    assert broken_links(site) == []
    assert 'href="../../actors/vladimir-putin/index.html"' in (site / BRIEFING).read_text(encoding="utf-8")


def test_site_config_reads_mkdocs_yml_with_tags_only_mkdocs_knows(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: X\nsite_url: https://example.org/news/\nuse_directory_urls: false\ndocs_dir: pages\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "extra:\n  briefings:\n    seeds: articles\n    key_points: {count: 3}\n",
        encoding="utf-8",
    )
    site = read_site_config(config)
    assert (site.site_url, site.directory_urls, site.docs) == ("https://example.org/news/", False, tmp_path / "pages")
    assert seeds_folder(site.briefings, site.folder) == tmp_path / "articles"
    assert read_site_config(tmp_path / "missing.yml").directory_urls is True
    config.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="mkdocs.yml"):
        read_site_config(config)


def test_feeds_take_the_configured_site_url_never_the_serve_address(tmp_path):
    """`mkdocs serve` sets site_url to its own address; the hook writes the configured one."""
    project = make_project(tmp_path)
    config_file = project / "mkdocs.yml"
    config_file.write_text(config_file.read_text(encoding="utf-8").replace(
        "# site_url: https://example.github.io/briefings/", "site_url: https://example.org/news/"), encoding="utf-8")
    config = SimpleNamespace(
        config_file_path=str(config_file), docs_dir=str(project / "docs"), site_url="http://127.0.0.1:8000/news/",
        use_directory_urls=True, extra={"briefings": {}},
    )
    mkdocs_hook.on_pre_build(config)
    feed = (project / "docs" / "feed.xml").read_text(encoding="utf-8")
    assert "https://example.org/news/briefings/putin-russian-forces-to-withdraw-from-syria/" in feed
    assert "127.0.0.1" not in feed


class RecordingServer:
    def __init__(self):
        self.watched, self.unwatched = [], []

    def watch(self, path, recursive=True):
        self.watched.append(path)

    def unwatch(self, path):
        self.unwatched.append(path)


def test_under_serve_the_hook_watches_seeds_and_hand_written_pages_not_generated_ones(tmp_path):
    project = make_project(tmp_path)
    assert generate(project).exit_code == 0
    docs = project / "docs"
    server = RecordingServer()
    config = SimpleNamespace(config_file_path=str(project / "mkdocs.yml"), docs_dir=str(docs), use_directory_urls=True, extra={})
    assert mkdocs_hook.on_serve(server, config, builder=None) is server
    assert server.unwatched == [str(docs)]
    assert str(project / "seeds") in server.watched
    watched = [Path(path) for path in server.watched if Path(path).is_relative_to(docs)]
    assert docs / "about.md" in watched
    assert watched and not any(is_generated(path) or path.name.startswith(".") for path in watched)


def test_one_seed_edit_is_one_rebuild(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    seed = seeds / "a.md"
    seed.write_text("First text.\n", encoding="utf-8")
    builds, stop = [], threading.Event()
    watcher = threading.Thread(target=watch_seeds, args=(seeds, lambda: builds.append(1), stop, 0.05))
    watcher.start()
    try:
        stop.wait(0.3)
        assert builds == []
        seed.write_text("Second text, a little longer.\n", encoding="utf-8")
        (seeds / "a.yml").write_text("title: A\n", encoding="utf-8")
        for _ in range(100):
            if builds:
                break
            stop.wait(0.05)
        stop.wait(0.5)
        assert 1 <= len(builds) <= 2, "the edit and its sidecar: one rebuild, two at most if they fell apart"
        seen = len(builds)
        stop.wait(0.5)
        assert len(builds) == seen, "no rebuild without an edit"
    finally:
        stop.set()
        watcher.join()


def test_serve_without_hooks_builds_the_briefings_then_runs_the_engine(tmp_path, monkeypatch):
    project = make_project(tmp_path)
    ran = []
    monkeypatch.setattr("generator.cli.engine_command", lambda engine, config, address, dirty: ran.append(engine) or [sys.executable, "-c", "pass"])
    result = CliRunner().invoke(main, ["serve", "--engine", "zensical", "--config", str(project / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert ran == ["zensical"]
    assert (project / "docs" / "briefings" / "putin-russian-forces-to-withdraw-from-syria" / "index.md").exists()


def test_serve_names_a_missing_engine(tmp_path, monkeypatch):
    def missing(engine, config, address, dirty):
        raise EngineNotFound(f"{engine} is not installed (pip install -e '.[{engine}]')")

    monkeypatch.setattr("generator.cli.engine_command", missing)
    result = CliRunner().invoke(main, ["serve", "--engine", "zensical", "--config", str(make_project(tmp_path) / "mkdocs.yml")])
    assert result.exit_code == 1 and "zensical is not installed (pip install -e '.[zensical]')" in result.output


def test_stopping_serve_stops_the_engine(tmp_path):
    """SIGTERM (a supervisor, a benchmark, `kill`) ends the engine's server too, never leaves it running."""
    import os
    import signal
    import time

    pid_file = tmp_path / "engine.pid"
    engine = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    runner = (
        "import sys; from generator.serve import serve; "
        f"sys.exit(serve([sys.executable, '-c', {engine!r}], True, None, lambda: None))"
    )
    parent = subprocess.Popen([sys.executable, "-c", runner])
    for _ in range(200):
        if pid_file.exists() and pid_file.read_text():
            break
        time.sleep(0.05)
    engine_pid = int(pid_file.read_text())
    parent.send_signal(signal.SIGTERM)
    parent.wait(timeout=30)
    for _ in range(100):
        try:
            os.kill(engine_pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(engine_pid, signal.SIGKILL)
    pytest.fail("the engine's server was left running")


def test_an_edit_during_the_first_build_is_not_missed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("First text.\n", encoding="utf-8")
    since = seeds_stamp(seeds)
    (seeds / "a.md").write_text("Edited while the first build ran.\n", encoding="utf-8")
    builds, stop = [], threading.Event()
    watcher = threading.Thread(target=watch_seeds, args=(seeds, lambda: builds.append(1) or stop.set(), stop, 0.05, since))
    watcher.start()
    watcher.join(timeout=10)
    stop.set()
    assert builds == [1]
