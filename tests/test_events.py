"""Events tie a date to the trigger, actors, places and money of its sentence."""

from datetime import date

import pytest

from pipeline.events import nearest_trigger, story_events


def test_chairing_verb_defers_to_the_meeting_noun():
    sentence = "Le Premier ministre a présidé, ce lundi 7 avril 2025, une réunion du comité de suivi."
    start = sentence.index("lundi")
    assert nearest_trigger(sentence, start, start + len("lundi 7 avril 2025"))[0] == "meeting"


def test_event_row_collects_actors_places_and_money():
    text = "Le ministre Kofi Mensah a signé le 2 mai 2025 à Accra un accord de 12 millions de dollars avec la BAD."
    story = {"story_id": "s1", "doc_id": "d1", "text": text}
    start = text.index("2 mai")
    dates = [{"start_char": start, "end_char": start + 10, "date_start": date(2025, 5, 2), "date_end": date(2025, 5, 2)}]
    entities = [
        {"text": "Kofi Mensah", "label": "PER", "start_char": text.index("Kofi"), "end_char": text.index("Kofi") + 11},
        {"text": "Accra", "label": "LOC", "start_char": text.index("Accra"), "end_char": text.index("Accra") + 5},
        {"text": "BAD", "label": "ORG", "start_char": text.index("BAD"), "end_char": text.index("BAD") + 3},
    ]
    money = [{"start_char": text.index("12"), "end_char": text.index("dollars") + 7, "amount": 12e6, "currency": "USD"}]
    [event] = story_events(story, [(0, len(text))], dates, entities, money)
    assert event["event_type"] == "signature"
    assert event["participants"] == ["Kofi Mensah", "BAD"]
    assert event["locations"] == ["Accra"]
    assert event["money"] == [{"amount": 12e6, "currency": "USD"}]


def test_a_date_without_trigger_is_not_an_event():
    text = "Le plan couvre la période 2025-2030."
    story = {"story_id": "s1", "doc_id": "d1", "text": text}
    dates = [{"start_char": 18, "end_char": 35, "date_start": date(2025, 1, 1), "date_end": date(2030, 12, 31)}]
    assert story_events(story, [(0, len(text))], dates, [], []) == []


def test_a_presence_verb_takes_its_type_from_the_next_sentence():
    text = ("La ministre Awa Sarr a pris part, le 4 juin 2025, à une étape décisive pour le "
            "numérique régional. Dans la salle de conférence de Lomé, les pays membres ont "
            "procédé à la signature de la convention.")
    story = {"story_id": "s1", "doc_id": "d1", "text": text}
    cut = text.index("Dans")
    start = text.index("4 juin")
    dates = [{"start_char": start, "end_char": start + 11, "date_start": date(2025, 6, 4), "date_end": date(2025, 6, 4)}]
    [event] = story_events(story, [(0, cut), (cut, len(text))], dates, [], [])
    assert (event["event_type"], event["trigger"]) == ("signature", "signature")


def _type_of(sentence: str, date_text: str) -> str:
    start = sentence.index(date_text)
    return nearest_trigger(sentence, start, start + len(date_text))[0]


def test_a_reporting_verb_yields_to_what_it_reports():
    sentence = ("Le directeur général, Issa Maïga, a indiqué que les travaux de la route "
                "démarreront en mars 2026 à Kayes.")
    assert _type_of(sentence, "en mars 2026") == "launch"


def test_a_verb_beats_a_noun_nearer_to_the_date():
    sentence = ("La session ordinaire du conseil d’administration, tenue le 4 juin 2025, a adopté "
                "le budget de l’université.")
    assert _type_of(sentence, "4 juin 2025") == "adoption"


def test_approving_a_loan_is_a_financing():
    sentence = "Le conseil de la BOAD a approuvé le 12 mai 2025 un prêt de 30 milliards de FCFA au Togo."
    assert _type_of(sentence, "12 mai 2025") == "financing"


