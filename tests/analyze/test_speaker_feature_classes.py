"""Classes of speaker errors found by reading crosswire's speakers on feature, sports
and translated news written for the purpose, one rule per test, in hand-written,
fictional sentences:

1. "said the Brazilian": one person named by a nationality is the person just named,
   never the nationality ("the Palestinians" stay a people, and "the French", which
   may be either, keep their reading);
2. "the 29-year-old said" is the person just named, when the article gives that
   person the age;
3. verbs of the manner of saying open an inverted attribution ("“…,” smiles Jo Ray,
   84", "grins"), so the next quote is not the previous speaker's;
4. a name the tagger labelled an organisation or a place, set off by commas after
   someone's noun or a role ("His producer, Marta Zielinska, said", "the councillor,
   Anneliese Vogt, rose"), is a person, and so the "she" that follows;
5. a given name's usual gender (``given_name_genders.txt.gz``) is a vote when the
   article tells none: "she" is not the man named last ("Daniel Abara");
6. a player's position before a name ("Defender Marco Bellini") is a role, not part of
   the name, and "the defender" resolves to him;
7. a weekday closing the words before a participle of speech ("… back down Tuesday,
   telling reporters …") is no speaker;
8. a firm set off after a role ("Their lawyer, Regina Partners,") is no person, though
   its first word is a given name.

All run with the model (the tagger's labels and the parse are part of each case).
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.quotes import find_quotes

pytestmark = pytest.mark.model


def _said(make_parsed: MakeParsed, text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in find_quotes(make_parsed(text))]


def test_a_nationality_that_speaks_is_the_person_just_named(make_parsed: MakeParsed) -> None:
    text = (
        "Brazil's coach Marco Alves praised the crowd. "
        '"They carried us," said the Brazilian.\n\n'
        '"We will not retreat," the Palestinians said in a statement.\n\n'
        "Irish fisheries minister Colm Brennan met his French counterpart on Monday. "
        '"We will not accept any cut to our quota," the French said in a statement.'
    )
    # a people, and a nationality that may name one ("the French"), keep their reading
    assert _said(make_parsed, text) == [
        ("They carried us", "Marco Alves"),
        ("We will not retreat", "Palestinians"),
        ("We will not accept a", "French"),
    ]


def test_an_age_that_speaks_is_the_person_given_that_age(make_parsed: MakeParsed) -> None:
    text = (
        'Striker Tom Vale, 29, scored twice. "It means nothing if we lose," the '
        "29-year-old said.\n\n"
        "A 31-year-old man was charged after a fight outside a bar owned by Margaret "
        'Hill. "I was only defending myself," the 31-year-old said.'
    )
    assert _said(make_parsed, text) == [
        ("It means nothing if ", "Tom Vale"),
        ("I was only defending", None),
    ]


def test_a_verb_of_manner_opens_an_inverted_attribution(make_parsed: MakeParsed) -> None:
    text = (
        'The bakery closed in May. "It was the heart of the village," said the mayor, '
        "Arnaud Delcourt.\n\n"
        '"Where will we go to talk, if not here?" smiles Madeleine Ferrand, 84.\n\n'
        '"We will appeal," grins Lucy Fairweather, 34.'
    )
    assert _said(make_parsed, text)[1:] == [
        ("Where will we go to ", "Madeleine Ferrand"),
        ("We will appeal", "Lucy Fairweather"),
    ]


def test_a_name_set_off_after_someones_noun_is_a_person(make_parsed: MakeParsed) -> None:
    text = (
        "The director, Tomasz Wierzbicki, thanked his cast. His editor, Agnieszka Lis, "
        "said she had cut the film in a month.\n\n"
        'His producer, Marta Zielinska, said the film had been made for "less than the '
        'catering budget". She added that sales were "going very well".'
    )
    assert _said(make_parsed, text) == [
        ("less than the cateri", "Marta Zielinska"),
        ("going very well", "Marta Zielinska"),
    ]


def test_a_name_set_off_after_a_role_is_a_person(make_parsed: MakeParsed) -> None:
    text = (
        "Mayor Thomas Brandt spoke first. Then the councillor, Anneliese Vogt, rose. "
        '"We cannot afford this," she said.'
    )
    assert _said(make_parsed, text) == [("We cannot afford thi", "Anneliese Vogt")]


def test_a_given_names_gender_keeps_she_from_the_man(make_parsed: MakeParsed) -> None:
    text = (
        "Alan Pryce and Karen Lowe founded the bakery in 1990. Pryce said the rent had "
        'tripled. "We cannot go on like this," she said.'
    )
    assert _said(make_parsed, text) == [("We cannot go on like", "Karen Lowe")]


def test_a_players_position_is_a_role(make_parsed: MakeParsed) -> None:
    text = (
        "Defender Marco Bellini was sent off in the 80th minute. "
        '"It was never a red card," the defender said.'
    )
    assert _said(make_parsed, text) == [("It was never a red c", "Marco Bellini")]


def test_a_weekday_before_a_participle_is_no_speaker(make_parsed: MakeParsed) -> None:
    text = (
        "Whitcombe didn't exactly back down Tuesday, telling reporters his comments were "
        '"not elegantly stated."'
    )
    assert _said(make_parsed, text) == [("not elegantly stated", None)]


def test_a_firm_named_after_a_role_is_no_person(make_parsed: MakeParsed) -> None:
    text = (
        'Their lawyer, Regina Partners, declined to comment. "I cannot discuss the case," she said.'
    )
    assert _said(make_parsed, text) == [("I cannot discuss the", None)]
