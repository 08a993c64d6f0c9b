"""Events tie a date to the trigger, actors, places and money of its sentence."""

from datetime import date

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
