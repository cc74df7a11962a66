"""Claim comparison: what counts as the same measure, and agree/conflict/single."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pytest

import crosswire.link.claims as claims_mod
from crosswire.link.claims import (
    ClaimContexts,
    claim_contexts,
    claim_status,
    compare_claims,
    context_words,
    contrasted,
    counted_class,
    deed_before,
    idf_weights,
    qualifiers,
    same_measure,
    values_agree,
    vote_side,
    written_tolerance,
)
from crosswire.model import Analysis, Article, Claim, ClaimGroup, Mention, Sentence


def _c(
    article: str,
    low: float,
    high: float,
    counted: str | None = "fighter",
    *,
    quantity: str = "count",
    unit: str = "person",
    credited_to: str | None = None,
    start: int = 0,
    text: str = "xyz",
) -> Claim:
    value = low if low == high else None
    return Claim(
        article,
        start,
        start + len(text),
        text,
        value,
        low,
        high,
        unit,
        quantity,
        counted,
        credited_to=credited_to,
    )


def test_overlapping_ranges_agree() -> None:
    assert claim_status([_c("a", 150, 150), _c("b", 140, 160)]) == "agree"


def test_disjoint_ranges_conflict() -> None:
    assert claim_status([_c("a", 36, 108), _c("b", 200, 300)]) == "conflict"


def test_one_article_is_single_source() -> None:
    assert claim_status([_c("a", 36, 108), _c("a", 200, 300, credited_to="x")]) == "single"


def test_counted_nouns_in_one_class_are_one_measure() -> None:
    assert counted_class("fighter") == counted_class("man") == counted_class("attacker")
    assert counted_class("security guard") == "guard"
    groups = compare_claims([_c("a", 36, 108, "attacker"), _c("b", 40, 40, "fighter")])
    assert [g.status for g in groups] == ["agree"]


def test_counts_of_times_are_one_measure_whatever_happened_that_often() -> None:
    # "he was stopped twice", "accused of speeding twice": counted "stop" and "speed"
    stopped = _c("a", 2, 2, "stop", unit="item", text="twice")
    speeding = _c("b", 2, 2, "speed", unit="item", text="twice")
    assert [g.status for g in compare_claims([stopped, speeding])] == ["agree"]
    # counted nouns of other classes stay two measures
    stops = _c("a", 2, 2, "stop", unit="item", text="two stops")
    fines = _c("b", 2, 2, "fine", unit="item", text="two fines")
    assert len(compare_claims([stops, fines])) == 2


def _money(article: str, value: float, text: str, start: int = 0) -> Claim:
    return _c(article, value, value, None, quantity="money", unit="USD", start=start, text=text)


def test_exact_figures_compare_at_their_written_precision() -> None:
    assert written_tolerance(_money("a", 43e6, "$43 million")) == 1e6
    assert written_tolerance(_money("a", 5000, "5,000")) == 500  # round: half its last place
    assert values_agree(_money("a", 43e6, "$43 million"), _money("b", 43_885_310, "$43,885,310"))
    assert not values_agree(_money("a", 139e6, "$139 million"), _money("b", 140_937_785, "x"))
    rate = dict(quantity="percent", unit="percent")
    assert values_agree(_c("a", 35.7, 35.7, None, text="35.7%", **rate), _c("b", 35.72, 35.72, None, text="35.72%", **rate))  # fmt: skip
    assert not values_agree(_c("a", 30, 30, None, text="30%", **rate), _c("b", 35.7, 35.7, None, text="35.7%", **rate))  # fmt: skip
    assert not values_agree(_c("a", 3, 3, text="3 boats"), _c("b", 4, 4, text="4 boats"))
    assert values_agree(_c("a", 5000, 5000, text="5,000"), _c("b", 5200, 5200, text="5,200"))
    # under 100 a round figure is as exact as any: ten jurors are not eight, 40 not 36
    assert not values_agree(_c("a", 10, 10, text="10-juror"), _c("b", 8, 8, text="Eight"))
    assert not values_agree(_c("a", 40, 40, text="40"), _c("b", 36, 36, text="36"))
    assert values_agree(_c("a", 250, 250, text="250"), _c("b", 248, 248, text="248"))
    # one digit and a scale is a rounded figure: "£2bn" may be £2.4bn, not £2.5bn (a
    # British press audit: "an extra £2bn" and "an additional £2.5bn" had agreed)
    gbp = dict(quantity="money", unit="GBP")
    assert not values_agree(_c("a", 2e9, 2e9, text="£2bn", **gbp), _c("b", 2.5e9, 2.5e9, text="£2.5bn", **gbp))  # fmt: skip
    assert values_agree(_c("a", 2e9, 2e9, text="£2bn", **gbp), _c("b", 2.4e9, 2.4e9, text="£2.4bn", **gbp))  # fmt: skip
    assert values_agree(_money("a", 3e6, "$3 million"), _money("b", 3_200_000, "$3,200,000"))


def test_a_round_figure_reads_within_a_tenth_of_itself() -> None:
    # "100 dead bodies" and a toll of 64: half of 100's last place would take in 50 to 150
    assert not values_agree(_c("a", 100, 100, text="100"), _c("b", 64, 64, text="64"))
    assert not values_agree(_c("a", 200, 200, text="200"), _c("b", 160, 160, text="160"))
    assert values_agree(_c("a", 100, 100, text="100"), _c("b", 96, 96, text="96"))
    assert values_agree(_c("a", 5000, 5000, text="5,000"), _c("b", 5200, 5200, text="5,200"))


def test_one_side_of_a_tally_is_exact() -> None:
    # "ousted in a 216-210 vote" and the motion before it, "a 208-218 vote": two votes,
    # however round 210 looks
    vote = dict(counted="vote", unit="item")
    assert not values_agree(_c("a", 210, 210, text="210", **vote), _c("b", 208, 208, text="208", **vote))  # fmt: skip
    assert values_agree(_c("a", 210, 210, text="210", **vote), _c("b", 210, 210, text="210", **vote))  # fmt: skip
    # a round count of people is read at its written precision still
    assert values_agree(_c("a", 210, 210, text="210"), _c("b", 208, 208, text="208"))


def test_hedged_and_vague_amounts_compare_by_their_ranges() -> None:
    assert not values_agree(_c("a", 16, 16, text="16 tests"), _c("b", 20, 30, text="over 20"))
    assert values_agree(_c("a", 900, 1100, text="about 1,000"), _c("b", 1050, 1050, text="1,050"))
    assert values_agree(_c("a", 47, 47, text="47 arrests"), _c("b", 47, 70.5, text="at least 47"))
    # an exact figure meets a range by what rounds to it: "about 12 tons" (10.8 to 13.2)
    # is 13 tons, not 14 (an audit of Asian coverage: the two had agreed)
    assert not values_agree(_c("a", 10.8, 13.2, text="about 12 tons"), _c("b", 14, 14, text="14 tons"))  # fmt: skip
    assert values_agree(_c("a", 10.8, 13.2, text="about 12 tons"), _c("b", 13, 13, text="13 tons"))  # fmt: skip


def test_figures_in_words_are_exact() -> None:
    year = 365.25 * 86400
    two = _c("a", 2 * year, 2 * year, None, quantity="duration", unit="second", text="two-year")
    thirteen = _c("b", 13 * year / 12, 13 * year / 12, None, quantity="duration", unit="second", text="13-month")  # fmt: skip
    assert not values_agree(two, thirteen)


def test_disagreeing_values_conflict_only_when_their_sentences_agree() -> None:
    a = _c("a", 47, 47, "arrest", unit="item", text="47 arrests")
    b = _c("b", 6, 6, "arrest", unit="item", text="six arrests")
    ctx = {
        ("a", 0): context_words("Police made 47 arrests overnight in the riverside district"),
        ("b", 0): context_words("There were six arrests on Wednesday, the chief said"),
    }
    assert sorted(g.status for g in compare_claims([a, b], ctx)) == ["single", "single"]
    same = context_words("Police made arrests overnight in the riverside district")
    groups = compare_claims([a, b], {("a", 0): same, ("b", 0): same})
    assert [g.status for g in groups] == ["conflict"]


def test_groups_never_chain_disagreeing_values_through_a_vague_amount() -> None:
    taxes = context_words("the couple paid federal taxes over eight years, the returns show")
    charity = context_words("the couple gave to charity over eight years, the returns show")
    ctx = {("a", 0): taxes, ("b", 0): taxes, ("c", 0): taxes, ("c", 40): charity}
    claims = [
        _money("a", 43e6, "$43 million"),
        _c("b", 20e6, 99_999_999, None, quantity="money", unit="USD", text="tens of millions"),
        _money("c", 43_885_310, "$43,885,310"),
        _money("c", 15e6, "$15 million", start=40),
    ]
    groups = compare_claims(claims, ctx)
    sizes = sorted((len(g.values), g.status) for g in groups)
    assert sizes == [(1, "single"), (3, "agree")]


def test_a_bare_one_is_never_compared() -> None:
    ctx = context_words("the senator held one meeting with the envoy")
    a = _c("a", 1, 1, "meeting", unit="item", text="one meeting")
    b = _c("b", 1, 1, "meeting", unit="item", text="one meeting")
    assert len(compare_claims([a, b], {("a", 0): ctx, ("b", 0): ctx})) == 2


def test_different_people_are_different_measures() -> None:
    groups = compare_claims([_c("a", 4, 4, "guard"), _c("b", 2, 2, "firefighter")])
    assert sorted(g.measure for g in groups) == ["count: firefighter", "count: guard"]
    assert all(g.status == "single" for g in groups)


def test_values_an_order_of_magnitude_apart_are_different_measures() -> None:
    groups = compare_claims([_c("a", 2, 2, "man"), _c("b", 36, 108, "attacker")])
    assert len(groups) == 2


def test_one_source_giving_two_values_gives_two_measures() -> None:
    groups = compare_claims(
        [_c("a", 30, 30, "attacker", start=0), _c("a", 90, 90, "attacker", start=50)]
    )
    assert len(groups) == 2


def test_an_article_setting_two_sources_against_each_other_keeps_one_measure() -> None:
    groups = compare_claims(
        [
            _c("a", 36, 108, "attacker", credited_to="the governor", start=0),
            _c("a", 200, 300, "attacker", credited_to="the group", start=40),
            _c("b", 200, 300, "fighter", credited_to="a monitoring firm"),
            _c("c", 36, 108, "man", credited_to="the governor"),
        ]
    )
    assert [(g.status, len(g.values)) for g in groups] == [("conflict", 4)]
    # two sources' figures far apart in one article are not set against each other
    far = compare_claims(
        [
            _c("a", 36, 108, "attacker", credited_to="the governor", start=0),
            _c("a", 200, 300, "attacker", credited_to="the group", start=2000),
        ]
    )
    assert len(far) == 2


def test_areas_are_never_compared_with_lengths() -> None:
    area = _c("a", 518000, 518000, None, quantity="area", unit="square metre")
    length = _c("b", 3218.7, 3218.7, None, quantity="length", unit="metre")
    ctx = context_words("the fire burned across the depot")
    assert not same_measure(area, ctx, length, ctx, idf_weights([ctx, ctx]))
    assert len(compare_claims([area, length], {("a", 0): ctx, ("b", 0): ctx})) == 2


def test_durations_of_the_same_thing_meet_through_their_sentences() -> None:
    a = _c("a", 150, 150, None, quantity="duration", unit="second")
    b = _c("b", 150, 150, "video", quantity="duration", unit="second")
    c = _c("c", 43200, 43200, None, quantity="duration", unit="second")
    contexts = {
        ("a", 0): context_words("The video released by the group lasted two and a half minutes"),
        ("b", 0): context_words("The group released a 150-second video") | {"video"},
        ("c", 0): context_words("Firefighters battled the blaze for 12 hours"),
    }
    groups = compare_claims([a, b, c], contexts)
    by_size = sorted((len(g.values), g.status) for g in groups)
    assert by_size == [(1, "single"), (2, "agree")]


def test_the_same_figure_named_differently_is_one_measure_when_the_words_agree() -> None:
    wall = _c("a", 1800, 1800, "wall", quantity="length", unit="metre")
    barrier = _c("b", 1800, 1800, "barrier", quantity="length", unit="metre")
    road = _c("c", 1800, 1800, "road", quantity="length", unit="metre")
    ctx = {
        ("a", 0): context_words("a 1.8-kilometre wall from the ferry terminal to the Alder River"),
        ("b", 0): context_words(
            "the barrier will run 1.8 km from the ferry terminal to the Alder River"
        ),
        ("c", 0): context_words("the new bypass road, 1.8 km long, opens to traffic in spring"),
    }
    groups = sorted(
        sorted(v.counted or "" for v in g.values)
        for g in compare_claims([wall, barrier, road], ctx)
    )
    assert groups == [["barrier", "wall"], ["road"]]


def test_differently_named_things_with_different_values_stay_apart() -> None:
    wall = _c("a", 1800, 1800, "wall", quantity="length", unit="metre")
    barrier = _c("b", 900, 900, "barrier", quantity="length", unit="metre")
    words = context_words("the barrier wall from the ferry terminal to the Alder River")
    assert not same_measure(wall, words, barrier, words, idf_weights([words, words]))


def test_a_lone_unnamed_figure_joins_the_only_measure_of_its_dimension() -> None:
    a = _c("a", 518000, 518000, "depot", quantity="area", unit="square metre")
    b = _c("b", 450000, 550000, "depot", quantity="area", unit="square metre")
    lone = _c("c", 450000, 550000, None, quantity="area", unit="square metre")
    far = _c("d", 5_000_000, 5_000_000, None, quantity="area", unit="square metre")
    ctx = {
        ("a", 0): context_words("the blaze spread over 0.2 square miles of the depot"),
        ("b", 0): context_words(
            "satellite images show half a square kilometre of the depot destroyed"
        ),
        ("c", 0): context_words("converted, they agree"),
        ("d", 0): context_words("the reserve covers five square kilometres"),
    }
    sizes = sorted(len(g.values) for g in compare_claims([a, b, lone], ctx))
    assert sizes == [3]
    # a figure that does not agree with the measure stays on its own
    sizes = sorted(len(g.values) for g in compare_claims([a, b, far], ctx))
    assert sizes == [1, 2]


def test_a_lone_figure_does_not_join_when_the_story_has_two_measures_of_its_dimension() -> None:
    a1 = _c("a", 518000, 518000, "depot", quantity="area", unit="square metre")
    a2 = _c("b", 520000, 520000, "depot", quantity="area", unit="square metre")
    p1 = _c("a", 480000, 480000, "park", quantity="area", unit="square metre", start=50)
    p2 = _c("b", 490000, 490000, "park", quantity="area", unit="square metre", start=50)
    lone = _c("c", 450000, 550000, None, quantity="area", unit="square metre")
    ctx = {
        ("a", 0): context_words("fire at the depot"),
        ("b", 0): context_words("fire at the depot"),
        ("a", 50): context_words("the park nearby"),
        ("b", 50): context_words("the park nearby"),
        ("c", 0): context_words("converted, they agree"),
    }
    assert sorted(len(g.values) for g in compare_claims([a1, a2, p1, p2, lone], ctx)) == [1, 2, 2]


def test_a_vague_amount_that_misses_a_figure_is_no_conflict_by_wording_alone() -> None:
    same = context_words("the charity received donations from the foundation last year")
    vague = _c("a", 19e6, 22e6, None, quantity="money", unit="USD", text="between $19 and $22")
    exact = _money("b", 43e6, "$43 million")
    groups = compare_claims([vague, exact], {("a", 0): same, ("b", 0): same})
    assert sorted(g.status for g in groups) == ["single", "single"]


def test_two_sums_credited_to_two_documents_nearby_are_not_set_against_each_other() -> None:
    a = _money("a", 20e6, "$20 million", start=0)
    a = Claim(a.article, 0, a.end, a.text, a.value, a.low, a.high, a.unit, a.quantity, None,
              credited_to="the returns")  # fmt: skip
    b = Claim("a", 200, 211, "$30 million", 30e6, 30e6, 30e6, "USD", "money", None,
              credited_to="a disclosure")  # fmt: skip
    assert not contrasted(a, b)
    fighters_a = _c("a", 40, 40, "fighter", credited_to="the governor")
    fighters_b = _c("a", 200, 300, "fighter", credited_to="the group", start=120)
    assert contrasted(fighters_a, fighters_b)


# --------------------------------------------------------------------------- measures in text


def _story(
    texts: dict[str, str],
    figures: dict[str, list[tuple[str, float | None, float, float, str, str, str | None]]],
    people: dict[str, list[str]] | None = None,
    published: dict[str, dt.date] | None = None,
) -> list[ClaimGroup]:
    """Claim groups of fictional articles: ``figures`` gives, per article, (text as
    written, value, low, high, quantity, unit, counted); ``people`` the PERSON names
    the NER would find (each article one sentence); ``published`` their dates."""
    arts, ans = {}, []
    for aid, text in texts.items():
        arts[aid] = Article(id=aid, text=text, title=aid, published=(published or {}).get(aid))
        claims = []
        for written, value, low, high, quantity, unit, counted in figures[aid]:
            i = text.index(written)
            claims.append(
                Claim(aid, i, i + len(written), written, value, low, high, unit, quantity, counted)
            )
        mentions = tuple(
            Mention(aid, text.index(n), text.index(n) + len(n), n, "PERSON")
            for n in (people or {}).get(aid, [])
        )
        ans.append(
            Analysis(
                article=aid,
                sentences=(Sentence(aid, 0, len(text)),),
                mentions=mentions,
                claims=tuple(claims),
            )
        )
    return compare_claims([c for an in ans for c in an.claims], claim_contexts(arts, ans))


def _shape(groups: list[ClaimGroup]) -> list[tuple[str, list[str]]]:
    return sorted((g.status, sorted(v.article for v in g.values)) for g in groups)


def test_rates_of_two_people_are_two_measures() -> None:
    texts = {
        "a": "Tomas Aran paid an effective tax rate of 31 percent over the decade.",
        "b": "Mira Vell paid an effective tax rate of 31.2 percent over the decade.",
        "c": "Last year Mira Vell paid an effective tax rate of 31.2 percent, filings show.",
    }
    rate = ("percent", "percent", None)
    groups = _story(
        texts,
        {
            "a": [("31 percent", 31, 31, 31, *rate)],
            "b": [("31.2 percent", 31.2, 31.2, 31.2, *rate)],
            "c": [("31.2 percent", 31.2, 31.2, 31.2, *rate)],
        },
        {"a": ["Tomas Aran"], "b": ["Mira Vell"], "c": ["Mira Vell"]},
    )
    assert _shape(groups) == [("agree", ["b", "c"]), ("single", ["a"])]


def test_a_surname_ending_in_s_is_not_another_persons_plural() -> None:
    texts = {
        "a": "Dara Williams paid an effective tax rate of 31.2 percent over the decade.",
        "b": "Tomos William paid an effective tax rate of 31.2 percent over the decade.",
    }
    rate = ("percent", "percent", None)
    figures = {
        "a": [("31.2 percent", 31.2, 31.2, 31.2, *rate)],
        "b": [("31.2 percent", 31.2, 31.2, 31.2, *rate)],
    }
    groups = _story(texts, figures, {"a": ["Dara Williams"], "b": ["Tomos William"]})
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]
    # a family named as a group is still its members' name
    texts["a"] = "The Vells paid an effective tax rate of 31.2 percent, said Mira Vell's aide."
    texts["b"] = "Mira Vell paid an effective tax rate of 31.2 percent over the decade."
    arts = {k: Article(id=k, text=t, title=k) for k, t in texts.items()}
    ans = []
    for k, t in texts.items():
        i = t.index("31.2 percent")
        names = (
            [("Vells", "NORP"), ("Mira Vell", "PERSON")] if k == "a" else [("Mira Vell", "PERSON")]
        )
        ans.append(
            Analysis(
                article=k,
                sentences=(Sentence(k, 0, len(t)),),
                mentions=tuple(
                    Mention(k, t.index(n), t.index(n) + len(n), n, label) for n, label in names
                ),
                claims=(Claim(k, i, i + 12, "31.2 percent", 31.2, 31.2, 31.2, *rate),),
            )
        )
    ctx = claim_contexts(arts, ans)
    assert set(ctx.subjects.values()) == {"vell"}


def test_one_persons_sum_got_the_same_way_conflicts() -> None:
    texts = {
        "a": "Filings show Tomas Aran earned $52 million from speeches since 2015.",
        "b": "According to filings, Aran earned $53,912,000 in all, largely from books.",
        "c": "Aran paid $52 million to the harbour trust, the trust said.",
    }
    money = ("money", "USD", None)
    groups = _story(
        texts,
        {
            "a": [("$52 million", 52e6, 52e6, 52e6, *money)],
            "b": [("$53,912,000", 53_912_000, 53_912_000, 53_912_000, *money)],
            "c": [("$52 million", 52e6, 52e6, 52e6, *money)],
        },
        {"a": ["Tomas Aran"], "b": ["Aran"], "c": ["Aran"]},
    )
    assert _shape(groups) == [("conflict", ["a", "b"]), ("single", ["c"])]


def test_the_killed_and_the_wounded_are_two_measures() -> None:
    texts = {
        "a": "In Selk 12 people were killed and at least 30 others were wounded on Monday.",
        "b": "The shelling of Selk left 30 wounded, the governor said, and 12 dead.",
    }
    head = ("count", "person", None)
    groups = _story(
        texts,
        {
            "a": [("12 people", 12, 12, 12, "count", "person", "people")],
            "b": [("30", 30, 30, 30, *head)],
        }
        | {"a": [("at least 30", None, 30, 45, *head)], "b": [("30", 30, 30, 30, *head)]},
    )
    assert _shape(groups) == [("agree", ["a", "b"])]
    killed = _story(
        {"a": "On Monday 30 were killed in Selk.", "b": "On Monday 30 were wounded in Selk."},
        {"a": [("30", 30, 30, 30, *head)], "b": [("30", 30, 30, 30, *head)]},
    )
    assert _shape(killed) == [("single", ["a"]), ("single", ["b"])]


def test_vague_amounts_nobody_is_credited_with_are_not_compared() -> None:
    texts = {
        "a": "The mayor of Selk received several letters about the harbour.",
        "b": "Several letters about the harbour reached the mayor of Selk.",
    }
    vague = ("count", "item", "letter")
    groups = _story(
        texts,
        {
            "a": [("several letters", None, 3, 9, *vague)],
            "b": [("Several letters", None, 3, 9, *vague)],
        },
    )
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


def test_counts_of_things_named_differently_need_the_same_figure_and_words() -> None:
    texts = {
        "a": "A letter to the Selk harbour board was signed by nearly 80 teachers on Monday.",
        "b": "Nearly 80 school staff members signed the letter to the Selk harbour board.",
        "c": "Nearly 80 fishermen rallied at the Selk harbour, blocking the ferry.",
    }
    groups = _story(
        texts,
        {
            "a": [("nearly 80 teachers", None, 72, 80, "count", "item", "teacher")],
            "b": [("Nearly 80 school staff members", None, 72, 80, "count", "person", "member")],
            "c": [("Nearly 80 fishermen", None, 72, 80, "count", "person", "fisherman")],
        },
    )
    assert _shape(groups) == [("agree", ["a", "b"]), ("single", ["c"])]


def test_counts_of_charges_are_not_the_people_counted() -> None:
    texts = {
        "a": "Vell was charged with two counts of murder at the Selk plant on Friday.",
        "b": "Two women were killed at the Selk plant on Friday, and Vell was charged.",
    }
    groups = _story(
        texts,
        {
            "a": [("two counts", 2, 2, 2, "count", "item", "count")],
            "b": [("Two women", 2, 2, 2, "count", "person", "woman")],
        },
    )
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


def test_sentences_handed_down_are_not_the_people_counted() -> None:
    texts = {
        "a": "Vell was sentenced on Friday to four life sentences for the Selk plant killings.",
        "b": "Four people were killed at the Selk plant, and Vell was sentenced on Friday.",
    }
    groups = _story(
        texts,
        {
            "a": [("four life sentences", 4, 4, 4, "count", "item", "sentence")],
            "b": [("Four people", 4, 4, 4, "count", "person", "people")],
        },
    )
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


def test_a_sum_with_no_counted_noun_is_named_by_whose_it_is() -> None:
    # not by two rare words of its sentence ("money: crack draft")
    texts = {
        "a": "Ada Lund raised $16 million with a crack research operation on the draft.",
        "b": "Ada Lund has raised $16 million so far, her filings show.",
    }
    groups = _story(
        texts,
        {
            "a": [("$16 million", 16e6, 16e6, 16e6, "money", "USD", None)],
            "b": [("$16 million", 16e6, 16e6, 16e6, "money", "USD", None)],
        },
        {"a": ["Ada Lund"], "b": ["Ada Lund"]},
    )
    # ... and what they did with it, where the figures say one deed
    assert [(g.measure, g.status) for g in groups] == [("money: lund raised", "agree")]


def test_a_measure_named_by_its_sentences_words_shows_them_as_written() -> None:
    # "money: taxe state" (the words as compared, singularised) for "in state and
    # local taxes"; and a name's suffix is no one's surname ("money: jr.")
    texts = {
        "a": "The couple owed $13,625,777 in state taxes.",
        "b": "Their returns show $13.6 million of state taxes paid.",
    }
    groups = _story(
        texts,
        {
            "a": [("$13,625,777", 13625777, 13625777, 13625777, "money", "USD", None)],
            "b": [("$13.6 million", 13.6e6, 13.55e6, 13.65e6, "money", "USD", None)],
        },
    )
    (g,) = groups
    assert "taxes" in g.measure.split() and "taxe" not in g.measure.split()
    suffix = {"a": "Tomas Vane Jr. said the stock closed at $71.75 on Friday."}
    (g,) = _story(
        suffix,
        {"a": [("$71.75", 71.75, 71.75, 71.75, "money", "USD", None)]},
        {"a": ["Tomas Vane Jr."]},
    )
    assert g.measure == "money: vane"
    # a company the model tags as a person gives its sums no "whose" ("money: electric"
    # for "Sansui Electric agreed to sell a 51% stake ... for $110 million")
    company = {"a": "Orlin Electric agreed to sell a stake to Velmora Co. for $110 million."}
    (g,) = _story(
        company,
        {"a": [("$110 million", 110e6, 110e6, 110e6, "money", "USD", None)]},
        {"a": ["Orlin Electric"]},
    )
    assert g.measure == "money"


def test_members_are_not_attackers() -> None:
    # "more than 300 crew members" held by pirates are no attackers (a dossier audit)
    texts = {
        "a": "Pirates still hold 14 ships and 40 crew members off the Velmora coast.",
        "b": "About 40 gunmen attacked the Velmora coast guard post on Monday.",
    }
    groups = _story(
        texts,
        {
            "a": [("40 crew members", 40, 40, 40, "count", "person", "crew member")],
            "b": [("About 40 gunmen", None, 36, 44, "count", "person", "gunman")],
        },
    )
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


class _FakeEncoder:
    """Sentences holding a marker word get the same vector; others orthogonal ones."""

    name = "use-multilingual-v3"

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.calls = 0
        self.seen: dict[str, int] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        rows = []
        for t in texts:
            v = np.zeros(64, dtype=np.float32)
            v[0 if self.marker in t else self.seen.setdefault(t, 1 + len(self.seen))] = 1.0
            rows.append(v)
        return np.stack(rows)


def _renamed_pair() -> tuple[list[Claim], ClaimContexts]:
    lecturers = _c("a", 36, 40, "lecturer", unit="item", text="nearly 40 lecturers")
    staff = _c("b", 36, 40, "member", unit="person", text="nearly 40 staff members")
    ctx = ClaimContexts()
    ctx[("a", 0)] = context_words("Nearly 40 lecturers wrote to the mayor of Tarrow Bay")
    ctx[("b", 0)] = context_words("The petition was signed by nearly 40 staff members")
    ctx.sentences[("a", 0)] = "Nearly 40 lecturers wrote to the mayor of Tarrow Bay (petition)."
    ctx.sentences[("b", 0)] = "The petition was signed by nearly 40 staff members."
    return [lecturers, staff], ctx


def test_differently_named_figures_join_when_the_encoder_reads_their_sentences_alike() -> None:
    claims, ctx = _renamed_pair()
    assert sorted(len(g.values) for g in compare_claims(claims, ctx)) == [1, 1]
    alike = compare_claims(claims, ctx, _FakeEncoder("petition"))
    assert [(len(g.values), g.status) for g in alike] == [(2, "agree")]
    # sentences the encoder reads apart stay apart
    assert len(compare_claims(claims, ctx, _FakeEncoder("no such word"))) == 2


def test_an_encoder_the_threshold_was_not_fitted_on_is_not_asked() -> None:
    claims, ctx = _renamed_pair()
    other = _FakeEncoder("petition")
    other.name = "some-other-encoder"
    assert len(compare_claims(claims, ctx, other)) == 2
    assert other.calls == 0


def test_an_encoder_without_a_name_is_not_asked() -> None:
    class _Nameless:
        def __init__(self) -> None:
            self.inner = _FakeEncoder("petition")

        def encode(self, texts: list[str]) -> np.ndarray:
            return self.inner.encode(texts)

    claims, ctx = _renamed_pair()
    nameless = _Nameless()
    assert len(compare_claims(claims, ctx, nameless)) == 2
    assert nameless.inner.calls == 0


def test_the_encoder_reads_all_sentences_in_one_call() -> None:
    claims, ctx = _renamed_pair()
    # two more pairs of renamed figures in other sentences of the story
    for n, (first, second) in enumerate([("tutors", "staff"), ("wardens", "guards")]):
        for aid, word in (("a", first), ("b", second)):
            text = f"nearly {60 + 20 * n} {word}"
            c = _c(aid, 55 + 20 * n, 60 + 20 * n, word.rstrip("s"), unit="item", start=100 + n,
                   text=text)  # fmt: skip
            claims.append(c)
            ctx[(aid, c.start)] = context_words(
                f"{text} {'wrote Orvane' if aid == 'a' else 'signed'}"
            )
            ctx.sentences[(aid, c.start)] = f"The petition of {text} was read in {aid}{n}."
    encoder = _FakeEncoder("petition")
    groups = compare_claims(claims, ctx, encoder)
    assert sorted(len(g.values) for g in groups) == [2, 2, 2]
    assert encoder.calls == 1


def test_one_figure_of_many_things_is_not_compared_pairwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = 0
    real = claims_mod.same_measure

    def counting(*args: Any, **kwargs: Any) -> bool:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(claims_mod, "same_measure", counting)
    # a large story: 300 articles, each with "two" of something else
    n = 300
    things = [_c(f"a{k:03d}", 2, 2, f"lantern{k:03d}", unit="item", text=f"two lantern{k:03d}s")
              for k in range(n)]  # fmt: skip
    groups = compare_claims(things)
    assert len(groups) == n
    assert calls <= n * claims_mod.MAX_FIGURE_NEIGHBOURS < n * (n - 1) // 2
    # the same figure of two differently named things still meets in a small story
    claims, ctx = _renamed_pair()
    assert len(compare_claims(claims, ctx, _FakeEncoder("petition"))) == 1


def test_renamed_durations_join_by_meaning_but_vague_amounts_do_not() -> None:
    inquiry = Claim("a", 0, 19, "18-month inquiry", 46e6, 46e6, 46e6, "second", "duration",
                    "inquiry")  # fmt: skip
    review = Claim("b", 0, 25, "nearly two-year review", None, 56.8e6, 63.1e6, "second",
                   "duration", "review")  # fmt: skip
    ctx = ClaimContexts()
    ctx[("a", 0)] = context_words("The harbour board closed its 18-month inquiry")
    ctx[("b", 0)] = context_words("After the nearly two-year review, the board said nothing")
    ctx.sentences[("a", 0)] = "The harbour board closed its 18-month inquiry (board)."
    ctx.sentences[("b", 0)] = "After the nearly two-year review, the board said nothing."
    # 18 months is not "nearly two years": apart, whatever the encoder says
    assert len(compare_claims([inquiry, review], ctx, _FakeEncoder("board"))) == 2
    inquiry = Claim("a", 0, 19, "22-month inquiry", 57.9e6, 57.9e6, 57.9e6, "second", "duration",
                    "inquiry")  # fmt: skip
    assert len(compare_claims([inquiry, review], ctx, _FakeEncoder("board"))) == 1
    several = Claim("b", 0, 20, "several reviews", None, 3, 9, "item", "count", "review")
    tries = Claim("a", 0, 20, "several inquiries", None, 3, 9, "item", "count", "inquiry")
    ctx.sentences[("a", 0)] = ctx.sentences[("b", 0)]
    assert len(compare_claims([tries, several], ctx, _FakeEncoder("board"))) == 2


def test_the_same_small_figure_of_one_thing_needs_shared_words() -> None:
    a = _c("a", 2, 2, "warden", text="two wardens")
    b = _c("b", 2, 2, "warden", text="two harbour wardens")
    ctx = {
        ("a", 0): context_words(
            "it is rare for a coastal town to have two wardens who fought bitterly in court "
            "during a costly election"
        ),
        ("b", 0): context_words(
            "Osk, a retired ferry pilot, joins Lind as the island's two harbour wardens this spring"
        ),
        ("c", 0): context_words("Linde becomes one of the island's two harbour wardens"),
    }
    assert len(compare_claims([a, b], ctx)) == 2
    c = _c("c", 2, 2, "warden", text="two harbour wardens")
    assert [len(g.values) for g in compare_claims([b, c], ctx)] == [2]
    # from ten up, the same figure of the same thing is telling by itself
    a12 = _c("a", 12, 12, "warden", text="12 wardens")
    b12 = _c("b", 12, 12, "warden", text="12 harbour wardens")
    assert [len(g.values) for g in compare_claims([a12, b12], ctx)] == [2]


def test_a_lone_duration_does_not_join_the_only_duration_measure() -> None:
    a = Claim("a", 0, 10, "22-month inquiry", 57.9e6, 57.9e6, 57.9e6, "second", "duration",
              "inquiry")  # fmt: skip
    b = Claim("b", 0, 10, "22-month inquiry", 57.9e6, 57.9e6, 57.9e6, "second", "duration",
              "inquiry")  # fmt: skip
    lone = Claim("c", 0, 9, "two years", 63.1e6, 63.1e6, 63.1e6, "second", "duration")
    ctx = {
        ("a", 0): context_words("the board closed its inquiry"),
        ("b", 0): context_words("the board closed its inquiry"),
        ("c", 0): context_words("the mayor spent two years campaigning"),
    }
    assert sorted(len(g.values) for g in compare_claims([a, b, lone], ctx)) == [1, 2]


def test_a_sum_given_away_in_other_words_is_one_deed() -> None:
    texts = {
        "a": "Records show the Orvell family donated $8 million to the lighthouse fund since 2012.",
        "b": "Over the period the family gave nearly $8 million to charities on the coast.",
    }
    money = ("money", "USD", None)
    groups = _story(
        texts,
        {
            "a": [("$8 million", 8e6, 8e6, 8e6, *money)],
            "b": [("nearly $8 million", None, 7.2e6, 8e6, *money)],
        },
        {},
    )
    assert _shape(groups) == [("agree", ["a", "b"])]
    texts["b"] = texts["b"].replace("gave", "paid")
    groups = _story(
        texts,
        {
            "a": [("$8 million", 8e6, 8e6, 8e6, *money)],
            "b": [("nearly $8 million", None, 7.2e6, 8e6, *money)],
        },
        {},
    )
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


def test_hedges_and_vague_words_before_a_sum_are_no_deed() -> None:
    money = ("money", "USD", None)
    plain = "Filings show Mira Vell earned $139 million from lectures in Orvane."
    for before in ("roughly", "an estimated", "a whopping"):
        texts = {"a": plain, "b": f"Mira Vell earned {before} $139 million, filings show."}
        figures = {
            "a": [("$139 million", 139e6, 139e6, 139e6, *money)],
            "b": [("$139 million", 139e6, 139e6, 139e6, *money)],
        }
        people = {"a": ["Mira Vell"], "b": ["Mira Vell"]}
        assert _shape(_story(texts, figures, people)) == [("agree", ["a", "b"])], before
    # a word that is no listed deed reads as none, not as a deed of its own
    ctx = claim_contexts(
        {"b": Article(id="b", text="Mira Vell earned a whopping $139 million.", title="b")},
        [
            Analysis(
                article="b",
                sentences=(Sentence("b", 0, 41),),
                claims=(Claim("b", 28, 40, "$139 million", 139e6, 139e6, 139e6, "USD", "money"),),
            )
        ],
    )
    assert ctx.deeds == {("b", 28): "earned"}
    assert deed_before("Mira Vell spent roughly ", 0, 24) == ""


# --------------------------------------------------------------------------- differently narrowed


def test_disagreeing_counts_narrowed_differently_are_two_measures() -> None:
    texts = {
        "a": "Court files show Oren Vask has three prior speeding convictions.",
        "b": "Vask also has two boat theft convictions.",
        "c": "Records show Oren Vask has three prior speeding convictions.",
    }
    item = ("count", "item", "conviction")
    groups = _story(
        texts,
        {
            "a": [("three prior speeding convictions", 3, 3, 3, *item)],
            "b": [("two boat theft convictions", 2, 2, 2, *item)],
            "c": [("three prior speeding convictions", 3, 3, 3, *item)],
        },
    )
    assert _shape(groups) == [("agree", ["a", "c"]), ("single", ["b"])]
    assert qualifiers(_c("a", 2, 2, "conviction", text="two boat theft convictions")) == {
        "boat",
        "theft",
    }
    assert qualifiers(_c("a", 20, 30, "people", text="as many as 20 people")) == frozenset()


def test_differently_narrowed_counts_side_by_side_are_no_contrast() -> None:
    # a whole and a part, or two different subsets, credited to two sources nearby
    pilots = _c("a", 9, 9, "pilot", credited_to="Ilse Marr", text="nine harbour pilots")
    seniors = _c("a", 2, 2, "pilot", credited_to="the union", start=80, text="two senior pilots")
    assert not contrasted(pilots, seniors)
    # the dead and a figure that says nothing of what happened to those counted
    text = (
        "Police said at least four people, two guards and a driver, were killed on the "
        "Tessaly ferry. The ferry line said as many as 30 people had been aboard."
    )
    hurt = "Port officials said 25 people were hurt on the Tessaly ferry."
    i, j = text.index("at least four people"), text.index("as many as 30 people")
    dead = Claim("a", i, i + 20, text[i : i + 20], None, 4, 6, "person", "count", "people",
                 credited_to="Police")  # fmt: skip
    aboard = Claim("a", j, j + 20, text[j : j + 20], None, 15, 30, "person", "count", "people",
                   credited_to="The ferry line")  # fmt: skip
    k = hurt.index("25 people")
    injured = Claim("b", k, k + 9, "25 people", 25, 25, 25, "person", "count", "people")
    arts = {"a": Article(id="a", text=text, title="a"), "b": Article(id="b", text=hurt, title="b")}
    ans = [
        Analysis(article="a", sentences=(Sentence("a", 0, len(text)),), claims=(dead, aboard)),
        Analysis(article="b", sentences=(Sentence("b", 0, len(hurt)),), claims=(injured,)),
    ]
    groups = compare_claims([dead, aboard, injured], claim_contexts(arts, ans))
    assert "conflict" not in {g.status for g in groups}


def test_a_lone_figure_with_no_counted_noun_is_named_by_its_quantity_alone() -> None:
    # the two rarest words of its sentence are no name for it ("duration: bridge
    # green" for a body "undetected for nearly five days near a harbour bridge")
    texts = {
        "a": "The body stayed undetected for nearly five days near a green harbour bridge.",
        "b": "Officials opened the new ferry terminal on Monday.",
    }
    groups = _story(
        texts,
        {"a": [("nearly five days", None, 4.5, 5, "duration", "second", None)], "b": []},
    )
    assert [(g.measure, g.status) for g in groups] == [("duration", "single")]


def test_a_count_is_labelled_by_the_noun_its_values_write() -> None:
    # "count: civilian" labelled a town's residents (the class of any people)
    groups = compare_claims([_c("a", 70000, 70000, "resident")])
    assert [g.measure for g in groups] == ["count: resident"]


def test_a_head_count_label_says_what_happened_to_those_counted() -> None:
    # "killed 40 people" and "injured 300" were both "count: people": the verb before
    # a count names its state, and killed and injured are two measures
    texts = {
        "a": "The blast at the Tessaly depot killed 40 people and injured about 300 others.",
        "b": "Harbour officials said the blast at the Tessaly depot killed 42 people.",
    }
    person = ("count", "person")
    groups = _story(
        texts,
        {
            "a": [
                ("40 people", 40, 40, 40, *person, "people"),
                ("about 300", None, 270, 330, *person, None),
            ],
            "b": [("42 people", 42, 42, 42, *person, "people")],
        },
    )
    measures = sorted(g.measure for g in groups)
    assert "count: people injured" in measures
    assert all(m in ("count: people killed", "count: people injured") for m in measures)
    assert not any({v.text for v in g.values} >= {"40 people", "about 300"} for g in groups)


def test_two_figures_of_one_sentence_naming_different_things_are_two_facts() -> None:
    # "escorting five merchant vessels when five suspicious boats approached": the
    # escorted ships and the attackers' boats never share a group, whatever others print
    one = "The frigate was escorting five merchant vessels when five suspicious boats came."
    texts = {
        "a": one,
        "b": "Five pirate boats approached the convoy at dawn.",
        "c": "The frigate guarded five merchant vessels through the gulf.",
    }
    groups = _story(
        texts,
        {
            "a": [
                ("five merchant vessels", 5, 5, 5, "count", "item", "vessel"),
                ("five suspicious boats", 5, 5, 5, "count", "item", "boat"),
            ],
            "b": [("Five pirate boats", 5, 5, 5, "count", "item", "boat")],
            "c": [("five merchant vessels", 5, 5, 5, "count", "item", "vessel")],
        },
    )
    for g in groups:
        assert len({v.counted for v in g.values if v.article == "a"}) <= 1


def test_a_parents_children_are_no_count_of_the_story() -> None:
    # "a father of two sons" beside "two girls who described for the jury" (witnesses);
    # and "a mother of two died" is no "count: child killed"
    texts = {
        "a": "The deputy, a father of two sons, died after the shooting in Dunmore.",
        "b": "Two girls who saw the shooting in Dunmore testified for the jury.",
        "c": "Vane, a mother of two, was killed in the Dunmore shooting.",
    }
    person = ("count", "person")
    groups = _story(
        texts,
        {
            "a": [("two sons", 2, 2, 2, *person, "son")],
            "b": [("Two girls", 2, 2, 2, *person, "girl")],
            "c": [("two", 2, 2, 2, *person, "child")],
        },
    )
    for g in groups:
        assert {v.article for v in g.values} != {"a", "b"} and "b" not in {
            v.article for v in g.values if len(g.values) > 1
        }
        assert "killed" not in g.measure


def test_criminal_counts_are_labelled_as_charges() -> None:
    texts = {
        "a": "Vane was charged with three counts of vehicular homicide in Dunmore.",
        "b": "Prosecutors filed three counts of vehicular homicide against Vane in Dunmore.",
    }
    item = ("count", "item", "count")
    groups = _story(
        texts, {"a": [("three counts", 3, 3, 3, *item)], "b": [("three counts", 3, 3, 3, *item)]}
    )
    assert [g.measure for g in groups] == ["count: charge"]


def test_an_outlet_that_writes_both_figures_does_not_dispute_either() -> None:
    # "spent his first 11 seasons as a player with the 76ers" vs "He played 15 seasons
    # in the NBA, the first 11 with Philadelphia": a career and part of it, no conflict
    texts = {
        "a": "A Dunmore fixture, Vane spent his first 11 seasons as a player with the Harriers.",
        "b": "Vane played 15 seasons as a player, the first 11 with the Harriers.",
    }
    item = ("count", "item", "season")
    groups = _story(
        texts,
        {"a": [("11 seasons", 11, 11, 11, *item)], "b": [("15 seasons", 15, 15, 15, *item)]},
    )
    assert "conflict" not in {g.status for g in groups}


def test_a_figure_in_words_the_other_outlet_writes_in_digits_is_not_disputed() -> None:
    # "Sixty votes were needed for passage, which fell 54-46" vs "by a vote of 54 to 46,
    # just six votes short of the 60 votes needed": what was needed and the shortfall
    texts = {
        "a": "Sixty votes were needed for passage of the Vane amendment, which fell 54-46.",
        "b": "By a vote of 54 to 46, just six votes short of the 60 votes needed, "
        "the Vane amendment fell.",
    }
    vote = ("count", "item", "vote")
    groups = _story(
        texts,
        {"a": [("Sixty votes", 60, 60, 60, *vote)], "b": [("six votes", 6, 6, 6, *vote)]},
    )
    assert "conflict" not in {g.status for g in groups}


def test_votes_of_one_party_on_two_sides_never_conflict() -> None:
    # "175 Republicans and 95 Democrats voted for the compromise" against "... while 66
    # Republicans and 95 Democrats voted against it": a false conflict, 175 vs 66
    texts = {
        "a": "In all, 175 Selkish deputies and 95 Orlin deputies voted for the compromise.",
        "b": "Most backed it, while 66 Selkish deputies and 95 Orlin deputies voted "
        "against the compromise.",
    }
    vote = ("count", "item", "vote")
    a_start = texts["a"].index("175")
    b_start = texts["b"].index("66")
    claims = [
        _c("a", 175, 175, "vote", unit="item", start=a_start, text="175 Selkish deputies"),
        _c("b", 66, 66, "vote", unit="item", start=b_start, text="66 Selkish deputies"),
    ]
    assert vote_side(texts["a"], claims[0]) == "for:deputy"
    assert vote_side(texts["b"], claims[1]) == "against:deputy"
    assert vote_side("It passed 216-210 in favor.", _c("c", 216, 216, "vote", text="216")) == ""
    groups = _story(
        texts,
        {
            "a": [("175 Selkish deputies", 175, 175, 175, *vote)],
            "b": [("66 Selkish deputies", 66, 66, 66, *vote)],
        },
    )
    assert "conflict" not in {g.status for g in groups}


def test_a_sum_in_a_relative_clause_of_a_thing_is_not_the_persons() -> None:
    # "Another analyst, John C. Maxwell Jr., went to a sell recommendation on Kellogg
    # stock, which closed Friday at $71.75": the stock's price, not Maxwell's money
    texts = {"a": "Analyst Tomas Vane cut his rating on Orlin stock, which closed at $71.75."}
    (g,) = _story(
        texts, {"a": [("$71.75", 71.75, 71.75, 71.75, "money", "USD", None)]}, {"a": ["Tomas Vane"]}
    )
    assert "vane" not in g.measure


def test_a_sum_two_outlets_write_to_three_significant_digits_is_one_sum() -> None:
    # a cross-outlet dossier audit: "the state has paid the agency nearly $449,000" and
    # "cost the state roughly $449,000" stood apart, each a single source
    def money(article: str, low: float, high: float, text: str) -> Claim:
        return _c(article, low, high, None, quantity="money", unit="USD", text=text)

    ctx = {
        ("a", 0): context_words("the state has paid the agency so far this year"),
        ("b", 0): context_words("The campaign, with its radio ads, cost the state this much"),
    }
    paid = money("a", 404_100, 449_000, "nearly $449,000")
    cost = money("b", 404_100, 493_900, "roughly $449,000")
    assert [g.status for g in compare_claims([paid, cost], ctx)] == ["agree"]
    # ... not two such sums whose sentences share no word
    apart = {
        ("a", 0): context_words("the ministry has paid the agency so far this year"),
        ("b", 0): context_words("The campaign, with its radio ads, cost Velmora this much"),
    }
    assert sorted(g.status for g in compare_claims([paid, cost], apart)) == ["single", "single"]


# --------------------------------------------------------------------------- ages


def _ages(
    people: dict[str, list[str]],
    days_apart: int = 1,
    b_age: float = 64,
    b_name: str = "Harold Venn",
) -> list[ClaimGroup]:
    day = dt.date(2026, 5, 4)
    texts = {
        "a": "Harold Venn, 63, who owns the laundry plant, watched crews work through the "
        "night. His wife, Ruth Venn, was not hurt.",
        "b": f"Investigators interviewed the owner, {b_name}, {b_age:g}, about the blaze.",
    }
    return _story(
        texts,
        {
            "a": [("63", 63, 63, 63, "age", "year", "Venn")],
            "b": [(f"{b_age:g}", b_age, b_age, b_age, "age", "year", "Venn")],
        },
        people,
        {"a": day, "b": day + dt.timedelta(days=days_apart)},
    )


def test_two_outlets_giving_one_named_person_two_ages_conflict() -> None:
    groups = _ages({"a": ["Harold Venn"], "b": ["Harold Venn"]})
    assert _shape(groups) == [("conflict", ["a", "b"])]


@pytest.mark.parametrize(
    ("people", "days_apart", "b_name"),
    [
        # an article that names two people of the surname leaves the age's owner open
        ({"a": ["Harold Venn", "Ruth Venn"], "b": ["Harold Venn"]}, 1, "Harold Venn"),
        # two full names: two people
        ({"a": ["Harold Venn"], "b": ["Harry Venn"]}, 1, "Harry Venn"),
        # no full name in one article
        ({"a": ["Harold Venn"], "b": ["Venn"]}, 1, "Venn"),
        # most of a year apart: an age goes up
        ({"a": ["Harold Venn"], "b": ["Harold Venn"]}, 300, "Harold Venn"),
    ],
)
def test_ages_of_one_surname_stay_apart_without_one_person(
    people: dict[str, list[str]], days_apart: int, b_name: str
) -> None:
    groups = _ages(people, days_apart, b_name=b_name)
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


def test_ages_too_far_apart_are_two_people() -> None:
    groups = _ages({"a": ["Harold Venn"], "b": ["Harold Venn"]}, b_age=36)
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


# --------------------------------------------------------------------------- contrasts


def _walkout(union_clause: str) -> tuple[Claim, Claim, Any]:
    text = (
        "The hospital group said 7,500 nurses stayed off the job on Monday. The Valley "
        f"Nurses Union, {union_clause} 15,000 nurses, said most of them walked out."
    )
    arts = {"a": Article(id="a", text=text, title="a")}
    claims = []
    for written, credit in (("7,500 nurses", "the hospital group"), ("15,000 nurses", "union")):
        i = text.index(written)
        value = float(written.split()[0].replace(",", ""))
        claims.append(
            Claim("a", i, i + len(written), written, value, value, value, "person", "count",
                  "nurse", credited_to=credit)
        )  # fmt: skip
    sents = tuple(
        Sentence("a", s, e) for s, e in ((0, text.index(" The V") + 1), (text.index("The V"), len(text)))
    )  # fmt: skip
    an = Analysis(article="a", sentences=sents, claims=tuple(claims))
    return claims[0], claims[1], claim_contexts(arts, [an])


def test_a_bodys_standing_size_contrasts_no_count_of_the_day() -> None:
    a, b, ctx = _walkout("which represents")
    assert len(compare_claims([a, b], ctx)) == 2


def test_a_second_sources_count_of_the_day_is_a_contrast() -> None:
    a, b, ctx = _walkout("which says")
    assert len(compare_claims([a, b], ctx)) == 1


def test_a_standing_size_conflicts_with_no_count_of_the_day_in_another_article() -> None:
    texts = {
        "a": "The Harbour Nurses Union, which represents 15,000 nurses, said about 9,000 "
        "members walked off the job at Harbour General Hospital on Monday.",
        "b": "Harbour General Hospital said 7,500 nurses stayed off the job on Monday. The "
        "Harbour Nurses Union, which represents 14,000 nurses across the region, said more "
        "walked out.",
    }
    figures = {
        "a": [("15,000 nurses", "the union")],
        "b": [("7,500 nurses", "the hospital"), ("14,000 nurses", "the union")],
    }
    arts = {k: Article(id=k, text=t, title=k) for k, t in texts.items()}
    ans = []
    for k, t in texts.items():
        claims = []
        for written, credit in figures[k]:
            i = t.index(written)
            v = float(written.split()[0].replace(",", ""))
            claims.append(
                Claim(k, i, i + len(written), written, v, v, v, "person", "count", "nurse",
                      credited_to=credit)
            )  # fmt: skip
        cut = t.find(". ") + 2 if k == "b" else len(t)
        sents = (Sentence(k, 0, cut),) + ((Sentence(k, cut, len(t)),) if cut < len(t) else ())
        ans.append(Analysis(article=k, sentences=sents, claims=tuple(claims)))
    groups = compare_claims([c for an in ans for c in an.claims], claim_contexts(arts, ans))
    assert all(g.status != "conflict" for g in groups), [
        (g.status, [v.text for v in g.values]) for g in groups
    ]


def test_two_figures_apart_in_sentences_sharing_another_figure_conflict() -> None:
    """One toll told two ways, each sentence also writing the same other figure (the
    homes without power): a conflict, though the sentences share few other words; a
    year they share is no such anchor (two measures of one year are common; counts of
    the rescued, since the killed in two leads are one toll anyway)."""
    killed = ("count", "person", "people")
    storm = {
        "a": "The storm made landfall near Selk early Friday, killing 14 people and "
        "leaving about 300,000 homes without power.",
        "b": "The storm, which made landfall near Selk on Friday as a hurricane, has killed "
        "17 people and knocked out power to about 300,000 customers.",
    }
    groups = _story(
        storm,
        {
            "a": [("14 people", 14, 14, 14, *killed)],
            "b": [("17 people", 17, 17, 17, *killed)],
        },
    )
    assert _shape(groups) == [("conflict", ["a", "b"])]
    dated = {
        k: v.replace("about 300,000", "in 2031 some").replace("killing", "rescuing")
        for k, v in storm.items()
    }
    dated["b"] = dated["b"].replace("has killed", "has rescued")
    groups = _story(
        dated,
        {
            "a": [("14 people", 14, 14, 14, *killed)],
            "b": [("17 people", 17, 17, 17, *killed)],
        },
    )
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


def test_a_figure_in_a_name_is_no_shared_figure() -> None:
    """ "AK 47" in both sentences anchors nothing: one raid's haul and a season's total."""
    mags = ("count", "item", "magazines")
    groups = _story(
        {
            "a": "The navy seized six AK 47 rifles and 12 magazines from the pirates aboard "
            "a skiff near Socotra on Tuesday.",
            "b": "The navy has seized 14 AK 47 rifles and 31 magazines from pirates in five "
            "operations.",
        },
        {"a": [("12 magazines", 12, 12, 12, *mags)], "b": [("31 magazines", 31, 31, 31, *mags)]},
    )
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


def test_a_date_a_clock_time_or_an_age_anchors_no_conflict() -> None:
    from crosswire.link.claims import _amounts

    assert _amounts("Since the March 14 flood, homes were condemned") == set()
    assert _amounts("At 11:30 p.m. residents were taken to hospitals") == set()
    assert _amounts("Tom Reyes, 45, said passengers were asleep") == set()
    assert _amounts("leaving about 300,000 homes, officials said") == {"300,000"}


def test_the_freed_and_the_killed_set_side_by_side_are_no_contrast() -> None:
    # one wire story, two sources, two counts of people: 126 freed (with 33 wounded
    # among them) and 23 killed are two measures, not a conflict over one
    text = (
        "A total of 126 people, including at least 33 wounded, have been freed, the "
        "minister said. Sources said 23 people belonging to 18 countries were killed."
    )
    claims = []
    for written, credit in (("126 people", "the minister"), ("23 people", "sources")):
        i = text.index(written)
        v = float(written.split()[0])
        claims.append(
            Claim("a", i, i + len(written), written, v, v, v, "person", "count", "people",
                  credited_to=credit)
        )  # fmt: skip
    cut = text.index("Sources")
    sents = (Sentence("a", 0, cut), Sentence("a", cut, len(text)))
    an = Analysis(article="a", sentences=sents, claims=tuple(claims))
    groups = compare_claims(
        claims, claim_contexts({"a": Article(id="a", text=text, title="a")}, [an])
    )
    assert [g.status for g in groups] == ["single", "single"]


# --------------------------------------------------------------------------- headline tolls


def _lead_story(
    texts: dict[str, str],
    figures: dict[str, list[tuple[str, float | None, float, float, str | None]]],
) -> list[ClaimGroup]:
    """Claim groups of fictional articles of several sentences (split at ". "):
    ``figures`` gives, per article, counts of people as (text as written, value, low,
    high, counted)."""
    arts, ans = {}, []
    for aid, text in texts.items():
        arts[aid] = Article(id=aid, text=text, title=aid)
        sentences, start = [], 0
        while start < len(text):
            end = text.find(". ", start)
            end = len(text) if end < 0 else end + 2
            sentences.append(Sentence(aid, start, end))
            start = end
        claims = []
        for written, value, low, high, counted in figures[aid]:
            i = text.index(written)
            claims.append(
                Claim(
                    aid, i, i + len(written), written, value, low, high, "person", "count", counted
                )
            )
        ans.append(Analysis(article=aid, sentences=tuple(sentences), claims=tuple(claims)))
    return compare_claims([c for an in ans for c in an.claims], claim_contexts(arts, ans))


def test_two_outlets_headline_tolls_are_one_measure_in_conflict() -> None:
    # an early toll and a later one, written in different words: the first count of
    # the killed in each article's lead is the event's toll
    texts = {
        "a": "Gunmen stormed the Varn concert hall on Friday. At least 40 were killed, "
        "officials said. The venue holds 6,000.",
        "b": "The death toll from the attack on the Varn concert hall rose to 115 on "
        "Saturday. Investigators said 115 people were killed in the hall and its car park.",
    }
    groups = _lead_story(
        texts,
        {
            "a": [("At least 40", None, 40, 60, None)],
            "b": [("115 people", 115, 115, 115, "people")],
        },
    )
    assert _shape(groups) == [("conflict", ["a", "b"])]


def test_a_toll_outside_the_lead_or_of_attackers_is_not_the_events_toll() -> None:
    # a count of the killed deep in the story is some other toll (an earlier attack's)
    late = {
        "a": "Gunmen stormed the Varn concert hall on Friday. The hall was full. Police "
        "sealed the roads. Troops arrived at dawn. In 2004 an attack in Selk killed "
        "334 people.",
        "b": "At least 115 people were killed in the attack on the Varn concert hall.",
    }
    groups = _lead_story(
        late,
        {
            "a": [("334 people", 334, 334, 334, "people")],
            "b": [("At least 115 people", None, 115, 172.5, "people")],
        },
    )
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]
    # the attackers killed are not the people they killed
    attackers = {
        "a": "Three attackers were killed by troops at the Varn hotel on Friday.",
        "b": "At least 32 people were killed in the attack on the Varn hotel.",
    }
    groups = _lead_story(
        attackers,
        {
            "a": [("Three attackers", 3, 3, 3, "attacker")],
            "b": [("At least 32 people", None, 32, 48, "people")],
        },
    )
    assert _shape(groups) == [("single", ["a"]), ("single", ["b"])]


def test_a_vague_headline_toll_joins_only_a_toll_it_agrees_with() -> None:
    texts = {
        "a": "The raid on the Varn market left dozens dead on Friday.",
        "b": "At least 32 people were killed in the raid on the Varn market.",
        "c": "Friday's assault killed 150 people, the Selk medics' union said.",
    }
    groups = _lead_story(
        texts,
        {
            "a": [("dozens", None, 24, 99, None)],
            "b": [("At least 32 people", None, 32, 48, "people")],
            "c": [("150 people", 150, 150, 150, "people")],
        },
    )
    # "dozens" agrees with 32; against 150 it sets no figure, so 150 stays apart
    assert _shape(groups) == [("agree", ["a", "b"]), ("single", ["c"])]
