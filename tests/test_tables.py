"""Every processed table loads with the types it is declared with (pipeline/schemas.py),
whatever reads it: pyarrow, pandas (default and pyarrow-backed), DuckDB and polars."""

from datetime import date

import duckdb
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.runner import read_final
from pipeline.schemas import FINAL_TABLES, SCHEMAS

# Columns a row always fills: declared once, in the schemas.
REQUIRED = {table: [f.name for f in SCHEMAS[table] if not f.nullable] for table in FINAL_TABLES}
DATES = [(t, f.name) for t in FINAL_TABLES for f in SCHEMAS[t] if pa.types.is_date32(f.type)]
LISTS = [(t, f.name) for t in FINAL_TABLES for f in SCHEMAS[t] if pa.types.is_list(f.type)]


@pytest.fixture(scope="module")
def folder(seeds_output):
    return seeds_output / "processed"


def _glob(folder, table: str) -> str:
    return str(folder / table / "*.parquet")


def _duck_types(relation) -> dict[str, str]:
    return dict(zip(relation.columns, map(str, relation.types)))


@pytest.mark.parametrize("table", FINAL_TABLES)
def test_pyarrow_reads_the_declared_schema_and_required_columns_are_filled(folder, table):
    data = pq.read_table(folder / table)
    assert data.schema.equals(SCHEMAS[table], check_metadata=False)
    for column in REQUIRED[table]:
        assert data.column(column).null_count == 0, f"{table}.{column} has nulls"


def test_the_seeds_run_fills_every_table_the_types_are_checked_on(folder):
    assert [t for t in FINAL_TABLES if t != "rejects" and pq.read_table(folder / t).num_rows == 0] == []


@pytest.mark.parametrize("table", FINAL_TABLES)
def test_pandas_with_the_pyarrow_backend_keeps_every_type(folder, table):
    df = pd.read_parquet(folder / table, dtype_backend="pyarrow")
    assert {c: df[c].dtype for c in df} == {f.name: pd.ArrowDtype(f.type) for f in SCHEMAS[table]}


def test_pyarrow_backed_dates_have_dt_and_lists_are_lists(folder):
    events = pd.read_parquet(folder / "events", dtype_backend="pyarrow")
    assert events["date_start"].dt.year.min() >= 2000
    assert all(isinstance(ids, list) for ids in events["participant_ids"])


def test_pandas_default_types(folder):
    """What a bare pd.read_parquet gives: dates as datetime.date, amounts float64, lists as arrays,
    a nullable int as float64 (NaN for null)."""
    money = pd.read_parquet(folder / "money")
    assert money["amount"].dtype == np.float64 and money["equivalent_of"].dtype == np.float64
    for table, column in DATES:
        values = pd.read_parquet(folder / table, columns=[column])[column].dropna()
        assert all(type(v) is date for v in values), f"{table}.{column}"
    for table, column in LISTS:
        values = pd.read_parquet(folder / table, columns=[column])[column]
        assert all(isinstance(v, np.ndarray) for v in values), f"{table}.{column}"


def test_read_final_takes_a_str_or_a_path(folder):
    by_str, by_path = read_final(str(folder)), read_final(folder)
    assert set(by_str) == set(by_path) == set(FINAL_TABLES)
    assert by_str["entities"].equals(by_path["entities"])


@pytest.mark.parametrize("table", FINAL_TABLES)
def test_duckdb_reads_the_declared_types(folder, table):
    read = duckdb.sql(f"select * from read_parquet('{_glob(folder, table)}')")
    assert _duck_types(read) == _duck_types(duckdb.from_arrow(SCHEMAS[table].empty_table()))


def test_duckdb_dates_amounts_and_lists(folder):
    events = _duck_types(duckdb.sql(f"select * from read_parquet('{_glob(folder, 'events')}')"))
    money = _duck_types(duckdb.sql(f"select * from read_parquet('{_glob(folder, 'money')}')"))
    assert (events["date_start"], events["participant_ids"], money["amount"]) == ("DATE", "VARCHAR[]", "DOUBLE")


def test_events_join_entity_index_in_sql(folder):
    """Every participant id of an event is an entity of entity_index."""
    unmatched, total = duckdb.sql(f"""
        with ids as (select unnest(participant_ids) as entity_id from read_parquet('{_glob(folder, 'events')}'))
        select count(*) filter (where i.entity_id is null), count(*)
        from ids left join read_parquet('{_glob(folder, 'entity_index')}') i using (entity_id)
    """).fetchall()[0]
    assert total > 0 and unmatched == 0


@pytest.mark.parametrize("table", FINAL_TABLES)
def test_polars_reads_the_declared_types(folder, table):
    read = pl.read_parquet(_glob(folder, table))
    assert read.schema == pl.from_arrow(SCHEMAS[table].empty_table()).schema
    if table == "events":
        assert read.schema["date_start"] == pl.Date and read.schema["participant_ids"] == pl.List(pl.String)
    if table == "money":
        assert read.schema["amount"] == pl.Float64
