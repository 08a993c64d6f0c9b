"""Unit tests for `pipeline.rules.money.find_money` and `parse_amount`.

Every sentence is invented in the genre of West-African government and economy news. The
expected amounts come from reading the French figures, never from the output of the rules.
Rows are (label, sentence, expected [(amount, ISO 4217 currency), ...]).
"""

import pytest

from pipeline.rules.money import find_money, parse_amount


def _params(rows):
    return [pytest.param(*row[1:], id=row[0]) for row in rows]


def _values(mentions):
    return [(m.amount, m.currency) for m in mentions]


def _approx(expected):
    return [(pytest.approx(amount, rel=1e-12), currency) for amount, currency in expected]


# --- digit groups, decimal commas and scale words ------------------------------------------
DIGITS_AND_SCALES = [
    ("3 700 milliards de FCFA",
     "Le budget de l'État pour 2026 est arrêté à 3 700 milliards de FCFA en recettes.",
     [(3_700e9, "XOF")]),
    ("35 000 F CFA",
     "Le prix plafond du sac de riz de 50 kg est fixé à 35 000 F CFA.",
     [(35_000, "XOF")]),
    ("2.745 milliards (dot thousands)",
     "L'encours de la dette publique s'élève à 2.745 milliards de francs CFA.",
     [(2_745e9, "XOF")]),
    ("1 508,214 milliards",
     "Les dépenses totales du collectif budgétaire sont évaluées à 1 508,214 milliards de FCFA.",
     [(1_508_214e6, "XOF")]),
    ("287, 6 millions (stray space)",
     "La BOAD a accordé un prêt de 287, 6 millions de FCFA à la commune de Kaolack.",
     [(287.6e6, "XOF")]),
    ("63 millions 418 mille 275,50 dollars US",
     "Le contrat de fourniture porte sur 63 millions 418 mille 275,50 dollars US.",
     [(63_418_275.50, "USD")]),
    ("7 milliards 305 millions 120 mille francs CFA",
     "Le marché a été attribué pour 7 milliards 305 millions 120 mille francs CFA.",
     [(7_305_120_000, "XOF")]),
    ("en 2023, 4 millions (year then amount)",
     "En 2023, 4 millions de francs CFA ont été décaissés pour les cantines scolaires.",
     [(4e6, "XOF")]),
    ("1,4 milliard d'euros (singular)",
     "La France a promis 1,4 milliard d'euros au titre de l'aide budgétaire.",
     [(1.4e9, "EUR")]),
    ("2,3 milliards d’euros (curly apostrophe)",
     "Le Fonds a mobilisé 2,3 milliards d’euros pour la région.",
     [(2.3e9, "EUR")]),
    ("22 M€",
     "L'Agence française de développement apporte 22 M€ au projet d'assainissement.",
     [(22e6, "EUR")]),
    ("amount split across a line break",
     "Le budget de l'exercice atteint 4 250\nmilliards de FCFA, en hausse de 6 %.",
     [(4_250e9, "XOF")]),
]

# --- amounts in words --------------------------------------------------------------------
WORDS = [
    ("deux mille milliards (a compound scale)",
     "La dette intérieure approche deux mille milliards de FCFA.",
     [(2e12, "XOF")]),
    ("cinq milliards de FCFA",
     "L'État a débloqué cinq milliards de FCFA pour les sinistrés des inondations.",
     [(5e9, "XOF")]),
    ("\"et\" inside a number: one amount, not a range",
     "Chaque lauréat reçoit soixante et onze mille francs CFA.",
     [(71_000, "XOF")]),
    ("cents in words after the main amount",
     "Le timbre fiscal passe à treize euros et quarante-cinq cents.",
     [(13.45, "EUR")]),
    ("deux cent cinquante mille francs CFA",
     "Une subvention de deux cent cinquante mille francs CFA est allouée à chaque coopérative.",
     [(250_000, "XOF")]),
]

