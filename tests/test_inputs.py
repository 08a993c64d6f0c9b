"""Inputs that are not French news, and metadata.csv values the pipeline cannot use: each is
processed as well as it can be or becomes a reject row that says why (issue 12, items 2-3)."""

from __future__ import annotations

import logging
import random
from datetime import date

import pandas as pd
import pytest

from pipeline import corpus
from pipeline.clean import (RejectError, clean, clean_document, decode, html_to_text, language_of,
                            metadata_date)
from pipeline.cli import main
from pipeline.runner import read_final, read_metadata, run
from pipeline.segment import segment

ARTICLE = (
    "Télécoms : la fibre optique atteint Dosso\n"
    "Le ministre de l'Économie numérique, Ibrahim Moussa Abdou, a inauguré lundi à Dosso le nouveau "
    "nœud du réseau national de fibre optique, financé à hauteur de 4,2 milliards FCFA.\n"
    "Selon la Société nationale des télécommunications, les communes voisines seront raccordées "
    "avant la fin de l'année, ce qui doit réduire le prix de l'accès à l'internet pour les ménages.\n"
)

HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Dosso | Le Sahel Numérique</title>"
    "<style>p { color: red }</style><script>var menu = 'Accueil';</script></head><body>"
    "<nav><ul><li>Accueil</li><li>Économie</li><li>Sport</li></ul></nav>"
    "<article><h1>Télécoms : la fibre optique atteint Dosso</h1>"
    "<p>Le ministre de l'Économie numérique, Ibrahim Moussa Abdou, a inauguré lundi à Dosso "
    "le nouveau nœud du réseau national de fibre optique, financé à hauteur de 4,2&nbsp;milliards FCFA.</p>"
    "<p>Selon la Société nationale des télécommunications, les communes voisines seront raccordées "
    "avant la fin de l'année, ce qui doit réduire le prix de l'accès à l'internet.<br>"
    "Les travaux ont duré huit mois.</p></article>"
    "<aside>Les plus lus : Le marché de Dosso rénové</aside>"
    "<footer>© 2025 Le Sahel Numérique – Tous droits réservés</footer></body></html>"
)

ENGLISH = (
    "Telecoms: fibre optic reaches Dosso\n"
    "The minister of the digital economy opened on Monday in Dosso a new node of the national "
    "fibre network, funded with $1.2 billion from the state budget.\n"
    "According to the national telecommunications company, the nearby towns will be connected "
    "before the end of the year, which should lower the price of internet access for households.\n"
)

ARABIC = (
    "افتتح وزير الاقتصاد الرقمي يوم الاثنين في دوسو عقدة جديدة من الشبكة الوطنية للألياف البصرية.\n"
    "وقالت الشركة الوطنية للاتصالات إن البلدات المجاورة ستربط بالشبكة قبل نهاية العام الجاري.\n"
)


def raw(*files: tuple[str, bytes]) -> pd.DataFrame:
    return pd.DataFrame([{"path": p, "content": c} for p, c in files])


# --- HTML saved as .txt -----------------------------------------------------------------

def test_an_html_page_is_read_as_its_text_with_a_line_per_block():
    doc = clean_document("page.txt", HTML_PAGE.encode(), {})
    assert doc["title"] == "Télécoms : la fibre optique atteint Dosso"
    assert "<" not in doc["text"] and ">" not in doc["text"] and "&nbsp;" not in doc["text"]
    assert "4,2 milliards FCFA." in doc["text"]
    assert "Les travaux ont duré huit mois." in doc["text"].split("\n")  # <br> starts a line


def test_scripts_styles_menus_side_boxes_and_footers_are_dropped():
    text = html_to_text(HTML_PAGE)
    for dropped in ("var menu", "color: red", "Accueil", "Les plus lus", "Tous droits", "| Le Sahel"):
        assert dropped not in text


def test_a_fragment_with_a_few_tags_is_html_too():
    fragment = "<h2>" + ARTICLE.split("\n")[0] + "</h2>\n<p>" + ARTICLE.split("\n")[1] + "</p>\n<p>" + ARTICLE.split("\n")[2] + "</p>"
    doc = clean_document("fragment.txt", fragment.encode(), {})
    assert doc["title"] == ARTICLE.split("\n")[0]
    assert "</" not in doc["text"]


