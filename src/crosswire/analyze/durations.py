"""Time expressions that are not dates: durations, recurrences and the present.

A length of time is not a dated event: "three weeks", "the next two weeks", "a
22-month investigation", "for six years", "nearly an hour" are **durations**
(``kind="duration"``, ``date`` None) with their ISO 8601 length in
``duration`` ("P3W", "P2W", "P22M", "P6Y", "PT1H"; decades are ten years,
"two decades" is "P20Y").  Found:

* a count and a unit: "six days", "22 months", "one minute", "two decades", "a
  week" (after a preposition or a verb of length only: "within a week", "lasted
  a week"; "a week" after an amount is a rate, "$5 a week"), with a leading
  "the next / past / last / first / coming / previous" kept in the span ("the
  last three months") and "or so" after it;
* the same as an adjective: "a 30-year bond", "a four-month ordeal", "an
  eight-year war", "day-long talks";
* unknown counts: "the next few days", "several weeks", "for years", "recent
  weeks", "decades-long" ("PXD", "PXW", "PXY", "PXY");
* two counts joined by "and", the larger unit first, as one length ("two years
  and four months": "P2Y4M"; "eight minutes and 59 seconds": "PT8M59S").

Not a length: the ordinal "a second" before a noun ("a second term"); a count with
a rate of time after it is a recurrence ("seven days a week", "24 hours a day":
``kind="set"`` with the rate's period).

Not durations: ages ("37 years old", "a 6-month-old son"), a count that places
a date ("two years ago", "three days later", "a day ahead of the hearing",
"two weeks after the vote", "six months into his term": the date is relative to
something else), and anything inside a date the date finder already took.

**Recurrences** (``kind="set"``, ``duration`` the period): "daily", "hourly",
"weekly", "monthly", "annually", "yearly", "every day", "each week" — not a
capitalised name ("the Daily Mail", "Weekly Standard").

**The present and the recent past** (``kind="ref"``, ``part_of_day``
"present" or "past"): "currently", "right now", "at present", "presently",
"today" after the world, a country or a society ("in the world today"),
the adjective "current" ("current market conditions"; not "current account",
"current affairs", "the then current price") are the present (TimeML's
``PRESENT_REF``), "recently" the past (``PAST_REF``), "the coming months" (days, weeks,
years) and "in / for the (near, foreseeable) future" the future
(``FUTURE_REF``, ``part_of_day`` "future"; not the adjective, "future demand",
nor "the future of the party": as often left unmarked).  A bare "now" is not
taken: it is as often a discourse marker ("Now, he says…") as a time, and on
TBAQ fewer than half of its uses are annotated; nor "soon" (a quarter).

None of these has a calendar date, so none reaches the timeline or a date
conflict.  A number + unit duration may also be a claim of ``numbers`` (a
quantity of time): that is a different finding type, not a double count.
``precision`` is that of the unit: "year" for years and decades, "month" for
months, "day" for anything shorter.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Precision, TimeExpression
from .units import ONES, TEENS, TENS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_UNITS = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "year": ("Y", False),
    "decade": ("Y", False),
    "century": ("Y", False),
}
_FACTOR = {"decade": 10, "century": 100, "fortnight": 2}
_PRECISION: dict[str, Precision] = {"Y": "year", "M": "month"}

_NUMBER_WORDS = {"a": 1, "an": 1, **ONES, **TEENS, **TENS}
_WORD_NUMBER = (
    rf"(?:(?:{'|'.join(TENS)})[-\s](?:{'|'.join(w for w in ONES if w != 'zero')})"
    rf"|{'|'.join(sorted(set(_NUMBER_WORDS) - {'a', 'an'}, key=len, reverse=True))})"
)
_NUMBER = rf"(?:\d{{1,3}}(?:\.\d+)?|{_WORD_NUMBER}|a|an)"
_VAGUE = r"(?:a\s+few|few|several|many|some)"
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
)
_LEAD = (
    r"(?:the\s+(?:(?:next|past|last|first|coming|previous|following|final|remaining|initial)"
    r"\s+)?)"
)
_HEDGE = (
    r"(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than|at\s+least"
    r"|up\s+to)\s+)"
)
# a count that dates something relative to another event, or an age
_NOT_AFTER = re.compile(
    r"\s*(?:-?\s*old\b|ago\b|later\b|earlier\b|after\b|before\b|ahead\b|prior\b|into\b|"
    r"since\b|from\s+now\b|hence\b|of\s+age\b|-old\b|['’]s?\s)",
    re.IGNORECASE,
)
# "a week" counts as a duration only after one of these ("within a week", "lasted a week")
_A_UNIT_AFTER = re.compile(
    r"\b(?:for|within|in|over|during|about|nearly|almost|only|just|than|take|takes|took|taken"
    r"|taking|last|lasts|lasted|lasting|spend|spent|spends|spending|wait|waited|after|of"
    r"|(?:give|gives|gave|given|offer|offers|offered|grant|granted|allow|allowed)"
    r"(?:\s+\w+){0,2})\s+$",
    re.IGNORECASE,
)

DURATION_RE = re.compile(
    # "the next two weeks", "nearly an hour", "22 months", "the first nine months or so"
    rf"(?P<count>(?<![\w$£€%.,-])(?i:(?:{_LEAD}|{_HEDGE})?(?P<n>{_NUMBER}|{_VAGUE})\s+(?P<u>{_UNIT})"
    rf"(?:\s+or\s+so)?)(?![\w-]))"
    # "a 30-year bond", "a four-month ordeal", "day-long talks", "decades-long"
    rf"|(?P<adj>(?<![\w$£€.,-])(?i:(?P<an>\d{{1,3}}|{_WORD_NUMBER})-(?P<au>{_UNIT})(?:-long)?"
    rf"|(?P<lu>day|week|month|year|hour|decades|years|months|weeks|hours)-long)"
    rf"(?![\w-]))"
    # "for years", "recent weeks", "weeks or months"
    rf"|(?P<bare>(?<![\w-])(?i:(?:for|recent)\s+(?P<bu>days|weeks|months|years|decades)"
    rf"|(?P<ou>days|weeks|months|years)\s+or\s+(?:days|weeks|months|years))(?![\w-]))"
)
SET_RE = re.compile(
    r"(?<![\w-])(?P<set>(?i:daily|hourly|weekly|monthly|annually|yearly)"
    r"|(?i:every|each)\s+(?P<su>day|week|month|year|hour|morning|night|evening))(?![\w-])"
)
# "today" after these is the present, no day ("in the world today", "in America today")
NOWADAYS_WORDS = ("world", "country", "society", "America", "nation", "culture")
NOWADAYS_BEFORE_RE = re.compile(r"\b(?:" + "|".join(NOWADAYS_WORDS) + r")\s+$")
REF_RE = re.compile(
    r"(?<![\w-])(?:(?P<present>(?i:currently|right\s+now|at\s+present|presently"
    r"|(?:" + "|".join(rf"(?<=\b{w}\s)" for w in NOWADAYS_WORDS) + r")today)"
    r"|current(?=\s+(?!account|affairs|events)[a-z]))|(?P<past>(?i:recently))"
    r"|(?P<future>(?i:(?:the\s+)?coming\s+(?:days|weeks|months|years)"
    r"|(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\binto\s)|(?<=\buntil\s))the\s+"
    r"(?:near\s+|foreseeable\s+|distant\s+|immediate\s+)?future(?!\s+[a-z]))))(?![\w-])"
)
_SET_PERIODS = {
    "daily": "P1D",
    "hourly": "PT1H",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "day": "P1D",
    "morning": "P1D",
    "night": "P1D",
    "evening": "P1D",
    "week": "P1W",
    "month": "P1M",
    "year": "P1Y",
    "hour": "PT1H",
}
_AMOUNT_BEFORE = re.compile(r"(?:\d|%|\bpercent|\bcents?|\bdollars?|\bpounds?|\beuros?)\s*$")


def _number(word: str) -> float | None:
    w = " ".join(word.lower().replace("-", " ").split())
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ONES:
        return TENS[parts[0]] + ONES[parts[1]]
    try:
        return float(w)
    except ValueError:
        return None


def iso_duration(count: float | None, unit: str) -> str | None:
    """ISO 8601 length of ``count`` ``unit``s ("P2W", "PT1H"; "PXD" for an unknown count)."""
    base = unit.lower().removesuffix("s")
    base = "century" if base.startswith("centur") else base
    if base not in _UNITS:
        return None
    letter, clock = _UNITS[base]
    prefix = "PT" if clock else "P"
    if count is None:
        return f"{prefix}X{letter}"
    n = count * _FACTOR.get(base, 1)
    text = f"{n:g}" if n != int(n) else str(int(n))
    return f"{prefix}{text}{letter}"


def overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether ``start``-``end`` overlaps a span of ``taken``."""
    return any(s < end and start < e for s, e in taken)


