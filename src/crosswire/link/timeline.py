"""Timeline: dated events across the articles of a story.

First version: time expressions with a resolved date are grouped by date and
precision; each item is described by the shortest sentence that mentions it
and lists every source span.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..model import Analysis, Article, SpanRef, TimeExpression, TimelineItem

MAX_DESCRIPTION = 160


def _sentence(article: Article, analysis: Analysis, t: TimeExpression) -> str:
    for s in analysis.sentences:
        if s.start <= t.start < s.end:
            text = " ".join(article.text[s.start : s.end].split())
            return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"
    return t.text


def build_timeline(
    articles: Mapping[str, Article], analyses: Sequence[Analysis]
) -> list[TimelineItem]:
    groups: dict[tuple[object, str], list[tuple[TimeExpression, str]]] = defaultdict(list)
    for an in analyses:
        art = articles[an.article]
        for t in an.times:
            if t.date is None:
                continue
            groups[(t.date, t.precision)].append((t, _sentence(art, an, t)))
    items = []
    for (date, precision), members in groups.items():
        description = min((d for _, d in members), key=len)
        items.append(
            TimelineItem(
                id="t" + hashlib.sha256(f"{date}:{precision}".encode()).hexdigest()[:10],
                date=members[0][0].date,  # type: ignore[arg-type]
                precision=precision,  # type: ignore[arg-type]
                description=description,
                conflict=False,
                sources=tuple(SpanRef(t.article, t.start, t.end, t.text) for t, _ in members),
            )
        )
    items.sort(key=lambda i: (i.date, i.precision))
    return items
