"""The edge of the pipeline: plans shards, maps them on an engine, reduces, publishes.

Stages are pure functions (tables in, tables out); this module and `storage.py` are the
only ones that touch the file system. A run:

1. plan: every *.txt under INPUT, sorted by path, cut into shards of about `shard_size`
   files where the paths' hashes say (`_chunks`), so that adding or deleting a file
   changes its own shard, not every shard after it.
2. map 1, `prepare_shard` (no model): read, clean, segment -> documents, stories, rejects,
   and the names (acronyms) the shard's texts define.
3. reduce 1: the corpus lexicon, gazetteer plus every shard's names (corpus.lexicon).
4. map 2, `run_shard(shard, lexicon)`: model pass, entity rules, extract -> entities (with
   entity ids), dates, money, quantities, events, roles, rejects.
5. reduce 2 and publish: canonical names, entity_index, rejects, the report; each shard's
   rows become one part of each final table in a new run folder, published by switching
   the `processed` symlink in one step (storage.Run).

Each map's outputs are cached under a key that hashes everything they depend on: the
shard's paths, contents and metadata.csv rows and the code version (map 1), plus the
lexicon and the model version (map 2). A run re-does the maps whose key is new, and the
reduces, which read narrow tables only.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import stat
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from . import corpus, export, report, schemas, storage
from .clean import clean
from .engines import open_engine, silent
from .entities import Lexicon
from .extract import extract
from .ner import model_pass, refine_entities, story_parts
from .segment import segment
from .storage import OutputError, read_final, read_table  # noqa: F401  (the runner's public API)

SHARD_SIZE = 50
# Final tables each map writes per shard; entity_index and rejects are written by the reduce.
_PREPARED = ["documents", "stories"]
_RUN = ["entities", "roles", "dates", "money", "quantities", "events"]
_STORY_TABLES = ["stories", "entities", "dates", "money", "events"]  # what a story's report page shows

logger = logging.getLogger("pipeline")


class InputError(Exception):
    """Bad input folder or metadata file: reported to the user, exit status 2."""


# Seconds one document's clean or segment, or one story's rules, may take before they are
# stopped and the document or story rejected: news takes milliseconds, so only a runaway
# rule on a pathological text reaches it.
TIME_BUDGET = 60.0


class ShardError(Exception):
    """A map step failed on a shard: the message names its files."""


@dataclass(frozen=True)
class Shard:
    index: int
    input: str
    cache: str
    files: tuple[str, ...]
    metadata_columns: tuple[str, ...] | None  # None: there is no metadata.csv
    metadata: tuple[tuple, ...]  # the metadata.csv rows of these files
    key: str  # map 1's cache key
    ner_key: str = ""  # map 2's, known once the lexicon is
    time_budget: float | None = None  # seconds one document's clean or segment, or one story's rules, may take


@dataclass
class Summary:
    folder: Path  # OUTPUT/processed
    counts: dict[str, int]
    rejects: pd.DataFrame
    seconds: dict[str, float] = field(default_factory=dict)  # each step's, in run order


class _Steps:
    """Says when each step of a run starts (`log`) and keeps how long each one took."""

    def __init__(self, log: Callable[[str], None]):
        self.log, self.seconds = log, {}
        self._current: tuple[str, float] | None = ("plan", time.perf_counter())  # listing and hashing the inputs

    def start(self, name: str, message: str) -> None:
        self.stop()
        self.log(message)
        self._current = (name, time.perf_counter())

    def stop(self) -> dict[str, float]:
        if self._current:
            name, started = self._current
            self.seconds[name] = time.perf_counter() - started
            self._current = None
        return self.seconds


def run(input_dir: str | Path, output_dir: str | Path, **options) -> dict[str, pd.DataFrame]:
    """Run the pipeline (see `build` for the options) and return the final tables."""
    return read_final(build(input_dir, output_dir, **options).folder)


def build(input_dir: str | Path, output_dir: str | Path, *, workers: int = 1, engine: str = "local",
          scheduler: str | None = None, shard_size: int = SHARD_SIZE, time_budget: float | None = TIME_BUDGET,
          report: bool = True, progress: Callable = silent, log: Callable[[str], None] = logger.info) -> Summary:
    """Process every *.txt under `input_dir` and publish the tables in `output_dir`/processed."""
    input_dir, output = Path(input_dir), Path(output_dir)
    if not input_dir.is_dir():
        raise InputError(f"input folder not found: {input_dir}")
    steps = _Steps(log)
    with storage.locked(output):
        cache = storage.Cache(output / "cache")
        shards = [replace(s, time_budget=time_budget) for s in plan(input_dir, cache.root, shard_size)]
        with open_engine(engine, workers, scheduler) as pool:
            todo = [s for s in shards if not cache.has(s.key)]
            steps.start("clean+segment", f"{len(shards)} shards of about {shard_size} files; "
                                         f"clean and segment: {len(todo)} to run")
            pool.map(prepare_shard, todo, progress=progress, desc="clean+segment")
            lexicon = corpus.lexicon(cache.read(s.key, "learned") for s in shards)
            lexicon_key = storage.digest(list(lexicon.names.items()))
            shards = [replace(s, ner_key=storage.digest("run", s.key, lexicon_key, storage.model_version()))
                      for s in shards]
            todo = [s for s in shards if not cache.has(s.ner_key)]
            steps.start("ner+extract", f"model, entities, extract: {len(todo)} shards to run")
            pool.map(run_shard, todo, lexicon, progress=progress, desc="ner+extract")
        steps.start("publish", "corpus-wide names, entity index, publishing" + (", report" if report else ""))
        summary = publish(output, shards, cache, progress, html=report)
        cache.prune({s.key for s in shards} | {s.ner_key for s in shards})
    return replace(summary, seconds=steps.stop())


# --- plan -----------------------------------------------------------------------------------

def plan(input_dir: Path, cache: Path, shard_size: int = SHARD_SIZE) -> list[Shard]:
    """The shards of a run, in path order, with their map-1 cache keys."""
    files = text_files(input_dir)
    if not files:
        raise InputError(f"no *.txt file under {input_dir}: nothing to process")
    metadata = read_metadata(input_dir)
    columns = None if metadata is None else tuple(metadata.columns)
    rows: dict[str, list[tuple]] = {}
    for row in ([] if metadata is None else metadata.itertuples(index=False)):
        rows.setdefault(row.file, []).append(tuple(row))
    # rows naming no input file ride with the first shard, whose clean makes them reject rows
    orphans = tuple(row[:-1] + (f"metadata.csv names {path}, which is not under {input_dir}: its row is "
                                "ignored (a renamed or deleted file?)",)
                    for path in sorted(set(rows) - set(files)) for row in rows[path])
    shards = []
    for index, chunk in enumerate(_chunks(files, shard_size)):
        meta = tuple(row for path in chunk for row in rows.get(path, [])) + (orphans if index == 0 else ())
        hashes = [_file_hash(input_dir / path) for path in chunk]
        key = storage.digest("prepare", storage.code_version(), chunk, hashes, columns, meta)
        shards.append(Shard(index, str(input_dir), str(cache), tuple(chunk), columns, meta, key))
    return shards


def _chunks(files: list[str], size: int) -> Iterator[list[str]]:
    """Runs of about `size` files cut where a path's hash says (content-defined chunking, on
    paths): a shard ends after a file whose path hashes to 0 modulo size/2 once it holds
    size/2 files, or at 2 x size files. A file added or removed moves its own shard's end at
    most, and the next boundary of the hashes brings the cuts back in step, where cutting
    every `size` files would shift every later shard; the minimum keeps shards even enough
    to share among workers."""
    half, chunk = max(1, size // 2), []
    for path in files:
        chunk.append(path)
        if (len(chunk) >= half and int(hashlib.sha1(path.encode()).hexdigest()[:8], 16) % half == 0) \
                or len(chunk) >= 2 * size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _file_hash(path: Path) -> str:
    try:
        return storage.content_hash(path.read_bytes()) if _is_regular(path) else "not a regular file"
    except OSError as err:
        return f"unreadable: {err.strerror}"


def _is_regular(path: Path) -> bool:
    """Named pipes, sockets and devices are never opened: reading a pipe would block forever."""
    return stat.S_ISREG(path.stat().st_mode)


# --- map steps ------------------------------------------------------------------------------

def prepare_shard(shard: Shard) -> None:
    """Map 1: read, clean and segment a shard's files into its cache entry."""
    with _failing_on(shard, "clean and segment"):
        raw, unreadable = read_inputs(Path(shard.input), shard.files)
        metadata = None if shard.metadata_columns is None else \
            pd.DataFrame(list(shard.metadata), columns=list(shard.metadata_columns))
        documents, clean_rejects = clean(raw, metadata, shard.time_budget)
        stories, segment_rejects = segment(documents, shard.time_budget)
        parts = story_parts(stories)
        storage.Cache(shard.cache).store(shard.key, {
            "documents": export.count_stories(documents, stories),
            "stories": stories,
            "rejects": pd.concat([unreadable, clean_rejects, segment_rejects], ignore_index=True),
            "learned": corpus.learned_names(parts["text"]),
        })


