"""Shared fixtures: one pipeline run on the seeds and one evaluation per test session."""

from pathlib import Path

import pytest

import pandas as pd

from pipeline.evaluate import evaluate, real_news
from pipeline.runner import run

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seeds_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds_run")
    run(ROOT / "seeds", out, log=lambda msg: None)
    return out


@pytest.fixture(scope="session")
def seeds_tables(seeds_output):
    from pipeline.runner import read_final
    return read_final(seeds_output / "processed")


@pytest.fixture(scope="session")
def figures(tmp_path_factory):
    work = tmp_path_factory.mktemp("eval")
    return pd.concat([real_news(work), evaluate(work_dir=work, baseline=False)], ignore_index=True)
