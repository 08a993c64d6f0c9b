"""spaCy components for the date and money rules, usable in any French pipeline:

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("news_dates")
    nlp.add_pipe("news_money")
    doc = nlp("Le projet, évalué à 117,3 millions USD, a été signé le 3 mars 2025.")
    [(s.text, s._.date.date_start) for s in doc.spans["dates"]]
    [(s.text, s._.money.amount, s._.money.currency) for s in doc.spans["money"]]

Set `doc._.publication_date` before the components run to resolve relative dates.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .rules.dates import find_dates
from .rules.currencies import cfa_zone
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
            span._.set(attr, mention)
            spans.append(span)
    doc.spans[key] = spans
    return doc


class DateRecognizer:
    """Puts French temporal expressions in doc.spans[spans_key], parsed value on span._.date."""

    def __init__(self, *, spans_key: str):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        return _add_spans(doc, self.spans_key, "date", find_dates(doc.text, doc._.publication_date))


class MoneyRecognizer:
    """Puts monetary amounts in doc.spans[spans_key], parsed value on span._.money."""

    def __init__(self, *, spans_key: str):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        return _add_spans(doc, self.spans_key, "money", find_money(doc.text, cfa_zone(doc.text) or "XOF"))


@Language.factory("news_dates", default_config={"spans_key": "dates"})
def make_news_dates(nlp: Language, name: str, *, spans_key: str) -> DateRecognizer:
    return DateRecognizer(spans_key=spans_key)


@Language.factory("news_money", default_config={"spans_key": "money"})
def make_news_money(nlp: Language, name: str, *, spans_key: str) -> MoneyRecognizer:
    return MoneyRecognizer(spans_key=spans_key)
