"""Publication dates: datelines and header lines, or an honest inference, or unknown.

``parse_date`` reads one date string (ISO, "March 9, 2026", "9 March 2026",
"10/03/2026" when unambiguous, ISO datetimes).  ``find_dateline`` looks for a
dateline near the top of an article ("PORT SARAB, March 9 (MPA) —", "By Jane
Doe | March 10, 2026", "Published 9 March 2026"); a dateline without a year
takes none and is not used.  ``infer_date`` returns a date only when the text
names exactly one full calendar date (day, month and year): the article is
then marked ``published_inferred``.  Nothing else is guessed.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MDY_RE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I
)
_DMY_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I
)
_ISO_RE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ][\d:.+\-Z]*)?\b")
_SLASH_RE = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\b")
MIN_YEAR, MAX_YEAR = 1900, 2100


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist or its year is outside
    ``MIN_YEAR``-``MAX_YEAR`` (a year 0 or 9999 is no usable publication date)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> dt.date | None:
    groups = m.groupdict()
    if "a" in groups:  # dd/mm/yyyy or mm/dd/yyyy: only when unambiguous
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12 >= b:
            return make_date(int(groups["year"]), b, a)
        if b > 12 >= a:
            return make_date(int(groups["year"]), a, b)
        if a == b:
            return make_date(int(groups["year"]), a, b)
        return None
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower().rstrip(".")]
    return make_date(int(groups["year"]), month, int(groups["day"]))


def _all_dates(text: str) -> list[tuple[int, dt.date]]:
    found: list[tuple[int, dt.date]] = []
    for rx in (_ISO_RE, _MDY_RE, _DMY_RE, _SLASH_RE):
        for m in rx.finditer(text):
            d = _from_match(m)
            if d is not None:
                found.append((m.start(), d))
    found.sort(key=lambda x: x[0])
    return found


def parse_date(value: str) -> dt.date | None:
    """The first full date in ``value`` (None when there is none or it is ambiguous)."""
    found = _all_dates(value[:200])
    return found[0][1] if found else None


_DATELINE_HINT_RE = re.compile(
    r"\s*(?i:published|posted|updated|date\b|by\b[^\n]{0,60}?[|·•,—–-])|[A-Z][A-Z .'\-]{2,40},\s"
)


def find_dateline(text: str, window: int = 400) -> dt.date | None:
    """A dated dateline or byline line in the first ``window`` characters."""
    head = text[:window]
    for line in head.split("\n")[:6]:
        stripped = line.strip()
        if not stripped:
            continue
        found = _all_dates(stripped[:160])
        if not found:
            continue
        pos, date = found[0]
        # a dateline: a short line of its own, or a line that says it is one
        # ("Published ...", "By ... |", "CITY, <date> —"); a date inside a
        # sentence of the story is an event date, not the publication date
        short = len(stripped) <= 80 and len(stripped.split()) <= 12
        if short or (pos <= 60 and _DATELINE_HINT_RE.match(stripped)):
            return date
    return None


def infer_date(text: str) -> dt.date | None:
    """The one full date the text names, or None when there are none or several."""
    dates = {d for _, d in _all_dates(text)}
    return dates.pop() if len(dates) == 1 else None
