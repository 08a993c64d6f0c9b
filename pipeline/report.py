"""The analyst's report: a static HTML site built from the final tables, opened from disk.

`site(tables)` is a pure function from the tables `read_final` returns to {relative path:
html}: `index.html` (counts, documents and their stories, a timeline of the events by type,
the most mentioned entities), `stories/<story_id>.html` (each part of the story with its
entities, dates and money highlighted by displaCy from the rows' offsets, the story's events
and the stories that share an entity with it) and `entities/<entity_id>.html` (aliases,
mentions, events, roles). No model is loaded. Every text from the tables is escaped: a
story that contains "<script>" shows it as text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from html import escape

import pandas as pd
from spacy import displacy
from spacy.displacy.templates import TPL_ENT

from .ner import PART_COLUMNS

_TOP_ENTITIES = 30
_RELATED = 10  # stories listed as sharing entities with a story
# displaCy's colours for PER, ORG, LOC, MISC, DATE and MONEY are kept; these are the parts' headings.
_PART_NAMES = {"title": "Title", "body": "Body", "byline": "Byline", "source": "Source"}
# displaCy's entity markup with a tooltip: the canonical name, the resolved date, the parsed amount.
_MARK = TPL_ENT.replace('<mark class="entity"', '<mark class="entity" title="{tip}"')
_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.story { display: flex; gap: 2em; align-items: flex-start; }
.story > section { flex: 3; } .story > aside { flex: 2; }
.part { margin-bottom: 1.5em; }
.muted { color: #777; }
"""


