"""A person's gender read from the article itself (``analyze/gender.py``) and its
use in resolving "he"/"she" (``analyze/quote_speakers.py``), in hand-written,
fictional sentences: one rule per test.

The written cues need no parse; the parse cues and the resolution run with the
model only (marked ``model``).
"""

from __future__ import annotations

import re

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.gender import noun_gender, written_cues
from crosswire.analyze.quote_cues import Cues
from crosswire.analyze.quotes import find_quotes


def _mentions(text: str, *names: str) -> list[tuple[int, int, str]]:
    """Every mention of each name (its last word alone stands for the full name)."""
    out: list[tuple[int, int, str]] = []
    for full in names:
        for form in dict.fromkeys([full, full.split()[-1]]):
            for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                if not any(s <= m.start() < e for s, e, _ in out):
                    out.append((m.start(), m.end(), full))
    return sorted(out)


def _written(text: str, name: str) -> list[int]:
    votes = written_cues(text, _mentions(text, name), lambda _pos: False)
    return votes.get(name, [0, 0])


def _gender(make_parsed: MakeParsed, text: str, name: str) -> str | None:
    return Cues(make_parsed(text)).art.gender(name)


def _votes(make_parsed: MakeParsed, text: str, name: str) -> list[int]:
    return Cues(make_parsed(text)).art.gender_votes.get(name, [0, 0])


def _speakers(make_parsed: MakeParsed, text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(make_parsed(text))]


# -------------------------------------------------------------------- written cues


def test_nouns_for_people_of_one_gender() -> None:
    assert noun_gender("actress") == "f"
    assert noun_gender("Widower") == "m"
    assert noun_gender("fiancée") == "f"
    assert noun_gender("engineer") is None


def test_an_honorific_before_the_name() -> None:
    text = "The bakery belongs to Mrs. Orlaith Venn of Harlow Street."
    assert _written(text, "Orlaith Venn") == [0, 3]


def test_a_gendered_noun_written_before_the_name() -> None:
    text = "Stage actress Orlaith Venn opened the season on Friday."
    assert _written(text, "Orlaith Venn") == [0, 3]


def test_a_gendered_noun_in_apposition() -> None:
    assert _written("Venn, the actress, opened the season.", "Orlaith Venn") == [0, 3]
    text = "Tobin Arrow, 41, a father of three from Velmora, was hurt."
    assert _written(text, "Tobin Arrow") == [3, 0]


def test_a_gendered_noun_as_the_predicate() -> None:
    assert _written("Orlaith Venn is a grandmother of six.", "Orlaith Venn") == [0, 3]


def test_a_kinship_noun_with_its_owner_before_the_name() -> None:
    text = "The mayor arrived with his wife, Orlaith Venn, on Sunday."
    assert _written(text, "Orlaith Venn") == [0, 3]


def test_a_kinship_noun_ending_a_clause_is_no_apposition() -> None:
    # "his wife" is the object of "left"; "Arrow" opens the main clause
    text = "When he left his wife, Arrow moved to Velmora."
    assert _written(text, "Tobin Arrow") == [0, 0]


def test_the_noun_after_an_owner_is_someone_else() -> None:
    # "Arrow's wife, the actress" says nothing of Arrow
    text = "Tobin Arrow's wife, the actress, declined to comment."
    assert _written(text, "Tobin Arrow") == [0, 0]


def test_a_description_that_is_not_a_person_noun_is_no_cue() -> None:
    text = "Orlaith Venn, the owner of the bakery, opened early."
    assert _written(text, "Orlaith Venn") == [0, 0]


# -------------------------------------------------------------------- parse cues


@pytest.mark.model
def test_his_or_her_in_the_clause_the_person_is_subject_of(make_parsed: MakeParsed) -> None:
    text = "Tobin Arrow waited in the rain with his hands on the wheel."
    assert _gender(make_parsed, text, "Tobin Arrow") == "m"


