from __future__ import annotations

from crosswire.link.entities import EntityIndex, resolve_entities
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


def test_transliterations_across_outlets_merge_but_near_namesake_does_not() -> None:
    ents = resolve_entities(
        [
            _m("a1", "Muhammad al-Qahtani"),
            _m("a2", "Mohamed el-Kahtani"),
            _m("a3", "Mohammed Al-Qahtany"),
            _m("a3", "Mohammed al-Qasimi", start=50),
            _m("a4", "al-Qahtani"),
        ]
    )
    people = {e.name: set(e.variants) for e in ents if e.kind == "person"}
    spokesman = next(v for v in people.values() if "Mohamed el-Kahtani" in v)
    assert spokesman == {
        "Muhammad al-Qahtani",
        "Mohamed el-Kahtani",
        "Mohammed Al-Qahtany",
        "al-Qahtani",
    }
    assert {"Mohammed al-Qasimi"} in people.values()


def test_two_spellings_in_one_article_stay_two_people() -> None:
    ents = resolve_entities([_m("a1", "Hasan Nasser"), _m("a1", "Hassan Nasser", start=40)])
    assert len(ents) == 2


def test_short_form_prefers_the_full_name_in_its_own_article() -> None:
    ents = resolve_entities(
        [
            _m("a1", "Adaeze Okafor"),
            _m("a2", "Chidi Okafor"),
            _m("a2", "Okafor", start=30),
        ]
    )
    chidi = next(e for e in ents if e.name == "Chidi Okafor")
    assert "Okafor" in chidi.variants


def test_entity_index_finds_speakers_by_short_form_and_transliteration() -> None:
    ents = resolve_entities([_m("a1", "Adaeze Okafor"), _m("a2", "Muhammad al-Qahtani")])
    index = EntityIndex(ents)
    found = index.find("Okafor", "a9")
    assert found is not None and found.name == "Adaeze Okafor"
    found = index.find("Mohamed el-Kahtani", "a9")
    assert found is not None and found.name == "Muhammad al-Qahtani"
    assert index.find("Mohammed al-Qasimi", "a9") is None


def test_acronym_defined_in_the_text_is_an_alias() -> None:
    text = "Fighters of the Forces Democratiques de Liberation (FDLR) crossed. The FDLR said so."
    s = text.index("Forces")
    full = Mention(
        "a1",
        s,
        s + len("Forces Democratiques de Liberation"),
        "Forces Democratiques de Liberation",
        "ORG",
    )
    t = text.index("The FDLR") + 4
    acr = Mention("a1", t, t + 4, "FDLR", "ORG")
    ents = resolve_entities([full, acr], {"a1": text})
    assert len(ents) == 1 and set(ents[0].variants) == {full.text, "FDLR"}


def test_country_short_forms_merge_into_the_full_name() -> None:
    ents = resolve_entities(
        [
            _m("a1", "Democratic Republic of the Congo", "GPE"),
            _m("a2", "DRC", "GPE"),
            _m("a3", "DR Congo", "GPE"),
            _m("a3", "Congo", "GPE", start=50),
        ]
    )
    names = {e.name: set(e.variants) for e in ents}
    assert names["Democratic Republic of the Congo"] == {
        "Democratic Republic of the Congo",
        "DRC",
        "DR Congo",
    }
    # "Congo" alone could be either Congo: it is not merged by initials
    assert "Congo" in names


def test_an_acronym_that_two_names_spell_stays_apart() -> None:
    ents = resolve_entities(
        [
            _m("a1", "Rapid Support Forces", "ORG"),
            _m("a2", "Regional Security Force", "ORG"),
            _m("a3", "RSF", "ORG"),
        ]
    )
    assert {"RSF"} in [set(e.variants) for e in ents]
