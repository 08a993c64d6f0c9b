"""Stage 1, clean: raw files -> documents.

Decodes each file (an HTML page is turned into text first), normalizes Unicode and
whitespace, removes web furniture (kept in `removed` for audit) and reads the title, author,
outlet and publication date. A file that is binary or undecodable, holds no text once
cleaned, or is not written in French becomes a reject row; so does a metadata.csv value
that cannot be read (the document itself is still processed). Files with the same content
are one document, cleaned once, that lists all their paths.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from html.parser import HTMLParser

import pandas as pd
from charset_normalizer import from_bytes
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from .rules import boilerplate as bp
from .rules import layout
from .rules.dates import find_dates, median_year, tense_at
from .rules.guard import document_step
from .schemas import empty

_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009\u2007\u200b]+")
_TITLE_END = re.compile(r"[.!?…»\"]$")
_NAME = re.compile(r"(?:[A-ZÀ-Ý][\w’'-]+\s+){1,3}[A-ZÀ-Ý][\w’'-]+")

logger = logging.getLogger("pipeline")


class RejectError(Exception):
    """A file that cannot be processed; the message is the reject reason."""


@dataclass
class _Meta:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    date_text: str | None = None
    date_source: str | None = None
    removed: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)  # the lines author, outlet and date were read from


def clean(raw: pd.DataFrame, metadata: pd.DataFrame | None = None,
          time_budget: float | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Raw files (path, content bytes) -> (documents, rejects).

    `metadata` (file, publication_date, url, outlet) overrides what the text says; a value
    it cannot use is a reject row of stage "metadata". A file whose content an earlier one
    already had is not cleaned again: its path joins that document's `paths`. A file that
    is no French news, or whose cleaning fails or runs past `time_budget` seconds, is a
    reject row.
    """
    meta_by_file, rejects = _metadata_index(metadata)
    docs: dict[str, dict] = {}
    for path, content in zip(raw["path"], raw["content"]):
        doc_id = content_id(content)
        if doc_id in docs:
            docs[doc_id]["paths"].append(path)
            continue
        document, failure = document_step("cleaning", lambda: clean_document(path, content, meta_by_file.get(path, {})),
                                          time_budget, refusal=RejectError)
        if failure:
            rejects.append({"path": path, "stage": "clean", "reason": failure})
        else:
            docs[doc_id] = document
    documents = pd.DataFrame(list(docs.values())) if docs else empty("documents")
    return documents, pd.DataFrame(rejects, columns=["path", "stage", "reason"])


def content_id(content: bytes) -> str:
    """The doc_id: a hash of the bytes only, so one content under two names is one document."""
    return hashlib.sha1(content).hexdigest()[:16]


def clean_document(path: str, content: bytes, override: dict) -> dict:
    """One file -> one documents row (without n_stories)."""
    text, encoding = decode(content)
    if _is_html(text):
        text = html_to_text(text)
    lines, meta = _strip_furniture(normalize(text).split("\n"))
    if not lines:
        raise RejectError("no text left once boilerplate is removed")
    if (language := language_of(lines)) != "fr":
        raise RejectError(f"language is {language}, not French")
    body = "\n".join(lines)
    pub_date, date_source = _publication_date(body, meta)
    if override.get("publication_date") is not None:
        pub_date, date_source = override["publication_date"], "metadata"
    return {
        "doc_id": content_id(content),
        "path": path,
        "paths": [path],
        "title": meta.title,
        "author": meta.author,
        "byline": "\n".join(meta.bylines) or None,
        "outlet": override.get("outlet") or meta.outlet,
        "url": override.get("url"),
        "publication_date": pub_date,
        "publication_date_source": date_source,
        "encoding": encoding,
        "text": body,
        "removed": meta.removed,
        "n_stories": 0,
    }


_BINARY = "binary or undecodable content"


