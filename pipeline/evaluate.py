"""Accuracy against the hand-written gold of tests/gold/, ours beside raw fr_core_news_md.

Each gold set is a folder of YAML files (format in tests/gold/README.md) next to, or
pointing at, the texts they describe. The pipeline runs on those texts as a user would run
it; its tables are then compared document by document:

* entities: exact span and label, P/R/F1 overall and per label;
* dates: detection by overlapping span, plus the share of matched dates whose start and
  end are both right;
* money: P/R/F1 on (amount, currency) pairs;
* stories: documents whose story count and titles are exactly right, sources right;
* boilerplate: furniture lines removed (recall) and content lines lost;
* events: gold events found with the right dates, and with the right type too.

Gold mentions carry no offsets: they are found by scanning the document's story texts
forward, in reading order, so the same gold serves our stories and the raw text.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from .runner import read_inputs, run

ROOT = Path(__file__).resolve().parent.parent
GOLD_SETS = {"seeds": (ROOT / "tests/gold/seeds", ROOT / "seeds"),
             "dev": (ROOT / "tests/gold/dev", ROOT / "tests/gold/dev"),
             "heldout": (ROOT / "tests/gold/heldout", ROOT / "tests/gold/heldout")}
# Real French news pages with gold written by reading them, and their own scorer (a copy of
# ../shared/real-news): the honest reference, scored exactly as the team measures it.
REAL_NEWS = ROOT / "tests/gold/real_news"
# Sets in the real-news format, scored by that set's score.py: the real pages, and passages
# invented to their layouts by writers who never read the rules, each first measured
# untouched, then some tuned on (see tests/gold/thresholds.yaml for which and when).
REAL_FORMAT_SETS = {"real_news": REAL_NEWS, "layout_heldout": ROOT / "tests/gold/layout_heldout",
                    "unseen_layouts": ROOT / "tests/gold/unseen_layouts",
                    "fresh_layouts": ROOT / "tests/gold/fresh_layouts",
                    "final_layouts": ROOT / "tests/gold/final_layouts"}
SCORER = REAL_NEWS / "score.py"
THRESHOLDS = ROOT / "tests/gold/thresholds.yaml"
LABELS = ["PER", "ORG", "LOC", "MISC"]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- gold ---------------------------------------------------------------------------------

def load_gold(folder: Path) -> list[dict]:
    """Every gold YAML of a folder, in file order."""
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yaml"))]


def locate(text: str, mentions: list[str]) -> list[tuple[int, int] | None]:
    """Offsets of `mentions` in `text`, scanning forward in reading order; None if absent."""
    found, cursor = [], 0
    for mention in mentions:
        m = re.compile(rf"(?<!\w){re.escape(mention)}(?!\w)").search(text, cursor)
        found.append((m.start(), m.end()) if m else None)
        if m:
            cursor = m.end()
    return found


# --- the system under test, as one text per document with its mentions ----------------------

@dataclass
class DocView:
    """One document as a system sees it: story texts joined, mentions in that string."""
    text: str
    titles: list[str | None]
    sources: list[str | None]
    entities: list[tuple[int, int, str]]
    dates: list[tuple[int, int, date | None, date | None]]
    money: list[tuple[float, str]]
    events: list[tuple[date, date, str]]
    removed_lines: list[str]


def ours(final: dict[str, pd.DataFrame]) -> dict[str, DocView]:
    """Our processed tables, one DocView per input path."""
    views = {}
    stories = final["stories"].sort_values(["doc_id", "seq"])
    for doc in final["documents"].itertuples():
        doc_stories = stories[stories["doc_id"] == doc.doc_id]
        offsets, parts, pos = {}, [], 0
        for s in doc_stories.itertuples():
            offsets[s.story_id] = pos
            parts.append(s.text)
            pos += len(s.text) + 2
        # The in-house gold annotates story bodies only.
        shift = lambda df, doc_id=doc.doc_id, offsets=offsets: [
            (offsets[r.story_id], r) for r in df[df["doc_id"] == doc_id].itertuples()
            if getattr(r, "part", "body") == "body"]
        views[doc.path] = DocView(
            text="\n\n".join(parts),
            titles=list(doc_stories["title"]), sources=list(doc_stories["source"]),
            entities=[(o + r.start_char, o + r.end_char, r.label) for o, r in shift(final["entities"])],
            dates=[(o + r.start_char, o + r.end_char, r.date_start, r.date_end) for o, r in shift(final["dates"])],
            money=[(r.amount, r.currency) for _, r in shift(final["money"])],
            events=[(r.date_start, r.date_end, r.event_type) for _, r in shift(final["events"])],
            removed_lines=list(doc.removed),
        )
    return views


def raw_spacy(texts: dict[str, str]) -> dict[str, DocView]:
    """Plain fr_core_news_md on the raw text: no cleaning, no segmentation, no rules."""
    import spacy
    nlp = spacy.load("fr_core_news_md")
    views = {}
    for (path, text), doc in zip(texts.items(), nlp.pipe(texts.values())):
        views[path] = DocView(text=text, titles=[], sources=[], dates=[], money=[], events=[],
                              entities=[(e.start_char, e.end_char, e.label_) for e in doc.ents],
                              removed_lines=[])
    return views


# --- scoring ------------------------------------------------------------------------------

def score(gold_docs: list[dict], views: dict[str, DocView], raw_texts: dict[str, str]) -> dict[str, float]:
    """All figures for one system on one gold set."""
    ent = {label: Counts() for label in ["ALL", *LABELS]}
    dates, money, events = Counts(), Counts(), Counts()
    dates_right = events_typed = 0
    stories_exact = sources_right = sources_total = 0
    removed_ok = removed_total = lost = content_total = 0
    for gold in gold_docs:
        view = views.get(gold["file"])
        if view is None:
            continue
        stories = gold["stories"]
        _score_entities(stories, view, ent)
        right = _score_dates(stories, view, dates)
        dates_right += right
        _score_money(stories, view, money)
        typed = _score_events(stories, view, events)
        events_typed += typed
        stories_exact += [s.get("title") for s in stories] == view.titles
        for s, predicted in zip(stories, view.sources or [None] * len(stories)):
            if s.get("source"):
                sources_total += 1
                sources_right += s["source"] == predicted
        ok, total, lost_here, content = _score_boilerplate(gold, view, raw_texts[gold["file"]])
        removed_ok, removed_total, lost, content_total = (removed_ok + ok, removed_total + total,
                                                          lost + lost_here, content_total + content)
    figures = {}
    for label, counts in ent.items():
        p, r, f = counts.prf()
        prefix = "entities" if label == "ALL" else f"entities_{label}"
        figures.update({f"{prefix}_p": p, f"{prefix}_r": r, f"{prefix}_f1": f})
    p, r, f = _prf_from(ent, ["PER", "ORG", "LOC"])
    figures.update({"entities_PER_ORG_LOC_f1": f})
    for name, counts in (("dates", dates), ("money", money), ("events", events)):
        p, r, f = counts.prf()
        figures.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
    figures["dates_value_accuracy"] = dates_right / dates.tp if dates.tp else 0.0
    figures["events_type_accuracy"] = events_typed / events.tp if events.tp else 0.0
    figures["events_found_with_type"] = events_typed / (events.tp + events.fn) if events.tp + events.fn else 0.0
    figures["stories_exact_docs"] = stories_exact / len(gold_docs)
    figures["stories_source_accuracy"] = sources_right / sources_total if sources_total else 1.0
    figures["boilerplate_removed_recall"] = removed_ok / removed_total if removed_total else 1.0
    figures["boilerplate_content_lost"] = lost / content_total if content_total else 0.0
    return figures


def _prf_from(ent: dict[str, Counts], labels: list[str]) -> tuple[float, float, float]:
    total = Counts()
    for label in labels:
        total.add(ent[label].tp, ent[label].fp, ent[label].fn)
    return total.prf()


def _gold_list(stories: list[dict], key: str) -> list:
    return [m for s in stories for m in (s.get(key) or [])]


def _score_entities(stories: list[dict], view: DocView, ent: dict[str, Counts]) -> None:
    gold = _gold_list(stories, "entities")
    spans = locate(view.text, [text for text, _ in gold])
    gold_set = Counter((s[0], s[1], label) for s, (_, label) in zip(spans, gold) if s)
    unfound = Counter(label for s, (_, label) in zip(spans, gold) if s is None)
    predicted = Counter(view.entities)
    for label in LABELS:
        g = Counter({k: v for k, v in gold_set.items() if k[2] == label})
        p = Counter({k: v for k, v in predicted.items() if k[2] == label})
        tp = sum((g & p).values())
        counts = (tp, sum(p.values()) - tp, sum(g.values()) - tp + unfound[label])
        ent[label].add(*counts)
        ent["ALL"].add(*counts)


def _score_dates(stories: list[dict], view: DocView, counts: Counts) -> int:
    """As the real-news convention counts them: a date a story writes twice with the same
    value is one date (the pipeline reports it once, at its first mention)."""
    gold = _gold_list(stories, "dates")
    spans = locate(view.text, [str(d["text"]) for d in gold])
    repeated = {id(d) for s in stories for d in _repeats(s.get("dates") or [])}
    located = [(span, g) for span, g in zip(spans, gold) if id(g) not in repeated]
    unmatched = list(view.dates)
    tp = right = 0
    for span, g in located:
        hit = span and next((d for d in unmatched if d[0] < span[1] and span[0] < d[1]), None)
        if not hit:
            continue
        unmatched.remove(hit)
        tp += 1
        right += (hit[2], hit[3]) == (_as_date(g["start"]), _as_date(g["end"]))
    counts.add(tp, len(unmatched), len(located) - tp)
    return right


# Our gold keeps a leading article ("le mardi 12 mai"); the real-news convention leaves it out.
_LEADING_WORD = re.compile(r"^(?:le|la|l['’]|du|ce|cet|cette)\s*", re.IGNORECASE)


def _repeats(dates: list[dict]) -> list[dict]:
    """The gold dates of one story that repeat an earlier one (same text and value)."""
    seen, repeats = set(), []
    for d in dates:
        key = (_LEADING_WORD.sub("", _norm(str(d["text"]))), str(d["start"]), str(d["end"]))
        if key in seen:
            repeats.append(d)
        seen.add(key)
    return repeats


def _score_money(stories: list[dict], view: DocView, counts: Counts) -> None:
    gold = Counter((round(float(m["amount"]), 2), m["currency"]) for m in _gold_list(stories, "money"))
    predicted = Counter((round(float(a), 2), c) for a, c in view.money)
    tp = sum((gold & predicted).values())
    counts.add(tp, sum(predicted.values()) - tp, sum(gold.values()) - tp)


def _score_events(stories: list[dict], view: DocView, counts: Counts) -> int:
    gold = _gold_list(stories, "events")
    unmatched = list(view.events)
    tp = typed = 0
    for g in gold:
        span = (_as_date(g["date_start"]), _as_date(g["date_end"]))
        candidates = [e for e in unmatched if (e[0], e[1]) == span]
        if not candidates:
            continue
        best = next((e for e in candidates if e[2] == g["event_type"]), candidates[0])
        unmatched.remove(best)
        tp += 1
        typed += best[2] == g["event_type"]
    counts.add(tp, len(unmatched), len(gold) - tp)
    return typed


def _score_boilerplate(gold: dict, view: DocView, raw: str) -> tuple[int, int, int, int]:
    """(furniture removed, furniture total, content lines lost, content lines total)."""
    furniture = {_norm(line) for line in gold.get("removed_lines") or []}
    titles = {_norm(s["title"]) for s in gold["stories"] if s.get("title")}
    kept = [_norm(line) for line in (view.text + "\n" + "\n".join(t for t in view.titles if t)).split("\n")]
    kept_text, kept_lines = "\n".join(kept), set(kept)
    removed_ok = total = lost = content = 0
    for line in {_norm(line) for line in raw.split("\n") if line.strip()}:
        present = line in kept_lines or _probe(line) in kept_text
        if line in furniture:
            total += 1
            removed_ok += not present
        elif line not in titles:
            content += 1
            lost += not present
    return removed_ok, total, lost, content


def _probe(line: str) -> str:
    """The middle of a long line: survives a stripped outlet tag or a closing acronym.
    A short line ("Énergie") must be kept whole, not found inside a sentence."""
    if len(line) <= 60:
        return "\0"
    mid = len(line) // 2
    return line[mid - 25:mid + 25]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def _as_date(value) -> date | None:
    if value is None or (not isinstance(value, date) and pd.isna(value)):
        return None
    return value if isinstance(value, date) else pd.Timestamp(value).date()


# --- running ------------------------------------------------------------------------------

def evaluate(sets: dict[str, tuple[Path, Path]] | None = None, work_dir: Path | None = None,
             baseline: bool = True) -> pd.DataFrame:
    """Figures (set, system, metric, value) for every gold set, ours and raw spaCy."""
    rows = []
    for set_name, (gold_dir, text_dir) in (sets or GOLD_SETS).items():
        gold_docs = load_gold(gold_dir)
        raw = read_inputs(text_dir)[0]
        raw_texts = {p: c.decode("utf-8", errors="replace")
                     for p, c in zip(raw["path"], raw["content"])}
        raw_texts = {g["file"]: raw_texts[g["file"]] for g in gold_docs}
        with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
            final = run(text_dir, Path(tmp), log=lambda msg: None)
        systems = {"ours": ours(final)}
        if baseline:
            systems["raw_spacy"] = raw_spacy(raw_texts)
        for system, views in systems.items():
            for metric, value in score(gold_docs, views, raw_texts).items():
                if system == "raw_spacy" and not metric.startswith("entities"):
                    continue  # raw spaCy has no dates, money, events or segmentation
                rows.append({"set": set_name, "system": system, "metric": metric, "value": round(value, 4)})
    return pd.DataFrame(rows)


def real_news(work_dir: Path | None = None, baseline: bool = False) -> pd.DataFrame:
    """Figures (set, system, metric, value) on every set in the real-news format
    (REAL_FORMAT_SETS), from the real-news `score.py`.

    Each set's texts and metadata.csv are copied into one input folder, as a user would hand
    them over. With `baseline`, raw fr_core_news_md on the raw files is scored beside us
    (entities only: it has no dates, money, stories or events)."""
    rows = []
    for name, folder in REAL_FORMAT_SETS.items():
        with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
            inputs, out = Path(tmp) / "in", Path(tmp) / "out"
            shutil.copytree(folder / "texts", inputs)
            shutil.copy(folder / "metadata.csv", inputs / "metadata.csv")
            run(inputs, out, log=lambda msg: None)
            rows += _scored(name, folder, out, "ours")
            if baseline:
                _write_raw_spacy_tables(inputs, Path(tmp) / "raw")
                rows += [r for r in _scored(name, folder, Path(tmp) / "raw", "raw_spacy")
                         if r["metric"].startswith("entities")]
    return pd.DataFrame(rows)


def _scored(name: str, folder: Path, out: Path, system: str) -> list[dict]:
    """score.py's summary as rows; its (precision, recall, F1) triples become _p, _r, _f1."""
    report = out / "score.json"
    subprocess.run([sys.executable, str(SCORER), "--out", str(out), "--gold", str(folder / "gold"),
                    "--json", str(report)], check=True, stdout=subprocess.DEVNULL)
    rows = []
    for metric, value in json.loads(report.read_text())["summary"].items():
        named = zip(("_p", "_r", "_f1"), value) if isinstance(value, list) else [("", value)]
        rows += [{"set": name, "system": system, "metric": metric + suffix, "value": float(v)}
                 for suffix, v in named if v is not None]
    return rows


