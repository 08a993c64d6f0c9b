"""Domain rules that repair the statistical NER of fr_core_news_md on official news.

`refine(text, spans, lexicon)` is a pure function from the model's spans to better ones:

1. spans are cut at real line breaks (a hard-wrapped line's break stays inside a name),
   verbs, dates and stray brackets, and stripped of titles and honorifics ("Capitaine",
   "Médecin Colonelle-majore", "Son Excellence"); a stripped span is a person, and a title
   with no name after it leaves its complement ("Président du Faso" gives "Faso");
2. job titles ("ministre de la Communication, de l'Économie …"), common nouns ("État",
   "FCFA"), numbers and times are dropped, and so are capitalised ordinary French words
   ("Rappelons", "Somme", "dans son Cabinet"), told apart from names by the model's own
   vocabulary (`rules/common_words.py`); places inside a title survive;
3. rule spans are added: acronym definitions found in the text and their later uses,
   institutions by the shape of their name (`rules/institutions.py`: ministries in any
   case, headings in capitals, the state's bodies, websites), companies with a legal form,
   the curated gazetteer (`pipeline/data/gazetteer.csv`), person names written the West
   African way ("Assa Badiallo TOURÉ", "Alhamdou AG ILYENE", "Sidi Ould Cheikh Abdallahi Ould
   Moctar"), a person's surname used alone ("la ministre TOURÉ"), and other capitalized
   acronyms as organisations;
4. spans are joined, split and relabelled by their neighbours: a body of a body is one name,
   a brand before a country is a subsidiary ("Celtel Niger"), known places joined by "et" or
   a hyphen are each a place, a capitalised administrative word opens a place's name.

The spaCy component "news_entities" applies it after the "ner" component.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .rules import acronyms, boilerplate, common_words, currencies, institutions, names, numbers, titles
from .rules.months import MONTH
from .rules.textutil import fold
from .rules.weekdays import WEEKDAY

GAZETTEER = Path(__file__).parent / "data" / "gazetteer.csv"
Span = tuple[int, int, str]

# Capitalized tokens that are not organisations: units, currencies, technical words.
_NOT_ACRONYMS = {"TIC", "NTIC", "USD", "EUR", "XOF", "FCFA", "CFA", "TVA", "PIB", "ONG", "GSM",
                 "PME", "PMI", "BTP", "TTC", "PDG", "GWH", "MWC", "KWH", "SARL", "SUARL", "GIE",
                 "COVID", "OK", "TV", "RN", "US", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI"}
_NOT_ACRONYMS |= {code.upper() for code in list(currencies.AFTER) + list(currencies.BEFORE) if code.isalpha()}
_DATE_WORD = re.compile(rf"(?i)^(?:{WEEKDAY}|{MONTH})$")
_ACRONYM_TOKEN = re.compile(r"(?<![\w/-])[A-Z][A-Z0-9]{2,9}(?:-[A-Z]{2,})?(?![\w'’-])")


@dataclass
class Lexicon:
    """What the rules know before reading a text: gazetteer names and corpus acronyms."""
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (label, canonical)
    _matcher: tuple[int, re.Pattern, dict[str, str]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path = GAZETTEER) -> "Lexicon":
        rows = [r for r in csv.reader(path.open(encoding="utf-8")) if r and not r[0].startswith("#")]
        return cls({name: (label, canonical) for name, label, canonical in rows[1:]})

    def learn(self, texts) -> None:
        """Add the acronyms defined anywhere in `texts` (a corpus-wide pass before NER)."""
        for text in texts:
            for _, _, long_form, acronym, label in acronyms.definitions(text):
                self.names.setdefault(acronym, (label, long_form))
                self.names.setdefault(long_form, (label, long_form))

    def as_defined_in(self, texts) -> "Lexicon":
        """The lexicon as one document reads it: an acronym the document defines itself means
        what it says there, whatever another document or the gazetteer makes of it (an
        unrelated "(ANP)" renames nothing here). Itself when the document redefines nothing."""
        own = {acronym: self.defined(long_form, label) for text in texts
               for _, _, long_form, acronym, label in acronyms.definitions(text)}
        own = {acronym: entry for acronym, entry in own.items() if self.names.get(acronym) != entry}
        return Lexicon({**self.names, **own}) if own else self

    def defined(self, long_form: str, label: str) -> tuple[str, str]:
        """(label, canonical) of an acronym a text defines by `long_form`: the lexicon's entry
        for that long form when it has one (a curated label beats the head-noun guess)."""
        return self.names.get(long_form, (label, long_form))

    def entry(self, text: str) -> tuple[str, str] | None:
        """The gazetteer entry of a name; a word in capitals ("DAKAR") also finds "Dakar"."""
        found = self.names.get(text)
        if found is None and text.isupper() and len(text) > 3:
            found = self.names.get(text.title())
        return found

    def matcher(self) -> tuple[re.Pattern, dict[str, str]]:
        """One pattern for every name, in its spelling and in capitals ("DAKAR, LUNDI 3 MARS –"),
        longest first, and the name each spelling stands for. Compiled once, and again only
        after `learn` added names (issue 11: one regex per name and story was slow)."""
        if self._matcher is None or self._matcher[0] != len(self.names):
            spellings = {form: name for name in self.names for form in (name.upper(), name)}
            self._matcher = (len(self.names), re.compile(rf"(?<![\w-]){_trie_pattern(spellings)}(?![\w-])"),
                             spellings)
        return self._matcher[1], self._matcher[2]

    def label(self, text: str) -> str | None:
        entry = self.entry(text)
        return entry[0] if entry else None

    def canonical(self, text: str) -> str | None:
        entry = self.entry(text)
        return entry[1] if entry else None


def _trie_pattern(words) -> str:
    """One regular expression for many words, factored by their common prefixes: `re` tries an
    alternation's branches one by one at every position, so a flat list of 10 000 names costs
    10 000 tries a character, a trie a handful. Longer words are tried first, so the longest
    name that ends on a word boundary wins, as with a longest-first alternation."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        body = "" if not branches else branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node and body else body
    return f"(?:{pattern(trie)})"


