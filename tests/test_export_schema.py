"""Guards EXPORT.md, the export contract: its tables are parsed here and a real export is
checked against them both ways (every documented field present, nothing undocumented, each
value of the documented type, null only where the table says so, enumerated values only).
The document is the single source of truth: change the export, change EXPORT.md."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

CONTRACT = Path(__file__).resolve().parent.parent / "EXPORT.md"
SCALARS = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,)}
HEADING = re.compile(r"^#+ `(\w+)`")
ROW = re.compile(r"^\|(.+)\|\s*$")
ENUM = re.compile(r"^- `(\w+)` is one of: (.+)$")

COPY = """Home
News
Sport

Council loses appeal over riverside flats

By Mark Hughes
Published 12 March 2024

The city council has lost its case at the High Court over the riverside flats, a ruling that leaves the developer free to build 300 homes on the old wharf.

“We will appeal,” said Jane Roe, the council leader. She added that residents had been “let down by a flawed process”.

According to the developer, Harbour Homes, work could start in the spring. “This is a good day for the city,” its chief executive, Tom Black, said.

Share this article
© 2024 Riverside Echo. All rights reserved.
"""
MARKDOWN = """---
title: Observatory opens new telescope
date: 2024-05-01
url: https://www.valleytimes.example/news/telescope
tags: [science, astronomy]
---
Russian President Vladimir Putin said on Monday that the Halvard Observatory would get a new telescope.

# A long wait

