"""Sentences cut at paragraph breaks (``analyze.sentences.paragraph_pieces``)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from crosswire.analyze.sentences import paragraph_pieces


def test_a_sentence_is_cut_at_a_paragraph_break_but_not_a_line_break() -> None:
    text = "The pier closed.\n\nBut Lund said it was late.\nIt rained.\n\n"
    assert paragraph_pieces(text, 0, len(text)) == [(0, 18), (18, len(text))]
    # a paragraph a colon introduces stays with it
    text = "Lund said:\n\nThe pier is closed."
    assert paragraph_pieces(text, 0, len(text)) == [(0, len(text))]


@given(st.text(alphabet="ab .:\n", max_size=60))
def test_paragraph_pieces_cover_the_sentence_in_order(text: str) -> None:
    pieces = paragraph_pieces(text, 0, len(text))
    if not text.strip():
        assert pieces == []
        return
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for (_, e1), (s2, _) in itertools.pairwise(pieces):
        assert e1 == s2
    for s, e in pieces:
        assert text[s:e].strip()
