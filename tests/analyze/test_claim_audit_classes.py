"""Classes of false claims found by a hand audit of the claims on web news pages and
old newswire no rule was written on, one rule per test, in hand-written, fictional
sentences:

1. digits that are part of a name are no count: right after a name's word ("the
   Velcor 737", "the iPhone 11 Pro", "Windows 10") or before a model's word ("its 737
   Max jets"); a count of people named by a nationality ("40 Velmoran soldiers") and a
   figure after "About" or "Nearly" stay figures;
2. a time anchor is no length: "Two days after clinching the title", "with 55 seconds
   left", "less than 100 days away"; "lasted 35 days" and "battled the fire for nearly
   eight hours before it was out" stay lengths, and so does a window ("in the past
   twenty years": the gold counts it);
3. a picture's resolution class ("4K", "8K") is no count of thousands.
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.numbers import find_claims


def _claims(make_parsed: MakeParsed, text: str) -> list[str]:
    return [c.text for c in find_claims(make_parsed(text, model=True))]


# (sentence, the claims found in it), grouped by the class of the module docstring
CLAIMS_BY_SENTENCE = [
    # 1. digits of a name
    ("Velcor has delivered 40 of its 737 Max jets this year.", ["40"]),
    ("The iPhone 11 Pro costs $999 in Orlin.", ["$999"]),
    ("Windows 10 runs on 400 million devices.", ["400 million devices"]),
    ("Police said 40 Pakistani soldiers were killed near Orlin.", ["40 Pakistani soldiers"]),
    ("Nearly 300 people were evacuated from Orlin.", ["Nearly 300 people"]),
    # a capitalised word opening the sentence, or a name after the count, is no model
    ("While 40 senators voted for the Orlin bill, the rest stayed away.", ["40 senators"]),
    ("The Pentagon sent 300 Air Force personnel to Orlin.", ["300 Air Force personnel"]),
    # 2. a time anchor
    ("Two days after clinching the title, the Orlin club fired its coach.", []),
    ("Okafor scored with 55 seconds left in the game.", []),
    ("The first votes in Velmora are less than 100 days away.", []),
    ("Activism has grown across Velmora over the past two years.", ["two years"]),
    ("The Orlin shutdown lasted 35 days.", ["35 days"]),
    (
        "Firefighters battled the Orlin blaze for nearly eight hours before it was out.",
        ["nearly eight hours"],
    ),
    ("Okafor was sentenced to 20 years after pleading guilty.", ["20 years"]),
    ("Tallis served 12 years before retiring from the Orlin council.", ["12 years"]),
    # 3. a resolution class (a cross-outlet dossier audit: "4K streaming" and "4K output"
    # agreed as 4,000 items)
    ("The Velcor stick streams in 4K resolution to 12 million homes.", ["12 million homes"]),
    ("Its 8K TV costs $3,000 in Orlin.", ["$3,000"]),
    ("The Orlin plant made 2K units last week.", ["2K units"]),
    ("About 8K people marched through Orlin.", ["About 8K people"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CLAIMS_BY_SENTENCE)
def test_the_claims_of_a_sentence(make_parsed: MakeParsed, text: str, expected: list[str]) -> None:
    assert _claims(make_parsed, text) == expected
