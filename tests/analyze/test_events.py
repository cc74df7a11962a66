"""The lead's event keys (analyze/events.py), on hand-built parses: no model loads."""

from __future__ import annotations

from crosswire.analyze.events import Tok, event_keys


def _toks(
    rows: list[tuple[str, str, str, str, int, str]], sent: int = 0, base: int = 0
) -> list[Tok]:
    """(text, lemma, pos, dep, head, entity label with B-/I-) per token."""
    out = []
    for i, (text, lemma, pos, dep, head, ent) in enumerate(rows):
        label = ent[2:] if ent else ""
        out.append(
            Tok(base + i, text, lemma, pos, dep, base + head, label, ent.startswith("B"), sent)
        )
    return out


# "A strong earthquake struck Veltmark on Tuesday in 2031."
QUAKE = [
    ("A", "a", "DET", "det", 2, ""),
    ("strong", "strong", "ADJ", "amod", 2, ""),
    ("earthquake", "earthquake", "NOUN", "nsubj", 3, ""),
    ("struck", "strike", "VERB", "ROOT", 3, ""),
    ("Veltmark", "Veltmark", "PROPN", "dobj", 3, "B-GPE"),
    ("in", "in", "ADP", "prep", 3, ""),
    ("2031", "2031", "NUM", "pobj", 5, "B-DATE"),
    (".", ".", "PUNCT", "punct", 3, ""),
]

# "Police said Dorn Abelard was arrested by the Grelmont guard."
ARREST = [
    ("Police", "police", "NOUN", "nsubj", 1, ""),
    ("said", "say", "VERB", "ROOT", 1, ""),
    ("Dorn", "Dorn", "PROPN", "compound", 3, "B-PERSON"),
    ("Abelard", "Abelard", "PROPN", "nsubjpass", 5, "I-PERSON"),
    ("was", "be", "AUX", "auxpass", 5, ""),
    ("arrested", "arrest", "VERB", "ccomp", 1, ""),
    ("by", "by", "ADP", "agent", 5, ""),
    ("the", "the", "DET", "det", 9, ""),
    ("Grelmont", "Grelmont", "PROPN", "compound", 9, "B-ORG"),
    ("guard", "guard", "PROPN", "pobj", 6, "I-ORG"),
    (".", ".", "PUNCT", "punct", 1, ""),
]


def test_the_predicate_its_noun_the_place_and_the_year() -> None:
    keys = event_keys(_toks(QUAKE))
    assert keys == ("l:veltmark", "n:earthquake", "o:veltmark", "p:strike", "y:2031")


def test_reporting_verbs_are_looked_through_and_roles_kept() -> None:
    keys = set(event_keys(_toks(ARREST)))
    assert "p:arrest" in keys and "p:say" not in keys
    assert "o:dorn abelard" in keys  # the passive subject is the patient
    assert "a:grelmont guard" in keys  # "by" gives the agent


def test_sentences_are_read_separately() -> None:
    toks = _toks(QUAKE) + _toks(ARREST, sent=1, base=len(QUAKE))
    keys = set(event_keys(toks))
    assert {"p:strike", "p:arrest"} <= keys


def test_no_tokens_no_keys() -> None:
    assert event_keys([]) == ()


def test_a_known_town_tagged_an_organisation_after_in_is_a_place() -> None:
    # "Passengers in Bristol faced delays." (the model tags Bristol ORG, for its club)
    def lead(town: str, prep: str = "in") -> list[Tok]:
        return _toks(
            [
                ("Passengers", "passenger", "NOUN", "nsubj", 3, ""),
                (prep, prep, "ADP", "prep", 0, ""),
                (town, town, "PROPN", "pobj", 1, "B-ORG"),
                ("faced", "face", "VERB", "ROOT", 3, ""),
                ("delays", "delay", "NOUN", "dobj", 3, ""),
            ]
        )

    assert "l:bristol" in event_keys(lead("Bristol"))
    assert not any(k.startswith("l:") for k in event_keys(lead("Veltrix")))  # no known town
    assert not any(k.startswith("l:") for k in event_keys(lead("Bristol", "of")))
