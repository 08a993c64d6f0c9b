"""The spaCy model, loaded once per process with only the components a stage needs."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "fr_core_news_md"
# fr_core_news_md's ner and senter each carry their own tok2vec, so the shared tok2vec,
# tagger, parser and lemmatizer can be left out: NER runs about 3x faster without them.
_UNUSED = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]
BATCH_SIZE = 32


@lru_cache(maxsize=1)
def load_ner_model() -> Language:
    """fr_core_news_md with sentence splitter and NER only."""
    nlp = spacy.load(MODEL, exclude=_UNUSED)
    nlp.enable_pipe("senter")
    return nlp