def run_shard(shard: Shard, lexicon: Lexicon) -> None:
    """Map 2: the model pass, the entity rules and extract on a prepared shard."""
    with _failing_on(shard, "ner and extract"):
        cache = storage.Cache(shard.cache)
        documents, stories = (cache.read(shard.key, name) for name in _PREPARED)
        parts = story_parts(stories)
        model_entities, sentences = model_pass(parts)
        entities = refine_entities(parts, model_entities, lexicon)
        tables = extract(stories, entities, sentences, doc_paths=dict(zip(documents["doc_id"], documents["path"])),
                         time_budget=shard.time_budget)
        cache.store(shard.ner_key, {"entities": entities, **tables})


@contextmanager
def _failing_on(shard: Shard, step: str) -> Iterator[None]:
    try:
        yield
    except Exception as err:
        files = shard.files[0] if len(shard.files) == 1 else f"{shard.files[0]} … {shard.files[-1]}"
        raise ShardError(f"{step} failed on shard {shard.index} ({len(shard.files)} files: {files}): "
                         f"{type(err).__name__}: {err}") from err


# --- reduce and publish ---------------------------------------------------------------------

def publish(output: Path, shards: list[Shard], cache: storage.Cache, progress: Callable = silent,
            html: bool = True) -> Summary:
    """Reduce 2, then write the final tables as a new run (with the HTML report unless `html`
    is false) and switch `processed` to it."""
    names = corpus.canonical_names(cache.read(s.ner_key, "entities", ["entity_id", "canonical"]) for s in shards)
    new = storage.Run(output, f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}")
    counts = dict.fromkeys(schemas.FINAL_TABLES, 0)
    copied = corpus.copies((s.index, cache.read(s.key, "documents", ["doc_id", "paths"])) for s in shards)
    indexes, events, rejects = [], [], []
    for shard in progress(shards, total=len(shards), desc="publish"):
        tables = {name: cache.read(shard.key, name) for name in _PREPARED}
        tables |= {name: cache.read(shard.ner_key, name) for name in _RUN}
        tables = corpus.first_copies(tables, shard.index, copied)
        tables["entities"] = export.name_entities(tables["entities"], names)
        for name, df in tables.items():
            if len(df):
                new.write_part(name, shard.index, df)
                counts[name] += len(df)
        indexes.append(corpus.entity_index(tables["entities"], tables["documents"]))
        events.append(tables["events"][export.REPORTED_EVENT_COLUMNS])
        rejects += [cache.read(shard.key, "rejects"), cache.read(shard.ner_key, "rejects")]
    reduced = {"entity_index": corpus.merge_entity_indexes(indexes), "rejects": corpus.rejects(rejects)}
    for name, df in reduced.items():
        new.write_part(name, 0, df)
        counts[name] = len(df)
    for name in (n for n, count in counts.items() if count == 0 and n not in reduced):
        new.write_part(name, 0, schemas.empty(name))  # a table with no rows still has its schema
    new.write_text("DATA_DICTIONARY.md", schemas.data_dictionary())
    new.write_text("report.md", export.report(counts, reduced["entity_index"], pd.concat(events, ignore_index=True),
                                              reduced["rejects"]))
    if html:
        write_report(new.folder, progress)
    new.publish()
    return Summary(output / storage.PUBLISHED, counts, reduced["rejects"])


