"""Person names as West African official news writes them.

Given names in title case, surnames in capitals, particles in between: "Assa Badiallo
TOURÉ", "Alhamdou AG ILYENE", "Mohamed Ould Cheikh", "Leyti N’Diaye", "Jean-Baptiste
OUÉDRAOGO", "LIU Zhenhua".
"""

import re

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_LOW = "a-zàâäçéèêëîïôöùûüÿ"
# Particles that sit inside a name and must not split it.
PARTICLES = r"(?:AG|Ag|ag|Ould|ould|OULD|Ben|ben|BEN|N['’]|dit|Bint|bint|Mint|mint|Ibn|El|de|da|dos|wa|ya)"
# Capital words that end a name-shaped string without being a surname.
LEGAL_FORMS = {"SA", "SARL", "SAS", "SUARL", "GIE"}
# A legal form ends a company's name, also glued or dotted: "MALICAN EXPLORATION-SARL",
# "Atlantique Télécoms Niger S.A", "Kanazoé Frères SA".
LEGAL_FORM_END = re.compile(r"[\s-](?:SA|SARL|SAS|SUARL|GIE|S\.A\.?|S\.A\.R\.L\.?|Sarl)$")
# What a company's name is introduced by, and left out of the name: "la Société B2GOLD MALI".
FIRM_WORD = re.compile(rf"(?:Société|Groupement|[Ll]a\s+plateforme)\s+(?=[{_UP}0-9]{{2,}}\b)")
NOT_SURNAMES = LEGAL_FORMS | {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI"}
GIVEN = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
# "TOURÉ", "AL-OTAIBI", "N’GUESSAN", "D’ALMEIDA"
SURNAME = rf"(?:[DN]['’])?[{_UP}]{{2,}}(?:[-'’/][{_UP}]{{2,}})*"  # and "KONÉ/SAWADOGO"
# "Fatoumata KONÉ", "Oumou SALL SECK", "Alhamdou AG ILYENE", "Clarisse-Yolande MBENGUE"
# "Ahmed Ould Cheikh SIDIYA", "Khalid Ben Saleh AL-OTAIBI"
_SP = r"[^\S\n]+"  # spaces, never a line break
GIVEN_THEN_SURNAME = re.compile(
    rf"(?<![\w'’-]){GIVEN}(?:{_SP}(?:{GIVEN}|{PARTICLES})){{0,4}}{_SP}{SURNAME}"
    rf"(?:{_SP}(?:{PARTICLES}{_SP})?{SURNAME})*(?![\w'’-])")  # "Crispin MBUYI wa KALALA"
# A surname with its particle, after a title: "Mme de SOUSA-MARTINS", "M. da COSTA"
AFTER_PARTICLE = re.compile(rf"(?:de|da|dos|del|van|von){_SP}{SURNAME}(?![\w'’-])")
# Title-case names joined by particles: "Leyti N’Diaye", "Ousmane Ag Mohamed", and long
# Moorish names kept whole: "Sidi Ould Cheikh Abdallahi Ould Moctar", "Mohamed Ould Cheikh
# El Ghazouani", "Ahmed Ould Bah Ould Mohamed Lemine" (a last given name may follow).
PARTICLE_WORD = re.compile(r"AG|Ag|Ould|ould|Ben|ben|El|N['’]")
_PARTICLE_NAME = rf"(?:{PARTICLE_WORD.pattern})[^\S\n]*[{_UP}][{_LOW}{_UP}'’-]+"
WITH_PARTICLE = re.compile(
    rf"(?<![\w'’-]){GIVEN}(?:{_SP}{GIVEN})?{_SP}{_PARTICLE_NAME}"
    rf"(?:{_SP}(?:{GIVEN}{_SP})?{_PARTICLE_NAME})*(?:{_SP}{GIVEN})?(?![\w-])")
# Surname first, as Malagasy and Chinese names are written: "RAKOTOMALALA Andry Fenosoa",
# "LIU Zhenhua". Only taken after a comma or a title (see entities), since an acronym
# followed by a place has the same shape.
SURNAME_FIRST = re.compile(rf"(?<![\w'’-]){SURNAME}(?:{_SP}{GIVEN}){{1,3}}(?![\w'’-])")
# A span that reads as a person's name, whatever label the model gave it.
PERSON_SHAPE = re.compile(rf"(?:{GIVEN_THEN_SURNAME.pattern}|{WITH_PARTICLE.pattern})")


_TRAILING_CAPS = re.compile(rf"{SURNAME}(?:{_SP}{SURNAME})*$")


def surname(name: str) -> str:
    """The surname a name ends with, in capitals it may take several words: 'Assa Badiallo
    TOURÉ' -> 'TOURÉ', 'Landry OBIANG NZÉ' -> 'OBIANG NZÉ'; else the last word."""
    caps = _TRAILING_CAPS.search(name)
    return caps.group(0) if caps and caps.start() > 0 else name.split()[-1]


# Companies named after people: "Ets Moussa Dan Baba et Fils", "Établissements Nzeyimana &
# Fils", "Transports Abba Garga et Frères", "Fahd Al-Qahtani Holding".
_NAME_WORDS = rf"(?!(?:Le|La|Les|Un|Une|Des|Du|De|Par|Selon|Avec|Pour)\b)[{_UP}][\w’'-]*(?:[^\S\n]+[{_UP}][\w’'-]*)*"
_FIRM_HEADS = r"(?:Ets\.?|Établissements|Etablissements|Transports|Entreprise|Cabinet|Maison)"
_KIN = r"(?:et|&)[^\S\n]+(?:Fils|Frères|Cie|Associés)"
_FIRM_TAILS = (r"(?:Holding|Corporation|Company|Group|Ltd|Limited|Inc\.?|Industries|Engineering|"
               r"Mining|Trading|Resources|Technologies|Systems)")
# "KORITA MINES-SARL", "SAHEL BTP SA": capitals ending with a legal form.
_CAPS_FIRM = (rf"[{_UP}0-9][{_UP}0-9&]+(?:[^\S\n]+[{_UP}0-9][{_UP}0-9&'’-]+)*(?:-|[^\S\n]+)"
              r"(?:SARL|SA|SAS|SUARL|S\.A\.?)")
COMPANY = re.compile(
    rf"(?<![\w’'-])(?:{_FIRM_HEADS}[^\S\n]+{_NAME_WORDS}(?:[^\S\n]+{_KIN})?"
    rf"|{_NAME_WORDS}[^\S\n]+(?:{_KIN}|{_FIRM_TAILS})|{_CAPS_FIRM})(?![\w’'-])")

# National roads: "RN1", "RN 15", "RR12"; places, not organisations.
ROAD = re.compile(r"(?<![\w-])(?:RN|RR|RP|RD|RNIE)[^\S\n]?\d{1,3}[A-Z]?(?![\w-])")

# Places and institutions named after a person: "Stade Modibo Kéïta", "Avenue Cheikh Anta
# Diop", "Université Cheikh Anta Diop", "Hôpital Aristide Le Dantec", "Palais Mohammed V".
FACILITY_HEADS = ["Stade", "Palais", "Hôpital", "Lycée", "Collège", "École", "Université",
                  "Aéroport international", "Aéroport", "Avenue", "Boulevard", "Rue", "Place",
                  "Pont", "Hôtel", "Complexe", "Salle", "Maison", "Musée", "Camp", "Caserne",
                  "Marché", "Centre hospitalier", "Centre", "Institut", "Fondation", "Mosquée",
                  "Cathédrale", "Cité", "Rond-point", "Carrefour", "Barrage", "Port", "Gare"]
FACILITY = re.compile(rf"(?<![\w-])(?P<head>{'|'.join(FACILITY_HEADS)})[^\S\n]+"
                      rf"(?:(?:de[^\S\n]+la|du|de|des)[^\S\n]+|d['’])?{_NAME_WORDS}")
