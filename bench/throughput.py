"""Ingest throughput vs a bare spaCy parse of the same texts, in one run; 1 and 2 workers.

    .venv/bin/python bench/throughput.py [--data ECB+JSONL] [--limit N] [--skip-warm]

The texts are real news articles (ECB+, ../shared/eval/stories/ecbplus-dev.jsonl)
written as .txt files into a temporary folder. Timings, same texts, one run:

* baseline: ``nlp.pipe`` over the article texts (the spaCy pipeline alone, warm,
  in this process);
* analyse: the per-article stage (parse + every finder + embeddings), no I/O,
  warm, in this process;
* ingest, warm: ``crosswire.ingest`` of the folder into a fresh SQLite database
  (read, decode, clean, analyse, store, regroup stories) with the models this
  process already loaded;
* ingest, 1 / 2 workers: the same ingest in a fresh process, as
  ``crosswire ingest [--workers 2]`` runs it: model loading (in the process, or
  in each pool worker) and worker start-up included.

Prints words/s and the ratio to the baseline (goal: ingest >= 0.7 x baseline),
the CPU seconds each step used (this process and its workers, user + system)
and the baseline's CPU seconds over them ("CPU ratio": how much more work than
a bare parse, whatever else the machine runs), and the peak resident memory:
of this process for the warm runs, and of the ingesting process plus all its
workers (sampled every 50 ms) for the others; then the speed-up of the
2-worker ingest over the 1-worker one (wall time).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from _procs import (
    ECBPLUS,
    cpu_seconds,
    ecbplus_article,
    ecbplus_rows,
    ingest_in_subprocess,
    machine,
    write_texts,
)
from crosswire.analyze.pipeline import Analyser
from crosswire.api import ingest
from crosswire.model import Article
from crosswire.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ECBPLUS)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument(
        "--skip-warm", action="store_true", help="only the baseline and the 1/2-worker runs"
    )
    args = ap.parse_args()
    rows = ecbplus_rows(args.data, args.limit)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    print(f"machine: {machine()}")

    settings = Settings()
    analyser = Analyser(settings)  # loads spaCy and the encoder once, before timing
    nlp = analyser.nlp
    list(nlp.pipe(texts[:5]))
    analyser.analyse([Article.create(t, "warm-up") for t in texts[:5]])

    t0, c0 = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    base, base_cpu = time.perf_counter() - t0, cpu_seconds() - c0

    timings: list[tuple[str, float, float, str]] = [
        ("bare spaCy parse (baseline)", base, base_cpu, "")
    ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_texts(rows, folder)
        if not args.skip_warm:
            arts = [ecbplus_article(t) for t in texts]
            size = settings.max_batch_articles  # as ingest batches them
            t0, c0 = time.perf_counter(), cpu_seconds()
            for i in range(0, len(arts), size):
                analyser.analyse(arts[i : i + size])
            timings.append(
                (
                    "analyse, warm (parse+finders+embed)",
                    time.perf_counter() - t0,
                    cpu_seconds() - c0,
                    "",
                )
            )
            t0, c0 = time.perf_counter(), cpu_seconds()
            report = ingest(
                [folder],
                settings=settings.replace(db=str(Path(tmp) / "warm.db")),
                analyser=analyser,
            )
            full, full_cpu = time.perf_counter() - t0, cpu_seconds() - c0
            self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            timings.append(
                (
                    "ingest, warm, in this process",
                    full,
                    full_cpu,
                    f"{self_peak:.0f} (this process)",
                )
            )
            # ECB+ holds one text twice (21_8ecb is 21_12ecb without its title line)
            assert report.ingested + report.duplicates == len(rows), report
        fresh = {}
        for workers in (1, 2):
            run = ingest_in_subprocess(folder, Path(tmp) / f"w{workers}.db", workers)
            assert run.failed == 0 and len(rows) - 1 <= run.ingested <= len(rows), run
            fresh[workers] = run.seconds
            label = f"ingest, {workers} worker{'s' if workers > 1 else ''} (fresh process)"
            timings.append((label, run.seconds, run.cpu, f"{run.peak_mib:.0f}"))

    print(f"{len(texts)} articles, {words} words (ECB+)")
    print(
        f"{'stage':<38} {'seconds':>8} {'words/s':>9} {'ratio':>6} {'CPU s':>7} "
        f"{'CPU ratio':>9}  peak RSS MiB"
    )
    for name, secs, cpu, mem in timings:
        print(
            f"{name:<38} {secs:>8.2f} {words / secs:>9.0f} {base / secs:>6.2f} {cpu:>7.1f} "
            f"{base_cpu / cpu:>9.2f}  {mem}"
        )
    print(f"speed-up of 2 workers over 1 (fresh process): {fresh[1] / fresh[2]:.2f}x")


if __name__ == "__main__":
    main()