def test_an_html_page_with_nothing_readable_is_rejected_with_a_reason():
    page = b"<html><head><script>track()</script></head><body><nav><a href='/'>Accueil</a></nav></body></html>"
    with pytest.raises(RejectError, match="HTML page with no readable text"):
        clean_document("vide.txt", page, {})


def test_plain_text_mentioning_a_sign_is_not_taken_for_html():
    text = ARTICLE + "Le taux de pannes est passé à < 2 % contre > 5 % en 2023.\n"
    assert clean_document("a.txt", text.encode(), {})["text"].endswith("< 2 % contre > 5 % en 2023.")


# --- binary and undecodable content -----------------------------------------------------

_CP1252_UNDEFINED = {0x00, 0x81, 0x8D, 0x8F, 0x90, 0x9D}


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("low", [1, 0x80])  # every byte, or only the high half
def test_random_bytes_that_windows_1252_would_decode_are_rejected(seed, low):
    rng = random.Random(seed)
    alphabet = [b for b in range(low, 256) if b not in _CP1252_UNDEFINED]
    blob = bytes(rng.choice(alphabet) for _ in range(400))
    with pytest.raises(RejectError, match="binary or undecodable content"):
        decode(blob)


def test_nul_bytes_are_binary_content():
    with pytest.raises(RejectError, match="binary or undecodable content"):
        decode(b"PK\x03\x04\x00\x00" + ARTICLE.encode())


# --- language ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [(ENGLISH, "en"), (ARABIC, "ar")])
def test_a_document_in_another_language_is_rejected_naming_it(text, language):
    documents, rejects = clean(raw(("autre.txt", text.encode())))
    assert documents.empty
    assert rejects["reason"].tolist() == [f"language is {language}, not French"]


def test_a_french_story_with_an_english_photo_caption_is_french():
    caption = ("Officials from the three countries pose for a picture after signing the roaming agreement "
               "in the capital on Tuesday, ahead of the regional summit on telecommunications and trade.")
    text = ARTICLE.replace("\n", "\n" + caption + "\n", 1)
    assert clean_document("a.txt", text.encode(), {})["text"].count(caption) == 1


def test_a_text_too_short_to_judge_is_kept_as_french():
    assert language_of(["Sonatel Dakar", "Moov Africa", "Camtel"]) == "fr"  # the detector guesses, unsure


def test_an_english_page_with_a_french_menu_line_is_english():
    text = "Accueil | Politique | Économie | Société | Culture et loisirs du pays\n" + ENGLISH
    with pytest.raises(RejectError, match="language is en"):
        clean_document("a.txt", text.encode(), {})


# --- duplicates -------------------------------------------------------------------------

def test_one_content_under_two_names_is_one_document_with_both_paths():
    documents, rejects = clean(raw(("a/depeche.txt", ARTICLE.encode()), ("b/copie.txt", ARTICLE.encode()),
                                   ("c/autre.txt", ARTICLE.replace("Dosso", "Tahoua").encode())))
    assert rejects.empty
    assert documents["paths"].tolist() == [["a/depeche.txt", "b/copie.txt"], ["c/autre.txt"]]
    assert documents["doc_id"].nunique() == 2


def test_copies_in_two_shards_are_published_once_by_the_first():
    shard0 = {"documents": pd.DataFrame({"doc_id": ["d1", "d2"], "paths": [["a.txt"], ["b.txt"]]}),
              "entities": pd.DataFrame({"doc_id": ["d1", "d2"], "text": ["Dosso", "Tahoua"]})}
    shard1 = {"documents": pd.DataFrame({"doc_id": ["d1"], "paths": [["z.txt"]]}),
              "entities": pd.DataFrame({"doc_id": ["d1"], "text": ["Dosso"]})}
    copied = corpus.copies([(0, shard0["documents"]), (1, shard1["documents"])])
    assert copied == {"d1": (0, ["a.txt", "z.txt"])}
    first = corpus.first_copies(shard0, 0, copied)
    assert first["documents"]["paths"].tolist() == [["a.txt", "z.txt"], ["b.txt"]]
    later = corpus.first_copies(shard1, 1, copied)
    assert later["documents"].empty and later["entities"].empty


