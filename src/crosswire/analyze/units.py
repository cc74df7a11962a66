"""Numbers, vague amounts and units, normalised (pure functions, no spaCy).

Canonical units: ``second`` (duration), ``metre`` (length), ``square metre``
(area), ``kilogram`` (mass), ``percent``, currency codes (``USD``, ``EUR``,
``GBP``; money), ``person`` and ``item`` (counts).

Vague amounts are ranges (documented table ``VAGUE``):

=====================  ==================
a few                  2 – 5
several                3 – 9
a dozen                12
dozens                 24 – 108
several dozen          36 – 108
a few dozen            24 – 60
hundreds               200 – 999
several hundred        200 – 900
a few hundred          200 – 500
thousands              2,000 – 9,999
several thousand       2,000 – 9,000
tens of thousands      20,000 – 99,999
hundreds of thousands  200,000 – 999,999
=====================  ==================

Hedged numbers (``MODIFIERS``) widen a value X: "about/around/some/roughly/an
estimated X" = 0.9X – 1.1X; "nearly/almost X" = 0.9X – X; "more than/over X"
and "at least X" = X – 1.5X; "little/just/slightly more than X" = X – 1.1X;
"fewer/less than/under/up to/as many as X" = 0.5X – X; "hardly/barely X" =
0.8X – X.

"2.500" with a dot is read as 2.5 (English usage); "2,500" as 2500.
"""

from __future__ import annotations

