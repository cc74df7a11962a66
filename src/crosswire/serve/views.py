"""What the pages show, shaped from the data model (no HTML here but escaped pieces).

The web views call these to turn an article with its analysis, or a search
hit, into plain structures the templates render; the templates autoescape
every string.  The story page's view of a dossier is ``story_view`` (its
names are re-exported here).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Analysis, Article, TimeExpression
from ..report.diff import diff_runs as diff_runs
from ..report.labels import outlet_labels as outlet_labels
from ..store.serialize import analysis_to_json
from .story_view import DossierView as DossierView
from .story_view import dossier_view as dossier_view
from .story_view import format_number as format_number
from .story_view import normalised, span_id
from .story_view import span_href as span_href

# --------------------------------------------------------------------------- article


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of article text between two span boundaries, with the kinds covering it."""

    start: int
    end: int
    text: str
    kinds: tuple[str, ...]
    anchors: tuple[str, ...]
    """``span-START-END`` ids of the findings that start here."""
    notes: tuple[str, ...]
    """What each covering finding is (a tooltip)."""


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    kind: str
    note: str


KINDS = ("mention", "quote", "claim", "time", "credit", "hedge")


def time_label(t: TimeExpression) -> str:
    """A time expression for reading: its date, or what it is when it has none."""
    if t.kind == "duration":
        return f"duration {t.duration or ''}".rstrip()
    if t.kind == "set":
        return f"repeats {t.duration or ''}".rstrip()
    if t.kind == "ref":
        return f"{t.part_of_day or 'present'} reference"
    return t.date.isoformat() if t.date else "unresolved"


def highlights(analysis: Analysis | None) -> list[Highlight]:
    """Every finding of one article as a span to highlight."""
    if analysis is None:
        return []
    out = [Highlight(m.start, m.end, "mention", f"{m.label}: {m.text}") for m in analysis.mentions]
    out += [
        Highlight(q.start, q.end, "quote", f"quote, speaker: {q.speaker or 'unknown'}")
        for q in analysis.quotes
    ]
    out += [
        Highlight(
            c.start,
            c.end,
            "claim",
            f"claim: {normalised(c.value, c.low, c.high, c.unit, c.text)}"
            + (f", credited to {c.credited_to}" if c.credited_to else ""),
        )
        for c in analysis.claims
    ]
    out += [Highlight(t.start, t.end, "time", f"time: {time_label(t)}") for t in analysis.times]
    out += [
        Highlight(c.start, c.end, "credit", f"credits {c.source} ({c.kind})")
        for c in analysis.credits
    ]
    out += [Highlight(h.start, h.end, "hedge", f"hedge ({h.kind})") for h in analysis.hedges]
    return out


def paragraphs(
    text: str,
    spans: Iterable[Highlight],
    cuts: Iterable[int] = (),
    anchors: Iterable[tuple[int, int]] = (),
) -> list[list[Piece]]:
    """``text`` as paragraphs (split at blank lines) of pieces cut at every span boundary.

    ``cuts`` adds boundaries (sentence ends) so that spans a dossier points at
    but the analysis has no finding for still fall on piece boundaries;
    ``anchors`` are such spans (a story's summary sentence), given an anchor
    without a highlight.
    """
    marks = [(a, b) for a, b in anchors if 0 <= a < b <= len(text)]
    cuts = [*cuts, *(x for span in marks for x in span)]
    # duplicates dropped in the given order (a set's order would vary between runs), then by
    # position: the notes of findings covering the same text keep the order they came in
    spans = sorted(
        dict.fromkeys(s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, s.end),
    )
    breaks = [(m.start(), m.end()) for m in re.finditer(r"\n\s*\n", text)]
    points = {0, len(text)} | {c for c in cuts if 0 < c < len(text)}
    for s in spans:
        points.update((s.start, s.end))
    for x, y in breaks:
        points.update((x, y))
    starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for s in spans:
        starts[s.start].append((s.start, s.end))
    for a, b in marks:
        starts[a].append((a, b))
    out: list[list[Piece]] = [[]]
    active: list[Highlight] = []
    si = bi = 0
    for a, b in itertools.pairwise(sorted(points)):
        while si < len(spans) and spans[si].start <= a:
            active.append(spans[si])
            si += 1
        active = [s for s in active if s.end > a]  # span ends are points: s.end >= b
        while bi < len(breaks) and breaks[bi][1] <= a:
            bi += 1
        if bi < len(breaks) and breaks[bi][0] <= a and b <= breaks[bi][1]:
            if out[-1]:
                out.append([])
            continue
        out[-1].append(
            Piece(
                start=a,
                end=b,
                text=text[a:b],
                kinds=tuple(sorted({s.kind for s in active}, key=KINDS.index)),
                anchors=tuple(dict.fromkeys(span_id(x, y) for x, y in starts.get(a, ()))),
                notes=tuple(dict.fromkeys(s.note for s in active)),
            )
        )
    return [p for p in out if p]


def analysis_dict(analysis: Analysis | None) -> dict[str, list[dict[str, Any]]]:
    """The article's findings as JSON: as the store writes them (``analysis_to_json``), without
    the encoder's name, and each sentence as ``{"start", "end"}``."""
    if analysis is None:
        return {}
    out = analysis_to_json(analysis)
    out.pop("encoder", None)
    out["sentences"] = [{"start": s, "end": e} for s, e in out.pop("sentences")]
    return out


def article_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "path": a.path,
        "published": a.published.isoformat() if a.published else None,
        "published_inferred": a.published_inferred,
        "language": a.language,
        "source_format": a.source_format,
        "text": a.text,
    }


# --------------------------------------------------------------------------- search

_MARK = re.compile(r"\[([^\[\]]*)\]")
_WORD = re.compile(r"\w+")


def _fold(text: str) -> list[str]:
    """Words as FTS5's unicode61 tokenizer compares them: case and diacritics removed."""
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return _WORD.findall(plain.casefold())


def snippet_parts(snippet: str, query: str | None = None) -> list[tuple[str, bool]]:
    """A store snippet (hits between ``[`` and ``]``) as (text, is_hit) parts.

    The parts are plain text: the template escapes each and wraps hits in
    ``<mark>``, so snippet text can never open a tag.  Given the ``query``, a
    bracketed run whose words are not query words is the article's own
    brackets and stays text.
    """
    words = set(_fold(query)) if query is not None else None
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _MARK.finditer(snippet):
        inner = m.group(1)
        folded = set(_fold(inner))
        if not folded or (words is not None and not folded <= words):
            continue  # the article's own brackets
        if m.start() > pos:
            out.append((snippet[pos : m.start()], False))
        out.append((inner, True))
        pos = m.end()
    if pos < len(snippet):
        out.append((snippet[pos:], False))
    return out


def snippet_dict(snippet: str, query: str | None = None) -> dict[str, Any]:
    """A snippet as JSON: its plain text and the [start, end) offsets of the hits in it."""
    text, marks, pos = [], [], 0
    for part, hit in snippet_parts(snippet, query):
        if hit:
            marks.append([pos, pos + len(part)])
        text.append(part)
        pos += len(part)
    return {"text": "".join(text), "marks": marks}
