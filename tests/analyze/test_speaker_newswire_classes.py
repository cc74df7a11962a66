"""Classes of speaker errors found by a hand audit of quotes on unseen newswire
articles (the ECB+ development texts, which no rule was written on), one rule per
test, in hand-written, fictional sentences:

1. a title abbreviation with its full stop ("Const.", "Lt.", "Juror No. 8") ends
   neither the sentence nor the speaker's name (one list of them, in
   ``analyze/sentences.py``), nor does a short one before a number ("WCCO-TV, Ch.
   4", after which a quote with no attribution continued nobody's);
2. an unnamed speaker's head noun comes before a place or a participle ("one woman
   in Qeshm told AFP", "said a man wearing ski goggles"), so it is a speaker as
   written;
3. a definite description the article binds to no name is the indefinite one that
   introduced that person ("a Western diplomat, who requested anonymity, …" then
   "the diplomat added"), or, when its words say whose role it is ("the local fire
   chief", "the church's minister"), itself; an office dated by "former" or "new"
   ("the former president") stays unresolved: the article names its holder;
4. a "he"/"she" the article leaves unresolved as a main clause's subject ("He did
   not say what Lowe was being treated for") is who a later "he said" continues,
   not the name inside its sentence;
5. a name of two words or more tagged a building or a place (FAC, LOC) that is the
   subject of a speech verb is a person: buildings and places do not speak;
6. a full name the tagger left unlabelled but the parse makes a subject ("Giorgos
   Kyrtsakis, publisher of …, said") makes its surname tagged ORG a person, so a
   later "he" can go to him;
7. a ship ("INS Mysore", "MV Gibe") is no person a "he" can stand for;
8. "fumed", "snapped", "scoffed", "retorted", "agreed", "laughed", "worries" … are
   verbs of speech, and a word that only ends in one ("encouraged") is none;
9. a role owned by a name ("McKinnon's spokeswoman said", "Kopp's stepmother,
   who …, said") is the person the article gave that role, else an unnamed speaker
   as written, unless a name follows it ("says Wise's dad, Darrin");
10. an unnamed speaker whose noun tells the gender ("A company spokesman said") is
    what a later "he" continues; an ungendered one ("a police source") is not, so a
    "she" after it stays with the named woman;
11. a lead-in paragraph ending with a colon names the speaker of the quote after it
    by its main subject when that is a name or "he"/"she" ("Judge Ana Bodin had
    advice for anyone who deals with him:"), with no speech verb;
12. a description owned by someone ("the victim's nephew") is not the person named
    before it (the victim), and relatives and trades ("a local barber", "Reid's
    rep") are unnamed speakers as written;
13. "the agency" is the organisation the article calls an agency ("the official news
    agency IRNA"), not the body that spoke in between;
14. a speech verb in a clause opened by "when", "after", "as" … that frames the
    quote ("When the driver yelled, “Don't move!” …, King said") gives its subject,
    not the attribution that reports the whole sentence.

The speaker tests run with the model (the tagger's labels and the parse are part of
each case).
"""

from __future__ import annotations

import dataclasses

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.quotes import find_quotes
from crosswire.analyze.sentences import split_sentences


def _said(make_parsed: MakeParsed, text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(make_parsed(text))]


def test_a_title_abbreviation_ends_no_sentence() -> None:
    text = (
        "The fire spread. Const. Tim Fanning and Lt. Jo Ray arrived. Juror No. 8 left. "
        "She works for WKLX-TV, Ch. 4. It aired."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The fire spread.",
        "Const. Tim Fanning and Lt. Jo Ray arrived.",
        "Juror No. 8 left.",
        "She works for WKLX-TV, Ch. 4.",
        "It aired.",
    ]


@pytest.mark.model
def test_a_quote_after_a_channel_number_continues_its_speaker(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The driver sped away, witnesses said.\n\n"
        '"It was horrible to see," said Benwick, a managing editor at WKLX-TV, Ch. 4.\n\n'
        '"He took off like a bullet.\n\n'
        'People were just screaming."'
    )
    assert _said(make_parsed, text) == ["Benwick"] * 3


@pytest.mark.model
def test_a_constable_written_short_speaks(make_parsed: MakeParsed) -> None:
    text = (
        "Vancouver police Const. Tim Fanning spoke to reporters on Monday.\n\n"
        "Work place shootings are rare, police say.\n\n"
        '"It\'s something no business can prepare for," Const. Fanning said.'
    )
    assert _said(make_parsed, text) == ["Tim Fanning"]


