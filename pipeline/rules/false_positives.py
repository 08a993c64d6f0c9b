"""Contexts where a date-looking string is not a date.

Each entry is checked against the text just before a candidate (and the candidate itself):
street and place names that carry a date ("Avenue du 22 Mars", "Champ de Mars"), legal
reference numbers ("Loi n°2012-009", "Décret n°2024-0123"), years that end the name of
a plan ("Plan national de riposte 2025-2026"), and relative words that are no day: "à ce
jour" (to date), "Celtel, aujourd'hui Airtel" (now called).
"""

import re

# Places named after a date: "<place> du|de|des <date>".
PLACES = {"avenue", "boulevard", "bd", "rue", "place", "pont", "stade", "lycée", "école", "champ",
          "quartier", "cité", "palais", "rond-point", "carrefour", "camp", "collège", "hôpital",
          "marché", "monument", "esplanade", "musée", "aéroport"}
# A reference number: "Loi n°2012-009", "n° 2024-0123", "n o 12".
NUMBER_SIGN = re.compile(r"(?:^|\W)n\s?[°o]\.?$")

# The candidate itself followed by these is a reference number, not a date.
AFTER = re.compile(r"[/\-]\d|\s*/[A-Z]")

# A bare year that ends the name of a plan or programme: "le Plan national de riposte contre
# la poliomyélite 2025-2026", "la stratégie Génération Green 2020-2030". A lower-case
# description ("la stratégie nationale 2025-2029") and "pour la période 2025-2029" stay dates.
NAMED = re.compile(r"\b(?P<head>(?i:plan|programme|stratégie|vision|agenda|projet|politique|initiative|"
                   r"compact|feuille de route))\b(?P<name>(?:(?!\b(?:pour|durant|sur|titre|période|en|"
                   r"depuis|partir|jusqu)\b)[^.,;:()\n]){0,80})$")
# "à ce jour", "jusqu'à ce jour": up to now, a vague time word.
TO_DATE = re.compile(r"(?:^|\W)à$")
# "Celtel Niger, aujourd'hui Airtel Niger": a renaming, "now called".
RENAMED = re.compile(r",[ \t]*$")
NAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ý]")
YEARS = re.compile(r"(?:19|20)\d{2}(?:\s?[-–/]\s?(?:19|20)\d{2})?")


def is_false_positive(text: str, start: int, end: int) -> bool:
    tail = text[max(0, start - 30):start].rstrip().lower()
    words = re.split(r"[\s'’]+", tail)  # "l’avenue du" -> [l, avenue, du]
    glued = text[start - 1:start] in ("/", "-")  # "n°2012-009", never "Posté par - 8 mai"
    if glued or NUMBER_SIGN.search(tail[-6:]) or (
            len(words) > 1 and words[-1] in ("du", "de", "des") and words[-2] in PLACES):
        return True
    if AFTER.match(text, end) or _is_relative_word_misread(text, start, end, tail):
        return True
    named = YEARS.fullmatch(text, start, end) and NAMED.search(text, max(0, start - 100), start)
    # "Plan national … 2025-2026", "la stratégie Génération Green 2020-2030"
    return bool(named) and (named.group("head")[0].isupper() or bool(re.search(r"\b[A-ZÀ-Ý]", named.group("name"))))


def _is_relative_word_misread(text: str, start: int, end: int, tail: str) -> bool:
    word = text[start:end].lower()
    if word == "ce jour":
        return bool(TO_DATE.search(tail))
    if word.startswith("aujourd"):
        return bool(RENAMED.search(tail) and NAME_AFTER.match(text, end))
    return False
