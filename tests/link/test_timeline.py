"""Timeline: events grouped by date and sentence, datelines left out, date conflicts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from crosswire.analyze.sentences import split_sentences
from crosswire.link.timeline import build_timeline, predicate
from crosswire.model import Analysis, Article, Mention, Sentence, TimeExpression


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
    """ "the 1990s" (1990, ``part_of_day="decade"``) is no dated event (an era: shown
    by its first year, dossier readers took it for the year 1990), and never one
    with "in 1990" in the same words."""
    text = "Ada Marsh chaired the harbour board in the 1990s."
    a = Article.create(text, "t", published=dt.date(2026, 3, 10))
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
    s = text.index("1990s")
    t = TimeExpression(a.id, s, s + 5, "1990s", dt.date(1990, 1, 1), "year", "decade")
    decade = (a, Analysis(a.id, sentences=sents, times=(t,)))
    year = _years("Ada Marsh chaired the harbour board in 1990.", "1990", 1990)
    items = _timeline(decade, year)
    assert [(i.date.year, [s.text for s in i.sources]) for i in items] == [(1990, ["1990"])]
    assert _timeline(decade) == []


def _dated(
    text: str, needle: str, date: dt.date, precision: str = "day", part: str | None = None
) -> tuple[Article, Analysis]:
    a = Article.create(text, "t", published=dt.date(2026, 3, 10))
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
    s = text.index(needle)
    kind: dict[str, Any] = {"precision": precision, "part_of_day": part}
    t = TimeExpression(a.id, s, s + len(needle), needle, date, **kind)
    return a, Analysis(a.id, sentences=sents, times=(t,))


def test_years_of_a_long_sentence_keep_their_lead_word() -> None:
    """A sentence longer than a description is still read whole: "from 1981" keeps its
    lead word and "to 1990" its own."""
    long = (
        "Mr. Tobin, 51, a former partner at the harbour law firm of Quill Marsh and a "
        "longtime adviser to the mayor, will be the first engineer on the board since "
        "Ada Marsh, an independent, held the chair from 1981 to 1990."
    )
    assert len(long) > 160
    other = "Tobin will be the second engineer on the board, after Ada Marsh, who served from 1982 to 1991."
    for mine, theirs in (("1981", "1982"), ("1990", "1991")):
        a = _dated(long, mine, dt.date(int(mine), 1, 1), "year")
        b = _dated(other, theirs, dt.date(int(theirs), 1, 1), "year")
        items = _timeline(a, b)
        assert len(items) == 2 and all(i.conflict for i in items)


def test_a_day_clearly_outside_a_vague_month_is_a_conflict() -> None:
    """ "mid June" (month precision) and "May 31": the day lies outside the month and far
    from its middle third; the same ballot, held, in both."""
    a = _dated(
        "Both river towns will hold their harbour ballots in mid June.",
        "mid June",
        dt.date(2026, 6, 1),
        "month",
    )
    b = _dated("The harbour ballot would be held on May 31.", "May 31", dt.date(2026, 5, 31))
    items = _timeline(a, b)
    assert len(items) == 2 and all(i.conflict for i in items)
    assert "2026-05-31" in next(i for i in items if i.precision == "month").description


def test_a_day_inside_or_near_a_vague_month_is_no_conflict() -> None:
    """A day inside the month holds no disagreement; nor does "May 31" against "early
    June", whose first days it nearly touches."""
    day = _dated("The harbour ballot would be held on May 31.", "May 31", dt.date(2026, 5, 31))
    early = _dated(
        "Both river towns will hold their harbour ballots in early June.",
        "early June",
        dt.date(2026, 6, 1),
        "month",
    )
    assert not any(i.conflict for i in _timeline(early, day))
    inside = _dated("The harbour ballot would be held on June 12.", "June 12", dt.date(2026, 6, 12))
    month = _dated(
        "Both river towns will hold their harbour ballots in mid June.",
        "mid June",
        dt.date(2026, 6, 1),
        "month",
    )
    assert not any(i.conflict for i in _timeline(month, inside))


def test_a_month_outside_a_year_with_a_like_verb_is_a_conflict() -> None:
    """ "quit earlier this month" (January 2026) and "left ... last year" (2025): one
    departure, told with verbs of one class, about the same board."""
    a = _dated(
        "Tobin joined the harbour board in 2019 and quit earlier this month to open a studio.",
        "earlier this month",
        dt.date(2026, 1, 1),
        "month",
    )
    b = _dated(
        "He left the harbour board last year to open a studio of his own.",
        "last year",
        dt.date(2025, 1, 1),
        "year",
    )
    items = _timeline(a, b)
    assert len(items) == 2 and all(i.conflict for i in items)


