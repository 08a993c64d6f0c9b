"""Event types and the words that trigger them.

An event is a dated sentence that contains one of these triggers. Each type has verbs
(what someone did: "a signé", "démarreront") and nouns (what took place: "la signature",
"une réunion"). When several triggers share a sentence, a verb beats a noun, then the one
closest to the date wins, then the earlier type of this list (more specific first).
Reporting verbs ("a indiqué", "a annoncé") come last: what they report is the event.
"a présidé" is in no list: it says who chaired, and the noun that follows says what.
"""

import re

# (event_type, verbs, nouns)
EVENT_TYPES: list[tuple[str, str, str]] = [
    ("audience", r"(?:a|ont) reçu(?: en audience)?|reçu en audience|reçoit",
                 r"audiences?|visite de courtoisie"),
    ("signature", r"(?:a|ont) signé|signée?s?|(?:a|ont) paraphé|paraphée?s?|signera", r"signature"),
    ("appointment", r"(?:a|ont) nommé|(?:a|ont) été (?:nommée?s?|désignée?s?|élue?s?)", r"nomination"),
    ("adoption", r"(?:a|ont) (?:adopté|approuvé|validé|ratifié|voté)|(?:adopt|approuv|valid|ratifi)ée?s?|votée?s?",
                 r"adoption|approbation"),
    ("financing", r"(?:a|ont) (?:octroyé|financé|décaissé)|octroyée?s?|décaissée?s?|mobilisée?s?|"
                  r"(?:a|ont) accordé (?:un|une) (?:prêt|don|financement|appui|subvention)",
                  r"financement|prêt|subvention|don de|appui budgétaire"),
    ("launch", r"lanc(?:é|ée|és|ées|er|era|eront|ent)|(?:a|ont) lancé|inaugur(?:é|ée|és|ées|era)|(?:a|ont) inauguré|"
               r"démarr(?:é|ée|er|era|eront|erait|eraient|ent)|(?:a|ont) démarré|raccordée?s?|connectée?s?",
               r"lancement|inauguration|démarrage|mise en service|ouverture officielle"),
    ("meeting", r"s['’]est réuni|se sont réunis|s['’]est tenue?|se réunira",
                r"conseil des ministres|réunion|session|atelier|comité|séance de travail|concertation|rencontre"),
    ("conference", r"se tiendr(?:a|ont)|se déroulera",
                   r"conférence|forum|salon|semaine du|biennale|panel|sommet|colloque|symposium|"
                   r"cérémonie|festival|journées?|foire|exposition|ouverture|table ronde"),
    ("visit", r"se rendr(?:a|ont)|s['’]est rendue?|se sont rendus|(?:a|ont) visité|séjourn(?:é|era|eront)|en mission",
              r"visite|tournée|mission d['’]\w+"),
    ("announcement", r"(?:a|ont) (?:annoncé|déclaré|publié|indiqué|présenté|précisé)|publiée?s?|présente",
                     r"annonce|communiqué"),
]
REPORTING = "announcement"

# Approving a loan or a grant is a financing: "la BAD a approuvé un prêt de 45 millions".
FUNDS = re.compile(r"\b(?:prêts?|dons?|financements?|subventions?|enveloppes?|appui budgétaire)\b",
                   re.IGNORECASE)

# (event_type, is_verb, regex), in list order
TRIGGERS = [(event_type, is_verb, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE))
            for event_type, verbs, nouns in EVENT_TYPES
            for is_verb, pattern in ((True, verbs), (False, nouns))]

# Verbs of presence say that something happened, not what: "a pris part, le 21 novembre, à
# une avancée majeure. … les pays membres ont procédé à la signature". The next sentence
# names it; without one, the event is a conference.
PRESENCE = re.compile(r"\b(?:a|ont) (?:pris part|participé|assisté)\b|\bétait présente?\b",
                      re.IGNORECASE)

# Dates that never date an event:
# - the dateline of a dispatch, "Niamey, 12 fév (ANP) –": when it was written;
DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{2,20}\)\s*)?[–—-]\s")
# - a period that qualifies a thing, not a happening: "la loi de finances au titre de
#   l'exercice 2025", "la stratégie pour la période 2025-2029", "le budget 2026".
PERIOD_QUALIFIER = re.compile(
    r"(?:\bau titre d[eu']|\b(?:l['’])?exercice|\bgestion|\bpériode|\bhorizon|\bbudgets?|"
    r"\bloi de finances|\bplan|\bprogramme|\bstratégie|\bpolitique|\bvision|année budgétaire)"
    r"[^.;:]{0,25}$",
    re.IGNORECASE)

# - a bound of a state, "les délestages observés depuis mars 2024", "la campagne se
#   déroulera jusqu'au 8 juin", "raccorder 500 localités d'ici 2027": no happening on that day.
_BOUND = r"(?:\bdepuis|\bjusqu['’]\s?(?:au|à|a|en)|\bd['’]ici(?:\s+(?:au|à|la fin d[eu']))?)"
BOUND_BEFORE = re.compile(rf"{_BOUND}\s*(?:le\s+)?$", re.IGNORECASE)
BOUND_START = re.compile(_BOUND, re.IGNORECASE)  # the cue inside the date: "depuis mars 2024"

# A frame noun takes its type from the trigger it frames: "la cérémonie de signature" is a
# signature, "la cérémonie de lancement" a launch; "la cérémonie d'ouverture" stays a conference.
FRAME = re.compile(r"\bcérémonies?\s+(?:officielles?\s+)?(?:de\s+(?:la\s+|l['’])?|d['’])(?=\w)",
                   re.IGNORECASE)
