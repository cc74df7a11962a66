"""A fixed sample of the hedges crosswire finds, for a hand check of their precision.

The gold hedges (BASIL dev) give recall; precision needs a reader, because
many hedges a careful reader would accept are not in the gold.  This prints
``--n`` hedges (default 50) from a store, each with its sentence, chosen by
the SHA-1 of (article path, start): the same store gives the same sample, and
a change that adds or drops hedges changes only those items.

    .venv/bin/crosswire ingest ../shared/eval/coverage/basil-dev/articles --db /tmp/basil.db
    .venv/bin/python bench/hedge_sample.py --db /tmp/basil.db

The latest hand check is in docs/evaluation.md (what counted as a hedge: the
writer, or the source the writer relays, marking a fact as unverified, unknown,
alleged, reported, possible or apparent; a hypothetical or a speaker's own
rhetoric is not one).
"""

from __future__ import annotations

import argparse
import hashlib

from crosswire.store import open_store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a store made by crosswire ingest")
    ap.add_argument("--n", type=int, default=50, help="hedges to print")
    args = ap.parse_args()
    with open_store(args.db, create=False, read_only=True) as store:
        articles = {a.id: a for a in store.articles()}
        analyses = store.analyses(list(articles))
    rows = []
    for aid, analysis in analyses.items():
        art = articles[aid]
        where = (art.path or aid).split("articles/")[-1]
        for h in analysis.hedges:
            lo, hi = h.sentence_start, h.sentence_end
            sentence = art.text[lo:hi] if lo is not None and hi is not None else ""
            key = hashlib.sha1(f"{where}:{h.start}".encode()).hexdigest()
            rows.append((key, where, h.text, h.kind, " ".join(sentence.split())))
    rows.sort()
    print(f"{len(rows)} hedges found; the first {min(args.n, len(rows))} by hash:")
    for i, (_, where, text, kind, sentence) in enumerate(rows[: args.n], 1):
        print(f"{i:3}. [{where}] <{text}> ({kind}) :: {sentence[:300]}")


if __name__ == "__main__":
    main()
