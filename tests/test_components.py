"""The spaCy factories work in any French pipeline."""

from datetime import date

import spacy

import pipeline  # noqa: F401  (registers the factories)


def test_factories_add_parsed_spans():
    nlp = spacy.blank("fr")
    nlp.add_pipe("news_dates")
    nlp.add_pipe("news_money")
    doc = nlp.make_doc("Le Togo a obtenu, le 4 avril 2025, un prêt de 45 millions d’euros. Signé hier.")
    doc._.publication_date = date(2025, 4, 10)
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(s.text, s._.date.date_start) for s in doc.spans["dates"]] == [
        ("4 avril 2025", date(2025, 4, 4)), ("hier", date(2025, 4, 9))]
    assert [(s.text, s._.money.amount, s._.money.currency) for s in doc.spans["money"]] == [
        ("45 millions d’euros", 45_000_000.0, "EUR")]