import math
import re

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SUFFIX_SCALES = {"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12, "trillion": 1e12}

VAGUE: dict[str, tuple[float, float]] = {
    "a few": (2, 5),
    "a couple of": (2, 3),
    "several": (3, 9),
    "a dozen": (12, 12),
    "dozens": (24, 108),
    "several dozen": (36, 108),
    "a few dozen": (24, 60),
    "hundreds": (200, 999),
    "several hundred": (200, 900),
    "a few hundred": (200, 500),
    "thousands": (2_000, 9_999),
    "several thousand": (2_000, 9_000),
    "a few thousand": (2_000, 5_000),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
}

MODIFIERS: dict[str, tuple[float, float]] = {
    "about": (0.9, 1.1),
    "around": (0.9, 1.1),
    "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1),
    "some": (0.9, 1.1),
    "an estimated": (0.9, 1.1),
    "estimated": (0.9, 1.1),
    "nearly": (0.9, 1.0),
    "almost": (0.9, 1.0),
    "close to": (0.9, 1.0),
    "just under": (0.9, 1.0),
    "more than": (1.0, 1.5),
    "over": (1.0, 1.5),
    "at least": (1.0, 1.5),
    "upwards of": (1.0, 1.5),
    "in excess of": (1.0, 1.5),
    "little more than": (1.0, 1.1),
    "a little more than": (1.0, 1.1),
    "just over": (1.0, 1.1),
    "slightly more than": (1.0, 1.1),
    "fewer than": (0.5, 1.0),
    "less than": (0.5, 1.0),
    "under": (0.5, 1.0),
    "up to": (0.5, 1.0),
    "as many as": (0.5, 1.0),
    "no more than": (0.5, 1.0),
    "hardly": (0.8, 1.0),
    "barely": (0.8, 1.0),
}

# unit word -> (factor to canonical, canonical unit, quantity)
UNITS: dict[str, tuple[float, str, str]] = {}


def _add(names: str, factor: float, unit: str, quantity: str) -> None:
    for n in names.split("|"):
        UNITS[n] = (factor, unit, quantity)


_add("second|seconds|sec|secs", 1, "second", "duration")
_add("minute|minutes|min|mins", 60, "second", "duration")
_add("hour|hours|hr|hrs", 3600, "second", "duration")
_add("day|days", 86400, "second", "duration")
_add("week|weeks", 604800, "second", "duration")
_add("month|months", 2_629_800, "second", "duration")
_add("year|years", 31_557_600, "second", "duration")
_add("metre|metres|meter|meters|m", 1, "metre", "length")
_add("kilometre|kilometres|kilometer|kilometers|km|kms", 1000, "metre", "length")
_add("centimetre|centimetres|centimeter|centimeters|cm", 0.01, "metre", "length")
_add("mile|miles|mi", 1609.344, "metre", "length")
_add("foot|feet|ft", 0.3048, "metre", "length")
_add("yard|yards|yd", 0.9144, "metre", "length")
_add("square metre|square metres|square meter|square meters|sq m|m²|m2", 1, "square metre", "area")
_add(
    "square kilometre|square kilometres|square kilometer|square kilometers|sq km|km²|km2",
    1e6,
    "square metre",
    "area",
)
_add("square mile|square miles|sq mi|sq miles", 2_589_988.110336, "square metre", "area")
_add("square foot|square feet|sq ft", 0.09290304, "square metre", "area")
_add("hectare|hectares|ha", 10_000, "square metre", "area")
_add("acre|acres", 4046.8564224, "square metre", "area")
_add("kilogram|kilograms|kilo|kilos|kg", 1, "kilogram", "mass")
_add("tonne|tonnes|ton|tons|metric tons", 1000, "kilogram", "mass")
_add("gram|grams|g", 0.001, "kilogram", "mass")
_add("per cent|percent|%|pc", 1, "percent", "percent")
_add("dollar|dollars|us dollars", 1, "USD", "money")
_add("euro|euros", 1, "EUR", "money")
_add("pound sterling|pounds sterling", 1, "GBP", "money")
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR"}

NUMBER_WORD_RE = (
    r"(?:(?:" + "|".join(sorted([*ONES, *TENS], key=len, reverse=True)) + r")"
    r"(?:[\s\-]+(?:and\s+)?(?:"
    + "|".join(sorted([*ONES, *TENS, *SCALES], key=len, reverse=True))
    + r"))*(?:\s+and\s+a\s+half)?"
    r"|a\s+(?:hundred|thousand|million|dozen)|half\s+a(?:\s+(?:million|billion|dozen))?)"
)
_DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def words_to_number(text: str) -> float | None:
    """English number words to a value: "two and a half" = 2.5, "half a million" = 500000."""
    t = text.lower().replace("-", " ").strip()
    if t in ("half a", "half"):
        return 0.5
    if t.startswith("half a "):
        rest = words_to_number("one " + t[7:])
        return rest / 2 if rest is not None else None
    if t.startswith("a "):
        t = "one " + t[2:]
    if t == "one dozen":
        return 12.0
    half = 0.0
    if t.endswith("and a half"):
        half = 0.5
        t = t[: -len("and a half")].strip()
    total = current = 0.0
    seen = False
    for w in t.split():
        if w == "and":
            continue
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        elif w == "dozen":
            current = (current or 1) * 12
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    if half:
        scale = 1.0
        return value + half * scale
    return value


def parse_number(text: str) -> float | None:
    """Digits ("2,500", "4.2", "1.2 million", "3bn") or words; None when not a finite number."""
    t = text.strip().lower().replace("\u00a0", " ")
    if not t or len(t) > 60:
        return None
    m = re.match(r"^([\d.,]+)\s*(million|billion|trillion|thousand|hundred|bn|mn|m|k|tn)?$", t)
    if m:
        digits, scale = m.group(1), m.group(2)
        if not _DIGITS_RE.match(digits):
            return None
        try:
            value = float(digits.replace(",", ""))
        except ValueError:
            return None
        if scale:
            value *= SCALES.get(scale, SUFFIX_SCALES.get(scale, 1.0))
        return value if math.isfinite(value) else None
    m = re.match(rf"^({NUMBER_WORD_RE})(?:\s+(million|billion|thousand))?$", t)
    if m:
        words = words_to_number(m.group(1))
        if words is not None and m.group(2):
            words *= SCALES[m.group(2)]
        return words
    return None


def to_canonical(value: float, unit_text: str) -> tuple[float, str, str] | None:
    """(value in the canonical unit, canonical unit, quantity), or None for an unknown unit."""
    key = " ".join(unit_text.lower().replace("-", " ").split())
    if key in CURRENCY_SYMBOLS:
        return value, CURRENCY_SYMBOLS[key], "money"
    if key not in UNITS:
        return None
    factor, unit, quantity = UNITS[key]
    out = value * factor
    return (out, unit, quantity) if math.isfinite(out) else None


def square_of(side_metres: float) -> float:
    """Area in square metres of a square with the given side ("a 700-metre square")."""
    return side_metres * side_metres


def hedge_range(modifier: str, value: float) -> tuple[float, float]:
    """The range a hedged number stands for (see ``MODIFIERS``)."""
    lo, hi = MODIFIERS.get(" ".join(modifier.lower().split()), (1.0, 1.0))
    return value * lo, value * hi


def ordered(low: float, high: float) -> tuple[float, float]:
    return (low, high) if low <= high else (high, low)