def refine(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Model spans -> repaired spans, sorted, non-overlapping."""
    spans = [s for s in (_repair(text, s) for s in spans) if s]
    spans = _drop_inside_titles(text, spans, lexicon)
    local = Lexicon(dict(lexicon.names))
    for start, end, long_form, acronym, label in acronyms.definitions(text):
        spans = _add(spans, (start, end, label), strong=True)
        local.names[acronym] = lexicon.defined(long_form, label)  # the text's own definition comes first
    for start, end in institutions.find(text):
        if fold(text[start:end]) not in titles.NOT_ENTITIES:  # "CONSEIL DES MINISTRES": a sitting
            spans = _add(spans, (start, end, "ORG"), strong=True)
    for start, end in titles.council_bodies(text):
        spans = _add(spans, (start, end, "ORG"), strong=True)
    spans = _add_names(text, spans, lexicon)
    for m in names.COMPANY.finditer(text):
        spans = _add(spans, (m.start(), m.end(), "ORG"), strong=True)
    for m in names.ROAD.finditer(text):
        spans = _add(spans, (m.start(), m.end(), "LOC"), strong=False)
    spans = _facilities(text, spans)
    spans = _add_surname_first(text, spans, local)
    spans = _married_names(text, spans)
    spans = _add_titled_surnames(text, spans, local)
    spans = _add_gazetteer(text, spans, lexicon)
    spans = _add_surnames(text, spans)
    spans = _add_acronyms(text, spans, local)
    spans = _lone_words_are_places(text, spans)
    spans = _operators(text, _administrative_names(text, spans), lexicon)
    return _merge_operator_country(text, _join_bodies(text, sorted(_split_routes(text, spans, lexicon))))


# "Conseil de régulation de l’Autorité de régulation …": a body of a body is one name.
_BODY_OF_BODY = re.compile(r"[^\S\n]+(?:de\s+la|de\s+l['’]|du|des|de)[^\S\n]*")


def _join_bodies(text: str, spans: list[Span]) -> list[Span]:
    """Two organisations named by their head nouns, the second the first's complement, are
    one organisation, and a sea or a venue followed by its place one place (the longest
    name is the name): "Conseil de régulation de l’Autorité …", "Mer Méridionale de la Chine"."""
    joined: list[Span] = []
    for span in spans:
        if (joined and joined[-1][2] == span[2] in ("ORG", "LOC")
                and _BODY_OF_BODY.fullmatch(text, joined[-1][1], span[0])
                and acronyms.head_label(text[joined[-1][0]:joined[-1][1]]) == span[2]
                and (span[2] == "LOC" or acronyms.head_label(text[span[0]:span[1]]) == "ORG")):
            joined[-1] = (joined[-1][0], span[1], span[2])
        else:
            joined.append(span)
    return joined


# "Commune rurale de Raz El Ma", "Région du Grand Accra": a capitalised administrative word
# is part of the place's name (a lower-case one is not: "région de Tombouctou").
_ADMINISTRATIVE = re.compile(r"(?<![\w-])(?:Commune(?:[^\S\n]+(?:rurale|urbaine))?|Région|Cercle|Province|"
                             r"Préfecture|Département|District|Arrondissement|Wilaya|Canton)[^\S\n]+"
                             r"(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+l['’]|de[^\S\n]+|du[^\S\n]+|des[^\S\n]+|d['’])$")


def _administrative_names(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for start, end, label in spans:
        admin = _ADMINISTRATIVE.search(text, max(0, start - 40), start) if label == "LOC" else None
        out.append((admin.start(), end, label) if admin else (start, end, label))
    return out


def _operators(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"Celtel Niger", "Moov-Togo": a brand followed by a country is that country's
    subsidiary, when the brand is neither a known place nor a French word ("Haute Guinée").
    A word in title case before a place in capitals is a dateline: "Xinhua BAMAKO" is BAMAKO.
    A compound with a known company is a company: "Sotelma-Malitel"."""
    out = []
    for start, end, label in spans:
        words = re.split(r"[ -]", text[start:end])
        country = " ".join(words[1:])
        if label != "ORG" and len(words) > 1 and lexicon.label(country) == "LOC" and _brand(words[0], lexicon) \
                and not lexicon.label(text[start:end]):
            if _dateline(words[0], country):  # "Xinhua BAMAKO": the place alone
                start, label = end - len(country), "LOC"
            else:
                label = "ORG"
        elif label in ("LOC", "PER") and len(words) > 1 and "ORG" in {lexicon.label(w) for w in words} \
                and not lexicon.label(text[start:end]):
            label = "ORG"  # "Sotelma-Malitel": a compound of a known company
        out.append((start, end, label))
    return out


def _dateline(first: str, place: str) -> bool:
    """"Xinhua BAMAKO": a word in title case, then a place name (not an acronym) in capitals."""
    return place.isupper() and len(place) > 3 and not first.isupper()


def _brand(word: str, lexicon: Lexicon) -> bool:
    return (word[:1].isupper() and lexicon.label(word) in (None, "ORG") and word not in titles.TITLE_WORDS
            and not common_words.is_common_word(word, opens_sentence=True))


def _merge_operator_country(text: str, spans: list[Span]) -> list[Span]:
    """"Moov Africa" + "Burkina", "MTN" + "Côte d’Ivoire", "Moov Africa" + "Malitel":
    a company name followed by a country or another company is one subsidiary's name."""
    merged: list[Span] = []
    for span in spans:
        if merged and merged[-1][2] == "ORG" and span[2] in ("ORG", "LOC") \
                and text[merged[-1][1]:span[0]] == " " and not _is_acronym(text[span[0]:span[1]]):
            merged[-1] = (merged[-1][0], span[1], "ORG")
        else:
            merged.append(span)
    return merged


def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM_TOKEN.fullmatch(word))


