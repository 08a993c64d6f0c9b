"""Unit tests for stage 2, `pipeline.segment`.

Documents are built by hand (as `clean` would hand them over) from invented texts in the
genre of seeds/; expected stories come from reading those texts, not from the code's output.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from pipeline.segment import segment, split_stories

# --- invented fixtures ----------------------------------------------------------------------

# A government bulletin of three stories: title line, body, closing acronym of the ministry.
T1 = "Lomé : le Gouvernement lance l’enrôlement pour la carte d’identité biométrique"
B1 = ("Le ministre de la Transformation digitale et de l’Économie numérique, Komi Agbeko, a lancé "
      "ce jeudi 6 mars 2025 à Lomé l’opération d’enrôlement pour la carte d’identité biométrique. "
      "Il a qualifié cette opération de « tournant pour l’administration togolaise »")
T2 = "Appui budgétaire : un accord de 40 milliards de FCFA signé avec la BOAD"
B2A = ("La ministre de l’Économie et des Finances publiques, Essi Lawson, a signé ce mercredi "
       "5 mars 2025 avec la Banque ouest-africaine de développement un accord de prêt de "
       "40 milliards de FCFA.")
B2B = ("Les fonds serviront à la dématérialisation des procédures fiscales et douanières, a précisé "
       "le directeur général du Trésor.")
T3 = "Conseil des ministres : un sommet régional sur l’économie numérique annoncé"
B3 = ("Le Conseil des ministres s’est tenu ce mardi 4 mars 2025 sous la présidence du Chef de "
      "l’État. Le sommet régional sur l’économie numérique se tiendra le 15 avril 2025 à Lomé.")
BULLETIN_TEXT = "\n".join([T1, B1 + " MTDEN", T2, B2A, B2B + " MEFIP", T3, B3 + " SGPRT"])

# A plain web article, as clean leaves it: title line, then paragraphs.
ART_TITLE = "Bénin : 120 communes raccordées au réseau national de fibre optique"
ART_P1 = ("L’Agence béninoise du numérique a achevé le raccordement de 120 communes au réseau national "
          "de fibre optique, a annoncé ce vendredi 14 février 2025 sa directrice générale, "
          "Mireille Houngbédji, lors d’un point de presse à Parakou.")
ART_P2 = "Les 57 communes restantes seront raccordées d’ici la fin de l’année, selon l’Agence."
ARTICLE_TEXT = "\n".join([ART_TITLE, ART_P1, ART_P2])

# Plain articles with an all-caps word at the end of a line that does NOT close a story:
# a sentence-final acronym, and an all-caps surname after the abbreviation "M." (headline and
# sub-heading). None of them is an issuing body glued after a finished body.
CI_TITLE = "Côte d’Ivoire : le ministre de la Transition numérique reçoit M. KOUAMÉ"
CI_P1 = ("Le ministre de la Transition numérique, Kalilou Bamba, a reçu ce lundi 3 février 2025 le "
         "président de l’Université virtuelle, Yao KOUAMÉ, pour faire le point sur la formation de "
         "5 000 étudiants aux métiers du numérique.")
CI_SUBHEADING = "Les engagements pris par M. KOUAMÉ"
CI_P2 = ("L’université s’est engagée à ouvrir deux nouveaux campus numériques à Korhogo et à "
         "San-Pédro avec l’appui de la BOAD.")
FALSE_SPLIT_CASES = {
    "acronym_ending_a_sentence": ("Bénin : la BOAD finance la fibre",
                                  ["Bénin : la BOAD finance la fibre", ART_P1,
                                   "Le projet est financé par la BOAD."]),
    "abbreviated_name_in_headline": (CI_TITLE, [CI_TITLE, CI_P1, CI_P2]),
    "abbreviated_name_in_subheading": ("Côte d’Ivoire : cap sur la formation numérique",
                                       ["Côte d’Ivoire : cap sur la formation numérique",
                                        CI_P1, CI_SUBHEADING, CI_P2]),
}


def document(text: str, title: str | None, doc_id: str = "a1b2c3d4e5f60718",
             outlet: str | None = "Bénin Numérique") -> dict:
    return {"doc_id": doc_id, "path": f"{doc_id}.txt", "title": title, "author": None,
            "outlet": outlet, "url": None, "publication_date": date(2025, 3, 6),
            "publication_date_source": "latest_date", "encoding": "utf-8", "text": text,
            "removed": [], "n_stories": 0}


def frame(*docs: dict) -> pd.DataFrame:
    return pd.DataFrame(list(docs))


@pytest.fixture(scope="module")
def bulletin_stories() -> pd.DataFrame:
    stories, rejects = segment(frame(document(BULLETIN_TEXT, T1, outlet=None)))
    assert rejects.empty
    return stories


# --- bulletins ------------------------------------------------------------------------------

def test_bulletin_gives_one_story_per_closing_acronym(bulletin_stories):
    assert len(bulletin_stories) == 3


def test_bulletin_story_titles(bulletin_stories):
    assert list(bulletin_stories["title"]) == [T1, T2, T3]


def test_bulletin_bodies_exclude_title_and_closing_acronym(bulletin_stories):
    assert list(bulletin_stories["text"]) == [B1, B2A + "\n" + B2B, B3]


def test_bulletin_acronym_is_the_story_source(bulletin_stories):
    assert list(bulletin_stories["source"]) == ["MTDEN", "MEFIP", "SGPRT"]


def test_split_stories_on_bulletin_text():
    assert split_stories(BULLETIN_TEXT, T1) == [
        (T1, B1, "MTDEN"),
        (T2, B2A + "\n" + B2B, "MEFIP"),
        (T3, B3, "SGPRT"),
    ]


def test_stories_carry_their_document(bulletin_stories):
    assert set(bulletin_stories["doc_id"]) == {"a1b2c3d4e5f60718"}
    assert set(bulletin_stories["publication_date"]) == {date(2025, 3, 6)}


# --- plain articles -------------------------------------------------------------------------

def test_plain_article_is_one_story_titled_with_the_document_title():
    stories, rejects = segment(frame(document(ARTICLE_TEXT, ART_TITLE)))
    assert rejects.empty
    assert len(stories) == 1
    story = stories.iloc[0]
    assert story["title"] == ART_TITLE
    assert story["text"] == ART_P1 + "\n" + ART_P2
    assert story["source"] == "Bénin Numérique"  # no closing acronym: the outlet
    assert story["seq"] == 0


def test_article_without_headline_keeps_its_whole_text():
    assert split_stories(ART_P1 + "\n" + ART_P2, None) == [(None, ART_P1 + "\n" + ART_P2, None)]


@pytest.mark.parametrize("case", sorted(FALSE_SPLIT_CASES))
def test_all_caps_word_inside_a_sentence_does_not_split(case):
    title, lines = FALSE_SPLIT_CASES[case]
    assert split_stories("\n".join(lines), title) == [(title, "\n".join(lines[1:]), None)]


# --- ids and order --------------------------------------------------------------------------

def test_seq_is_zero_based_reading_order(bulletin_stories):
    assert list(bulletin_stories["seq"]) == [0, 1, 2]


def test_story_ids_are_deterministic_and_unique():
    first, _ = segment(frame(document(BULLETIN_TEXT, T1)))
    second, _ = segment(frame(document(BULLETIN_TEXT, T1)))
    assert list(first["story_id"]) == list(second["story_id"])
    assert first["story_id"].is_unique


def test_story_id_changes_when_the_text_changes():
    before, _ = segment(frame(document(BULLETIN_TEXT, T1)))
    edited = BULLETIN_TEXT.replace("40 milliards de FCFA.", "45 milliards de FCFA.")
    after, _ = segment(frame(document(edited, T1)))
    assert before["story_id"].iloc[1] != after["story_id"].iloc[1]


def test_acronym_on_its_own_line_closes_the_story():
    body1 = ("Le ministre de l’Énergie, Ousmane Kaboré, a inauguré ce lundi 2 juin 2025 la centrale "
             "solaire de Zagtouli, d’une capacité de 30 mégawatts, en présence des autorités locales.")
    body2 = ("La ministre de la Santé a lancé ce mardi 3 juin 2025 la campagne de vaccination contre "
             "la méningite dans les treize régions du pays, avec l’appui de ses partenaires.")
    text = "\n".join(["Énergie : Zagtouli double sa capacité", body1, "MEMC",
                      "Santé : la campagne contre la méningite est lancée", body2, "MSHP"])
    assert split_stories(text, "Énergie : Zagtouli double sa capacité") == [
        ("Énergie : Zagtouli double sa capacité", body1, "MEMC"),
        ("Santé : la campagne contre la méningite est lancée", body2, "MSHP"),
    ]


def test_capitalized_heading_before_a_paragraph_is_not_an_acronym():
    para = ("Le gouvernement a adopté ce mercredi un plan de relance de 40 milliards de FCFA pour "
            "soutenir les petites et moyennes entreprises touchées par la crise énergétique.")
    text = "\n".join(["Plan de relance : les PME en première ligne", para, "CONTEXTE", para])
    assert len(split_stories(text, "Plan de relance : les PME en première ligne")) == 1


# --- council communiqués divided by ministry headings -------------------------------------------

CM_HEADLINE = "Compte rendu du Conseil des ministres du mardi 4 juin 2024"
CM_PREAMBLE = ("Le Conseil des ministres s’est réuni en séance ordinaire le mardi 4 juin 2024 à Niamey, "
               "de 10 H 00 mn à 13 H 15 mn, sous la présidence du Chef de l’État.")
CM_H1 = "I.1. AU TITRE DU MINISTERE DE L’ÉNERGIE"
CM_B1 = ["Le Conseil a adopté un décret portant création de la Société nationale de transport de "
         "l’électricité.", "Cette société reprend les lignes haute tension de la NIGELEC."]
CM_H2 = "I.2. AU TITRE DU MINISTERE DE LA SANTE PUBLIQUE"
CM_B2 = ["Le Conseil a approuvé un rapport relatif à la campagne de vaccination contre la rougeole "
         "dans les huit régions du pays."]


def test_each_ministry_section_of_a_communique_is_a_story():
    text = "\n".join([CM_HEADLINE, CM_PREAMBLE, "• DELIBERATIONS", f"• {CM_H1}", *CM_B1, CM_H2, *CM_B2])
    stories = split_stories(text, CM_HEADLINE)
    assert [title for title, _, _ in stories] == [CM_H1, CM_H2]
    assert stories[1][1] == "\n".join(CM_B2)
    # the headline and opening paragraph are no story, but they are read: they open the first section
    assert stories[0][1] == "\n".join([CM_HEADLINE, CM_PREAMBLE, "• DELIBERATIONS", *CM_B1])


def test_a_communique_with_one_ministry_section_is_one_story():
    text = "\n".join([CM_HEADLINE, CM_PREAMBLE, "I.DELIBERATIONS", CM_H1, *CM_B1])
    assert split_stories(text, CM_HEADLINE) == [(CM_HEADLINE, "\n".join(text.split("\n")[1:]), None)]


def test_chapter_headings_do_not_divide_a_communique():
    text = "\n".join([CM_HEADLINE, CM_PREAMBLE, "AU TITRE DES MESURES LEGISLATIVES ET REGLEMENTAIRES",
                      *CM_B1, "AU TITRE DES COMMUNICATIONS", *CM_B2])
    assert len(split_stories(text, CM_HEADLINE)) == 1


def test_ministry_headings_inside_a_list_of_appointments_do_not_divide_it():
    text = "\n".join([CM_HEADLINE, CM_PREAMBLE, "AU TITRE DES MESURES INDIVIDUELLES",
                      "Le Conseil a procédé aux nominations suivantes :",
                      "AU TITRE DU MINISTERE DES FINANCES",
                      "– Directeur général du Budget : M. Ali MAHAMANE.",
                      "AU TITRE DU MINISTERE DE LA SANTE",
                      "Directeur de l’Hôpital national de Zinder : Dr Fatouma ISSA, en remplacement de "
                      "M. Idé GARBA, appelé à d’autres fonctions."])
    assert len(split_stories(text, CM_HEADLINE)) == 1


# --- listings: wire dispatches, tag pages, tickers ------------------------------------------------

WIRE = [
    ("Niger : ouverture de la session budgétaire", "le 14/10/2013 17:02:11 |",
     "20131014 Xinhua NIAMEY, 13 octobre (Xinhua) -- Les députés nigériens ont ouvert dimanche la "
     "session budgétaire consacrée à l’examen du projet de loi de finances 2014."),
    ("Niger : le Premier ministre reçoit une mission du FMI", "le 09/10/2013 11:45:30 |",
     "20131009 Xinhua NIAMEY, 8 octobre (Xinhua) -- Le Premier ministre nigérien a reçu mardi une "
     "mission du Fonds monétaire international conduite par son chef de division."),
    ("Niger : la campagne agricole jugée satisfaisante", "le 02/10/2013 09:12:40 |",
     "20131002 Xinhua NIAMEY, 1er octobre (Xinhua) -- Le ministre de l’Agriculture a jugé mardi la "
     "campagne agricole satisfaisante dans la plupart des régions."),
]


def test_a_wire_listing_gives_one_story_per_dispatch_with_its_headline():
    text = "\n".join(line for dispatch in WIRE for line in dispatch)
    stories = split_stories(text, WIRE[0][0])
    assert [title for title, _, _ in stories] == [d[0] for d in WIRE]
    # the stamp stays at the head of the body: it dates the dispatch, as the dateline does
    assert [body for _, body, _ in stories] == [f"{d[1]}\n{d[2]}" for d in WIRE]


def test_dispatches_without_stamps_are_split_on_their_datelines():
    text = "\n".join(line for title, _, body in WIRE for line in (title, body))
    assert [title for title, _, _ in split_stories(text, WIRE[0][0])] == [d[0] for d in WIRE]


def test_a_closing_line_of_initials_is_the_dispatch_source():
    text = "\n".join([*WIRE[0], "Ak/sd", *WIRE[1], "Ak/mt"])
    stories = split_stories(text, WIRE[0][0])
    assert [source for _, _, source in stories] == ["Ak/sd", "Ak/mt"]
    assert "Ak/sd" not in stories[0][1]


TAG_PAGE = [
    "Koudougou : la nouvelle gare routière ouvre ses portes",
    "Posté par - 3 janvier 2019",
    "La gare routière de Koudougou a été mise en service ce mercredi 2 janvier 2019 par le maire, "
    "en présence des transporteurs de la région du Centre-Ouest. Les travaux avaient commencé",
    "Santé : les infirmiers suspendent leur grève",
    "Posté par - 28 décembre 2018",
    "Le syndicat national des infirmiers a annoncé jeudi la suspension du mot d’ordre de grève "
    "lancé il y a deux semaines, après une rencontre avec le ministre de la Santé. Selon son",
]


def test_a_tag_page_gives_one_story_per_teaser():
    stories = split_stories("\n".join(TAG_PAGE), TAG_PAGE[0])
    assert [title for title, _, _ in stories] == [TAG_PAGE[0], TAG_PAGE[3]]
    assert stories[1][1] == "\n".join(TAG_PAGE[4:])


TICKER = [
    "Le ministère de l’Élevage a lancé à Kayes la campagne de vaccination du bétail contre la "
    "péripneumonie, qui doit toucher deux millions de têtes d’ici la fin du mois.",
    "- mardi 14 mai", "- 09h15",
    "Les enseignants du secondaire ont repris les cours lundi après un mois de grève, a indiqué "
    "leur coordination dans un communiqué.",
    "- lundi 13 mai", "- 17h40",
    "Parti ADP : Moussa Coulibaly quitte la présidence Il l’a annoncé samedi devant les militants "
    "réunis à Ségou, après trois ans à la tête du parti.",
]


def test_a_ticker_gives_one_story_per_stamped_entry_and_splits_a_glued_headline():
    stories = split_stories("\n".join(TICKER), None)
    assert [title for title, _, _ in stories] == [None, None, "Parti ADP : Moussa Coulibaly quitte la présidence"]
    assert stories[2][1] == ("- lundi 13 mai\n- 17h40\nIl l’a annoncé samedi devant les militants réunis "
                             "à Ségou, après trois ans à la tête du parti.")


def test_dated_sub_headings_of_one_article_are_no_listing():
    # bare days without a clock time: a programme's sub-headings, not a ticker's stamps
    text = "\n".join(["Programme de la visite du Premier ministre", "Lundi 3 mars",
                      "Arrivée à Tahoua et visite du barrage de Tabalak.", "Mardi 4 mars",
                      "Inauguration du lycée technique de Madaoua."])
    assert len(split_stories(text, "Programme de la visite du Premier ministre")) == 1


def test_one_dispatch_with_a_stamp_is_one_story():
    assert len(split_stories("\n".join(WIRE[0]), WIRE[0][0])) == 1


def test_a_tag_page_with_bare_dates_under_its_headlines_gives_one_story_per_teaser():
    page = [line.replace("Posté par - ", "") for line in TAG_PAGE]
    assert [title for title, _, _ in split_stories("\n".join(page), page[0])] == [TAG_PAGE[0], TAG_PAGE[3]]


def test_dispatches_with_capitalised_datelines_and_no_agency_are_split():
    text = "\n".join(line for title, _, body in WIRE
                     for line in (title, body.split(" Xinhua ", 1)[1].replace(" (Xinhua) --", " –")))
    assert [title for title, _, _ in split_stories(text, WIRE[0][0])] == [d[0] for d in WIRE]


def test_numbered_ministry_headings_in_lower_case_divide_a_communique():
    h1, h2 = "I. Ministère de l’Énergie", "II. Ministère de la Santé publique"
    text = "\n".join([CM_HEADLINE, CM_PREAMBLE, h1, *CM_B1, h2, *CM_B2])
    assert [title for title, _, _ in split_stories(text, CM_HEADLINE)] == [h1, h2]


def test_dated_links_under_an_article_are_no_listing():
    text = "\n".join([ART_TITLE, ART_P1, ART_P2,
                      "Togo : Togocom annonce 120 nouveaux sites 4G", "le 12/03/2025 10:15 |",
                      "Niger : la SONIDEP relance la raffinerie de Zinder", "le 11/03/2025 18:40 |"])
    assert len(split_stories(text, ART_TITLE)) == 1


def test_a_round_up_whose_stamps_stand_above_the_headlines_gives_titled_entries():
    text = ("SÉNÉGAL | Lundi 2 juin\nKaolack : l’usine de sel tourne à plein\n"
            "La Société des salins du Saloum a annoncé une production record de 120 000 tonnes pour la saison.\n"
            "GUINÉE | Mardi 3 juin\nBoké : la route de la bauxite rouverte\n"
            "Le tronçon de 40 kilomètres fermé depuis mars a été rouvert à la circulation des camions minéraliers.")
    stories = split_stories(text, None)
    assert [title for title, _, _ in stories] == ["Kaolack : l’usine de sel tourne à plein",
                                                  "Boké : la route de la bauxite rouverte"]
    assert stories[1][1].startswith("GUINÉE | Mardi 3 juin\nLe tronçon")  # the stamp still dates the entry
