"""Event types and the words that trigger them.

An event is a dated sentence that contains one of these triggers. Each type has verbs
(what someone did: "a signé", "démarreront") and nouns (what took place: "la signature",
"une réunion"). When several triggers share a sentence, a verb beats a noun, a noun beats a
verb of occurrence ("se tiendra"), then the one closest to the date wins, then the earlier
type of this list (more specific first). Reporting verbs ("a indiqué", "a annoncé") come
last: what they report is the event. "a présidé" is in no list: it says who chaired, and
the noun that follows says what.

The real-news convention (../shared/real-news/SOURCES.md, "Events") has no type of its own
for dismissals, a body created, a permit granted, a welcome ceremony, attacks, strikes or
elections: they are `other`, each with its own trigger words below.
"""

import re

# "a signé", "a par ailleurs nommé", "ont également adopté": the auxiliary and the adverbs
# that may sit between it and the participle. Written AUX in the lists below (upper case
# AUX and ER never occur in a French pattern, so they are safe placeholders).
_ADVERBS = (r"également|aussi|ensuite|enfin|par ailleurs|en outre|officiellement|notamment|"
            r"solennellement|personnellement|déjà|récemment|alors|ainsi|finalement|d['’]abord|"
            r"de son côté|de leur côté|pour sa part|pour leur part|à son tour")
# "a-t-il déclaré", "ont-ils signé": the inverted auxiliary of reported speech.
_AUX = rf"(?:a|ont|avait|avaient|a-t-(?:il|elle|on)|ont-(?:ils|elles))(?:,?\s+(?:{_ADVERBS}),?)*"
# The forms of an -er verb that tell an event, written ER after the stem: "signé", "signée",
# "signera", "signeront", "signerait" (not "signe", a noun as often as a verb).
_ER = r"(?:é|ée|és|ées|er|era|eront|erait|eraient|ent)"

