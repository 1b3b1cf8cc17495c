"""The analysis on several processes, or on a Dask cluster.

The analysis is a pure function from an article to its briefing (or to its SeedError), so it
can run anywhere the package is installed: articles go out in batches (BATCH, 16 articles),
each worker loads the model once and parses a batch with `nlp.pipe`, and the results come back
in the order of the articles. The same articles give the same briefings, hence the same pages,
however they ran (`tests/test_parallel.py` checks it on a local cluster).

- `jobs=1`: in this process (the default; nothing to start).
- `jobs=N`: N local processes (`spawn`, so a threaded caller such as `mkdocs serve` is safe).
- `dask="local"`: a Dask LocalCluster of N worker processes; `dask="tcp://host:8786"`: an
  existing Dask scheduler whose workers have this package and its model installed
  (`pip install -e ".[dask]"` on each machine, `dask scheduler` on one, `dask worker
  tcp://host:8786 --nthreads 1` on each worker).

Dask's distributed scheduler rather than Ray: it is pure Python from PyPI, needs no daemon for
a local cluster (tests start one in-process), and maps a plain function over batches, which is
all this needs. It is imported only when asked for (`pip install -e ".[dask]"`).
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice, repeat

from generator.analyse.settings import KeyPointSettings
from generator.briefing import Article, Briefing
from generator.errors import ExecutionError, SeedError

BATCH = 16
CONNECT_SECONDS = 10
Outcome = Briefing | SeedError


@dataclass(frozen=True)
class Execution:
    """Where the analysis runs: `jobs` processes here, or the Dask scheduler at `dask`."""

    jobs: int = 1
    dask: str | None = None

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError(f"jobs must be at least 1 (got {self.jobs})")


IN_PROCESS = Execution()


def analyse_batch(articles: list[Article], settings: KeyPointSettings) -> list[Outcome]:
    """One batch, start to end, in whatever process runs it."""
    from generator.analyse.article import analyse

    return list(analyse(articles, settings=settings))


def batches(articles: Iterable[Article], size: int = BATCH) -> Iterator[list[Article]]:
    items = iter(articles)
    while batch := list(islice(items, size)):
        yield batch


def analyse_all(articles: list[Article], settings: KeyPointSettings, execution: Execution = IN_PROCESS) -> Iterator[Outcome]:
    """The outcome of every article, in the order of the articles."""
    if not articles:
        return iter(())
    if execution.dask:
        return _on_dask(articles, settings, execution)
    if execution.jobs > 1 and len(articles) > BATCH:
        return _in_processes(articles, settings, execution.jobs)
    return iter(analyse_batch(articles, settings))


def _in_processes(articles: list[Article], settings: KeyPointSettings, jobs: int) -> Iterator[Outcome]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for outcomes in pool.map(analyse_batch, batches(articles), repeat(settings)):
            yield from outcomes


def _connect(client_class, address: str):
    try:
        return client_class(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as error:
        raise ExecutionError(f"cannot reach the Dask scheduler at {address}: {error}") from None


def _on_dask(articles: list[Article], settings: KeyPointSettings, execution: Execution) -> Iterator[Outcome]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ExecutionError('the analysis on Dask needs Dask: pip install -e ".[dask]"') from None
    if execution.dask == "local":
        cluster = LocalCluster(n_workers=execution.jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster, client = None, _connect(Client, execution.dask)
    try:
        futures = client.map(analyse_batch, list(batches(articles)), settings=settings, pure=False)
        for future in futures:
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
