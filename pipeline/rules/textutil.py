"""Accent- and case-folding shared by every rule family.

News text mixes "Août", "AOUT" and "aout"; rules are written once in their accented
lower-case form and matched through `loose()`, values are looked up through `fold()`.
"""

import re
import unicodedata

_ACCENT_CLASSES = {
    "a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]",
}


def fold(text: str) -> str:
    """Lower-case without accents: 'Février' -> 'fevrier'."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def loose(word: str) -> str:
    """Regex matching `word` with or without accents (use with re.IGNORECASE)."""
    return "".join(_ACCENT_CLASSES.get(ch, re.escape(ch)) for ch in fold(word))


def alternation(words) -> str:
    """Non-capturing alternation of loose words, longest first so 'sept' loses to 'septembre'."""
    return "(?:" + "|".join(loose(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
