"""Classes of missed credits found by a hand audit of real security and disaster
coverage (several outlets per event), one rule per test, in hand-written, fictional
sentences:

1. a wire's tag with a partner agency after a slash ("Orlin, Sept 9 (Reuters/GNA) –",
   "… failed.  (dpa/NAN)" ending the last paragraph) credits each agency;
2. a body that speaks through a participle hung on another of its verbs ("The
   Interior Ministry urged calm, saying in a televised statement that …") is
   credited; a participle with no words reported ("adding to the sense") is not;
3. "according to" a body's long name ("the International Federation of Red Cross and
   Red Crescent Societies") credits the whole name, its "and" included;
4. a body's short form defined in brackets in mixed case ("The Eastern Fleet Command
   (Eflcom)") is of that body's kind where used alone ("Eflcom said"); "the Fed" and
   "the central bank" are official bodies (not "the Fed Cup");
5. "It said …" opening a sentence right after one whose subject was a credited body
   credits that body again (not after a person: "Jo Ray said …. It said nothing");
6. a station named with its channel number ("told Telemundo 44", "told Channel 4 News")
   is a broadcaster, not "Channel"; a name and a count ("told Jones 10 years ago") is
   none.
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.sources import classify, find_credits


def _sources(make_parsed: MakeParsed, text: str) -> list[tuple[str, str]]:
    return [(c.source, c.kind) for c in find_credits(make_parsed(text))]


@pytest.mark.model
def test_a_wire_tag_with_a_partner_after_a_slash_credits_each(make_parsed: MakeParsed) -> None:
    text = (
        "Orlin, Velmora, Sept 9 (Reuters/GNA) – A powerful earthquake killed 800 people.\n\n"
        "Diplomatic efforts to end the war have failed.  (dpa/NAN)"
    )
    assert sorted(_sources(make_parsed, text)) == [
        ("GNA", "wire"),
        ("NAN", "wire"),
        ("Reuters", "wire"),
        ("dpa", "wire"),
    ]


@pytest.mark.model
def test_a_body_speaking_through_a_participle_is_credited(make_parsed: MakeParsed) -> None:
    text = (
        "The Interior Ministry urged calm, saying in a televised statement that 632 "
        "people had died. Since the first day, the authorities shifted their response "
        "almost daily, adding to the sense that the city was out of control."
    )
    assert _sources(make_parsed, text) == [("The Interior Ministry", "official")]


@pytest.mark.model
def test_according_to_a_long_name_with_and_credits_the_whole_name(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "At least 5,300 people were killed, according to the International Federation "
        "of Velmoran Red Cross and Red Crescent Societies."
    )
    found = _sources(make_parsed, text)
    assert (
        "the International Federation of Velmoran Red Cross and Red Crescent Societies",
        "other",
    ) in found


@pytest.mark.model
def test_a_short_form_and_the_fed_are_official(make_parsed: MakeParsed) -> None:
    text = (
        "The Eastern Fleet Command (Eflcom) said two missiles hit. Eflcom said a third "
        "was shot down."
    )
    assert ("Eflcom", "official") in _sources(make_parsed, text)
    assert classify("the Fed") == classify("the central bank") == "official"
    assert classify("the Fed Cup") == "other"


@pytest.mark.model
def test_it_said_after_a_credited_body_credits_it_again(make_parsed: MakeParsed) -> None:
    text = (
        "The foreign ministry of Velmora confirmed that two of the workers were nationals. "
        "It said the consul had spoken with family members.\n\n"
        "Jon Ray said the bridge fell. It said nothing more."
    )
    found = [(c.text, c.source) for c in find_credits(make_parsed(text))]
    assert found == [
        ("The foreign ministry of Velmora confirmed", "The foreign ministry of Velmora"),
        ("It said", "The foreign ministry of Velmora"),
    ]


@pytest.mark.model
def test_a_station_named_with_its_channel_number_is_a_broadcaster(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Ada Velasco told Telenova 44 her husband was missing. She told Channel 4 News that "
        "he worked nights. He told Jones 10 years ago that he would run."
    )
    assert _sources(make_parsed, text) == [
        ("Telenova 44", "broadcaster"),
        ("Channel 4 News", "broadcaster"),
    ]


@pytest.mark.model
def test_per_set_off_after_a_comma_credits_a_named_source(make_parsed: MakeParsed) -> None:
    # "per" between commas before a name credits it; before a rule or a rate it does not
    text = (
        "Vell was charged, per Harbour News, with 23 counts. He was later fined, per the "
        "Selk Tribune.\n\nThe crews complied, per NATO standards, and paid $5 per share."
    )
    assert _sources(make_parsed, text) == [
        ("Harbour News", "outlet"),
        ("the Selk Tribune", "outlet"),
    ]


@pytest.mark.model
def test_a_presidency_or_a_militia_that_says_is_credited(make_parsed: MakeParsed) -> None:
    text = (
        "The presidency said on Saturday that the girls were safe.\n\n"
        "The Selkan militia said on Friday that its deputy leader was killed."
    )
    assert _sources(make_parsed, text) == [
        ("The presidency", "official"),
        ("The Selkan militia", "other"),
    ]


@pytest.mark.model
def test_a_party_or_a_person_meeting_a_body_is_no_source(make_parsed: MakeParsed) -> None:
    # "told Republican party leaders": an audience; "Boehner in a meeting with lawmakers
    # from the majority party Friday said": the person speaks, not the party; "The
    # Supreme Court in a historic ruling said": the court, without the ruling
    text = (
        "Vell said he told Republican party leaders at the time that he would go.\n\n"
        "Speaker Tomas Vell in a meeting with lawmakers from the majority Selkan party "
        "Friday said he would resign.\n\n"
        "The Supreme Court in a historic 5-4 ruling on Friday said there is a right to "
        "marry."
    )
    assert _sources(make_parsed, text) == [("The Supreme Court", "official")]


@pytest.mark.model
def test_a_medium_calling_a_race_is_its_source(make_parsed: MakeParsed) -> None:
    text = (
        "Vell lost in what the Selk Herald is calling the upset of the decade.\n\n"
        "The Associated Press declared Tomas Brant the winner shortly after 8 p.m.\n\n"
        "Voters called the race a referendum on the harbour."
    )
    assert _sources(make_parsed, text) == [
        ("the Selk Herald", "outlet"),
        ("The Associated Press", "wire"),
    ]


@pytest.mark.model
def test_a_body_named_with_commas_is_credited_whole(make_parsed: MakeParsed) -> None:
    text = (
        "The Bureau of Alcohol, Tobacco, Firearms and Explosives said on Monday that the "
        "gun was traced.\n\n"
        "The Foreign, Commonwealth and Development Office said on Tuesday that flights "
        "were cancelled."
    )
    assert _sources(make_parsed, text) == [
        ("The Bureau of Alcohol, Tobacco, Firearms and Explosives", "official"),
        ("The Foreign, Commonwealth and Development Office", "official"),
    ]


@pytest.mark.model
def test_a_body_speaking_in_a_statement_is_credited_without_it(make_parsed: MakeParsed) -> None:
    # the text rule's subject stops before "in a" as the parse's does
    text = "The ministry in a statement said the road was closed."
    assert _sources(make_parsed, text) == [("The ministry", "official")]
