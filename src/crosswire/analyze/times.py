"""Time expressions, resolved against the article's own publication date.

dateparser reads "March 9, 2026" but not "late Monday" in a Tuesday article,
so phrases are found with our own patterns and resolved here:

* **weekdays** ("on Sunday night", "late Monday", "early Tuesday", "Friday"):
  the most recent such day on or before the publication date (news reports
  the past; the publication weekday itself means that day).  "next Friday",
  "this coming Friday" give the next such day after the publication date, a
  future or scheduled sentence the next one on or after it (see "tense for
  weekdays" below); "last Monday" the one strictly before it; "this Thursday"
  the Thursday of the publication's Monday-to-Sunday week.  The tense is the
  governing verb's, not the sentence's ("talks will resume next Friday,
  officials said on Monday": Monday is past).  Qualifiers are
  kept in ``part_of_day`` ("late", "early", "morning", "night", ...; "late on
  Sunday" is "late").
* **relative days**: "yesterday", "today", "tonight", "tomorrow", "this
  morning", "last night", "the day before yesterday", "N days ago" ("the day
  before" and "the previous day" count from the date before them:
  ``time_anchors``).
* **relative periods**: "last week" → the Monday of the previous week with
  ``part_of_day="week"`` (the model has no week precision: the date is the
  week's first day, the qualifier says it is a week; "next week" and "two
  weeks ago" likewise); "last month" / "earlier this month" / "next month" /
  "three months ago" → month precision; "last year" / "a year ago" / "a decade
  ago" (ten years back) → year precision; "a week or so ago" as "a week ago".
  "The next week" and "the next month" are stretches of time ("over the next
  week"), not next week.
  Weekends ("over the weekend", "last weekend", "this weekend", "this past
  weekend": the last one) → their
  Saturday with ``part_of_day="weekend"``: "over the weekend" is the last
  weekend (the current one in a Saturday or Sunday article, the coming one with a
  future cue), "by", "until", "through" and "into the weekend" the coming one unless
  the sentence is past, "this weekend" the one of the publication's
  Monday-to-Sunday week.  "In the early hours of Monday" is Monday with
  ``part_of_day="early hours"``.
* **absolute dates**: "March 9", "9 March", "March 9, 2026", ISO "2026-03-09",
  "on the 9th" (of the publication month, or the month before if the 9th is
  still to come); "in March", "mid-February", "the end of July" (month
  precision).  A date or month without a year takes its year from the tense of
  the sentence
  (``time_tense``, read from the spaCy parse): the future and schedules ("will
  visit on July 13", "is due in May", "slated for June 25") the next
  occurrence, the past the latest one on or before the publication date (a day
  of slack for time zones), no tense the nearest one (at most ``MAX_AHEAD``
  days ahead); without a parse, the latest up to a week ahead.  Slashed dates
  ("03/09/2026") are skipped unless one part is above 12.
* **years and months with relative years**: bare years 1800-2099 ("the 2016
  election", "2009-2010", "mid-1996", "early 2011": year precision, the
  qualifier in ``part_of_day``), "in 2019", "this year", "next year", "the
  coming year", "this fiscal year"; "last May", "next May", "June last year",
  "January 1998", "January of 1998", "December of last year" (month
  precision); "the current year", "the current fiscal year" and "the full year"
  ("forecast a rise for the full year") are the publication year.
* **months joined to a month** ("in November and December", "from July to
  September", "between October and February"): the second is in the first
  one's year, or the next when it comes earlier in the calendar; a year after
  the second ("in January and February of last year") holds for both.
* **a month before its noun** after a determiner or a possessive ("the
  October sales", "its September meeting", "Tesla's August figures"), resolved
  as a month without a year; not "May" ("the May government").
* **reporting periods** ("the year ended March 31", "the fiscal quarter ending
  Sept. 30"): "the year" / "the quarter" is a duration (P1Y, P3M) and the date
  is found on its own.
* **tense for weekdays**: a weekday in a future or present-tense (scheduled)
  sentence is the next one on or after the publication date ("will meet later
  Tuesday" in a Tuesday article: that day); "early Saturday" in a past
  sentence of a Friday article is the next day (a time zone ahead), not a week
  before.  A bare weekday in a sentence with no tense ("at Monday's summit
  meeting") is the one ahead when the article places the same weekday ahead
  elsewhere and nowhere in the past (``_weekdays_ahead_elsewhere``).

* **periods** (``time_periods``): seasons ("last fall"), quarters ("the third
  quarter"), halves ("the first half of 2011") and decades ("the 1990s"),
  dated by their first day with ``part_of_day`` naming the period; found
  first, so "next year's first quarter" is not also "next year".
* **holidays** (``time_holidays``): "Thanksgiving Day", "last Christmas",
  "Labor Day 2019": fixed-date and US Nth-weekday holidays, the year by tense.
* **anchored dates** (``time_anchors``, after the others): "a year earlier",
  "the following year", "two days later" are counted from the last date of
  their sentence or the one before (back from the publication date when there
  is none), and "a year ago" after a quarter is that quarter a year back.
* **not dates** (``durations``): durations ("three weeks", ``kind="duration"``),
  recurrences ("daily", ``kind="set"``) and the present ("currently",
  ``kind="ref"``), found outside the dates, with no calendar date.

Not names (``time_names``): a date word inside a named entity of the parse
("USA TODAY", a programme title), a capitalised "TODAY" after a capitalised
word, a title-case "This Week" in mid-sentence, a year closing a name the
parse missed ("a venture called Orion 1980,").  A weekday right before its
date ("Friday, Oct. 23") is left to the date.

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
from collections.abc import Callable
from dataclasses import replace

from ..model import Precision, TimeExpression
from .durations import NOWADAYS_BEFORE_RE, find_durations, make_undated, overlaps
from .parsed import ParsedArticle
from .time_anchors import NUM_WORDS, anchor_times
from .time_holidays import HOLIDAY_RE, resolve_holiday
from .time_names import in_a_name
from .time_periods import PERIOD_RE, REL_YEARS, resolve_period, shift_months, week_start
from .time_tense import AHEAD_TENSES, MAX_AHEAD, Tense, pick_by_tense, tense_of

__all__ = ["MAX_AHEAD", "MAX_YEARS", "find_times"]

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
MONTH_PATTERN = _MONTH
"""A month's name or its abbreviation, as a regular expression (no group)."""
_DAY_PARTS = r"(?:morning|afternoon|evening|night|overnight)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# counts written as words ("two days ago", "a year ago"): the number words up to twelve
# "N days ago" counts from two ("a day ago" is not "a days ago")
_COUNT = "(?:" + "|".join(w for w, n in NUM_WORDS.items() if n > 1) + r"|\d{1,2})"

