"""Titles, honorifics and words that are never entities in this genre.

Official news puts a title before every name ("le Général de Division Abdoulaye MAÏGA",
"Médecin Colonelle-majore, Assa Badiallo TOURÉ") and names ministers by their portfolio
("ministre de la Communication, de l'Économie numérique et de …"). The statistical model
reads both as entities; these lists let the entity rules strip or drop them.
"""

import re

from .textutil import fold
from .weekdays import WEEKDAY

# Stripped from the front of a person's span and kept as the person's title.
HONORIFICS = [
    "Son Excellence", "Son Éminence", "Sa Majesté royale", "Sa Majesté", "Leurs Excellences",
    "Monsieur", "Madame", "Mademoiselle", "M.", "Mme", "Mlle", "Dr", "Dr.", "Docteur", "Pr",
    "Pr.", "Professeur", "Me", "Maître", "El Hadji", "Elhadj", "El Hadj", "Hadja", "Hadji", "Hon.",
    "S.E.M.", "S.E.M", "S.E.", "S.E", "S.M.", "Mgr", "Monseigneur",
    "Général de Division", "Général de Brigade", "Général d’Armée", "Général", "Colonel-Major",
    "Colonel", "Colonelle", "Commandant", "Capitaine", "Lieutenant", "Médecin Colonelle-majore",
    "Médecin Colonel-major", "Médecin Colonel", "Médecin Général", "Médecin",
    "Vice-président", "Vice-présidente", "Président", "Présidente", "Premier ministre", "Premier",
    # English wire copy: "General Abdourahamane Tiani", "Captain Ibrahim Traore"
    "General", "Captain", "President", "Prime Minister", "Minister", "Mr", "Mrs", "Ms",
]
# Ranks are written "Colonel-Major" or "Colonel-major", "Général de Division" or "de division".
_SPELLINGS = sorted({form for h in HONORIFICS for form in (h, h[0] + h[1:].lower())}, key=len, reverse=True)
_HONORIFIC = "|".join(re.escape(h) for h in _SPELLINGS)
# One or more honorifics, with the commas official prose puts between them; English copy
# puts a nationality before the rank ("Malian Colonel Assimi Goita").
_NATIONALITY = r"[A-Z][a-z]+(?:ian|ien|ienne|ese|ais|aise)\s+"
LEADING_TITLE = re.compile(rf"(?:{_NATIONALITY}(?=(?:{_HONORIFIC})\b))?(?:(?:{_HONORIFIC})(?!\w)[\s,]*)+")


def leading_title(text: str, start: int, end: int) -> int | None:
    """Where the name starts after the honorifics opening text[start:end], also when the
    model's span starts inside one ("Général d’[Armée Assimi GOITA]"); None without one."""
    for begin in range(max(0, start - 20), start + 1):
        m = LEADING_TITLE.match(text, begin, end)
        if m and m.end() > start and (begin == start or not text[begin - 1:begin].isalnum()):
            return m.end()
    return None


# Heads of a job title: "ministre de …", "Directeur général de …", "Chef de l'État".
TITLE_HEADS = re.compile(
    r"\b(?:Premier\s+ministre|[Mm]inistres?|[Ss]ecrétaire\s+(?:général|d['’]État)|"
    r"[Dd]irect(?:eur|rice)(?:\s+(?:général|générale|national|nationale|adjoint|adjointe|pays|régional|régionale))?|"
    r"[Cc]hef\s+de\s+l['’]État|[Cc]onseill(?:er|ère)|[Pp]résident(?:e)?|[Cc]hargée?\s+d['’]Affaires|"
    r"[Aa]mbassad(?:eur|rice)|[Gg]ouverneur|[Rr]ecteur|[Cc]oordonna(?:teur|trice)|[Pp]orte-parole|"
    r"[Cc]hargée?(?=\s+(?:de|du|des|d['’])\s))\b")
# A profession, with its specialty in lower case: what follows an appointee's name in a
# communiqué ("M. Paul NDONG, Ingénieur halieute ;"), never a name.
PROFESSION = re.compile(
    r"(?:Ingénieure?|Juriste|[ÉE]conomiste|Médecin|Pharmacien(?:ne)?|Magistrate?|Administrat(?:eur|rice)|"
    r"Professeure?|Enseignante?|Comptable|Géologue|Architecte|Avocate?|Inspect(?:eur|rice)|Journaliste|"
    r"Statisticien(?:ne)?|Informaticien(?:ne)?|Agronome|Vétérinaire|Sociologue|Démographe)"
    r"(?:[^\S\n]+(?:(?:de|des|du|en)[^\S\n]+|d['’])?[a-zà-ÿ][\w’'-]*){0,2}")
