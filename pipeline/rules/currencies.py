"""Currency words, symbols and codes mapped to ISO 4217.

The franc CFA is two currencies: the West African franc of the UEMOA (XOF) and the Central
African franc of the CEMAC (XAF). A generic "FCFA", "francs CFA" or "F" takes the zone of
the places the story names (`cfa_zone`), West African by default.
"""

import re

from .textutil import alternation, fold

# Written after the amount: "117,3 millions USD", "2 500 milliards de FCFA", "15 M€". No code
# that is also a French word after a number ("ILS": "en 2019 ils ont...", "500 livres" are
# books unless sterling).
AFTER = {
    "francs cfa": "XOF", "franc cfa": "XOF", "fcfa": "XOF", "f cfa": "XOF", "f.cfa": "XOF",
    "cfa": "XOF", "xof": "XOF", "francs": "XOF", "franc": "XOF", "f": "XOF",
    "frs cfa": "XOF", "fr cfa": "XOF", "frs": "XOF", "f. cfa": "XOF",
    "francs cfa bceao": "XOF", "xaf": "XAF", "francs cfa beac": "XAF",
    "dollars us": "USD", "dollars américains": "USD", "dollars": "USD", "dollar": "USD",
    "dollar us": "USD", "dollars des états-unis": "USD", "usd": "USD", "us$": "USD",
    "$ us": "USD", "$us": "USD", "$": "USD",
    "dollars canadiens": "CAD", "cad": "CAD",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
    "livres sterling": "GBP", "livre sterling": "GBP", "gbp": "GBP", "£": "GBP",
    "francs guinéens": "GNF", "franc guinéen": "GNF", "gnf": "GNF",
    "nairas": "NGN", "naira": "NGN", "ngn": "NGN", "cedis": "GHS", "cedi": "GHS", "ghs": "GHS",
    "dirhams": "MAD", "dirham": "MAD", "mad": "MAD", "ouguiyas": "MRU", "ouguiya": "MRU",
    "mru": "MRU", "dalasis": "GMD", "yuans": "CNY", "yuan": "CNY", "cny": "CNY",
    "yens": "JPY", "yen": "JPY", "jpy": "JPY", "francs suisses": "CHF", "chf": "CHF",
    "roupies": "INR", "riyals": "SAR", "riyal": "SAR", "rials": "SAR",
    "$c": "CAD", "$cad": "CAD", "$ cad": "CAD", "$ can": "CAD",
    "$ hk": "HKD", "$hk": "HKD", "dollars de hong kong": "HKD", "dollars hongkongais": "HKD",
    "dollars australiens": "AUD", "dollar australien": "AUD", "au$": "AUD",
    "pounds": "GBP", "pound": "GBP", "shekels": "ILS", "shekel": "ILS",
    "ariary": "MGA", "ariarys": "MGA", "mga": "MGA", "livres turques": "TRY", "livre turque": "TRY",
    "try": "TRY", "fdj": "DJF", "francs djibouti": "DJF", "djf": "DJF", "fbu": "BIF", "bif": "BIF",
    "frw": "RWF", "fg": "GNF", "dh": "MAD", "dhs": "MAD", "dzd": "DZD", "tnd": "TND",
    "fc": "CDF", "ar": "MGA", "zmw": "ZMW",
    "francs congolais": "CDF", "franc congolais": "CDF", "cdf": "CDF",
    "francs rwandais": "RWF", "rwf": "RWF", "francs burundais": "BIF",
    "francs comoriens": "KMF", "francs djiboutiens": "DJF",
    "dinars algériens": "DZD", "dinars tunisiens": "TND", "livres égyptiennes": "EGP",
    "escudos": "CVE", "kwanzas": "AOA", "birrs": "ETB", "shillings kényans": "KES",
    "florins hollandais": "NLG", "florins néerlandais": "NLG", "mark finlandais": "FIM",
    "marks finlandais": "FIM", "leones": "SLE", "kwachas": "ZMW", "rands": "ZAR", "rand": "ZAR",
    "roubles": "RUB", "rouble": "RUB", "rub": "RUB", "dalasi": "GMD", "gmd": "GMD",
    "dollars libériens": "LRD", "dinars libyens": "LYD",
    # units of account of the African Development Bank and the IMF, common in their loans
    "unités de compte": "XUA", "unité de compte": "XUA", "uc": "XUA",
    "droits de tirage spéciaux": "XDR", "dts": "XDR",
}

