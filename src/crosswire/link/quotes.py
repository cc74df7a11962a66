"""Quote alignment: renderings of the same statement across articles.

First version: two quotes are one statement when they have the same speaker
(resolved to the same entity, or the same loose name) and their words overlap
strongly (one contains most of the other's words, as a shorter outlet's
fragment does).  Quotes by different speakers are never aligned.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ..model import Entity, Quote, QuoteGroup
from .entities import EntityIndex
from .stories import entity_key
from .text import containment, words

MIN_CONTAINMENT = 0.6


def _speaker_entity(q: Quote, index: EntityIndex) -> Entity | None:
    return index.find(q.speaker, q.article)


def align_quotes(quotes: Sequence[Quote], index: EntityIndex) -> list[QuoteGroup]:
    groups: list[tuple[str | None, list[Quote], set[str]]] = []
    for q in sorted(quotes, key=lambda q: (q.article, q.start)):
        ent = _speaker_entity(q, index)
        skey = ent.id if ent else (entity_key(q.speaker) if q.speaker else None)
        qwords = set(words(q.text))
        target = None
        if skey is not None:
            for g in groups:
                if g[0] == skey and containment(qwords, g[2]) >= MIN_CONTAINMENT:
                    target = g
                    break
        if target is None:
            groups.append((skey, [q], qwords))
        else:
            target[1].append(q)
            target[2].update(qwords)
    out = []
    for _skey, members, _ in groups:
        first = members[0]
        ent = _speaker_entity(first, index)
        gid = "q" + hashlib.sha256(f"{first.article}:{first.start}".encode()).hexdigest()[:10]
        out.append(
            QuoteGroup(
                id=gid,
                speaker_name=ent.name if ent else first.speaker,
                speaker_entity=ent.id if ent else None,
                renderings=tuple(members),
            )
        )
    out.sort(key=lambda g: (-len({r.article for r in g.renderings}), g.id))
    return out
