"""Which spelling differences the name matcher accepts, for true variants and for look-alikes.

    .venv/bin/python bench/name_edit_classes.py [--half fit|held-out] [--top N]

For every variant pair and every look-alike pair of single names in one half of
``bench/eval_names.py``'s data (all pairs, not a sample; no attested-spelling
evidence, so the spelling rules alone are measured), the pairs
``same_person_name`` accepts are classed by how their folded spellings differ
(``difflib`` edit operations, each written ``place:a>b`` with the place ``start``,
``mid`` or ``end`` of the name: "mid:a>e" for "Barak" / "Barek").  Printed per
class: accepted variant pairs and accepted look-alike pairs, each as a share of
all pairs of its kind.  A class whose look-alike share is well above its variant
share is one a rule could refuse for a net gain; where every large class accepts
a larger share of variants than of look-alikes, refusing any of them costs more
recall than it saves in false merges.
"""

from __future__ import annotations

import argparse
import difflib
import sqlite3
from collections import Counter

import eval_names as E
from crosswire.link import names as matcher
from crosswire.link.name_evidence import NameEvidence
from crosswire.link.names import same_person_name


def edit_class(a: str, b: str) -> str:
    """How two spellings differ: their folded forms' edit operations, sorted."""
    a, b = E.fold(a), E.fold(b)
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if i2 == len(a) and j2 == len(b):
            place = "end"
        elif i1 == 0 and j1 == 0:
            place = "start"
        else:
            place = "mid"
        x, y = sorted((a[i1:i2], b[j1:j2]))
        ops.append(f"{place}:{x}>{y}")
    return " ".join(sorted(ops))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=["fit", "held-out"], default="fit")
    ap.add_argument("--top", type=int, default=15, help="classes printed (most look-alikes)")
    args = ap.parse_args()
    fit = args.half == "fit"
    matcher.use_evidence(NameEvidence({}))
    try:
        groups = E.load_units(sqlite3.connect(str(E.default_data())))
        variants = [p for p in E.variant_pairs(groups) if p.fit == fit]
        lookalikes = [p for p in E.lookalike_pairs(groups) if p.fit == fit]
        var: Counter[str] = Counter(
            edit_class(p.a, p.b) for p in variants if same_person_name(p.a, p.b)
        )
        look: Counter[str] = Counter(
            edit_class(p.a, p.b) for p in lookalikes if same_person_name(p.a, p.b)
        )
    finally:
        matcher.use_evidence(None)
    nv, nl = len(variants), len(lookalikes)
    print(f"single names, {args.half} half, spelling rules alone (no evidence)")
    print(
        f"  accepted: variant pairs {sum(var.values())}/{nv} "
        f"({sum(var.values()) / nv:.3f}), look-alike pairs {sum(look.values())}/{nl} "
        f"({sum(look.values()) / nl:.3f})"
    )
    print(f"  {'edit class':28s} {'variants':>8s} {'share':>7s} {'look-alikes':>11s} {'share':>7s}")
    for cls, n in look.most_common(args.top):
        print(f"  {cls:28s} {var[cls]:8d} {var[cls] / nv:7.4f} {n:11d} {n / nl:7.4f}")
    above = [c for c in look if look[c] / nl > var[c] / nv]
    print(
        f"  classes with a larger look-alike share than variant share: {len(above)}, "
        f"holding {sum(look[c] for c in above)} look-alike and {sum(var[c] for c in above)} "
        "variant pairs"
    )


if __name__ == "__main__":
    main()