_CLAUSE = re.compile(r"\s(?:a|ont|est|sont|avait|sera)\s|\s(?:encore\s+)?(?:appelée?s?|dénommée?s?|dite?s?)\s|"
                     r",\s+(?:le|la|les|l['’]|un|une|des|et|puis|mais|qui|dont|où|avec|par)\b|\s+n\s?°|"
                     # a date or a dateline dash ends a name: "Conseil des ministres du mercredi",
                     # "Kaya samedi dernier", "Kaya à la mi-mai", "Kaya – Le ministre"
                     rf"\s+(?:du\s+)?(?:{WEEKDAY})\b|\s+à\s+la\s+mi-|\s[–—]\s|"
                     # an article after a noun starts the next phrase: "Palais de la République
                     # le Directeur …" (after a preposition it belongs: "Union pour la République")
                     r"(?<=[\w’'])(?<!\bde)(?<!\bà)(?<!\bet)(?<!\bpour)(?<!\bsur)(?<!\bpar)(?<!\bcontre)"
                     r"(?<!\bavec)(?<!\bdans)(?<!\bentre)(?<!\bvers)(?<!\bsous)\s(?:le|la|les)\s")
# What follows these is a place, whatever the model says: "la commune de Dan Issa".
_OF = r"(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])"
# What follows these is a place, whatever the model says: "la commune de Dan Issa", also
# down a list: "les départements du Zou et des Collines", "régions de l’Est, de l’Adamaoua".
_PLACE_NOUNS = (r"(?:commune|localité|village|ville|région|département|district|quartier|province|"
                r"préfecture|cercle|site|axe|tronçon|route|corridor|chef-lieu)")
_LOCATIVE = re.compile(rf"\b{_PLACE_NOUNS}s?\s+(?:(?:rurale|urbaine)s?\s+)?{_OF}\s*(?:[\w’'-]+(?:\s*,\s*|\s+et\s+){_OF}\s*)*$", re.IGNORECASE)
_AT = re.compile(r"(?:\bà|\ben|\bentre|\bvers|\bentre\s+\S+\s+et)\s+$")
_AFTER_OF = re.compile(r"\b(?:de\s+la|de\s+l['’]|du|des|d['’])\s*$", re.IGNORECASE)
_EDGE_WORDS = {"de", "la", "le", "les", "du", "des", "d’", "l’", "d'", "l'", "l", "d", "et", "à", "au", "aux",
               "pour", "par", "sur", "avec", "dans", "en"}
# "L’Union européenne": the article is not part of the name.
_ARTICLE = re.compile(r"[Ll]['’](?=[A-ZÀ-Ý])")
_CURRENCY_CODES = set(currencies.AFTER.values())
_CURRENCY_WORDS = {fold(w) for w in (*currencies.AFTER, *currencies.BEFORE)}  # "FBu", "FDJ"
_EDGE_CHARS = " ,;:–-’'“”«»\"()"


