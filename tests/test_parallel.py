"""The analysis gives the same briefings, hence the same bytes, in this process, in several
processes and on a (local) Dask cluster."""
import json
import pickle

import pytest
from click.testing import CliRunner
from conftest import SEED

from generator.analyse.parallel import Execution, batches
from generator.cli import main
from generator.errors import SeedError

ARTICLES = [
    "The mayor said on Monday that the bridge would reopen in May after repairs.",
    "Police said the road was closed after the storm.\n\n“We are doing all we can,” Chief Ann Lee told reporters.",
    "The company announced a new factory in Ohio, according to a statement.",
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The seed, short articles, and one that fails: 40 lines, more than two batches."""
    folder = tmp_path_factory.mktemp("parallel")
    records = folder / "articles.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": ARTICLES[i % len(ARTICLES)] + f" It was story {i}."}) for i in range(38)]
    lines.insert(20, json.dumps({"id": "broken"}))
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(SEED), str(records)]


def export(inputs, tmp_path, *options):
    output = tmp_path / f"out{'-'.join(options)}.jsonl"
    result = CliRunner().invoke(main, ["export", *inputs, "-o", str(output), *options])
    assert result.exit_code == 1 and "articles.jsonl:21: line with id 'broken'" in result.output, result.output
    return output.read_bytes()


def test_several_processes_give_the_same_bytes(inputs, tmp_path):
    alone = export(inputs, tmp_path)
    assert alone.count(b"\n") == 39
    assert export(inputs, tmp_path, "--jobs", "2") == alone


def test_a_local_dask_cluster_gives_the_same_bytes(inputs, tmp_path):
    pytest.importorskip("dask.distributed", reason="needs Dask (pip install -e '.[dask]')")
    assert export(inputs, tmp_path, "--dask", "local", "--jobs", "2") == export(inputs, tmp_path)


def test_an_unreachable_scheduler_is_one_clear_error(inputs, tmp_path):
    pytest.importorskip("dask.distributed", reason="needs Dask (pip install -e '.[dask]')")
    result = CliRunner().invoke(main, ["export", str(SEED), "-o", str(tmp_path / "x.jsonl"), "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert not (tmp_path / "x.jsonl").exists()


def test_failures_travel_between_processes():
    error = pickle.loads(pickle.dumps(SeedError("a.txt", "empty file")))
    assert (error.source, error.problem, str(error)) == ("a.txt", "empty file", "a.txt: empty file")


def test_batches_keep_every_article_in_order():
    assert list(batches(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batches([], 3)) == []


def test_jobs_must_be_positive():
    with pytest.raises(ValueError):
        Execution(jobs=0)
