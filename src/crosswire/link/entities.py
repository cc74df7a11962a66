"""Entity resolution within one story: mentions from many articles -> entities.

First version (precision first: a wrong merge puts words in the wrong mouth):

1. mentions with the same loose key (case, articles, possessives ignored) merge;
2. a one-word person name, or a title plus one word ("Ms Okafor"), merges into
   the only multi-word person entity ending in that word;
3. an all-capitals acronym merges into the only organisation whose initials
   it spells ("RCF" -> "Rapid Coastal Force").

Transliteration variants across outlets are the cross-source linking issue's work.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable

from ..model import Entity, Mention, SpanRef
from .stories import entity_key

KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "facility",
    "EVENT": "event",
}
TITLES = frozenset(
    "mr mrs ms miss dr prof gen general col colonel lt capt captain maj major sgt sheikh "
    "governor gov president minister mayor commander spokesman spokeswoman judge".split()
)
_STOP = frozenset({"of", "the", "and", "for", "al", "el"})


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in _STOP]
    return "".join(w[0] for w in words).upper()


def _surname_form(key: str) -> str | None:
    words = key.split()
    if len(words) == 1:
        return words[0]
    if len(words) == 2 and words[0].rstrip(".") in TITLES:
        return words[1]
    return None


def resolve_entities(mentions: Iterable[Mention]) -> list[Entity]:
    """Cluster a story's entity mentions into entities (see module docstring)."""
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        kind = KINDS.get(m.label)
        if kind is None:
            continue
        key = entity_key(m.text)
        if len(key) < 2:
            continue
        groups[(kind, key)].append(m)

    parent: dict[tuple[str, str], tuple[str, str]] = {g: g for g in groups}

    def find(g: tuple[str, str]) -> tuple[str, str]:
        while parent[g] != g:
            g = parent[g]
        return g

    persons = [g for g in groups if g[0] == "person" and _surname_form(g[1]) is None]
    for g in groups:
        if g[0] != "person":
            continue
        short = _surname_form(g[1])
        if short is None:
            continue
        targets = {find(p) for p in persons if p != g and p[1].split()[-1] == short}
        if len(targets) == 1:
            parent[find(g)] = targets.pop()

    orgs = [g for g in groups if g[0] in ("organisation", "group") and len(g[1].split()) > 1]
    for g in groups:
        surface = groups[g][0].text.strip()
        if g[0] in ("organisation", "group") and surface.isupper() and 2 <= len(surface) <= 6:
            targets = {find(o) for o in orgs if _initials(groups[o][0].text) == surface}
            if len(targets) == 1:
                parent[find(g)] = targets.pop()

    merged: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for g, ms in groups.items():
        merged[find(g)].extend(ms)

    entities = []
    for (kind, _), ms in merged.items():
        ms.sort(key=lambda m: (m.article, m.start))
        variants = sorted({m.text for m in ms}, key=lambda v: (-len(v.split()), -len(v), v))
        name = variants[0]
        eid = "e" + hashlib.sha256(f"{kind}:{entity_key(name)}".encode()).hexdigest()[:10]
        entities.append(
            Entity(
                id=eid,
                name=name,
                kind=kind,
                variants=tuple(variants),
                mentions=tuple(SpanRef(m.article, m.start, m.end, m.text) for m in ms),
            )
        )
    entities.sort(key=lambda e: (-len({m.article for m in e.mentions}), -len(e.mentions), e.name))
    return entities


def entity_lookup(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Map every variant's loose key to its entity (for speakers and credits)."""
    out: dict[str, Entity] = {}
    for e in entities:
        for v in e.variants:
            out.setdefault(entity_key(v), e)
    return out
