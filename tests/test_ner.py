"""The model pass: long texts go through fr_core_news_md in chunks, offsets into the whole."""

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.ner as ner


@settings(max_examples=300, deadline=None, database=None)
@given(text=st.text(alphabet="ab .\n", max_size=400), size=st.integers(5, 60))
def test_chunks_join_back_to_the_text_and_respect_the_size(text, size):
    pieces = ner.chunks(text, size)
    assert "".join(piece for piece, _ in pieces) == text
    assert all(len(piece) <= size for piece, _ in pieces)
    assert [offset for _, offset in pieces] == [sum(len(p) for p, _ in pieces[:i]) for i in range(len(pieces))]


def test_a_chunk_ends_at_a_line_break_before_a_sentence_stop():
    text = "Le ministre a reçu la délégation.\nIl a remercié ses hôtes. La séance a été levée."
    first, _ = ner.chunks(text, 60)[0]
    assert first == "Le ministre a reçu la délégation.\n"


def test_a_story_longer_than_a_chunk_keeps_its_entities_at_their_offsets(monkeypatch):
    """A story over spaCy's max_length (E088) is read in pieces; here pieces of 300 characters."""
    paragraph = ("Le ministre Moussa Traoré a reçu à Ségou une délégation de la Banque mondiale "
                 "conduite par Awa Koné.\n")
    text = paragraph * 12
    monkeypatch.setattr(ner, "CHUNK_MAX", 300)
    parts = pd.DataFrame([{"story_id": "s", "doc_id": "d", "part": "body", "text": text}])
    entities, sentences = ner.model_pass(parts)
    assert len(entities) >= 12 * 2
    assert all(text[e.start_char:e.end_char] == e.text for e in entities.itertuples())
    spans = sorted(zip(sentences["start_char"], sentences["end_char"]))
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:])), "sentences in order, disjoint"
    assert spans[-1][1] > len(text) - len(paragraph), "the last chunk's sentences are there"