# --- an amount restated in parentheses: one mention, the digits give the value --------------
GLOSSED = [
    ("words, then digits in parentheses",
     "La commune recevra six millions (6.000.000) FCFA pour l'adduction d'eau.",
     [(6e6, "XOF")]),
    ("digits, then words in parentheses",
     "Le marché est attribué pour 2.318.460.000 (deux milliards trois cent dix-huit millions "
     "quatre cent soixante mille) FCFA à l'entreprise.",
     [(2_318_460_000, "XOF")]),
    ("long capitalised words glossed by digits",
     "Le chiffre d'affaires atteint Soixante-douze milliards cent quatre-vingt-dix millions "
     "trois cent quatre-vingts mille deux cent quatre-vingt-onze (72 190 380 291) francs CFA.",
     [(72_190_380_291, "XOF")]),
    ("words glossed by digits, then \"de F CFA\"",
     "Le Trésor prévoit trois milliards (3 000 000 000) de F CFA pour les semences.",
     [(3e9, "XOF")]),
    ("a number word glossed before its scale",
     "Le Japon efface une dette de deux (2) milliards 450 millions de francs CFA.",
     [(2_450_000_000, "XOF")]),
]

# --- real-page spellings: codes with a scale, glued or stray dots, bare "F" ----------------------
REAL_FORMS = [
    ("120 MEUR", "La BEI engage 85 MEUR dans le réseau électrique.", [(85e6, "EUR")]),
    ("MUSD", "Le fonds a levé 12,5 MUSD auprès des investisseurs.", [(12.5e6, "USD")]),
    ("MFCFA", "La dotation de la région atteint 640 MFCFA.", [(640e6, "XOF")]),
    ("3,257 MMDH keeps its decimals", "Les exportations ont rapporté 4,318 MMDH au premier semestre.",
     [(4_318e6, "MAD")]),
    ("4 mds", "Le programme mobilise 7 mds FCFA.", [(7e9, "XOF")]),
    ("1,5 Md$", "La banque a prêté 2,4 Md$ au secteur minier.", [(2.4e9, "USD")]),
    ("bare F", "Le ticket de bus passe à 250 F à Niamey.", [(250, "XOF")]),
    ("F.CFA", "Le pain est vendu à 150 F.CFA dans les boulangeries.", [(150, "XOF")]),
    ("Fcfa", "La vignette coûte 25 000 Fcfa cette année.", [(25_000, "XOF")]),
    ("frs CFA", "Le sac de ciment est cédé à 5 500 frs CFA.", [(5_500, "XOF")]),
    ("English decimal point before a scale", "Le Fonds vert apporte 17.5 millions d'euros.",
     [(17.5e6, "EUR")]),
    ("a dollar sign before \"à\" stays US", "Washington a versé 40 millions $ à la force conjointe.",
     [(40e6, "USD")]),
    ("a dollar sign before \"c’est\" stays US", "Le visa coûte 160 $ c’est trop pour les étudiants.",
     [(160, "USD")]),
    ("units of account of the AfDB", "La BAD accorde 32 millions d’unités de compte (UC) au Bénin.",
     [(32e6, "XUA")]),
    ("special drawing rights of the IMF", "Le FMI a approuvé 61,2 millions de DTS pour le Tchad.",
     [(61.2e6, "XDR")]),
    ("roubles", "Le contrat est évalué à 40 milliards de roubles.", [(40e9, "RUB")]),
    ("43. 000 (space after the thousands dot)", "La caution est de 65. 000 FCFA par candidat.",
     [(65_000, "XOF")]),
    ("et demi", "La coopérative a reçu trois millions et demi de francs CFA.", [(3.5e6, "XOF")]),
    ("English thousands commas", "Le véhicule a été acquis pour 18,750,000 FCFA.", [(18_750_000, "XOF")]),
    ("no-break spaces in the groups", "La prime s'élève à 1\u00a0250\u202f000 FCFA.",
     [(1_250_000, "XOF")]),
    ("a currency name split by a line break", "Le loyer annuel est de 900 000 francs\nguinéens.",
     [(900_000, "GNF")]),
    ("milliards and millions then a grouped tail",
     "La facture s'élève à 11 milliards 207 millions 318.600 FCFA.", [(11_207_318_600, "XOF")]),
]