def _repair(text: str, span: Span) -> Span | None:
    start, end, label = span
    start, end = _trim(text, start, _name_end(text, start, end))
    start, end, label = _strip_title(text, start, end, label)
    start = _drop_opening_word(text, start, end, label)
    direction = _DIRECTION_OF.match(text, start, end)
    if direction and label == "LOC":  # "le Sud-Ouest du Niger": the place is the country
        start = direction.end()
    firm = names.FIRM_WORD.match(text, start, end)
    if firm:  # "la Société MALICAN EXPLORATION-SARL": the name is what follows
        start, label = firm.end(), "ORG"
    if _is_noise(text, start, end):
        return None
    surface = text[start:end]
    if names.LEGAL_FORM_END.search(surface):
        label = "ORG"  # "Sénégal Numérique SA"
    elif names.ROAD.fullmatch(surface):
        label = "LOC"
    elif names.PERSON_SHAPE.fullmatch(surface) and surface.split()[-1] not in names.NOT_SURNAMES \
            and not _is_place_context(text, start, surface):  # "la commune de Ras El Ma"
        label = "PER"
    elif label != "LOC" and " " in surface and _TITLE_AFTER.match(text, end) and not acronyms.head_label(surface):
        label = "PER"  # "FRANZ MEYER, chargé de la Coopération": a name before its title
    elif label == "PER" and " " not in surface and boilerplate.DATELINE_END.match(text, end) \
            and text.rfind("\n", 0, start) + 1 == start:
        label = "LOC"  # "Bougouni – Le ministre …": a dateline names a place
    elif label in ("PER", "MISC") and _is_place_context(text, start, surface):
        label = "LOC"  # "la localité de Dan Issa", "à Dikhil", "dans la région du Tchologo"
    elif label == "MISC" and " " not in surface and not surface.isupper() and "-" not in surface:
        label = "LOC"  # one title-case word the model calls MISC is a village or a district here
    label = acronyms.head_label(surface) or label
    if label == "MISC":
        end = _complement_end(text, end)
    if _ORG_KIND_BEFORE.search(text, max(0, start - 30), start):
        label = "ORG"  # "l’ONG Karkara", "le quotidien Sidwaya"
    if text[start - 2:start] in ("N’", "N'"):
        start -= 2  # "[N’]Guigmi": the model leaves the particle out
    return start, _particle_end(text, end), label


# What kind of body the next name is: "l’ONG Karkara", "la société Sahel Agro", "le quotidien …".
_ORG_KIND_BEFORE = re.compile(r"\b(?:l['’](?:ONG|association|entreprise|opérateur|hebdomadaire|agence|Agence)|"
                              r"(?:la|une)\s+(?:société|compagnie|banque|radio|télévision|coalition|plateforme|start-up)|"
                              r"(?:le|un)\s+(?:groupe|cabinet|journal|quotidien|site|parti|mouvement|syndicat|consortium))"
                              r"[^\S\n]+(?:l['’]|le[^\S\n]+|la[^\S\n]+)?$")


# A name never ends with a particle: "[Commune rurale de Raz El] Ma", "[Hama Ag] Wantifout".
_ENDS_WITH_PARTICLE = re.compile(r"\b(?:El|Ag|AG|Ould|Ben|Ibn|N’|N')$")
_NEXT_NAME = re.compile(r"[^\S\n]*[A-ZÀ-Ý][\w’'-]*")


def _particle_end(text: str, end: int) -> int:
    m = _NEXT_NAME.match(text, end) if _ENDS_WITH_PARTICLE.search(text, max(0, end - 5), end) else None
    return m.end() if m else end


# Numbers, times and section numbers the model reads as names: "Trente-neuf milliards",
# "13 H 46 mn", "I.2. AU TITRE DU …", "I.DELIBERATIONS".
_NUMBER_WORDS = re.compile(numbers.NUMBER_WORDS, re.IGNORECASE)
_NOT_NAMES = re.compile(r"\d*\s*H\s*\d+(?:\s*mn)?|[IVX]+\.[\w.]*", re.IGNORECASE)


def _is_noise(text: str, start: int, end: int) -> bool:
    """Spans the model proposes that are no name at all."""
    surface = text[start:end]
    words = surface.split()
    return (len(surface) < 2 or fold(surface) in titles.NOT_ENTITIES or surface.islower()
            or text[start - 1:start] == "/"  # "n°2026-0042/PT-RM"
            or words[0] in _CURRENCY_CODES or fold(" ".join(words[:2])) in _CURRENCY_WORDS
            or fold(words[0]) in _CURRENCY_WORDS  # "F CFA TTC", "FCFA"
            or re.search(r"\d/|/\d", surface) or _NOT_NAMES.fullmatch(surface)
            or bool(_NUMBER_WORDS.match(surface))
            or titles.GENERIC_STATE.fullmatch(surface)
            or titles.TITLE_HEADS.match(surface) or titles.PROFESSION.fullmatch(surface)
            or _DATE_WORD.match(words[0])
            or _common_word(text, start, end))


_DIRECTION_OF = re.compile(r"(?:Nord|Sud|Est|Ouest|Centre)(?:-(?:Nord|Sud|Est|Ouest))?\s+"
                           r"(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*(?=[A-ZÀ-Ý])")
_TITLE_AFTER = re.compile(rf",[^\S\n]*(?:{titles.TITLE_HEADS.pattern})")

# A line this long that ends without a stop is hard-wrapped: its line break is a space.
_WRAPPED_LINE = 50


