"""The package's layout shows its pipeline, read -> analyse -> site, and its imports run one way
(ARCHITECTURE.md). Read from the code's own import statements, with nothing imported."""
import ast
from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "generator"
BASE = {"generator.briefing", "generator.errors", "generator.slugs", "generator.lexicon", "generator.trees"}  # what every stage may read
STAGES = {"generator.read": 1, "generator.analyse": 2, "generator.stories": 3, "generator.site": 4}  # the rest of the top conducts: 5
MAX_LINES = 600
MAX_TOP_MODULES = 12


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@cache
def imports(module: str) -> frozenset[str]:
    """Every module of the package or library `module` imports, at any depth of its code."""
    found = set()
    for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names if f"{node.module}.{alias.name}" in MODULES)
    return frozenset(found)


def internal(module: str) -> set[str]:
    return {name for name in imports(module) if name in MODULES and name != module}


def stage(module: str) -> int:
    if any(module == base or module.startswith(base + ".") for base in BASE):
        return 0
    return next((number for prefix, number in STAGES.items() if module == prefix or module.startswith(prefix + ".")), 5)


def test_at_most_twelve_modules_at_the_top_and_none_near_a_thousand_lines():
    top = [path for path in PACKAGE.glob("*.py")]
    assert len(top) <= MAX_TOP_MODULES, sorted(path.name for path in top)
    long = {name: n for name, path in MODULES.items() if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_runs_from_an_earlier_stage_to_a_later_one(module):
    later = sorted(name for name in internal(module) if stage(name) > stage(module))
    assert not later, f"{module} (stage {stage(module)}) imports {later}"


def test_the_imports_have_no_cycle():
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for name in sorted(internal(module)):
            if state.get(name) == 1:
                pytest.fail("import cycle: " + " -> ".join([*path, module, name]))
            if name not in state:
                visit(name, [*path, module])
        state[module] = 2

    for module in sorted(MODULES):
        if module not in state:
            visit(module, [])


def reaches(module: str) -> set[str]:
    seen, todo = set(), [module]
    while todo:
        current = todo.pop()
        for name in internal(current) - seen:
            seen.add(name)
            todo.append(name)
    return seen | {module}


@pytest.mark.parametrize("module", sorted(name for name in MODULES if stage(name) == 3))
def test_the_site_never_imports_spacy(module):
    assert not [name for name in reaches(module) if any(i == "spacy" or i.startswith("spacy.") for i in imports(name))]


@pytest.mark.parametrize("module", sorted(name for name in MODULES if stage(name) == 2))
def test_the_analysis_touches_no_markdown_templates_or_pages(module):
    assert not {i for i in imports(module) if i.split(".")[0] in ("jinja2", "markupsafe", "markdown", "mkdocs", "yaml")}


def test_a_reader_imports_neither_the_analysis_nor_the_site():
    readers = [name for name in MODULES if stage(name) == 1]
    assert readers and not [(r, i) for r in readers for i in internal(r) if stage(i) > 1]