def _write_raw_spacy_tables(inputs: Path, out: Path) -> None:
    """The documents and entities tables raw fr_core_news_md gives on the raw files."""
    raw = read_inputs(inputs)[0]
    texts = {p: c.decode("utf-8", errors="replace") for p, c in zip(raw["path"], raw["content"])}
    views = raw_spacy(texts)
    entities = [{"doc_id": path, "text": view.text[a:b], "label": label}
                for path, view in views.items() for a, b, label in view.entities]
    out.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([{"doc_id": p, "path": p} for p in texts]), out / "documents.parquet")
    pq.write_table(pa.Table.from_pylist(entities), out / "entities.parquet")


def check_thresholds(figures: pd.DataFrame, thresholds: dict) -> list[str]:
    """Failures, as sentences: every threshold our figure falls under."""
    ours_only = figures[figures["system"] == "ours"].set_index(["set", "metric"])["value"]
    failures = []
    for set_name, limits in thresholds.items():
        for metric, limit in limits.items():
            value = ours_only.get((set_name, metric))
            if metric == "boilerplate_content_lost":
                if value is None or value > limit:
                    failures.append(f"{set_name}/{metric} = {value} > {limit}")
            elif value is None or value < limit:
                failures.append(f"{set_name}/{metric} = {value} < {limit}")
    return failures


