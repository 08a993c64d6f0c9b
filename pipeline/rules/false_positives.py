"""Contexts where a date-looking string is not a date.

Each entry is checked against the text just before a candidate (and the candidate itself):
street and place names that carry a date ("Avenue du 22 Mars", "Champ de Mars"), legal
reference numbers ("Loi n°2012-009", "Décret n°2024-0123") and years that end the name of
a plan ("Plan national de riposte 2025-2026").
"""

import re

# Text immediately before the candidate that disqualifies it.
BEFORE = re.compile(
    r"(?:\b(?:avenue|boulevard|bd|rue|place|pont|stade|lycée|école|champ|quartier|cité|palais|"
    r"rond-point|carrefour|camp|collège|hôpital|marché|monument|esplanade|musée|aéroport)"
    r"\s+(?:du|de|des)\s*$"
    r"|\bn\s?[°o]\.?\s*$"
    r"|[/\-]$)",
    re.IGNORECASE,
)

# The candidate itself followed by these is a reference number, not a date.
AFTER = re.compile(r"^(?:[/\-]\d|\s*/[A-Z])")

# A bare year that ends the name of a plan or programme: "le Plan national de riposte contre
# la poliomyélite 2025-2026", "la stratégie Génération Green 2020-2030". A lower-case
# description ("la stratégie nationale 2025-2029") and "pour la période 2025-2029" stay dates.
NAMED = re.compile(r"\b(?P<head>(?i:plan|programme|stratégie|vision|agenda|projet|politique|initiative|"
                   r"compact|feuille de route))\b(?P<name>(?:(?!\b(?:pour|durant|sur|titre|période|en|"
                   r"depuis|partir|jusqu)\b)[^.,;:()\n]){0,80})$")
YEARS = re.compile(r"(?:19|20)\d{2}(?:\s?[-–/]\s?(?:19|20)\d{2})?")


def is_false_positive(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30):start]
    named = YEARS.fullmatch(text[start:end]) and NAMED.search(text[max(0, start - 100):start])
    if named and (named.group("head")[0].isupper() or re.search(r"\b[A-ZÀ-Ý]", named.group("name"))):
        return True  # "Plan national … 2025-2026", "la stratégie Génération Green 2020-2030"
    return bool(BEFORE.search(before) or AFTER.match(text[end:end + 3]))
