"""Dated events: what happened, when, who acted, where and for how much.

A happening is dated by its own sentence (a date of the sentence and the trigger word
nearest to it, see `rules/event_lexicon.py`) or by its context, where a careful reader
would put it on the timeline without hesitation: the decisions of a council take the day
of its session, "à cette occasion" takes the day of the happening told just before.
One row per happening: a council session plus one event per decision, two happenings
told in one sentence are two rows, one told twice in a sentence is one. Its participants
are the actors of the trigger, with their entity ids. Pure functions over one story's
mentions.
"""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from functools import lru_cache

from .rules.boilerplate import DATELINE_END
from .rules.event_lexicon import (AGENDA, ANAPHOR, APPOINTS, BOUND_BEFORE, BOUND_START, CLAUSE_BREAK,
                                  CONTENT, COUNCIL, COUNTED, DATED_TEXT, DEADLINE, ENUMERATED, EXAMS, FIGURES_OF,
                                  FRAME, FRAMED_BY, FUNDS, HABITUAL, HYPOTHETICAL, INCISE, LEGAL, LIST_ITEM,
                                  LOCATIVE, MEDIUM, MET, MONEY_WORDS, NOT_A_GATHERING, OTHER_CLAUSE, PARTIES,
                                  PERIOD_QUALIFIER, PERMIT, PRESENCE, RECURRING, ROLE_OF, TELLS_THAT,
                                  TEXT_NUMBER, THAT, TRIGGERS, YEAR_DATED, day_count)
from .rules.textutil import lower_same_length

_ACTORS = ("PER", "ORG")
_ADOPTED = next(regex for tier, event_type, regex in TRIGGERS if event_type == "adoption" and tier == 0)
_VERB_TIERS = (0, 3)  # a verb that says what was done, or a reporting verb
_SESSION_TYPES = ("meeting", "conference")  # the session itself, not one of its decisions
_TITLE = -1  # the offsets of a happening told in the headline: before the body
# "Bamako, 21 septembre (AMAP) Destiné à …": an agency tag without a dash also ends a dateline.
_AGENCY_TAG = re.compile(r"\s*\([^)]{2,20}\)")
_DATELINE = re.compile(r"[^()\n]{2,60}?\([^)\n]{2,20}\)(?=\s*[–—-]|\s+[A-ZÀ-Ý])")


def story_events(story: dict, sentences: list[tuple[int, int]], dates: list[dict],
                 entities: list[dict], money: list[dict], title_dates: list[dict] = ()) -> list[dict]:
    """Events of one story, in reading order; every mention dict carries start_char /
    end_char (`title_dates` in story["title"]), entities also entity_id."""
    text = story["text"]
    usable = [d for d in dates if d["date_start"] is not None and not _qualifies_a_thing(text, d)
              and not _is_bound(text, d) and not RECURRING.search(text, max(0, d["start_char"] - 12),
                                                                     d["start_char"])]
    found = _sentence_dated(text, sentences, usable, entities)
    found += _title_session(story.get("title"), title_dates, found)
    found += _context_dated(text, sentences, usable, entities, found)
    found.sort(key=lambda f: (f["sentence_start"], f["at"]))
    return [_row(story, f, entities, money) for f in found]


def _sentence_dated(text: str, sentences: list[tuple[int, int]], dates: list[dict],
                    entities: list[dict]) -> list[dict]:
    """One happening per date and trigger of its sentence (two when the sentence tells two)."""
    found = []
    for date in dates:
        start, end = _sentence_bounds(sentences, date["start_char"], text)
        others = [d for d in dates if d is not date and start <= d["start_char"] < end]
        if others and _is_dateline(text, date):
            continue  # "Niamey, 12 fév (ANP) – Le ministre a présidé lundi dernier …"
        sentence = text[start:end]
        if HABITUAL.search(sentence):
            continue  # "un décret adopté chaque année fixe pour l'année suivante …"
        # this date's offsets in the sentence, then the sentence's other dates'
        spans = [(d["start_char"] - start, d["end_char"] - start) for d in (date, *others)]
        # a happening named by words that point back ("au cours de cette rencontre") was dated before
        names = _names_in(entities, start, end) + [m.span() for m in ANAPHOR.finditer(sentence)]
        trigger = _best_trigger(sentence, *spans[0], spans[1:], names)
        if trigger is None and (presence := PRESENCE.search(sentence)):
            named = _named_next(text, sentences, end) or ("conference", presence.group(0))
            trigger = (*named, presence.start())
        if trigger is None:
            continue
        for event_type, words, at in _happenings(trigger, sentence, spans, names):
            if _whole_years(date) and event_type not in YEAR_DATED:
                continue  # "a été créée en 2018": a year alone does not date it
            found.append(_found(date["date_start"], date["date_end"], "sentence", event_type, words,
                                start, end, start + at, date["start_char"]))
    return _distinct(found)


