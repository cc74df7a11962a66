"""Pairing of quotation marks (``scan_spans``): straight marks whose spacing is
ambiguous, quotes over several paragraphs, and well-formed text that must not change."""

from __future__ import annotations

from crosswire.analyze.quote_spans import QuoteSpan, is_headline, scan_spans
from crosswire.analyze.quote_text import split_paragraphs


def _spans(text: str) -> list[QuoteSpan]:
    return [sp for sp in scan_spans(text, split_paragraphs(text)) if not sp.single]


def _quotes(text: str) -> list[str]:
    return [text[sp.start : sp.end] for sp in _spans(text)]


# --- straight marks with a stray space before the closing one ---


def test_closing_mark_spaced_before_a_comma() -> None:
    text = '"We are not afraid " , he said at the gate.'
    assert _quotes(text) == ["We are not afraid"]


def test_opening_mark_spaced_inside_a_sentence() -> None:
    text = 'She told the council that " a vote is one thing and a riot is another. "'
    assert _quotes(text) == ["a vote is one thing and a riot is another."]


def test_opening_mark_after_a_comma_with_a_stray_space() -> None:
    text = 'Jo Ray said, " We said no and we meant it. "'
    assert _quotes(text) == ["We said no and we meant it."]


def test_carried_quote_closed_by_a_spaced_mark() -> None:
    text = '"The club is family.\n\nHe bleeds green, " club president Jo Ray said.'
    spans = _spans(text)
    assert [text[sp.start : sp.end] for sp in spans] == ["The club is family.", "He bleeds green"]
    assert not spans[1].opened and spans[1].closed and spans[1].continues


def test_carried_quote_closed_at_the_end_of_a_paragraph() -> None:
    text = '"We will be on the streets every day!\n\nWhy would we stop? "\n\nThe vote is Thursday.'
    spans = _spans(text)
    assert [text[sp.start : sp.end] for sp in spans] == [
        "We will be on the streets every day!",
        "Why would we stop?",
    ]
    assert spans[1].closed and not spans[1].opened


def test_stray_closing_mark_at_the_end_of_a_paragraph_opens_nothing() -> None:
    text = 'The mayor left early. "\n\nThe council met on Monday and voted.'
    assert _quotes(text) == []


def test_stray_closing_mark_before_an_attribution_opens_nothing() -> None:
    text = 'The harbour is closed, " said Jo Ray, a harbour pilot.'
    assert _quotes(text) == []


def test_stray_closing_mark_before_a_source_note_opens_nothing() -> None:
    text = 'The ferry was late, the captain said. " (Daily Planet article)'
    assert _quotes(text) == []


def test_closing_mark_spaced_as_an_opening_one_before_an_attribution() -> None:
    text = '"Her friends are behind her, "a friend of the singer said.\n\n"She chose it herself."'
    assert _quotes(text) == ["Her friends are behind her", "She chose it herself."]


def test_opening_mark_after_a_comma_and_a_speech_verb_in_the_quote() -> None:
    # the quote is closed before the mark, so "I said" is inside the new quote
    text = '"Yes," she told me, "I said no and I meant it."'
    assert _quotes(text) == ["Yes", "I said no and I meant it."]


# --- quotes over several paragraphs ---


def test_news_convention_reopens_each_paragraph() -> None:
    text = '"We will win.\n\n"We always do," Jo Ray said.'
    spans = _spans(text)
    assert [text[sp.start : sp.end] for sp in spans] == ["We will win.", "We always do"]
    assert spans[1].opened and spans[1].continues


def test_news_convention_with_a_stray_space_after_the_reopening_mark() -> None:
    text = '"We will win.\n\n" We always do. "'
    spans = _spans(text)
    assert [text[sp.start : sp.end] for sp in spans] == ["We will win.", "We always do."]
    assert spans[1].opened and spans[1].closed and spans[1].continues


def test_quote_closed_after_paragraphs_without_marks() -> None:
    # one sentence a line: the quote runs over lines with no mark and closes later
    text = '"We will win.\n\nNobody doubts it.\n\nWe always do," Jo Ray said.'
    spans = _spans(text)
    assert [text[sp.start : sp.end] for sp in spans] == ["We will win.", "We always do"]
    assert not spans[1].opened and spans[1].closed and not spans[1].continues


def test_quote_not_closed_after_many_paragraphs_without_marks() -> None:
    paras = ['"We will win.', "One.", "Two.", "Three.", "Four.", 'Later," the end came.']
    text = "\n\n".join(paras)
    assert _quotes(text) == ["We will win."]


# --- curly marks and well-formed text ---


def test_curly_marks_with_stray_spaces() -> None:
    text = "“ We will win, ” Jo Ray said. “ Not now. ”"
    assert _quotes(text) == ["We will win", "Not now."]


def test_well_formed_straight_quotes_unchanged() -> None:
    text = (
        '"We will not leave," Jo Ray said, "until they go."\n\n'
        'The mayor called it a "dark day" for the city.\n\n'
        'Ray said: "It is over. We won."'
    )
    assert _quotes(text) == [
        "We will not leave",
        "until they go.",
        "dark day",
        "It is over. We won.",
    ]


def test_well_formed_curly_quotes_unchanged() -> None:
    text = "“We will not leave,” Jo Ray said.\n\n“Not now.\n\n“Not ever,” she added."
    spans = _spans(text)
    assert [text[sp.start : sp.end] for sp in spans] == [
        "We will not leave",
        "Not now.",
        "Not ever",
    ]
    assert spans[2].continues


def test_backquotes_of_ldc_newswire_open_and_two_apostrophes_close() -> None:
    text = "``Being 48 is too early to be retired,'' a fit-looking Vell said. ``I'm back.''"
    assert _quotes(text) == ["Being 48 is too early to be retired", "I'm back."]


def test_a_short_quoted_sentence_closed_after_a_space_is_no_headline() -> None:
    # tokenised or scraped text puts a space before the closing mark: the sentence
    # still ends with its full stop ("We have seen enough coaches. ”")
    for line in ['"We have seen enough coaches. "', "“We have seen enough coaches. ” ", "“Why? ”"]:
        assert not is_headline(line, 0, len(line))
    for line in ["Sixers Name Cheeks Coach", "“Sixers Name Cheeks Coach ”"]:
        assert is_headline(line, 0, len(line))


# --- single marks over several paragraphs (British and Irish tabloids) ---


def test_a_single_quoted_passage_over_paragraphs_reopens_each_one() -> None:
    text = (
        "Her husband Tom said last night: 'Ada has spent her life helping others. "
        "Now it is our turn.\n\n'To whoever stopped to help her, thank you.'\n\nIt rained."
    )
    spans = [sp for sp in scan_spans(text, split_paragraphs(text)) if sp.single]
    assert [text[sp.start : sp.end] for sp in spans] == [
        "Ada has spent her life helping others. Now it is our turn.",
        "To whoever stopped to help her, thank you.",
    ]
    assert [(sp.closed, sp.continues) for sp in spans] == [(False, False), (True, True)]


def test_a_single_mark_left_open_without_a_next_quote_is_no_quote() -> None:
    text = "Her husband said: 'Ada has spent her life helping others.\n\nIt rained."
    assert [sp for sp in scan_spans(text, split_paragraphs(text)) if sp.single] == []
    # a paragraph opening with elided words is no quote left open (a reviewer's case)
    text = "'Allo 'Allo! star Gina Moss said she backed him.\n\n'He is lovely,' she said."
    spans = [sp for sp in scan_spans(text, split_paragraphs(text)) if sp.single]
    assert [text[sp.start : sp.end] for sp in spans] == ["He is lovely"]
