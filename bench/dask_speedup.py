"""Dask: speed-up of the per-article stage with 2 local workers vs 1, same texts, one run.

    .venv/bin/python bench/dask_speedup.py [--data ECB+JSONL] [--limit N]

The texts are real news articles (ECB+). For each worker count a Dask
``LocalCluster`` (processes, one thread each, on 127.0.0.1) is started; the
worker plugin loads spaCy and the encoder once per worker (timed as start-up);
then every batch of 32 articles goes through ``DaskEngine.map`` and comes back
in order (timed as analysis). The in-process engine on the same batches is
the baseline. The whole ``crosswire ingest --engine dask`` path (a fresh
process; start-up, reading and storing included) is timed too, with the peak
memory of that process plus the cluster's processes.
"""

from __future__ import annotations

import argparse
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
from crosswire.analyze.dask_engine import DaskEngine
from crosswire.analyze.engine import InProcessEngine
from crosswire.analyze.pipeline import Analyser, limit_text
from crosswire.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ECBPLUS)
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    rows = ecbplus_rows(args.data, args.limit)
    settings = Settings()
    arts = [limit_text(ecbplus_article(r["text"]), settings.max_text_chars) for r in rows]
    size = settings.max_batch_articles  # as ingest batches them
    batches = [arts[i : i + size] for i in range(0, len(arts), size)]
    print(f"machine: {machine()}")

    analyser = Analyser(settings)
    analyser.analyse(arts[:4])  # warm-up
    t0, c0 = time.perf_counter(), cpu_seconds()
    ref = [r for _, r in InProcessEngine(settings, analyser).map(batches)]
    base, base_cpu = time.perf_counter() - t0, cpu_seconds() - c0

    rows_out: list[tuple[str, float, float, float]] = [
        ("in-process engine (baseline)", 0.0, base, base_cpu)
    ]
    for workers in (1, 2):
        engine = DaskEngine(settings.replace(engine="dask", workers=workers))
        c0 = cpu_seconds()
        with engine:
            t0 = time.perf_counter()
            engine.start()  # cluster up, models loaded on every worker
            start = time.perf_counter() - t0
            t0 = time.perf_counter()
            got = [r for _, r in engine.map(batches)]
            took = time.perf_counter() - t0
        cpu = cpu_seconds() - c0  # the cluster's processes are reaped by now
        assert got == ref, "Dask results differ from the in-process results"
        rows_out.append((f"dask, {workers} worker{'s' if workers > 1 else ''}", start, took, cpu))

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_texts(rows, folder)
        full = {w: ingest_in_subprocess(folder, Path(tmp) / f"d{w}.db", w, "dask") for w in (1, 2)}

    dask1 = rows_out[1][2]
    print(f"{len(arts)} articles in {len(batches)} batches of {size} (ECB+)")
    print(
        f"{'per-article stage':<30} {'start-up s':>10} {'analysis s':>10} {'articles/s':>10} "
        f"{'vs 1 worker':>11} {'CPU s':>7}"
    )
    for name, start, took, cpu in rows_out:
        print(
            f"{name:<30} {start:>10.2f} {took:>10.2f} {len(arts) / took:>10.1f} "
            f"{dask1 / took:>11.2f} {cpu:>7.1f}"
        )
    print("(CPU s: every process of the cluster, start-up and model loading included)")
    print()
    print(
        f"{'whole ingest --engine dask':<30} {'seconds':>10} {'peak RSS MiB':>13} {'speed-up':>9} "
        f"{'CPU s':>7}"
    )
    for w, run in full.items():
        print(
            f"{f'{w} worker' + ('s' if w > 1 else ''):<30} {run.seconds:>10.2f} "
            f"{run.peak_mib:>13.0f} {full[1].seconds / run.seconds:>9.2f} {run.cpu:>7.1f}"
        )


if __name__ == "__main__":
    main()
