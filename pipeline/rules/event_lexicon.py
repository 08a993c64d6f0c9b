"""Event types and the words that trigger them.

An event is a dated sentence that contains one of these triggers. Each type has verbs
(what someone did: "a signé", "démarreront") and nouns (what took place: "la signature",
"une réunion"). When several triggers share a sentence, a verb beats a noun, a noun beats a
verb of occurrence ("se tiendra"), then the one closest to the date wins, then the earlier
type of this list (more specific first). Reporting verbs ("a indiqué", "a annoncé") come
last: what they report is the event. "a présidé" is in no list: it says who chaired, and
the noun that follows says what.
"""

import re

# "a signé", "a par ailleurs nommé", "ont également adopté": the auxiliary and the adverbs
# that may sit between it and the participle. Written AUX in the lists below (upper case
# AUX and ER never occur in a French pattern, so they are safe placeholders).
_ADVERBS = (r"également|aussi|ensuite|enfin|par ailleurs|en outre|officiellement|notamment|"
            r"solennellement|personnellement|déjà|récemment|alors|ainsi|finalement|d['’]abord|"
            r"de son côté|de leur côté|pour sa part|pour leur part|à son tour")
_AUX = rf"(?:a|ont|avait|avaient)(?:,?\s+(?:{_ADVERBS}),?)*"
# The forms of an -er verb that tell an event, written ER after the stem: "signé", "signée",
# "signera", "signeront", "signerait" (not "signe", a noun as often as a verb).
_ER = r"(?:é|ée|és|ées|er|era|eront|erait|eraient|ent)"

# (event_type, verbs, nouns)
EVENT_TYPES: list[tuple[str, str, str]] = [
    ("audience", r"AUX reçu(?: en audience)?|reçu en audience|reçoit|recevr(?:a|ont)|"
                 r"s['’](?:est|était) entretenue?|se sont entretenus|AUX échangé(?=[^.;]{0,40}\bavec\b)",
                 r"audiences?|visite de courtoisie|entretien avec|tête-à-tête"),
    ("signature", r"AUX signé|signER|AUX paraphé|paraphER|AUX conclu|AUX scellé",
                  r"signature"),
    ("appointment", r"AUX nommé|nommée?s?(?=[^.;]{0,30}\b(?:au poste|à la tête|directeur|directrice|coordonna|secrétaire|président))|"
                    r"AUX été (?:nommée?s?|désignée?s?|élue?s?|installée?s?|reconduite?s?|portée? à la tête)|"
                    r"AUX prêté serment|AUX pris (?:ses|leurs) fonctions",
                    r"nomination|installation officielle|passation (?:de service|de charges|des charges|de pouvoirs?)|"
                    r"prestation de serment|prise de fonctions?"),
    ("adoption", r"AUX (?:adopté|approuvé|validé|ratifié|voté|entériné)|"
                 r"adoptER|approuvER|validER|ratifiER|entérinER|votée?s?|promulguée?s?",
                 r"adoption|approbation|ratification"),
    ("financing", r"AUX (?:octroyé|financé|décaissé|débloqué|alloué|offert|levé)|octroyée?s?|décaissER|débloquER|"
                  r"AUX remis(?=[^.;]{0,60}\b(?:chèques?|dons?|kits?|matériels?|équipements?|vivres|lots?|enveloppes?)\b)|"
                  r"mobilisée?s?|allouée?s?|(?:AUX )?fait (?:un )?don|"
                  r"AUX accordé(?=[^.;]{0,80}\b(?:prêts?|dons?|financements?|appuis?|subventions?|enveloppes?)\b)",
                  r"financement|prêt|subvention|don de|appui budgétaire|"
                  r"remise (?:de|d['’])\s?(?:(?:un|une|des|du|la|le|l['’])\s?)?(?:dons?|chèques?|matériels?|équipements?|kits?|vivres|lots?)"),
    ("launch", r"lancER|AUX lancé|inaugurER|AUX inauguré|démarrER|AUX démarré|débutER|"
               r"raccordée?s?|connectée?s?|réceptionnER|AUX réceptionné|rouvr(?:ir|ira|iront|e|ent)|rouverte?s?|"
               r"(?:AUX|été) mise?s? en (?:service|exploitation)|AUX posé la première pierre|AUX donné le coup d['’]envoi|"
               r"AUX ouvert(?!\s+les travaux)|porté sur les fonts baptismaux",
               r"lancement|inauguration|démarrage|mise en service|mise en exploitation|mise en eau|"
               r"ouverture officielle|réouverture|pose de la première pierre|coup d['’]envoi|"
               r"réception (?:officielle|provisoire|définitive|technique)"),
    ("meeting", r"s['’]est réuni|se sont réunis|se réunira|(?<!s['’]est )(?<!se sont )réunie?s?(?= le\b| ce\b| en\b| à\b| lundi| mardi| mercredi| jeudi| vendredi| samedi| dimanche)|"
                r"AUX tenu|AUX rencontré|AUX coprésidé",
                r"conseils? (?:des ministres|interministériel|de cabinet|d['’]administration|présidentiel|"
                r"national|supérieur|régional|municipal|communal|scientifique)|"
                r"réunion|session|atelier|séminaire|comité|séance de travail|concertation|"
                r"rencontre|assemblée générale"),
    ("conference", r"",
                   r"conférence|forum|salon|semaine du|biennale|panel|sommet|colloque|symposium|congrès|"
                   r"webinaire|assises|états généraux|"
                   r"cérémonie|festival|journées?|foire|exposition|ouverture|table ronde"),
    ("visit", r"se rendr(?:a|ont)|s['’]est rendue?|se sont rendus|AUX visité|visitER|séjourn(?:é|era|eront)|en mission|"
              r"AUX conduit(?=[^.;]{0,30}\bdélégation)|à la tête d['’]une délégation|AUX fait le tour|"
              r"AUX (?:inspecté|parcouru|sillonné)",
              r"visite|tournée|descente|mission d['’]\w+"),
    ("announcement", r"AUX (?:annoncé|déclaré|publié|indiqué|présenté|précisé|dévoilé|révélé|fait savoir)|"
                     r"AUX rendu public|publiée?s?|présente",
                     r"annonce|communiqué"),
]
REPORTING = "announcement"