# (event_type, verbs, nouns)
EVENT_TYPES: list[tuple[str, str, str]] = [
    ("audience", r"AUX reçu(?: en audience)?|reçu en audience|reçoit|recevr(?:a|ont)|AUX été reçue?s?|"
                 r"s['’](?:est|était) entretenue?|se sont entretenus|AUX échangé(?=[^.;]{0,40}\bavec\b)",
                 r"audiences?|visite de courtoisie|entretien avec|tête-à-tête"),
    ("signature", r"AUX signé|signER|AUX paraphé|paraphER|AUX conclu|AUX scellé|"
                  r"(?:contrat|accord|convention|protocole)(?:\s+[\w’'-]+){0,3}\s+conclue?s?|signs|signed",
                  r"signature"),
    ("appointment", r"AUX nommé|nommée?s?(?=[^.;]{0,30}\b(?:au poste|à la tête|directeur|directrice|coordonna|secrétaire|président))|"
                    r"AUX été (?:nommée?s?|désignée?s?|élue?s?|installée?s?|reconduite?s?|portée? à la tête)|"
                    r"AUX prêté serment|AUX pris (?:ses|leurs) fonctions|"
                    # "ont élu samedi Awa X présidente", "Élu samedi à la présidence de …", "Nommé par décret du …"
                    r"AUX élu|élue?s?(?=[^.;]{0,40}\b(?:à la présidence|à la tête|présidente?|secrétaire|maire|au poste))|"
                    r"nommée?s?(?= par (?:décret|arrêté))",
                    r"nominations?|installation officielle|passation (?:de service|de charges|des charges|de pouvoirs?)|"
                    r"prestation de serment|prise de fonctions?|"
                    r"(?:liste|composition) (?:de son |du |d['’]un )?(?:nouveau )?gouvernement"),
    ("adoption", r"AUX (?:adopté|approuvé|validé|ratifié|voté|entériné|autorisé)|AUX permis que|"
                 r"AUX donné son (?:accord|feu vert)|"
                 r"adoptER|approuvER|validER|ratifiER|entérinER|votée?s?|promulguée?s?",
                 r"adoption|approbation|ratification"),
    ("financing", r"AUX (?:octroyé|financé|décaissé|débloqué|alloué|offert|levé)|octroyée?s?|décaissER|débloquER|"
                  r"AUX obtenu(?=[^.;]{0,30}\d[^.;]{0,20}\b(?:milliards?|millions?|F\s?CFA|francs?|dollars?|euros?)\b)|"
                  r"AUX remis(?=[^.;]{0,60}\b(?:chèques?|dons?|kits?|matériels?|équipements?|vivres|lots?|enveloppes?)\b)|"
                  r"mobilisée?s?|allouée?s?|(?:AUX )?fait (?:un )?don|"
                  r"AUX accordé(?=[^.;]{0,80}\b(?:prêts?|dons?|financements?|appuis?|subventions?|enveloppes?)\b)|"
                  # a loan contracted, an amount raised: "le prêt syndiqué contracté en mars",
                  # "a permis de lever 150 milliards le 28 mai"
                  r"(?:prêts?|emprunts?|crédits?)\b[^.;]{0,40}?\bcontractée?s?|AUX contracté(?=[^.;]{0,40}\b(?:prêts?|emprunts?|crédits?)\b)|"
                  r"lever(?=[^.;]{0,30}\d[^.;]{0,20}\b(?:milliards?|millions?)\b)|"
                  r"AUX versé(?=[^.;]{0,60}\b(?:milliards?|millions?|francs?|F\s?CFA|dollars?|euros?|avances?|acomptes?)\b)",
                  r"financement|prêt|crédit de|subvention|don de|appui budgétaire|enveloppe|décaissement|versement|"
                  r"émissions? (?:obligataires?|de titres|d['’]obligations)|emprunt obligataire|"
                  r"émission(?=[^.;]{0,60}\b(?:milliards?|millions?)\b)|"
                  r"remise (?:de|d['’])\s?(?:(?:un|une|des|du|la|le|l['’])\s?)?(?:dons?|chèques?|matériels?|équipements?|kits?|vivres|lots?)"),
    ("launch", r"lancER(?! un appel)|AUX lancé(?! un appel)|s['’]ouvrir(?:a|ont)|entrée? en vigueur|entrer(?:a|ont) en vigueur|"
               r"(?:va|vont) appliquer|appliquer(?:a|ont)|faire (?:officiellement )?(?:son|leur) entrée|inaugurER|AUX inauguré|démarrER|AUX démarré|débutER|"
               r"raccordée?s?|connectée?s?|réceptionnER|AUX réceptionné|rouvr(?:ir|ira|iront|e|ent)|rouverte?s?|"
               r"(?:AUX|été|sera|seront) mise?s? en (?:service|exploitation)|AUX déclenché(?! (?:une|la) grève)|AUX posé la première pierre|AUX donné le coup d['’]envoi|"
               r"AUX ouvert(?!\s+les travaux)|porté sur les fonts baptismaux|s['’]ouvr(?:e|ent)|"
               r"commencer(?:a|ont)|AUX commencé|AUX accueilli (?:ses|leurs) premiers",
               r"lancement|inauguration|démarrage|mise en service|mise en exploitation|mise en eau|"
               r"ouverture officielle|réouverture|pose de la première pierre|coup d['’]envoi|"
               r"réception (?:officielle|provisoire|définitive|technique)"),
    ("meeting", r"s['’]est réuni|se sont réunis|se réunira|(?<!s['’]est )(?<!se sont )réunie?s?(?= le\b| ce\b| en\b| à\b| lundi| mardi| mercredi| jeudi| vendredi| samedi| dimanche)|"
                r"AUX tenu|AUX rencontré|AUX coprésidé|AUX réuni",
                r"conseils? (?:des ministres|interministériel|de cabinet|d['’]administration|présidentiel|"
                r"national|supérieur|régional|municipal|communal|scientifique)|"
                r"réunion|session|atelier|séminaire|comité|séance de travail|concertation|"
                r"rencontre(?!s)|assemblée générale"),  # "les Rencontres minières" are a forum
    ("conference", r"",
                   r"conférence|forum|salon|semaine du|biennale|panel|sommet|colloque|symposium|congrès|rencontres|"
                   r"webinaire|assises|états généraux|"
                   r"cérémonie|festival|journées?|foire|exposition|ouverture|table ronde|"
                   r"point de presse|point-presse|summit"),
    ("visit", r"se rendr(?:a|ont)|s['’]est rendue?|se sont rendus|AUX visité|visitER|séjourn(?:é|era|eront|e|ent)|en mission|"
              r"AUX conduit(?=[^.;]{0,30}\bdélégation)|à la tête d['’]une délégation|AUX fait le tour|"
              r"AUX (?:inspecté|parcouru|sillonné)|(?:sera|seront|a été|ont été) déployée?s?",
              r"visite|tournée|descente|mission (?:d['’]|de )\w+"),
    # decisions: they rank with the verbs of the other types
    ("announcement", r"AUX (?:décidé|instauré|suspendu|interdit|dénoncé|supprimé|aboli|lancé un appel|rendu publics?)|"
                     r"(?:sera|seront) proclamée?s?|AUX proclamé|"
                     r"été (?:décidée?s?|suspendue?s?|instaurée?s?|interdite?s?|supprimée?s?|abolie?s?)|"
                     r"(?:sera|seront) (?:supprimée?s?|abolie?s?)|"
                     r"lancER un appel", r""),
    # dismissals, a body created or dissolved, a permit granted (see _refined in events.py), a welcome
    # ceremony, interviews, attacks, strikes, elections
    ("other", r"AUX été (?:relevée?s? de (?:ses|leurs) fonctions|limogée?s?|démise?s?|révoquée?s?|destituée?s?)|"
              r"AUX (?:limogé|révoqué|destitué|relevé (?:\w+ )?de (?:ses|leurs) fonctions)|"
              r"créée?s?|AUX créé|dissoute?s?|dissous|AUX réservé (?:un|une) accueil|"
              r"AUX (?:attaqué|été attaquée?s?)|AUX (?:entamé|déclenché|observé) (?:une|la) grève|"
              r"AUX accosté|AUX arraisonné|(?:partie?s?|AUX) en (?:grève|débrayage)|"
              r"AUX tendu (?:son|leur|le|un) micro|AUX accordé (?:une|un) (?:interview|entretien)",
              r"interview|attaque|embuscade|attentat|grève|débrayage|arrêt de travail|scrutin|escale|accostage|"
              r"élection (?:présidentielle|législative|locale)s?|"
              r"élections (?:présidentielle|législatives|locales|générales)"),
]
# Verbs of saying, and the announcement nouns: the lowest rank, what they report is the event.
REPORTING = "announcement"
REPORTING_VERBS = (r"AUX (?:annoncé|déclaré|publié|indiqué|présenté|précisé|dévoilé|révélé|fait savoir|"
                   r"affirmé|appris|confirmé)|AUX rendu publi(?:c|que)|été annoncée?s?|publiée?s?|présente|"
                   r"announced")
