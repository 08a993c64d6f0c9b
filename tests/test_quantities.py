"""Percentages and physical quantities go to their own table, never to money; equivalent
amounts are linked."""

import pytest

from pipeline.rules.money import find_money
from pipeline.rules.quantities import find_quantities


@pytest.mark.parametrize("text, expected", [
    ("Le taux de pénétration d’Internet atteint 38 % au Niger.", [(38.0, "%")]),
    ("L’inflation a reculé de 2,4 pour cent sur un an.", [(2.4, "%")]),
    ("La dorsale de 1 450 km reliera Niamey à Agadez.", [(1450.0, "km")]),
    ("La centrale de Kossodo produira 30 MWc, puis 60 MW en 2027.", [(30.0, "MWc"), (60.0, "MW")]),
    ("Le port a traité 1,5 million de tonnes de marchandises.", [(1_500_000.0, "t")]),
    ("Les écoles seront raccordées en 100 Mbps.", [(100.0, "Mbit/s")]),
    ("Les 250 hectares aménagés à Sélingué.", [(250.0, "ha")]),
    ("Le forfait nuit offre 3 gigas pour 300 F.", [(3.0, "Go")]),
])
def test_quantities_with_their_unit(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", [
    "Une hausse de 12 % du budget, soit 45 km de routes et 20 MW de plus.",
    "La part de l’État, 35 %, reste stable.",
    "Chaque abonné reçoit 2 giga par jour.",
])
def test_quantities_are_never_money(text):
    assert find_money(text) == []


def test_equivalent_amount_points_at_the_amount_it_restates():
    text = "Un don de 12 millions d’euros, soit environ 7,87 milliards de FCFA, a été signé."
    first, second = find_money(text)
    assert (first.currency, second.currency) == ("EUR", "XOF")
    assert second.equivalent_of == first.start and first.equivalent_of is None


def test_a_range_is_not_an_equivalence():
    low, high = find_money("un coût de 4 à 6 milliards FCFA")
    assert low.equivalent_of is None and high.equivalent_of is None
