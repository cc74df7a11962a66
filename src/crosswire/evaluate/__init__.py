"""Score what crosswire found against a gold file.

The gold format is ``gold.schema.json`` beside this package (the demo corpus's
``gold.json`` and the real BASIL dev gold follow it): per article, what must
be found (quotes with speakers, claims with normalised values, resolved dates,
credited sources, hedges, the publication date) and what must not survive
ingest (page furniture); the gold story grouping; cross-source links (entity
merges, people, quote groups, claim groups with statuses, timeline conflicts,
reused passages).

Sections named in the gold's ``exhaustive`` list hold every instance, so a
finding there that the gold does not list is an error: those sections get
precision, recall and F1.  Elsewhere extra findings are counted as
*unlisted* (maybe right, maybe wrong).  Stories are scored with B-cubed.

Modules: ``gold`` reads and checks the file, ``findings`` scores per-article
findings, ``links`` cross-source links, ``table`` prints the result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Analysis, Article, Dossier, Story
from .findings import SpeakerLookup, name_form, score_article
from .gold import check_gold, exhaustive, load_gold
from .links import score_links
from .scores import PairScore, Score
from .table import format_table

__all__ = [
    "Evaluation",
    "PairScore",
    "Score",
    "bcubed",
    "check_gold",
    "evaluate",
    "format_table",
    "load_gold",
    "match_articles",
]

FINDINGS = ("published", "furniture", "quotes", "claims", "times", "credits", "hedges")


@dataclass
class Evaluation:
    scores: dict[str, Score]
    stories: tuple[float, float, float]
    unmatched_articles: list[str]
    links: dict[str, PairScore] = field(default_factory=dict)


def match_articles(keys: Iterable[str], articles: Iterable[Article]) -> dict[str, Article]:
    """Gold member key (path relative to the corpus, or ``file.jsonl:LINE``) -> article."""
    by_path = {a.path.replace("\\", "/"): a for a in articles if a.path}
    out: dict[str, Article] = {}
    for key in keys:
        for path, art in by_path.items():
            if path == key or path.endswith("/" + key):
                out[key] = art
                break
    return out


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering over the items in ``gold``."""
    items = [i for i in gold if i in pred]
    if not items:
        return 0.0, 0.0, 0.0
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]]) for i in items)
    r = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _speaker_lookup(dossiers: Sequence[Dossier]) -> SpeakerLookup:
    """Where a quote ended up: its group's speaker and every name form of that entity."""
    forms = {
        e.id: frozenset(name_form(v) for v in (e.name, *e.variants))
        for d in dossiers
        for e in d.entities
    }
    where: dict[tuple[str, int, int], tuple[str | None, frozenset[str]]] = {}
    for d in dossiers:
        for g in d.quotes:
            known = forms.get(g.speaker_entity or "", frozenset())
            for r in g.renderings:
                where[(r.article, r.start, r.end)] = (g.speaker_name, known)

    def lookup(article: str, start: int, end: int) -> tuple[str | None, frozenset[str]]:
        return where.get((article, start, end), (None, frozenset()))

    return lookup


def evaluate(
    gold: Mapping[str, Any],
    articles: list[Article],
    analyses: Mapping[str, Analysis],
    stories: list[Story],
    dossiers: Sequence[Dossier] = (),
) -> Evaluation:
    """Score stored articles, their analyses, stories and dossiers against ``gold``."""
    check_gold(gold)
    full = exhaustive(gold)
    gold_articles: Mapping[str, Any] = gold["articles"]
    members = {m for s in gold["stories"] for m in s["members"]} | set(gold_articles)
    matched = match_articles(members, articles)
    scores = {n: Score(n, exhaustive=n in full) for n in FINDINGS}
    speaker_of = _speaker_lookup(dossiers) if dossiers else None
    for key, spec in gold_articles.items():
        art = matched.get(key)
        an = analyses.get(art.id) if art else None
        score_article(key, spec, art, an, scores, speaker_of)

    story_of = {aid: s.id for s in stories for aid in s.article_ids}
    pred = {k: story_of.get(a.id, a.id) for k, a in matched.items()}
    gold_story = {m: s["name"] for s in gold["stories"] for m in s["members"]}
    return Evaluation(
        scores=scores,
        stories=bcubed(pred, gold_story),
        unmatched_articles=sorted(members - set(matched)),
        links=score_links(gold, matched, dossiers, full) if dossiers else {},
    )