# Hundredths of a currency: "50 cents", "470 pence", "197 centimes". After a main amount
# they take its currency ("13 euros et 45 cents"); alone, the currency given here.
SUBUNITS = {"cents": "USD", "cent": "USD", "centimes": "EUR", "centime": "EUR",
            "pence": "GBP", "penny": "GBP", "pesewas": "GHS", "pesewa": "GHS"}

# Written before the amount: "$10", "US$ 45 millions", "€ 3 millions", "XOF 2 milliards".
BEFORE = {
    "us$": "USD", "$us": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "xof": "XOF", "fcfa": "XOF", "cfa": "XOF", "xaf": "XAF",
    "gnf": "GNF", "ngn": "NGN", "ghs": "GHS", "cad": "CAD", "chf": "CHF", "mad": "MAD",
    "dzd": "DZD", "tnd": "TND", "mga": "MGA", "cdf": "CDF", "djf": "DJF", "bif": "BIF",
    "rwf": "RWF", "mru": "MRU", "egp": "EGP", "zar": "ZAR", "kes": "KES", "zmw": "ZMW", "fc": "CDF",
}

# Codes that carry their own scale: "38 MMDH" is 38 milliards de dirhams, "120 MEUR" 120
# millions d'euros, "450 MFCFA" 450 millions de francs CFA.
SCALED = {"mmdh": ("MAD", 1e9), "mdh": ("MAD", 1e6), "mmda": ("DZD", 1e9), "mda": ("DZD", 1e6),
          "meur": ("EUR", 1e6), "musd": ("USD", 1e6), "mfcfa": ("XOF", 1e6)}
AFTER.update({code: currency for code, (currency, _) in SCALED.items()})


def _pattern(forms) -> str:
    # Symbols are not word characters, so only letters need a closing boundary. A line break
    # may split a name in hard-wrapped text ("francs\nguinéens").
    return alternation(forms).replace(r"\ ", r"\s+") + r"(?![a-zà-ÿ])"


CURRENCY_AFTER = _pattern(AFTER)
SUBUNIT = _pattern(SUBUNITS)
CURRENCY_BEFORE = _pattern(BEFORE)

_BY_FOLDED = {fold(k): v for table in (AFTER, BEFORE) for k, v in table.items()}


# Generic writings of the franc CFA, whose zone the context decides.
_GENERIC_CFA = {fold(w) for w in ("francs cfa", "franc cfa", "fcfa", "f cfa", "f.cfa", "cfa",
                                  "francs", "franc", "f", "mfcfa", "frs cfa", "fr cfa", "frs",
                                  "f. cfa")}
# Places, institutions and capitals of each CFA zone.
_ZONES = {
    "XOF": ["Bénin", "Burkina", "Côte d'Ivoire", "Côte d’Ivoire", "Guinée-Bissau", "Mali",
            "Niger", "Sénégal", "Togo", "UEMOA", "BCEAO", "BOAD", "Cotonou", "Porto-Novo",
            "Ouagadougou", "Abidjan", "Yamoussoukro", "Bissau", "Bamako", "Niamey", "Dakar",
            "Lomé"],
    "XAF": ["Cameroun", "Gabon", "Tchad", "Centrafrique", "centrafricaine", "Congo",
            "Guinée équatoriale", "CEMAC", "BEAC", "BDEAC", "Yaoundé", "Douala", "Libreville",
            "N'Djamena", "N’Djamena", "Ndjamena", "Bangui", "Brazzaville", "Pointe-Noire",
            "Malabo"],
}
_ZONE_PATTERNS = {zone: re.compile(rf"(?<![\w-]){alternation(places)}(?![\w-])", re.IGNORECASE)
                  for zone, places in _ZONES.items()}


def cfa_zone(text: str) -> str | None:
    """'XAF' when `text` names more Central than West African places, 'XOF' for the
    reverse, None when it names neither."""
    counts = {zone: len(regex.findall(text)) for zone, regex in _ZONE_PATTERNS.items()}
    if counts["XOF"] == counts["XAF"]:
        return None if not counts["XOF"] else "XOF"
    return max(counts, key=counts.get)


def code_scale(word: str) -> float:
    """1e9 for "MMDH" (milliards de dirhams), 1 for a plain currency."""
    return SCALED.get(" ".join(fold(word).split()), ("", 1.0))[1]


def subunit_code(word: str) -> str:
    return SUBUNITS[fold(word)]


def currency_code(word: str, cfa: str = "XOF") -> str:
    """'Francs CFA' -> `cfa` (the zone's code), 'US$' -> 'USD'."""
    key = " ".join(fold(word).split())
    return cfa if key in _GENERIC_CFA else _BY_FOLDED[key]
