"""The pure normalisation layer: numbers, vague amounts, hedges, unit conversion."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crosswire.analyze.numbers import find_claims
from crosswire.analyze.parsed import parse
from crosswire.analyze.units import (
    MAX_VALUE,
    UNITS,
    VAGUE,
    count_unit,
    currency_code,
    fraction_of_scale,
    hedge_range,
    lookup_unit,
    ordered,
    parse_number,
    parse_number_words,
    parse_numeral,
    square_of,
    to_canonical,
    vague_range,
)
from crosswire.model import Article

# --------------------------------------------------------------------------- int -> words

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _below_hundred(n: int, hyphen: bool) -> str:
    if n < 20:
        return _SMALL[n]
    tens, ones = divmod(n, 10)
    if not ones:
        return _TENS[tens]
    return _TENS[tens] + ("-" if hyphen else " ") + _SMALL[ones]


def _below_thousand(n: int, hyphen: bool, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest, hyphen)
    words = _SMALL[hundreds] + " hundred"
    if rest:
        words += (" and " if use_and else " ") + _below_hundred(rest, hyphen)
    return words


def to_words(n: int, *, hyphen: bool = True, use_and: bool = True) -> str:
    """English words for 0 <= n < 1,000,000 (British "and" optional)."""
    if n < 1000:
        return _below_thousand(n, hyphen, use_and)
    thousands, rest = divmod(n, 1000)
    words = _below_thousand(thousands, hyphen, use_and) + " thousand"
    if rest:
        joiner = " and " if use_and and rest < 100 else " "
        words += joiner + _below_thousand(rest, hyphen, use_and)
    return words


def test_the_word_generator_itself() -> None:
    assert to_words(0) == "zero"
    assert to_words(27) == "twenty-seven"
    assert to_words(150) == "one hundred and fifty"
    assert to_words(123_456) == "one hundred and twenty-three thousand four hundred and fifty-six"
    assert to_words(2_005) == "two thousand and five"


@given(st.integers(min_value=0, max_value=999_999), st.booleans(), st.booleans())
def test_number_words_round_trip(n: int, hyphen: bool, use_and: bool) -> None:
    words = to_words(n, hyphen=hyphen, use_and=use_and)
    assert parse_number(words) == n
    assert parse_number(words.upper()) == n


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("27", 27),
        ("2,500", 2500),
        ("1,000,000", 1_000_000),
        ("0.3", 0.3),
        ("4.2", 4.2),
        ("2.500", 2.5),  # a lone dot is a decimal point
        ("2.500.000", 2_500_000),  # two or more dot groups: European thousands
        ("1.2 million", 1_200_000),
        ("2 billion", 2e9),
        ("1.2bn", 1.2e9),
        ("300k", 300_000),
        ("3mn", 3e6),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("a thousand", 1000),
        ("half a million", 500_000),
        ("two and a half", 2.5),
        ("one and a half million", 1_500_000),
        ("fifteen hundred", 1500),
        ("ninety-nine", 99),
        ("Twenty-Seven", 27),
        ("three million two hundred thousand", 3_200_000),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "NaN",
        "inf",
        "-inf",
        "1e309",
        "1" * 10_000,
        "9" * 30,
        "2,50",
        "one two",
        "twenty ten",
        "hundred",
        "thousand thousand",
        "and",
        "two and",
        "dozen",
        "half",
        "a",
        "1.2.3",
        "third",
        "several",
    ],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_parse_numeral_limits() -> None:
    assert parse_numeral("1" * 15) == pytest.approx(111_111_111_111_111)
    assert parse_numeral("1" * 16) is None  # above MAX_VALUE
    assert parse_numeral("0" * 30 + "7") == 7  # leading zeros do not count as digits
    assert parse_numeral("12,34") is None
    assert parse_number_words(["half", "a", "dozen"]) == 6


def test_number_bigger_than_the_cap_is_rejected() -> None:
    assert parse_number("2 trillion") == 2e12
    assert parse_number("2,000,000 trillion") is None  # above MAX_VALUE
    assert MAX_VALUE < 2e18


# --------------------------------------------------------------------------- vague amounts


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("a few", 2, 5),
        ("several", 3, 9),
        ("dozens", 24, 99),
        ("several dozen", 36, 108),
        ("scores", 40, 99),
        ("several hundred", 200, 900),
        ("hundreds", 200, 999),
        ("thousands", 2_000, 9_999),
        ("tens of thousands", 20_000, 99_999),
        ("Tens  of Thousands", 20_000, 99_999),
        ("a couple of", 2, 3),
        ("several hundred thousand", 200_000, 900_000),
    ],
)
def test_vague_ranges(phrase: str, low: float, high: float) -> None:
    assert vague_range(phrase) == (low, high)


def test_unknown_vague_phrase() -> None:
    assert vague_range("many") is None
    assert vague_range("a dozen") is None  # a point value: parse_number reads it as 12


def test_vague_table_is_ordered() -> None:
    for low, high in VAGUE.values():
        assert 0 < low <= high


# --------------------------------------------------------------------------- hedges


@pytest.mark.parametrize(
    ("hedge", "low", "high"),
    [
        ("about", 90, 110),
        ("some", 90, 110),
        ("around", 90, 110),
        ("roughly", 90, 110),
        ("nearly", 90, 100),
        ("almost", 90, 100),
        ("more than", 100, 150),
        ("over", 100, 150),
        ("at least", 100, 150),
        ("fewer than", 50, 100),
        ("less than", 50, 100),
        ("up to", 75, 100),  # the high end of an estimate
        ("as many as", 75, 100),
        ("little more than", 100, 110),
        ("hardly", 80, 100),
        ("Barely", 80, 100),
    ],
)
def test_hedges(hedge: str, low: float, high: float) -> None:
    got = hedge_range(hedge, 100)
    assert got is not None
    assert got == pytest.approx((low, high))


def test_hedge_on_a_range_and_unknown_hedge() -> None:
    assert hedge_range("about", 200, 300) == pytest.approx((180, 330))
    assert hedge_range("allegedly", 100) is None


def test_a_ceiling_keeps_a_written_ranges_floor() -> None:
    # "as many as 35 to 40 firefighters" is 35 to 40, not 17.5 to 40
    assert hedge_range("as many as", 35, 40) == pytest.approx((35, 40))
    assert hedge_range("nearly", 35, 40) == pytest.approx((35, 40))
    assert hedge_range("as many as", 40, 40) == pytest.approx((30, 40))  # a point
    assert hedge_range("as many as", 40) == pytest.approx((30, 40))


@given(
    st.sampled_from(["about", "nearly", "more than", "at least", "up to", "hardly", "just over"]),
    st.floats(min_value=0, max_value=1e12, allow_nan=False),
    st.floats(min_value=0, max_value=1e12, allow_nan=False),
)
def test_hedged_ranges_are_ordered(hedge: str, a: float, b: float) -> None:
    got = hedge_range(hedge, a, b)
    assert got is not None
    assert got[0] <= got[1]
    assert ordered(a, b)[0] <= ordered(a, b)[1]


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("value", "unit", "canonical", "canon_unit", "quantity"),
    [
        (2.5, "minutes", 150, "second", "duration"),
        (3, "hours", 10_800, "second", "duration"),
        (2, "days", 172_800, "second", "duration"),
        (0.3, "square miles", 776_996.4331008, "square metre", "area"),
        (700, "square metres", 700, "square metre", "area"),
        (2, "hectares", 20_000, "square metre", "area"),
        (5, "acres", 20_234.282112, "square metre", "area"),
        (3, "sq km", 3e6, "square metre", "area"),
        (1.5, "km²", 1.5e6, "square metre", "area"),
        (4.2, "kilometres", 4200, "metre", "length"),
        (2, "miles", 3218.688, "metre", "length"),
        (6, "feet", 1.8288, "metre", "length"),
        (5, "tonnes", 5000, "kilogram", "mass"),
        (40, "per cent", 40, "percent", "percent"),
        (40, "%", 40, "percent", "percent"),
        (2.5e6, "$", 2.5e6, "USD", "money"),
        (1.2e9, "€", 1.2e9, "EUR", "money"),
        (2e9, "dollars", 2e9, "USD", "money"),
    ],
)
def test_to_canonical(
    value: float, unit: str, canonical: float, canon_unit: str, quantity: str
) -> None:
    got = to_canonical(value, unit)
    assert got is not None
    assert got[0] == pytest.approx(canonical)
    assert got[1:] == (canon_unit, quantity)


def test_unknown_units_and_bad_values() -> None:
    assert to_canonical(3, "furlongs") is None
    assert to_canonical(math.nan, "metres") is None
    assert to_canonical(math.inf, "metres") is None
    assert to_canonical(1e300, "square miles") is None


def test_square_of_a_side() -> None:
    assert square_of(700) == 490_000
    assert square_of(1e200) is None
    assert square_of(math.nan) is None


def test_currencies_and_counts() -> None:
    assert currency_code("£") == "GBP"
    assert currency_code("US$") == "USD"
    assert currency_code("euros") == "EUR"
    assert currency_code("RMB") == "CNY"
    assert currency_code("zorkmids") is None
    assert count_unit("soldier") == "person"
    assert count_unit("tank") == "item"
    assert count_unit(None) == "item"


@given(
    st.sampled_from(sorted(UNITS)),
    st.floats(min_value=0.001, max_value=1e6),
    st.floats(min_value=0.001, max_value=1e6),
)
def test_conversions_are_monotonic_and_positive(unit: str, a: float, b: float) -> None:
    info = lookup_unit(unit)
    assert info is not None
    assume(info.offset == 0)  # Fahrenheit: below 32 °F is below zero (tested apart)
    assume(max(a, b) * info.factor <= MAX_VALUE)  # "1,001 terabytes" is past MAX_VALUE
    ca, cb = to_canonical(a, unit), to_canonical(b, unit)
    assert ca is not None and cb is not None
    assert ca[0] > 0 and cb[0] > 0
    if a < b:
        assert ca[0] <= cb[0]
    assert lookup_unit(unit) is not None


@given(st.text(max_size=60))
def test_parsers_never_raise_on_arbitrary_text(text: str) -> None:
    for fn in (parse_number, parse_numeral, vague_range, currency_code, lookup_unit):
        fn(text)
    value = parse_number(text)
    assert value is None or (math.isfinite(value) and 0 <= value <= MAX_VALUE)
    got = to_canonical(1.0, text)
    if got is not None:
        assert math.isfinite(got[0]) and got[0] > 0
        assert got[2] in {
            *("duration", "length", "area", "mass", "percent", "money", "volume", "power"),
            *("energy", "speed", "rotation", "data", "points", "angle", "temperature"),
        }


# --------------------------------------------------------------------------- the scanner


_PIECES = st.sampled_from(
    [
        "27", " soldiers", "two and a half", " minutes", "-second", " video", "between ",
        " and ", " to ", "-", "–", "$", "£", "€", "2,500", "1.2", " million", "bn", "m",
        "several", " dozen", "hundreds", " of ", "about ", "more than ", "up to ", "(", ")",
        " square", " miles", "700", "-metre", "%", " per cent", "March ", "2019", "1e309",
        "NaN", "inf", "Route ", "COVID-19", "\"", "“", ".", ",", "\n", " ", "a ", "half a ",
        "one", "zero", "9" * 40, "or so", "-odd", "+", "years old", "ago", "/", ":",
    ]
)  # fmt: skip


def _check_spans(text: str) -> None:
    article = Article.create(text, "t")
    claims = find_claims(parse(article))
    previous_end = 0
    for c in claims:
        assert c.article == article.id
        assert c.text == text[c.start : c.end]
        assert 0 <= c.start < c.end <= len(text)
        assert c.start >= previous_end  # in order, not overlapping
        previous_end = c.end
        assert c.low <= c.high
        assert math.isfinite(c.low) and math.isfinite(c.high)
        assert c.value is None or c.low == c.value == c.high
        assert c.credited_to is None


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_claim_spans_on_number_like_text(text: str) -> None:
    _check_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_claim_spans_on_arbitrary_text(text: str) -> None:
    _check_spans(text)


@pytest.mark.parametrize(
    ("written", "canonical", "quantity", "factor"),
    [
        ("cents", "USD", "money", 0.01),
        ("pence", "GBP", "money", 0.01),
        ("Swiss francs", "CHF", "money", 1.0),
        ("danish crowns", "DKK", "money", 1.0),
        ("gallons", "cubic metre", "volume", 0.003785411784),
        ("litres", "cubic metre", "volume", 0.001),
        ("horsepower", "watt", "power", 745.69987158227022),
        ("GW", "watt", "power", 1e9),
        ("kWh", "watt hour", "energy", 1e3),
        ("mph", "metre per second", "speed", 0.44704),
        ("km/h", "metre per second", "speed", 1 / 3.6),
        ("MB", "byte", "data", 1e6),
        ("Mb", "byte", "data", 125e3),
        ("micrograms", "kilogram", "mass", 1e-9),
        ("points", "point", "points", 1.0),
    ],
)
def test_more_units(written: str, canonical: str, quantity: str, factor: float) -> None:
    unit = lookup_unit(written)
    assert unit is not None
    assert (unit.canonical, unit.quantity) == (canonical, quantity)
    assert unit.factor == pytest.approx(factor)


def test_case_decides_some_abbreviations() -> None:
    assert lookup_unit("mb") is None  # megabytes, megabits or millibars?
    assert lookup_unit("mw") is None
    assert currency_code("usd") == "USD" and currency_code("rmb") == "CNY"
    assert currency_code("try") is None  # a word, not the lira


# --------------------------------------------------------------------------- fractions, grouping


@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("a quarter million", 250_000),
        ("quarter million", 250_000),
        ("half million", 500_000),
        ("three quarters billion", 750_000_000),
        ("three quarters of a billion", 750_000_000),
        ("a third of a million", 1e6 / 3),
        ("two thirds of a million", 2e6 / 3),
        ("half of a million", 500_000),
        ("half a million", 500_000),  # as before
    ],
)
def test_fraction_of_a_scale_word(words: str, want: float) -> None:
    assert parse_number_words(words.split()) == pytest.approx(want)
    assert fraction_of_scale(words.split()) == pytest.approx(want)


@pytest.mark.parametrize(
    "words",
    ["three quarters", "a quarter", "five quarters million", "two quarter million",
     "one quarters million", "a quarter of millions", "two halves million"],
)  # fmt: skip
def test_not_a_fraction_of_a_scale_word(words: str) -> None:
    assert fraction_of_scale(words.split()) is None


@given(st.sampled_from(["half", "a quarter", "three quarters", "a third", "two thirds"]),
       st.sampled_from(["thousand", "million", "billion", "trillion"]))  # fmt: skip
def test_a_fraction_of_a_scale_is_below_the_scale(share: str, scale: str) -> None:
    value = fraction_of_scale([*share.split(), scale])
    assert value is not None and 0 < value < {"thousand": 1e3, "million": 1e6}.get(scale, 1e15)


def test_indian_digit_grouping() -> None:
    assert parse_numeral("12,34,567") == 1_234_567
    assert parse_numeral("1,23,45,678.5") == 12_345_678.5
    assert parse_numeral("12,34") is None  # not a grouping


# --------------------------------------------------------------------------- angles, temperatures


def test_angle_units_are_degrees() -> None:
    assert to_canonical(90, "degrees") == (90, "degree", "angle")
    got = to_canonical(1, "radian")
    assert got is not None and got[0] == pytest.approx(180 / math.pi)
    assert to_canonical(2, "turns") == (720, "degree", "angle")


@pytest.mark.parametrize(
    ("value", "unit", "want"),
    [(100, "° Celsius", 100), (38, "°C", 38), (212, "degrees Fahrenheit", 100), (50, "°F", 10)],
)
def test_temperatures_are_celsius(value: float, unit: str, want: float) -> None:
    got = to_canonical(value, unit)
    assert got is not None
    assert got[0] == pytest.approx(want)
    assert got[1:] == ("degree Celsius", "temperature")


def test_below_freezing_fahrenheit_is_not_a_claim_value() -> None:
    assert to_canonical(14, "°F") is None  # -10 °C: claims hold no negative values