def test_mixed_precision_needs_one_kind_of_event() -> None:
    """Another verb ("joined" / "left"), a speech verb, or nothing shared but the verb:
    no conflict."""
    left = _dated(
        "He left the harbour board last year to open a studio of his own.",
        "last year",
        dt.date(2025, 1, 1),
        "year",
    )
    joined = _dated(
        "Tobin joined the harbour board earlier this month after a long search.",
        "earlier this month",
        dt.date(2026, 1, 1),
        "month",
    )
    assert not any(i.conflict for i in _timeline(left, joined))
    said_year = _dated(
        "Tobin said last year that the harbour board needed a new studio.",
        "last year",
        dt.date(2025, 1, 1),
        "year",
    )
    said_month = _dated(
        "Tobin said earlier this month that the harbour board needed a new studio.",
        "earlier this month",
        dt.date(2026, 1, 1),
        "month",
    )
    assert not any(i.conflict for i in _timeline(said_year, said_month))
    voted = _dated(
        "Ms. Penrose voted last year to keep him as chair of the council.",
        "last year",
        dt.date(2025, 1, 1),
        "year",
    )
    voting = _dated(
        "It delays the January 3 voting by the harbour pilots for a new treasurer.",
        "January 3",
        dt.date(2026, 1, 3),
    )
    assert not any(i.conflict for i in _timeline(voted, voting))


def test_predicate_is_the_verb_the_date_belongs_to() -> None:
    def verb(text: str, needle: str) -> str | None:
        a, an = _dated(text, needle, TUE)
        return predicate(a.text, 0, len(a.text), an.times[0])

    assert verb("The ballot would be held on May 31.", "May 31") == verb("They hold it.", "it")
    assert verb("Ada Marsh, who served from 1982 to 1991.", "1991") == "serv"
    assert verb("The mayor on Monday signed the order.", "Monday") == "sign"
    assert verb("The mayor said on Monday that it was over.", "Monday") is None
    assert verb("On Monday, the mayor was away.", "Monday") is None


def test_a_season_of_two_years_holds_the_second() -> None:
    """ "the 1994-95 season" (read as 1994) holds 1995: no conflict with "in 1995"."""
    a = _dated(
        "Tobin played on the harbour league's champion side in 1994-95.",
        "in 1994",
        dt.date(1994, 1, 1),
        "year",
    )
    b = _dated(
        "Tobin played on the harbour league's last champion side in 1995.",
        "in 1995",
        dt.date(1995, 1, 1),
        "year",
    )
    assert not any(i.conflict for i in _timeline(a, b))
    # without the season the same words are a year apart: a conflict
    c = _dated(
        "Tobin played on the harbour league's champion side in 1994.",
        "in 1994",
        dt.date(1994, 1, 1),
        "year",
    )
    assert all(i.conflict for i in _timeline(c, b))


def test_a_year_followed_by_a_count_is_no_season() -> None:
    from crosswire.link.timeline import _two_years

    text = "The floods of 2012 - 13 people died - were the worst in Veltmark."
    _, an = _dated(text, "2012", dt.date(2012, 1, 1), "year")
    assert _two_years(text, an.times[0]) is None
    spaced = "Tobin played for Veltmark in the 2012 - 13 season."
    _, an = _dated(spaced, "2012", dt.date(2012, 1, 1), "year")
    assert _two_years(spaced, an.times[0]) == "seasons"


def _day(
    text: str,
    needle: str,
    date: dt.date,
    published: dt.date = TUE,
    *,
    guessed: bool = False,
    people: tuple[str, ...] = (),
) -> tuple[Article, Analysis]:
    a = Article.create(text, "t", published=published, published_inferred=guessed)
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
    s = text.index(needle)
    t = TimeExpression(a.id, s, s + len(needle), needle, date, relative=True, reference=published)
    named = tuple(Mention(a.id, text.index(p), text.index(p) + len(p), p, "PERSON") for p in people)
    return a, Analysis(a.id, sentences=sents, times=(t,), mentions=named)


def test_a_resignation_dated_a_day_apart_is_a_conflict() -> None:
    """One-off events (a resignation, a death, an appointment) told of the same people a
    day apart disagree, framed or not."""
    a = _day("Ada Marsh resigned from the harbour board on Sunday, her office said.", "Sunday", SUN)
    b = _day("Ada Marsh resigned from the harbour board on Monday.", "Monday", MON)
    items = _timeline(a, b)
    assert len(items) == 2 and all(i.conflict for i in items)


def test_one_off_days_need_one_footing_and_one_kind_of_event() -> None:
    # relative days of reports published on different days: "Monday" / "yesterday"
    # may be one day; here they are read a day apart, and that is no evidence
    a = _day("Ada Marsh resigned from the harbour board on Sunday.", "Sunday", SUN)
    b = _day(
        "Ada Marsh resigned from the harbour board yesterday.",
        "yesterday",
        MON,
        published=dt.date(2026, 3, 11),
    )
    assert not any(i.conflict for i in _timeline(a, b))
    # a publication date guessed from the text may be a date the story mentions
    c = _day("Ada Marsh resigned from the harbour board on Monday.", "Monday", MON, guessed=True)
    assert not any(i.conflict for i in _timeline(a, c))
    # meetings recur: the board met on Sunday and on Monday
    d = _day("The harbour board met with Ada Marsh on Sunday.", "Sunday", SUN)
    e = _day("The harbour board met with Ada Marsh on Monday.", "Monday", MON)
    assert not any(i.conflict for i in _timeline(d, e))
    # one resignation each: other people
    f = _day("Tobin resigned from the harbour board on Monday.", "Monday", MON, people=("Tobin",))
    g = _day(
        "Ada Marsh resigned from the harbour board on Sunday.",
        "Sunday",
        SUN,
        people=("Ada Marsh",),
    )
    assert not any(i.conflict for i in _timeline(g, f))


