"""Currency words, symbols and codes mapped to ISO 4217.

In West African news the franc is the CFA franc of the UEMOA (XOF) unless said otherwise;
"F" alone after an amount ("25 000 F") is that franc too.
"""

from .textutil import alternation, fold

# Written after the amount: "117,3 millions USD", "2 500 milliards de FCFA", "15 M€".
AFTER = {
    "francs cfa": "XOF", "franc cfa": "XOF", "fcfa": "XOF", "f cfa": "XOF", "f.cfa": "XOF",
    "cfa": "XOF", "xof": "XOF", "francs": "XOF", "franc": "XOF", "f": "XOF",
    "francs cfa bceao": "XOF", "xaf": "XAF", "francs cfa beac": "XAF",
    "dollars us": "USD", "dollars américains": "USD", "dollars": "USD", "dollar": "USD",
    "dollar us": "USD", "dollars des états-unis": "USD", "usd": "USD", "us$": "USD",
    "$ us": "USD", "$us": "USD", "$": "USD",
    "dollars canadiens": "CAD", "cad": "CAD",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
    "livres sterling": "GBP", "livre sterling": "GBP", "livres": "GBP", "gbp": "GBP", "£": "GBP",
    "francs guinéens": "GNF", "franc guinéen": "GNF", "gnf": "GNF",
    "nairas": "NGN", "naira": "NGN", "ngn": "NGN", "cedis": "GHS", "cedi": "GHS", "ghs": "GHS",
    "dirhams": "MAD", "dirham": "MAD", "mad": "MAD", "ouguiyas": "MRU", "ouguiya": "MRU",
    "mru": "MRU", "dalasis": "GMD", "yuans": "CNY", "yuan": "CNY", "cny": "CNY",
    "yens": "JPY", "yen": "JPY", "jpy": "JPY", "francs suisses": "CHF", "chf": "CHF",
    "roupies": "INR", "riyals": "SAR", "riyal": "SAR", "rials": "SAR",
    "$ c": "CAD", "$c": "CAD", "$cad": "CAD", "$ cad": "CAD", "$ can": "CAD",
    "$ hk": "HKD", "$hk": "HKD", "dollars de hong kong": "HKD", "dollars hongkongais": "HKD",
    "dollars australiens": "AUD", "dollar australien": "AUD", "$ a": "AUD",
    "pounds": "GBP", "pound": "GBP", "shekels": "ILS", "shekel": "ILS", "ils": "ILS",
    "florins hollandais": "NLG", "florins néerlandais": "NLG", "mark finlandais": "FIM",
    "marks finlandais": "FIM", "leones": "SLE", "kwachas": "ZMW", "rands": "ZAR", "rand": "ZAR",
}

# Hundredths of a currency: "50 cents", "470 pence", "197 centimes". After a main amount
# they take its currency ("13 euros et 45 cents"); alone, the currency given here.
SUBUNITS = {"cents": "USD", "cent": "USD", "centimes": "EUR", "centime": "EUR",
            "pence": "GBP", "penny": "GBP", "pesewas": "GHS", "pesewa": "GHS"}

# Written before the amount: "$10", "US$ 45 millions", "€ 3 millions", "XOF 2 milliards".
BEFORE = {
    "us$": "USD", "$us": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "xof": "XOF", "fcfa": "XOF", "cfa": "XOF", "xaf": "XAF",
    "gnf": "GNF", "ngn": "NGN", "ghs": "GHS", "cad": "CAD", "chf": "CHF",
}


def _pattern(forms) -> str:
    # Symbols are not word characters, so only letters need a closing boundary.
    return alternation(forms) + r"(?![a-zà-ÿ])"


CURRENCY_AFTER = _pattern(AFTER)
SUBUNIT = _pattern(SUBUNITS)
CURRENCY_BEFORE = _pattern(BEFORE)

_BY_FOLDED = {fold(k): v for table in (AFTER, BEFORE) for k, v in table.items()}


def subunit_code(word: str) -> str:
    return SUBUNITS[fold(word)]


def currency_code(word: str) -> str:
    """'Francs CFA' -> 'XOF', 'US$' -> 'USD'."""
    return _BY_FOLDED[" ".join(fold(word).split())]
