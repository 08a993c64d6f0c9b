"""The grammar of French temporal expressions: one named regex per shape of date.

Each pattern is `(kind, anchors, regex)`. `kind` names the resolver in `dates.py`; `anchors`
("month+day") are the word families the pattern cannot match without (see ANCHOR_WORDS), so
a text without any month name skips every month pattern. Word families live in their own
modules (months, weekdays, relative, periods, numbers); this module only arranges them.
"""

from __future__ import annotations

import re

from . import holidays
from . import relative as rel
from .holidays import HOLIDAY
from .months import MONTH, MONTH_WORDS
from .numbers import DAY_WORD, DAY_WORDS, NUMBER_WORDS, ORDINAL, ORDINALS
from .periods import SEASON_WORDS
from .textutil import alternation, fold, folded_tokens
from .weekdays import GLUED, WEEKDAY, WEEKDAY_NAMES

_S = r"[ \t]+"
_SO = r"[ \t]*"
# A day of the month: digits, "1er", "premier", or a number word after le/du/au.
_D = (rf"(?:1\s?er|premier|[0-3]?\d(?:e|ème)?(?![\d,.]\d)(?!\s?%)"
      rf"|(?:(?<=le )|(?<=du )|(?<=au )){DAY_WORD}(?![\w-]))")
# A day alone, without its month, is only ever written in digits: "le premier" and "le
# quinze" are pronouns and team names far more often than dates.
_DD = r"(?:1\s?er|[0-3]?\d)(?![\d,.]\d)"
_Y = r"(?:19|20)\d{2}(?!\d)"
# A two-digit year, only right after a day and month ("31 octobre 74"), never before a
# word or another number ("en mars 15 personnes", "le 2 mai 15 000 tonnes").
_YY = r"['’]?\d{2}(?!\d)(?!\s?\d)(?![.,]\d)"
_TIME = rf"(?:,?{_S}(?:à|a|vers){_S}(?P<hh>[012]?\d){_SO}[hH:]{_SO}(?P<mi>[0-5]\d)?(?!\d))?"
# What may follow a day written without its month ("le 16, ...", "le 16 à Niamey"): not a
# noun ("le 16e sommet", "le 16 sur 54") and not a number ("2 à 1").
_END = (rf"(?={_SO}(?:$|[,.;:!?)»\]]|(?:à|au|et|dès|vers|dans|pour){_S}(?!\d)|\n))")
_PART = r"(?P<part>début|milieu|mi|fin)"
_PART_LEAD = rf"(?:(?:au|en|à{_S}la|vers{_S}la|dès{_S}la|d['’]ici{_S}la){_S})?"
_CUE = (rf"(?P<cue>en|au{_S}mois{_S}de|le{_S}mois{_S}de|ce{_S}mois{_S}de|cette|ce|cet|prochain|courant|depuis|"
        rf"d['’]ici|jusqu['’](?:en|à)|dès|{_PART_LEAD}{_PART}(?:{_S}du{_S}mois)?"
        rf"(?:{_S}de|{_S}d['’]|-)?)")
_TENSE = rf"(?P<tense>{rel.PAST}|{rel.NEXT})"


def _day(n: str) -> str:
    """"22", "1er", "mercredi 22", "jeudi le 12"."""
    return rf"(?:(?P<wd{n}>{WEEKDAY}),?{_S}(?:le{_S})?)?(?P<d{n}>{_D})"


def _month(n: str, year: bool = True, short_year: bool = False) -> str:
    y = rf"{_Y}|{_YY}" if short_year else _Y
    # "23 janv.2023": a year glued to an abbreviation's dot is still its year
    y = rf"(?:(?:,?{_S}|(?<=\.))(?P<y{n}>{y}))?" if year else ""
    return rf"(?P<m{n}>{MONTH}){y}"


def _month_day(n: str) -> str:
    """English order, as in machine translations: "Oct. 2", "Oct-2", "Novembre 19", "Mai
    vingt et un", "Août seconde"."""
    return (rf"(?P<m{n}>{MONTH}){_SO}[-/.]?{_SO}"
            rf"(?P<d{n}>[0-3]?\d(?!\d)|{DAY_WORD}(?![\w-])|{ORDINAL})")


