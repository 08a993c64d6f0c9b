"""Every engine runs the same map steps and writes the same tables, row for row."""

import pandas as pd

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
