"""Calendar periods longer than a month: seasons, quarters, halves and decades.

The model has day, month and year precision only, so a period is written the
way a week already is: ``date`` is its first day, ``precision`` the unit that
date is meaningful to, and ``part_of_day`` names the period (``PERIOD_PARTS``):

* **seasons** ("last fall", "this summer", "next spring", "the summer of
  2011", "winter 1998"): the first day of the season's first month (spring
  March, summer June, fall September, winter the December before the year it
  is named after: "winter 1998" starts on 1 December 1997), month precision,
  ``part_of_day`` "spring" / "summer" / "fall" / "winter".  "last fall" is the
  latest fall that started before the current season; "next spring" the first
  after it; "this summer" the one of the publication year (of the coming or
  current winter for "this winter").  A season needs a qualifier or a year:
  "the fall of Saigon", "prices fall", "in the spring" (which spring?) are not
  taken.
* **quarters** ("the third quarter", "third-quarter profit", "the fiscal first
  quarter", "next year's first quarter", "the first quarter of 2011", "Q3
  2011"): the quarter's first day, month precision, ``part_of_day`` "Q1".."Q4".
  Without a year the tense of the sentence picks one (as for a month name): the
  past and no tense the latest one started on or before the publication date,
  the future the current or next one.  Fiscal quarters are read as calendar
  quarters (TimeML writes them alike).  "The latest quarter", "the most recent
  quarter", "the just-ended quarter": the last quarter ended by the
  publication date.  "This quarter" and "the current quarter" are the
  publication's quarter, "last quarter" the one before, "next quarter" the one
  after.  The year may own the quarter ("1988's third quarter", "fiscal 1990
  first quarter", "the year's first quarter") or follow it ("the third quarter
  of fiscal 1989", "the final quarter of 1988"; "the last quarter" only so).
  "The year-earlier third quarter" is the year before the one the tense picks.
  Not the quarter of a game (a sentence about points, touchdowns, halftime),
  nor a quarter "of" anything but a year ("the first quarter of the season",
  "the last quarter of the century"), nor "a quarter of", "quarter-century".
* **halves** ("the first half of 2011", "the second half of next year",
  "this year's first half", "first-half profit"): month precision,
  ``part_of_day`` "H1" / "H2".  Without a year ("sales rose in the second
  half") the tense picks one as for a quarter, and only in a sentence about
  money or output (``_ECONOMY_RE``): "the Jets trailed in the second half" is a
  game's.
* **decades** ("the 1990s", "the late 1970s", "the mid-1980s"): year precision
  of the decade's first year, ``part_of_day`` "decade" (or "late decade" and so
  on).  Centuries are not taken: they lie outside the ±100 years kept.

Periods are dated but never conflict on the timeline: they hold the days and
years they would seem to disagree with.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..model import Precision
from .time_tense import Tense, pick_by_tense

SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
QUARTER_PARTS = ("Q1", "Q2", "Q3", "Q4")
HALF_PARTS = ("H1", "H2")
PERIOD_PARTS = frozenset(
    {"week", "weekend", "spring", "summer", "fall", "winter", *QUARTER_PARTS, *HALF_PARTS}
)
"""``part_of_day`` values of a date that stands for a period starting on it."""

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_FISCAL = r"(?:(?i:fiscal|calendar)\s+)"
_YEAR = r"(?:18|19|20)\d\d"
_REL_YEAR = r"(?:next|last|this)\s+year"
_THE_YEAR = r"(?:the\s+(?:fiscal\s+|calendar\s+)?year)"
# the year that owns a quarter or a half, before it ("1988's third quarter", "fiscal
# 1990 first half", "next year's first quarter", "the year's second half") or after it
# ("the third quarter of fiscal 1989", "the first half of the year": matched, with no
# year of its own); the names of the year's groups filled in with str.format.  A period
# "of" anything else is not a year's ("the first half of the game", "the last quarter of
# the century").
_OWNER = (
    rf"(?:{_FISCAL}?(?P<{{0}}>{_YEAR})(?:['’]s)?\s+|(?P<{{1}}>(?i:{_REL_YEAR}))['’]s\s+"
    rf"|(?i:{_THE_YEAR})['’]s\s+)"
)
_OF_YEAR = (
    rf"(?:\s+(?i:of)\s+(?:{_FISCAL}?(?P<{{0}}>{_YEAR})|(?P<{{1}}>(?i:{_REL_YEAR}))"
    rf"|(?i:{_THE_YEAR}))(?![\w-]))?(?!\s+(?i:of)\s)"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"

PERIOD_RE = re.compile(
    r"(?<!\w)(?:"  # each kind starts a word; checked once before the alternatives
    # "last fall", "this summer", "the summer of 2011", "winter 1998", "early spring 2010"
    rf"(?P<season>(?<![\w-])(?<!the\s)(?P<sq>(?i:last|this|next))\s+(?P<sn>(?i:{_SEASON}))"
    rf"(?![\w-])(?:\s+(?i:of\s+)?(?P<sy>{_YEAR}))?(?![\w-])"
    rf"|(?<![\w-])(?:(?i:early|late|mid)(?:-|\s+))?(?i:the\s+)?(?P<sn2>(?i:{_SEASON}))"
    rf"\s+(?i:of\s+)?(?P<sy2>{_YEAR})(?![\w-]))"
    # "next year's first quarter", "the third quarter", "2011 first-quarter", "Q3 2011",
    # "1988's fourth quarter", "the third quarter of fiscal 1989", "the final quarter"
    rf"|(?P<quarter>(?<![\w-])(?:{_OWNER.format('qy1', 'qr1')}|(?i:the)\s+)?"
    rf"(?P<qago>(?i:year-earlier|year-ago)\s+)?"
    rf"(?i:(?:fiscal|calendar)[-\s]+)?(?P<qn>(?i:{_ORD}|final)"
    rf"|(?<=the\s)(?i:last)(?=\s+(?i:quarter\s+of)\s+{_FISCAL}?{_YEAR}))"
    rf"[-\s]+(?i:(?:fiscal|calendar)[-\s]+)?(?i:quarter)(?![\w-])"
    rf"{_OF_YEAR.format('qy2', 'qr2')}"
    rf"|(?<![\w-])Q(?P<qd>[1-4])(?:\s+(?P<qy3>{_YEAR}))?(?![\w-]))"
    # "this quarter", "last quarter", "the current quarter", "next fiscal quarter"
    rf"|(?P<relq>(?<![\w-])(?:(?P<rq>(?i:this|last|next))|(?i:the)\s+(?P<rq2>(?i:current|coming)))"
    rf"\s+{_FISCAL}?(?i:quarter)(?![\w-])(?!\s+(?i:of)\b))"
    # "the latest quarter", "the most recent fiscal quarter"
    rf"|(?P<latest>(?<![\w-])(?i:the\s+)?(?i:latest|most\s+recent|just[-\s](?:ended|completed))"
    rf"\s+(?i:(?:fiscal\s+)?quarter)(?![\w-]))"
    # "the first half of 2011", "the second half of next year", "this year's first half",
    # "the second half", "first-half profit"
    rf"|(?P<half>(?<![\w-])(?:{_OWNER.format('hy1', 'hr1')}|(?i:the)\s+)?"
    rf"(?i:fiscal\s+)?(?P<hn>(?i:first|second))[-\s]+(?i:half)(?![\w-])"
    rf"{_OF_YEAR.format('hy', 'hr')})"
    # "the 1990s", "the late 1970s", "mid-1980s"
    rf"|(?P<decade>(?<![\w$£€.,-])(?:(?P<dq>(?i:early|late|mid))(?:-|\s+))?"
    rf"(?P<dy>(?:18|19|20)\d0)['’]?s(?![\w-])))"
)
# the quarter of a game, not of a year
_SPORTS_RE = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|halftime|half-time|quarterback|scored|scoring|innings?"
    r"|rebounds?|three-pointers?|free\s+throws?|overtime|buzzer)\b",
    re.IGNORECASE,
)
_NOT_A_QUARTER_AFTER = re.compile(r"\s*(?:of\s+a\b|of\s+an\b|-?century|-?mile|-?final)", re.I)
# a half without a year is a business year's only in a sentence about money or output
_ECONOMY_RE = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|income|loss|losses|growth|grew|economy|economic"
    r"|output|production|demand|orders|shipments|prices|inflation|dividends?|shares"
    r"|percent|fiscal|GDP|GNP|results|net|margins?|deficit|surplus|exports|imports|fares"
    r"|costs|spending|budget|forecasts?|markets?|business|trade|tourism|traffic|volumes?"
    r"|investment|jobs|unemployment|wages|rates|yields?|bookings|deliveries)\b|%",
    re.IGNORECASE,
)

Resolved = tuple[dt.date | None, Precision, str | None, bool]


REL_YEARS = {"next": 1, "last": -1, "this": 0}
"""Years from the publication's named by a relative year ("last year": -1)."""