def test_a_run_publishes_a_copied_file_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (folder / name).write_text(ARTICLE.replace("Dosso", name[0].upper() + "osso"), encoding="utf-8")
    (folder / "z.txt").write_text(ARTICLE.replace("Dosso", "Aosso"), encoding="utf-8")  # a copy of a.txt
    assert main(["run", "--input", str(folder), "--output", str(tmp_path / "out"), "--workers", "1",
                 "--shard-size", "2", "--quiet"]) == 0
    documents = read_final(tmp_path / "out" / "processed")["documents"]
    assert sorted(map(list, documents["paths"])) == [["a.txt", "z.txt"], ["b.txt"], ["c.txt"], ["d.txt"]]


# --- metadata.csv -----------------------------------------------------------------------

@pytest.mark.parametrize(("value", "day"), [
    ("2025-12-03", date(2025, 12, 3)),
    ("2025-12-03T08:15:00+00:00", date(2025, 12, 3)),
    ("03/12/2025", date(2025, 12, 3)),
    ("3-12-2025", date(2025, 12, 3)),
    ("7 août 2025", date(2025, 8, 7)),
    ("jeudi 1er mai 2025", date(2025, 5, 1)),
])
def test_metadata_dates_in_iso_and_french_day_first_forms(value, day):
    assert metadata_date(value) == day


@pytest.mark.parametrize("value", ["31/02/2025", "août 2025", "bientôt", "32/01/2025"])
def test_a_metadata_value_that_is_no_day_raises(value):
    with pytest.raises(ValueError):
        metadata_date(value)


def _folder(tmp_path, metadata: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("Dosso", "Maradi"), encoding="utf-8")
    (folder / "metadata.csv").write_text(metadata, encoding="utf-8")
    return folder


def test_a_row_with_extra_fields_is_kept_and_its_problem_named(tmp_path):
    folder = _folder(tmp_path, "file,publication_date\na.txt,03/12/2025,Niamey\nb.txt,2025-12-04\n")
    rows = read_metadata(folder).to_dict("records")
    assert [r["publication_date"] for r in rows] == ["03/12/2025", "2025-12-04"]
    assert "line 2 has 3 fields for 2 columns" in rows[0]["problem"] and "'Niamey'" in rows[0]["problem"]
    assert rows[1]["problem"] == ""


def test_bad_metadata_values_are_reject_rows_and_strict_fails(tmp_path, caplog):
    folder = _folder(tmp_path, "file,publication_date\na.txt,31/02/2025\nb.txt,03/12/2025,x\n")
    out = tmp_path / "out"
    assert main(["run", "--input", str(folder), "--output", str(out), "--workers", "1", "--quiet",
                 "--strict"]) == 3
    tables = read_final(out / "processed")
    rejects = tables["rejects"]
    assert rejects["path"].tolist() == ["a.txt", "b.txt"] and set(rejects["stage"]) == {"metadata"}
    assert "publication_date" in rejects["reason"][0] and "'31/02/2025'" in rejects["reason"][0]
    assert "line 3" in rejects["reason"][1]
    dates = dict(zip(tables["documents"]["path"], tables["documents"]["publication_date"]))
    assert dates["b.txt"] == date(2025, 12, 3)  # day first, and the row's good value still applies
    assert len(tables["documents"]) == 2  # both documents are processed


def test_an_unknown_column_is_named_in_a_warning(tmp_path, caplog):
    folder = _folder(tmp_path, "file,date\na.txt,2025-12-03\n")
    logger = logging.getLogger("pipeline")
    logger.addHandler(caplog.handler)  # a CLI run may have stopped its propagation
    try:
        read_metadata(folder)
    finally:
        logger.removeHandler(caplog.handler)
    assert "column date not used" in caplog.text


