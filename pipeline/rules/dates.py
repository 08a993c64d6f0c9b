"""French temporal expressions: find them in a text and normalize them to ISO day ranges.

The grammar (`date_grammar`) is a list of named patterns built from the word families in
`months`, `weekdays`, `relative`, `periods` and `numbers`. Every candidate is collected, the
longest wins where two overlap, `false_positives` vetoes the rest, then each mention is
resolved by the function named after its pattern:

* a written year gives an `absolute` date;
* a day and month without a year take it from the reference date (the publication date,
  else the latest absolute date of the text) and the sentence's tense, or, with no reference,
  from the written weekday (`year_inferred`);
* "hier", "il y a 2 jours", "lundi dernier", "jeudi" are counted from the reference date
  (`relative`), which the text itself can move: the day it says it was written ("Hier,
  jeudi 1er juin 2017"), a dispatch's dateline or a listing entry's stamp;
* what cannot be placed is kept as `unresolved` with null dates.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, cached_property

from . import holidays, periods
from . import relative as rel
from .date_grammar import COMPILED, anchors_in
from .false_positives import is_false_positive
from .guard import OnError, guarded
from .months import FULL_NAMES, NAME_LIKE, month_number
from .numbers import ordinal, parse_number, parse_words
from .textutil import fold, lower_same_length
from .weekdays import weekday_number


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    resolution: str
    time: str | None = None
    weekday_mismatch: bool = False


class _Context:
    """What resolution may use: the reference date, a year hint and the tense near the date.
    The last two are computed only when a resolver asks (an absolute date never does); the
    year hint is a function shared by every mention of a text, which computes it once."""

    def __init__(self, reference: date | None, text: str, pos: int, year_hint: Callable[[], int | None],
                 default_tense: str | None):
        self.reference = reference
        self.text = text  # as written; the patterns matched it lower-cased
        self._pos, self._year_hint, self._default = pos, year_hint, default_tense

    @cached_property
    def year_hint(self) -> int | None:
        return self._year_hint()

    @cached_property
    def tense(self) -> str | None:
        return tense_at(self.text, self._pos) or self._default

    @property
    def future(self) -> bool:
        return self.tense == "future"


def find_dates(text: str, reference: date | None = None, year_hint: int | None = None,
               default_tense: str | None = None, on_error: OnError | None = None) -> list[DateMention]:
    """Every temporal expression of `text`, resolved against `reference` (publication date).

    Without a reference, the latest single day the text dates by itself stands in for it,
    so a year-less "en janvier" still lands in the right year when the article dates itself.
    `default_tense` is assumed where the words around a date show none: None takes the
    nearest day (news prose almost always has a verb that decides), "future" takes the
    next one, as Duckling does for bare phrases such as "lundi".

    The text can move the anchor of relative words: "Hier, jeudi 1er juin 2017" says which
    day the text was written (see _restated), and a dispatch's dateline or a listing entry's
    stamp anchors what follows it, up to the next one (see _is_anchor). A candidate whose
    resolution raises is dropped and reported to `on_error` (see rules/guard.py).
    """
    hint = cache(lambda: year_hint or median_year(text))
    failed_spans: dict[tuple[int, int], Exception] = {}
    report = None if on_error is None else lambda start, end, err: failed_spans.setdefault((start, end), err)

    def resolve(m: re.Match, kind: str, ref: date | None) -> DateMention | None:
        ctx = _Context(ref, text, m.start(), hint, default_tense)
        return guarded(lambda: _resolve(kind, m, ctx), m.span(), report)

    matches, restated = _restated(_select(_candidates(text), text), text)
    for (m, kind), offset in restated[:1]:
        told = resolve(m, kind, reference)
        reference = told.date_start - timedelta(days=offset) if told and told.date_start else reference
    if reference is None:
        reference = _self_reference(matches, resolve)
    found: list[DateMention] = []
    anchor, last_day = reference, None
    for m, kind in matches:
        # "le lendemain": the day after the last day told
        mention = resolve(m, kind, (last_day or reference) if kind == "anchored" else anchor)
        if mention is None:
            continue
        found.append(mention)
        single = mention.date_start is not None and mention.date_start == mention.date_end
        last_day = mention.date_start if single else last_day
        if single and kind in _DAY_KINDS and _is_anchor(text, mention.start, mention.end):
            anchor = mention.date_start
    for (start, end), err in failed_spans.items():
        on_error(start, end, err)
    return found


# The kinds of mention that write one day in full (a dateline, a stamp, a restated day).
_DAY_KINDS = ("day", "numeric", "iso")
# What may separate a relative word from the date it restates: "Hier, jeudi", "hier jeudi".
_RESTATING_GAP = re.compile(r"[ \t,'’‘\"«»]*")


def _restated(matches, text: str):
    """A relative word right before an explicit day restates it ("Hier, jeudi, 1er juin
    2017", "aujourd'hui 12 mars"): it is not a date of its own, but it tells which day the
    text was written. -> (the other matches, [(restated match, offset of the word)])."""
    kept, restated = [], []
    for (m, kind), following in zip(matches, matches[1:] + [None]):
        if kind == "deictic" and following and following[1] in _DAY_KINDS \
                and _RESTATING_GAP.fullmatch(text, m.end(), _trim(following[0])[0]):
            restated.append((following, rel.day_offset(m.group("word"))))
        else:
            kept.append((m, kind))
    return kept, restated


# After a dateline's date: the agency in brackets, or a dash ("(AIB)-", "(Xinhua) --", " – ").
_DATELINE_END = re.compile(r"[ \t]*(?:\([^()\n]{2,30}\)|[-–—]{1,2}[ \t])")
# Before it, on its line: a place and a comma ("BAMAKO, le", "20110523 Xinhua NIAMEY,").
_DATELINE_START = re.compile(r"(?:[A-ZÀ-Ý0-9][\w'’-]*[ \t]+){0,3}[A-ZÀ-Ý][\w'’-]*,[ \t]*(?:le[ \t]+)?")
# What may follow the day on a stamp line: a clock time, separators, an outlet after a bar
# ("à 03h04min", "16:22:54 |", "| Libreinfo.net").
_STAMP_AFTER = re.compile(r"[ \t,]*(?:à[ \t]*)?(?:\d{1,2}[ \t]?[hH:][ \t]?(?:\d{2})?(?::\d{2})?(?:[ \t]?mi?n)?)?"
                          r"[ \t|–—-]*(?:\|[^\n]{0,40})?")
# What may precede it: a few words ("Publié le", "Posté par -", "Mis à jour le").
_STAMP_BEFORE = re.compile(r"[-–—|•\s]*(?:[^\W\d_]+[ \t]*(?:[-–—:]|[ \t])[ \t]*){0,4}")


def _is_anchor(text: str, start: int, end: int) -> bool:
    """A day that dates what follows it: a dateline ("NIAMEY, 12 mars (ANP) –") or a stamp,
    a line that holds the day and at most a few words ("Posté par - 8 novembre 2016").
    Both sit near their line's start, so only _REACH characters around the day are read."""
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    if line_start == 0 and start > _REACH:
        return False
    if _DATELINE_START.fullmatch(text, line_start, start) and _DATELINE_END.match(text, end):
        return True
    line_end = text.find("\n", end, end + _REACH)
    line_end = len(text) if line_end == -1 and len(text) - end <= _REACH else line_end
    return line_end != -1 and bool(_STAMP_BEFORE.fullmatch(text, line_start, start)
                                   and _STAMP_AFTER.fullmatch(text, end, line_end))


_REACH = 80


def _self_reference(matches, resolve) -> date | None:
    """The latest day the text writes in full, else the latest day it writes at all."""
    days = [resolve(m, kind, None) for m, kind in matches if kind in _DAY_KINDS + ("range",)]
    days = [d for d in days if d is not None]
    full = [d.date_end for d in days if d.resolution == "absolute"]
    days = [d.date_end for d in days if d.date_end is not None]
    return max(full or days) if days else None


def _candidates(text: str) -> list[tuple[re.Match, str]]:
    """Every match of every pattern whose anchors `text` has. The patterns are written in
    lower case and run on the lower-cased text: much faster than case-insensitive matching."""
    present = anchors_in(text)
    lowered = lower_same_length(text)
    return [(m, kind) for kind, anchors, regex in COMPILED if anchors <= present
            for m in regex.finditer(lowered)]


def _select(candidates, text: str):
    """Longest first, then leftmost; drop overlaps and known false positives."""
    chosen, taken = [], []  # taken: the chosen spans, sorted and disjoint
    ranked = sorted(candidates, key=lambda c: (-(c[0].end() - c[0].start()), c[0].start()))
    for m, kind in ranked:
        start, end = _trim(m)
        i = bisect.bisect(taken, (start, end))
        if (i and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
            continue  # overlaps a neighbour (disjoint spans: only neighbours can overlap)
        if is_false_positive(text, start, end) or not _plausible(kind, m, text):
            continue
        chosen.append((m, kind))
        taken.insert(i, (start, end))
    return sorted(chosen, key=lambda c: c[0].start())


def _plausible(kind: str, m: re.Match, text: str) -> bool:
    """Reject shapes the regex cannot rule out: 'Mars' with no year or cue, 'mai' as a name.
    `m` matched the lower-cased text; `text` has the case as written."""
    written = lambda group: text[m.start(group):m.end(group)]
    if kind == "month" and not m.group("y1"):
        word = written("m1")
        name_like = fold(word) in NAME_LIKE and word[0].isupper() and not word.isupper()
        if not m.group("cue"):  # alone: a full name, never one that is also a name ("Mai Kalla"),
            # nor the rest of a date vetoed as a street or stadium name ("Stade du 4 Août")
            return fold(word) in FULL_NAMES and not name_like and \
                not _DIGIT_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if name_like and written("cue")[0].islower():
            return False  # "en Mai" inside a name; months are lower-case in French prose
    if kind == "years":
        return 0 < int(m.group("y2")) - int(m.group("y1")) <= 50
    if kind in ("day", "range", "day_of_month"):
        for group in ("d1", "d2"):
            d = m.group(group) if group in m.re.groupindex else None
            if d and not 1 <= _int(d) <= 31:
                return False
    if kind == "part" and fold(m.group("noun")).startswith("an") and not (m.group("y1") or m.group("tense")):
        return False  # "en fin d'année", "d'ici la fin de l'année": too vague to date
    if kind == "deictic" and m.group("word").endswith(("journée", "journee")) and _OF_AFTER.match(text, m.end()):
        return False  # "dans la journée de mardi" is Tuesday: the weekday is the date
    if kind == "holiday" and _NAME_AFTER.match(text, m.end()):
        return False  # "Noël ZONGO", "Toussaint Kaboré": a first name
    if kind == "period" and not m.group("tense") and fold(m.group(0)).startswith("l") \
            and not fold(m.group("noun")).startswith("week"):
        return False  # "la semaine" alone is not a date; "cette semaine", "le week-end" are
    return True


_DIGIT_BEFORE = re.compile(r"\d(?:er|e)?\s*$")
_OF_AFTER = re.compile(r"\s+d[eu'’]")
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ý][\w’'-]+")
_LEADING = re.compile(r"ce\s+(?!(?:jour|matin|soir)\b)")


def _trim(m: re.Match) -> tuple[int, int]:
    """"ce jeudi" is dated as "jeudi"; "le 12 mars", "les 14 et 15" keep their article,
    "ce matin", "ce jour" their "ce"."""
    start, end = m.span()
    if m.string.startswith("ce", start):
        lead = _LEADING.match(m.string, start)
        start = lead.end() if lead else start
    return start, end


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence (or line) of `text` around position `pos`, at most
    _SENTENCE_REACH characters either side: a tense cue further away says nothing of the
    date, and reading no further keeps date finding linear in a text without full stops."""
    lo, hi = max(0, pos - _SENTENCE_REACH), min(len(text), pos + _SENTENCE_REACH)
    before = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos))
    ends = [i for i in (text.find(". ", pos, hi), text.find("\n", pos, hi)) if i != -1]
    return (before + 1 if before != -1 else lo), min(ends) if ends else hi


_SENTENCE_REACH = 400


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
    groups = m.groupdict()
    try:
        first, last, resolution, mismatch = _RESOLVERS[kind](groups, ctx)
    except (ValueError, KeyError, OverflowError):
        first, last, resolution, mismatch = None, None, "unresolved", False
    if first is None:
        resolution = "unresolved"
    hh, mi = groups.get("hh"), groups.get("mi")
    time = f"{int(hh):02d}:{mi or '00'}" if hh else None
    return DateMention(start, end, ctx.text[start:end], first, last, resolution, time, mismatch)


def _int(s: str | None) -> int | None:
    """'2025' -> 2025, '1er' -> 1, '13e' -> 13, 'premier' -> 1, 'vingt-deux' -> 22."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    digits = re.sub(r"\D", "", s)
    if digits:
        return int(digits)
    try:
        return max(ordinal(s), 1)  # "seconde", "deuxième"
    except KeyError:
        return parse_words(s) or 1


def _count(s: str) -> int:
    """'trois' -> 3; a word that reads as no number ("il y a et jours") resolves nothing."""
    n = parse_number(s)
    if n is None:
        raise ValueError(f"not a number: {s!r}")
    return int(n)


def _month_of(g: dict, n: str) -> int | None:
    value = g.get(f"m{n}")
    if value is None:
        return None
    return int(value) if value.isdigit() else month_number(value)


def _needs_reference(resolver):
    def wrapped(g: dict, ctx: _Context):
        if ctx.reference is None:
            return None, None, "unresolved", False
        first, last = resolver(g, ctx)
        return first, last, "relative", False
    return wrapped


def _closest(candidates: list[date], first_of, last_of, ctx: _Context, tense: str | None) -> date:
    """Among candidate dates (or periods), the one the reference and tense point to:
    the last begun by the reference in the past, the first not over in the future, else
    the nearest."""
    ref = ctx.reference
    tense = tense or ctx.tense
    if tense == "past":
        before = [c for c in candidates if first_of(c) <= ref]
        if before:
            return max(before, key=first_of)
    if tense in ("future", "next"):
        after = [c for c in candidates if last_of(c) >= ref]
        if after:
            return min(after, key=first_of)
    return min(candidates, key=lambda c: abs((first_of(c) - ref).days))


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
        # A tense rules out the far side of the reference, with some slack for dates told
        # slightly out of order.
        if ctx.tense == "future":
            candidates = [d for d in candidates if d >= ref - timedelta(days=7)] or candidates
        elif ctx.tense == "past":  # two months' slack: a past decision sets a coming deadline
            candidates = [d for d in candidates if d <= ref + timedelta(days=60)] or candidates
        return min(candidates, key=lambda d: abs((d - ref).days)).year
    if weekday is not None:
        return _year_of_weekday(month, day, weekday, ctx.year_hint)
    return ctx.year_hint


def _year_of_weekday(month: int, day: int, weekday: int, hint: int | None) -> int | None:
    """The year in which the day falls on its written weekday: the nearest to the year the
    text writes; with no year written anywhere (a ticker, a live page), the latest such day
    up to today, as a reader of the page takes it (the clock is only read here)."""
    around = hint or _today().year
    years = [y for y in range(around - 10, around + 11)
             if _valid(y, month, day) and date(y, month, day).weekday() == weekday]
    if hint is not None:
        return min(years, key=lambda y: (abs(y - hint), -y))
    return max((y for y in years if date(y, month, day) <= _today()), default=None)


_today = date.today  # tests replace it


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _days_in(y, m)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]


def _tense(g: dict) -> str | None:
    t = g.get("tense")
    if not t:
        return None
    return "next" if rel.shift(t) > 0 else "past"


def _resolve_day(g: dict, ctx: _Context):
    day, month, year = _int(g["d1"]), _month_of(g, "1"), g.get("y1")
    weekday = weekday_number(g["wd1"]) if g.get("wd1") else None
    resolution = "absolute"
    if year is None:
        year = _pick_year(month, day, weekday, _tense(g), ctx)
        resolution = "year_inferred"
    else:
        year = _full_year(year, ctx)
    if year is None:
        return None, None, "unresolved", False
    d = date(year, month, day)
    return d, d, resolution, weekday is not None and d.weekday() != weekday


def _resolve_anchored_day(g: dict, ctx: _Context):
    """"la veille du 18 décembre": the day, then the offset."""
    first, _, resolution, _ = _resolve_day(g, ctx)
    if first is None:
        return None, None, "unresolved", False
    d = first + timedelta(days=rel.anchor_offset(g["word"]))
    return d, d, resolution, False


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
    """'16' -> 2016, '89' -> 1989: two digits are this century up to twenty years ahead of
    the reference (plans and leases run that far), else the last century (birth dates)."""
    year = int(written.lstrip("'’"))
    if year >= 100:
        return year
    now = (ctx.reference.year if ctx.reference else ctx.year_hint or 2000) % 100
    return 2000 + year if year <= now + 20 else 1900 + year


def _resolve_numeric_month(g: dict, ctx: _Context):
    year, month = int(g["y1"]), int(g["m1"])
    return date(year, month, 1), date(year, month, _days_in(year, month)), "absolute", False


def _resolve_holiday(g: dict, ctx: _Context):
    month, day = holidays.month_day(g["holiday"])
    year = _pick_year(month, day, None, None, ctx)
    if year is None:
        return None, None, "unresolved", False
    return date(year, month, day), date(year, month, day), "year_inferred", False


def _resolve_range(g: dict, ctx: _Context):
    month2 = _month_of(g, "2") or _month_of(g, "1")
    month1 = _month_of(g, "1") or month2
    day1, day2 = _int(g["d1"]), _int(g["d2"])
    year2 = _int(g.get("y2"))
    resolution = "absolute"
    if year2 is None:
        year2 = _pick_year(month2, day2, None, None, ctx)
        resolution = "year_inferred"
    if year2 is None:
        return None, None, "unresolved", False
    backward = not _month_of(g, "1") and day1 > day2
    if backward:  # "du 31 au 1er avril": the first day is in the month before
        month1 = 12 if month2 == 1 else month2 - 1
    year1 = _int(g.get("y1")) or (year2 - 1 if month1 > month2 else year2)
    first, last = date(year1, month1, day1), date(year2, month2, day2)
    if first > last or backward and last - first > _LONGEST_BACKWARD_RANGE:
        return None, None, "unresolved", False  # "entre le 20 et le 10 juin": no range a writer means
    return first, last, resolution, False


# How long a range whose first day is written after its last ("du 30 au 2 mars") may run
# once that first day is put in the previous month: a fair or a session, not weeks.
_LONGEST_BACKWARD_RANGE = timedelta(days=15)


def _first_of_month(ref: date, months: int) -> date:
    return _add_months(ref.replace(day=1), months)


@_needs_reference
def _resolve_day_of_month(g: dict, ctx: _Context):
    """A day (or days) without a month: "le 16", "jeudi 23", "du 13 au 18", "le 28 courant".
    The month is the reference's, shifted by "prochain"/"dernier", else the one the tense
    points to; with a weekday, the nearby month where that day has that weekday."""
    day1 = _int(g["d1"])
    day2 = _int(g.get("d2")) or day1
    if g.get("mref"):
        first = _first_of_month(ctx.reference, rel.shift(g["mref"]))
        return first.replace(day=day1), first.replace(day=day2)
    window = range(-12, 13) if g.get("wd1") else range(-1, 2)
    months = [_first_of_month(ctx.reference, k) for k in window]
    months = [m for m in months if day2 <= _days_in(m.year, m.month)]
    if g.get("wd1"):
        weekday = weekday_number(g["wd1"])
        months = [m for m in months if m.replace(day=day1).weekday() == weekday] or \
            [ctx.reference.replace(day=1)]
    month = _closest(months, lambda m: m.replace(day=day1), lambda m: m.replace(day=day2), ctx, None)
    return month.replace(day=day1), month.replace(day=day2)


def _month_bounds(year: int, month: int, days: tuple[int, int] | None):
    last = _days_in(year, month)
    lo, hi = days or (1, last)
    return date(year, month, lo), date(year, month, min(hi, last))


def _part(g: dict) -> str | None:
    return periods.part_name(g["part"]) if g.get("part") else None


def _resolve_month(g: dict, ctx: _Context, days: tuple[int, int] | None = None):
    month, year = _month_of(g, "1"), _int(g.get("y1"))
    part = _part(g)
    days = days or (periods.MONTH_PARTS[part] if part else None)
    resolution = "absolute"
    if year is None:
        resolution = "year_inferred"
        ref = ctx.reference
        tense = _tense(g)
        if ref is not None and fold(g.get("cue") or "") in ("ce", "cette", "cet"):
            year = ref.year  # "cette septembre": this year's
        elif ref is not None and tense:  # "juin dernier", "en mars prochain"
            year = ref.year - (month >= ref.month) if tense == "past" else ref.year + (month <= ref.month)
        elif ref is not None:
            if ctx.future:
                year = ref.year if month >= ref.month else ref.year + 1
            elif ctx.tense == "past":
                year = ref.year if month <= ref.month else ref.year - 1
            else:  # no tense: the nearest such month, the past one on a tie
                year = min((ref.year - 1, ref.year, ref.year + 1),
                           key=lambda y: (abs((y - ref.year) * 12 + month - ref.month), y))
        else:
            year = ctx.year_hint
    if year is None:
        return None, None, "unresolved", False
    first, last = _month_bounds(year, month, days)
    return first, last, resolution, False


def _resolve_fortnight(g: dict, ctx: _Context):
    q = ordinal(g["q"])
    return _resolve_month(g, ctx, periods.FORTNIGHTS[1 if q == 1 else 2])


def _resolve_nth_day(g: dict, ctx: _Context):
    """"le premier dimanche de novembre", "le dernier jour de décembre 2025"."""
    if g.get("mref") is not None:
        if ctx.reference is None:
            return None, None, "unresolved", False
        first, resolution = _first_of_month(ctx.reference, rel.shift(g["mref"])), "relative"
    else:
        first, _, resolution, _ = _resolve_month(g, ctx)
        if first is None:
            return None, None, "unresolved", False
    days = [first + timedelta(days=i) for i in range(_days_in(first.year, first.month))]
    if g.get("wd1"):
        days = [d for d in days if d.weekday() == weekday_number(g["wd1"])]
    q = ordinal(g["q"])
    d = days[q - 1 if q > 0 else q]
    return d, d, resolution, False


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
    part = _part(g)
    lo, hi = periods.YEAR_PARTS[part] if part else (1, 12)
    return date(year, lo, 1), date(year, hi, _days_in(year, hi)), "absolute", False


def _resolve_years(g: dict, ctx: _Context):
    return date(int(g["y1"]), 1, 1), date(int(g["y2"]), 12, 31), "absolute", False


def _resolve_quarter(g: dict, ctx: _Context):
    year = _int(g.get("y1")) or (ctx.reference.year if ctx.reference else ctx.year_hint)
    if year is None:  # "au premier trimestre" in a text that never gives a year
        return None, None, "unresolved", False
    resolution = "absolute" if g.get("y1") else "year_inferred"
    size = periods.QUARTER_MONTHS[g["qunit"].lower()]
    q = ordinal(g["q"])
    q = 12 // size if q < 0 else min(q, 12 // size)
    first_month = (q - 1) * size + 1
    last_month = first_month + size - 1
    return (date(year, first_month, 1),
            date(year, last_month, _days_in(year, last_month)), resolution, False)


def _resolve_season(g: dict, ctx: _Context):
    """"cet été" is the season around the reference, else the coming one ("dernier": the
    last one over); a written year names the season that starts in it."""
    if g.get("y1"):
        first, last = periods.season_bounds(g["season"], int(g["y1"]))
        return first, last, "absolute", False
    if ctx.reference is None:
        return None, None, "unresolved", False
    ref = ctx.reference
    seasons = [periods.season_bounds(g["season"], y) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    tense = _tense(g)
    if tense == "past":
        first, last = max(s for s in seasons if s[1] < ref)
    elif tense == "next":
        first, last = min(s for s in seasons if s[0] > ref)
    else:
        first, last = _closest(seasons, lambda s: s[0], lambda s: s[1], ctx,
                               "past" if ctx.tense == "past" else "future")
    return first, last, "relative", False


@_needs_reference
def _resolve_deictic(g: dict, ctx: _Context):
    d = ctx.reference + timedelta(days=rel.day_offset(g["word"]))
    return d, d


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _days_in(year, month)))


