"""Is a capitalised word an ordinary French word, capitalised only by its place?

News capitalises common words at the start of a sentence or a line ("Rappelons que …",
"Somme levée : …", "Drapeaux et banderoles …") and out of deference ("dans son Cabinet",
"un Membre du Conseil"); the statistical model often reads them as names. Two resources
of fr_core_news_md tell them apart without any word list:

- its vectors table lists half a million spellings by decreasing frequency in the web
  text it was trained on, upper and lower case apart: a common word is more frequent in
  lower case ("somme" is 5 times more frequent than "Somme"), a name is mostly
  capitalised ("Niger" is 8 times more frequent than "niger");
- its lemmatizer tables know the inflected forms of French words; verbs that open
  sentences ("Rappelons", "Précisons") are frequent capitalised too.
"""

from __future__ import annotations

import glob
import re
from functools import lru_cache

import numpy as np
import spacy
from spacy.lookups import Lookups

from ..nlp import MODEL, load_ner_model

# How much more frequent than its lower-case form a capitalised word must be to be a name
# at the start of a sentence, where capitals are expected, and inside one, where they
# are not (so a name that is also a common word, "Orange", "Bingo", stays a name there).
_OPENING_RATIO = 1.0
_INSIDE_RATIO = 0.6
# An inflected form opening a sentence may be up to this much rarer in lower case.
_INFLECTED_RATIO = 3.0


@lru_cache(maxsize=1)
def _keys_by_frequency() -> tuple[np.ndarray, np.ndarray]:
    """(sorted string hashes, their frequency ranks) of the model's vectors table."""
    vectors = load_ner_model().vocab.vectors
    keys = np.fromiter(vectors.keys(), dtype=np.uint64, count=len(vectors.keys()))
    order = np.argsort(keys)
    return keys[order], order


def _rank(word: str) -> float:
    """0 for the most frequent spelling in the model's training text, inf if unknown."""
    keys, ranks = _keys_by_frequency()
    key = np.uint64(load_ner_model().vocab.strings[word])
    i = int(np.searchsorted(keys, key))
    return float(ranks[i]) if i < len(keys) and keys[i] == key else float("inf")


@lru_cache(maxsize=1)
def _lemma_lookup():
    """The model's lemmatizer table, form -> lemma (the NER pipeline leaves the lemmatizer
    out, so it is read from the package)."""
    path = glob.glob(f"{spacy.util.get_package_path(MODEL)}/*/lemmatizer/lookups")[0]
    return Lookups().from_disk(path).get_table("lemma_lookup")


def _is_inflected(word: str) -> bool:
    """"rappelons" (rappeler), "réunis" (réunir): an inflected form of a French word,
    which names are not (the few that look like one, "Moussa", are too frequent
    capitalised to pass the ratio)."""
    lemma = (_lemma_lookup().get(word) or [word])[0]
    return lemma != word


# Plural demonyms ("Maliens", "Ivoiriennes", "Nigérians") are judged by their singular,
# which news writes in lower case as an adjective ("le gouvernement malien").
_PLURAL_DEMONYM = re.compile(r"(?:ien|éen|ain|an)(?:ne)?s$")


@lru_cache(maxsize=65536)  # news repeats its words; the rank lookups are not free
def is_common_word(word: str, opens_sentence: bool) -> bool:
    """True when a capitalised one-word `word` reads as an ordinary French word."""
    if not word[:1].isupper() or word.isupper():
        return False
    if _PLURAL_DEMONYM.search(word):
        word = word[:-1]
    lower = word.lower()
    if _rank(lower) == float("inf"):
        return False
    ratio = _rank(lower) / max(_rank(word), 1.0)
    if ratio < (_OPENING_RATIO if opens_sentence else _INSIDE_RATIO):
        return True
    return opens_sentence and ratio < _INFLECTED_RATIO and _is_inflected(lower)
