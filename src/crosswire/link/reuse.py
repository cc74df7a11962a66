"""Text reuse: near-verbatim sentences shared by two articles (wire copy).

Two sentences that are both mostly quotation (fewer than ``MIN_WORDS`` words, or
less than ``OWN_SHARE`` of their words, their own outside the quotes the article's
analysis found and outside quotation marks: "“We will do it again,” Pelosi said.")
are no reuse: two outlets quoting one
statement have not copied each other's prose (quote groups show that).  One outlet
quoting another's own prose ("But, the Times reported, “an examination of his
remarks ...”") is reuse.

Sentences are compared by word overlap only when they share a rare 4-word
shingle (blocking), so the cost grows with the number of sentences, not its square.
The dossier lists the pairs (the contract); :func:`reused_passages` joins them into
passages for reading: a wire sentence that 110 articles carry is one passage with
110 copies, not 5,995 pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..model import Analysis, Article, Reuse, ReusedPassage, SpanRef
from .entities import UnionFind
from .text import jaccard, words

MIN_WORDS = 8
# below this share of its words the writer's own, a sentence is mostly quotation
OWN_SHARE = 0.4
MIN_SIMILARITY = 0.7
SHINGLE = 4


# a quotation inside one sentence: curly or straight double quotes
_QUOTED_RE = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?|”")


def own_words(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]]) -> list[str]:
    """The words of ``text[start:end]`` outside the ``quotes`` spans and outside
    quotation marks: what the writer wrote, not what a speaker said."""
    chars = list(text[start:end])
    for qs, qe in quotes:
        for i in range(max(qs, start), min(qe, end)):
            chars[i - start] = " "
    return words(_QUOTED_RE.sub(" ", "".join(chars)))


def find_reuse(articles: Mapping[str, Article], analyses: Sequence[Analysis]) -> list[Reuse]:
    sents: list[tuple[str, int, int, frozenset[str]]] = []
    quoted: list[bool] = []  # the sentence is mostly quotation
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for an in analyses:
        text = articles[an.article].text
        quotes = [(q.start, q.end) for q in an.quotes]
        for s in an.sentences:
            ws = words(text[s.start : s.end])
            if len(ws) < MIN_WORDS:
                continue
            i = len(sents)
            sents.append((an.article, s.start, s.end, frozenset(ws)))
            own = len(own_words(text, s.start, s.end, quotes))
            quoted.append(own < MIN_WORDS or own < OWN_SHARE * len(ws))
            for k in {tuple(ws[j : j + SHINGLE]) for j in range(len(ws) - SHINGLE + 1)}:
                index[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > 50:  # a stock phrase, not a reused sentence
            continue
        for x in members:
            for y in members:
                # both quoting one statement copied nothing; one outlet quoting the
                # other's own prose ("the Times reported, “an examination of ...”") did
                if x < y and sents[x][0] != sents[y][0] and not (quoted[x] and quoted[y]):
                    pairs.add((x, y))
    out = []
    for x, y in sorted(pairs):
        sim = jaccard(sents[x][3], sents[y][3])
        if sim >= MIN_SIMILARITY:
            (aa, sa, ea, _), (ab, sb, eb, _) = sents[x], sents[y]
            out.append(
                Reuse(
                    a=SpanRef(aa, sa, ea, articles[aa].text[sa:ea]),
                    b=SpanRef(ab, sb, eb, articles[ab].text[sb:eb]),
                    similarity=sim,
                )
            )
    out.sort(key=lambda r: -r.similarity)
    return out


def reused_passages(
    pairs: Sequence[Reuse], order: Sequence[str] | None = None
) -> list[ReusedPassage]:
    """The pairs joined into passages: two pairs that share a span (the same sentence
    of the same article) are one passage.  Copies are in the order of the article ids
    in ``order`` (the dossier's articles, oldest first), else by article id; passages
    most widely shared first, then by their first copy."""
    rank = {a: i for i, a in enumerate(order or ())}

    def place(s: SpanRef) -> tuple[int, str, int]:
        return (rank.get(s.article, len(rank)), s.article, s.start)

    uf: UnionFind[SpanRef] = UnionFind()
    for r in pairs:
        uf.add(r.a)
        uf.add(r.b)
        uf.union(r.a, r.b)
    members: dict[SpanRef, list[SpanRef]] = defaultdict(list)
    for span in uf.parent:
        members[uf.find(span)].append(span)
    sims: dict[SpanRef, list[float]] = defaultdict(list)
    for r in pairs:
        sims[uf.find(r.a)].append(r.similarity)
    out = [
        ReusedPassage(
            spans=tuple(sorted(spans, key=place)),
            low=min(sims[root]),
            high=max(sims[root]),
        )
        for root, spans in members.items()
    ]
    out.sort(key=lambda p: (-len(p.articles), place(p.spans[0])))
    return out
