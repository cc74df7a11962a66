"""Holidays whose date follows from the year (``time_holidays``).

All sentences are fictional; the reference date is Tuesday 10 March 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest
from parse_modes import BOTH, MakeParsed
from test_times import d, only, times_of

from crosswire.analyze.time_holidays import HOLIDAYS, holiday_date


@pytest.mark.parametrize(
    ("name", "year", "date"),
    [
        ("thanksgiving", 1999, "1999-11-25"),
        ("thanksgiving", 2025, "2025-11-27"),
        ("memorial day", 2026, "2026-05-25"),  # the last Monday of May
        ("labor day", 2025, "2025-09-01"),
        ("martin luther king day", 2026, "2026-01-19"),
        ("christmas eve", 2025, "2025-12-24"),
        ("the fourth of july", 2026, "2026-07-04"),
    ],
)
def test_holiday_dates(name: str, year: int, date: str) -> None:
    assert holiday_date(name, year) == d(date)


def test_every_holiday_has_a_date_in_each_year() -> None:
    for name in HOLIDAYS:
        for year in range(1990, 2031):
            assert holiday_date(name, year).year == year


HOLIDAY_CASES = [
    # (sentence, span, date)
    ("The boy was found on Thanksgiving Day after the ferry sank.", "Thanksgiving Day",
     "2025-11-27"),
    ("The crane fell last Christmas.", "last Christmas", "2025-12-25"),
    ("The toll bridge opened on Labor Day 2019.", "Labor Day 2019", "2019-09-02"),
    ("The guild will reopen the quay by Independence Day.", "Independence Day", "2026-07-04"),
    ("On Christmas Eve, the lamps of the harbour were lit.", "Christmas Eve", "2025-12-24"),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(("sentence", "span", "date"), HOLIDAY_CASES)
def test_holidays_are_dated(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, date: str
) -> None:
    t = only(times_of(make_parsed, sentence, model), span)
    assert (t.date, t.precision, t.kind) == (d(date), "day", "date")


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "Christmas shopping at the quay slowed.",  # a kind of thing
        "The Memorial Day weekend drew crowds.",
        "Velmora's Independence Day parade was cancelled.",  # another country's day
        "Crowds marked the Velmoran Independence Day with songs.",
        "The market sold Easter eggs.",  # moveable feasts are not computed
    ],
)
def test_not_holiday_dates(make_parsed: MakeParsed, model: bool, sentence: str) -> None:
    assert [t.text for t in times_of(make_parsed, sentence, model) if t.kind == "date"] == []


def test_without_a_publication_date_only_a_year_resolves(make_parsed: MakeParsed) -> None:
    found = times_of(make_parsed, "It opened on Christmas Day 2020 and on Halloween.", False, None)
    assert [(t.text, t.date) for t in found] == [
        ("Christmas Day 2020", dt.date(2020, 12, 25)),
        ("Halloween", None),
    ]
