"""Organisations recognised by the shape of their name, whatever the model says.

Official news names the state's bodies by a head noun and a complement, in any case:
"Ministère de l'Artisanat, de la Culture et du Tourisme", "ministère de la Santé et de
l'Hygiène publique", "MINISTERE DE L'ECONOMIE ET DES FINANCES", "CABINET DU PREMIER
MINISTRE", "la Primature", "Présidence du Faso", "Gouvernement de la République du Bénin",
"le Trésor public", "Ambassade du Canada". Media and websites are named by their address
("LeFaso.net", "Koaci.com"), companies by a legal form glued to the name
("MALICAN EXPLORATION-SARL", "Atlantique Télécoms Niger S.A").
"""

from __future__ import annotations

import re

from .acronyms import ORG_HEADS
from .textutil import fold
from .titles import SEGMENT

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_NAME = rf"[{_UP}][\w’'-]+(?:[ -][{_UP}][\w’'-]+)*"
_OF = r"(?:du|de\s+la|de\s+l['’]|des|de|d['’])"

# A portfolio ends at its last noun or adjective: "de la Santé et de l'Hygiène publique",
# "de l'agriculture", never at a verb ("… publique assistaient à …"). "Le ministère de
# tutelle" names no ministry.
_ADJECTIVE = (r"(?!(?:avant-)?hier\b)[a-zà-ÿ-]+(?:ique|iques|al|ale|ales|aux|el|elle|elles|ien|ienne|iennes|ier|ière|"
              r"ières|ère|ères|aire|aires|if|ive|ives|ois|oise|oises|ais|aise|aises|ain|aine|aines|eur|eure|eures|"
              r"ile|iles|able|ables|ible|ibles|ole|oles|eux|euse|euses)(?![\w’'-])")
_PORTFOLIO = rf"[\w’'-]+(?:[^\S\n]+(?:{_ADJECTIVE}|[{_UP}][\w’'-]*))*"
_SEGMENT = rf"(?:,?[^\S\n]+(?:et[^\S\n]+)?|,){_OF}[^\S\n]*{_PORTFOLIO}"
MINISTRY = re.compile(rf"\b[Mm]inist[eè]re[^\S\n]+{_OF}[^\S\n]*(?!tutelle\b){_PORTFOLIO}(?:{_SEGMENT})*")
# "Ministère de l'Économie, de la Planification et de l'Aménagement du Territoire": a
# capitalised ministry's portfolio words run on like a minister's title.
CAPITALISED_MINISTRY = re.compile(rf"\bMinist[eè]re(?:{SEGMENT})+")

# Headings in capitals: "AU TITRE DU MINISTERE DE LA SANTE", "CABINET DU PREMIER MINISTRE";
# the name stops before a date ("CONSEIL DES MINISTRES DU MERCREDI 6 MARS").
_CAPS_HEADS = sorted({fold(h).upper() for h in ORG_HEADS} | {"MINISTERE", "CABINET", "SECRETARIAT GENERAL"},
                     key=len, reverse=True)
_CAPS_WORD = rf"(?!(?:DU|DE)\s+(?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE)\b)[{_UP}][{_UP}'’-]*"
CAPS_BODY = re.compile(
    rf"(?<![\w'’-])(?:(?:{'|'.join(h.replace('E', '[EÉÈ]') for h in _CAPS_HEADS)})"
    rf"(?:(?:[^\S\n]+|,[^\S\n]*|(?<=['’])){_CAPS_WORD})+|PRIMATURE|PR[EÉ]SIDENCE)(?![\w'’-])")

# The state's own bodies, named without a complement or with the state's name.
_STATE = rf"(?:du\s+Faso|de\s+la\s+République(?:\s+{_OF}\s*{_NAME})?)"
STATE_BODY = re.compile(rf"\b(?:(?:Présidence|Primature)(?:\s+{_STATE})?|Gouvernement\s+{_STATE}|"
                        rf"Trésor\s+public|Cabinet\s+du\s+Premier\s+[Mm]inistre)")

# "Ambassade du Canada", "Consulat général de France"
EMBASSY = re.compile(rf"\b(?:Ambassade|Consulat(?:\s+général)?)\s+{_OF}\s*{_NAME}")

# "LeFaso.net", "Koaci.com", "Libreinfo.net": a media or a website by its address.
WEBSITE = re.compile(r"(?<![\w@/.-])[A-Za-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|net|org|info|africa|media|tv|"
                     r"fr|ml|bf|ne|sn|ci|tg|bj|gn|cm|td|mr)(?![\w-]|\.[a-z])")

PATTERNS = [MINISTRY, CAPITALISED_MINISTRY, CAPS_BODY, STATE_BODY, EMBASSY, WEBSITE]


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of every organisation named by its shape, the longest where they overlap."""
    found = sorted({(m.start(), m.end()) for p in PATTERNS for m in p.finditer(text)},
                   key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for start, end in found:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out
