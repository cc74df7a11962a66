"""Quote alignment: renderings of the same statement across articles.

Quotes are compared only within one speaker (the same merged entity, or the
same name when the speaker is no known entity): two quotes by different
speakers are never aligned, however alike their words ("This attack is a
message…" said by the governor is not the spokesman's "This operation is a
message…").  Quotes without a speaker align only when they are near-verbatim.

Within a speaker, two renderings are one statement when

* one's content words are (almost) all in the other (``MIN_CONTAINMENT``): a
  shorter outlet's fragment ("only the beginning") of a longer rendering; or
* their meaning is close: the best cosine between the multilingual sentence
  encoder's vectors of their clauses reaches ``MIN_COSINE`` (differently
  translated renderings: "a message to everyone who profits from the
  occupation of our coast" / "a letter to all who grow rich from occupying our
  shores"; the encoder also matches translations into other languages).

A quote without a speaker joins a speaker's statement only when its words
are a verbatim run of that speaker's rendering and of no other speaker's
(``_attach_unattributed``).

Groups are formed by single link.  ``MIN_COSINE`` was set on the demo corpus,
clause against clause: differently translated renderings of one statement
scored 0.83–0.86, different statements of the same speaker at most 0.49.  It
is a development setting, not a measured optimum on real data.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from ..model import Entity, Quote, QuoteGroup
from .entities import EntityIndex
from .stories import entity_key
from .text import words

MIN_CONTAINMENT = 0.8
MIN_COSINE = 0.6
MIN_CONTENT_WORDS = 2
MIN_FRAGMENT_WORDS = 3
_CLAUSE_RE = re.compile(r"[.;:!?—–]+|,\s+(?:and|but|so)\s+")
_FUNCTION = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being
    it its this that these those we our you your they their he his she her i me my us them who
    which what when where will would can could shall should not no do does did have has had
    all any""".split()
)


class SentenceEncoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in _FUNCTION)


def clauses(text: str) -> list[str]:
    """The quote and its clauses of four words or more (what the encoder compares)."""
    parts = [p.strip() for p in _CLAUSE_RE.split(text) if len(p.split()) >= 4]
    return [text, *parts] if len(parts) > 1 else [text]


def _contained(a: frozenset[str], b: frozenset[str]) -> bool:
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < MIN_CONTENT_WORDS:
        return False
    return len(small & big) / len(small) >= MIN_CONTAINMENT


def _speaker_key(q: Quote, index: EntityIndex) -> tuple[str | None, Entity | None]:
    ent = index.find(q.speaker, q.article)
    if ent is not None:
        return ent.id, ent
    return (entity_key(q.speaker) if q.speaker else None), None


def _link_by_meaning(
    quotes: list[Quote],
    ids: list[int],
    encoder: SentenceEncoder,
    parent: list[int],
    find: Callable[[int], int],
) -> None:
    """Union quotes (one speaker's) whose best clause-to-clause cosine reaches MIN_COSINE."""
    texts: list[str] = []
    owner: list[int] = []
    for k, q in enumerate(quotes):
        for c in clauses(q.text):
            texts.append(c)
            owner.append(k)
    mat = encoder.encode(texts)
    starts = np.flatnonzero(np.r_[True, np.diff(owner) != 0])
    ends = [*starts[1:], len(texts)]
    for k in range(len(quotes)):
        best = np.maximum.reduceat((mat[starts[k] : ends[k]] @ mat.T).max(axis=0), starts)
        for other in np.flatnonzero(best >= MIN_COSINE):
            if other > k and find(ids[k]) != find(ids[int(other)]):
                parent[find(ids[k])] = find(ids[int(other)])


def _word_string(text: str) -> str:
    return " " + " ".join(words(text)) + " "


def _attach_unattributed(
    ordered: list[Quote],
    keys: list[tuple[str | None, Entity | None]],
    cw: list[frozenset[str]],
    parent: list[int],
    find: Callable[[int], int],
) -> None:
    """A quote with no speaker joins a speaker's statement it repeats word for word.

    "The spokesman's line that what burned 'is only the beginning'" names no
    one the finder can resolve, but the words are a verbatim run of an
    attributed rendering.  The fragment must have at least
    ``MIN_FRAGMENT_WORDS`` words (``MIN_CONTENT_WORDS`` of them content words),
    and every attributed quote that contains it must have the same speaker;
    otherwise it stays alone (a wrong speaker is worse than none).
    """
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(keys):
        if key is not None:
            for w in cw[i]:
                by_word[w].append(i)
    strings: dict[int, str] = {}
    for i, (key, _) in enumerate(keys):
        if key is not None or len(cw[i]) < MIN_CONTENT_WORDS:
            continue
        frag = _word_string(ordered[i].text)
        if frag.count(" ") - 1 < MIN_FRAGMENT_WORDS:
            continue
        rarest = min(cw[i], key=lambda w: len(by_word.get(w, ())))
        hosts = []
        for j in by_word.get(rarest, ()):
            if j not in strings:
                strings[j] = _word_string(ordered[j].text)
            if frag in strings[j]:
                hosts.append(j)
        if hosts and len({keys[j][0] for j in hosts}) == 1:
            parent[find(i)] = find(hosts[0])


def align_quotes(
    quotes: Sequence[Quote], index: EntityIndex, encoder: SentenceEncoder | None = None
) -> list[QuoteGroup]:
    """Group renderings of one statement (see the module docstring)."""
    ordered = sorted(quotes, key=lambda q: (q.article, q.start))
    keys = [_speaker_key(q, index) for q in ordered]
    cw = [content_words(q.text) for q in ordered]
    parent = list(range(len(ordered)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[str | None, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(keys):
        blocks[key].append(i)

    for key, members in blocks.items():
        # the same words from several outlets (wire copy) are one node
        first_of: dict[frozenset[str] | str, int] = {}
        uniq: list[int] = []
        for i in members:
            sig: frozenset[str] | str = cw[i] or ordered[i].text
            if sig in first_of:
                parent[find(i)] = find(first_of[sig])
            else:
                first_of[sig] = i
                uniq.append(i)
        # containment: candidates share a content word (inverted index)
        by_word: dict[str, list[int]] = defaultdict(list)
        for i in uniq:
            for w in cw[i]:
                by_word[w].append(i)
        for i in uniq:
            for j in sorted({j for w in cw[i] for j in by_word[w] if j > i}):
                if find(i) == find(j):
                    continue
                enough = key is not None or min(len(cw[i]), len(cw[j])) >= 5
                if enough and _contained(cw[i], cw[j]):
                    parent[find(i)] = find(j)
        if encoder is not None and key is not None and len(uniq) > 1:
            _link_by_meaning([ordered[i] for i in uniq], uniq, encoder, parent, find)

    _attach_unattributed(ordered, keys, cw, parent, find)

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        clusters[find(i)].append(i)
    out = []
    for members in clusters.values():
        renderings = tuple(ordered[i] for i in members)
        first = renderings[0]
        named = [i for i in members if keys[i][0] is not None]
        ent = keys[named[0]][1] if named else None
        if named:
            first = ordered[named[0]]
        gid = "q" + hashlib.sha256(f"{first.article}:{first.start}".encode()).hexdigest()[:10]
        out.append(
            QuoteGroup(
                id=gid,
                speaker_name=ent.name if ent else first.speaker,
                speaker_entity=ent.id if ent else None,
                renderings=renderings,
            )
        )
    out.sort(key=lambda g: (-len({r.article for r in g.renderings}), g.id))
    return out
