"""Organisations news calls by several names: one key for all, and one NER label.

Armed and extremist groups are written many ways across outlets: an English
name, an Arabic acronym, an English one, a transliteration ("the Islamic State",
"ISIS", "ISIL", "Daesh"; "al-Qaeda", "al-Qaida"; "Hezbollah", "Hizbullah").
Neither the spelling rules of ``link.names`` (made for people) nor the acronym
rule of ``link.entities`` (the initials of a name the article spells out) can
join these, and the small English spaCy model tags some of them badly ("Islamic"
NORP for "the Islamic State", "Tahrir al-Sham" PERSON, "ISIL" PRODUCT).

``KNOWN_ORGS`` lists such organisations by a canonical name with the other names
they go by in English-language news.  The names are public facts (each group's
Wikipedia article lists them); a name is listed only when it means nothing else
in news text ("IS" and "HTS" are left out: a verb, and a tariff schedule).

* :func:`canonical_key` maps an entity key (``events.name_key``) of any listed
  name to the canonical name's key, so that every stage that compares entity
  keys (entity resolution, story linking) sees one organisation; an acronym only
  as written in capitals ("ISIS", not the name "Isis"); "GOP" inside a chamber's
  name ("the House GOP") reads "Republicans" (``mentions`` joins "House" and
  "Republicans", which the model tags apart, into one ORG).
* :func:`add_known_orgs` puts an ``entity_ruler`` before spaCy's ``ner`` that
  tags each listed name as ORG, one span: case-blind, but a word the list
  capitalises must be capitalised in the text ("al Qaida", "AL-QAEDA"; not "an
  Islamic state").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

KNOWN_ORGS: dict[str, tuple[str, ...]] = {
    "Islamic State": (
        "Islamic State group",
        "Islamic State of Iraq and Syria",
        "Islamic State in Iraq and Syria",
        "Islamic State of Iraq and the Levant",
        "Islamic State in Iraq and the Levant",
        "Islamic State of Iraq and al-Sham",
        "ISIS",
        "ISIL",
        "Daesh",
        "Da'esh",
        "Daish",
    ),
    "al-Qaeda": ("al-Qaida", "al-Qa'ida", "al-Qa’ida", "Qaeda"),
    "al-Qaeda in the Arabian Peninsula": ("al-Qaida in the Arabian Peninsula", "AQAP"),
    "al-Qaeda in the Islamic Maghreb": ("al-Qaida in the Islamic Maghreb", "AQIM"),
    "Hezbollah": ("Hizbollah", "Hizbullah", "Hizballah"),
    "al-Shabaab": ("al-Shabab",),
    "Boko Haram": (),
    "Hayat Tahrir al-Sham": ("Hay'at Tahrir al-Sham", "Hay’at Tahrir al-Sham", "Tahrir al-Sham"),
    "Nusra Front": ("al-Nusra Front", "Jabhat al-Nusra"),
    "Kurdistan Workers' Party": ("Kurdistan Workers Party", "PKK"),
    "HuffPost": ("Huffington Post",),
    "Republican Party": ("GOP",),
}
"""Canonical name -> the other names it goes by."""


CHAMBERS = ("House", "Senate")
"""Chambers whose party caucus is a name of its own ("House Republicans", "Senate GOP":
``mentions`` joins them into one ORG; "GOP" there is "Republicans")."""


def _fold(key: str) -> str:
    """A key with hyphens as spaces and no apostrophes ("al-qa'ida" -> "al qaida")."""
    return " ".join(re.sub(r"['’]", "", key).replace("-", " ").split())


def _key(name: str) -> str:
    from .events import loose_name_key  # events imports this module

    return _fold(loose_name_key(name))


@functools.cache
def _aliases() -> dict[str, str]:
    """Folded key of every listed name -> its canonical key ("al Qaeda" and "al-Qaeda"
    fold alike), and a chamber's "GOP" -> its "Republicans"."""
    out = {_key(name): _key(canonical) for canonical, others in KNOWN_ORGS.items()
           for name in (canonical, *others)}  # fmt: skip
    for chamber in CHAMBERS:
        out[_key(f"{chamber} GOP")] = _key(f"{chamber} Republicans")
    return out


_ACRONYMS = frozenset(
    name.casefold() for names in KNOWN_ORGS.values() for name in names if name.isupper()
)


def canonical_key(key: str, capitals: bool = True) -> str:
    """The canonical key of a listed organisation's key, else ``key`` unchanged
    ("isil" -> "islamic state", "house gop" -> "house republicans").  A listed acronym
    counts only when the name is written in ``capitals`` ("ISIS", not "Isis")."""
    folded = _fold(key)
    if folded in _ACRONYMS and not capitals:
        return key
    return _aliases().get(folded, key)


def add_known_orgs(nlp: Language) -> None:
    """Tag the listed names as ORG before spaCy's ``ner`` runs (once; a pipeline
    without ``ner`` is left alone)."""
    if "ner" not in nlp.pipe_names or "known_orgs" in nlp.pipe_names:
        return
    ruler: Any = nlp.add_pipe(
        "entity_ruler",
        name="known_orgs",
        before="ner",
        config={"validate": True},
    )
    patterns: list[dict[str, Any]] = []
    for canonical, others in KNOWN_ORGS.items():
        for name in (canonical, *others):
            if name.isupper():  # an acronym: only as written ("ISIS", not "Isis")
                patterns.append({"label": "ORG", "pattern": [{"ORTH": name}]})
                continue
            for form in sorted({name, name.replace("-", " ")}):  # "al-Qaeda", "al Qaeda"
                words: list[dict[str, Any]] = []
                for t in nlp.make_doc(form):
                    word: dict[str, Any] = {"LOWER": t.lower_}
                    if t.text[:1].isupper():
                        word["TEXT"] = {"REGEX": r"^[A-Z]"}  # "Islamic State", not "state"
                    words.append(word)
                patterns.append({"label": "ORG", "pattern": words})
    ruler.add_patterns(patterns)