# a month name's full stop is kept only after an abbreviation ("Dec."), never after
# a full name at the end of a sentence ("30 December.")
# a month named in full (or "Sept"), for "last May" and "June last year": abbreviations
# such as "Mar" or "Jan" are too often other words there
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_MONTH_CAPS = _MONTH.upper()  # a stamp in capitals: "SEPTEMBER 14, 2013"
_MONTH_DOT = r"(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.)?"
# named days and habits: "Good Friday", "the Sunday Times", "every Friday"
_NAMED_DAY_BEFORE = "".join(
    rf"(?<!{w} )"
    for w in ("Good", "Palm", "Easter", "Ash", "Holy", "Black", "Cyber", "Bloody", "every", "Every")
)
_NAMED_DAY_AFTER = (
    rf"(?!,?\s+{_MONTH}\.?\s+\d)"  # "Friday, Oct. 23": the date says it
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
# a month dating the noun it modifies, after a determiner or a possessive: "the October
# sales", "its September meeting", "the company's August figures" (not "May": "the May
# government" is Theresa May's)
_MONTH_BEFORE_NOUN = (
    r"(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in ("[Tt]he", "[Ii]ts", "[Tt]heir", "[Hh]is", "[Hh]er", "[Oo]ur", "a", "an")
    )
    + r"|(?<=['’]s\s))"
    rf"(?!May\b)(?P<m5c>{_MONTH_FULL})(?=\s+(?!{_FUNCTION_WORDS})[a-z]{{3,}}\b)"
)

