"""A varied benchmark corpus generated from the real-news, gold and seed passages.

    .venv/bin/python bench/corpus.py --docs 2000 --out /tmp/corpus [--seed 0]

Copies of the same passages overstate the pipeline's speed on an archive: their lexicon
stays small and their names repeat. Document i is passage i (modulo their number) rewritten
with a random generator seeded by (seed, i), so that the corpus is deterministic and the
first N documents of a larger corpus are the N documents of a smaller one. Each rewrite,
consistent within the document:

- person names: every token of a gold person name (the gold files list them) becomes a
  first name or surname drawn from the West African pools below, in the same case;
- acronyms: every acronym defined in brackets, "(ARCEP)", and its other uses get new
  letters, so the corpus defines new acronyms and the lexicon grows as on an archive;
- dates: full, numeric and month-year dates move by the same number of years and days
  (a weekday before a dated day follows it), bare years by the same number of years;
- amounts: numbers with a currency or a scale word are multiplied by one factor;
- paragraphs: those of running text after the lead (the first one) are shuffled; headings
  and page furniture stay in place.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import yaml

from pipeline.entities import GAZETTEER

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SOURCES = [GOLD / "real_news" / "texts", GOLD / "dev", GOLD / "heldout", ROOT / "seeds"]

FIRST_NAMES = [
    "Abdoulaye", "Adama", "Aïssatou", "Akossiwa", "Alassane", "Aminata", "Awa", "Ablavi", "Babacar",
    "Boubacar", "Bintou", "Cheikh", "Coumba", "Daouda", "Djénéba", "Edem", "Fatoumata", "Fodé",
    "Habibatou", "Hamidou", "Ibrahima", "Issa", "Kadiatou", "Kafui", "Kodjo", "Koffi", "Lamine",
    "Mamadou", "Mariam", "Moussa", "Nafissatou", "Ndeye", "Oumar", "Ousmane", "Rokia", "Salif",
    "Seydou", "Souleymane", "Tidiane", "Yacouba", "Yaya", "Zeinabou", "Kwame", "Adjoa", "Sékou",
    "Mahamadou", "Rabiatou", "Idrissa", "Aboubacar", "Néné", "Komlan", "Yawa", "Dramane", "Safiatou",
]
SURNAMES = [
    "Traoré", "Diallo", "Coulibaly", "Keïta", "Konaté", "Sow", "Ba", "Ndiaye", "Diop", "Fall",
    "Sy", "Cissé", "Touré", "Kaboré", "Ouédraogo", "Sawadogo", "Zongo", "Compaoré", "Issoufou",
    "Mahamadou", "Abdou", "Maïga", "Sanogo", "Bamba", "Kouassi", "Koné", "Yao", "Agbodjan",
    "Amouzou", "Kpodar", "Houngbédji", "Adjovi", "Soglo", "Camara", "Condé", "Barry", "Bah",
    "Sylla", "Doumbia", "Dembélé", "Sangaré", "Tall", "Seck", "Faye", "Gueye", "Mbaye", "Niang",
    "Kané", "Dicko", "Tamboura", "Gnassingbé", "Akakpo", "Tchalla", "Zida", "Nikiema", "Yaméogo",
]
# Common in the passages but not acronyms to rename: currencies and scales.
KEEP_ACRONYMS = {"FCFA", "CFA", "XOF", "XAF", "USD", "EUR", "GNF", "MW", "KW", "GW", "KM", "TTC", "HT"}

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_MONTH = rf"(?i:(?P<{{}}>{'|'.join(MONTHS)}|fevrier|aout|decembre))"
_UNITS = (r"(?:milliards?|millions?|mille|F\s?CFA|FCFA|francs?|euros?|dollars?|USD|EUR|XOF|XAF|GNF"
          r"|€|\$)(?!\w)")
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# One pass, so that a rewritten value is never rewritten again. At a position the first
# alternative that matches wins: a day and month before an amount, a year before a number.
_REWRITES = re.compile(
    rf"(?P<full>(?:(?P<weekday>(?i:{'|'.join(WEEKDAYS)}))\s+)?(?<!\d)(?P<day>1er|\d{{1,2}})\s+{_MONTH.format('month')}"
    rf"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?)"
    rf"|(?P<numeric>\b(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})/(?P<ny>(?:19|20)\d\d)\b)"
    rf"|(?P<monthyear>\b{_MONTH.format('mmonth')}\s+(?P<myear>(?:19|20)\d\d)\b)"
    rf"|(?P<bare>\b(?:19[5-9]\d|20[0-4]\d)\b)(?!\s*{_UNITS}|[ \u00a0\u202f]\d{{3}})"
    rf"|(?P<amount>(?P<cur>(?:US\s?\$|\$|€)\s?)?(?<![\d,])(?P<num>{_NUMBER})(?P<unit>\s*{_UNITS})?)")
_DEFINED_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Z0-9]{1,9})(?=[\s)])")
_LEAD_CHARS, _LEAD_LINE = 200, 60
VOWELS, CONSONANTS = "AEIOU", "BCDFGHJKLMNPRSTVZ"
_PARTICLES = {"Ag", "Ait", "Ben", "Bin", "Ibn", "El", "Al", "Ould", "Mint", "Van", "De", "Da", "Dos",
              "La", "Le", "Abd"}


def passages() -> list[tuple[str, str]]:
    """(name, text) of every distinct source passage, sorted by name."""
    seen, found = set(), []
    for source in SOURCES:
        for path in sorted(source.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if text not in seen:
                seen.add(text)
                found.append((path.stem, text))
    return sorted(found)


def person_tokens() -> dict[str, bool]:
    """Every capitalised token of a gold person name, in title case -> whether it ends one (a
    surname). Particles, months and the gazetteer's words are left alone: they are also
    words of other names ("Mai 2024", "Kaya")."""
    names = [e["text"] for path in (GOLD / "real_news" / "gold").glob("*.json")
             for e in json.loads(path.read_text(encoding="utf-8"))["entities"] if e["label"] == "PER"]
    for path in GOLD.glob("*/*.yaml"):
        gold = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        names += [e[0] for story in gold.get("stories") or [] for e in story.get("entities") or []
                  if len(e) > 1 and e[1] == "PER"]
    gazetteer = {w.title() for row in csv.reader(GAZETTEER.open(encoding="utf-8")) if row for w in row[0].split()}
    keep = _PARTICLES | {w.title() for w in MONTHS + WEEKDAYS} | gazetteer
    tokens: dict[str, bool] = {}
    for name in names:
        words = [w.title() for w in re.findall(r"[\w’'-]+", name) if w[0].isupper() and len(w) > 1]
        for n, word in enumerate(words):
            if word not in keep:
                tokens[word] = tokens.get(word, False) or n == len(words) - 1
    return tokens


def generate(n_docs: int, seed: int = 0):
    """(file name, text) of the corpus's n_docs documents."""
    sources, tokens = passages(), person_tokens()
    for i in range(n_docs):
        name, text = sources[i % len(sources)]
        yield f"{i:06d}_{name}.txt", rewrite(text, tokens, random.Random(f"{seed}:{i}"))


