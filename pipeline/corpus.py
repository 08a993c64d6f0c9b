"""The reduce steps: the few things that need the whole corpus, computed from small tables.

Everything else depends on one document and runs per shard (see runner.py). What crosses
documents is:
1. the lexicon: the gazetteer plus the acronyms any document defines ("l'Agence des
   Technologies de l'Information (AGETIC)"), which serve the documents that only use them;
2. the canonical name of each entity: the spelling most of its mentions, in any document,
   propose (entity ids themselves are computed per shard, from the lexicon);
3. `entity_index` and the gathered `rejects`;
4. copies: a content under two names is one document (its doc_id hashes the bytes only).
   Within a shard, clean keeps the first file and lists the others in `paths`; across
   shards, `copies` finds the doc_ids several shards produced and `first_copies` keeps the
   rows of the first such shard, with every path, and drops the others'.
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
    publication_date. Run on each shard, then `merge_entity_indexes`."""
    grouped = entities.groupby("entity_id", sort=False)
    index = grouped.agg(canonical=("canonical", "first"), label=("label", "first"),
                        n_mentions=("text", "size"), n_documents=("doc_id", "nunique"))
    index["aliases"] = grouped["text"].agg(lambda texts: sorted(set(texts)))
    dated = entities[["entity_id", "doc_id"]].merge(documents[["doc_id", "publication_date"]].dropna(), on="doc_id")
    seen = dated.groupby("entity_id")["publication_date"].agg(["min", "max"])
    return _finish(index.join(seen.rename(columns={"min": "first_seen", "max": "last_seen"})))


def merge_entity_indexes(indexes: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """The corpus's entity_index from each shard's: counts add up (a document is in one
    shard only, copies being published by the first), aliases join, dates widen. Memory
    follows the number of entities, not of mentions."""
    rows = pd.concat(list(indexes), ignore_index=True)
    grouped = rows.groupby("entity_id", sort=False)
    index = grouped.agg(canonical=("canonical", "first"), label=("label", "first"),
                        n_mentions=("n_mentions", "sum"), n_documents=("n_documents", "sum"))
    index["aliases"] = grouped["aliases"].agg(lambda lists: sorted(set().union(*lists)))
    seen = rows.dropna(subset=["first_seen"]).groupby("entity_id").agg(first_seen=("first_seen", "min"),
                                                                        last_seen=("last_seen", "max"))
    return _finish(index.join(seen))


def _finish(index: pd.DataFrame) -> pd.DataFrame:
    """The entity_index's columns and order, dates as dates or None, most mentioned first."""
    index = index.reset_index().astype({"first_seen": object, "last_seen": object})
    index = index.where(index.notna(), None)[["entity_id", "canonical", "label", "aliases", "n_mentions",
                                              "n_documents", "first_seen", "last_seen"]]
    return index.sort_values(["n_mentions", "canonical"], ascending=[False, True], ignore_index=True)


def rejects(tables: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Every shard's rejects, of every stage, in one table sorted by path then stage."""
    found = [t for t in tables if len(t)]
    if not found:
        return pd.DataFrame(columns=["path", "stage", "reason"])
    return pd.concat(found, ignore_index=True).sort_values(["path", "stage"], ignore_index=True, kind="stable")


def copies(documents: Iterable[tuple[int, pd.DataFrame]]) -> dict[str, tuple[int, list[str]]]:
    """doc_id -> (the first shard that holds it, every path of it) for the doc_ids found in
    more than one shard, from each shard's (index, documents[doc_id, paths])."""
    found: dict[str, tuple[int, list[str]]] = {}
    shards: dict[str, int] = {}
    for index, table in documents:
        for doc_id, paths in zip(table["doc_id"], table["paths"]):
            first, known = found.setdefault(doc_id, (index, []))
            known.extend(paths)
            shards[doc_id] = shards.get(doc_id, 0) + 1
    return {doc_id: (first, sorted(paths)) for doc_id, (first, paths) in found.items() if shards[doc_id] > 1}


def first_copies(tables: dict[str, pd.DataFrame], shard: int,
                 copied: dict[str, tuple[int, list[str]]]) -> dict[str, pd.DataFrame]:
    """A shard's tables without the rows of documents an earlier shard holds; the documents
    it holds first list every path of their copies."""
    dropped = {doc_id for doc_id, (first, _) in copied.items() if first != shard}
    kept = {name: df[~df["doc_id"].isin(dropped)].reset_index(drop=True) if "doc_id" in df and dropped else df
            for name, df in tables.items()}
    documents = kept["documents"]
    if copied and len(documents):
        kept["documents"] = documents.assign(paths=[copied[d][1] if d in copied else list(p)
                                                    for d, p in zip(documents["doc_id"], documents["paths"])])
    return kept

