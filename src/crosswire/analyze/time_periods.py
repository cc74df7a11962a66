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
  publication date.  Not the quarter of a game (a sentence
  about points, touchdowns, halftime) nor "a quarter of", "quarter-century".
* **halves** ("the first half of 2011", "the second half of next year"): only
  with a year; month precision, ``part_of_day`` "H1" / "H2".
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
_ORDINALS |= {"fourth": 4, "4th": 4}
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_YEAR = r"(?:18|19|20)\d\d"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_REL_YEAR = r"(?:next|last|this)\s+year"

PERIOD_RE = re.compile(
    # "last fall", "this summer", "the summer of 2011", "winter 1998", "early spring 2010"
    rf"(?P<season>(?<![\w-])(?<!the\s)(?P<sq>(?i:last|this|next))\s+(?P<sn>(?i:{_SEASON}))"
    rf"(?![\w-])(?:\s+(?i:of\s+)?(?P<sy>{_YEAR}))?(?![\w-])"
    rf"|(?<![\w-])(?:(?i:early|late|mid)(?:-|\s+))?(?i:the\s+)?(?P<sn2>(?i:{_SEASON}))"
    rf"\s+(?i:of\s+)?(?P<sy2>{_YEAR})(?![\w-]))"
    # "next year's first quarter", "the third quarter", "2011 first-quarter", "Q3 2011"
    rf"|(?P<quarter>(?<![\w-])(?:(?P<qy1>{_YEAR})\s+|(?P<qr1>(?i:{_REL_YEAR}))['’]s\s+"
    rf"|(?i:the)\s+)?(?i:(?:fiscal|calendar)[-\s]+)?(?P<qn>(?i:{_ORD}))[-\s]+"
    rf"(?i:(?:fiscal|calendar)[-\s]+)?(?i:quarter)(?![\w-])"
    rf"(?:\s+(?i:of)\s+(?:(?P<qy2>{_YEAR})|(?P<qr2>(?i:{_REL_YEAR}))))?"
    rf"|(?<![\w-])Q(?P<qd>[1-4])(?:\s+(?P<qy3>{_YEAR}))?(?![\w-]))"
    # "the latest quarter", "the most recent fiscal quarter"
    rf"|(?P<latest>(?<![\w-])(?i:the\s+)?(?i:latest|most\s+recent|just[-\s](?:ended|completed))"
    rf"\s+(?i:(?:fiscal\s+)?quarter)(?![\w-]))"
    # "the first half of 2011", "the second half of next year"
    rf"|(?P<half>(?<![\w-])(?i:the\s+)?(?P<hn>(?i:first|second))\s+(?i:half)\s+(?i:of)\s+"
    rf"(?:(?P<hy>{_YEAR})|(?P<hr>(?i:{_REL_YEAR})))(?![\w-]))"
    # "the 1990s", "the late 1970s", "mid-1980s"
    rf"|(?P<decade>(?<![\w$£€.,-])(?:(?P<dq>(?i:early|late|mid))(?:-|\s+))?"
    rf"(?P<dy>(?:18|19|20)\d0)['’]?s(?![\w-]))"
)
# the quarter of a game, not of a year
_SPORTS_RE = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|halftime|half-time|quarterback|scored|scoring|innings?"
    r"|rebounds?|three-pointers?|free\s+throws?|overtime|buzzer)\b",
    re.IGNORECASE,
)
_NOT_A_QUARTER_AFTER = re.compile(r"\s*(?:of\s+a\b|of\s+an\b|-?century|-?mile|-?final)", re.I)

Resolved = tuple[dt.date | None, Precision, str | None, bool]


def _rel_year(phrase: str | None, ref: dt.date | None) -> int | None:
    if phrase is None or ref is None:
        return None
    return ref.year + {"next": 1, "last": -1, "this": 0}[phrase.split()[0].lower()]


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


def _quarter(m: re.Match[str], ref: dt.date | None, tense: Callable[[], Tense]) -> Resolved | None:
    n = int(m.group("qd")) if m.group("qd") else _ORDINALS[m.group("qn").lower()]
    part = f"Q{n}"
    explicit = m.group("qy1") or m.group("qy2") or m.group("qy3")
    if explicit:
        return dt.date(int(explicit), 3 * n - 2, 1), "month", part, False
    rel = _rel_year(m.group("qr1") or m.group("qr2"), ref)
    if m.group("qr1") or m.group("qr2"):
        if ref is None or rel is None:
            return None, "month", part, True
        return dt.date(rel, 3 * n - 2, 1), "month", part, True
    if ref is None:
        return None, "month", part, True
    firsts = [dt.date(y, 3 * n - 2, 1) for y in range(ref.year + 1, ref.year - 2, -1)]
    current = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
    t = tense()
    date = pick_by_tense(current, firsts, "past" if t == "unknown" else t, dt.timedelta(0))
    return date, "month", part, True


def resolve_period(
    m: re.Match[str], text: str, ref: dt.date | None, tense: Callable[[], Tense]
) -> Resolved | None:
    """(date, precision, part_of_day, relative) of a ``PERIOD_RE`` match, or None."""
    if m.group("season"):
        return _season(m, ref)
    if m.group("quarter") or m.group("latest"):
        if _NOT_A_QUARTER_AFTER.match(text[m.end() : m.end() + 12]):
            return None
        sentence_lo = max(text.rfind(".", 0, m.start()), m.start() - 200, 0)
        sentence_hi = text.find(".", m.end())
        window = text[sentence_lo : sentence_hi if sentence_hi > 0 else m.end() + 200]
        if _SPORTS_RE.search(window):
            return None
        if m.group("latest"):  # the last quarter ended by the publication date
            if ref is None:
                return None
            start = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
            start = dt.date(start.year - (start.month == 1), (start.month - 4) % 12 + 1, 1)
            return start, "month", f"Q{(start.month - 1) // 3 + 1}", True
        return _quarter(m, ref, tense)
    if m.group("half"):
        part = "H1" if m.group("hn").lower() == "first" else "H2"
        year = int(m.group("hy")) if m.group("hy") else _rel_year(m.group("hr"), ref)
        if year is None:
            return None, "month", part, True
        return dt.date(year, 1 if part == "H1" else 7, 1), "month", part, m.group("hy") is None
    if m.group("decade"):
        qual = (m.group("dq") or "").lower()
        part = f"{qual} decade" if qual else "decade"
        return dt.date(int(m.group("dy")), 1, 1), "year", part, False
    return None