def make_undated(
    article: str, text: str, start: int, end: int, kind: str, value: str | None
) -> TimeExpression:
    """The undated expression ``text[start:end]`` of ``kind`` with ``value`` (an ISO 8601
    duration: its last letter gives the precision)."""
    letter = value[-1] if value else ""
    clock = bool(value and value.startswith("PT"))
    precision: Precision = "day" if clock else _PRECISION.get(letter, "day")
    return TimeExpression(
        article=article,
        start=start,
        end=end,
        text=text[start:end],
        date=None,
        precision=precision,
        kind=kind,  # type: ignore[arg-type]
        duration=value,
    )


def _duration_of(m: re.Match[str], text: str) -> str | None:
    g = m.groupdict()
    if g["count"]:
        n_text, unit = g["n"], g["u"]
        if re.fullmatch(_VAGUE, n_text.lower()):
            return iso_duration(None, unit)
        if n_text.lower() in ("a", "an"):
            # "a week" is a length only after a preposition or a verb of length, and
            # not as a rate after an amount ("358,000 a month", "$5 a week")
            lead_len = m.start("n") - m.start()
            before = text[max(0, m.start() - 30) : m.start()]
            if lead_len == 0 and (
                not _A_UNIT_AFTER.search(before) or _AMOUNT_BEFORE.search(before)
            ):
                return None
        if n_text.lower() == "one" and unit.lower() == "day" and m.start("n") == m.start():
            before = text[max(0, m.start() - 30) : m.start()]
            if not _A_UNIT_AFTER.search(before):
                return None  # "he will one day lead": someday, not a length
        return iso_duration(_number(n_text), unit)
    if g["adj"]:
        if g["lu"]:
            lu = g["lu"].lower()
            return iso_duration(None if lu.endswith("s") else 1, lu)
        return iso_duration(_number(g["an"]), g["au"])
    if g["bu"]:
        return iso_duration(None, g["bu"])
    if g["ou"]:
        return iso_duration(None, g["ou"])
    return None