def _add_units(d: date, n: int, unit: str) -> date:
    length, kind = rel.unit_length(unit)
    return d + timedelta(days=n * length) if kind == "days" else _add_months(d, n * length)


@_needs_reference
def _resolve_days_span(g: dict, ctx: _Context):
    """"les trois derniers jours": up to yesterday; "les 3 prochaines semaines": from tomorrow."""
    n, ref = _count(g["n"]), ctx.reference
    if fold(g["tense"]).startswith("dern"):
        return _add_units(ref, -n, g["unit"]), ref - timedelta(days=1)
    return ref + timedelta(days=1), _add_units(ref, n, g["unit"])


@_needs_reference
def _resolve_anchored(g: dict, ctx: _Context):
    """ctx.reference is here the day told just before in the text (see find_dates)."""
    if g.get("word"):
        offset = rel.anchor_offset(g["word"])
    else:
        n = _count(g["n"])
        offset = -n if fold(g["later"]) in ("auparavant", "plus tot") else n
    d = ctx.reference + timedelta(days=offset)
    return d, d


@_needs_reference
def _resolve_offset(g: dict, ctx: _Context):
    n = _count(g["n"])
    sign = -1 if fold(g["dir"]).startswith("il") else 1
    d = _add_units(ctx.reference, sign * n, g["unit"])
    return d, d


