"""Reading an amount: the number, number phrase or vague amount at a position.

``read_amount(text, pos)`` is the first phase of ``numbers.py``'s scanner: it
reads numerals ("2,500", "0.3", "1.2 million", Indian grouping "12,34,567",
thousands a tokeniser split "80, 000"), number words ("two and a half", "a
dozen", "half a million"), fractions ("1/4", "10 1/2", "2½"; of a scale word:
"a quarter million"; of a unit: "a quarter mile", "three-quarters of a mile"),
Indian scales ("35 lakh") and vague amounts ("several dozen", "tens of
thousands") into an ``Amount``; ``numbers.py`` reads what is
around it (hedges, ranges, the unit, what is counted).  ``NUMBER_WORD_ALT`` and
``HALF_UNITS`` are regex parts the scanner's candidate pattern shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .units import (
    MULTIPLIERS,
    NUMBER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    finite,
    fraction_of_scale,
    parse_number_words,
    parse_numeral,
    trailing_scale,
    vague_range,
)

NUMBER_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
HALF_UNITS = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|mile|"
    r"kilomet(?:re|er)|met(?:re|er)|foot|yard|inch|acre|hectare|tonne|ton|kilo(?:gram)?)s?"
)

_NUMERAL_RE = re.compile(
    r"(?P<num>[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])(?:\.[0-9]+)?"  # Indian "12,34,567"
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)?)"
    r"(?P<scale>[ \u00a0]*-?[ \u00a0]*(?:thousand|million|billion|trillion|lakhs?|crores?|dozen)\b"
    r"|[ \u00a0]?(?:bn|mn|mln|bln|tn|trn)\b|k\b)?",
    re.IGNORECASE,
)
_WORDS_RE = re.compile(
    r"(?:half\s+an?\s+|an?\s+)?(?:" + NUMBER_WORD_ALT + r")\b"
    r"(?:(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*)(?:and\s+)?(?:" + NUMBER_WORD_ALT + r")\b"
    r"|\s+and\s+a\s+half\b){0,16}",
    re.IGNORECASE,
)
_AND_A_HALF_RE = re.compile(r"[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half\b", re.IGNORECASE)
_FRACTION_SCALE_RE = re.compile(
    r"(?:(?:an?|one|two|three)[ \u00a0]+)?(?:half|thirds?|quarters?)[ \u00a0]+(?:of[ \u00a0]+)?"
    r"(?:an?[ \u00a0]+)?(?P<scale>thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
# a fraction of one unit: "a quarter mile", "a half-hour", "one-half mile", "three-quarters
# of a mile", "a third of an acre" (the unit is read by the scanner)
_FRACTION_UNIT_RE = re.compile(
    r"(?P<n>an?|one|two|three)(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*)"
    r"(?P<d>half|thirds?|quarters?)(?:[ \u00a0]+of[ \u00a0]+an?)?"
    r"(?=(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*)" + HALF_UNITS + r"\b)",
    re.IGNORECASE,
)
A_FRACTION_UNIT = (
    r"an?(?=[ \u00a0]+(?:half|third|quarter)(?:[ \u00a0]+of[ \u00a0]+an?)?"
    r"(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*)" + HALF_UNITS + r"\b)"
)
"""Where the scanner starts a fraction of a unit that begins with "a" ("a quarter mile")."""
_FRACTION_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4}
_WORD_TOKEN_RE = re.compile(r"[A-Za-z]+")
_HALF_A_RE = re.compile(r"half\s+an?\b", re.IGNORECASE)
_A_UNIT_HALF_RE = re.compile(r"an?(?=\s+" + HALF_UNITS + r"\s+and\s+a\s+half\b)", re.IGNORECASE)
A_TIME_UNIT = r"an?(?=[ \u00a0]+(?:second|minute|hour|day|week|fortnight|month|year|decade)\b(?!-))"
_A_TIME_UNIT_RE = re.compile(A_TIME_UNIT, re.IGNORECASE)
_VAGUE_RE = re.compile(
    r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b"
    r"|(?:several|a\s+few)\s+(?:dozen|hundred|thousand|million|billion)\b"
    r"(?:\s+(?:thousand|million)\b)?"
    r"|a\s+couple\b|a\s+handful\b|a\s+few\b|several\b|dozens\b|scores\b|hundreds\b"
    r"|thousands\b|millions\b|billions\b|tens(?=\s+of\b)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Amount:
    """One number, number phrase or vague amount as read from the text."""

    start: int
    end: int
    low: float
    high: float
    vague: bool = False
    scale: float = 1.0  # multiplier of a trailing scale word ("3 million" -> 1e6)
    base: float = 0.0  # the value before that scale
    digits: str | None = None  # the digits of a plain integer ("2019"), for year checks
    words: bool = False
    needs_unit: bool = False  # "half a" and "an" (hour and a half) mean nothing alone
    word_one: bool = False  # the bare word "one"
    hedged_only: bool = False  # "a" before a unit of time: a figure only after a hedge


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_INDIAN_SCALES = {"lakh": 1e5, "crore": 1e7}
_DENOMINATORS = frozenset({2, 3, 4, 8, 16})
_SLASH_FRACTION_RE = re.compile(r"/(?P<d>[0-9]{1,2})(?![0-9/])")
_MIXED_FRACTION_RE = re.compile(r"[ \u00a0]+(?P<n>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?![0-9/])")


def _fraction(text: str, pos: int, whole: int) -> tuple[float, int] | None:
    """A fraction right after the integer ``whole`` ending at ``pos``: (value, end).

    "1/4" (``whole`` is the numerator), "10 1/2", "2½".  Only halves, thirds,
    quarters, eighths and sixteenths, a proper fraction: "3/4" alone may be a
    date, so the caller keeps it only when a unit follows.
    """
    if pos < len(text) and text[pos] in _VULGAR:
        return whole + _VULGAR[text[pos]], pos + 1
    m = _SLASH_FRACTION_RE.match(text, pos)
    if m is not None:
        d = int(m.group("d"))
        if d in _DENOMINATORS and 0 < whole < d:
            return whole / d, m.end()
        return None
    m = _MIXED_FRACTION_RE.match(text, pos)
    if m is not None:
        n, d = int(m.group("n")), int(m.group("d"))
        if d in _DENOMINATORS and 0 < n < d:
            return whole + n / d, m.end()
    return None


_SPLIT_NUMERAL_RE = re.compile(
    r"(?P<num>[0-9]{1,3}(?:, [0-9]{3})+)(?![0-9]|[.,][0-9])(?P<scale>(?!))?"
)
_SPLIT_GROUP_RE = re.compile(r"(?:, [0-9]{3})+(?![0-9]|[.,][0-9])")
_SPLIT_ZERO_GROUP_RE = re.compile(r"(?<![0-9,.])[0-9]{1,3}, 0[0-9]{2}(?![0-9]|[.,][0-9])")


def _split_thousands(text: str, pos: int, m: re.Match[str]) -> re.Match[str] | None:
    """ "80, 000": thousands grouping split by a tokeniser (comma, space), read as one
    numeral (the match of ``_NUMERAL_RE`` over it), or None.  A group with a leading
    zero ("80, 000", "2, 050") cannot be the next item of a list; any other group
    ("1, 118") only in a text that splits its thousands so elsewhere (a zero group
    somewhere): "on March 3, 150 people" in ordinary prose stays two numbers."""
    num = m.group("num")
    if m.group("scale") or not num.isdigit() or len(num) > 3 or num.startswith("0"):
        return None
    g = _SPLIT_GROUP_RE.match(text, m.end())
    if g is None:
        return None
    if g.group(0)[2] != "0" and _SPLIT_ZERO_GROUP_RE.search(text) is None:
        return None
    return _SPLIT_NUMERAL_RE.match(text, pos)


def read_amount(text: str, pos: int) -> tuple[Amount | None, int]:
    """The amount starting at ``pos`` and where scanning resumes if there is none."""
    m = _VAGUE_RE.match(text, pos)
    if m:
        rng = vague_range(m.group(0))
        if rng is not None:
            return Amount(
                pos, m.end(), rng[0], rng[1], vague=True, base=rng[0], words=True
            ), m.end()
    m = _FRACTION_SCALE_RE.match(text, pos)
    if m:  # "a quarter million", "three quarters of a billion", "half million"
        share = fraction_of_scale(_WORD_TOKEN_RE.findall(m.group(0)))
        if share is not None:
            scale = SCALE_WORDS[m.group("scale").lower()]
            return Amount(
                pos, m.end(), share, share, scale=scale, base=share / scale, words=True
            ), m.end()
    m = _FRACTION_UNIT_RE.match(text, pos)
    if m:  # "a quarter mile", "three-quarters of a mile": means nothing without its unit
        n_word, d_word = m.group("n").lower(), m.group("d").lower()
        num = 1 if n_word in ("a", "an") else parse_number_words([n_word])
        den = _FRACTION_DENOMINATORS[d_word.rstrip("s")]
        if num is not None and 0 < num < den and (num == 1) == (not d_word.endswith("s")):
            value = num / den
            return Amount(
                pos, m.end(), value, value, base=value, words=True, needs_unit=True
            ), m.end()
    ch = text[pos]
    if ch in _VULGAR:
        value = _VULGAR[ch]
        return Amount(pos, pos + 1, value, value, base=value, needs_unit=True), pos + 1
    if "0" <= ch <= "9":
        m = _NUMERAL_RE.match(text, pos)
        if m is None:  # pragma: no cover - a digit always matches
            return None, pos + 1
        split = _split_thousands(text, pos, m)
        if split is not None:
            m = split
        number = parse_numeral(m.group("num").replace(", ", ","))
        if number is None or (number == 0 and len(m.group("num")) > 1):
            return None, m.end()  # "000" (a split "80, 000"), "00"
        scale = 1.0
        scale_text = (m.group("scale") or "").strip(" \u00a0-").lower()  # "$40-billion"
        if scale_text:
            scale = (
                MULTIPLIERS.get(scale_text)  # "3 million", "3 dozen manuscripts"
                or _INDIAN_SCALES.get(scale_text.rstrip("s"))
                or SCALE_ABBREVIATIONS.get(scale_text, 1.0)
            )
        value = number * scale
        if not finite(value):
            return None, m.end()
        if scale == 1.0 and m.group("num").isdigit():
            frac = _fraction(text, m.end(), int(m.group("num")))
            if frac is not None:  # "1/4 mile", "10 1/2 miles", "7 3/4 %", "2½ hours"
                return Amount(pos, frac[1], frac[0], frac[0], base=frac[0], needs_unit=True), frac[
                    1
                ]
        half = _AND_A_HALF_RE.match(text, m.end()) if scale == 1.0 else None
        if half is not None and m.group("num").isdigit():  # "13 and a half years"
            value += 0.5
            return Amount(pos, half.end(), value, value, base=value), half.end()
        digits = m.group("num") if scale == 1.0 and m.group("num").isdigit() else None
        return Amount(pos, m.end(), value, value, scale=scale, base=number, digits=digits), m.end()
    m = _WORDS_RE.match(text, pos)
    if m:
        tokens = list(_WORD_TOKEN_RE.finditer(m.group(0)))[:24]
        for k in range(len(tokens), 0, -1):
            words = [t.group(0) for t in tokens[:k]]
            word_value = parse_number_words(words)
            if word_value is not None and finite(word_value):
                end = pos + tokens[k - 1].end()
                scale = trailing_scale(words)
                amount = Amount(
                    pos,
                    end,
                    word_value,
                    word_value,
                    scale=scale,
                    base=word_value / scale,
                    words=True,
                )
                amount.word_one = len(words) == 1 and words[0].lower() == "one"
                return amount, end
    m = _HALF_A_RE.match(text, pos)
    if m:
        return Amount(pos, m.end(), 0.5, 0.5, base=0.5, words=True, needs_unit=True), m.end()
    m = _A_UNIT_HALF_RE.match(text, pos)
    if m:
        return Amount(pos, m.end(), 1.0, 1.0, base=1.0, words=True, needs_unit=True), m.end()
    m = _A_TIME_UNIT_RE.match(text, pos)
    if m:  # "(more than) a week": one unit of time, a figure only when hedged
        amount = Amount(
            pos, m.end(), 1.0, 1.0, base=1.0, words=True, needs_unit=True, hedged_only=True
        )
        return amount, m.end()
    end = pos + 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return None, end
