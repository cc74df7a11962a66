"""Classes of false or mis-kinded credits found by a hand audit of the credits on
unseen web news pages, one rule per test, in hand-written, fictional sentences:

1. "online" before a noun is an adjective, not a platform ("your online business");
2. a product whose name ends in "X" ("Xbox One X", "Final Cut Pro X") is not the
   platform X;
3. a way to reach someone on a platform ("Reach the reporter on Twitter at …") is
   no credit;
4. "the agency" is an official body, unless the article last named a news agency
   ("Iran's official news agency IRNA … the agency reported": a wire);
5. an article's own outlet is known by its initials too ("told AP" in an
   Associated Press story is no credit), and by its name on a site that drops a
   word of it ("told Sky News" on sky.com);
6. "add" or "deny" with a thing as its object ("The agency added five companies",
   "The ministry is denying visas") reports nothing; with words as its object
   ("denied the allegations") it does;
7. a "did/do/does" question on a line of its own ("What did the prosecutors say?")
   is a heading: it credits no one;
8. a source is written without what ran past it: a relative clause, an "as"
   phrase, an earlier line ("A spokesperson who did not wish to be named" is "A
   spokesperson");
9. "according to a report in the Argus Leader" credits the outlet, not "a report"
   (a date is no outlet: "a report in February"); newspaper names in
   "Intelligencer", "Sentinel", "Courant", "Advertiser", "Argus" are outlets;
10. media by their kind that reported are a credit ("…, local media reported."), an
    audience after "told" ("told local media");
11. a body that "measured" or "downgraded" a figure is its source ("the Geological
    Survey measured"); a buyer that "upgraded" its offer reports nothing;
12. a body that "will" or "would" announce has said nothing yet ("adding the party
    would soon announce its next move");
13. agencies in brackets alone on the last line ("(AFP, AP)", "ab/cd (Reuters, dpa)")
    are the wires a rewrite credits;
14. a body or a document that "identified" or "emphasized" a fact is its source ("The
    statement identified the two attackers as …", "Police identified the man"); a
    "self-identified" group is none;
15. "confirmed this to" a news agency credits the agency as "confirmed to" does;
16. a line that is only "Source: X" (or "Sources: X, Y") credits each one named;
17. a nation's media that reported are a credit ("Greek media said", "according to
    Italian media"; "according to local media" too), an audience after "told";
18. an agency's tag in brackets before a dash is a dateline only near the start of
    its line: a party's initials deep in a sentence ("the ruling Unity Party (UPP) —
    Reps. …") credit no wire.
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.sources import classify, find_credits


def _credits(make_parsed: MakeParsed, text: str, outlet: str = "Test Outlet") -> list[str]:
    return [f"{c.text}|{c.kind}" for c in find_credits(make_parsed(text, outlet=outlet))]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Reyes built her online business in the online business world of Lomas.",
        "Gamers can play the new racing game on Xbox One X at up to 60 frames a second.",
        "The clip was cut in the Final Cut Pro X editor before the show.",
        "Reach the reporter on Twitter at her account for the Velmora Ledger desk.",
    ],
)
def test_no_platform_credit(make_parsed: MakeParsed, sentence: str) -> None:
    assert _credits(make_parsed, sentence) == []


@pytest.mark.model
def test_a_post_on_a_platform_is_still_a_credit(make_parsed: MakeParsed) -> None:
    text = "The mayor made the announcement on Twitter on Friday, hours after the vote."
    assert _credits(make_parsed, text) == ["on Twitter|social"]


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("the agency", "official"),
        ("the Velmora Space Agency", "official"),
        ("the state news agency", "wire"),
        ("the regional wire agency", "wire"),
        ("the Lomas Intelligencer", "outlet"),
        ("the Velmora Sentinel", "outlet"),
    ],
)
def test_the_kind_of_an_agency_or_a_paper(source: str, kind: str) -> None:
    assert classify(source) == kind


@pytest.mark.model
def test_the_agency_is_the_agency_last_named(make_parsed: MakeParsed) -> None:
    wire = (
        "The hospital in Lomas was full of wounded, the official news agency VNA said.\n\n"
        "The quake also destroyed two schools, the agency reported."
    )
    body = (
        "The Velmora Space Agency delayed the launch by a week.\n\n"
        "The rocket needs a new valve, the agency said on Monday."
    )
    assert _credits(make_parsed, wire)[-1] == "the agency reported|wire"
    assert _credits(make_parsed, body)[-1] == "the agency said|official"


@pytest.mark.model
def test_an_outlet_known_by_its_initials_does_not_credit_itself(make_parsed: MakeParsed) -> None:
    text = "The ferry sank near Lomas, the harbour master told AP on Monday."
    assert _credits(make_parsed, text, outlet="Associated Press") == []
    assert _credits(make_parsed, text, outlet="Velmora Ledger") == ["told AP|wire"]
    # an agency whose initials are not its words' ("Agence France-Presse" signs "AFP")
    text = "LOMAS (AFP) - The ferry sank near Lomas, the harbour master told AFP on Monday."
    assert _credits(make_parsed, text, outlet="Agence France-Presse") == []
    # a site known by a shorter name than its outlet's ("Sky News" on sky.com)
    text = "The ferry sank near Lomas, the harbour master told Sky News on Monday."
    assert _credits(make_parsed, text, outlet="news.sky.com") == []
    assert _credits(make_parsed, text, outlet="velmora.com") == ["told Sky News|broadcaster"]


@pytest.mark.model
def test_adding_or_denying_a_thing_is_no_credit(make_parsed: MakeParsed) -> None:
    assert _credits(make_parsed, "The Velmora Space Agency adds five companies to the list.") == []
    assert _credits(make_parsed, "The interior ministry is denying visas to the crews.") == []
    found = _credits(make_parsed, "The interior ministry denied the allegations on Monday.")
    assert found == ["The interior ministry denied|official"]


@pytest.mark.model
def test_a_question_heading_credits_no_one(make_parsed: MakeParsed) -> None:
    text = (
        "Orla Venn was arrested in April.\n\nWhat did the prosecutors say?\n\n"
        "The prosecutors said the case against her was strong."
    )
    assert _credits(make_parsed, text) == ["The prosecutors said|official"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A spokesperson who did not wish to be named said the port would reopen.",
            "A spokesperson",
        ),
        ("The final is in Lomas, according to UEFA as part of the draw.", "UEFA"),
    ],
)
def test_a_source_without_what_ran_past_it(make_parsed: MakeParsed, text: str, source: str) -> None:
    assert [c.source for c in find_credits(make_parsed(text))] == [source]


@pytest.mark.model
def test_a_report_in_an_outlet_credits_the_outlet(make_parsed: MakeParsed) -> None:
    text = "According to a report in the Velmora Argus, the campaign cost $449,000."
    (credit,) = find_credits(make_parsed(text))
    assert (credit.text, credit.source, credit.kind) == (
        "According to a report in the Velmora Argus",
        "the Velmora Argus",
        "outlet",
    )


@pytest.mark.model
def test_local_media_that_reported_is_a_credit_but_told_local_media_is_none(
    make_parsed: MakeParsed,
) -> None:
    # found reading real page openings: "local media" was taken for an audience wherever
    # it stood, so a wire's "…, local media reported." credited nobody
    reported = "A blast at a mosque in Velmar killed 32 people on Monday, local media reported."
    assert [c.split("|")[0] for c in _credits(make_parsed, reported)] == ["local media reported"]
    told = "The mayor told local media the toll would rise."
    assert not any("local media" in c for c in _credits(make_parsed, told))


@pytest.mark.model
def test_a_survey_that_measured_a_quake_is_a_credit(make_parsed: MakeParsed) -> None:
    text = (
        "The quake struck the Kalikot region at 11:47pm on Friday with a 5.6 magnitude, "
        "the Velmoran Geological Survey measured. The Harbour Seismic Centre downgraded "
        "it to 5.4."
    )
    got = [c.split("|")[0] for c in _credits(make_parsed, text)]
    assert got == ["Velmoran Geological Survey measured", "The Harbour Seismic Centre downgraded"]
    # a buyer that raised its offer reports nothing
    offer = "The Harbour Nationals have upgraded their offer to $160 million."
    assert _credits(make_parsed, offer) == []


@pytest.mark.model
def test_a_body_that_will_announce_is_no_credit_yet(make_parsed: MakeParsed) -> None:
    text = (
        "“We cannot accept these results,” he told reporters, adding the party would soon "
        "announce its next move. The commission will announce the final tally on Monday."
    )
    assert _credits(make_parsed, text) == []
    # what a body said it would do is still its word
    said = "The commission said it would announce the final tally on Monday."
    assert [c.split("|")[0] for c in _credits(make_parsed, said)] == ["The commission said"]


@pytest.mark.model
def test_agencies_on_a_closing_line_are_wire_credits(make_parsed: MakeParsed) -> None:
    # a broadcaster's rewrite names the agencies it leans on in brackets on its last line
    text = "The commission declared the result on Saturday.\n\nab/cd (AFP, Reuters)"
    got = _credits(make_parsed, text, outlet="Velmar Radio")
    assert got == ["AFP|wire", "Reuters|wire"]
    # a bracketed agency inside a sentence is no closing line
    inside = "The figure (AFP) was later revised by the commission."
    assert _credits(make_parsed, inside, outlet="Velmar Radio") == []


@pytest.mark.model
def test_a_body_that_identified_or_emphasized_a_fact_is_its_source(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The statement identified the two attackers as Omar Dalil and Saif Marun. "
        "The Rally Front emphasized that both men died in the blasts. "
        "A group of self-identified witnesses gathered outside."
    )
    got = _credits(make_parsed, text)
    assert got[0] == "The statement identified|document"
    assert any(g.startswith("The Rally Front emphasized|") for g in got)
    assert not any("self" in g for g in got)


@pytest.mark.model
def test_confirmed_this_to_an_agency_credits_the_agency(make_parsed: MakeParsed) -> None:
    text = (
        "The head of the vigilance group, who confirmed this to the Lowmere News Agency "
        "(LNA), said three people were hurt."
    )
    got = _credits(make_parsed, text)
    assert any(g.startswith("confirmed this to the Lowmere News Agency") for g in got)


@pytest.mark.model
def test_a_source_line_credits_each_source_it_names(make_parsed: MakeParsed) -> None:
    text = "The convoy was attacked on Monday.\n\nSources: Velmar Radio, Kessly Post"
    assert _credits(make_parsed, text) == [
        "Sources: Velmar Radio|broadcaster",
        "Kessly Post|outlet",
    ]
    # "the source:" inside a sentence is no credit line
    assert _credits(make_parsed, "He named the source: a tip from a clerk.") == []


@pytest.mark.model
def test_a_nations_media_that_reported_are_a_credit_told_they_are_an_audience(
    make_parsed: MakeParsed,
) -> None:
    assert _credits(make_parsed, "Greek media said the train carried students.") == [
        "Greek media said|outlet"
    ]
    text = "The cyclist went missing in 2019, according to Italian media."
    assert _credits(make_parsed, text) == ["according to Italian media|outlet"]
    text = "The cyclist went missing in 2019, according to local media."
    assert _credits(make_parsed, text) == ["according to local media|outlet"]
    assert _credits(make_parsed, "The minister told Greek media he would resign.") == []


@pytest.mark.model
def test_initials_in_brackets_before_a_dash_deep_in_a_sentence_are_no_dateline(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The motion failed to meet the quorum after all but three lawmakers of the ruling "
        "Unity Party (UPP) — Reps. Ahn Dal-su and Kim Ye-ri — walked out."
    )
    assert _credits(make_parsed, text) == []
    assert _credits(make_parsed, "KESSLY, March 3 (KPA) — The motion failed.") == ["(KPA)|wire"]
