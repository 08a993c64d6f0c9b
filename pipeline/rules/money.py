"""Monetary amounts: find them in a text and normalize them to (amount, ISO 4217 currency).

This is where "117,3 millions USD" becomes 117300000.0 USD. An amount is a chain of
number + scale pieces ("6 milliards 412 millions 250 mille", "48 millions 215 mille 320,50"),
in digits or in words ("trois milliards"), with its currency before ("US$ 45 millions") or
after ("2 500 milliards de FCFA"). In a range ("de 8,412 à 9,730 milliards FCFA") the first
figure borrows the scale and currency of the second. Numbers without a currency
(percentages, km, MW) are never money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .currencies import CURRENCY_AFTER, CURRENCY_BEFORE, SUBUNIT, code_scale, currency_code, subunit_code
from .numbers import DIGITS, NUMBER_WORDS, parse_number
from .scales import SCALE, scale_value

# "312, 4 millions": a stray space after the decimal comma, a typing slip seen in the press;
# only before a scale word, so "en 2023, 4 millions" stays two numbers.
_STRAY_DECIMAL = rf"\d{{1,3}}, \d{{1,3}}(?=\s*{SCALE})"
_NUM = rf"(?:{_STRAY_DECIMAL}|{DIGITS}|{NUMBER_WORDS})"
# "6 milliards 412 millions 250 mille" or "48 millions 215 mille 320,50"
_AMOUNT = rf"{_NUM}(?:\s*{SCALE}\.?(?:\s+{_NUM}\s*{SCALE}\.?)*(?:\s+{DIGITS}(?=\s*(?:de\s+|d['’])?{CURRENCY_AFTER}))?)?"
_LINK = r"\s*(?:de\s+|d['’]\s*)?"
_PER_UNIT = r"(?:\s*(?:/|par|le|la)\s*(?P<per>m²|m2|m³|m3|kg|tonnes?|litres?|l|habitant|personne|mois|jour|an|kwh|hectare|ha)(?![\w]))?"

# "15 dollars et 15 cents", "treize euros et quarante-cinq cents", "15 dollars 50."
_MINOR = rf"(?:\s+(?:et\s+)?(?P<minor>\d{{1,2}}|{NUMBER_WORDS})(?:\s*{SUBUNIT}|(?=\s*(?:[.;!?]|$))))?"

_PATTERNS = [
    # de 8,412 à 9,730 milliards FCFA / de deux cents à cinq cents francs CFA / 10 - 20 euros
    ("range", rf"(?:(?:de|entre)\s+)?(?P<low>{_NUM})\s*(?:à|et|-|–)\s*(?P<amount>{_AMOUNT}){_LINK}"
              rf"(?P<cur>{CURRENCY_AFTER}){_PER_UNIT}"),
    # 117,3 millions USD / 2 500 milliards de FCFA / 15 M€ / 15 dollars et 15 cents
    ("after", rf"(?P<amount>{_AMOUNT}){_LINK}(?P<cur>{CURRENCY_AFTER}){_MINOR}{_PER_UNIT}"),
    # 50 cents / 470 pence / 197 centimes
    ("subunit", rf"(?P<amount>{DIGITS})\s*(?P<sub>{SUBUNIT})"),
    # US$ 45 millions / $10 / XOF 2 milliards
    ("before", rf"(?P<cur>{CURRENCY_BEFORE})\s*(?P<amount>{_AMOUNT})(?:\s*(?:de\s+)?dollars?)?{_PER_UNIT}"),
]
_COMPILED = [(kind, re.compile(rf"(?<![\w.,])(?:{p})(?![\w])", re.IGNORECASE))
             for kind, p in _PATTERNS]
_PIECES = re.compile(rf"(?P<num>{_NUM})(?:\s*(?P<scale>{SCALE})\.?)?", re.IGNORECASE)


@dataclass(frozen=True)
class MoneyMention:
    start: int
    end: int
    text: str
    amount: float
    currency: str
    per_unit: str | None = None
    equivalent_of: int | None = None


def find_money(text: str, cfa: str = "XOF") -> list[MoneyMention]:
    """Every monetary amount of `text`, longest match first, left to right. A generic franc
    CFA is `cfa`: XOF (West Africa) or XAF (Central Africa, see currencies.cfa_zone)."""
    found: list[MoneyMention] = []
    taken: list[tuple[int, int]] = []
    candidates = [(kind, m) for kind, regex in _COMPILED for m in regex.finditer(text)]
    for kind, m in sorted(candidates, key=lambda c: (-(c[1].end() - c[1].start()), c[1].start())):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        mentions = _mentions(kind, m, cfa)
        if mentions:
            found.extend(mentions)
            taken.append((m.start(), m.end()))
    return _link_equivalents(text, sorted(found, key=lambda x: x.start))


# "15 M€, soit près de 9,8 milliards de FCFA": the second figure restates the first.
_RESTATES = re.compile(r"(?:,\s*|\(\s*)?(?:soit|ou|c['’]est-à-dire)\s+(?:environ\s+|près\s+de\s+|plus\s+de\s+|quelque\s+)?$",
                       re.IGNORECASE)


def _link_equivalents(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    linked = []
    for i, m in enumerate(mentions):
        previous = linked[-1] if linked else None
        if previous and _RESTATES.search(text[previous.end:m.start]) and \
                len(text[previous.end:m.start]) < 40 and previous.currency != m.currency:
            m = MoneyMention(m.start, m.end, m.text, m.amount, m.currency, m.per_unit, previous.start)
        linked.append(m)
    return linked


def parse_amount(text: str) -> float | None:
    """'6 milliards 412 millions 250 mille' -> 6412250000.0; None when no number is found."""
    total, found = 0.0, False
    for piece in _PIECES.finditer(text):
        number = parse_number(piece.group("num"))
        if number is None:
            continue
        scale = scale_value(piece.group("scale")) if piece.group("scale") else 1.0
        total += number * scale
        found = True
    # Decimal scales leave float noise (8,412 milliards -> 8412000000.000001).
    return round(total, 2) if found else None


def _mentions(kind: str, m: re.Match, cfa: str) -> list[MoneyMention]:
    groups = m.groupdict()
    amount = parse_amount(m.group("amount"))
    if amount is None or amount == 0:
        return []
    if kind == "subunit":
        return [MoneyMention(m.start(), m.end(), m.group(0), round(amount / 100, 2),
                             subunit_code(m.group("sub")))]
    currency = currency_code(m.group("cur"), cfa)
    amount = round(amount * code_scale(m.group("cur")), 2)
    if groups.get("minor"):
        amount = round(amount + (parse_number(groups["minor"]) or 0) / 100, 2)
    per = groups.get("per")
    if kind != "range":
        return [MoneyMention(m.start(), m.end(), m.group(0), amount, currency, per)]
    low = parse_number(m.group("low"))
    scale = re.search(SCALE, m.group("amount"), re.IGNORECASE)
    low_amount = round(low * (scale_value(scale.group(0)) if scale else 1.0), 2)
    high_start = m.start("amount")
    return [
        MoneyMention(m.start("low"), m.end("low"), m.group("low"), low_amount, currency, per),
        MoneyMention(high_start, m.end(), m.string[high_start:m.end()], amount, currency, per),
    ]
