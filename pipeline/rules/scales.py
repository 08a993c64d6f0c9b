"""Scale words that multiply an amount: "117,3 millions", "2 500 milliards", "15 M€"."""

from .textutil import alternation, fold

SCALES = {
    "mille": 1e3, "milliers": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "m": 1e6, "mio": 1e6,
    "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9,
    "billion": 1e12, "billions": 1e12, "mille milliards": 1e12,
}

# A scale word, "M" and "Md" only as whole tokens ("15 M€", not "15 Mopti").
SCALE = alternation(SCALES) + r"(?![a-zà-ÿ])"


def scale_value(word: str) -> float:
    return SCALES[" ".join(fold(word).rstrip(".").split())]
