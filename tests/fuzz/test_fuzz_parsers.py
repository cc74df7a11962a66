"""Property tests of the small parsers and normalisers: numbers, vague amounts, hedges,
units and name keys.  None of them raises; what they return is finite, ordered and
within the documented bounds."""

from __future__ import annotations

import math

from fuzz_text import FRAGMENTS, examples
from hypothesis import given
from hypothesis import strategies as st

from crosswire.analyze.units import (
    MAX_VALUE,
    hedge_range,
    parse_number,
    parse_number_words,
    parse_numeral,
    square_of,
    to_canonical,
    vague_range,
)
from crosswire.link.names import fold, name_key, same_person_name

NUMBERISH = st.one_of(
    st.text(alphabet="0123456789.,-+eEkmbnMBNaIfity ", max_size=30),
    st.lists(
        st.sampled_from(
            "a an and half one two three twelve twenty ninety hundred thousand million "
            "billion trillion dozen several few couple of tens hundreds thousands scores "
            "about nearly more than at least 1e309 nan inf -0 1.5 2,500".split()
        ),
        max_size=8,
    ).map(" ".join),
    st.text(max_size=20),
)
FLOATS = st.floats(allow_nan=True, allow_infinity=True)
UNITS = st.sampled_from(
    [
        *"km kilometres square miles sq mi metre metres m minutes seconds hours days % "
        "percent per cent tonnes kg $ € £ dollars euros acres hectares feet ft miles".split(),
        *("", "x", "square", "square kilometres", "1e309"),
    ]
)


def _usable(v: float | None) -> bool:
    return v is None or (math.isfinite(v) and 0 <= v <= MAX_VALUE)


@examples(300)
@given(text=NUMBERISH)
def test_numbers_are_finite_and_bounded_or_none(text: str) -> None:
    assert _usable(parse_number(text))
    assert _usable(parse_numeral(text))
    words = parse_number_words(text.split())  # unbounded: parse_number applies MAX_VALUE
    assert words is None or (math.isfinite(words) and words >= 0)


@examples(300)
@given(phrase=NUMBERISH)
def test_vague_ranges_are_ordered(phrase: str) -> None:
    got = vague_range(phrase)
    if got is not None:
        low, high = got
        assert 0 <= low <= high and math.isfinite(high)


@examples(300)
@given(hedge=st.sampled_from(["about", "nearly", "more than", "at least", "some", "x", ""]),
       low=FLOATS, high=st.one_of(st.none(), FLOATS))  # fmt: skip
def test_hedged_ranges_are_ordered(hedge: str, low: float, high: float | None) -> None:
    got = hedge_range(hedge, low, high)
    values = [low] + ([high] if high is not None else [])
    if got is not None and all(math.isfinite(v) and v >= 0 for v in values):
        assert got[0] <= got[1]


@examples(300)
@given(value=FLOATS, unit=UNITS)
def test_unit_conversion_is_finite_or_none(value: float, unit: str) -> None:
    got = to_canonical(value, unit)
    if got is not None:
        assert _usable(got[0])
    if value >= 0:
        assert _usable(square_of(value))


NAMES = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=6).map(" ".join),
    st.lists(
        st.sampled_from(
            "al- el- Al Abdel Abd Abdul Abu bin ibn Mr Dr Sheikh Mohammed Muhammad Ahmed "
            "Qahtani Kahtany O'Neill Müller ʿAbd Rahman al-Sayed - ' ".split()
        ),
        max_size=6,
    ).map(" ".join),
    st.text(max_size=30),
)


@examples(300)
@given(a=NAMES, b=NAMES)
def test_name_keys_never_raise_and_compare_symmetrically(a: str, b: str) -> None:
    ka, kb = name_key(a), name_key(b)
    assert all(p and p == fold(p) for p in ka.parts)
    assert len(ka.parts) == len(ka.skeletons)
    assert same_person_name(a, b) == same_person_name(b, a) == same_person_name(ka, kb)
    if ka.parts:
        assert same_person_name(a, a)