def site(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """The report's pages by relative path; `tables` as read by `storage.read_final`."""
    t = _Tables(tables)
    pages = {"index.html": _index(t)}
    pages |= {f"stories/{story['story_id']}.html": _story_page(t, story) for story in t.rows("stories")}
    pages |= {f"entities/{entity['entity_id']}.html": _entity_page(t, entity) for entity in t.rows("entity_index")}
    return pages


class _Tables:
    """The tables with the lookups the pages need, built once."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        self.tables = tables
        self.entities = tables.get("entities", pd.DataFrame(columns=["story_id", "entity_id"]))
        index = self.frame("entity_index")
        self.canonical = dict(zip(index["entity_id"], index["canonical"])) if len(index) else {}
        self.story_titles = {s["story_id"]: _story_title(s) for s in self.rows("stories")}

    def frame(self, name: str) -> pd.DataFrame:
        return self.tables.get(name, pd.DataFrame())

    def rows(self, name: str) -> list[dict]:
        return self.frame(name).to_dict("records")

    def of_story(self, name: str, story_id: str) -> pd.DataFrame:
        df = self.frame(name)
        return df[df["story_id"] == story_id] if len(df) else df


# --- pages ----------------------------------------------------------------------------------

def _page(title: str, body: str, root: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body>\n"
            f'<nav><a href="{root}index.html">Report index</a></nav>\n{body}\n</body></html>\n')


def _index(t: _Tables) -> str:
    counts = [(name, len(df)) for name, df in t.tables.items()]
    body = ["<h1>Pipeline report</h1>", "<h2>Rows per table</h2>", _table(["table", "rows"], counts),
            "<h2>Documents and their stories</h2>", _documents(t),
            "<h2>Events on a timeline</h2>", _timeline(t.frame("events")), _events_table(t, t.frame("events"), ""),
            "<h2>Most mentioned entities</h2>", _top_entities(t)]
    return _page("Pipeline report", "\n".join(body), "")


def _documents(t: _Tables) -> str:
    stories = t.frame("stories")
    rows = []
    for doc in t.rows("documents"):
        own = stories[stories["doc_id"] == doc["doc_id"]].sort_values("seq") if len(stories) else stories
        links = "<br>".join(_link(f"stories/{s}.html", t.story_titles[s]) for s in own["story_id"]) \
            if len(own) else '<span class="muted">no story</span>'
        rows.append((escape(str(doc["path"])), _text(doc.get("publication_date")), _text(doc.get("outlet")), links))
    return _table(["document", "published", "outlet", "stories"], rows, escaped=True)


def _top_entities(t: _Tables) -> str:
    index = t.frame("entity_index")
    if not len(index):
        return '<p class="muted">No entity.</p>'
    top = index.sort_values(["n_mentions", "canonical"], ascending=[False, True]).head(_TOP_ENTITIES)
    rows = [(_link(f"entities/{e.entity_id}.html", e.canonical), escape(e.label), e.n_mentions, e.n_documents)
            for e in top.itertuples()]
    return _table(["entity", "label", "mentions", "documents"], rows, escaped=True)


def _story_page(t: _Tables, story: dict) -> str:
    story_id = story["story_id"]
    parts = "\n".join(_part(t, story, part) for part in PART_COLUMNS)
    meta = f'<p class="muted">Published {_text(story.get("publication_date")) or "(date unknown)"} · story {escape(story_id)}</p>'
    aside = ["<h2>Events</h2>", _events_table(t, t.of_story("events", story_id), "../"),
             "<h2>Stories that share an entity</h2>", _related(t, story_id)]
    body = (f"<h1>{escape(t.story_titles[story_id])}</h1>{meta}"
            f'<div class="story"><section>{parts}</section><aside>{"".join(aside)}</aside></div>')
    return _page(t.story_titles[story_id], body, "../")


def _part(t: _Tables, story: dict, part: str) -> str:
    text = story.get(PART_COLUMNS[part])
    if not isinstance(text, str) or not text.strip():
        return ""
    spans = _highlights(t, story["story_id"], part, "../")
    html = displacy.render({"text": text, "ents": spans, "title": None}, style="ent", manual=True,
                           options={"template": _MARK})
    return f'<div class="part" data-part="{part}"><h2>{_PART_NAMES[part]}</h2>{html}</div>'


def _highlights(t: _Tables, story_id: str, part: str, root: str) -> list[dict]:
    """displaCy's manual spans for one part: entities (linked to their entity page), dates and
    money, in text order. displaCy's "ent" style draws no overlap: a span starting inside the
    one before is left out (the earlier, then the longer, is kept)."""
    spans = []
    for name, label in (("entities", None), ("dates", "DATE"), ("money", "MONEY")):
        rows = t.of_story(name, story_id)
        for row in (rows[rows["part"] == part] if len(rows) else rows).itertuples():
            span = {"start": int(row.start_char), "end": int(row.end_char), "label": escape(label or row.label),
                    "params": {"tip": _tip(name, row)}}
            if label is None and isinstance(row.entity_id, str):
                span |= {"kb_id": "↗", "kb_url": f"{root}entities/{row.entity_id}.html"}
            spans.append(span)
    kept, end = [], 0
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        if span["start"] >= end:
            kept.append(span)
            end = span["end"]
    return kept


def _tip(table: str, row) -> str:
    """What a highlight's tooltip says the mention means."""
    if table == "dates":
        return _period(row.date_start, row.date_end) if pd.notna(row.date_start) else "unresolved"
    if table == "money":
        return escape(f"{row.amount:,.2f} {row.currency}".replace(",", " "))
    return _text(row.canonical)


def _related(t: _Tables, story_id: str) -> str:
    """Other stories that mention one of this story's entities, those sharing most first."""
    ents = t.entities.dropna(subset=["entity_id"])
    own = set(ents.loc[ents["story_id"] == story_id, "entity_id"])
    shared: dict[str, set[str]] = defaultdict(set)
    for other, entity_id in ents.loc[ents["entity_id"].isin(own) & (ents["story_id"] != story_id),
                                     ["story_id", "entity_id"]].itertuples(index=False):
        shared[other].add(entity_id)
    if not shared:
        return '<p class="muted">None.</p>'
    best = sorted(shared, key=lambda s: (-len(shared[s]), t.story_titles.get(s, s)))[:_RELATED]
    rows = [(_link(f"{s}.html", t.story_titles.get(s, s)),
             ", ".join(_link(f"../entities/{e}.html", t.canonical.get(e, e)) for e in sorted(shared[s])))
            for s in best]
    return _table(["story", "shared entities"], rows, escaped=True)


def _entity_page(t: _Tables, entity: dict) -> str:
    entity_id = entity["entity_id"]
    facts = [("label", escape(entity["label"])), ("aliases", escape(", ".join(_list(entity["aliases"])))),
             ("mentions", entity["n_mentions"]), ("documents", entity["n_documents"]),
             ("first seen", _text(entity["first_seen"])), ("last seen", _text(entity["last_seen"]))]
    mentions = t.entities[t.entities["entity_id"] == entity_id] if len(t.entities) else t.entities
    per_story = Counter(mentions["story_id"]) if len(mentions) else Counter()
    stories = [(_link(f"../stories/{s}.html", t.story_titles.get(s, s)), n) for s, n in per_story.most_common()]
    events = t.frame("events")
    if len(events):
        events = events[events["participant_ids"].map(lambda ids: entity_id in _list(ids))]
    roles = t.frame("roles")
    roles = [(escape(r.role), _text(r.organisation), _link(f"../stories/{r.story_id}.html", t.story_titles.get(r.story_id, "")))
             for r in (roles[roles["entity_id"] == entity_id].itertuples() if len(roles) else [])]
    body = [f"<h1>{escape(entity['canonical'])}</h1>", _table(["", ""], facts, escaped=True),
            "<h2>Stories</h2>", _table(["story", "mentions"], stories, escaped=True),
            "<h2>Events</h2>", _events_table(t, events, "../"),
            "<h2>Roles</h2>", _table(["role", "organisation", "story"], roles, escaped=True)]
    return _page(entity["canonical"], "\n".join(body), "../")


# --- events ---------------------------------------------------------------------------------

def _events_table(t: _Tables, events: pd.DataFrame, root: str) -> str:
    if not len(events):
        return '<p class="muted">No event.</p>'
    rows = []
    for e in events.sort_values(["date_start", "event_type"]).itertuples():
        names = _list(e.participants)
        ids = _list(e.participant_ids)
        people = ", ".join(_link(f"{root}entities/{i}.html", n) if isinstance(i, str) and i in t.canonical
                           else escape(n) for n, i in zip(names, ids + [None] * len(names)))
        rows.append((_period(e.date_start, e.date_end), escape(e.event_type), escape(e.trigger), people,
                     escape(", ".join(_list(e.locations))),
                     _link(f"{root}stories/{e.story_id}.html", t.story_titles.get(e.story_id, ""))))
    return _table(["date", "type", "trigger", "participants", "places", "story"], rows, escaped=True)


def _timeline(events: pd.DataFrame) -> str:
    """An SVG of the events: one row per type, a dot for a day, a bar for a period, the
    trigger and date on hover; the types' names are the legend."""
    events = events.dropna(subset=["date_start", "date_end"]) if len(events) else events
    if not len(events):
        return '<p class="muted">No dated event.</p>'
    first, last = min(events["date_start"]), max(events["date_end"])
    days = max((last - first).days, 1)
    types = sorted(events["event_type"].unique())
    left, width, row = 110, 640, 26
    x = lambda d: left + width * (d - first).days / days  # noqa: E731
    marks = []
    for e in events.itertuples():
        y = row * types.index(e.event_type) + row / 2
        tip = f"<title>{escape(e.trigger)} · {_period(e.date_start, e.date_end)}</title>"
        marks.append(f'<circle cx="{x(e.date_start):.1f}" cy="{y}" r="5" fill="#4a7ebb">{tip}</circle>'
                     if e.date_start == e.date_end else
                     f'<rect x="{x(e.date_start):.1f}" y="{y - 5}" width="{max(x(e.date_end) - x(e.date_start), 3):.1f}" '
                     f'height="10" fill="#e8a33d" opacity="0.8">{tip}</rect>')
    labels = [f'<text x="{left - 8}" y="{row * i + row / 2 + 4}" text-anchor="end">{escape(name)}</text>'
              for i, name in enumerate(types)]
    height = row * len(types) + 24
    axis = [f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="0" y2="{height - 18}" stroke="#ddd"/>'
            f'<text x="{x(tick):.1f}" y="{height - 4}" text-anchor="middle">{label}</text>'
            for tick, label in _ticks(first, last)]
    return (f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{left + width + 20}" height="{height}" '
            f'font-size="12" role="img" aria-label="events by type and date">{"".join(axis + labels + marks)}</svg>'
            '<p class="muted">A dot is an event of one day, a bar an event over a period.</p>')


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Grid lines at each new year, or at each new month when the events span less than two years."""
    monthly = (last - first).days < 730
    ticks, day = [], date(first.year, first.month, 1)
    while day <= last:
        if day >= first and (monthly or day.month == 1):
            ticks.append((day, day.strftime("%Y-%m") if monthly else str(day.year)))
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return ticks


# --- small helpers --------------------------------------------------------------------------

def _story_title(story: dict) -> str:
    title = story.get("title")
    if isinstance(title, str) and title.strip():
        return title
    return " ".join(str(story.get("text") or "").split()[:12]) + " …"


def _table(headers: list[str], rows: list[tuple], escaped: bool = False) -> str:
    """An HTML table; cells are escaped unless the caller built them from escaped parts."""
    if not rows:
        return '<p class="muted">None.</p>'
    cell = (lambda v: str(v)) if escaped else (lambda v: escape(str(v)))
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(str(text))}</a>'


def _text(value) -> str:
    """A cell that may be null (None, NaN, NaT)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else escape(str(value))


def _list(value) -> list:
    """A list column's value (numpy array, list or null) as a list."""
    return [] if value is None or (not hasattr(value, "__len__") and pd.isna(value)) else list(value)


def _period(start, end) -> str:
    return escape(str(start) if start == end else f"{start} → {end}")
