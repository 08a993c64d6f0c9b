"""Stage 3, ner: stories -> entities and sentences.

Everything a story says is read: its title, its body, the document's byline and the
story's source line are its `parts`, and every mention carries the part it is in, with
offsets into that part. Two steps per shard of documents. `model_pass` runs fr_core_news_md
through nlp.pipe in batches (model loaded once per process, unused components left out).
`refine_entities` applies the domain rules of `entities.py` with the corpus lexicon (the
gazetteer plus the acronyms defined anywhere in the corpus, built by `pipeline/corpus.py`)
and gives each mention its entity_id. Which spelling names an entity is the one corpus-wide
choice left: `best_names` makes it from the name counts of every shard. Body sentences are
kept as offsets so that the extract stage can tie a date to the entities and money of its
sentence without running the model again.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable

import pandas as pd

from .entities import Lexicon, refine
from .nlp import BATCH_SIZE, load_ner_model
from .rules.textutil import fold
from .schemas import empty

LABELS = {"PER", "ORG", "LOC", "MISC"}
# The parts of a story and the stories column that holds each.
PART_COLUMNS = {"title": "title", "body": "text", "byline": "byline", "source": "source"}


def story_parts(stories: pd.DataFrame) -> pd.DataFrame:
    """(story_id, doc_id, part, text) for every non-empty part of every story: `title`,
    `body` (stories.text), `byline` (the document's byline and publication lines, on its
    first story) and `source` (the closing credit line or outlet). Furniture is the only
    text not read."""
    rows = []
    for story in stories.to_dict("records"):
        texts = {part: story[column] for part, column in PART_COLUMNS.items()}
        rows += [{"story_id": story["story_id"], "doc_id": story["doc_id"], "part": part, "text": text}
                 for part, text in texts.items() if isinstance(text, str) and text.strip()]
    return pd.DataFrame(rows, columns=["story_id", "doc_id", "part", "text"])


def model_pass(parts: pd.DataFrame, progress: Callable = lambda it: it) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Story parts -> (model entities, body sentences). `progress` wraps the iterator.
    A long part goes through the model in chunks (see `chunks`), its offsets shifted back."""
    nlp = load_ner_model()
    rows = parts[["story_id", "doc_id", "part", "text"]].to_dict("records")
    pieces = ((piece, (row, offset)) for row in rows for piece, offset in chunks(row["text"], CHUNK_MAX))
    entities, sentences = [], []
    for doc, (row, offset) in progress(nlp.pipe(pieces, as_tuples=True, batch_size=BATCH_SIZE)):
        keys = {"story_id": row["story_id"], "doc_id": row["doc_id"]}
        entities += [{**keys, "part": row["part"], "text": e.text, "label": e.label_,
                      "start_char": offset + e.start_char, "end_char": offset + e.end_char}
                     for e in doc.ents if e.label_ in LABELS]
        if row["part"] == "body":
            spans = sentence_spans(doc.text, [(s.start_char, s.end_char) for s in doc.sents])
            sentences += [{**keys, "start_char": offset + start, "end_char": offset + end} for start, end in spans]
    ents = pd.DataFrame(entities) if entities else empty("model_entities")
    return ents, pd.DataFrame(sentences) if sentences else empty("sentences")


# spaCy refuses texts over nlp.max_length (1 000 000 characters, error E088) and its memory
# grows with a text's length; a press archive holds whole books of bulletins in one file.
CHUNK_MAX = 100_000
_CHUNK_BREAKS = ("\n", ". ", " ")


def chunks(text: str, size: int = CHUNK_MAX) -> list[tuple[str, int]]:
    """(piece, offset) pieces of at most `size` characters that join back to `text`, each cut
    at the last line break, else sentence stop, else space before the limit."""
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((window.rfind(b) + len(b) for b in _CHUNK_BREAKS if window.rfind(b) > 0), size)
        pieces.append((text[start:start + cut], start))
        start += cut
    return pieces + [(text[start:], start)]


# A sentence ends at a stop, a colon or semicolon, a closing quote, or a line break.
_SENTENCE_END = re.compile(r"(?:[.!?…:;»\"”)]\s*|\n\s*)$")
# The model also cuts after a title's abbreviation ("le Pr. | Kaboré"): its stop ends no sentence.
_TITLE_ABBREVIATION = re.compile(r"(?<![\w.])(?:M|Mme|Mlle|Me|Dr|Pr|Mgr)\.\s*$")


