"""Words that place a date relative to the publication date, and tense cues.

Kept apart from the grammar so that a new deictic word ("avant-hier", "ce week-end") or a
new future cue is one line here.
"""

import re

from .textutil import alternation, fold, lower_same_length

# Day offsets of deictic words.
DAY_WORDS = {"avant-hier": -2, "avant hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0,
             "demain": 1, "après-demain": 2, "après demain": 2, "ce jour": 0,
             "dans la journée": 0, "ce matin": 0, "ce soir": 0, "cet après-midi": 0,
             "cette après-midi": 0}
DAY_WORD = alternation(DAY_WORDS).replace(r"\ ", r"\s+") + r"(?![\w-])"
# A part of the day that stays in the expression: "mercredi soir", "hier matin".
DAY_PART = alternation(["matin", "soir", "après-midi", "après midi"]).replace(r"\ ", r"\s+") + r"(?![\w-])"

PAST_WORDS = ["dernier", "dernière", "passé", "passée"]
NEXT_WORDS = ["prochain", "prochaine", "suivant", "suivante", "d'après", "d’après"]
PAST = alternation(PAST_WORDS)
NEXT = alternation(NEXT_WORDS)

# Counted from the day told just before ("le lendemain", "la veille du 18 décembre").
ANCHOR_WORDS = {"la veille": -1, "le lendemain": 1, "le jour suivant": 1, "le jour d'après": 1,
                "le jour d’après": 1, "le jour précédent": -1, "le jour d'avant": -1,
                "le jour d’avant": -1}
ANCHOR_WORD = alternation(ANCHOR_WORDS).replace(r"\ ", r"\s+")

# A day of the reference month, or of the month before or after it: "le 28 courant",
# "du 4 au 8 du mois prochain", "le 3 de ce mois".
MONTH_REF = (rf"(?:courant|(?:du|de\s+ce|ce|de\s+cette|cette)\s+mois(?:-ci)?(?:\s+(?:en\s+cours|{NEXT}|{PAST}))?"
             rf"|mois\s+(?:{NEXT}|{PAST}))(?![\w-])")

# Units of "il y a 3 jours" / "dans trois mois", in days or months.
UNIT_DAYS = {"jour": 1, "jours": 1, "semaine": 7, "semaines": 7}
UNIT_MONTHS = {"mois": 1, "an": 12, "ans": 12, "année": 12, "années": 12}
UNIT = alternation(list(UNIT_DAYS) + list(UNIT_MONTHS)) + r"(?![a-zà-ÿ])"

# "la semaine dernière", "le mois prochain", "l'année passée", "cette semaine".
PERIOD_NOUNS = {"semaine": "week", "mois": "month", "année": "year", "an": "year",
                "week-end": "weekend", "weekend": "weekend"}
PERIOD_NOUN = alternation(PERIOD_NOUNS) + r"(?![a-zà-ÿ])"

def _folded(table: dict) -> dict:
    return {fold(k).replace("’", "'"): v for k, v in table.items()}


_DAY_WORDS, _ANCHOR_WORDS, _UNIT_DAYS, _UNIT_MONTHS, _PERIOD_NOUNS = map(
    _folded, (DAY_WORDS, ANCHOR_WORDS, UNIT_DAYS, UNIT_MONTHS, PERIOD_NOUNS))


def _key(word: str) -> str:
    return " ".join(fold(word).replace("’", "'").split())


def day_offset(word: str) -> int:
    """'Avant-hier' -> -2."""
    return _DAY_WORDS[_key(word)]


def anchor_offset(words: str) -> int:
    """'la veille' -> -1, 'le jour d'après' -> 1."""
    return _ANCHOR_WORDS[_key(words)]


def shift(words: str | None) -> int:
    """-1, 0 or 1 month/week/year for the tense word inside `words` ("du mois prochain")."""
    folded = _key(words or "")
    if any(fold(w) in folded for w in NEXT_WORDS):
        return 1
    return -1 if any(fold(w) in folded for w in PAST_WORDS) else 0


def unit_length(word: str) -> tuple[int, str]:
    """'semaines' -> (7, 'days'), 'ans' -> (12, 'months')."""
    key = _key(word)
    return (_UNIT_DAYS[key], "days") if key in _UNIT_DAYS else (_UNIT_MONTHS[key], "months")


def period_noun(word: str) -> str:
    """'Semaine' -> 'week', 'week-end' -> 'weekend'."""
    return _PERIOD_NOUNS[_key(word)]


# Future tense or planning words: they push a year-less date forward. Cues are written in
# lower case and matched against lower-cased text.
FUTURE_CUES = re.compile(
    r"\b(?:sera|seront|aura lieu|auront lieu|prévue?s?|devrai(?:t|ent)|va|vont|"
    r"prochaine?s?|à venir|se tiendra|se tiendront|attendue?s?|programmée?s?|planifiée?s?|"
    r"envisagée?s?|fixée?s? (?:au|à|pour)|"
    # a simple-future or conditional ending ("interviendrait"), checked once per word (a
    # possessive match never backtracks)
    r"\w{5,}+(?:(?<=era)|(?<=ira)|(?<=dra)|(?<=eront)|(?<=iront)|(?<=dront)|(?<=rait)|(?<=raient))"
    r"(?<!aurait)(?<!auraient))\b",
)
# Compound past ("a accordé", "ont été signés", "s'est tenu"): it pulls a date backward.
PAST_CUES = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|s['’]est|se sont|s['’]était|"
    r"s['’]étaient)"
    r"\s+(?:\w+\s+){0,2}?"
    # a reporting verb says when something was said, not when what it reports happens
    r"(?!(?:annoncé|indiqué|précisé|déclaré|assuré|promis|affirmé|estimé|expliqué|ajouté|"
    r"souligné|souhaité|prévu|fait savoir)\b)"
    r"\w+(?:é|ée|és|ées|i|is|ie|it|u|ue|us|ert|erte)\b"
    # a bare participle right before a day: "le don octroyé le 15 janvier" ("-ité" are nouns,
    # "-di" weekdays: "jeudi le 12")
    r"|\b\w{2,}(?<!it)(?<!d)(?:é|ée|és|ées|i|is|ie|u|ue|us)\s+le\s+\d",
)


# An English sentence (a wire photo caption) and its past tense: "the three countries announced".
ENGLISH = re.compile(r"\b(?:the|and|of|with|they|their|which)\b")
ENGLISH_PAST = re.compile(r"\b(?:was|were|had|\w{3,}ed)\b")


def tense(sentence: str, pos: int | None = None) -> str | None:
    """"future", "past" or None: the tense cue nearest to `pos` (anywhere without `pos`).
    In "a accordé en juillet une subvention, avant la mise en service prévue en mars",
    "juillet" is past and "mars" is future."""
    lowered = lower_same_length(sentence)  # the cues are lower case: no costly IGNORECASE
    futures = [m.start() for m in FUTURE_CUES.finditer(lowered)]
    pasts = [m.start() for m in PAST_CUES.finditer(lowered)]
    if len(ENGLISH.findall(lowered)) >= 2:
        pasts += [m.start() for m in ENGLISH_PAST.finditer(lowered)]
    if not futures and not pasts:
        return None
    where = pos if pos is not None else 0
    nearest = lambda starts: min((abs(s - where) for s in starts), default=len(sentence) + 1)
    if pos is None:
        return "future" if futures else "past"
    return "future" if nearest(futures) <= nearest(pasts) else "past"
