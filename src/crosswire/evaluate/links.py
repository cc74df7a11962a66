"""Cross-source links against the gold, pair by pair.

* entities: gold must-merge pairs found in one entity (recall), must-not-merge
  pairs kept apart; scored per gold story when the gold has ``by_story``
  ("Clinton" is Hillary in one story and Bill in another).
* people (``entities.people``, exhaustive): within each story, every person
  name form of the gold and every variant of a person entity crosswire made
  is an item; pairs of items in one predicted entity are predicted pairs,
  pairs of one gold person gold pairs (precision, recall, F1); also person
  entities that name no gold person (false people), gold people found, and
  gold people split over two or more entities.
* quote groups, claim groups: pairs of gold members in different articles
  found in one predicted group (recall); pairs of predicted renderings or
  values in different articles that belong to one gold group (precision,
  exhaustive gold only); claim status of each gold group (the status of the
  predicted group holding its members from the most articles); conflict
  precision (predicted ``conflict`` groups that join members of a gold
  conflict).
* timeline conflicts: gold conflict members flagged; flagged items that are no
  gold conflict.
* reuse: gold reused passages found as a reuse pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any, NamedTuple

from ..link.assign import entity_key
from ..model import Article, Dossier, Entity
from .findings import locate, name_form
from .scores import PairScore


class Span(NamedTuple):
    group: str
    article: str
    start: int
    end: int
    text: str


def _spans(groups: Iterable[tuple[str, Iterable[Any]]]) -> list[Span]:
    """Each group's members (anything with article, start, end, text) as spans of its id."""
    return [
        Span(gid, m.article, m.start, m.end, m.text) for gid, members in groups for m in members
    ]


def member_ids(
    member: Mapping[str, Any], matched: Mapping[str, Article], spans: Iterable[Span]
) -> set[str]:
    """Ids of the predicted groups holding a span that overlaps the gold member."""
    art = matched.get(member["article"])
    if art is None:
        return set()
    loc = locate(art.text, member["contains"])
    if loc is None:
        return set()
    return {s.group for s in spans if s.article == art.id and s.start < loc[1] and loc[0] < s.end}


class _GoldIndex:
    """Which gold groups a predicted span belongs to (by overlap with a member's words)."""

    def __init__(self, groups: Sequence[Mapping[str, Any]], matched: Mapping[str, Article]):
        self._by_article: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for gi, g in enumerate(groups):
            for m in g["members"]:
                art = matched.get(m["article"])
                loc = locate(art.text, m["contains"]) if art else None
                if art is not None and loc is not None:
                    self._by_article[art.id].append((gi, *loc))

    def of(self, s: Span) -> set[int]:
        return {gi for gi, a, b in self._by_article.get(s.article, ()) if a < s.end and s.start < b}


def score_groups(
    name: str,
    gold_groups: Sequence[Mapping[str, Any]],
    forbidden: Sequence[Mapping[str, Any]],
    matched: Mapping[str, Article],
    spans: list[Span],
    *,
    exhaustive: bool,
    status_of: Mapping[str, str] | None = None,
) -> PairScore:
    sc = PairScore(name, exhaustive=exhaustive)
    located = [[member_ids(m, matched, spans) for m in g["members"]] for g in gold_groups]
    for g, ids in zip(gold_groups, located, strict=True):
        label = g.get("measure") or g.get("speaker") or g.get("event") or "group"
        for i, j in combinations(range(len(ids)), 2):
            if g["members"][i]["article"] == g["members"][j]["article"]:
                continue
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
            got = _group_status(g, ids, spans, status_of)
            if got == g["status"]:
                sc.statuses_right += 1
            else:
                sc.misses.append(f"{name} {label!r}: status {got}, gold {g['status']}")
    # members of different gold groups must stay apart, and so must forbidden pairs
    for x, y in combinations(range(len(located)), 2):
        for a in located[x]:
            for b in located[y]:
                sc.forbidden += 1
                sc.violated += bool(a & b)
    for pair in forbidden:
        sc.forbidden += 1
        a = member_ids(pair["a"], matched, spans)
        b = member_ids(pair["b"], matched, spans)
        if a & b:
            sc.violated += 1
            sc.misses.append(
                f"{name}: {pair['a']['contains']!r} and {pair['b']['contains']!r} grouped"
            )
    _predicted_pairs(sc, gold_groups, matched, spans, status_of)
    return sc


