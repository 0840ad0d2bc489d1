"""Running a batch on a Dask cluster (optional extra: `pip install 'treatylint[dask]'`).

Documents go to the workers in chunks; results come back in input order to the single SQLite
writer in this process. A worker that dies mid-task has its task retried elsewhere; a chunk that
keeps failing has its documents recorded as failed, with the error, rather than lost.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from linter.config import Config
from linter.document import ReadError
from linter.engine import check_file
from linter.results import FileResult

CHUNK = 8
RETRIES = 2


def check_chunk(paths: list[str], config: Config) -> list[FileResult]:
    return [check_file(path, config) for path in paths]


def for_workers(path: str) -> str:
    """A path a worker can open whatever its working directory: absolute, or an fsspec URL."""
    return path if "://" in path else os.path.abspath(path)


def results_on_dask(paths: list[str], config: Config, address: str) -> Iterator[FileResult]:
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) if address == "local" else None
    client = Client(cluster if cluster is not None else address)
    try:
        chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
        futures = client.map(check_chunk, [[for_workers(p) for p in chunk] for chunk in chunks], config=config, retries=RETRIES, pure=False)
        for chunk, future in zip(chunks, futures):
            try:
                results = future.result()
            except Exception as exc:  # the chunk failed on every attempt: record, never drop
                results = [FileResult(path, error=ReadError("E008", f"failed on the cluster: {type(exc).__name__}: {exc}"), config=config)
                           for path in chunk]
            for path, result in zip(chunk, results):
                result.path = path  # recorded under the name it was given, as a local run records it
                if result.document is not None:
                    result.document.path = path
                yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