def test_a_finer_date_far_from_the_vaguer_one_is_another_event() -> None:
    """ "signed a harbour bill last year" (2025) and "signed the harbour bill on June 5"
    (2026): the same people doing the same thing five months past the year's edge are
    more likely doing it again than disagreeing; on January 5 they disagree."""
    year = _dated(
        "Mayor Penrose signed the harbour bill last year after a long debate.",
        "last year",
        dt.date(2025, 1, 1),
        "year",
    )
    june = _dated(
        "Mayor Penrose signed the harbour bill on June 5 after a long debate.",
        "June 5",
        dt.date(2026, 6, 5),
    )
    assert not any(i.conflict for i in _timeline(year, june))
    january = _dated(
        "Mayor Penrose signed the harbour bill on January 5 after a long debate.",
        "January 5",
        dt.date(2026, 1, 5),
    )
    assert all(i.conflict for i in _timeline(year, january))


def test_date_stamp_lines_are_not_events() -> None:
    # a page's own stamps ("Posted: …", "UPDATED: …") date the page, not an event
    a = _art(
        "Posted: Mar 10, 2026 7:40 PM ET\n"
        "UPDATED: TUESDAY, MARCH 10, 2026, 9:31 PM\n"
        "The ferry ran aground on Monday.",
        [("Mar 10, 2026", TUE), ("MARCH 10, 2026", TUE), ("Monday", MON)],
    )
    assert [i.date for i in _timeline(a)] == [MON]
    # a sentence that gives a full date is an event
    b = _art("The ferry ran aground on Mar 10, 2026 at 7:40 PM.", [("Mar 10, 2026", TUE)])
    assert [i.date for i in _timeline(b)] == [TUE]


@pytest.mark.parametrize(
    ("text", "year", "described"),
    [
        # a year as a noun's modifier dates that thing, not the sentence's event: the
        # item is described by its phrase
        ("Lund said she would not let the 1998 charter be used as a back door.", 1998,
         "the 1998 charter"),
        ("The board reviewed interference in the 2024 harbour election.", 2024,
         "the 2024 harbour election"),
        ("Velmora sent Brel and a 2027 second-round pick to Orlin.", 2027,
         "a 2027 second-round pick"),
        ("Lund's 2019 campaign hired two pilots.", 2019, "Lund's 2019 campaign"),
        # a year of the event itself: its sentence
        ("The charter was signed in 1998 at the pier.", 1998,
         "The charter was signed in 1998 at the pier."),
        ("In 2019, Lund ran for the harbour board.", 2019,
         "In 2019, Lund ran for the harbour board."),
        ("The year 2019 was the wettest on record.", 2019,
         "The year 2019 was the wettest on record."),
    ],
)  # fmt: skip
def test_a_year_modifying_a_noun_is_described_by_its_phrase(
    text: str, year: int, described: str
) -> None:
    (item,) = _timeline(_years(text, str(year), year))
    assert item.description == described


def test_a_week_is_a_week_on_the_timeline() -> None:
    # "about three weeks ago" was shown as its Monday, an exact day
    from crosswire.report.labels import date_label

    a, an = _dated(
        "The couple wed about three weeks ago, friends said.",
        "three weeks ago",
        dt.date(2026, 2, 16),
        part="week",
    )
    (item,) = _timeline((a, an))
    assert item.precision == "week"
    assert date_label(item.date, item.precision) == "week of 2026-02-16"
    a, an = _dated("The fire broke out at the weekend.", "at the weekend", dt.date(2026, 3, 7),
                   part="weekend")  # fmt: skip
    (item,) = _timeline((a, an))
    assert date_label(item.date, item.precision) == "weekend of 2026-03-07"


@pytest.mark.parametrize(
    ("text", "needle", "date", "part", "precision", "label"),
    [
        ("Varn posted a loss for the third quarter.", "the third quarter", dt.date(2025, 7, 1),
         "Q3", "quarter", "2025-Q3"),
        ("Mills are buying machinery this fall, makers say.", "this fall", dt.date(2025, 9, 1),
         "fall", "season", "fall 2025"),
        ("The pier froze last winter.", "last winter", dt.date(2025, 12, 1), "winter",
         "season", "winter 2025–26"),
        ("Sales rose in the first half of 2025.", "the first half of 2025", dt.date(2025, 1, 1),
         "H1", "half", "2025-H1"),
    ],
)  # fmt: skip
def test_a_quarter_a_season_or_a_half_is_one_on_the_timeline(
    text: str, needle: str, date: dt.date, part: str, precision: str, label: str
) -> None:
    # "the third quarter" was shown as its first month, "1989-07", a month it is not
    from crosswire.report.labels import date_label

    (item,) = _timeline(_dated(text, needle, date, "month", part=part))
    assert item.precision == precision
    assert date_label(item.date, item.precision) == label
