"""Where story clustering goes wrong on ECB+: mixed and split sub-topics, with titles.

    .venv/bin/python bench/story_errors.py [--dated] [--heldout] [--titles N]

Clusters ECB+ dev (``_story_data``) with the shipped model, then prints every
predicted story that mixes gold sub-topics (a precision error: two events'
quotes and claims would mix) and every gold sub-topic split over several
stories (a recall error), with a few titles and event keys of each part, and how
many articles joined a story another sub-topic started, split by whether their
own sub-topic had started a story of its own by then.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _story_data import Labelled, ecbplus, topics
from crosswire.evaluate import bcubed
from crosswire.link.assign import StoryIndex, StoryItem, memberships
from crosswire.link.story_model import load_story_model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dated", action="store_true")
    ap.add_argument("--heldout", action="store_true", help="even topics only")
    ap.add_argument("--titles", type=int, default=2)
    args = ap.parse_args()
    data = ecbplus(dated=args.dated, quiet=True)
    if args.heldout:
        data = topics(data, odd=False)
    gold = {x.item.id: x.story for x in data}
    pred, joins = cluster_counting_joins(data, gold)
    by_id = {x.item.id: x for x in data}
    p, r, f = bcubed(pred, gold)
    print(f"{len(data)} articles: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    members: dict[str, list[str]] = defaultdict(list)
    for aid, sid in pred.items():
        members[sid].append(aid)

    def show(aids: list[str]) -> None:
        for aid in sorted(aids)[: args.titles]:
            it = by_id[aid].item
            ev = " ".join(sorted(k for k in it.events if k[0] in "pnl"))[:90]
            print(f"      {it.title[:70]!r}  [{ev}]")

    print("\n== stories mixing sub-topics")
    for sid, aids in sorted(members.items(), key=lambda kv: -len(kv[1])):
        parts = Counter(gold[a] for a in aids)
        if len(parts) < 2:
            continue
        print(f"  {sid}: {dict(parts)}")
        for g in parts:
            print(f"    {g}:")
            show([a for a in aids if gold[a] == g])
    print(
        "\n== joins into a story another sub-topic started: "
        f"{joins['no own story yet']} while the article's own sub-topic had started none, "
        f"{joins['own story existed']} while it had one"
    )
    print("\n== sub-topics split")
    stories_of: dict[str, Counter[str]] = defaultdict(Counter)
    for aid, g in gold.items():
        stories_of[g][pred[aid]] += 1
    for g, c in sorted(stories_of.items()):
        if len(c) > 1:
            print(f"  {g}: {sorted(c.values(), reverse=True)}")


def cluster_counting_joins(
    data: list[Labelled], gold: dict[str, str]
) -> tuple[dict[str, str], Counter[str]]:
    """``_story_data.cluster`` with the shipped model, counting on the way the joins into a
    story whose first article is of another sub-topic, by whether the joining article's
    own sub-topic had started a story of its own by then."""
    index = StoryIndex(load_story_model())
    founder: dict[str, str] = {}
    out: Counter[str] = Counter()
    place = index._assign

    def assign(item: StoryItem) -> str:
        own = gold[item.id]
        had_own = own in founder.values()
        sid = place(item)
        if founder.setdefault(sid, own) != own:
            out["own story existed" if had_own else "no own story yet"] += 1
        return sid

    index._assign = assign  # type: ignore[method-assign]
    index.add(x.item for x in data)
    return memberships([index.drain()]), out


if __name__ == "__main__":
    main()