REPORTING_NOUNS = r"annonce|communiqué"
# A reporting verb in an incise after the date tells who said it, not when: "La mise en
# service doit intervenir le 25 août, a fait savoir le ministre"; nor does a date of what it
# reports: "Il a indiqué que les travaux seront achevés début avril".
INCISE = re.compile(r",\s*$")
THAT = re.compile(r"\s+(?:que|qu['’])")

# Verbs that say an event took place, or where, not what it was: "la session se tiendra
# mi-décembre".
# They rank after the nouns, which name the event; alone, they make it a conference.
OCCURRENCE = (r"se tiendr(?:a|ont)|s['’]est tenue?|se sont tenue?s|AUX eu lieu|aura lieu|auront lieu|"
              r"s['’]est déroulée?|se sont déroulée?s|"
              # hosting: "Libreville accueillera du 18 au 20 juin les Rencontres minières"
              r"accueiller(?:a|ont)|AUX accueilli|abriter(?:a|ont)|AUX abrité")

# Approving a loan or a grant is a financing: "la BAD a approuvé un prêt de 45 millions";
# ratifying it, or passing the law that authorises it, stays an adoption.
FUNDS = re.compile(r"\b(?:prêts?|crédits?|dons?|financements?|subventions?|enveloppes?|décaissements?|"
                   r"appui budgétaire)\b",
                   re.IGNORECASE)
