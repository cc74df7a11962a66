"""Word-level differences between renderings of one quote."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_TOKEN_RE = re.compile(r"\w+|[^\w\s]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class DiffPiece:
    text: str
    changed: bool


def word_diff(base: str, other: str) -> list[DiffPiece]:
    """``other`` split into pieces, each marked changed when absent from ``base``.

    Words are compared case-insensitively; punctuation is kept but never marked.
    """
    a = [t.casefold() for t in _TOKEN_RE.findall(base)]
    spans = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(other)]
    b = [other[s:e].casefold() for s, e in spans]
    same = [False] * len(b)
    for block in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks():
        for j in range(block.b, block.b + block.size):
            same[j] = True
    pieces: list[DiffPiece] = []
    pos = 0
    for (s, e), keep in zip(spans, same, strict=True):
        if s > pos:
            pieces.append(DiffPiece(other[pos:s], False))
        word = other[s:e]
        changed = not keep and any(ch.isalnum() for ch in word)
        if pieces and pieces[-1].changed == changed and (changed or not pieces[-1].changed):
            pieces[-1] = DiffPiece(pieces[-1].text + word, changed)
        else:
            pieces.append(DiffPiece(word, changed))
        pos = e
    if pos < len(other):
        pieces.append(DiffPiece(other[pos:], False))
    merged: list[DiffPiece] = []
    for p in pieces:
        if merged and merged[-1].changed == p.changed:
            merged[-1] = DiffPiece(merged[-1].text + p.text, p.changed)
        else:
            merged.append(p)
    return merged


def diff_runs(base: str, other: str) -> tuple[DiffPiece, ...]:
    """``word_diff`` with the spaces between two changed words marked too, so that
    consecutive changed words form one run ("The Iran deal", not "The", "Iran", "deal")."""
    pieces = word_diff(base, other)
    out: list[DiffPiece] = []
    for i, p in enumerate(pieces):
        between = (
            not p.changed
            and not p.text.strip()
            and 0 < i < len(pieces) - 1
            and pieces[i - 1].changed
            and pieces[i + 1].changed
        )
        changed = p.changed or between
        if out and out[-1].changed == changed:
            out[-1] = DiffPiece(out[-1].text + p.text, changed)
        else:
            out.append(DiffPiece(p.text, changed))
    return tuple(out)