def _title_session(title: str | None, dates: list[dict], found: list[dict]) -> list[dict]:
    """A council session dated only in the headline ("Communiqué du Conseil des ministres du
    jeudi 5 mars 2026") when the body tells it without a date: its decisions take that day."""
    if not title or not COUNCIL.search(title) or any(f["event_type"] == "meeting" for f in found):
        return []
    for date in (d for d in dates if d["date_start"] is not None):
        trigger = _best_trigger(title, date["start_char"], date["end_char"])
        if trigger and trigger[0] == "meeting":
            session = _found(date["date_start"], date["date_end"], "sentence", "meeting", trigger[1],
                             _TITLE, _TITLE, trigger[2], _TITLE)
            return [{**session, "title": title}]
    return []


def _happenings(trigger: tuple[str, str, int], sentence: str, spans: list[tuple[int, int]],
                names: list[tuple[int, int]]) -> list[tuple[str, str, int]]:
    """The sentence's happening, and a second one when it tells two: a council that met and
    adopted, or a verb framed by another happening ("votés au cours d'une session
    extraordinaire le 20 mai", "pendant l'inauguration, ce lundi, la nouvelle a été annoncée")."""
    found = [trigger]
    for event_type, words, at in [*filter(None, [_second_event(trigger[0], sentence, spans)]),
                                  *_framed(sentence, names)]:
        if event_type not in {t for t, _, _ in found}:
            found.append((event_type, words, at))
    return found


def _framed(sentence: str, names: list[tuple[int, int]]) -> list[tuple[str, str, int]]:
    """"X a été voté au cours d'une session": the session and the vote are two happenings.
    A ceremony or a press briefing only frames what is done there, so it adds nothing (a
    briefing that announces something is one conference)."""
    frame = FRAMED_BY.search(sentence)
    # the noun right after the frame, or after one adjective: "au cours d'une longue session"
    nouns = [t for t in _triggers(sentence, names, tiers=(1,)) if frame and t[3] >= frame.end()
             and re.fullmatch(r"(?:\w+\s+)?", sentence[frame.end():t[3]])]
    if not nouns or nouns[0][1] == "conference":
        return []
    verbs = [t for t in _triggers(sentence, names, tiers=_VERB_TIERS) if t[1] != nouns[0][1]]
    return [t[1:] for t in (nouns[0], *verbs[:1])] if verbs else []


def _context_dated(text: str, sentences: list[tuple[int, int]], dates: list[dict],
                   entities: list[dict], dated: list[dict]) -> list[dict]:
    """Happenings with no date in their sentence that the text dates beyond doubt: each
    decision of a council session, what is done "à cette occasion" / "au cours de
    l'audience" / "lors de cette rencontre" (the day of the happening told before), what
    happened "un jour après la signature" (that day, counted)."""
    session = next((f for f in dated if f["event_type"] == "meeting" and
                    ("title" in f or COUNCIL.search(text, f["sentence_start"], f["sentence_end"]))), None)
    found, agenda = [], False
    for start, end in _lines(sentences, text):
        if any(start <= d["start_char"] < end for d in dates):
            agenda = False
            continue
        sentence = text[start:end]
        agenda = bool(AGENDA.search(sentence)) or (agenda and bool(LIST_ITEM.match(sentence)))
        if agenda or HYPOTHETICAL.search(sentence) or HABITUAL.search(sentence):
            continue  # "il a prononcé des nominations …": the summary of the agenda, told again below
        names = _names_in(entities, start, end)
        before = [f for f in dated + found if f["sentence_start"] < start]
        dating = _counted(sentence, names, before) or _pointed_back(sentence, names, before, session)
        if dating is None:
            continue
        (first, last), anchor, (_, event_type, words, at) = dating
        found.append(_found(first, last, "context", _refined(event_type, sentence), words, start, end,
                            start + at, anchor["date_at"], council=anchor is session))
    return found


