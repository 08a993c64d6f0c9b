"""The spaCy factories work in any French pipeline, like spaCy's own: saved and loaded in a
new process, their values serialized with the doc, run in several processes."""

import json
import subprocess
import sys
from datetime import date

import spacy
from spacy.tokens import DocBin

import pipeline  # noqa: F401  (registers the factories)

TEXTS = ["Le Togo a obtenu, le 4 avril 2025, un prêt de 45 millions d’euros. Signé hier.",
         "La Banque Ouest Africaine de Développement (BOAD) a versé 12 milliards de FCFA le 2 juin 2025.",
         "À Douala, la société a levé 3 milliards de FCFA en mars 2025."]


def _nlp(**dates_config):
    nlp = spacy.blank("fr")
    nlp.add_pipe("news_entities")
    nlp.add_pipe("news_dates", config=dates_config)
    nlp.add_pipe("news_money")
    return nlp


def _values(doc) -> list:
    return ([(s.text, s._.date["date_start"], s._.date["date_end"]) for s in doc.spans["dates"]]
            + [(s.text, s._.money["amount"], s._.money["currency"]) for s in doc.spans["money"]]
            + [(e.text, e.label_) for e in doc.ents])


def test_factories_add_parsed_spans():
    nlp = _nlp()
    doc = nlp.make_doc(TEXTS[0])
    doc._.publication_date = date(2025, 4, 10)
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(s.text, s._.date["date_start"]) for s in doc.spans["dates"]] == [
        ("4 avril 2025", "2025-04-04"), ("hier", "2025-04-09")]
    assert [(s.text, s._.money["amount"], s._.money["currency"]) for s in doc.spans["money"]] == [
        ("45 millions d’euros", 45_000_000.0, "EUR")]


def test_settings_come_from_the_config():
    nlp = spacy.blank("fr")
    nlp.add_pipe("news_dates", config={"reference_date": "2025-04-10", "spans_key": "dates_fr"})
    nlp.add_pipe("news_money", config={"cfa_zone": "XAF"})
    doc = nlp("Signé hier pour 5 milliards de FCFA.")
    assert [(s.text, s._.date["date_start"]) for s in doc.spans["dates_fr"]] == [("hier", "2025-04-09")]
    assert [s._.money["currency"] for s in doc.spans["money"]] == ["XAF"]


def test_a_publication_date_given_as_an_iso_string_resolves_relative_dates():
    nlp = _nlp()
    doc = nlp.make_doc("La convention a été signée hier.")
    doc._.publication_date = "2025-06-03"
    doc = nlp(doc)
    assert [s._.date["date_start"] for s in doc.spans["dates"]] == ["2025-06-02"]


def test_values_survive_to_bytes_and_docbin():
    nlp = _nlp(reference_date="2025-04-10")
    docs = list(nlp.pipe(TEXTS))
    restored = [spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in docs]
    assert [_values(d) for d in restored] == [_values(d) for d in docs]
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    assert [_values(d) for d in DocBin().from_bytes(stored).get_docs(nlp.vocab)] == [_values(d) for d in docs]


def test_pipe_in_two_processes_gives_what_one_gives():
    nlp = _nlp(reference_date="2025-04-10")
    assert [_values(d) for d in nlp.pipe(TEXTS * 2, n_process=2, batch_size=2)] == \
        [_values(d) for d in nlp.pipe(TEXTS * 2)]


# Run in a fresh interpreter from a folder outside the repository: nothing imports `pipeline`,
# spacy.load finds the factories through the package's entry points.
_LOAD = """
import json, sys, spacy
doc = spacy.load(sys.argv[1])(sys.stdin.read())
print(json.dumps([(s.text, s._.date["date_start"], s._.date["date_end"]) for s in doc.spans["dates"]]
                 + [(s.text, s._.money["amount"], s._.money["currency"]) for s in doc.spans["money"]]
                 + [(e.text, e.label_) for e in doc.ents]))
"""


def test_a_saved_pipeline_loads_in_a_process_that_never_imported_the_package(tmp_path):
    nlp = _nlp(reference_date="2025-04-10")
    nlp.to_disk(tmp_path / "model")
    done = subprocess.run([sys.executable, "-c", _LOAD, str(tmp_path / "model")], input=TEXTS[1],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == json.loads(json.dumps(_values(nlp(TEXTS[1]))))
