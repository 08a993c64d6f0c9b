"""Acronyms defined in the text itself: "Société malienne de Transmission et de Diffusion
(SMTD)", "… des Nations Unies (OCHA)", "l'Agence pour la Promotion des Exportations au
Mali, APEX". The long form becomes an entity and every later use of the short form
takes its label.
"""

from __future__ import annotations

import re

from .common_words import is_common_word
from .textutil import fold

# Nouns that open the name of an organisation, and those that open a programme or event.
ORG_HEADS = ["Agence", "Autorité", "Société", "Comité", "Commission", "Conseil", "Bureau",
             "Office", "Banque", "Fonds", "Institut", "Université", "Centre", "Direction",
             "Ministère", "Caisse", "Compagnie", "Association", "Union", "Organisation",
             "Communauté", "Fédération", "Chambre", "Haute Autorité", "Cellule", "Observatoire",
             "Entreprise", "Établissement", "Régie", "Syndicat", "Confédération", "Alliance",
             "École", "Laboratoire", "Groupement", "Réseau", "Secrétariat", "Inspection",
             "Port", "Groupe"]
MISC_HEADS = ["Programme", "Projet", "Plan", "Stratégie", "Politique", "Forum", "Salon",
              "Semaine", "Initiative", "Fonds d’Investissement", "Biennale", "Festival",
              "Sommet", "Village", "Vision", "Agenda", "Accord", "Facilité", "Cadre", "Assises",
              "Charte", "Pacte", "Feuille de route", "Code", "Loi", "Journée", "Journées"]
# Programmes are also named in lower case: "le projet nigérien d’appui à … (PADEF)".
_LOWER_MISC_HEADS = ["programme", "projet", "plan", "stratégie", "politique", "initiative"]
# Venues are places: "Centre international de conférences Abdou Diouf", "Palais des congrès";
# so are places named with a capitalised administrative word ("Commune rurale de Raz El Ma")
# and seas, lakes, rivers and mountains ("Mer Méridionale de la Chine").
LOC_HEADS = ["Centre international de conférences", "Palais des congrès", "Palais des sports",
             "Complexe sportif", "Stade", "Esplanade", "Commune rurale de", "Commune urbaine de",
             "Commune de", "Région de", "Région du", "Région des", "Cercle de", "Province de", "Province du",
             "Mer", "Lac", "Golfe", "Océan", "Fleuve", "Mont", "Massif", "Vallée", "Baie", "Delta"]
_LOC_HEAD = re.compile(rf"(?i:{'|'.join(re.escape(h) for h in LOC_HEADS)})\b")


def head_label(name: str) -> str | None:
    """ORG, MISC or LOC from the noun that opens a name ("Agence …", "Programme …", "Stade …")."""
    first = name.split()[0] if name else ""
    if _LOC_HEAD.match(name):  # "Centre international de Conférences de …", "Golfe"
        return "LOC"
    if first in MISC_HEADS or first in _LOWER_MISC_HEADS or name.startswith("Fonds d’Investissement"):
        return "MISC"
    return "ORG" if first in ORG_HEADS else None
_HEADS = "|".join(sorted(ORG_HEADS + MISC_HEADS, key=len, reverse=True))
ACRONYM = r"[A-Z][A-Z0-9]{1,9}(?:-[A-Z]{2,})?"
# "(ARCEP Bénin)": an acronym with the country it serves
_ACRONYM_IN_BRACKETS = rf"{ACRONYM}(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+)?"
# "<Head> … (ACR)" or "<Head> …, ACR" — the long form starts at a capitalized head noun.
DEFINITION = re.compile(
    rf"(?<![\w])(?P<long>(?:{_HEADS})\b[^()\n.;]{{3,160}}?)\s*"
    rf"(?:\(\s*(?P<acr>{_ACRONYM_IN_BRACKETS})\s*\)|,\s+(?P<acr2>{ACRONYM})\b)")
_VERB = re.compile(r"\s(?:a|ont|est|sont|avait|sera)\s")
_LAST_HEAD = re.compile(rf"(?<![\w])(?:{_HEADS})\b")


# "le projet nigérien d’appui à l’inclusion financière (PADEF)": a programme named in lower
# case, whose acronym starts with its head's initial.
LOWER_DEFINITION = re.compile(rf"(?<![\w])(?P<long>(?:{'|'.join(_LOWER_MISC_HEADS)})\b[^()\n.;,A-ZÀ-Ý]{{3,120}}?)"
                              rf"\s*\(\s*(?P<acr>{ACRONYM})\s*\)")
# "SCIFSI, projet baptisé …": an acronym in apposition to a programme's head noun.
APPOSITION = re.compile(rf"(?<![\w])(?P<acr>{ACRONYM}),\s+(?:un\s+|le\s+)?(?:{'|'.join(_LOWER_MISC_HEADS)})\b")
# "les BAT (Bons assimilables du Trésor)", "la BOAD (Banque ouest-africaine de développement)":
# the acronym first, its long form in brackets, starting with the acronym's first letter.
EXPANSION = re.compile(rf"(?<![\w])(?P<acr>{ACRONYM})\s*\(\s*(?P<long>[A-ZÀ-Ý][^()\n]{{3,120}}?)\s*\)")


def definitions(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, long form, acronym, label) for each acronym defined in `text`."""
    found = []
    for m in DEFINITION.finditer(text):
        long_form = m.group("long").rstrip(" ,")
        # "Le Conseil a approuvé … au Programme d'Appui … (PARSAS)": the name is the last one.
        start = m.start("long") + [h.start() for h in _LAST_HEAD.finditer(long_form)][-1]
        long_form = text[start:m.start("long") + len(long_form)]
        if _VERB.search(long_form):  # "Conseil des ministres a adopté … (LOIFIN)": no name
            continue
        acronym = m.group("acr") or m.group("acr2")
        found.append((start, start + len(long_form), long_form, acronym, head_label(long_form)))
    found += [(m.start("long"), m.end("long"), m.group("long"), m.group("acr"), "MISC")
              for m in LOWER_DEFINITION.finditer(text) if m.group("acr")[0] == m.group("long")[0].upper()]
    found += [(m.start("acr"), m.end("acr"), m.group("acr"), m.group("acr"), "MISC") for m in APPOSITION.finditer(text)]
    return found + _expansions(text)


def _expansions(text: str) -> list[tuple[int, int, str, str, str]]:
    """Acronyms followed by their long form: an organisation by its head noun, financial
    products and other things by a plural common noun ("Obligations assimilables …")."""
    found = []
    for m in EXPANSION.finditer(text):
        long_form, acronym = m.group("long"), m.group("acr")
        first = long_form.split()[0]
        if fold(first[0]).upper() != acronym[0]:
            continue
        label = head_label(long_form) or (
            "MISC" if first.endswith("s") and is_common_word(first, opens_sentence=False) else None)
        if label:
            found.append((m.start("long"), m.end("long"), long_form, acronym, label))
    return found
