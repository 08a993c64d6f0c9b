"""The edge of the pipeline: reads inputs, runs stages, writes Parquet.

Stages are pure functions (tables in, tables out); this module is the only one that
touches the file system. Every stage writes its tables to temporary files and renames
them only once all of them are written, so an interrupted run leaves the previous outputs
intact.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from . import schemas
from .clean import clean
from .export import export, report
from .extract import extract
from .ner import model_pass, refine_entities, story_parts
from .segment import segment

STAGES = ["clean", "segment", "ner", "extract", "export"]
STAGE_DIRS = {"clean": "01_clean", "segment": "02_segment", "ner": "03_ner", "extract": "04_extract"}
# Table names each stage writes (rejects of stage X are stored as rejects.parquet in its dir).
OUTPUTS = {
    "clean": ["documents", "rejects"],
    "segment": ["stories", "rejects"],
    "ner": ["entities", "model_entities", "sentences"],
    "extract": ["dates", "money", "quantities", "events", "roles", "rejects"],
}


def silent(iterable, **_):
    """The default progress wrapper: no bar."""
    return iterable


class InputError(Exception):
    """Bad input folder or metadata file: reported to the user, exit status 2."""


@dataclass
class Paths:
    input: Path
    output: Path

    def interim(self, stage: str, table: str) -> Path:
        return self.output / "interim" / STAGE_DIRS[stage] / f"{table}.parquet"

    @property
    def processed(self) -> Path:
        return self.output / "processed"


def run(input_dir: Path, output_dir: Path, stages: list[str] | None = None,
        progress: Callable = silent, log: Callable[[str], None] = print) -> dict[str, pd.DataFrame]:
    """Run `stages` (all by default) and return the final tables."""
    paths = Paths(Path(input_dir), Path(output_dir))
    if not paths.input.is_dir():
        raise InputError(f"input folder not found: {paths.input}")
    for stage in stages or STAGES:
        log(f"[{stage}]")
        _STAGE_RUNNERS[stage](paths, progress)
    return read_final(paths.processed)


def _run_clean(paths: Paths, progress: Callable) -> None:
    raw, unreadable = read_inputs(paths.input)
    documents, rejects = clean(raw, read_metadata(paths.input))
    rejects = pd.concat([unreadable, rejects], ignore_index=True)
    _write_stage(paths, "clean", {"documents": documents, "rejects": rejects})


def _run_segment(paths: Paths, progress: Callable) -> None:
    stories, rejects = segment(_read(paths.interim("clean", "documents")))
    _write_stage(paths, "segment", {"stories": stories, "rejects": rejects})


def _run_ner(paths: Paths, progress: Callable) -> None:
    """The model pass is the slow part: story bodies whose id (a hash of their text) went
    through it before keep their cached output, so one changed file runs the model on its
    stories only (titles, bylines and source lines are a few words, always re-run). The
    domain rules then run on the whole corpus, since acronyms defined in one story serve
    the others."""
    stories = _read(paths.interim("segment", "stories"))
    documents = _read(paths.interim("clean", "documents"))
    parts = story_parts(stories, dict(zip(documents["doc_id"], documents["author"])))
    cached = _read_previous(paths, "ner", "model_entities"), _read_previous(paths, "ner", "sentences")
    done = set(cached[1]["story_id"]) & set(stories["story_id"])
    todo = parts[~(parts["story_id"].isin(done) & (parts["part"] == "body"))]
    bar = (lambda it: progress(it, total=len(todo), desc="ner")) if len(todo) else silent
    fresh = model_pass(todo, progress=bar)
    old_entities, old_sentences = cached
    model_entities = pd.concat([old_entities[old_entities["story_id"].isin(done)
                                             & (old_entities["part"] == "body")], fresh[0]], ignore_index=True)
    sentences = pd.concat([old_sentences[old_sentences["story_id"].isin(done)], fresh[1]], ignore_index=True)
    _write_stage(paths, "ner", {
        "entities": refine_entities(parts, model_entities),
        "model_entities": model_entities,
        "sentences": sentences,
    })


def _run_extract(paths: Paths, progress: Callable) -> None:
    documents = _read(paths.interim("clean", "documents"))
    tables = extract(_read(paths.interim("segment", "stories")),
                     _read(paths.interim("ner", "entities")),
                     _read(paths.interim("ner", "sentences")),
                     doc_paths=dict(zip(documents["doc_id"], documents["path"])))
    _write_stage(paths, "extract", tables)


def _run_export(paths: Paths, progress: Callable) -> None:
    tables = {}
    for stage, names in OUTPUTS.items():
        for name in names:
            key = f"rejects_{stage}" if name == "rejects" else name
            tables[key] = _read(paths.interim(stage, name))
    final = export(tables)
    _write_tables(paths.processed, {name: (df, name) for name, df in final.items()},
                  extra={"DATA_DICTIONARY.md": schemas.data_dictionary(), "report.md": report(final)})


_STAGE_RUNNERS = {"clean": _run_clean, "segment": _run_segment, "ner": _run_ner,
                  "extract": _run_extract, "export": _run_export}


# --- input ----------------------------------------------------------------------------------

def read_inputs(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every *.txt under `folder` as (path, content bytes), sorted; unreadable files as rejects."""
    rows, rejects = [], []
    for file in sorted(folder.rglob("*.txt")):
        rel = file.relative_to(folder).as_posix()
        try:
            rows.append({"path": rel, "content": file.read_bytes()})
        except OSError as err:
            rejects.append({"path": rel, "stage": "read", "reason": f"cannot read file: {err.strerror}"})
    return (pd.DataFrame(rows, columns=["path", "content"]),
            pd.DataFrame(rejects, columns=["path", "stage", "reason"]))