def shift_months(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` months after ``day``'s (negative: before)."""
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s Monday-to-Sunday week."""
    return day - dt.timedelta(days=day.weekday())


def _rel_year(phrase: str | None, ref: dt.date | None) -> int | None:
    if phrase is None or ref is None:
        return None
    return ref.year + REL_YEARS[phrase.split()[0].lower()]


def _season(m: re.Match[str], ref: dt.date | None) -> Resolved | None:
    name = (m.group("sn") or m.group("sn2")).lower()
    name = "fall" if name == "autumn" else name
    first = SEASONS[name]

    def start(year: int) -> dt.date:  # the season named after ``year``
        return dt.date(year - 1, 12, 1) if name == "winter" else dt.date(year, first, 1)

    year = m.group("sy") or m.group("sy2")
    if year:
        return start(int(year)), "month", name, False
    q = (m.group("sq") or "").lower()
    if not q:
        return None
    if ref is None:
        return None, "month", name, True
    starts = [start(y) for y in range(ref.year + 2, ref.year - 3, -1)]  # latest first
    # the current season: the latest season start of any kind on or before ref
    month = max((mo for mo in (3, 6, 9, 12) if mo <= ref.month), default=12)
    current = dt.date(ref.year if month <= ref.month else ref.year - 1, month, 1)
    if q == "last":
        date = next(d for d in starts if d < current)
    elif q == "next":
        date = [d for d in starts if d > current][-1]
    else:  # "this": of the publication year (the coming or current winter)
        year = ref.year + 1 if name == "winter" and ref.month == 12 else ref.year
        date = start(year)
    return date, "month", name, True


def _by_tense(ref: dt.date, month: int, size: int, tense: Tense) -> dt.date | None:
    """The period of ``size`` months starting in ``month`` that the tense points at (no
    year given): the past and no tense the latest started by the current period, the
    future the current or the next one."""
    firsts = [dt.date(y, month, 1) for y in range(ref.year + 1, ref.year - 2, -1)]
    current = dt.date(ref.year, size * ((ref.month - 1) // size) + 1, 1)
    return pick_by_tense(current, firsts, "past" if tense == "unknown" else tense, dt.timedelta(0))


def _owned(
    m: re.Match[str],
    ref: dt.date | None,
    month: int,
    part: str,
    years: tuple[str, ...],
    rel_years: tuple[str, ...],
) -> Resolved | None:
    """The period of a year written with it (groups ``years``: explicit years,
    ``rel_years``: relative years), or None when no year is written ("of the year" is
    none)."""
    explicit = next((m.group(g) for g in years if m.group(g)), None)
    if explicit:
        return dt.date(int(explicit), month, 1), "month", part, False
    rel = next((m.group(g) for g in rel_years if m.group(g)), None)
    if rel is None:
        return None
    year = _rel_year(rel, ref)
    if year is None:
        return None, "month", part, True
    return dt.date(year, month, 1), "month", part, True


def _quarter(m: re.Match[str], ref: dt.date | None, tense: Callable[[], Tense]) -> Resolved | None:
    n = int(m.group("qd")) if m.group("qd") else _ORDINALS[m.group("qn").lower()]
    part = f"Q{n}"
    owned = _owned(m, ref, 3 * n - 2, part, ("qy1", "qy2", "qy3"), ("qr1", "qr2"))
    if owned is not None:
        return owned
    if ref is None:
        return None, "month", part, True
    date = _by_tense(ref, 3 * n - 2, 3, tense())
    if date is not None and m.group("qago"):  # "the year-earlier third quarter"
        date = date.replace(year=date.year - 1)
    return date, "month", part, True


def quarter_part(start: dt.date) -> str:
    """The part of a quarter starting at ``start``: "Q1" to "Q4"."""
    return f"Q{(start.month - 1) // 3 + 1}"


def _quarter_from(ref: dt.date, months: int) -> Resolved:
    """The quarter ``months`` (a multiple of 3) after the one holding ``ref``."""
    start = shift_months(dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), months)
    return start, "month", quarter_part(start), True


def _relative_quarter(m: re.Match[str], ref: dt.date | None) -> Resolved | None:
    """ "this quarter", "the current quarter", "last quarter", "next quarter"."""
    if ref is None:
        return None
    which = (m.group("rq") or m.group("rq2")).lower()
    return _quarter_from(ref, {"last": -3, "next": 3, "coming": 3}.get(which, 0))


def _half(
    m: re.Match[str], sentence: str, ref: dt.date | None, tense: Callable[[], Tense]
) -> Resolved | None:
    part = "H1" if m.group("hn").lower() == "first" else "H2"
    month = 1 if part == "H1" else 7
    owned = _owned(m, ref, month, part, ("hy1", "hy"), ("hr1", "hr"))
    if owned is not None:
        return owned
    # no year: only a half of a business year ("profit rose in the first half"), not
    # of a game or a book
    if not _ECONOMY_RE.search(sentence) or ref is None:
        return None
    return _by_tense(ref, month, 6, tense()), "month", part, True


def _sentence(text: str, m: re.Match[str]) -> str:
    """Roughly the sentence around a match (up to 200 characters either side)."""
    lo = max(text.rfind(".", 0, m.start()), m.start() - 200, 0)
    hi = text.find(".", m.end())
    return text[lo : hi if hi > 0 else m.end() + 200]


def resolve_period(
    m: re.Match[str], text: str, ref: dt.date | None, tense: Callable[[], Tense]
) -> Resolved | None:
    """(date, precision, part_of_day, relative) of a ``PERIOD_RE`` match, or None."""
    if m.group("season"):
        return _season(m, ref)
    if m.group("quarter") or m.group("latest") or m.group("relq") or m.group("half"):
        if _NOT_A_QUARTER_AFTER.match(text[m.end() : m.end() + 12]):
            return None
        sentence = _sentence(text, m)
        if _SPORTS_RE.search(sentence):
            return None
        if m.group("half"):
            return _half(m, sentence, ref, tense)
        if m.group("relq"):
            return _relative_quarter(m, ref)
        if m.group("latest"):  # the last quarter ended by the publication date
            return None if ref is None else _quarter_from(ref, -3)
        return _quarter(m, ref, tense)
    if m.group("decade"):
        qual = (m.group("dq") or "").lower()
        part = f"{qual} decade" if qual else "decade"
        return dt.date(int(m.group("dy")), 1, 1), "year", part, False
    return None
