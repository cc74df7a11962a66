"""Known organisations: one key for every name of a group, one ORG span for each name."""

from __future__ import annotations

import pytest

from crosswire.analyze.events import name_key
from crosswire.analyze.known_orgs import KNOWN_ORGS, add_known_orgs, canonical_key
from crosswire.link.entities import resolve_entities
from crosswire.model import Mention


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ISIL", "islamic state"),
        ("the Islamic State of Iraq and the Levant", "islamic state"),
        ("Daesh's", "islamic state"),
        ("Al Qaida", "al qaeda"),
        ("al-Qa'ida", "al qaeda"),
        ("Hizbullah", "hezbollah"),
        ("The Huffington Post", "huffpost"),
        ("the House GOP", "house republicans"),
        ("Senate GOP", "senate republicans"),
    ],
)
def test_every_name_of_a_known_group_has_one_key(name: str, key: str) -> None:
    assert name_key(name) == key


def test_other_names_keep_their_own_key() -> None:
    assert name_key("the Vale Islamic Society") == "vale islamic society"
    assert name_key("Isis Okafor") == "isis okafor"  # a given name, not the acronym
    assert name_key("Isis") == "isis"  # an acronym counts only in capitals
    assert name_key("ISIS's") == "islamic state"
    assert canonical_key("gop primary") == "gop primary"
    assert canonical_key("state") == "state"


def test_no_listed_name_belongs_to_two_groups() -> None:
    seen: dict[str, str] = {}
    for canonical, others in KNOWN_ORGS.items():
        for name in (canonical, *others):
            key = name_key(name)
            assert seen.setdefault(key, canonical) == canonical, name


def test_names_of_one_group_across_outlets_are_one_entity() -> None:
    ms = [
        Mention("a1", 0, 3, "ISIS", "ORG"),
        Mention("a2", 10, 27, "the Islamic State", "ORG"),
        Mention("a3", 5, 10, "Daesh", "ORG"),
        Mention("a3", 30, 38, "al-Qaida", "ORG"),
        Mention("a1", 40, 48, "al Qaeda", "ORG"),
    ]
    groups = sorted(sorted(m.text for m in e.mentions) for e in resolve_entities(ms))
    assert groups == [["Daesh", "ISIS", "the Islamic State"], ["al Qaeda", "al-Qaida"]]


@pytest.mark.model
def test_the_pipeline_tags_each_listed_name_as_one_org(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Fighters loyal to the Islamic State clashed with Hay'at Tahrir al-Sham near the "
        "border. ISIL denied it. "
        "Isis Okafor, a teacher, watched. They want an Islamic state, Al Qaida says."
    )
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "Islamic State" in orgs
    assert "Hay'at Tahrir al-Sham" in orgs
    assert "ISIL" in orgs
    assert "Isis" not in orgs  # the acronym only as written
    assert "Al Qaida" in orgs
    assert "Islamic state" not in orgs  # a capitalised word of a name must be capitalised
    assert "known_orgs" in nlp.pipe_names
    add_known_orgs(nlp)  # a second call adds nothing
    assert nlp.pipe_names.count("known_orgs") == 1
