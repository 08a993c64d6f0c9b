"""Event types and the words that trigger them.

An event is a dated sentence that contains one of these triggers. When several triggers
share a sentence, the one closest to the date wins; on a tie, the earlier entry of this
list (more specific types first). Verbs such as "a présidé" only say who chaired: the noun
that follows ("une réunion", "la cérémonie d'ouverture") decides the type.
"""

import re

EVENT_TYPES: list[tuple[str, str]] = [
    ("audience", r"(?:a|ont) reçu en audience|reçu en audience|reçoit|a reçu|ont reçu|"
                 r"audiences?|visite de courtoisie"),
    ("signature", r"(?:a|ont) signé|signé|signature|ont paraphé|a paraphé|paraphé"),
    ("appointment", r"(?:a|ont) nommé|a été nommée?|nomination|a été désignée?|a été élue?"),
    ("adoption", r"(?:a|ont) adopté|adopté|a approuvé|a été approuvée?|approuvée?|a validé|validé|"
                 r"a ratifié|ratifié|a voté|votée?"),
    ("financing", r"a octroyé|octroyé|a accordé un (?:prêt|don|financement)|financement|"
                  r"a financé|prêt|a décaissé|décaissé|subvention|don de"),
    ("launch", r"a lancé|lancement|a inauguré|inauguration|inauguré|mise en service|"
               r"a mis en service|a démarré|démarrage|ouverture officielle"),
    ("meeting", r"conseil des ministres|s['’]est réuni|réunion|session|atelier|comité|"
                r"séance de travail|concertation|rencontre"),
    ("conference", r"conférence|forum|salon|semaine du|biennale|panel|sommet|colloque|"
                   r"symposium|cérémonie|festival|journées?|foire|exposition|se tiendra|ouverture"),
    ("visit", r"visite|s['’]est rendue?|a visité|en mission|a séjourné|tournée"),
    ("announcement", r"a annoncé|annonce|a déclaré|a publié|communiqué|a indiqué|a présenté|"
                     r"présente"),
]

TRIGGERS = [(event_type, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE))
            for event_type, pattern in EVENT_TYPES]

# Verbs of presence say that something happened, not what: "a pris part, le 21 novembre, à
# une avancée majeure. … les pays membres ont procédé à la signature". The next sentence
# names it; without one, the event is a conference.
PRESENCE = re.compile(r"\b(?:a|ont) (?:pris part|participé|assisté|pris part)\b|\bétait présente?\b",
                      re.IGNORECASE)
