"""Layout cues: what the shape of a line says about its role on a news page.

Every rule here reads the layout (line lengths, case, stamps, numbering, punctuation), never a
list of known headings: hard-wrapped paragraphs, the stamps and wire datelines that open the
entries of a listing, the ministry headings that divide a council communiqué, a headline
printed twice or glued to its body. `clean` and `segment` decide what to do with them.
"""

from __future__ import annotations

import re

from .dates import find_dates
from .textutil import fold

# --- hard-wrapped text ----------------------------------------------------------------------

# A line that ends a sentence, a list item or an announcement ("… successivement :").
ENDS_SENTENCE = re.compile(r"[.!?…:;](?:\s*[»”\"')\]])*$")
LIST_ITEM = re.compile(r"[-–—•●▪➤*]\s|\(?\d{1,2}[.)]\s")
_WRAP_MIN, _WRAP_MAX = 40, 130  # a print or PDF column is 40-130 characters wide
_WRAPPED_MIN = 3  # sentences broken across lines before a text counts as hard-wrapped
_FULL_LINE = 0.6  # a line this close to the column width was broken by the width


def reflow(lines: list[str]) -> list[str]:
    """Lines of a hard-wrapped text (a break every 80-100 characters, as PDF extraction leaves
    them) -> whole paragraphs, so that later stages see whole sentences and names. Blank lines
    stay paragraph breaks; a text that is not hard-wrapped comes back unchanged."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    last = ""  # the previous physical line: its length is what the column width decided
    for line in lines:
        if out and last and line and _continues(last, line, width):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        last = line
    return out


def wrap_width(lines: list[str]) -> int | None:
    """The column width of a hard-wrapped text, or None. The sure cue is a line that stops
    mid-sentence while the next one opens in lower case; a few of them make a wrapped text."""
    broken = [len(a) for a, b in zip(lines, lines[1:])
              if a and b and _WRAP_MIN <= len(a) <= _WRAP_MAX and _opens_lower(b)
              and not ENDS_SENTENCE.search(a)]
    return max(broken) if len(broken) >= _WRAPPED_MIN else None


def _continues(line: str, following: str, width: int) -> bool:
    if ENDS_SENTENCE.search(line) or LIST_ITEM.match(following):
        return False
    if is_upper(line) and not is_upper(following):
        return False  # a heading, then the paragraph it heads
    return (_opens_lower(following) or len(line) >= _FULL_LINE * width
            or bool(_BROKEN_NAME.search(f"{line}\n{following}")))


# A name broken after its first names, the surname in capitals on the next line: "… de
# Monsieur Hervé MBADINGA\nOSSA, Président de la République" (the line is short, but no
# paragraph ends on a first name).
_BROKEN_NAME = re.compile(r"\b[A-ZÀ-Ý][\w’'-]+\n[A-ZÀ-Ý]{2,}(?:[-’'][A-ZÀ-Ý]+)*(?:,|\s+[a-zà-ÿ]|$)")


def _opens_lower(line: str) -> bool:
    return line[:1].islower()


def is_upper(line: str) -> bool:
    """Mostly capital letters: "AU TITRE DU MINISTERE DE LA SANTE", "I.DELIBERATIONS"."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


# --- stamps and datelines: what opens an entry of a listing ----------------------------------

_BULLET = re.compile(r"^[-–—•|]+\s*")
# "Posté par - 8 novembre 2016", "Publié par Awa Traoré | 3 mars 2025", "Publié le 3 mars 2025"
_POSTED = re.compile(r"^(?i:posté|publié|mis en ligne|écrit|rédigé)\s+"
                     r"(?:(?i:par)\b[^|–—-]{0,60}[|–—-]|(?i:le)\b)\s*")
