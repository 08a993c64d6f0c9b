"""Property-based tests: the money and quantity rules never raise, whatever the text.

One odd figure on a real page (a budget table, a hard-wrapped PDF, a typing slip) must never
cost the story its other mentions, so `find_money`, `parse_amount` and `find_quantities` are
run on random French-looking text made of number words, digit groups, scale words, currency
words and punctuation, and on raw random characters. Each mention must quote its own span
of the text and carry a finite amount and a three-letter currency code.
"""

import math
import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from pipeline.rules.money import find_money, parse_amount
from pipeline.rules.quantities import find_quantities

# Token families drawn with equal odds, so that numbers, scales, connectors and currencies
# meet often in every order ("et - 5 FCFA", "un (1) milliard", "43. 000 F").
_NUMBER_WORDS = ["un", "une", "et", "deux", "trois", "quatre", "vingt", "vingts", "cent", "cents",
                 "dix", "neuf", "soixante", "quatre-vingt-dix-sept", "Trente-neuf", "onze", "zéro"]
_SCALES = ["millions", "milliards", "milliard", "million", "mille", "mds", "Md", "M", "k", "Mle"]
_CONNECTORS = ["de", "d’", "d'", "à", "et", "entre", "-", "–", "(", ")", "soit", "ou", ",", ".",
               "\n", "/", "par", "le", "la"]
_CURRENCIES = ["francs", "franc", "CFA", "FCFA", "F", "F.CFA", "Fcfa", "F CFA", "francs CFA",
               "dollars", "$", "US$", "€", "euros", "EUR", "USD", "XOF", "cents", "centimes",
               "MMDH", "MEUR", "MFCFA", "frs CFA", "francs\nguinéens", "TTC"]
_OTHER = ["demi", "et demi", "ses", "le", "des", "du", "environ", "plus", "près", "montant",
          "budget", "prêt", "don", "coût", "%", "pour cent", "km", "tonnes", "MW", "giga",
          "litre", "m²", "habitants", "»", "«", ";", ":"]
_DIGITS = st.one_of(
    st.integers(min_value=0, max_value=10**15).map(str),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}".replace(",", " ")),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}".replace(",", ".")),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}".replace(",", "\u00a0")),
    st.tuples(st.integers(0, 9999), st.integers(0, 999)).map(lambda p: f"{p[0]},{p[1]}"),
    st.tuples(st.integers(0, 999), st.integers(0, 999)).map(lambda p: f"{p[0]}. {p[1]:03d}"),
    st.tuples(st.integers(0, 999), st.integers(0, 99)).map(lambda p: f"{p[0]}, {p[1]}"),
    st.text(alphabet="0123456789 .,", min_size=1, max_size=12),
)
_TOKEN = st.one_of(_DIGITS, *(st.sampled_from(family) for family in
                                (_NUMBER_WORDS, _SCALES, _CONNECTORS, _CURRENCIES, _OTHER)))
_SEPARATOR = st.sampled_from([" ", " ", "", "\n", " (", ") ", "-", "\u00a0", "\u202f"])
_MAYBE = lambda family: st.one_of(st.just(""), st.sampled_from(family))  # noqa: E731
# The shape of an amount, each part optional: "de trois (3) à 5 milliards de FCFA".
_AMOUNT_SHAPE = st.tuples(_MAYBE(_CONNECTORS), st.one_of(_DIGITS, st.sampled_from(_NUMBER_WORDS)),
                          _MAYBE(_CONNECTORS), st.one_of(_DIGITS, _MAYBE(_NUMBER_WORDS)),
                          _MAYBE(_SCALES), _MAYBE(_CONNECTORS), _MAYBE(_CURRENCIES), _MAYBE(_OTHER))
_PIECE = st.one_of(_TOKEN, _AMOUNT_SHAPE.map(" ".join))
FRENCH_LOOKING = st.lists(st.tuples(_PIECE, _SEPARATOR), max_size=20).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))
ANY_TEXT = st.one_of(FRENCH_LOOKING, st.text(max_size=80))


@settings(max_examples=1000, deadline=None, database=None)
@given(text=ANY_TEXT, cfa=st.sampled_from(["XOF", "XAF"]))
# Found by this test: a range whose first figure is a bare "et" (a TypeError), a sub-unit that
# rounds to zero.
@example(text="et-1 francs ", cfa="XOF")
@example(text="0,1 cent ", cfa="XOF")
def test_find_money_never_raises_and_quotes_its_spans(text, cfa):
    for m in find_money(text, cfa):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert math.isfinite(m.amount) and m.amount > 0
        assert re.fullmatch(r"[A-Z]{3}", m.currency)


@settings(max_examples=300, deadline=None, database=None)
@given(text=ANY_TEXT)
def test_parse_amount_never_raises(text):
    amount = parse_amount(text)
    assert amount is None or math.isfinite(amount)


@settings(max_examples=300, deadline=None, database=None)
@given(text=ANY_TEXT)
def test_find_quantities_never_raises_and_quotes_its_spans(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
        assert math.isfinite(q.value)


# Correctness on generated figures: the value printed is the value read.
_GROUP_SEPARATORS = st.sampled_from([" ", ".", "\u00a0", "\u202f"])
_CURRENCY_WORDS = st.sampled_from(["FCFA", "F CFA", "francs CFA", "de francs CFA", "F.CFA", "Fcfa"])


@settings(max_examples=300, deadline=None, database=None)
@given(n=st.integers(min_value=1, max_value=10**13), sep=_GROUP_SEPARATORS, cur=_CURRENCY_WORDS)
def test_a_grouped_figure_reads_as_its_value(n, sep, cur):
    figure = f"{n:,}".replace(",", sep)
    assert [(m.amount, m.currency) for m in find_money(f"La facture atteint {figure} {cur}.")] == [(n, "XOF")]


@settings(max_examples=300, deadline=None, database=None)
@given(whole=st.integers(1, 999), decimals=st.integers(1, 999),
       scale=st.sampled_from([("millions", 10**6), ("milliards", 10**9), ("Mds", 10**9)]),
       point=st.sampled_from([",", "."]))
def test_a_decimal_figure_with_its_scale_reads_as_its_value(whole, decimals, scale, point):
    # a comma takes any decimals, an English point one or two ("12.5 millions")
    digits = f"{decimals:03d}".rstrip("0") if point == "," else f"{decimals % 100:02d}".rstrip("0")
    assume(digits)
    figure = f"{whole}{point}{digits}"
    expected = float(f"{whole}.{digits}") * scale[1]
    found = find_money(f"Le Trésor a levé {figure} {scale[0]} FCFA hier.")
    assert [m.amount for m in found] == [pytest.approx(expected, rel=1e-9)]