def write_report(folder: Path, progress: Callable = silent) -> None:
    """The analyst's HTML site in folder/report, from folder's tables, one shard at a time:
    a first pass gathers what pages link with (report.Overview), a second writes each
    shard's story pages, then the index and the entity pages."""
    overview = report.Overview(storage.row_counts(folder))
    for tables in storage.read_parts(folder, report.Overview.COLUMNS):
        overview.add(tables)
    shards = len(list((folder / "stories").glob("part-*.parquet"))) or 1
    for tables in progress(storage.read_parts(folder, dict.fromkeys(_STORY_TABLES)), total=shards, desc="report"):
        _write_pages(folder / "report", report.story_pages(overview, tables).items())
    narrow = {name: read_table(folder / name, columns) for name, columns in report.OVERVIEW_COLUMNS.items()}
    _write_pages(folder / "report", report.overview_pages(overview, narrow))


def _write_pages(folder: Path, pages: Iterable[tuple[str, str]]) -> None:
    for name, html in pages:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")


# --- input ----------------------------------------------------------------------------------

def text_files(folder: Path) -> list[str]:
    """Every *.txt under `folder` that is not a folder, as sorted relative paths."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.txt") if not p.is_dir())


def read_inputs(folder: Path, paths: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`paths` (default: every *.txt under `folder`, sorted) as (path, content bytes);
    files that cannot be read, or are no regular files, as rejects."""
    folder = Path(folder)
    rows, rejects = [], []
    for rel in text_files(folder) if paths is None else paths:
        file = folder / rel
        try:
            if not _is_regular(file):
                rejects.append({"path": rel, "stage": "read",
                                "reason": "not a regular file (a named pipe, socket or device): skipped"})
                continue
            rows.append({"path": rel, "content": file.read_bytes()})
        except OSError as err:
            rejects.append({"path": rel, "stage": "read", "reason": f"cannot read file: {err.strerror}"})
    return (pd.DataFrame(rows, columns=["path", "content"]),
            pd.DataFrame(rejects, columns=["path", "stage", "reason"]))


