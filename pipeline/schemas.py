"""Every table's schema, declared once.

Stages build pandas DataFrames; the runner casts them to these schemas when writing Parquet,
so column names and types cannot drift between stages, runs or notebooks. The data
dictionary (data/processed/DATA_DICTIONARY.md) is generated from the descriptions here.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

_MONEY_ITEM = pa.struct([("amount", pa.float64()), ("currency", pa.string())])


def _field(name: str, type_: pa.DataType, doc: str) -> pa.Field:
    return pa.field(name, type_, metadata={"doc": doc})


_OFFSETS = [
    _field("part", pa.string(),
           "part of the story the mention is in: title (stories.title), body (stories.text), "
           "byline (documents.author) or source (stories.source)"),
    _field("start_char", pa.int32(), "offset of the mention in its part (Python string index)"),
    _field("end_char", pa.int32(), "end offset: the part's text[start_char:end_char] is the mention"),
]
_STORY_KEYS = [
    _field("story_id", pa.string(), "story the row belongs to (stories.story_id)"),
    _field("doc_id", pa.string(), "document the row belongs to (documents.doc_id)"),
]

_DECLARED: dict[str, pa.Schema] = {
    "documents": pa.schema([
        _field("doc_id", pa.string(), "deterministic id: hash of the raw bytes (one per distinct content)"),
        _field("path", pa.string(), "file path relative to the input folder (the first of `paths`)"),
        _field("paths", pa.list_(pa.string()),
               "every file with this exact content, in path order: a copy is one document, processed once"),
        _field("title", pa.string(), "headline of the document, null when the text has none"),
        _field("author", pa.string(), "byline or signature author, when the text or metadata gives one"),
        _field("byline", pa.string(),
               "the byline, publication and signature lines as printed (author, outlet, date), "
               "one per line; read as the byline part of the first story"),
        _field("outlet", pa.string(), "publishing outlet, when the text or metadata gives one"),
        _field("url", pa.string(), "source URL from metadata.csv"),
        _field("publication_date", pa.date32(), "publication date (metadata.csv wins over inference)"),
        _field("publication_date_source", pa.string(),
               "where publication_date came from: metadata, byline, dateline, latest_date or null"),
        _field("encoding", pa.string(), "encoding the file was decoded from"),
        _field("text", pa.string(), "cleaned text, boilerplate removed, lines kept"),
        _field("removed", pa.list_(pa.string()), "boilerplate lines removed by clean, for audit"),
        _field("n_stories", pa.int32(), "number of stories segmented from the document"),
    ]),
    "stories": pa.schema([
        _field("story_id", pa.string(), "deterministic id: hash of doc_id, seq and text"),
        _field("doc_id", pa.string(), "document the story comes from"),
        _field("seq", pa.int32(), "0-based order of the story in its document"),
        _field("title", pa.string(), "story title line, null when none"),
        _field("text", pa.string(), "clean story body; all offsets point into this string"),
        _field("source", pa.string(), "closing acronym of the issuing body, else the outlet, else null"),
        _field("byline", pa.string(), "the document's byline lines (documents.byline), on its first story only"),
        _field("publication_date", pa.date32(), "publication date of the document"),
    ]),
    "sentences": pa.schema(_STORY_KEYS + [
        _field("start_char", pa.int32(), "sentence start in stories.text"),
        _field("end_char", pa.int32(), "sentence end in stories.text"),
    ]),
    "entities": pa.schema(_STORY_KEYS + [
        _field("text", pa.string(), "surface form of the mention"),
        _field("label", pa.string(), "PER, ORG, LOC or MISC"),
        *_OFFSETS,
        _field("canonical", pa.string(), "name shared by the variants of one entity"),
        _field("entity_id", pa.string(), "id shared by the variants of one entity (entity_index)"),
    ]),
    "model_entities": pa.schema(_STORY_KEYS + [
        _field("text", pa.string(), "surface form of the mention"),
        _field("label", pa.string(), "label given by fr_core_news_md before the domain rules"),
        *_OFFSETS,
    ]),
    "dates": pa.schema(_STORY_KEYS + [
        _field("text", pa.string(), "temporal expression as written"),
        *_OFFSETS,
        _field("date_start", pa.date32(), "first day denoted (inclusive)"),
        _field("date_end", pa.date32(), "last day denoted (inclusive)"),
        _field("resolution", pa.string(), "absolute, year_inferred, relative or unresolved"),
        _field("time", pa.string(), "time of day HH:MM when given, else null"),
        _field("weekday_mismatch", pa.bool_(), "true when the written weekday contradicts the date"),
        _field("n_mentions", pa.int32(),
               "times the story writes this expression with this value (the row is the first)"),
    ]),
    "money": pa.schema(_STORY_KEYS + [
        _field("text", pa.string(), "monetary expression as written"),
        *_OFFSETS,
        _field("amount", pa.float64(), "amount in units of the currency"),
        _field("currency", pa.string(),
               "ISO 4217 code; a franc CFA (FCFA, F CFA, francs CFA, or an amount with no currency word "
               "in a CFA story) is XOF, or XAF when the story (else its document) names Central African places"),
        _field("per_unit", pa.string(), "unit the price is per (m², kg …), else null"),
        _field("equivalent_of", pa.int32(),
               "start_char of the amount this one restates ('…, soit environ 4 milliards d'euros'), else null"),
    ]),
    "quantities": pa.schema(_STORY_KEYS + [
        _field("text", pa.string(), "percentage or physical quantity as written"),
        *_OFFSETS,
        _field("value", pa.float64(), "the number, scale words applied"),
        _field("unit", pa.string(), "normalized unit: %, km, MW, MWc, t, ha, Mbit/s …"),
    ]),
    "events": pa.schema([
        _field("event_id", pa.string(),
               "deterministic id: hash of story_id, the offsets of its date and trigger, and its type"),
        *_STORY_KEYS,
        _field("date_start", pa.date32(), "first day of the event"),
        _field("date_end", pa.date32(), "last day of the event"),
        _field("date_from", pa.string(),
               "sentence: a date of the evidence sentence dates it; context: the text dates it "
               "(a council decision takes the session's day, 'à cette occasion' the happening before)"),
        _field("event_type", pa.string(), "type from the lexicon in pipeline/rules/event_lexicon.py"),
        _field("trigger", pa.string(), "word(s) of the sentence that say what happened"),
        _field("sentence", pa.string(), "the sentence, as evidence"),
        _field("sentence_start", pa.int32(),
               "offset of the evidence sentence in stories.text; null when the headline is the evidence"),
        _field("sentence_end", pa.int32(), "end offset of the evidence sentence in stories.text"),
        _field("participants", pa.list_(pa.string()),
               "persons and organisations acting in it (states too when they sign), as written"),
        _field("participant_ids", pa.list_(pa.string()),
               "their entities.entity_id, in the same order (joins entity_index)"),
        _field("locations", pa.list_(pa.string()), "places of the sentence"),
        _field("money", pa.list_(_MONEY_ITEM), "money figures of the sentence"),
    ]),
    "entity_index": pa.schema([
        _field("entity_id", pa.string(), "one real-world entity (entities.entity_id)"),
        _field("canonical", pa.string(), "its canonical name"),
        _field("label", pa.string(), "PER, ORG, LOC or MISC"),
        _field("aliases", pa.list_(pa.string()), "every spelling seen in the corpus"),
        _field("n_mentions", pa.int32(), "mentions in the corpus"),
        _field("n_documents", pa.int32(), "documents that mention it"),
        _field("first_seen", pa.date32(), "earliest publication date of those documents"),
        _field("last_seen", pa.date32(), "latest publication date of those documents"),
    ]),
    "roles": pa.schema([
        _field("entity_id", pa.string(), "the person (entities.entity_id)"),
        _field("person", pa.string(), "the person's name as written"),
        _field("role", pa.string(), "title or function, as written"),
        _field("organisation", pa.string(), "organisation named in the role, else null"),
        *_STORY_KEYS,
        _field("evidence", pa.string(), "the apposition the role was read from"),
    ]),
    "rejects": pa.schema([
        _field("path", pa.string(), "input file that could not be processed"),
        _field("stage", pa.string(), "stage that rejected it"),
        _field("reason", pa.string(), "why, in words a user can act on"),
    ]),
}

# Columns every row fills; the others may be null, and the data dictionary says so. Writing
# a null into one of these is an error, not a silent gap.
REQUIRED = {
    "documents": ["doc_id", "path", "encoding", "text", "removed", "n_stories"],
    "stories": ["story_id", "doc_id", "seq", "text"],
    "entities": ["story_id", "doc_id", "text", "label", "part", "start_char", "end_char", "canonical", "entity_id"],
    "entity_index": ["entity_id", "canonical", "label", "aliases", "n_mentions", "n_documents"],
    "roles": ["entity_id", "person", "role", "story_id", "doc_id", "evidence"],
    "dates": ["story_id", "doc_id", "text", "part", "start_char", "end_char", "resolution", "n_mentions"],
    "money": ["story_id", "doc_id", "text", "part", "start_char", "end_char", "amount", "currency"],
    "quantities": ["story_id", "doc_id", "text", "part", "start_char", "end_char", "value", "unit"],
    "events": ["event_id", "story_id", "doc_id", "date_start", "date_end", "event_type", "trigger", "sentence",
               "participants", "participant_ids", "locations", "money"],
    "rejects": ["path", "stage", "reason"],
}
SCHEMAS: dict[str, pa.Schema] = {
    table: pa.schema([f.with_nullable(f.name not in REQUIRED.get(table, ())) for f in schema])
    for table, schema in _DECLARED.items()}

# Tables in data/processed/ and the order the data dictionary lists them in.
FINAL_TABLES = ["documents", "stories", "entities", "entity_index", "roles", "dates", "money",
                "quantities", "events", "rejects"]


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the table's columns, for stages that find nothing."""
    return SCHEMAS[table].empty_table().to_pandas()


def to_arrow(df: pd.DataFrame, table: str) -> pa.Table:
    """Cast a stage's DataFrame to its declared schema; a missing column is an error."""
    schema = SCHEMAS[table]
    missing = [name for name in schema.names if name not in df.columns]
    if missing:
        raise ValueError(f"table {table!r} lacks columns {missing}")
    return pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)


def data_dictionary() -> str:
    """Markdown description of every final table, generated from the schemas."""
    lines = ["# Data dictionary", "",
             "Generated from `pipeline/schemas.py`. Offsets index the part of the story a mention "
             "is in (`part`): `stories.text` for the body, `stories.title` for the title.", ""]
    for table in FINAL_TABLES:
        lines += [f"## {table}", "", "| column | type | null | meaning |", "|---|---|---|---|"]
        for field in SCHEMAS[table]:
            doc = field.metadata[b"doc"].decode()
            lines.append(f"| {field.name} | {field.type} | {'can be' if field.nullable else 'never'} | {doc} |")
        lines.append("")
    return "\n".join(lines)