LEGAL = re.compile(r"\b(?:loi|décret|ordonnance|ratifi\w*|rapport)\b", re.IGNORECASE)
# Granting a permit, a licence or a concession is no financing (unless money is granted too).
PERMIT = re.compile(r"\b(?:permis|licences?|autorisations?|agréments?|concessions?)\b", re.IGNORECASE)
# An amount of money: granting one is a financing.
MONEY_WORDS = re.compile(r"\b(?:milliards?|millions?|F\s?CFA|francs?|dollars?|euros?|USD|EUR|XOF|XAF)\b|[$€]",
                         re.IGNORECASE)
# Clauses joined by ", et", ";", ", dont" … : a trigger across one belongs to the other
# clause's date ("a visité le chantier du pont, dont la réception est prévue en 2027").
CLAUSE_BREAK = re.compile(r",\s+(?:et|puis|mais|tandis que|alors que|avant|après|dont)\b|[;:]")
# What is hosted or held without being a gathering: a ship's port call, exams, a vote, a
# match ("Le port a accueilli hier le minéralier …", "les épreuves du BAC se tiendront du …").
_EXAMS = r"épreuves|examens?|baccalauréat|BEPC|CEPE?|concours"
NOT_A_GATHERING = re.compile(r"\b(?:navires?|bateaux?|minéraliers?|vraquiers?|cargos?|pétroliers?|porte-conteneurs|"
                             r"paquebots?|méthaniers?|chalutiers?|frégates?|"
                             rf"{_EXAMS}|élections?|scrutins?|référendum|"
                             r"recensement|matchs?|championnats?|compétitions?|tournois?)\b", re.IGNORECASE)
# An exam session that starts is no launch either: "les épreuves du BEPC ont débuté".
EXAMS = re.compile(rf"\b(?:{_EXAMS})\b", re.IGNORECASE)
# Approving an appointment is the appointment: "le Conseil a entériné la nomination de …".
APPOINTS = re.compile(r"\b(?:nominations?|nommant)\b", re.IGNORECASE)

# A council that met and adopted makes two events: "Le Conseil des ministres, réuni le 3
# décembre, a adopté …", "a présidé la session … qui a validé …".
MET = re.compile(rf"\b(?:réunie?s?|s['’]est réuni|se sont réunis|{_AUX} (?:présidé|coprésidé|tenu))\b",
                 re.IGNORECASE)

_TIERS = {"verb": 0, "noun": 1, "occurrence": 2, "reporting": 3}


