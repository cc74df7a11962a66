"""Fit the name matcher's pair scorer on the fit half of the attested name variants.

    .venv/bin/python bench/fit_names.py [--target 0.05] [--dry-run]

``crosswire.link.names.same_part`` decides two name parts that the attested
spellings (``name_evidence``) do not know with a logistic-regression pair
scorer (``name_scorer.PairModel``, weights in ``link/name_pairs.json``).  Its
features (``name_scorer.pair_features``) are counts of the edits in an alignment of
the two spellings (a vowel for a vowel at the start, middle or end, a
consonant for one transliterations swap: q/k/g, dh/z/d/th, kh/h, j/dj/g, w/u,
an inserted vowel, h or other consonant, ...; the frequent edits with their
own letters), and whole-pair tests (consonant skeletons, endings, long-vowel
spellings, doubled letters, vowel-folded similarity, length).

Training data: the *fit* half of ``bench/eval_names.py``'s pairs (all of them,
not only the sample it scores), reduced to name parts: a variant pair gives
its differing parts as positives, a look-alike pair as negatives (parts seen
on both sides are dropped).  Positives are kept only within the look-alikes'
edit-distance envelope (1 below 6 letters, else 2), so that the model learns
which edits tell names apart rather than "far apart = variant".

Threshold: chosen by 2-fold cross-fitting *inside* the fit half (groups split
by a second hash; model and attested-spelling evidence built from one fold,
``same_person_name`` scored on the other's sampled pairs): the lowest
threshold on the grid whose false merges are <= ``--target`` for single and
full names alike (precision first: in a dossier a false merge of two people
is worse than a missed variant).  Then the model is refitted on the whole fit
half and written with that threshold.  The held-out half is never used here;
``bench/eval_names.py`` judges it.

Latest reading (2026-12-05, target 0.05): cross-fitted fit half at the chosen
threshold 2.75: single names recall 0.531, false merges 0.025; full names
0.595 / 0.045 (the hand rules, cross-fitted the same way: 0.685 / 0.106 and
0.777 / 0.105).  Held-out (``eval_names.py --pair-model``): 0.604 / 0.026 and
0.595 / 0.046, against the rules' 0.712 / 0.113 and 0.698 / 0.102.  (With the
joined-parts and bin/bint rules of the same day: cross-fitted 0.556 / 0.024 and
0.596 / 0.045, threshold unchanged; held-out 0.619 / 0.025 and 0.596 / 0.046
against the rules' 0.727 / 0.112 and 0.698 / 0.102.)  The scorer
is therefore not on by default (``names.use_pair_model``): at this precision
it also rejects plain variants ("Qahtani"/"Kahtani", "Fatima"/"Fatimah").

Reading of 2026-12-05 after run-in articles and Abd al- were split off in
``names.name_parts`` ("Alqahtani", "Abderrahmane"): threshold 2.75 again
(cross-fitted single 0.616 / 0.024, full 0.630 / 0.047 at 2.75; 0.739 / 0.048 and
0.783 / 0.085 at 1.5); held-out (``eval_names.py --pair-model``) 0.668 / 0.024 and
0.668 / 0.046, against the rules' 0.799 / 0.112 and 0.783 / 0.104.

Veto mode (``PairModel.veto``, second table; ``eval_names.py --veto T``): a near
pair must pass the spelling rules AND score at least T.  Reading of 2026-12-05
(with the joined-parts and bin/bint rules): cross-fitted, full-name false merges
stay above 0.05 up to T = 2.5 (single 0.591 / 0.028, full 0.655 / 0.051); the
first grid point under the target, T = 2.75, gives 0.544 / 0.024 and 0.591 /
0.045, held-out 0.605 / 0.024 and 0.586 / 0.044: no better than the scorer alone,
and "Fatimah" (2.34), "Omar"/"Umar" (2.45) fall under it.  Counting a spelling
as evidence of *different* names only when attested >= 10 times for its name
adds full-name recall (cross-fitted 0.778 -> 0.807) but false merges too (0.105
-> 0.112), and at a fixed false-merge rate it does not help either.  The
full-name look-alikes that remain ("Kamal"/"Kamel" 3.0, "Rashed"/"Rasheed" 2.3,
"Salem"/"Saleem" 2.2) score like true variants: the edit features cannot tell
them apart.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_names
from crosswire.link import name_scorer, names
from crosswire.link.name_evidence import NameEvidence

OUT = Path(names.__file__).with_name(name_scorer.MODEL_FILE)
GRID = [round(0.25 * i, 2) for i in range(-4, 17)]
MIN_TOKEN = 4  # an edit token seen fewer times in training falls back to its class
L2 = 1.0


# the cross-fitting fold of a group inside the fit half (the folds of eval_names.py
# --cross-fit)
fold2 = eval_names.fold2


def part_pairs(pairs: list[eval_names.Pair]) -> set[tuple[str, str]]:
    """The differing name parts of name pairs (the parts run together when their
    numbers differ), each pair sorted."""
    out: set[tuple[str, str]] = set()
    for p in pairs:
        ka, kb = names.name_key(p.a), names.name_key(p.b)
        if len(ka.parts) != len(kb.parts):
            xa, xb = "".join(ka.parts), "".join(kb.parts)
            if xa != xb:
                out.add((min(xa, xb), max(xa, xb)))
            continue
        for x, y in zip(ka.parts, kb.parts, strict=True):
            if x != y:
                out.add((min(x, y), max(x, y)))
    return out


def in_envelope(a: str, b: str) -> bool:
    """Within the look-alikes' edit distance (``eval_names.lookalike_pairs``)."""
    limit = 1 if min(len(a), len(b)) < 6 else 2
    return eval_names.distance(a, b) <= limit