PATTERNS: list[tuple[str, str, str]] = [
    # du 29 au 31 janvier 2026 / du 30 novembre au 2 décembre 2025 / dans la nuit du 3 au 4 mars
    ("range", "month+day+from+to", rf"(?:dans{_S}la{_S}nuit{_S})?(?:du|depuis|de){_S}{_day('1')}(?:{_S}{_month('1')})?"
                       rf"{_S}(?:au|à|a|jusqu['’]au){_S}{_day('2')}{_S}(?:de{_S})?{_month('2')}"),
    # entre le 5 et le 9 mai 2025 / les 14 et 15 octobre 2025
    ("range", "month+day+and", rf"(?:entre{_S})?le{_S}{_day('1')}(?:{_S}{_month('1')})?{_S}et{_S}le{_S}"
                       rf"{_day('2')}{_S}{_month('2')}"),
    ("range", "month+day+and", rf"(?:les{_S})?{_day('1')}{_S}et{_S}{_day('2')}{_S}(?:de{_S})?{_month('2')}"),
    # 13 au 15 juillet / 13-15 juillet / 3 jusqu'au 12 septembre
    ("range", "month+day+to", rf"{_day('1')}(?:{_S}{_month('1')})?{_SO}(?:au|à|-|–|jusqu['’]au|jusqu['’]à|jusqu['’]a)"
                       rf"{_SO}{_day('2')}{_S}(?:de{_S})?{_month('2')}"),
    # Novembre 19 au 20 / Oct. 2 au Octobre 22 (English order)
    ("range", "month+digit", rf"(?:du{_S}|depuis{_S})?{_month_day('1')}{_SO}(?:au|à|a|et|-|–){_SO}"
                       rf"(?:(?P<m2>{MONTH}){_SO}[-/.]?{_SO})?(?P<d2>[0-3]?\d)(?!\d){_END}"),
    # Novembre entre 19 et 20 (English order)
    ("range", "month+digit+and", rf"(?P<m1>{MONTH}){_S}entre{_S}(?P<d1>[0-3]?\d){_S}et{_S}"
                                 rf"(?P<d2>[0-3]?\d)(?!\d){_END}"),
    # la veille du 18 décembre / le lendemain du 14 juillet 2025
    ("anchored_day", "month+anchor", rf"(?P<word>{rel.ANCHOR_WORD}){_S}du{_S}{_day('1')}{_S}{_month('1')}"),
    # mercredi 22 janvier 2026 / 20 nov. / 12 juillet dernier / 1er mars 2025 à 11 h 30
    ("day", "month+day", rf"{_day('1')}{_S}{_month('1', short_year=True)}(?:{_S}{_TENSE})?{_TIME}"),
    # Oct. 2 / Oct-2 / Novembre 19, 2025 / July 6, 2024 (English order; a year ends it well)
    ("day", "month", rf"{_month_day('1')}(?:,?{_S}(?P<y1>{_Y})|{_END})"),
    # le 17/02 (a day and month need "le": "page 2/3" is no date)
    ("numeric", "numsep", rf"le{_S}(?P<d1>[0-3]?\d)/(?P<m1>[01]?\d)(?![\d/])"),
    # 17/02, 31/10: a two-digit month makes a day/month pair a date even without "le";
    # 22/4: so does a day over 12
    ("numeric", "numsep", r"(?<![\w/.,-])(?P<d1>[0-3]?\d)/(?P<m1>0[1-9]|1[0-2])(?![\d/,.])"),
    ("numeric", "numsep", r"(?<![\w/.,-])(?P<d1>1[3-9]|2\d|3[01])/(?P<m1>[1-9])(?![\d/,.])"),
    # 20 02 2014 / le 24 12: digits separated by single spaces, never inside a longer run of
    # numbers such as a phone number
    ("numeric", "numspace", r"(?<!\d )(?P<d1>[0-3]?\d) (?P<m1>0?[1-9]|1[0-2]) (?P<y1>(?:19|20)\d{2}|\d{2})"
                         r"(?!\d| \d|[.,]\d)"),
    ("numeric", "numspace", rf"(?<!\d )le (?P<d1>[0-3]?\d) (?P<m1>0?[1-9]|1[0-2])(?! ?\d){_END}"),
    ("numeric", "numspace", rf"(?<!\d )(?P<d1>[0-3]?\d) (?P<m1>0[1-9]|1[0-2])(?! ?\d){_END}"),
    # 11/2016, 2016-11: a month of a year
    ("numeric_month", "numsep", r"(?<![\w/.,-])(?P<m1>0?[1-9]|1[0-2])\s{0,2}[/-]\s{0,2}(?P<y1>(?:19|20)\d{2})(?![\d/-])"),
    ("numeric_month", "numsep", r"(?<![\w/.,-])(?P<y1>(?:19|20)\d{2})\s{0,2}[/.-]\s{0,2}(?P<m1>0?[1-9]|1[0-2])(?![\d/.-])"),
    # Noël, la Toussaint, fête du travail
    ("holiday", "holiday", rf"(?:(?:le{_S})?jour{_S}de{_S}(?:la{_S})?)?(?P<holiday>{HOLIDAY})"),
    # 14/02/2019, 14-02-2019, 14.02.2019
    ("numeric", "numsep", r"(?<![\d/.-])(?P<d1>[0-3]?\d)([/.-])(?P<m1>[0-3]?\d)(?:\2|,)(?P<y1>(?:19|20)?\d{2})(?![\d/-])"),
    # 20110523: a compact stamp heading a dispatch, at a line start or after "le"/"du"
    ("iso", "compact", r"(?:(?<=^)|(?<=\n)|(?<=le )|(?<=du ))(?P<y1>(?:19|20)\d{2})(?P<m1>0[1-9]|1[0-2])"
                       r"(?P<d1>0[1-9]|[12]\d|3[01])(?![\w/.,-])"),
    # 2023-06-30
    ("iso", "numsep", r"(?<![\d/-])(?P<y1>(?:19|20)\d{2})([/.-])(?P<m1>[01]?\d)\2(?P<d1>[0-3]?\d)(?![\d/-])"),
    # au premier trimestre 2026 / second semestre 2025 / au deuxième semestre
    ("quarter", "ordinal", rf"(?:au{_S}|le{_S})?(?P<q>{ORDINAL}){_S}(?P<qunit>trimestre|semestre)"
                      rf"(?:(?:{_S}de)?{_S}(?P<y1>{_Y}))?"),
    # le troisième quart de 2016 (a year is needed: "le premier quart d'heure" is no date)
    ("quarter", "ordinal+year", rf"(?:au{_S}|le{_S})?(?P<q>{ORDINAL}){_S}(?P<qunit>quart){_S}"
                                rf"(?:de{_S}|d['’])?(?P<y1>{_Y})"),
    # la première quinzaine de décembre / la deuxième quinzaine d'avril 2026
    ("fortnight", "month+ordinal+fortnight", rf"(?:la{_S})?(?P<q>{ORDINAL}){_S}quinzaine{_S}(?:de|d['’]){_SO}{_month('1')}"),
    # le premier dimanche de novembre / le dernier jour de décembre 2025 / le dernier vendredi du mois
    ("nth_day", "ordinal", rf"(?:le{_S})?(?P<q>{ORDINAL}){_S}(?:(?:(?P<wd1>{WEEKDAY})|jour){_S})?"
                      rf"(?:de|du|d['’]){_SO}(?:{_month('1')}|(?P<mref>(?:ce{_S})?mois(?:{_S}(?:en{_S}cours|"
                      rf"{rel.NEXT}|{rel.PAST}))?)(?![\w-]))"),
    # de décembre 2025 à mars 2026 / entre janvier et juin 2026
    ("months", "month+from", rf"(?:de|entre){_S}{_month('1')}{_S}(?:à|au|et){_S}{_month('2')}"),
    # de 2024 à 2028 / entre 2024 et 2028 / (la période) 2024-2028
    ("years", "year", rf"(?:de|entre){_S}(?P<y1>{_Y}){_S}(?:à|a|et){_S}(?P<y2>{_Y})"),
    ("years", "year", rf"(?:(?:la{_S})?période{_S})?(?<![\d/-])(?P<y1>{_Y})\s?[-–/]\s?(?P<y2>{_Y})"),
    # janvier 2026 / fin mai 2025 / en janvier / mi-juin / au début du mois d'avril
    ("month", "month", rf"(?:{_CUE}{_SO})?{_month('1')}(?:{_S}{_TENSE})?"),
    # en 2024 / début 2026 / courant 2025 / l'année 2025
    ("year", "year", rf"(?:{_CUE}|(?:de{_S})?l['’]année|l['’]an|(?:l['’])?exercice(?:{_S}budgétaire)?|"
                      rf"(?:l['’])?année{_S}budgétaire|gestion){_SO}(?P<y1>{_Y})"),
    # en début de semaine prochaine / à la fin du mois / fin d'année / à la fin de l'année 2026
    ("part", "part", rf"{_PART_LEAD}{_PART}{_S}(?:de{_S}la{_S}|de{_S}l['’]|du{_S}|de{_S}|d['’])"
                   rf"(?P<noun>semaine|mois|année|an)(?![\w-])(?:{_S}{_TENSE})?(?:{_S}(?P<y1>{_Y}))?"),
    # cet été / au printemps 2026 / l'hiver dernier (never "a été": a determiner is needed)
    ("season", "season", rf"(?:cet|ce|l['’]|en|au|à{_S}l['’]){_SO}(?P<season>{alternation(SEASON_WORDS)})"
                     rf"(?![\w-])(?:{_S}{_TENSE})?(?:{_S}(?P<y1>{_Y}))?"),
    # du 13 au 18 / entre le 13 et le 18 / du 20 au 24 courant / 4 au 22 du mois prochain
    ("day_of_month", "day+dayrange", rf"(?:du|entre{_S}le){_S}(?P<d1>{_D}){_S}(?:au|et{_S}le|jusqu['’]au){_S}"
                           rf"(?P<d2>{_D})(?:{_S}(?P<mref>{rel.MONTH_REF})|(?!{_SO}(?:{MONTH}|[\d/])))"),
    ("day_of_month", "day+monthref", rf"(?P<d1>{_D}){_SO}(?:au|et|-|jusqu['’]au|jusqu['’]à|jusqu['’]a){_SO}"
                           rf"(?P<d2>{_D}){_S}(?P<mref>{rel.MONTH_REF})"),
    # le 28 courant / le 4 du mois prochain / le 16 / jeudi 23
    ("day_of_month", "day+monthref", rf"{_day('1')}{_S}(?P<mref>{rel.MONTH_REF})"),
    ("day_of_month", "digit", rf"le{_S}(?:(?P<wd1>{WEEKDAY}),?{_S})?(?P<d1>{_DD}){_TIME}{_END}"),
    ("day_of_month", "weekday+digit", rf"(?P<wd1>{WEEKDAY}),?{_S}(?P<d1>{_DD}){_TIME}{_END}"),
    # hier, aujourd'hui, demain, avant-hier, ce jour
    ("deictic", "deictic", rf"(?P<word>{rel.DAY_WORD})(?:{_S}{rel.DAY_PART})?"),
    # les trois derniers jours / les 3 prochaines semaines
    ("days_span", "span", rf"(?:les{_S}|ces{_S}|des{_S})?(?P<n>\d+|{NUMBER_WORDS}){_S}"
                        rf"(?P<tense>derni[eè]re?s?|prochaine?s){_S}(?P<unit>{rel.UNIT})"),
    # la veille, le lendemain, deux jours plus tard: counted from the date told just before
    ("anchored", "anchor", rf"(?P<word>{rel.ANCHOR_WORD})"),
    ("anchored", "anchor", rf"(?P<n>\d+|{NUMBER_WORDS}){_S}jours?{_S}"
                       rf"(?P<later>plus{_S}tard|après(?!{_S}\w)|auparavant|plus{_S}tôt)"),
    # il y a 2 jours / dans trois mois
    ("offset", "offset", rf"(?P<dir>il{_S}y{_S}a|dans){_S}(?P<n>\d+|{NUMBER_WORDS}){_S}(?P<unit>{rel.UNIT})"),
    # la semaine dernière / le mois prochain / cette année / ce week-end
    ("period", "period", rf"(?:la|le|l['’]|cette|ce|cet)\s?(?P<noun>{rel.PERIOD_NOUN})(?:{_S}{_TENSE})?"),
    # lundi en huit / mardi de la semaine prochaine / mardi de cette semaine
    ("weekday", "weekday", rf"(?P<wd1>{WEEKDAY}){_S}(?:en{_S}(?P<ahead>huit|8|quinze|15)|(?:de{_S})?"
                           rf"(?:la{_S}semaine{_S}(?P<week>{rel.PAST}|{rel.NEXT}|d['’]après|d['’]avant)"
                           rf"|(?P<thisweek>cette{_S}semaine)))"),
    # lundi dernier / vendredi prochain / ce jeudi / jeudi / mercredi soir
    ("weekday", "weekday", rf"(?P<wd1>{WEEKDAY})(?:{_S}{rel.DAY_PART})?(?:{_S}{_TENSE})?"),
]

