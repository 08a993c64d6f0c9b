"""Property-based tests: the date, entity and segmentation rules never raise, whatever the text.

A real archive holds every odd writing ("le premier et dernier jour", "il y a et jours",
"31 février", a year with no day anywhere): one such string must never cost a story its
other mentions. The rules are run on random French-looking text made of date words, numbers
and punctuation, and on raw random characters; every mention must quote its own span and
carry real calendar days in order. (Money and quantities: tests/test_money_properties.py.)
"""

import re
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.entities import Lexicon, refine
from pipeline.rules.dates import find_dates
from pipeline.segment import split_stories

_DATE_WORDS = ["le", "la", "du", "au", "et", "en", "de", "depuis", "jusqu'au", "premier", "1er",
               "dernier", "prochain", "courant", "mois", "semaine", "année", "trimestre", "quinzaine",
               "début", "fin", "mi-", "hier", "aujourd'hui", "demain", "veille", "lendemain", "il y a",
               "dans", "jours", "ans", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
               "dimanche", "janvier", "février", "Mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre", "janv.", "fév", "Oct.", "été", "hiver",
               "soir", "matin", "h", "H", "mn", "/", "-", "–", ",", ".", "\n", "(", ")", "Xinhua", "AMAP"]
_NUMBERS = st.one_of(st.integers(0, 40).map(str), st.integers(1900, 2100).map(str),
                     st.integers(0, 99_999_999).map(str),
                     st.tuples(st.integers(0, 40), st.integers(0, 14), st.integers(0, 2100))
                     .map(lambda d: f"{d[0]}/{d[1]}/{d[2]}"))
_TOKEN = st.one_of(st.sampled_from(_DATE_WORDS), _NUMBERS)
FRENCH_DATES = st.lists(_TOKEN, max_size=25).map(" ".join)
ANY_TEXT = st.one_of(FRENCH_DATES, st.text(max_size=120))
REFERENCE = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
RESOLUTIONS = {"absolute", "year_inferred", "relative", "unresolved"}


@settings(max_examples=800, deadline=None, database=None)
@given(text=ANY_TEXT, reference=REFERENCE)
@example(text="Les résultats du premier trimestre sont attendus.", reference=None)
@example(text="Le premier et dernier jour du salon.", reference=date(2025, 3, 3))
@example(text="Il y a et jours de cela.", reference=date(2025, 3, 3))
def test_find_dates_never_raises_and_gives_real_days_in_order(text, reference):
    for d in find_dates(text, reference):
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start:d.end] == d.text
        assert d.resolution in RESOLUTIONS
        if d.date_start is not None:
            assert isinstance(d.date_start, date) and isinstance(d.date_end, date)
            assert d.date_start <= d.date_end


_NAME_TEXT = st.lists(st.one_of(
    st.sampled_from(["Le", "ministre", "de", "la", "République", "du", "Mali", "M.", "Mme", "Dr",
                     "Ould", "Ag", "Colonel-major", "SONATEL", "Moov-Togo", "Kiosque.com", "(", ")",
                     ",", ".", "\n", "’", "PRIMATURE", "a", "reçu", "Banque", "Ouagadougou"]),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÉéèàç-.' ", max_size=12)),
    max_size=25).map(" ".join)


@settings(max_examples=400, deadline=None, database=None)
@given(data=st.data(), text=st.one_of(_NAME_TEXT, st.text(max_size=100)))
def test_entity_rules_never_raise_and_keep_spans_inside_the_text(data, text):
    tokens = [m.span() for m in re.finditer(r"\w+|[^\w\s]", text)]
    model = []  # like the model's: whole tokens, sorted and disjoint
    if tokens:
        index = st.integers(0, len(tokens) - 1)
        raw = data.draw(st.lists(st.tuples(index, index, st.sampled_from(["PER", "ORG", "LOC", "MISC"])),
                                 max_size=6))
        for first, last, label in sorted((min(a, b), max(a, b), label) for a, b, label in raw):
            if not model or model[-1][1] <= tokens[first][0]:
                model.append((tokens[first][0], tokens[last][1], label))
    spans = refine(text, model, Lexicon.load())
    for start, end, label in spans:
        assert 0 <= start < end <= len(text)
        assert label in {"PER", "ORG", "LOC", "MISC"}
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "spans sorted and disjoint"


@settings(max_examples=300, deadline=None, database=None)
@given(text=st.one_of(st.lists(st.one_of(
    st.sampled_from(["PRIMATURE", "MSDS", "AU TITRE DU MINISTERE DES MINES", "I.1.", "Posté par -",
                     "BAMAKO, 22 avril (Xinhua) --", "Le Conseil a adopté un décret.", "\n", "\n\n"]),
    st.text(max_size=40)), max_size=30).map("".join), st.text(max_size=300)))
def test_segmentation_never_raises_and_loses_no_body_text(text):
    for title, body, source in split_stories(text, None):
        assert body.strip()
        for line in body.split("\n"):
            assert line.strip() in text


def test_a_date_that_breaks_its_rule_costs_that_date_only(monkeypatch):
    """A resolver that raises on one candidate drops that candidate, reports its span, and
    the text keeps its other dates."""
    import pipeline.rules.dates as dates
    real = dates._resolve

    def fragile(kind, m, ctx):
        if "mars" in m.group(0):
            raise TypeError("simulated")
        return real(kind, m, ctx)
    monkeypatch.setattr(dates, "_resolve", fragile)
    text = "Le forum s'ouvre le 3 mars 2025 et se clôt le 12 avril 2025."
    skipped = []
    found = dates.find_dates(text, on_error=lambda start, end, err: skipped.append(text[start:end]))
    assert [d.text for d in found] == ["12 avril 2025"]
    assert skipped == ["3 mars 2025"]


@settings(max_examples=300, deadline=None, database=None)
@given(words=st.lists(st.text(alphabet="abAB -éN’", min_size=1, max_size=6), min_size=1, max_size=12),
       text=st.text(alphabet="abAB -éN’.,\n", max_size=80))
def test_the_gazetteer_trie_matches_what_a_longest_first_alternation_matches(words, text):
    """The lexicon's one pattern is factored by prefixes (fast whatever its size); it must find
    exactly the spans a plain alternation of the names, longest first, finds."""
    from pipeline.entities import _trie_pattern
    flat = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    expected = [m.span() for m in re.finditer(rf"(?<![\w-])(?:{flat})(?![\w-])", text)]
    assert [m.span() for m in re.finditer(rf"(?<![\w-]){_trie_pattern(words)}(?![\w-])", text)] == expected
