"""Entity mentions as the parse gives them: a word capitalised only by its place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from crosswire.analyze.parsed import ParsedArticle

MakeParsed = Callable[..., ParsedArticle]

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rip out the desks in the Varnel hall, the mayor said.", "Rip"),
        ("Recouping the investment in Ostrin will take years.", "Recouping"),
        ("Bifurcated property taxes are on the Varnel council's table.", "Bifurcated"),
    ],
)
def test_a_verb_or_participle_opening_a_sentence_is_no_name(
    make_parsed: MakeParsed, text: str, word: str
) -> None:
    assert word not in [m.text for m in make_parsed(text, model=True).mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Greek police said the riot ended at dawn.", "Greek"),
        ("Philadelphia fans had expected a contender this year.", "Philadelphia"),
    ],
)
def test_a_name_or_a_nationality_opening_a_sentence_stays(
    make_parsed: MakeParsed, text: str, name: str
) -> None:
    assert name in [m.text for m in make_parsed(text, model=True).mentions]


def test_a_common_plural_opening_a_sentence_is_no_name_unless_written_as_one() -> None:
    # the model tags such words now and then ("Flames" ORG, "Screams" PERSON in a riot
    # report); the tagger reads a plural noun
    from spacy.tokens import Span

    from crosswire.analyze.parsed import _capitalised_word
    from crosswire.resources import load_nlp

    doc = load_nlp()("Flames and smoke were coming from the roof of the Ostrin mill.")
    assert _capitalised_word(Span(doc, 0, 1, label="ORG"))
    # a surname the article also writes inside a sentence ("coach Tomas Cheeks")
    assert not _capitalised_word(Span(doc, 0, 1, label="ORG"), {"Flames"})
