"""One set of build options, whoever builds: `python -m generator build`, `serve` and the MkDocs
hook read the same `mkdocs.yml` into the same `BuildOptions` (`generator/options.py`)."""
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from generator import cli, mkdocs_hook
from generator.analyse.settings import KeyPointSettings
from generator.build import BuildResult
from generator.errors import ConfigError
from generator.options import BuildOptions, KeyPointFlags, build_options
from generator.site.config import read_site_config
from generator.site.settings import ActorPageSettings
from generator.stories.grouping import GroupingSettings

SETTINGS = """
site_url: https://news.example/briefings/
use_directory_urls: false
extra:
  briefings:
    seeds: articles
    key_points: {count: 3}
    actor_pages: {min_briefings: 2}
    stories: {threshold: 0.2, window_days: 3}
"""


@pytest.fixture()
def site(tmp_path) -> Path:
    """A site whose mkdocs.yml sets every option the generator reads."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("generator/mkdocs_hook.py", str(ROOT / "generator" / "mkdocs_hook.py"))
    config = config.replace("extra:\n  briefings:", "extra_unused:\n  briefings:") + SETTINGS
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "docs").mkdir()
    return tmp_path


def expected(site: Path) -> BuildOptions:
    return BuildOptions(
        seeds=site / "articles", docs=site / "docs", cache=site / ".briefings-cache", site_url="https://news.example/briefings/",
        directory_urls=False, key_points=KeyPointSettings(count=3), actor_pages=ActorPageSettings(2),
        stories=GroupingSettings(threshold=0.2, window_days=3),
    )


def recorder(calls: list):
    def build(options, **_):
        calls.append(options)
        return BuildResult()
    return build


def test_build_serve_and_the_hook_agree_on_the_options_of_mkdocs_yml(site, monkeypatch):
    calls: list[BuildOptions] = []
    monkeypatch.setattr(cli, "build_site", recorder(calls))
    monkeypatch.setattr(mkdocs_hook, "build", recorder(calls))
    monkeypatch.setattr(cli, "engine_command", lambda *args: ["true"])
    monkeypatch.setattr(cli, "serve_site", lambda command, builds_itself, seeds, rebuild: rebuild() or 0)

    assert CliRunner().invoke(cli.main, ["build", "--config", str(site / "mkdocs.yml")]).exit_code == 0
    assert CliRunner().invoke(cli.main, ["serve", "--config", str(site / "mkdocs.yml")]).exit_code == 0
    from mkdocs.config import load_config

    mkdocs_hook.on_pre_build(load_config(str(site / "mkdocs.yml")))
    assert calls == [expected(site)] * 3


def test_a_flag_wins_over_its_setting(site):
    options = build_options(
        read_site_config(site / "mkdocs.yml"), seeds=site / "other", site_url="https://elsewhere.example/",
        key_points=KeyPointFlags(count=None, minimum=1, maximum=2), min_briefings=5, no_cache=True,
    )
    assert options.seeds == site / "other" and options.cache is None
    assert options.site_url == "https://elsewhere.example/"
    assert options.key_points == KeyPointSettings(minimum=1, maximum=2, count=3)  # the setting's count stays
    assert options.actor_pages == ActorPageSettings(5)
    assert options.docs == site / "docs" and options.directory_urls is False


def test_seeds_false_builds_nothing_but_build_says_why(site):
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("seeds: articles", "seeds: false"), encoding="utf-8")
    assert build_options(read_site_config(config)) is None
    result = CliRunner().invoke(cli.main, ["build", "--config", str(config)])
    assert result.exit_code == 1 and "extra.briefings.seeds is false" in result.output and "--seeds" in result.output


def test_a_bad_setting_names_itself(site):
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("{count: 3}", "{min: 5, max: 2}"), encoding="utf-8")
    with pytest.raises(ConfigError, match="extra.briefings.key_points"):
        build_options(read_site_config(config))
    result = CliRunner().invoke(cli.main, ["build", "--config", str(config)])
    assert result.exit_code == 1 and "extra.briefings.key_points" in result.output


@pytest.mark.parametrize("stories", ["{threshold: 0}", "{threshold: many}", "{window_days: -1}"])
def test_a_bad_story_setting_names_itself(site, stories):
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("{threshold: 0.2, window_days: 3}", stories), encoding="utf-8")
    with pytest.raises(ConfigError, match="extra.briefings.stories"):
        build_options(read_site_config(config))