# every kind of date starts a word (a guard before the alternatives: "RussiaToday" is
# no "today"; it also spares the engine trying each alternative inside words)
TIME_RE = re.compile(
    r"(?<!\w)(?:"
    rf"(?P<mrel>(?:(?P<mq>(?i:last|this|next))\s+(?P<m9>{_MONTH_FULL})(?![\w-])(?!\s+\d))"
    rf"|(?:(?i:in\s+)?(?P<m10>{_MONTH_FULL})\s+(?i:of\s+)?(?P<yq>(?i:last|this|next))\s+year)"
    rf"|(?:(?i:in\s+)?(?P<m11>{_MONTH_FULL}),?\s+(?i:of\s+)?(?P<y11>(?:18|19|20)\d\d)"
    rf"(?![\w%/]|[.,]\d)))"
    rf"|(?P<weekday>{_NAMED_DAY_BEFORE}(?P<eh>(?i:(?:the\s+)?(?:early|small)\s+hours\s+of)\s+)?"
    rf"(?:(?P<wq>(?i:(?:early|late|later)(?:\s+on)?|last|this\s+coming"
    rf"|this|next))\s+)?(?<![\w-])(?P<wd>{_WD})(?![\w-]){_NAMED_DAY_AFTER}"
    rf"(?:\s+(?P<wp>(?i:{_DAY_PARTS})))?)"
    rf"|(?P<mdy>(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y1>\d{{4}}))?)"
    # a date stamp in capitals, with its year ("SATURDAY, SEPTEMBER 14, 2013, 9:29 PM")
    rf"|(?P<mdyc>(?P<m1c>{_MONTH_CAPS})\.?\s+(?P<d1c>\d{{1,2}})(?!\d),?\s+(?P<y1c>\d{{4}}))"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}){_MONTH_DOT}"
    rf"(?:,?\s+(?P<y2>\d{{4}}))?)"
    rf"|(?P<iso>(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))"
    rf"|(?P<slash>(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<y4>\d{{4}}))"
    rf"|(?P<inmonth>(?:(?i:in|since|until|till|by|during|from|between|through|throughout|before"
    rf"|after|early|late|earlier\s+in|later\s+in"
    rf"|the\s+(?:end|beginning|start|middle)\s+of)\s+"
    rf"|(?i:mid)(?:-|\s+)|(?i:for)\s+(?!May\b))(?P<m5>{_MONTH})\b(?!\.?\s+\d{{1,2}}(?!\d))"
    rf"(?:\s+(?P<y5>\d{{4}}))?"
    rf"|(?<![\w-])(?!May\b)(?P<m5b>{_MONTH_FULL})(?=['’]s\s+[a-z])"
    rf"|{_MONTH_BEFORE_NOUN})"
    rf"|(?P<inyear>(?i:in|since|until|by|during)\s+(?P<y6>\d{{4}})(?!\d|,\d){_NOT_A_COUNT})"
    rf"|(?P<year>(?:(?P<yp>(?i:early|late|mid))(?:-|\s+)"
    rf"|(?<![\w$#£€.,/])(?:(?<=(?:18|19|20)\d\d-)|(?<!-))(?<!\d\s))"
    rf"(?P<y8>(?:18|19|20)\d\d)(?![\w%/]|[.,]\d|-year|-old|\s*(?i:percent|per\s+cent))"
    rf"{_NOT_A_COUNT})"
    rf"|(?P<relyear>(?<![\w-])(?i:this|(?<![Tt]he\s)next|the\s+coming|the\s+following"
    rf"|the\s+current|the\s+full)"
    rf"(?:\s+(?i:fiscal|calendar))?\s+(?i:year)(?![\w-]|\s+(?i:old|olds)\b|,?\s+\d))"
    rf"|(?P<rel>(?i:yesterday|today|tonight|tomorrow|last\s+night"
    rf"|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday"
    rf"|(?<![\w-]){_COUNT}\s+days(?:\s+or\s+so)?\s+ago))"
    rf"|(?P<ago>(?<![\w-])(?P<an>(?i:a|an|one|{_COUNT}))"
    rf"\s+(?P<au>(?i:weeks?|months?|years?|decades?))(?:\s+(?i:or\s+so))?\s+(?i:ago))"
    rf"|(?P<weekend>(?<![\w-])(?i:last|this\s+past|this|next|over\s+the|at\s+the|during\s+the"
    rf"|on\s+the|through\s+the|throughout\s+the|into\s+the|by\s+the|until\s+the)"
    rf"\s+(?i:weekend)(?![\w-]))"
    rf"|(?P<period>(?i:last\s+week|last\s+month|last\s+year|earlier\s+this\s+(?:week|month|year)"
    rf"|this\s+week|this\s+month|(?<![Tt]he\s)next\s+(?:week|month)))"
    rf"|(?P<nth>(?i:on\s+the)\s+(?P<d7>\d{{1,2}})(?:st|nd|rd|th)(?!\s+(?:of\s+)?{_MONTH})"
    rf"{_NOT_A_RANK}))",
)
# the end point of a span right before a weekday ("until 9 a.m. EST Tuesday")
# the end of a span before a weekday: "until 9 a.m. Tuesday", "by Friday" ("by" only with
# nothing but a time of day after it: "killed by police on Saturday" is the agent)
_END_POINT_RE = re.compile(
    r"\b(?i:until|till|through)\b(?:[^.;:!?,]|\b[ap]\.m\.){0,25}$"
    r"|\b(?i:by)\s+(?:(?:\d{1,2}(?::\d\d)?|noon|midnight|(?i:[ap]\.?m\.?)|(?i:early|late))\s+)*$"
)
# a new date for something ("the session was pushed to Thursday", "moved back to
# Friday"): it may still lie ahead, whatever the tense, unless the sentence goes on to
# tell it done ("was pushed to Thursday, and the bill passed": ``time_tense``, past)
_MOVED_TO_RE = re.compile(
    r"\b(?i:moved|pushed|postponed|delayed|rescheduled|shifted|bumped|put\s+off)"
    r"(?:\s+(?i:back|up|forward|again))?\s+(?i:to|until|for)\s+$"
)
_AGE_AFTER_RE = re.compile(r"^\s*-?\s*(?:year|month|day)s?[\s\-]old", re.IGNORECASE)
MAX_YEARS = 100
# the length of a reporting period that ends on a date: "the year ended March 31",
# "the fiscal quarter ending Sept. 30" (a duration; the date is found on its own)
_PERIOD_ENDED_RE = re.compile(
    r"(?<![\w-])(?i:the)\s+(?:(?i:fiscal)\s+)?(?P<u>(?i:year|quarter))"
    rf"(?=\s+(?i:ended|ending|that\s+ended|to)\s+{_MONTH}\b)"
)
# a second month joined to a month found ("in November and December", "from July
# through September", "between March and May 1998"); "May" only where no word follows
_AND_MONTH_RE = re.compile(r"\s*,?\s+(?:and|or|to|through|till|until|into)\s+|\s*[-–]\s*")
_SECOND_MONTH_RE = re.compile(
    rf"(?P<m>{_MONTH_FULL})(?![\w-])"
    rf"(?:,?\s+(?i:of\s+)?(?P<y>(?:18|19|20)\d\d)(?![\w-])"
    rf"|\s+(?i:of\s+)?(?P<yq>(?i:last|this|next))\s+(?i:year)(?![\w-]))?"
    r"(?!\.?\s+\d)(?!\s+[a-z])(?:(?<!May)|(?=[,.;:)]|\s*$))"
)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday(ref: dt.date, wd: int, mode: str) -> dt.date:
    back = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    if mode == "future":  # on or after the reference ("will meet later Tuesday": today)
        return ref + dt.timedelta(days=ahead)
    if mode == "next":  # "next Friday": strictly after
        return ref + dt.timedelta(days=ahead or 7)
    if mode == "nearest":
        return ref + dt.timedelta(days=ahead) if ahead < back else ref - dt.timedelta(days=back)
    if mode == "strict_past":
        return ref - dt.timedelta(days=back or 7)
    if mode == "week":  # "this Thursday": that day of the publication's Monday-Sunday week
        return ref + dt.timedelta(days=wd - ref.weekday())
    return ref - dt.timedelta(days=back)


