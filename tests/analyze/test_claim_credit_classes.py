"""Who a figure is credited to, and what a change reports, by class of sentence (found
by reading crosswire's claims on news sentences written for the purpose).  Every
sentence is fictional; the whole per-article stage runs, with the model."""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.pipeline import analyse_parsed

pytestmark = pytest.mark.model


def _credited(make_parsed: MakeParsed, text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.credited_to) for c in analyse_parsed(make_parsed(text)).claims]


def test_whoever_puts_a_figure_at_a_value_gives_it(make_parsed: MakeParsed) -> None:
    text = (
        "Police said 38 people were still missing on Monday, while the Maritime Rescue "
        "Directorate put the number at 31.\n\n"
        "Organisers said about 2,000 people joined the march, while police put the "
        "number at 300."
    )
    assert _credited(make_parsed, text) == [
        ("38 people", "Police"),
        ("31", "the Maritime Rescue Directorate"),
        ("about 2,000 people", "Organisers"),
        ("300", "police"),
    ]


def test_a_figure_posted_on_a_platform_is_the_posters(make_parsed: MakeParsed) -> None:
    text = (
        "Arkady Kholodov wrote on Telegram that the family had paid $5 million in legal "
        "fees.\n\n"
        "The bureau said in a statement on its Weibo account that eight workers had died."
    )
    assert _credited(make_parsed, text) == [
        ("$5 million", "Arkady Kholodov"),
        ("eight workers", "The bureau"),
    ]


def test_a_change_still_to_come_is_two_figures_not_a_range(make_parsed: MakeParsed) -> None:
    text = "Ticket prices would rise from $18 to $22 in April, Sallow said."
    assert [(c.text, c.low, c.high) for c in analyse_parsed(make_parsed(text)).claims] == [
        ("$18", 18.0, 18.0),
        ("$22", 22.0, 22.0),
    ]


def test_a_time_after_reported_by_credits_no_one(make_parsed: MakeParsed) -> None:
    text = "No deaths had been reported by Sunday evening, but 23 people were treated."
    analysis = analyse_parsed(make_parsed(text))
    assert [(c.text, c.credited_to) for c in analysis.claims] == [("23 people", None)]
    assert not analysis.credits


def test_a_toll_alone_that_rises_counts_people(make_parsed: MakeParsed) -> None:
    text = (
        "The toll has risen to 212, the interior ministry said. "
        "The bridge toll rose to 7 last year."
    )
    claims = analyse_parsed(make_parsed(text)).claims
    assert [(c.text, c.unit, c.credited_to) for c in claims] == [
        ("212", "person", "the interior ministry")
    ]


def test_a_thing_that_puts_a_cost_at_a_value_is_no_source(make_parsed: MakeParsed) -> None:
    text = "A design error put the cost of the bridge at $40 million, an auditor said on Monday."
    assert _credited(make_parsed, text) == [("$40 million", "an auditor")]


def test_prices_that_go_from_one_figure_to_another_are_a_range(make_parsed: MakeParsed) -> None:
    text = "Tickets go from $20 to $50 depending on the seat."
    assert [(c.low, c.high) for c in analyse_parsed(make_parsed(text)).claims] == [(20.0, 50.0)]


def test_an_outlet_named_like_a_time_of_day_is_still_credited(make_parsed: MakeParsed) -> None:
    text = "Fourteen people were killed, as first reported by Dawn, the Pakistani daily."
    assert [c.source for c in analyse_parsed(make_parsed(text)).credits] == ["Dawn"]


def test_a_chamber_that_confirms_a_nominee_is_no_source(make_parsed: MakeParsed) -> None:
    text = "The Senate on Saturday confirmed Judge Evelyn Marsh by a vote of 52 to 47."
    assert not analyse_parsed(make_parsed(text)).credits


def test_a_head_to_head_result_is_two_shares_not_a_range(make_parsed: MakeParsed) -> None:
    text = (
        "A new poll found Okafor leading 50 percent to 44 percent. "
        "Support ranged from 20 percent to 30 percent. "
        "Whitcombe trails Okafor 52 percent to 41 percent."
    )
    assert [(c.low, c.high) for c in analyse_parsed(make_parsed(text)).claims] == [
        (50.0, 50.0),
        (44.0, 44.0),
        (20.0, 30.0),
        (52.0, 52.0),  # a share after a name is no model number ("Boeing 737")
        (41.0, 41.0),
    ]


def test_a_range_of_a_whole_after_a_contest_verb_stays_a_range(make_parsed: MakeParsed) -> None:
    text = (
        "The nominee won 55 percent to 60 percent of the vote in the cities. "
        "The drought led to 20 percent to 30 percent drops in yields. "
        "A poll found Okafor leading Pell among likely voters, 50 percent to 44 percent."
    )
    claims = [c for c in analyse_parsed(make_parsed(text)).claims if c.unit == "percent"]
    assert [(c.low, c.high) for c in claims] == [
        (55.0, 60.0),
        (20.0, 30.0),
        (50.0, 50.0),
        (44.0, 44.0),
    ]


@pytest.mark.model
def test_a_share_of_a_polls_respondents_is_no_source(make_parsed: MakeParsed) -> None:
    text = (
        "Another 6 percent said they were undecided, a sign that the race remains fluid "
        "with less than a month until Election Day."
    )
    assert ("less than a month", None) in _credited(make_parsed, text)


def test_a_source_of_a_main_clause_joined_after_the_figure_gives_none(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Thousands of people marched through Harlow on Saturday to demand rent caps, and "
        "police said fourteen people were arrested.\n\n"
        "Fourteen people were arrested, police said."
    )
    assert _credited(make_parsed, text) == [
        ("Thousands of people", None),
        ("fourteen people", "police"),
        ("Fourteen people", "police"),
    ]


def test_a_joined_clause_without_a_figure_of_its_own_keeps_the_credit(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "At least 12 people died, and officials said the toll could rise.\n\n"
        "A majority of economists said inflation would stay above 3 percent."
    )
    assert _credited(make_parsed, text) == [
        ("At least 12 people", "officials"),
        ("above 3 percent", "A majority of economists"),
    ]
