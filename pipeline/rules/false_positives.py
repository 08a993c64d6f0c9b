"""Contexts where a date-looking string is not a date.

Each entry is checked against the text just before a candidate (and the candidate itself):
street and place names that carry a date ("Avenue du 22 Mars", "Champ de Mars"), and legal
reference numbers ("Loi n°2012-009", "Décret n°2024-0123").
"""

import re

# Text immediately before the candidate that disqualifies it.
BEFORE = re.compile(
    r"(?:\b(?:avenue|boulevard|bd|rue|place|pont|stade|lycée|école|champ|quartier|cité)"
    r"\s+(?:du|de|des)\s*$"
    r"|\bn\s?[°o]\.?\s*$"
    r"|[/\-]$)",
    re.IGNORECASE,
)

# The candidate itself followed by these is a reference number, not a date.
AFTER = re.compile(r"^(?:[/\-]\d|\s*/[A-Z])")


def is_false_positive(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30):start]
    return bool(BEFORE.search(before) or AFTER.match(text[end:end + 3]))
