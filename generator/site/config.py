"""What the generator takes from the site's `mkdocs.yml`, for every engine alike.

The published address and the form of the URLs shape the links the generator writes;
`extra.briefings` holds its own settings (the seeds folder, how many key points, which actors
get a page), which `generator.options` turns into a build's options. The MkDocs hook reads
them from the configuration MkDocs loaded; `build` and `serve` read the file here.
`mkdocs.yml` may hold tags only MkDocs knows (`!!python/name:...`, `!ENV`), so the file is
only composed (parsed into nodes: nothing is constructed or run) and the few values needed
are read from the nodes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.errors import ConfigError

CONFIG_FILE = "mkdocs.yml"
FALSE = frozenset({"false", "no", "off"})


@dataclass(frozen=True)
class SiteConfig:
    folder: Path = Path(".")
    site_url: str | None = None
    directory_urls: bool = True
    docs_dir: str = "docs"
    briefings: dict = field(default_factory=dict)  # extra.briefings

    @property
    def docs(self) -> Path:
        return self.folder / self.docs_dir


def read_site_config(path: Path) -> SiteConfig:
    """The settings in `path`; the defaults when there is no such file. A file that cannot be
    read is an error naming it."""
    if not path.is_file():
        return SiteConfig(folder=path.parent)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the site configuration ({error})") from None
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"{path}: the site configuration is not a YAML mapping")
    scalars = {key.value: value.value.strip() for key, value in _items(root) if isinstance(value, yaml.ScalarNode)}
    return SiteConfig(
        folder=path.parent,
        site_url=scalars.get("site_url") or None,
        directory_urls=scalars.get("use_directory_urls", "true").lower() not in FALSE,
        docs_dir=scalars.get("docs_dir") or "docs",
        briefings=_briefings(root, path),
    )


def _items(node: yaml.MappingNode):
    return [(key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)]


def _briefings(root: yaml.MappingNode, path: Path) -> dict:
    """`extra.briefings` as plain data (it holds no tags; one that does is an error)."""
    extra = next((value for key, value in _items(root) if key.value == "extra"), None)
    if not isinstance(extra, yaml.MappingNode):
        return {}
    node = next((value for key, value in _items(extra) if key.value == "briefings"), None)
    if node is None:
        return {}
    try:
        options = yaml.safe_load(yaml.serialize(node))
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: extra.briefings: {error}") from None
    return options if isinstance(options, dict) else {}
