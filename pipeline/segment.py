"""Stage 2, segment: documents -> stories.

The structure is detected from the layout, never looked up. Three multi-story shapes:
* a government bulletin closes each story with the issuing body's acronym glued after the
  body's last sentence ("… du secteur export. PRIMATURE"); the next line opens the next
  story with its title;
* a council communiqué divided into two or more sections headed by a ministry or an
  institution ("I.1. AU TITRE DE LA PRIMATURE"): each section is a story titled by its
  heading. The headline and opening paragraph are no story, but they are read: they go at
  the head of the first section's body, since they date and place every decision;
* a listing (wire listing, ticker, tag page) whose entries open with a stamp ("- 08h08",
  "Posté par - 8 novembre 2016") or a wire dateline ("BAMAKO, 22 avril (Xinhua) --"), each
  after its headline if it has one.
Any other document is one story.
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd

from .rules import layout
from .rules.guard import document_step
from .schemas import empty

# ". PRIMATURE" / "» MSDS" at the end of a body line; the token is 2-15 capitals or digits.
# The dot must end a sentence, not an abbreviation ("reçoit M. KOUAMÉ", "Dr. DIALLO").
CLOSING_ACRONYM = re.compile(
    r"(?:(?<![\s(][A-ZÀ-Ý])(?<!\bMme)(?<!\bDr)(?<!\bPr)(?<!\bMe)\.|[!?»”)])"
    r"\s+(?P<acronym>[A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,14})$")
_LONE_ACRONYM = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,14}")
# Only a body paragraph closes a story; a headline or sub-heading may end with a name.
_BODY_MIN = 100
_TITLE_MAX = 250
_TITLE_END = re.compile(r"[.!?…]$")


def segment(documents: pd.DataFrame, time_budget: float | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents -> (stories, rejects). Each story keeps its title, body and source. A
    document whose segmentation fails or runs past `time_budget` seconds is a reject row."""
    stories, rejects = [], []
    for doc in documents.to_dict("records"):
        found, failure = document_step("segmenting", lambda: split_stories(doc["text"], doc["title"]), time_budget)
        if failure or not found:
            rejects.append({"path": doc["path"], "stage": "segment", "reason": failure or "no story body found"})
            continue
        for seq, (title, body, acronym) in enumerate(found):
            stories.append(_story_row(doc, seq, title, body, acronym))
    table = pd.DataFrame(stories) if stories else empty("stories")
    return table, pd.DataFrame(rejects, columns=["path", "stage", "reason"])


def split_stories(text: str, doc_title: str | None) -> list[tuple[str | None, str, str | None]]:
    """Text -> [(title, body, closing acronym)] in reading order."""
    lines = _glue_lone_acronyms(text.split("\n"))
    if any(_closing(line) for line in lines):
        return _split_on_acronyms(lines)
    stories = _council_sections(lines, doc_title) or _listing_entries(lines)
    if not stories:
        body = lines[1:] if doc_title and lines[0] == doc_title else lines
        stories = [_unglued(doc_title, body)]
    return [s for s in stories if s[1]]


def _split_on_acronyms(lines: list[str]) -> list[tuple[str | None, str, str | None]]:
    stories, current = [], []
    for line in lines:
        m = _closing(line)
        if m is None:
            current.append(line)
            continue
        current.append(line[:m.start("acronym")].rstrip())
        stories.append(_close(current, m.group("acronym")))
        current = []
    if current:
        stories.append(_close(current, None))
    return [s for s in stories if s[1]]


def _council_sections(lines: list[str], doc_title: str | None) -> list[tuple[str | None, str, None]]:
    """Two or more sections headed by a ministry or an institution -> one story each."""
    starts = [i for i in range(len(lines))
              if _opens_section(lines, i) and not (i == 0 and lines[0] == doc_title)]
    if len(starts) < 2:
        return []
    stories = []
    for a, b in zip(starts, [*starts[1:], len(lines)]):
        body = (lines[:a] if a == starts[0] else []) + lines[a + 1:b]  # the preamble first
        stories.append((layout.heading(lines[a]), "\n".join(body).strip(), None))
    return stories


# "Directeur général du Budget : M. Awa KONÉ": an appointment, not a section's prose.
_APPOINTMENT = re.compile(r"^[^:]{3,100}\s:\s*(?:M\.|Mme|Mlle|Dr|Pr|Monsieur|Madame|[A-ZÀ-Ý]{2,}\b)")
_PROSE_MIN = 40


def _opens_section(lines: list[str], i: int) -> bool:
    """A ministry heading followed by prose. Not one inside a list of appointments: after a
    line that announces the list ("… les nominations suivantes :"), or above its items."""
    found = layout.heading(lines[i])
    if not found or not layout.names_institution(found):
        return False
    before = lines[i - 1] if i else ""
    after = lines[i + 1] if i + 1 < len(lines) else ""
    return not before.endswith(":") and _is_prose(after)


def _is_prose(line: str) -> bool:
    return (len(line) >= _PROSE_MIN and bool(layout.ENDS_SENTENCE.search(line)) and not line.endswith(":")
            and not layout.heading(line) and not _APPOINTMENT.match(line)
            and not layout.LIST_ITEM.match(line))


