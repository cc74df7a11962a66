from __future__ import annotations

from crosswire.link.entities import resolve_entities
from crosswire.model import Mention


def _m(article: str, text: str, label: str = "PERSON", start: int = 0) -> Mention:
    return Mention(article, start, start + len(text), text, label)


def test_surname_and_title_forms_merge_into_the_full_name() -> None:
    ents = resolve_entities(
        [_m("a1", "Adaeze Okafor"), _m("a1", "Okafor", start=40), _m("a2", "Ms Okafor")]
    )
    people = [e for e in ents if e.kind == "person"]
    assert len(people) == 1
    assert people[0].name == "Adaeze Okafor"
    assert set(people[0].variants) == {"Adaeze Okafor", "Okafor", "Ms Okafor"}


def test_ambiguous_surname_stays_separate() -> None:
    ents = resolve_entities(
        [_m("a1", "Adaeze Okafor"), _m("a1", "Chidi Okafor", start=30), _m("a2", "Okafor")]
    )
    assert len([e for e in ents if e.kind == "person"]) == 3


def test_acronym_merges_into_the_organisation_it_spells() -> None:
    ents = resolve_entities(
        [_m("a1", "Rapid Coastal Force", "ORG"), _m("a2", "RCF", "ORG"), _m("a2", "RSF", "ORG")]
    )
    names = {e.name: set(e.variants) for e in ents}
    assert names["Rapid Coastal Force"] == {"Rapid Coastal Force", "RCF"}
    assert names["RSF"] == {"RSF"}


def test_different_people_with_different_names_never_merge() -> None:
    ents = resolve_entities([_m("a1", "Muhammad al-Qahtani"), _m("a2", "Mohammed al-Qasimi")])
    assert len(ents) == 2
