"""Small text utilities shared by the linkers."""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return [w.casefold() for w in _WORD_RE.findall(text)]


def jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def containment(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """Share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
