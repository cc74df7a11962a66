"""Mention refinement: datelines, titled names, label votes, surname propagation."""

from __future__ import annotations

from crosswire.analyze.mentions import dateline_end, refine_mentions
from crosswire.model import Mention


def _m(text: str, whole: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = whole.index(text, start + 1)
    return Mention("a", start, start + len(text), text, label)


def test_dateline_mentions_feed_no_entity() -> None:
    text = "LOWMERE, Vale. — The council met. Lowmere voted."
    assert dateline_end(text) == text.index("The")
    ms = [_m("LOWMERE", text, "GPE"), _m("Lowmere", text, "GPE")]
    assert [m.text for m in refine_mentions(text, ms, "a")] == ["Lowmere"]
    assert dateline_end("Rick Santorum said Sunday") == 0
    assert dateline_end("PORT SARAB, March 9 (MPA) — A fire") > 0


def test_a_title_and_a_name_tagged_org_is_a_person() -> None:
    text = "Bishop Tomas Verhoek spoke, and the Lowmere Council listened."
    ms = [_m("Bishop Tomas Verhoek", text, "ORG"), _m("the Lowmere Council", text, "ORG")]
    assert [m.label for m in refine_mentions(text, ms, "a")] == ["PERSON", "ORG"]


def test_a_name_tagged_person_at_most_occurrences_is_a_person_everywhere() -> None:
    text = "Verhoek left. Verhoek came back. Verhoek said no."
    ms = [_m("Verhoek", text, "PERSON", 0), _m("Verhoek", text, "PERSON", 1)]
    ms.append(_m("Verhoek", text, "ORG", 2))
    assert {m.label for m in refine_mentions(text, ms, "a")} == {"PERSON"}


def test_a_surname_after_the_full_name_is_a_person_mention() -> None:
    text = (
        "Ines Marwick runs the port. Later Marwick said Mr. Marwick's plan works. "
        "The Marwick Foundation paid, and Jon Marwick too."
    )
    ms = [_m("Ines Marwick", text, "PERSON"), _m("Jon Marwick", text, "PERSON")]
    got = [(m.start, m.text, m.label) for m in refine_mentions(text, ms, "a")]
    starts = [s for s, _, _ in got]
    assert text.index("Marwick said") in starts
    assert text.index("Marwick's plan") in starts
    assert text.index("Marwick Foundation") not in starts  # part of a longer name
    assert all(label == "PERSON" for _, _, label in got)
    assert len(got) == 4
