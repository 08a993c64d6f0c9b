"""The analyst's report: a static HTML site built from the final tables, opened from disk.

`index.html` (counts, documents and their stories, a timeline of the events by type, the
most mentioned entities), `stories/<story_id>.html` (each part of the story with its
entities, dates and money highlighted by displaCy from the rows' offsets, the story's events
and the stories that share an entity with it) and `entities/<entity_id>.html` (aliases,
mentions, events, roles). Pure functions from tables to {relative path: html}: `site` for
tables held whole; for a corpus read shard by shard, an `Overview` gathers what pages link
with across shards, then `story_pages` per shard and `overview_pages` once. No model is
loaded. Every text from the tables is escaped: a story that contains "<script>" shows it as
text.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from html import escape

import pandas as pd
from spacy.displacy import EntityRenderer
from spacy.displacy.templates import TPL_ENT

from .ner import PART_COLUMNS

_TOP_ENTITIES = 30
_RELATED = 10  # stories listed as sharing entities with a story
_SHARED_MAX = 100  # an entity in more stories than this relates none of them
_PAGE_ROWS = 500  # rows of the index's documents and events tables per page: an archive's index stays a page
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
    """The report's pages by relative path, from tables that fit in memory at once (as
    `storage.read_final` returns them)."""
    overview = Overview({name: len(df) for name, df in tables.items()})
    overview.add(tables)
    return {**dict(overview_pages(overview, tables)), **story_pages(overview, tables)}


# What the index and entity pages read of the tables that are not in the Overview.
OVERVIEW_COLUMNS = {"documents": ["doc_id", "path", "publication_date", "outlet"],
                    "entity_index": ["entity_id", "canonical", "label", "aliases", "n_mentions", "n_documents",
                                     "first_seen", "last_seen"],
                    "roles": ["entity_id", "role", "organisation", "story_id"]}


def overview_pages(overview: Overview, tables: dict[str, pd.DataFrame]) -> Iterator[tuple[str, str]]:
    """(path, html) of index.html, of the further pages of its documents and events tables,
    then of a page per entity, one at a time; `tables` needs the OVERVIEW_COLUMNS."""
    t = _Rows(tables)
    overview.events.sort(key=lambda e: (str(e["date_start"]), e["event_type"]))
    yield "index.html", _index(overview, t)
    for kind, title, table in (("documents", "Documents and their stories", _documents),
                               ("events", "Events", _events_page)):
        for number in range(2, _page_count(kind, overview, t) + 1):
            body = f"<h1>{title}</h1>{_pager(kind, number, overview, t, '../')}{table(overview, t, number, '../')}"
            yield f"{kind}/page-{number}.html", _page(title, body, "../")
    for entity in t.rows("entity_index"):
        yield f"entities/{entity['entity_id']}.html", _entity_page(overview, t, entity)


def story_pages(overview: Overview, tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """A page per story of `tables` (one shard's: stories, entities, dates, money, events)."""
    t = _Rows(tables)
    return {f"stories/{story['story_id']}.html": _story_page(overview, t, story) for story in t.rows("stories")}


# What the events tables and the timeline show of an event
_EVENT_COLUMNS = ["story_id", "date_start", "date_end", "event_type", "trigger", "participants",
                  "participant_ids", "locations"]


class Overview:
    """What pages link with across the corpus, kept narrow so that the site is written one
    shard at a time: the tables' row counts, story titles, which stories mention which
    entities, the events, the entities' names. `add` each shard's COLUMNS, then
    `overview_pages`."""

    # what `add` reads of each table
    COLUMNS = {"stories": ["story_id", "doc_id", "seq", "title", "text"], "entities": ["entity_id", "story_id"],
               "events": _EVENT_COLUMNS, "entity_index": ["entity_id", "canonical"]}

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.story_titles: dict[str, str] = {}
        self.stories_of_doc: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.entities_of_story: dict[str, set[str]] = defaultdict(set)
        self.stories_of_entity: dict[str, Counter] = defaultdict(Counter)
        self.events: list[dict] = []
        self.events_of_entity: dict[str, list[dict]] = defaultdict(list)
        self.canonical: dict[str, str] = {}

    def add(self, tables: dict[str, pd.DataFrame]) -> None:
        stories = tables.get("stories", pd.DataFrame(columns=self.COLUMNS["stories"]))
        for story in stories[self.COLUMNS["stories"]].to_dict("records"):
            self.story_titles[story["story_id"]] = _story_title(story)
            self.stories_of_doc[story["doc_id"]].append((story["seq"], story["story_id"]))
        mentions = tables.get("entities", pd.DataFrame(columns=["entity_id", "story_id"]))
        for entity_id, story_id in zip(mentions["entity_id"], mentions["story_id"]):
            if isinstance(entity_id, str):  # one copy of each id, however many mentions name it
                entity_id, story_id = sys.intern(entity_id), sys.intern(story_id)
                self.entities_of_story[story_id].add(entity_id)
                self.stories_of_entity[entity_id][story_id] += 1
        events = tables["events"][_EVENT_COLUMNS] if "events" in tables else pd.DataFrame(columns=_EVENT_COLUMNS)
        for event in events.to_dict("records"):
            self.events.append(event)
            for entity_id in dict.fromkeys(_list(event["participant_ids"])):
                self.events_of_entity[entity_id].append(event)
        if "entity_index" in tables:
            self.canonical |= dict(zip(tables["entity_index"]["entity_id"], tables["entity_index"]["canonical"]))


class _Rows:
    """Tables as rows (dicts), grouped once by the keys pages look rows up by: a site of n
    stories costs n lookups, not n scans of every table."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        self.records = {name: df.to_dict("records") for name, df in tables.items()}
        self._groups: dict[tuple[str, str], dict[str, list[dict]]] = {}

    def rows(self, name: str) -> list[dict]:
        return self.records.get(name, [])

    def where(self, name: str, key: str, value: str) -> list[dict]:
        """The rows of table `name` whose column `key` is `value`."""
        if (name, key) not in self._groups:
            groups = defaultdict(list)
            for row in self.rows(name):
                groups[row[key]].append(row)
            self._groups[name, key] = groups
        return self._groups[name, key].get(value, [])


# --- pages ----------------------------------------------------------------------------------

def _page(title: str, body: str, root: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body>\n"
            f'<nav><a href="{root}index.html">Report index</a></nav>\n{body}\n</body></html>\n')


def _index(o: Overview, t: _Rows) -> str:
    counts = sorted(o.counts.items())
    body = ["<h1>Pipeline report</h1>", "<h2>Rows per table</h2>", _table(["table", "rows"], counts),
            "<h2>Documents and their stories</h2>", _pager("documents", 1, o, t, ""), _documents(o, t, 1, ""),
            "<h2>Events on a timeline</h2>", _timeline(o.events),
            _pager("events", 1, o, t, ""), _events_page(o, t, 1, ""),
            "<h2>Most mentioned entities</h2>", _top_entities(t)]
    return _page("Pipeline report", "\n".join(body), "")


def _page_count(kind: str, o: Overview, t: _Rows) -> int:
    rows = len(t.rows("documents")) if kind == "documents" else len(o.events)
    return max(1, -(-rows // _PAGE_ROWS))


def _pager(kind: str, current: int, o: Overview, t: _Rows, root: str) -> str:
    """Links to the pages of the index's documents or events table (page 1 is the index)."""
    count = _page_count(kind, o, t)
    if count == 1:
        return ""
    links = [str(n) if n == current else _link(f"{root}index.html" if n == 1 else f"{root}{kind}/page-{n}.html", str(n))
             for n in range(1, count + 1)]
    return f'<p class="pages">Pages: {" ".join(links)}</p>'


def _documents(o: Overview, t: _Rows, number: int, root: str) -> str:
    rows = []
    for doc in t.rows("documents")[(number - 1) * _PAGE_ROWS:number * _PAGE_ROWS]:
        own = [story_id for _, story_id in sorted(o.stories_of_doc.get(doc["doc_id"], []))]
        links = "<br>".join(_link(f"{root}stories/{s}.html", o.story_titles[s]) for s in own) \
            or '<span class="muted">no story</span>'
        rows.append((escape(str(doc["path"])), _text(doc.get("publication_date")), _text(doc.get("outlet")), links))
    return _table(["document", "published", "outlet", "stories"], rows, escaped=True)


def _events_page(o: Overview, t: _Rows, number: int, root: str) -> str:
    return _events_table(o, o.events[(number - 1) * _PAGE_ROWS:number * _PAGE_ROWS], root)


def _top_entities(t: _Rows) -> str:
    top = sorted(t.rows("entity_index"), key=lambda e: (-e["n_mentions"], e["canonical"]))[:_TOP_ENTITIES]
    rows = [(_link(f"entities/{e['entity_id']}.html", e["canonical"]), escape(e["label"]), e["n_mentions"],
             e["n_documents"]) for e in top]
    return _table(["entity", "label", "mentions", "documents"], rows, escaped=True)


def _story_page(o: Overview, t: _Rows, story: dict) -> str:
    story_id = story["story_id"]
    parts = "\n".join(_part(t, story, part) for part in PART_COLUMNS)
    meta = f'<p class="muted">Published {_text(story.get("publication_date")) or "(date unknown)"} · story {escape(story_id)}</p>'
    aside = ["<h2>Events</h2>", _events_table(o, t.where("events", "story_id", story_id), "../", with_story=False),
             "<h2>Stories that share an entity</h2>", _related(o, story_id)]
    body = (f"<h1>{escape(o.story_titles[story_id])}</h1>{meta}"
            f'<div class="story"><section>{parts}</section><aside>{"".join(aside)}</aside></div>')
    return _page(o.story_titles[story_id], body, "../")


def _part(t: _Rows, story: dict, part: str) -> str:
    text = story.get(PART_COLUMNS[part])
    if not isinstance(text, str) or not text.strip():
        return ""
    spans = _highlights(t, story["story_id"], part, "../")
    html = _renderer().render([{"text": text, "ents": spans, "title": None}])
    return f'<div class="part" data-part="{part}"><h2>{_PART_NAMES[part]}</h2>{html}</div>'


@lru_cache(maxsize=1)
def _renderer() -> EntityRenderer:
    """displaCy's "ent" style, what displacy.render(..., style="ent", manual=True) uses, built
    once: building it looks up the colour registry, a cost per part otherwise."""
    return EntityRenderer({"template": _MARK})


def _highlights(t: _Rows, story_id: str, part: str, root: str) -> list[dict]:
    """displaCy's manual spans for one part: entities (linked to their entity page), dates and
    money, in text order. displaCy's "ent" style draws no overlap: a span starting inside the
    one before is left out (the earlier, then the longer, is kept)."""
    spans = []
    for name, label in (("entities", None), ("dates", "DATE"), ("money", "MONEY")):
        for row in (r for r in t.where(name, "story_id", story_id) if r["part"] == part):
            span = {"start": int(row["start_char"]), "end": int(row["end_char"]),
                    "label": escape(label or row["label"]), "params": {"tip": _tip(name, row)}}
            if label is None and isinstance(row["entity_id"], str):
                span |= {"kb_id": "↗", "kb_url": f"{root}entities/{row['entity_id']}.html"}
            spans.append(span)
    kept, end = [], 0
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        if span["start"] >= end:
            kept.append(span)
            end = span["end"]
    return kept


def _tip(table: str, row: dict) -> str:
    """What a highlight's tooltip says the mention means."""
    if table == "dates":
        return _period(row["date_start"], row["date_end"]) if _text(row["date_start"]) else "unresolved"
    if table == "money":
        return escape(f"{row['amount']:,.2f} {row['currency']}".replace(",", " "))
    return _text(row["canonical"])


def _related(o: Overview, story_id: str) -> str:
    """Other stories that mention one of this story's entities, those sharing most first.
    An entity in more than _SHARED_MAX stories (the country of a national archive) relates
    them all, so it relates none: it would also make the site's cost grow with the square
    of the corpus."""
    shared: dict[str, set[str]] = defaultdict(set)
    for entity_id in o.entities_of_story.get(story_id, ()):
        if len(o.stories_of_entity[entity_id]) > _SHARED_MAX:
            continue
        for other in o.stories_of_entity[entity_id].keys() - {story_id}:
            shared[other].add(entity_id)
    if not shared:
        return '<p class="muted">None.</p>'
    best = sorted(shared, key=lambda s: (-len(shared[s]), o.story_titles.get(s, s)))[:_RELATED]
    rows = [(_link(f"{s}.html", o.story_titles.get(s, s)),
             ", ".join(_link(f"../entities/{e}.html", o.canonical.get(e, e)) for e in sorted(shared[s])))
            for s in best]
    return _table(["story", "shared entities"], rows, escaped=True)


def _entity_page(o: Overview, t: _Rows, entity: dict) -> str:
    entity_id = entity["entity_id"]
    facts = [("label", escape(entity["label"])), ("aliases", escape(", ".join(_list(entity["aliases"])))),
             ("mentions", entity["n_mentions"]), ("documents", entity["n_documents"]),
             ("first seen", _text(entity["first_seen"])), ("last seen", _text(entity["last_seen"]))]
    per_story = o.stories_of_entity.get(entity_id, Counter())
    stories = [(_link(f"../stories/{s}.html", o.story_titles.get(s, s)), n) for s, n in per_story.most_common()]
    roles = [(escape(r["role"]), _text(r["organisation"]),
              _link(f"../stories/{r['story_id']}.html", o.story_titles.get(r["story_id"], "")))
             for r in t.where("roles", "entity_id", entity_id)]
    body = [f"<h1>{escape(entity['canonical'])}</h1>", _table(["", ""], facts, escaped=True),
            "<h2>Stories</h2>", _table(["story", "mentions"], stories, escaped=True),
            "<h2>Events</h2>", _events_table(o, o.events_of_entity.get(entity_id, []), "../"),
            "<h2>Roles</h2>", _table(["role", "organisation", "story"], roles, escaped=True)]
    return _page(entity["canonical"], "\n".join(body), "../")


# --- events ---------------------------------------------------------------------------------

def _events_table(o: Overview, events: list[dict], root: str, with_story: bool = True) -> str:
    if not events:
        return '<p class="muted">No event.</p>'
    rows = []
    for e in sorted(events, key=lambda e: (str(e["date_start"]), e["event_type"])):
        names, ids = _list(e["participants"]), _list(e["participant_ids"])
        people = ", ".join(_link(f"{root}entities/{i}.html", n) if i in o.canonical else escape(n)
                           for n, i in zip(names, ids + [None] * len(names)))
        row = (_period(e["date_start"], e["date_end"]), escape(e["event_type"]), escape(e["trigger"]), people,
               escape(", ".join(_list(e["locations"]))),
               _link(f"{root}stories/{e['story_id']}.html", o.story_titles.get(e["story_id"], "")))
        rows.append(row if with_story else row[:-1])
    headers = ["date", "type", "trigger", "participants", "places", "story"]
    return _table(headers if with_story else headers[:-1], rows, escaped=True)


def _timeline(events: list[dict]) -> str:
    """An SVG of the events: one row per type, a dot for a day, a bar for a period, the
    trigger and date on hover; the types' names are the legend."""
    events = [e for e in events if _text(e["date_start"]) and _text(e["date_end"])]
    if not events:
        return '<p class="muted">No dated event.</p>'
    first, last = min(e["date_start"] for e in events), max(e["date_end"] for e in events)
    days = max((last - first).days, 1)
    types = sorted({e["event_type"] for e in events})
    left, width, row = 110, 640, 26
    x = lambda d: left + width * (d - first).days / days  # noqa: E731
    marks = []
    for e in events:
        start, end, y = e["date_start"], e["date_end"], row * types.index(e["event_type"]) + row / 2
        tip = f"<title>{escape(e['trigger'])} · {_period(start, end)}</title>"
        marks.append(f'<circle cx="{x(start):.1f}" cy="{y}" r="5" fill="#4a7ebb">{tip}</circle>'
                     if start == end else
                     f'<rect x="{x(start):.1f}" y="{y - 5}" width="{max(x(end) - x(start), 3):.1f}" '
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
