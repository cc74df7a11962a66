"""Date words inside names (``time_names``).

All sentences are fictional; the reference date is Tuesday 10 March 2026.
"""

from __future__ import annotations

import pytest
from parse_modes import BOTH, MakeParsed
from test_times import d, only, times_of


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "She set up a joint venture called Velcor 1980, making ferry parts.",
        "The guild spoke on the radio show 'This Week With Anna Brell' about the quay.",
        'The mayor said on Harbour TV\'s "This Week" that the toll would stay.',
        # a 24-hour clock before a time zone (a dossier audit: "2045 GMT" was the year 2045)
        "The blaze broke out on the roof of the Velmora store at about 2045 GMT.",
        "The ferry was boarded at 1430 hrs.",
        # a street number ("a heritage home at 2016 Ontario")
        "Ada Brel, who runs a shop out of a heritage home at 2016 Ontario, heard it.",
        "The firm moved to 1950 Main Street in Velmora.",
        # a market index named by its size (an audit: the year 2000)
        "The Velmora 2000 index of smaller-company stocks added 10 points.",
        # a title that opens with a year (a dossier audit: "In movies from 2001: A Space
        # Odyssey to Event Horizon" dated 2001)
        "In films from 2051: A Harbour Odyssey to Velmora Nights, crews sleep.",
        # a programme named by a day word (a British press audit: "Today" was a date)
        "The minister told Harbour Radio's Today programme the figures were good.",
        "The minister said on the Tonight show that the figures were good.",
    ],
)
def test_date_words_in_names_are_not_dates(
    make_parsed: MakeParsed, model: bool, sentence: str
) -> None:
    assert [t.text for t in times_of(make_parsed, sentence, model)] == []


@BOTH
@pytest.mark.parametrize(
    ("sentence", "span", "date"),
    [
        ("The Velcor 2016 campaign ended early.", "2016", "2016-01-01"),  # dates the noun
        ("Fiscal 2024 profit rose.", "2024", "2024-01-01"),
        ("This Week the guild meets.", "This Week", "2026-03-09"),  # opens the sentence
        ("Tolls rose in March 2025, the guild said.", "in March 2025", "2025-03-01"),
        ("Sales doubled in 2019.", "in 2019", "2019-01-01"),
        ("Today the guild meets.", "Today", "2026-03-10"),
        ("The guild's show opens today.", "today", "2026-03-10"),
    ],
)
def test_dates_next_to_capitals_are_still_dates(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, date: str
) -> None:
    assert only(times_of(make_parsed, sentence, model), span).date == d(date)


@BOTH
def test_a_line_opening_with_a_year_and_a_colon_is_a_dated_entry(
    make_parsed: MakeParsed, model: bool
) -> None:
    # a review: explainers head their timeline lines "2018: The United States imposes ..."
    text = "How the dispute grew.\n\n2018: The Velmoran council imposes harbour tolls."
    assert [t.text for t in times_of(make_parsed, text, model) if t.kind == "date"] == ["2018"]
