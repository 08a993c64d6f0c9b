"""French month names and their abbreviations ("janv.", "sept.", "nov"), and the English
names that wire photo captions carry ("July 6, 2024")."""

from .textutil import alternation, fold

MONTH_FORMS = {
    1: ["janvier", "janv", "jan"],
    2: ["février", "févr", "fév"],
    3: ["mars"],
    4: ["avril", "avr"],
    5: ["mai"],
    6: ["juin"],
    7: ["juillet", "juil"],
    8: ["août"],
    9: ["septembre", "sept", "sep"],
    10: ["octobre", "oct"],
    11: ["novembre", "nov"],
    12: ["décembre", "déc"],
}
ENGLISH_NAMES = {1: "january", 2: "february", 3: "march", 4: "april", 5: "may", 6: "june",
                 7: "july", 8: "august", 9: "september", 10: "october", 11: "november",
                 12: "december"}
MONTH_WORDS = [f for forms in MONTH_FORMS.values() for f in forms] + list(ENGLISH_NAMES.values())

# Month names that may stand alone as a date. English "may" and "march" are a verb too.
FULL_NAMES = {fold(forms[0]) for forms in MONTH_FORMS.values()} | (set(ENGLISH_NAMES.values()) - {"may", "march"})
# Months that are also names or words when capitalized: "Mai Kalla", "Champ de Mars", "Avril";
# English "April", "June", "August" are first names.
NAME_LIKE = {"mai", "mars", "avril", "april", "june", "august"}
_BY_FOLDED = {fold(form): month for month, forms in MONTH_FORMS.items() for form in forms} | \
    {name: month for month, name in ENGLISH_NAMES.items()}

# A month word, the dot only after an abbreviation, not followed by more letters.
_FULL = alternation([forms[0] for forms in MONTH_FORMS.values()] + list(ENGLISH_NAMES.values()))
_ABBREVIATED = alternation(f for forms in MONTH_FORMS.values() for f in forms[1:])
MONTH = rf"(?:{_FULL}|{_ABBREVIATED}\.?)(?![a-zà-ÿ])"


def month_number(word: str) -> int:
    """'Févr.' -> 2, 'July' -> 7."""
    return _BY_FOLDED[fold(word).rstrip(".")]
