"""Classes of speaker errors found on Canadian news written for the purpose (a city
council, a hockey game, provincial politics, a police briefing), one rule per test, in
hand-written, fictional sentences:

1. "Coun." (councillor), "Cst." (RCMP constable) and "Ald." (alderman) are title
   abbreviations: their full stop ends no sentence, and the title is no speaker;
2. a player's position opening a sentence ("Goaltender Ines Varga made 31 saves")
   describes the name after it: it is no part of the name;
3. a role set off before a name and owned by a place or a person ("Manitoba's health
   minister, Pauline Roy, said", "Dumont's lawyer, Ada Mbeki,") gives that person the
   role, so "the minister said" later is her;
4. "according to" a titled name with what follows it ("According to Sgt. Rob Tkachuk
   of the major crime unit, …") is that person, the title's full stop included;
5. a full name written in the attribution ("Manjit Gill said") is the speaker even
   when the tagger found only the surname and the article names another person of
   it in full ("his wife, Harpreet Gill");
6. a document speaks as written: a verb form right before the speech verb is a noun
   of the subject ("the briefing note says"), and directives and decrees are documents
   ("the directive read"), but not "Order" or "Advisory" in a body's name ("the
   Fraternal Order of Police", "the National Advisory Committee on Immunization");
7. a given name and surname after a short title ("Coun. Teresa Almeida-Kerr") are a
   person even where the model tags the surname an organisation, so the surname's
   later "she" and "Almeida-Kerr said" are hers, not the next woman named.

The speaker tests run with the model (the tagger's labels and the parse are part of
each case).
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.quotes import find_quotes
from crosswire.analyze.sentences import split_sentences


def _said(make_parsed: MakeParsed, text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(make_parsed(text))]


def test_canadian_title_abbreviations_end_no_sentence() -> None:
    text = "Coun. Mara Ilves voted against it. Cst. Tom Oake and Ald. Jo Finch arrived. It rained."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Coun. Mara Ilves voted against it.",
        "Cst. Tom Oake and Ald. Jo Finch arrived.",
        "It rained.",
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Nobody here wants a fare hike," said Coun. Mara Ilves, who chairs the '
            "transit committee.",
            "Mara Ilves",
        ),
        ('"We will not comment on the file," Cst. Tom Oake told reporters.', "Tom Oake"),
    ],
)
def test_a_canadian_title_abbreviation_is_no_speaker(
    make_parsed: MakeParsed, text: str, speaker: str
) -> None:
    assert _said(make_parsed, text) == [speaker]


@pytest.mark.model
def test_a_players_position_is_no_part_of_his_name(make_parsed: MakeParsed) -> None:
    text = (
        "Goaltender Liam Varga made 31 saves as the Lynx won 3-1 in Sudbury.\n\n"
        '"We never stopped skating," he said.'
    )
    assert _said(make_parsed, text) == ["Liam Varga"]


@pytest.mark.model
def test_a_role_owned_by_a_province_before_a_name_is_hers(make_parsed: MakeParsed) -> None:
    text = (
        "Manitoba's health minister, Pauline Roy, said on Monday that two clinics would "
        "reopen.\n\n"
        '"The staff are coming back," the minister said.'
    )
    assert _said(make_parsed, text) == ["Pauline Roy"]


@pytest.mark.model
def test_according_to_a_titled_name_with_a_unit_after_it(make_parsed: MakeParsed) -> None:
    text = (
        "According to Sgt. Rob Tkachuk of the major crime unit, the two men had met "
        'before and "this was not a random attack."'
    )
    assert _said(make_parsed, text) == ["Rob Tkachuk"]


@pytest.mark.model
def test_a_full_name_written_in_the_attribution_is_the_speaker(make_parsed: MakeParsed) -> None:
    text = (
        "Outside court, Manjit Gill's wife, Harpreet Gill, told reporters the family "
        "was confident.\n\n"
        '"I have done nothing wrong," Manjit Gill said as he left the courthouse.'
    )
    assert _said(make_parsed, text) == ["Manjit Gill"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Officials prepared a briefing for the minister in May.\n\n"
            '"Rural pharmacies are a key risk," the briefing note says.',
            "the briefing note",
        ),
        (
            "The ministry issued a directive on Sunday.\n\n"
            '"Schools will close at noon," the directive read.',
            "the directive",
        ),
    ],
)
def test_a_document_speaks_as_written(make_parsed: MakeParsed, text: str, speaker: str) -> None:
    assert _said(make_parsed, text) == [speaker]


@pytest.mark.model
def test_a_titled_name_the_tagger_calls_an_organisation_is_a_person(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The motion, from Coun. Teresa Almeida-Kerr, would remove the lanes.\n\n"
        '"Businesses have lost customers," Almeida-Kerr said during the debate.\n\n'
        "Rosa Pacheco, who owns a bakery on Bloor, said her sales are down.\n\n"
        'Almeida-Kerr said she would bring it back. "This isn\'t over," she told the Star.'
    )
    assert _said(make_parsed, text) == ["Teresa Almeida-Kerr"] * 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Children should get the shot," the National Advisory Committee on Immunization said.',
            "National Advisory Committee on Immunization",
        ),
        ('"Officers deserve better," the Fraternal Order of Police said in a statement.', None),
    ],
)
def test_a_bodys_name_is_no_document(
    make_parsed: MakeParsed, text: str, speaker: str | None
) -> None:
    assert _said(make_parsed, text) == [speaker]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Assemblyman Joseph Lentol opposed the bill.\n\n"It is a bad bill," '
            "Assemblyman Lentol said.",
            "Joseph Lentol",
        ),
        (
            'Mayor-elect Janet Kwok spoke Monday.\n\n"We start on day one," Mayor-elect Kwok said.',
            "Janet Kwok",
        ),
    ],
)
def test_a_title_before_a_surname_is_no_given_name(
    make_parsed: MakeParsed, text: str, speaker: str
) -> None:
    assert _said(make_parsed, text) == [speaker]