def _name_end(text: str, start: int, end: int) -> int:
    """Where a model span really ends: at a line break, unless the text is hard-wrapped
    ("sous l’autorité du Général Assimi\nGOITA"), and at a verb or a date."""
    newline = text.find("\n", start, end)
    while newline != -1 and _is_wrap(text, newline):
        newline = text.find("\n", newline + 1, end)
    if newline != -1:  # the model sometimes runs a span over a real line break
        end = newline
    clause = _CLAUSE.search(text, start, end)
    if clause:  # "Conseil a adopté un décret …": a verb ends the name
        end = clause.start()
    return _bracket_end(text, start, end)


def _bracket_end(text: str, start: int, end: int) -> int:
    """"(AIB)-Rien ne justifie": a bracket the span does not close ends the name."""
    surface = text[start:end]
    for i, char in enumerate(surface):
        if (char == ")" and "(" not in surface[:i]) or (char == "(" and ")" not in surface[i:]):
            return start + i
    return end


def _is_wrap(text: str, newline: int) -> bool:
    line_start = text.rfind("\n", 0, newline) + 1
    return (_hard_wrapped(text) and newline - line_start >= _WRAPPED_LINE
            and text[newline - 1] not in ".!?:;" and text[newline + 1:newline + 2].isalnum())


@lru_cache(maxsize=8)
def _hard_wrapped(text: str) -> bool:
    """Text broken into lines of a printed or PDF layout: several long lines, none of them
    a whole paragraph."""
    lengths = [len(line) for line in text.split("\n")]
    return sum(n >= 60 for n in lengths) >= 3 and max(lengths) <= 130


def _strip_title(text: str, start: int, end: int, label: str) -> Span:
    """"Son Excellence Mariam KONÉ", "Général d’Armée Assimi GOITA": the title goes, the
    rest is a person. "Président du Faso", "Présidente du CNRCEP": a title with no name
    after it leaves its complement, a place or a body (or nothing: "de la République")."""
    title = titles.leading_title(text, start, end)
    if not title:
        return start, end, label
    start = title
    if not text[start:start + 1].islower() or names.AFTER_PARTICLE.match(text, start, end):
        return start, end, "PER"  # "Mme de SOUSA-MARTINS"
    start, end = _trim(text, start, end)
    surface = text[start:end]
    if not surface[:1].isupper() or surface.split()[0] in titles.TITLE_WORDS:
        return start, start, label  # "Premier conseiller du Chef de village": a title only
    return start, end, "ORG" if _is_acronym(surface) or " " in surface else "LOC"


# "Forum national [sur le partage des infrastructures]", "Plan de riposte [contre la
# poliomyélite]": a MISC name goes on through its "sur"/"contre" complement.
_WORD = r"(?!(?:et|ou|à|au|aux|en|pour|par|avec|dans|qui|que|dont|est|a|ont|sera)\b)[a-zà-ÿ][\w’'-]*"
_COMPLEMENT = re.compile(rf"[^\S\n]+(?:sur|contre)(?:[^\S\n]+(?:le|la|les|des|du|de|d['’]|l['’])|[^\S\n]+l['’]|[^\S\n]+d['’])?"
                         rf"[^\S\n]*{_WORD}(?:[^\S\n]+(?:de|des|du|d['’]|la|le|l['’])?[^\S\n]*{_WORD}){{0,3}}")


def _complement_end(text: str, end: int) -> int:
    m = _COMPLEMENT.match(text, end)
    return m.end() if m else end


def _is_place_context(text: str, start: int, surface: str) -> bool:
    """A place word before a name that is not a person's shape ("Given SURNAME"): after
    "commune de", "localité de" …, or after "à" for one word or a name with N’."""
    if names.GIVEN_THEN_SURNAME.fullmatch(surface):
        return False
    before = text[max(0, start - 30):start]
    return bool(_LOCATIVE.search(before)) or (
        bool(_AT.search(before)) and (" " not in surface or "N’" in surface or "N'" in surface))


