"""Unit tests for stage 1, `pipeline.clean`.

Every raw document below is invented (same genre as seeds/, other names, outlets, places,
dates and acronyms). Expected values come from reading the texts, not from the code's output.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pandas as pd
import pytest

from pipeline.clean import RejectError, clean, clean_document, decode, normalize
from pipeline.rules.boilerplate import is_furniture

# --- invented fixtures ----------------------------------------------------------------------

SN_TITLE = "Sénégal : Téranga Télécom allume la 5G à Ziguinchor"
SN_P1 = ("Le ministre de la Communication et de l’Économie numérique, Ousmane Faye, a inauguré "
         "ce mardi 11 mars 2025 à Ziguinchor le premier site 5G de l’opérateur Téranga Télécom "
         "en Casamance, en présence des autorités administratives de la région.")
SN_SUBHEADING = "Une couverture progressive jusqu’en 2026"
SN_P2 = ("Selon la direction générale de l’opérateur, quarante sites seront déployés d’ici la fin "
         "de l’année 2026 entre Ziguinchor, Kolda et Sédhiou, pour un investissement de "
         "18 milliards de FCFA.")
SN_COMMENT_SENTENCE = ("Interrogé sur le prix des forfaits, le directeur commercial n’a fait aucun "
                       "commentaire, renvoyant à une annonce ultérieure.")
# Lines a reader would strip: navigation, share bar, byline, reading time, image residue,
# related link, signature block, comment form and what follows it.
SN_REMOVED = [
    "Suivez-nous",
    "Menu",
    "- Fatou Ndiaye",
    "- 3 min de lecture",
    "Publié le 12 mars 2025 à 10h32",
    "Partager",
    "Facebook",
    "photo_ministre.jpeg)",
    "Lire aussi : Kaolack accueille un nouveau centre de données",
    "Fatou NDIAYE",
    "Kassoumay",
    "Laisser un commentaire",
    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
    "Commentaire *",
    "Nom *",
    "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
    "Articles similaires",
]
SENEGAL_ARTICLE = "\n".join([
    "Suivez-nous",
    "Menu",
    "",
    SN_TITLE,
    "- Fatou Ndiaye",
    "- 3 min de lecture",
    "Publié le 12 mars 2025 à 10h32",
    "Partager",
    "Facebook",
    "",
    "photo_ministre.jpeg)",
    SN_P1,
    "Lire aussi : Kaolack accueille un nouveau centre de données",
    SN_SUBHEADING,
    SN_P2,
    SN_COMMENT_SENTENCE,
    "Fatou NDIAYE",
    "Kassoumay",
    "",
    "Laisser un commentaire",
    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
    "Commentaire *",
    "Nom *",
    "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
    "Articles similaires",
    "",
]).encode("utf-8")

TAG_P1_BODY = ("Le ministère tchadien des Télécommunications a lancé ce 14 avril 2025 à Moundou la "
               "plateforme « Tchad Connect », qui doit permettre aux usagers de payer leurs factures "
               "d’eau et d’électricité depuis un téléphone mobile.")
TAG_P2 = ("Selon le coordonnateur du projet, plus de 200 agents ont été formés dans les provinces "
          "du Logone occidental et du Mandoul pour accompagner les premiers utilisateurs.")
TAGGED_ARTICLE = "\n".join([
    "[Sahel Tech Info] – " + TAG_P1_BODY,
    TAG_P2,
    "Par Aïcha Maïga, source : MPTN",
]).encode("utf-8")

# A sub-heading that happens to start with "Par": content, not a byline.
PAR_SUBHEADING = "Par étapes jusqu’en 2027"
PAR_ARTICLE = "\n".join([
    "Gabon : la télémédecine arrive dans l’Ogooué-Ivindo",
    "Le ministère de la Santé a connecté ce lundi 3 février 2025 le centre hospitalier de Makokou "
    "au réseau national de télémédecine, une première pour la province de l’Ogooué-Ivindo, selon "
    "un communiqué officiel.",
    PAR_SUBHEADING,
    "Les centres médicaux de Booué et de Mékambo seront raccordés à leur tour, au rythme de deux "
    "structures par an, pour un coût total de 2,5 milliards de FCFA.",
]).encode("utf-8")

BF_TITLE = "Forum Bobo Digital 2024 : les start-up de l’Ouest burkinabè à l’honneur"
BYLINE_DAY_MONTH_ARTICLE = "\n".join([
    BF_TITLE,
    "- burkinadigital",
    "- 20 nov.",
    "- 4 min de lecture",
    "Le Forum Bobo Digital 2024 a ouvert ses portes lundi 18 novembre à Bobo-Dioulasso, en "
    "présence du gouverneur des Hauts-Bassins et de plusieurs centaines de jeunes entrepreneurs "
    "venus présenter leurs solutions.",
    "Pendant trois jours, les participants ont échangé sur le financement des jeunes pousses, la "
    "cybersécurité et l’accès au haut débit dans les villes secondaires.",
    "Les organisateurs visent un millier de start-up accompagnées d’ici 2026.",
]).encode("utf-8")

NE_TITLE = "Niger : Maradi se dote d’un guichet unique numérique pour les exportateurs"
DATELINE_ARTICLE = "\n".join([
    NE_TITLE,
    "Maradi, 18 fév (ANP) – Le ministre du Commerce, Issoufou Garba, a lancé mardi à Maradi le "
    "guichet unique numérique des exportateurs, destiné à réduire à 48 heures le délai de "
    "délivrance des certificats pour la campagne de commercialisation 2025.",
    "Selon le directeur régional du commerce, Hamidou Souley, plus de 300 exportateurs de niébé "
    "et de souchet sont déjà inscrits sur la plateforme.",
]).encode("utf-8")

# A government bulletin: no date line; the latest full date of a past happening is
# 6 March 2025 (Thursday); 15 April 2025 is announced for the future.
BULLETIN = "\n".join([
    "Lomé : le Gouvernement lance l’enrôlement pour la carte d’identité biométrique",
    "Le ministre de la Transformation digitale et de l’Économie numérique, Komi Agbeko, a lancé "
    "ce jeudi 6 mars 2025 à Lomé l’opération d’enrôlement pour la carte d’identité biométrique. "
    "Plus de cinq millions de citoyens sont concernés. MTDEN",
    "Appui budgétaire : un accord de 40 milliards de FCFA signé avec la BOAD",
    "La ministre de l’Économie et des Finances publiques, Essi Lawson, a signé ce mercredi "
    "5 mars 2025 avec la Banque ouest-africaine de développement un accord de prêt de "
    "40 milliards de FCFA destiné à la modernisation des régies financières. MEFIP",
    "Conseil des ministres : un sommet régional sur l’économie numérique annoncé",
    "Le Conseil des ministres s’est tenu ce mardi 4 mars 2025 sous la présidence du Chef de "
    "l’État. Le sommet régional sur l’économie numérique se tiendra le 15 avril 2025 à Lomé. SGPRT",
]).encode("utf-8")

CM_TITLE = "Cameroun : le réseau à haut débit atteint Garoua et Maroua"
CM_BODY = ("La société publique des télécommunications a réceptionné à Garoua, le vendredi "
           "7 février 2025, le tronçon de fibre optique reliant l'Adamaoua à l'Extrême-Nord. "
           "Cette étape très attendue doit améliorer l'accès à l'Internet des écoles, des "
           "hôpitaux et des préfectures de la région.")
CM_BODY2 = ("Le directeur général a salué « un élan décisif » pour les régions septentrionales, où "
            "la qualité du réseau était jusqu'ici jugée médiocre par les usagers, élèves comme "
            "commerçants.")
CAMEROON_TEXT = "\n".join([CM_TITLE, CM_BODY, CM_BODY2])

CG_TITLE = "Congo : à Pointe-Noire, l’école numérique fait son œuvre"
CG_BODY = ("Lancé en début d’année, le programme « École connectée » a déjà équipé douze lycées de "
           "Pointe-Noire en tablettes et en accès Internet, pour un coût de 350 000 € financé par "
           "l’Union européenne… Les enseignants ont été formés à l’usage pédagogique des outils.")
CG_BODY2 = ("Le préfet a qualifié l’opération de « cœur de la réforme » et annoncé son extension à "
            "Dolisie, où les élèves attendent leur matériel depuis la rentrée.")
CONGO_TEXT = "\n".join([CG_TITLE, CG_BODY, CG_BODY2])

BINARY_BLOB = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"
               b"\x00\x00\x00\\r\xa8f\x00\x00\x00\x04sBIT\x08\x08\x08\x08|\x08d\x88")

ONLY_FURNITURE = "\n".join([
    "Suivez-nous", "Menu", "Rechercher", "Partager", "Facebook", "WhatsApp", "Publicité",
]).encode("utf-8")


# --- helpers --------------------------------------------------------------------------------

def raw_frame(*files: tuple[str, bytes]) -> pd.DataFrame:
    return pd.DataFrame([{"path": name, "content": content} for name, content in files])


def clean_one(content: bytes, name: str = "article.txt", metadata: pd.DataFrame | None = None) -> dict:
    documents, rejects = clean(raw_frame((name, content)), metadata)
    assert rejects.empty, rejects.to_dict("records")
    assert len(documents) == 1
    return documents.iloc[0].to_dict()


def as_date(value):
    """Accept a date or a pandas Timestamp for a date column."""
    return value.date() if isinstance(value, datetime) else value


@pytest.fixture(scope="module")
def senegal() -> dict:
    return clean_one(SENEGAL_ARTICLE, "sn_5g_ziguinchor.txt")


# --- furniture and content ------------------------------------------------------------------

@pytest.mark.parametrize("line", SN_REMOVED)
def test_furniture_and_byline_lines_leave_text_and_are_listed_in_removed(senegal, line):
    assert line not in senegal["text"].split("\n")
    assert line in list(senegal["removed"])


@pytest.mark.parametrize("line", [SN_TITLE, SN_P1, SN_SUBHEADING, SN_P2, SN_COMMENT_SENTENCE])
def test_content_lines_are_kept(senegal, line):
    assert line in senegal["text"].split("\n")
    assert line not in list(senegal["removed"])


def test_text_is_exactly_the_title_and_the_content_lines(senegal):
    assert senegal["text"] == "\n".join([SN_TITLE, SN_P1, SN_SUBHEADING, SN_P2, SN_COMMENT_SENTENCE])


def test_subheading_starting_with_par_is_content_not_a_byline():
    doc = clean_one(PAR_ARTICLE)
    assert PAR_SUBHEADING in doc["text"].split("\n")
    assert PAR_SUBHEADING not in list(doc["removed"])
    assert doc["author"] is None


# --- metadata read from the text ------------------------------------------------------------

def test_title_author_and_outlet_of_a_web_article(senegal):
    assert senegal["title"] == SN_TITLE
    assert senegal["author"] == "Fatou Ndiaye"
    assert senegal["outlet"] == "Kassoumay"


def test_published_line_gives_the_publication_date(senegal):
    assert as_date(senegal["publication_date"]) == date(2025, 3, 12)
    assert senegal["publication_date_source"] == "byline"


def test_outlet_tag_is_read_and_stripped_from_the_first_paragraph():
    doc = clean_one(TAGGED_ARTICLE)
    assert doc["outlet"] == "Sahel Tech Info"
    assert doc["text"].split("\n")[0] == TAG_P1_BODY
    assert "[Sahel Tech Info]" not in doc["text"]
    assert any("[Sahel Tech Info]" in line for line in doc["removed"])
    assert doc["title"] is None  # the article opens on a paragraph, it has no headline


def test_par_line_gives_the_author_and_is_removed():
    doc = clean_one(TAGGED_ARTICLE)
    assert doc["author"] == "Aïcha Maïga"
    assert "Par Aïcha Maïga, source : MPTN" in list(doc["removed"])
    assert doc["text"] == "\n".join([TAG_P1_BODY, TAG_P2])


def test_byline_and_publication_lines_are_kept_as_printed_to_be_read():
    raw = ("Les éleveurs de Dori reçoivent des vaccins\n"
           "Publié le mardi 3 juin 2025 | Sahel Matin\n"
           "Par Ousmane Kaboré\n"
           "La Direction régionale de l'élevage a remis mardi un lot de vaccins aux éleveurs "
           "de la commune de Dori, en présence du haut-commissaire de la province du Séno.\n")
    doc = clean_one(raw.encode())
    assert doc["byline"].split("\n") == ["Publié le mardi 3 juin 2025 | Sahel Matin", "Par Ousmane Kaboré"]
    assert "Ousmane Kaboré" not in doc["text"] and "Publié le" not in doc["text"]


def test_day_month_byline_takes_its_year_from_the_text():
    doc = clean_one(BYLINE_DAY_MONTH_ARTICLE)
    assert doc["title"] == BF_TITLE
    assert doc["outlet"] == "burkinadigital"
    assert as_date(doc["publication_date"]) == date(2024, 11, 20)
    assert doc["publication_date_source"] == "byline"
    assert "- 20 nov." in list(doc["removed"])


def test_dateline_gives_the_publication_date():
    doc = clean_one(DATELINE_ARTICLE)
    assert doc["title"] == NE_TITLE
    assert as_date(doc["publication_date"]) == date(2025, 2, 18)
    assert doc["publication_date_source"] == "dateline"


def test_bulletin_date_is_the_latest_past_full_date():
    doc = clean_one(BULLETIN, "tg_bulletin.txt")
    assert as_date(doc["publication_date"]) == date(2025, 3, 6)
    assert doc["publication_date_source"] == "latest_date"


# --- metadata override ----------------------------------------------------------------------

def test_metadata_row_wins_over_the_text():
    metadata = pd.DataFrame([{"file": "sn_5g_ziguinchor.txt", "publication_date": "2025-03-14",
                              "url": "https://kassoumay.example/5g-ziguinchor",
                              "outlet": "Kassoumay Quotidien"}])
    doc = clean_one(SENEGAL_ARTICLE, "sn_5g_ziguinchor.txt", metadata)
    assert as_date(doc["publication_date"]) == date(2025, 3, 14)
    assert doc["publication_date_source"] == "metadata"
    assert doc["url"] == "https://kassoumay.example/5g-ziguinchor"
    assert doc["outlet"] == "Kassoumay Quotidien"


def test_metadata_row_of_another_file_is_ignored():
    metadata = pd.DataFrame([{"file": "autre.txt", "publication_date": "2025-01-01",
                              "url": "https://exemple.example/autre", "outlet": "Autre"}])
    doc = clean_one(SENEGAL_ARTICLE, "sn_5g_ziguinchor.txt", metadata)
    assert as_date(doc["publication_date"]) == date(2025, 3, 12)
    assert doc["publication_date_source"] == "byline"
    assert doc["url"] is None
    assert doc["outlet"] == "Kassoumay"


def test_clean_document_override_dict_wins():
    doc = clean_document("sn_5g_ziguinchor.txt", SENEGAL_ARTICLE,
                         {"publication_date": date(2025, 3, 14), "url": "https://k.example/a",
                          "outlet": "Kassoumay Quotidien"})
    assert doc["publication_date"] == date(2025, 3, 14)
    assert doc["publication_date_source"] == "metadata"
    assert doc["url"] == "https://k.example/a"
    assert doc["outlet"] == "Kassoumay Quotidien"


# --- decoding -------------------------------------------------------------------------------

def test_utf8_with_bom_is_decoded_without_the_bom():
    doc = clean_one(b"\xef\xbb\xbf" + CAMEROON_TEXT.encode("utf-8"))
    assert doc["text"] == CAMEROON_TEXT
    assert doc["title"] == CM_TITLE
    assert "\ufeff" not in doc["text"]
    assert doc["encoding"].lower().replace("_", "-") in {"utf-8", "utf-8-sig"}


def test_latin1_text_is_decoded_with_its_accents():
    text, encoding = decode(CAMEROON_TEXT.encode("latin-1"))
    assert normalize(text) == CAMEROON_TEXT
    assert encoding.lower().replace("_", "-") not in {"utf-8", "utf-8-sig"}


def test_cp1252_text_is_decoded_with_its_accents_and_typography():
    text, _ = decode(CONGO_TEXT.encode("cp1252"))
    assert normalize(text) == CONGO_TEXT  # é, à, œ, ’, «», …, € all come back


def test_cp1252_document_goes_through_clean():
    doc = clean_one(CONGO_TEXT.encode("cp1252"))
    assert doc["title"] == CG_TITLE
    assert doc["text"] == CONGO_TEXT


def test_binary_blob_is_rejected_with_a_clear_reason():
    with pytest.raises(RejectError, match=r"(?i)binary|NUL"):
        decode(BINARY_BLOB)


@pytest.mark.parametrize("content", [b"", b"  \r\n\n\t "])
def test_empty_file_is_rejected_with_a_clear_reason(content):
    with pytest.raises(RejectError, match=r"(?i)empty"):
        decode(content)


def test_bad_files_become_rejects_and_the_rest_of_the_batch_is_processed():
    raw = raw_frame(
        ("a_senegal.txt", SENEGAL_ARTICLE),
        ("b_image.png", BINARY_BLOB),
        ("c_vide.txt", b""),
        ("d_congo.txt", CONGO_TEXT.encode("cp1252")),
    )
    documents, rejects = clean(raw)
    assert list(documents["path"]) == ["a_senegal.txt", "d_congo.txt"]
    assert list(rejects["path"]) == ["b_image.png", "c_vide.txt"]
    assert set(rejects["stage"]) == {"clean"}
    reasons = dict(zip(rejects["path"], rejects["reason"]))
    assert "binary" in reasons["b_image.png"].lower() or "nul" in reasons["b_image.png"].lower()
    assert "empty" in reasons["c_vide.txt"].lower()


def test_file_with_nothing_but_furniture_is_rejected():
    documents, rejects = clean(raw_frame(("menu.txt", ONLY_FURNITURE)))
    assert documents.empty
    assert list(rejects["path"]) == ["menu.txt"]
    assert rejects["reason"].iloc[0].strip() != ""


# --- normalization --------------------------------------------------------------------------

def test_normalize_composes_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Sédhiou, Kédougou et Thiès à l’Économie")
    assert normalize(decomposed) == "Sédhiou, Kédougou et Thiès à l’Économie"


def test_normalize_turns_non_breaking_and_thin_spaces_into_plain_spaces():
    text = "Le\u00a0ministre a dit\u202f: «\u202fcap sur 2026\u202f» pour 5\u2009000\u00a0FCFA"
    assert normalize(text) == "Le ministre a dit : « cap sur 2026 » pour 5 000 FCFA"


def test_normalize_drops_blank_lines_and_trailing_spaces():
    text = "Titre de l’article  \r\n\r\n   \r\nPremier paragraphe.\t\n\n\u00a0\nSecond paragraphe. "
    assert normalize(text) == "Titre de l’article\nPremier paragraphe.\nSecond paragraphe."


def test_clean_output_is_normalized():
    raw_text = CAMEROON_TEXT.replace("« un élan décisif »", "«\u202fun élan décisif\u202f»")
    raw_text = unicodedata.normalize("NFD", raw_text).replace("\n", "\r\n\u00a0\r\n")
    doc = clean_one(raw_text.encode("utf-8"))
    assert doc["text"] == CAMEROON_TEXT
    assert doc["title"] == CM_TITLE


def test_masthead_lines_above_the_headline_are_removed():
    raw = ("République du Cameroun\nMinistère des Mines et de l’Énergie\n"
           "Énergie : le ministre lance les travaux du barrage de Nachtigal sur la Sanaga\n"
           "Yaoundé, 4 mars 2025 – Le ministre a lancé ce mardi les travaux du barrage, "
           "qui produira 420 MW à partir de 2027 selon la société de projet.\n")
    doc = clean_document("m.txt", raw.encode(), {})
    assert doc["title"] == "Énergie : le ministre lance les travaux du barrage de Nachtigal sur la Sanaga"
    assert "République du Cameroun" not in doc["text"]
    assert "Ministère des Mines" not in doc["text"]


@pytest.mark.parametrize("raw, title", [
    pytest.param("UNION NATIONALE DES PRODUCTEURS DE COTON DU BÉNIN\n(UNPCB)\nDirection exécutive\n"
                 "COMMUNIQUÉ DE PRESSE N°07/2025\n"
                 "Réunie en session extraordinaire le mardi 8 avril 2025 à Parakou, l’assemblée générale "
                 "a fixé le prix du coton graine à 300 FCFA le kilogramme pour la campagne à venir.\n",
                 "COMMUNIQUÉ DE PRESSE N°07/2025", id="a letterhead gives way to its communiqué line"),
    pytest.param("COMMUNIQUE DU CONSEIL DES MINISTRES DU MERCREDI 9 AVRIL 2025\n"
                 "Le Conseil des Ministres s’est réuni le mercredi 9 avril 2025 au Palais de la Nation, à "
                 "Niamey, sous la présidence de Son Excellence le Général de Brigade Abdou Salifou\n"
                 "TCHIANA, Président du Conseil, Chef de l’Etat.\n"
                 "Le Conseil a adopté un projet de décret portant organisation du ministère des Mines, "
                 "qui regroupe désormais les directions de la géologie et du cadastre minier.\n",
                 "COMMUNIQUE DU CONSEIL DES MINISTRES DU MERCREDI 9 AVRIL 2025",
                 id="a sentence cut by a line break is no headline"),
    pytest.param("ENTRETIEN\nAmadou Traoré : « Le coton doit rester la locomotive de notre économie »\n"
                 "Réélu la semaine dernière à la tête de l’union des producteurs, Amadou Traoré revient sur "
                 "la campagne écoulée et sur les prix annoncés par l’État pour la prochaine récolte.\n",
                 "Amadou Traoré : « Le coton doit rester la locomotive de notre économie »",
                 id="an interview headline that quotes"),
])
def test_the_headline_of_official_texts_cut_sentences_and_interviews(raw, title):
    assert clean_document("t.txt", raw.encode(), {})["title"] == title


@pytest.mark.parametrize("caption", [
    "[Photo] Le gouverneur remet les clés aux bénéficiaires. Crédit photo : Issa K./Le Républicain",
    "Les élèves à la sortie du centre d’examen de Kaya. Crédit photo : DR",
])
def test_a_photo_caption_is_furniture_not_the_headline(caption):
    raw = ("Kaya : les épreuves du BEPC se déroulent dans le calme\n" + caption + "\n"
           "Les épreuves écrites du brevet d’études du premier cycle ont débuté mardi dans les 54 "
           "centres de la région du Centre-Nord, a indiqué la direction régionale de l’éducation.\n")
    doc = clean_document("k.txt", raw.encode(), {})
    assert doc["title"] == "Kaya : les épreuves du BEPC se déroulent dans le calme"
    assert caption in doc["removed"]


def test_publication_lines_below_text_stamp_the_entries_of_a_listing():
    raw = ("Kara : le marché de bétail rouvre\nPublié le 14/05/2025 à 09h10\n"
           "Le marché de bétail de Kara a rouvert hier après trois mois de travaux.\nLire la suite\n"
           "Sokodé : une nouvelle maternité\nPublié le 12/05/2025 à 17h45\n"
           "Le ministre de la Santé a inauguré samedi la maternité du CHR de Sokodé.\nLire la suite\n")
    doc = clean_document("l.txt", raw.encode(), {})
    assert doc["publication_date"] == date(2025, 5, 14)  # the first line dates the page, the next stays
    assert "Publié le 12/05/2025 à 17h45" in doc["text"]


def test_a_colon_publication_line_still_gives_the_date():
    raw = ("Le port de Kribi accueille son 300e navire\nMis en ligne le : 12/03/2025\n"
           "Kribi – Le port en eau profonde a accueilli hier son 300e navire depuis sa mise en "
           "service, a indiqué la direction générale dans un communiqué.\n")
    doc = clean_document("k.txt", raw.encode(), {})
    assert doc["publication_date"] == date(2025, 3, 12)
    assert "Mis en ligne" not in doc["text"]


def test_a_list_of_related_links_is_removed_and_the_article_goes_on():
    raw = ("Le port de Kribi franchit un cap\n"
           "Kribi – Le port en eau profonde a accueilli hier son 300e navire, a indiqué la "
           "direction générale dans un communiqué publié en fin de journée.\n"
           "À lire également\nDouala : la Sonara relance son projet\nGaroua : le stade rénové\n"
           "Le directeur général a salué le travail des équipes de manutention, qui ont réduit "
           "de moitié le temps d’escale des navires depuis janvier.\n")
    doc = clean_document("k.txt", raw.encode(), {})
    assert "Sonara" not in doc["text"] and "Garoua" not in doc["text"]
    assert "manutention" in doc["text"]


def test_a_byline_with_separators_gives_author_and_date():
    raw = ("SIAM 2026 : Meknès accueille la 18e édition\n"
           "Par Youssef EL AMRANI - Publié le 22/04/2026 à 08:15 - Mis à jour le 22/04/2026 à 11:40\n"
           "Meknès – La 18e édition du Salon international de l’agriculture s’est ouverte ce "
           "mercredi sous la présidence du chef du gouvernement.\n")
    doc = clean_document("s.txt", raw.encode(), {})
    assert doc["title"] == "SIAM 2026 : Meknès accueille la 18e édition"
    assert doc["publication_date"] == date(2026, 4, 22)
    assert "Publié" not in doc["text"]


def test_a_scraped_page_keeps_only_the_story():
    raw = ("MALI MINES INFOS\nLe portail de l'actualité minière et énergétique du Mali\nAccueil\nMines\n"
           "Énergie\nNous utilisons des cookies pour mesurer l'audience de ce site. Accepter | Refuser\n"
           "Mines & Carrières / Lithium\nLithium : la mine de Kalana-Ouest entre en production\n"
           "Par Kader TRAORÉ, envoyé spécial à Bougouni\n16/04/2026 - 09:30\n"
           "Bougouni – Le ministre des Mines a procédé samedi à la mise en service de l’usine de "
           "concentration de la mine de lithium de Kalana-Ouest, en présence des autorités.\n"
           "2 commentaires\nDrissa Sangaré\nQue les jeunes de Kalana soient recrutés en priorité.\n")
    doc = clean_document("m.txt", raw.encode(), {})
    assert doc["title"] == "Lithium : la mine de Kalana-Ouest entre en production"
    assert doc["author"] == "Kader TRAORÉ"
    assert doc["publication_date"] == date(2026, 4, 16)
    assert doc["text"].splitlines()[1:] == [
        "Bougouni – Le ministre des Mines a procédé samedi à la mise en service de l’usine de "
        "concentration de la mine de lithium de Kalana-Ouest, en présence des autorités."]



# --- real page layouts ----------------------------------------------------------------------

def test_a_hard_wrapped_communique_keeps_its_headline_and_whole_sentences():
    raw = ("COMMUNIQUE DU CONSEIL DES MINISTRES DU JEUDI 13 MARS 2025\n\nActualités\n\n"
           "Le jeudi 13 mars 2025, le Conseil des Ministres s’est réuni en session ordinaire au palais\n"
           "de la Présidence, à Niamey, sous la présidence du Général de Brigade Oumarou\n"
           "TCHIANI, Chef de l’Etat, Président du Conseil.\n"
           "AU TITRE DES MESURES LEGISLATIVES ET REGLEMENTAIRES\n"
           "Le Conseil a adopté, sur rapport du ministre du Pétrole, un projet de décret qui accorde\n"
           "à la Société SAHEL RAFFINAGE-SA une licence de transport d’hydrocarbures par canalisation\n"
           "entre Agadem et la frontière béninoise, pour une durée de vingt-cinq ans.\n")
    doc = clean_document("c.txt", raw.encode(), {})
    assert doc["title"] == "COMMUNIQUE DU CONSEIL DES MINISTRES DU JEUDI 13 MARS 2025"
    lines = doc["text"].split("\n")
    assert len(lines) == 4
    assert "Oumarou TCHIANI, Chef de l’Etat" in lines[1]
    assert lines[2] == "AU TITRE DES MESURES LEGISLATIVES ET REGLEMENTAIRES"


HEADLINE = "Retrait des troupes : Rien ne justifie un nouveau report, selon le ministre"
DISPATCH = ("Niamey, le 12 févr.2024 (ANP)-Rien ne justifie un nouveau report du retrait des troupes, "
            "a déclaré lundi le ministre de la Défense, Issa Koné, devant les députés.")


def test_a_headline_printed_twice_is_the_copy_above_the_body():
    raw = "\n".join(["Accueil Blog Page 212", f"{HEADLINE} Issa Koné", "Niger-Defense-Retrait-Troupes",
                     HEADLINE, DISPATCH])
    doc = clean_document("r.txt", raw.encode(), {})
    assert doc["title"] == HEADLINE
    assert doc["text"] == f"{HEADLINE}\n{DISPATCH}"
    assert f"{HEADLINE} Issa Koné" in list(doc["removed"])


def test_a_headline_repeated_identically_is_kept_once():
    doc = clean_document("r.txt", "\n".join([HEADLINE, HEADLINE, DISPATCH]).encode(), {})
    assert doc["title"] == HEADLINE
    assert doc["text"] == f"{HEADLINE}\n{DISPATCH}"


def test_a_topic_headline_keeps_its_final_stop():
    title = "Marché financier : le Niger lève 32 milliards FCFA sur le marché de l’UMOA."
    doc = clean_document("t.txt", "\n".join([title, DISPATCH]).encode(), {})
    assert doc["title"] == title


def test_the_last_items_of_a_list_are_no_signature():
    items = ["- Sénégal : 4,2 milliards FCFA", "- Togo : 1,8 milliard FCFA"]
    raw = "\n".join([HEADLINE, DISPATCH, "Les souscriptions se répartissent ainsi :", *items])
    doc = clean_document("l.txt", raw.encode(), {})
    assert doc["text"].split("\n")[-2:] == items


def test_an_author_box_gives_the_byline_and_leaves_the_text():
    raw = "\n".join([HEADLINE, DISPATCH, "À propos de l’auteur", "Aminata Diallo Sow",
                     "Journaliste depuis quinze ans, elle couvre la défense et la sécurité au Sahel."])
    doc = clean_document("a.txt", raw.encode(), {})
    assert doc["author"] == "Aminata Diallo Sow"
    assert doc["text"] == f"{HEADLINE}\n{DISPATCH}"


def test_a_clock_stamp_under_the_headline_is_not_the_outlet():
    raw = "\n".join(["L’info en continu", "- mardi 14 mai", "- 09h15", DISPATCH])
    assert clean_document("s.txt", raw.encode(), {})["outlet"] is None

# Lines of site furniture, as scraped from news sites: navigation, share bars, cookie banners,
# newsletter boxes, footers, comment forms …
FURNITURE = [
    'Partager cet article',
    'Abonnez-vous à notre newsletter',
    '© 2025 Sahel Info. Tous droits réservés.',
    'Mots-clés : énergie, Niger',
    'Nous utilisons des cookies pour améliorer votre expérience.',
    'À la une',
    'Se connecter',
    'Accueil > Actualités > Économie',
    'Voir plus',
    'Mentions légales',
    'Catégorie : Économie',
    'Partager sur WhatsApp',
    'Suivez-nous sur Facebook',
    'Télécharger le communiqué (PDF)',
    'Vu 1 245 fois',
    '12 commentaires',
    'Dernière mise à jour : 14 mars 2025',
    'Source : APS',
    'Photo d’illustration',
    'Retour à l’accueil',
    'Partager : Facebook | X | WhatsApp',
    'Facebook Twitter LinkedIn E-mail',
    'Partager : Facebook | Twitter | Imprimer',
    'Rédaction ADI',
    'Cellule de communication de la Primature',
    'Mines & Carrières / Lithium',
    'Économie › Transports',
    'Plan du site | Liens utiles | Mentions légales',
    'Mentions légales – Qui sommes-nous ? – Publicité',
    'Tout accepter',
    'OK, je m’inscris',
    'Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.',
    "Recevez notre lettre d'information hebdomadaire",
    'Partagez cet article : Facebook – WhatsApp – X',
    'Centre d’Information et de Communication Gouvernementale (CICG)',
    'Article précédent : Le FMI conclut sa mission à Niamey',
    'Haut de page',
    'Galerie photos',
    'Télécharger le PDF',
    'Les commentaires sont fermés.',
    'Soyez le premier à commenter',
    'Votre nom *',
    'Signaler un abus',
    'Contenu sponsorisé',
    'Flash info',
    'Lecture : 3 min',
    'Proverbe du jour : « La patience est un chemin d’or. » Proverbe peul',
    'Niger-Sante-Campagne-Vaccination',
    '0',
]
# Content lines that start or end like furniture.
CONTENT = [
    'Les abonnés de Moov Africa recevront une compensation, a précisé l’opérateur.',
    'Le ministre a accepté de recevoir les syndicats.',
    'Le ministre a partagé son expérience avec les élus.',
    'Retour sur une année de réformes',
    'Contact avec les partenaires techniques et financiers',
    'Suivant les recommandations du FMI, le gouvernement a réduit ses dépenses.',
    'Annonce du ministre : les examens sont reportés au 15 juin.',
    'Guinée-Bissau : les élections législatives reportées',
    'Lecture publique : 3 bibliothèques rouvrent à Porto-Novo',
]


@pytest.mark.parametrize("line", FURNITURE)
def test_site_furniture_is_recognised(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", CONTENT)
def test_content_that_looks_like_furniture_is_kept(line):
    assert not is_furniture(line)