# Compiled case-sensitive: they run on lower-cased text (see dates._candidates).
COMPILED = [(kind, frozenset(anchors.split("+")), re.compile(rf"(?<![\w-])(?:{p})(?:(?![\w])|{GLUED})"))
            for kind, anchors, p in PATTERNS]
# The words each pattern above is anchored on, folded. A pattern is tried only when one of
# its anchor words is a token of the text: a cheap set test that skips most patterns.
_TOKEN = re.compile(r"[a-z]+|\d+[a-z]*")
ANCHOR_WORDS = {
    "month": folded_tokens(MONTH_WORDS),
    "weekday": folded_tokens(WEEKDAY_NAMES),
    "ordinal": folded_tokens(ORDINALS),
    "season": folded_tokens(SEASON_WORDS),
    "holiday": folded_tokens(holidays.FIXED) - {"de", "la", "du", "jour", "l", "nouvel"},
    "day": folded_tokens(DAY_WORDS) - {"et", "un"} | {"premier"},
    "deictic": folded_tokens(rel.DAY_WORDS) - {"ce"},
    "anchor": folded_tokens(rel.ANCHOR_WORDS) - {"le", "la", "d", "jour"} | {"jours"},
    "span": {"dernier", "derniers", "dernieres", "prochains", "prochaines"},
    "offset": {"dans", "y"},
    "period": folded_tokens(rel.PERIOD_NOUNS),
    "part": {"debut", "milieu", "mi", "fin"},
    "monthref": {"courant", "mois"},
    "dayrange": {"du", "entre"},
    # the words that join the two ends of a range ("du … au …", "les 14 et 15", "13-15")
    "from": {"du", "de", "depuis", "entre"},
    "to": {"au", "a", "jusqu"},
    "and": {"et"},
    "fortnight": {"quinzaine"},
}