def _split_routes(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"Mongo–Abou Deïa", "Kinguélé–Ntoum": a road or line between places is its places;
    "Mali and Niger", "Niger et Tchad": known places joined by a span are each a place."""
    out: list[Span] = []
    for start, end, label in spans:
        parts = _route_parts(text[start:end], label, lexicon)
        offset = start
        for part, sep in parts:
            out.append((offset, offset + len(part), "LOC" if len(parts) > 1 else label))
            offset += len(part) + len(sep)
    return out


def _route_parts(surface: str, label: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """(part, separator after it) of a span, one part when it is not a list of places. An
    en dash joins any places; a hyphen, "et" or "and" joins known places only."""
    dashed = re.split(r"(–)", surface)
    pieces = dashed if len(dashed) > 1 else re.split(r"(-|\s(?:et|and)\s)", surface)
    parts = list(zip(pieces[::2], pieces[1::2] + [""]))
    if len(parts) < 2 or label == "ORG" or acronyms.head_label(surface) or lexicon.label(surface) \
            or not all(p[:1].isupper() for p, _ in parts) \
            or not (dashed is pieces or all(lexicon.label(p) == "LOC" for p, _ in parts)):
        return [(surface, "")]
    return parts


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quotes, punctuation, lowercase words and dangling 'de la' at both ends."""
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in _EDGE_CHARS:
            start, changed = start + 1, True
        while end > start and text[end - 1] in _EDGE_CHARS:
            end, changed = end - 1, True
        if _ARTICLE.match(text, start, end):
            start, changed = start + 2, True
        words = text[start:end].split(" ")
        if len(words) > 1 and (words[0][:1].islower() or words[0] in _EDGE_WORDS):
            start, changed = start + len(words[0]) + 1, True
        elif len(words) > 1 and words[-1] in _EDGE_WORDS:
            end, changed = end - len(words[-1]) - 1, True
    return start, end


# What may stand between the start of a line and the first word of a sentence: bullets,
# dashes, quotes, numbering ("➤ Volume :", "- Suspendu …", "« Chers …").
_LINE_OPENING = re.compile(r"[^\w\n]*$")
_AFTER_STOP = re.compile(r"[.!?:;…][\s«“\"]*$")
_TITLE_OF = re.compile(rf"{titles.TITLE_HEADS.pattern}\s+{_OF}\s*$")
_TO_PLACE = re.compile(r"\b(?:à|au|aux|en)\s+$")


def _common_word(text: str, start: int, end: int) -> bool:
    """"Rappelons que …", "Somme levée : …", "dans son Cabinet": one capitalised word that
    is an ordinary French word, capitalised by its place in the sentence or by deference.
    Places named by a common noun keep their place words: "la région des Savanes", "au Plateau",
    "le gouverneur de l’Estuaire", and persons their title: "M. Blanc"."""
    surface = text[start:end]
    if " " in surface or _LOCATIVE.search(text, max(0, start - 60), start) \
            or _TITLE_OF.search(text, max(0, start - 60), start) \
            or _TITLED_BEFORE.search(text, max(0, start - 40), start) \
            or _ORG_KIND_BEFORE.search(text, max(0, start - 30), start):  # "M. Blanc", "le quotidien L’Essor"
        return False
    opens = _opens_sentence(text, start)
    if not opens and _TO_PLACE.search(text, max(0, start - 4), start):
        return False
    return common_words.is_common_word(surface, opens_sentence=opens)


def _opens_sentence(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_LINE_OPENING.fullmatch(text, line_start, start)
                or _AFTER_STOP.search(text, max(line_start, start - 4), start))


# Adjectives that open place names: "Haute Guinée", "Grand Lomé", "Moyen Chari".
_PLACE_ADJECTIVES = {"Haut", "Haute", "Bas", "Basse", "Grand", "Grande", "Petit", "Petite", "Moyen",
                     "Moyenne", "Nouveau", "Nouvelle", "Saint", "Sainte", "Vieux", "Vieille"}


def _drop_opening_word(text: str, start: int, end: int, label: str) -> int:
    """"[Axe Ouagadougou-Kaya] : les travaux …": a common noun opening a sentence before a
    place is not part of its name (a head noun or a place adjective is: "Lac Tchad",
    "Haute Guinée"). Persons keep theirs: given names are often common words ("Parfait")."""
    first = text[start:end].split(" ")[0]
    if (label == "LOC" and len(first) < end - start and _opens_sentence(text, start)
            and first not in _PLACE_ADJECTIVES and not acronyms.head_label(first)
            and common_words.is_common_word(first, opens_sentence=False)):
        return start + len(first) + 1
    return start


def _drop_inside_titles(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Portfolios are not organisations: drop what lies inside 'ministre de … et de …',
    but for the countries and cities of the gazetteer. Other titles ("gouverneur de la
    région de Ménaka", "directeur général de l'Office …") name real places and bodies."""
    phrases = [(m.start(), m.end()) for m in titles.TITLE_PHRASE.finditer(text)
               if titles.MINISTER.match(m.group(0))]
    inside = lambda s: any(a <= s[0] and s[1] <= b for a, b in phrases)
    return [s for s in spans if not inside(s) or lexicon.label(text[s[0]:s[1]]) == "LOC"]


def _add(spans: list[Span], new: Span, strong: bool) -> list[Span]:
    """Add a rule span. A strong one replaces what it overlaps; a weak one only fills a gap
    or relabels an identical span, and never cuts into a longer span."""
    overlapping = [s for s in spans if s[0] < new[1] and new[0] < s[1]]
    if not strong and any(s[0] <= new[0] and new[1] <= s[1] and s != new[:2] + (s[2],) for s in overlapping):
        return spans
    return [s for s in spans if s not in overlapping] + [new]


def _add_known(text: str, spans: list[Span], new: Span, lexicon: Lexicon) -> list[Span]:
    """A multi-word gazetteer name overrides spans it crosses or contains, but stays inside
    a longer name that contains it ("… des Nations Unies (OCHA)"). A longer span that is the
    name plus a country takes the name's label: "Moov Africa Burkina" is the operator."""
    overlapping = [s for s in spans if s[0] < new[1] and new[0] < s[1]]
    containing = [s for s in overlapping if s[0] <= new[0] and new[1] <= s[1] and (s[0], s[1]) != new[:2]]
    if containing:
        s = containing[0]
        if s[0] == new[0] and lexicon.label(text[new[1]:s[1]].strip()) == "LOC" and new[2] == "ORG":
            return [x for x in spans if x != s] + [(s[0], s[1], "ORG")]
        return spans
    return [s for s in spans if s not in overlapping] + [new]


def _add_names(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    # The longer pattern runs last so that "Ahmed Ould Cheikh SIDIYA" wins over "Ahmed Ould Cheikh".
    for pattern in (names.WITH_PARTICLE, names.GIVEN_THEN_SURNAME):
        for m in pattern.finditer(text):
            words = m.group(0).split()
            start = m.start()
            # "ministre de la Communication Mariam KONÉ": a word after "de la" is a portfolio
            while len(words) > 2 and (words[0] in titles.TITLE_WORDS or _AFTER_OF.search(text, 0, start)):
                start += len(words[0]) + 1
                words = words[1:]
            end = m.end()
            if _stray_last_word(words, lexicon):  # "Ahmed Ould Bah Mardi", "… Ould Bah Président"
                end, words = end - len(words[-1]) - 1, words[:-1]
            if _is_place_context(text, start, m.group(0)):
                continue  # "à Fada N’Gourma", "la localité de Birni N’Konni"
            if (words[-1] in names.NOT_SURNAMES or lexicon.label(words[-1]) or lexicon.label(words[0])
                    or words[0] in titles.TITLE_WORDS or _DATE_WORD.match(words[-1])
                    or acronyms.head_label(words[0]) or names.LEGAL_FORM_END.search(m.group(0))):
                continue
            spans = _add(spans, (start, end, "PER"), strong=True)
    return spans


def _stray_last_word(words: list[str], lexicon: Lexicon) -> bool:
    """The given name a particle name may end with is no name when it is a title, a date,
    a known place or a French word."""
    last = words[-1]
    return (len(words) > 3 and not names.PARTICLE_WORD.fullmatch(words[-2])
            and (last in titles.TITLE_WORDS or bool(_DATE_WORD.match(last)) or bool(lexicon.label(last))
                 or common_words.is_common_word(last, opens_sentence=True)))


# "le ministre MBARGA NDZANA", "La directrice générale ABANDA ONANA": capitals after a title.
_TITLED_SURNAME = re.compile(rf"{titles.TITLE_HEADS.pattern}[^\S\n]+(?P<name>{names.SURNAME}(?:[^\S\n]+{names.SURNAME})*)(?![\w'’-])")


_AFTER_COMMA = re.compile(r",[^\S\n]*$")


def _add_surname_first(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"…, RAKOTOMALALA Andry Fenosoa, …", "le ministre LIU Zhenhua": surname-first names,
    after a comma or a title, when no word of them is a known acronym or place."""
    for m in names.SURNAME_FIRST.finditer(text):
        words = m.group(0).split()
        before = text[max(0, m.start() - 40):m.start()]
        if not (_AFTER_COMMA.search(before) or _TITLED_BEFORE.search(before)):
            continue
        if words[0] in _NOT_ACRONYMS or any(lexicon.label(w) for w in words) \
                or _DATE_WORD.match(words[1]):
            continue
        spans = _add(spans, (m.start(), m.end(), "PER"), strong=True)
    return spans


_MARRIED = re.compile(r"[^\S\n]+(?:épouse|née|veuve)[^\S\n]+[A-ZÀ-Ý][\w’'-]+(?:[^\S\n]+[A-ZÀ-Ý][\w’'-]+)?")


def _married_names(text: str, spans: list[Span]) -> list[Span]:
    """"Mariam Ouattara épouse Koné", "Awa Diallo née Sy": one person."""
    for s0, e0, label in sorted(spans):
        m = _MARRIED.match(text, e0)
        if label == "PER" and m:
            spans = _add(spans, (s0, m.end(), "PER"), strong=True)
    return spans


# What comes before a person named by one word: "M. Traoré", "le ministre Touré", "Dr Sy".
_TITLED_BEFORE = re.compile(rf"(?:{titles.TITLE_HEADS.pattern}|\b(?:{'|'.join(re.escape(h) for h in titles.HONORIFICS)}))"
                            r"[\s,]*$")


# "le commerçant Hamidou", "la vendeuse Awa": a person named after what they do.
_NOUN_BEFORE = re.compile(rf"\b(?:le|la|du|au)\s+(?!{_PLACE_NOUNS}s?\b)[a-zà-ÿ]{{4,}}\s+$")


# "Franck, pompiste dans une station", "Awa, 34 ans,": what a person is, after a comma
# (a place's apposition says what place it is: "Dori, chef-lieu de …", "Kaya, ville …",
# or where it lies: "Mitsinjo, basée à …").
_PERSON_APPOSITION = re.compile(rf",[^\S\n]+(?:\d+[^\S\n]+ans\b|(?!{_PLACE_NOUNS}|capitale|[a-zà-ÿ]+ée?s?\b)"
                                rf"[a-zà-ÿ]{{4,}}[^\S\n]+(?:dans|de|d['’]|du|des|à|au)\b)")


def _lone_words_are_places(text: str, spans: list[Span]) -> list[Span]:
    """One title-case word read as a person, with no title before it and no full name of the
    text containing it, is a town or a village here ("à Zégoua", "Booué", "Tanwalbougou")."""
    words_of_names = {w for s, e, label in spans if label == "PER" and " " in text[s:e]
                      for w in text[s:e].split()}
    out = []
    for start, end, label in spans:
        word = text[start:end]
        if (label == "PER" and " " not in word and word[:1].isupper() and not word.isupper()
                and word not in words_of_names
                and not _TITLED_BEFORE.search(text, max(0, start - 40), start)
                and not _NOUN_BEFORE.search(text, max(0, start - 40), start)
                and not _PERSON_APPOSITION.match(text, end)):
            label = "LOC"
        out.append((start, end, label))
    return out


def _facilities(text: str, spans: list[Span]) -> list[Span]:
    """"Stade Modibo Kéïta": a person's name after a facility's head noun is part of the
    facility's name, a place (an organisation for a university, an institute …)."""
    for m in names.FACILITY.finditer(text):
        if any(s[0] < m.end() and m.start() < s[1] and s[2] == "PER" for s in spans):
            label = "ORG" if m.group("head").split()[0] in acronyms.ORG_HEADS else "LOC"
            spans = _add(spans, (m.start(), m.end(), label), strong=True)
    return spans


def _add_titled_surnames(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Two or more capital words right after a title are a person's surname, unless one of
    them is a known acronym."""
    for m in _TITLED_SURNAME.finditer(text):
        name = m.group("name")
        # one capital word after a title is as often an acronym ("le coordonnateur PNDS")
        if " " not in name or any(w in _NOT_ACRONYMS or lexicon.label(w) for w in name.split()):
            continue
        spans = _add(spans, (m.start("name"), m.end("name"), "PER"), strong=True)
    return spans


def _add_gazetteer(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Multi-word names are specific enough to override the model; one word only fills gaps
    ("Mali" inside "Agence pour la Promotion des Exportations au Mali" stays inside)."""
    pattern, spellings = lexicon.matcher()
    for m in pattern.finditer(text):
        name = spellings[m.group(0)]
        new = (m.start(), m.end(), lexicon.label(name))
        spans = _add_known(text, spans, new, lexicon) if " " in name else _add(spans, new, strong=False)
    return spans


def _add_surnames(text: str, spans: list[Span]) -> list[Span]:
    """'la ministre TOURÉ' after 'Assa Badiallo TOURÉ': the surname alone is the person."""
    full = [text[s:e] for s, e, label in spans if label == "PER" and " " in text[s:e]]
    # "OBIANG NZÉ" after "Landry OBIANG NZÉ", and "SECK" after "Awa NDIAYE SECK"
    known = {names.surname(name) for name in full} | {name.split()[-1] for name in full} | \
        {name.split()[0] for name in full if names.SURNAME_FIRST.fullmatch(name)}  # "RAKOTOMALALA Andry"
    for surname in known:
        if len(surname) < 3 or not surname.isupper():
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w'’-])", text):
            spans = _add(spans, (m.start(), m.end(), "PER"), strong=False)
    return spans


def _add_acronyms(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Capitalized acronyms the model missed or mislabelled are organisations."""
    for m in _ACRONYM_TOKEN.finditer(text):
        token = m.group(0)
        if token in _NOT_ACRONYMS or _DATE_WORD.match(token) or _in_caps_run(text, m) \
                or _SECTION_NUMBER.search(text, max(0, m.start() - 6), m.start()):
            continue
        covering = [s for s in spans if s[0] <= m.start() and m.end() <= s[1]]
        known = lexicon.label(token)
        if covering and (covering[0][:2] != (m.start(), m.end()) or covering[0][2] == "PER"
                         or (covering[0][2] == "ORG" and known is None)):
            continue
        label = known or ("LOC" if names.ROAD.fullmatch(token) else "ORG")
        spans = [s for s in spans if s not in covering] + [(m.start(), m.end(), label)]
    return spans


# "I.DELIBERATIONS", "II.DECISIONS": a heading's number, not an acronym's context
_SECTION_NUMBER = re.compile(r"(?<![\w.])[IVX]+\.$")


def _in_caps_run(text: str, m: re.Match) -> bool:
    """A word inside an all-capitals line or dateline ("ABIDJAN, VENDREDI 7 …", "AU TITRE DU
    MINISTERE …") is not an acronym."""
    before = text[max(0, m.start() - 12):m.start()]
    after = text[m.end():m.end() + 12]
    return bool(re.search(r"[A-Z]{3,}[\s,]*$|(?<![\w'’])[A-Z]{2} $", before)
                or re.match(r"^[\s,]*[A-Z]{3,}|^ [A-Z]{2}(?![\w'’])", after))


@Language.factory("news_entities", default_config={})
def make_news_entities(nlp: Language, name: str) -> "EntityRefiner":
    return EntityRefiner(Lexicon.load())


class EntityRefiner:
    """spaCy component: replaces doc.ents by `refine` of them. Call `.lexicon.learn(texts)`
    first to share acronym definitions across a corpus."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        refined = [doc.char_span(s, e, label=label, alignment_mode="expand")
                   for s, e, label in refine(doc.text, spans, self.lexicon)]
        doc.ents = filter_spans([s for s in refined if s is not None])
        return doc