def test_a_file_of_several_articles_is_rejected_never_cut_after_the_first():
    """Articles glued into one file: after the first one's comment marker come other
    headlines with their text; the file is refused with what to do, not truncated."""
    second = ("Agriculture : Dosso reçoit 300 tonnes de semences améliorées\n"
              "Le gouverneur de la région de Dosso a réceptionné jeudi un lot de 300 tonnes de semences "
              "améliorées de mil et de niébé, offert par la coopération japonaise, qui seront distribuées "
              "aux producteurs des départements de Gaya et de Boboye avant la campagne d'hivernage, "
              "selon la direction régionale de l'agriculture.\n")
    third = second.replace("Dosso reçoit", "Tahoua accueille").replace("Dosso a", "Tahoua a")
    raw = ARTICLE + "Commentaires\nLaisser un commentaire\n" + second + third
    with pytest.raises(RejectError, match="several articles in one file"):
        clean_document("bulletin.txt", raw.encode(), {})


def test_comments_after_an_article_are_furniture_not_other_articles():
    comments = ("Commentaires\nMoussa\n12 mars 2025 à 10h12\n"
                "Très bonne nouvelle pour la région, il était temps que la fibre arrive chez nous.\n"
                "Aïcha\nMerci au ministre.\n")
    doc = clean_document("a.txt", (ARTICLE + comments).encode(), {})
    assert "Merci au ministre." in doc["removed"] and "Merci" not in doc["text"]


def test_metadata_rows_for_files_that_are_not_there_are_reject_rows_and_warnings(tmp_path, caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "metadata.csv").write_text("file,publication_date\na.txt,2025-03-03\nb.txt,2025-03-04\n")
    logger = logging.getLogger("pipeline")
    logger.addHandler(caplog.handler)  # a CLI run may have stopped its propagation
    try:
        tables = run(folder, tmp_path / "out", workers=1)
    finally:
        logger.removeHandler(caplog.handler)
    assert "metadata.csv names b.txt, which is not under" in caplog.text
    assert list(tables["documents"]["path"]) == ["a.txt"]
    rejects = tables["rejects"]
    assert rejects[["path", "stage"]].values.tolist() == [["b.txt", "metadata"]]
    assert "renamed or deleted" in rejects["reason"][0]
    assert main(["run", "--input", str(folder), "--output", str(tmp_path / "out"), "--quiet", "--strict"]) == 3


def test_a_document_whose_cleaning_raises_is_a_reject_row_and_the_others_are_kept(monkeypatch):
    import pipeline.clean as cleaning

    real = cleaning.language_of
    monkeypatch.setattr(cleaning, "language_of",
                        lambda lines: 1 / 0 if "Tahoua" in "".join(lines) else real(lines))
    other = ARTICLE.replace("Dosso", "Tahoua")
    documents, rejects = clean(raw(("a.txt", ARTICLE.encode()), ("b.txt", other.encode())))
    assert documents["path"].tolist() == ["a.txt"]
    assert rejects["path"].tolist() == ["b.txt"] and rejects["stage"].tolist() == ["clean"]
    assert "ZeroDivisionError" in rejects["reason"][0] and "other files were processed" in rejects["reason"][0]


def test_a_document_over_its_time_budget_in_clean_or_segment_is_a_reject_row(monkeypatch):
    import time

    import pipeline.clean as cleaning
    import pipeline.segment as segmenting

    slow = lambda real: lambda text, *rest: (time.sleep(5) if "Tahoua" in text else None) or real(text, *rest)  # noqa: E731
    files = raw(("a.txt", ARTICLE.encode()), ("b.txt", ARTICLE.replace("Dosso", "Tahoua").encode()))
    monkeypatch.setattr(cleaning, "normalize", slow(cleaning.normalize))
    started = time.perf_counter()
    documents, rejects = clean(files, time_budget=0.3)
    assert documents["path"].tolist() == ["a.txt"] and "over its time budget of 0.3 s" in rejects["reason"][0]
    monkeypatch.undo()
    documents, _ = clean(files)
    monkeypatch.setattr(segmenting, "split_stories", slow(segmenting.split_stories))
    stories, rejects = segment(documents, time_budget=0.3)
    assert set(stories["doc_id"]) == set(documents["doc_id"][documents["path"] == "a.txt"])
    assert rejects[["path", "stage"]].values.tolist() == [["b.txt", "segment"]]
    assert time.perf_counter() - started < 5  # stopped, not waited for
