"""Shared fixtures: one pipeline run on the seeds and one evaluation per test session."""

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate
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
    return evaluate(work_dir=tmp_path_factory.mktemp("eval"), baseline=False)
