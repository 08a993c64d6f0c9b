"""Stage 5, export: interim tables -> the final tables of data/processed/ and a report."""

from __future__ import annotations

import pandas as pd


def export(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Final tables: documents gain n_stories, rejects of every stage are gathered."""
    documents = tables["documents"].copy()
    counts = tables["stories"].groupby("doc_id").size()
    documents["n_stories"] = documents["doc_id"].map(counts).fillna(0).astype("int32")
    rejects = pd.concat([t for name, t in tables.items() if name.startswith("rejects")],
                        ignore_index=True)
    final = {name: tables[name]
             for name in ("stories", "entities", "roles", "dates", "money", "quantities", "events")}
    return {"documents": documents, **final,
            "entity_index": entity_index(tables["entities"], documents),
            "rejects": rejects.sort_values(["path", "stage"], ignore_index=True)}


def entity_index(entities: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per entity_id: canonical name, aliases, how often and when it is mentioned."""
    dated = entities.merge(documents[["doc_id", "publication_date"]], on="doc_id", how="left")
    rows = []
    for entity_id, group in dated.groupby("entity_id", sort=False):
        dates = group["publication_date"].dropna()
        rows.append({
            "entity_id": entity_id,
            "canonical": group["canonical"].iloc[0],
            "label": group["label"].iloc[0],
            "aliases": sorted(set(group["text"])),
            "n_mentions": len(group),
            "n_documents": group["doc_id"].nunique(),
            "first_seen": dates.min() if len(dates) else None,
            "last_seen": dates.max() if len(dates) else None,
        })
    index = pd.DataFrame(rows, columns=["entity_id", "canonical", "label", "aliases", "n_mentions",
                                        "n_documents", "first_seen", "last_seen"])
    return index.sort_values(["n_mentions", "canonical"], ascending=[False, True], ignore_index=True)


def report(final: dict[str, pd.DataFrame]) -> str:
    """A short Markdown report a person can read after a run."""
    lines = ["# Pipeline report", "", "| table | rows |", "|---|---|"]
    lines += [f"| {name} | {len(df)} |" for name, df in final.items()]
    entities = final["entities"]
    if not entities.empty:
        top = entities.groupby(["canonical", "label"]).size().sort_values(ascending=False).head(15)
        lines += ["", "## Most mentioned entities", "", "| entity | label | mentions |", "|---|---|---|"]
        lines += [f"| {name} | {label} | {n} |" for (name, label), n in top.items()]
    events = final["events"]
    if not events.empty:
        lines += ["", "## Dated events", "", "| date | type | trigger | participants |", "|---|---|---|---|"]
        for e in events.sort_values("date_start").itertuples():
            span = str(e.date_start) if e.date_start == e.date_end else f"{e.date_start} → {e.date_end}"
            lines.append(f"| {span} | {e.event_type} | {e.trigger} | {', '.join(e.participants)} |")
    if not final["rejects"].empty:
        lines += ["", "## Rejected inputs", "", "| path | stage | reason |", "|---|---|---|"]
        lines += [f"| {r.path} | {r.stage} | {r.reason} |" for r in final["rejects"].itertuples()]
    return "\n".join(lines) + "\n"