@pytest.mark.model
def test_according_to_a_lieutenant_gives_his_name(make_parsed: MakeParsed) -> None:
    text = '"We are looking for a man in his forties," according to Harlow police Lt. Gerald Vance.'
    assert _said(make_parsed, text) == ["Gerald Vance"]


@pytest.mark.model
def test_a_numbered_juror_speaks_as_written(make_parsed: MakeParsed) -> None:
    text = 'The jury deliberated for two days.\n\n"We were searching," Juror No. 12 said.'
    assert _said(make_parsed, text) == ["Juror No. 12"]


@pytest.mark.model
def test_an_unnamed_speaker_before_a_place_or_a_participle(make_parsed: MakeParsed) -> None:
    text = (
        "The quake struck at dawn.\n\n"
        '"We were panicked," one woman in Velmar told AFP.\n\n'
        '"I do feel bad for the shop owners," said a man wearing ski goggles and a dark '
        "blue jacket."
    )
    assert _said(make_parsed, text) == ["one woman in Velmar", "a man"]


@pytest.mark.model
def test_the_description_is_the_one_that_introduced_the_speaker(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "A Western diplomat, who requested anonymity, said the talks had stalled.\n\n"
        '"Nobody expected a deal this week," the diplomat added.'
    )
    assert _said(make_parsed, text) == ["A Western diplomat"]


@pytest.mark.model
def test_a_role_whose_words_say_whose_speaks_as_written(make_parsed: MakeParsed) -> None:
    text = (
        "A barn burned down near Orlen on Friday.\n\n"
        'The local fire chief says the fire "is definitely suspicious."\n\n'
        'According to the church\'s minister, "We have no idea what caused it."'
    )
    assert _said(make_parsed, text) == ["The local fire chief", "the church's minister"]


@pytest.mark.model
def test_a_dated_office_stays_unresolved(make_parsed: MakeParsed) -> None:
    text = 'The hall was full.\n\n"We will rebuild," the former president said.'
    assert _said(make_parsed, text) == [None]


@pytest.mark.model
def test_a_he_nobody_named_is_continued_not_a_name_in_his_sentence(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The singer checked into a clinic in Orlen, her publicist confirmed.\n\n"
        "He did not say what Dana Lowe was being treated for.\n\n"
        '"We appreciate your respect for her privacy," he said.'
    )
    assert _said(make_parsed, text) == [None]


@pytest.mark.model
def test_a_name_tagged_a_building_that_speaks_is_a_person(make_parsed: MakeParsed) -> None:
    text = (
        '"We have enough tents," Mehdi Varzan, the head of the relief service, said.\n\n'
        "Island governor Heydar Talbandi told AFP that ten people had died.\n\n"
        '"Around 1,000 people are housed in tents," he said.'
    )
    parsed = make_parsed(text)
    # the small model may tag such a name FAC (it did "Heydar Alishbandi" on a real
    # page); the slip is made here by hand so the rule is tested whatever the tagger
    slipped = [
        dataclasses.replace(m, label="FAC") if m.text == "Heydar Talbandi" else m
        for m in parsed.mentions
    ]
    assert [m.label for m in slipped if m.text == "Heydar Talbandi"] == ["FAC"]
    found = find_quotes(dataclasses.replace(parsed, mentions=slipped))
    assert [q.speaker for q in found] == ["Mehdi Varzan", "Heydar Talbandi"]


@pytest.mark.model
def test_an_unlabelled_full_name_makes_its_surname_tagged_org_a_person(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The shooting remains unclear.\n\n"
        "Giorgos Kyrtsakis, publisher of the City Press and Free Sunday newspapers, said "
        "the demonstrations revealed discontent.\n\n"
        '"We are entering a long period of crisis," Kyrtsakis said.\n\n'
        '"But there is also a deepening social crisis.\n\n'
        'We are truly at a crossroads."\n\n'
        "Some in the capital disagree.\n\n"
        "Kyrtsakis, a conservative, was highly critical of the government.\n\n"
        '"This is the only government I remember that has failed everyone," he said.'
    )
    parsed = make_parsed(text)
    # the tagger's reading this rule is about: the full name unlabelled, the surname ORG
    assert not [m for m in parsed.mentions if m.text == "Giorgos Kyrtsakis"]
    assert {m.label for m in parsed.mentions if m.text == "Kyrtsakis"} == {"ORG"}
    assert [q.speaker for q in find_quotes(parsed)][-1] == "Giorgos Kyrtsakis"


@pytest.mark.model
def test_a_ship_is_no_he(make_parsed: MakeParsed) -> None:
    text = (
        "The warship INS Velmar captured 23 pirates on Saturday.\n\n"
        '"The pirates surrendered quite easily," said an officer.\n\n'
        "Soon after, the INS Velmar reached the spot.\n\n"
        '"The grenades were thrown overboard," he added.'
    )
    assert _said(make_parsed, text)[-1] != "INS Velmar"


