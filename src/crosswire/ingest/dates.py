"""Publication dates: datelines and header lines, or an honest inference, or unknown.

``parse_date`` reads one date string (ISO, "March 9, 2026", "9 March 2026",
"10/03/2026" when unambiguous, ISO datetimes).  ``find_dateline`` looks for a
dateline near the top of an article ("PORT SARAB, March 9 (MPA) —", "By Jane
Doe | March 10, 2026", "Published 9 March 2026"); a dateline without a year
takes none and is not used.  ``infer_date`` returns a date only when the text
names exactly one full calendar date (day, month and year) and tells it as a
stamp or as the weekday-dated day of its event, not ahead: the article is
then marked ``published_inferred``.  Nothing else is guessed.  ``date_stamp`` tells a
line that is only a date and time stamp ("Posted: Mar 10, 2026 8:20 AM ET", "APR 28").

``wire_dateline`` reads the year-less dateline of a wire report or an undated
repost ("WASHINGTON, April 29 (UPI) —", "PORT SARAB, March 9 —": a city in
capitals, a month and day, an optional agency in brackets, a dash) and takes
its year from the URL ("/2019/04/29/", "/2019/", "-20190429-": a year
between ``MIN_YEAR`` and ``MAX_YEAR`` in the path), else from the latest
full date in the text when it falls in the month before the dateline's day
(the story's own event: "on April 27, 2019 ... WASHINGTON, April 29"), else
gives nothing: a day and month without a year are left unknown rather than
guessed.  The year is then inferred, so the article is marked
``published_inferred``.

``url_date`` reads the full date a news site writes into an article's address
("/2013/09/14/", "/2019/nov/18/", "/2005-11-27-iran-quake", "/20070503/"): the
publisher's own date, so it is not inferred.  A path with two different full
dates, or a year and month alone ("/2013/09/"), gives none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

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


def _date_spans(text: str) -> list[tuple[int, int, dt.date]]:
    """Every full date in ``text``: (start, end, date), in text order."""
    found: list[tuple[int, int, dt.date]] = []
    for rx in (_ISO_RE, _MDY_RE, _DMY_RE, _SLASH_RE):
        for m in rx.finditer(text):
            d = _from_match(m)
            if d is not None:
                found.append((m.start(), m.end(), d))
    found.sort(key=lambda x: x[0])
    return found


def _all_dates(text: str) -> list[tuple[int, dt.date]]:
    return [(start, d) for start, _, d in _date_spans(text)]


def parse_date(value: str) -> dt.date | None:
    """The first full date in ``value`` (None when there is none or it is ambiguous)."""
    found = _all_dates(value[:200])
    return found[0][1] if found else None


# "HARTFORD, Conn. —", "WASHINGTON—", "BEIRUT, March 3 (AP) --", "LONDON (Reuters) -",
# "BUDAPEST, Hungary (AP)_" (the wires' underscore for a dash)
_DATELINE_RE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][\w.'’ ]{1,30})?)"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([^)\n]{1,30}\))?\s*(?:—|–|--|-|_(?=\s))\s*"
)


# "Brasília, OCT 31:", "Kabul, Oct. 31 —", "Nairobi, 31 October (IPS) -": a place written
# in capitals or not, then a month and a day, then a colon or a dash
_MONTH_NAMES = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DATED_PLACE_RE = re.compile(
    r"\A\s*(?!(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\b)"
    r"(?P<place>[A-Z][\w.'’\-]{1,25}(?: [A-Z][\w.'’\-]{1,25}){0,2}),\s*"
    rf"(?:{_MONTH_NAMES}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAMES})\b(?:,\s*\d{{4}})?"
    r"(?:\s*\([^)\n]{1,30}\))?\s*(?::|—|–|--|-(?=\s))\s*"
)


def dateline_end(text: str) -> int:
    """End of the opening dateline ("HARTFORD, Conn. — ", "Brasília, OCT 31: "), 0 when
    there is none."""
    m = _DATELINE_RE.match(text[:120]) or _DATED_PLACE_RE.match(text[:120])
    if not m or not any(c.isalpha() for c in m.group("place")):
        return 0
    return m.end()


_DATELINE_HINT_RE = re.compile(
    r"\s*(?i:published|posted|updated|date\b|by\b[^\n]{0,60}?[|·•,—–-])|[A-Z][A-Z .'\-]{2,40},\s"
)


TIME_ZONES = frozenset(
    "GMT UTC BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AEST AEDT "
    "IST MSK".split()
)
"""Time zone abbreviations written after a clock time ("9:31 AM EDT", "2045 GMT")."""

# words of a date and time stamp ("Posted on Mar 10, 2026 at 8:20 AM ET")
_STAMP_LABELS = frozenset("last updated posted published at on am pm".split())
# the words a stamp may open with before its date ("Published time: ...", "By ...")
_STAMP_LEAD = _STAMP_LABELS | frozenset("by time created first a p".split())
# the words a line that is only a stamp may hold besides months
_STAMP_WORDS = (
    _STAMP_LABELS
    | {zone.lower() for zone in TIME_ZONES}
    | frozenset(
        "update modified created story a.m p.m et pt ct mt ago downloaded retrieved "
        "accessed archived year years day days hour hours minute minutes "
        "mon tue tues wed thu thur thurs fri sat sun "
        "monday tuesday wednesday thursday friday saturday sunday st nd rd th".split()
    )
)
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
_STAMP_WORD_RE = re.compile(r"[^\W\d_]+(?:\.[^\W\d_])?")
_DAY_NUMBER_RE = re.compile(r"\b\d{1,2}\b")


def _prose_before(head: str) -> bool:
    """Words of prose before a line's date ("Page was born on April 22, 1923"): two
    lower-case words that no date stamp opens with ("on", "published", "time" …)."""
    return sum(w not in _STAMP_LEAD for w in _LOWER_WORD_RE.findall(head)) >= 2


_SAVED_BEFORE_RE = re.compile(
    r"\b(?:downloaded|retrieved|accessed|archived|crawled|saved|captured)(?:\s+on)?\s*:?\s*$",
    re.IGNORECASE,
)


def find_dateline(text: str, window: int = 400) -> dt.date | None:
    """A dated dateline or byline line in the first ``window`` characters."""
    head = text[:window]
    for line in head.split("\n")[:6]:
        stripped = line.strip()
        if not stripped:
            continue
        # a date the page was saved on is no publication date ("Posted 1 year, 160 days
        # ago [ downloaded on 2 October 2013 ]")
        found = [
            (p, d)
            for p, d in _all_dates(stripped[:160])
            if not _SAVED_BEFORE_RE.search(stripped[:p])
        ]
        if not found:
            continue
        pos, date = found[0]
        # a dateline: a short line of its own, or a line that says it is one
        # ("Published ...", "By ... |", "CITY, <date> —"); a date inside a
        # sentence of the story is an event date, not the publication date
        short = (
            len(stripped) <= 80
            and len(stripped.split()) <= 12
            and not _prose_before(stripped[:pos])
        )
        if short or (pos <= 60 and _DATELINE_HINT_RE.match(stripped)):
            return date
    return None


def date_stamp(line: str) -> bool:
    """A line that is only a date and time stamp ("21 July 2013 Last updated at 11:11
    GMT", "9:53 AM, MON 22 JUL 2013", "APR 28"): a date ``find_dateline`` reads (or a
    month and a day) and no word that is not a month, a weekday, a time zone or
    "posted"/"updated"."""
    s = " ".join(line.split())
    if len(s) > 90:
        return False
    words = _STAMP_WORD_RE.findall(s.casefold())  # "a.m" is one word; none ends in "."
    if not all(w in _STAMP_WORDS or w in MONTHS for w in words):
        return False
    # a month and a day without the year ("APR 28"), or a full date
    month_day = any(w in MONTHS for w in words) and _DAY_NUMBER_RE.search(s)
    return bool(month_day) or find_dateline(s) is not None


def on_stamp_line(text: str, pos: int) -> bool:
    """Is ``pos`` on a line that is only a date stamp (``date_stamp``)?"""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return date_stamp(text[lo : hi if hi >= 0 else len(text)])


_BORN_RE = re.compile(r"\b(?:born|birth|birthday)\b", re.IGNORECASE)
# a date stamped on the page: "posted in Accidents on ...", "PUBLISHED: 02:31 GMT, 12
# March 2013", "on April 30, 2008 at 4:31 AM"
_STAMP_BEFORE_RE = re.compile(r"\b(?:posted|published|updated|created)\b", re.IGNORECASE)
_CLOCK_AFTER_RE = re.compile(r"[\s,]*(?:at\s+)?\d{1,2}\s?:\s?\d\d\b", re.IGNORECASE)
# information dated as current ("this analysis reflects information available as of
# 10 March 2026")
_AS_OF_BEFORE_RE = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
# a date told with its weekday, as news tells the day of its own event ("checked
# herself in on Tuesday, December 9, 2008")
_WEEKDAY_BEFORE_RE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?$", re.IGNORECASE
)
# ... unless the sentence puts it ahead ("will be the host ... on Sunday, February 22")
_AHEAD_RE = re.compile(
    r"\b(?:will|shall|scheduled|slated|set\s+to|expected\s+to|due\s+to|(?:is|are)\s+to)\b",
    re.IGNORECASE,
)


def _told_as_today(text: str, pos: int, end: int, lo: int, hi: int) -> bool:
    """Is the full date at ``pos``..``end`` (in the sentence ``lo``..``hi``) one an
    article could be dated by: a stamp, or the weekday-dated day of its own event?"""
    if _STAMP_BEFORE_RE.search(text, lo, pos) or _CLOCK_AFTER_RE.match(text, end):
        return True
    if _AS_OF_BEFORE_RE.search(text[max(lo, pos - 12) : pos]):
        return True
    return bool(_WEEKDAY_BEFORE_RE.search(text[max(lo, pos - 20) : pos])) and not (
        _AHEAD_RE.search(text, lo, hi)
    )


def infer_date(text: str) -> dt.date | None:
    """The one full date the text names, when the text tells it as a stamp ("Posted:
    …", "… at 4:31 AM", "information available as of 10 March 2026") or as the
    weekday-dated day of its event ("on Tuesday, December 9, 2008"), not ahead; else
    None, as when it names several.  A date in
    a sentence about a birth ("Page was born on April 22, 1923") is a date of the
    story's subject, not of the article, and does not count.  Any other lone date
    is no publication date: the day of an earlier event ("sentenced ... for the
    crimes he committed on March 11, 2005"), a date ahead ("scheduled to open
    November 20, 2009"), a photo's or an embedded post's date."""
    dates = set()
    told = False
    for pos, end, d in _date_spans(text):
        lo = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
        hi = min(x for x in (text.find(".", pos + 12), text.find("\n", pos), len(text)) if x >= 0)
        if _SAVED_BEFORE_RE.search(text[lo:pos]):
            continue  # "[ downloaded on 2 October 2013 ]": when a copy was saved
        if not _BORN_RE.search(text, lo, hi):
            dates.add(d)
            told = told or _told_as_today(text, pos, end, lo, hi)
    return dates.pop() if len(dates) == 1 and told else None


@dataclass(frozen=True, slots=True)
class Dateline:
    """A publication date read from a dateline; ``year_inferred`` when the dateline
    gave only the day and month and the year came from the URL or the text."""

    date: dt.date
    year_inferred: bool = False


_WIRE_DATELINE_RE = re.compile(
    rf"^\s*[A-Z][A-Z .'’\-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’\-]{{1,30}})?,\s+"
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|,?\s+\d{{4}})"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\)\s*)?[—–-]",
    re.IGNORECASE,
)
_URL_YEAR_RE = re.compile(r"(?:^|[/_\-.])(?P<year>(?:19|20)\d\d)(?:[/_\-.]|(?=[01]\d[0-3]\d)|$)")
# days before the dateline's day that a full date in the text may lie to lend its year
MAX_TEXT_YEAR_DAYS = 31


def _url_year(url: str | None) -> int | None:
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url)  # the host may hold digits ("2020vision.com")
    years = {int(m.group("year")) for m in _URL_YEAR_RE.finditer(path)}
    years = {y for y in years if MIN_YEAR <= y <= MAX_YEAR}
    return years.pop() if len(years) == 1 else None


