"""Timeline: events grouped by date and sentence, datelines left out, date conflicts."""

from __future__ import annotations

import datetime as dt

from crosswire.analyze.sentences import split_sentences
from crosswire.link.timeline import build_timeline
from crosswire.model import Analysis, Article, Sentence, TimeExpression


def _art(
    text: str, dated: list[tuple[str, dt.date]], part: str | None = None
) -> tuple[Article, Analysis]:
    a = Article.create(text, "t", published=dt.date(2026, 3, 10))
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
    times = []
    for needle, date in dated:
        s = text.index(needle)
        times.append(
            TimeExpression(a.id, s, s + len(needle), needle, date, part_of_day=part, relative=True)
        )
    return a, Analysis(a.id, sentences=sents, times=tuple(times))


SUN, MON, TUE = dt.date(2026, 3, 8), dt.date(2026, 3, 9), dt.date(2026, 3, 10)


def _timeline(*items: tuple[Article, Analysis]):  # type: ignore[no-untyped-def]
    return build_timeline({a.id: a for a, _ in items}, [an for _, an in items])


def test_one_off_event_dated_differently_is_a_conflict() -> None:
    a = _art(
        "The group's video was posted on its Telegram channel late Sunday.", [("late Sunday", SUN)]
    )
    b = _art("The group released the video on Monday, showing the raid.", [("Monday", MON)])
    items = _timeline(a, b)
    assert len(items) == 2 and all(i.conflict for i in items)
    assert "2026-03-09" in items[0].description


def test_a_sequence_of_days_is_not_a_conflict() -> None:
    a = _art("Residents said black smoke hung over the town on Monday.", [("Monday", MON)])
    b = _art("Residents said the smell still hung over the town on Tuesday.", [("Tuesday", TUE)])
    assert not any(i.conflict for i in _timeline(a, b))


def test_an_article_giving_both_dates_is_telling_a_sequence() -> None:
    a = _art(
        "The video was posted late Sunday. A second video was posted on Monday.",
        [("late Sunday", SUN), ("Monday", MON)],
    )
    b = _art("The group released the video on Monday.", [("Monday", MON)])
    assert not any(i.conflict for i in _timeline(a, b))


def test_same_event_same_date_is_one_item_with_every_source() -> None:
    a = _art("The video was posted on the group's channel late Sunday.", [("late Sunday", SUN)])
    b = _art("The video appeared on the group's channel on Sunday night.", [("Sunday night", SUN)])
    (item,) = _timeline(a, b)
    assert {s.article for s in item.sources} == {a[0].id, b[0].id}
    assert not item.conflict


def test_a_week_is_not_its_monday_and_never_conflicts() -> None:
    """ "last week" is dated by its Monday (2 March, ``part_of_day="week"``): a video
    posted "last week" and one posted "last Tuesday" (3 March) do not disagree, and
    "last week" is not one event with "on Monday" (2 March)."""
    last_monday, last_tuesday = MON - dt.timedelta(days=7), TUE - dt.timedelta(days=7)
    week = _art(
        "The group's video was posted last week on its channel.",
        [("last week", last_monday)],
        part="week",
    )
    tuesday = _art(
        "The group posted the video on its channel last Tuesday.",
        [("last Tuesday", last_tuesday)],
    )
    monday = _art(
        "The group's video was posted on its channel on Monday.", [("Monday", last_monday)]
    )
    items = _timeline(week, tuesday)
    assert len(items) == 2 and not any(i.conflict for i in items)
    items = _timeline(week, monday)
    assert len(items) == 2 and not any(i.conflict for i in items)
    # the same two dates without the week qualifier: one event, dated the same
    plain = _art(
        "The group's video was posted last week on its channel.", [("last week", last_monday)]
    )
    (item,) = _timeline(plain, monday)
    assert {s.article for s in item.sources} == {plain[0].id, monday[0].id}


def test_datelines_are_not_events() -> None:
    a = _art(
        "BELLMOUTH, 10 March 2026 — The council voted on Monday.",
        [("10 March 2026", TUE), ("Monday", MON)],
    )
    items = _timeline(a)
    assert [i.date for i in items] == [MON]


def _years(text: str, needle: str, year: int) -> tuple[Article, Analysis]:
    a = Article.create(text, "t", published=dt.date(2026, 3, 10))
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
    s = text.index(needle)
    t = TimeExpression(a.id, s, s + len(needle), needle, dt.date(year, 1, 1), precision="year")
    return a, Analysis(a.id, sentences=sents, times=(t,))


def test_a_tenure_dated_a_year_apart_is_a_conflict() -> None:
    a = _years("Ada Marsh has chaired the harbour board since 2011.", "since 2011", 2011)
    b = _years("Ada Marsh has chaired the harbour board since 2012.", "since 2012", 2012)
    items = _timeline(a, b)
    assert len(items) == 2 and all(i.conflict for i in items)


def test_years_introduced_differently_do_not_conflict() -> None:
    a = _years("Ada Marsh has chaired the harbour board since 2011.", "since 2011", 2011)
    b = _years("Ada Marsh chaired the harbour board in 2012.", "in 2012", 2012)
    assert not any(i.conflict for i in _timeline(a, b))


def test_durations_sets_and_the_present_never_reach_the_timeline() -> None:
    text = (
        "The video was posted on Monday after three weeks of talks; "
        "the channel currently posts daily."
    )
    a = Article.create(text, "t", published=dt.date(2026, 3, 10))
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))

    def at(needle: str, **kw: object) -> TimeExpression:
        s = text.index(needle)
        return TimeExpression(a.id, s, s + len(needle), needle, **kw)  # type: ignore[arg-type]

    times = (
        at("Monday", date=MON, relative=True),
        at("three weeks", date=None, kind="duration", duration="P3W"),
        at("currently", date=None, kind="ref", part_of_day="present"),
        at("daily", date=None, kind="set", duration="P1D"),
    )
    (item,) = _timeline((a, Analysis(a.id, sentences=sents, times=times)))
    assert [s.text for s in item.sources] == ["Monday"]


def test_a_season_or_quarter_never_conflicts_with_a_day_inside_it() -> None:
    """ "last fall" (1 September 2025, ``part_of_day="fall"``) holds the day another
    outlet gives; it is an event of its own, not a disagreement."""
    sept_2 = dt.date(2025, 9, 2)
    fall = _art(
        "The group's video was posted last fall on its channel.",
        [("last fall", dt.date(2025, 9, 1))],
        part="fall",
    )
    day = _art("The group posted the video on its channel on Sept. 2.", [("Sept. 2", sept_2)])
    items = _timeline(fall, day)
    assert len(items) == 2 and not any(i.conflict for i in items)


def test_a_decade_is_not_its_first_year() -> None:
    """ "the 1990s" (1990, ``part_of_day="decade"``) is an event of its own, not one
    with "in 1990" in the same words."""
    text = "Ada Marsh chaired the harbour board in the 1990s."
    a = Article.create(text, "t", published=dt.date(2026, 3, 10))
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
    s = text.index("1990s")
    t = TimeExpression(a.id, s, s + 5, "1990s", dt.date(1990, 1, 1), "year", "decade")
    decade = (a, Analysis(a.id, sentences=sents, times=(t,)))
    year = _years("Ada Marsh chaired the harbour board in 1990.", "1990", 1990)
    assert len(_timeline(decade, year)) == 2
