"""Classes of misread numbers found by a hand audit of real disaster and economic
coverage (several outlets per event), one rule per test, in hand-written, fictional
sentences:

1. basis points are hundredths of a percentage point ("cut rates by 50 basis points",
   "a 25-basis-point move"), not a count of "basis";
2. a number right after "magnitude" is an earthquake's size ("The magnitude 7.2 quake"),
   as one before it is ("a 6.8-magnitude earthquake"), not a count of quakes, and so is
   "a magnitude of 7.2" (not "an order of magnitude of 10").
"""

from __future__ import annotations

import pytest
from parse_modes import BOTH, MakeParsed

from crosswire.analyze.numbers import find_claims


def _read(make_parsed: MakeParsed, text: str, model: bool) -> list[tuple[str, float, str]]:
    return [(c.text, round(c.low, 4), c.unit) for c in find_claims(make_parsed(text, model=model))]


@BOTH
def test_basis_points_are_hundredths_of_a_point(make_parsed: MakeParsed, model: bool) -> None:
    text = "The Velmora bank cut rates by 50 basis points. A 25-basis-point move was expected."
    found = _read(make_parsed, text, model)
    assert ("50 basis points", 0.5, "percentage point") in found
    assert any(t.startswith("25-basis-point") and v == 0.25 for t, v, _ in found)


@pytest.mark.model
def test_a_number_after_magnitude_is_a_quakes_size(make_parsed: MakeParsed) -> None:
    text = "The magnitude 7.2 quake struck Orlin. A 6.8-magnitude earthquake hit Vessa."
    units = {t.split()[0].split("-")[0]: u for t, _, u in _read(make_parsed, text, True)}
    assert units == {"7.2": "magnitude", "6.8": "magnitude"}


@BOTH
def test_a_magnitude_of_so_much_is_a_quakes_size(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "The Orlin quake struck with a magnitude of 7.2, the institute said. The survey "
        "gave a preliminary magnitude of 6.8. An order of magnitude of 10 is a lot."
    )
    assert _read(make_parsed, text, model) == [
        ("7.2", 7.2, "magnitude"),
        ("6.8", 6.8, "magnitude"),
    ]