def _events_of(text: str, *date_texts_and_values) -> list[tuple[date, str]]:
    """Run story_events on `text`, dating each given expression (text, start, end);
    one model sentence per line, as spaCy gives them at most."""
    story = {"story_id": "s1", "doc_id": "d1", "text": text}
    dates = []
    for date_text, first, last in date_texts_and_values:
        start = text.index(date_text)
        dates.append({"start_char": start, "end_char": start + len(date_text),
                      "date_start": first, "date_end": last})
    return [(e["date_start"], e["event_type"]) for e in story_events(story, [(0, len(text))], dates, [], [])]


def test_a_dateline_does_not_date_the_event_its_sentence_dates():
    text = "Lomé, 12 fév (ATOP) – Le ministre a signé lundi dernier un accord avec la BOAD."
    assert _events_of(text, ("12 fév", date(2026, 2, 12), date(2026, 2, 12)),
                      ("lundi dernier", date(2026, 2, 9), date(2026, 2, 9))) == [(date(2026, 2, 9), "signature")]


def test_a_dateline_alone_dates_the_event():
    text = "DOUALA, MARDI 4 MARS 2025 – Le Premier ministre a inauguré le nouveau terminal."
    assert _events_of(text, ("MARDI 4 MARS 2025", date(2025, 3, 4), date(2025, 3, 4))) == [
        (date(2025, 3, 4), "launch")]


def test_a_period_that_qualifies_a_thing_is_not_an_event_date():
    text = ("Le Conseil a adopté, ce mercredi 8 octobre 2025, le projet de loi de finances "
            "au titre de l’exercice 2026.")
    assert _events_of(text, ("mercredi 8 octobre 2025", date(2025, 10, 8), date(2025, 10, 8)),
                      ("l’exercice 2026", date(2026, 1, 1), date(2026, 12, 31))) == [
        (date(2025, 10, 8), "adoption")]


def test_the_bound_of_a_state_is_not_an_event_date():
    text = ("Le ministre a lancé le 2 juin 2025 la campagne de vaccination, qui se poursuivra "
            "jusqu’au 20 juin, dans une région privée de courant depuis mars 2024.")
    assert _events_of(text, ("2 juin 2025", date(2025, 6, 2), date(2025, 6, 2)),
                      ("20 juin", date(2025, 6, 20), date(2025, 6, 20)),
                      ("depuis mars 2024", date(2024, 3, 1), date(2024, 3, 31))) == [
        (date(2025, 6, 2), "launch")]


def test_a_ceremony_takes_the_type_of_what_it_celebrates():
    assert _type_of("Le ministre a présidé le 3 mars 2025 la cérémonie de signature de la convention.",
                    "3 mars 2025") == "signature"
    assert _type_of("La cérémonie de lancement du projet a eu lieu le 3 mars 2025.",
                    "3 mars 2025") == "launch"
    assert _type_of("La cérémonie d’ouverture du forum s’est tenue le 3 mars 2025.",
                    "3 mars 2025") in ("conference", "meeting")


def test_a_sentence_ends_at_a_line_break():
    text = "Le budget sera exécuté dès janvier 2026.\nLe ministre a signé un accord avec la BAD."
    assert _events_of(text, ("janvier 2026", date(2026, 1, 1), date(2026, 1, 31))) == []


def test_a_trigger_belongs_to_the_nearest_date_of_its_sentence():
    text = ("La ministre a rappelé que l’État a accordé en juillet une subvention à la SENELEC, "
            "dans l’attente de la mise en service de la centrale, prévue en mars 2026.")
    events = _events_of(text, ("en juillet", date(2025, 7, 1), date(2025, 7, 31)),
                        ("en mars 2026", date(2026, 3, 1), date(2026, 3, 31)))
    assert events == [(date(2025, 7, 1), "financing"), (date(2026, 3, 1), "launch")]


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("Le ministre a par ailleurs nommé, par arrêté du 11 février 2026, le coordonnateur du projet.",
     "11 février 2026", "appointment"),
    ("Le ministre a échangé mardi dernier avec la directrice générale de la Sonatel.",
     "mardi dernier", "audience"),
    ("Le ministre a conduit hier une délégation d’hommes d’affaires à Douala.", "hier", "visit"),
    ("La fondation a fait don le 10 février d’un lot de consommables.", "10 février", "financing"),
    ("Le ministre a procédé, le 6 décembre 2025, à la remise d’un chèque aux coopératives.",
     "6 décembre 2025", "financing"),
    ("Le Premier ministre a présidé ce jeudi 19 février 2026 un Conseil interministériel.",
     "jeudi 19 février 2026", "meeting"),
    ("La 9e session de la commission mixte se tiendra mi-décembre à Oyo.", "mi-décembre", "meeting"),
    ("Le forum régional sur l’eau aura lieu le 3 mars 2026 à Niamey.", "3 mars 2026", "conference"),
    ("La BAD a approuvé le 22 septembre un prêt de 62 millions d’euros.", "22 septembre", "financing"),
    ("Le Conseil a approuvé la semaine dernière le projet de loi autorisant la ratification "
     "de l’accord de prêt.", "la semaine dernière", "adoption"),
])
def test_trigger_words_of_the_genre(sentence, date_text, expected):
    assert _type_of(sentence, date_text) == expected


