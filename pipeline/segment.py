"""Stage 2, segment: documents -> stories.

A government bulletin chains stories, each a short title line, a body, and the issuing
body's acronym glued after the body's last sentence ("… du secteur export. PRIMATURE").
The structure is detected, never looked up: a body line that ends with sentence
punctuation followed by one all-caps token closes a story, and the next line opens the
next one with its title. A document without such closings is one story.
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd

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


def segment(documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents -> (stories, rejects). Each story keeps its title, body and source."""
    stories, rejects = [], []
    for doc in documents.to_dict("records"):
        found = split_stories(doc["text"], doc["title"])
        if not found:
            rejects.append({"path": doc["path"], "stage": "segment", "reason": "no story body found"})
        for seq, (title, body, acronym) in enumerate(found):
            stories.append(_story_row(doc, seq, title, body, acronym))
    table = pd.DataFrame(stories) if stories else empty("stories")
    return table, pd.DataFrame(rejects, columns=["path", "stage", "reason"])


def split_stories(text: str, doc_title: str | None) -> list[tuple[str | None, str, str | None]]:
    """Text -> [(title, body, closing acronym)] in reading order."""
    lines = _glue_lone_acronyms(text.split("\n"))
    if not any(_closing(line) for line in lines):
        body = "\n".join(lines[1:] if doc_title and lines[0] == doc_title else lines).strip()
        return [(doc_title, body, None)] if body else []
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
        "publication_date": doc["publication_date"],
    }
