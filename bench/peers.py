"""Our date and money extractors against the peer test suites in ../shared/benchmarks/.

    .venv/bin/python bench/peers.py [--benchmarks DIR]

For each suite: detection rate (something found), value-correct rate (the expected value
is among what was found), and milliseconds per case, for our rules and for dateparser's
`search_dates` (languages=["fr"], RELATIVE_BASE set to the suite's reference time).
dateparser has no money parser, so it is not run on the currency suites.

Day-granularity date cases only: Recognizers-Text DateParser and DatePeriodParser, and the
Duckling Time cases whose grain is a day (points and day-to-day intervals). Conventions
reconciled: Duckling intervals end exclusively (the day before `to` is our date_end);
Recognizers periods sometimes end exclusively (a month ends on the 1st of the next), so
both the end day and the day before are accepted.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path

from pipeline.rules.dates import find_dates
from pipeline.rules.money import find_money

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "benchmarks"

# Recognizers-Text currency names and Duckling units -> (ISO code, factor to major unit).
UNITS = {
    "Dollar": ("USD", 1), "Dollar États-Unis": ("USD", 1), "$": ("USD", 1), "USD": ("USD", 1),
    "Euro": ("EUR", 1), "EUR": ("EUR", 1), "Livre": ("GBP", 1), "£": ("GBP", 1), "GBP": ("GBP", 1),
    "Cent": ("USD", 0.01), "Pence": ("GBP", 0.01), "Penny": ("GBP", 0.01),
    "Centimes": ("EUR", 0.01), "Pesewa": ("GHS", 0.01), "Yen Japonais": ("JPY", 1),
    "Dollar Canadien": ("CAD", 1), "Dollar Australien": ("AUD", 1), "Dollar de Hong Kong": ("HKD", 1),
    "Franc": ("XOF", 1), "Franc Suisse": ("CHF", 1), "Yuan Chinois": ("CNY", 1),
    "Mark Finlandais": ("FIM", 1), "Florins Néerlandais": ("NLG", 1), "ILS": ("ILS", 1),
    "rial": ("SAR", 1), "riyal": ("SAR", 1), "unknown": (None, 1), None: (None, 1),
}


def _day(value: str) -> date:
    return datetime.fromisoformat(value[:10]).date()


def date_suites(folder: Path) -> dict[str, list[tuple[str, datetime, list[set]]]]:
    """suite -> [(input, reference, [accepted (start, end) sets, one per expected result])]."""
    suites = {}
    for name in ("DateParser", "DatePeriodParser"):
        cases = []
        for line in (folder / "recognizers-text-fr" / f"DateTime-{name}.jsonl").open():
            case = json.loads(line)
            accepted = [_recognizers_dates(r["Value"]) for r in case["expected"]]
            if all(accepted) and "reference_datetime" in case:
                cases.append((case["input"], datetime.fromisoformat(case["reference_datetime"]), accepted))
        suites[f"Recognizers-Text {name}"] = cases
    cases = []
    for line in (folder / "duckling-fr" / "Time.jsonl").open():
        case = json.loads(line)
        accepted = _duckling_dates(case["expected"])
        if accepted:
            ref = datetime.fromisoformat(case["reference_datetime"]).replace(tzinfo=None)
            cases.append((case["input"], ref, [accepted]))
    suites["Duckling Time (day grain)"] = cases
    return suites


def _recognizers_dates(value: dict) -> set:
    accepted = set()
    for key in ("FutureResolution", "PastResolution"):
        res = value.get(key, {})
        if "date" in res:
            accepted.add((_day(res["date"]), _day(res["date"])))
        elif "startDate" in res and "endDate" in res:
            start, end = _day(res["startDate"]), _day(res["endDate"])
            accepted |= {(start, end), (start, end - timedelta(days=1))}
    return accepted


def _duckling_dates(expected: dict) -> set:
    if expected["type"] == "value" and expected["grain"] == "day":
        d = _day(expected["value"])
        return {(d, d)}
    if expected["type"] == "interval" and "from" in expected and "to" in expected \
            and expected["from"]["grain"] == expected["to"]["grain"] == "day":
        return {(_day(expected["from"]["value"]), _day(expected["to"]["value"]) - timedelta(days=1))}
    return set()


def money_suites(folder: Path) -> dict[str, list[tuple[str, list[set]]]]:
    suites, cases = {}, []
    for line in (folder / "recognizers-text-fr" / "NumberWithUnit-CurrencyModel.jsonl").open():
        case = json.loads(line)
        accepted = [{_money(float(r["Resolution"]["value"].replace(",", ".")), r["Resolution"].get("unit"))}
                    for r in case["expected"] if r["Resolution"].get("value") is not None]
        cases.append((case["input"], accepted))
    suites["Recognizers-Text CurrencyModel"] = cases
    cases = []
    for line in (folder / "duckling-fr" / "AmountOfMoney.jsonl").open():
        case = json.loads(line)
        e = case["expected"]
        points = [e] if e["type"] == "value" else [p for p in (e.get("from"), e.get("to")) if p]
        cases.append((case["input"], [{_money(float(p["value"]), p.get("unit"))} for p in points]))
    suites["Duckling AmountOfMoney"] = cases
    return suites


def _money(value: float, unit: str | None) -> tuple[float, str | None]:
    code, factor = UNITS.get(unit, (unit, 1))
    return round(value * factor, 2), code


def ours_dates(text: str, ref: datetime) -> set:
    """The suites are bare phrases without verbs: resolved towards the future, as both
    suites' conventions say (Recognizers-Text accepts its past reading too)."""
    found = find_dates(text, ref.date(), default_tense="future")
    return {(d.date_start, d.date_end) for d in found if d.date_start}


