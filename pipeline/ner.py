"""Stage 3, ner: stories -> entities and sentences.

Two steps. `model_pass` runs fr_core_news_md through nlp.pipe in batches (model loaded once,
unused components left out); its output depends on one story only, so the runner caches it
per story. `refine_entities` applies the domain rules of `entities.py` with the acronyms
defined anywhere in the corpus, and gives each mention its canonical name. Sentences are
kept as offsets so that the extract stage can tie a date to the entities and money of its
sentence without running the model again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

import pandas as pd

from .entities import Lexicon, refine
from .nlp import BATCH_SIZE, load_ner_model
from .rules.textutil import fold
from .schemas import empty

LABELS = {"PER", "ORG", "LOC", "MISC"}


def ner(stories: pd.DataFrame, progress: Callable = lambda it: it) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Stories -> (entities, sentences): the model pass then the domain rules."""
    model_entities, sentences = model_pass(stories, progress)
    return refine_entities(stories, model_entities), sentences


def model_pass(stories: pd.DataFrame, progress: Callable = lambda it: it) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Stories -> (model entities, sentences). `progress` wraps the story iterator."""
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
    ents = pd.DataFrame(entities) if entities else empty("model_entities")
    return ents, pd.DataFrame(sentences) if sentences else empty("sentences")


def refine_entities(stories: pd.DataFrame, model_entities: pd.DataFrame) -> pd.DataFrame:
    """Model entities -> entities repaired by the domain rules, in story order, canonical names."""
    lexicon = Lexicon.load()
    lexicon.learn(stories["text"])
    by_story = {sid: list(zip(g["start_char"], g["end_char"], g["label"]))
                for sid, g in model_entities.groupby("story_id")}
    rows = []
    for story in stories.to_dict("records"):
        for start, end, label in refine(story["text"], by_story.get(story["story_id"], []), lexicon):
            rows.append({"story_id": story["story_id"], "doc_id": story["doc_id"],
                         "text": story["text"][start:end], "label": label,
                         "start_char": start, "end_char": end})
    entities = pd.DataFrame(rows) if rows else empty("entities")
    entities["canonical"] = canonical_names(entities, lexicon)
    return entities


def canonical_names(entities: pd.DataFrame, lexicon: Lexicon | None = None) -> list[str]:
    """One name per entity: the gazetteer's or the acronym's long form when known; else
    variants that differ only by case or accents ("AG ILYENE", "Ag Ilyène") share the
    corpus's most frequent spelling, ties broken alphabetically."""
    if entities.empty:
        return []
    keys = [(label, fold(text)) for label, text in zip(entities["label"], entities["text"])]
    spellings: dict[tuple, Counter] = defaultdict(Counter)
    for key, text in zip(keys, entities["text"]):
        spellings[key][text] += 1
    best = {key: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for key, c in spellings.items()}
    known = (lambda text: lexicon.canonical(text)) if lexicon else (lambda text: None)
    return [known(text) or best[key] for key, text in zip(keys, entities["text"])]
