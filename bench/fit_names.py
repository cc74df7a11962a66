"""The spelling guard of the name matcher against attested Arabic name variants.

    .venv/bin/python bench/fit_names.py

``crosswire.link.names.same_part`` merges two name parts with equal consonant
skeletons only when their vowel-folded spellings are close: 1 - normalised
edit distance >= ``min_ratio``.  This script sweeps ``min_ratio`` on the *fit*
half of ``bench/eval_names.py``'s pairs (variant spellings of one name, and
look-alike spellings of different names, from the ``arabic-name-romanizer``
table) and prints recall and false merges for each value, then both halves
at the value in use.

Latest reading (2026-12-04): between 0.50 and 0.75 recall falls 0.773 ->
0.740 while false merges fall only 0.124 -> 0.109 (most look-alike merges left
are spellings no guard can part, e.g. "Ahmad Ghazi"/"Ahmed Ghazi" listed for
two different Arabic names); above 0.775 recall collapses.  The balanced
optimum (recall - false merges) is 0.50, but there "Hassan" and "Hussein", two
of the commonest different names (one skeleton, hsn), merge.  Precision first:
``names.MIN_RATIO`` stays 0.75, the lowest value that keeps them apart.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_names
from crosswire.link import names

GRID = [round(0.50 + 0.025 * i, 3) for i in range(17)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.parse_args()
    in_use = names.MIN_RATIO
    db = sqlite3.connect(f"file:{eval_names.default_data()}?mode=ro", uri=True)
    try:
        sets = [eval_names.load_units(db), eval_names.load_full(db)]
    finally:
        db.close()
    halves = {}
    for fit in (True, False):
        vs, ls = [], []
        for groups in sets:
            vs += eval_names.sample(eval_names.variant_pairs(groups), eval_names.DEFAULT_PAIRS, fit)
            ls += eval_names.sample(
                eval_names.lookalike_pairs(groups), eval_names.DEFAULT_PAIRS, fit
            )
        halves[fit] = (vs, ls)

    def score(min_ratio: float, fit: bool) -> tuple[float, float]:
        names.MIN_RATIO = min_ratio
        vs, ls = halves[fit]
        recall = sum(names.same_person_name(p.a, p.b) for p in vs) / len(vs)
        false = sum(names.same_person_name(p.a, p.b) for p in ls) / len(ls)
        return recall, false

    print(f"{'min_ratio':>9}  {'recall':>6}  {'false':>6}  {'recall-false':>12}   (fit half)")
    for r in GRID:
        rec, fm = score(r, True)
        print(f"{r:>9.3f}  {rec:>6.3f}  {fm:>6.3f}  {rec - fm:>12.3f}")
    for fit, name in ((True, "fit"), (False, "held-out")):
        rec, fm = score(in_use, fit)
        print(f"in use, min_ratio {in_use}: {name} recall {rec:.3f}, false merges {fm:.3f}")


if __name__ == "__main__":
    main()
