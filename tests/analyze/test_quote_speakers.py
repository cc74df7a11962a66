"""Speaker resolution (``analyze/quote_speakers.py``, ``quote_article.py``) in
hand-written, fictional sentences: one rule per test.

Rules that read the dependency parse run with the model only (marked ``model``);
the others run with and without it.
"""

from __future__ import annotations

import pytest
from parse_modes import BOTH, MakeParsed

from crosswire.analyze.quotes import find_quotes
from crosswire.model import Quote


def quotes_of(make_parsed: MakeParsed, text: str, model: bool) -> list[Quote]:
    return find_quotes(make_parsed(text, model=model))


def speakers(found: list[Quote]) -> list[str | None]:
    return [q.speaker for q in found]


# -------------------------------------------------------------------- names and gender


@BOTH
def test_a_titled_surname_is_not_a_namesake_of_the_other_gender(
    make_parsed: MakeParsed, model: bool
) -> None:
    # "Mr. Whitfield" is not "Helen Whitfield", the only full form of that surname,
    # and "he" is not her either
    text = (
        "The governor’s wife, Helen Whitfield, opened the fair on Sunday.\n\n"
        'Mr. Whitfield spoke later. "The harbour tax will go," Mr. Whitfield said. '
        '"We will not wait another year," he said.'
    )
    found = quotes_of(make_parsed, text, model)
    assert speakers(found) == ["Whitfield", "Whitfield"]


@pytest.mark.model
def test_she_is_not_resolved_through_a_male_namesake(make_parsed: MakeParsed) -> None:
    text = (
        "Mr. Whitfield closed the harbour on Monday.\n\n"
        "In a statement, the mayor's wife, Helen Whitfield, criticised Mr. Vance. "
        '"That decision is simply wrong," she said.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Helen Whitfield"


@pytest.mark.model
def test_a_platform_written_as_a_modifier_is_no_person(make_parsed: MakeParsed) -> None:
    # the tagger may call "Chirper" a person; "a Chirper post" says it is a thing
    text = (
        "Talia Renwick apologised on Monday.\n\n"
        "In a Chirper post late Monday, Renwick said the picture went too far.\n\n"
        '"I understand why people are hurt," she said.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Talia Renwick"


@BOTH
def test_a_reflexive_after_the_name_keeps_the_name(make_parsed: MakeParsed, model: bool) -> None:
    text = 'Mayor Jonas Okoro himself said, "The bridge stays closed until spring."'
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Jonas Okoro"


# -------------------------------------------------------------------- cues


@pytest.mark.model
def test_a_participle_cue_takes_the_main_subject(make_parsed: MakeParsed) -> None:
    text = (
        "Senator Hal Prewitt went further than his colleagues on Thursday, tweeting: "
        "“The harbour board should resign at once!”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Hal Prewitt"


@pytest.mark.model
def test_a_coordinated_cue_after_a_quote_belongs_to_the_next_one(make_parsed: MakeParsed) -> None:
    # "…," and predicted, "…": "predicted" is not the first quote's attribution
    text = (
        'Senator Hal Prewitt said Tuesday, "I think the vote was a disaster," and '
        'predicted, "The board will not survive the summer."'
    )
    found = quotes_of(make_parsed, text, True)
    assert found[0].speaker == "Hal Prewitt"


# -------------------------------------------------------------------- descriptions


@BOTH
def test_an_unnamed_speaker_keeps_a_short_relative_clause(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        '"There is a lot of anger in the room," said one councillor who opposed the plan, '
        "who asked not to be named."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "one councillor who opposed the plan"


@BOTH
def test_a_long_unnamed_speaker_ends_with_the_person_it_names(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "A spokeswoman for Governor Adaeze Okafor of Velmora said that the governor was "
        '"glad the fishermen are being heard."'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "A spokeswoman for Governor Adaeze Okafor"


@BOTH
def test_one_of_a_group_is_given_as_written(make_parsed: MakeParsed, model: bool) -> None:
    text = '"Coach Dara really needs our help this season," said one of the players.'
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "one of the players"


@BOTH
def test_the_speaker_as_a_role_resolves_to_the_person_given_it(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "House Speaker Marta Quill rejected the plan on Monday.\n\n"
        '"You cannot end the ferry service by decree," the House speaker said.'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Marta Quill"
