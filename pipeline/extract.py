"""Stage 4, extract: stories (+ entities, sentences) -> dates, money, quantities, events, roles.

Dates are resolved against the story's publication date; money is normalized to amount
and ISO 4217 currency (a franc CFA in the zone of the places the story, else its document,
names); events tie each date to the trigger, actors, places and money of
its sentence. The rules live in `pipeline/rules/`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict

import pandas as pd

from .events import story_events
from .roles import roles
from .rules.dates import find_dates
from .rules.currencies import cfa_zone
from .rules.money import find_money
from .rules.quantities import find_quantities
from .schemas import empty


def extract(stories: pd.DataFrame, entities: pd.DataFrame, sentences: pd.DataFrame,
            doc_paths: dict[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """Stories -> {"dates", "money", "quantities", "events", "roles", "rejects"} tables.

    A story whose rules raise is left out and reported in `rejects` (under its document's
    path from `doc_paths`); the other stories go on.
    """
    ents_by_story = _group(entities)
    sents_by_story = defaultdict(list)
    for row in sentences.itertuples():
        sents_by_story[row.story_id].append((row.start_char, row.end_char))
    tables = {"dates": [], "money": [], "quantities": [], "events": []}
    rejects = []
    doc_zones = {doc_id: cfa_zone("\n".join(texts)) for doc_id, texts in stories.groupby("doc_id")["text"]}
    for story in stories.to_dict("records"):
        cfa = cfa_zone(story["text"]) or doc_zones.get(story["doc_id"]) or "XOF"
        try:
            found = _story_tables(story, sents_by_story[story["story_id"]],
                                  ents_by_story[story["story_id"]], cfa)
        except Exception as err:  # one odd story must not stop the corpus
            path = (doc_paths or {}).get(story["doc_id"], story["doc_id"])
            rejects.append({"path": path, "stage": "extract",
                            "reason": f"story {story['seq']}: {type(err).__name__}: {err}"})
            continue
        for name, rows in found.items():
            tables[name] += rows
    final = {name: pd.DataFrame(rows) if rows else empty(name) for name, rows in tables.items()}
    return {**final, "roles": roles(stories, entities),
            "rejects": pd.DataFrame(rejects, columns=["path", "stage", "reason"])}


def _story_tables(story: dict, sentences: list[tuple[int, int]], entities: list[dict],
                  cfa: str) -> dict[str, list[dict]]:
    keys = {"story_id": story["story_id"], "doc_id": story["doc_id"]}
    text = story["text"]
    dates = [_mention_row(keys, d) for d in find_dates(text, _as_date(story["publication_date"]))]
    money = [_mention_row(keys, m) for m in find_money(text, cfa)]
    quantities = [_mention_row(keys, q) for q in find_quantities(text) if not _overlaps(q, money)]
    events = story_events(story, sentences, dates, entities, money)
    return {"dates": dates, "money": money, "quantities": quantities, "events": events}


def _mention_row(keys: dict, mention) -> dict:
    row = asdict(mention)
    row["start_char"], row["end_char"] = row.pop("start"), row.pop("end")
    return {**keys, **row}


def _overlaps(mention, rows: list[dict]) -> bool:
    """'15 M€' is money, not fifteen metres."""
    return any(mention.start < r["end_char"] and r["start_char"] < mention.end for r in rows)


def _group(entities: pd.DataFrame) -> dict[str, list[dict]]:
    grouped = defaultdict(list)
    for row in entities.to_dict("records"):
        grouped[row["story_id"]].append(row)
    return grouped


def _as_date(value):
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()