# Shapes of digits: "14/02", "2016-11" (numsep), "20 02 2014" (numspace), "20110523" (compact).
_SHAPES = {"numsep": re.compile(r"\d\s{0,2}[/.-]\s{0,2}\d"), "numspace": re.compile(r"\d \d"),
           "compact": re.compile(r"(?<!\d)(?:19|20)\d{6}(?!\d)")}


# token -> the anchors it belongs to
_ANCHORS_OF: dict[str, frozenset[str]] = {}
for _name, _words in ANCHOR_WORDS.items():
    for _word in _words:
        _ANCHORS_OF[_word] = _ANCHORS_OF.get(_word, frozenset()) | {_name}


def anchors_in(text: str) -> set[str]:
    """The anchors present in `text`: ANCHOR_WORDS, digits ("digit", "day"), a year from
    1900 to 2099 ("year") and the digit shapes of _SHAPES."""
    tokens = set(_TOKEN.findall(fold(text)))
    present = set()
    for token in tokens:
        present |= _ANCHORS_OF.get(token, frozenset())
        if token.endswith(("de", "du")):  # "dimanchede": see weekdays.GLUED
            present |= _ANCHORS_OF.get(token[:-2], frozenset())
    if "-" in text or "–" in text:
        present.add("to")
    numbers = [t for t in tokens if t[0].isdigit()]
    if numbers:
        present |= {"digit", "day"}
        present |= {name for name, shape in _SHAPES.items() if shape.search(text)}
        if any(len(t) == 4 and t[:2] in ("19", "20") for t in numbers):
            present.add("year")
    return present
