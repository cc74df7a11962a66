"""Hostile text shapes that used to take quadratic time, and what the fixes keep.

Each input below took minutes before (a 200,000-character token in the credit
finder, tens of thousands of initials in the sentence splitter and the quote
finder, thousands of quotes in one paragraph); they are sized so that a
quadratic regression makes this file hang instead of passing in a second.
No timing is asserted.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.parsed import parsed_from_doc
from crosswire.analyze.pipeline import analyse_parsed, parse_texts, text_pieces
from crosswire.analyze.quotes import find_quotes
from crosswire.analyze.sentences import split_sentences
from crosswire.analyze.sources import find_credits
from crosswire.model import Article

LEAD = "The harbour authority said the jetty was closed on Monday."


def test_a_word_glued_to_a_source_noun_is_not_a_source(make_parsed: MakeParsed) -> None:
    credits = find_credits(make_parsed("Two nonresidents said the road was closed.", model=False))
    assert [c.source for c in credits] == []
    credits = find_credits(make_parsed("Two residents said the road was closed.", model=False))
    assert [c.source for c in credits] == ["Two residents"]


def test_a_quoted_name_still_starts_a_source(make_parsed: MakeParsed) -> None:
    credits = find_credits(make_parsed("'Reuters said the road was closed.", model=False))
    assert [c.source for c in credits] == ["Reuters"]


def test_credits_next_to_a_huge_token(make_parsed: MakeParsed) -> None:
    for token in ("x" * 200_000, "A" * 200_000, "al-" * 60_000, "Ab'" * 60_000):
        credits = find_credits(make_parsed(f"{LEAD}\n\n{token}\n", model=False))
        assert [c.source for c in credits] == ["The harbour authority"]


def test_initials_do_not_end_sentences() -> None:
    text = "J. R. R. Tolkien wrote it. Mr. Smith agreed. The U.S. team won."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "J. R. R. Tolkien wrote it.",
        "Mr. Smith agreed.",
        "The U.S. team won.",
    ]


def test_sixty_thousand_initials(make_parsed: MakeParsed) -> None:
    initials = " ".join(f"{chr(65 + k % 26)}." for k in range(60_000))
    spans = split_sentences(f"{LEAD} {initials} Then it ended. Next one.")
    assert len(spans) == 3
    parsed = make_parsed(
        f'{initials}\n\nThe mayor said: "We will rebuild the jetty."\n\n{initials}', model=False
    )
    assert [q.text for q in find_quotes(parsed)] == ["We will rebuild the jetty."]


def test_thousands_of_quotes_in_one_paragraph(make_parsed: MakeParsed) -> None:
    para = " ".join(f"“Word number {i}” he said." for i in range(5_000))
    quotes = find_quotes(make_parsed(f"{LEAD}\n\n{para}", model=False))
    assert [q.text for q in quotes] == [f"Word number {i}" for i in range(5_000)]


def test_text_pieces_join_to_the_text_and_respect_the_limit() -> None:
    para = "Officials in Port Sarab said 40 people were moved on Monday night.\n\n"
    for text in ("", "short", para * 2000, "A" * 50_000, "x y\n" * 10_000, "a " * 30_000):
        pieces = text_pieces(text, 5_000)
        assert "".join(pieces) == text
        assert all(len(p) <= 5_000 for p in pieces)
    assert all(p.endswith("\n\n") for p in text_pieces(para * 2000, 5_000)[:-1])


@pytest.mark.model
def test_a_long_text_parsed_in_pieces_gives_the_findings_of_one_parse(nlp: Any) -> None:
    para = (
        "Officials in Port Sarab said 40 people were moved on Monday night, Adaeze Okafor "
        'said. "We will rebuild the jetty," she said, according to the Meridian Press Agency.'
        "\n\n"
    )
    texts = ["A short one.", para * 120, "", para * 3]
    docs = list(parse_texts(nlp, texts, limit=4_000))
    assert [d.text for d in docs] == texts
    article = Article.create(texts[1], "Long")
    pieces = analyse_parsed(parsed_from_doc(article, docs[1]))
    whole = analyse_parsed(parsed_from_doc(article, nlp(texts[1])))
    assert pieces == whole
