"""Dated events: a date, the trigger word of its sentence, who, where and how much.

One event per resolved date that shares its sentence with a trigger of the lexicon
(`rules/event_lexicon.py`). Pure functions over one story's mentions.
"""

from __future__ import annotations

import hashlib

from .rules.event_lexicon import FUNDS, PRESENCE, REPORTING, TRIGGERS

_ACTORS = ("PER", "ORG")


def story_events(story: dict, sentences: list[tuple[int, int]], dates: list[dict],
                 entities: list[dict], money: list[dict]) -> list[dict]:
    """Events of one story; every mention dict carries start_char / end_char."""
    events = []
    for date in dates:
        if date["date_start"] is None:
            continue
        start, end = _sentence_bounds(sentences, date["start_char"], len(story["text"]))
        sentence = story["text"][start:end]
        trigger = nearest_trigger(sentence, date["start_char"] - start, date["end_char"] - start)
        if PRESENCE.search(sentence):
            trigger = _named_next(story["text"], sentences, end) or trigger or ("conference", PRESENCE.search(sentence).group(0))
        if trigger is None:
            continue
        inside = [e for e in entities if start <= e["start_char"] and e["end_char"] <= end]
        key = f"{story['story_id']}:{date['start_char']}:{date['end_char']}".encode()
        events.append({
            "event_id": hashlib.sha1(key).hexdigest()[:16],
            "story_id": story["story_id"],
            "doc_id": story["doc_id"],
            "date_start": date["date_start"],
            "date_end": date["date_end"],
            "event_type": trigger[0],
            "trigger": trigger[1],
            "sentence": sentence.strip(),
            "participants": _unique(e["text"] for e in inside if e["label"] in _ACTORS),
            "locations": _unique(e["text"] for e in inside if e["label"] == "LOC"),
            "money": [{"amount": m["amount"], "currency": m["currency"]} for m in money
                      if start <= m["start_char"] and m["end_char"] <= end],
        })
    return events


def nearest_trigger(sentence: str, date_start: int, date_end: int) -> tuple[str, str] | None:
    """(event_type, trigger text) for a date: a verb before a noun, a reporting verb last,
    then the nearest to the date, then the more specific type (see rules/event_lexicon)."""
    best = None
    for rank, (event_type, is_verb, regex) in enumerate(TRIGGERS):
        tier = 2 if event_type == REPORTING else (0 if is_verb else 1)
        for m in regex.finditer(sentence):
            if m.start() < date_end and date_start < m.end():
                continue  # inside the date expression itself
            distance = m.start() - date_end if m.start() >= date_end else date_start - m.end()
            candidate = (tier, distance, rank, event_type, m.group(0))
            best = min(best, candidate) if best else candidate
    if best and best[3] == "adoption" and FUNDS.search(sentence):
        return "financing", best[4]
    return (best[3], best[4]) if best else None


def _named_next(text: str, sentences: list[tuple[int, int]], end: int) -> tuple[str, str] | None:
    """The most specific trigger of the sentence after `end` (lexicon order: a "signature"
    beats the "salle de conférence" it took place in): what a presence verb took part in."""
    following = next(((s, e) for s, e in sentences if s >= end), None)
    if following is None:
        return None
    sentence = text[following[0]:following[1]]
    found = [(rank, m.start(), event_type, m.group(0))
             for rank, (event_type, _, regex) in enumerate(TRIGGERS) for m in regex.finditer(sentence)]
    return min(found)[2:] if found else None


def _sentence_bounds(sentences: list[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= pos < end:
            return start, end
    return 0, length


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))