def decode(content: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name); UTF-8 first, then the best detected encoding. Bytes
    that decode to something unlike written language are rejected, not kept as mojibake."""
    if not content.strip():
        raise RejectError("empty file")
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _written(content.decode("utf-16", errors="replace")), "utf-16"
    if b"\x00" in content:
        raise RejectError(f"{_BINARY} (NUL bytes)")
    for encoding in ("utf-8-sig", "cp1252"):
        # Windows-1252 decodes most legacy French files; detectors often take it for cp1250.
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not re.search(r"[\x80-\x9f]", text):
            return _written(text), encoding.removesuffix("-sig")
    best = from_bytes(content).best()
    if best is None or best.chaos > 0.2:
        raise RejectError(f"{_BINARY} (not UTF-8, and no known encoding decodes it cleanly)")
    return _written(str(best)), best.encoding


# Letters, digits and marks are over 90 % of what is not a space in any news text (tables of
# figures included); random bytes read as Windows-1252 give 55-70 %: symbols and controls.
_WRITTEN_MIN = 0.8
_MARKUP = re.compile(r"<[^<>]*>")


def _written(text: str) -> str:
    glyphs = "".join(_MARKUP.sub(" ", text).split())  # an HTML page's tags are no symbols of its text
    wordlike = sum(unicodedata.category(c)[0] in "LNM" for c in glyphs)
    if wordlike < _WRITTEN_MIN * len(glyphs):
        raise RejectError(f"{_BINARY} ({wordlike / len(glyphs):.0%} of the characters are letters or digits)")
    return text


# --- HTML saved as text -----------------------------------------------------------------

# A page, or a fragment with a few tags of the elements a news page is made of.
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|/?(?:html|head|body|p|div|span|h[1-6]|br|li|ul|ol|a|"
                       r"article|section|main|header|nav|footer|aside|script|style|table|tr|td|"
                       r"strong|em|b|i|img|meta|title|figure|figcaption|blockquote)\b[^<>]*>)", re.I)
_HTML_MIN_TAGS = 2


def _is_html(text: str) -> bool:
    return len(_HTML_TAG.findall(text, 0, 100_000)) >= _HTML_MIN_TAGS


class _TextOfHtml(HTMLParser):
    """Text of an HTML page, a paragraph (blank line) per block element; what is not the article (scripts,
    styles, menus, footers, side boxes, the <head>) is skipped with all it contains."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
              "header", "main", "blockquote", "figcaption", "ul", "ol", "table", "hr", "dt", "dd"}
    SKIPPED = {"script", "style", "nav", "footer", "aside", "noscript", "template", "head", "svg",
               "iframe", "form", "button", "select"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # &nbsp;, &eacute;, &#8217; become characters
        self.parts: list[str] = []
        self.skipping: list[str] = []  # the open skipped elements

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIPPED:
            self.skipping.append(tag)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCKS:  # <br/>, <hr/>
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:  # closes it and whatever was left open inside it
            del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag):]
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))  # inside a block, a line break is a space


def html_to_text(html: str) -> str:
    """An HTML page or fragment -> its text, one line per paragraph, heading or list item."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    if not text.strip():
        raise RejectError("HTML page with no readable text (only markup, scripts or menus)")
    return text


# --- language ---------------------------------------------------------------------------

_VOTING_LINE = 40  # shorter lines (menus, bylines, figures) say too little about the language
_VOTING_LINES_MAX = 200  # enough to judge; a huge file costs no more
_CONFIDENT = 0.5  # a line of names or menu words gets 0.05-0.3 for some language: no vote


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_of(lines: list[str]) -> str:
    """The document's language (ISO 639-1), by a majority of its paragraphs: a French story
    may quote or caption in English, and an English page may carry a French menu. Only
    confident verdicts vote, French wins a tie; a text with no long line is judged whole."""
    voting = [line for line in lines if len(line) >= _VOTING_LINE][:_VOTING_LINES_MAX] or ["\n".join(lines)]
    votes: Counter = Counter()
    for done, line in enumerate(voting, 1):
        language, confidence = _identifier().classify(line)
        if confidence >= _CONFIDENT:
            votes[language] += 1
        if votes["fr"] >= max((n for lang, n in votes.items() if lang != "fr"), default=0) + len(voting) - done:
            break  # French wins whatever the lines left say: most news is French, so most stops here
    if not votes:
        return "fr"  # too little text to tell (names, figures): kept, not rejected on a guess
    language, most = votes.most_common(1)[0]
    return "fr" if votes["fr"] >= most else language


def normalize(text: str) -> str:
    """NFC, one kind of space, no trailing blanks, hard-wrapped paragraphs rejoined (while
    blank lines still mark where paragraphs end), no empty lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = layout.reflow([_SPACES.sub(" ", line).strip() for line in text.split("\n")])
    return "\n".join(line for line in lines if line)


