"""Dates counted from another date of the text (``time_anchors``).

Every case runs with the spaCy parse and without one.  All sentences are
fictional; the reference date is Tuesday 10 March 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest
from parse_modes import BOTH, MakeParsed
from test_times import d, only, times_of

ANCHORED_CASES = [
    # (text, span, date, precision, part_of_day)
    (
        "On May 22, 2015, Vell joined the harbour guild, and the following year she led it.",
        "the following year",
        "2016-01-01",
        "year",
        None,
    ),
    (
        "The ferry sank in 2019. A year earlier its owner had sold the line.",
        "A year earlier",
        "2018-01-01",
        "year",
        None,
    ),
    (
        "The quay opened on Monday, March 2. Two days later the crane failed.",
        "Two days later",
        "2026-03-04",
        "day",
        None,
    ),
    (
        "The toll was raised in October 2024; two months earlier it had been cut.",
        "two months earlier",
        "2024-08-01",
        "month",
        None,
    ),
    (
        "The mill closed in 2011 after a fire the previous year.",
        "the previous year",
        "2010-01-01",
        "year",
        None,
    ),
    # no date to count from: back from the publication date
    (
        "Wages at the port were 3.8 percent higher than a year earlier.",
        "a year earlier",
        "2025-01-01",
        "year",
        None,
    ),
    # a count of years from a quarter keeps the quarter
    (
        "The guild earned 4 million crowns in the third quarter of 2025. It lost 2 million"
        " crowns a year earlier.",
        "a year earlier",
        "2024-07-01",
        "month",
        "Q3",
    ),
    (
        "The ferry line earned 4 million crowns in the second quarter of 2025. It had a loss a"
        " year ago. Fares rose from a year earlier.",
        "a year earlier",
        "2024-04-01",
        "month",
        "Q2",
    ),
]


@BOTH
@pytest.mark.parametrize(("text", "span", "date", "precision", "part"), ANCHORED_CASES)
def test_dates_counted_from_another_date(
    make_parsed: MakeParsed,
    model: bool,
    text: str,
    span: str,
    date: str,
    precision: str,
    part: str | None,
) -> None:
    t = only(times_of(make_parsed, text, model), span)
    assert (t.date, t.precision, t.part_of_day, t.kind) == (d(date), precision, part, "date")


@BOTH
def test_a_year_ago_after_a_quarter_is_that_quarter(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "The mill earned 3 million crowns in the first quarter of 2025. It lost money a year ago."
    )
    t = only(times_of(make_parsed, text, model), "a year ago")
    assert (t.date, t.precision, t.part_of_day) == (d("2024-01-01"), "month", "Q1")


@BOTH
def test_a_year_ago_alone_is_still_the_year(make_parsed: MakeParsed, model: bool) -> None:
    t = only(times_of(make_parsed, "The bridge was painted a year ago.", model), "a year ago")
    assert (t.date, t.precision, t.part_of_day) == (d("2025-01-01"), "year", None)


@BOTH
def test_the_year_earlier_quarter_needs_a_quarter(make_parsed: MakeParsed, model: bool) -> None:
    text = "Sales rose in the fourth quarter of 2025 from the year-earlier quarter."
    t = only(times_of(make_parsed, text, model), "the year-earlier quarter")
    assert (t.date, t.part_of_day) == (d("2024-10-01"), "Q4")
    alone = times_of(make_parsed, "Sales rose from the year-earlier period.", model)
    assert alone == []


@BOTH
@pytest.mark.parametrize(
    "text",
    [
        "The bridge reopened two days after the flood.",  # counted from the flood
        "The mill closed three weeks later.",  # weeks are not counted
        "A week later the ferry ran again.",
        "The guild met and the following year nothing changed.",  # nothing to count from
        "The quay was rebuilt two years later.",
        "The ferry ran the year before last.",
    ],
)
def test_counts_with_nothing_to_count_from_are_left_out(
    make_parsed: MakeParsed, model: bool, text: str
) -> None:
    assert [t.text for t in times_of(make_parsed, text, model) if t.kind == "date"] == []


@BOTH
def test_a_count_is_never_an_anchor(make_parsed: MakeParsed, model: bool) -> None:
    # "a year ago" and "a year earlier" both count back from the publication year
    text = "Tolls fell a year ago. Traffic rose from a year earlier."
    found = times_of(make_parsed, text, model)
    assert only(found, "a year earlier").date == dt.date(2025, 1, 1)


@BOTH
def test_a_count_before_a_clause_is_left_out(make_parsed: MakeParsed, model: bool) -> None:
    text = "On Monday the guild met. The mayor quit a day after it emerged he had lied."
    assert [t.text for t in times_of(make_parsed, text, model)] == ["Monday"]
