"""Quarters and halves written the way business news writes them (``time_periods``).

Every case runs with the spaCy parse and without one.  All sentences are
fictional; the reference date is Tuesday 10 March 2026 unless a case says
otherwise.
"""

from __future__ import annotations

import pytest
from parse_modes import BOTH, MakeParsed
from test_times import d, is_date, only, times_of

SEPT = d("2026-09-15")  # in the second half of the year

QUARTER_CASES = [
    # (sentence, span, date, part_of_day)
    ("Tolls will be higher this quarter.", "this quarter", "2026-01-01", "Q1"),
    ("Ferry traffic fell last quarter.", "last quarter", "2025-10-01", "Q4"),
    ("The guild expects a profit next quarter.", "next quarter", "2026-04-01", "Q2"),
    ("Fares in the current quarter are flat.", "the current quarter", "2026-01-01", "Q1"),
    ("The mill lost money in 2024's third quarter.", "2024's third quarter", "2024-07-01", "Q3"),
    (
        "Net income at the mill fell in the third quarter of fiscal 2024.",
        "the third quarter of fiscal 2024",
        "2024-07-01",
        "Q3",
    ),
    (
        "Cargo slumped in the final quarter of 2023.",
        "the final quarter of 2023",
        "2023-10-01",
        "Q4",
    ),
    ("Cargo rose in the last quarter of 2023.", "the last quarter of 2023", "2023-10-01", "Q4"),
    (
        "The mill earned less than in the year-earlier fourth quarter.",
        "the year-earlier fourth quarter",
        "2024-10-01",
        "Q4",
    ),
]


@BOTH
@pytest.mark.parametrize(("sentence", "span", "date", "part"), QUARTER_CASES)
def test_quarters_named_from_the_publication_or_a_year(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, date: str, part: str
) -> None:
    is_date(times_of(make_parsed, sentence, model), span, date, "month", part)


HALF_CASES = [
    # (sentence, span, date, part_of_day); published 15 September 2026
    ("Port revenue rose 4% in the first half.", "the first half", "2026-01-01", "H1"),
    (
        "The guild expects fares to climb in the second half.",
        "the second half",
        "2026-07-01",
        "H2",
    ),
    ("This year's first half was the ferry's most profitable.", "This year's first half",
     "2026-01-01", "H1"),
    ("Sales at the mill slowed in the second half of the year.", "the second half of the year",
     "2026-07-01", "H2"),
    ("The guild took a charge in fiscal 2025's second half.", "fiscal 2025's second half",
     "2025-07-01", "H2"),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(("sentence", "span", "date", "part"), HALF_CASES)
def test_halves_with_or_without_a_year(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, date: str, part: str
) -> None:
    t = only(times_of(make_parsed, sentence, model, SEPT), span)
    assert (t.date, t.precision, t.part_of_day) == (d(date), "month", part)


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "The Rovers trailed badly in the second half.",  # a game's half
        "The first half of the film drags.",  # a half of something else
        "Sales of scarves peaked in the first quarter of the match season.",
        "The last quarter of the century saw the canal decline.",
        "Nobody expected the quay to hold the last quarter of its cargo.",
    ],
)
def test_halves_and_quarters_of_other_things_are_not_dates(
    make_parsed: MakeParsed, model: bool, sentence: str
) -> None:
    found = times_of(make_parsed, sentence, model, SEPT)
    assert [t.text for t in found if t.kind == "date"] == []
