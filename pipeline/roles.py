"""Roles read from appositions: who holds which title.

Official news names people with their function on either side of a comma:
"Cheick Oumar Traore, directeur général de la SMTD" and "Le Ministre des Maliens établis à
l'Extérieur …, Mossa AG ATTAHER". The title phrase comes from `rules/titles.py`; the
organisation is the first ORG entity inside it.
"""

from __future__ import annotations

import pandas as pd

from .rules.titles import TITLE_PHRASE
from .schemas import empty


def roles(stories: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """Stories and their entities -> one row per (person, role) apposition."""
    rows = []
    by_story = {sid: g.sort_values("start_char") for sid, g in entities.groupby("story_id")}
    for story in stories.to_dict("records"):
        ents = by_story.get(story["story_id"])
        if ents is not None:
            rows += story_roles(story, ents.to_dict("records"))
    return pd.DataFrame(rows) if rows else empty("roles")


def story_roles(story: dict, entities: list[dict]) -> list[dict]:
    text, rows = story["text"], []
    people = [e for e in entities if e["label"] == "PER"]
    for m in TITLE_PHRASE.finditer(text):
        role_start, role_end = m.start(), m.end()
        person = _person_next_to(text, people, role_start, role_end)
        if person is None:
            continue
        inside = [e for e in entities if role_start <= e["start_char"] and e["end_char"] <= role_end]
        org = next((e["text"] for e in inside if e["label"] == "ORG"), None)
        span = (min(role_start, person["start_char"]), max(role_end, person["end_char"]))
        rows.append({
            "entity_id": person["entity_id"], "person": person["text"],
            "role": text[role_start:role_end], "organisation": org,
            "story_id": story["story_id"], "doc_id": story["doc_id"],
            "evidence": text[span[0]:span[1]],
        })
    return rows


def _person_next_to(text: str, people: list[dict], start: int, end: int) -> dict | None:
    """The person right after ", " following the title, or right before ", " preceding it."""
    for p in people:
        if p["start_char"] >= end and text[end:p["start_char"]].strip() in (",", ""):
            return p
        if p["end_char"] <= start and text[p["end_char"]:start].strip() == ",":
            return p
    return None
