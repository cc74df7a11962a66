"""Classes of speaker errors found on international coverage of statements made in
other languages (ministers of two countries in one dispute, statements read on
television or posted online), one rule per test, in hand-written, fictional
sentences:

1. a role owned by a place ("Ethiopia's water minister said") is the person the
   article gave that role beside that place's name ("Ethiopian Water Minister Tesfaye
   Bekele", "Tesfaye Bekele, Ethiopia's water minister,"), never another country's
   holder of the same office named before; with nobody so named, the speaker stays as
   written.

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
