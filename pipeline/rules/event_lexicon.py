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
    ("audience", r"(?:a|ont) reçu(?: en audience)?|reçu en audience|reçoit|"
                 r"s['’]est entretenue?|se sont entretenus|(?:a|ont) échangé avec",
                 r"audiences?|visite de courtoisie|entretien avec|tête-à-tête"),
    ("signature", r"(?:a|ont) signé|signée?s?|(?:a|ont) paraphé|paraphée?s?|signera|(?:a|ont) conclu|"
                  r"(?:a|ont) scellé",
                  r"signature"),
    ("appointment", r"(?:a|ont) nommé|(?:a|ont) été (?:nommée?s?|désignée?s?|élue?s?|installée?s?|reconduite?s?)|"
                    r"(?:a|ont) prêté serment|(?:a|ont) pris (?:ses|leurs) fonctions",
                    r"nomination|installation officielle|passation (?:de service|de charges|des charges|de pouvoirs?)|"
                    r"prestation de serment|prise de fonctions?"),
    ("adoption", r"(?:a|ont) (?:adopté|approuvé|validé|ratifié|voté|entériné)|"
                 r"(?:adopt|approuv|valid|ratifi|entérin)ée?s?|votée?s?|promulguée?s?",
                 r"adoption|approbation|ratification"),
    ("financing", r"(?:a|ont) (?:octroyé|financé|décaissé|débloqué|alloué)|octroyée?s?|décaissée?s?|débloquée?s?|"
                  r"mobilisée?s?|allouée?s?|"
                  r"(?:a|ont) accordé(?=[^.;]{0,40}\b(?:prêts?|dons?|financements?|appuis?|subventions?|enveloppes?)\b)",
                  r"financement|prêt|subvention|don de|appui budgétaire|remise (?:de|d['’]) ?(?:dons?|chèques?|matériels?|équipements?|kits?)"),
    ("launch", r"lanc(?:é|ée|és|ées|er|era|eront|ent)|(?:a|ont) lancé|inaugur(?:é|ée|és|ées|era)|(?:a|ont) inauguré|"
               r"démarr(?:é|ée|er|era|eront|erait|eraient|ent)|(?:a|ont) démarré|raccordée?s?|connectée?s?|"
               r"(?:a|ont|été) mise?s? en (?:service|exploitation)|(?:a|ont) posé la première pierre|(?:a|ont) donné le coup d['’]envoi",
               r"lancement|inauguration|démarrage|mise en service|mise en exploitation|ouverture officielle|"
               r"pose de la première pierre|coup d['’]envoi"),
    ("meeting", r"s['’]est réuni|se sont réunis|s['’]est tenue?|se réunira|(?:a|ont) tenu|(?:a|ont) rencontré",
                r"conseil des ministres|réunion|session|atelier|séminaire|comité|séance de travail|concertation|"
                r"rencontre|assemblée générale|conseil d['’]administration|retraite"),
    ("conference", r"se tiendr(?:a|ont)|se déroulera",
                   r"conférence|forum|salon|semaine du|biennale|panel|sommet|colloque|symposium|congrès|"
                   r"webinaire|assises|états généraux|"
                   r"cérémonie|festival|journées?|foire|exposition|ouverture|table ronde"),
    ("visit", r"se rendr(?:a|ont)|s['’]est rendue?|se sont rendus|(?:a|ont) visité|séjourn(?:é|era|eront)|en mission|"
              r"(?:a|ont) conduit une délégation|à la tête d['’]une délégation",
              r"visite|tournée|mission d['’]\w+"),
    ("announcement", r"(?:a|ont) (?:annoncé|déclaré|publié|indiqué|présenté|précisé|dévoilé|révélé|fait savoir)|"
                     r"(?:a|ont) rendu public|publiée?s?|présente",
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
