"""The local engine: a pool of worker processes on this machine, one model per worker.

Workers are started with "spawn" (a fresh interpreter: no fork of a process that holds
threads) and live for the whole run, so `nlp.load_ner_model`, cached per process, loads
the model once per worker. With one worker, or one item, the work runs in this process.
A worker whose run was killed (kill -9 leaves it waiting on its queue forever) exits.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed

from . import silent


class LocalEngine:
    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable, items: list, *shared, progress: Callable = silent, desc: str = "") -> list:
        if self.workers == 1 or len(items) <= 1:
            return [fn(item, *shared) for item in progress(items, total=len(items), desc=desc)]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_exit_with, initargs=(os.getpid(),))
        futures = [self._pool.submit(fn, item, *shared) for item in items]
        for future in progress(as_completed(futures), total=len(futures), desc=desc):
            future.result()  # raises the task's exception here, at the first failure
        return [future.result() for future in futures]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def _exit_with(parent: int) -> None:
    """In a worker: exit as soon as the run that started it is gone."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()
