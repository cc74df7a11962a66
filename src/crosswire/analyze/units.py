"""Numbers, vague amounts, hedges and units: the pure normalisation layer.

Everything here works on short strings and plain floats, with no spaCy; the
scanner in ``numbers.py`` finds the phrases and calls these functions.

Numbers (``parse_number``)
    * numerals: ``27``, ``2,500``, ``0.3``, ``1,000.5``, Indian grouping
      ``12,34,567``.  A single dot is a
      decimal point, so **"2.500" reads as 2.5**; only a run of two or more
      dot-separated groups of exactly three digits ("2.500.000") is read as
      European thousands grouping.  Commas group thousands only in groups of
      exactly three digits ("2,50" is not a number).
    * numeral plus scale: ``1.2 million``, ``2 billion``, ``1.2bn``, ``300k``,
      ``3mn``, ``2 tn``.
    * words: zero to ninety-nine, "hundred", "thousand", "million",
      "billion", "trillion", with or without "and" and hyphens ("one hundred
      and twenty-three thousand four hundred and fifty-six"); "a hundred",
      "a dozen" (exactly 12: a point value, not a vague amount), "two dozen",
      "half a million", "two and a half", "one and a half million",
      "fifteen hundred"; fractions of a scale word ("a quarter million",
      "three quarters of a billion", "half million", "a third of a million":
      ``fraction_of_scale``).
    * values that are not finite, or larger than ``MAX_VALUE``, or numerals
      with more than ``MAX_DIGITS`` integer digits, are rejected (None).

Vague amounts (``vague_range``), as (low, high):

    ==========================  =====================
    a couple (of)               2 – 3
    a few / a handful (of)      2 – 5
    several                     3 – 9
    a few dozen                 24 – 60
    several dozen               36 – 108
    dozens                      24 – 99
    scores                      40 – 99
    tens                        20 – 99
    a few hundred               200 – 500
    several hundred             200 – 900
    hundreds                    200 – 999
    a few thousand              2,000 – 5,000
    several thousand            2,000 – 9,000
    thousands                   2,000 – 9,999
    tens of thousands           20,000 – 99,999
    hundreds of thousands       200,000 – 999,999
    (the same pattern for millions and billions)
    ==========================  =====================

    "several hundred thousand" / "a few hundred thousand" multiply the
    "hundred" row by a thousand.  A bare plural stops below the next round
    number a writer would have used: "dozens", "scores" and "tens" below a
    hundred, "hundreds" below a thousand.

Hedges (``hedge_range``), applied to a point X (a range is hedged end by end, except
that a ceiling keeps a written range's floor: "as many as 35 to 40" is [35, 40]):

    ===============================================  ===============
    about, around, roughly, approximately, some,     [0.9X, 1.1X]
    an estimated, circa, "X or so", "X-odd"
    nearly, almost, close to, just under, not quite  [0.9X, X]
    more than, over, above, upwards of, in excess    [X, 1.5X]   (the lower
    of, "X or more", "X+"                                         bound is
                                                                  exclusive in
                                                                  the text; a
                                                                  Claim stores X)
    at least, no fewer than, no less than, a         [X, 1.5X]
    minimum of, as few as
    up to, as many as, as much as                    [0.75X, X]  (the high
                                                                  end of an
                                                                  estimate)
    less than, fewer than, under, below, at most,    [0.5X, X]
    no more than
    little more than, just over, slightly more than  [X, 1.1X]
    hardly, barely, scarcely                         [0.8X, X]
    ===============================================  ===============

Units (``to_canonical``): canonical units are "second", "metre", "square
metre", "kilogram", "percent", "percentage point", "cubic metre" (litre
0.001, US gallon 0.003785411784, oil barrel 0.158987294928, cubic foot),
"watt" (horsepower 745.7), "watt hour", "byte per second" (data rates: "Mbps"
125,000), "metre per second" (mph 0.44704,
km/h 1/3.6, knot 1852/3600), "revolution per minute", "degree" (angles:
radian 180/π, turn 360), "degree Celsius" (Fahrenheit: (F − 32) × 5/9, the
unit's ``offset``), "byte" (bit 0.125; "MB" and "Mb" told apart by case, "mb"
not read), "point" (index and score points) and ISO currency codes (coins:
cent 0.01 USD, penny 0.01 GBP); ``numbers.py`` makes rates of these per year
("cubic metre per year");
"person" and "item" are the canonical units of counts (``count_unit``).
Conversions: minute 60 s, hour 3,600 s, day and night 86,400 s, week 7 days,
month 30.4375 days, year 365.25 days; mile 1,609.344 m, foot 0.3048 m, yard
0.9144 m, nautical mile 1,852 m; square mile 2,589,988.110336 m², acre
4,046.8564224 m², hectare 10,000 m², dunam 1,000 m², feddan 4,200.83 m²;
tonne and "ton" 1,000 kg (short and long tons are within 10% of it and the
text rarely says which), pound 0.45359237 kg.  ``square_of`` turns "a
700-metre square" (a square of that side) into an area.

Known limits: no exchange rates (money stays in its own currency); no
fractions other than halves except of a scale word ("two-thirds" alone is not
read); no space-grouped
thousands ("10 000"); "pounds" is ambiguous between mass and sterling and is
decided by the caller.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

MAX_VALUE = 1e15
"""Largest value accepted as a claim (a quadrillion of anything is a typo or a code)."""

MAX_DIGITS = 18
"""Most integer digits a numeral may have before it is rejected."""


# --------------------------------------------------------------------------- numbers

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
NUMBER_WORDS: frozenset[str] = frozenset([*ONES, *TEENS, *TENS, *SCALE_WORDS, "hundred", "dozen"])
MULTIPLIERS: dict[str, float] = {**SCALE_WORDS, "hundred": 100.0, "dozen": 12.0}
"""What a number word multiplies by ("a dozen", "two thousand", "3 dozen")."""

_NUMERAL_FULL = re.compile(
    r"(?P<int>[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]{1,3}(?:,[0-9]{3})+"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}|[0-9]+)"
    r"(?:\.(?P<frac>[0-9]+))?"
)
_NUMERAL_SCALE = re.compile(
    r"(?P<num>[0-9][0-9,.]*)\s*(?P<scale>thousand|million|billion|trillion|k|m|mn|mln|b|bn|bln|tn|trn)?",
    re.IGNORECASE,
)
_WORD_SPLIT = re.compile(r"[\s\-‐‑–]+")


def finite(value: float) -> bool:
    """True when ``value`` is a usable claim value: finite, not negative, not absurd."""
    return math.isfinite(value) and 0.0 <= value <= MAX_VALUE


def parse_numeral(text: str) -> float | None:
    """A numeral such as "2,500", "0.3" or "2.500.000" as a float, or None.

    "2.500" is read as 2.5 (a lone dot is a decimal point).
    """
    m = _NUMERAL_FULL.fullmatch(text.strip())
    if m is None:
        return None
    int_part = m.group("int")
    frac = m.group("frac")
    if "." in int_part:  # European grouping "2.500.000": no decimals allowed after it
        if frac is not None:
            return None
        digits = int_part.replace(".", "")
    else:
        digits = int_part.replace(",", "")
    if len(digits.lstrip("0")) > MAX_DIGITS or (frac is not None and len(frac) > MAX_DIGITS):
        return None
    value = float(digits + ("." + frac if frac else ""))
    return value if finite(value) else None


def _cardinal(words: Sequence[str]) -> float | None:
    """Cardinal number words without "a"/"half" forms; None when not well formed."""
    total = 0.0
    group = 0
    group_has_hundred = False
    last: str | None = None
    last_scale = math.inf
    seen = False
    for w in words:
        if w == "and":
            if last not in ("hundred", "scale"):
                return None
            last = "and"
            continue
        if last == "dozen":
            return None  # "dozen" ends a number
        if w in ONES:
            if last in ("unit", "teen"):
                return None
            if w == "zero" and seen:
                return None
            group += ONES[w]
            last = "unit"
        elif w in TEENS:
            if last in ("unit", "teen", "ten"):
                return None
            group += TEENS[w]
            last = "teen"
        elif w in TENS:
            if last in ("unit", "teen", "ten"):
                return None
            group += TENS[w]
            last = "ten"
        elif w == "hundred":
            if group == 0 or group_has_hundred or last not in ("unit", "teen", "ten"):
                return None
            group *= 100
            group_has_hundred = True
            last = "hundred"
        elif w == "dozen":
            if group == 0 or last not in ("unit", "teen", "ten") or total:
                return None
            group *= 12
            last = "dozen"
        elif w in SCALE_WORDS:
            scale = SCALE_WORDS[w]
            if group == 0 or scale >= last_scale or last in (None, "and", "scale"):
                return None
            total += group * scale
            group = 0
            group_has_hundred = False
            last_scale = scale
            last = "scale"
        else:
            return None
        seen = True
    if not seen or last == "and":
        return None
    return total + group


def parse_number_words(words: Sequence[str]) -> float | None:
    """Number words (already split on spaces and hyphens) as a float, or None.

    Handles "a hundred", "a dozen", "half a million", "half a" (0.5, for "half a
    square kilometre"), "two and a half", "one and a half million".
    """
    ws = [w.lower() for w in words if w]
    if not ws:
        return None
    share = fraction_of_scale(ws)
    if share is not None:
        return share
    if ws[0] == "half":
        if len(ws) < 2 or ws[1] not in ("a", "an"):
            return None
        rest = ws[2:]
        if not rest:
            return 0.5
        if len(rest) == 1 and rest[0] in MULTIPLIERS:
            return 0.5 * MULTIPLIERS[rest[0]]
        return None
    if ws[0] in ("a", "an"):
        if len(ws) >= 2 and ws[1] in MULTIPLIERS:
            ws = ["one", *ws[1:]]
        else:
            return None
    if "half" in ws:
        i = ws.index("half")
        if i < 3 or ws[i - 2 : i] != ["and", "a"]:
            return None
        base = _cardinal(ws[: i - 2])
        tail = ws[i + 1 :]
        if base is None:
            return None
        if not tail:
            return base + 0.5
        if len(tail) == 1 and tail[0] in MULTIPLIERS and base < 1000:
            return (base + 0.5) * MULTIPLIERS[tail[0]]
        return None
    return _cardinal(ws)


_FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3,
    "quarter": 1 / 4, "quarters": 1 / 4,
}  # fmt: skip
_NUMERATORS: dict[str, int] = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


def fraction_of_scale(words: Sequence[str]) -> float | None:
    """A fraction of a scale word, or None: "a quarter million" 250,000, "half million"
    500,000, "three quarters billion" and "three quarters of a billion" 750,000,000,
    "a third of a million".  A proper fraction only ("five quarters" is not one); the
    scale must follow ("three quarters" alone is a count of quarters)."""
    ws = [w.lower() for w in words if w]
    num = 1
    if ws and ws[0] in _NUMERATORS:
        num = _NUMERATORS[ws[0]]
        ws = ws[1:]
    if len(ws) < 2 or ws[0] not in _FRACTION_WORDS:
        return None
    frac, plural = _FRACTION_WORDS[ws[0]], ws[0].endswith("s")
    if plural != (num > 1) or num * frac >= 1:
        return None  # "one quarters", "two quarter", "two halves"
    rest = ws[1:]
    if rest[:1] == ["of"]:
        rest = rest[1:]
        if rest[:1] not in (["a"], ["an"]):
            return None  # "a quarter of millions"
        rest = rest[1:]
    elif rest[:1] in (["a"], ["an"]) and ws[0] == "half" and num == 1:
        rest = rest[1:]  # "half a million" (read here as elsewhere)
    if len(rest) != 1 or rest[0] not in SCALE_WORDS:
        return None
    return num * frac * SCALE_WORDS[rest[0]]


def parse_number(text: str) -> float | None:
    """A number written in digits, words or both ("1.2 million") as a float, or None.

    Never raises; returns None for anything that is not a well-formed,
    finite, non-negative number no larger than ``MAX_VALUE``.
    """
    t = text.strip()
    if not t or len(t) > 200:
        return None
    value: float | None
    if t[0].isdigit():
        m = _NUMERAL_SCALE.fullmatch(t)
        if m is None:
            # "1.5 million" style is covered above; "2 hundred" is not a form we read
            return None
        value = parse_numeral(m.group("num"))
        scale = m.group("scale")
        if value is not None and scale:
            s = scale.lower()
            value *= SCALE_WORDS.get(s) or SCALE_ABBREVIATIONS[s]
    else:
        value = parse_number_words(_WORD_SPLIT.split(t))
    if value is None or not finite(value):
        return None
    return value


def trailing_scale(words: Sequence[str]) -> float:
    """The multiplier of the last word ("three thousand" -> 1000), or 1."""
    if not words:
        return 1.0
    return MULTIPLIERS.get(words[-1].lower(), 1.0) if words[-1].lower() != "dozen" else 1.0


# --------------------------------------------------------------------------- vague amounts

VAGUE: dict[str, tuple[float, float]] = {
    "a couple": (2, 3),
    "a few": (2, 5),
    "a handful": (2, 5),
    "several": (3, 9),
    "a few dozen": (24, 60),
    "several dozen": (36, 108),
    "dozens": (24, 99),
    "scores": (40, 99),
    "tens": (20, 99),
    "a few hundred": (200, 500),
    "several hundred": (200, 900),
    "hundreds": (200, 999),
    "a few thousand": (2_000, 5_000),
    "several thousand": (2_000, 9_000),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "a few million": (2e6, 5e6),
    "several million": (2e6, 9e6),
    "millions": (2e6, 9_999_999),
    "tens of millions": (2e7, 99_999_999),
    "hundreds of millions": (2e8, 999_999_999),
    "a few billion": (2e9, 5e9),
    "several billion": (2e9, 9e9),
    "billions": (2e9, 9_999_999_999),
    "tens of billions": (2e10, 99_999_999_999),
    "hundreds of billions": (2e11, 999_999_999_999),
}
VAGUE_PHRASES: frozenset[str] = frozenset(VAGUE)
_SPACES = re.compile(r"\s+")


def vague_range(phrase: str) -> tuple[float, float] | None:
    """(low, high) for a vague amount such as "several dozen"; None if not in the table.

    A trailing "of" is ignored ("a couple of"); "several hundred thousand" and
    "a few hundred thousand" scale the "hundred" row by a thousand.
    """
    key = _SPACES.sub(" ", phrase.strip().lower())
    if key.endswith(" of"):
        key = key[:-3]
    if key in VAGUE:
        return VAGUE[key]
    for scale_word, scale in (("thousand", 1e3), ("million", 1e6)):
        suffix = " " + scale_word
        if key.endswith(suffix) and key[: -len(suffix)] in ("several hundred", "a few hundred"):
            low, high = VAGUE[key[: -len(suffix)]]
            return low * scale, high * scale
    return None


# --------------------------------------------------------------------------- hedges

_HEDGE_KINDS: dict[str, str] = {}
for _kind, _phrases in {
    "about": (
        "about",
        "around",
        "roughly",
        "approximately",
        "approx",
        "approx.",
        "some",
        "an estimated",
        "estimated",
        "circa",
        "c.",
        "or so",
        "odd",
        "in the region of",
        "on the order of",
        "in the order of",
    ),
    "nearly": ("nearly", "almost", "close to", "just under", "not quite", "just shy of"),
    "more": (
        "more than",
        "over",
        "above",
        "upwards of",
        "in excess of",
        "north of",
        "or more",
        "+",
        "well over",
        "exceeding",
    ),
    "at least": (
        "at least",
        "no fewer than",
        "no less than",
        "not less than",
        "not fewer than",
        "a minimum of",
        "as few as",
        "at a minimum",
    ),
    "up to": ("up to", "as many as", "as much as"),
    "less than": (
        "less than",
        "fewer than",
        "under",
        "below",
        "at most",
        "no more than",
        "not more than",
        "a maximum of",
        "at the most",
    ),
    "little more": (
        "little more than",
        "a little more than",
        "just over",
        "slightly more than",
        "just above",
        "a little over",
        "slightly over",
        "just more than",
    ),
    "hardly": ("hardly", "barely", "scarcely"),
}.items():
    for _p in _phrases:
        _HEDGE_KINDS[_p] = _kind

HEDGE_PHRASES: frozenset[str] = frozenset(_HEDGE_KINDS)

_HEDGE_FACTORS: dict[str, tuple[float, float]] = {
    "about": (0.9, 1.1),
    "nearly": (0.9, 1.0),
    "more": (1.0, 1.5),
    "at least": (1.0, 1.5),
    # the high end of an estimate: "as many as 20,000 people" is near 20,000, not
    # 10,000 (at half, it agreed with another city's 10,000 marchers)
    "up to": (0.75, 1.0),
    "less than": (0.5, 1.0),
    "little more": (1.0, 1.1),
    "hardly": (0.8, 1.0),
}


# hedges that bound a figure from above ("up to", "nearly", "hardly")
_CEILINGS = frozenset(kind for kind, (_, high) in _HEDGE_FACTORS.items() if high == 1.0)

MODIFIERS: dict[str, tuple[float, float]] = {
    phrase: _HEDGE_FACTORS[kind] for phrase, kind in _HEDGE_KINDS.items()
}
"""Every hedge phrase with its (low, high) factors on X."""


def hedge_kind(phrase: str) -> str | None:
    """The hedge class of a phrase ("nearly", "more", ...), or None if not a hedge."""
    return _HEDGE_KINDS.get(_SPACES.sub(" ", phrase.strip().lower()))


def hedge_range(hedge: str, low: float, high: float | None = None) -> tuple[float, float] | None:
    """Apply the hedge phrase (or hedge class) to X (or to a range [low, high]).

    Returns the documented (low, high) in ascending order, or None when
    ``hedge`` is not a known hedge.
    """
    kind = hedge if hedge in _HEDGE_FACTORS else hedge_kind(hedge)
    if kind is None:
        return None
    f_low, f_high = _HEDGE_FACTORS[kind]
    hi = low if high is None else high
    lo, hi = ordered(low, hi)
    if high is not None and high != low and kind in _CEILINGS:
        f_low = 1.0  # a ceiling on a written range keeps its floor: "as many as 35 to 40"
    return ordered(lo * f_low, hi * f_high)


def ordered(a: float, b: float) -> tuple[float, float]:
    """``(min, max)`` of two values: ranges written backwards ("300 to 200") are fixed."""
    return (a, b) if a <= b else (b, a)


# --------------------------------------------------------------------------- units


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as written, mapped to its canonical unit: (value − ``offset``) × ``factor``
    = canonical (the offset is 0 except for Fahrenheit: 32)."""

    canonical: str
    quantity: str
    factor: float
    offset: float = 0.0

    def convert(self, value: float) -> float:
        return (value - self.offset) * self.factor


_SQ_MI = 2_589_988.110336
_UNIT_GROUPS: list[tuple[str, str, float, tuple[str, ...]]] = [
    # canonical, quantity, factor, spellings (normalised: lower case, no dots, single spaces)
    ("second", "duration", 1.0, ("second", "seconds", "sec", "secs")),
    ("second", "duration", 60.0, ("minute", "minutes", "min", "mins")),
    ("second", "duration", 3600.0, ("hour", "hours", "hr", "hrs", "h")),
    ("second", "duration", 86400.0, ("day", "days", "night", "nights")),
    ("second", "duration", 604800.0, ("week", "weeks")),
    ("second", "duration", 1209600.0, ("fortnight", "fortnights")),
    ("second", "duration", 2629800.0, ("month", "months")),
    ("second", "duration", 31557600.0, ("year", "years")),
    ("second", "duration", 315576000.0, ("decade", "decades")),
    ("metre", "length", 1.0, ("metre", "metres", "meter", "meters", "m")),
    (
        "metre",
        "length",
        1000.0,
        ("kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"),
    ),
    ("metre", "length", 0.01, ("centimetre", "centimetres", "centimeter", "centimeters", "cm")),
    ("metre", "length", 0.001, ("millimetre", "millimetres", "millimeter", "millimeters", "mm")),
    ("metre", "length", 1609.344, ("mile", "miles", "mi")),
    ("metre", "length", 1852.0, ("nautical mile", "nautical miles")),
    ("metre", "length", 0.3048, ("foot", "feet", "ft")),
    ("metre", "length", 0.9144, ("yard", "yards", "yd", "yds")),
    ("metre", "length", 0.0254, ("inch", "inches")),
    (
        "square metre",
        "area",
        1.0,
        (
            "square metre",
            "square metres",
            "square meter",
            "square meters",
            "sq m",
            "sq metres",
            "sq meters",
            "sqm",
            "m2",
            "m²",
        ),
    ),
    (
        "square metre",
        "area",
        1e6,
        (
            "square kilometre",
            "square kilometres",
            "square kilometer",
            "square kilometers",
            "sq km",
            "sq kilometres",
            "sq kilometers",
            "km2",
            "km²",
        ),
    ),
    (
        "square metre",
        "area",
        _SQ_MI,
        ("square mile", "square miles", "sq mi", "sq mile", "sq miles"),
    ),
    ("square metre", "area", 0.09290304, ("square foot", "square feet", "sq ft", "sq feet")),
    ("square metre", "area", 0.83612736, ("square yard", "square yards", "sq yd", "sq yards")),
    ("square metre", "area", 10_000.0, ("hectare", "hectares", "ha")),
    ("square metre", "area", 4046.8564224, ("acre", "acres")),
    ("square metre", "area", 1000.0, ("dunam", "dunams", "dunum", "dunums", "donum", "donums")),
    ("square metre", "area", 4200.83, ("feddan", "feddans")),
    (
        "kilogram",
        "mass",
        1.0,
        ("kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kg", "kgs"),
    ),
    ("kilogram", "mass", 0.001, ("gram", "grams", "gramme", "grammes", "g")),
    ("kilogram", "mass", 1000.0, ("tonne", "tonnes", "ton", "tons", "metric ton", "metric tons")),
    ("kilogram", "mass", 0.45359237, ("pound", "pounds", "lb", "lbs")),
    ("kilogram", "mass", 0.028349523125, ("ounce", "ounces", "oz")),
    ("kilogram", "mass", 6.35029318, ("stone", "stones")),  # British: 14 lb
    ("metre", "length", 0.1, ("decimetre", "decimetres", "decimeter", "decimeters")),
    (
        "metre",
        "length",
        1e-6,
        ("micrometre", "micrometres", "micrometer", "micrometers", "µm", "μm", "micron", "microns"),
    ),
    ("metre", "length", 1e-9, ("nanometre", "nanometres", "nanometer", "nanometers")),
    ("metre", "length", 1e-12, ("picometre", "picometres", "picometer", "picometers")),
    # a light year is past ``MAX_VALUE`` metres: "4.2 light years" is no claim (and no
    # count of years)
    (
        "metre",
        "length",
        9_460_730_472_580_800.0,
        ("light year", "light years", "lightyear", "lightyears"),
    ),
    ("kilogram", "mass", 1e-6, ("milligram", "milligrams", "milligramme", "milligrammes", "mg")),
    (
        "kilogram",
        "mass",
        1e-9,
        ("microgram", "micrograms", "microgramme", "microgrammes", "μg", "µg", "mcg"),
    ),
    (
        "cubic metre",
        "volume",
        1.0,
        ("cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³"),
    ),
    (
        "cubic metre",
        "volume",
        1e9,
        (
            "cubic kilometre",
            "cubic kilometres",
            "cubic kilometer",
            "cubic kilometers",
            "km3",
            "km³",
        ),
    ),
    ("cubic metre", "volume", 0.028316846592, ("cubic foot", "cubic feet", "cu ft")),
    ("cubic metre", "volume", 0.001, ("litre", "litres", "liter", "liters")),
    (
        "cubic metre",
        "volume",
        1e-6,
        ("millilitre", "millilitres", "milliliter", "milliliters", "ml"),
    ),
    ("cubic metre", "volume", 0.003785411784, ("gallon", "gallons")),
    # a cook's measures, US customary ("1 1/2 cups of flour", "2 tbsp sugar")
    ("cubic metre", "volume", 0.0002365882365, ("cup", "cups")),
    ("cubic metre", "volume", 1.478676478125e-05, ("tablespoon", "tablespoons", "tbsp")),
    ("cubic metre", "volume", 4.92892159375e-06, ("teaspoon", "teaspoons", "tsp")),
    ("cubic metre", "volume", 0.158987294928, ("barrel", "barrels")),
    ("watt", "power", 1.0, ("watt", "watts")),
    ("watt", "power", 1e3, ("kilowatt", "kilowatts")),
    ("watt", "power", 1e6, ("megawatt", "megawatts")),
    ("watt", "power", 1e9, ("gigawatt", "gigawatts")),
    ("watt", "power", 1e12, ("terawatt", "terawatts")),
    ("watt", "power", 745.69987158227022, ("horsepower", "hp", "bhp")),
    ("watt hour", "energy", 1e3, ("kilowatt hour", "kilowatt hours")),
    ("watt hour", "energy", 1e6, ("megawatt hour", "megawatt hours")),
    ("watt hour", "energy", 1e9, ("gigawatt hour", "gigawatt hours")),
    ("watt hour", "energy", 1e12, ("terawatt hour", "terawatt hours")),
    (
        "metre per second",
        "speed",
        1.0,
        ("metre per second", "metres per second", "meter per second", "meters per second", "m/s"),
    ),
    (
        "metre per second",
        "speed",
        1 / 3.6,
        (
            "kilometre per hour",
            "kilometres per hour",
            "kilometer per hour",
            "kilometers per hour",
            "kilometres an hour",
            "kilometers an hour",
            "km per hour",
            "km/h",
            "km/hr",
            "kph",
            "kmh",
            "kmph",
        ),
    ),
    (
        "metre per second",
        "speed",
        0.44704,
        ("mile per hour", "miles per hour", "miles an hour", "mph"),
    ),
    ("metre per second", "speed", 1852 / 3600, ("knot", "knots")),
    ("revolution per minute", "rotation", 1.0, ("rpm", "revolutions per minute")),
    ("byte", "data", 1.0, ("byte", "bytes")),
    ("byte", "data", 1e3, ("kilobyte", "kilobytes")),
    ("byte", "data", 1e6, ("megabyte", "megabytes")),
    ("byte", "data", 1e9, ("gigabyte", "gigabytes")),
    ("byte", "data", 1e12, ("terabyte", "terabytes")),
    ("byte", "data", 0.125, ("bit", "bits")),
    ("byte", "data", 125.0, ("kilobit", "kilobits")),
    ("byte", "data", 125e3, ("megabit", "megabits")),
    ("byte", "data", 125e6, ("gigabit", "gigabits")),
    # data rates ("10 Mbps" is no count of "Mbps")
    ("byte per second", "data rate", 125.0, ("kbps", "kbit/s", "kilobits per second")),
    ("byte per second", "data rate", 125e3, ("mbps", "mbit/s", "megabits per second")),
    ("byte per second", "data rate", 125e6, ("gbps", "gbit/s", "gigabits per second")),
    ("percent", "percent", 1.0, ("percent", "per cent", "%", "pct")),
    ("percentage point", "percent", 1.0, ("percentage point", "percentage points")),
    # a central bank's move: "cut rates by 50 basis points", "a 25-basis-point cut"
    ("percentage point", "percent", 0.01, ("basis point", "basis points", "bps")),
    # an earthquake's size: "a 6.8-magnitude earthquake"
    ("magnitude", "magnitude", 1.0, ("magnitude",)),
    ("point", "points", 1.0, ("point", "points")),
    # angles (read only where the sentence speaks of turning: see numbers.py)
    ("degree", "angle", 1.0, ("degree", "degrees", "°")),
    ("degree", "angle", 180 / math.pi, ("radian", "radians", "rad")),
    ("degree", "angle", 360.0, ("turn", "turns")),
    # temperatures: only with their scale written ("24 degrees" alone may be either)
    ("degree Celsius", "temperature", 1.0, ("degree celsius", "degrees celsius", "celsius")),
    ("degree Celsius", "temperature", 1.0, ("degree centigrade", "degrees centigrade")),
    ("degree Celsius", "temperature", 1.0, ("centigrade", "°c", "° c", "° celsius")),
    ("degree Celsius", "temperature", 1.0, ("°celsius", "° centigrade", "degree c", "degrees c")),
]
_FAHRENHEIT = (
    "degree fahrenheit", "degrees fahrenheit", "fahrenheit", "°f", "° f", "° fahrenheit",
    "°fahrenheit", "degree f", "degrees f",
)  # fmt: skip

UNITS: dict[str, Unit] = {
    spelling: Unit(canonical, quantity, factor)
    for canonical, quantity, factor, spellings in _UNIT_GROUPS
    for spelling in spellings
}
UNITS.update({f: Unit("degree Celsius", "temperature", 5 / 9, offset=32.0) for f in _FAHRENHEIT})
"""Every unit spelling the scanner knows, normalised (see ``normalise_unit``)."""

CASED_UNITS: dict[str, Unit] = {
    "KB": UNITS["kilobyte"], "kB": UNITS["kilobyte"], "MB": UNITS["megabyte"],
    "GB": UNITS["gigabyte"], "TB": UNITS["terabyte"], "Kb": UNITS["kilobit"],
    "kb": UNITS["kilobit"], "Mb": UNITS["megabit"], "Gb": UNITS["gigabit"],
    "kW": UNITS["kilowatt"], "MW": UNITS["megawatt"], "GW": UNITS["gigawatt"],
    "TW": UNITS["terawatt"], "kWh": UNITS["kilowatt hour"], "MWh": UNITS["megawatt hour"],
    "GWh": UNITS["gigawatt hour"], "TWh": UNITS["terawatt hour"], "t": UNITS["tonne"],
    "dm": UNITS["decimetre"], '"': UNITS["inch"], "″": UNITS["inch"], "L": UNITS["litre"],
}  # fmt: skip
"""Abbreviations whose case tells them apart ("MB" megabytes, "Mb" megabits; "mb" is
not read; "dm" decimetres, "DM" Deutsche marks; "L" litres, "l" not read), and the
inch mark ("10\" long"): looked up as written."""

CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "british pound": "GBP", "british pounds": "GBP",
    "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "chinese yuan": "CNY",
    "rupee": "INR", "rupees": "INR", "indian rupee": "INR", "indian rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
    "shekel": "ILS", "shekels": "ILS",
    "riyal": "SAR", "riyals": "SAR", "saudi riyal": "SAR", "saudi riyals": "SAR",
    "dirham": "AED", "dirhams": "AED",
    "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "turkish liras": "TRY",
    "franc": "CHF", "francs": "CHF", "swiss franc": "CHF", "swiss francs": "CHF",
    "australian dollar": "AUD", "australian dollars": "AUD",
    "canadian dollar": "CAD", "canadian dollars": "CAD",
    "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "new zealand dollar": "NZD", "new zealand dollars": "NZD",
    "singapore dollar": "SGD", "singapore dollars": "SGD",
    "taiwan dollar": "TWD", "taiwan dollars": "TWD",
    "mexican peso": "MXN", "mexican pesos": "MXN",
    "philippine peso": "PHP", "philippine pesos": "PHP",
    "brazilian real": "BRL", "brazilian reais": "BRL", "reais": "BRL",
    "south african rand": "ZAR", "rand": "ZAR",
    "south korean won": "KRW", "korean won": "KRW",
    "danish crown": "DKK", "danish crowns": "DKK", "danish krone": "DKK",
    "danish kroner": "DKK",
    "swedish crown": "SEK", "swedish crowns": "SEK", "swedish krona": "SEK",
    "swedish kronor": "SEK", "kronor": "SEK",
    "norwegian crown": "NOK", "norwegian crowns": "NOK", "norwegian krone": "NOK",
    "norwegian kroner": "NOK",
    "czech crown": "CZK", "czech crowns": "CZK", "koruna": "CZK", "korunas": "CZK",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF",
    "naira": "NGN", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
    "egyptian pound": "EGP", "egyptian pounds": "EGP",
    "french franc": "FRF", "french francs": "FRF",
    "deutsche mark": "DEM", "deutsche marks": "DEM", "deutschmark": "DEM",
    "deutschmarks": "DEM", "german mark": "DEM", "german marks": "DEM",
    "d mark": "DEM", "d marks": "DEM",
    "finnish markka": "FIM", "finnish markkaa": "FIM", "markka": "FIM", "markkaa": "FIM",
    "peseta": "ESP", "pesetas": "ESP", "guilder": "NLG", "guilders": "NLG",
    "dutch guilder": "NLG", "dutch guilders": "NLG", "lire": "ITL", "italian lire": "ITL",
    "drachma": "GRD", "drachmas": "GRD", "drachmae": "GRD",
    "bitcoin": "BTC", "bitcoins": "BTC",
    "buck": "USD", "bucks": "USD", "quid": "GBP",
}  # fmt: skip
"""Currency names, normalised (see ``normalise_unit``), with the slang "bucks" (dollars)
and "quid" (sterling); "pounds" is also a mass and is decided by the caller.  Names of
more than one currency ("peso", "dinar", "crown", "won", "mark") are only read with the
country's adjective."""

