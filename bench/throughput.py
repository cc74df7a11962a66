"""Ingest throughput vs a bare spaCy parse of the same texts, in one run.

    .venv/bin/python bench/throughput.py [--data ECB+JSONL] [--limit N]

The texts are real news articles (ECB+, ../shared/eval/stories/ecbplus-dev.jsonl)
written as .txt files into a temporary folder. Three timings, same texts, one
process:

* baseline: ``nlp.pipe`` over the article texts (the spaCy pipeline alone);
* analyse: the per-article stage (parse + every finder + embeddings), no I/O;
* ingest: ``crosswire.ingest`` of the folder into a fresh SQLite database
  (read, decode, clean, analyse, store, regroup stories).

Prints words/s and the ratio to the baseline (goal: ingest >= 0.7 x baseline),
plus peak resident memory.  Models are loaded before timing starts.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from crosswire.analyze.pipeline import Analyser
from crosswire.api import ingest
from crosswire.model import Article
from crosswire.settings import Settings

DEFAULT = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "stories" / "ecbplus-dev.jsonl"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    rows = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines()]
    rows = rows[: args.limit]
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)

    settings = Settings()
    analyser = Analyser(settings)  # loads spaCy and the encoder once, before timing
    nlp = analyser.nlp
    list(nlp.pipe(texts[:5]))
    analyser.analyse([Article.create(t, "warm-up") for t in texts[:5]])

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    base = time.perf_counter() - t0

    arts = [Article.create(t, t.split("\n", 1)[0][:120]) for t in texts]
    t0 = time.perf_counter()
    for i in range(0, len(arts), 32):
        analyser.analyse(arts[i : i + 32])
    analyse = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for r in rows:
            title, _, body = r["text"].partition("\n")
            (folder / f"{r['id']}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        report = ingest([folder], settings=settings.replace(db=str(db)), analyser=analyser)
        full = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{len(texts)} articles, {words} words (ECB+), 1 process")
    print(f"{'stage':<34} {'seconds':>8} {'words/s':>9} {'ratio':>6}")
    for name, secs in (
        ("bare spaCy parse (baseline)", base),
        ("analyse (parse + finders + embed)", analyse),
        ("ingest (read..store + stories)", full),
    ):
        print(f"{name:<34} {secs:>8.2f} {words / secs:>9.0f} {base / secs:>6.2f}")
    print(f"ingested {report.ingested}, failed {report.failed}; peak RSS {peak_mb:.0f} MiB")


if __name__ == "__main__":
    main()