# --- ranges: two amounts, the first borrows scale and currency ------------------------------
RANGES = [
    ("de trois cents à six cents francs CFA",
     "Le kilogramme de mil se vend de trois cents à six cents francs CFA selon les marchés.",
     [(300, "XOF"), (600, "XOF")]),
    ("de 5,318 à 6,904 milliards FCFA",
     "Le coût du barrage est estimé de 5,318 à 6,904 milliards FCFA.",
     [(5.318e9, "XOF"), (6.904e9, "XOF")]),
    ("entre 12 et 15 millions de dollars",
     "Le déficit de financement se situe entre 12 et 15 millions de dollars.",
     [(12e6, "USD"), (15e6, "USD")]),
    ("words on both sides of \"et\": still a range",
     "Le manque à gagner est évalué à douze et quinze millions de dollars selon les scénarios.",
     [(12e6, "USD"), (15e6, "USD")]),
    ("a year before a dash is no range",
     "Loi de finances 2026 - 1 840 milliards FCFA de dépenses",
     [(1_840e9, "XOF")]),
    ("an article number before a dash is no range",
     "Article 7 - 250 000 FCFA d'amende pour chaque infraction.",
     [(250_000, "XOF")]),
    ("a range whose first figure is no number: the second alone",
     "Les taxes et - 5 francs restent à revoir.",
     [(5, "XOF")]),
]

# --- currency symbol or code written before the amount --------------------------------------
CURRENCY_BEFORE = [
    ("US$ 60 millions",
     "La Banque mondiale a approuvé un crédit de US$ 60 millions pour le Niger.",
     [(60e6, "USD")]),
    ("$25 millions",
     "Le fonds de garantie dispose de $25 millions pour les PME.",
     [(25e6, "USD")]),
    ("€ 8 millions",
     "L'Union européenne apporte € 8 millions au programme de résilience.",
     [(8e6, "EUR")]),
    ("USD 14 millions",
     "Le prêt de la BID s'élève à USD 14 millions.",
     [(14e6, "USD")]),
    ("EUR 3,5 millions",
     "Un don de EUR 3,5 millions a été signé avec la KfW.",
     [(3.5e6, "EUR")]),
    ("XOF 4 milliards",
     "L'émission obligataire a permis de lever XOF 4 milliards sur le marché régional.",
     [(4e9, "XOF")]),
]

# --- currency word, symbol or code written after the amount ---------------------------------
CURRENCY_AFTER = [
    ("75 millions USD",
     "Le projet de corridor est financé à hauteur de 75 millions USD.",
     [(75e6, "USD")]),
    ("9 millions EUR",
     "La contribution allemande atteint 9 millions EUR.",
     [(9e6, "EUR")]),
    ("850 millions XOF",
     "Le conseil régional a voté un budget de 850 millions XOF.",
     [(850e6, "XOF")]),
    ("12 milliards FCFA",
     "L'État a injecté 12 milliards FCFA dans la filière coton.",
     [(12e9, "XOF")]),
    ("7 500 F CFA",
     "Le ticket d'entrée au salon est fixé à 7 500 F CFA.",
     [(7_500, "XOF")]),
    ("2 000 F Cfa",
     "La carte d'électeur est délivrée contre 2 000 F Cfa.",
     [(2_000, "XOF")]),
    ("300 millions de francs CFA",
     "La mairie a reçu une dotation de 300 millions de francs CFA.",
     [(300e6, "XOF")]),
    ("45 milliards CFA",
     "Les arriérés intérieurs sont estimés à 45 milliards CFA.",
     [(45e9, "XOF")]),
    ("20 millions de dollars",
     "La Chine a offert 20 millions de dollars pour la construction de l'hôpital.",
     [(20e6, "USD")]),
    ("250 000 $",
     "Chaque start-up lauréate recevra 250 000 $.",
     [(250_000, "USD")]),
    ("6 millions d'euros",
     "La coopération belge a décaissé 6 millions d'euros.",
     [(6e6, "EUR")]),
    ("900 milliards de francs guinéens",
     "Le budget d'investissement de la Guinée atteint 900 milliards de francs guinéens.",
     [(900e9, "GNF")]),
]

