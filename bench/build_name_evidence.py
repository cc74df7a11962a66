"""Build ``src/crosswire/link/name_evidence.json.gz`` from ``arabic-name-romanizer``.

    .venv/bin/pip install arabic-name-romanizer   # not a crosswire dependency
    .venv/bin/python bench/build_name_evidence.py [--half fit|all] [--out FILE]

Reads the package's ``names.sqlite3`` (single name parts, ``units`` table),
groups spellings by Arabic name exactly as ``bench/eval_names.py`` does
(hamza seats folded, the article dropped, عبد/ابو/بن joined), keeps the
spellings attested at least 3 times and for at least 2% of their name's
attestations, folds them with crosswire's own ``names.name_parts`` and writes
``{"spellings": {folded: [group ids]}}``.

``--half fit`` builds from the *fit* half of the names only (by the same hash
``eval_names`` uses), so that ``eval_names.py --evidence`` can measure the
matcher with evidence on the held-out half the evidence was not built from.
The shipped file is built from all names (``--half all``, the default).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_names
from crosswire.link import name_evidence
from crosswire.link.name_evidence import NameEvidence
from crosswire.link.names import name_parts

OUT = Path(name_evidence.__file__).with_name(name_evidence.FILE)
MIN_COUNT = 3
MIN_SHARE = 0.02


def build(half: str = "all", keep: Callable[[str], bool] | None = None) -> dict[str, list[int]]:
    """Spelling -> group ids; ``keep``: only the groups it accepts (after ``half``)."""
    db = sqlite3.connect(f"file:{eval_names.default_data()}?mode=ro", uri=True)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    try:
        for key, latin, n in db.execute("SELECT arabic_key, latin, count FROM units"):
            group = eval_names.arabic_group(key)
            if not group or (half == "fit" and not eval_names.in_fit(group)):
                continue
            if keep is not None and not keep(group):
                continue
            parts = name_parts(latin)
            if len(parts) == 1:
                counts[group][parts[0]] += n
    finally:
        db.close()
    ids = {g: i for i, g in enumerate(sorted(counts))}
    spellings: dict[str, set[int]] = defaultdict(set)
    for group, c in counts.items():
        total = sum(c.values())
        for spelling, n in c.items():
            if n >= MIN_COUNT and n >= MIN_SHARE * total:
                spellings[spelling].add(ids[group])
    return {s: sorted(g) for s, g in sorted(spellings.items())}


def evidence(half: str = "all", keep: Callable[[str], bool] | None = None) -> NameEvidence:
    """``build``'s table as the matcher reads it."""
    return NameEvidence({k: frozenset(v) for k, v in build(half, keep).items()})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=["all", "fit"], default="all")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    spellings = build(args.half)
    payload = {
        "source": "arabic-name-romanizer names.sqlite3 (Wikidata, CC0), units table",
        "built_by": "bench/build_name_evidence.py",
        "half": args.half,
        "spellings": spellings,
    }
    args.out.write_bytes(gzip.compress(json.dumps(payload, sort_keys=True).encode(), mtime=0))
    groups = len({g for v in spellings.values() for g in v})
    print(
        f"{len(spellings)} spellings of {groups} names -> {args.out} "
        f"({args.out.stat().st_size:,} bytes)"
    )


if __name__ == "__main__":
    main()
