"""Holidays whose date follows from the year: "Thanksgiving Day", "Christmas Eve".

Two kinds are computed (``HOLIDAYS``): fixed days ("New Year's Day", "Valentine's
Day", "St. Patrick's Day", "the Fourth of July", "Independence Day",
"Halloween", "Veterans Day", "Christmas Eve", "Christmas Day", "Boxing Day",
"New Year's Eve") and the US Monday and Thursday holidays ("Martin Luther King
Day", "Presidents' Day", "Memorial Day", "Labor Day", "Columbus Day",
"Thanksgiving": the Nth or last such weekday of its month).  A year after the
name ("Christmas 1998", "Thanksgiving of 1999") fixes it; "last Christmas" is
the latest one before the publication date, "next Thanksgiving" the first
after it, "this Christmas" the publication year's; otherwise the tense of the
sentence picks the year as for a month-day ("was found on Thanksgiving Day":
the latest one; "will be home by Christmas": the next).

Not taken: the holiday as a kind of thing ("Christmas shopping", "a
Thanksgiving dinner", "the Memorial Day weekend": a lower-case word follows),
another country's day ("Israel's Independence Day", "Mexican Independence
Day": a possessive or a capitalised word before it), and moveable feasts
(Easter, Passover, Ramadan, the Lunar New Year): their dates need a
calendar of their own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..model import Precision
from .time_names import WORD_BEFORE
from .time_tense import Tense, pick_by_tense

__all__ = ["HOLIDAYS", "HOLIDAY_RE", "holiday_date", "resolve_holiday"]

# name -> (month, day) for a fixed day, or (month, weekday, n) for the nth weekday
# of the month (n = -1: the last one); Monday is 0
HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int]] = {
    "new year's day": (1, 1),
    "martin luther king day": (1, 0, 3),
    "presidents' day": (2, 0, 3),
    "valentine's day": (2, 14),
    "st. patrick's day": (3, 17),
    "memorial day": (5, 0, -1),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "thanksgiving": (11, 3, 4),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
}
_NAMES = (
    r"New\s+Year['’]s\s+(?:Day|Eve)|Martin\s+Luther\s+King(?:\s+Jr\.?)?(?:['’]s)?\s+Day"
    r"|Presidents['’]?\s+Day|Valentine['’]s\s+Day|St\.?\s+Patrick['’]s\s+Day|Memorial\s+Day"
    r"|Independence\s+Day|(?i:the)\s+Fourth\s+of\s+July|Labou?r\s+Day|Columbus\s+Day|Halloween"
    r"|Veterans['’]?\s+Day|Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day"
)
_FUNCTION = (
    r"(?:and|or|but|the|a|an|to|when|after|before|as|at|in|on|by|for|from|with|while|until"
    r"|during|of|it|he|she|they|we|was|were|is|are|had|has|have|that|which|this|there)\b"
)
HOLIDAY_RE = re.compile(
    rf"(?<![\w-])(?:(?P<hq>(?i:last|this|next))\s+)?(?P<hn>{_NAMES})(?![\w-])"
    rf"(?:,?\s+(?:(?i:of)\s+)?(?P<hy>(?:18|19|20)\d\d)(?![\w-]))?"
    rf"(?!\s+(?!{_FUNCTION})[a-z])(?!\s+[A-Z][a-z]+\s+(?:Parade|Party|Service|Sale))"
)
# another country's day: "Israel's Independence Day", "Mexican Independence Day" (a
# possessive, or a capitalised word that does not open the sentence)
_OPENS = re.compile(r"(?:^|[.!?:;][\"“”']?|\n)\s*$")


def _key(name: str) -> str:
    words = " ".join(name.lower().replace("’", "'").split())
    words = re.sub(r"^martin luther king.*day$", "martin luther king day", words)
    words = words.replace("presidents day", "presidents' day").replace("labour", "labor")
    words = words.replace("veterans' day", "veterans day").replace("st patrick", "st. patrick")
    return words.removesuffix(" day") if words in ("thanksgiving day", "christmas day") else words


def holiday_date(name: str, year: int) -> dt.date:
    """The date of holiday ``name`` (a key of ``HOLIDAYS``) in ``year``."""
    rule = HOLIDAYS[name]
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    month, weekday, n = rule
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def resolve_holiday(
    m: re.Match[str], text: str, ref: dt.date | None, tense: Callable[[], Tense]
) -> tuple[dt.date | None, Precision, str | None, bool] | None:
    """(date, precision, part_of_day, relative) of a ``HOLIDAY_RE`` match, or None."""
    w = WORD_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    if w is not None and not m.group("hq"):
        word = w.group(1)
        lo = m.start() - len(w.group(0))
        opens = _OPENS.search(text, max(0, lo - 10), lo)
        if re.search(r"['’]s?$", word) or (word[:1].isupper() and opens is None):
            return None
    name = _key(m.group("hn"))
    if m.group("hy"):
        return holiday_date(name, int(m.group("hy"))), "day", None, False
    if ref is None:
        return None, "day", None, True
    dates = [holiday_date(name, y) for y in range(ref.year + 1, ref.year - 3, -1)]
    q = (m.group("hq") or "").lower()
    if q == "this":
        return holiday_date(name, ref.year), "day", None, True
    if q == "last":
        return next(d for d in dates if d < ref), "day", None, True
    if q == "next":
        return [d for d in dates if d > ref][-1], "day", None, True
    t = tense()
    date = pick_by_tense(ref, dates, "past" if t == "unknown" else t, dt.timedelta(days=1))
    return (date, "day", None, True) if date else None
