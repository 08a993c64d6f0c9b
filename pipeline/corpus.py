"""The reduce steps: the few things that need the whole corpus, computed from small tables.

Everything else depends on one document and runs per shard (see runner.py). What crosses
documents is:
1. the lexicon: the gazetteer plus the acronyms any document defines ("l'Agence des
   Technologies de l'Information (AGETIC)"), which serve the documents that only use them;
2. the canonical name of each entity: the spelling most of its mentions, in any document,
   propose (entity ids themselves are computed per shard, from the lexicon);
3. `entity_index` and the gathered `rejects`.
Each step reads one narrow table per shard, in shard order, so memory follows the number
of distinct names, not the size of the texts.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .entities import Lexicon
from .ner import best_names, name_counts

# Columns of a shard's table of learned names (Lexicon.names flattened).
LEARNED = ["surface", "label", "canonical"]


def learned_names(texts: Iterable[str]) -> pd.DataFrame:
    """The names a shard's texts define (map side of the lexicon), in reading order."""
    learned = Lexicon()
    learned.learn(texts)
    rows = [(surface, label, canonical) for surface, (label, canonical) in learned.names.items()]
    return pd.DataFrame(rows, columns=LEARNED)


def lexicon(learned: Iterable[pd.DataFrame]) -> Lexicon:
    """The gazetteer, then each shard's learned names in shard order, first definition kept:
    the same lexicon as `Lexicon.load()` then `learn()` over the whole corpus in order."""
    merged = Lexicon.load()
    for table in learned:
        for surface, label, canonical in table[LEARNED].itertuples(index=False):
            merged.names.setdefault(surface, (label, canonical))
    return merged


def canonical_names(proposals: Iterable[pd.DataFrame]) -> dict[str, str]:
    """entity_id -> canonical name, from each shard's (entity_id, canonical) proposals."""
    counts = [name_counts(table) for table in proposals]
    return best_names(pd.concat(counts, ignore_index=True)) if counts else {}


def entity_index(entities: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per entity_id: canonical name, aliases, how often and when it is mentioned.
    `entities` needs entity_id, canonical, label, text, doc_id; `documents` doc_id and
    publication_date."""
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


def rejects(tables: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Every shard's rejects, of every stage, in one table sorted by path then stage."""
    found = [t for t in tables if len(t)]
    if not found:
        return pd.DataFrame(columns=["path", "stage", "reason"])
    return pd.concat(found, ignore_index=True).sort_values(["path", "stage"], ignore_index=True, kind="stable")