def _compile(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile(rf"\b(?:{pattern.replace('AUX', _AUX).replace('ER', _ER)})\b", flags)


def _compile_lower(pattern: str) -> re.Pattern:
    """For text lowered by `textutil.lower_same_length`: every sentence runs every trigger,
    and case-insensitive matching costs twice as much. The patterns hold no upper-case
    escape (\\S, \\W …), so lowering them changes only their letters."""
    return _compile(pattern.replace("AUX", _AUX).replace("ER", _ER).lower(), flags=0)


# (tier, event_type, regex) in list order, lower tiers win (see the module docstring); the
# patterns are lower case: run them on `textutil.lower_same_length(sentence)`; a noun also
# matches its plural ("les premiers décaissements")
TRIGGERS = [(_TIERS[kind], event_type, _compile_lower(pattern if kind == "verb" else f"(?:{pattern})s?"))
            for event_type, verbs, nouns in EVENT_TYPES
            for kind, pattern in (("verb", verbs), ("noun", nouns)) if pattern]
TRIGGERS += [(_TIERS["occurrence"], "conference", _compile_lower(OCCURRENCE)),
             (_TIERS["reporting"], REPORTING, _compile_lower(REPORTING_VERBS)),
             (_TIERS["reporting"], REPORTING, _compile_lower(REPORTING_NOUNS))]

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
    r"\bloi de finances|\bplan|\bprogramme|\bstratégie|\bpolitique|\bvision|année budgétaire|\bcampagne)"
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

# A deadline set to a day dates the happening it sets: "vont appliquer le régime d'ici le
# 1er juillet" (a deadline without a day, "d'ici 2027", stays a bound).
DEADLINE = re.compile(r"\bd['’]ici\s+(?:au|le)\s*$", re.IGNORECASE)
# A year alone dates no happening ("a été lancé en 2018"), except a launch: a service or a
# works site planned to open in a year is what a timeline shows (the in-house gold lists them).
YEAR_DATED = ("launch",)
# A habit, not a happening: "un décret adopté chaque année fixe pour l'année suivante …".
HABITUAL = re.compile(r"\bchaque (?:année|mois|semaine|fois)\b|\btous les ans\b", re.IGNORECASE)
# A recurring day dates no happening: "célébrée chaque 31 juillet".
RECURRING = re.compile(r"\b(?:chaque|tous les)\s+$", re.IGNORECASE)
# A text dated in its title was adopted that day: "la loi n° 2018-47 du 12 juillet 2018".
_TEXT_NUMBER = r"(?:loi|décret|ordonnance|arrêté)(?:\s+(?:organique|présidentiel|ministériel))?\s+n°\s*[\w./-]+"
DATED_TEXT = re.compile(rf"\b(?P<text>{_TEXT_NUMBER})\s+du\s*$", re.IGNORECASE)
TEXT_NUMBER = re.compile(_TEXT_NUMBER, re.IGNORECASE)

# Context dating (events.py, _context_dated).
# - A council session: its decisions happen on its day, when they name the council.
COUNCIL = re.compile(r"\bconseil\b", re.IGNORECASE)
# - The summary of the agenda is told again item by item below: "Après l'examen des dossiers
#   de son ordre du jour, il a prononcé des nominations …", and the list that follows it.
AGENDA = re.compile(r"\bordre du jour\b", re.IGNORECASE)
LIST_ITEM = re.compile(r"\s*[–—•*-]")
# - Not done yet: "Une fois adopté, le décret …" (context dating only: "une fois signé, l'accord
#   entrera en vigueur le 1er mars" dates the entry into force).
HYPOTHETICAL = re.compile(r"\bune fois\s+\w+é", re.IGNORECASE)
# - Words that point back to the happening told before: what is done "à cette occasion"
#   happened that day.
# A definite article points back only when nothing follows the noun ("Au cours de l'audience,
# le ministre a …"; "lors de la réunion des ministres prévue le 5 mai" names a new one).
_MEETING_NOUNS = r"(?:rencontre|audience|cérémonie|réunion|séance|visite|entretien|session)"
ANAPHOR = re.compile(rf"\b(?:à cette occasion|(?:au cours|lors|à l['’]issue|en marge|à l['’]occasion) "
                     rf"(?:de cette|de ce|(?:de la|de l['’]|du)\s*(?={_MEETING_NOUNS}\s*,))\s*{_MEETING_NOUNS}|"
                     r"au cours de laquelle|au cours duquel|lors de laquelle|lors duquel)\b", re.IGNORECASE)

# - A day counted from a happening told before: "Un jour après la signature de cette convention",
#   "au lendemain de la cérémonie", "la veille du sommet".
_DAY_COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
               "huit": 8, "dix": 10, "quinze": 15}
COUNTED = re.compile(rf"\b(?:(?P<n>{'|'.join(_DAY_COUNTS)}|\d+)\s+jours?\s+(?P<way>après|avant)|"
                     r"(?:au|le) (?P<next>lendemain|surlendemain)|la (?P<eve>veille))\s+(?:(?:de|du|des)\s+)?"
                     r"(?:la |le |les |l['’]|cette |ce |cet )?\w+", re.IGNORECASE)


