"""Dates counted from another date of the text rather than from the publication date.

"On May 22, 1995, she was promoted, and the following year she moved" dates the
move to 1996, not to the year after the article.  These phrases are resolved
here, after the other dates, from the **anchor**: the last date found before
the phrase in its own sentence or the one before it.

* **counted**: "a year earlier", "two months before", "a year or so later",
  "three days after" (with nothing after it: "two days after the vote" and "a
  day after it emerged" count from an event whose date we do not know): the
  anchor moved by the count.  Years give year precision ("1994"), months month
  precision, days and weeks day precision (they need an anchor of day
  precision; weeks from a week stay a week: "two weeks later").  A count of years from a
  quarter or a half keeps it: "net income for the first quarter … compared
  with a loss a year earlier" is the first quarter of the year before
  (``part_of_day`` "Q1").
* **named**: "the previous year", "the prior year", "the preceding year", "the
  year before" (with nothing after it: "the year before the war"), "the
  following year", "the year after", and the same with "month": the year (or
  month) before or after the anchor's.
* **named days** ("the next day", "the following morning", "the previous
  night", "the day before", "the following week"): the day (week) after or
  before the anchor's day; "the next" only with a day or a part of one ("over
  the next week" is a stretch of time).  With no anchor the ones before count
  back from the publication date ("had warned the previous day": yesterday),
  the ones after are left out.
* **the anchor's own** ("that day", "the same day", "that night", "later that
  year", "the same month"): the anchor's day (year, month, week); left out
  with no anchor.
* **parts of a period** ("the end of the year", "year-end", "the beginning of
  the month", "later in the week", "earlier in the day"): the anchor's year
  (month, week, day), the date written right after it first ("Earlier in the day
  on Saturday"), else the publication's; ``part_of_day`` "late" /
  "early" / "mid" for an end, a beginning or a middle.  A year's end said in
  the past in January or February is the year before ("at the end of the
  year, the port was busy").
* **the previous quarter** ("the prior quarter", "the preceding quarter"): the
  quarter before a quarter named in the two sentences before; nothing without
  one.
* **comparisons of earnings**: "a year ago", "two years ago" (already dated
  from the publication) after a quarter or a half within the two sentences
  before are that quarter or half so many years back, as is "the year-earlier
  quarter" / "the year-ago period" (taken only then).

No anchor: backward phrases of years and months count from the publication
date ("wages rose 3.8% from a year earlier": the year before the article's),
forward ones and days are left out (a later date with nothing to count from).
A date that is itself a count ("a year ago", "a year earlier", "the previous
day") is never an anchor: "a loss a year ago; sales rose from a year earlier" are
the same year, and "the previous day's shooting" after "the previous day" is the
same day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..model import Precision, TimeExpression
from .durations import overlaps
from .parsed import ParsedArticle
from .time_periods import PERIOD_PARTS, quarter_part, shift_months, week_start
from .time_tense import tense_of
from .units import ONES, TEENS

__all__ = ["ANCHORED_RE", "anchor_times"]

NUM_WORDS = {"a": 1, "an": 1, **{w: n for w, n in {**ONES, **TEENS}.items() if 1 <= n <= 12}}
_COUNT = "(?:" + "|".join(NUM_WORDS) + r"|\d{1,2})"
_PERIODS = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "H2"})
# a count that leads into what it is counted from ("two days after the vote", "a day
# after it emerged"): not ours; only a count that ends its phrase is taken
_NOTHING_AFTER = r"(?![\w-])(?!\s+[A-Za-z\d(])"

_DAY_PARTS = ("day", "morning", "afternoon", "evening", "night")
_DAY_PART = "(?:" + "|".join(_DAY_PARTS) + ")"
ANCHORED_RE = re.compile(
    rf"(?<![\w-])(?:(?P<n>(?i:{_COUNT}))\s+(?P<u>(?i:years?|months?|weeks?|days?))"
    rf"(?:\s+(?i:or\s+so))?\s+(?P<dir>(?i:earlier|later)(?![\w-])|(?i:before|after){_NOTHING_AFTER})"
    rf"|(?i:the)\s+(?:(?P<rw>(?i:previous|prior|preceding|following))\s+"
    rf"(?P<ru>(?i:year|quarter|month|week|{_DAY_PART}))|(?P<rn>(?i:next))\s+(?P<ru3>(?i:{_DAY_PART})))"
    rf"(?![\w-])(?!\s+(?:old|olds)\b)"
    rf"|(?i:the)\s+(?P<ru2>(?i:year|month|week|day|night))\s+(?P<rd>(?i:before|after))"
    rf"{_NOTHING_AFTER}"
    rf"|(?P<adj>(?i:the\s+)?(?i:year-earlier|year-ago)\s+(?i:quarter|period|half)(?![\w-]))"
    # "that day", "the same night", "later that year"
    rf"|(?P<same>(?:(?i:later|earlier)\s+)?(?i:that|the\s+same)\s+"
    rf"(?P<su>(?i:year|month|week|{_DAY_PART}))(?![\w-]))"
    # "the end of the year", "year-end", "later in the month"
    rf"|(?P<within>(?:(?i:the\s+)?(?i:end|beginning|start|middle)\s+of\s+the"
    rf"|(?i:earlier|later)\s+in\s+the)\s+(?P<wu>(?i:year|month|week))(?![\w-])"
    rf"|(?i:earlier|later)\s+in\s+the\s+(?P<wd>(?i:day))(?![\w-])"
    rf"|(?P<ye>(?i:year)[-\s]end|(?i:year)['’]s\s+end)(?![\w-])))"
)
_AGO_RE = re.compile(rf"^(?P<n>(?i:{_COUNT}))\s+(?i:years?)\s+(?i:ago)$")
_COUNTED_RE = re.compile(
    r"(?i:\b(?:ago|earlier|before|later|after)$|^the\s+year-"
    r"|^the\s+(?:previous|prior|preceding|following|next)\s)"
)


def _is_count(t: TimeExpression) -> bool:
    """A date counted from another ("a year ago", "a year earlier"): never an anchor."""
    return _COUNTED_RE.search(t.text.strip()) is not None


def _anchors(
    parsed: ParsedArticle, found: list[TimeExpression], start: int, back: int
) -> list[TimeExpression]:
    """Dates before ``start`` in its sentence and the ``back`` sentences before it,
    nearest first (counts excluded)."""
    if not parsed.sentences:
        return []
    first = parsed.sentences[max(0, parsed.sentence_index(start) - back)].start
    return [
        t
        for t in sorted(found, key=lambda t: -t.start)
        if first <= t.start and t.end <= start and t.kind == "date" and t.date is not None
        if not _is_count(t) and not (t.part_of_day or "").endswith("decade")
    ]


def _period_anchor(
    parsed: ParsedArticle, found: list[TimeExpression], start: int
) -> TimeExpression | None:
    """A quarter or half within the two sentences before ``start``."""
    return next((t for t in _anchors(parsed, found, start, 2) if t.part_of_day in _PERIODS), None)


Resolved = tuple[dt.date, Precision, str | None]


def _count_from(anchor: TimeExpression, unit: str, n: int) -> Resolved | None:
    """``anchor`` moved by ``n`` ``unit``s (negative: back), or None if it cannot be.
    A count of weeks from a day is a day ("two weeks later"), from a week a week."""
    a = anchor.date
    assert a is not None
    part = anchor.part_of_day
    if unit == "week":
        if part == "week":
            return a + dt.timedelta(weeks=n), "day", "week"
        if anchor.precision != "day" or part == "weekend":
            return None
        return a + dt.timedelta(weeks=n), "day", None
    if unit == "year":
        if part in _PERIODS:
            return a.replace(year=a.year + n), "month", part
        return dt.date(a.year + n, 1, 1), "year", None
    if unit == "month":
        if anchor.precision == "year" or part in _PERIODS or part in ("week", "weekend"):
            return None
        return shift_months(a, n), "month", None
    if anchor.precision != "day" or part in ("week", "weekend"):
        return None
    return a + dt.timedelta(days=n), "day", None


def _same(anchor: TimeExpression, unit: str) -> Resolved | None:
    """The ``unit`` (year, month, week, or a day or part of one) that ``anchor`` lies
    in, or None when the anchor is not that precise."""
    a = anchor.date
    assert a is not None
    part = anchor.part_of_day
    if unit == "year":
        return dt.date(a.year, 1, 1), "year", None
    if unit == "month":
        if anchor.precision == "year" or part in PERIOD_PARTS:
            return None
        return a.replace(day=1), "month", None
    if anchor.precision != "day" or part == "weekend":
        return None
    if unit == "week":
        return week_start(a), "day", "week"
    if part == "week":
        return None
    return a, "day", None if unit == "day" else unit


_ONLY_ON_RE = re.compile(r"[ ,]*(?:on|of)?[ ]*")


def _within(
    m: re.Match[str], parsed: ParsedArticle, found: list[TimeExpression]
) -> Resolved | None:
    """ "the end of the year", "year-end", "later in the month": the year (month, week)
    of the anchor, or else of the publication date (the year before for a year said in
    the past early in the next: "at the end of the year" in a January article)."""
    unit = (m.group("wu") or m.group("wd") or "year").lower()
    words = m.group(0).lower().split()
    part = None
    if unit != "week":
        if m.group("ye") or "end" in words:
            part = "late"
        elif {"beginning", "start"} & set(words):
            part = "early"
        elif "middle" in words:
            part = "mid"
    # "Earlier in the day on Saturday": the date written right after it is its anchor
    after = next(
        (
            t
            for t in found
            if t.kind == "date"
            and t.date is not None
            and m.end() <= t.start
            and _ONLY_ON_RE.fullmatch(parsed.text, m.end(), t.start)
        ),
        None,
    )
    got = _same(after, unit) if after is not None else None
    if got is None:
        got = _anchor_own(parsed, found, m.start(), unit)
    if got is not None:
        return got[0], got[1], part or got[2]
    ref = parsed.article.published
    if ref is None:
        return None
    if unit == "week":
        return week_start(ref), "day", "week"
    if unit == "day":
        return ref, "day", None
    if unit == "month":
        return ref.replace(day=1), "month", part
    year = ref.year
    tense = tense_of(parsed.doc, parsed.text, m.start(), m.end()) if ref.month <= 2 else None
    if tense == "past":  # read from the parse only
        year -= 1
    return dt.date(year, 1, 1), "year", part


def _anchor_own(
    parsed: ParsedArticle, found: list[TimeExpression], start: int, unit: str
) -> Resolved | None:
    """The ``unit`` (day, week, month, year) of the date anchoring ``start``, if any."""
    return next((got for a in _anchors(parsed, found, start, 1) if (got := _same(a, unit))), None)


def _resolve(
    m: re.Match[str], parsed: ParsedArticle, found: list[TimeExpression]
) -> Resolved | None:
    ref = parsed.article.published
    g = m.groupdict()
    if g["adj"]:  # "the year-earlier quarter": only after a quarter or a half
        anchor = _period_anchor(parsed, found, m.start())
        return _count_from(anchor, "year", -1) if anchor is not None else None
    if g["within"]:
        return _within(m, parsed, found)
    if g["same"]:  # "that day", "later that year": the anchor's own
        return _anchor_own(parsed, found, m.start(), g["su"].lower())
    if g["n"]:
        n = NUM_WORDS.get(g["n"].lower()) or int(g["n"])
        unit = g["u"].lower().removesuffix("s")
        back = g["dir"].lower() in ("earlier", "before")
    else:
        n = 1
        unit = (g["ru"] or g["ru2"] or g["ru3"]).lower()
        back = (g["rw"] or g["rd"] or g["rn"]).lower() not in ("following", "after", "next")
    if n == 0:
        return None
    step = -n if back else n
    if unit == "quarter":  # "the previous quarter": the one before a quarter named
        period = _period_anchor(parsed, found, m.start())
        if period is None or period.date is None or not (period.part_of_day or "").startswith("Q"):
            return None
        start = shift_months(period.date, 3 * step)
        return start, "month", quarter_part(start)
    if unit in _DAY_PARTS or (unit == "week" and not g["n"]):
        return _next_or_previous(parsed, found, m.start(), unit, step)
    if unit == "year" and g["n"]:
        period = _period_anchor(parsed, found, m.start())
        if period is not None:
            return _count_from(period, "year", step)
    for anchor in _anchors(parsed, found, m.start(), 1):
        got = _count_from(anchor, unit, step)
        if got is not None:
            if not g["n"]:  # "the following year": the year itself, not a quarter
                return (dt.date(got[0].year, 1, 1), "year", None) if unit == "year" else got
            return got
    if not back or unit in ("day", "week") or ref is None:
        return None
    if unit == "year":
        return dt.date(ref.year + step, 1, 1), "year", None
    return shift_months(ref, step), "month", None


def _next_or_previous(
    parsed: ParsedArticle, found: list[TimeExpression], start: int, unit: str, step: int
) -> Resolved | None:
    """ "the next day", "the following morning", "the night before", "the previous
    week": the day (week) after or before the anchor's; the ones before, without an
    anchor, count back from the publication date ("the previous day": yesterday)."""
    part = None if unit == "day" else unit  # "week", or a part of the day
    got = _anchor_own(parsed, found, start, "week" if unit == "week" else "day")
    if got is not None:
        return got[0] + dt.timedelta(days=step * (7 if unit == "week" else 1)), "day", part
    ref = parsed.article.published
    if step > 0 or ref is None:
        return None
    if unit == "week":
        return week_start(ref) - dt.timedelta(days=7), "day", "week"
    return ref - dt.timedelta(days=1), "day", part


def anchor_times(
    parsed: ParsedArticle, found: list[TimeExpression], taken: list[tuple[int, int]]
) -> list[TimeExpression]:
    """``found`` (the dates of the article, sorted) with the anchored dates outside
    ``taken`` added and "a year ago" after a quarter or a half made that period;
    ``taken`` grows by the spans added."""
    text = parsed.text
    ref = parsed.article.published
    out: list[TimeExpression] = []
    for t in found:
        m = _AGO_RE.match(t.text)
        period = _period_anchor(parsed, found, t.start) if m and t.precision == "year" else None
        if m is not None and period is not None:
            n = NUM_WORDS.get(m.group("n").lower()) or int(m.group("n"))
            got = _count_from(period, "year", -n)
            if got is not None:
                t = replace(t, date=got[0], precision=got[1], part_of_day=got[2])
        out.append(t)
    for m in ANCHORED_RE.finditer(text):
        if overlaps(m.start(), m.end(), taken):
            continue
        try:
            got = _resolve(m, parsed, out)
        except (ValueError, OverflowError):
            got = None
        if got is None:
            continue
        date, precision, part = got
        taken.append((m.start(), m.end()))
        out.append(
            TimeExpression(
                article=parsed.article.id,
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                date=date,
                precision=precision,
                part_of_day=part,
                relative=ref is not None,
                reference=ref,
            )
        )
    out.sort(key=lambda t: t.start)
    return out