def train(
    pos_pairs: list[eval_names.Pair], neg_pairs: list[eval_names.Pair]
) -> name_scorer.PairModel:
    """Logistic regression (L2, Newton steps) on the part pairs of the given name pairs."""
    pp, nn = part_pairs(pos_pairs), part_pairs(neg_pairs)
    pos = sorted(p for p in pp - nn if in_envelope(*p))
    neg = sorted(nn - pp)
    tokens: Counter[str] = Counter()
    for a, b in pos + neg:
        fa, fb = name_scorer.align_form(a)[0], name_scorer.align_form(b)[0]
        for op, letters, position, _ in name_scorer.edit_tokens(fa, fb):
            tokens[f"{op}:{letters}:{position}"] += 1
    vocab = frozenset(t for t, n in tokens.items() if n >= MIN_TOKEN)
    feats = [name_scorer.pair_features(a, b, vocab) for a, b in pos + neg]
    keys = sorted({k for f in feats for k in f})
    x = np.array([[f.get(k, 0.0) for k in keys] + [1.0] for f in feats])
    y = np.array([1.0] * len(pos) + [0.0] * len(neg))
    w = np.zeros(x.shape[1])
    reg = L2 * np.eye(x.shape[1])
    reg[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = {k: round(float(v), 4) for k, v in zip(keys, w[:-1], strict=True) if abs(v) > 1e-6}
    return name_scorer.PairModel(weights, round(float(w[-1]), 4), 0.0, vocab)


def rates(
    model: name_scorer.PairModel,
    ev: NameEvidence,
    vs: list[eval_names.Pair],
    ls: list[eval_names.Pair],
) -> tuple[int, int]:
    """Accepted variant pairs and accepted look-alike pairs."""
    names.use_evidence(ev)
    names.use_pair_model(model)
    return (
        sum(names.same_person_name(p.a, p.b) for p in vs),
        sum(names.same_person_name(p.a, p.b) for p in ls),
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--target", type=float, default=0.05, help="most false merges allowed")
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    args = ap.parse_args()
    db = sqlite3.connect(f"file:{eval_names.default_data()}?mode=ro", uri=True)
    try:
        sets = [eval_names.load_units(db), eval_names.load_full(db)]
    finally:
        db.close()
    variants = {g.kind: eval_names.variant_pairs(g) for g in sets}
    looks = {g.kind: eval_names.lookalike_pairs(g) for g in sets}
    fit_v = [p for ps in variants.values() for p in ps if p.fit]
    fit_l = [p for ps in looks.values() for p in ps if p.fit]

    folds = []
    for k in (0, 1):
        model = train(
            [p for p in fit_v if fold2(p.group_a) != k], [p for p in fit_l if fold2(p.group_a) != k]
        )
        folds.append((model, eval_names.fold_evidence(k)))
    chosen = GRID[-1]
    for veto in (False, True):
        table: dict[tuple[str, float], tuple[float, float]] = {}
        for kind in variants:
            vs = eval_names.sample(variants[kind], eval_names.DEFAULT_PAIRS, True)
            ls = eval_names.sample(looks[kind], eval_names.DEFAULT_PAIRS, True)
            for t in GRID:
                hit = merged = 0
                for k, (model, ev) in enumerate(folds):
                    h, m = rates(
                        name_scorer.PairModel(
                            model.weights, model.bias, t, model.vocab, t if veto else None
                        ),
                        ev,
                        [p for p in vs if fold2(p.group_a) == k],
                        [p for p in ls if fold2(p.group_a) == k],
                    )
                    hit, merged = hit + h, merged + m
                table[(kind, t)] = (hit / len(vs), merged / len(ls))
        mode = "veto mode: the rules AND score >= threshold" if veto else "the scorer alone"
        print(f"{'threshold':>9}  single recall / false   full recall / false   (fit half, "
              f"cross-fitted; {mode})")  # fmt: skip
        for t in GRID:
            (rs, fs), (rf, ff) = table[("single", t)], table[("full", t)]
            print(f"{t:>9.2f}  {rs:>13.3f} / {fs:.3f}  {rf:>11.3f} / {ff:.3f}")
        best = next(
            (t for t in GRID if all(table[(kind, t)][1] <= args.target for kind in variants)),
            GRID[-1],
        )
        print(f"lowest threshold {best} with false merges <= {args.target} for single and full")
        if not veto:
            chosen = best
    print(f"chosen threshold {chosen} (the scorer alone; the veto threshold is not written)")

    final = train(fit_v, fit_l)
    final = name_scorer.PairModel(final.weights, final.bias, chosen, final.vocab)
    names.use_evidence(None)
    names.use_pair_model(None)
    if not args.dry_run:
        OUT.write_text(json.dumps(final.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"{len(final.weights)} weights -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