@pytest.mark.model
def test_more_verbs_of_speech(make_parsed: MakeParsed) -> None:
    text = (
        "Councilman Jo Ray criticised the visitors.\n\n"
        '"Please stay out of our neighborhood," Ray fumed on Twitter.\n\n'
        "Ana Obi, the club's owner, spoke next.\n\n"
        '"That is not true," Obi snapped.'
    )
    assert _said(make_parsed, text) == ["Jo Ray", "Ana Obi"]


@pytest.mark.model
def test_a_word_holding_a_verb_of_speech_is_no_cue(make_parsed: MakeParsed) -> None:
    # "encouraged" ends in "raged": no speech verb, so no quote of the rally's words
    text = (
        "A rally in Orlen encouraged trucks of \u201call shapes and sizes\u201d to join the convoy."
    )
    assert find_quotes(make_parsed(text)) == []


@pytest.mark.model
def test_an_owned_role_speaks_as_written_unless_named(make_parsed: MakeParsed) -> None:
    text = (
        "Senator Jo Maddock toured the base on Monday.\n\n"
        'Maddock\'s spokeswoman said the army had "very good intelligence" on the group.\n\n'
        'Orr\'s stepmother, who married his father in 1980, said: "He was a quiet boy."\n\n'
        '"He wanted to write comics," says Orr\'s dad, Darrin.'
    )
    assert _said(make_parsed, text) == ["Maddock's spokeswoman", "Orr's stepmother", "Darrin"]


@pytest.mark.model
def test_an_inverted_worry_is_an_attribution(make_parsed: MakeParsed) -> None:
    text = '"The lingering cost of that could be high," worries former adviser Jan Brzek.'
    assert _said(make_parsed, text) == ["Jan Brzek"]


@pytest.mark.model
def test_a_gendered_unnamed_speaker_is_what_a_later_pronoun_continues(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Orlen Foods recalled its cereal on Monday.\n\n"
        "A company spokesman said it was unlikely that anyone fell ill.\n\n"
        '"As we regain the trust of our customers, we will do better," he said.'
    )
    assert _said(make_parsed, text) == ["A company spokesman"]


@pytest.mark.model
def test_an_ungendered_unnamed_speaker_leaves_she_to_the_named_woman(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Tia Marlow, 19, was stopped by two officers on Monday, her sister said.\n\n"
        "Marlow said she had done nothing wrong.\n\n"
        "A police source said the officers acted on a tip.\n\n"
        '"I was walking home," she said.'
    )
    assert _said(make_parsed, text) == ["Tia Marlow"]


@pytest.mark.model
def test_a_lead_in_paragraph_ending_with_a_colon_names_the_speaker(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The trial ended on Friday.\n\n"
        "Judge Ana Bodin had advice for anyone who deals with him in the future:\n\n"
        '"Do not trust him. Ever again."\n\n'
        "The rule was overturned on Monday.\n\n"
        "Andrew Wetzler, a lawyer with the council, was blunt:\n\n"
        '"This administration has rejected science at every turn."'
    )
    assert _said(make_parsed, text) == ["Ana Bodin", "Andrew Wetzler"]


@pytest.mark.model
def test_an_owned_description_is_not_the_owner(make_parsed: MakeParsed) -> None:
    text = (
        "Raj Chohan, 59, was struck by a car on Friday.\n\n"
        '"It came out of nowhere," the victim\'s nephew said.\n\n'
        '"I saw it all," a local barber told the Orlen Ledger.'
    )
    assert _said(make_parsed, text) == ["the victim's nephew", "a local barber"]


@pytest.mark.model
def test_the_agency_is_the_one_the_article_calls_an_agency(make_parsed: MakeParsed) -> None:
    text = (
        "The quake killed ten people, the official news agency VRNA said.\n\n"
        "The Orlen Geological Survey put its magnitude at 6.1.\n\n"
        'The island\'s only hospital is "full of wounded," the agency reported.'
    )
    assert _said(make_parsed, text) == ["VRNA"]


@pytest.mark.model
def test_a_speech_verb_in_a_when_clause_frames_the_quote(make_parsed: MakeParsed) -> None:
    text = (
        'When the driver yelled, "Don\'t move!" the officers opened fire, Tia Marlow said.\n\n'
        'After Jo Ray yelled, "Stop!" the car sped off, a witness said.'
    )
    assert _said(make_parsed, text) == ["the driver", "Jo Ray"]