CURRENCY_FRACTIONS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01),
    "euro cent": ("EUR", 0.01), "euro cents": ("EUR", 0.01),
    "penny": ("GBP", 0.01), "pence": ("GBP", 0.01), "pennies": ("GBP", 0.01),
}  # fmt: skip
"""Coins worth a hundredth: (currency, factor).  A bare "cent" is a US cent (news
text rarely says which); "euro cents" are euro."""

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "usd$": "USD", "a$": "AUD", "au$": "AUD",
    "aud$": "AUD", "c$": "CAD", "ca$": "CAD", "cad$": "CAD", "hk$": "HKD", "hkd$": "HKD",
    "nz$": "NZD", "nzd$": "NZD", "s$": "SGD", "sgd$": "SGD", "nt$": "TWD", "r$": "BRL",
    "mex$": "MXN", "mxn$": "MXN",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₺": "TRY",
    "₪": "ILS", "元": "CNY", "円": "JPY", "₩": "KRW", "₱": "PHP", "₦": "NGN", "₿": "BTC",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "฿": "THB", "₫": "VND", "zł": "PLN",
}  # fmt: skip
CURRENCY_CODES: frozenset[str] = frozenset(
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "UAH", "INR", "CHF", "ILS", "SAR",
        "AED", "TRY", "AUD", "CAD", "HKD", "NZD", "SGD", "IRR", "EGP", "SYP", "LBP", "IQD",
        "QAR", "KWD", "PKR", "NGN", "ZAR", "KES", "BRL", "MXN", "DKK", "SEK", "NOK", "PLN",
        "HUF", "CZK", "KRW", "TWD", "THB", "MYR", "IDR", "PHP", "VND", "ARS", "CLP", "COP",
        "BTC",
    }
)  # fmt: skip
"""ISO 4217 codes read in upper case ("GBP 350", "USD115", "120 MEUR")."""

