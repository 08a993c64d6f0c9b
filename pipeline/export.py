"""Stage 5, export: the shape of the final tables of data/processed/, and a report.

The runner writes each shard's rows as one part of each table; the functions here finish a
shard's tables (story counts, canonical names from the corpus) and write the report.
"""

from __future__ import annotations

import pandas as pd


def count_stories(documents: pd.DataFrame, stories: pd.DataFrame) -> pd.DataFrame:
    """Documents with n_stories, the number of stories segmented from each."""
    counts = stories.groupby("doc_id").size()
    return documents.assign(n_stories=documents["doc_id"].map(counts).fillna(0).astype("int32"))


def name_entities(entities: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Entities with the canonical name the corpus chose for their entity_id."""
    return entities.assign(canonical=entities["entity_id"].map(names))


# What the report lists of each event
REPORTED_EVENT_COLUMNS = ["date_start", "date_end", "event_type", "trigger", "participants"]


def report(counts: dict[str, int], entity_index: pd.DataFrame, events: pd.DataFrame,
           rejects: pd.DataFrame) -> str:
    """A short Markdown report a person can read after a run: rows per table, the most
    mentioned entities (canonical, label), the dated events and the rejected inputs."""
    lines = ["# Pipeline report", "", "| table | rows |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in counts.items()]
    if not entity_index.empty:
        mentions = entity_index.groupby(["canonical", "label"])["n_mentions"].sum()
        top = mentions.sort_values(ascending=False, kind="stable").head(15)
        lines += ["", "## Most mentioned entities", "", "| entity | label | mentions |", "|---|---|---|"]
        lines += [f"| {name} | {label} | {n} |" for (name, label), n in top.items()]
    if not events.empty:
        lines += ["", "## Dated events", "", "| date | type | trigger | participants |", "|---|---|---|---|"]
        for e in events.sort_values("date_start").itertuples():
            span = str(e.date_start) if e.date_start == e.date_end else f"{e.date_start} → {e.date_end}"
            lines.append(f"| {span} | {e.event_type} | {e.trigger} | {', '.join(e.participants)} |")
    if not rejects.empty:
        lines += ["", "## Rejected inputs", "", "| path | stage | reason |", "|---|---|---|"]
        lines += [f"| {r.path} | {r.stage} | {r.reason} |" for r in rejects.itertuples()]
    return "\n".join(lines) + "\n"
