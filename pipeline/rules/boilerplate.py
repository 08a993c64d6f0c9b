"""Web furniture and bylines: the lines `clean` removes from a document.

Three kinds of rule, each a list a reader can extend:
* LINE: a whole line that is furniture wherever it appears (share bars, navigation,
  image residue, "- 2 min de lecture");
* FOOTER: a line after which the rest of the page is comments and related links;
* metadata lines (bylines, "Publié le …", "Par …", outlet tags) that are removed from the
  text but read for the author, outlet and publication date.
"""

import re

_I = re.IGNORECASE

LINE = [re.compile(p, _I) for p in (
    r"suivez[- ]nous.*",
    r"search",
    r"close this search box\.?",
    r"rechercher.*",
    r"menu",
    r"accueil",
    r"actualités?",
    r"partager(?: sur \w+)?\s*:?",
    r"(?:facebook|twitter|whatsapp|linkedin|telegram|email|e-mail|imprimer|tweet|x)",
    r"lire (?:aussi|également|la suite)\b.*",
    r"à lire aussi\b.*",
    r"\(?(?:crédit )?photos?\s*:.*",
    r".*\((?:crédit\s+)?photos?\s*:[^)]*\)\.?",
    r"\[(?:photo|image|vidéo)s?\].*",  # a caption: "[Photo] Le ministre coupe le ruban. Crédit photo : X"
    r".*\bcrédits?\s+photos?\s*:\s*\S[^.]{0,60}",
    r"\S*\.(?:jpe?g|png|gif|webp)\)?",
    r"[-–•]?\s*\d+\s*min(?:utes?)? de lecture",
    r"temps de lecture.*",
    r"(?:durée de )?lecture\s*:\s*\d+\s*min(?:utes?)?\.?",
    r"publicité",
    r"votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée.*",
    r"les champs obligatoires sont indiqués avec.*",
    r"enregistrer mon nom.*",
    r"annuler la réponse",
    r"(?:nos )?rubriques",
    r"les plus (?:consultés|lus)",
    r"l['’]actualité africaine en vidéo",
    r"tags?\s*:.*",
    r"mots?[- ]clés?\s*:.*",
    r"partager (?:cet |l['’])article.*",
    r"(?:abonnez-vous|inscrivez-vous|s['’]abonner|s['’]inscrire)\b.*",
    r"(?:recevez|recevoir) (?:notre|la) newsletter.*",
    r"newsletter",
    r"(?:copyright\s*)?©.*",
    r"tous droits réservés.*",
    r"(?:à la une|en continu|les plus partagés|articles? liés?|voir aussi|sur le même thème)\s*:?",
    r"nous utilisons des cookies.*",
    r"(?:accepter|refuser|paramétrer)(?: (?:et fermer|les cookies|tout))?",
    r"(?:connexion|se connecter|mon compte|déconnexion)",
    r"imprimer l['’]article|envoyer (?:par|à un ami).*|réagir",
    # breadcrumbs, navigation and site pages
    r"accueil\s*[>»/|›].*",
    r"(?:retour|revenir)(?: à l['’]accueil| aux actualités| en haut)?",
    r"(?:voir|afficher|charger) plus",
    r"(?:en savoir plus|cliquez ici|lire l['’]article|lire plus|continuer la lecture)\s*:?",
    r"(?:contact(?:ez-nous)?|qui sommes-nous\s*\??|mentions légales|politique de confidentialité|"
    r"plan du site|nous contacter|faq)",
    r"(?:catégories?|rubrique|publié dans|classé dans|sections?)\s*:.*",
    r"(?:étiquettes?|thèmes?)\s*:.*",
    # share and follow buttons, counters
    r"(?:partagez|partage|share|tweeter|pin|pinterest|messenger|copier le lien|lien copié)",
    r"(?:partager|partagez) (?:sur|via|avec).*",
    r"(?:suivez|rejoignez)[- ](?:nous|l['’]actualité)\b.*",
    r"(?:télécharge[rz]|téléchargement)\b.{0,60}(?:application|appli|app|pdf|communiqué|document).*",
    r"(?:vu|lu|consulté)e?s? \d[\d\s]* fois",
    r"\d+ (?:vues?|commentaires?|partages?|réactions?|likes?)",
    r"(?:nombre de )?(?:vues|lectures)\s*:\s*\d[\d\s]*",
    # bylines and update stamps that say nothing of the story
    r"(?:mis en ligne|publié|posté|rédigé|écrit)(?: par| le)?\s*:.*",
    r"(?:dernière )?mise à jour\s*:.*",
    r"(?:auteur|rédacteur|source|sources)\s*:\s*.{0,60}",
    r"posted (?:on|by)\b.*",
    r"\d+\s*min(?:ute)?s?\s*(?:read|de lecture)",
    r"photo d['’]illustration\.?",
    # the site's daily rubrics ("Proverbe du jour : …", "Pensée du jour : …")
    r"(?:proverbe|pensée|citation|maxime) du jour\s*:.*",
    # tag slugs ("Burkina-Retrait-Force-Militaire") and bare counters ("0", "12")
    r"[^\W\d_]+(?:-[^\W\d_]+){3,}",
    r"\d{1,4}",
    r"©\s*\w.*|\(?(?:afp|reuters|ap)\)?\s*photo.*",
    r"(?:à )?lire (?:aussi|également)\b.*",
    # page navigation, galleries, comment forms, sponsored slots
    r"(?:article|page) (?:précédente?|suivante?)\b.{0,80}|(?:précédent|suivant)e?(?:\s*:.{0,80})?|"
    r"haut de (?:la )?page|retour en haut",
    r"(?:voir (?:la|les) )?(?:galerie|photos?|vidéos?)(?: photos?)?|écouter(?: l['’]article)?|"
    r"télécharger(?: le pdf| en pdf)?|pdf|imprimer(?: cet article)?|version imprimable",
    r"(?:les )?commentaires (?:sont )?fermés\.?|soyez le premier à (?:commenter|réagir).{0,20}|"
    r"votre (?:nom|commentaire|message)\s*\*?|(?:envoyer|publier|répondre|signaler(?: un abus)?)|"
    r"mot de passe oublié\s*\??|j['’]aime",
    r"(?:contenu )?sponsorisé|annonce|en direct|flash info|dernières (?:infos|nouvelles|actualités)|archives",
    # cookie banners and their buttons
    r".{0,200}\bcookies?\b.{0,200}(?:accept|refus|navigation|paramètr|compris|audience|"
    r"vie privée|expérience|désactiver|statistiques).{0,120}",
    r"(?:tout )?(?:accepter|refuser|personnaliser|paramétrer)(?:\s*[|/–-]\s*(?:tout )?(?:accepter|refuser|"
    r"personnaliser|paramétrer))*|ok|j['’]ai compris|valider|fermer",
    # newsletter boxes
    r"(?:recevez|recevoir|restez informée?s?|inscrivez-vous|abonnez-vous)\b.{0,100}",
    r"newsletter\b.{0,80}|votre (?:adresse )?e-?mail|(?:ok, )?je m['’]inscris|inscription",
    # credits of the newsroom or the press office that wrote the piece
    r"(?:la )?rédaction(?:\s+[\w’'-]+){0,3}",
    r"(?:centre|cellule|service|direction|bureau)\s+(?:d['’]information\s+et\s+de\s+|de\s+(?:la\s+)?)?"
    r"(?:communication|presse|information)\b.{0,80}",
    r"[\W_]+",
)]

