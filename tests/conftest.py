"""Shared fixtures: one pipeline run on the seeds and one evaluation per test session, and
small invented corpora for the runner's tests."""

from pathlib import Path

import pytest

import pandas as pd

from pipeline.evaluate import evaluate, real_news
from pipeline.runner import read_final, run

ROOT = Path(__file__).resolve().parent.parent

# Invented dispatches of the corpus's genre; every field varies from one document to the next.
_CITIES = ["Kayes", "Ségou", "Sikasso", "Mopti", "Gao", "Tombouctou", "Koulikoro", "Kidal"]
_MINISTERS = ["Fatoumata SANGARÉ", "Boubacar Sidibé", "Aminata KEÏTA", "Oumar Traoré",
              "Kadiatou Diarra", "Modibo KONÉ", "Salimata Coulibaly", "Issa MAÏGA"]
_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre"]
_ARTICLE = """{city} : la ministre {name} lance un centre de formation numérique

{city}, le {day} {month} 2025 – La ministre de l’Économie numérique, {name}, a inauguré le
{day} {month} 2025 à {city} un centre de formation aux métiers du numérique, financé à hauteur
de {amount} milliards de FCFA par la Banque ouest-africaine de développement (BOAD).

Le directeur du centre, Seydou {surname}, a indiqué que {trainees} jeunes y seront formés chaque
année. Les travaux ont duré {months} mois, selon l’Agence de Développement du Numérique (ADN{tag}).
"""


def article(i: int, **changes) -> str:
    """The i-th invented article; `changes` override its fields."""
    fields = {"city": _CITIES[i % 8], "name": _MINISTERS[(i * 3) % 8], "day": 1 + i % 27,
              "month": _MONTHS[i % 8], "amount": 2 + i % 9, "surname": _MINISTERS[(i + 5) % 8].split()[-1],
              "trainees": 100 + 25 * i, "months": 3 + i % 11, "tag": ""}
    return _ARTICLE.format(**{**fields, **changes})


def write_corpus(folder: Path, n: int, **changes) -> Path:
    """n invented articles as folder/NNN.txt (some in a subfolder), returns the folder."""
    for i in range(n):
        path = folder / ("sub" if i % 4 == 3 else "") / f"{i:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(i, **changes), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def seeds_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds_run")
    run(ROOT / "seeds", out, log=lambda msg: None)
    return out


@pytest.fixture(scope="session")
def seeds_tables(seeds_output):
    return read_final(seeds_output / "processed")


@pytest.fixture(scope="session")
def figures(tmp_path_factory):
    work = tmp_path_factory.mktemp("eval")
    return pd.concat([real_news(work), evaluate(work_dir=work, baseline=False)], ignore_index=True)