def _pointed_back(sentence: str, names: list[tuple[int, int]], before: list[dict],
                  session: dict | None) -> tuple | None:
    """((first, last day), anchor, trigger) for a decision of the council session told before, or for
    what a pointer back ("à cette occasion") ties to the happening told just before."""
    verbs = _triggers(sentence, names, tiers=_VERB_TIERS)
    if not verbs:
        return None
    if session in before and verbs[0][1] not in _SESSION_TYPES and COUNCIL.search(sentence):
        anchor = session
    elif ANAPHOR.search(sentence) and before:
        anchor = before[-1]
    else:
        return None
    return (anchor["date_start"], anchor["date_end"]), anchor, verbs[0]


def _counted(sentence: str, names: list[tuple[int, int]], before: list[dict]) -> tuple | None:
    """((day, day), anchor, trigger) for "Un jour après la signature de cette convention, la
    délégation a participé à une réunion": the day of the signature told before, plus one."""
    counted = COUNTED.search(sentence)
    if not counted:
        return None
    named = [t for t in _triggers(sentence, names, tiers=(0, 1)) if counted.start() <= t[3] < counted.end()]
    anchor = next((f for f in reversed(before) if named and f["event_type"] == named[0][1]
                   and f["date_start"] == f["date_end"]), None)
    own = _triggers(sentence, names + [counted.span()], tiers=(0, 1, 3))
    if anchor is None or not own:
        return None
    day = anchor["date_start"] + timedelta(days=day_count(counted))
    return (day, day), anchor, own[0]


def _found(date_start, date_end, date_from: str, event_type: str, trigger: str, start: int,
           end: int, at: int, date_at: int, council: bool = False) -> dict:
    return {"date_start": date_start, "date_end": date_end, "date_from": date_from,
            "event_type": event_type, "trigger": trigger, "sentence_start": start,
            "sentence_end": end, "at": at, "date_at": date_at, "council": council}


def _distinct(found: list[dict]) -> list[dict]:
    """One row per happening: two dates of one sentence that name the same day for the same
    trigger ("hier jeudi 24 mars 2022" read twice) are one event."""
    seen, kept = set(), []
    for f in found:
        key = (f["date_start"], f["date_end"], f["event_type"], f["sentence_start"])
        if key not in seen:
            seen.add(key)
            kept.append(f)
    return kept


def _row(story: dict, found: dict, entities: list[dict], money: list[dict]) -> dict:
    text, start, end = story["text"], found["sentence_start"], found["sentence_end"]
    actors = _participants(text, found, entities) if start != _TITLE else []
    key = f"{story['story_id']}:{found['date_at']}:{found['at']}:{found['event_type']}".encode()
    return {
        "event_id": hashlib.sha1(key).hexdigest()[:16],
        "story_id": story["story_id"],
        "doc_id": story["doc_id"],
        "date_start": found["date_start"],
        "date_end": found["date_end"],
        "date_from": found["date_from"],
        "event_type": found["event_type"],
        "trigger": found["trigger"],
        "sentence": found.get("title") or text[start:end].strip(),
        "sentence_start": None if start == _TITLE else start,
        "sentence_end": None if start == _TITLE else end,
        "participants": [e["text"] for e in actors],
        "participant_ids": [e.get("entity_id") for e in actors],
        "locations": _unique(e["text"] for e in entities
                             if e["label"] == "LOC" and start <= e["start_char"] and e["end_char"] <= end),
        "money": [{"amount": m["amount"], "currency": m["currency"]} for m in money
                  if start <= m["start_char"] and m["end_char"] <= end],
    }


def _participants(text: str, found: dict, entities: list[dict]) -> list[dict]:
    """The persons and organisations that act in the happening, from its sentence: not the
    one who tells of it ("X a rappelé que l'accord signé en 1995 …"), not what an adopted text
    is about ("un décret qui transfère le permis à la société X"), not a body named inside
    someone's title ("ministre chargé de l'Action humanitaire"; but the body one is appointed
    to is a party to the appointment), not a dateline or a medium; states only as the parties
    of a signature. A council's decision also has the council that sat as actor."""
    start, end = _actors_span(text, found)
    inside = [e for e in entities if start <= e["start_char"] and e["end_char"] <= end]
    if found["council"]:
        inside = _council_of(text, entities, found) + inside
    actors, seen = [], set()
    for e in inside:
        if e["text"] not in seen and _acts(text, e, found):
            seen.add(e["text"])
            actors.append(e)
    return actors


