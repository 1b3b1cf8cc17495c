"""The export contract of EXPORT.md: these fields, these types, for every input kind."""
import dataclasses
import json

from click.testing import CliRunner
from conftest import SEED

from generator.briefing import Briefing
from generator.cli import main

ARTICLE_FIELDS = {"id": str, "title": (str, type(None)), "publisher": (str, type(None)), "date": (str, type(None)),
                  "url": (str, type(None)), "body": str, "key_points": list, "actors": list, "quotes": list,
                  "reading_doubts": list}
ACTOR_FIELDS = {"id": str, "name": str, "kind": str, "roles": list, "affiliation": (str, type(None)), "aliases": list, "mentions": int}
QUOTE_FIELDS = {"quote": str, "speaker": (str, type(None)), "speaker_id": (str, type(None)), "cue": (str, type(None)),
                "kind": str, "paragraph": int}
KINDS = {"person", "organisation", "country", "place", "group"}


def check_schema(line: dict) -> None:
    for field, kind in ARTICLE_FIELDS.items():
        assert isinstance(line[field], kind), field
    assert all(isinstance(point, str) for point in line["key_points"])
    actor_ids = set()
    for actor in line["actors"]:
        for field, kind in ACTOR_FIELDS.items():
            assert isinstance(actor[field], kind), field
        assert actor["kind"] in KINDS
        actor_ids.add(actor["id"])
    assert len(actor_ids) == len(line["actors"]), "actor ids are unique"
    paragraphs = line["body"].count("\n\n") + 1
    for quote in line["quotes"]:
        for field, kind in QUOTE_FIELDS.items():
            assert isinstance(quote[field], kind), field
        assert quote["kind"] in {"direct", "partial", "indirect"}
        assert quote["speaker_id"] is None or quote["speaker_id"] in actor_ids
        assert 1 <= quote["paragraph"] <= paragraphs


def test_export_file_folder_and_jsonl(tmp_path):
    records = tmp_path / "in.jsonl"
    records.write_text(
        json.dumps({"id": "j1", "text": "Police said the road was closed after the storm.\n\nIt reopened at noon.",
                    "title": "Road closed", "date": "2020-01-02"}) + "\n"
        + json.dumps({"id": "j2", "html": "<html><body><article><h1>Hello</h1>"
                      + "<p>The council said it would meet again next week to vote on the plan.</p>" * 3
                      + "</article></body></html>"}) + "\n",
        encoding="utf-8",
    )
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["export", str(SEED), str(SEED.parent), str(records), "-o", str(output)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [SEED.stem, SEED.stem, "j1", "j2"]
    for line in lines:
        check_schema(line)
    assert lines[0]["title"] == "Putin: Russian forces to withdraw from Syria"
    assert lines[0]["publisher"] == "Al Arabiya English" and lines[0]["date"] is None
    assert lines[2]["title"] == "Road closed" and lines[2]["date"] == "2020-01-02"
    assert lines[2]["body"] == "Police said the road was closed after the storm.\n\nIt reopened at noon."
    assert lines[2]["quotes"][0]["speaker"] == "Police"
    seed = Briefing.from_dict(lines[0])
    story = {key: lines[0].pop(key) for key in ("story", "story_title")}
    assert seed.to_dict() == lines[0], "the contract survives a round trip through the dataclasses"
    assert story == {"story": "putin-russian-forces-to-withdraw-from-syria", "story_title": lines[0]["title"]}
    assert lines[1]["story"] == story["story"], "the same article twice tells one story"
    assert lines[2]["story"] != story["story"]
    assert lines[0]["actors"] == [dataclasses.asdict(actor) for actor in seed.actors]
    assert lines[0]["quotes"] == [dataclasses.asdict(quote) for quote in seed.quotes]


def test_export_reports_bad_lines_and_keeps_the_rest(tmp_path):
    records = tmp_path / "in.jsonl"
    records.write_text('{"id": "ok", "text": "The mayor said the bridge will reopen."}\nnot json\n{"id": "x"}\n', encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["export", str(records), "-o", str(output)])
    assert result.exit_code == 1
    assert "in.jsonl:2: not valid JSON" in result.output
    assert "in.jsonl:3: line with id 'x' has neither 'text' nor 'html'" in result.output
    assert [json.loads(line)["id"] for line in output.read_text().splitlines()] == ["ok"]