def test_a_presence_verb_keeps_the_event_its_own_sentence_names():
    text = ("Le 18 novembre, le ministre avait pris part à Luanda à la conférence ministérielle de "
            "l’ASEA. Mme Ngalula a été nommée directrice le même jour.")
    story = {"story_id": "s1", "doc_id": "d1", "text": text}
    cut = text.index("Mme")
    dates = [{"start_char": 0, "end_char": 14, "date_start": date(2025, 11, 18), "date_end": date(2025, 11, 18)}]
    [event] = story_events(story, [(0, cut), (cut, len(text))], dates, [], [])
    assert event["event_type"] == "conference"


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("Le CAM et l’ONCA signeront jeudi 23 avril une convention-cadre.", "jeudi 23 avril", "signature"),
    ("Les travaux de la centrale débuteront le 11 mars.", "le 11 mars", "launch"),
    ("Le ministre a réceptionné le 21 janvier le nouveau pont de Kouroussa.", "21 janvier", "launch"),
    ("Le ministre a fait le tour des pavillons mardi 21 avril.", "mardi 21 avril", "visit"),
    ("Par décret du 12 mars 2026, M. Issoufou Ag MAHA a été porté à la tête de la SOMIDA, "
     "en remplacement de M. Garba, admis à la retraite.", "12 mars 2026", "appointment"),
    ("Le Conseil a par ailleurs entériné la nomination, par décret du 19 janvier 2026, de "
     "Mme Soumah.", "19 janvier 2026", "appointment"),
])
def test_more_verb_forms(sentence, date_text, expected):
    assert _type_of(sentence, date_text) == expected


def test_a_noun_across_a_clause_break_belongs_to_the_other_clause():
    sentence = ("La signature de l’avenant est prévue fin mars à Niamey, et le lancement des "
                "travaux est envisagé au second semestre.")
    assert _type_of(sentence, "fin mars") == "signature"


def test_a_council_that_met_and_adopted_makes_two_events():
    text = ("Le Conseil des ministres, réuni le mercredi 3 décembre 2025 à Gitega, a adopté la "
            "Politique nationale de l’emploi des jeunes.")
    events = _events_of(text, ("mercredi 3 décembre 2025", date(2025, 12, 3), date(2025, 12, 3)))
    assert sorted(t for _, t in events) == ["adoption", "meeting"]
    # a council only named, not said to meet, makes the adoption alone
    text = "Le Conseil des ministres du 28 janvier 2026 a adopté le projet de loi."
    assert _events_of(text, ("28 janvier 2026", date(2026, 1, 28), date(2026, 1, 28))) == [
        (date(2026, 1, 28), "adoption")]


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("La fintech avait levé le 12 février 3 millions de dollars.", "12 février", "financing"),
    ("La BAD a accordé, le mercredi 18 février 2026 à Abidjan, un prêt de 40 millions.",
     "mercredi 18 février 2026", "financing"),
    ("Le gouverneur avait remis le 28 avril des kits aux familles.", "28 avril", "financing"),
    ("Nommée le 2 avril à la tête de la société, Mme Ondo a pris ses fonctions.", "2 avril", "appointment"),
    ("La salle de conférence du ministère a accueilli, le 3 mars, la réunion des partenaires.",
     "3 mars", "meeting"),
])
def test_more_genre_verbs(sentence, date_text, expected):
    assert _type_of(sentence, date_text) == expected


