"""Where story clustering goes wrong on ECB+: mixed and split sub-topics, with titles.

    .venv/bin/python bench/story_errors.py [--dated] [--heldout] [--titles N]

Clusters ECB+ dev (``_story_data``) with the shipped model, then prints every
predicted story that mixes gold sub-topics (a precision error: two events'
quotes and claims would mix) and every gold sub-topic split over several
stories (a recall error), with a few titles and event keys of each part.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _story_data import cluster, ecbplus, topics
from crosswire.evaluate import bcubed
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
    pred = cluster(data, load_story_model())
    gold = {x.item.id: x.story for x in data}
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
    print("\n== sub-topics split")
    stories_of: dict[str, Counter[str]] = defaultdict(Counter)
    for aid, g in gold.items():
        stories_of[g][pred[aid]] += 1
    for g, c in sorted(stories_of.items()):
        if len(c) > 1:
            print(f"  {g}: {sorted(c.values(), reverse=True)}")


if __name__ == "__main__":
    main()
