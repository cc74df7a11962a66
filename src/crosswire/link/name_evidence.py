"""Attested spellings of Arabic names, as evidence for the name matcher.

Rules on consonant skeletons miss true variants whose letters differ
("Daoud"/"Dawood") and merge different names that differ in a vowel
("Saad"/"Said").  Wikidata records which Latin spellings are used for which
Arabic name; the ``arabic-name-romanizer`` package (MIT code, CC0 data) ships
that table, and ``bench/build_name_evidence.py`` reduces it to
``name_evidence.json.gz`` beside this module: each well-attested spelling of
one name part with the Arabic names it is written for.

``NameEvidence.same(a, b)``: True when two spellings are attested for one
Arabic name, False when both are attested (well) only for different names,
None when the table does not know.  The matcher (``names.same_part``) asks it
before its own rules.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources

FILE = "name_evidence.json.gz"


class NameEvidence:
    """Folded spelling -> the Arabic names (group ids) it is attested for."""

    def __init__(self, groups: Mapping[str, frozenset[int]]) -> None:
        self.groups = groups

    def same(self, a: str, b: str) -> bool | None:
        ga, gb = self.groups.get(a), self.groups.get(b)
        if not ga or not gb:
            return None
        return bool(ga & gb)


@cache
def load_evidence() -> NameEvidence:
    """The table shipped with crosswire (empty when the file is missing)."""
    ref = resources.files(__package__).joinpath(FILE)
    if not ref.is_file():
        return NameEvidence({})
    data = json.loads(gzip.decompress(ref.read_bytes()).decode("utf-8"))
    return NameEvidence({k: frozenset(v) for k, v in data["spellings"].items()})
