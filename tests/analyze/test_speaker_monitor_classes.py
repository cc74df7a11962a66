"""Classes of speaker errors found by a hand audit of quotes in real security and
disaster coverage (several outlets per event), one rule per test, in hand-written,
fictional sentences:

1. an honorific after a given name is part of the name ("Hassan Sheikh Mohamud", a
   Somali name), while before the given name it is a title ("Sheikh Tamim").

All run with the model (the tagger's labels and the parse are part of each case).
"""

from __future__ import annotations

from parse_modes import MakeParsed

from crosswire.analyze.quotes import find_quotes


def _said(make_parsed: MakeParsed, text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:24], q.speaker) for q in find_quotes(make_parsed(text))]


def test_an_honorific_after_a_given_name_is_part_of_the_name(make_parsed: MakeParsed) -> None:
    text = (
        "President Hassan Sheikh Abdi offered his condolences. “The attack shows the "
        "brutality of the attackers,” he said.\n\n"
        "“We stand with Velmor,” said Emir Sheikh Tamim bin Khalid."
    )
    assert _said(make_parsed, text) == [
        ("The attack shows the bru", "Hassan Sheikh Abdi"),
        ("We stand with Velmor", "Tamim bin Khalid"),
    ]
