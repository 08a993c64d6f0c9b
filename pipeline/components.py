"""spaCy components for the date, money and entity rules, usable in any French pipeline:

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("news_entities", after="ner")
    nlp.add_pipe("news_dates", config={"reference_date": "2025-03-10"})
    nlp.add_pipe("news_money")
    doc = nlp("Le projet, évalué à 117,3 millions USD, a été signé le 3 mars 2025.")
    [(s.text, s._.date["date_start"]) for s in doc.spans["dates"]]
    [(s.text, s._.money["amount"], s._.money["currency"]) for s in doc.spans["money"]]

The factories are declared as `spacy_factories` entry points, so a pipeline saved with
`nlp.to_disk` loads with `spacy.load` in a process that never imported this package. The
values put on spans are plain dicts of str, float, bool and None (dates as ISO strings):
they survive `doc.to_bytes`, `DocBin(store_user_data=True)` and `nlp.pipe(n_process=2)`,
which serialize extension values with msgpack. Relative dates ("hier") are resolved from
`doc._.publication_date` (an ISO string or a date) when set, else the `reference_date`
of the config.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import entities  # noqa: F401  (registers "news_entities", the entity rules' component)
from .rules.dates import find_dates
from .rules import currencies
from .rules.money import find_money

if not Doc.has_extension("publication_date"):
    Doc.set_extension("publication_date", default=None)
for _name in ("date", "money"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


def _add_spans(doc: Doc, key: str, attr: str, mentions) -> Doc:
    spans = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            span._.set(attr, _value(mention))
            spans.append(span)
    doc.spans[key] = spans
    return doc


def _value(mention) -> dict:
    """A mention's parsed fields as msgpack-friendly values (the span itself holds the text
    and offsets): spaCy serializes extension values with msgpack, which has no date type."""
    fields = {k: v for k, v in asdict(mention).items() if k not in ("start", "end", "text")}
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()}


def _as_date(value: str | date | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


class DateRecognizer:
    """Puts French temporal expressions in doc.spans[spans_key], parsed value on span._.date:
    date_start, date_end (ISO), resolution, time, weekday_mismatch."""

    def __init__(self, *, spans_key: str, reference_date: str | None = None):
        self.spans_key = spans_key
        self.reference_date = _as_date(reference_date)

    def __call__(self, doc: Doc) -> Doc:
        reference = _as_date(doc._.publication_date) or self.reference_date
        return _add_spans(doc, self.spans_key, "date", find_dates(doc.text, reference))


class MoneyRecognizer:
    """Puts monetary amounts in doc.spans[spans_key], parsed value on span._.money: amount,
    currency (ISO 4217), per_unit, equivalent_of. A franc CFA is `cfa_zone` (XOF or XAF)
    when given, else XAF when the text names Central African places, else XOF."""

    def __init__(self, *, spans_key: str, cfa_zone: str | None = None):
        self.spans_key = spans_key
        self.cfa_zone = cfa_zone

    def __call__(self, doc: Doc) -> Doc:
        cfa = self.cfa_zone or currencies.cfa_zone(doc.text) or "XOF"
        return _add_spans(doc, self.spans_key, "money", find_money(doc.text, cfa))


@Language.factory("news_dates", default_config={"spans_key": "dates", "reference_date": None})
def make_news_dates(nlp: Language, name: str, *, spans_key: str, reference_date: str | None) -> DateRecognizer:
    return DateRecognizer(spans_key=spans_key, reference_date=reference_date)


@Language.factory("news_money", default_config={"spans_key": "money", "cfa_zone": None})
def make_news_money(nlp: Language, name: str, *, spans_key: str, cfa_zone: str | None) -> MoneyRecognizer:
    return MoneyRecognizer(spans_key=spans_key, cfa_zone=cfa_zone)
