"""Whole runs on generated folders: good news beside junk of every kind.

Whatever lies beside them (random bytes, HTML, English, empty files, one endless line, a
folder named like a text), the good documents give the same rows, the run never raises,
and every row of every table holds: offsets quote their part, days are in order, amounts
are finite and positive.
"""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import article
from pipeline.ner import PART_COLUMNS
from pipeline.runner import run

GOOD = {f"good_{i}.txt": article(i).encode() for i in range(3)}
JUNK = {
    "random bytes": st.binary(min_size=1, max_size=400),
    "random text": st.text(min_size=1, max_size=400).map(str.encode),
    "html": st.just(b"<html><body><nav>Menu</nav><h1>Titre</h1><p>Un paragraphe.</p></body></html>"),
    "english": st.just(b"The minister said on Monday that the $1.2 billion plan would start in May 2026. "
                       b"Officials in Lagos welcomed the decision."),
    "empty": st.just(b""),
    "one endless line": st.integers(500, 5_000).map(lambda n: ("le 3 mars 2025 " * n).encode()),
    "dates and amounts": st.lists(st.sampled_from(
        ["au premier trimestre", "le premier et dernier jour", "il y a et jours", "du 30 au 2 mars",
         "12,415 et à 2 104,330 milliards FCFA", "(ANP)", "1.204.350.000 (un milliard)", "\n", "Posté par -"]),
        min_size=1, max_size=30).map(lambda parts: " ".join(parts).encode()),
}
FOLDER = st.dictionaries(st.sampled_from([f"junk_{i}.txt" for i in range(4)]),
                         st.one_of(*JUNK.values()), min_size=1, max_size=4)


def _write(folder, files: dict[str, bytes]):
    folder.mkdir(parents=True)
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return folder


_ORDER = {"documents": ["doc_id"], "stories": ["story_id"], "entities": ["story_id", "part", "start_char"],
          "dates": ["story_id", "part", "start_char"], "money": ["story_id", "part", "start_char"],
          "events": ["event_id"]}


def _good_rows(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The good documents' rows, in a fixed order, lists as tuples; canonical names are left
    out (a corpus-wide choice: junk that is read may add spellings)."""
    docs = tables["documents"]
    good = set(docs.loc[docs["path"].isin(GOOD), "doc_id"])
    rows = {}
    for name, order in _ORDER.items():
        table = tables[name][tables[name]["doc_id"].isin(good)].drop(columns=["canonical"], errors="ignore")
        table = table.map(lambda v: tuple(map(str, v)) if hasattr(v, "__len__") and not isinstance(v, str) else v)
        rows[name] = table.sort_values(order).reset_index(drop=True)
    return rows


_ALONE: dict[str, pd.DataFrame] = {}


def _alone(tmp_path_factory) -> dict[str, pd.DataFrame]:
    if not _ALONE:
        folder = _write(tmp_path_factory.mktemp("alone") / "in", GOOD)
        _ALONE.update(_good_rows(run(folder, folder.parent / "out", workers=1, log=lambda m: None)))
    return _ALONE


def _check_rows(tables: dict[str, pd.DataFrame]) -> None:
    stories = tables["stories"].set_index("story_id")
    for name in ("entities", "dates", "money"):
        for row in tables[name].itertuples():
            assert stories.loc[row.story_id, PART_COLUMNS[row.part]][row.start_char:row.end_char] == row.text
    dated = tables["dates"].dropna(subset=["date_start"])
    assert (dated["date_start"] <= dated["date_end"]).all()
    assert all(math.isfinite(a) and a > 0 for a in tables["money"]["amount"])


@settings(max_examples=6, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(junk=FOLDER)
def test_junk_beside_good_news_changes_nothing_of_it(tmp_path_factory, junk):
    folder = _write(tmp_path_factory.mktemp("mixed") / "in", {**GOOD, **junk})
    tables = run(folder, folder.parent / "out", workers=1, log=lambda m: None)
    _check_rows(tables)
    assert set(tables["documents"]["path"]) >= set(GOOD)
    seen = set(tables["documents"]["path"]) | set(tables["rejects"]["path"])
    assert set(junk) <= seen | {p for paths in tables["documents"].get("paths", []) for p in paths}, \
        "every junk file is a document or a reject row"
    mixed, alone = _good_rows(tables), _alone(tmp_path_factory)
    for name in _ORDER:
        pd.testing.assert_frame_equal(mixed[name], alone[name], check_dtype=False)
