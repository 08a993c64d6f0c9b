"""The analyst's HTML report: built from the tables alone, highlights at the rows' offsets,
every text escaped, every link pointing to a page of the site."""

import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.ner import PART_COLUMNS
from pipeline.report import site
from pipeline.schemas import SCHEMAS


class Page(HTMLParser):
    """What a browser would show of a page: the highlighted texts (a <mark>'s text before its
    label), the links, the tags met."""

    def __init__(self, html: str):
        super().__init__()
        self.marks, self.links, self.tags, self.text = [], [], [], []
        self._mark = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "mark":
            self._mark = []
        elif tag == "span" and self._mark is not None:
            self.marks.append(" ".join("".join(self._mark).split()))
            self._mark = None
        elif tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data):
        self.text.append(data)
        if self._mark is not None:
            self._mark.append(data)


def _table(name: str, rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=SCHEMAS[name].names)


def _mention(part: str, text: str, mention: str, **columns) -> dict:
    start = text.index(mention)
    return {"story_id": "s1", "doc_id": "d1", "part": part, "text": mention,
            "start_char": start, "end_char": start + len(mention), **columns}


TITLE = "Koudougou : <script>alert(1)</script> la SONABEL inaugure une centrale"
BODY = ("Koudougou, le 12 mai 2025 – La Société nationale d'électricité (SONABEL) a mis en service\n"
        "une centrale de 30 MWc financée à hauteur de 18 milliards de FCFA, a annoncé Awa OUÉDRAOGO.")


def _tables() -> dict[str, pd.DataFrame]:
    """Two invented stories that share the SONABEL."""
    entity = {"label": "ORG", "canonical": "SONABEL", "entity_id": "e-sonabel"}
    person = {"label": "PER", "canonical": "Awa OUÉDRAOGO", "entity_id": "e-awa"}
    return {
        "documents": _table("documents", [{"doc_id": "d1", "path": "a.txt", "publication_date": date(2025, 5, 13)},
                                          {"doc_id": "d2", "path": "b.txt"}]),
        "stories": _table("stories", [
            {"story_id": "s1", "doc_id": "d1", "seq": 0, "title": TITLE, "text": BODY},
            {"story_id": "s2", "doc_id": "d2", "seq": 0, "title": None, "text": "La SONABEL recrute."}]),
        "entities": _table("entities", [
            _mention("title", TITLE, "Koudougou", label="LOC", canonical="Koudougou", entity_id="e-kdg"),
            _mention("title", TITLE, "SONABEL", **entity),
            _mention("body", BODY, "Société nationale d'électricité", **entity),
            _mention("body", BODY, "SONABEL", **entity),
            _mention("body", BODY, "Awa OUÉDRAOGO", **person),
            {**_mention("body", "La SONABEL recrute.", "SONABEL", **entity), "story_id": "s2", "doc_id": "d2"}]),
        "dates": _table("dates", [_mention("body", BODY, "12 mai 2025", date_start=date(2025, 5, 12),
                                           date_end=date(2025, 5, 12))]),
        "money": _table("money", [_mention("body", BODY, "18 milliards de FCFA", amount=18e9, currency="XOF")]),
        "events": _table("events", [{"event_id": "v1", "story_id": "s1", "doc_id": "d1",
                                     "date_start": date(2025, 5, 12), "date_end": date(2025, 5, 12),
                                     "event_type": "launch", "trigger": "a mis en service",
                                     "participants": ["SONABEL"], "participant_ids": ["e-sonabel"],
                                     "locations": ["Koudougou"], "money": []}]),
        "entity_index": _table("entity_index", [
            {"entity_id": "e-sonabel", "canonical": "SONABEL", "label": "ORG",
             "aliases": ["SONABEL", "Société nationale d'électricité"], "n_mentions": 4, "n_documents": 2},
            {"entity_id": "e-awa", "canonical": "Awa OUÉDRAOGO", "label": "PER", "aliases": ["Awa OUÉDRAOGO"],
             "n_mentions": 1, "n_documents": 1},
            {"entity_id": "e-kdg", "canonical": "Koudougou", "label": "LOC", "aliases": ["Koudougou"],
             "n_mentions": 1, "n_documents": 1}]),
        "roles": _table("roles", []),
    }


def test_a_story_page_highlights_its_mentions_at_their_offsets():
    page = Page(site(_tables())["stories/s1.html"])
    assert page.marks == ["Koudougou", "SONABEL",  # the title, then the body in text order
                          "12 mai 2025", "Société nationale d'électricité", "SONABEL",
                          "18 milliards de FCFA", "Awa OUÉDRAOGO"]
    assert "../entities/e-sonabel.html" in page.links


