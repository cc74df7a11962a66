"""Dates counted from another date of the text (``time_anchors``).

Every case runs with the spaCy parse and without one.  All sentences are
fictional; the reference date is Tuesday 10 March 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest
from parse_modes import BOTH, MakeParsed
from test_times import d, is_date, only, times_of

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


NAMED_DAY_CASES = [
    # (text, span, date, precision, part_of_day); published Tuesday 10 March 2026
    (
        "The quay flooded on Monday, March 2, and the crews returned the next day.",
        "the next day",
        "2026-03-03",
        "day",
        None,
    ),
    (
        "The ferry sank on Friday. The following morning, divers reached it.",
        "The following morning",
        "2026-03-07",
        "day",
        "morning",
    ),
    (
        "The mill burned on Feb. 20 and the owner was arrested that night.",
        "that night",
        "2026-02-20",
        "day",
        "night",
    ),
    (
        "The guild met on Sunday; the same day, the mayor resigned.",
        "the same day",
        "2026-03-08",
        "day",
        None,
    ),
    (
        "The dam failed on Feb. 12. The previous day, engineers had warned of cracks.",
        "The previous day",
        "2026-02-11",
        "day",
        None,
    ),
    # nothing to count from: the day before the publication date
    ("Engineers had warned of cracks the previous day.", "the previous day", "2026-03-09", "day",
     None),
    ("The mill closed on Feb. 2 and reopened two weeks later.", "two weeks later", "2026-02-16",
     "day", None),
    ("The toll was cut in 2019, and later that year the bridge closed.", "later that year",
     "2019-01-01", "year", None),
    # a week after a day: the Monday of the next week
    ("The quay reopened on May 5, 2021. The following week, it flooded.", "The following week",
     "2021-05-10", "day", "week"),
    # a period of the anchor's year, or of the publication year
    ("Sales rose in 2019, and by the end of the year the mill was full.", "the end of the year",
     "2019-01-01", "year", "late"),
    ("The guild hopes to finish the quay by year-end.", "year-end", "2026-01-01", "year",
     "late"),
    ("The rebels struck the depot earlier in the day.", "earlier in the day", "2026-03-10", "day",
     None),
    ("Traffic fell at the beginning of the month.", "the beginning of the month", "2026-03-01",
     "month", "early"),
    # the quarter before a quarter named
    (
        "The mill earned 3 million crowns in the third quarter of 2025, up from the previous"
        " quarter.",
        "the previous quarter",
        "2025-04-01",
        "month",
        "Q2",
    ),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(
    ("text", "span", "date", "precision", "part"), ANCHORED_CASES + NAMED_DAY_CASES
)
def test_dates_counted_from_another_date(
    make_parsed: MakeParsed,
    model: bool,
    text: str,
    span: str,
    date: str,
    precision: str,
    part: str | None,
) -> None:
    is_date(times_of(make_parsed, text, model), span, date, precision, part)


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
        "The mill closed three weeks later.",
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


@BOTH
def test_the_end_of_the_year_said_in_the_past_in_january_is_last_year(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = "At the end of the year, the port was busier than ever."
    t = only(times_of(make_parsed, text, model, d("2026-01-20")), "the end of the year")
    assert t.date == (d("2025-01-01") if model else d("2026-01-01"))  # the past needs a parse
    text = "By the end of the year, the port will be busier than ever."
    t = only(times_of(make_parsed, text, model, d("2026-01-20")), "the end of the year")
    assert t.date == d("2026-01-01")


@BOTH
@pytest.mark.parametrize(
    "text",
    [
        "Profit at the mill rose from the prior quarter.",  # no quarter to count from
        "The ferry will leave, and the next day is a holiday.",  # nothing to count from
        "He said that day labourers were paid less.",
    ],
)
def test_named_counts_with_nothing_to_count_from_are_left_out(
    make_parsed: MakeParsed, model: bool, text: str
) -> None:
    assert [t.text for t in times_of(make_parsed, text, model) if t.kind == "date"] == []


@BOTH
def test_the_previous_day_is_never_an_anchor(make_parsed: MakeParsed, model: bool) -> None:
    text = "The quay flooded on Feb. 12; the previous day, crews had left, and two days later they returned."
    t = only(times_of(make_parsed, text, model), "two days later")
    assert t.date == d("2026-02-14")


@pytest.mark.model
def test_earlier_in_the_day_takes_the_day_written_right_after_it(
    make_parsed: MakeParsed,
) -> None:
    # "Earlier in the day on Saturday, Santorum had also said ...", after a sentence on
    # his Sunday interview: Saturday, not the Sunday before it
    text = "Vane spoke on the radio on Sunday. Earlier in the day on Saturday, Vane had toured the pier."
    found = times_of(make_parsed, text, True, dt.date(2026, 3, 9))
    t = only(found, "Earlier in the day")
    assert t.date == dt.date(2026, 3, 7)
