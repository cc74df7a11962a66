"""Time expressions, resolved against the article's own publication date.

dateparser reads "March 9, 2026" but not "late Monday" in a Tuesday article,
so phrases are found with our own patterns and resolved here:

* **weekdays** ("on Sunday night", "late Monday", "early Tuesday", "Friday"):
  the most recent such day on or before the publication date (news reports
  the past; the publication weekday itself means that day).  "next Friday",
  "this coming Friday", or a future cue before it ("will", "is due to",
  "scheduled") give the next such day after the publication date; "last
  Monday" the one strictly before it; "this Thursday" the Thursday of the
  publication's Monday-to-Sunday week.  A future cue counts only in the same
  clause: not across a quotation mark or a reporting verb ("talks will resume
  next Friday, officials said on Monday": Monday is past).  Qualifiers are
  kept in ``part_of_day`` ("late", "early", "morning", "night", ...; "late on
  Sunday" is "late").
* **relative days**: "yesterday", "today", "tonight", "tomorrow", "this
  morning", "last night", "the day before yesterday", "N days ago"; "the day
  before" / "the previous day" only when no noun follows ("the day before the
  vote" is relative to the vote, not to the publication date).
* **relative periods**: "last week" → the Monday of the previous week with
  ``part_of_day="week"`` (the model has no week precision: the date is the
  week's first day, the qualifier says it is a week; "next week" and "two
  weeks ago" likewise); "last month" / "earlier this month" / "three months
  ago" → month precision; "last year" / "a year ago" → year precision.
  Weekends ("over the weekend", "last weekend", "this weekend") → their
  Saturday with ``part_of_day="weekend"``: "over the weekend" is the last
  weekend (the current one in a Saturday or Sunday article, the coming one
  with a future cue), "this weekend" the one of the publication's
  Monday-to-Sunday week.  "In the early hours of Monday" is Monday with
  ``part_of_day="early hours"``.
* **absolute dates**: "March 9", "9 March", "March 9, 2026", ISO "2026-03-09",
  "on the 9th" (of the publication month, or the month before if the 9th is
  still to come); a date without a year takes the year that puts it on or
  before the publication date (up to a week ahead is allowed for scheduled
  events, across new year too; with a future cue, the next occurrence;
  "February 29" the last leap year's).  "in March", "mid-February" (month
  precision; the most recent March), "in 2019" (year precision).  Slashed
  dates ("03/09/2026") are skipped unless one part is above 12: the order is
  unknowable otherwise.

Not dates: "a protest march", "may" as a verb, ages ("the 34-year-old"),
clock times alone, named days and habits ("Good Friday", "the Sunday Times",
"on Mondays", "every Friday"), counts and ranks ("in 2000 homes", "on the 9th
floor").  Resolved dates outside ±100 years of the reference, and
impossible dates ("February 30", "year 0"), are dropped.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import Precision, TimeExpression
from .parsed import ParsedArticle
from .units import ONES, TEENS

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = {
    **{m: i for i, m in enumerate(calendar.month_name) if m},
    **{m: i for i, m in enumerate(calendar.month_abbr) if m},
    "Sept": 9,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_DAY_PARTS = r"(?:morning|afternoon|evening|night|overnight)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# counts written as words ("two days ago", "a year ago"): the number words up to twelve
_NUM_WORDS = {"a": 1, "an": 1, **{w: n for w, n in {**ONES, **TEENS}.items() if 1 <= n <= 12}}
# "N days ago" counts from two ("a day ago" is not "a days ago")
_COUNT = "(?:" + "|".join(w for w, n in _NUM_WORDS.items() if n > 1) + r"|\d{1,2})"

# a month name's full stop is kept only after an abbreviation ("Dec."), never after
# a full name at the end of a sentence ("30 December.")
_MONTH_DOT = r"(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.)?"
# named days and habits: "Good Friday", "the Sunday Times", "every Friday"
_NAMED_DAY_BEFORE = "".join(
    rf"(?<!{w} )"
    for w in ("Good", "Palm", "Easter", "Ash", "Holy", "Black", "Cyber", "Bloody", "every", "Every")
)
_NAMED_DAY_AFTER = (
    r"(?!\s+(?:Times|Telegraph|Herald|Mail|Express|Post|Mirror|Tribune|Independent|Star"
    r"|Observer|Sport|People|World)\b)"
)
# a year or an ordinal day followed by what it counts is not a date: "in 2000 homes",
# "on the 9th floor" (a following plural noun / any lower-case word but a function word)
_FUNCTION_WORDS = (
    r"(?:and|or|but|the|a|an|to|when|after|before|as|at|in|on|by|for|from|with|while|until|"
    r"during|of|it|he|she|they|we|its|his|her|their|was|were|is|are|had|has|have|that|which|"
    r"this|there|thus|plus|does)\b"
)
_NOT_A_COUNT = rf"(?!\s+(?!{_FUNCTION_WORDS})[a-z]+s\b)"
_NOT_A_RANK = rf"(?!\s+(?!{_FUNCTION_WORDS})[a-z])"

TIME_RE = re.compile(
    rf"(?P<weekday>{_NAMED_DAY_BEFORE}(?P<eh>(?i:(?:the\s+)?(?:early|small)\s+hours\s+of)\s+)?"
    rf"(?:(?P<wq>(?i:(?:early|late)(?:\s+on)?|last|this\s+coming"
    rf"|this|next))\s+)?(?<![\w-])(?P<wd>{_WD})(?![\w-]){_NAMED_DAY_AFTER}"
    rf"(?:\s+(?P<wp>(?i:{_DAY_PARTS})))?)"
    rf"|(?P<mdy>(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y1>\d{{4}}))?)"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}){_MONTH_DOT}"
    rf"(?:,?\s+(?P<y2>\d{{4}}))?)"
    rf"|(?P<iso>(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))"
    rf"|(?P<slash>(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<y4>\d{{4}}))"
    rf"|(?P<inmonth>(?:(?i:in|since|until|by|during|from|early|late|earlier\s+in|later\s+in)\s+"
    rf"|(?i:mid)(?:-|\s+))(?P<m5>{_MONTH})(?:\s+(?P<y5>\d{{4}}))?)"
    rf"|(?P<inyear>(?i:in|since|until|by|during)\s+(?P<y6>\d{{4}})(?!\d|,\d){_NOT_A_COUNT})"
    rf"|(?P<rel>(?i:yesterday|today|tonight|tomorrow|last\s+night"
    rf"|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday"
    rf"|(?:the\s+day\s+before|the\s+previous\s+day)(?!\s+[A-Za-z])"
    rf"|(?<![\w-]){_COUNT}\s+days\s+ago))"
    rf"|(?P<ago>(?<![\w-])(?P<an>(?i:a|an|one|{_COUNT}))\s+(?P<au>(?i:weeks?|months?|years?))"
    rf"\s+(?i:ago))"
    rf"|(?P<weekend>(?<![\w-])(?i:last|this|next|over\s+the|at\s+the|during\s+the|on\s+the)"
    rf"\s+(?i:weekend)(?![\w-]))"
    rf"|(?P<period>(?i:last\s+week|last\s+month|last\s+year|earlier\s+this\s+(?:week|month|year)"
    rf"|this\s+week|this\s+month|the\s+previous\s+week|next\s+week))"
    rf"|(?P<nth>(?i:on\s+the)\s+(?P<d7>\d{{1,2}})(?:st|nd|rd|th)(?!\s+(?:of\s+)?{_MONTH})"
    rf"{_NOT_A_RANK})",
)
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|is due to|are due to|is expected to|are expected to|is scheduled|"
    r"are scheduled|scheduled for|plans to|planned for|is set to|are set to)\b[^.!?]{0,40}$",
    re.IGNORECASE,
)
_CLAUSE_SPLIT_RE = re.compile(
    r"[.!?\"“”‘’;]|\b(?:said|says|told|tells|announced|reported|added|stated)\b", re.IGNORECASE
)
_AGE_AFTER_RE = re.compile(r"^\s*-?\s*(?:year|month|day)s?[\s\-]old", re.IGNORECASE)
MAX_YEARS = 100


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday(ref: dt.date, wd: int, mode: str) -> dt.date:
    back = (ref.weekday() - wd) % 7
    if mode == "future":
        ahead = (wd - ref.weekday()) % 7 or 7
        return ref + dt.timedelta(days=ahead)
    if mode == "strict_past":
        return ref - dt.timedelta(days=back or 7)
    if mode == "week":  # "this Thursday": that day of the publication's Monday-Sunday week
        return ref + dt.timedelta(days=wd - ref.weekday())
    return ref - dt.timedelta(days=back)


def _month_day(
    ref: dt.date | None, month: int, day: int, year: int | None, future: bool = False
) -> dt.date | None:
    if year is not None:
        return _safe(year, month, day)
    if ref is None or _safe(2000, month, day) is None:  # 2000: a leap year
        return None
    # the latest occurrence up to a week after the reference; with a future cue, the
    # first one on or after it (February 29 only exists in leap years)
    limit = ref if future else ref + dt.timedelta(days=7)
    years = range(ref.year + 1, ref.year - 8, -1)
    dates = [d for d in (_safe(y, month, day) for y in years) if d is not None]
    if future:
        ahead = [d for d in dates if d >= limit]
        return ahead[-1] if ahead else None
    return next((d for d in dates if d <= limit), None)


def _future_cue(m: re.Match[str], text: str) -> bool:
    """A future cue ("will", "is due to") before the match, in the same clause: not
    across a quotation mark, a sentence end or a reporting verb ("…, officials said on
    Monday")."""
    before = _CLAUSE_SPLIT_RE.split(text[max(0, m.start() - 80) : m.start()])[-1]
    return _FUTURE_RE.search(before) is not None


def _resolve(
    m: re.Match[str], ref: dt.date | None, text: str
) -> tuple[dt.date | None, Precision, str | None, bool] | None:
    """(date, precision, part_of_day, relative) or None when this is not a date."""
    g = m.groupdict()
    if g["weekday"]:
        qual = " ".join((g["wq"] or "").lower().split()).removesuffix(" on")
        part = g["wp"].lower() if g["wp"] else None
        if qual in ("early", "late"):
            part = qual if part is None else f"{qual} {part}"
        if g["eh"]:  # "in the early hours of Monday"
            part = "early hours"
        if ref is None:
            return None, "day", part, True
        mode = "past"
        if qual in ("next", "this coming") or _future_cue(m, text):
            mode = "future"
        elif qual == "last":
            mode = "strict_past"
        elif qual == "this":
            mode = "week"
        return _weekday(ref, WEEKDAYS.index(g["wd"]), mode), "day", part, True
    if g["mdy"] or g["dmy"]:
        month = MONTH_NAMES[(g["m1"] or g["m2"]).rstrip(".")]
        day = int(g["d1"] or g["d2"])
        ystr = g["y1"] or g["y2"]
        future = ystr is None and ref is not None and _future_cue(m, text)
        date = _month_day(ref, month, day, int(ystr) if ystr else None, future)
        if date is None:
            return None if ystr or ref is not None else (None, "day", None, True)
        return date, "day", None, ystr is None
    if g["iso"]:
        date = _safe(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        return (date, "day", None, False) if date else None
    if g["slash"]:
        a, b = int(g["sa"]), int(g["sb"])
        if a > 12 >= b:
            date = _safe(int(g["y4"]), b, a)
        elif b > 12 >= a:
            date = _safe(int(g["y4"]), a, b)
        else:
            return None
        return (date, "day", None, False) if date else None
    if g["inmonth"]:
        month = MONTH_NAMES[g["m5"]]
        if g["y5"]:
            date = _safe(int(g["y5"]), month, 1)
            return (date, "month", None, False) if date else None
        if ref is None:
            return None, "month", None, True
        year = ref.year if month <= ref.month else ref.year - 1
        return _safe(year, month, 1), "month", None, True
    if g["inyear"]:
        year = int(g["y6"])
        if not 1 <= year <= 9999:
            return None
        date = _safe(year, 1, 1)
        return (date, "year", None, False) if date else None
    if ref is None:
        return None, "day", None, True
    if g["rel"]:
        rel = " ".join(g["rel"].lower().split())
        if rel == "today":
            return ref, "day", None, True
        if rel == "tonight":
            return ref, "day", "night", True
        if rel == "tomorrow":
            return ref + dt.timedelta(days=1), "day", None, True
        if rel.startswith("this "):  # "this morning"
            return ref, "day", rel.split()[1], True
        if rel == "the day before yesterday":
            return ref - dt.timedelta(days=2), "day", None, True
        if rel == "last night":
            return ref - dt.timedelta(days=1), "day", "night", True
        if rel in ("yesterday", "the day before", "the previous day"):
            return ref - dt.timedelta(days=1), "day", None, True
        n_text = rel.split()[0]
        n = _NUM_WORDS.get(n_text) or int(n_text)
        return ref - dt.timedelta(days=n), "day", None, True
    if g["ago"]:
        n = _NUM_WORDS.get(g["an"].lower()) or int(g["an"])
        unit = g["au"].lower().rstrip("s")
        if unit == "week":  # the Monday of that week, as "last week"
            monday = ref - dt.timedelta(days=ref.weekday())
            return monday - dt.timedelta(days=7 * n), "day", "week", True
        if unit == "month":
            months = ref.year * 12 + ref.month - 1 - n
            return _safe(months // 12, months % 12 + 1, 1), "month", None, True
        return _safe(ref.year - n, 1, 1), "year", None, True
    if g["weekend"]:
        # the Saturday of that weekend; "over the weekend" is the last one (this one
        # from a Saturday or Sunday), or the coming one with a future cue
        saturday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5)
        which = " ".join(g["weekend"].lower().split()[:-1])
        if which == "last":
            saturday -= dt.timedelta(days=7)
        elif which == "next":
            saturday += dt.timedelta(days=7)
        elif which != "this" and ref.weekday() < 5 and not _future_cue(m, text):
            saturday -= dt.timedelta(days=7)
        return saturday, "day", "weekend", True
    if g["period"]:
        per = " ".join(g["period"].lower().split())
        monday = ref - dt.timedelta(days=ref.weekday())
        if per in ("last week", "the previous week"):
            return monday - dt.timedelta(days=7), "day", "week", True
        if per in ("this week", "earlier this week"):
            return monday, "day", "week", True
        if per == "next week":
            return monday + dt.timedelta(days=7), "day", "week", True
        if per == "last month":
            first = ref.replace(day=1) - dt.timedelta(days=1)
            return first.replace(day=1), "month", None, True
        if per in ("this month", "earlier this month"):
            return ref.replace(day=1), "month", None, True
        if per == "last year":
            return _safe(ref.year - 1, 1, 1), "year", None, True
        return _safe(ref.year, 1, 1), "year", None, True
    if g["nth"]:
        day = int(g["d7"])
        date = _safe(ref.year, ref.month, day)
        if date is None or date > ref + dt.timedelta(days=7):
            prev = ref.replace(day=1) - dt.timedelta(days=1)
            date = _safe(prev.year, prev.month, day)
        return (date, "day", None, True) if date else None
    return None


def find_times(parsed: ParsedArticle) -> list[TimeExpression]:
    """Time expressions of one article, resolved against its publication date."""
    text = parsed.text
    ref = parsed.article.published
    out: list[TimeExpression] = []
    for m in TIME_RE.finditer(text):
        if _AGE_AFTER_RE.match(text[m.end() : m.end() + 12]):
            continue
        try:
            got = _resolve(m, ref, text)
        except (ValueError, OverflowError):
            got = None
        if got is None:
            continue
        date, precision, part, relative = got
        anchor = ref or date
        if date is not None and anchor is not None and abs(date.year - anchor.year) > MAX_YEARS:
            continue
        start, end = m.start(), m.end()
        if m.group("nth"):
            start = m.start("d7")
        out.append(
            TimeExpression(
                article=parsed.article.id,
                start=start,
                end=end,
                text=text[start:end],
                date=date,
                precision=precision,
                part_of_day=part,
                relative=relative,
                reference=ref if relative else None,
            )
        )
    return out
