"""Every claim group two articles or more share, each value with its sentence, for a
hand check of what the comparison joins.

The BASIL gold scores claim groups on 38 quantities; on the other sets no gold says
whether the figures a dossier sets side by side are one quantity of one thing.  This
prints, for every story of a store, each claim group whose values come from two
articles or more: its measure, its status, and each value with its outlet, its
reading, whom it is credited to and its sentence; then the number of groups.  A
reader marks each group right (one quantity of one thing, the status right) or not.

    .venv/bin/crosswire ingest ../shared/eval/stories/ecbplus-dev.jsonl --db /tmp/ecb.db
    .venv/bin/python bench/claim_groups.py --db /tmp/ecb.db > /tmp/groups.txt

What the latest reading found is in docs/evaluation.md ("Checks without gold").
"""

from __future__ import annotations

import argparse

from crosswire import api
from crosswire.analyze.sentences import split_sentences
from crosswire.store import open_store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a store made by crosswire ingest")
    args = ap.parse_args()
    n = 0
    with open_store(args.db, create=False, read_only=True) as store:
        for story in store.stories():
            articles = {a.id: a for a in store.articles(list(story.article_ids))}
            if len(articles) < 2:
                continue
            dossier = api.story_dossier(store, story)
            spans = {aid: split_sentences(a.text) for aid, a in articles.items()}
            for g in dossier.claims:
                if len({v.article for v in g.values}) < 2:
                    continue
                n += 1
                print(f"### G{n} story={story.id} measure={g.measure!r} status={g.status}")
                for v in g.values:
                    a = articles[v.article]
                    s, e = next(((s, e) for s, e in spans[a.id] if s <= v.start < e), (0, 0))
                    reading = v.value if v.value is not None else f"{v.low:g}-{v.high:g}"
                    print(
                        f"  - [{a.id} {a.outlet}] {reading} {v.unit} counted={v.counted} "
                        f"credited={v.credited_to} | written: {v.text!r}"
                    )
                    print(f"    sentence: {' '.join(a.text[s:e].split())}")
                print()
    print(f"{n} claim groups shared by two articles or more")


if __name__ == "__main__":
    main()