_CLOCK = re.compile(r"\b\d{1,2}\s?[hH:]\s?\d{2}(?::\d{2})?(?:\s?(?:mn|min))?\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_STAMP_GLUE = re.compile(r"(?:[\s|,–—-]|\b(?:le|à)\b)*", re.IGNORECASE)
_STAMP_MAX = 60
# "12 février 2022 · Awa Traoré · 3 commentaires", "NIGER | Lundi 16 juin": an entry's line
# of short fields (date, author, comment count, country) between dots or bars
_FIELD_SEPARATOR = re.compile(r"\s[·•|]\s")
_FIELD_WORDS_MAX = 4


def stamp(line: str) -> int:
    """0 if `line` is not a stamp; 1 for a bare date line ("- lundi 27 mars"); 2 for a stamp
    no sentence or heading looks like: a clock time, a numeric date, a posted-by line, a
    date with its author and comment count ("- 08h08", "le 23/05/2011 16:22:54 |", "Posté
    par - 8 novembre 2016", "3 mars 2025 · Awa Traoré · 2 commentaires")."""
    if len(line) > _STAMP_MAX:
        return 0
    fields = _FIELD_SEPARATOR.split(line)
    if len(fields) > 1 and all(len(f.split()) <= _FIELD_WORDS_MAX for f in fields) and any(map(stamp, fields)):
        return 2
    rest = _BULLET.sub("", line)
    posted = _POSTED.match(rest)
    rest = rest[posted.end():] if posted else rest
    leftover = _CLOCK.sub(" ", rest)
    dates = find_dates(leftover)
    for found in sorted(dates, key=lambda d: d.start, reverse=True):  # only dates, times and glue
        leftover = leftover[:found.start] + " " + leftover[found.end:]
    if not (dates or _CLOCK.search(rest)) or not _STAMP_GLUE.fullmatch(leftover):
        return 0
    return 2 if posted or _CLOCK.search(rest) or _NUMERIC_DATE.search(rest) else 1


# "BAMAKO, 22 avril (Xinhua) --", "20110523 Xinhua BAMAKO, le 22 mai (Xinhua) --", "NIAMEY,
# 3 mars –": a place, a date, then an agency in parentheses or a capitalised place and a dash
# open a dispatch (a compact stamp may come first).
_WIRE_DATELINE = re.compile(
    r"^(?:\S+\s+){0,2}?(?P<place>[A-ZÀ-Ý][\w'’ .-]{1,40}?),\s*(?P<date>[^()\n–—-]{3,30}?)\s*"
    r"(?:\((?P<agency>[A-Z][^()]{1,20})\)|(?P<dash>--?|[–—]))")


def opens_dispatch(line: str) -> bool:
    """A body line that opens with a wire dateline naming its day."""
    m = _WIRE_DATELINE.match(line)
    return (bool(m) and (bool(m.group("agency")) or m.group("place").isupper())
            and bool(find_dates(m.group("date"))))


# The closing credit of a dispatch: the writers' initials ("Dnk/ata", "MS/ak/AIB").
CREDIT = re.compile(r"[^\W\d_]{1,6}(?:/[^\W\d_]{1,6}){1,3}")


# --- headlines --------------------------------------------------------------------------------

HEADLINE_MAX = 160  # a headline is shorter; a longer unpunctuated line is a cut teaser or sentence


def is_headline(line: str) -> bool:
    """A line shaped like a headline: short, not a sentence, not a stamp."""
    return (len(line) <= HEADLINE_MAX and not ENDS_SENTENCE.search(line) and not stamp(line)
            and not LIST_ITEM.match(line))


def same_headline(a: str, b: str) -> bool:
    """The same headline printed twice, maybe once shortened: "X : Y, ministre Z" and
    "X : Y, ministre"."""
    a, b = fold(a).strip(" .:"), fold(b).strip(" .:")
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 20 and longer.startswith(shorter)


# A headline glued to its body on one line: "Cadre X : Y claque la porte C’est désormais …".
# The body starts at a capitalised sentence opener that follows a lower-case word.
_TOPIC = re.compile(r"^[^:.!?]{2,60}\s:\s")
_OPENER = re.compile(
    r"(?<=[a-zà-ÿ]) (?=(?:C[’']est|Ce|Cette|Ces|Il|Elle|Ils|Elles|Le|La|Les|L[’']|Un|Une|Des|"
    r"Selon|Depuis|Après|Lors|Dans|Pour|En|Au|Aux|À|Alors|Désormais|Hier|On)\b)")


# "publié par Le Républicain", "à La Haye": a name, not a new sentence
_LINKS_ON = re.compile(r"\b(?:à|de|du|des|par|dans|sur|pour|avec|en|et|ou|que|le|la|les|un|une)$",
                       re.IGNORECASE)


def split_glued_headline(line: str) -> tuple[str, str] | None:
    """(headline, body) of a "Topic : headline Body sentence …" line, else None."""
    if not _TOPIC.match(line) or not ENDS_SENTENCE.search(line):
        return None
    m = _OPENER.search(line, _TOPIC.match(line).end())
    if m is None or m.start() > HEADLINE_MAX:
        return None
    head, body = line[:m.start()], line[m.end():]
    if ENDS_SENTENCE.search(head) or _LINKS_ON.search(head) or len(body) < len(head):
        return None
    return head, body


# --- council communiqués ----------------------------------------------------------------------

# "I.1. ", "III. ", "I.", "A) ", "2- " before a heading, and bullets before that.
_NUMBERING = re.compile(
    r"^[•●▪*–-]?\s*(?P<number>(?:[IVX]{1,5}|\d{1,2}|[A-H])(?:(?:\.\d{1,2})+\.?|[.)–-]))?\s*")
# The head noun of a heading that names a ministry or an institution; chapter headings
# ("MESURES LEGISLATIVES", "DELIBERATIONS", "COMMUNICATIONS") name none.
_INSTITUTION = re.compile(r"\b(?:minist[eè]re|ministre|primature|pr[eé]sidence|cabinet|secr[eé]tariat|"
                          r"commissariat|d[eé]l[eé]gation)\b", re.IGNORECASE)
_AU_TITRE = re.compile(r"au titre d", re.IGNORECASE)
_HEADING_MAX = 200


def heading(line: str) -> str | None:
    """A section heading of a communiqué, bullets removed, numbering kept ("I.1. AU TITRE DE
    LA PRIMATURE"), or None. Headings are capitalised; in lower case, they are numbered or
    open with "Au titre d", and end without a stop ("III. Ministère de la Santé")."""
    numbering = _NUMBERING.match(line)
    words = line[numbering.end():]
    if len(line) > _HEADING_MAX or re.search(r"[.!?;]\s|[!?;,]$", words):
        return None
    marked = bool(numbering.group("number") or _AU_TITRE.match(words))
    if not (is_upper(words) or marked and not ENDS_SENTENCE.search(words)):
        return None
    return re.sub(r"^[•●▪*]\s*", "", line)


def names_institution(heading_text: str) -> bool:
    return bool(_INSTITUTION.search(heading_text))