def test_a_period_that_measures_a_figure_is_no_event_date():
    text = ("La COMILOG a publié mardi dernier ses résultats du premier trimestre 2026, marqués "
            "par une hausse des ventes.")
    events = _events_of(text, ("mardi dernier", date(2026, 4, 14), date(2026, 4, 14)),
                        ("premier trimestre 2026", date(2026, 1, 1), date(2026, 3, 31)))
    assert events == [(date(2026, 4, 14), "announcement")]


# --- context dating, one row per happening, participants (invented bulletins) ---------------

def _story(text: str, dates: list[tuple] = (), entities: list[tuple[str, str]] = ()) -> list[dict]:
    """story_events on an invented bulletin: one model sentence per sentence and line, each
    date expression given by (text, first day[, last day]) at its next occurrence, each
    entity (text, label) likewise, with an id."""
    import re
    story = {"story_id": "s1", "doc_id": "d1", "text": text}
    sentences = [m.span() for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s)|$)", text, re.M)]

    def spans(items):
        cursor = {}
        for item, *_ in items:
            start = text.index(item, cursor.get(item, 0))
            cursor[item] = start + 1
            yield start, start + len(item)
    found_dates = [{"start_char": s, "end_char": e, "date_start": days[0], "date_end": days[-1]}
                   for (s, e), (_, *days) in zip(spans(dates), dates)]
    found_entities = [{"text": t, "label": label, "start_char": s, "end_char": e, "entity_id": f"id-{t}"}
                      for (s, e), (t, label) in zip(spans(entities), entities)]
    return story_events(story, sentences, found_dates, found_entities, [])


def _rows(events: list[dict]) -> list[tuple]:
    return [(e["date_start"], e["event_type"], e["date_from"]) for e in events]


def test_each_decision_of_a_council_session_takes_the_session_day():
    day = date(2026, 3, 4)
    text = ("Le Conseil des ministres s’est réuni le mercredi 4 mars 2026 au palais de la Marina, sous "
            "la présidence de M. Koffi Agbéko.\n"
            "Après l’examen des dossiers de son ordre du jour, il a adopté des textes et prononcé des nominations.\n"
            "Le Conseil a adopté un projet de décret portant statut des agents de la douane.\n"
            "Une fois adopté, ce décret remplacera celui de 1998.\n"
            "Le Conseil a également approuvé un accord de prêt de 40 millions d’euros conclu avec la BOAD.\n"
            "Au titre des mesures individuelles, le Conseil a nommé Sénam Dogbé directeur de la douane.\n"
            "Les travaux de la route de Kara ont démarré sous la supervision du génie militaire.")
    events = _story(text, [("mercredi 4 mars 2026", day)],
                    [("Conseil des ministres", "ORG"), ("Koffi Agbéko", "PER"), ("BOAD", "ORG"),
                     ("Sénam Dogbé", "PER")])
    assert _rows(events) == [(day, "meeting", "sentence"), (day, "adoption", "context"),
                             (day, "financing", "context"), (day, "appointment", "context")]
    # the council acts in each decision; the appointed person and the lender take part
    assert events[2]["participants"] == ["Conseil des ministres", "BOAD"]
    assert events[3]["participants"] == ["Conseil des ministres", "Sénam Dogbé"]
    assert events[3]["participant_ids"] == ["id-Conseil des ministres", "id-Sénam Dogbé"]
    line = text.index("Au titre des mesures")
    assert (events[3]["sentence_start"], events[3]["sentence_end"]) == (line, text.index("\n", line))


def test_what_is_done_on_that_occasion_takes_the_day_told_before():
    day = date(2026, 2, 3)
    text = ("Le ministre des Mines a reçu en audience le 3 février 2026 le directeur de la société Kivu Gold. "
            "À cette occasion, les deux parties ont signé un protocole d’accord sur la réhabilitation des pistes. "
            "Le ministre a rappelé l’importance du secteur minier.")
    assert _rows(_story(text, [("3 février 2026", day)])) == [(day, "audience", "sentence"),
                                                              (day, "signature", "context")]