# --- both figures of an equivalence ----------------------------------------------------------
EQUIVALENCES = [
    ("soit environ 6 milliards d'euros",
     "Le programme est doté de 3 936 milliards de FCFA, soit environ 6 milliards d'euros.",
     [(3_936e9, "XOF"), (6e9, "EUR")]),
]

# --- negatives: numbers that are not money ----------------------------------------------------
NEGATIVES = [
    ("14 %", "Le taux d'inflation a atteint 14 % sur un an."),
    ("6,5 pour cent", "La croissance est projetée à 6,5 pour cent en fin d'exercice."),
    ("1 350 km", "La route transsaharienne compte 1 350 km dans le pays."),
    ("80 MW", "La centrale thermique aura une capacité de 80 MW."),
    ("120 MWc", "Le parc solaire de Kiéma produira 120 MWc."),
    ("3 500 tonnes", "Plus de 3 500 tonnes de vivres ont été distribuées."),
    ("Loi n°2022-011", "La Loi n°2022-011 portant code minier a été promulguée."),
    ("phone number", "Pour tout renseignement, appelez le +227 20 72 35 61."),
    ("en 2022, 6 personnes", "En 2022, 6 personnes ont été interpellées à la frontière."),
    ("books", "Le ministre a remis 800 livres à la bibliothèque de Sikasso."),
    ("a year before \"ils\"", "Depuis 2018 ils exploitent le site minier de Kalana."),
    ("registration number", "L'agent Mle 418 207 K a été affecté à Dosso."),
    ("data quantity", "Le forfait donne 2 giga par semaine aux abonnés."),
    ("glossed count", "Trois (3) conventions ont été signées avec la Banque."),
    ("a sub-unit that rounds to zero", "La hausse est de 0,2 centime."),
]

ALL_CASES = (DIGITS_AND_SCALES + WORDS + GLOSSED + REAL_FORMS + RANGES + CURRENCY_BEFORE + CURRENCY_AFTER
             + EQUIVALENCES + [(label, text, []) for label, text in NEGATIVES])


@pytest.mark.parametrize("text, expected", _params(ALL_CASES))
def test_money_values(text, expected):
    assert _values(find_money(text)) == _approx(expected)


@pytest.mark.parametrize("text", _params([(r[0], r[1]) for r in ALL_CASES]))
def test_money_spans_match_text(text):
    for m in find_money(text):
        assert text[m.start:m.end] == m.text


# --- the surface text of each mention ----------------------------------------------------------
SURFACES = [
    ("range: low figure alone, high with scale and currency",
     "Le coût du barrage est estimé de 5,318 à 6,904 milliards FCFA.",
     ["5,318", "6,904 milliards FCFA"]),
    ("line break kept inside the mention",
     "Le budget de l'exercice atteint 4 250\nmilliards de FCFA, en hausse de 6 %.",
     ["4 250\nmilliards de FCFA"]),
    ("equivalence: two mentions",
     "Le programme est doté de 3 936 milliards de FCFA, soit environ 6 milliards d'euros.",
     ["3 936 milliards de FCFA", "6 milliards d'euros"]),
    ("currency before",
     "La Banque mondiale a approuvé un crédit de US$ 60 millions pour le Niger.",
     ["US$ 60 millions"]),
    ("a gloss stays inside the mention, from the first number word to the currency",
     "Il s'agit d'un prêt d'un (1) milliard 300 millions de francs CFA.",
     ["un (1) milliard 300 millions de francs CFA"]),
]


@pytest.mark.parametrize("text, surfaces", _params(SURFACES))
def test_money_surface_text(text, surfaces):
    assert [m.text for m in find_money(text)] == surfaces