def sentence_spans(text: str, model: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's sentences, rejoined where it cut a sentence without any punctuation
    ("… du 13/02/2026, le Pr Zakaria | Abdelkerim TOGOÏ a été nommé …") or after a title's
    abbreviation ("… reçu le Dr. | Ouédraogo")."""
    spans: list[tuple[int, int]] = []
    for start, end in model:
        if spans and (not _SENTENCE_END.search(text, spans[-1][0], start)
                      or _TITLE_ABBREVIATION.search(text, spans[-1][0], start)):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def refine_entities(parts: pd.DataFrame, model_entities: pd.DataFrame, lexicon: Lexicon) -> pd.DataFrame:
    """Model entities -> entities repaired by the domain rules, in story order, each with its
    entity_id and, in `canonical`, the name it proposes for its entity (see `best_names`)."""
    by_part = {key: list(zip(g["start_char"], g["end_char"], g["label"]))
               for key, g in model_entities.groupby(["story_id", "part"])}
    rows = []
    for unit in parts.to_dict("records"):
        text = unit["text"]
        for start, end, label in refine(text, by_part.get((unit["story_id"], unit["part"]), []), lexicon):
            rows.append({"story_id": unit["story_id"], "doc_id": unit["doc_id"], "part": unit["part"],
                         "text": text[start:end], "label": label, "start_char": start, "end_char": end})
    entities = pd.DataFrame(rows) if rows else empty("entities")
    texts = parts.groupby("doc_id")["text"]
    ids = [entity_ids(group, lexicon.as_defined_in(texts.get_group(doc_id)))
           for doc_id, group in entities.groupby("doc_id", sort=False)]
    entities[["canonical", "entity_id"]] = pd.concat(ids) if ids else entity_ids(entities, lexicon)
    return entities


def canonical_names(entities: pd.DataFrame, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """(canonical, entity_id) for every mention of one table: `entity_ids`, then `best_names`."""
    ids = entity_ids(entities, lexicon or Lexicon())
    return ids.assign(canonical=ids["entity_id"].map(best_names(name_counts(ids))))


def entity_ids(entities: pd.DataFrame, lexicon: Lexicon) -> pd.DataFrame:
    """(proposed canonical name, entity_id) for every mention. Variants of one entity share
    the id: spellings that differ by case or accents ("AG ILYENE", "Ag Ilyène"), an acronym
    and its long form or gazetteer name ("AES", "Confédération des États du Sahel"), an
    acronym with a country suffix ("APEX-MALI"), and a surname used alone after the full name
    in the same document ("la ministre TOURÉ"). The id depends on the lexicon and the mention's
    own document only, so each shard computes it."""
    keys = _entity_keys(entities, lexicon)
    return pd.DataFrame({
        "canonical": [lexicon.canonical(_without_country(text)) or text for text in entities["text"]],
        "entity_id": [hashlib.sha1(f"{key[0]}:{key[1]}".encode()).hexdigest()[:12] for key in keys],
    }, index=entities.index)


def name_counts(entities: pd.DataFrame) -> pd.DataFrame:
    """(entity_id, canonical, n): how many mentions propose each name, to be summed over shards."""
    return entities.groupby(["entity_id", "canonical"], sort=False).size().rename("n").reset_index()


def best_names(counts: pd.DataFrame) -> dict[str, str]:
    """entity_id -> its canonical name: the one most mentions propose, then the longest, then
    the first in alphabetical order (a choice that does not depend on the order of shards)."""
    totals = counts.groupby(["entity_id", "canonical"], sort=False)["n"].sum()
    best: dict[str, tuple] = {}
    for (entity_id, name), n in totals.items():
        rank = (-n, -len(name), name)
        if entity_id not in best or rank < best[entity_id]:
            best[entity_id] = rank
    return {entity_id: rank[2] for entity_id, rank in best.items()}


def _entity_keys(entities: pd.DataFrame, lexicon: Lexicon) -> list[tuple[str, str]]:
    full_names = defaultdict(dict)  # doc_id -> folded surname -> folded full name
    for doc_id, label, text in zip(entities["doc_id"], entities["label"], entities["text"]):
        if label == "PER" and " " in text:
            full_names[doc_id].setdefault(fold(text.split()[-1]), fold(text))
    keys = []
    for doc_id, label, text in zip(entities["doc_id"], entities["label"], entities["text"]):
        known = lexicon.canonical(_without_country(text))
        if known:
            keys.append((label, fold(known)))
        elif label == "PER" and " " not in text and fold(text) in full_names[doc_id]:
            keys.append((label, full_names[doc_id][fold(text)]))
        else:
            keys.append((label, fold(text)))
    return keys


def _without_country(text: str) -> str:
    """'APEX-MALI' -> 'APEX': an acronym with the country it serves names the same body."""
    head, _, suffix = text.partition("-")
    return head if suffix and head.isupper() and suffix.isupper() and len(head) > 1 else text
