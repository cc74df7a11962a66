"""Speaker classes found by a second hand audit of quotes on the ECB+ development
texts (no rule had been written on them), one rule per test, in hand-written,
fictional sentences:

1. a "he"/"she" attribution right after the sentence that introduces a person for
   the first time, alone ("The move surprised Orlen Pictures' Matthew Varden, who
   produced her film. “…,” he told Vell News."), is that new voice, not the previous
   speaker; a pronoun in between ("she had her conversion"), or a name that only
   modifies a noun ("the Kessel pipeline"), leaves the previous subject;
2. a person introduced by a description before the name ("A professor of economics
   at the University of Athens, Yanis Varkadis, did not go to work") is whom a later
   "he" continues, through a "he" in between (and a name the tagger calls an
   organisation with such a description beside it is a person: test_mentions.py);
3. a title's abbreviation or office ("Red Sox GM", "ADA", "Undersheriff", "Town
   Clerk", "Secretary of the Interior") is no part of the speaker's name;
4. "the sheriff" is the person the article titled Sheriff ("Oakland County Sheriff
   Robert J. Pickell");
5. a name that begins the article's one longer name ("Abdirahim Yusuf" beside
   "Abdirahim Yusuf Warsame") is given in full;
6. two titles joined by "and" are one person's ("Selk Motors CEO and President Jim
   Farrow"), and a body with a lower-case modifier ("the pro-democracy Selk Resistance
   Committee") is that body;
7. an unnamed strategist speaks as written ("said one Democratic strategist who spoke
   on the condition of anonymity"), and a network the tagger calls a person ("CBS
   Miami reports") is no one a "she" can be;
8. an interruption and a reply begun are speech ("Vell interrupted", "Kel began to
   reply"), and "He quoted Kel as saying … “…”" is Kel's.

The tests run with the model (the tagger's labels and the parse are part of each case).
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.quotes import find_quotes


def _said(make_parsed: MakeParsed, text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(make_parsed(text, model=True))]


@pytest.mark.model
def test_a_he_after_a_new_voice_is_that_voice(make_parsed: MakeParsed) -> None:
    text = (
        "Reid's publicist Jack Ketterson confirmed the news on Tuesday. "
        '"She is doing well," Ketterson said.\n\n'
        "Ketterson did not say what Reid is being treated for.\n\n"
        "The move comes as a surprise to Orlen Pictures' Matthew Varden, who produced "
        "the horror film Vipers last year.\n\n"
        '"Tara was always professional," he told Vell News.'
    )
    assert _said(make_parsed, text) == ["Jack Ketterson", "Matthew Varden"]


@pytest.mark.model
def test_a_pronoun_between_keeps_the_earlier_subject(make_parsed: MakeParsed) -> None:
    text = (
        "Anna Morrow, the singer, died on Friday. "
        '"I never thought it was shameful," Morrow once said.\n\n'
        "It was while living in Florida that she joined the choir of the Rev. Paul Gresham.\n\n"
        '"It was better than typing all day," she told Orlen Weekly.'
    )
    assert _said(make_parsed, text) == ["Anna Morrow", "Anna Morrow"]


@pytest.mark.model
def test_a_person_introduced_by_a_description_speaks(make_parsed: MakeParsed) -> None:
    text = (
        "Prime Minister George Pallas appealed for calm on Wednesday. "
        '"This is a time for unity," he said.\n\n'
        "A professor of economics at the University of Athens, Yanis Varkadis, did not go "
        "to work today. But he rode his bicycle into the city.\n\n"
        '"What I saw was a battlefield after the troops had left," he said.'
    )
    assert _said(make_parsed, text) == ["George Pallas", "Yanis Varkadis"]


@pytest.mark.model
def test_a_titles_abbreviation_or_office_is_no_part_of_the_name(make_parsed: MakeParsed) -> None:
    text = (
        '"We are being aggressive," Red Sox GM Theo Varga said.\n\n'
        '"The evidence is strong," ADA Gail Fenner told the court.\n\n'
        '"We have no suspects," said Undersheriff James Gorse.\n\n'
        '"The vote is certified," Town Clerk Janette Bowden said.\n\n'
        '"The rule protects the species," said Secretary of the Interior Dirk Kamper.'
    )
    assert _said(make_parsed, text) == [
        "Theo Varga",
        "Gail Fenner",
        "James Gorse",
        "Janette Bowden",
        "Dirk Kamper",
    ]


@pytest.mark.model
def test_the_sheriff_is_the_one_titled_sheriff(make_parsed: MakeParsed) -> None:
    text = (
        "Orlen County Sheriff Robert J. Pickford said the gunman fled on foot. "
        '"We found the weapon in his car," the sheriff said.'
    )
    assert _said(make_parsed, text) == ["Robert J. Pickford"]


@pytest.mark.model
def test_a_name_that_begins_the_articles_one_longer_name_is_given_in_full(
    make_parsed: MakeParsed,
) -> None:
    # a given name and a father's name, the family name left off the second time
    text = (
        "Police spokesman Abdirahim Yusuf Warsame said the court was guarded.\n\n"
        '"We had 300 officers there," Abdirahim Yusuf said.'
    )
    assert _said(make_parsed, text) == ["Abdirahim Yusuf Warsame"]


@pytest.mark.model
def test_two_titles_joined_by_and_are_one_persons(make_parsed: MakeParsed) -> None:
    text = (
        '"We reached a deal," said Selk Motors CEO and President Jim Farrow.\n\n'
        '"We will appeal," Lund and Brel said in a joint statement.'
    )
    assert _said(make_parsed, text) == ["Jim Farrow", "Lund and Brel"]


@pytest.mark.model
def test_a_body_with_a_lower_case_modifier_is_that_body(make_parsed: MakeParsed) -> None:
    text = (
        '"The village witnessed a massacre after the militia attacked twice," the '
        "pro-democracy Selk Resistance Committee said in a statement on social media."
    )
    assert _said(make_parsed, text) == ["Selk Resistance Committee"]


@pytest.mark.model
def test_an_unnamed_strategist_speaks_as_written(make_parsed: MakeParsed) -> None:
    text = (
        "Vell was the insurgent candidate.\n\n"
        '"It used to be about who the better Democrat was," said one Democratic '
        "strategist who spoke on the condition of anonymity to talk candidly about the race."
    )
    assert _said(make_parsed, text) == ["one Democratic strategist"]


@pytest.mark.model
def test_a_network_the_tagger_calls_a_person_is_no_one_for_she(make_parsed: MakeParsed) -> None:
    text = (
        "Mayor Daniella Levine Cava spoke on Friday.\n\n"
        "CBS Miami reports the road to the site is a near-constant caravan of trucks.\n\n"
        '"The magnitude of this tragedy is growing each and every day," she said.'
    )
    assert _said(make_parsed, text) == ["Daniella Levine Cava"]


@pytest.mark.model
def test_an_interruption_and_a_reply_begun_are_speech(make_parsed: MakeParsed) -> None:
    text = (
        "Senator Tomas Vell pressed the nominee.\n\n"
        '"Will you please answer the question," Vell interrupted.\n\n'
        '"The surge assisted in the objective," Dara Kel began to reply.'
    )
    assert _said(make_parsed, text) == ["Tomas Vell", "Dara Kel"]


@pytest.mark.model
def test_the_one_quoted_as_saying_speaks_not_the_one_quoting(make_parsed: MakeParsed) -> None:
    text = (
        "Senator Tomas Vell pressed Dara Kel on the war.\n\n"
        "He quoted Kel as saying in 2007 that the surge was the “most dangerous foreign "
        "policy blunder in this country since Vietnam.”"
    )
    assert _said(make_parsed, text) == ["Dara Kel"]