def write(folder: Path, n_docs: int, seed: int = 0) -> tuple[int, int]:
    """Writes the corpus into `folder`; (documents, characters)."""
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for name, text in generate(n_docs, seed):
        (folder / name).write_text(text, encoding="utf-8")
        chars += len(text)
    return n_docs, chars


def rewrite(text: str, tokens: dict[str, bool], rng: random.Random) -> str:
    text = _shuffle_paragraphs(text, rng)
    text = _rename_people(text, tokens, rng)
    text = _rename_acronyms(text, rng)
    years, days, factor = rng.randint(-6, 2), rng.randint(-40, 40), rng.choice([0.25, 0.5, 0.8, 1.5, 2, 3, 7])
    return _REWRITES.sub(lambda m: _rewrite_value(m, years, days, factor), text)


def _shuffle_paragraphs(text: str, rng: random.Random) -> str:
    """The paragraphs of running text after the lead change places; the lead (the first
    one), and the headings, bylines and share bars around them, stay where they were."""
    blocks = re.split(r"\n[ \t]*\n", text)
    running = [n for n, b in enumerate(blocks) if _running_text(b)][1:]
    moved = [blocks[n] for n in running]
    rng.shuffle(moved)
    for n, block in zip(running, moved):
        blocks[n] = block
    return "\n\n".join(blocks)


def _running_text(block: str) -> bool:
    lines = block.strip().splitlines()
    return len(block) >= _LEAD_CHARS and len(block) / len(lines) >= _LEAD_LINE


def _rename_people(text: str, tokens: dict[str, bool], rng: random.Random) -> str:
    names: dict[str, str] = {}

    def new(word: str) -> str:
        key = word.title()
        if key not in tokens:
            return word
        if key not in names:
            names[key] = rng.choice(SURNAMES if tokens[key] else FIRST_NAMES)
        return names[key].upper() if word.isupper() else names[key]

    return re.sub(r"(?<![\w’'-])[A-ZÀ-Ý][\w’'-]+", lambda m: new(m.group()), text)