LOWER_CASE_CODES: frozenset[str] = frozenset(
    "usd eur gbp jpy cny rmb chf aud hkd nzd sgd inr mxn zar brl sek nok dkk btc".split()
)
"""Codes also read in lower case next to a number ("rmb 10", "20 usd"): none of them is
an English word (unlike "try", "cad", "php")."""

_UNIT_NORMALISE = re.compile(r"[.\s\-]+")


def normalise_unit(unit_text: str) -> str:
    """Lower-case, dots and hyphens dropped, single spaces: the key for ``UNITS``."""
    t = unit_text.strip().replace("²", "2")
    if t in ("m2", "km2"):
        return t
    return _UNIT_NORMALISE.sub(" ", t.lower()).strip().replace("2", "²")


def lookup_unit(unit_text: str) -> Unit | None:
    """The ``Unit`` for a unit as written ("square miles", "km²", "per cent"), or None."""
    t = unit_text.strip()
    if t == "%":
        return UNITS["%"]
    if t in CASED_UNITS:
        return CASED_UNITS[t]
    key = normalise_unit(t)
    unit = UNITS.get(key) or UNITS.get(key.replace("²", "2"))
    if unit is not None:
        return unit
    return money_unit(t)


def currency_code(text: str) -> str | None:
    """ISO code for a currency symbol, code or word ("$", "€", "USD", "euros"), or None."""
    t = text.strip()
    if t in CURRENCY_CODES:
        return "CNY" if t == "RMB" else t
    low = _SPACES.sub(" ", t.lower()).replace("-", " ")
    if low in LOWER_CASE_CODES:
        return "CNY" if low == "rmb" else low.upper()
    return CURRENCY_SYMBOLS.get(low) or CURRENCY_WORDS.get(low)


