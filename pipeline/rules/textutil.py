"""Accent- and case-folding shared by every rule family.

News text mixes "Août", "AOUT" and "aout"; rules are written once in their accented
lower-case form and matched through `loose()`, values are looked up through `fold()`.
"""

import re
import unicodedata

_ACCENT_CLASSES = {
    "a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]",
}


def _strip_table() -> dict[int, str | None]:
    """Every precomposed Latin letter to its base letter, every combining mark to nothing:
    one str.translate folds a whole story at C speed."""
    table: dict[int, str | None] = {cp: None for cp in range(0x300, 0x370)}
    for cp in range(0xC0, 0x250):
        base = "".join(ch for ch in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(ch))
        if base != chr(cp):
            table[cp] = base
    return table


_STRIP = _strip_table()


def fold(text: str) -> str:
    """Lower-case without accents: 'Février' -> 'fevrier'."""
    return text.lower().translate(_STRIP)


def loose(word: str) -> str:
    """Regex matching `word` with or without accents (use with re.IGNORECASE)."""
    return "".join(_ACCENT_CLASSES.get(ch, re.escape(ch)) for ch in fold(word))


def alternation(words) -> str:
    """Non-capturing alternation of loose words, longest first so 'sept' loses to 'septembre'."""
    return "(?:" + "|".join(loose(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def folded_tokens(words) -> frozenset[str]:
    """The folded word tokens of `words`: ["Jour de l'an", "Noël"] -> {jour, de, l, an, noel}."""
    return frozenset(t for w in words for t in re.findall(r"[a-z]+|\d+[a-z]*", fold(w)))


def lower_same_length(text: str) -> str:
    """`text` in lower case, each character still at its offset ("İ" lowers to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
