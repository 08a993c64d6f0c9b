"""French numbers: digit groups ("2 500", "3.118", "117,3") and number words ("trois cents")."""

import re

from .textutil import alternation, fold, loose

# Digits with space or dot thousands groups ("2 500", "3.118", and the slip "43. 000") and a
# comma decimal part ("117,3"); a dot followed by one or two digits is an English decimal
# point ("10.5"). Two comma groups or more can only be English thousands ("1,250,000").
_GROUPED = r"\d{1,3}(?:(?:[ .\u00a0\u202f]|\. )\d{3})+"
_ENGLISH_GROUPED = r"\d{1,3}(?:,\d{3}){2,}(?![,\d])"
# The English decimal comes before plain digits: a regex that may stop early ("12") would
# otherwise read "12.5 millions" as 12 and 5 millions.
DIGITS = rf"(?:{_ENGLISH_GROUPED}|{_GROUPED}(?:,\d+)?|\d+\.\d{{1,2}}(?![\d.])|\d+(?:,\d+)?)"

_UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
_HUNDREDS = {"cent": 100, "cents": 100}

NUMBER_WORD = r"(?:" + "|".join(
    sorted(list(_UNITS) + list(_HUNDREDS) + ["vingts"], key=len, reverse=True)) + ")"
# Number words joined by spaces or hyphens ("deux cents", "vingt-cinq"), "et" only before
# un/une/onze ("vingt et un", "soixante et onze"), so that "entre deux et trois" stays two
# numbers. A figure between two scale words has at most six words ("neuf cent
# quatre-vingt-dix-neuf"): the bound keeps a long run of number words from making every
# money pattern backtrack over the whole run.
NUMBER_WORDS = rf"\b(?:{NUMBER_WORD})(?:[ -]et[ -](?:une?|onze)|[ -](?:{NUMBER_WORD})){{0,11}}\b"

# Days of the month written in words ("le vingt-deux mars"), 2 to 31: "un" is left out, it
# is far more often an article than a day.
DAY_WORDS = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
             "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
             "vingt", "vingt et un", *(f"vingt-{u}" for u in ["deux", "trois", "quatre", "cinq",
                                                             "six", "sept", "huit", "neuf"]),
             "trente", "trente et un"]
# Hyphens and spaces are interchangeable in written numbers ("vingt deux", "vingt-deux").
DAY_WORD = "(?:" + "|".join(loose(w).replace(r"\-", "[ -]").replace(r"\ ", "[ -]")
                            for w in sorted(DAY_WORDS, key=len, reverse=True)) + ")"

# Ordinal words ("premier trimestre", "la deuxième quinzaine", "le troisième jour"); -1 is
# "dernier", the last one.
ORDINALS = {"premier": 1, "première": 1, "1er": 1, "1re": 1, "1ère": 1,
            "deuxième": 2, "second": 2, "seconde": 2, "2e": 2, "2ème": 2,
            "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
            "cinquième": 5, "5e": 5, "5ème": 5, "dernier": -1, "dernière": -1}
ORDINAL = alternation(ORDINALS) + r"(?![\w])"
_ORDINALS_BY_FOLDED = {fold(k): v for k, v in ORDINALS.items()}


def ordinal(word: str) -> int:
    """'Troisième' -> 3, 'dernière' -> -1."""
    return _ORDINALS_BY_FOLDED[fold(word)]


def parse_digits(text: str) -> float:
    """'2 500' -> 2500, '3.118' -> 3118, '117,3' -> 117.3, '312, 4' -> 312.4, '10.5' -> 10.5,
    '1,250,000' -> 1250000."""
    text = text.replace("\u202f", " ").replace("\u00a0", " ").strip()
    if re.fullmatch(rf"{_GROUPED}(?:,\d+)?", text):
        text = text.replace(" ", "").replace(".", "")
    elif re.fullmatch(_ENGLISH_GROUPED, text):
        text = text.replace(",", "")
    text = text.replace(", ", ",").replace(" ", "").replace(",", ".")
    return float(text)


def parse_words(text: str) -> int | None:
    """'deux cents' -> 200, 'cent quatre-vingt-dix' -> 190, 'trois' -> 3; None if not a number."""
    current = 0
    for word in re.split(r"[ -]+", fold(text)):
        if word in ("", "et"):
            continue
        if word in ("vingt", "vingts") and current % 100 == 4:
            current += 76  # "quatre-vingt(s)" is 80, also after hundreds ("trois cent quatre-vingts")
        elif word in _UNITS or word == "vingts":
            current += _UNITS.get(word, 20)
        elif word in _HUNDREDS:
            current = max(current, 1) * 100
        else:
            return None
    return current if current or fold(text).strip() == "zero" else None


def parse_number(text: str) -> float | None:
    """A number written in digits or in words; 'un (1)' is read from its digits."""
    gloss = re.fullmatch(r"[^()]*\(\s*([^()]*?)\s*\)", text)
    if gloss:
        text = gloss.group(1)
    if re.search(r"\d", text):
        return parse_digits(text)
    value = parse_words(text)
    return float(value) if value is not None else None