def test_a_meeting_named_with_its_own_complement_is_no_pointer_back():
    text = ("Les ministres se sont réunis le 2 mai 2026 à Cotonou. L’accord sera examiné lors de la "
            "réunion des ministres des Finances, prévue les 5 et 6 juin à Lomé.")
    events = _story(text, [("2 mai 2026", date(2026, 5, 2)), ("5 et 6 juin", date(2026, 6, 5))])
    assert _rows(events) == [(date(2026, 5, 2), "meeting", "sentence"), (date(2026, 6, 5), "meeting", "sentence")]


def test_a_verb_told_during_another_happening_makes_two_events():
    day = date(2026, 1, 14)
    text = "La loi a été votée par l’Assemblée nationale au cours d’une session extraordinaire le 14 janvier 2026."
    assert sorted(t for _, t, _ in _rows(_story(text, [("14 janvier 2026", day)]))) == ["adoption", "meeting"]
    # a ceremony only frames the inauguration; a press briefing is one conference
    text = "Le ministre a inauguré le 2 mars 2026 le pont de Sokodé, au cours d’une cérémonie populaire."
    assert [t for _, t, _ in _rows(_story(text, [("2 mars 2026", date(2026, 3, 2))]))] == ["launch"]


def test_a_trigger_word_inside_a_name_is_no_happening():
    text = "Selon le Comité national de la Croix-Verte, qui l’a annoncé samedi, deux agents ont été libérés."
    events = _story(text, [("samedi", date(2026, 4, 4))], [("Comité national de la Croix-Verte", "ORG")])
    assert _rows(events) == [(date(2026, 4, 4), "announcement", "sentence")]


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("Rien ne s’y oppose, a-t-il déclaré lundi à Lomé.", "lundi", "announcement"),
    ("Le 12 janvier 2026, le gouvernement a dénoncé l’accord de pêche.", "12 janvier 2026", "announcement"),
    ("Le 9 mars 2026, le ministre a suspendu les licences d’importation.", "9 mars 2026", "announcement"),
    ("M. Traoré a été relevé de ses fonctions le 3 juin 2026 par décret.", "3 juin 2026", "other"),
    ("Octroyée en mai 2024 à la société Faso Mines, cette licence a été renouvelée.", "mai 2024", "other"),
    ("La commission mixte créée en octobre 2025 siège à Accra.", "octobre 2025", "other"),
    ("Le Bénin et le Niger vont appliquer le nouveau régime d’ici le 1er juillet 2026.", "1er juillet 2026", "launch"),
    ("La taxe sur les transferts entrera en vigueur le 1er avril 2026.", "1er avril 2026", "launch"),
    ("C’est le jeudi soir que le Togo a rendu publique la composition du nouveau gouvernement.", "jeudi soir",
     "appointment"),
    ("Le 2 février 2026, l’État a obtenu 55 milliards FCFA sur le marché régional.", "2 février 2026", "financing"),
    ("Les grévistes ont été reçus le 3 mai 2026 par le Premier ministre.", "3 mai 2026", "audience"),
    ("Le 4 mai 2026 s’est tenu le point de presse hebdomadaire du gouvernement.", "4 mai 2026", "conference"),
])
def test_trigger_words_of_real_news(sentence, date_text, expected):
    assert _type_of(sentence, date_text) == expected


def test_a_law_dated_in_its_title_was_adopted_that_day():
    text = "Aux termes de l’article 12 de la loi n° 2019-08 du 4 avril 2019, les redevances sont versées au Trésor."
    assert _rows(_story(text, [("4 avril 2019", date(2019, 4, 4))])) == [(date(2019, 4, 4), "adoption", "sentence")]


def test_what_is_reported_is_not_dated_by_the_saying():
    # the date belongs to what the minister reports, which the lexicon does not name
    assert _story("Il a indiqué que les travaux seront achevés en mars 2026.",
                  [("mars 2026", date(2026, 3, 1))]) == []
    assert _story("La livraison doit intervenir le 5 mai, a fait savoir le ministre.",
                  [("5 mai", date(2026, 5, 5))]) == []


def test_a_year_alone_dates_only_a_launch():
    assert _story("La société a été créée en 2015.", [("2015", date(2015, 1, 1), date(2015, 12, 31))]) == []
    events = _events_of("La centrale sera mise en service en 2027.", ("2027", date(2027, 1, 1), date(2027, 12, 31)))
    assert events == [(date(2027, 1, 1), "launch")]