METADATA_COLUMNS = ("file", "publication_date", "url", "outlet")


def read_metadata(folder: Path) -> pd.DataFrame | None:
    """DIR/metadata.csv (file, publication_date, url, outlet), all but `file` optional, as
    strings, plus a `problem` column: what is wrong with the row (more fields than the header
    has columns), which clean turns into a reject row of that file. An unknown column is
    named in a warning line."""
    path = folder / "metadata.csv"
    if not path.exists():
        return None
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:
            reader = csv.reader(file)
            header = [name.strip() for name in next(reader, [])]
            rows = [_metadata_row(header, fields, reader.line_num) for fields in reader if any(fields)]
    except (csv.Error, UnicodeDecodeError) as err:
        raise InputError(f"{path}: not a readable CSV file ({err})") from err
    if not any(header):
        raise InputError(f"{path} is empty: give it a header line (file,publication_date,url,outlet) "
                         "or remove it")
    if "file" not in header:
        raise InputError(f"{path}: needs a 'file' column (found: {', '.join(header)})")
    if unknown := [name for name in header if name not in METADATA_COLUMNS]:
        logger.warning(f"{path}: column {', '.join(unknown)} not used (known: {', '.join(METADATA_COLUMNS)})")
    return pd.DataFrame(rows, columns=[*header, "problem"])


def _metadata_row(header: list[str], fields: list[str], line: int) -> list[str]:
    """A CSV row as strings, missing fields empty; surplus ones dropped but named in `problem`,
    since a row that says more than its header has usually lost a quote around a comma."""
    problem = ""
    if len(fields) > len(header):
        problem = (f"metadata.csv line {line} has {len(fields)} fields for {len(header)} columns: "
                   f"{', '.join(map(repr, fields[len(header):]))} ignored (quote a value holding a comma)")
    return fields[:len(header)] + [""] * (len(header) - len(fields)) + [problem]
