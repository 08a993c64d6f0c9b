"""French weekday names; numbers follow datetime.weekday() (lundi = 0)."""

from .textutil import alternation, fold

WEEKDAY_NAMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

# A weekday glued to the next "de"/"du" by a lost space ("dimanchede source officielle"),
# a common flaw of scraped text: the weekday still ends there. Checked on lower-cased text.
GLUED = "(?:" + "|".join(f"(?<={w})" for w in WEEKDAY_NAMES) + r")(?=d[eu][ \t])"

WEEKDAY = alternation(WEEKDAY_NAMES) + rf"(?:(?![a-zà-ÿ])|{GLUED})"


def weekday_number(word: str) -> int:
    """'MERCREDI' -> 2."""
    return WEEKDAY_NAMES.index(fold(word))