def test_a_habit_and_a_recurring_day_date_no_happening():
    assert _story("Un arrêté adopté chaque année fixe le calendrier pour l’année 2027.",
                  [("l’année 2027", date(2027, 1, 1), date(2027, 12, 31))]) == []
    assert _story("La journée de l’arbre, célébrée chaque 1er juin, a mobilisé les écoles.",
                  [("1er juin", date(2026, 6, 1))]) == []


def test_one_row_per_happening_when_two_dates_name_the_same_day():
    text = "Le Conseil des ministres a tenu séance hier jeudi 5 mars 2026 à Niamey."
    events = _story(text, [("hier", date(2026, 3, 5)), ("jeudi 5 mars 2026", date(2026, 3, 5))])
    assert _rows(events) == [(date(2026, 3, 5), "meeting", "sentence")]


def test_a_verb_governs_two_dates_of_its_clause_a_noun_one():
    text = "Octroyé en mai 2021 à la société Sahel Or, ce permis a été cédé en avril 2022 à la société Kéniéba SA."
    events = _story(text, [("mai 2021", date(2021, 5, 1)), ("avril 2022", date(2022, 4, 1))])
    assert [d for d, _, _ in _rows(events)] == [date(2021, 5, 1), date(2022, 4, 1)]
    text = "Le ministre a effectué, du 2 au 4 avril, une tournée dans la région, où les crues de mars avaient coupé la route."
    events = _story(text, [("du 2 au 4 avril", date(2026, 4, 2)), ("mars", date(2026, 3, 1))])
    assert [d for d, _, _ in _rows(events)] == [date(2026, 4, 2)]


def test_participants_are_the_actors_not_titles_places_dateline_or_teller():
    text = ("Lomé, 3 mars (ATOP) – Le ministre chargé de l’Action sociale, Kossi Amégan, a signé le 2 mars "
            "2026 à Kara avec la BOAD un accord de don.")
    events = _story(text, [("3 mars", date(2026, 3, 3)), ("2 mars 2026", date(2026, 3, 2))],
                    [("Lomé", "LOC"), ("ATOP", "ORG"), ("Action sociale", "ORG"), ("Kossi Amégan", "PER"),
                     ("Kara", "LOC"), ("BOAD", "ORG")])
    [event] = events
    assert event["participants"] == ["Kossi Amégan", "BOAD"]
    assert event["participant_ids"] == ["id-Kossi Amégan", "id-BOAD"]
    # states sign; the one who recalls a signing does not take part in it
    text = "Un accord a été signé jeudi à Accra par le Ghana et le Togo."
    [event] = _story(text, [("jeudi", date(2026, 3, 5))], [("Accra", "LOC"), ("Ghana", "LOC"), ("Togo", "LOC")])
    assert event["participants"] == ["Ghana", "Togo"]
    text = "Mme Akossiwa Lawson a rappelé que l’accord signé le 4 mai 1998 avec la BAD reste en vigueur."
    [event] = _story(text, [("4 mai 1998", date(1998, 5, 4))], [("Akossiwa Lawson", "PER"), ("BAD", "ORG")])
    assert event["participants"] == ["BAD"]


def test_what_an_adopted_text_says_is_no_actor_of_its_adoption():
    day = date(2026, 3, 4)
    text = ("Le Conseil des ministres a adopté le 4 mars 2026 un décret qui transfère à la société Dosso "
            "Mining le permis détenu par la société Tahoua Or.")
    [event] = _story(text, [("4 mars 2026", day)], [("Conseil des ministres", "ORG"), ("Dosso Mining", "ORG"),
                                                    ("Tahoua Or", "ORG")])
    assert event["participants"] == ["Conseil des ministres"]
    text = "Selon la loi n° 2020-14 du 2 juin 2020, la SONIDEP verse une redevance à l’ARM."
    [event] = _story(text, [("2 juin 2020", date(2020, 6, 2))], [("SONIDEP", "ORG"), ("ARM", "ORG")])
    assert (event["event_type"], event["participants"]) == ("adoption", [])