def _group_status(
    g: Mapping[str, Any], ids: list[set[str]], spans: list[Span], status_of: Mapping[str, str]
) -> str:
    """The status crosswire shows for a gold group: that of the predicted group holding
    its members from the most articles (``single`` when none holds two)."""
    articles: dict[str, set[str]] = defaultdict(set)
    for m, found in zip(g["members"], ids, strict=True):
        for gid in found:
            articles[gid].add(m["article"])
    best = max(articles, key=lambda gid: (len(articles[gid]), gid), default=None)
    if best is None or len(articles[best]) < 2:
        return "single"
    return status_of[best]


def _predicted_pairs(
    sc: PairScore,
    gold_groups: Sequence[Mapping[str, Any]],
    matched: Mapping[str, Article],
    spans: list[Span],
    status_of: Mapping[str, str] | None,
) -> None:
    index = _GoldIndex(gold_groups, matched)
    by_group: dict[str, list[Span]] = defaultdict(list)
    for s in spans:
        by_group[s.group].append(s)
    for gid, members in by_group.items():
        labels = [index.of(s) for s in members]
        conflict_right = False
        cross = False
        for (a, la), (b, lb) in combinations(zip(members, labels, strict=True), 2):
            if a.article == b.article:
                continue
            cross = True
            sc.predicted += 1
            shared = la & lb
            if shared:
                sc.predicted_right += 1
                conflict_right |= any(gold_groups[i].get("status") == "conflict" for i in shared)
            elif sc.exhaustive:
                sc.false.append(f"{sc.name}: {a.text[:70]!r} grouped with {b.text[:70]!r}")
        if status_of is not None and cross and status_of.get(gid) == "conflict":
            sc.count("conflict precision", conflict_right)
            if not conflict_right:
                texts = " / ".join(repr(s.text[:50]) for s in members[:4])
                sc.false.append(f"{sc.name}: false conflict: {texts}")


def _key(name: str) -> str:
    """A name as the gold writes it: case, titles, articles and possessives ignored."""
    return name_form(entity_key(name))


def _forms(e: Entity) -> set[str]:
    return {_key(v) for v in (e.name, *e.variants)} - {""}


def score_people(
    gold: Mapping[str, Any],
    matched: Mapping[str, Article],
    dossiers_of: Mapping[str, list[Dossier]],
    *,
    exhaustive: bool,
) -> PairScore:
    """Person entities per story (``entities.people``): pairs of name forms, found, split."""
    sc = PairScore("people", exhaustive=exhaustive)
    people: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for p in gold.get("entities", {}).get("people", []):
        people[p["story"]].append(p)
    for story, persons in sorted(people.items()):
        ents = [e for d in dossiers_of.get(story, []) for e in d.entities]
        forms_of = {e.id: _forms(e) for e in ents}
        gold_of: dict[str, set[int]] = defaultdict(set)
        for i, p in enumerate(persons):
            for v in (p["name"], *p["variants"]):
                if form := _key(v):
                    gold_of[form].add(i)
        pred_of: dict[str, set[str]] = defaultdict(set)
        for e in ents:
            for form in forms_of[e.id]:
                if e.kind == "person" or form in gold_of:
                    pred_of[form].add(e.id)
        items = sorted(set(gold_of) | set(pred_of))
        for a, b in combinations(items, 2):
            same_gold = bool(gold_of.get(a, set()) & gold_of.get(b, set()))
            same_pred = bool(pred_of.get(a, set()) & pred_of.get(b, set()))
            sc.pairs += same_gold
            sc.together += same_gold and same_pred
            sc.predicted += same_pred
            sc.predicted_right += same_pred and same_gold
            if same_gold and not same_pred:
                sc.misses.append(f"people {story}: {a!r} and {b!r} not merged")
            elif same_pred and not same_gold and exhaustive:
                sc.false.append(f"people {story}: {a!r} and {b!r} merged")
        for i, p in enumerate(persons):
            forms = {f for f, owners in gold_of.items() if i in owners}
            hosts = {e.id for e in ents if e.kind == "person" and forms_of[e.id] & forms}
            sc.count("gold people found as a person", bool(hosts))
            if len(hosts) > 1:
                sc.misses.append(f"people {story}: {p['name']!r} split over {len(hosts)} entities")
            sc.count("gold people in one entity", len(hosts) <= 1)
        for e in ents:
            if e.kind == "person":
                real = bool(forms_of[e.id] & gold_of.keys())
                sc.count("person entities that are gold people", real)
                if not real and exhaustive:
                    sc.false.append(f"people {story}: not a gold person: {e.name!r}")
    return sc


