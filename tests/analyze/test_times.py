"""Time expressions: finding the phrase and resolving it against the publication date.

The finder reads the text alone, so every case runs with the spaCy parse
(marked ``model``) and without one, and both must agree.  All sentences are
fictional; the reference date of most cases is Tuesday 10 March 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest
from parse_modes import BOTH, MakeParsed

from crosswire.analyze.times import find_times
from crosswire.model import TimeExpression

TUE = dt.date(2026, 3, 10)  # a Tuesday


def times_of(
    make_parsed: MakeParsed, text: str, model: bool, published: dt.date | None = TUE
) -> list[TimeExpression]:
    parsed = make_parsed(text, published=published, model=model)
    found = find_times(parsed)
    for t in found:
        assert t.article == parsed.article.id
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start : t.end]
        assert t.reference == (published if t.relative else None)
    return found


def only(found: list[TimeExpression], span: str) -> TimeExpression:
    hits = [t for t in found if t.text == span]
    assert len(hits) == 1, [t.text for t in found]
    return hits[0]


def is_date(
    found: list[TimeExpression], span: str, date: str, precision: str, part: str | None
) -> None:
    """The one ``span`` of ``found`` is a date: ``date`` (ISO), ``precision``, ``part``."""
    t = only(found, span)
    assert (t.date, t.precision, t.part_of_day, t.kind) == (d(date), precision, part, "date")


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# -------------------------------------------------------------------- weekdays

WEEKDAY_CASES = [
    # (sentence, span, date, part_of_day)
    (
        "The depot was attacked on Sunday night, officials said.",
        "Sunday night",
        "2026-03-08",
        "night",
    ),
    ("The council voted late Monday to fund the wall.", "late Monday", "2026-03-09", "late"),
    ("Firefighters arrived early Tuesday.", "early Tuesday", "2026-03-10", "early"),
    ("Monday morning brought a second blast.", "Monday morning", "2026-03-09", "morning"),
    ("Residents were warned on Friday to leave.", "Friday", "2026-03-06", None),
    ("The strike ended on Saturday evening.", "Saturday evening", "2026-03-07", "evening"),
    ("Boats were seen on Wednesday afternoon.", "Wednesday afternoon", "2026-03-04", "afternoon"),
    ("The vote came late Monday night.", "late Monday night", "2026-03-09", "late night"),
    ("The fire spread late on Sunday.", "late on Sunday", "2026-03-08", "late"),
    ("Crews left the harbour on Tuesday.", "Tuesday", "2026-03-10", None),
    ("The minister resigned last Tuesday.", "last Tuesday", "2026-03-03", None),
    ("Sunday's attack killed four guards.", "Sunday", "2026-03-08", None),
    (
        "The depot burned in the early hours of Monday, police said.",
        "the early hours of Monday",
        "2026-03-09",
        "early hours",
    ),
    (
        "Shots rang out in the small hours of Sunday morning.",
        "the small hours of Sunday morning",
        "2026-03-08",
        "early hours",
    ),
]


@BOTH
@pytest.mark.parametrize(("sentence", "span", "date", "part"), WEEKDAY_CASES)
def test_a_weekday_is_the_most_recent_one_on_or_before_publication(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, date: str, part: str | None
) -> None:
    t = only(times_of(make_parsed, sentence, model), span)
    assert (t.date, t.precision, t.part_of_day) == (d(date), "day", part)
    assert t.relative is True


@BOTH
def test_the_span_leaves_out_the_preposition(make_parsed: MakeParsed, model: bool) -> None:
    text = "Guards were shot on Sunday night."
    (t,) = times_of(make_parsed, text, model)
    assert t.text == "Sunday night"
    assert text[t.start - 3 : t.start] == "on "


@BOTH
def test_the_publication_weekday_is_that_day_in_any_week(
    make_parsed: MakeParsed, model: bool
) -> None:
    for published in (d("2026-03-10"), d("2026-12-29"), d("2027-01-05")):
        (t,) = times_of(make_parsed, "Crews returned on Tuesday.", model, published)
        assert t.date == published


@BOTH
@pytest.mark.parametrize(
    ("sentence", "span", "date"),
    [
        ("Talks resume next Friday.", "next Friday", "2026-03-13"),
        ("Talks resume this coming Friday.", "this coming Friday", "2026-03-13"),
        ("The hearing was adjourned until next Tuesday.", "next Tuesday", "2026-03-17"),
        ("The council will meet on Friday to decide.", "Friday", "2026-03-13"),
        ("The minister is due to visit the port on Thursday.", "Thursday", "2026-03-12"),
        ("The hearing is scheduled for Friday.", "Friday", "2026-03-13"),
    ],
)
def test_future_cues_give_the_next_such_day(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, date: str
) -> None:
    t = only(times_of(make_parsed, sentence, model), span)
    assert t.date == d(date)


@BOTH
def test_this_weekday_is_the_day_of_the_publication_week(
    make_parsed: MakeParsed, model: bool
) -> None:
    found = times_of(make_parsed, "The pier reopens this Thursday.", model)
    assert only(found, "this Thursday").date == d("2026-03-12")
    found = times_of(make_parsed, "The pier reopened this Monday.", model)
    assert only(found, "this Monday").date == d("2026-03-09")


@BOTH
def test_a_future_cue_does_not_leak_past_a_quote(make_parsed: MakeParsed, model: bool) -> None:
    found = times_of(make_parsed, '"We will strike again," the group said on Sunday.', model)
    assert only(found, "Sunday").date == d("2026-03-08")


@BOTH
def test_a_future_cue_does_not_leak_past_a_reporting_verb(
    make_parsed: MakeParsed, model: bool
) -> None:
    found = times_of(make_parsed, "Talks will resume next Friday, officials said on Monday.", model)
    assert only(found, "next Friday").date == d("2026-03-13")
    assert only(found, "Monday").date == d("2026-03-09")
    text = "The group will hold a rally on Sunday, organisers said on Monday."
    found = times_of(make_parsed, text, model)
    assert only(found, "Sunday").date == d("2026-03-15")
    assert only(found, "Monday").date == d("2026-03-09")


@BOTH
def test_a_future_cue_after_the_reporting_verb_still_counts(
    make_parsed: MakeParsed, model: bool
) -> None:
    found = times_of(make_parsed, "Officials said the council will meet on Friday.", model)
    assert only(found, "Friday").date == d("2026-03-13")


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "The Sunday Times reported it first.",
        "Good Friday prayers were cancelled in Velmora.",
        "The market in Port Ilsen opens on Mondays.",
        "The ferry to Karsk sails every Friday.",
    ],
)
def test_named_days_and_habits_are_not_dates(
    make_parsed: MakeParsed, model: bool, sentence: str
) -> None:
    assert times_of(make_parsed, sentence, model) == []


# -------------------------------------------------------------------- relative days and periods

RELATIVE_CASES = [
    # (sentence, span, date, precision, part_of_day)
    ("The figures were released yesterday.", "yesterday", "2026-03-09", "day", None),
    ("The port is closed today.", "today", "2026-03-10", "day", None),
    ("Crews will work tonight.", "tonight", "2026-03-10", "day", "night"),
    ("Shots were heard last night.", "last night", "2026-03-09", "day", "night"),
    ("The ferry sails tomorrow.", "tomorrow", "2026-03-11", "day", None),
    ("Police met residents this morning.", "this morning", "2026-03-10", "day", "morning"),
    ("The tanks burned two days ago.", "two days ago", "2026-03-08", "day", None),
    ("The tanks burned 10 days ago.", "10 days ago", "2026-02-28", "day", None),
    ("It started the day before yesterday.", "the day before yesterday", "2026-03-08", "day", None),
    ("The boats were moved last week.", "last week", "2026-03-02", "day", "week"),
    ("Repairs began earlier this week.", "earlier this week", "2026-03-09", "day", "week"),
    ("The hearing is next week.", "next week", "2026-03-16", "day", "week"),
    ("The storm hit last month.", "last month", "2026-02-01", "month", None),
    ("Prices rose earlier this month.", "earlier this month", "2026-03-01", "month", None),
    ("The group formed last year.", "last year", "2025-01-01", "year", None),
    ("The tanks burned eight days ago.", "eight days ago", "2026-03-02", "day", None),
    ("Two days ago the tanks burned.", "Two days ago", "2026-03-08", "day", None),
    # N weeks ago: the Monday of that week, as "last week"
    ("The boats were moved a week ago.", "a week ago", "2026-03-02", "day", "week"),
    ("The boats were moved two weeks ago.", "two weeks ago", "2026-02-23", "day", "week"),
    ("The port shut three months ago.", "three months ago", "2025-12-01", "month", None),
    ("Three months ago the port shut.", "Three months ago", "2025-12-01", "month", None),
    ("The group formed a year ago.", "a year ago", "2025-01-01", "year", None),
    ("The group formed 12 years ago.", "12 years ago", "2014-01-01", "year", None),
    # weekends: their Saturday
    ("Shots were fired over the weekend.", "over the weekend", "2026-03-07", "day", "weekend"),
    ("Crowds gathered last weekend.", "last weekend", "2026-03-07", "day", "weekend"),
    ("The vote is due this weekend.", "this weekend", "2026-03-14", "day", "weekend"),
    ("Talks will resume over the weekend.", "over the weekend", "2026-03-14", "day", "weekend"),
    ("The final is next weekend.", "next weekend", "2026-03-21", "day", "weekend"),
]


@BOTH
@pytest.mark.parametrize(("sentence", "span", "date", "precision", "part"), RELATIVE_CASES)
def test_relative_days_and_periods(
    make_parsed: MakeParsed,
    model: bool,
    sentence: str,
    span: str,
    date: str,
    precision: str,
    part: str | None,
) -> None:
    t = only(times_of(make_parsed, sentence, model), span)
    assert (t.date, t.precision, t.part_of_day) == (d(date), precision, part)
    assert t.relative is True


@BOTH
def test_relative_expressions_cross_the_year_boundary(make_parsed: MakeParsed, model: bool) -> None:
    new_year = d("2026-01-01")
    (t,) = times_of(make_parsed, "The ferry sank yesterday.", model, new_year)
    assert t.date == d("2025-12-31")
    (t,) = times_of(make_parsed, "The ferry sank two days ago.", model, new_year)
    assert t.date == d("2025-12-30")
    (t,) = times_of(make_parsed, "The storm hit last month.", model, d("2026-01-15"))
    assert (t.date, t.precision) == (d("2025-12-01"), "month")
    (t,) = times_of(make_parsed, "The boats were moved last week.", model, new_year)
    assert t.date == d("2025-12-22")  # the Monday that starts the previous week


@BOTH
@pytest.mark.parametrize(
    ("published", "span", "date"),
    [
        ("2026-03-14", "over the weekend", "2026-03-14"),  # a Saturday: this weekend
        ("2026-03-15", "over the weekend", "2026-03-14"),  # a Sunday: yesterday's Saturday
        ("2026-03-16", "over the weekend", "2026-03-14"),  # a Monday: the one just gone
        ("2026-03-15", "last weekend", "2026-03-07"),  # a Sunday: the weekend before
    ],
)
def test_a_weekend_depends_on_the_publication_weekday(
    make_parsed: MakeParsed, model: bool, published: str, span: str, date: str
) -> None:
    text = f"Shots were fired {span}, residents said."
    t = only(times_of(make_parsed, text, model, d(published)), span)
    assert (t.date, t.part_of_day) == (d(date), "weekend")


@BOTH
def test_months_ago_cross_the_year_boundary(make_parsed: MakeParsed, model: bool) -> None:
    (t,) = times_of(make_parsed, "The port shut two months ago.", model, d("2026-01-20"))
    assert (t.date, t.precision) == (d("2025-11-01"), "month")


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "The plan was debated over the weekends of March.",
        "Twenty-two days ago the tanks burned.",  # not "two days ago"
        "The team is now a weekend side.",
    ],
)
def test_near_misses_are_not_relative_periods(
    make_parsed: MakeParsed, model: bool, sentence: str
) -> None:
    assert times_of(make_parsed, sentence, model) == []


@BOTH
def test_the_day_before_an_event_is_not_a_date(make_parsed: MakeParsed, model: bool) -> None:
    assert times_of(make_parsed, "The day before the vote, residents protested.", model) == []


# -------------------------------------------------------------------- absolute dates

ABSOLUTE_CASES = [
    # (sentence, span, date, precision, relative)
    ("The talks opened on March 9 in the capital.", "March 9", "2026-03-09", "day", True),
    ("The talks opened on 9 March in the capital.", "9 March", "2026-03-09", "day", True),
    ("The talks opened on March 9, 2025, in Karsk.", "March 9, 2025", "2025-03-09", "day", False),
    ("The talks opened on March 9th, 2025.", "March 9th, 2025", "2025-03-09", "day", False),
    ("The talks opened on 9 March 2025 in Karsk.", "9 March 2025", "2025-03-09", "day", False),
    ("The talks opened on Sept. 3, 2025.", "Sept. 3, 2025", "2025-09-03", "day", False),
    ("The filing is dated 2026-03-09.", "2026-03-09", "2026-03-09", "day", False),
    ("The filing is dated 13/03/2026.", "13/03/2026", "2026-03-13", "day", False),
    ("The filing is dated 03/13/2026.", "03/13/2026", "2026-03-13", "day", False),
    ("The talks opened on the 9th, officials said.", "9th", "2026-03-09", "day", True),
    ("The talks opened on the 28th, officials said.", "28th", "2026-02-28", "day", True),
    ("The talks opened on the 9th of February.", "9th of February", "2026-02-09", "day", True),
    ("The talks opened in March.", "in March", "2026-03-01", "month", True),
    ("The talks opened in April.", "in April", "2025-04-01", "month", True),
    ("The talks opened in mid-February.", "mid-February", "2026-02-01", "month", True),
    (
        "The talks opened at the end of February.",
        "the end of February",
        "2026-02-01",
        "month",
        True,
    ),
    (
        "The ferry sank at the start of January.",
        "the start of January",
        "2026-01-01",
        "month",
        True,
    ),
    ("The talks opened in March 2019.", "in March 2019", "2019-03-01", "month", False),
    ("The group was founded in 2019.", "in 2019", "2019-01-01", "year", False),
    ("The March 9 attack killed four guards.", "March 9", "2026-03-09", "day", True),
]


@BOTH
@pytest.mark.parametrize(("sentence", "span", "date", "precision", "relative"), ABSOLUTE_CASES)
def test_absolute_dates(
    make_parsed: MakeParsed,
    model: bool,
    sentence: str,
    span: str,
    date: str,
    precision: str,
    relative: bool,
) -> None:
    t = only(times_of(make_parsed, sentence, model), span)
    assert (t.date, t.precision, t.relative) == (d(date), precision, relative)


@BOTH
def test_a_date_at_the_end_of_a_sentence_leaves_the_full_stop_out(
    make_parsed: MakeParsed, model: bool
) -> None:
    (t,) = times_of(make_parsed, "The storm hit on 30 December.", model)
    assert t.text == "30 December"
    (t,) = times_of(make_parsed, "The ferry was sold on 9 May.", model)
    assert t.text == "9 May"
    (t,) = times_of(make_parsed, "The ferry was sold on 9 Dec. The buyer is unknown.", model)
    assert (t.text, t.date) == ("9 Dec.", d("2025-12-09"))


@BOTH
def test_a_date_without_a_year_looks_back_across_new_year(
    make_parsed: MakeParsed, model: bool
) -> None:
    jan2 = d("2026-01-02")
    (t,) = times_of(make_parsed, "The storm hit on December 30.", model, jan2)
    assert t.date == d("2025-12-30")
    (t,) = times_of(make_parsed, "The storm hit on 30 December.", model, jan2)
    assert t.date == d("2025-12-30")
    (t,) = times_of(make_parsed, "The report was dated January 3.", model)
    assert t.date == d("2026-01-03")
    (t,) = times_of(make_parsed, "The permit was signed on December 30.", model)
    assert t.date == d("2025-12-30")


@BOTH
def test_a_date_without_a_year_a_few_days_ahead_is_the_coming_one(
    make_parsed: MakeParsed, model: bool
) -> None:
    (t,) = times_of(make_parsed, "The ferry sails on March 14.", model)
    assert t.date == d("2026-03-14")  # within a week of publication
    (t,) = times_of(make_parsed, "The vote is due on January 3.", model, d("2025-12-30"))
    assert t.date == d("2026-01-03")  # across new year, still within a week


@BOTH
def test_a_future_cue_makes_a_yearless_date_the_next_one(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = "The vote will be held on January 12."
    (t,) = times_of(make_parsed, text, model, d("2025-12-30"))
    assert t.date == d("2026-01-12")
    (t,) = times_of(make_parsed, "The inquiry is due to report on April 20.", model)
    assert t.date == d("2026-04-20")


@BOTH
def test_a_leap_day_without_a_year_takes_the_last_leap_year(
    make_parsed: MakeParsed, model: bool
) -> None:
    (t,) = times_of(make_parsed, "The permit expired on February 29.", model)
    assert t.date == d("2024-02-29")


@BOTH
def test_ambiguous_slashed_dates_are_skipped(make_parsed: MakeParsed, model: bool) -> None:
    assert times_of(make_parsed, "The filing is dated 03/09/2026.", model) == []


@BOTH
def test_a_dateline_date_is_read(make_parsed: MakeParsed, model: bool) -> None:
    text = "PORT SARAB, March 9 (MPA) — Gunmen attacked a fuel depot late Sunday."
    found = times_of(make_parsed, text, model)
    assert [(t.text, t.date) for t in found] == [
        ("March 9", d("2026-03-09")),
        ("late Sunday", d("2026-03-08")),
    ]
    text = "VELMORA, Monday (Wire Service) — Crews worked through the night."
    (t,) = times_of(make_parsed, text, model)
    assert (t.text, t.date) == ("Monday", d("2026-03-09"))


# -------------------------------------------------------------------- not dates

NOT_DATES = [
    "The 34-year-old was detained with two 19-year-olds.",
    "Thousands joined a protest march through the old town.",
    "Troops march past the depot each morning.",
    "Officials may close the port, and residents may leave.",
    "The blast was heard at 10 p.m.",
    "Aid reached families in 2000 homes, and rents rose by 1000 dollars.",
    "The barrier is 9 metres high and 300 metres long.",
    "The clinic on the 9th floor was evacuated.",
    # a date word inside another word: an outlet's name, a product
    "The channel VelmoraToday showed the crowd.",
    "Rallies were held amid March-style slogans in 123 Marchmont Road.",
]


@BOTH
@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(make_parsed: MakeParsed, model: bool, sentence: str) -> None:
    assert [t for t in times_of(make_parsed, sentence, model) if t.kind == "date"] == []


@BOTH
def test_impossible_dates_are_skipped(make_parsed: MakeParsed, model: bool) -> None:
    text = "It happened on February 30, on April 31, 2026, on 2026-13-45 and on 45/45/2026."
    assert times_of(make_parsed, text, model) == []


@BOTH
def test_dates_far_from_the_reference_are_skipped(make_parsed: MakeParsed, model: bool) -> None:
    assert times_of(make_parsed, "The harbour wall was built in 1066.", model) == []


# -------------------------------------------------------------------- no publication date


@BOTH
def test_without_publication_date_only_dates_with_a_year_resolve(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = "The attack came late Monday, yesterday, on March 9 and on 9 March 2026, in 2019."
    by_text = {t.text: t for t in times_of(make_parsed, text, model, None)}
    assert set(by_text) == {"late Monday", "yesterday", "March 9", "9 March 2026", "in 2019"}
    assert by_text["late Monday"].date is None
    assert by_text["late Monday"].part_of_day == "late"
    assert by_text["yesterday"].date is None
    assert by_text["March 9"].date is None
    assert by_text["9 March 2026"].date == d("2026-03-09")
    assert by_text["in 2019"].date == d("2019-01-01")


# -------------------------------------------------------------------- whole paragraph


@BOTH
def test_a_wire_paragraph(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "PORT SARAB, March 9 (MPA) — Gunmen attacked the fuel depot on Sunday night, the "
        "provincial interior ministry said on Monday morning. The Northern Crescent Brigades "
        "had warned the guards on Friday, and the fire was still burning by Monday afternoon."
    )
    found = times_of(make_parsed, text, model, d("2026-03-09"))
    assert [(t.text, t.date) for t in found] == [
        ("March 9", d("2026-03-09")),
        ("Sunday night", d("2026-03-08")),
        ("Monday morning", d("2026-03-09")),
        ("Friday", d("2026-03-06")),
        ("Monday afternoon", d("2026-03-09")),
    ]


# ------------------------------------------------------- tense from the parse

TENSE_CASES = [
    # (sentence, span, date): Tuesday 10 March 2026
    ("The envoy will visit the islands on July 13.", "July 13", "2026-07-13"),
    ("The audit is due to be published in May.", "in May", "2026-05-01"),
    ("A ruling could come as early as Friday.", "Friday", "2026-03-13"),
    ("The board will meet later Tuesday.", "later Tuesday", "2026-03-10"),
    ("The ferry vote is Thursday.", "Thursday", "2026-03-12"),
    ("A parade set for Saturday in Norbury was called off.", "Saturday", "2026-03-14"),
    # only what is still to come can be called off
    ("Pilots urged the mayor to cancel the Monday hearing.", "Monday", "2026-03-16"),
    ("Nobody asked whether the guild should postpone Friday's vote.", "Friday", "2026-03-13"),
    ("The guild cancelled Friday's vote after the storm.", "Friday", "2026-03-06"),
    ("The mayor plans to speak in Eastfold on Monday.", "Monday", "2026-03-16"),
    # a request made in the past, dated: when it was made; one still made looks ahead
    ("The caucus called on the mayor to resign late Monday.", "late Monday", "2026-03-09"),
    ("The caucus is urging the mayor to resign Friday.", "Friday", "2026-03-13"),
    ("The ferry sank on Thursday.", "Thursday", "2026-03-05"),
    ("The council extended the permit to April 20.", "April 20", "2026-04-20"),
    ("Crews have searched since the Feb. 2 flood.", "Feb. 2", "2026-02-02"),
    # a date chosen as a deadline is not when the choosing happened
    ("The guild has set March 20 as the deadline.", "March 20", "2026-03-20"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "span", "date"), TENSE_CASES)
def test_future_and_scheduled_events_resolve_forward(
    make_parsed: MakeParsed, sentence: str, span: str, date: str
) -> None:
    t = only(times_of(make_parsed, sentence, True), span)
    assert t.date == d(date)


@pytest.mark.model
def test_an_early_announcement_a_day_ahead_is_the_next_day(make_parsed: MakeParsed) -> None:
    # a Friday article; "early Saturday" where the event happened is the next day
    fri = dt.date(2026, 3, 13)
    found = times_of(make_parsed, "The ministry announced the ceasefire early Saturday.", True, fri)
    assert only(found, "early Saturday").date == d("2026-03-14")


# ------------------------------------------------------------ years and months

YEAR_CASES = [
    ("The flu wave of 2009-2010 closed schools.", "2009", "2009-01-01", "year"),
    ("The flu wave of 2009-2010 closed schools.", "2010", "2010-01-01", "year"),
    ("The 2016 harbour vote split the town.", "2016", "2016-01-01", "year"),
    ("Output fell in early 2011 after the storm.", "early 2011", "2011-01-01", "year"),
    ("Output will grow next year, the board said.", "next year", "2027-01-01", "year"),
    ("Sales rose this fiscal year.", "this fiscal year", "2026-01-01", "year"),
    ("The plant closed last May.", "last May", "2025-05-01", "month"),
    ("The pier reopened in June last year.", "in June last year", "2025-06-01", "month"),
    ("The fund was set up in January 2019.", "in January 2019", "2019-01-01", "month"),
]


@BOTH
@pytest.mark.parametrize(("sentence", "span", "date", "precision"), YEAR_CASES)
def test_years_and_relative_years(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, date: str, precision: str
) -> None:
    t = only(times_of(make_parsed, sentence, model), span)
    assert (t.date, t.precision) == (d(date), precision)


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "The mill employs 2000 workers.",
        "The fare rose to $2015 a year.",
        "She is 2016th in the queue.",
        "The rate was 1999.5 points.",
        "The story ran in USA TODAY on page two.",
    ],
)
def test_not_years_or_names_with_date_words(
    make_parsed: MakeParsed, model: bool, sentence: str
) -> None:
    texts = [t.text for t in times_of(make_parsed, sentence, model)]
    assert not any(any(ch.isdigit() for ch in x) or x.lower() == "today" for x in texts), texts


@BOTH
def test_a_weekday_before_its_date_is_not_dated_alone(make_parsed: MakeParsed, model: bool) -> None:
    found = times_of(make_parsed, "The gate shut on Friday, Feb. 20, after dark.", model)
    assert [t.text for t in found] == ["Feb. 20"]


# ------------------------------------------------ durations, sets, the present

DURATION_CASES = [
    # (sentence, span, ISO 8601 length)
    ("The talks over the canal lasted three weeks.", "three weeks", "P3W"),
    ("Engineers will inspect the dam within the next two weeks.", "the next two weeks", "P2W"),
    ("The ferry line ended a 22-month investigation on Friday.", "22-month", "P22M"),
    ("She has chaired the river board for six years.", "six years", "P6Y"),
    ("The hearing ran for nearly an hour.", "nearly an hour", "PT1H"),
    ("Prices at the depot rose over the last three months.", "the last three months", "P3M"),
    ("The mill had been closed for two decades.", "two decades", "P20Y"),
    ("The harbour board gave the crew a week to leave.", "a week", "P1W"),
    ("The guild held a day-long meeting in Velmora.", "day-long", "P1D"),
    ("Repairs will take the next few days.", "the next few days", "PXD"),
    ("Smugglers have used the pass for years.", "for years", "PXY"),
    ("Tolls on the bridge have risen in recent weeks.", "recent weeks", "PXW"),
    # two counts joined by "and", the larger unit first
    (
        "He is eligible for parole in two years and four months.",
        "two years and four months",
        "P2Y4M",
    ),
    (
        "Ambulances should arrive within eight minutes and 59 seconds.",
        "eight minutes and 59 seconds",
        "PT8M59S",
    ),
    ("The ferry crossing took two days and three hours.", "two days and three hours", "P2DT3H"),
]


@BOTH
@pytest.mark.parametrize(("sentence", "span", "value"), DURATION_CASES)
def test_durations_are_their_own_kind(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, value: str
) -> None:
    t = only(times_of(make_parsed, sentence, model), span)
    assert (t.kind, t.duration, t.date) == ("duration", value, None)


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "The ferryman, 37 years old, was rescued.",  # an age
        "The guild leader's 6-month-old son was unhurt.",  # an age
        "The bridge reopened two days after the flood.",  # a date relative to the flood
        "The mill closed three weeks later.",  # a date relative to something else
        "The depot hires 358,000 a month.",  # a rate, not a length
        "He hopes he will one day lead the guild.",  # someday
        "The guild is paying for a second brewery in Velmora.",  # the ordinal
        "The mayor won a second term in May.",  # the ordinal
        "Crews on the quay work seven days a week.",  # a rate: a recurrence
        "The quake struck at 09: 10 hours local time.",  # a clock time
    ],
)
def test_not_durations(make_parsed: MakeParsed, model: bool, sentence: str) -> None:
    assert [t.text for t in times_of(make_parsed, sentence, model) if t.kind == "duration"] == []


@BOTH
def test_a_duration_never_doubles_a_date(make_parsed: MakeParsed, model: bool) -> None:
    found = times_of(make_parsed, "The quay was flooded two years ago.", model)
    assert [(t.text, t.kind) for t in found] == [("two years ago", "date")]


@BOTH
@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value", "part"),
    [
        ("Ferries cross the strait daily.", "daily", "set", "P1D", None),
        ("Average hourly wages at the port rose.", "hourly", "set", "PT1H", None),
        ("The lamp is lit every night.", "every night", "set", "P1D", None),
        ("Crews on the quay work seven days a week.", "seven days a week", "set", "P1W", None),
        ("The depot is open 24 hours a day.", "24 hours a day", "set", "P1D", None),
        ("The guild currently has 40 members.", "currently", "ref", None, "present"),
        ("Under current market conditions the mill waits.", "current", "ref", None, "present"),
        ("The mayor recently visited the quay.", "recently", "ref", None, "past"),
        ("Tolls should fall in coming months.", "coming months", "ref", None, "future"),
        ("The quay will not reopen in the near future.", "the near future", "ref", None, "future"),
    ],
)
def test_sets_and_the_present(
    make_parsed: MakeParsed,
    model: bool,
    sentence: str,
    span: str,
    kind: str,
    value: str | None,
    part: str | None,
) -> None:
    t = only(times_of(make_parsed, sentence, model), span)
    assert (t.kind, t.duration, t.part_of_day, t.date) == (kind, value, part, None)


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "She writes for the Daily Courier.",
        "The river's current swept the boat away.",
        "The current account deficit widened.",
        "Shares were sold at the then current price.",
        "Now, the guild says, the quay is safe.",
        "The future of the quay is unclear.",  # not a time
        "Future tolls were not set.",
    ],
)
def test_not_sets_or_the_present(make_parsed: MakeParsed, model: bool, sentence: str) -> None:
    assert times_of(make_parsed, sentence, model) == []


# ------------------------------------------------ seasons, quarters, halves, decades

PERIOD_CASES = [
    # (sentence, span, date, precision, part_of_day); published Tuesday 10 March 2026
    ("Hiring at the port began last fall.", "last fall", "2025-09-01", "month", "fall"),
    ("The ferry will return this summer.", "this summer", "2026-06-01", "month", "summer"),
    ("The canal froze last winter.", "last winter", "2025-12-01", "month", "winter"),
    ("The bridge opens next spring.", "next spring", "2027-03-01", "month", "spring"),
    ("The dam was built in the summer of 2011.", "the summer of 2011", "2011-06-01", "month",
     "summer"),
    ("The mill reported lower fourth-quarter profit.", "fourth-quarter", "2025-10-01", "month",
     "Q4"),
    ("Sales fell in the first quarter of 2024.", "the first quarter of 2024", "2024-01-01",
     "month", "Q1"),
    ("The levy starts in next year's first quarter.", "next year's first quarter",
     "2027-01-01", "month", "Q1"),
    ("Tolls doubled in the second half of 2023.", "the second half of 2023", "2023-07-01",
     "month", "H2"),
    ("The mill took a charge in the latest quarter.", "the latest quarter", "2025-10-01", "month",
     "Q4"),
    ("The guild was founded in the 1990s.", "1990s", "1990-01-01", "year", "decade"),
    ("The quay was rebuilt in the late 1970s.", "late 1970s", "1970-01-01", "year",
     "late decade"),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(("sentence", "span", "date", "precision", "part"), PERIOD_CASES)
def test_seasons_quarters_halves_and_decades(
    make_parsed: MakeParsed,
    model: bool,
    sentence: str,
    span: str,
    date: str,
    precision: str,
    part: str,
) -> None:
    is_date(times_of(make_parsed, sentence, model), span, date, precision, part)


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "The fall of the old bridge killed no one.",
        "Prices may fall in the spring.",
        "The Rangers led after the third quarter, scoring twice before halftime.",
        "A quarter of the boats stayed in port.",
    ],
)
def test_not_periods(make_parsed: MakeParsed, model: bool, sentence: str) -> None:
    assert [t.text for t in times_of(make_parsed, sentence, model) if t.kind == "date"] == []


@BOTH
@pytest.mark.parametrize(
    ("sentence", "span", "date", "precision"),
    [
        # a month after "for" or with a possessive
        ("The toll figures for January were revised.", "for January", "2026-01-01", "month"),
        ("A revision to December's figures followed.", "December", "2025-12-01", "month"),
        # "since" looks back, even through a noun ("the Oct. 23 slaying")
        (
            "Police have searched for him since shortly after the Oct. 23 slaying.",
            "Oct. 23",
            "2025-10-23",
            "day",
        ),
        # the end point of a span: the nearest such day ("until 9 a.m. Wednesday")
        (
            "The port extended its deadline until 9 a.m. Wednesday.",
            "Wednesday",
            "2026-03-11",
            "day",
        ),
        # a month before its noun, after a determiner or a possessive
        ("The guild's October meeting was cancelled.", "October", "2025-10-01", "month"),
        ("Its January figures were revised.", "January", "2026-01-01", "month"),
        ("Critics said a December deadline was too tight.", "December", "2025-12-01", "month"),
    ],
)
def test_more_date_classes(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, date: str, precision: str
) -> None:
    t = only(times_of(make_parsed, sentence, model), span)
    assert (t.date, t.precision) == (d(date), precision)


# ------------------------------------------- more relative periods, months joined

MORE_RELATIVE_CASES = [
    # (sentence, span, date, precision, part_of_day); published Tuesday 10 March 2026
    ("The ferry resumes next month.", "next month", "2026-04-01", "month", None),
    ("The quay reopened a decade ago.", "a decade ago", "2016-01-01", "year", None),
    ("The pier was built three decades ago.", "three decades ago", "1996-01-01", "year", None),
    ("The ferry last ran a month or so ago.", "a month or so ago", "2026-02-01", "month", None),
    ("Fares rose sharply in the current year.", "the current year", "2026-01-01", "year", None),
    ("The guild expects a profit for the full year.", "the full year", "2026-01-01", "year",
     None),
    ("Crowds gathered this past weekend.", "this past weekend", "2026-03-07", "day", "weekend"),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(("sentence", "span", "date", "precision", "part"), MORE_RELATIVE_CASES)
def test_more_relative_periods(
    make_parsed: MakeParsed,
    model: bool,
    sentence: str,
    span: str,
    date: str,
    precision: str,
    part: str | None,
) -> None:
    is_date(times_of(make_parsed, sentence, model), span, date, precision, part)


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "Crews will work on the quay through the next week.",  # a stretch of time
        "The guild will hire 20 more hands in the next month.",
        "Sales for the full year 2024 were revised.",  # the year is written
    ],
)
def test_the_next_week_is_not_next_week(
    make_parsed: MakeParsed, model: bool, sentence: str
) -> None:
    found = [t.text for t in times_of(make_parsed, sentence, model) if t.kind == "date"]
    assert found in ([], ["2024"])


JOINED_MONTH_CASES = [
    # (sentence, [(span, date)]); published 10 March 2026, past tense
    (
        "Tolls rose in November and December.",
        [("in November", "2025-11-01"), ("December", "2025-12-01")],
    ),
    (
        "Repairs ran from July through September.",
        [("from July", "2025-07-01"), ("through September", "2025-09-01")],
    ),
    # a month earlier in the year than the first is in the next year
    (
        "Fares fell between October and February.",
        [("between October", "2025-10-01"), ("February", "2026-02-01")],
    ),
    # a year after the second month holds for the first too
    (
        "Tolls rose in January and February of last year.",
        [("in January", "2025-01-01"), ("February of last year", "2025-02-01")],
    ),
    (
        "Traffic peaked in November and December 2024.",
        [("in November", "2024-11-01"), ("December 2024", "2024-12-01")],
    ),
]


@BOTH
@pytest.mark.parametrize(("sentence", "expected"), JOINED_MONTH_CASES)
def test_a_month_joined_to_a_month_is_a_month(
    make_parsed: MakeParsed, model: bool, sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = times_of(make_parsed, sentence, model)
    got = [(t.text, t.date, t.precision) for t in found]
    assert got == [(span, d(date), "month") for span, date in expected]


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "Critics mocked the May government.",  # a prime minister's name
        "The March of the Guilds drew crowds.",  # a name
        "The guild thanked April and June for their help.",  # people
        "The harbour sign read April and June.",
    ],
)
def test_month_words_that_are_not_months(
    make_parsed: MakeParsed, model: bool, sentence: str
) -> None:
    assert times_of(make_parsed, sentence, model) == []


@BOTH
def test_a_reporting_period_ending_on_a_date_is_a_duration(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = "The ferry line earned 2 million crowns in the year ended Jan. 31."
    found = times_of(make_parsed, text, model)
    year = only(found, "the year")
    assert (year.kind, year.duration, year.date) == ("duration", "P1Y", None)
    assert only(found, "Jan. 31").date == d("2026-01-31")
    text = "For the fiscal quarter ending Dec. 31, the mill lost money."
    quarter = only(times_of(make_parsed, text, model), "the fiscal quarter")
    assert (quarter.kind, quarter.duration) == ("duration", "P3M")


@BOTH
def test_a_copyright_line_dates_no_event(make_parsed: MakeParsed, model: bool) -> None:
    text = "The harbour reopened in 2019.\n© Harbour Weekly, 2018. Copyright 2017 Vale Press."
    found = times_of(make_parsed, text, model)
    assert [t.text for t in found] == ["in 2019"]


@BOTH
def test_two_measures_joined_by_and_stay_two(make_parsed: MakeParsed, model: bool) -> None:
    sentence = "After four days and more than 30 hours of talks, the Velmora guild agreed."
    found = [(t.text, t.duration) for t in times_of(make_parsed, sentence, model)]
    assert found == [("four days", "P4D"), ("more than 30 hours", "PT30H")]


@BOTH
def test_a_model_year_before_a_vehicles_make_is_no_date(
    make_parsed: MakeParsed, model: bool
) -> None:
    sentence = "The driver of a gray 2013 Toyota Camry fled the Velmora quay in 2019."
    assert [t.text for t in times_of(make_parsed, sentence, model)] == ["in 2019"]


# ------------------------------------------------- classes from a dossier audit (ECB+)


@BOTH
def test_by_before_a_weekday_is_a_deadline_only_with_a_time_of_day(
    make_parsed: MakeParsed, model: bool
) -> None:
    wed = dt.date(2026, 3, 11)
    # "by police": the agent of a past killing, so the Saturday before
    found = times_of(
        make_parsed, "A teenager killed by police on Saturday night was buried.", model, wed
    )
    is_date(found, "Saturday night", "2026-03-07", "day", "night")
    # "by 9 a.m. Saturday": the end of a span, the nearest Saturday either way
    found = times_of(make_parsed, "The ferry must leave by 9 a.m. Saturday.", model, wed)
    is_date(found, "Saturday", "2026-03-14", "day", None)


@BOTH
def test_a_date_stamp_in_capitals_is_a_full_date(make_parsed: MakeParsed, model: bool) -> None:
    found = times_of(make_parsed, "SATURDAY, SEPTEMBER 14, 2025, 9:29 PM\n\nThe pier shut.", model)
    is_date(found, "SEPTEMBER 14, 2025", "2025-09-14", "day", None)
    assert "2025" not in [t.text for t in found]


def test_a_past_tense_tagged_as_a_participle_is_still_past(make_parsed: MakeParsed) -> None:
    # the tagger reads "rear-ended" as a participle; it has its own subject, so it is the
    # past: the June 8 before publication, not the one ahead
    found = times_of(
        make_parsed,
        "Her latest stay at Marlow Clinic comes after Vance rear-ended a truck with her "
        "Porsche on Coast Highway on June 8, and then lied to police.",
        True,
    )
    is_date(found, "June 8", "2025-06-08", "day", None)


@BOTH
def test_the_september_11_attacks_are_no_date_this_year(
    make_parsed: MakeParsed, model: bool
) -> None:
    found = times_of(
        make_parsed, "The gala was delayed twice after the September 11 attacks.", model
    )
    assert [t.text for t in found if t.kind == "date"] == []


def test_is_to_be_done_on_a_weekday_is_ahead(make_parsed: MakeParsed) -> None:
    found = times_of(
        make_parsed, "Despite the strike, the harbour bill is to be voted on Thursday.", True
    )
    is_date(found, "Thursday", "2026-03-12", "day", None)


def test_what_is_done_in_advance_of_lies_ahead(make_parsed: MakeParsed) -> None:
    # the parse hangs "on Thursday" on "signed"; "in advance of" still says it is ahead
    found = times_of(
        make_parsed,
        "The latest criticism comes in a letter released Tuesday and signed by nearly 90 "
        "faculty members and priests at Velmora, the Jesuit university in Orlin, in advance "
        "of Mr. Brel’s visit there on Thursday.",
        True,
    )
    is_date(found, "Thursday", "2026-03-12", "day", None)


def test_a_thing_from_a_weekday_is_of_that_day(make_parsed: MakeParsed) -> None:
    found = times_of(
        make_parsed,
        "But the message from Tuesday is clear: the voters want a change.",
        True,
        dt.date(2026, 3, 13),
    )
    is_date(found, "Tuesday", "2026-03-10", "day", None)


def test_a_month_and_day_take_the_year_the_article_writes_them_with(
    make_parsed: MakeParsed,
) -> None:
    # a 2027 trial report: "the June 20 shooting" was June 20, 2026 (the nearest before
    # publication), though the article had written "a June 20, 2025 shooting"
    text = (
        "Deputy Vell was killed June 24, 2025, while looking into a June 20, 2025 "
        "shooting. Orin was charged over the June 20 shooting."
    )
    found = times_of(make_parsed, text, False, published=dt.date(2027, 4, 4))
    dates = {t.text: t.date for t in found}
    assert dates["June 20"] == dt.date(2025, 6, 20)


@pytest.mark.model
def test_a_weekday_with_no_tense_is_the_one_the_article_places_ahead(
    make_parsed: MakeParsed,
) -> None:
    # a Friday article: "at Monday's summit meeting" (no tense of its own) is the
    # Monday the article's other sentences place ahead, not the Monday just past
    fri = dt.date(2026, 3, 13)
    text = (
        "Brel will meet Marr on Monday in Tessaly. Ilse Vane called Friday for Brel to "
        "raise the pier at Monday’s summit meeting."
    )
    found = times_of(make_parsed, text, True, fri)
    mondays = [t for t in found if t.text.startswith("Monday")]
    assert [t.date for t in mondays] == [dt.date(2026, 3, 16)] * 2
    # with a past Monday elsewhere, the untensed one is left as it was
    past = text.replace("Brel will meet Marr on Monday", "Brel met Marr on Monday")
    mondays = [t for t in times_of(make_parsed, past, True, fri) if t.text.startswith("Monday")]
    assert [t.date for t in mondays] == [dt.date(2026, 3, 9)] * 2


@pytest.mark.model
def test_today_after_the_world_or_a_country_is_the_present(make_parsed: MakeParsed) -> None:
    # "the atrocities happening in the world today" is no event of the publication day
    text = (
        "“Look at the wars in the world today,” Vane said today. In this country today, few agree."
    )
    found = times_of(make_parsed, text, True)
    dated = [t for t in found if t.kind == "date"]
    assert [t.start for t in dated] == [text.index("today.")]
    assert any(t.kind == "ref" and t.part_of_day == "present" for t in found)


@pytest.mark.model
def test_a_day_after_a_country_is_still_a_day(make_parsed: MakeParsed) -> None:
    # only "today" after the world or a country is the present
    found = times_of(make_parsed, "The president left the country yesterday for talks.", True)
    assert [t.text for t in found if t.kind == "date"] == ["yesterday"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a date a past sentence's noun carries is past (a hand audit of web news dated
        # "arrested in April for a March 21 phone call" next March) ...
        (
            "Okafor was arrested in April for a March 21 phone call to the Orlin office.",
            dt.date(2019, 11, 20),
            dt.date(2019, 3, 21),
        ),
        # ... unless it is only weeks ahead ("prepared for the March 21 meeting")
        (
            "The Orlin council prepared papers for the March 21 meeting on Monday.",
            dt.date(2019, 3, 12),
            dt.date(2019, 3, 21),
        ),
        # ... or much nearer ahead than behind ("agreed on a Dec. 20 deadline" in November)
        (
            "The Orlin council agreed on a Dec. 20 deadline for the harbour bill.",
            dt.date(2019, 11, 10),
            dt.date(2019, 12, 20),
        ),
        # an adjective's date looks ahead as often
        (
            "Velcor directors declared a dividend, payable Dec. 7 to holders of record.",
            dt.date(1989, 10, 27),
            dt.date(1989, 12, 7),
        ),
    ],
)
def test_a_date_a_past_sentences_noun_carries_leans_past(
    make_parsed: MakeParsed, text: str, published: dt.date, expected: dt.date
) -> None:
    span = f"{expected:%B} {expected.day}" if expected.month != 12 else f"Dec. {expected.day}"
    assert only(times_of(make_parsed, text, True, published), span).date == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "span", "expected"),
    [
        # "would" in reported speech is ahead: an announced plan ("said Tuesday it would
        # close the plant in September" in November: next September; a review found a
        # rule that read the nearer date behind put such plans in the past)
        (
            "Velcor said Tuesday it would close its Orlin plant in September.",
            dt.date(2019, 11, 20),
            "in September",
            dt.date(2020, 9, 1),
        ),
        (
            "The board said the Velcor vote would be held on June 5.",
            dt.date(2019, 11, 28),
            "June 5",
            dt.date(2020, 6, 5),
        ),
        (
            "Okafor said he would travel to Orlin on Friday.",
            dt.date(2019, 11, 30),
            "Friday",
            dt.date(2019, 12, 6),
        ),
    ],
)
def test_would_of_reported_speech_is_ahead(
    make_parsed: MakeParsed, text: str, published: dt.date, span: str, expected: dt.date
) -> None:
    assert only(times_of(make_parsed, text, True, published), span).date == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a gerund after a preposition of a past verb tells what was done before (a dossier
        # audit of web news: "pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan
        # Omar ... in March" in November was next March)
        (
            "A Velmora man pleaded guilty Monday to threatening to kill Rep. Dana Obi in "
            "March, prosecutors said.",
            "in March",
            dt.date(2019, 3, 1),
        ),
        ("He was charged with killing a harbour guard in May.", "in May", dt.date(2019, 5, 1)),
        # ... not a gerund of a verb in the present, nor of a past verb that judges no deed
        ("He looks forward to meeting her in March.", "in March", dt.date(2020, 3, 1)),
        (
            "Obi said he looked forward to meeting the Velmora premier in March.",
            "in March",
            dt.date(2020, 3, 1),
        ),
    ],
)
def test_a_gerund_of_a_past_verb_leans_past(
    make_parsed: MakeParsed, text: str, span: str, expected: dt.date
) -> None:
    assert only(times_of(make_parsed, text, True, dt.date(2019, 11, 19)), span).date == expected