def _strip_furniture(lines: list[str]) -> tuple[list[str], _Meta]:
    meta = _Meta()
    lines = _cut_footer(lines, meta)
    kept: list[str] = []
    links = 0  # short lines still to drop after a "Lire aussi" or "Articles liés"
    for line in lines:
        in_header = not any(_is_paragraph(k) for k in kept)
        linked = links > 0 and not _is_paragraph(line)
        links = bp.LINK_LIST_MAX if bp.LINK_LIST.fullmatch(line) else links - 1 if linked else 0
        byline = not linked and _read_metadata_line(line, meta, in_header)
        if byline:
            meta.bylines.append(line)
        if linked or byline or bp.is_furniture(line):
            meta.removed.append(line)
        elif in_header and bp.is_rubric(line):  # menu items and rubric labels above the story
            meta.removed.append(line)
        else:
            kept.append(line)
    kept = _cut_signature(kept, meta)
    kept = _cut_masthead(kept, meta)
    if kept:
        kept[0] = _strip_outlet_tag(kept[0], meta)
        if _is_title(kept[0], kept[1:]):
            meta.title = kept[0]
    return kept, meta


def _cut_masthead(lines: list[str], meta: _Meta) -> list[str]:
    """Of the short lines above the first paragraph, the headline is the longest, preferring
    one with a colon, and the last of its copies; those above it are the site's masthead
    ("République du Sénégal", "Ministère des Postes, …", "Le portail de l'actualité minière
    du Mali") or the headline's first copy."""
    first = next((i for i, line in enumerate(lines) if _is_paragraph(line)), None)
    if first is None or first < 2:
        return lines
    # an official text is titled by its "COMMUNIQUÉ …" line under the letterhead; a French
    # headline usually reads "Topic : what happened", a site's tagline does not; a line
    # longer than any headline is a sentence cut by a line break
    headline = max(range(first), key=lambda i: (len(lines[i]) <= layout.HEADLINE_MAX,
                                                bool(_COMMUNIQUE.match(lines[i])), ": " in lines[i], len(lines[i])))
    # printed twice (maybe once shortened), the headline is the copy directly above the body
    headline = max(i for i in range(headline, first)
                   if i == headline or layout.same_headline(lines[i], lines[headline]))
    meta.removed.extend(lines[:headline])
    return lines[headline:]


_COMMUNIQUE = re.compile(r"communiqu[ée]", re.IGNORECASE)
_PARAGRAPH_MIN = 200  # an unpunctuated line longer than a headline is a (cut) paragraph


def _is_paragraph(line: str) -> bool:
    return len(line) > _PARAGRAPH_MIN or bool(_TITLE_END.search(line))


def _cut_footer(lines: list[str], meta: _Meta) -> list[str]:
    """Drop everything from the first footer marker that follows some article text."""
    seen_paragraph = False
    for i, line in enumerate(lines):
        if seen_paragraph and bp.is_footer(line):
            _refuse_several_articles(lines[i:])
            meta.removed.extend(lines[i:])
            _read_author_box(lines[i:], meta)
            return lines[:i]
        seen_paragraph = seen_paragraph or len(line) > 120
    return lines