def score_entities(
    gold: Mapping[str, Any],
    matched: Mapping[str, Article],
    dossiers: Sequence[Dossier],
    dossiers_of: Mapping[str, list[Dossier]],
) -> PairScore:
    """Must-merge pairs merged and must-not-merge pairs kept apart (per story when given)."""
    ents = PairScore("entities")
    spec = gold.get("entities", {})
    scopes: list[tuple[str, Mapping[str, Any], Sequence[Dossier]]] = (
        [(story, pairs, dossiers_of.get(story, [])) for story, pairs in spec["by_story"].items()]
        if "by_story" in spec
        else [("", spec, dossiers)]
    )
    for story, pairs, ds in scopes:
        variant_sets = [_forms(e) for d in ds for e in d.entities]
        where = f" ({story})" if story else ""
        for a, b in pairs.get("must_merge", []):
            ents.pairs += 1
            if any(_key(a) in vs and _key(b) in vs for vs in variant_sets):
                ents.together += 1
            else:
                ents.misses.append(f"entities{where}: {a!r} and {b!r} not merged")
        for a, b in pairs.get("must_not_merge", []):
            ents.forbidden += 1
            if any(_key(a) in vs and _key(b) in vs for vs in variant_sets):
                ents.violated += 1
                ents.misses.append(f"entities{where}: {a!r} and {b!r} merged")
    return ents


def score_timeline(
    gold: Mapping[str, Any], matched: Mapping[str, Article], dossiers: Sequence[Dossier]
) -> PairScore:
    conflicts = PairScore("timeline conflicts")
    spans = _spans((t.id, t.sources) for d in dossiers for t in d.timeline)
    flagged = {t.id for d in dossiers for t in d.timeline if t.conflict}
    hit: set[str] = set()
    for c in gold.get("timeline_conflicts", []):
        for m in c["members"]:
            conflicts.pairs += 1
            ids = member_ids(m, matched, spans)
            hit |= ids
            if ids & flagged:
                conflicts.together += 1
            else:
                conflicts.misses.append(f"timeline: {m['contains']!r} not flagged as a conflict")
    for d in dossiers:
        for t in d.timeline:
            if t.conflict:
                conflicts.count("flagged conflicts that are gold conflicts", t.id in hit)
                if t.id not in hit:
                    texts = " / ".join(repr(s.text) for s in t.sources[:4])
                    conflicts.false.append(f"timeline: false conflict on {t.date}: {texts}")
    return conflicts


def score_reuse(
    gold: Mapping[str, Any], matched: Mapping[str, Article], dossiers: Sequence[Dossier]
) -> PairScore:
    reuse = PairScore("reuse")
    pairs = [(r.a, r.b) for d in dossiers for r in d.reuse]
    for r in gold.get("reuse", []):
        reuse.pairs += 1
        found = False
        for pa, pb in pairs:
            two = [
                Span("a", pa.article, pa.start, pa.end, ""),
                Span("b", pb.article, pb.start, pb.end, ""),
            ]
            ia = member_ids(r["a"], matched, two)
            ib = member_ids(r["b"], matched, two)
            found |= bool(ia and ib and ia != ib)
        if found:
            reuse.together += 1
        else:
            reuse.misses.append(f"reuse: {r['a']['contains'][:50]!r} not found")
    return reuse


def score_links(
    gold: Mapping[str, Any],
    matched: Mapping[str, Article],
    dossiers: Sequence[Dossier],
    exhaustive: frozenset[str],
) -> dict[str, PairScore]:
    dossiers_of: dict[str, list[Dossier]] = {}
    for s in gold["stories"]:
        ids = {matched[m].id for m in s["members"] if m in matched}
        dossiers_of[s["name"]] = [d for d in dossiers if ids & set(d.story.article_ids)]
    out = {"entities": score_entities(gold, matched, dossiers, dossiers_of)}
    if gold.get("entities", {}).get("people"):
        out["people"] = score_people(
            gold, matched, dossiers_of, exhaustive="person_entities" in exhaustive
        )
    groupings: list[tuple[str, list[Span], Mapping[str, str] | None]] = [
        ("quote", _spans((g.id, g.renderings) for d in dossiers for g in d.quotes), None),
        (
            "claim",
            _spans((g.id, g.values) for d in dossiers for g in d.claims),
            {g.id: g.status for d in dossiers for g in d.claims},
        ),
    ]
    for kind, spans, status_of in groupings:
        out[f"{kind} groups"] = score_groups(
            f"{kind} groups",
            gold.get(f"{kind}_groups", []),
            gold.get(f"{kind}_must_not_group", []),
            matched,
            spans,
            exhaustive=f"{kind}_groups" in exhaustive,
            status_of=status_of,
        )
    out["timeline conflicts"] = score_timeline(gold, matched, dossiers)
    out["reuse"] = score_reuse(gold, matched, dossiers)
    return out
