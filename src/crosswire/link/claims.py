"""Claim comparison: numbers that measure the same thing, across articles.

First version: claims are grouped by dimension and what they count (or, when
the counted noun is unknown, by canonical unit); a group's status is

* ``single`` when only one article gives the measure,
* ``agree`` when all normalised ranges overlap once widened by ``TOLERANCE``,
* ``conflict`` otherwise.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

from ..model import Claim, ClaimGroup, ClaimStatus

TOLERANCE = 0.15


def claim_status(values: Sequence[Claim]) -> ClaimStatus:
    if len({c.article for c in values}) < 2:
        return "single"
    lo = max(c.low * (1 - TOLERANCE) for c in values)
    hi = min(c.high * (1 + TOLERANCE) for c in values)
    return "agree" if lo <= hi else "conflict"


def measure_name(c: Claim) -> str:
    if c.counted:
        return f"{c.quantity}: {c.counted}"
    return f"{c.quantity} ({c.unit})"


def compare_claims(claims: Sequence[Claim]) -> list[ClaimGroup]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: (c.article, c.start)):
        groups[measure_name(c)].append(c)
    out = []
    for measure, values in groups.items():
        gid = "c" + hashlib.sha256(measure.encode()).hexdigest()[:10]
        out.append(
            ClaimGroup(id=gid, measure=measure, status=claim_status(values), values=tuple(values))
        )
    order = {"conflict": 0, "agree": 1, "single": 2}
    out.sort(key=lambda g: (order[g.status], g.measure))
    return out
