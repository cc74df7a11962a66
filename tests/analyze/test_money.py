"""Reading the currency around an amount (``analyze/money.py``), on short strings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.analyze.money import (
    cents_after,
    currency_after,
    currency_before,
    currency_of_vague,
    marks_after,
    per_unit_after,
)


def _before(text: str) -> tuple[str, float] | None:
    """The currency before the last number of ``text``: (code, factor)."""
    pos = len(text.rstrip("0123456789.,"))
    got = currency_before(text, max(0, pos - 10), pos)
    return None if got is None else (got.code, got.factor)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("paid $5", ("USD", 1.0)),
        ("paid US$5", ("USD", 1.0)),
        ("paid hk $ 5", ("HKD", 1.0)),
        ("paid c $ 5", ("CAD", 1.0)),
        ("paid Mex$ 5", ("MXN", 1.0)),
        ("paid aud$ 5", ("AUD", 1.0)),
        ("paid GBP 5", ("GBP", 1.0)),
        ("paid USD5", ("USD", 1.0)),
        ("paid rmb 5", ("CNY", 1.0)),
        ("paid MAUD 5", ("AUD", 1e6)),
        ("paid ₩5", ("KRW", 1.0)),
        ("paid a $ 5", ("USD", 1.0)),  # "a" is the article, not Australia
        ("we try 5", None),  # "try" is a word, not the lira
        ("paid 5", None),
    ],
)
def test_currency_before(text: str, want: tuple[str, float] | None) -> None:
    assert _before(text) == want


@pytest.mark.parametrize(
    ("after", "scaled", "want"),
    [
        (" € each", False, ("EUR", 1.0, " €")),
        ("€.", False, ("EUR", 1.0, "€")),
        (" $10 bills", False, None),  # the symbol belongs to the next figure
        (" usd", False, ("USD", 1.0, " usd")),
        (" USD million", False, ("USD", 1e6, " USD million")),
        (" MEUR", False, ("EUR", 1e6, " MEUR")),
        ("M dollars", False, ("USD", 1e6, "M dollars")),
        (" Australian dollars", False, ("AUD", 1.0, " Australian dollars")),
        (" swiss francs", False, ("CHF", 1.0, " swiss francs")),
        ("-yen bid", False, ("JPY", 1.0, "-yen")),
        (" cents", False, ("USD", 0.01, " cents")),
        (" euro cents", False, ("EUR", 0.01, " euro cents")),
        (" pence", False, ("GBP", 0.01, " pence")),
        (" pounds", False, None),  # a mass unless scaled
        (" pounds", True, ("GBP", 1.0, " pounds")),
        (" pounds of flour", True, None),
        (" pounds sterling", False, ("GBP", 1.0, " pounds sterling")),
        (" crowns", False, None),  # whose crowns?
        (" won", False, None),
    ],
)
def test_currency_after(after: str, scaled: bool, want: tuple[str, float, str] | None) -> None:
    text = "12" + after
    got = currency_after(text, 2, pounds_ok=scaled)
    if want is None:
        assert got is None
    else:
        assert got is not None
        assert (got.code, got.factor, text[2 : got.end]) == want


def test_currency_of_a_vague_amount() -> None:
    text = "tens of millions of dollars"
    got = currency_of_vague(text, len("tens of millions"))
    assert got is not None and got.code == "USD"
    assert currency_of_vague("hundreds of pounds of flour", len("hundreds")) is None


@pytest.mark.parametrize(
    ("after", "want"),
    [
        (" 50 cents.", 0.5),
        (" and forty-five cents", 0.45),
        (" 50.", 0.5),
        (" and 15.", 0.15),
        (" 50 people", None),
        (" 5.", None),  # one digit is not a number of cents
        (" 150 cents", None),
        (" and one point", None),
    ],
)
def test_cents_after(after: str, want: float | None) -> None:
    got = cents_after(after, 0)
    assert (None if got is None else got[0]) == (None if want is None else pytest.approx(want))


def test_per_unit_after() -> None:
    assert per_unit_after(" a share", 0) == ("share", 8)
    assert per_unit_after(" - a - share", 0) == ("share", 12)
    assert per_unit_after(" per liter", 0) == ("litre", 10)
    assert per_unit_after(" a day", 0) is None  # a rate of time stays money


@given(st.text(max_size=40), st.integers(min_value=0, max_value=40))
def test_readers_never_raise(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    currency_before(text, 0, pos)
    currency_after(text, pos, pounds_ok=True)
    currency_of_vague(text, pos)
    got = cents_after(text, pos)
    assert got is None or 0 < got[0] < 1
    per_unit_after(text, pos)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the dollar closed at 1.85 marks", "DEM"),
        ("dollar : 143.80 yen ; 1.8500 marks, up", "DEM"),
        ("against the currency at 2.1 marks.", "DEM"),
        ("she scored 80 marks in the exam", None),
        ("80 marks. The prize is $ 5.", None),  # the money is in the next sentence
        ("the dollar bought 12 mark-ups", None),
    ],
)
def test_bare_marks_beside_money(text: str, want: str | None) -> None:
    pos = text.index(" mark")
    got = marks_after(text, pos)
    assert (got.code if got is not None else None) == want