def _adjective(doc: Doc | None, start: int, before: str) -> bool:
    """Is the word at ``start`` an adjective: by the parse, or without one, not after
    a possessive ("the river's current")?"""
    if doc is None:
        return re.search(r"['’]s\s+$", before) is None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ == "ADJ"


# "a second" before a word that is not a function word is the ordinal ("a second
# brewery", "a second term"), not a length of time ("wait a second", "for a second or two")
_ORDINAL_SECOND_RE = re.compile(
    r"\s+(?!(?:or|and|to|of|for|in|on|at|before|after|later|earlier|longer|more|ago|too|"
    r"then|when|while|as|but|he|she|they|we|i|you|it|there|the|a|an|his|her|their)\b)"
    r"[a-z][\w-]*"
)
# a rate of time: "seven days a week", "24 hours a day": a recurrence of that period
_TIME_RATE_RE = re.compile(r"\s+(?:a|per|each|every)\s+(?P<u>day|week|month|year)\b")
# the ISO designators of a length, in the order ISO 8601 writes them
_DATE_ORDER, _CLOCK_ORDER = "YMWD", "HMS"
# (designator, clock) of the larger part -> the smaller designator -> how many make one
_PART_LIMITS: dict[tuple[str, bool], dict[str, int]] = {
    ("Y", False): {"M": 12, "D": 366},
    ("M", False): {"D": 31},
    ("D", False): {"H": 24},
    ("H", True): {"M": 60, "S": 3600},
    ("M", True): {"S": 60},
}


def _parts(value: str) -> list[tuple[bool, str, str]] | None:
    """(clock, count, designator) of each part of a plain ISO length ("P2Y4M"), or None."""
    m = re.fullmatch(r"P((?:\d+(?:\.\d+)?[YMWD])*)(?:T((?:\d+(?:\.\d+)?[HMS])+))?", value)
    if m is None:
        return None
    out = [(False, n, d) for n, d in re.findall(r"(\d+(?:\.\d+)?)([YMWD])", m.group(1))]
    out += [(True, n, d) for n, d in re.findall(r"(\d+(?:\.\d+)?)([HMS])", m.group(2) or "")]
    return out