def day_count(counted: re.Match) -> int:
    """Days from the happening named to the one told: +1 "un jour après", -1 "la veille"."""
    if counted["eve"]:
        return -1
    if counted["next"]:
        return 2 if counted["next"].lower() == "surlendemain" else 1
    n = counted["n"].lower()
    days = int(n) if n.isdigit() else _DAY_COUNTS[n]
    return days if counted["way"].lower() == "après" else -days


# A verb told during another happening: "votés au cours d'une session extraordinaire",
# "pendant l'inauguration … la nouvelle a été annoncée". Ends before the framing noun.
FRAMED_BY = re.compile(r"\b(?:au cours d['’]une?|au cours de (?:la|l['’])|lors d['’]une?|lors de (?:la|l['’])|"
                       r"pendant (?:la|l['’]|une?))\s*", re.IGNORECASE)

# Participants (events.py, _participants).
# - A body named inside someone's title is no actor: "ministre chargé de l'Action humanitaire",
#   "Président de la Transition".
ROLE_OF = re.compile(r"\b(?:[Mm]inistres?|[Pp]résident(?:e)?|[Cc]hargée?|[Cc]hef|[Dd]irect(?:eur|rice)|"
                     r"[Ss]ecrétaire|[Gg]ouverneur|[Cc]oordonna(?:teur|trice)|[Cc]ommissaire|[Mm]embre)"
                     r"(?:\s+[\w’'-]+){0,3}?\s+(?:de\s+la|de\s+l['’]|du|des|d['’]|de|au\s+sein\s+d[eu])\s*$")
# - A place after a locative preposition is where, not who: "signé à Niamey" (but "signé par
#   le Mali et le Niger": states sign).
LOCATIVE = re.compile(r"(?:\b(?:à|au|aux|en|dans|de|du|des|vers|depuis|in|at|of|from)|\bd['’])\s*$",
                      re.IGNORECASE)
# - What an adopted text says is no actor of its adoption: "un décret qui transfère à la
#   société X le permis …", "un décret portant nomination …", "… a été adopté : il répartit …".
CONTENT = re.compile(r"\b(?:qui|portant|relatif|relative|fixant|autorisant|permettant|visant)\b|:",
                     re.IGNORECASE)
# - Another clause has its own actors: "X a signé en mai …, tandis que Y a signé en juin …"
#   (not ", et par Z": a second agent of the same happening); a reporting incise names who
#   told of the happening, not who took part: "…, a annoncé à Conakry le représentant, Paul X."
OTHER_CLAUSE = re.compile(r",\s+(?:tandis que|alors que|mais|puis)\b|;|"
                          r",\s+(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:annoncé|indiqué|précisé|déclaré|fait savoir|"
                          r"souligné|expliqué|rapporté|affirmé|confié|ajouté)\b|,\s+selon\b")
# - The names listed before a name: "le Mali, le Burkina Faso et [le Niger]".
_ARTICLE = r"(?:(?:le|la|les|l['’])\s*)"
_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*"
ENUMERATED = re.compile(rf"(?:{_ARTICLE}?{_NAME}\s*(?:,|\bet\b)\s*)+{_ARTICLE}?$|{_ARTICLE}$")
# - The parties of a signature follow these words: "signé à Niamey par le Mali et le Niger".
PARTIES = re.compile(r"\b(?:par|entre|avec|by|between|with)\b", re.IGNORECASE)
# - A medium is no actor: "annoncé samedi sur Twitter", "via Facebook".
MEDIUM = re.compile(r"\b(?:sur|via)\s+(?:les?\s+|la\s+|l['’])?$", re.IGNORECASE)
# - The one who tells is no actor of what is told: "X a rappelé que l'accord signé en 1995 …"
#   (unless the telling is the event: "X a annoncé samedi …").
TELLS_THAT = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:rappelé|souligné|estimé|expliqué|indiqué|"
                        r"précisé|affirmé|déclaré|annoncé|assuré|reconnu|noté|relevé|ajouté)\s+(?:que|qu['’])",
                        re.IGNORECASE)