_URL_DATE_RE = re.compile(
    r"(?:^|[/_\-.])(?P<year>(?:19|20)\d\d)(?P<sep>[/_\-]?)"
    rf"(?:(?P<month>[01]\d)|(?i:{_MONTH.replace('?P<month>', '?P<mname>')}))"
    r"(?P=sep)(?P<day>[0-3]\d)(?=[/_\-.]|$)"
)


def url_date(url: str | None) -> dt.date | None:
    """The one full date in the path of ``url`` (see the module docstring), or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.I).split("?", 1)[0].split("#", 1)[0]
    dates = set()
    for m in _URL_DATE_RE.finditer(path):
        if m.group("mname") and not m.group("sep"):
            continue  # "2013may03": no site writes that
        month = int(m.group("month")) if m.group("month") else MONTHS[m.group("mname").lower()]
        date = make_date(int(m.group("year")), month, int(m.group("day")))
        if date is not None:
            dates.add(date)
    return dates.pop() if len(dates) == 1 else None


def wire_dateline(text: str, url: str | None = None, window: int = 400) -> Dateline | None:
    """A year-less wire dateline at the top of ``text`` with its year from ``url`` or
    the text (see the module docstring), or None."""
    head = text[:window]
    line = next((ln for ln in head.split("\n")[:6] if ln.strip()), "")
    m = _WIRE_DATELINE_RE.match(line)
    if m is None or not line[: m.start("month")].split(",")[0].strip().isupper():
        return None
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(m.group("day"))
    year = _url_year(url)
    if year is not None:
        date = make_date(year, month, day)
        return Dateline(date, year_inferred=True) if date else None
    latest = max((d for _, d in _all_dates(text)), default=None)
    if latest is None:
        return None
    for y in (latest.year, latest.year + 1):
        date = make_date(y, month, day)
        if date is not None and 0 <= (date - latest).days <= MAX_TEXT_YEAR_DAYS:
            return Dateline(date, year_inferred=True)
    return None