# --- price per unit ---------------------------------------------------------------------------
PER_UNIT = [
    ("750 F CFA/m²", "Le loyer des parcelles viabilisées est fixé à 750 F CFA/m².",
     750, "XOF", "m²"),
    ("675 FCFA le litre", "Le gasoil est vendu à 675 FCFA le litre à la pompe.",
     675, "XOF", "litre"),
    ("30 000 FCFA par mois", "Chaque volontaire perçoit 30 000 FCFA par mois.",
     30_000, "XOF", "mois"),
    ("no unit", "L'État a injecté 12 milliards FCFA dans la filière coton.",
     12e9, "XOF", None),
]


@pytest.mark.parametrize("text, amount, currency, per_unit", _params(PER_UNIT))
def test_money_per_unit(text, amount, currency, per_unit):
    mentions = find_money(text)
    assert _values(mentions) == _approx([(amount, currency)])
    assert mentions[0].per_unit == per_unit


# --- parse_amount on bare amounts ---------------------------------------------------------------
PARSE = [
    ("7 milliards 305 millions 120 mille", "7 milliards 305 millions 120 mille", 7_305_120_000),
    ("63 millions 418 mille 275,50", "63 millions 418 mille 275,50", 63_418_275.50),
    ("2.745 milliards", "2.745 milliards", 2_745e9),
    ("1 508,214 milliards", "1 508,214 milliards", 1_508_214e6),
    ("287, 6 millions", "287, 6 millions", 287.6e6),
    ("trois cents", "trois cents", 300),
    ("deux cent cinquante mille", "deux cent cinquante mille", 250_000),
    ("quatre-vingt-dix", "quatre-vingt-dix", 90),
    ("cent quatre-vingt-quinze (hundreds then quatre-vingt)", "cent quatre-vingt-quinze", 195),
    ("trois cent quatre-vingts mille", "trois cent quatre-vingts mille", 380_000),
    ("septante-cinq (Belgian and Swiss)", "septante-cinq", 75),
    ("no number", "milliards", None),
]


@pytest.mark.parametrize("text, expected", _params(PARSE))
def test_parse_amount(text, expected):
    result = parse_amount(text)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected, rel=1e-12)


def test_the_franc_cfa_takes_the_zone_of_the_places_named():
    from pipeline.rules.currencies import cfa_zone
    central = "Yaoundé, 4 mars – Le Cameroun a obtenu un prêt de 12 milliards de FCFA de la BDEAC."
    west = "Le Niger a mobilisé 12 milliards de FCFA sur le marché de l’UEMOA."
    assert cfa_zone(central) == "XAF" and cfa_zone(west) == "XOF" and cfa_zone("Un prêt.") is None
    assert [m.currency for m in find_money(central, cfa_zone(central))] == ["XAF"]
    assert [m.currency for m in find_money(west, cfa_zone(west))] == ["XOF"]
    # an explicit code is never overridden
    assert [m.currency for m in find_money("un don de 3 millions XOF", "XAF")] == ["XOF"]


# Currencies of Africa and their written forms: names, codes before or after, codes that
# carry their own scale ("38 MMDH").
AFRICAN_CURRENCIES = [
    ('Le gouvernement a débloqué 5,2 milliards d’ariary pour la campagne.', 5200000000.0, 'MGA'),
    ('Le budget atteint 620 milliards de francs congolais, a indiqué le ministre.', 620000000000.0, 'CDF'),
    ('Kigali a mobilisé 12 milliards de francs rwandais.', 12000000000.0, 'RWF'),
    ('La facture s’élève à 3 millions de dinars tunisiens.', 3000000.0, 'TND'),
    ('La stratégie a mobilisé 38 MMDH depuis 2020.', 38000000000.0, 'MAD'),
    ('Une enveloppe de 350 MDH est prévue.', 350000000.0, 'MAD'),
    ('Le projet coûte MAD 450 millions.', 450000000.0, 'MAD'),
    ('Le contrat atteint 14,2 milliards de livres turques.', 14200000000.0, 'TRY'),
    ('La zone franche a levé 1,8 milliard FDJ.', 1800000000.0, 'DJF'),
    ('Le budget est de 412 milliards FBu.', 412000000000.0, 'BIF'),
    ('Le ticket coûte 5 000 FG.', 5000.0, 'GNF'),
    ('La Zambie apporte ZMW 1,1 milliard au projet.', 1100000000.0, 'ZMW'),
    ('Le budget atteint FC 850 milliards.', 850000000000.0, 'CDF'),
    ('Le kilo de vanille se vend 60 000 Ar.', 60000.0, 'MGA'),
]