# What follows a comments or related-links marker is short: comments, teasers. Headlines each
# followed by a full paragraph there are other articles, glued into one file.
_ARTICLE_PARAGRAPH = 300


def _refuse_several_articles(footer: list[str]) -> None:
    """A file of several articles must be split, not cut after the first one's footer."""
    starts = sum(1 for line, following in zip(footer, footer[1:])
                 if layout.is_headline(line) and len(following) >= _ARTICLE_PARAGRAPH)
    if starts >= 2:
        raise RejectError(f"several articles in one file ({starts + 1} headlines with their text); "
                          "split it into one file per article")


def _read_author_box(footer: list[str], meta: _Meta) -> None:
    """"À propos de l’auteur" then the author's name: the byline of the story."""
    if bp.AUTHOR_BOX.fullmatch(footer[0]) and len(footer) > 1 and _NAME.fullmatch(footer[1]):
        meta.author = meta.author or footer[1]
        meta.bylines.append(footer[1])


def _read_metadata_line(line: str, meta: _Meta, in_header: bool) -> bool:
    """Bylines and publication lines: record what they say, return True to remove them.
    "Par Awa Diallo | 9 avril 2026 | 4 min de lecture" is read part by part."""
    parts = _BYLINE_SEPARATOR.split(line)
    if len(parts) > 1 and len(line) < 200:
        if all(_read_one_metadata(p, _Meta(), True) or bp.is_furniture(p) for p in parts):
            for part in parts:
                _read_one_metadata(part, meta, True)
            return True
    return _read_one_metadata(line, meta, in_header)


def _read_one_metadata(line: str, meta: _Meta, in_header: bool) -> bool:
    if m := bp.PUBLISHED.fullmatch(line):
        if not in_header and meta.date_source == "byline":
            return False  # a second one below some text stamps the next entry of a listing
        meta.date_text, meta.date_source = m.group("date"), "byline"
        return True
    if len(line) < 90 and (m := bp.BY.fullmatch(line)):
        meta.author = meta.author or m.group("author").strip()
        return True
    if in_header and (m := bp.BULLET.fullmatch(line)):
        _read_bullet(m.group("value"), meta)
        return True
    if in_header and meta.date_text is None and _is_date_line(line):
        meta.date_text, meta.date_source = line, "byline"
        return True
    return False


_CLOCK = re.compile(r"\s*(?:[-–|,]|à)?\s*\d{1,2}\s?[h:]\s?\d{2}\b")
_BYLINE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def _is_date_line(line: str) -> bool:
    """A header line that is only a date ("19 sept. 2025", "Lundi 3 mars 2025 - 10:42")."""
    found = find_dates(line)
    written = len(_CLOCK.sub("", line).strip(" -–|,"))  # "16/04/2026 - 09:30"
    return bool(found) and sum(d.end - d.start for d in found) >= 0.6 * written


def _read_bullet(value: str, meta: _Meta) -> None:
    if find_dates(value) and meta.date_text is None:
        meta.date_text, meta.date_source = value, "byline"
    elif _NAME.fullmatch(value) and meta.author is None:
        meta.author = value
    elif " " not in value and meta.outlet is None and not layout.stamp(value):  # "- 08h08" is a stamp
        meta.outlet = value


def _cut_signature(lines: list[str], meta: _Meta) -> list[str]:
    """Short trailing lines after the last paragraph are the author and outlet signature."""
    end = len(lines)
    while end > 1 and _is_signature(lines[end - 1]):
        end -= 1
    for line in lines[end:]:
        meta.removed.append(line)
        meta.bylines.append(line)
        if _NAME.fullmatch(line):
            meta.author = meta.author or line
        elif len(line.split()) == 1:
            meta.outlet = meta.outlet or line
    return lines[:end]


