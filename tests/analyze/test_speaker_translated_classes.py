"""Classes of speaker errors found on international coverage (statements made in other
languages, ministers of two countries in one dispute; stories of Asian events that
return to the person they opened with) and on British tabloids, one rule per test, in hand-written, fictional
sentences:

1. a role owned by a place ("Ethiopia's water minister said") is the person the
   article gave that role beside that place's name ("Ethiopian Water Minister Tesfaye
   Bekele", "Tesfaye Bekele, Ethiopia's water minister,"), never another country's
   holder of the same office named before; with nobody so named, the speaker stays as
   written;
2. a person a sentence opens with as its topic ("For Mr. Pradhan, who earns …, the
   money is beside the point.") is whom a "he" of the next sentences is, not the last
   expert quoted before that sentence;
3. a Korean surname that is an English word, written first ("Park Min-jun"), is a
   person's, and so is "Mr. Park" after it;
4. a given name alone after "said" with a person's appositive ("said Tatyana, a
   pensioner in Narva") is a person whatever the tagger called it, so the "she" after
   it is her;
5. Indian English writes the chief minister "the CM" and the district magistrate "the
   DM": roles held by the person the article gave them, not organisations;
6. a British tabloid's single-quoted passage over paragraphs (each paragraph reopens
   the quote, only the last closes it) is the speaker's throughout;
7. an unnamed person who asked not to be named and told a paper "he had lost" money
   ("Another, a retired bus driver who asked not to be named, told the Ledger he had
   lost £71,000") is the "he" of the quote after it: nobody named, not the judge named
   before;
8. a shipowner the tagger calls a person ("Kallisto Maritime") is the company that
   "the company said" is.

The speaker tests run with the model (the tagger's labels and the parse are part of
each case).
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.quotes import find_quotes


def _said(make_parsed: MakeParsed, text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(make_parsed(text))]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Egypt's water minister, Hisham Saleh, has accused Ethiopia of stalling the "
            'talks. "We negotiated in good faith for years," he said.\n\n'
            "Ethiopia's water minister said his country had every right to use "
            '"its own resources for the development of its people".',
            "Ethiopia's water minister",
        ),
        (
            "Egypt's water minister, Hisham Saleh, has accused Ethiopia of stalling the "
            "talks. Ethiopian Water Minister Tesfaye Bekele rejected the charge.\n\n"
            "Ethiopia's water minister said his country had every right to use "
            '"its own resources for the development of its people".',
            "Tesfaye Bekele",
        ),
        (
            "Talks broke down on Monday. Tesfaye Bekele, Ethiopia's water minister, "
            "flew home the same night.\n\n"
            "Ethiopia's water minister said his country had every right to use "
            '"its own resources for the development of its people".',
            "Tesfaye Bekele",
        ),
    ],
)
def test_a_place_owned_role_is_that_place_holder(
    make_parsed: MakeParsed, text: str, speaker: str
) -> None:
    assert _said(make_parsed, text)[-1] == speaker


@pytest.mark.model
def test_a_fronted_topic_is_the_he_of_the_next_sentences(make_parsed: MakeParsed) -> None:
    text = (
        "Ravi Pradhan, a steel fixer, saw the span fall on Sunday.\n\n"
        '"The cracks were there for months," said Dr. Mohan Iyer, a retired engineer.\n\n'
        "For Mr. Pradhan, who earns about 600 rupees a day, the money is beside the "
        'point.\n\n"They will build it again," he said.'
    )
    assert _said(make_parsed, text) == ["Mohan Iyer", "Ravi Pradhan"]
    # another person named in the topic's sentence may be the "he" (a reviewer's case)
    text = (
        "For Mr. Verma, the defeat was humiliating, according to his former aide, Sunil "
        'Rao.\n\n"I told him this would happen," he said.'
    )
    assert _said(make_parsed, text) != ["Verma"]


@pytest.mark.model
def test_a_korean_surname_that_is_a_word_is_still_a_name(make_parsed: MakeParsed) -> None:
    text = (
        "The prosecutor leading the case, Park Min-jun, said the funds had moved through "
        'companies abroad.\n\n"We have secured evidence of it," Mr. Park said on Tuesday.'
    )
    assert _said(make_parsed, text) == ["Park Min-jun"]


@pytest.mark.model
def test_a_given_name_alone_with_a_persons_appositive_is_a_person(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Estonia's foreign minister, Kadri Lepp, said the decision changed nothing.\n\n"
        '"Every time the politicians argue, it is us who pay," said Tatyana, a pensioner '
        "in Narva who crosses regularly to visit her sister. Speaking in Russian, she "
        'described the waits at the border post. "Before, it took twenty minutes."'
    )
    assert _said(make_parsed, text)[-1] == "Tatyana"


@pytest.mark.model
def test_the_cm_and_the_dm_are_the_people_given_those_offices(make_parsed: MakeParsed) -> None:
    text = (
        "Rampur DM Anil Verma said rescue teams were searching the river. "
        '"Three bodies have been recovered," the DM said.\n\n'
        "Chief Minister Sunita Rawat announced an inquiry. "
        '"Those found guilty will not be spared," the CM said in a statement.'
    )
    assert _said(make_parsed, text) == ["Anil Verma", "Sunita Rawat"]


@pytest.mark.model
def test_a_tabloid_single_quoted_passage_over_paragraphs(make_parsed: MakeParsed) -> None:
    text = (
        "Her devastated husband Tom Vale said last night: 'Ada has spent her whole life "
        "looking after other people. Now it's our turn to look after her.\n\n"
        "'To whoever stopped to help her on that road, we will never be able to thank you "
        "enough.'\n\nThe road was closed for six hours."
    )
    assert _said(make_parsed, text) == ["Tom Vale", "Tom Vale"]


@pytest.mark.model
def test_an_unnamed_reporter_is_the_he_after_it(make_parsed: MakeParsed) -> None:
    text = (
        "Judge Alison Pryor told Pellow he had preyed on the trust of his clients.\n\n"
        "Another, a retired bus driver from Maidstone who asked not to be named, told the "
        'Ledger he had lost £71,000.\n\n"That was our funeral money," he said.'
    )
    assert _said(make_parsed, text) == [None]
    # without the anonymity formula the "she" of a report is whom it is about
    text = (
        "Dora Vance, the pin-up model, had been admitted to hospital with pneumonia.\n\n"
        "A representative said she never recovered consciousness.\n\n"
        '"I don\'t want to be photographed in my old age," she said in 1998.'
    )
    assert _said(make_parsed, text) == ["Dora Vance"]


@pytest.mark.model
def test_a_shipowner_tagged_a_person_is_the_company(make_parsed: MakeParsed) -> None:
    text = (
        "The Revolutionary Guards said the tanker had attempted to flee.\n\n"
        "Kallisto Maritime said it had not been able to contact the crew since Monday.\n\n"
        '"We are in contact with the relevant authorities," the company said.'
    )
    assert _said(make_parsed, text)[-1] == "Kallisto Maritime"