"It took us ten years to get here," said director Maria Santos. She said it would be open to schools.
"""
HTML = ("<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
        "<p>Dock workers in Rotterdam returned to work on Monday after a two-week strike over pay.</p>"
        "<h2>The deal</h2><p>“We got what we asked for,” the union's spokesman, Piet de Vries, told reporters.</p>"
        "</article></body></html>")


def parse_contract(text: str) -> tuple[dict, dict]:
    """{object: {field: (type, nullable)}} from the tables, {object: {field: values}} from the
    'is one of' lines, each under its heading '### `object`'."""
    tables, enums, current = {}, {}, None
    for line in text.splitlines():
        if heading := HEADING.match(line):
            current = heading.group(1)
        elif (row := ROW.match(line)) and current:
            cells = [cell.strip().strip("`") for cell in row.group(1).split("|")]
            if cells[:4] == ["field", "type", "null", "meaning"] or set(cells[0]) <= {"-", " "}:
                continue
            field, kind, null = cells[:3]
            assert null in ("yes", "no"), f"EXPORT.md, {current}.{field}: null must be yes or no, not {null!r}"
            tables.setdefault(current, {})[field] = (kind, null == "yes")
        elif (enum := ENUM.match(line)) and current:
            enums.setdefault(current, {})[enum.group(1)] = set(re.findall(r"`([^`]+)`", enum.group(2)))
    return tables, enums


TABLES, ENUMS = parse_contract(CONTRACT.read_text(encoding="utf-8"))


def problems(value, kind: str, tables: dict, enums: dict, where: str) -> list[str]:
    """What is wrong with `value` as a `kind` ('string', 'list of actor', ...): [] when nothing."""
    if kind.startswith("list of "):
        if not isinstance(value, list):
            return [f"{where}: {value!r} is not a list"]
        return [p for i, item in enumerate(value) for p in problems(item, kind[8:], tables, enums, f"{where}[{i}]")]
    if kind in SCALARS:
        ok = isinstance(value, SCALARS[kind]) and not isinstance(value, bool) or kind == "boolean" and isinstance(value, bool)
        return [] if ok else [f"{where}: {value!r} is not {kind}"]
    if kind not in tables:
        return [f"{where}: EXPORT.md has no table for type {kind!r}"]
    if not isinstance(value, dict):
        return [f"{where}: {value!r} is not an object ({kind})"]
    table, found = tables[kind], []
    if missing := [f for f in table if f not in value]:
        found.append(f"{where}: EXPORT.md documents {kind} fields the export lacks: {missing}")
    if extra := [f for f in value if f not in table]:
        found.append(f"{where}: the export emits {kind} fields EXPORT.md does not document: {extra}")
    for field, (field_kind, nullable) in table.items():
        if field not in value:
            continue
        item, at = value[field], f"{where}.{field}"
        if item is None:
            found += [] if nullable else [f"{at}: null, but EXPORT.md says null: no"]
            continue
        found += problems(item, field_kind, tables, enums, at)
        allowed = enums.get(kind, {}).get(field)
        if allowed is not None and item not in allowed:
            found.append(f"{at}: {item!r} is not one of the documented values {sorted(allowed)}")
    return found


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> list[dict]:
    folder = tmp_path_factory.mktemp("export")
    (folder / "appeal.txt").write_text(COPY, encoding="utf-8")
    (folder / "telescope.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "lines.jsonl").write_text(json.dumps({"id": 7, "html": HTML, "date": "March 4, 2024"}) + "\n", encoding="utf-8")
    output = folder / "out.jsonl"
    inputs = [str(folder / name) for name in ("appeal.txt", "telescope.md", "lines.jsonl")]
    result = CliRunner().invoke(main, ["export", *inputs, "-o", str(output)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]


def test_contract_is_well_formed():
    assert {"article", "block", "actor", "quote"} <= set(TABLES), f"EXPORT.md tables found: {sorted(TABLES)}"
    for name, table in TABLES.items():
        for field, (kind, _) in table.items():
            base = kind.removeprefix("list of ")
            assert base in SCALARS or base in TABLES, f"EXPORT.md, {name}.{field}: unknown type {kind!r}"
    for name, fields in ENUMS.items():
        assert set(fields) <= set(TABLES[name]), f"EXPORT.md lists values for undocumented {name} fields"
        assert all(fields.values()), f"EXPORT.md: an empty list of values under {name}"


def test_the_inputs_exercise_every_object(exported):
    assert [line["source"] for line in exported] == ["appeal.txt", "telescope.md", "lines.jsonl:1"]
    assert all(line[name] for line in exported for name in ("blocks", "actors", "quotes")), "an input left a list empty"
    assert any(q["speaker_id"] for line in exported for q in line["quotes"]), "no quote was attributed"


def test_every_line_matches_the_contract(exported):
    found = [p for number, line in enumerate(exported, 1) for p in problems(line, "article", TABLES, ENUMS, f"line {number}")]
    assert not found, "the export disagrees with EXPORT.md:\n" + "\n".join(found)


def test_every_documented_field_is_exported(exported):
    """Two-way: a field EXPORT.md lists but no line carries fails here, by name."""
    emitted = {"article": set().union(*exported)}
    for name in ("block", "actor", "quote"):
        emitted[name] = set().union(*(item for line in exported for item in line[name + "s"]))
    for name, fields in emitted.items():
        missing = sorted(set(TABLES[name]) - fields)
        assert not missing, f"EXPORT.md documents {name} fields the export lacks: {missing}"


def test_the_check_catches_a_wrong_contract(exported):
    """The check is not vacuous: a documented field the export lacks, a wrong type, a wrong
    nullability and a missing enumerated value each fail it."""
    line = exported[0]
    for change in ("field", "type", "null", "enum"):
        tables = {name: dict(table) for name, table in TABLES.items()}
        enums = {name: {f: set(v) for f, v in fields.items()} for name, fields in ENUMS.items()}
        if change == "field":
            tables["article"]["storyline"] = ("string", True)
        elif change == "type":
            tables["article"]["body"] = ("integer", False)
        elif change == "null":
            tables["article"]["title"] = ("string", False)
            line = dict(line, title=None)
        else:
            enums["actor"]["kind"] = {"nobody"}
        assert problems(line, "article", tables, enums, "line"), f"a wrong {change} in EXPORT.md went unnoticed"