@pytest.mark.parametrize("text, amount, currency", AFRICAN_CURRENCIES)
def test_african_currencies_and_their_codes(text, amount, currency):
    assert [(m.amount, m.currency) for m in find_money(text)] == [(amount, currency)]


# --- amounts without a currency word ---------------------------------------------------------
IMPLICIT = [
    ("the story's currency",
     "Le Burkina a levé 52,4 milliards FCFA, au-delà des 45 milliards recherchés.",
     [(52.4e9, "XOF"), (45e9, "XOF")]),
    ("the nearest currency when the story has two",
     "L'UE apporte 30 millions d'euros. Le Trésor ajoutera 8 milliards FCFA, dont 3 milliards "
     "dès mars.",
     [(30e6, "EUR"), (8e9, "XOF"), (3e9, "XOF")]),
    ("an article after \"de\" opens another phrase",
     "Outre 15 milliards de FCFA de dons, un prêt de 4 milliards de la part de la BID est signé.",
     [(15e9, "XOF"), (4e9, "XOF")]),
    ("a noun of money and no currency: the region's franc",
     "Le gouvernement a obtenu un prêt d'environ 6 milliards pour la route de Ségou.",
     [(6e9, "XOF")]),
    ("a possessive after \"de\" opens another phrase",
     "La SONAGESS a engagé 20 milliards de FCFA, dont 6 milliards de ses fonds propres.",
     [(20e9, "XOF"), (6e9, "XOF")]),
    ("a plural noun of money",
     "Les dotations de 4 milliards aux communes seront versées en mai.",
     [(4e9, "XOF")]),
    ("a counted noun is not money",
     "Le pays compte 21 millions d'habitants et a reçu 9 milliards FCFA.",
     [(9e9, "XOF")]),
    ("a figure with a unit is a quantity",
     "La région a récolté 2 millions tonnes de mil et reçu 5 milliards FCFA d'appui.",
     [(5e9, "XOF")]),
    ("no currency and no noun of money",
     "La ville compte désormais 3 millions.",
     []),
]


@pytest.mark.parametrize("text, expected", _params(IMPLICIT))
def test_amounts_without_currency_take_the_story_currency(text, expected):
    assert _values(find_money(text)) == _approx(expected)


def test_an_implicit_franc_takes_the_zone_given():
    text = "Un prêt de 5 milliards a été accordé à la ville."
    assert _values(find_money(text, "XAF")) == [(5e9, "XAF")]


def test_a_long_run_of_number_words_is_read_quickly():
    # A bounded number of words per figure: the money patterns no longer backtrack over the
    # whole run (a page of spelled numbers once took minutes).
    import time
    text = " ".join(["deux", "cent", "vingt", "quatre-vingt", "trois"] * 200) + " francs CFA"
    started = time.perf_counter()
    find_money(text)
    assert time.perf_counter() - started < 5


def test_a_figure_that_cannot_be_read_costs_that_figure_only(monkeypatch):
    import pipeline.rules.money as money
    real = money.parse_amount
    monkeypatch.setattr(money, "parse_amount",
                        lambda text, factor=1.0: 1 / 0 if "777" in text else real(text, factor))
    text = "Un don de 5 millions FCFA et une amende de 777 FCFA, puis 2 milliards."
    failures = []
    mentions = find_money(text, on_error=lambda start, end, err: failures.append(text[start:end]))
    assert _values(mentions) == [(5e6, "XOF"), (2e9, "XOF")]
    assert failures == ["777 FCFA"]
    with pytest.raises(ZeroDivisionError):  # without on_error the error is the caller's
        find_money(text)