def _rename_acronyms(text: str, rng: random.Random) -> str:
    defined = {m["acr"] for m in _DEFINED_ACRONYM.finditer(text)} - KEEP_ACRONYMS
    taken, renamed = set(re.findall(r"\w+", text)), {}
    for acronym in sorted(defined):
        new = acronym
        while new in taken:  # same letters' kind first, for the elision: "l’ARCEP", "la SONATEL"
            new = "".join(rng.choice(VOWELS if c in VOWELS else CONSONANTS) if c.isalpha() and n == 0
                          else rng.choice(VOWELS + CONSONANTS) if c.isalpha() else c
                          for n, c in enumerate(acronym))
        taken.add(new)
        renamed[acronym] = new
    if not renamed:
        return text
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(renamed, key=len, reverse=True)))})(?!\w)")
    return pattern.sub(lambda m: renamed[m.group()], text)


def _rewrite_value(m: re.Match, years: int, days: int, factor: float) -> str:
    if m["full"]:
        return _full_date(m, years, days)
    if m["numeric"]:
        day = _shift(date(int(m["ny"]), int(m["nm"]), 1), years, days, int(m["nd"]))
        return f"{day.day:0{len(m['nd'])}d}/{day.month:0{len(m['nm'])}d}/{day.year}" if day else m.group()
    if m["monthyear"]:
        month = MONTHS.index(_month_name(m["mmonth"])) + round(days / 30.4)
        year = int(m["myear"]) + years + month // 12
        return m.group().replace(m["mmonth"], _cased(MONTHS[month % 12], m["mmonth"])).replace(m["myear"], str(year))
    if m["bare"]:
        return str(int(m["bare"]) + years)
    if m["cur"] or m["unit"]:
        return (m["cur"] or "") + _scaled(m["num"], factor) + (m["unit"] or "")
    return m.group()


def _full_date(m: re.Match, years: int, days: int) -> str:
    year = int(m["year"]) if m["year"] else 2023  # a year-less date moves by its days only
    day_number = 1 if m["day"] == "1er" else int(m["day"])
    new = _shift(date(year, MONTHS.index(_month_name(m["month"])) + 1, 1), years if m["year"] else 0, days, day_number)
    if new is None:
        return m.group()
    padded = m["day"].startswith("0")
    day = "1er" if new.day == 1 and not padded else f"{new.day:0{2 if padded else 1}d}"
    out = f"{day} {_cased(MONTHS[new.month - 1], m['month'])}" + (f" {new.year}" if m["year"] else "")
    if m["weekday"]:
        out = _cased(WEEKDAYS[new.weekday()], m["weekday"]) + " " + out
    separators = re.findall(r"\s+", m.group())  # keep the original line breaks and spaces
    words = out.split(" ")
    return "".join(w + (separators[n] if n < len(separators) else "") for n, w in enumerate(words))


def _shift(first: date, years: int, days: int, day: int) -> date | None:
    """The day `day` of `first`'s month, `years` later then `days` later; None if no such day."""
    if not 1 <= day <= calendar.monthrange(first.year, first.month)[1]:
        return None
    year = first.year + years
    day = min(day, calendar.monthrange(year, first.month)[1])  # 29 February
    return date(year, first.month, day) + timedelta(days=days)


def _month_name(word: str) -> str:
    folded = word.lower()
    return {"fevrier": "février", "aout": "août", "decembre": "décembre"}.get(folded, folded)


def _cased(word: str, like: str) -> str:
    return word.upper() if like.isupper() else word.capitalize() if like[0].isupper() else word


def _scaled(number: str, factor: float) -> str:
    """`number` times `factor`, written as it was: thousands separator, decimal comma."""
    separator = next((c for c in number if c in " \u00a0\u202f."), "")
    whole, _, decimals = number.partition(",")
    value = float(whole.replace(separator, "") + "." + (decimals or "0")) * factor
    if decimals:
        return f"{value:.{len(decimals)}f}".replace(".", ",")
    digits = str(max(1, round(value)))
    if separator:
        digits = f"{int(digits):,}".replace(",", separator)
    return digits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the *.txt files into")
    args = parser.parse_args()
    n_docs, chars = write(args.out, args.docs, args.seed)
    print(f"{n_docs} documents, {chars / 1e6:.2f} M characters in {args.out}")


if __name__ == "__main__":
    main()