@pytest.mark.model
def test_her_after_a_speech_verb_is_no_cue(make_parsed: MakeParsed) -> None:
    # "said of her career": the woman spoken of, not the speaker
    text = (
        "The Velmora shows closed on Friday.\n\n"
        "Tobin Arrow said of her long career that it had been a milestone."
    )
    assert _votes(make_parsed, text, "Tobin Arrow")[1] == 0


@pytest.mark.model
def test_a_pronoun_later_in_the_sentence_of_its_one_person(make_parsed: MakeParsed) -> None:
    text = "Orlaith Venn smiled as she locked the bakery for the last time."
    assert _gender(make_parsed, text, "Orlaith Venn") == "f"


@pytest.mark.model
def test_a_pronoun_opening_the_next_sentence(make_parsed: MakeParsed) -> None:
    text = (
        "Orlaith Venn opened the bakery in 1990.\n\nAfter ten years, she bought the shop next door."
    )
    assert _gender(make_parsed, text, "Orlaith Venn") == "f"


@pytest.mark.model
def test_the_subject_of_a_clause_the_person_reports(make_parsed: MakeParsed) -> None:
    # "Arrow, at Venn's hearing, said he asked": Arrow, even with Venn named as an owner
    text = "Detective Tobin Arrow, testifying at Venn's hearing, said he asked how she felt."
    assert _gender(make_parsed, text, "Tobin Arrow") == "m"


# -------------------------------------------------------------------- resolution


@pytest.mark.model
def test_she_is_not_given_to_a_man_the_article_shows(make_parsed: MakeParsed) -> None:
    # Drew is the nearest subject, but "his hands" makes him a man: "she" is Venn
    text = (
        "Orlaith Venn says she saw the whole fight from her window.\n\n"
        "Venn told the Courier that Drew Tallis did not have a knife in his hands.\n\n"
        "But the police review shows Tallis had a knife in his hands.\n\n"
        "“I could not see what the boys were doing,” she said during the interview."
    )
    assert _speakers(make_parsed, text) == ["Orlaith Venn"]


@pytest.mark.model
def test_she_in_a_sentence_naming_one_woman_is_her(make_parsed: MakeParsed) -> None:
    # Arrow (of no gender the article tells) spoke last, but the sentence of the
    # pronoun names Venn alone, whom the article shows to be a woman
    text = (
        "Stage actress Orlaith Venn retired in 1990.\n\n"
        "Tobin Arrow said her shows were a milestone. "
        "“Nobody else could fill the hall,” Arrow said.\n\n"
        "Perhaps the best photos of Venn were the rehearsal ones, which she said were staged. "
        "“I never liked those pictures,” she later said."
    )
    assert _speakers(make_parsed, text) == ["Tobin Arrow", "Orlaith Venn"]


@pytest.mark.model
def test_he_in_a_relative_clause_on_a_man_is_someone_else(make_parsed: MakeParsed) -> None:
    # "Graff, who he said …": the sentence's own "he" is not Graff
    text = (
        "Tobin Arrow spoke in Velmora on Monday. The hall was full.\n\n"
        "He also took aim at Sir Piet Graff, who he said “was right in 1993, "
        "before he changed his mind about the harbour.”"
    )
    found = _speakers(make_parsed, text)
    assert found  # the quote is found: an empty list would pass the check below
    assert all(speaker != "Piet Graff" for speaker in found)


def test_a_given_name_has_its_usual_gender_only_when_clear() -> None:
    from crosswire.analyze.gender import given_name_gender

    assert given_name_gender("Daniel Abara") == "m"
    assert given_name_gender("Marta Zielinska") == "f"
    assert given_name_gender("Françoise Lebrun") == "f"  # accents folded
    assert given_name_gender("Jean Dupont") is None  # borne by men and women alike
    assert given_name_gender("Abara") is None  # a surname alone says nothing