# An author box closes the article: "À propos de l’auteur", then the author's name.
AUTHOR_BOX = re.compile(r"(?:à propos de l['’]auteur|l['’]auteur|about the author)\s*:?", _I)
FOOTER = [re.compile(p, _I) for p in (
    r"commentaires?(?:\s*\(\d+\))?",
    r"\d+\s+(?:commentaires?|réactions?)",
    r"(?:vos |les )?réactions?(?:\s*\(\d+\))?\s*:?",
    r"laisser un commentaire",
    r"articles? similaires",
    r"dans la même rubrique",
    r"sur le même sujet",
    r"ajouter un commentaire",
)] + [AUTHOR_BOX]

# A bare "Lire aussi" or "Articles liés" announces that the next short lines are links to
# other articles.
LINK_LIST = re.compile(r"(?:(?:à )?(?:lire|voir|découvrir) (?:aussi|également)|articles? (?:liés?|similaires|"
                       r"connexes|recommandés)|(?:nos |les )?derniers articles|articles? récents?|"
                       r"les plus (?:lus|consultés|partagés)|sur le même (?:sujet|thème))\s*:?", _I)
LINK_LIST_MAX = 6

# "Partager : Facebook | X | WhatsApp", "Facebook Twitter LinkedIn E-mail"
_NETWORK = (r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|imprimer|messenger|instagram|"
            r"youtube|tiktok|pinterest|copier le lien|partager|partagez)")
