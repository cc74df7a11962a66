"""Quoted passages that are nobody's quote, and a subject the parse misplaces:
error classes found on real news (GGT, BASIL and unlabelled articles), one rule
per test, in hand-written fictional sentences."""

from __future__ import annotations

import pytest
from parse_modes import BOTH, MakeParsed

from crosswire.analyze.quote_spans import scan_spans
from crosswire.analyze.quote_text import split_paragraphs
from crosswire.analyze.quotes import find_quotes


def said(make_parsed: MakeParsed, text: str, model: bool) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(make_parsed(text, model=model))]


@BOTH
def test_a_hyphenated_compound_is_one_word_for_the_three_word_rule(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        'Okafor said the "best-case outcome" would be a quick repair of the pier. '
        'Adaeze Okafor said the pier was "well-built and safe."'
    )
    assert said(make_parsed, text, model) == [("well-built and safe.", "Adaeze Okafor")]


def test_a_quote_cut_mid_sentence_by_another_opening_mark_is_a_stray_mark() -> None:
    text = "It is what harbour pilots do: “They grumble about “tourists” crowding the quay."
    spans = scan_spans(text, split_paragraphs(text))
    assert [text[sp.start : sp.end] for sp in spans] == ["tourists"]


def test_a_quote_cut_at_a_sentence_end_by_another_opening_mark_is_kept() -> None:
    text = "“We will not sell the quay. “It is the heart of Velmora,” Okafor said."
    spans = scan_spans(text, split_paragraphs(text))
    assert [text[sp.start : sp.end] for sp in spans] == [
        "We will not sell the quay.",
        "It is the heart of Velmora",
    ]


@BOTH
def test_words_on_signs_and_the_list_after_them_are_slogans(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "About 50 marchers carried signs reading “Save the ferry,” “No cuts” and "
        "“The council must listen,” outside Velmora town hall. "
        "“We will not give up,” said Adaeze Okafor."
    )
    assert said(make_parsed, text, model) == [("We will not give up", "Adaeze Okafor")]


@BOTH
def test_a_passive_naming_verb_without_an_agent_gives_a_name(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "When the damp comes from the sails, the cough is called “sailmaker's wet lung.” "
        "The plan was called “a reckless gamble with the harbour” by Mayor Adaeze Okafor."
    )
    found = said(make_parsed, text, model)
    assert [q for q, _ in found] == ["a reckless gamble with the harbour"]
    if model:
        assert found[0][1] == "Adaeze Okafor"


@BOTH
def test_a_passage_after_the_word_slogan_is_a_slogan(make_parsed: MakeParsed, model: bool) -> None:
    text = "The council launched a tourism drive with the slogan “Velmora, we're worth the ferry.”"
    assert said(make_parsed, text, model) == []


@pytest.mark.model
def test_a_passage_between_a_determiner_and_its_noun_names_the_noun(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The mayor's plan prompted a “sink or swim together” reaction on the quay. "
        "Critics mocked the “Velmora never sleeps” campaign all summer. "
        "Adaeze Okafor said the council had a “duty to keep the ferry running” and would "
        "not back down. The new pier was a “complete and utter failure” officials said."
    )
    assert said(make_parsed, text, True) == [
        ("duty to keep the ferry running", "Adaeze Okafor"),
        ("complete and utter failure", "officials"),
    ]


@pytest.mark.model
def test_a_name_after_and_before_a_verb_is_its_subject_whatever_the_parse(
    make_parsed: MakeParsed,
) -> None:
    # the parse hangs "Okafor" on "harbour" as a conjunct, so "suggested" would
    # borrow the subject of "visited" (Ada Obi)
    text = (
        "The captain of the crew, Ada Obi, and her brother visited Adaeze Okafor and asked "
        "her about plans for the harbour and Okafor suggested she might film a “harbour "
        "video” that was “not too gloomy.”"
    )
    assert said(make_parsed, text, True) == [("not too gloomy.", "Adaeze Okafor")]


@pytest.mark.parametrize("work", ["a poem called", "her novel titled", "an exhibition named"])
def test_the_title_of_a_named_work_is_no_quote(make_parsed: MakeParsed, work: str) -> None:
    text = (
        f"One of his cards, {work} “Winter Solstice, Harbour Station,” went on to win "
        "the Vale Fantasy Award."
    )
    assert find_quotes(make_parsed(text)) == []


def test_the_title_of_a_work_after_a_verb_that_makes_it_is_no_quote(
    make_parsed: MakeParsed,
) -> None:
    text = (
        'Chris Vale, who directed "The Golden Harbour," is negotiating to direct the sequel '
        'to "Dusk," industry sources say.\n\nWhile the studio will not confirm it, The '
        'Harbour Ledger said Friday he is the current candidate to direct "Old Moon."'
    )
    assert find_quotes(make_parsed(text)) == []


def test_words_someone_got_told_are_speech_not_a_title(make_parsed: MakeParsed) -> None:
    # "told “Velmora Today”" names a programme, but "got told" / "was told" is passive:
    # what follows is what somebody said to them, as "was told" already was
    text = "Dana Perez said she got told “Wait Your Turn” by the clerk three times."
    assert [q.text for q in find_quotes(make_parsed(text))] == ["Wait Your Turn"]


def test_a_programme_told_by_its_title_is_no_quote(make_parsed: MakeParsed) -> None:
    text = (
        "“The ferries showed up late, and with forms instead of fuel,” Orlin told "
        "“Velmora Today.” “Our towns deserve better than that.”"
    )
    assert said(make_parsed, text, True) == [
        ("The ferries showed up late, and with forms instead of fuel", "Orlin"),
        ("Our towns deserve better than that.", "Orlin"),
    ]


@BOTH
def test_a_title_in_apposition_to_a_works_noun_is_no_quote(
    make_parsed: MakeParsed, model: bool
) -> None:
    # "The memoir, “Under the Harbour Lights,” written by …": the work's title, set
    # off by commas after its noun, is a name, not words anybody said
    text = (
        'The memoir, "Under the Harbour Lights," written by former ferry clerk Ines '
        'Vale, reaches shops next week. "I wrote it so nobody else would have to '
        'live it," Vale said.'
    )
    assert said(make_parsed, text, model) == [
        ("I wrote it so nobody else would have to live it", "Ines Vale")
    ]