def money_unit(text: str) -> Unit | None:
    """The money ``Unit`` of a currency or a coin ("euros" EUR, "cents" 0.01 USD), or None."""
    code = currency_code(text)
    if code is not None:
        return Unit(code, "money", 1.0)
    low = _SPACES.sub(" ", text.strip().lower())
    if low in CURRENCY_FRACTIONS:
        code, factor = CURRENCY_FRACTIONS[low]
        return Unit(code, "money", factor)
    return None


def to_canonical(value: float, unit_text: str) -> tuple[float, str, str] | None:
    """``(value in canonical unit, canonical unit, quantity)``, or None.

    None when the unit is unknown or the converted value is not finite (or is
    negative or above ``MAX_VALUE``).  Currencies are not converted: "€1.2bn"
    is 1.2e9 "EUR".
    """
    unit = lookup_unit(unit_text)
    if unit is None or not math.isfinite(value):
        return None
    converted = unit.convert(value)
    if not finite(converted):
        return None
    return converted, unit.canonical, unit.quantity


def square_of(side_metres: float) -> float | None:
    """Area in square metres of a square with the given side ("a 700-metre square").

    None when the result is not a usable value (not finite, or above ``MAX_VALUE``).
    """
    if not math.isfinite(side_metres):
        return None
    area = side_metres * side_metres
    return area if finite(area) else None


