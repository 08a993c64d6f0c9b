"""French weekday names; numbers follow datetime.weekday() (lundi = 0)."""

from .textutil import alternation, fold

WEEKDAY_NAMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

WEEKDAY = alternation(WEEKDAY_NAMES) + r"(?![a-zà-ÿ])"


def weekday_number(word: str) -> int:
    """'MERCREDI' -> 2."""
    return WEEKDAY_NAMES.index(fold(word))
