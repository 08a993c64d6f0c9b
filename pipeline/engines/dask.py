"""The Dask engine: the same map steps as tasks on a dask.distributed cluster.

`--scheduler tcp://host:8786` connects to a running cluster; without it a LocalCluster of
`workers` processes is started for the run. Tasks carry a shard (paths and hashes) and the
lexicon, scattered once to every worker; the model is never in the task graph: each worker
process loads it on its first shard (`nlp.load_ner_model` is cached per process) and keeps
it. Workers read the input folder and read and write OUTPUT/cache themselves, so on a real
cluster both must be on storage every worker sees at the same path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from dask.distributed import Client, LocalCluster, as_completed

from . import EngineError, silent

CONNECT_TIMEOUT = "20s"  # a scheduler that does not answer by then is out of reach


class DaskEngine:
    def __init__(self, workers: int, scheduler: str | None = None):
        self.workers, self.scheduler = max(1, workers), scheduler
        self._cluster = self._client = None

    def map(self, fn: Callable, items: list, *shared, progress: Callable = silent, desc: str = "") -> list:
        if not items:  # a run whose shards are all cached starts no cluster
            return []
        client = self._connect()
        scattered = [client.scatter(value, broadcast=True) for value in shared]
        futures = client.map(fn, items, *[[value] * len(items) for value in scattered], pure=False)
        for future in progress(as_completed(futures), total=len(futures), desc=desc):
            future.result()  # raises the task's exception here, at the first failure
        return client.gather(futures)

    def _connect(self) -> Client:
        if self._client is None:
            logging.getLogger("distributed").setLevel(logging.WARNING)
            if self.scheduler is None:
                self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                             processes=True, dashboard_address=None)
            try:
                self._client = Client(self.scheduler or self._cluster, timeout=CONNECT_TIMEOUT)
            except OSError as err:  # TimeoutError included
                raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler}: {err} "
                                  "(is `dask scheduler` running there?)") from err
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