def _listing_entries(lines: list[str]) -> list[tuple[str | None, str, str | None]]:
    """Entries of a listing, each opened by a stamp or a wire dateline, after its headline.
    The stamps stay at the head of their entry's body: they date it, as a dateline does."""
    stamps = [layout.stamp(line) for line in lines]
    anchors = _anchors(lines, stamps)
    if len(anchors) < 2:
        return []
    starts = [0]
    for i in anchors:
        start = i - 1 if i > 0 and layout.is_headline(lines[i - 1]) and i - 1 >= starts[-1] else i
        if start > starts[-1]:
            starts.append(start)
    entries = [_entry(lines[a:b], stamps[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)])]
    # dated links under an article ("Togo : … / 12/03/2025") have a headline and a stamp, no text
    teasers = sum(any(not layout.stamp(line) for line in body.split("\n")) for _, body, _ in entries)
    return entries if teasers >= 2 else []


def _anchors(lines: list[str], stamps: list[int]) -> list[int]:
    """First lines of the runs of stamps and of the wire datelines they may precede. A run
    of bare dates ("3 janvier 2019") opens an entry only between a headline and a teaser;
    elsewhere it may be a sub-heading ("Lundi 3 mars" in a programme)."""
    anchors, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and stamps[j]:
            j += 1
        dispatch = j < len(lines) and layout.opens_dispatch(lines[j])
        if dispatch or (j > i and (max(stamps[i:j]) == 2 or _between_headline_and_teaser(lines, i, j))):
            anchors.append(i)
        i = j + 1 if dispatch or j == i else j
    return anchors


def _between_headline_and_teaser(lines: list[str], i: int, j: int) -> bool:
    return 0 < i and j < len(lines) and layout.is_headline(lines[i - 1]) and not layout.is_headline(lines[j])


def _entry(lines: list[str], stamps: list[int]) -> tuple[str | None, str, str | None]:
    """A listing entry: its first line is its headline if it looks like one; a last line of
    initials ("Dnk/ata") is its source."""
    source = lines.pop() if len(lines) > 1 and layout.CREDIT.fullmatch(lines[-1]) else None
    if len(lines) > 1 and layout.is_headline(lines[0]):
        return lines[0], "\n".join(lines[1:]).strip(), source
    first_text = next((i for i, s in enumerate(stamps) if not s), len(lines))
    if 0 < first_text < len(lines) - 1 and layout.is_headline(lines[first_text]):
        # "NIGER | Lundi 16 juin" above the headline: the stamp stays at the head of the body
        return lines[first_text], "\n".join(lines[:first_text] + lines[first_text + 1:]).strip(), source
    title, body, _ = _unglued(None, lines, first_text)
    return title, body, source


def _unglued(title: str | None, lines: list[str], first: int = 0) -> tuple[str | None, str, None]:
    """(title, body, None); without a title, a headline glued to the first body line
    (`first`, after the stamps) is split where the body begins ("Cadre X : Y claque la porte
    C’est désormais officiel …")."""
    if title is None and first < len(lines) and (glued := layout.split_glued_headline(lines[first])):
        title, lines = glued[0], [*lines[:first], glued[1], *lines[first + 1:]]
    return title, "\n".join(lines).strip(), None


def _glue_lone_acronyms(lines: list[str]) -> list[str]:
    """Some bulletins put the acronym on its own line ("… des populations.\nMSDS"). It is
    glued back to the body when a paragraph precedes it and a title (or the end) follows,
    so that a capitalized sub-heading before a paragraph is never taken for one."""
    glued: list[str] = []
    for i, line in enumerate(lines):
        after = lines[i + 1] if i + 1 < len(lines) else None
        if (_LONE_ACRONYM.fullmatch(line) and glued and _closing(f"{glued[-1]} {line}")
                and (after is None or _is_title_line(after))):
            glued[-1] = f"{glued[-1]} {line}"
        else:
            glued.append(line)
    return glued


def _is_title_line(line: str) -> bool:
    return len(line) <= _TITLE_MAX and not _TITLE_END.search(line)


def _closing(line: str) -> re.Match | None:
    return CLOSING_ACRONYM.search(line) if len(line) >= _BODY_MIN else None


def _close(lines: list[str], acronym: str | None) -> tuple[str | None, str, str | None]:
    title = None
    if len(lines) > 1 and _is_title_line(lines[0]):
        title, lines = lines[0], lines[1:]
    return title, "\n".join(lines).strip(), acronym


def _story_row(doc: dict, seq: int, title: str | None, body: str, acronym: str | None) -> dict:
    key = f"{doc['doc_id']}:{seq}:{body}".encode()
    return {
        "story_id": hashlib.sha1(key).hexdigest()[:16],
        "doc_id": doc["doc_id"],
        "seq": seq,
        "title": title,
        "text": body,
        "source": acronym or doc.get("outlet"),
        "byline": doc.get("byline") if seq == 0 else None,  # read once per document
        "publication_date": doc["publication_date"],
    }
