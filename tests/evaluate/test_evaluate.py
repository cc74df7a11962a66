"""The evaluator on hand-made gold and hand-made findings (no models): exhaustive
sections score precision, groups are scored pair by pair, and a malformed gold file
is refused with a message naming the item."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from crosswire.errors import ConfigError
from crosswire.evaluate import check_gold, evaluate
from crosswire.model import (
    Analysis,
    Article,
    Claim,
    ClaimGroup,
    Dossier,
    Entity,
    Quote,
    QuoteGroup,
    SpanRef,
    Story,
)

A_TEXT = (
    'Melania Trump said "we will visit the school on Friday." Donald Trump said '
    '"the deal is done and it is a great deal." About 300 people attended.'
)
B_TEXT = (
    'Trump told reporters "the deal is done and it is a great deal." '
    'He added "nobody has ever seen a crowd like this one." Some 500 people attended.'
)
A = Article.create(A_TEXT, "A", path="s1/a.txt", published=dt.date(2020, 1, 7))
B = Article.create(B_TEXT, "B", path="s1/b.txt", published=dt.date(2020, 1, 7))


def span(art: Article, words: str) -> tuple[int, int]:
    i = art.text.index(words)
    return i, i + len(words)


def quote(art: Article, words: str, speaker: str | None) -> Quote:
    s, e = span(art, words)
    return Quote(art.id, s, e, words, speaker=speaker)


def claim(art: Article, words: str, low: float, high: float) -> Claim:
    s, e = span(art, words)
    return Claim(art.id, s, e, words, None, low, high, "person", "count")


QA1 = quote(A, "we will visit the school on Friday.", "Melania Trump")
QA2 = quote(A, "the deal is done and it is a great deal.", "Melania Trump")  # wrong speaker
QB1 = quote(B, "the deal is done and it is a great deal.", "Trump")
QB2 = quote(B, "nobody has ever seen a crowd like this one.", "Trump")
CA = claim(A, "About 300 people", 270, 330)
CB = claim(B, "Some 500 people", 450, 550)


def gold(**over: Any) -> dict[str, Any]:
    g: dict[str, Any] = {
        "exhaustive": ["quotes", "quote_groups", "person_entities", "claim_groups"],
        "stories": [{"name": "s1", "members": ["s1/a.txt", "s1/b.txt"]}],
        "articles": {
            "s1/a.txt": {
                "published": "2020-01-07",
                "quotes": [
                    {"contains": "we will visit the school", "speaker": "Melania Trump"},
                    {"contains": "the deal is done", "speaker": "Donald Trump"},
                ],
            },
            "s1/b.txt": {
                "published": "2020-01-07",
                "quotes": [{"contains": "the deal is done", "speaker": "Trump"}],
            },
        },
        "entities": {
            "people": [
                {"name": "Donald Trump", "variants": ["Donald Trump", "Trump"], "story": "s1"},
                {"name": "Melania Trump", "variants": ["Melania Trump"], "story": "s1"},
            ]
        },
        "quote_groups": [
            {
                "speaker": "Donald Trump",
                "members": [
                    {"article": "s1/a.txt", "contains": "the deal is done"},
                    {"article": "s1/b.txt", "contains": "the deal is done"},
                ],
            }
        ],
        "claim_groups": [],
    }
    g.update(over)
    return g


def dossier(entities: tuple[Entity, ...], groups: tuple[QuoteGroup, ...], claims=()) -> Dossier:  # type: ignore[no-untyped-def]
    story = Story("st1", "story", (A.id, B.id))
    return Dossier(story, (A, B), entities=entities, quotes=groups, claims=claims)


def entity(eid: str, *variants: str) -> Entity:
    return Entity(eid, variants[0], "person", variants, (SpanRef(A.id, 0, 1, "M"),))


def run(g: dict[str, Any], d: Dossier) -> Any:
    analyses = {
        A.id: Analysis(A.id, quotes=(QA1, QA2), claims=(CA,)),
        B.id: Analysis(B.id, quotes=(QB1, QB2), claims=(CB,)),
    }
    return evaluate(g, [A, B], analyses, [d.story], [d])


GOOD = dossier(
    (entity("e1", "Donald Trump", "Trump"), entity("e2", "Melania Trump")),
    (
        QuoteGroup("q1", "Donald Trump", "e1", (QA2, QB1)),
        QuoteGroup("q2", "Melania Trump", "e2", (QA1,)),
        QuoteGroup("q3", "Donald Trump", "e1", (QB2,)),
    ),
)


def test_exhaustive_quotes_count_unlisted_findings_as_false() -> None:
    ev = run(gold(), GOOD)
    q = ev.scores["quotes"]
    assert (q.gold, q.found, q.predicted, q.predicted_matched) == (3, 3, 4, 3)
    assert q.precision == pytest.approx(0.75) and q.recall == 1.0
    assert any("nobody has ever seen" in f for f in q.false)
    # speakers: A's deal quote is given to Melania (wrong), B's "Trump" is right
    assert q.correct == 2
    assert q.extra["speaker right when given"] == [2, 3]
    # in the dossier the deal quote sits in Donald Trump's group: right for both outlets
    assert q.extra["speaker right in the dossier"] == [3, 3]


def test_a_section_not_exhaustive_has_no_precision() -> None:
    ev = run(gold(exhaustive=[]), GOOD)
    q = ev.scores["quotes"]
    assert q.precision is None and q.f1 is None and q.unlisted == 1 and q.false == []


def test_quote_groups_scored_pair_by_pair_both_ways() -> None:
    ev = run(gold(), GOOD)
    qg = ev.links["quote groups"]
    assert (qg.pairs, qg.together, qg.predicted, qg.predicted_right) == (1, 1, 1, 1)
    wrong = dossier(
        GOOD.entities,
        (
            QuoteGroup("q1", "Donald Trump", "e1", (QA2, QB1, QB2)),
            QuoteGroup("q2", None, None, (QA1,)),
        ),
    )
    qg = run(gold(), wrong).links["quote groups"]
    # pairs in different articles only: A's deal quote with each of B's two quotes
    assert qg.recall == 1.0 and qg.predicted == 2 and qg.predicted_right == 1
    assert qg.precision == pytest.approx(1 / 2)
    assert any("nobody has ever seen" in f for f in qg.false)


def test_people_pairs_penalise_a_merge_of_two_people() -> None:
    ev = run(gold(), GOOD)
    people = ev.links["people"]
    assert people.precision == 1.0 and people.recall == 1.0
    merged = dossier((entity("e1", "Donald Trump", "Trump", "Melania Trump"),), GOOD.quotes)
    people = run(gold(), merged).links["people"]
    assert people.recall == 1.0 and people.precision == pytest.approx(1 / 3)
    split = dossier((entity("e1", "Donald Trump"), entity("e3", "Trump")), GOOD.quotes)
    people = run(gold(), split).links["people"]
    assert people.recall == 0.0
    assert people.extra["gold people found as a person"] == [1, 2]


def test_claim_conflict_precision_counts_a_false_conflict() -> None:
    g = gold(claim_groups=[])
    d = dossier(GOOD.entities, GOOD.quotes, (ClaimGroup("c1", "attendance", "conflict", (CA, CB)),))
    cg = run(g, d).links["claim groups"]
    assert cg.extra["conflict precision"] == [0, 1] and cg.precision == 0.0
    real = [
        {
            "measure": "attendance",
            "status": "conflict",
            "members": [
                {"article": "s1/a.txt", "contains": "About 300 people"},
                {"article": "s1/b.txt", "contains": "Some 500 people"},
            ],
        }
    ]
    cg = run(gold(claim_groups=real), d).links["claim groups"]
    assert cg.extra["conflict precision"] == [1, 1]
    assert (cg.statuses, cg.statuses_right, cg.precision) == (1, 1, 1.0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda g: g["articles"]["s1/a.txt"].update(times=[{"contains": "x", "date": "2016"}]),
            "articles → s1/a.txt → times → 0 → date: '2016' is not a date",
        ),
        (
            lambda g: g["articles"]["s1/a.txt"].update(
                times=[{"contains": "x", "date": "2016-02-30"}]
            ),
            "'2016-02-30' is not a real date",
        ),
        (
            lambda g: g["articles"]["s1/b.txt"]["quotes"][0].pop("contains"),
            "articles → s1/b.txt → quotes → 0: 'contains' is missing",
        ),
        (
            lambda g: g["quote_groups"][0].update(members=["s1/a.txt", "s1/b.txt"]),
            "quote_groups → 0 → members → 0",
        ),
        (lambda g: g.pop("stories"), "'stories' is missing"),
        (
            lambda g: g["entities"]["people"][0].update(story="s9"),
            "names story 's9'",
        ),
    ],
)
def test_malformed_gold_names_the_item(change: Any, message: str) -> None:
    g = copy.deepcopy(gold())
    check_gold(g)
    change(g)
    with pytest.raises(ConfigError) as err:
        check_gold(g, "gold.json")
    assert message in str(err.value) and "gold.json" in str(err.value)


def test_a_gold_claim_matches_after_unit_normalisation() -> None:
    from crosswire.evaluate.findings import claim_matches
    from crosswire.model import Claim

    def claim(value: float | None, low: float, high: float, unit: str, **kw: Any) -> Claim:
        return Claim("a1", 0, 4, "text", value, low, high, unit, **kw)

    # a duration the gold writes in months, crosswire in seconds
    six_months = claim(6 * 2629800.0, 6 * 2629800.0, 6 * 2629800.0, "second", quantity="duration")
    assert claim_matches({"value": 6, "unit": "month"}, six_months)
    assert not claim_matches({"value": 7, "unit": "month"}, six_months)
    # a count the gold writes with the counted thing as its unit
    votes = claim(63.0, 63.0, 63.0, "item", quantity="count", counted="vote")
    assert claim_matches({"value": 63, "unit": "vote"}, votes)
    assert not claim_matches({"value": 63, "unit": "seat"}, votes)
    # "at least five": the gold's value is the written figure of a hedged amount
    hedged = claim(None, 5.0, 7.5, "item", quantity="count", counted="deferment")
    assert claim_matches({"value": 5, "low": 5, "unit": "deferment"}, hedged)
    assert not claim_matches({"value": 9, "low": 5, "unit": "deferment"}, hedged)
    assert not claim_matches({"value": 5, "low": 4, "unit": "deferment"}, hedged)