def _week_of(ref: date, shift: int) -> date:
    """The Monday of the reference's week, `shift` weeks on."""
    return ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)


@_needs_reference
def _resolve_period(g: dict, ctx: _Context):
    noun = rel.period_noun(g["noun"])
    shift = rel.shift(g.get("tense"))
    ref = ctx.reference
    if noun == "week":
        monday = _week_of(ref, shift)
        return monday, monday + timedelta(days=6)
    if noun == "weekend":
        saturday = ref + timedelta(days=(5 - ref.weekday()) % 7) + timedelta(weeks=shift)
        if ref.weekday() == 6 and shift == 0:
            saturday = ref - timedelta(days=1)
        return saturday, saturday + timedelta(days=1)
    if noun == "month":
        first = _first_of_month(ref, shift)
        return first, first.replace(day=_days_in(first.year, first.month))
    year = ref.year + shift
    return date(year, 1, 1), date(year, 12, 31)


@_needs_reference
def _resolve_part(g: dict, ctx: _Context):
    """"en début de semaine", "à la fin du mois", "fin d'année": this period's part (the
    next period's when the part is over and the sentence looks ahead)."""
    part, noun, ref = _part(g), fold(g["noun"]), ctx.reference
    shift = rel.shift(g.get("tense"))
    roll = not g.get("tense") and not g.get("y1") and ctx.future

    def bounds(shift: int) -> tuple[date, date]:
        if noun == "semaine":
            monday, (lo, hi) = _week_of(ref, shift), periods.WEEK_PARTS[part]
            return monday + timedelta(days=lo), monday + timedelta(days=hi)
        if noun == "mois":
            first = _first_of_month(ref, shift)
            return _month_bounds(first.year, first.month, periods.MONTH_PARTS[part])
        year = int(g["y1"]) if g.get("y1") else ref.year + shift
        lo, hi = periods.YEAR_PARTS[part]
        return date(year, lo, 1), date(year, hi, _days_in(year, hi))

    first, last = bounds(shift)
    if roll and last < ref:
        first, last = bounds(shift + 1)
    return first, last


