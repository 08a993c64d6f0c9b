"""Named parts of the calendar: the start, middle and end of a week, month or year;
fortnights; quarters and halves; seasons.

French gives these no fixed bounds, so each table states the convention once. Parts of a
week and seasons follow Duckling, so that figures compare.
"""

from datetime import date

from .textutil import fold

# Weekday numbers (lundi = 0) of "en début de semaine", "en milieu de semaine", "en fin de
# semaine".
WEEK_PARTS = {"début": (0, 1), "mi": (2, 3), "fin": (3, 6)}
# Days of "début mai", "mi-mai", "fin mai" (the end is clipped to the month's length).
MONTH_PARTS = {"début": (1, 10), "mi": (11, 20), "fin": (21, 31)}
# Months of "début 2026", "mi-2026", "fin 2026".
YEAR_PARTS = {"début": (1, 3), "mi": (4, 9), "fin": (10, 12)}
_PART_NAMES = {"debut": "début", "mi": "mi", "milieu": "mi", "fin": "fin"}

# Days of "la première quinzaine", "la deuxième quinzaine" of a month, as French
# administrations count them (Duckling ends the first on the 14th).
FORTNIGHTS = {1: (1, 15), 2: (16, 31)}

# Months per unit of "premier trimestre", "second semestre".
QUARTER_MONTHS = {"trimestre": 3, "quart": 3, "semestre": 6}

# Astronomical seasons of the northern hemisphere: (first month, day), (last month, day).
# Winter runs across the new year; it belongs to the year it starts in.
SEASONS = {
    "printemps": ((3, 20), (6, 20)),
    "été": ((6, 21), (9, 23)),
    "automne": ((9, 24), (12, 20)),
    "hiver": ((12, 21), (3, 20)),
}
SEASON_WORDS = list(SEASONS)
_SEASONS_BY_FOLDED = {fold(k): v for k, v in SEASONS.items()}


def part_name(word: str) -> str:
    """'Milieu' -> 'mi', 'début' -> 'début'."""
    return _PART_NAMES[fold(word).rstrip("-")]


def season_bounds(word: str, year: int) -> tuple[date, date]:
    """The season named `word` that starts in `year`."""
    (m1, d1), (m2, d2) = _SEASONS_BY_FOLDED[fold(word)]
    return date(year, m1, d1), date(year + (m2 < m1), m2, d2)
