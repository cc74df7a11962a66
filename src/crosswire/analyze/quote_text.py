"""Paragraphs, sentences and words of an article text, for the quote finder.

Sentence boundaries here are abbreviation-aware (``Mr.``, ``U.S.``, initials)
and looked up in an index built once per text, so a call is logarithmic.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .sentences import stop_ends_no_sentence

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


SENT_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_WORD_BEFORE_RE = re.compile(r"([\w.]+)\W*$")


def _ends_sentence(text: str, clip: int, m: re.Match[str]) -> bool:
    """Does the sentence-end match ``m`` end a sentence (not an abbreviation or an
    initial)?  The word before it is looked for after ``clip``."""
    if m.group(0)[0] != ".":
        return True
    word = _WORD_BEFORE_RE.search(text, max(clip, m.start() - 12), m.start() + 1)
    return not stop_ends_no_sentence(word.group(1).rstrip(".") if word else "", text, m.end())


@dataclass(frozen=True, slots=True)
class _SentenceEnds:
    """Every ``SENT_END_RE`` match of one text, found once (``_sentence_ends``)."""

    starts: list[int]
    ws: list[int]  # where the match's trailing whitespace begins
    ends: list[int]
    real_ends: list[int]  # ends of the matches that end a sentence (``_ends_sentence``)
    real_starts: list[int]


@functools.lru_cache(maxsize=4)
def _sentence_ends(text: str) -> _SentenceEnds:
    found = [
        (
            m.start(),
            m.start() + len(m.group(0).rstrip()),
            m.end(),
            _ends_sentence(text, 0, m),
        )
        for m in SENT_END_RE.finditer(text)
    ]
    real = [f for f in found if f[3]]
    return _SentenceEnds(
        [f[0] for f in found],
        [f[1] for f in found],
        [f[2] for f in found],
        [f[2] for f in real],
        [f[0] for f in real],
    )


def _sentence_start_scan(text: str, lo: int, pos: int, stop: int | None = None) -> int:
    start = lo
    for m in SENT_END_RE.finditer(text, lo, pos):
        if m.end() > pos or (stop is not None and m.start() >= stop):
            break
        if _ends_sentence(text, lo, m):
            start = m.end()
    return start


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos``, not before ``lo`` (abbreviation-aware).

    The same as scanning the sentence ends from ``lo`` to ``pos``, but looked up in
    an index of the text's sentence ends: a scan per call was quadratic in a
    paragraph without sentence ends (tens of thousands of initials, "A. B. C. …").
    """
    idx = _sentence_ends(text)
    k = bisect.bisect_right(idx.starts, lo) - 1
    if k >= 0 and idx.starts[k] < lo < idx.ends[k]:
        return _sentence_start_scan(text, lo, pos)  # ``lo`` inside a match: scan
    # a match cut by ``pos`` (its whitespace begun before it) ends there
    k = bisect.bisect_right(idx.ends, pos)
    if k < len(idx.starts) and lo <= idx.starts[k] < pos and idx.ws[k] < pos:
        last = SENT_END_RE.match(text, idx.starts[k], pos)
        if last is not None and _ends_sentence(text, lo, last):
            return pos
    # the last real sentence end before ``pos``; near ``lo`` the word before a full
    # stop is cut at ``lo``, so matches there are checked as a scan would
    v = bisect.bisect_right(idx.real_ends, pos) - 1
    if v >= 0 and idx.real_starts[v] >= lo + 12:
        return idx.real_ends[v]
    return _sentence_start_scan(text, lo, pos, stop=lo + 12)


_NONSPACE_RE = re.compile(r"\S+")


def words_between(text: str, start: int, end: int) -> Iterator[str]:
    """The whitespace-separated words of ``text[start:end]``, one at a time."""
    return (m.group() for m in _NONSPACE_RE.finditer(text, start, end))


def sentence_end(text: str, pos: int, hi: int) -> int:
    for m in SENT_END_RE.finditer(text, pos, hi):
        if _ends_sentence(text, pos, m):
            return m.start() + 1
    return hi
