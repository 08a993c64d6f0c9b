"""Everything the pipeline keeps on disk: the per-shard cache, the runs, the published pointer.

    OUTPUT/cache/<key>/<table>.parquet     one shard's map outputs; <key> hashes all they depend on
    OUTPUT/runs/<run_id>/<table>/part-NNNNN.parquet, DATA_DICTIONARY.md, report.md
    OUTPUT/processed -> runs/<run_id>      the published version, a symlink switched in one step

Every write goes to a name no reader looks at (a temporary cache folder, a run folder nothing
points to yet) and becomes visible by one rename: a cache entry is complete or absent, and
`processed` is the previous run or the new one, whatever moment a run is killed at. Tables
and folders are flushed to the disk (fsync) before the rename that shows them, so that a
power cut cannot show a name whose content never reached the disk (the HTML report's pages
are not: they are rewritten by `python -m pipeline report`).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import IO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import schemas

PACKAGE = Path(__file__).resolve().parent
PUBLISHED = "processed"


class OutputError(Exception):
    """The output folder cannot be used (a file, not writable, busy): exit status 2."""


def digest(*parts) -> str:
    """A short stable hash of JSON-able parts."""
    return hashlib.sha1(json.dumps(parts, default=str, ensure_ascii=False).encode()).hexdigest()[:20]


def content_hash(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the pipeline package's source files and data: any change to a rule or a stage
    makes every cached shard stale, so a cache never outlives the code that filled it."""
    sha = hashlib.sha1()
    for file in sorted(PACKAGE.rglob("*")):
        if file.is_file() and "__pycache__" not in file.parts:
            sha.update(file.relative_to(PACKAGE).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return sha.hexdigest()[:20]


@lru_cache(maxsize=1)
def model_version() -> str:
    """The statistical model and the library that runs it, as installed."""
    return ";".join(f"{name}=={metadata.version(name)}" for name in ("fr_core_news_md", "spacy"))


# --- tables ---------------------------------------------------------------------------------

def to_arrow(df: pd.DataFrame, name: str) -> pa.Table:
    """A table with its declared schema when it has one (schemas.py), else as pandas gives it."""
    if name in schemas.SCHEMAS:
        return schemas.to_arrow(df, name)
    return pa.Table.from_pandas(df, preserve_index=False)


def read_table(path: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    """A Parquet file, or a dataset folder of part files, as one DataFrame. The parts are read
    one by one with pyarrow rather than through pd.read_parquet, whose dataset reader aborted
    the interpreter at exit now and then ("terminate called without an active exception")."""
    path = Path(path)
    files = sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]
    return pa.concat_tables([pq.read_table(f, columns=columns) for f in files]).to_pandas()


def read_final(folder: str | Path) -> dict[str, pd.DataFrame]:
    """The final tables of a published folder, by name (those it has)."""
    folder = Path(folder)
    found = {name: folder / name for name in schemas.FINAL_TABLES if (folder / name).is_dir()}
    found |= {name: folder / f"{name}.parquet" for name in schemas.FINAL_TABLES
              if name not in found and (folder / f"{name}.parquet").is_file()}
    return {name: read_table(path) for name, path in found.items()}


# --- cache ----------------------------------------------------------------------------------

class Cache:
    """Map outputs by key. An entry is a folder written under a temporary name and renamed."""

    def __init__(self, root: str | Path):
        self.root = Path(root)

    def has(self, key: str) -> bool:
        return (self.root / key).is_dir()

    def read(self, key: str, table: str, columns: list[str] | None = None) -> pd.DataFrame:
        return read_table(self.root / key / f"{table}.parquet", columns)

    def store(self, key: str, tables: dict[str, pd.DataFrame]) -> None:
        tmp = self.root / f".tmp-{key}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir(parents=True)
        for name, df in tables.items():
            _write_table(to_arrow(df, name), tmp / f"{name}.parquet")
        _sync(tmp)
        try:
            os.replace(tmp, self.root / key)
            _sync(self.root)
        except OSError:
            if not self.has(key):
                raise
            shutil.rmtree(tmp, ignore_errors=True)  # stored meanwhile by another worker: same content

    def prune(self, keep: set[str]) -> None:
        """Drop the entries this run did not use and the leftovers of killed runs."""
        for entry in self.root.iterdir():
            if entry.name not in keep:
                shutil.rmtree(entry, ignore_errors=True)


@contextmanager
def _durable(path: Path, mode: str = "wb", **options) -> Iterator[IO]:
    """A file opened for writing whose content is on the disk once the block ends."""
    with open(path, mode, **options) as file:
        yield file
        file.flush()
        os.fsync(file.fileno())


def _write_table(table: pa.Table, path: Path) -> None:
    with _durable(path) as file:
        pq.write_table(table, file)


def _sync(folder: Path) -> None:
    """Flush a folder's entries (the names of the files it holds) to the disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- runs and the published pointer ---------------------------------------------------------

def read_parts(folder: str | Path, tables: dict[str, list[str] | None]) -> Iterator[dict[str, pd.DataFrame]]:
    """The tables of a published folder (name -> the columns to read, None for all) one part
    at a time (a part is a shard of the run, the same number in every table), for work that
    need not hold the whole corpus at once."""
    folder = Path(folder)
    numbers = sorted({file.name for name in tables for file in (folder / name).glob("part-*.parquet")})
    if not numbers:  # tables written whole, by a version before the partitioned datasets
        yield {name: df for name, df in read_final(folder).items() if name in tables}
    for number in numbers:
        yield {name: read_table(folder / name / number, columns) for name, columns in tables.items()
               if (folder / name / number).is_file()}


def row_counts(folder: str | Path) -> dict[str, int]:
    """The rows of each final table of a published folder, from the Parquet footers alone."""
    folder = Path(folder)
    files = {name: sorted((folder / name).glob("part-*.parquet")) if (folder / name).is_dir()
             else [folder / f"{name}.parquet"] for name in schemas.FINAL_TABLES}
    return {name: sum(pq.ParquetFile(f).metadata.num_rows for f in paths)
            for name, paths in files.items() if all(f.is_file() for f in paths) and paths}


class Run:
    """A new version of the final tables, invisible until `publish` switches the pointer."""

    def __init__(self, output: Path, run_id: str):
        self.output = output
        self.folder = output / "runs" / run_id
        self.folder.mkdir(parents=True)

    def write_part(self, table: str, part: int, df: pd.DataFrame) -> None:
        folder = self.folder / table
        folder.mkdir(exist_ok=True)
        _write_table(to_arrow(df, table), folder / f"part-{part:05d}.parquet")

    def write_text(self, name: str, text: str) -> None:
        with _durable(self.folder / name, "w", encoding="utf-8") as file:
            file.write(text)

    def publish(self) -> None:
        """Point `processed` at this run in one rename, then drop all but the last runs."""
        pointer = self.output / PUBLISHED
        previous = published_run(self.output)
        if pointer.is_dir() and not pointer.is_symlink():  # a folder from before versioned runs
            shutil.rmtree(self.output / "runs" / "unversioned", ignore_errors=True)
            os.replace(pointer, self.output / "runs" / "unversioned")
        for folder in [*(f for f in self.folder.iterdir() if f.is_dir()), self.folder, self.folder.parent]:
            _sync(folder)
        link = self.output / f".{PUBLISHED}-{self.folder.name}"
        os.symlink(Path("runs") / self.folder.name, link)
        os.replace(link, pointer)
        _sync(self.output)
        keep = {self.folder.name, previous.name if previous else None}
        for run in (self.output / "runs").iterdir():
            if run.name not in keep:
                shutil.rmtree(run, ignore_errors=True)


def published_run(output: Path) -> Path | None:
    """The run folder `processed` points to, if any."""
    pointer = output / PUBLISHED
    return pointer.resolve() if pointer.is_symlink() else None


@contextmanager
def locked(output: Path) -> Iterator[None]:
    """One run at a time per output folder (the lock dies with its process, even on kill -9)."""
    if output.exists() and not output.is_dir():
        raise OutputError(f"output path is a file, not a folder: {output} (give a folder path)")
    try:
        output.mkdir(parents=True, exist_ok=True)
        handle = (output / ".lock").open("w")
    except PermissionError as err:
        raise OutputError(f"cannot write to the output folder {output}: permission denied") from err
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise OutputError(f"another run is writing to {output}: wait for it to finish") from err
        yield
