"""French temporal expressions: find them in a text and normalize them to ISO day ranges.

The grammar is a list of named patterns built from the word families in `months`,
`weekdays`, `relative` and `numbers`. Every candidate is collected, the longest wins where
two overlap, `false_positives` vetoes the rest, then each mention is resolved:

* a written year gives an `absolute` date;
* a day and month without a year take it from the reference date (the publication date,
  else the latest absolute date of the text) and the sentence's tense, or, with no reference,
  from the written weekday (`year_inferred`);
* "hier", "il y a 2 jours", "lundi dernier", "jeudi" are counted from the reference date
  (`relative`);
* what cannot be placed is kept as `unresolved` with null dates.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import holidays
from . import relative as rel
from .false_positives import is_false_positive
from .months import MONTH, month_number
from .numbers import NUMBER_WORDS, parse_number
from .textutil import alternation, fold
from .holidays import HOLIDAY
from .weekdays import WEEKDAY, weekday_number

_D = r"(?:1\s?er|premier|[0-3]?\d(?:e|ème)?)(?![\d,.]\d)(?!\s?%)"
_Y = r"(?:19|20)\d{2}(?!\d)"
_S = r"[ \t]+"
_SO = r"[ \t]*"
_TIME = rf"(?:,?{_S}(?:à|a|vers){_S}(?P<hh>[012]?\d){_SO}[hH:]{_SO}(?P<mi>[0-5]\d)?(?!\d))?"


def _day(n: str) -> str:
    return rf"(?:(?P<wd{n}>{WEEKDAY}),?{_S})?(?P<d{n}>{_D})"


def _month(n: str, year: bool = True) -> str:
    y = rf"(?:,?{_S}(?P<y{n}>{_Y}))?" if year else ""
    return rf"(?P<m{n}>{MONTH}){y}"


_QUARTERS = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "2ème": 2,
             "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "dernier": 4, "4e": 4,
             "4ème": 4}
_QUARTER_BY_FOLDED = {fold(k): v for k, v in _QUARTERS.items()}
# Part of a month or year: (first day, last day) of the month, (first, last) month of a year.
_MONTH_PARTS = {"début": (1, 10), "mi": (11, 20), "fin": (21, 31)}
_YEAR_PARTS = {"début": (1, 3), "mi": (4, 9), "fin": (10, 12)}
_CUE = r"(?P<cue>en|au mois de|le mois de|courant|depuis|d['’]ici|jusqu['’](?:en|à)|dès|d[ée]but|fin|mi-?)"

PATTERNS: list[tuple[str, str]] = [
    # du 29 au 31 janvier 2026 / du 30 novembre au 2 décembre 2025 / dans la nuit du 3 au 4 mars
    ("range", rf"(?:dans la nuit{_S})?du{_S}{_day('1')}(?:{_S}{_month('1')})?{_S}au{_S}"
              rf"{_day('2')}{_S}{_month('2')}"),
    # entre le 5 et le 9 mai 2025 / les 14 et 15 octobre 2025
    ("range", rf"(?:entre{_S})?le{_S}{_day('1')}(?:{_S}{_month('1')})?{_S}et{_S}le{_S}"
              rf"{_day('2')}{_S}{_month('2')}"),
    ("range", rf"les{_S}{_day('1')}{_S}et{_S}{_day('2')}{_S}{_month('2')}"),
    # 13 au 15 juillet / 13-15 juillet / 13 jusqu'au 15 juillet
    ("range", rf"{_day('1')}(?:{_S}{_month('1')})?{_SO}(?:au|-|–|jusqu['’]au){_SO}"
              rf"{_day('2')}{_S}{_month('2')}"),
    # mercredi 22 janvier 2026 / 20 nov. / 12 juillet dernier / 1er mars 2025 à 11 h 30
    ("day", rf"{_day('1')}{_S}{_month('1')}(?:{_S}(?P<tense>{rel.PAST}|{rel.NEXT}))?{_TIME}"),
    # le 17/02 (a day and month need "le": "page 2/3" is no date)
    ("numeric", rf"le{_S}(?P<d1>[0-3]?\d)/(?P<m1>[01]?\d)(?![\d/])"),
    # 17/02, 31/10: a two-digit month makes a day/month pair a date even without "le"
    ("numeric", r"(?<![\w/.,-])(?P<d1>[0-3]?\d)/(?P<m1>0[1-9]|1[0-2])(?![\d/,.])"),
    # 11/2016, 2016-11: a month of a year
    ("numeric_month", r"(?<![\w/.,-])(?P<m1>0?[1-9]|1[0-2])\s?[/-]\s?(?P<y1>(?:19|20)\d{2})(?![\d/-])"),
    ("numeric_month", r"(?<![\w/.,-])(?P<y1>(?:19|20)\d{2})\s?[/.-]\s?(?P<m1>0?[1-9]|1[0-2])(?![\d/.-])"),
    # Noël, la Toussaint, fête du travail
    ("holiday", rf"(?:(?:le{_S})?jour{_S}de{_S}(?:la{_S})?)?(?P<holiday>{HOLIDAY})"),
    # 14/02/2019, 14-02-2019, 14.02.2019
    ("numeric", r"(?<![\d/.-])(?P<d1>[0-3]?\d)([/.-])(?P<m1>[0-3]?\d)\2(?P<y1>(?:19|20)?\d{2})(?![\d/-])"),
    # 2023-06-30
    ("iso", r"(?<![\d/-])(?P<y1>(?:19|20)\d{2})([/.-])(?P<m1>[01]?\d)\2(?P<d1>[0-3]?\d)(?![\d/-])"),
    # au premier trimestre 2026 / second semestre 2025 / au deuxième semestre
    ("quarter", rf"(?:au{_S}|le{_S})?(?P<q>{alternation(_QUARTERS)}){_S}(?P<qunit>trimestre|semestre)"
                rf"(?:(?:{_S}de)?{_S}(?P<y1>{_Y}))?"),
    # de décembre 2025 à mars 2026 / entre janvier et juin 2026
    ("months", rf"(?:de|entre){_S}{_month('1')}{_S}(?:à|au|et){_S}{_month('2')}"),
    # de 2024 à 2028 / entre 2024 et 2028 / (la période) 2024-2028
    ("years", rf"(?:de|entre){_S}(?P<y1>{_Y}){_S}(?:à|a|et){_S}(?P<y2>{_Y})"),
    ("years", rf"(?:(?:la{_S})?période{_S})?(?<![\d/-])(?P<y1>{_Y})\s?[-–/]\s?(?P<y2>{_Y})"),
    # janvier 2026 / fin mai 2025 / en janvier / mi-juin
    ("month", rf"(?:{_CUE}{_SO})?{_month('1')}(?:{_S}(?P<tense>{rel.PAST}|{rel.NEXT}))?"),
    # en 2024 / début 2026 / courant 2025 / l'année 2025
    ("year", rf"(?:{_CUE}|(?:de{_S})?l['’]année|l['’]an|(?:l['’])?exercice(?:{_S}budgétaire)?|"
             rf"(?:l['’])?année{_S}budgétaire|gestion){_SO}(?P<y1>{_Y})"),
    # du 13 au 18 (this month, or the next one when the days are past and the verb is future)
    ("day_range", rf"du{_S}(?P<d1>{_D}){_S}au{_S}(?P<d2>{_D})(?!{_S}?(?:{MONTH}|[\d/]))"),
    # hier, aujourd'hui, demain, avant-hier
    ("deictic", rf"(?P<word>{rel.DAY_WORD})"),
    # les trois derniers jours / les 3 prochains jours
    ("days_span", rf"(?:les{_S}|ces{_S})?(?P<n>\d+|{NUMBER_WORDS}){_S}(?P<tense>derniers|prochains){_S}jours?"),
    # la veille, le lendemain, deux jours plus tard: counted from the date told just before
    ("anchored", rf"(?P<word>la{_S}veille|le{_S}lendemain|le{_S}jour{_S}suivant)"),
    ("anchored", rf"(?P<n>\d+|{NUMBER_WORDS}){_S}jours?{_S}(?P<later>plus{_S}tard|après|auparavant|plus{_S}tôt)"),
    # il y a 2 jours / dans trois mois
    ("offset", rf"(?P<dir>il{_S}y{_S}a|dans){_S}(?P<n>\d+|{NUMBER_WORDS}){_S}(?P<unit>{rel.UNIT})"),
    # la semaine dernière / le mois prochain / cette année / ce week-end
    ("period", rf"(?:la|le|l['’]|cette|ce|cet)\s?(?P<noun>{rel.PERIOD_NOUN})"
               rf"(?:{_S}(?P<tense>{rel.PAST}|{rel.NEXT}))?"),
    # lundi dernier / vendredi prochain / ce jeudi / jeudi
    # lundi en huit / mardi de la semaine prochaine
    ("weekday", rf"(?P<wd1>{WEEKDAY}){_S}(?:en{_S}(?P<ahead>huit|8|quinze|15)|"
                rf"(?:de{_S})?la{_S}semaine{_S}(?P<week>{rel.PAST}|{rel.NEXT}|d['’]après|d['’]avant))"),
    ("weekday", rf"(?P<wd1>{WEEKDAY})(?:{_S}(?P<tense>{rel.PAST}|{rel.NEXT}))?"),
]
_COMPILED = [(kind, re.compile(rf"(?<![\w-])(?:{p})(?![\w])", re.IGNORECASE))
             for kind, p in PATTERNS]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    resolution: str
    time: str | None = None
    weekday_mismatch: bool = False


@dataclass
class _Context:
    """What resolution may use: the reference date, a year hint and the tense near the date."""
    reference: date | None
    year_hint: int | None
    tense: str | None

    @property
    def future(self) -> bool:
        return self.tense == "future"


def find_dates(text: str, reference: date | None = None, year_hint: int | None = None,
               default_tense: str | None = None) -> list[DateMention]:
    """Every temporal expression of `text`, resolved against `reference` (publication date).

    Without a reference, the latest single day the text dates by itself stands in for it,
    so a year-less "en janvier" still lands in the right year when the article dates itself.
    `default_tense` is assumed where the words around a date show none: None takes the
    nearest day (news prose almost always has a verb that decides), "future" takes the
    next one, as Duckling does for bare phrases such as "lundi".
    """
    matches = _select(_candidates(text), text)
    year_hint = year_hint or median_year(text)
    context = lambda m, ref: _Context(ref, year_hint, tense_at(text, m.start()) or default_tense)
    if reference is None:
        reference = _self_reference(matches, lambda m: context(m, None))
    found: list[DateMention] = []
    for m, kind in matches:
        anchor = reference
        if kind == "anchored":  # "le lendemain": the day after the last day told
            told = [d.date_start for d in found if d.date_start and d.date_start == d.date_end]
            anchor = told[-1] if told else reference
        found.append(_resolve(kind, m, context(m, anchor)))
    return found


def _self_reference(matches, context) -> date | None:
    days = [_resolve(kind, m, context(m)) for m, kind in matches
            if kind in ("day", "numeric", "iso")]
    days = [d.date_start for d in days if d.date_start is not None]
    return max(days) if days else None


def _candidates(text: str):
    for kind, regex in _COMPILED:
        for m in regex.finditer(text):
            yield m, kind


def _select(candidates, text: str):
    """Longest first, then leftmost; drop overlaps and known false positives."""
    chosen, taken = [], []
    ranked = sorted(candidates, key=lambda c: (-(c[0].end() - c[0].start()), c[0].start()))
    for m, kind in ranked:
        start, end = _trim(m)
        if any(start < e and s < end for s, e in taken):
            continue
        if is_false_positive(text, start, end) or not _plausible(kind, m):
            continue
        chosen.append((m, kind))
        taken.append((start, end))
    return sorted(chosen, key=lambda c: c[0].start())


def _plausible(kind: str, m: re.Match) -> bool:
    """Reject shapes the regex cannot rule out: 'Mars' with no year or cue, 'mai' as a name."""
    if kind == "month" and not m.group("y1") and not m.group("cue"):
        return False
    if kind == "month" and not m.group("y1"):
        word = m.group("m1")
        if word[0].isupper() and not word.isupper() and m.group("cue")[0].islower():
            return False  # "en Mai" inside a name; months are lower-case in French prose
    if kind == "years":
        return 0 < int(m.group("y2")) - int(m.group("y1")) <= 50
    if kind in ("day", "range"):
        for n in "12":
            d = m.groupdict().get(f"d{n}")
            if d and not 1 <= _int(d) <= 31:
                return False
    if kind == "period" and not m.group("tense") and fold(m.group(0)).startswith("l") \
            and not fold(m.group("noun")).startswith("week"):
        return False  # "la semaine" alone is not a date; "cette semaine", "le week-end" are
    return True


_LEADING = re.compile(r"^(?:le|ce|les)\s+", re.IGNORECASE)


def _trim(m: re.Match) -> tuple[int, int]:
    start, end = m.start(), m.end()
    lead = _LEADING.match(m.group(0))
    if lead and not m.group(0).lower().startswith(("les ", "le mois", "l")):
        start += lead.end()
    return start, end


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence (or line) of `text` around position `pos`."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return start, min(ends) if ends else len(text)


def tense_at(text: str, pos: int) -> str | None:
    """"future", "past" or None for the words around `pos` (see relative.tense)."""
    start, end = sentence_bounds(text, pos)
    return rel.tense(text[start:end], pos - start)


def median_year(text: str) -> int | None:
    """The median year written in a text: a guess at 'now' when nothing else dates it."""
    years = sorted(int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text))
    return years[(len(years) - 1) // 2] if years else None


# --- resolution ---------------------------------------------------------------------------

def _resolve(kind: str, m: re.Match, ctx: _Context) -> DateMention:
    start, end = _trim(m)
    try:
        first, last, resolution, mismatch = _RESOLVERS[kind](m.groupdict(), ctx)
    except (ValueError, KeyError, OverflowError):
        first, last, resolution, mismatch = None, None, "unresolved", False
    if first is None:
        resolution = "unresolved"
    hh, mi = m.groupdict().get("hh"), m.groupdict().get("mi")
    time = f"{int(hh):02d}:{mi or '00'}" if hh else None
    return DateMention(start, end, m.string[start:end], first, last, resolution, time, mismatch)


def _int(s: str | None) -> int | None:
    """'2025' -> 2025, '1er' -> 1, '13e' -> 13, 'premier' -> 1."""
    if not s:
        return None
    digits = re.sub(r"\D", "", s)
    return int(digits) if digits else 1


def _month_of(g: dict, n: str) -> int | None:
    value = g.get(f"m{n}")
    if value is None:
        return None
    return int(value) if value.isdigit() else month_number(value)


def _pick_year(month: int, day: int, weekday: int | None, tense: str | None, ctx: _Context):
    """Year of a day and month written without one."""
    ref = ctx.reference
    if ref is not None:
        candidates = [date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)
                      if _valid(y, month, day)]
        if tense == "past":
            return max(d for d in candidates if d <= ref).year
        if tense == "next":
            return min(d for d in candidates if d >= ref).year
        if weekday is not None:
            matching = [d for d in candidates if d.weekday() == weekday]
            candidates = matching or candidates
        if ctx.future:
            later = [d for d in candidates if d >= ref - timedelta(days=7)]
            candidates = later or candidates
        return min(candidates, key=lambda d: abs((d - ref).days)).year
    if weekday is not None and ctx.year_hint is not None:
        years = [y for y in range(ctx.year_hint - 10, ctx.year_hint + 11)
                 if _valid(y, month, day) and date(y, month, day).weekday() == weekday]
        return min(years, key=lambda y: (abs(y - ctx.year_hint), -y))
    return ctx.year_hint


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _tense(g: dict) -> str | None:
    t = g.get("tense")
    if not t:
        return None
    return "next" if fold(t).startswith(("prochain", "suivant", "d'apres", "d’apres")) else "past"


def _resolve_day(g: dict, ctx: _Context):
    day, month, year = _int(g["d1"]), _month_of(g, "1"), _int(g.get("y1"))
    weekday = weekday_number(g["wd1"]) if g.get("wd1") else None
    resolution = "absolute"
    if year is None:
        year = _pick_year(month, day, weekday, _tense(g), ctx)
        resolution = "year_inferred"
    if year is None:
        return None, None, "unresolved", False
    d = date(year, month, day)
    return d, d, resolution, weekday is not None and d.weekday() != weekday


def _resolve_numeric(g: dict, ctx: _Context):
    day, month = int(g["d1"]), int(g["m1"])
    if month > 12 >= day:  # 02/22/2016, 9-18-15: written month first
        day, month = month, day
    if g.get("y1"):
        d = date(_full_year(g["y1"], ctx), month, day)
        return d, d, "absolute", False
    year = _pick_year(month, day, None, None, ctx)
    if year is None:
        return None, None, "unresolved", False
    return date(year, month, day), date(year, month, day), "year_inferred", False


def _full_year(written: str, ctx: _Context) -> int:
    """'16' -> 2016, '89' -> 1989: two digits are this century unless that is over ten years
    ahead of the reference."""
    year = int(written)
    if year >= 100:
        return year
    now = (ctx.reference.year if ctx.reference else ctx.year_hint or 2000) % 100
    return 2000 + year if year <= now + 10 else 1900 + year


def _resolve_numeric_month(g: dict, ctx: _Context):
    year, month = int(g["y1"]), int(g["m1"])
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "absolute", False


def _resolve_holiday(g: dict, ctx: _Context):
    month, day = holidays.month_day(g["holiday"])
    year = _pick_year(month, day, None, None, ctx)
    if year is None:
        return None, None, "unresolved", False
    return date(year, month, day), date(year, month, day), "year_inferred", False


def _resolve_range(g: dict, ctx: _Context):
    month2, day2 = _month_of(g, "2"), _int(g["d2"])
    month1 = _month_of(g, "1") or month2
    day1 = _int(g["d1"])
    year2 = _int(g.get("y2"))
    resolution = "absolute"
    if year2 is None:
        year2 = _pick_year(month2, day2, None, None, ctx)
        resolution = "year_inferred"
    if year2 is None:
        return None, None, "unresolved", False
    year1 = _int(g.get("y1")) or (year2 - 1 if month1 > month2 else year2)
    return date(year1, month1, day1), date(year2, month2, day2), resolution, False


def _resolve_day_range(g: dict, ctx: _Context):
    """"du 13 au 18": the month of the reference date, moved by the tense when the days
    have passed (future) or are yet to come (past)."""
    if ctx.reference is None:
        return None, None, "unresolved", False
    ref, day1, day2 = ctx.reference, _int(g["d1"]), _int(g["d2"])
    first = ref.replace(day=1)
    if ctx.tense == "future" and day2 < ref.day:
        first = _add_months(first, 1)
    elif ctx.tense == "past" and day1 > ref.day:
        first = _add_months(first, -1)
    if day2 > calendar.monthrange(first.year, first.month)[1]:
        return None, None, "unresolved", False
    return first.replace(day=day1), first.replace(day=day2), "relative", False


def _month_bounds(year: int, month: int, part: str | None):
    last = calendar.monthrange(year, month)[1]
    lo, hi = _MONTH_PARTS.get(part, (1, last)) if part else (1, last)
    return date(year, month, lo), date(year, month, min(hi, last))


def _cue_part(cue: str | None) -> str | None:
    if not cue:
        return None
    c = fold(cue).rstrip("-")
    return {"debut": "début", "mi": "mi", "fin": "fin"}.get(c)


def _resolve_month(g: dict, ctx: _Context):
    month, year = _month_of(g, "1"), _int(g.get("y1"))
    resolution = "absolute"
    if year is None:
        resolution = "year_inferred"
        ref = ctx.reference
        tense = _tense(g)
        if ref is not None and tense:  # "juin dernier", "en mars prochain"
            year = ref.year - (month >= ref.month) if tense == "past" else ref.year + (month <= ref.month)
        elif ref is not None:
            if ctx.future:
                year = ref.year if month >= ref.month else ref.year + 1
            else:
                year = ref.year if month <= ref.month else ref.year - 1
        else:
            year = ctx.year_hint
    if year is None:
        return None, None, "unresolved", False
    first, last = _month_bounds(year, month, _cue_part(g.get("cue")))
    return first, last, resolution, False


def _resolve_months(g: dict, ctx: _Context):
    first_month, last_month = _month_of(g, "1"), _month_of(g, "2")
    _, last, resolution, _ = _resolve_month({"m1": g["m2"], "y1": g.get("y2")}, ctx)
    if last is None:
        return None, None, "unresolved", False
    year = _int(g.get("y1")) or (last.year - 1 if first_month > last_month else last.year)
    first = date(year, first_month, 1)
    return first, last, "absolute" if g.get("y1") or g.get("y2") else resolution, False


def _resolve_year(g: dict, ctx: _Context):
    year = int(g["y1"])
    part = _cue_part(g.get("cue"))
    lo, hi = _YEAR_PARTS[part] if part else (1, 12)
    return date(year, lo, 1), date(year, hi, calendar.monthrange(year, hi)[1]), "absolute", False


def _resolve_years(g: dict, ctx: _Context):
    return date(int(g["y1"]), 1, 1), date(int(g["y2"]), 12, 31), "absolute", False


def _resolve_quarter(g: dict, ctx: _Context):
    q = _QUARTER_BY_FOLDED[fold(g["q"])]
    year = _int(g.get("y1")) or (ctx.reference.year if ctx.reference else ctx.year_hint)
    resolution = "absolute" if g.get("y1") else "year_inferred"
    size = 3 if g["qunit"].lower() == "trimestre" else 6
    q = min(q, 12 // size)
    first_month = (q - 1) * size + 1
    last_month = first_month + size - 1
    return (date(year, first_month, 1),
            date(year, last_month, calendar.monthrange(year, last_month)[1]), resolution, False)


def _needs_reference(resolver):
    def wrapped(g: dict, ctx: _Context):
        if ctx.reference is None:
            return None, None, "unresolved", False
        first, last = resolver(g, ctx)
        return first, last, "relative", False
    return wrapped


@_needs_reference
def _resolve_deictic(g: dict, ctx: _Context):
    d = ctx.reference + timedelta(days=rel.day_offset(g["word"]))
    return d, d


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


@_needs_reference
def _resolve_days_span(g: dict, ctx: _Context):
    n = int(parse_number(g["n"]))
    if g["tense"] == "derniers":
        return ctx.reference - timedelta(days=n), ctx.reference - timedelta(days=1)
    return ctx.reference + timedelta(days=1), ctx.reference + timedelta(days=n)


@_needs_reference
def _resolve_anchored(g: dict, ctx: _Context):
    """ctx.reference is here the day told just before in the text (see find_dates)."""
    if g.get("word"):
        offset = -1 if fold(g["word"]).endswith("veille") else 1
    else:
        n = int(parse_number(g["n"]))
        offset = -n if fold(g["later"]) in ("auparavant", "plus tot") else n
    d = ctx.reference + timedelta(days=offset)
    return d, d


@_needs_reference
def _resolve_offset(g: dict, ctx: _Context):
    n = int(parse_number(g["n"]))
    sign = -1 if fold(g["dir"]).startswith("il") else 1
    length, unit = rel.unit_length(g["unit"])
    if unit == "days":
        d = ctx.reference + timedelta(days=sign * n * length)
    else:
        d = _add_months(ctx.reference, sign * n * length)
    return d, d


@_needs_reference
def _resolve_period(g: dict, ctx: _Context):
    noun = rel.period_noun(g["noun"])
    shift = {"past": -1, "next": 1, None: 0}[_tense(g)]
    ref = ctx.reference
    if noun == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        return monday, monday + timedelta(days=6)
    if noun == "weekend":
        saturday = ref + timedelta(days=(5 - ref.weekday()) % 7) + timedelta(weeks=shift)
        if ref.weekday() == 6 and shift == 0:
            saturday = ref - timedelta(days=1)
        return saturday, saturday + timedelta(days=1)
    if noun == "month":
        first = _add_months(ref.replace(day=1), shift)
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    year = ref.year + shift
    return date(year, 1, 1), date(year, 12, 31)


@_needs_reference
def _resolve_weekday(g: dict, ctx: _Context):
    target, ref = weekday_number(g["wd1"]), ctx.reference
    back = (ref.weekday() - target) % 7
    forward = (target - ref.weekday()) % 7
    tense = _tense(g)
    if g.get("ahead"):  # "lundi en huit": that weekday of next week, "en quinze" the week after
        d = ref + timedelta(days=forward + 7 * (1 if g["ahead"] in ("huit", "8") else 2))
        return d, d
    if g.get("week"):
        monday = ref - timedelta(days=ref.weekday())
        shift = -1 if fold(g["week"]).startswith(("dern", "pass", "d'av", "d’av")) else 1
        d = monday + timedelta(weeks=shift, days=target)
        return d, d
    if tense == "past":
        d = ref - timedelta(days=back or 7)
    elif tense == "next":
        d = ref + timedelta(days=forward or 7)
    elif ctx.tense == "future":
        d = ref + timedelta(days=forward)
    elif ctx.tense == "past":
        d = ref - timedelta(days=back)
    else:
        d = ref - timedelta(days=back) if back <= forward else ref + timedelta(days=forward)
    return d, d


_RESOLVERS = {
    "range": _resolve_range, "day": _resolve_day, "numeric": _resolve_numeric,
    "iso": _resolve_numeric, "quarter": _resolve_quarter, "years": _resolve_years,
    "months": _resolve_months,
    "month": _resolve_month, "year": _resolve_year, "deictic": _resolve_deictic,
    "offset": _resolve_offset, "period": _resolve_period, "weekday": _resolve_weekday,
    "holiday": _resolve_holiday, "numeric_month": _resolve_numeric_month,
    "day_range": _resolve_day_range, "days_span": _resolve_days_span, "anchored": _resolve_anchored,
}