@_needs_reference
def _resolve_weekday(g: dict, ctx: _Context):
    target, ref = weekday_number(g["wd1"]), ctx.reference
    back = (ref.weekday() - target) % 7
    forward = (target - ref.weekday()) % 7
    tense = _tense(g)
    if g.get("ahead"):  # "lundi en huit": that weekday of next week, "en quinze" the week after
        d = ref + timedelta(days=forward + 7 * (1 if g["ahead"] in ("huit", "8") else 2))
        return d, d
    if g.get("week") or g.get("thisweek"):  # "mardi de la semaine prochaine", "de cette semaine"
        past = fold(g.get("week") or "").startswith(("dern", "pass", "d'av", "d’av"))
        d = _week_of(ref, 0 if g.get("thisweek") else -1 if past else 1) + timedelta(days=target)
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
    "months": _resolve_months, "month": _resolve_month, "year": _resolve_year,
    "deictic": _resolve_deictic, "offset": _resolve_offset, "period": _resolve_period,
    "weekday": _resolve_weekday, "holiday": _resolve_holiday,
    "numeric_month": _resolve_numeric_month, "day_of_month": _resolve_day_of_month,
    "days_span": _resolve_days_span, "anchored": _resolve_anchored,
    "anchored_day": _resolve_anchored_day, "fortnight": _resolve_fortnight,
    "nth_day": _resolve_nth_day, "part": _resolve_part, "season": _resolve_season,
}
