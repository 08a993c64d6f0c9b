"""Stage 3, ner: stories -> entities and sentences.

fr_core_news_md through nlp.pipe in batches (model loaded once, unused components left
out). Sentences are kept as offsets so that the extract stage can tie a date to the
entities and money of its sentence without running the model again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

import pandas as pd

from .nlp import BATCH_SIZE, load_ner_model
from .rules.textutil import fold
from .schemas import empty

LABELS = {"PER", "ORG", "LOC", "MISC"}


def ner(stories: pd.DataFrame, progress: Callable = lambda it: it) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Stories -> (entities, sentences). `progress` wraps the story iterator (a tqdm bar)."""
    nlp = load_ner_model()
    rows = stories[["story_id", "doc_id", "text"]].to_dict("records")
    pairs = ((r["text"], r) for r in rows)
    entities, sentences = [], []
    for doc, row in progress(nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE)):
        keys = {"story_id": row["story_id"], "doc_id": row["doc_id"]}
        entities += [{**keys, "text": e.text, "label": e.label_, "start_char": e.start_char,
                      "end_char": e.end_char} for e in doc.ents if e.label_ in LABELS]
        sentences += [{**keys, "start_char": s.start_char, "end_char": s.end_char}
                      for s in doc.sents]
    ents = pd.DataFrame(entities) if entities else empty("entities")
    ents["canonical"] = canonical_names(ents)
    return ents, pd.DataFrame(sentences) if sentences else empty("sentences")


def canonical_names(entities: pd.DataFrame) -> list[str]:
    """One name per entity: variants that differ only by case or accents ("AG ILYENE",
    "Ag Ilyène") share the corpus's most frequent spelling, ties broken alphabetically."""
    if entities.empty:
        return []
    keys = [(label, fold(text)) for label, text in zip(entities["label"], entities["text"])]
    spellings: dict[tuple, Counter] = defaultdict(Counter)
    for key, text in zip(keys, entities["text"]):
        spellings[key][text] += 1
    best = {key: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for key, c in spellings.items()}
    return [best[key] for key in keys]