def read_metadata(folder: Path) -> pd.DataFrame | None:
    """DIR/metadata.csv (file, publication_date, url, outlet), all but `file` optional."""
    path = folder / "metadata.csv"
    if not path.exists():
        return None
    try:
        metadata = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: not a readable CSV file ({err})") from err
    if "file" not in metadata.columns:
        raise InputError(f"{path}: needs a 'file' column (found: {', '.join(metadata.columns)})")
    return metadata


# --- Parquet --------------------------------------------------------------------------------

def read_table(path: Path) -> pd.DataFrame:
    """One Parquet table as a DataFrame. pyarrow directly rather than pd.read_parquet,
    whose dataset reader aborted the interpreter at exit now and then ("terminate called
    without an active exception", about 1 run in 20 here), failing make targets."""
    return pq.read_table(path).to_pandas()


def _read(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise InputError(f"{path} is missing: run the earlier stages first")
    return read_table(path)


def _read_previous(paths: Paths, stage: str, table: str) -> pd.DataFrame:
    """A previous run's table, or an empty one when there is none or it was written with
    another schema (an older version of the pipeline): a cache is never half trusted."""
    path = paths.interim(stage, table)
    if not path.exists() or pq.read_schema(path).names != schemas.SCHEMAS[table].names:
        return schemas.empty(table)
    return read_table(path)


def read_final(folder: Path) -> dict[str, pd.DataFrame]:
    """The final tables of a processed folder (empty dict if export has not run)."""
    return {name: read_table(folder / f"{name}.parquet")
            for name in schemas.FINAL_TABLES if (folder / f"{name}.parquet").exists()}


def _write_stage(paths: Paths, stage: str, tables: dict[str, pd.DataFrame]) -> None:
    folder = paths.interim(stage, "x").parent
    _write_tables(folder, {name: (df, name) for name, df in tables.items()})


def _write_tables(folder: Path, tables: dict[str, tuple[pd.DataFrame, str]],
                  extra: dict[str, str] | None = None) -> None:
    """Write every file under a temporary name, then rename them all: all or nothing."""
    folder.mkdir(parents=True, exist_ok=True)
    staged = []
    for name, (df, schema_name) in tables.items():
        tmp = folder / f".{name}.parquet.tmp"
        pq.write_table(schemas.to_arrow(df, schema_name), tmp)
        staged.append((tmp, folder / f"{name}.parquet"))
    for name, text in (extra or {}).items():
        tmp = folder / f".{name}.tmp"
        tmp.write_text(text, encoding="utf-8")
        staged.append((tmp, folder / name))
    for tmp, final in staged:
        os.replace(tmp, final)
