"""Build ``src/crosswire/analyze/given_name_genders.txt.gz`` from ``nomquamgender``.

    .venv/bin/pip install nomquamgender   # in the eval extra, not a crosswire dependency
    .venv/bin/python bench/build_given_name_genders.py [--min-count N] [--max-uncertainty U]
                                                       [--out FILE]

"She said" after two people are named goes to the woman, but an article often gives
no cue to a person's gender but the first name ("Marta Zielinska said …. She added
…"): the quote stage reads a given name's usual gender from this list, as a weak vote
the article's own cues (honorifics, gendered nouns, pronouns) outweigh.

The list holds the given names of the ``nomquamgender`` package's table (MIT; name
counts and the share of them borne by women, p(gf), compiled from 36 sources of many
countries: Van Buskirk, Clauset and Larremore, "An open-source cultural consensus
approach to name-based gender classification", ICWSM 2023) that are alphabetic,
counted at least ``--min-count`` times (default 1,000), and whose p(gf) is within
``--max-uncertainty`` (default 0.02) of 0 or 1: "daniel" (p 0.016) is male, "marta"
(0.991) female, "jean" (0.477), "andrea" (0.83) and "jordan" (0.108) are left out.
One ``name<TAB>m|f`` per line, sorted.  The package's own code (which needs pandas)
is not imported: its data file is read where the package is installed.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
from pathlib import Path

OUT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "crosswire"
    / "analyze"
    / "given_name_genders.txt.gz"
)
HEADER = (
    "# given names and their usual gender (p(gf) within {u} of 0 or 1, counted >= {n} "
    "times), from the nomquamgender package's table (MIT; Van Buskirk, Clauset and "
    "Larremore, ICWSM 2023); built by bench/build_given_name_genders.py"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--min-count", type=int, default=1000)
    ap.add_argument("--max-uncertainty", type=float, default=0.02)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or spec.origin is None:
        raise SystemExit("nomquamgender is not installed: .venv/bin/pip install nomquamgender")
    table = json.loads((Path(spec.origin).parent / "name_data.json").read_text("utf-8"))
    rows = []
    for name, row in table.items():
        count, pgf = row[1], row[2]
        if not (name.isascii() and name.isalpha() and len(name) >= 2) or count < args.min_count:
            continue
        if pgf <= args.max_uncertainty:
            rows.append(f"{name}\tm")
        elif pgf >= 1 - args.max_uncertainty:
            rows.append(f"{name}\tf")
    rows.sort()
    header = HEADER.format(u=args.max_uncertainty, n=args.min_count)
    data = "\n".join([header, *rows]) + "\n"
    # a fixed mtime: the same table gives the same bytes
    args.out.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    males = sum(r.endswith("\tm") for r in rows)
    print(f"{len(rows)} names ({males} male, {len(rows) - males} female) -> {args.out}")


if __name__ == "__main__":
    main()
