"""Score what crosswire found against a gold file (the demo corpus's format).

The gold file (see ``demo/corpus/gold.json``) lists, per article, what must be
found (quotes with speakers, claims with normalised values, resolved dates,
credited sources, hedges, the publication date) and what must not survive
ingest (page furniture), plus the gold story grouping.

Per-article findings are scored by **recall** (gold items found) and, for
quotes, **speaker accuracy** among the quotes found.  A gold file does not
list every finding, so crosswire's extra findings are counted as
``unlisted`` rather than as errors.  Stories are scored with B-cubed
precision/recall/F1.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .link.stories import entity_key
from .model import Analysis, Article, Dossier, Story


@dataclass
class Score:
    """Counts for one finding type."""

    name: str
    gold: int = 0
    found: int = 0
    correct: int = 0
    unlisted: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def accuracy(self) -> float:
        """Share of found items whose attributes (speaker, value, date, kind) are right."""
        return self.correct / self.found if self.found else 1.0


@dataclass
class PairScore:
    """Pairwise scores of a grouping: gold pairs found together, forbidden pairs kept apart."""

    name: str
    pairs: int = 0
    together: int = 0
    forbidden: int = 0
    violated: int = 0
    statuses: int = 0
    statuses_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.together / self.pairs if self.pairs else 1.0

    @property
    def precision(self) -> float:
        """Share of forbidden pairs (must-not-merge, other groups) kept apart."""
        return 1.0 - self.violated / self.forbidden if self.forbidden else 1.0


@dataclass
class Evaluation:
    scores: dict[str, Score]
    stories: tuple[float, float, float]
    unmatched_articles: list[str]
    links: dict[str, PairScore] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, int, int, float, float, int]]:
        return [
            (s.name, s.gold, s.found, s.recall, s.accuracy, s.unlisted)
            for s in self.scores.values()
        ]


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read gold file {path}: {exc}") from exc
    if "articles" not in gold or "stories" not in gold:
        raise ConfigError(f"gold file {path} has no 'articles' or 'stories' section")
    return gold


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


def _close(a: float | None, b: float | None, tol: float = 0.01) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=tol, abs_tol=1e-6)


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


def evaluate(
    gold: Mapping[str, Any],
    articles: list[Article],
    analyses: Mapping[str, Analysis],
    stories: list[Story],
    dossiers: Sequence[Dossier] = (),
) -> Evaluation:
    """Score stored articles, their analyses and the stories against ``gold``."""
    gold_articles: Mapping[str, Any] = gold["articles"]
    members = {m for s in gold["stories"] for m in s["members"]} | set(gold_articles)
    matched = match_articles(members, articles)
    names = ["published", "furniture", "quotes", "claims", "times", "credits", "hedges"]
    scores = {n: Score(n) for n in names}

    for key, spec in gold_articles.items():
        art = matched.get(key)
        an = analyses.get(art.id) if art else None
        _score_article(key, spec, art, an, scores)

    story_of = {aid: s.id for s in stories for aid in s.article_ids}
    pred = {k: story_of.get(a.id, a.id) for k, a in matched.items()}
    gold_story = {m: s["name"] for s in gold["stories"] for m in s["members"]}
    return Evaluation(
        scores=scores,
        stories=bcubed(pred, gold_story),
        unmatched_articles=sorted(members - set(matched)),
        links=_score_links(gold, matched, dossiers) if dossiers else {},
    )


def _score_article(
    key: str,
    spec: Mapping[str, Any],
    art: Article | None,
    an: Analysis | None,
    scores: dict[str, Score],
) -> None:
    s = scores["published"]
    s.gold += 1
    if art is not None:
        s.found += 1
        want = spec.get("published")
        got = art.published.isoformat() if art.published else None
        if got == want and art.published_inferred == bool(spec.get("published_inferred")):
            s.correct += 1
        else:
            s.misses.append(
                f"{key}: published {got} (inferred={art.published_inferred}), gold {want}"
            )

    s = scores["furniture"]
    for junk in spec.get("must_not_contain", []):
        s.gold += 1
        if art is not None and junk not in art.text:
            s.found += 1
            s.correct += 1
        else:
            s.misses.append(f"{key}: page furniture {junk!r} kept")
    if art is None or an is None:
        for name in ("quotes", "claims", "times", "credits", "hedges"):
            for item in spec.get(name, []):
                scores[name].gold += 1
                scores[name].misses.append(f"{key}: article not ingested: {item}")
        return

    def run(name: str, found: list[Any], contains: Any, right: Any) -> None:
        sc = scores[name]
        used: set[int] = set()
        for item in spec.get(name, []):
            sc.gold += 1
            hits = [f for f in found if contains(item, f)]
            if not hits:
                sc.misses.append(f"{key}: {name} not found: {item}")
                continue
            sc.found += 1
            used.update(id(h) for h in hits)
            if any(right(item, h) for h in hits):
                sc.correct += 1
            else:
                sc.misses.append(f"{key}: {name} wrong: gold {item}, got {_brief(hits[0])}")
        sc.unlisted += sum(1 for f in found if id(f) not in used)

    run(
        "quotes",
        list(an.quotes),
        lambda g, q: g["contains"] in q.text,
        lambda g, q: (g.get("speaker") or "").casefold() == (q.speaker or "").casefold(),
    )
    run(
        "claims",
        list(an.claims),
        lambda g, c: _overlaps(art.text, g["contains"], c.start, c.end),
        lambda g, c: (
            g.get("unit") == c.unit
            and (g.get("value") is None or _close(g["value"], c.value))
            and (g.get("low") is None or _close(g["low"], c.low))
            and (g.get("high") is None or _close(g["high"], c.high))
        ),
    )
    run(
        "times",
        list(an.times),
        lambda g, t: _overlaps(art.text, g["contains"], t.start, t.end),
        lambda g, t: t.date is not None and t.date == dt.date.fromisoformat(g["date"]),
    )
    run(
        "credits",
        list(an.credits),
        lambda g, c: _overlaps(art.text, g["contains"], c.start, c.end),
        lambda g, c: g.get("kind") in (None, c.kind),
    )
    run(
        "hedges",
        list(an.hedges),
        lambda g, h: _overlaps(art.text, g["contains"], h.start, h.end),
        lambda g, h: True,
    )


def _overlaps(text: str, needle: str, start: int, end: int) -> bool:
    """Does any occurrence of ``needle`` in ``text`` overlap [start, end)?"""
    i = text.find(needle)
    while i >= 0:
        if i < end and start < i + len(needle):
            return True
        i = text.find(needle, i + 1)
    return False


def _brief(obj: Any) -> str:
    fields = ("text", "speaker", "value", "low", "high", "unit", "date", "kind", "source")
    return "{" + ", ".join(f"{f}={getattr(obj, f)!r}" for f in fields if hasattr(obj, f)) + "}"


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else None


def _member_ids(
    member: Mapping[str, Any],
    matched: Mapping[str, Article],
    spans: Iterable[tuple[str, str, int, int]],
) -> set[str]:
    """Ids of the predicted groups holding a span that overlaps the gold member."""
    art = matched.get(member["article"])
    if art is None:
        return set()
    loc = _locate(art.text, member["contains"])
    if loc is None:
        return set()
    return {gid for gid, aid, s, e in spans if aid == art.id and s < loc[1] and loc[0] < e}


def _score_groups(
    name: str,
    gold_groups: Sequence[Mapping[str, Any]],
    forbidden: Sequence[Mapping[str, Any]],
    matched: Mapping[str, Article],
    spans: list[tuple[str, str, int, int]],
    status_of: Mapping[str, str] | None = None,
) -> PairScore:
    sc = PairScore(name)
    located = [[_member_ids(m, matched, spans) for m in g["members"]] for g in gold_groups]
    for g, ids in zip(gold_groups, located, strict=True):
        label = g.get("measure") or g.get("speaker") or g.get("event") or "group"
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                sc.pairs += 1
                if ids[i] & ids[j]:
                    sc.together += 1
                else:
                    sc.misses.append(
                        f"{name} {label!r}: {g['members'][i]['contains']!r} and "
                        f"{g['members'][j]['contains']!r} not grouped"
                    )
        if status_of is not None and "status" in g:
            sc.statuses += 1
            got = {status_of[x] for x in set().union(*ids)} if ids else set()
            if g["status"] in got:
                sc.statuses_right += 1
            else:
                sc.misses.append(f"{name} {label!r}: status {sorted(got)}, gold {g['status']}")
    # members of different gold groups must stay apart, and so must forbidden pairs
    for x in range(len(located)):
        for y in range(x + 1, len(located)):
            for a in located[x]:
                for b in located[y]:
                    sc.forbidden += 1
                    if a & b:
                        sc.violated += 1
    for pair in forbidden:
        sc.forbidden += 1
        a = _member_ids(pair["a"], matched, spans)
        b = _member_ids(pair["b"], matched, spans)
        if a & b:
            sc.violated += 1
            sc.misses.append(
                f"{name}: {pair['a']['contains']!r} and {pair['b']['contains']!r} grouped"
            )
    return sc


def _score_links(
    gold: Mapping[str, Any], matched: Mapping[str, Article], dossiers: Sequence[Dossier]
) -> dict[str, PairScore]:
    out: dict[str, PairScore] = {}
    ents = PairScore("entities")
    variant_sets = [{entity_key(v) for v in e.variants} for d in dossiers for e in d.entities]
    for a, b in gold.get("entities", {}).get("must_merge", []):
        ents.pairs += 1
        if any(entity_key(a) in vs and entity_key(b) in vs for vs in variant_sets):
            ents.together += 1
        else:
            ents.misses.append(f"entities: {a!r} and {b!r} not merged")
    for a, b in gold.get("entities", {}).get("must_not_merge", []):
        ents.forbidden += 1
        if any(entity_key(a) in vs and entity_key(b) in vs for vs in variant_sets):
            ents.violated += 1
            ents.misses.append(f"entities: {a!r} and {b!r} merged")
    out["entities"] = ents

    quote_spans = [
        (g.id, r.article, r.start, r.end) for d in dossiers for g in d.quotes for r in g.renderings
    ]
    out["quote groups"] = _score_groups(
        "quote groups",
        gold.get("quote_groups", []),
        gold.get("quote_must_not_group", []),
        matched,
        quote_spans,
    )
    claim_spans = [
        (g.id, v.article, v.start, v.end) for d in dossiers for g in d.claims for v in g.values
    ]
    out["claim groups"] = _score_groups(
        "claim groups",
        gold.get("claim_groups", []),
        gold.get("claim_must_not_group", []),
        matched,
        claim_spans,
        {g.id: g.status for d in dossiers for g in d.claims},
    )
    time_spans = [
        (t.id, s.article, s.start, s.end) for d in dossiers for t in d.timeline for s in t.sources
    ]
    conflicts = PairScore("timeline conflicts")
    flagged = {t.id for d in dossiers for t in d.timeline if t.conflict}
    for c in gold.get("timeline_conflicts", []):
        for m in c["members"]:
            conflicts.pairs += 1
            if _member_ids(m, matched, time_spans) & flagged:
                conflicts.together += 1
            else:
                conflicts.misses.append(f"timeline: {m['contains']!r} not flagged as a conflict")
    out["timeline conflicts"] = conflicts
    reuse = PairScore("reuse")
    pairs = [
        ((r.a.article, r.a.start, r.a.end), (r.b.article, r.b.start, r.b.end))
        for d in dossiers
        for r in d.reuse
    ]
    for r in gold.get("reuse", []):
        reuse.pairs += 1
        found = False
        for pa, pb in pairs:
            ia = _member_ids(r["a"], matched, [("a", *pa), ("b", *pb)])
            ib = _member_ids(r["b"], matched, [("a", *pa), ("b", *pb)])
            if ia and ib and ia != ib:
                found = True
        if found:
            reuse.together += 1
        else:
            reuse.misses.append(f"reuse: {r['a']['contains'][:50]!r} not found")
    out["reuse"] = reuse
    return out


def format_table(ev: Evaluation) -> str:
    lines = [
        f"{'finding':<10} {'gold':>5} {'found':>5} {'recall':>7} {'accuracy':>8} {'unlisted':>8}"
    ]
    for name, gold, found, recall, acc, unlisted in ev.rows():
        lines.append(f"{name:<10} {gold:>5} {found:>5} {recall:>7.3f} {acc:>8.3f} {unlisted:>8}")
    p, r, f = ev.stories
    lines.append(f"stories    B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if ev.links:
        lines.append("")
        lines.append(f"{'link':<19} {'pairs':>5} {'recall':>7} {'kept apart':>10} {'status':>7}")
        for sc in ev.links.values():
            status = f"{sc.statuses_right}/{sc.statuses}" if sc.statuses else "-"
            lines.append(
                f"{sc.name:<19} {sc.pairs:>5} {sc.recall:>7.3f} {sc.precision:>10.3f} {status:>7}"
            )
    if ev.unmatched_articles:
        lines.append("gold articles not in the store: " + ", ".join(ev.unmatched_articles))
    return "\n".join(lines)
