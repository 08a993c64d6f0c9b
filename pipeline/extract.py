"""Stage 4, extract: stories (+ entities, sentences) -> dates, money, quantities, events, roles.

Dates are resolved against the story's publication date; money is normalized to amount
and ISO 4217 currency (a franc CFA in the zone of the places the story, else its document,
names); events tie each date to the trigger, actors, places and money of
its sentence. The rules live in `pipeline/rules/`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict

import pandas as pd

from .events import story_events
from .ner import PART_COLUMNS
from .roles import roles
from .rules.dates import find_dates
from .rules.guard import OnError, Overtime, time_limit
from .rules.currencies import cfa_zone
from .rules.money import find_money
from .rules.quantities import find_quantities
from .schemas import empty

# Told what failed, the error, and the text of the mention when one mention was skipped.
Failed = Callable[..., None]


def extract(stories: pd.DataFrame, entities: pd.DataFrame, sentences: pd.DataFrame,
            doc_paths: dict[str, str] | None = None, time_budget: float | None = None) -> dict[str, pd.DataFrame]:
    """Stories -> {"dates", "money", "quantities", "events", "roles", "rejects"} tables.

    Dates, money and quantities are read in the title, the body and the byline (`part`);
    events and roles in the body, where sentences are. A rule that raises costs only what it was
    reading (one extractor on one part of one story): the rest of the story goes on, and
    `rejects` says which extractor failed where (under the document's path from `doc_paths`).
    A story whose rules run past `time_budget` seconds loses its dates, money and events,
    and says so in `rejects`; the run goes on.
    """
    ents_by_story = _group(entities[entities["part"] == "body"])
    sents_by_story = defaultdict(list)
    for row in sentences.itertuples():
        sents_by_story[row.story_id].append((row.start_char, row.end_char))
    tables = {"dates": [], "money": [], "quantities": [], "events": []}
    rejects = []
    doc_zones = {doc_id: cfa_zone("\n".join(texts)) for doc_id, texts in stories.groupby("doc_id")["text"]}
    for story in stories.to_dict("records"):
        cfa = cfa_zone(story["text"]) or doc_zones.get(story["doc_id"]) or "XOF"
        where = ((doc_paths or {}).get(story["doc_id"], story["doc_id"]), f"story {story['seq']}")
        failed = lambda what, err, span=None, where=where: rejects.append(_reject(*where, what, err, span))
        try:
            with time_limit(time_budget):
                found = _story_tables(story, sents_by_story[story["story_id"]],
                                      ents_by_story[story["story_id"]], cfa, failed)
        except Overtime as err:
            failed("the rules", err)
            continue
        for name, rows in found.items():
            tables[name] += rows
    final = {name: pd.DataFrame(rows) if rows else empty(name) for name, rows in tables.items()}
    return {**final, "roles": roles(stories, entities[entities["part"] == "body"]),
            "rejects": pd.DataFrame(rejects, columns=["path", "stage", "reason"])}


def _story_tables(story: dict, sentences: list[tuple[int, int]], entities: list[dict],
                  cfa: str, failed: Failed) -> dict[str, list[dict]]:
    keys = {"story_id": story["story_id"], "doc_id": story["doc_id"]}
    published = _as_date(story["publication_date"])
    found = {"dates": [], "money": [], "quantities": []}
    for part in ("title", "body", "byline"):
        text = story[PART_COLUMNS[part]]
        if not isinstance(text, str) or not text:
            continue
        read = lambda rules, find, part=part: [_mention_row(keys, part, m)
                                               for m in _guarded(f"{rules} on the {part}", find, failed)]
        money = read("money rules", lambda: find_money(text, cfa, on_error=_skip(failed, "money rules", part, text)))
        found["dates"] += read("dates rules",
                               lambda: find_dates(text, published, on_error=_skip(failed, "date rules", part, text)))
        found["money"] += money
        found["quantities"] += [q for q in read("quantity rules", lambda: find_quantities(text))
                                if not _overlaps(q, money)]
    body = {name: [r for r in rows if r["part"] == "body"] for name, rows in found.items()}
    found["events"] = _guarded("event rules", lambda: story_events(
        story, sentences, body["dates"], entities, body["money"],
        [r for r in found["dates"] if r["part"] == "title"]), failed)
    found["dates"] = _distinct(found["dates"])
    return found


def _distinct(dates: list[dict]) -> list[dict]:
    """One row per expression (as written, case included) and value of a story, with how
    often it occurs: a reader lists the dates a story gives, not every repetition of one.
    The row is the body's first mention when the body has one (a headline repeats the body)."""
    first: dict[tuple, dict] = {}
    for row in sorted(dates, key=lambda r: r["part"] != "body"):
        key = (" ".join(row["text"].split()), row["date_start"], row["date_end"])
        if key in first:
            first[key]["n_mentions"] += 1
        else:
            first[key] = {**row, "n_mentions": 1}
    return list(first.values())


def _reject(path: str, story: str, what: str, err: Exception, span: str | None = None) -> dict:
    if isinstance(err, Overtime):
        reason = f"{story}: {what} ran {err} and were stopped; the story has no dates, money or events"
    elif span is None:
        reason = f"{story}: {what} failed ({type(err).__name__}: {err}); the rest of the story was kept"
    else:
        reason = f"{story}: {what} could not read «{span}» ({type(err).__name__}: {err}); that mention was skipped"
    return {"path": path, "stage": "extract", "reason": reason}


def _skip(failed: Failed, rules: str, part: str, text: str) -> OnError:
    """The on_error of a rule family: a mention it cannot read becomes a reject row."""
    return lambda start, end, err: failed(f"{rules} on the {part}", err, text[start:end])


def _guarded(what: str, find: Callable[[], list], failed: Failed) -> list:
    """`find()`, or nothing when it raises: one failing rule must not cost the whole story."""
    try:
        return list(find())
    except Exception as err:  # noqa: BLE001 - reported as a reject row, never silent
        failed(what, err)
        return []


def _mention_row(keys: dict, part: str, mention) -> dict:
    row = asdict(mention)
    row["start_char"], row["end_char"] = row.pop("start"), row.pop("end")
    return {**keys, "part": part, **row}


def _overlaps(row: dict, rows: list[dict]) -> bool:
    """'15 M€' is money, not fifteen metres."""
    return any(row["start_char"] < r["end_char"] and r["start_char"] < row["end_char"] for r in rows)


def _group(entities: pd.DataFrame) -> dict[str, list[dict]]:
    grouped = defaultdict(list)
    for row in entities.to_dict("records"):
        grouped[row["story_id"]].append(row)
    return grouped


def _as_date(value):
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()