def _is_signature(line: str) -> bool:
    """"Haoua SANGARÉ", "LETJIKAN", "Le Secrétaire Général du Gouvernement"; not the last
    items of a list ("- Togo : 2,5 milliards FCFA", "– Conseillers techniques :")."""
    return (len(line) <= 50 and len(line.split()) <= 6 and not _TITLE_END.search(line)
            and not layout.LIST_ITEM.match(line) and not line.endswith(":"))


def _strip_outlet_tag(line: str, meta: _Meta) -> str:
    if m := bp.OUTLET_TAG.match(line):
        meta.outlet = meta.outlet or m.group("outlet")
        meta.removed.append(m.group(0).strip())
        return line[m.end():]
    return line


# "Marché régional : le Mali lève 44 milliards FCFA." — a "Topic : what happened" headline
# may keep its final stop; it is one sentence, shorter than a paragraph.
_TOPIC_HEADLINE = re.compile(r"[^.!?:]{2,60}\s:\s[^.!?:]{2,140}\.")


# "Awa Diallo : « Nos pirogues doivent reprendre la mer »": an interview's headline quotes.
_QUOTE_HEADLINE = re.compile(r"[^.!?:«»]{2,80}\s:\s«[^«»]{2,160}»")


def _is_title(line: str, rest: list[str]) -> bool:
    headline_shaped = (not _TITLE_END.search(line) or bool(_TOPIC_HEADLINE.fullmatch(line))
                       or bool(_QUOTE_HEADLINE.fullmatch(line)))
    return bool(rest) and len(line) <= 250 and headline_shaped


def _publication_date(body: str, meta: _Meta) -> tuple[date | None, str | None]:
    """Byline date, else a dateline, else the latest single day the text reports as past."""
    hint = median_year(body)
    if meta.date_text:
        found = [d for d in find_dates(meta.date_text, year_hint=hint) if d.date_start]
        if found:
            return found[0].date_start, meta.date_source
    if m := bp.DATELINE.match(body.split("\n", 2)[1] if meta.title and "\n" in body else body):
        found = [d for d in find_dates(m.group("date"), year_hint=hint) if d.date_start]
        if found:
            return found[0].date_start, "dateline"
    past_days = [d.date_start for d in find_dates(body)
                 if d.resolution == "absolute" and d.date_start == d.date_end
                 and tense_at(body, d.start) != "future"]
    return (max(past_days), "latest_date") if past_days else (None, None)


# --- metadata.csv ---------------------------------------------------------------------------

def _metadata_index(metadata: pd.DataFrame | None) -> tuple[dict[str, dict], list[dict]]:
    """file -> its overrides, and a reject row for each value that cannot be used: the row's
    other values still apply and the text gives what is missing."""
    if metadata is None or metadata.empty:
        return {}, []
    rows, rejects = {}, []
    for row in metadata.to_dict("records"):
        problems = [row["problem"]] if row.get("problem") else []
        value = row.get("publication_date")
        day = None
        if isinstance(value, str) and value.strip():
            try:
                day = metadata_date(value)
            except ValueError:
                problems.append(f"metadata.csv, column publication_date: {value!r} is not a day "
                                "(write 2025-12-03, 03/12/2025 or 3 décembre 2025); the date is read from the text")
        for problem in problems:
            logger.warning(f"{row['file']}: {problem}")
            rejects.append({"path": row["file"], "stage": "metadata", "reason": problem})
        rows[row["file"]] = {"publication_date": day, "url": row.get("url") or None,
                             "outlet": row.get("outlet") or None}
    return rows, rejects


def metadata_date(value: str) -> date:
    """An ISO date (or date and time), else one French day as the date rules read it, day
    first: "03/12/2025" is 3 December, "7 août 2025" is 7 August. ValueError otherwise."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    found = find_dates(value)
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(value)) \
            and found[0].date_start is not None and found[0].date_start == found[0].date_end:
        return found[0].date_start
    raise ValueError(f"not a day: {value!r}")