# --------------------------------------------------------------------------- counts

PEOPLE_NOUNS: frozenset[str] = frozenset(
    """
    people person persons man men woman women child children boy girl baby infant toddler
    teenager teen youth adult minor pupil student teacher doctor nurse medic paramedic
    patient victim casualty fatality death life body dead hostage captive prisoner detainee
    inmate convict suspect defendant refugee migrant evacuee asylum-seeker civilian resident
    inhabitant villager citizen national settler local soldier troop trooper serviceman
    servicewoman servicemember marine sailor airman pilot crew crewman crewmember
    paratrooper infantryman conscript recruit reservist veteran cadet guardsman guard
    officer policeman policewoman police personnel staff staffer employee worker labourer
    laborer contractor volunteer firefighter rescuer survivor witness fighter militant
    militiaman rebel insurgent jihadist terrorist combatant gunman assailant attacker
    bomber sniper raider looter rioter protester protestor demonstrator marcher activist
    supporter opponent dissident critic mourner worshipper pilgrim passenger driver
    commuter tourist visitor guest customer shopper spectator fan voter member delegate
    lawmaker legislator senator politician minister official diplomat envoy observer
    monitor inspector journalist reporter photographer cameraman correspondent agent
    operative spy mercenary peacekeeper commander leader chief farmer fisherman miner
    smuggler trafficker kidnapper abductor gangster separatist loyalist islamist partisan
    family-member relative parent mother father son daughter brother sister husband wife
    employee applicant candidate player athlete runner individual adherent follower
    professor faculty lecturer academic scholar researcher scientist expert specialist
    analyst economist administrator executive adviser advisor aide consultant strategist
    spokesman spokeswoman spokesperson congressman congresswoman congressperson
    representative governor mayor judge juror justice lawyer attorney prosecutor
    investigator detective sheriff deputy priest nun bishop cardinal cleric clergyman
    pastor preacher imam rabbi monk theologian physician surgeon engineer technician
    donor investor taxpayer immigrant colleague neighbor neighbour friend nominee
    appointee incumbent challenger constituent author writer artist actor actress
    pirate hijacker robber thief burglar murderer killer shooter arsonist fugitive
    escapee accomplice manager coworker co-worker boss tenant homeowner owner occupant
    bystander onlooker parishioner congregant churchgoer graduate coach referee
    motorist cyclist pedestrian climber hiker swimmer orphan widow widower retiree
    pensioner herder nomad peasant striker fascist communist anarchist socialist
    cop councillor councilor councilman councilwoman alderman trustee director chairman
    chairwoman president chancellor premier mp dancer performer singer musician ruler king
    queen prince princess monarch kid grandchild grandchildren grandson granddaughter grandparent
    grandmother grandfather cousin niece nephew uncle aunt democrat republican teammate
    rookie champion boxer wrestler golfer skater skier jockey goalkeeper goalie
    quarterback founder ceo schoolgirl schoolboy schoolchild schoolchildren schoolkid abductee
    servant educator caregiver custodian janitor longshoreman longshoremen dockworker librarian
    """.split()
)
"""Lemmas of nouns that count people: their counts are in the canonical unit "person"."""

_PEOPLE_SUFFIX_RE = re.compile(r"(?:[a-z]{3,}ist|[a-z]{2,}ician|[a-z]{3,}ologist)")
_NOT_PEOPLE_IST = frozenset(
    "checklist playlist shortlist wishlist waitlist blacklist assist exist insist resist "
    "persist consist subsist desist".split()
)


def is_people_noun(lemma: str) -> bool:
    """Does ``lemma`` name people: a lemma of ``PEOPLE_NOUNS``, or one that ends as the
    names of professions and followers do ("biologist", "musician", "unionist")?"""
    return lemma in PEOPLE_NOUNS or (
        _PEOPLE_SUFFIX_RE.fullmatch(lemma) is not None and lemma not in _NOT_PEOPLE_IST
    )


def count_unit(lemma: str | None) -> str:
    """ "person" when ``lemma`` names people ("soldier", "protester"), else "item"."""
    if lemma is None:
        return "item"
    head = lemma.lower().rsplit(" ", 1)[-1]
    return "person" if is_people_noun(head) else "item"