def ours_money(text: str) -> set:
    return {(round(m.amount, 2), m.currency) for m in find_money(text)}


def dateparser_dates(text: str, ref: datetime) -> set:
    from dateparser.search import search_dates
    found = search_dates(text, languages=["fr"], settings={"RELATIVE_BASE": ref}) or []
    return {(d.date(), d.date()) for _, d in found}


def _money_match(expected: set, found: set) -> bool:
    """Currency-less expectations ("3 balles") only need the amount."""
    return any(f == e or (e[1] is None and f[0] == e[0]) for e in expected for f in found)


def run_suite(cases, extract, match, misses: list | None = None) -> tuple[float, float, float]:
    """Detection rate, value-correct rate, milliseconds per case. The first pass scores the
    answers and warms both systems up (dateparser loads its language data on its first
    call, both fill their regex caches); the second pass is timed."""
    detected = correct = 0
    for case in cases:
        found = extract(*case[:-1])
        detected += bool(found)
        right = all(match(accepted, found) for accepted in case[-1])
        correct += right
        if not right and misses is not None:
            misses.append(f"{case[0]!r}: expected {case[-1]}, found {found}")
    started = time.perf_counter()
    for case in cases:
        extract(*case[:-1])
    ms = (time.perf_counter() - started) * 1000 / len(cases)
    return detected / len(cases), correct / len(cases), ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--benchmarks", type=Path, default=DEFAULT, help=f"default: {DEFAULT}")
    parser.add_argument("--misses", action="store_true", help="list the cases our rules get wrong")
    args = parser.parse_args()
    misses: list[str] | None = [] if args.misses else None
    warnings.filterwarnings("ignore")
    rows = []
    for suite, cases in date_suites(args.benchmarks).items():
        date_match = lambda accepted, found: bool(accepted & found)
        rows.append((suite, len(cases), "ours", *run_suite(cases, ours_dates, date_match, misses)))
        rows.append((suite, len(cases), "dateparser", *run_suite(cases, dateparser_dates, date_match)))
    for suite, cases in money_suites(args.benchmarks).items():
        rows.append((suite, len(cases), "ours", *run_suite(cases, ours_money, _money_match, misses)))
    for miss in misses or []:
        print("miss:", miss)
    print("| suite | cases | system | detected | value right | ms/case |")
    print("|---|---|---|---|---|---|")
    for suite, n, system, detected, correct, ms in rows:
        print(f"| {suite} | {n} | {system} | {detected:.1%} | {correct:.1%} | {ms:.2f} |")
    ours = {r[0]: r[5] for r in rows if r[2] == "ours"}
    theirs = {r[0]: r[5] for r in rows if r[2] == "dateparser"}
    for suite in theirs:
        print(f"speed, {suite}: ours is {theirs[suite] / ours[suite]:.1f}x faster than dateparser")


if __name__ == "__main__":
    main()