# A job title runs on through "de la X, de l'Y et de la Z" (or "et Professionnelle") until
# a comma that starts something else, usually the holder's name.
_OF = r"(?:de\s+la|de\s+l['’]|du|des|d['’]|de|en\s+charge\s+d[eu]s?|chargée?\s+d[eu]s?)"
# Words of one portfolio, on one line, stopping at a sentence end or a verb.
_WORDS = r"[^\s,.;:]+(?:[^\S\n]+(?!(?:de|du|des|et|a|ont|au|aux|est)\b)[^\s,.;:]+)*"
SEGMENT = rf"(?:,?[^\S\n]+|,)(?:et[^\S\n]+(?:{_OF}\s*|(?=[A-ZÀ-Ý]))|{_OF}[^\S\n]*){_WORDS}"
CONTINUATION = rf"(?:{SEGMENT})*"
TITLE_PHRASE = re.compile(TITLE_HEADS.pattern + CONTINUATION)
# Titles whose complement is a portfolio ("ministre de la Communication", "chargé de
# l’Action humanitaire"), not a body.
MINISTER = re.compile(r"(?:Premier\s+ministre|[Mm]inistres?|[Cc]hargée?)\b")
# Spans the model proposes that are common nouns or furniture, never entities here.
_NOT_ENTITIES = {
    "état", "etat", "gouvernement", "administration", "département", "ministère", "ministre",
    "agence", "confédération", "conseil", "commission", "numérique", "internet", "cloud",
    "majesté", "loi", "décret", "fcfa", "cfa", "f cfa", "usd", "eur", "xof", "tic", "ia",
    "g", "chef de l’état", "chef de l'état", "président de la république", "assemblée",
    "premier ministre", "ambassade", "directeur général", "directrice générale", "états",
    "africains", "entrepreneuriat", "ressource", "république", "transition",
    # councils named by their kind, not their name ("Conseil des ministres" naming the body is
    # found by council_bodies below, never taken from the model)
    "conseil des ministres", "conseil interministériel", "conseil de cabinet",
    "conseil d’administration", "conseil d'administration",
    # currency codes and units the model sometimes tags
    "xaf", "us", "us$", "sim", "mva", "mw", "mwc", "kv", "gwh", "km",
    # a grade of data centre, not a name
    "tier iii", "tier iv",
    # days, and portfolio words left alone when a ministry's name is cut
    "hier", "aujourd’hui", "aujourd'hui", "demain", "chef du gouvernement",
    "commerce", "industrie", "santé", "éducation", "agriculture", "énergie", "mines", "pêche",
    "finances", "économie", "transports", "tourisme", "culture", "justice", "défense",
    "sécurité", "environnement", "télécommunications", "travaux publics", "élevage",
    "intelligence artificielle", "numérique", "hydraulique", "communication",
    "avant-hier", "après-demain", "palais présidentiel", "tbit", "gbit", "mbit",
}
# "l'État camerounais", "État congolais": the State and its nationality adjective.
GENERIC_STATE = re.compile(r"(?:l['’])?[ÉE]tats?\s+[a-zàâçéèêëîïôûùüÿ-]+")
NOT_ENTITIES = {fold(word) for word in _NOT_ENTITIES}

# "Conseil des ministres" names the body when it sits, adopts or has a president ("le Conseil
# des ministres a adopté", "adopté en Conseil des ministres", "Président du Conseil des
# ministres"): an organisation. It names one sitting, not annotated, after a determiner or
# adjective that picks one ("son premier", "lors du", "un"), before a date or a qualifier of
# the sitting ("du mercredi 5 mars", "extraordinaire") or as the subject of being held ("s’est
# tenu"). Capitals are a heading's layout ("COMMUNIQUE DU CONSEIL DES MINISTRES"), left out.
COUNCIL = re.compile(r"(?<![\w-])[Cc]onseil[^\S\n]+des[^\S\n]+[Mm]inistres(?![\w-])")
_ONE_SITTING_BEFORE = re.compile(
    r"(?:\b(?:un|son|sa|leur|notre|ce|cet|chaque|premier|dernier|prochain|nouveau|\w+ième)"
    r"|\b(?:lors|au\s+cours|à\s+l['’]issue|en\s+marge|au\s+sortir)\s+du"
    r"|\b(?:pendant|durant|avant|après|depuis)\s+le)\s+$", re.IGNORECASE)
_ONE_SITTING_AFTER = re.compile(
    rf"\s*(?:(?:extra)?ordinaire|restreint|décentralisé|hebdomadaire"
    rf"|(?:du|de(?:\s+ce)?|d['’]hier)\s+(?:{WEEKDAY}|\d+|1er|premier)"
    rf"|(?:qui\s+)?(?:s['’]est|se)\s+(?:tenue?|tiendra|tient)|a\s+eu\s+lieu|aura\s+lieu)(?!\w)",
    re.IGNORECASE)


def council_bodies(text: str) -> list[tuple[int, int]]:
    """Offsets of each "Conseil des ministres" that names the body, not one sitting."""
    return [(m.start(), m.end()) for m in COUNCIL.finditer(text)
            if not _ONE_SITTING_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not _ONE_SITTING_AFTER.match(text, m.end())]

# Words of an honorific or a title that can open a name-shaped match but are not names.
TITLE_WORDS = {word for h in HONORIFICS for word in h.split()} | {
    "Ministre", "Premier", "Président", "Présidente", "Directeur", "Directrice", "Ambassadeur",
    "Ambassadrice", "Secrétaire", "Gouverneur", "Recteur", "Chef", "Conseiller", "Conseillère",
    "Division", "Brigade", "Excellence", "Majesté", "Le", "La", "Les", "Par", "Selon"}