def _actors_span(text: str, found: dict) -> tuple[int, int]:
    """The part of the sentence where the actors stand: the trigger's clause ("X a signé en
    mai …, tandis que Y et Z ont signé le 3 juin …"), after the teller of the happening,
    before what an adopted text says (a text dated in its title names no adopter)."""
    start, end, at = found["sentence_start"], found["sentence_end"], found["at"]
    breaks = list(OTHER_CLAUSE.finditer(text, start, end))
    start = max([m.end() for m in breaks if m.end() <= at], default=start)
    end = min([m.start() for m in breaks if m.start() > at], default=end)
    teller = list(TELLS_THAT.finditer(text, start, at))
    if teller and at >= teller[-1].end():
        start = teller[-1].end()
    if found["event_type"] == "adoption":
        if TEXT_NUMBER.match(text, at):
            return start, start
        content = CONTENT.search(text, at, end)
        end = content.start() if content else end
    if found["event_type"] == "appointment" and text[start:end].rstrip().endswith(":"):
        end = _announced_list_end(text, end)  # "a procédé aux nominations suivantes :"
    return start, end


def _announced_list_end(text: str, end: int) -> int:
    """Where the list a sentence announces with its colon ends: its items ("– Directeur
    général : M. X"), the headings in capitals between them ("AU TITRE DU MINISTERE …") and
    the lines that carry an unfinished item over (a hard-wrapped communiqué)."""
    previous = ":"
    while end < len(text):
        line_start = end + 1 if text[end] == "\n" else end
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        line = text[line_start:line_end].strip()
        carried_over = not previous.endswith((".", ";", ":"))
        if not line or not (LIST_ITEM.match(line) or line.isupper() or carried_over):
            break
        previous, end = line, line_end
    return end


def _acts(text: str, entity: dict, found: dict) -> bool:
    """Whether a name of the actors' span takes part (see `_participants`)."""
    line_start = text.rfind("\n", 0, entity["start_char"]) + 1
    before = text[max(line_start, entity["start_char"] - 60):entity["start_char"]]
    line_end = text.find("\n", entity["end_char"])
    if _in_dateline(text, entity) or MEDIUM.search(before) \
            or text[line_start:len(text) if line_end == -1 else line_end].isupper():
        return False  # nor is a heading in capitals ("AU TITRE DU MINISTERE DES MINES")
    if entity["label"] == "LOC":
        return found["event_type"] == "signature" and _signs(text, entity, found, before)
    if entity["label"] not in _ACTORS:
        return False
    return found["event_type"] == "appointment" or not ROLE_OF.search(before)


def _signs(text: str, entity: dict, found: dict, before: str) -> bool:
    """A state signs when it is the subject ("le Togo a signé") or the party named after
    "par", "entre", "avec" ("signé à Niamey par le Mali et le Niger"), not a place ("à
    Niamey", "les centrales de Maradi et Zinder") nor a qualifier ("Niger's leader")."""
    head = ENUMERATED.sub("", before)  # "… de Maradi et [Zinder]" is read from "… de "
    if LOCATIVE.search(head) or text.startswith(("'s", "’s"), entity["end_char"]):
        return False
    return entity["start_char"] < found["at"] or bool(PARTIES.search(text, found["at"], entity["start_char"]))


def _council_of(text: str, entities: list[dict], found: dict) -> list[dict]:
    """The council named in the session's sentence ("le Conseil des ministres a tenu …")."""
    if found["date_at"] == _TITLE:
        return []  # the headline's names are not read here
    line_start = text.rfind("\n", 0, found["date_at"]) + 1
    line_end = text.find("\n", found["date_at"])
    line_end = len(text) if line_end == -1 else line_end
    return [e for e in entities if e["label"] == "ORG" and line_start <= e["start_char"] < line_end
            and COUNCIL.search(e["text"])][:1]


def _in_dateline(text: str, entity: dict) -> bool:
    """"Bamako, 21 septembre (AMAP)", "Abidjan (AFP) –": where and by whom the dispatch was
    written; that place and that agency do not act in it."""
    line_start = text.rfind("\n", 0, entity["start_char"]) + 1
    dateline = _DATELINE.match(text, line_start)
    return bool(dateline) and entity["end_char"] <= dateline.end()


