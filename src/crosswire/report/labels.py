"""How an article is named in reports and pages: by its outlet, never by its file name."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..analyze.sentences import split_sentences
from ..analyze.units import HEDGE_PHRASES, hedge_kind, hedge_range
from ..model import Article, Hedge

UNKNOWN_OUTLET = "unknown outlet"


def outlet_name(a: Article) -> str:
    """The article's outlet, or "unknown outlet"."""
    return a.outlet or UNKNOWN_OUTLET


def outlet_labels(articles: Sequence[Article]) -> dict[str, str]:
    """A short label per article: its outlet (or "unknown outlet"), made unique with the
    date (or a number) where several articles share it."""
    base = {a.id: outlet_name(a) for a in articles}
    counts = Counter(base.values())
    out = {}
    seen: Counter[str] = Counter()
    for a in articles:
        label = base[a.id]
        if counts[label] > 1:
            seen[label] += 1
            when = a.published.isoformat() if a.published else f"#{seen[label]}"
            label = f"{label} ({when})"
        out[a.id] = label
    return out


_SEASON_OF_MONTH = {3: "spring", 6: "summer", 9: "fall", 12: "winter"}


def date_label(day: dt.date, precision: str) -> str:
    """A timeline date as precise as the text gave it: "2010" for a year, "2010-12"
    for a month, "2010-Q3" for a quarter, "2010-H1" for a half year, "fall 2010" for a
    season ("winter 2010–11": it starts in December), "week of 2010-12-06" for a week
    ("weekend of …"), "2010-12-08" for a day (never "2010-01-01" for "in 2010")."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if precision == "half":
        return f"{day.year:04d}-H{1 if day.month < 7 else 2}"
    if precision == "season":
        name = _SEASON_OF_MONTH.get(day.month, "season")
        if name == "winter":
            return f"winter {day.year:04d}–{(day.year + 1) % 100:02d}"
        return f"{name} {day.year:04d}"
    if precision in ("week", "weekend"):
        return f"{precision} of {day.isoformat()}"
    return day.isoformat()


# how a hedged figure is shown: its written figure X with the hedge's sign, instead of
# the [low, high] range it is compared by ("more than 90" is "> 90", not "90–135")
_HEDGE_SIGNS = {
    "about": "≈",
    "nearly": "≲",
    "hardly": "≲",
    "more": ">",
    "little more": "≳",
    "at least": "≥",
    "up to": "≤",
    "less than": "≤",
}
# phrases whose sign is not their class's: a strict bound ("less than 1,000" is
# "< 1000") or one that holds the figure ("30% or more" is "≥ 30")
_PHRASE_SIGNS = {
    "less than": "<",
    "fewer than": "<",
    "under": "<",
    "below": "<",
    "or more": "≥",
    "no fewer than": "≥",
    "no less than": "≥",
    "not less than": "≥",
    "no more than": "≤",
    "not more than": "≤",
}
_SPACES = re.compile(r"\s+")
_LONGEST_FIRST = sorted(HEDGE_PHRASES, key=len, reverse=True)


def _hedge_of(text: str) -> tuple[str, str] | None:
    """The hedge class and phrase a figure's text opens (or ends) with."""
    words = _SPACES.sub(" ", text.strip().lower())
    for phrase in _LONGEST_FIRST:
        if words.startswith(phrase + " ") or words.endswith(" " + phrase):
            kind = hedge_kind(phrase)
            return (kind, phrase) if kind is not None else None
    return None


def amount_label(
    text: str, value: float | None, low: float, high: float, fmt: Callable[[float], str]
) -> str:
    """A figure's normalised amount as shown: the point value, a written range
    ("200–300"), or a hedged figure as its written figure with the hedge's sign ("> 90"
    for "more than 90 per cent", "≥ 1" for "at least one", "≤ 1,000" for "up to
    1,000", "≈ 300,000" for "about 300 kilometres"), never the comparison range built
    around it ("90–135"), which no outlet wrote."""
    if value is not None:
        return fmt(value)
    if low == high:
        return fmt(low)
    hedge = _hedge_of(text)
    if hedge is not None:
        kind, phrase = hedge
        for x in (low, high, (low + high) / 2):
            bounds = hedge_range(kind, x)
            if bounds and all(
                math.isclose(a, b, rel_tol=1e-6) for a, b in zip(bounds, (low, high), strict=True)
            ):
                return f"{_PHRASE_SIGNS.get(phrase, _HEDGE_SIGNS[kind])} {fmt(x)}"
    return f"{fmt(low)}–{fmt(high)}"


SENTENCE_CONTEXT = 300
"""Characters of a hedge's sentence shown on either side of it, at most."""


def in_sentence(h: Hedge, text: str) -> tuple[str, str]:
    """The words of its sentence before and after a hedge (``h.text``), spaces
    collapsed and cut at ``SENTENCE_CONTEXT`` characters with "…": a hedge shown
    alone ("could") says nothing of the fact it doubts."""
    if not 0 <= h.start < h.end <= len(text):
        return "", ""
    start, end = h.start, h.end
    if h.sentence_start is not None and h.sentence_end is not None:
        start, end = min(h.sentence_start, h.start), max(h.sentence_end, h.end)
    else:
        for s, e in split_sentences(text):
            if s <= h.start < e:
                start, end = s, max(e, h.end)
                break
    before = text[max(start, h.start - SENTENCE_CONTEXT) : h.start]
    after = text[h.end : min(end, h.end + SENTENCE_CONTEXT)]
    if h.start - start > SENTENCE_CONTEXT:
        before = "…" + before.lstrip()
    if end - h.end > SENTENCE_CONTEXT:
        after = after.rstrip() + "…"
    return (
        " ".join(before.split()) + (" " if before[-1:].isspace() else ""),
        (" " if after[:1].isspace() else "") + " ".join(after.split()),
    )


BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
"""Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)."""


def without_bidi_controls(text: str) -> str:
    """``text`` as displayed: without bidi controls, which could reorder what is shown
    around it (an outlet name that reads as another).  Stored text keeps them."""
    return text.translate(BIDI_CONTROLS)


def display_value(value: object) -> object:
    """A template's ``finalize``: every string shown loses its bidi controls (escaped
    markup stays markup: removing characters opens no tag)."""
    from markupsafe import Markup

    if isinstance(value, Markup):
        return Markup(without_bidi_controls(str(value)))
    if isinstance(value, str):
        return without_bidi_controls(value)
    return value