# Verbs that say an event took place, or where, not what it was: "la session se tiendra
# mi-décembre".
# They rank after the nouns, which name the event; alone, they make it a conference.
OCCURRENCE = (r"se tiendr(?:a|ont)|s['’]est tenue?|se sont tenue?s|AUX eu lieu|aura lieu|auront lieu|"
              r"s['’]est déroulée?|se sont déroulée?s|"
              # hosting: "Libreville accueillera du 18 au 20 juin les Rencontres minières"
              r"accueiller(?:a|ont)|AUX accueilli|abriter(?:a|ont)|AUX abrité")

# Approving a loan or a grant is a financing: "la BAD a approuvé un prêt de 45 millions";
# ratifying it, or passing the law that authorises it, stays an adoption.
FUNDS = re.compile(r"\b(?:prêts?|dons?|financements?|subventions?|enveloppes?|appui budgétaire)\b",
                   re.IGNORECASE)
LEGAL = re.compile(r"\b(?:loi|décret|ordonnance|ratifi\w*)\b", re.IGNORECASE)
# Clauses joined by ", et", ";" … : a trigger across one belongs to the other clause's date.
CLAUSE_BREAK = re.compile(r",\s+(?:et|puis|mais|tandis que|alors que|avant|après)\b|;")
# Approving an appointment is the appointment: "le Conseil a entériné la nomination de …".
APPOINTS = re.compile(r"\bnominations?\b", re.IGNORECASE)

# A council that met and adopted makes two events: "Le Conseil des ministres, réuni le 3
# décembre, a adopté …", "a présidé la session … qui a validé …".
MET = re.compile(rf"\b(?:réunie?s?|s['’]est réuni|se sont réunis|{_AUX} (?:présidé|coprésidé|tenu))\b",
                 re.IGNORECASE)

_TIERS = {"verb": 0, "noun": 1, "occurrence": 2, "reporting": 3}


def _compile(pattern: str) -> re.Pattern:
    return re.compile(rf"\b(?:{pattern.replace('AUX', _AUX).replace('ER', _ER)})\b", re.IGNORECASE)


# (tier, event_type, regex), in list order; lower tiers win (see the module docstring)
TRIGGERS = [(_TIERS["reporting" if event_type == REPORTING else kind], event_type, _compile(pattern))
            for event_type, verbs, nouns in EVENT_TYPES
            for kind, pattern in (("verb", verbs), ("noun", nouns)) if pattern]
TRIGGERS.append((_TIERS["occurrence"], "conference", _compile(OCCURRENCE)))

# Verbs of presence say that something happened, not what: "a pris part, le 21 novembre, à
# une avancée majeure. … les pays membres ont procédé à la signature". The next sentence
# names it; without one, the event is a conference.
PRESENCE = _compile(r"AUX (?:pris part|participé|assisté)|prendr(?:a|ont) part|participer(?:a|ont)|"
                    r"(?:était|étaient) présente?s?")

# Dates that never date an event:
# - the dateline of a dispatch, "Niamey, 12 fév (ANP) –": when it was written (see
#   boilerplate.DATELINE_END);
# - a period that qualifies a thing, not a happening: "la loi de finances au titre de
#   l'exercice 2025", "la stratégie pour la période 2025-2029", "le budget 2026".
# - a period that measures a figure: "les résultats du premier trimestre 2026", "les recettes
#   de juin".
FIGURES_OF = re.compile(r"\b(?:résultats|bilan|rapport|chiffres?(?: d['’]affaires)?|statistiques|recettes|"
                        r"dépenses|production|exportations|importations|ventes|croissance|inflation)"
                        r"(?:\s+[\w’'-]+){0,2}?\s+(?:du|de\s+l['’]|de|d['’]|des|pour|au)\s*$", re.IGNORECASE)
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
