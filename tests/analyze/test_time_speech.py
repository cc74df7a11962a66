"""Dates inside a quote, counted from the day its words were said (``time_speech``).

Every sentence is fictional.  Each case gives the publication date, the text, the
phrase inside the quote and the date a reader takes it for.
"""

from __future__ import annotations

import datetime as dt

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.pipeline import analyse_parsed

CASES = [
    # (published, text, phrase, date)
    # the attribution gives the day before publication: the quote's words count from it
    (
        "2026-03-04",
        '"Tonight we made history," Ms. Vale said Tuesday night after the count.',
        "Tonight",
        "2026-03-03",
    ),
    (
        "2026-03-04",
        'Senator Ada Vale said Tuesday night: "Tomorrow we start the real work."',
        "Tomorrow",
        "2026-03-04",
    ),
    (
        "2026-03-04",
        'Rep. Tom Hale tweeted late Tuesday: "Tonight the people of this district spoke."',
        "Tonight",
        "2026-03-03",
    ),
    (
        "2026-03-06",
        '"We vote Thursday," the mayor, Ines Kurt, told reporters on Monday.',
        "Thursday",
        "2026-03-05",
    ),
    (
        "2026-03-06",
        '"We went over the numbers last night," Kurt said in a statement on Tuesday.',
        "last night",
        "2026-03-02",
    ),
    (
        "2026-03-04",
        'In a statement on Monday, Vale said: "Today we start again."',
        "Today",
        "2026-03-02",
    ),
    (
        "2026-03-04",
        '"Today we start again," Vale said in a statement released Monday evening.',
        "Today",
        "2026-03-02",
    ),
    # no day in the attribution, or the publication day: the publication date
    ("2026-03-04", '"Tonight is ours," Vale said.', "Tonight", "2026-03-04"),
    ("2026-03-04", '"Tonight is ours," Vale said on Wednesday.', "Tonight", "2026-03-04"),
    # a day that dates something else than the speech
    (
        "2026-03-04",
        '"It ends today," Vale said, after the vote Monday.',
        "today",
        "2026-03-04",
    ),
    (
        "2026-03-04",
        '"We lost tonight," said Mr. Oduya, who on Monday had predicted a win.',
        "tonight",
        "2026-03-04",
    ),
    (
        "2026-03-06",
        '"We vote today," Kurt said, two days after Mayor Lin Oro told reporters on Monday '
        "that she would resign.",
        "today",
        "2026-03-06",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("published", "text", "phrase", "date"), CASES)
def test_a_date_inside_a_quote_counts_from_the_day_it_was_said(
    make_parsed: MakeParsed, published: str, text: str, phrase: str, date: str
) -> None:
    parsed = make_parsed(text, published=dt.date.fromisoformat(published), model=True)
    found = analyse_parsed(parsed)
    assert found.quotes, "the quote itself must be found"
    hits = [t for t in found.times if t.text == phrase]
    assert len(hits) == 1, [t.text for t in found.times]
    assert hits[0].date == dt.date.fromisoformat(date)


@pytest.mark.model
def test_the_reference_of_a_quoted_date_is_the_speech_day(make_parsed: MakeParsed) -> None:
    parsed = make_parsed(
        '"Tonight we made history," Ms. Vale said Tuesday night.',
        published=dt.date(2026, 3, 4),
        model=True,
    )
    (tonight,) = [t for t in analyse_parsed(parsed).times if t.text == "Tonight"]
    assert tonight.reference == dt.date(2026, 3, 3)
    assert tonight.part_of_day == "night"


PREVIOUS_SENTENCE_CASES = [
    # the sentence before dates the same speaker's speech: the quote counts from it
    (
        "2026-03-30",
        "Athletic director Mara Osei said in a statement Friday that the review was "
        'thorough. "Today we begin a national search," Osei said.',
        "Today",
        "2026-03-27",
    ),
    (
        "2026-09-07",
        "Dwayne Okafor, who spent four nights at a shelter, said on Sunday that he was eager "
        'to get back. "Yesterday a neighbour sent me a photo," he said.',
        "Yesterday",
        "2026-09-05",
    ),
    # another speaker's dated speech, or another paragraph: the publication date
    (
        "2026-03-30",
        "Coach Ines Varga said in a statement Friday that she would leave. "
        '"Today we begin a national search," Osei said.',
        "Today",
        "2026-03-30",
    ),
    (
        "2026-03-30",
        "Athletic director Mara Osei said in a statement Friday that the review was "
        'thorough.\n\n"Today we begin a national search," Osei said.',
        "Today",
        "2026-03-30",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("published", "text", "phrase", "date"), PREVIOUS_SENTENCE_CASES)
def test_a_quote_counts_from_the_day_its_speaker_spoke_in_the_sentence_before(
    make_parsed: MakeParsed, published: str, text: str, phrase: str, date: str
) -> None:
    test_a_date_inside_a_quote_counts_from_the_day_it_was_said(
        make_parsed, published, text, phrase, date
    )
