"""Engines map one function over shards of documents; the runner does the rest.

An engine has one method, `map(fn, items, *shared, progress, desc)`, that calls
`fn(item, *shared)` for every item and returns the results in the order of `items`. The
functions are the runner's map steps (module-level, picklable, reading and writing the
shard cache themselves), so every engine runs the same stage code and writes the same
tables. `shared` values (the lexicon) are sent once per task, or once per worker on Dask.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

ENGINES = ("local", "dask")


class EngineError(Exception):
    """The engine cannot start (a scheduler out of reach): exit status 2."""


@contextmanager
def open_engine(name: str, workers: int, scheduler: str | None = None) -> Iterator:
    """The engine `name`, shut down (its worker processes stopped) on leaving the block."""
    if name == "dask":
        from .dask import DaskEngine  # dask is imported only by runs that use it
        engine = DaskEngine(workers, scheduler)
    else:
        from .local import LocalEngine
        engine = LocalEngine(workers)
    try:
        yield engine
    finally:
        engine.close()


def silent(iterable, **_):
    """The default progress wrapper: no bar."""
    return iterable
