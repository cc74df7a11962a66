"""Assemble a story's dossier from its articles and their analyses.

Stages, in order: entities -> quotes (speakers resolved to entities) ->
claims -> timeline -> provenance and hedges -> reuse -> coverage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Analysis, Article, Dossier, Story
from .claims import claim_contexts, compare_claims
from .entities import EntityIndex, resolve_entities
from .quotes import SentenceEncoder, align_quotes, resolve_descriptions
from .reuse import find_reuse
from .stories import story_synopsis
from .timeline import build_timeline


def build_dossier(
    story: Story,
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    encoder: SentenceEncoder | None = None,
) -> Dossier:
    """The dossier of one story; ``encoder`` (the sentence encoder) lets quote
    alignment match differently worded renderings, not only shared words."""
    by_id = {a.id: a for a in articles}
    ans = [analyses[a.id] for a in articles if a.id in analyses]

    # 1. entities
    entities = resolve_entities(
        (m for an in ans for m in an.mentions),
        {a.id: a.text for a in articles},
        (q for an in ans for q in an.quotes),
    )
    index = EntityIndex(entities)
    # 2. quotes: speakers given only by a description the story binds to a person
    # are resolved to that person first (link/quotes.py)
    said = resolve_descriptions(
        [q for an in ans for q in an.quotes],
        entities,
        {a.id: a.text for a in articles},
        {an.article: an.sentences for an in ans},
    )
    quotes = align_quotes(said, index, encoder, texts={a.id: a.text for a in articles})
    # 3. claims
    claims = compare_claims(
        [c for an in ans for c in an.claims], claim_contexts(by_id, ans), encoder
    )
    # 4. timeline
    timeline = build_timeline(by_id, ans)
    # 5. provenance and hedges
    provenance = tuple(c for an in ans for c in an.credits)
    hedges = tuple(h for an in ans for h in an.hedges)
    # 6. reuse
    reuse = find_reuse(by_id, ans)
    # 7. coverage: what only one article reports
    coverage: dict[str, list[str]] = {a.id: [] for a in articles}
    if len(articles) > 1:
        for qg in quotes:
            arts = {r.article for r in qg.renderings}
            if len(arts) == 1:
                coverage[arts.pop()].append(qg.id)
        for cg in claims:
            arts = {v.article for v in cg.values}
            if len(arts) == 1:
                coverage[arts.pop()].append(cg.id)
        for item in timeline:
            arts = {s.article for s in item.sources}
            if len(arts) == 1:
                coverage[arts.pop()].append(item.id)
    # 8. what the story is about (its title is chosen where the story is written:
    # the store's update and cluster_stories, link/stories.py)
    return Dossier(
        story=story,
        synopsis=story_synopsis(articles, analyses),
        articles=tuple(articles),
        entities=tuple(entities),
        quotes=tuple(quotes),
        claims=tuple(claims),
        timeline=tuple(timeline),
        provenance=provenance,
        hedges=hedges,
        reuse=tuple(reuse),
        coverage={k: tuple(v) for k, v in coverage.items()},
    )