SHARE_BAR = re.compile(rf"(?:partage[rz](?: cet article| l['’]article)?)?\s*:?\s*{_NETWORK}"
                       rf"(?:\s*[|,•/·–-]?\s*{_NETWORK})*", _I)

# Breadcrumbs and footer link rows: short segments joined by › > / | – ("Économie › Transports",
# "Mentions légales – Qui sommes-nous ? – Publicité").
_SEGMENT = r"[^.!:;,\n]{1,40}?"
BREADCRUMB = re.compile(rf"{_SEGMENT}(?:\s+[›>»/]\s+{_SEGMENT})+")
SITE_PAGE = re.compile(r"mentions légales|plan du site|qui sommes-nous|à propos|contact|publicité|"
                       r"accessibilité|nous écrire|liens utiles|conditions d['’]utilisation|"
                       r"politique de confidentialité|annonceurs|rss", _I)

# "Publié le 12 mars 2025 à 10h32", "Mis à jour le …": their date is the publication date.
PUBLISHED = re.compile(r"(?:publié|mis en ligne|mis à jour|mise à jour|posté)"
                       r"(?:\s+le\s+|\s*(?:le\s*)?:\s*)(?P<date>.{4,60})", _I)
# "Par Jean Materne Zambo, source: MCENMA", "Par la rédaction"
# The author is "la rédaction" or capitalized words, so "Par étapes jusqu'en 2027" is content.
BY = re.compile(r"(?i:par)\s+(?P<author>(?i:la rédaction)|[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ýa-z][\w'’.-]*){0,5})"
                r"(?:\s*,\s*(?i:source)\s*:\s*(?P<source>.+)"
                r"|\s*,\s*(?i:envoyée? spéciale?|correspondante?|notre correspondante?|avec agences?)\b.{0,40})?")
# Bullet lines under a headline: "- Amadou Diallo", "- il y a 2 jours", "- 20 nov."
BULLET = re.compile(r"[-–•]\s+(?P<value>.+)")
# "[DIGITAL Business Africa] –" at the head of the first paragraph
OUTLET_TAG = re.compile(r"^\[(?P<outlet>[^\]]{2,60})\]\s*[-–—:]\s*")
# "Niamey, 12 fév (ANP) –" or "Dakar, 4 mars 2025 (APS) -" opening a paragraph
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'’ -]{1,40}),\s*(?P<date>[^()–—-]{3,40}?)\s*"
    r"(?:\((?P<agency>[A-Z][\w .-]{1,20})\))?\s*[-–—]\s*")


# What ends a dateline after its place or date: "(ANP) –", " –".
DATELINE_END = re.compile(r"\s*(?:\([^)]{2,20}\)\s*)?[–—-]\s")


# Rubric labels above a headline: "Économie", "TIC & Télécoms", "Actualités".
RUBRIC = re.compile(r"[^\d.!?:;,]{2,30}")


def is_rubric(line: str) -> bool:
    return bool(RUBRIC.fullmatch(line)) and len(line.split()) <= 3


def is_furniture(line: str) -> bool:
    return (bool(SHARE_BAR.fullmatch(line) or BREADCRUMB.fullmatch(line)) or _is_site_links(line)
            or any(p.fullmatch(line) for p in LINE))


def _is_site_links(line: str) -> bool:
    parts = [p.strip() for p in re.split(r"\s[|–—·•]\s", line)]
    return len(parts) > 1 and all(len(p.split()) <= 4 for p in parts) and \
        any(SITE_PAGE.search(p) for p in parts)


def is_footer(line: str) -> bool:
    return any(p.fullmatch(line) for p in FOOTER)