def test_text_is_escaped_never_run():
    html = site(_tables())["stories/s1.html"]
    page = Page(html)
    assert "script" not in page.tags
    assert "<script>alert(1)</script>" in "".join(page.text)


def test_stories_sharing_an_entity_link_each_other_and_events_sit_beside_the_story():
    pages = site(_tables())
    assert "s2.html" in Page(pages["stories/s1.html"]).links
    assert "s1.html" in Page(pages["stories/s2.html"]).links
    story = "".join(Page(pages["stories/s1.html"]).text)
    assert "a mis en service" in story and "launch" in story
    entity = Page(pages["entities/e-sonabel.html"])
    assert {"../stories/s1.html", "../stories/s2.html"} <= set(entity.links)
    assert "a mis en service" in "".join(entity.text)  # the events it takes part in


def test_the_index_draws_the_timeline_and_lists_every_story():
    index = site(_tables())["index.html"]
    assert "<svg" in index and "<circle" in index
    assert {"stories/s1.html", "stories/s2.html"} <= set(Page(index).links)


def test_long_tables_of_the_index_go_on_further_pages_that_link_back(monkeypatch, tmp_path):
    """An archive's index lists its documents and events a page at a time."""
    import pipeline.report as report

    monkeypatch.setattr(report, "_PAGE_ROWS", 1)
    pages = site(_tables())
    assert {"documents/page-2.html"} <= set(pages) and "documents/page-3.html" not in pages
    index, second = Page(pages["index.html"]), Page(pages["documents/page-2.html"])
    assert "documents/page-2.html" in index.links and "../index.html" in second.links
    assert "stories/s1.html" in index.links and "../stories/s2.html" in second.links
    for name, html in pages.items():  # every link of every page lands on a page of the site
        folder = (tmp_path / name).parent
        for link in Page(html).links:
            assert (folder / link).resolve().relative_to(tmp_path.resolve()).as_posix() in pages, (name, link)


def test_a_run_writes_the_site_beside_its_tables(seeds_output, seeds_tables):
    report = seeds_output / "processed" / "report"
    stories = seeds_tables["stories"]
    assert {p.stem for p in (report / "stories").glob("*.html")} == set(stories["story_id"])
    for page in report.rglob("*.html"):
        for link in Page(page.read_text(encoding="utf-8")).links:
            assert (page.parent / link).resolve().is_file(), f"{page.name}: broken link {link}"
    # every highlight shows the text its row's offsets point to
    for story in stories.itertuples():
        shown = Page((report / "stories" / f"{story.story_id}.html").read_text(encoding="utf-8")).marks
        expected = []
        for part, column in PART_COLUMNS.items():
            text = getattr(story, column)
            for name in ("entities", "dates", "money"):
                rows = seeds_tables[name]
                rows = rows[(rows["story_id"] == story.story_id) & (rows["part"] == part)]
                expected += [" ".join(text[r.start_char:r.end_char].split()) for r in rows.itertuples()]
        assert set(shown) <= set(expected) and len(shown) >= 0.9 * len(expected)


def test_the_report_command_rewrites_the_site(seeds_output, tmp_path):
    assert main(["report", "--output", str(seeds_output)]) == 0
    assert (seeds_output / "processed" / "report" / "index.html").is_file()
    assert main(["report", "--output", str(tmp_path)]) == 2


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                           "--log-level=0", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium to open the report in (Debian: apt-get install chromium)")
def test_a_browser_shows_the_highlights_the_links_and_the_timeline(seeds_output, tmp_path):
    report = (seeds_output / "processed" / "report").resolve()
    index = _chromium("--dump-dom", (report / "index.html").as_uri())
    shown = Page(index.stdout)
    assert "svg" in shown.tags and "circle" in shown.tags
    story = next(link for link in shown.links if link.startswith("stories/"))
    page = _chromium("--dump-dom", (report / story).as_uri())
    assert Page(page.stdout).marks, "no highlighted mention"
    assert ":CONSOLE" not in index.stderr + page.stderr, "the page wrote to the browser console"
    shot = tmp_path / "story.png"
    _chromium("--window-size=1300,1400", f"--screenshot={shot}", (report / story).as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_site_written_shard_by_shard_is_the_site_of_the_whole_tables(tmp_path):
    """The runner writes the report one shard at a time (flat memory on an archive): the
    pages must be those `site` makes from every table at once."""
    from pipeline.runner import build
    from pipeline.storage import read_final

    folder = build("seeds", tmp_path, shard_size=2).folder  # several shards from the five seeds
    assert len(list((folder / "stories").glob("part-*.parquet"))) > 1
    written = {p.relative_to(folder / "report").as_posix(): p.read_text(encoding="utf-8")
               for p in (folder / "report").rglob("*.html")}
    assert written == site(read_final(folder))