def _joined(first: str, second: str) -> str | None:
    """One ISO length of two written as "X and Y", the larger unit first ("two years and
    four months": P2Y4M; "eight minutes and 59 seconds": PT8M59S), else None."""
    a, b = _parts(first), _parts(second)
    if not a or not b or len(b) != 1:
        return None

    def rank(p: tuple[bool, str, str]) -> int:
        clock, _, d = p
        return len(_DATE_ORDER) + _CLOCK_ORDER.index(d) if clock else _DATE_ORDER.index(d)

    if rank(a[-1]) >= rank(b[0]) or "W" in (a[-1][2], b[0][2]):
        return None
    # the smaller part is less than one of the larger ("four days and 30 hours" of
    # deliberation are two measures, not one length)
    limit = _PART_LIMITS.get((a[-1][2], a[-1][0]), {}).get(b[0][2])
    if limit is None or not float(b[0][1]) < limit:
        return None
    parts = a + b
    date = "".join(n + d for clock, n, d in parts if not clock)
    clock = "".join(n + d for c, n, d in parts if c)
    return "P" + date + ("T" + clock if clock else "")


def _ordinal_second(m: re.Match[str], text: str, doc: Doc | None) -> bool:
    """Is the "a second" of this match the ordinal ("a second brewery")?"""
    if not m.group("count") or (m.group("u") or "").lower() != "second":
        return False
    if (m.group("n") or "").lower() not in ("a", "one"):
        return False
    if doc is not None:
        span = doc.char_span(m.start("u"), m.end("u"), alignment_mode="expand")
        if span is not None and len(span) == 1:
            return span[0].pos_ == "ADJ" or span[0].dep_ == "amod"
    return _ORDINAL_SECOND_RE.match(text, m.end()) is not None


def find_durations(
    text: str, article: str, taken: list[tuple[int, int]], doc: Doc | None = None
) -> list[TimeExpression]:
    """Durations, recurrences and present references of ``text`` outside ``taken``
    (the spans of the dates already found); ``doc`` is the spaCy parse, if any."""
    out: list[TimeExpression] = []
    for m in DURATION_RE.finditer(text):
        if overlaps(m.start(), m.end(), taken):
            continue
        if _NOT_AFTER.match(text[m.end() : m.end() + 12]):
            continue
        if _ordinal_second(m, text, doc):
            continue  # "a second brewery"
        if re.search(r"\d:\s?$", text[max(0, m.start() - 4) : m.start()]):
            continue  # "at 09: 10 hours": the minutes of a clock time
        value = _duration_of(m, text)
        if value is None:
            continue
        rate = _TIME_RATE_RE.match(text, m.end())
        if rate is not None and m.group("count"):
            period = _SET_PERIODS[rate.group("u")]
            out.append(make_undated(article, text, m.start(), rate.end(), "set", period))
            continue  # "seven days a week": every week
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "duration"
            and re.fullmatch(r",?\s+and\s+", text[prev.end : m.start()])
            and m.start("n") == m.start()  # no hedge of its own: "and more than 30 hours"
            and (joined := _joined(prev.duration or "", value)) is not None
        ):
            out[-1] = make_undated(article, text, prev.start, m.end(), "duration", joined)
            continue  # "two years and four months"
        out.append(make_undated(article, text, m.start(), m.end(), "duration", value))
    for m in SET_RE.finditer(text):
        if overlaps(m.start(), m.end(), taken):
            continue
        word = (m.group("su") or m.group("set")).lower()
        if m.group(0)[0].isupper():
            continue  # a name: "the Daily Mail", "Weekly Standard"
        out.append(make_undated(article, text, m.start(), m.end(), "set", _SET_PERIODS[word]))
    for m in REF_RE.finditer(text):
        if overlaps(m.start(), m.end(), taken):
            continue
        before = text[max(0, m.start() - 8) : m.start()]
        if re.search(r"\bthen\s+$", before, re.IGNORECASE):
            continue  # "the then current price": the present of another time
        if m.group(0) == "current" and not _adjective(doc, m.start(), before):
            continue  # "the river's current swept the boat away"
        ref = make_undated(article, text, m.start(), m.end(), "ref", None)
        part = "present" if m.group("present") else "future" if m.group("future") else "past"
        out.append(replace(ref, part_of_day=part))
    out.sort(key=lambda t: t.start)
    return out