def test_places_listed_after_a_preposition_are_no_signing_parties():
    text = ("La société Sahel Solar a signé en mai avec l’État un accord pour les centrales de Kaolack et "
            "Fatick, tandis que le Sénégal et la Gambie ont signé le 3 juin un protocole.")
    events = _story(text, [("mai", date(2026, 5, 1), date(2026, 5, 31)), ("3 juin", date(2026, 6, 3))],
                    [("Sahel Solar", "ORG"), ("Kaolack", "LOC"), ("Fatick", "LOC"), ("Sénégal", "LOC"),
                     ("Gambie", "LOC")])
    assert [e["participants"] for e in events] == [["Sahel Solar"], ["Sénégal", "Gambie"]]


def test_a_session_dated_in_the_headline_dates_its_decisions():
    title = "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU JEUDI 5 MARS 2026"
    text = ("Le Conseil des ministres s’est réuni en session ordinaire au palais présidentiel.\n"
            "Le Conseil a adopté un projet de loi portant code minier.")
    story = {"story_id": "s1", "doc_id": "d1", "text": text, "title": title}
    start = title.index("JEUDI")
    title_dates = [{"start_char": start, "end_char": len(title), "date_start": date(2026, 3, 5),
                    "date_end": date(2026, 3, 5)}]
    events = story_events(story, [(0, text.index("\n")), (text.index("\n") + 1, len(text))], [], [], [],
                          title_dates)
    assert _rows(events) == [(date(2026, 3, 5), "meeting", "sentence"), (date(2026, 3, 5), "adoption", "context")]
    assert (events[0]["sentence"], events[0]["sentence_start"]) == (title, None)


def test_a_day_counted_from_a_happening_told_before():
    text = ("Le Togo et le Ghana ont signé le mardi 3 mars 2026 un accord sur le corridor. "
            "Deux jours après la signature de cet accord, les deux délégations ont tenu une réunion technique à Aflao. "
            "La veille du sommet, les ministres ont visité le port.")
    events = _story(text, [("mardi 3 mars 2026", date(2026, 3, 3))])
    assert _rows(events) == [(date(2026, 3, 3), "signature", "sentence"), (date(2026, 3, 5), "meeting", "context")]


def test_an_interview_is_another_kind_of_happening():
    assert _type_of("Le 2 mai 2026 à Niamey, Radio Sahel a tendu son micro à des commerçants.", "2 mai 2026") == "other"


@pytest.mark.parametrize("sentence, date_text", [
    ("Le port autonome de Pointe-Noire a accueilli mardi 3 juin 2025 le porte-conteneurs le plus long de son histoire.",
     "mardi 3 juin 2025"),
    ("Les épreuves écrites du BEPC se tiendront du 16 au 19 juin 2025 dans les 42 centres du pays.",
     "du 16 au 19 juin 2025"),
])
def test_hosting_a_ship_or_holding_exams_is_no_gathering(sentence, date_text):
    assert _type_of(sentence, date_text) == "other"


def test_hosting_a_forum_stays_a_conference():
    sentence = "Libreville accueillera du 3 au 5 juin 2025 le forum régional de l’économie bleue."
    assert _type_of(sentence, "du 3 au 5 juin 2025") == "conference"


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("Le prêt syndiqué contracté en avril 2024 auprès de trois banques sera remboursé.", "en avril 2024", "financing"),
    ("Le Trésor a contracté le 2 mai 2025 un emprunt de 60 milliards de FCFA.", "le 2 mai 2025", "financing"),
    ("L’opération a permis de lever 85 milliards de FCFA le 14 mars 2025 sur le marché régional.",
     "le 14 mars 2025", "financing"),
    ("La taxe sur les communications entrantes sera supprimée le 1er janvier 2026.", "le 1er janvier 2026",
     "announcement"),
    ("L’ancien office des forêts, dissous en octobre 2024, cède ses missions à la nouvelle agence.",
     "en octobre 2024", "other"),
])
def test_loans_contracted_funds_raised_taxes_abolished_bodies_dissolved(sentence, date_text, expected):
    assert _type_of(sentence, date_text) == expected


def test_approving_a_disbursement_is_a_financing():
    sentence = "Le conseil du FMI a approuvé vendredi 6 juin 2025 un décaissement de 40 millions de dollars pour le Gabon."
    assert _type_of(sentence, "vendredi 6 juin 2025") == "financing"


