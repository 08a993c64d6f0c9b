"""Every engine runs the same map steps and writes the same tables, row for row."""

import pandas as pd

import pipeline.engines.dask
from pipeline.cli import main
from pipeline.runner import run
from conftest import write_corpus


def test_the_process_pool_and_dask_give_the_tables_of_one_process(tmp_path):
    folder = write_corpus(tmp_path / "in", 5)
    alone = run(folder, tmp_path / "alone", shard_size=1)  # one shard per file, in this process
    pool = run(folder, tmp_path / "pool", workers=2, shard_size=1)
    dask = run(folder, tmp_path / "dask", engine="dask", workers=2, shard_size=1)  # a LocalCluster of 2 processes
    assert len(alone["documents"]) == 5 and len(alone["entities"])
    for name, table in alone.items():
        pd.testing.assert_frame_equal(pool[name], table)
        pd.testing.assert_frame_equal(dask[name], table)


def test_a_scheduler_out_of_reach_is_a_one_line_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline.engines.dask, "CONNECT_TIMEOUT", "1s")
    folder = write_corpus(tmp_path / "in", 1)
    assert main(["run", "--input", str(folder), "--output", str(tmp_path / "out"), "--quiet",
                 "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
