"""Holidays on a fixed calendar day. Movable feasts (Tabaski, Ramadan, Pâques) depend on a
lunar or computed calendar and are left unresolved rather than guessed."""

from .textutil import alternation, fold

FIXED = {
    "noël": (12, 25), "noel": (12, 25), "jour de noël": (12, 25), "toussaint": (11, 1),
    "fête du travail": (5, 1), "jour de l'an": (1, 1), "jour de l’an": (1, 1),
    "nouvel an": (1, 1), "saint-sylvestre": (12, 31), "fête de la musique": (6, 21),
}
HOLIDAY = alternation(FIXED) + r"(?![\w-])"

_BY_FOLDED = {fold(k): v for k, v in FIXED.items()}


def month_day(name: str) -> tuple[int, int]:
    return _BY_FOLDED[" ".join(fold(name).split())]
