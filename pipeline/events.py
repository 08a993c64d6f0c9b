"""Dated events: a date, the trigger word of its sentence, who, where and how much.

One event per resolved date that shares its sentence with a trigger of the lexicon
(`rules/event_lexicon.py`). Pure functions over one story's mentions.
"""

from __future__ import annotations

import hashlib

import re

from .rules.boilerplate import DATELINE_END
from .rules.event_lexicon import (APPOINTS, BOUND_BEFORE, BOUND_START, CLAUSE_BREAK, FIGURES_OF,
                                  FRAME, FUNDS, LEGAL, MET, PERIOD_QUALIFIER, PRESENCE, TRIGGERS)

_ACTORS = ("PER", "ORG")
_ADOPTED = next(regex for tier, event_type, regex in TRIGGERS if event_type == "adoption" and tier == 0)


def story_events(story: dict, sentences: list[tuple[int, int]], dates: list[dict],
                 entities: list[dict], money: list[dict]) -> list[dict]:
    """Events of one story; every mention dict carries start_char / end_char."""
    events = []
    text = story["text"]
    resolved = [d for d in dates if d["date_start"] is not None
                and not _qualifies_a_thing(text, d) and not _is_bound(text, d)]
    for date in resolved:
        start, end = _sentence_bounds(sentences, date["start_char"], text)
        others = [d for d in resolved if d is not date and start <= d["start_char"] < end]
        if others and _is_dateline(text, date):
            continue  # "Niamey, 12 fév (ANP) – Le ministre a présidé lundi dernier …"
        sentence = text[start:end]
        # this date's offsets in the sentence, then the sentence's other dates'
        spans = [(d["start_char"] - start, d["end_char"] - start) for d in (date, *others)]
        trigger = nearest_trigger(sentence, *spans[0], spans[1:])
        if trigger is None and (presence := PRESENCE.search(sentence)):
            trigger = _named_next(text, sentences, end) or ("conference", presence.group(0))
        if trigger is None:
            continue
        inside = [e for e in entities if start <= e["start_char"] and e["end_char"] <= end]
        second = _second_event(trigger[0], sentence, spans)
        for event_type, words in filter(None, (trigger, second)):
            key = f"{story['story_id']}:{date['start_char']}:{date['end_char']}:{event_type}".encode()
            events.append({
                "event_id": hashlib.sha1(key).hexdigest()[:16],
                "story_id": story["story_id"],
                "doc_id": story["doc_id"],
                "date_start": date["date_start"],
                "date_end": date["date_end"],
                "event_type": event_type,
                "trigger": words,
                "sentence": sentence.strip(),
                "participants": _unique(e["text"] for e in inside if e["label"] in _ACTORS),
                "locations": _unique(e["text"] for e in inside if e["label"] == "LOC"),
                "money": [{"amount": m["amount"], "currency": m["currency"]} for m in money
                          if start <= m["start_char"] and m["end_char"] <= end],
            })
    return events


def _second_event(event_type: str, sentence: str, dates: list[tuple[int, int]]) -> tuple[str, str] | None:
    """A council that met and adopted something makes two events: "Le Conseil, réuni le 3
    décembre, a adopté …", "a présidé la session … qui a validé …". `dates` are this event's
    date then the sentence's other dates: the meeting is dated by the one nearest to it."""
    met = MET.search(sentence)
    if met:
        gaps = [_distance(sentence, met.start(), met.end(), s, e) for s, e in dates]
        met = met if gaps[0] == min(gaps) else None
    if met and event_type == "adoption":
        return "meeting", met.group(0)
    adopted = _ADOPTED.search(sentence)
    if met and adopted and event_type == "meeting":
        return "adoption", adopted.group(0)
    return None


def _is_dateline(text: str, date: dict) -> bool:
    """The date of a dispatch's dateline, "Niamey, 12 fév (ANP) –": when it was written.
    It dates the event only when its sentence has no other date."""
    line_start = text.rfind("\n", 0, date["start_char"]) + 1
    before = text[line_start:date["start_char"]].rstrip()
    return len(before) <= 40 and before.endswith((",", ", le")) and \
        bool(DATELINE_END.match(text, date["end_char"]))