def _names_in(entities: list[dict], start: int, end: int) -> list[tuple[int, int]]:
    """Offsets in the sentence of its persons, organisations and places (a MISC name is often
    the event itself: "le Forum de l'eau se tiendra …")."""
    return [(e["start_char"] - start, e["end_char"] - start) for e in entities
            if e["label"] in (*_ACTORS, "LOC") and start <= e["start_char"] and e["end_char"] <= end]


def _second_event(event_type: str, sentence: str, dates: list[tuple[int, int]]) -> tuple[str, str, int] | None:
    """A council that met and adopted something makes two events: "Le Conseil, réuni le 3
    décembre, a adopté …", "a présidé la session … qui a validé …". `dates` are this event's
    date then the sentence's other dates: the meeting is dated by the one nearest to it."""
    met = MET.search(sentence)
    if met:
        gaps = [_distance(sentence, met.start(), met.end(), s, e) for s, e in dates]
        met = met if gaps[0] == min(gaps) else None
    if met and event_type == "adoption":
        return "meeting", met.group(0), met.start()
    adopted = _ADOPTED.search(lower_same_length(sentence))
    if met and adopted and event_type == "meeting":
        return "adoption", sentence[adopted.start():adopted.end()], adopted.start()
    return None


def _whole_years(date: dict) -> bool:
    return (date["date_start"].month, date["date_start"].day, date["date_end"].month, date["date_end"].day) \
        == (1, 1, 12, 31)


def _is_dateline(text: str, date: dict) -> bool:
    """The date of a dispatch's dateline, "Niamey, 12 fév (ANP) –": when it was written.
    It dates the event only when its sentence has no other date."""
    line_start = text.rfind("\n", 0, date["start_char"]) + 1
    before = text[line_start:date["start_char"]].rstrip()
    return len(before) <= 40 and before.endswith((",", ", le")) and \
        bool(DATELINE_END.match(text, date["end_char"]) or _AGENCY_TAG.match(text, date["end_char"]))


def _is_bound(text: str, date: dict) -> bool:
    """"depuis mars 2024", "jusqu'au 8 juin", "d'ici 2027": the bound of a state or a target.
    A deadline set to a day ("d'ici le 1er juillet 2026") dates the happening it sets."""
    head = text[max(0, date["start_char"] - 30):date["start_char"]]
    if DEADLINE.search(head) and date["date_start"] == date["date_end"]:
        return False
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
                    other_dates: list[tuple[int, int]] = (),
                    names: list[tuple[int, int]] = ()) -> tuple[str, str] | None:
    """(event_type, trigger text) for a date (see `_best_trigger`)."""
    best = _best_trigger(sentence, date_start, date_end, other_dates, names)
    return best[:2] if best else None


def _best_trigger(sentence: str, date_start: int, date_end: int,
                  other_dates: list[tuple[int, int]] = (),
                  names: list[tuple[int, int]] = ()) -> tuple[str, str, int] | None:
    """(event_type, trigger text, offset) for a date: a verb before a noun, a reporting verb
    last, then the nearest to the date, then the more specific type (see rules/event_lexicon).
    A trigger nearer to another date of the sentence is that date's ("a accordé en juillet
    une subvention, avant la mise en service prévue en mars"), unless no trigger is left
    and it is a verb of the same clause.
    A frame noun takes the type of the trigger it frames ("cérémonie de signature").
    A law dated in its title ("la loi n° 2018-47 du 12 juillet 2018") was adopted that day."""
    candidates, theirs = [], []
    for tier, rank, event_type, words, at in _triggers(sentence, names, keep_rank=True):
        if at < date_end and date_start < at + len(words):
            continue  # inside the date expression itself
        if tier == 3 and _reports(sentence, at, words, date_start, date_end):
            continue  # the date of what is reported, not of the saying
        distance = _distance(sentence, at, at + len(words), date_start, date_end)
        mine = all(distance <= _distance(sentence, at, at + len(words), s, e) for s, e in other_dates)
        (candidates if mine else theirs).append((tier, distance, rank, event_type, words, at))
    # a verb may govern two dates of its clause ("Octroyé en mai 2021, ce permis était passé en
    # avril 2022 …"); a noun names one happening, the one of its nearest date
    candidates = candidates or [c for c in theirs if c[0] == 0 and c[1] < 1000]
    title = DATED_TEXT.search(sentence, 0, date_start)
    if title and not any(c[0] == 0 or (c[0] == 1 and c[3] == "appointment") for c in candidates):
        return "adoption", title.group("text"), title.start()  # "la loi n° 12 du 3 mai 2018"
    if not candidates:
        return None
    best = min(candidates)
    event_type, trigger, at = best[3], best[4], best[5]
    frame = FRAME.match(sentence, at)
    framed = [c for c in candidates if frame and c[5] == frame.end()]
    if framed:  # "la cérémonie de signature" is a signature
        inner = min(framed)
        event_type, trigger = inner[3], sentence[at:inner[5] + len(inner[4])]
    return _refined(event_type, sentence), trigger, at


