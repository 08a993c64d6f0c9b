"""French month names and their abbreviations ("janv.", "sept.", "nov")."""

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

FULL_NAMES = {fold(forms[0]) for forms in MONTH_FORMS.values()}
# Months that are also names or words when capitalized: "Mai Kalla", "Champ de Mars", "Avril".
NAME_LIKE = {"mai", "mars", "avril"}
_BY_FOLDED = {fold(form): month for month, forms in MONTH_FORMS.items() for form in forms}

# A month word, the dot only after an abbreviation, not followed by more letters.
_FULL = alternation(forms[0] for forms in MONTH_FORMS.values())
_ABBREVIATED = alternation(f for forms in MONTH_FORMS.values() for f in forms[1:])
MONTH = rf"(?:{_FULL}|{_ABBREVIATED}\.?)(?![a-zà-ÿ])"


def month_number(word: str) -> int:
    """'Févr.' -> 2."""
    return _BY_FOLDED[fold(word).rstrip(".")]
