"""The whole pipeline on the five seeds, as `make all` runs it."""

from datetime import date

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.ner import PART_COLUMNS
from pipeline.rules.textutil import fold
from pipeline.runner import run
from pipeline.schemas import FINAL_TABLES, SCHEMAS


def test_every_final_table_has_its_declared_schema(seeds_output):
    for table in FINAL_TABLES:
        schema = pq.read_schema(next((seeds_output / "processed" / table).glob("*.parquet")))
        assert schema.names == SCHEMAS[table].names
        assert schema.types == SCHEMAS[table].types


def test_bulletin_gives_seven_stories_with_their_acronyms(seeds_tables):
    docs, stories = seeds_tables["documents"], seeds_tables["stories"]
    bulletin = docs[docs["path"].str.startswith("004_")].iloc[0]
    assert bulletin["n_stories"] == 7
    mine = stories[stories["doc_id"] == bulletin["doc_id"]].sort_values("seq")
    assert list(mine["source"]) == ["PRIMATURE", "MCENMA", "MENEFP", "MSDS", "MSDS", "MMEIA", "MACIHT"]
    assert all(not text.rstrip().endswith(src) for text, src in zip(mine["text"], mine["source"]))
    assert mine["title"].notna().all()


def test_plain_articles_are_one_story_each(seeds_tables):
    docs = seeds_tables["documents"]
    assert (docs[~docs["path"].str.startswith("004_")]["n_stories"] == 1).all()


def test_fibre_project_amount(seeds_tables):
    money = seeds_tables["money"]
    row = money[money["text"].str.contains("117,3")].iloc[0]
    assert (row["amount"], row["currency"]) == (117_300_000.0, "USD")


def test_semaine_du_numerique_range(seeds_tables):
    dates = seeds_tables["dates"]
    ranges = dates[dates["text"].str.contains("29 au 31 janvier 2026")]
    assert len(ranges) == 1
    assert (ranges.iloc[0]["date_start"], ranges.iloc[0]["date_end"]) == (date(2026, 1, 29), date(2026, 1, 31))


def test_offsets_point_at_the_mentions_in_their_part(seeds_tables):
    stories = seeds_tables["stories"].set_index("story_id")
    for table in ("entities", "dates", "money"):
        for row in seeds_tables[table].itertuples():
            part = stories.loc[row.story_id, PART_COLUMNS[row.part]]
            assert part[row.start_char:row.end_char] == row.text


def test_titles_bylines_and_source_lines_are_read(seeds_tables):
    """Entities of a headline and of a byline, and the issuing body of a bulletin, are extracted."""
    entities = seeds_tables["entities"]
    assert {"title", "body", "byline", "source"} <= set(entities["part"])
    sources = entities[entities["part"] == "source"]
    assert (sources["label"] == "ORG").any()


def test_boilerplate_never_reaches_story_text(seeds_tables):
    text = "\n".join(seeds_tables["stories"]["text"])
    for furniture in ("Suivez-nous", "Close this search box", "Laisser un commentaire",
                      ".jpg)", "min de lecture", "Commentaires", "[DIGITAL Business Africa]"):
        assert furniture not in text


def test_meeting_event_of_the_prime_minister(seeds_tables):
    events = seeds_tables["events"]
    meeting = events[(events["date_start"] == date(2025, 11, 25)) & (events["event_type"] == "meeting")]
    assert len(meeting) >= 1


def test_rerun_is_deterministic(seeds_tables, tmp_path):
    from pathlib import Path
    again = run(Path(__file__).resolve().parent.parent / "seeds", tmp_path, log=lambda m: None)
    for table in FINAL_TABLES:
        pd.testing.assert_frame_equal(again[table], seeds_tables[table])


@pytest.mark.parametrize("variants", [
    ("Alhamdou AG ILYENE", "Alhamdou Ag Ilyène"),
    ("AES", "Alliance des États du Sahel", "Confédération des États du Sahel"),
    ("APEX", "APEX-MALI", "Agence pour la Promotion des Exportations au Mali"),
    ("SMTD", "Société malienne de Transmission et de Diffusion"),
    ("HERMANN", "Lee-Anne HERMANN"),
    ("DAFFÉ", "Mamou DAFFÉ"),
])
def test_variants_share_one_entity_id(seeds_tables, variants):
    entities = seeds_tables["entities"]
    ids = {entities[entities["text"] == v]["entity_id"].iloc[0] for v in variants}
    assert len(ids) == 1


def test_no_two_people_share_an_entity_id(seeds_tables):
    people = seeds_tables["entity_index"]
    people = people[people["label"] == "PER"]
    for aliases in people["aliases"]:
        assert len({fold(alias.split()[-1]) for alias in aliases}) == 1, aliases


def test_roles_from_appositions(seeds_tables):
    roles = seeds_tables["roles"]
    traore = roles[roles["person"] == "Cheick Oumar Traore"].iloc[0]
    assert (traore["role"], traore["organisation"]) == ("directeur général de la SMTD", "SMTD")
    assert "Ambassadeur du Royaume-Uni" in set(roles[roles["person"] == "Angus McKee"]["role"])
