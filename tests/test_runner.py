"""The runner: shards, the per-shard cache, incremental runs, all-or-nothing publishing."""

import itertools
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import pipeline.runner as runner
from pipeline import storage
from pipeline.runner import plan, read_final, run
from pipeline.schemas import FINAL_TABLES
from conftest import ROOT, article, write_corpus


def _equal(a: dict, b: dict) -> bool:
    if a.keys() != b.keys():
        return False
    try:
        for name in a:
            pd.testing.assert_frame_equal(a[name], b[name])
    except AssertionError:
        return False
    return True


def _keys(folder: Path, cache: Path, size: int = 4) -> set[str]:
    return {s.key for s in plan(folder, cache, size)}


# --- shards ---------------------------------------------------------------------------------

def test_shards_cover_every_file_once_in_path_order(tmp_path):
    folder = write_corpus(tmp_path / "in", 40)
    shards = plan(folder, tmp_path / "cache", 4)
    files = [f for s in shards for f in s.files]
    assert files == sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.txt"))
    assert 4 < len(shards) < 40 and [s.index for s in shards] == list(range(len(shards)))


def test_adding_or_deleting_a_file_changes_the_shards_around_it_only(tmp_path):
    # Cutting every 8 files, a file added near the start would change every later shard.
    folder = write_corpus(tmp_path / "in", 200)
    before = _keys(folder, tmp_path / "cache", 8)
    (folder / "020b.txt").write_text(article(201), encoding="utf-8")
    added = _keys(folder, tmp_path / "cache", 8)
    assert len(before) > 20 and 1 <= len(before - added) <= 2 and 1 <= len(added - before) <= 3
    (folder / "101.txt").unlink()
    deleted = _keys(folder, tmp_path / "cache", 8)
    assert 1 <= len(added - deleted) <= 3 and 1 <= len(deleted - added) <= 2


def test_keys_follow_the_metadata_rows_and_the_code_version(tmp_path, monkeypatch):
    folder = write_corpus(tmp_path / "in", 12)
    (folder / "metadata.csv").write_text("file,publication_date\n", encoding="utf-8")
    before = _keys(folder, tmp_path / "cache")
    (folder / "metadata.csv").write_text("file,publication_date\n005.txt,2025-04-02\n", encoding="utf-8")
    assert len(_keys(folder, tmp_path / "cache") - before) == 1
    monkeypatch.setattr(storage, "code_version", lambda: "another version")
    assert not _keys(folder, tmp_path / "cache") & before


# --- incremental runs -----------------------------------------------------------------------

@pytest.fixture
def spied(monkeypatch):
    """The shard indexes each map step ran on (runs are in-process with one worker)."""
    calls = {"prepare": [], "run": []}
    real_prepare, real_run = runner.prepare_shard, runner.run_shard

    def prepare(shard):
        calls["prepare"].append(shard.index)
        return real_prepare(shard)

    def run_(shard, lexicon):
        calls["run"].append(shard.index)
        return real_run(shard, lexicon)
    monkeypatch.setattr(runner, "prepare_shard", prepare)
    monkeypatch.setattr(runner, "run_shard", run_)
    return calls


def test_a_changed_document_reruns_its_shard_only_and_gives_the_full_rebuild(tmp_path, spied):
    folder, out = write_corpus(tmp_path / "in", 8), tmp_path / "out"
    run(folder, out, shard_size=2)
    n_shards = len(plan(folder, out / "cache", 2))
    assert sorted(spied["prepare"]) == sorted(spied["run"]) == list(range(n_shards))

    (folder / "005.txt").write_text(article(5, city="Bougouni"), encoding="utf-8")
    changed = next(s.index for s in plan(folder, out / "cache", 2) if "005.txt" in s.files)
    spied["prepare"].clear(), spied["run"].clear()
    tables = run(folder, out, shard_size=2)
    assert spied == {"prepare": [changed], "run": [changed]}
    assert "Bougouni" in set(tables["entities"]["text"])
    assert _equal(tables, run(folder, tmp_path / "fresh", shard_size=2))

    spied["prepare"].clear(), spied["run"].clear()
    assert _equal(run(folder, out, shard_size=2), tables)
    assert spied == {"prepare": [], "run": []}


def test_an_acronym_defined_in_one_shard_serves_every_other(tmp_path, spied):
    folder, out = write_corpus(tmp_path / "in", 6), tmp_path / "out"
    (folder / "999.txt").write_text(article(7, city="Nioro du Sahel"), encoding="utf-8")
    run(folder, out, shard_size=2)
    # One document now defines an acronym: every shard's entities are read again with it.
    (folder / "999.txt").write_text(article(7, city="Nioro du Sahel") + "Le Programme d’Appui à la Connectivité "
                                    "des Villages (PACV) équipera 40 communes.\n", encoding="utf-8")
    spied["prepare"].clear(), spied["run"].clear()
    tables = run(folder, out, shard_size=2)
    shards = plan(folder, out / "cache", 2)
    assert len(spied["prepare"]) == 1 and sorted(spied["run"]) == list(range(len(shards)))
    assert _equal(tables, run(folder, tmp_path / "fresh", shard_size=2))


