"""Credit and hedge classes found by a hand audit of the credits and hedges on
unseen newswire (the ECB+ development texts: 398 credits and 289 hedges judged),
one rule per test, in hand-written, fictional sentences:

1. anonymous sources in the plural, opening the sentence or inverted ("Sources say",
   "Two sources said", "sources close to the talks say", "says a source with
   knowledge of the talks") are credits, as "a source said" was;
2. "tells X" and "confirmed to X" credit the outlet X as "told X" does (a court or a
   chamber after them hears, it is no channel);
3. a release, a complaint, an autopsy, a biography are documents, and a document
   "reads", "alleges" or "lists" what it says ("A statement reads", "The complaint
   alleged", "Records list");
4. a reporter named with the outlet they write for ("Ken Rosenthal of Fox Sports
   reports", "according to Michael Silverman of the Boston Herald") credits the outlet;
5. "maybe", "he's expected to" and "it appears" before a clause are hedges, and so
   are "allegations that" and an "accused" role ("his accused killer").
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.hedges import find_hedges
from crosswire.analyze.sources import find_credits


def _credits(make_parsed: MakeParsed, text: str) -> list[str]:
    parsed = make_parsed(text, model=True, outlet="Velmora Ledger")
    return [f"{c.text}|{c.source}|{c.kind}" for c in find_credits(parsed)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "credit"),
    [
        ("Sources say the Harbour FC are close to a deal.", "Sources say|Sources|other"),
        ("Two sources said the club is close to a deal.", "Two sources said|Two sources|other"),
        (
            "The club is close to a deal, sources close to the negotiations say.",
            "sources close to the negotiations say|sources close to the negotiations|other",
        ),
        (
            "The deal is close, says a source with knowledge of the talks.",
            "says a source with knowledge of the talks|a source with knowledge of the talks|other",
        ),
    ],
)
def test_anonymous_sources_in_the_plural_or_inverted_are_credits(
    make_parsed: MakeParsed, sentence: str, credit: str
) -> None:
    assert _credits(make_parsed, sentence) == [credit]


@pytest.mark.model
def test_tells_and_confirmed_to_credit_the_outlet(make_parsed: MakeParsed) -> None:
    found = _credits(make_parsed, "A source tells the Velmora Gazette that the deal is close.")
    assert "tells the Velmora Gazette|the Velmora Gazette|outlet" in found
    found = _credits(make_parsed, "Her agent confirmed to the Orlen Times that she left.")
    assert "confirmed to the Orlen Times|the Orlen Times|outlet" in found
    found = _credits(make_parsed, "The lawyer confirmed to the Supreme Court that he left.")
    assert not any("Supreme Court" in c for c in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "credit"),
    [
        (
            "A Defence Ministry release said the ship fired in self-defence.",
            "A Defence Ministry release said|A Defence Ministry release|document",
        ),
        ("The complaint alleged three special circumstances.", "The complaint alleged|The complaint|document"),
        ("An autopsy showed she died of a gunshot wound.", "An autopsy showed|An autopsy|document"),
        ("Her bio said she was born in Lomas.", "Her bio said|Her bio|document"),
        ("A statement reads that the company is cooperating.", "A statement reads|A statement|document"),
    ],
)  # fmt: skip
def test_releases_complaints_and_autopsies_are_documents(
    make_parsed: MakeParsed, sentence: str, credit: str
) -> None:
    assert credit in _credits(make_parsed, sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("But maybe the club will sell him in January.", "maybe"),
        ("He's expected to be charged on Monday.", "He's expected to"),
        ("It appears an offer has been sent to his agent.", "It appears"),
        ("His accused killer was arrested on Monday.", "accused killer"),
        ("Residents contest police allegations that Ray fired first.", "allegations that"),
    ],
)
def test_maybe_expected_and_it_appears_are_hedges(
    make_parsed: MakeParsed, sentence: str, hedge: str
) -> None:
    assert [h.text for h in find_hedges(make_parsed(sentence, model=True))] == [hedge]


@pytest.mark.model
def test_a_reporter_of_an_outlet_credits_the_outlet(make_parsed: MakeParsed) -> None:
    found = _credits(make_parsed, "Tom Reddin of Orlen Sports TV reports that the deal is close.")
    assert found == ["Tom Reddin of Orlen Sports TV reports|Orlen Sports TV|broadcaster"]
    found = _credits(make_parsed, "According to Ada Brel of the Velmora Herald, it is done.")
    assert found == ["According to Ada Brel of the Velmora Herald|the Velmora Herald|outlet"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "credit"),
    [
        (
            "Governor Ines Vale told state television that the search was far from over.",
            "told state television|state television|broadcaster",
        ),
        (
            "The army sent helicopters to the valley, state television said.",
            "state television said|state television|broadcaster",
        ),
        (
            "The clerk was quoted by state TV as saying the ferry had sunk.",
            "quoted by state TV|state TV|broadcaster",
        ),
        # a medium named after its kind ("local broadcaster X") is that medium
        (
            "Her mother told local broadcaster Radio Velmora that she kept the room.",
            "told local broadcaster Radio Velmora|local broadcaster Radio Velmora|broadcaster",
        ),
        # on air
        (
            "Mayor Vale went on Velmora News within hours to call the plan a fraud.",
            "went on Velmora News|Velmora News|broadcaster",
        ),
        # a named body whose relative clause speaks
        (
            "The case followed an audit by the Velmora Public Funds Authority, which said "
            "on Tuesday that it had recovered 1.2 million dinars.",
            "Velmora Public Funds Authority, which said|Velmora Public Funds Authority|official",
        ),
        # a body that gives a figure credits it as one that says it would
        (
            "The army put the death toll at 12 soldiers.",
            "The army put the death toll|The army|official",
        ),
        (
            "A security source in Niamey gave a toll of 17 soldiers killed.",
            "A security source in Niamey gave a toll|A security source in Niamey|other",
        ),
    ],
)
def test_state_television_and_a_toll_given_are_credited(
    make_parsed: MakeParsed, sentence: str, credit: str
) -> None:
    assert credit in _credits(make_parsed, sentence)
