"""Stage 4, extract: stories (+ entities, sentences) -> dates, money, quantities, events, roles.

Dates are resolved against the story's publication date; money is normalized to amount
and ISO 4217 currency; events tie each date to the trigger, actors, places and money of
its sentence. The rules live in `pipeline/rules/`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict

import pandas as pd

from .events import story_events
from .roles import roles
from .rules.dates import find_dates
from .rules.money import find_money
from .rules.quantities import find_quantities
from .schemas import empty


def extract(stories: pd.DataFrame, entities: pd.DataFrame,
            sentences: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Stories -> {"dates", "money", "events", "roles"} tables."""
    ents_by_story = _group(entities)
    sents_by_story = defaultdict(list)
    for row in sentences.itertuples():
        sents_by_story[row.story_id].append((row.start_char, row.end_char))
    tables = {"dates": [], "money": [], "quantities": [], "events": []}
    for story in stories.to_dict("records"):
        keys = {"story_id": story["story_id"], "doc_id": story["doc_id"]}
        dates = [_mention_row(keys, d) for d in find_dates(story["text"], _as_date(story["publication_date"]))]
        money = [_mention_row(keys, m) for m in find_money(story["text"])]
        tables["dates"] += dates
        tables["money"] += money
        tables["quantities"] += [_mention_row(keys, q) for q in find_quantities(story["text"])
                                 if not _overlaps(q, money)]
        tables["events"] += story_events(story, sents_by_story[story["story_id"]], dates,
                                         ents_by_story[story["story_id"]], money)
    final = {name: pd.DataFrame(rows) if rows else empty(name) for name, rows in tables.items()}
    return {**final, "roles": roles(stories, entities)}


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
