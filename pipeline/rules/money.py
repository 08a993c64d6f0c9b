"""Monetary amounts: find them in a text and normalize them to (amount, ISO 4217 currency).

This is where "117,3 millions USD" becomes 117300000.0 USD. An amount is a chain of
number + scale pieces ("6 milliards 412 millions 250 mille", "48 millions 215 mille 320,50"),
in digits or in words ("trois milliards"), with its currency before ("US$ 45 millions") or
after ("2 500 milliards de FCFA"). An amount restated in parentheses is one mention ("cinq
millions (5.000.000) FCFA"). In a range ("de 8,412 à 9,730 milliards FCFA") the first
figure borrows the scale and currency of the second. Millions and milliards without a
currency word take the currency of the text's nearest amount ("au-delà des 40 milliards");
other numbers without a currency (percentages, km, MW, counts) are never money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .currencies import CURRENCY_AFTER, CURRENCY_BEFORE, SUBUNIT, code_scale, currency_code, subunit_code
from .guard import OnError, guarded
from .numbers import DIGITS, NUMBER_WORDS, parse_number
from .quantities import QUANTITY
from .scales import SCALE, scale_value

# "312, 4 millions": a stray space after the decimal comma, a typing slip seen in the press;
# only before a scale word, so "en 2023, 4 millions" stays two numbers.
_STRAY_DECIMAL = rf"\d{{1,3}}, \d{{1,3}}(?=\s*{SCALE})"
# "un (1) milliard": a number word glossed in digits before its scale word.
_GLOSSED = rf"{NUMBER_WORDS}\s*\(\s*{DIGITS}\s*\)(?=\s*{SCALE})"
_NUM = rf"(?:{_STRAY_DECIMAL}|{_GLOSSED}|{DIGITS}|{NUMBER_WORDS})"
_LINK = r"\s*(?:de\s+|d['’]\s*)?"
# "deux millions et demi": half of the last scale.
_HALF = r"\s+et\s+demie?\b"
# "6 milliards 412 millions 250 mille" or "48 millions 215 mille 320,50"; a last figure
# without scale ("16 milliards 364 millions 459.300", "... mille deux cent soixante-quatre")
# only right before the currency or a gloss in parentheses.
_AMOUNT = (rf"{_NUM}(?:\s*{SCALE}\.?(?:\s+{_NUM}\s*{SCALE}\.?)*"
           rf"(?:{_HALF}|\s+{_NUM}(?=\s*\(|{_LINK}{CURRENCY_AFTER}))?)?")
# The same amount restated in parentheses, words for digits or digits for words: "cinq
# millions (5.000.000) FCFA", "1.204.350.000 (un milliard deux cent quatre millions ...) FCFA".
_GLOSS = rf"(?:\s*\(\s*(?P<gloss>{_AMOUNT})\s*\))?"
_PER_UNIT = r"(?:\s*(?:/|par|le|la)\s*(?P<per>m²|m2|m³|m3|kg|tonnes?|litres?|l|habitant|personne|mois|jour|an|kwh|hectare|ha)(?![\w]))?"

# "15 dollars et 15 cents", "treize euros et quarante-cinq cents", "15 dollars 50."; only
# digits stand without "cents" ("quarante-cinq cents." must not read as 4 500).
_MINOR = rf"(?:\s+(?:et\s+)?(?P<minor>\d{{1,2}}|{NUMBER_WORDS})(?:\s*{SUBUNIT}|(?<=\d)(?=\s*(?:[.;!?]|$))))?"

_PATTERNS = [
    # de 8,412 à 9,730 milliards FCFA / de deux cents à cinq cents francs CFA / 10 - 20 euros
    ("range", rf"(?:(?:de|entre)\s+)?(?P<low>{_NUM})\s*(?:à|et|-|–)\s*(?P<amount>{_AMOUNT}){_LINK}"
              rf"(?P<cur>{CURRENCY_AFTER}){_PER_UNIT}"),
    # 117,3 millions USD / 2 500 milliards de FCFA / 15 M€ / 15 dollars et 15 cents
    ("after", rf"(?P<amount>{_AMOUNT}){_GLOSS}{_LINK}(?P<cur>{CURRENCY_AFTER}){_MINOR}{_PER_UNIT}"),
    # 50 cents / 470 pence / 197 centimes
    ("subunit", rf"(?P<amount>{DIGITS})\s*(?P<sub>{SUBUNIT})"),
    # US$ 45 millions / $10 / XOF 2 milliards
    ("before", rf"(?P<cur>{CURRENCY_BEFORE})\s*(?P<amount>{_AMOUNT})(?:\s*(?:de\s+)?dollars?)?{_PER_UNIT}"),
]
_COMPILED = [(kind, re.compile(rf"(?<![\w.,])(?:{p})(?![\w])", re.IGNORECASE))
             for kind, p in _PATTERNS]
# "au-delà des 40 milliards", "un prêt d'environ 2 milliards": a figure in millions or
# milliards whose currency the story gives elsewhere.
_IMPLICIT = re.compile(rf"(?<![\w.,])(?:{_NUM})\s*(?:milliards?|millions?|mds|mrds?)"
                       rf"(?:\s+{_NUM}\s*{SCALE})*(?:{_HALF})?(?![\w])", re.IGNORECASE)
# "de" and a bare noun name what is counted ("3 millions d'habitants", "2 milliards de doses");
# a determiner opens another phrase ("2 milliards de la part de la Chine", "d'un prêt").
_DETERMINER = r"(?:la|les|l['’]|une?|leurs?|ses|son|sa|ce|cet|cette|ces|notre|nos|votre|vos)(?![\w])"
_COUNTED = re.compile(rf"\s*(?:de\s+|d['’]\s*)(?!{_DETERMINER})[^\W\d_]", re.IGNORECASE)
# Without any currency in the text, a sum of money named just before: "un prêt de 2 milliards".
_MONEY_NOUN = re.compile(r"\b(?:montants?|coûts?|budgets?|prêts?|dons?|financements?|enveloppes?|sommes?|"
                         r"subventions?|crédits?|dettes?|amendes?|recettes|dépenses|fonds|dotations?|"
                         r"contributions?|chèques?|investissements?)\b[^.;:\n]{0,40}$", re.IGNORECASE)
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


def find_money(text: str, cfa: str = "XOF", on_error: OnError | None = None) -> list[MoneyMention]:
    """Every monetary amount of `text`, longest match first, left to right. A generic franc
    CFA is `cfa`: XOF (West Africa) or XAF (Central Africa, see currencies.cfa_zone). A
    candidate whose reading raises is dropped and reported to `on_error` (rules/guard.py)."""
    found: list[MoneyMention] = []
    taken: list[tuple[int, int]] = []
    candidates = [(kind, m) for kind, regex in _COMPILED for m in regex.finditer(text)]
    # On a tie, one amount beats a range: "soixante et onze mille francs" is 71 000.
    for kind, m in sorted(candidates, key=lambda c: (-(c[1].end() - c[1].start()), c[1].start(),
                                                     c[0] == "range")):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        mentions = guarded(lambda: _mentions(kind, m, cfa), m.span(), on_error)
        if mentions:
            found.extend(mentions)
            taken.append((m.start(), m.end()))
    found += _implicit(text, found, taken, cfa, on_error)
    return _link_equivalents(text, sorted(found, key=lambda x: x.start))


def _implicit(text: str, found: list[MoneyMention], taken: list[tuple[int, int]],
              cfa: str, on_error: OnError | None) -> list[MoneyMention]:
    """Amounts without a currency word: they take the currency of the nearest amount of the
    text, else, after a noun of money, the region's franc CFA."""
    implicit = []
    for m in _IMPLICIT.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken) or _COUNTED.match(text, m.end()) \
                or QUANTITY.match(text, m.start()):  # "2 millions tonnes" is a quantity
            continue
        nearest = min(found, key=lambda f: abs(f.start - m.start()), default=None)
        if nearest is None and not _MONEY_NOUN.search(text, 0, m.start()):
            continue
        currency = nearest.currency if nearest else cfa
        implicit += guarded(lambda: _mention(m.start(), m.end(), text, parse_amount(m.group(0)), currency),
                            m.span(), on_error) or []
    return implicit


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


