"""Quote alignment: renderings of the same statement across articles.

Two renderings in **different articles** are one statement when their words
say so (the evidence of :func:`pair_evidence`) and their speakers are
compatible.  Renderings in one article are never linked to each other;
they end up in one group only through renderings elsewhere (one outlet's
single quote that another cut in two).

**Separate statements.** Two full quotes of one article (``FULL_WORDS`` words
or more each) whose words do not render one statement (their pair evidence
is not enough) are two statements, and never share a group — unless another
article prints them as one quote (a rendering sharing a run of
``SPAN_RUN`` words with each).  Links that would join them are refused, so
two near-identical lines of one speech ("I went way too far" early in a
video, "I went too far" at its end) cannot chain two statements into one
through a loose match elsewhere.  Short fragments quoted in running text
("said the image “is too disturbing”") are pieces of a passage, not
statements of their own, and are exempt.

**Evidence** for a pair, any of:

* containment: the shorter quote's content words are (almost) all in the
  other (``min_containment`` of at least ``min_content_words`` words) — a
  shorter outlet's fragment of a longer rendering;
* a shared run of at least ``min_run`` words, word for word;
* the shorter quote is, whole, a verbatim run of the other, of at least
  ``min_verbatim_words`` words (two of them content words): a fragment;
* meaning: the best cosine between the sentence encoder's vectors of their
  clauses reaches ``min_cosine`` (differently transcribed or translated
  renderings).

A pair where one side has no known speaker needs the stricter ``unknown``
thresholds (such a quote may be anyone's).

**Speakers.** Compatible when they resolve to one entity, have
name-compatible names ("Trump" / "Donald Trump"), or one of them is unknown
(no speaker, or a description such as "a spokesman").  Links are made
strongest first, and a link that would put two incompatible known speakers
in one group is refused, so an unattributed fragment cannot bridge two
people and single-link chains stop at a speaker boundary.

**Cost.** Only pairs that share a content word, or whose cosine can reach the
fitted threshold, are scored (every rule but the cosine needs a shared content
word), and each pair of distinct texts once, however many articles print them.

The thresholds are fitted on real labelled pairs (BASIL dev quote groups) by
``bench/fit_quote_groups.py`` and live in ``quote_groups.json`` next to this
module, with the fit's held-back score.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations, product
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import numpy as np

from ..model import Entity, Quote, QuoteGroup
from .entities import EntityIndex, UnionFind
from .names import name_key, same_person_name
from .stories import entity_key
from .text import words

MODEL_PATH = Path(__file__).with_name("quote_groups.json")
_CLAUSE_RE = re.compile(r"[.;:!?—–]+|,\s+(?:and|but|so)\s+")
_FUNCTION = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being
    it its this that these those we our you your they their he his she her i me my us them who
    which what when where will would can could shall should not no do does did have has had
    all any""".split()
)
FULL_WORDS = 8  # a quote this long is a statement of its own, not a fragment
SPAN_RUN = 5  # a rendering sharing this many words with each of two quotes prints both
_DESCRIPTION_LEADS = frozenset(
    "a an the one another some two three several many his her their its our".split()
)


class SentenceEncoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the evidence of a pair is enough (see the module docstring)."""

    min_containment: float
    min_content_words: int
    min_run: int
    min_cosine: float
    min_verbatim_words: int = 99

    def enough(self, ev: Evidence) -> bool:
        return (
            (ev.small >= self.min_content_words and ev.containment >= self.min_containment)
            or ev.run >= self.min_run
            or ev.cosine >= self.min_cosine
            or (ev.shorter == ev.run >= self.min_verbatim_words and ev.small >= 2)
        )


@dataclass(frozen=True, slots=True)
class QuoteGroupModel:
    """Thresholds for pairs of compatible known speakers and for pairs with an unknown one."""

    known: Thresholds
    unknown: Thresholds

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuoteGroupModel:
        return cls(known=Thresholds(**data["known"]), unknown=Thresholds(**data["unknown"]))


@cache
def load_model(path: Path = MODEL_PATH) -> QuoteGroupModel:
    """The shipped thresholds (``quote_groups.json``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return QuoteGroupModel.from_json({k: data[k] for k in ("known", "unknown")})


class Evidence(NamedTuple):
    containment: float  # share of the shorter quote's content words in the other
    small: int  # content words of the shorter quote
    run: int  # longest run of words both share, word for word
    cosine: float  # best clause-to-clause cosine (0 without an encoder)
    shorter: int = 0  # words of the shorter quote (== run: it is a verbatim fragment)


def clauses(text: str) -> list[str]:
    """The quote and its clauses of four words or more (what the encoder compares)."""
    parts = [p.strip() for p in _CLAUSE_RE.split(text) if len(p.split()) >= 4]
    return [text, *parts] if len(parts) > 1 else [text]


def longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest run of words ``a`` and ``b`` share."""
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def pair_evidence(a: str, b: str, cosine: float = 0.0) -> Evidence:
    """The text evidence that ``a`` and ``b`` render one statement."""
    return _evidence(_Tokens.of(a), _Tokens.of(b), cosine)


class _Tokens(NamedTuple):
    words: list[str]
    content: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Tokens:
        ws = words(text)
        return cls(ws, frozenset(w for w in ws if w not in _FUNCTION))


def _evidence(a: _Tokens, b: _Tokens, cosine: float) -> Evidence:
    ca, cb = a.content, b.content
    small, big = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    share = len(small & big) / len(small) if small else 0.0
    wa, wb = a.words, b.words
    return Evidence(share, len(small), longest_run(wa, wb), cosine, min(len(wa), len(wb)))


def _candidate_pairs(
    toks: Sequence[_Tokens], cos: np.ndarray, min_cosine: float
) -> list[tuple[int, int]]:
    """The pairs whose evidence can be enough: a shared content word (containment, a
    verbatim fragment and a long shared run all need one) or a cosine that reaches
    ``min_cosine``; every other pair is left out unscored, so a big story does not
    compare every quote with every other."""
    posting: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(toks):
        for w in t.content:
            posting[w].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in posting.values():
        pairs.update(combinations(ids, 2))
    if cos.size:
        xs, ys = np.nonzero(np.triu(cos >= min_cosine, 1))
        pairs.update(zip(xs.tolist(), ys.tolist(), strict=True))
    return sorted(pairs)


_NAME_PARTICLES = frozenset(
    "al el ul bin ibn bint abu de da del della di du van von der le la".split()
)


def is_description(speaker: str) -> bool:
    """A speaker written as a description ("a spokesman", "the letter", "Senior
    White House officials": a phrase ending in a common noun), not a name."""
    parts = speaker.split(",")[0].split()  # "Jo Ray, spokesman": the name before the comma
    first = parts[0] if parts else ""
    last = parts[-1].strip(".,") if parts else ""
    if last.islower() and last.isalpha() and last not in _NAME_PARTICLES:
        return True
    return not first[:1].isupper() or first.casefold() in _DESCRIPTION_LEADS


class _Speaker(NamedTuple):
    key: str | None  # entity id, or the name's key; None when unknown
    entity: Entity | None
    name: str | None


def _speaker(q: Quote, index: EntityIndex) -> _Speaker:
    if not q.speaker or is_description(q.speaker):
        return _Speaker(None, None, None)
    ent = index.find(q.speaker, q.article)
    if ent is not None:
        return _Speaker(ent.id, ent, ent.name)
    return _Speaker(entity_key(q.speaker), None, q.speaker)


def compatible(a: _Speaker, b: _Speaker) -> bool:
    """Could two known speakers be one (same entity, or name-compatible names)?"""
    if a.key is None or b.key is None or a.key == b.key:
        return True
    if a.entity is not None and b.entity is not None:
        return False
    ka, kb = name_key(a.name or ""), name_key(b.name or "")
    return bool(ka.parts and kb.parts) and same_person_name(ka, kb)


def _cosines(quotes: Sequence[Quote], encoder: SentenceEncoder | None) -> np.ndarray:
    """Best clause-to-clause cosine of every two quotes (zeros without an encoder)."""
    n = len(quotes)
    if encoder is None or n < 2:
        return np.zeros((n, n), dtype=np.float32)
    texts: list[str] = []
    owner: list[int] = []
    for k, q in enumerate(quotes):
        for c in clauses(q.text):
            texts.append(c)
            owner.append(k)
    mat = np.asarray(encoder.encode(texts), dtype=np.float32)
    sims = mat @ mat.T
    starts = np.flatnonzero(np.r_[True, np.diff(owner) != 0])
    rows = np.maximum.reduceat(sims, starts, axis=0)
    out: np.ndarray = np.maximum.reduceat(rows, starts, axis=1)
    return out


def _separate_statements(
    quotes: Sequence[Quote],
    toks: Sequence[_Tokens],
    spk: Sequence[_Speaker],
    links: Sequence[tuple[float, int, int]],
    model: QuoteGroupModel,
) -> list[set[int]]:
    """For each quote, the quotes of its own article that are another statement
    (see the module docstring): they may not share its group."""
    apart: list[set[int]] = [set() for _ in quotes]
    linked: dict[int, set[int]] = defaultdict(set)
    for _, i, j in links:
        linked[i].add(j)
        linked[j].add(i)
    # only quotes that links could bring together: one article, one linked component
    comp: UnionFind[int] = UnionFind(linked)
    for _, i, j in links:
        comp.union(i, j)
    together: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i in sorted(linked):
        if len(toks[i].words) >= FULL_WORDS:
            together[(comp.find(i), quotes[i].article)].append(i)
    pairs = [p for same in together.values() for p in combinations(same, 2)]
    for x, y in pairs:
        rule = model.known if spk[x].key and spk[y].key else model.unknown
        if rule.enough(_evidence(toks[x], toks[y], 0.0)):
            continue  # one statement printed twice
        wx, wy = toks[x].words, toks[y].words
        spanned = any(
            longest_run(toks[z].words, wx) >= SPAN_RUN
            and longest_run(toks[z].words, wy) >= SPAN_RUN
            for z in linked[x] & linked[y]
        )
        if not spanned:
            apart[x].add(y)
            apart[y].add(x)
    return apart


def align_quotes(
    quotes: Sequence[Quote],
    index: EntityIndex,
    encoder: SentenceEncoder | None = None,
    model: QuoteGroupModel | None = None,
) -> list[QuoteGroup]:
    """Group renderings of one statement (see the module docstring)."""
    model = model or load_model()
    ordered = sorted(quotes, key=lambda q: (q.article, q.start))
    spk = [_speaker(q, index) for q in ordered]
    # the evidence depends on the two texts only: score each pair of distinct texts once
    rep_of: dict[str, int] = {}
    distinct: list[Quote] = []
    holders: list[list[int]] = []
    for i, q in enumerate(ordered):
        r = rep_of.setdefault(q.text, len(distinct))
        if r == len(distinct):
            distinct.append(q)
            holders.append([])
        holders[r].append(i)
    cos = _cosines(distinct, encoder)
    toks = [_Tokens.of(q.text) for q in distinct]
    floor = min(model.known.min_cosine, model.unknown.min_cosine)
    text_pairs = _candidate_pairs(toks, cos if encoder is not None else np.zeros(0), floor)
    text_pairs += [(r, r) for r, held in enumerate(holders) if len(held) > 1]
    links: list[tuple[float, int, int]] = []
    for ra, rb in text_pairs:
        ev = _evidence(toks[ra], toks[rb], float(cos[ra, rb]))
        known_ok, unknown_ok = model.known.enough(ev), model.unknown.enough(ev)
        if not (known_ok or unknown_ok):
            continue
        strength = max(ev.containment if ev.small >= 2 else 0.0, ev.cosine, ev.run / 10)
        pairs = combinations(holders[ra], 2) if ra == rb else product(holders[ra], holders[rb])
        for x, y in pairs:
            i, j = min(x, y), max(x, y)
            if ordered[i].article == ordered[j].article or not compatible(spk[i], spk[j]):
                continue
            if known_ok if spk[i].key and spk[j].key else unknown_ok:
                links.append((strength, i, j))

    # an unknown speaker's quote that two incompatible speakers both said stays alone
    partners: dict[int, set[int]] = defaultdict(set)
    for _, i, j in links:
        if spk[i].key is None and spk[j].key is not None:
            partners[i].add(j)
        elif spk[j].key is None and spk[i].key is not None:
            partners[j].add(i)
    torn = {
        u
        for u, ks in partners.items()
        if any(not compatible(spk[x], spk[y]) for x, y in combinations(sorted(ks), 2))
    }
    links = [t for t in links if t[1] not in torn and t[2] not in torn]
    quote_toks = [toks[rep_of[q.text]] for q in ordered]
    apart = _separate_statements(ordered, quote_toks, spk, links, model)

    uf: UnionFind[int] = UnionFind(range(len(ordered)))
    known: list[list[int]] = [[i] if spk[i].key else [] for i in range(len(ordered))]
    held: list[set[int]] = [{i} for i in range(len(ordered))]
    for _, i, j in sorted(links, key=lambda t: (-t[0], t[1], t[2])):
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        if any(apart[x] & held[rj] for x in held[ri]):
            continue
        if all(compatible(spk[x], spk[y]) for x in known[ri] for y in known[rj]):
            uf.union(ri, rj)
            known[rj].extend(known[ri])
            held[rj] |= held[ri]

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        clusters[uf.find(i)].append(i)
    out = []
    for members in clusters.values():
        renderings = tuple(ordered[i] for i in members)
        named = [i for i in members if spk[i].key is not None]
        ent = next((spk[i].entity for i in named if spk[i].entity is not None), None)
        first = ordered[named[0]] if named else renderings[0]
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
