"""Percentages and physical quantities ("12 %", "7,5 pour cent", "1 200 km", "50 MWc",
"2 000 tonnes"): the numbers of news that are not money, kept apart so that they never
pollute the money table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import DIGITS, NUMBER_WORDS, parse_number
from .scales import SCALE, scale_value

# Written unit -> normalized unit.
UNITS = {
    "%": "%", "pour cent": "%", "pourcent": "%", "pour-cent": "%",
    "km": "km", "kilomètres": "km", "kilomètre": "km", "m": "m", "mètres": "m", "mètre": "m",
    "km²": "km²", "km2": "km²", "m²": "m²", "m2": "m²", "m³": "m³", "m3": "m³",
    "ha": "ha", "hectares": "ha", "hectare": "ha",
    "mw": "MW", "mwc": "MWc", "kw": "kW", "kwc": "kWc", "gw": "GW", "kv": "kV",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
    "tonnes": "t", "tonne": "t", "t": "t", "kg": "kg", "kilogrammes": "kg",
    "litres": "l", "litre": "l", "barils": "bbl", "baril": "bbl",
    "mbps": "Mbit/s", "mbit/s": "Mbit/s", "gbps": "Gbit/s", "gbit/s": "Gbit/s",
    "go": "Go", "to": "To", "mhz": "MHz", "ghz": "GHz",
    # mobile data bundles as the press writes them ("5 gigas par semaine")
    "giga": "Go", "gigas": "Go", "gigaoctets": "Go",
    "méga": "Mo", "mégas": "Mo", "mega": "Mo", "megas": "Mo", "mégaoctets": "Mo",
}
_UNIT = "(?:" + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True)) + ")"
QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<number>{DIGITS}|{NUMBER_WORDS})(?:\s*(?P<scale>{SCALE})(?:\s+d[e'’])?)?"
    rf"\s*(?P<unit>{_UNIT})(?![\w²³])", re.IGNORECASE)


@dataclass(frozen=True)
class QuantityMention:
    start: int
    end: int
    text: str
    value: float
    unit: str


def find_quantities(text: str) -> list[QuantityMention]:
    found = []
    for m in QUANTITY.finditer(text):
        value = parse_number(m.group("number"))
        if value is None or _is_word_without_number(m):
            continue
        if m.group("scale"):
            value *= scale_value(m.group("scale"))
        found.append(QuantityMention(m.start(), m.end(), m.group(0), round(value, 4),
                                     UNITS[m.group("unit").lower()]))
    return found


def _is_word_without_number(m: re.Match) -> bool:
    """"un m" or "deux t" are words, not measures: spelled numbers need a spelled unit."""
    return not re.search(r"\d", m.group("number")) and len(m.group("unit")) <= 3
