"""Datelines and date parsing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.ingest.dates import (
    date_stamp,
    find_dateline,
    infer_date,
    parse_date,
    url_date,
    wire_dateline,
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2026-03-10", dt.date(2026, 3, 10)),
        ("2026-03-10T08:15:00+02:00", dt.date(2026, 3, 10)),
        ("March 9, 2026", dt.date(2026, 3, 9)),
        ("9 March 2026", dt.date(2026, 3, 9)),
        ("Tue, 10 Mar 2026 09:00", dt.date(2026, 3, 10)),
        ("13/03/2026", dt.date(2026, 3, 13)),
        ("03/13/2026", dt.date(2026, 3, 13)),
        ("03/04/2026", None),
        ("February 30, 2026", None),
        ("0000-01-01", None),
        ("no date here", None),
    ],
)
def test_parse_date(text: str, date: dt.date | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("PORT SARAB, March 9, 2026 (MPA) — The fire ...", dt.date(2026, 3, 9)),
        ("By Jane Doe | March 10, 2026\n\nThe fire ...", dt.date(2026, 3, 10)),
        ("Updated 10 March 2026\nThe fire ...", dt.date(2026, 3, 10)),
        ("PORT SARAB, March 9 (MPA) — no year, so no date", None),
        ("Published time: March 10, 2026 02: 03\nThe fire ...", dt.date(2026, 3, 10)),
        ("on Tuesday, 10 March 2026 13: 45.\nThe fire ...", dt.date(2026, 3, 10)),
        # a short sentence of the story is no dateline: a birth date is not the page's date
        ("The mayor was born on April 22, 1961, in Sarab.\n\nShe ...", None),
        (
            "The council said that the barrier, first proposed on 9 March 2021 after the floods, "
            "would be finished within two years of the vote.",
            None,
        ),
    ],
)
def test_find_dateline(text: str, date: dt.date | None) -> None:
    assert find_dateline(text) == date


def test_infer_date_needs_exactly_one_full_date() -> None:
    assert infer_date("It happened on Sunday, 8 March 2026, officials said.") == dt.date(2026, 3, 8)
    assert infer_date("Between Sunday, 8 March 2026 and Monday, 9 March 2026.") is None
    assert infer_date("It happened on Monday.") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # stamps and the weekday-dated day of the story's own event
        ("Posted in Harbour News on 9 March 2026\n\nThe depot burned.", dt.date(2026, 3, 9)),
        ("Filed March 9, 2026 at 8:20 AM\n\nThe depot burned.", dt.date(2026, 3, 9)),
        ("The depot burned on Monday, March 9, 2026, the council said.", dt.date(2026, 3, 9)),
        ("Figures are as of 9 March 2026.", dt.date(2026, 3, 9)),
        # an earlier event's day: the article is about what followed
        ("Voss was jailed on Saturday for the fire he set on March 9, 2024, at the depot.", None),
        ("The March 9, 2024, fire left two dead, and the trial ended on Friday.", None),
        # a day ahead, even with its weekday
        ("The ferry terminal is scheduled to open March 9, 2027.", None),
        ("Lund will chair the hearing on Tuesday, March 9, 2027, officials said.", None),
        # a photo's or an embedded post's date
        ("Crews at the depot on Oct. 29, 2025. The depot burned last week.", None),
        ("Cleanup continues — Ada Lund (@adalund) December 18, 2025", None),
    ],
)
def test_a_lone_date_dates_the_article_only_when_told_as_its_day(
    text: str, date: dt.date | None
) -> None:
    # a lone full date had dated the article whatever it was: sentencing reports took
    # the crime's day (2005), a preview the premiere ahead, a page a photo's or a
    # tweet's date, and every relative date of the article followed it
    assert infer_date(text) == date


@given(st.text(max_size=300))
def test_date_functions_never_raise(text: str) -> None:
    for fn in (parse_date, find_dateline, infer_date, url_date):
        d = fn(text)
        assert d is None or 1900 <= d.year <= 2100


@pytest.mark.parametrize(
    ("text", "url", "date"),
    [
        # the year from the URL
        (
            "WASHINGTON, April 29 (UPI) — The harbour board met.",
            "https://example.org/news/2019/04/29/harbour-board/",
            dt.date(2019, 4, 29),
        ),
        (
            "PORT SARAB, March 9 — The fire.",
            "https://x.example/fire-20260309-1",
            dt.date(2026, 3, 9),
        ),
        # ... or from the story's own full date in the month before the dateline
        (
            "PORT SARAB, March 9 (MPA) — The depot, hit on March 7, 2026, burned for days.",
            None,
            dt.date(2026, 3, 9),
        ),
        # a full date long before the dateline lends no year; nor does nothing at all
        ("PORT SARAB, March 9 (MPA) — The depot, built on June 1, 1990, burned.", None, None),
        ("PORT SARAB, March 9 (MPA) — The depot burned.", None, None),
        # not a dateline: no city in capitals, or a sentence
        ("Velmora, March 9 (MPA) — The depot burned.", "https://x.example/2026/03/", None),
        ("The depot burned on March 9 — the second fire.", "https://x.example/2026/03/", None),
    ],
)
def test_wire_dateline_takes_its_year_from_the_url_or_the_story(
    text: str, url: str | None, date: dt.date | None
) -> None:
    found = wire_dateline(text, url)
    assert (found.date if found else None) == date
    assert found is None or found.year_inferred


def test_a_birth_date_is_not_the_articles_date() -> None:
    text = "The singer died on Thursday.\n\nShe was born on April 22, 1961, in Sarab.\n\nMore."
    assert infer_date(text) is None
    assert infer_date("Officials met on Sunday, 8 March 2026, the day after the fire.") == (
        dt.date(2026, 3, 8)
    )


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://harbour.example/news/2026/03/09/depot-fire/", dt.date(2026, 3, 9)),
        ("https://harbour.example/world/2026/mar/09/depot-fire", dt.date(2026, 3, 9)),
        ("https://harbour.example/news/2026-03-09-depot-fire_N.htm", dt.date(2026, 3, 9)),
        ("https://harbour.example/local/20260309/depot-fire", dt.date(2026, 3, 9)),
        ("https://harbour.example/s/2026/11/fire_web_2026_03_09_q.html", dt.date(2026, 3, 9)),
        # a year and month, two different dates, an impossible day, digits in the host
        # or the query: no date
        ("https://harbour.example/news/2026/03/depot-fire.html", None),
        ("https://harbour.example/2026/03/09/fire-20260310", None),
        ("https://harbour.example/2026/02/30/fire", None),
        ("https://20260309.example/fire", None),
        ("https://harbour.example/fire?id=20260309", None),
        ("https://harbour.example/fire-1.4934897", None),
        ("ecbplus-dev.jsonl", None),
        (None, None),
    ],
)
def test_url_date_reads_the_full_date_a_site_writes_in_its_addresses(
    url: str | None, date: dt.date | None
) -> None:
    assert url_date(url) == date


def test_the_day_a_copy_was_saved_is_no_publication_date() -> None:
    # a crawl stamp: the page was a year and 160 days old when saved
    text = "Posted 1 year, 160 days ago [ downloaded on 2 October 2025 ]\n\nThe pier closed."
    assert find_dateline(text) is None
    assert infer_date(text) is None
    assert date_stamp("Posted 1 year, 160 days ago [ downloaded on 2 October 2025 ]")
