"""Acronyms defined in the text itself: "Société malienne de Transmission et de Diffusion
(SMTD)", "… des Nations Unies (OCHA)", "l'Agence pour la Promotion des Exportations au
Mali, APEX". The long form becomes an entity and every later use of the short form
takes its label.
"""

from __future__ import annotations

import re

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
              "Charte", "Pacte", "Feuille de route", "Code", "Loi"]
# Venues are places: "Centre international de conférences Abdou Diouf", "Palais des congrès".
LOC_HEADS = ["Centre international de conférences", "Palais des congrès", "Palais des sports",
             "Complexe sportif", "Stade", "Esplanade"]
_LOC_HEADS = tuple(h.lower() for h in LOC_HEADS)


def head_label(name: str) -> str | None:
    """ORG, MISC or LOC from the noun that opens a name ("Agence …", "Programme …", "Stade …")."""
    first = name.split()[0] if name else ""
    if name.lower().startswith(_LOC_HEADS):  # "Centre international de Conférences de …"
        return "LOC"
    if first in MISC_HEADS or name.startswith("Fonds d’Investissement"):
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
    return found
