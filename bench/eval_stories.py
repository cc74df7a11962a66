"""Story clustering quality on ECB+ (../shared/eval/stories/ecbplus-dev.jsonl).

Runs the spaCy pipeline and the encoder over every article (as ingest would),
clusters with ``crosswire.link.stories.cluster_stories`` and prints B-cubed
precision/recall/F1 against the gold stories (topic + ecb/ecbplus sub-topic),
and against topics alone, for a few thresholds around the default.

    .venv/bin/python bench/eval_stories.py [--data PATH] [--limit N]

ECB+ articles carry no publication dates, so the date window plays no part here.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from crosswire.analyze.embed import lead_text
from crosswire.analyze.parsed import parsed_from_doc
from crosswire.link.stories import cluster_stories
from crosswire.model import Analysis, Article
from crosswire.resources import load_encoder, load_nlp
from crosswire.settings import Settings

DEFAULT = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "stories" / "ecbplus-dev.jsonl"
)


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, c in pred.items():
        by_pred[c].add(item)
    for item, c in gold.items():
        by_gold[c].add(item)
    p = r = 0.0
    for item in gold:
        cp, cg = by_pred[pred[item]], by_gold[gold[item]]
        inter = len(cp & cg)
        p += inter / len(cp)
        r += inter / len(cg)
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    if args.limit:
        rows = rows[: args.limit]
    settings = Settings()
    nlp = load_nlp(settings.spacy_model)
    enc = load_encoder(settings.encoder_threads)
    t0 = time.perf_counter()
    articles, analyses, gold, topic = [], {}, {}, {}
    texts = [r["text"] for r in rows]
    leads = []
    for r, doc in zip(rows, nlp.pipe(texts, batch_size=16), strict=True):
        first = r["text"].partition("\n")[0]
        a = Article.create(r["text"], first[:120])
        parsed = parsed_from_doc(a, doc)
        leads.append(lead_text(a, parsed))
        articles.append(a)
        analyses[a.id] = Analysis(a.id, mentions=parsed.mentions)
        gold[a.id] = r["story"]
        topic[a.id] = str(r["topic"])
    vecs = enc.encode(leads)
    for a, v in zip(articles, vecs, strict=True):
        analyses[a.id] = Analysis(
            a.id, mentions=analyses[a.id].mentions, embedding=tuple(float(x) for x in v)
        )
    prep = time.perf_counter() - t0
    print(
        f"{len(articles)} articles, {len(set(gold.values()))} gold stories; "
        f"parse+embed {prep:.1f} s"
    )
    print(
        f"{'threshold':>9}  {'stories':>7}  {'P':>5}  {'R':>5}  {'F1':>5}  "
        f"{'topic P':>7}  {'topic R':>7}  {'topic F1':>8}"
    )
    for th in (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65):
        stories = cluster_stories(articles, analyses, threshold=th)
        pred = {aid: s.id for s in stories for aid in s.article_ids}
        p, r, f = bcubed(pred, gold)
        tp, tr, tf = bcubed(pred, topic)
        mark = " (default)" if abs(th - settings.story_threshold) < 1e-9 else ""
        print(
            f"{th:>9.2f}  {len(stories):>7}  {p:.3f}  {r:.3f}  {f:.3f}  "
            f"{tp:>7.3f}  {tr:>7.3f}  {tf:>8.3f}{mark}"
        )


if __name__ == "__main__":
    main()
