from __future__ import annotations

from crosswire.link.claims import claim_status, compare_claims
from crosswire.model import Claim


def _c(article: str, low: float, high: float, counted: str | None = "fighter") -> Claim:
    value = low if low == high else None
    return Claim(article, 0, 3, "xyz", value, low, high, "person", "count", counted)


def test_overlapping_ranges_agree() -> None:
    assert claim_status([_c("a", 150, 150), _c("b", 140, 160)]) == "agree"


def test_disjoint_ranges_conflict() -> None:
    assert claim_status([_c("a", 36, 108), _c("b", 200, 300)]) == "conflict"


def test_one_article_is_single_source() -> None:
    assert claim_status([_c("a", 36, 108), _c("a", 200, 300)]) == "single"


def test_claims_about_different_things_are_not_compared() -> None:
    groups = compare_claims([_c("a", 12, 12, "tank"), _c("b", 40, 40, "fighter")])
    assert {g.measure for g in groups} == {"count: tank", "count: fighter"}
    assert all(g.status == "single" for g in groups)
