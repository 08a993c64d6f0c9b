"""Unit tests for `pipeline.rules.layout`: what a line's shape says about its role.

Every line below is invented (West-African news genre, other names, places and dates).
"""

from __future__ import annotations

import pytest

from pipeline.rules import layout

# --- hard-wrapped text ------------------------------------------------------------------------

# A council communiqué as PDF extraction leaves it: a break every 85-95 characters, a name
# broken across two lines, a heading, list items and a blank line after the headline.
WRAPPED = [
    "COMMUNIQUE DU CONSEIL DES MINISTRES DU JEUDI 13 MARS 2025",
    "",
    "Le jeudi 13 mars 2025, le Conseil des Ministres s’est réuni en session ordinaire au palais",
    "de la Présidence, à Niamey, sous la présidence du Général de Brigade Oumarou",
    "TCHIANI, Chef de l’Etat, Président du Conseil.",
    "Le Conseil a successivement :",
    "– adopté deux projets de décret ;",
    "– procédé à des nominations.",
    "AU TITRE DES MESURES LEGISLATIVES ET REGLEMENTAIRES",
    "Le Conseil a adopté, sur rapport du ministre du Pétrole, un projet de décret qui accorde",
    "à la Société SAHEL RAFFINAGE-SA une licence de transport d’hydrocarbures par canalisation",
    "entre Agadem et la frontière béninoise, pour une durée de vingt-cinq ans.",
    "La société s’engage à recruter en priorité des cadres nationaux et à former",
    "deux cents techniciens pendant les cinq premières années d’exploitation.",
]


def test_hard_wrapped_paragraphs_are_rejoined_and_headings_kept():
    assert [line for line in layout.reflow(WRAPPED) if line] == [
        "COMMUNIQUE DU CONSEIL DES MINISTRES DU JEUDI 13 MARS 2025",
        "Le jeudi 13 mars 2025, le Conseil des Ministres s’est réuni en session ordinaire au palais "
        "de la Présidence, à Niamey, sous la présidence du Général de Brigade Oumarou "
        "TCHIANI, Chef de l’Etat, Président du Conseil.",
        "Le Conseil a successivement :",
        "– adopté deux projets de décret ;",
        "– procédé à des nominations.",
        "AU TITRE DES MESURES LEGISLATIVES ET REGLEMENTAIRES",
        "Le Conseil a adopté, sur rapport du ministre du Pétrole, un projet de décret qui accorde "
        "à la Société SAHEL RAFFINAGE-SA une licence de transport d’hydrocarbures par canalisation "
        "entre Agadem et la frontière béninoise, pour une durée de vingt-cinq ans.",
        "La société s’engage à recruter en priorité des cadres nationaux et à former "
        "deux cents techniciens pendant les cinq premières années d’exploitation.",
    ]


def test_a_blank_line_ends_a_paragraph_even_mid_sentence():
    lines = [*WRAPPED[2:4], "", "lors de la séance, le ministre a rappelé les priorités du gouvernement.",
             *WRAPPED[9:12]]
    out = [line for line in layout.reflow(lines) if line]
    assert out[1] == "lors de la séance, le ministre a rappelé les priorités du gouvernement."


def test_web_text_with_one_paragraph_a_line_is_unchanged():
    lines = ["Niger : la SONIDEP relance la raffinerie de Zinder",
             "Le directeur général de la SONIDEP a annoncé ce lundi la reprise de la production "
             "à la raffinerie de Zinder, à l’arrêt depuis trois semaines.",
             "Une équipe de techniciens est arrivée sur le site",
             "Les opérations de maintenance ont été achevées dimanche soir, selon la direction."]
    assert layout.wrap_width(lines) is None
    assert layout.reflow(lines) == lines


# --- stamps and datelines ---------------------------------------------------------------------

@pytest.mark.parametrize("line, strength", [
    ("- 09h15", 2),
    ("- mardi 14 mai", 1),
    ("le 12/06/2014 10:41:07 |", 2),
    ("Posté par - 3 janvier 2019", 2),
    ("Publié par Awa Traoré | 9 avril 2026", 2),
    ("Publié le 9 avril 2026", 2),
    ("14 février 2024", 1),
    ("Le ministre a reçu mardi 14 mai une délégation.", 0),
    ("Mali : 14 mai 2024, une date historique", 0),
    ("Conseil des ministres", 0),
    ("3 mars 2025 · Awa Traoré · 2 commentaires", 2),
    ("17 juin 2024 | Rédaction", 2),
    ("SÉNÉGAL | Jeudi 5 juin", 2),
    ("Économie · Bamako · Mines", 0),
    ("Le ministre a signé · un accord", 0),
])
def test_stamp_strength(line, strength):
    assert layout.stamp(line) == strength