def test_a_credit_contracted_with_its_amount_between_is_a_financing():
    sentence = "L’Etat remboursera un crédit relais de 75 MEUR contracté en juillet 2023 auprès de deux banques."
    assert _type_of(sentence, "en juillet 2023") == "financing"


def test_the_appointees_of_an_announced_list_take_part_in_the_appointment():
    text = ("Le Conseil des ministres s’est réuni le jeudi 5 juin 2025.\n"
            "Le Conseil a nommé au titre des mesures individuelles :\n"
            "AU TITRE DU MINISTERE DES MINES\n"
            "– Directeur général des Mines : M. Paul\n"
            "NDONG, ingénieur ;\n"
            "– Conseiller technique : Mme Alice MBA.\n"
            "Le Conseil a ensuite examiné divers dossiers.")
    events = _story(text, [("le jeudi 5 juin 2025", date(2025, 6, 5))],
                    [("Conseil des ministres", "ORG"), ("Paul\nNDONG", "PER"), ("Alice MBA", "PER")])
    appointment = next(e for e in events if e["event_type"] == "appointment")
    assert {"Paul\nNDONG", "Alice MBA"} <= set(appointment["participants"])


def test_who_reports_a_happening_in_an_incise_does_not_take_part():
    text = ("Le conseil de la Banque mondiale a approuvé lundi 2 juin 2025 un crédit de 50 millions de dollars "
            "pour le Burundi, a annoncé à Bujumbura le représentant résident, Marc Lefèvre.")
    [event] = _story(text, [("lundi 2 juin 2025", date(2025, 6, 2))],
                     [("Banque mondiale", "ORG"), ("Burundi", "LOC"), ("Marc Lefèvre", "PER")])
    assert event["event_type"] == "financing" and event["participants"] == ["Banque mondiale"]


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("Le vraquier a accosté mardi 4 juin 2025 au quai minéralier du port de Conakry.", "mardi 4 juin 2025", "other"),
    ("Les chauffeurs de taxi sont en grève depuis lundi 3 mars 2025 à Bouaké.", "lundi 3 mars 2025", "other"),
    ("Les délégués ont élu samedi 8 mars 2025 Awa Sidibé présidente de la chambre.", "samedi 8 mars 2025", "appointment"),
    ("Nommé par décret du 2 mai 2025, le nouveau directeur prend fonction lundi.", "2 mai 2025", "appointment"),
    ("Le gouverneur a réuni le 12 mai 2025 les chefs de canton à Tillabéri.", "le 12 mai 2025", "meeting"),
    ("La campagne de vaccination s’ouvre le 1er avril 2025 dans toute la région.", "le 1er avril 2025", "launch"),
    ("Les travaux commenceront en avril 2025 sur le tronçon Kara-Bassar.", "en avril 2025", "launch"),
    ("La société a versé en septembre 2025 une avance de 12 milliards de FCFA au Trésor.", "en septembre 2025",
     "financing"),
    ("Les premiers décaissements sont attendus en décembre 2025.", "en décembre 2025", "financing"),
    ("Les résultats seront proclamés le 4 juillet 2025 au ministère.", "le 4 juillet 2025", "announcement"),
    ("Les épreuves écrites du BEPC ont débuté vendredi 20 juin 2025 dans 310 centres.", "vendredi 20 juin 2025",
     "other"),
    ("Le ministre a salué l’escale au port de Lomé, du 3 au 5 juin 2025, du navire-hôpital de la marine.",
     "du 3 au 5 juin 2025", "other"),
])
def test_news_verbs_of_ships_strikes_elections_openings_payments_and_exams(sentence, date_text, expected):
    assert _type_of(sentence, date_text) == expected


def test_a_date_in_a_relative_clause_is_not_the_main_verbs():
    text = ("Le ministre a visité mardi 9 juin 2026 le chantier du pont de Kousseri, dont la réception "
            "est prévue au deuxième trimestre 2027.")
    assert _events_of(text, ("mardi 9 juin 2026", date(2026, 6, 9), date(2026, 6, 9)),
                      ("au deuxième trimestre 2027", date(2027, 4, 1), date(2027, 6, 30))) == [
        (date(2026, 6, 9), "visit")]