def _reports(sentence: str, at: int, words: str, date_start: int, date_end: int) -> bool:
    """A reporting verb whose date belongs to what it reports: "… doit intervenir le 25 août,
    a fait savoir le ministre", "a indiqué que les travaux seront achevés début avril"."""
    if at >= date_end:
        return bool(INCISE.search(sentence, date_end, at))
    that = THAT.match(sentence, at + len(words))
    return bool(that) and that.end() <= date_start


def _refined(event_type: str, sentence: str) -> str:
    """Approving an appointment is the appointment; approving a loan is a financing, and
    granting what is no money (a permit, a licence) is another kind of act."""
    if event_type in ("adoption", "announcement") and APPOINTS.search(sentence):
        return "appointment"  # "Les nominations ci-après ont été décidées"
    if event_type == "adoption" and FUNDS.search(sentence) and not LEGAL.search(sentence):
        return "financing"
    if event_type == "conference" and NOT_A_GATHERING.search(sentence):
        return "other"  # a port call, exams held: neither a summit nor a ceremony
    if event_type == "launch" and EXAMS.search(sentence):
        return "other"  # exams begun: no launch either
    if event_type == "financing" and PERMIT.search(sentence) and not MONEY_WORDS.search(sentence):
        return "other"  # "Octroyé en mai 2021 à la société X, ce permis …"
    return event_type


def _triggers(sentence: str, names: list[tuple[int, int]], tiers=(0, 1, 2, 3),
              keep_rank: bool = False) -> list[tuple]:
    """Every trigger of the sentence, by tier then position: (tier, [rank,] type, words,
    offset). A trigger word inside a name is part of the name, not a happening ("Comité
    international de la Croix-Rouge"), unless it is the whole name ("Conseil des ministres")."""
    found = [(tier, rank, event_type, words, start) if keep_rank else (tier, event_type, words, start)
             for tier, rank, event_type, words, start, end in _trigger_matches(sentence)
             if tier in tiers and not _inside_a_name(start, end, names)]
    return sorted(found, key=lambda t: (t[0], t[-1]))


@lru_cache(maxsize=4096)
def _trigger_matches(sentence: str) -> tuple[tuple, ...]:
    """Every match of every trigger pattern in the sentence: (tier, rank, type, words, start,
    end). A sentence is asked about once per date and per clause; the lexicon runs once."""
    lowered = lower_same_length(sentence)
    return tuple((tier, rank, event_type, sentence[m.start():m.end()], m.start(), m.end())
                 for rank, (tier, event_type, regex) in enumerate(TRIGGERS) for m in regex.finditer(lowered))


def _inside_a_name(start: int, end: int, names: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in names)


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
    found = [(rank, start, event_type, words)
             for _, rank, event_type, words, start, _ in _trigger_matches(text[following[0]:following[1]])]
    return min(found)[2:] if found else None


def _sentence_bounds(sentences: list[tuple[int, int]], pos: int, text: str) -> tuple[int, int]:
    """The model's sentence around `pos`, cut at line breaks: a paragraph ends a sentence."""
    start, end = next(((s, e) for s, e in sentences if s <= pos < e), (0, len(text)))
    line_end = text.find("\n", pos)
    return max(start, text.rfind("\n", 0, pos) + 1), min(end, line_end if line_end != -1 else end)


def _lines(sentences: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The model's sentences cut at line breaks, in reading order, blank pieces left out."""
    pieces = []
    for s, e in sentences:
        for line in re.finditer(r"[^\n]+", text[s:e]):
            if line.group(0).strip():
                pieces.append((s + line.start(), s + line.end()))
    return pieces


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))