def parse_amount(text: str, factor: float = 1.0) -> float | None:
    """'6 milliards 412 millions 250 mille' -> 6412250000.0; None when no number is found.
    `factor` is the scale a currency code carries ("3,257 MMDH"), applied before rounding so
    that no decimal is lost."""
    total, found, scale = 0.0, False, 1.0
    for piece in _PIECES.finditer(text):
        number = parse_number(piece.group("num"))
        if number is None:
            continue
        scale = scale_value(piece.group("scale")) if piece.group("scale") else 1.0
        total += number * scale
        found = True
    if found and re.search(_HALF, text, re.IGNORECASE):
        total += scale / 2
    # Decimal scales leave float noise (8,412 milliards -> 8412000000.000001).
    return round(total * factor, 2) if found else None


def _written_amount(m: re.Match) -> str:
    """The figure to read: the digits when the amount in words is glossed by them ("quatre
    milliards (4 000 000 000)"), the writer checks those; else the amount itself."""
    gloss = m.groupdict().get("gloss")
    return gloss if gloss and not re.search(r"\d", m.group("amount")) else m.group("amount")


def _mentions(kind: str, m: re.Match, cfa: str) -> list[MoneyMention]:
    groups = m.groupdict()
    if kind == "subunit":
        amount = parse_amount(m.group("amount"), 0.01)
        return _mention(m.start(), m.end(), m.string, amount, subunit_code(m.group("sub")))
    currency = currency_code(m.group("cur"), cfa)
    amount = parse_amount(_written_amount(m), code_scale(m.group("cur")))
    if amount and groups.get("minor"):
        amount = round(amount + (parse_number(groups["minor"]) or 0) / 100, 2)
    per = groups.get("per")
    if kind != "range":
        return _mention(m.start(), m.end(), m.string, amount, currency, per)
    scale = re.search(SCALE, m.group("amount"), re.IGNORECASE)
    low = parse_amount(m.group("low"), scale_value(scale.group(0)) if scale else 1.0)
    if low and amount and not low < amount <= 100 * low:
        return []  # "Loi de finances 2025 - 350 milliards", "Article 5 - 200 000 FCFA": no range
    high = _mention(m.start("amount"), m.end(), m.string, amount, currency, per)
    return _mention(m.start("low"), m.end("low"), m.string, low, currency, per) + high if high else []


def _mention(start: int, end: int, text: str, amount: float | None, currency: str,
             per: str | None = None) -> list[MoneyMention]:
    """One mention, or none when the figure reads as nothing or as zero ("et", "0,1 cent")."""
    if not amount:
        return []
    return [MoneyMention(start, end, text[start:end], amount, currency, per)]