def test_the_entity_index_merged_from_shards_is_the_index_of_the_whole_corpus(tmp_path):
    """Reduce 2 merges each shard's entity_index (memory follows the entities, not the
    mentions): the result must be the index computed over every mention at once."""
    from pipeline import corpus

    folder = write_corpus(tmp_path / "in", 8)
    shutil.copy(folder / "002.txt", folder / "zz-copy.txt")  # a copy in another shard counts once
    (folder / "001.txt").write_text(article(1, city="Kayes") + "Kayes accueille Ibrahim Maïga.\n", encoding="utf-8")
    tables = run(folder, tmp_path / "out", shard_size=2)
    assert len(plan(folder, tmp_path / "cache", 2)) > 2
    whole = corpus.entity_index(tables["entities"], tables["documents"])
    pd.testing.assert_frame_equal(tables["entity_index"], storage.to_arrow(whole, "entity_index").to_pandas())


# --- publishing -----------------------------------------------------------------------------

def test_published_tables_are_datasets_that_read_in_one_line(tmp_path):
    out = tmp_path / "out"
    tables = run(write_corpus(tmp_path / "in", 6), out, shard_size=2)
    processed = out / "processed"
    assert processed.is_symlink() and (processed / "DATA_DICTIONARY.md").exists() and (processed / "report.md").exists()
    assert len(list((processed / "documents").glob("part-*.parquet"))) > 1
    for table in FINAL_TABLES:
        assert pq.read_schema(next((processed / table).glob("part-*.parquet"))).names == list(tables[table].columns)
    # The readers a user types, in a process of their own (see storage.read_table on pd.read_parquet).
    code = ("import pandas as pd, pyarrow.parquet as pq; "
            f"print(len(pd.read_parquet({str(processed / 'entities')!r})), "
            f"pq.read_table({str(processed / 'stories')!r}).num_rows, flush=True)")
    printed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split()
    assert printed == [str(len(tables["entities"])), str(len(tables["stories"]))]


def test_the_last_two_runs_are_kept_and_the_unused_cache_dropped(tmp_path):
    folder, out = write_corpus(tmp_path / "in", 3), tmp_path / "out"
    for city in ("Diéma", "Banamba", "Yélimané"):
        (folder / "000.txt").write_text(article(0, city=city), encoding="utf-8")
        run(folder, out, shard_size=2)
    runs = sorted((out / "runs").iterdir())
    assert len(runs) == 2 and (out / "processed").resolve() in runs
    assert len(list((out / "cache").iterdir())) == 2 * len(plan(folder, out / "cache", 2))


def test_a_processed_folder_from_before_versioned_runs_is_replaced(tmp_path):
    out = tmp_path / "out"
    (out / "processed").mkdir(parents=True)
    (out / "processed" / "documents.parquet").write_bytes(b"old")
    run(write_corpus(tmp_path / "in", 2), out)
    assert (out / "processed").is_symlink() and not (out / "processed" / "documents.parquet").exists()


def test_one_run_at_a_time_per_output_folder(tmp_path):
    out = tmp_path / "out"
    with storage.locked(out):
        with pytest.raises(storage.OutputError, match="another run is writing"):
            run(write_corpus(tmp_path / "in", 1), out)


# --- killed runs ----------------------------------------------------------------------------

class Crash(BaseException):
    """A simulated kill at a file operation (no `except Exception` of the pipeline stops it)."""


_FILE_OPERATIONS = [(os, "replace"), (os, "symlink"), (shutil, "rmtree"), (pq, "write_table"),
                    (Path, "mkdir"), (Path, "write_text")]


def test_a_crash_at_any_file_operation_leaves_the_old_or_the_new_tables(tmp_path, monkeypatch):
    folder, out = write_corpus(tmp_path / "in", 4), tmp_path / "out"
    old = run(folder, out, shard_size=2)
    (folder / "001.txt").write_text(article(1, city="Bougouni"), encoding="utf-8")
    new = run(folder, tmp_path / "fresh", shard_size=2)
    assert not _equal(old, new)
    for crash_at in itertools.count():
        done = {"n": 0}

        def crashing(real):
            def operation(*args, **kwargs):
                done["n"] += 1
                if done["n"] > crash_at:
                    raise Crash(f"killed before file operation {done['n']}")
                return real(*args, **kwargs)
            return operation
        with monkeypatch.context() as patch:
            for owner, name in _FILE_OPERATIONS:
                patch.setattr(owner, name, crashing(getattr(owner, name)))
            try:
                run(folder, out, shard_size=2)
                finished = True
            except Crash:
                finished = False
        published = read_final(out / "processed")
        assert _equal(published, old) or _equal(published, new), f"mixed state after {crash_at} operations"
        if finished:
            break
    assert crash_at > 20 and _equal(published, new)


def test_killing_a_real_run_never_publishes_a_mixed_state(tmp_path):
    folder, out = write_corpus(tmp_path / "in", 24), tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", "--input", str(folder), "--output", str(out),
               "--quiet", "--workers", "1", "--shard-size", "4"]
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=ROOT)
    duration = time.monotonic() - started
    old = read_final(out / "processed")
    for i in range(0, 24, 5):
        (folder / ("sub" if i % 4 == 3 else "") / f"{i:03d}.txt").write_text(article(i, city="Kita"), encoding="utf-8")
    moments, seen = random.Random(7), []
    for _ in range(5):  # moments from the start-up to past the end of a full run
        process = subprocess.Popen(command, cwd=ROOT)
        time.sleep(moments.uniform(0.3, 1.2 * duration))
        process.kill()
        process.wait()
        seen.append(read_final(out / "processed"))
    subprocess.run(command, check=True, cwd=ROOT)
    new = read_final(out / "processed")
    assert not _equal(old, new) and _equal(new, run(folder, tmp_path / "fresh", shard_size=4))
    assert all(_equal(tables, old) or _equal(tables, new) for tables in seen)
    assert not [p for p in (out / "cache").iterdir() if p.name.startswith(".tmp")]