def _is_bound(text: str, date: dict) -> bool:
    """"depuis mars 2024", "jusqu'au 8 juin", "d'ici 2027": the bound of a state or a target."""
    head = text[max(0, date["start_char"] - 30):date["start_char"]]
    return bool(BOUND_BEFORE.search(head) or BOUND_START.match(text, date["start_char"]))


def _qualifies_a_thing(text: str, date: dict) -> bool:
    """A period that qualifies a thing, not a happening: "la loi de finances au titre de
    l'exercice 2025", "la stratégie pour la période 2025-2029", "les résultats du premier
    trimestre 2026"."""
    days = (date["date_end"] - date["date_start"]).days
    line_start = text.rfind("\n", 0, date["start_char"]) + 1
    before = text[line_start:date["start_char"]]
    if days >= 27 and FIGURES_OF.search(before):  # "les résultats du premier trimestre 2026"
        return True
    if days < 300:
        return False
    lead = re.sub(r"[\d\s/–-]+$", "", text[date["start_char"]:date["end_char"]])
    return bool(PERIOD_QUALIFIER.search(before + lead))


def nearest_trigger(sentence: str, date_start: int, date_end: int,
                    other_dates: list[tuple[int, int]] = ()) -> tuple[str, str] | None:
    """(event_type, trigger text) for a date: a verb before a noun, a reporting verb last,
    then the nearest to the date, then the more specific type (see rules/event_lexicon).
    A trigger nearer to another date of the sentence is that date's ("a accordé en juillet
    une subvention, avant la mise en service prévue en mars"), unless no trigger is left.
    A frame noun takes the type of the trigger it frames ("cérémonie de signature")."""
    candidates, theirs = [], []
    for rank, (tier, event_type, regex) in enumerate(TRIGGERS):
        for m in regex.finditer(sentence):
            if m.start() < date_end and date_start < m.end():
                continue  # inside the date expression itself
            distance = _distance(sentence, m.start(), m.end(), date_start, date_end)
            mine = all(distance <= _distance(sentence, m.start(), m.end(), s, e) for s, e in other_dates)
            (candidates if mine else theirs).append((tier, distance, rank, event_type, m.group(0), m.start()))
    candidates = candidates or theirs
    if not candidates:
        return None
    best = min(candidates)
    event_type, trigger, at = best[3], best[4], best[5]
    frame = FRAME.match(sentence, at)
    framed = [c for c in candidates if frame and c[5] == frame.end()]
    if framed:  # "la cérémonie de signature" is a signature
        inner = min(framed)
        event_type, trigger = inner[3], sentence[at:inner[5] + len(inner[4])]
    if event_type == "adoption" and APPOINTS.search(sentence):
        return "appointment", trigger
    if event_type == "adoption" and FUNDS.search(sentence) and not LEGAL.search(sentence):
        return "financing", trigger
    return event_type, trigger


def _distance(sentence: str, start: int, end: int, date_start: int, date_end: int) -> int:
    """Characters between a trigger and a date; across a clause break (", et …", ";") a
    trigger is farther than any within the date's clause."""
    gap = (end, date_start) if end <= date_start else (date_end, start)
    penalty = 1000 if CLAUSE_BREAK.search(sentence, *gap) else 0
    return max(0, gap[1] - gap[0]) + penalty


def _named_next(text: str, sentences: list[tuple[int, int]], end: int) -> tuple[str, str] | None:
    """The most specific trigger of the sentence after `end` (lexicon order: a "signature"
    beats the "salle de conférence" it took place in): what a presence verb took part in."""
    following = next(((s, e) for s, e in sentences if s >= end), None)
    if following is None:
        return None
    sentence = text[following[0]:following[1]]
    found = [(rank, m.start(), event_type, m.group(0))
             for rank, (_, event_type, regex) in enumerate(TRIGGERS) for m in regex.finditer(sentence)]
    return min(found)[2:] if found else None


def _sentence_bounds(sentences: list[tuple[int, int]], pos: int, text: str) -> tuple[int, int]:
    """The model's sentence around `pos`, cut at line breaks: a paragraph ends a sentence."""
    start, end = next(((s, e) for s, e in sentences if s <= pos < e), (0, len(text)))
    line_end = text.find("\n", pos)
    return max(start, text.rfind("\n", 0, pos) + 1), min(end, line_end if line_end != -1 else end)


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))