@pytest.mark.parametrize("line, expected", [
    ("NIAMEY, 3 mars (Xinhua) -- Le gouvernement nigérien a annoncé lundi …", True),
    ("20140303 Xinhua NIAMEY, le 3 mars (Xinhua) -- Le gouvernement nigérien a annoncé …", True),
    ("Dakar, 5 juin (APS) – Le ministre sénégalais de l’Énergie a inauguré …", True),
    ("Dakar, Sénégal (APS) – Le ministre sénégalais de l’Énergie a inauguré …", False),
    ("NIAMEY, 3 mars – Le gouvernement nigérien a annoncé lundi …", True),
    ("Niamey, 3 mars – Le gouvernement nigérien a annoncé lundi …", False),
    ("Le ministre, selon ses proches (qui l’ont confirmé), a démissionné.", False),
])
def test_wire_dateline_opens_a_dispatch(line, expected):
    assert layout.opens_dispatch(line) is expected


# --- headlines ----------------------------------------------------------------------------------

def test_a_shortened_second_copy_is_the_same_headline():
    long = "Retrait des troupes : Rien ne justifie un nouveau report, selon le ministre Issa Koné"
    assert layout.same_headline(long, "Retrait des troupes : Rien ne justifie un nouveau report, selon le ministre")
    assert layout.same_headline(long, long.upper())
    assert not layout.same_headline(long, "Retrait des troupes : la date est fixée")


def test_a_headline_glued_to_its_body_is_split_where_the_body_begins():
    line = ("Parti UDR : Moussa Sidibé quitte la présidence Il l’a annoncé samedi devant les "
            "militants réunis à Ségou, après trois ans à la tête du parti.")
    assert layout.split_glued_headline(line) == (
        "Parti UDR : Moussa Sidibé quitte la présidence",
        "Il l’a annoncé samedi devant les militants réunis à Ségou, après trois ans à la tête du parti.")


@pytest.mark.parametrize("line", [
    "Mali : Le ministre Moussa Sidibé a reçu samedi les militants réunis à Ségou.",  # opener after the colon
    "Le ministre a reçu samedi les militants de Ségou. Il leur a parlé du budget.",  # no topic
    "Parti UDR : Moussa Sidibé quitte la présidence du parti",  # a headline alone
    "Presse : un article publié par Le Républicain met en cause la gestion de la mairie.",  # a name
])
def test_lines_without_a_glued_headline(line):
    assert layout.split_glued_headline(line) is None


# --- council communiqués ------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected, institution", [
    ("• II.3. AU TITRE DU MINISTERE DES FINANCES", "II.3. AU TITRE DU MINISTERE DES FINANCES", True),
    ("IV. MINISTERE DE L’HYDRAULIQUE", "IV. MINISTERE DE L’HYDRAULIQUE", True),
    ("AU TITRE DU CABINET DU PREMIER MINISTRE.", "AU TITRE DU CABINET DU PREMIER MINISTRE.", True),
    ("Au titre du Ministère des Transports", "Au titre du Ministère des Transports", True),
    ("III. Ministère de la Santé", "III. Ministère de la Santé", True),
    ("II.COMMUNICATIONS ORALES", "II.COMMUNICATIONS ORALES", False),
    ("AU TITRE DES MESURES INDIVIDUELLES", "AU TITRE DES MESURES INDIVIDUELLES", False),
    ("COMPTE RENDU DU CONSEIL DES MINISTRES DU MARDI 4 JUIN 2024",
     "COMPTE RENDU DU CONSEIL DES MINISTRES DU MARDI 4 JUIN 2024", False),
])
def test_section_headings(line, expected, institution):
    assert layout.heading(line) == expected
    assert layout.names_institution(expected) is institution


@pytest.mark.parametrize("line", [
    "Au titre du Ministère des Transports, le Conseil a adopté un décret.",
    "Le Conseil a adopté un décret",
    "1. Le Conseil a adopté un décret portant création du ministère.",
])
def test_sentences_are_not_headings(line):
    assert layout.heading(line) is None


def test_a_name_broken_before_its_surname_is_rejoined_in_a_wrapped_text():
    lines = ["Le Conseil des ministres s’est tenu le mercredi 2 juillet 2025 dans la salle des",
             "banquets du palais présidentiel, sous la présidence de Son Excellence le Général Moussa Ibrahim",
             "TANKARI, Président de la République, Chef de l’Etat. Le Conseil a examiné plusieurs",
             "projets de textes et a entendu des communications relatives à la campagne agricole",
             "en cours dans les huit régions du pays.",
             "AU TITRE DU MINISTERE DE L’AGRICULTURE"]
    out = layout.reflow(lines)
    assert "Moussa Ibrahim TANKARI, Président" in out[0]
    assert out[-1] == "AU TITRE DU MINISTERE DE L’AGRICULTURE"
