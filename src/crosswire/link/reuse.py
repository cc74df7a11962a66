"""Text reuse: near-verbatim sentences shared by two articles (wire copy).

Sentences are compared by word overlap only when they share a rare 4-word
shingle (blocking), so the cost grows with the number of sentences, not its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..model import Analysis, Article, Reuse, SpanRef
from .text import jaccard, words

MIN_WORDS = 8
MIN_SIMILARITY = 0.7
SHINGLE = 4


def find_reuse(articles: Mapping[str, Article], analyses: Sequence[Analysis]) -> list[Reuse]:
    sents: list[tuple[str, int, int, frozenset[str]]] = []
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for an in analyses:
        text = articles[an.article].text
        for s in an.sentences:
            ws = words(text[s.start : s.end])
            if len(ws) < MIN_WORDS:
                continue
            i = len(sents)
            sents.append((an.article, s.start, s.end, frozenset(ws)))
            for k in {tuple(ws[j : j + SHINGLE]) for j in range(len(ws) - SHINGLE + 1)}:
                index[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > 50:  # a stock phrase, not a reused sentence
            continue
        for x in members:
            for y in members:
                if x < y and sents[x][0] != sents[y][0]:
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