def _month_day(
    ref: dt.date | None, month: int, day: int, year: int | None, tense: Tense = "neutral"
) -> dt.date | None:
    if year is not None:
        return _safe(year, month, day)
    if ref is None or _safe(2000, month, day) is None:  # 2000: a leap year
        return None
    # February 29 only exists in leap years: look a few years either way
    years = range(ref.year + 4, ref.year - 8, -1)
    dates = [d for d in (_safe(y, month, day) for y in years) if d is not None]
    return pick_by_tense(ref, dates, tense, slack=dt.timedelta(days=1))


def _resolve(
    m: re.Match[str], ref: dt.date | None, tense: Callable[[], Tense]
) -> tuple[dt.date | None, Precision, str | None, bool] | None:
    """(date, precision, part_of_day, relative) or None when this is not a date.
    ``tense`` gives the tense of the sentence at the match (computed on demand)."""
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
        wd = WEEKDAYS.index(g["wd"])
        if qual in ("next", "this coming"):
            return _weekday(ref, wd, "next"), "day", part, True
        if qual in ("last", "this"):
            mode = "strict_past" if qual == "last" else "week"
            return _weekday(ref, wd, mode), "day", part, True
        if tense() in AHEAD_TENSES:
            return _weekday(ref, wd, "future"), "day", part, True
        before = m.string[max(0, m.start() - 40) : m.start()]
        if _END_POINT_RE.search(before) or (_MOVED_TO_RE.search(before) and tense() != "past"):
            # "extended its deadline until 9 a.m. Tuesday", "pushed to Thursday": the
            # end of a span or a new date, which may still lie ahead, so the nearest
            # such day either way
            return _weekday(ref, wd, "nearest"), "day", part, True
        date: dt.date | None = _weekday(ref, wd, "past")
        if part is not None and part.startswith("early") and date == ref - dt.timedelta(days=6):
            # "announced early Saturday" in a Friday article: the next day in the
            # place of the event (a time zone ahead), not a week before
            date = ref + dt.timedelta(days=1)
        return date, "day", part, True
    if g["mdy"] or g["dmy"] or g["mdyc"]:
        month = MONTH_NAMES[(g["m1"] or g["m2"] or g["m1c"]).rstrip(".").title()]
        day = int(g["d1"] or g["d2"] or g["d1c"])
        ystr = g["y1"] or g["y2"] or g["y1c"]
        year = int(ystr) if ystr else None
        date = _month_day(ref, month, day, year, tense() if year is None else "neutral")
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
        month = MONTH_NAMES[g["m5"] or g["m5b"] or g["m5c"]]
        if g["y5"]:
            date = _safe(int(g["y5"]), month, 1)
            return (date, "month", None, False) if date else None
        if ref is None:
            return None, "month", None, True
        firsts = [dt.date(y, month, 1) for y in range(ref.year + 1, ref.year - 2, -1)]
        date = pick_by_tense(ref.replace(day=1), firsts, tense(), slack=dt.timedelta(0))
        return date, "month", None, True
    if g["mrel"]:
        month = MONTH_NAMES[g["m9"] or g["m10"] or g["m11"]]
        if g["m11"]:  # "January 1998"
            return _safe(int(g["y11"]), month, 1), "month", None, False
        if ref is None:
            return None, "month", None, True
        if g["m10"]:  # "June last year"
            return _safe(ref.year + REL_YEARS[g["yq"].lower()], month, 1), "month", None, True
        q = g["mq"].lower()
        if q == "this":
            return _safe(ref.year, month, 1), "month", None, True
        if q == "last":  # the latest such month before the current one
            year = ref.year if month < ref.month else ref.year - 1
        else:
            year = ref.year if month > ref.month else ref.year + 1
        return _safe(year, month, 1), "month", None, True
    if g["year"]:
        year = int(g["y8"])
        part = g["yp"].lower() if g["yp"] else None
        return _safe(year, 1, 1), "year", part, False
    if g["relyear"]:
        if ref is None:
            return None, "year", None, True
        words = g["relyear"].lower().split()
        ahead = words[0] == "next" or words[1] in ("coming", "following")  # not "current"
        if words[1] == "following":
            return None  # the year after some other event: not the publication's
        return _safe(ref.year + int(ahead), 1, 1), "year", None, True
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
        if rel == "yesterday":
            return ref - dt.timedelta(days=1), "day", None, True
        n_text = rel.split()[0]
        n = NUM_WORDS.get(n_text) or int(n_text)
        return ref - dt.timedelta(days=n), "day", None, True
    if g["ago"]:
        n = NUM_WORDS.get(g["an"].lower()) or int(g["an"])
        unit = g["au"].lower().rstrip("s")
        if unit == "week":  # the Monday of that week, as "last week"
            return week_start(ref) - dt.timedelta(days=7 * n), "day", "week", True
        if unit == "decade":  # "a decade ago": the year ten years back
            return _safe(ref.year - 10 * n, 1, 1), "year", None, True
        if unit == "month":
            months = ref.year * 12 + ref.month - 1 - n
            return _safe(months // 12, months % 12 + 1, 1), "month", None, True
        return _safe(ref.year - n, 1, 1), "year", None, True
    if g["weekend"]:
        # the Saturday of that weekend; "over the weekend" is the last one (this one
        # from a Saturday or Sunday), or the coming one with a future cue
        saturday = week_start(ref) + dt.timedelta(days=5)
        which = " ".join(g["weekend"].lower().split()[:-1])
        if which == "last":
            saturday -= dt.timedelta(days=7)
        elif which == "next":
            saturday += dt.timedelta(days=7)
        elif which in ("by the", "until the", "through the", "throughout the", "into the"):
            # a deadline or a span up to it: the coming weekend, unless the sentence
            # tells of the past
            if ref.weekday() < 5 and tense() in ("past", "lean_past"):
                saturday -= dt.timedelta(days=7)
        elif ref.weekday() < 5 and (
            which == "this past" or (which != "this" and tense() not in AHEAD_TENSES)
        ):
            saturday -= dt.timedelta(days=7)
        return saturday, "day", "weekend", True
    if g["period"]:
        per = " ".join(g["period"].lower().split())
        monday = week_start(ref)
        if per == "last week":
            return monday - dt.timedelta(days=7), "day", "week", True
        if per in ("this week", "earlier this week"):
            return monday, "day", "week", True
        if per == "next week":
            return monday + dt.timedelta(days=7), "day", "week", True
        if per in ("next month", "last month"):
            return shift_months(ref, 1 if per == "next month" else -1), "month", None, True
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


def _second_months(
    text: str, found: list[TimeExpression], taken: list[tuple[int, int]]
) -> list[TimeExpression]:
    """The months joined to a found month ("November and December" after "in
    November"): the same year, or the next when the month comes earlier in it."""
    out: list[TimeExpression] = []
    for t in found:
        if t.precision != "month" or t.part_of_day is not None or t.date is None:
            out.append(t)
            continue
        link = _AND_MONTH_RE.match(text, t.end)
        m = _SECOND_MONTH_RE.match(text, link.end()) if link else None
        if m is None:
            out.append(t)
            continue
        month = MONTH_NAMES[m.group("m")]
        first = t.date
        if m.group("y") or (m.group("yq") and t.reference is not None):
            # "November and December of last year": the year holds for both
            if m.group("y"):
                year = int(m.group("y"))
            else:
                assert t.reference is not None
                year = t.reference.year + REL_YEARS[m["yq"].lower()]
            if t.relative and not re.search(r"\d{4}|year", t.text):
                t = replace(t, date=dt.date(year - (first.month > month), first.month, 1))
        else:
            year = first.year + (month < first.month)
        out.append(t)
        if overlaps(m.start(), m.end(), taken):
            continue  # found already ("December of last year"): it only gave the year
        taken.append((m.start(), m.end()))
        out.append(
            replace(
                t,
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                date=dt.date(year, month, 1),
                relative=t.relative and not m.group("y"),
                reference=t.reference if t.relative and not m.group("y") else None,
            )
        )
    return out


# a copyright line before the expression, on its own line ("© Inexhibit, 2018")
_COPYRIGHT_BEFORE_RE = re.compile(r"(?:©|\([Cc]\)|\b[Cc]opyright\b)[^\n]*$")


def find_times(parsed: ParsedArticle) -> list[TimeExpression]:
    """Time expressions of one article: dates resolved against its publication date
    (periods first, then the other dates outside them), then the durations,
    recurrences and present references outside the dates (``durations``)."""
    text = parsed.text
    ref = parsed.article.published
    out: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    tenses: dict[int, Tense] = {}  # by start: the tense read while resolving, if any
    for rx in (PERIOD_RE, HOLIDAY_RE, TIME_RE):
        for m in rx.finditer(text):
            if overlaps(m.start(), m.end(), taken):
                continue
            if _AGE_AFTER_RE.match(text[m.end() : m.end() + 12]) or in_a_name(parsed, m):
                continue
            if _COPYRIGHT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "© Inexhibit, 2018", "Copyright 2019 Reuters": no event's date
            if (
                rx is TIME_RE
                and (m.group("rel") or "").lower() == "today"
                and NOWADAYS_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # "the atrocities happening in the world today": the present
            got_tense: list[Tense] = []

            def tense(m: re.Match[str] = m, memo: list[Tense] = got_tense) -> Tense:
                if not memo:
                    memo.append(tense_of(parsed.doc, text, m.start(), m.end()))
                return memo[0]

            try:
                if rx is PERIOD_RE:
                    got = resolve_period(m, text, ref, tense)
                elif rx is HOLIDAY_RE:
                    got = resolve_holiday(m, text, ref, tense)
                else:
                    got = _resolve(m, ref, tense)
            except (ValueError, OverflowError, StopIteration, IndexError):
                got = None
            if got is None:
                continue
            date, precision, part, relative = got
            anchor = ref or date
            if date is not None and anchor is not None and abs(date.year - anchor.year) > MAX_YEARS:
                continue
            start, end = m.start(), m.end()
            if rx is TIME_RE and m.group("nth"):
                start = m.start("d7")
            taken.append((m.start(), end))
            if got_tense:
                tenses[start] = got_tense[0]
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
    out = _second_months(text, out, taken)
    out.sort(key=lambda t: t.start)
    out = _weekdays_ahead_elsewhere(parsed, out, tenses)
    out = anchor_times(parsed, out, taken)
    for m in _PERIOD_ENDED_RE.finditer(text):
        if overlaps(m.start(), m.end(), taken):
            continue
        taken.append((m.start(), m.end()))
        value = "P1Y" if m.group("u").lower() == "year" else "P3M"
        out.append(make_undated(parsed.article.id, text, m.start(), m.end(), "duration", value))
    out += find_durations(text, parsed.article.id, taken, parsed.doc)
    out.sort(key=lambda t: t.start)
    return _years_written_elsewhere(out)


# a bare weekday as found ("Monday", "on Monday", "Monday’s" of "Monday’s summit")
_BARE_WEEKDAY_RE = re.compile(rf"(?:on\s+)?(?P<wd>{_WD})(?:['’]s)?")


def _weekdays_ahead_elsewhere(
    parsed: ParsedArticle, found: list[TimeExpression], tenses: dict[int, Tense]
) -> list[TimeExpression]:
    """A bare weekday whose sentence gives no tense ("to challenge Mr. Putin at
    Monday’s summit meeting") was placed in the past; when the article writes the same
    weekday elsewhere in a sentence that places it ahead ("when they meet on Monday",
    "should cancel Monday’s meeting") and nowhere in one that places it in the past,
    it is that day ahead: one article's "Monday" is one day.  ``tenses``: the tense
    each expression was resolved with (by start), read again only where none was."""
    ref = parsed.article.published
    if ref is None or parsed.doc is None:
        return found
    bare: list[tuple[int, str, Tense]] = []
    for i, t in enumerate(found):
        m = _BARE_WEEKDAY_RE.fullmatch(t.text)
        if m is not None and t.precision == "day" and t.relative:
            tense = tenses.get(t.start) or tense_of(parsed.doc, parsed.text, t.start, t.end)
            bare.append((i, m.group("wd"), tense))
    out = list(found)
    for i, wd, tense in bare:
        if tense not in ("neutral", "lean_past") or out[i].date != _weekday(
            ref, WEEKDAYS.index(wd), "past"
        ):
            continue
        said = {x for j, w, x in bare if w == wd and j != i}
        if said & AHEAD_TENSES and not said & {"past"}:
            out[i] = replace(out[i], date=_weekday(ref, WEEKDAYS.index(wd), "future"))
    return out


_YEAR_IN_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH_WORD_RE = re.compile(rf"\b{_MONTH}\b", re.IGNORECASE)


def _years_written_elsewhere(times: list[TimeExpression]) -> list[TimeExpression]:
    """A month and day written without a year ("the June 20 shooting") take the one year
    the article writes that same day with ("was killed June 24, 2005 … while
    investigating a June 20, 2005 shooting"), not the one nearest the publication date
    (a 2007 trial report's "June 24" was 2006): the story told it once in full."""
    full: dict[tuple[int, int], set[int]] = {}
    for t in times:
        if (
            t.date is not None
            and t.precision == "day"
            and not t.relative
            and _YEAR_IN_RE.search(t.text)
        ):
            full.setdefault((t.date.month, t.date.day), set()).add(t.date.year)
    if not full:
        return times
    out = []
    for t in times:
        if (
            t.kind == "date"
            and t.precision == "day"
            and t.relative
            and _MONTH_WORD_RE.search(t.text)
            and not _YEAR_IN_RE.search(t.text)
            and t.date is not None
        ):
            years = full.get((t.date.month, t.date.day), set())
            if len(years) == 1 and (year := next(iter(years))) != t.date.year:
                t = replace(t, date=t.date.replace(year=year), relative=False, reference=None)
        out.append(t)
    return out


def resolved_against(
    parsed: ParsedArticle, t: TimeExpression, ref: dt.date
) -> TimeExpression | None:
    """``t`` resolved again against ``ref`` rather than the publication date, or None
    when ``t`` is not one of the relative phrases of ``TIME_RE`` ("tonight", "late
    Monday", "next week") or does not resolve against ``ref``."""
    m = TIME_RE.match(parsed.text, t.start)
    if m is None or m.end() != t.end or m.group("nth"):
        return None
    text = parsed.text

    def tense() -> Tense:
        return tense_of(parsed.doc, text, m.start(), m.end())

    try:
        got = _resolve(m, ref, tense)
    except (ValueError, OverflowError, StopIteration, IndexError):
        return None
    if got is None or got[0] is None or not got[3]:
        return None
    date, precision, part, _ = got
    return replace(t, date=date, precision=precision, part_of_day=part, reference=ref)