def markdown(figures: pd.DataFrame) -> str:
    """Ours beside raw spaCy, one table per gold set."""
    out = ["# Accuracy against the gold annotations", ""]
    for set_name, part in figures.groupby("set", sort=False):
        table = part.pivot(index="metric", columns="system", values="value")
        table = table.reindex(part["metric"].drop_duplicates())
        systems = list(table.columns)
        out += [f"## {set_name}", "", "| metric | " + " | ".join(systems) + " |",
                "|---|" + "---|" * len(systems)]
        for metric, row in table.iterrows():
            cells = ["–" if pd.isna(row[s]) else f"{row[s]:.3f}" for s in systems]
            out.append(f"| {metric} | " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", type=Path, default=Path("data/reports"), metavar="DIR",
                        help="where accuracy.parquet and accuracy.md are written (default: data/reports)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the raw spaCy baseline")
    parser.add_argument("--gate", action="store_true",
                        help=f"exit 1 when a figure is under its threshold in {THRESHOLDS.relative_to(ROOT)}")


def command(args: argparse.Namespace) -> int:
    figures = pd.concat([real_news(baseline=not args.no_baseline), evaluate(baseline=not args.no_baseline)],
                        ignore_index=True)
    args.output.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pandas(figures, preserve_index=False), args.output / "accuracy.parquet")
    report = markdown(figures)
    (args.output / "accuracy.md").write_text(report, encoding="utf-8")
    print(report)
    if args.gate:
        failures = check_thresholds(figures, yaml.safe_load(THRESHOLDS.read_text()))
        for failure in failures:
            print(f"below threshold: {failure}", file=sys.stderr)
        return 1 if failures else 0
    return 0
