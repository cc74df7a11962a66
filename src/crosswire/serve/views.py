"""What the pages show, shaped from the data model (no HTML here but escaped pieces).

The web views call these to turn a :class:`~crosswire.model.Dossier`, an
article with its analysis, or a search hit into plain structures the
templates render; the templates autoescape every string.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..link.reuse import reused_passages
from ..model import Analysis, Article, ClaimGroup, Dossier, Entity, Quote, QuoteGroup
from ..report.diff import DiffPiece, word_diff
from ..report.html import safe_url
from ..store.serialize import analysis_to_json
from .svg import Lane

PEOPLE_KINDS = ("person", "organisation", "group")


def span_id(start: int, end: int) -> str:
    """The anchor of a span in the article view: ``span-START-END``."""
    return f"span-{start}-{end}"


def span_href(article: str, start: int, end: int) -> str:
    """Where a finding's span is shown: its article, scrolled to the highlighted span."""
    return f"/articles/{article}#{span_id(start, end)}"


def outlet_labels(articles: Sequence[Article]) -> dict[str, str]:
    """A short label per article: its outlet (or file name), made unique with the date."""
    base = {a.id: a.outlet or (a.path or "").rsplit("/", 1)[-1] or a.id for a in articles}
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


# --------------------------------------------------------------------------- dossier


@dataclass(frozen=True, slots=True)
class Variant:
    text: str
    mentions: int
    outlets: tuple[str, ...]
    href: str


@dataclass(frozen=True, slots=True)
class EntityRow:
    entity: Entity
    variants: tuple[Variant, ...]
    outlets: int


@dataclass(frozen=True, slots=True)
class Rendering:
    quote: Quote
    label: str
    href: str
    pieces: tuple[DiffPiece, ...]
    reference: bool
    changed_words: int


@dataclass(frozen=True, slots=True)
class QuoteView:
    group: QuoteGroup
    renderings: tuple[Rendering, ...]
    outlets: int


@dataclass(frozen=True, slots=True)
class ClaimValue:
    label: str
    text: str
    href: str
    normalised: str
    unit: str
    credited: str | None


@dataclass(frozen=True, slots=True)
class ClaimView:
    group: ClaimGroup
    values: tuple[ClaimValue, ...]
    outlets: int


@dataclass(frozen=True, slots=True)
class CreditView:
    source: str
    kind: str
    by: tuple[tuple[str, str, str], ...]
    """(outlet label, attribution as written, href) per crediting article."""


@dataclass(frozen=True, slots=True)
class ReuseView:
    """One reused passage: its text, each copy's (outlet label, href), similarity range."""

    text: str
    href: str
    copies: tuple[tuple[str, str], ...]
    similarity: str
    """The range as shown ("93%", "85–100%")."""


@dataclass
class DossierView:
    labels: dict[str, str]
    lanes: list[Lane]
    articles: list[tuple[Article, str | None]]
    """Each article with its link if it has a plain http(s) URL."""
    entities: list[EntityRow] = field(default_factory=list)
    other_entities: list[EntityRow] = field(default_factory=list)
    quotes: list[QuoteView] = field(default_factory=list)
    claims: list[ClaimView] = field(default_factory=list)
    credits: list[CreditView] = field(default_factory=list)
    hedges: list[tuple[str, str, str]] = field(default_factory=list)
    reuse: list[ReuseView] = field(default_factory=list)
    conflicts: int = 0


_ORDER = {"conflict": 0, "agree": 1, "single": 2}


def dossier_view(d: Dossier) -> DossierView:
    """Everything the story page shows, from one dossier."""
    articles = sorted(d.articles, key=lambda a: (a.published is None, a.published, a.id))
    labels = outlet_labels(articles)
    view = DossierView(
        labels=labels,
        lanes=[Lane(a.id, labels[a.id]) for a in articles],
        articles=[(a, safe_url(a.url)) for a in articles],
    )
    for e in d.entities:
        row = _entity_row(e, labels)
        (view.entities if e.kind in PEOPLE_KINDS else view.other_entities).append(row)
    for rows in (view.entities, view.other_entities):
        rows.sort(key=lambda r: (-r.outlets, -len(r.entity.mentions), r.entity.name))
    view.quotes = sorted(
        (_quote_view(g, labels) for g in d.quotes if g.renderings),
        key=lambda q: (-q.outlets, -len(q.renderings)),
    )
    view.claims = sorted(
        (_claim_view(g, labels) for g in d.claims),
        key=lambda c: (_ORDER.get(c.group.status, 3), -c.outlets),
    )
    view.conflicts = sum(1 for c in d.claims if c.status == "conflict") + sum(
        1 for t in d.timeline if t.conflict
    )
    by_source: dict[str, list[Any]] = defaultdict(list)
    for c in d.provenance:
        by_source[c.source.casefold()].append(c)
    view.credits = sorted(
        (
            CreditView(
                source=cs[0].source,
                kind=cs[0].kind,
                by=tuple(
                    (labels.get(c.article, c.article), c.text, span_href(c.article, c.start, c.end))
                    for c in cs
                ),
            )
            for cs in by_source.values()
        ),
        key=lambda v: (-len({b[0] for b in v.by}), v.source.casefold()),
    )
    view.hedges = [
        (labels.get(h.article, h.article), h.text, span_href(h.article, h.start, h.end))
        for h in d.hedges
    ]
    view.reuse = [
        ReuseView(
            text=p.spans[0].text,
            href=span_href(p.spans[0].article, p.spans[0].start, p.spans[0].end),
            copies=tuple(
                (labels.get(s.article, s.article), span_href(s.article, s.start, s.end))
                for s in p.spans
            ),
            similarity=p.similarity,
        )
        for p in reused_passages(d.reuse, [a.id for a in articles])
    ]
    return view


def _entity_row(e: Entity, labels: Mapping[str, str]) -> EntityRow:
    by_text: dict[str, list[Any]] = defaultdict(list)
    for m in e.mentions:
        by_text[m.text].append(m)
    names = list(e.variants) + [t for t in by_text if t not in e.variants]
    variants = []
    for v in names:
        ms = by_text.get(v, [])
        variants.append(
            Variant(
                text=v,
                mentions=len(ms),
                outlets=tuple(sorted({labels.get(m.article, m.article) for m in ms})),
                href=span_href(ms[0].article, ms[0].start, ms[0].end) if ms else "",
            )
        )
    variants.sort(key=lambda v: (-len(v.outlets), -v.mentions, v.text))
    return EntityRow(e, tuple(variants), len({m.article for m in e.mentions}))


def diff_runs(base: str, other: str) -> tuple[DiffPiece, ...]:
    """``word_diff`` with the spaces between two changed words marked too (one run)."""
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


def _quote_view(g: QuoteGroup, labels: Mapping[str, str]) -> QuoteView:
    """The group's renderings, the longest first: the reference the others are compared
    with (a shorter outlet's rendering is often a fragment of a longer one's)."""
    ref = max(range(len(g.renderings)), key=lambda i: (len(g.renderings[i].text.split()), -i))
    order = [ref] + [i for i in range(len(g.renderings)) if i != ref]
    base = g.renderings[ref].text
    out = []
    for i in order:
        r = g.renderings[i]
        pieces = diff_runs(base, r.text) if i != ref else (DiffPiece(r.text, False),)
        out.append(
            Rendering(
                quote=r,
                label=labels.get(r.article, r.article),
                href=span_href(r.article, r.start, r.end),
                pieces=pieces,
                reference=i == ref,
                changed_words=sum(len(p.text.split()) for p in pieces if p.changed),
            )
        )
    return QuoteView(g, tuple(out), len({r.article for r in g.renderings}))


def format_number(x: float) -> str:
    """1,234.5 / 347,133,600 / 0.25: grouped, no exponent below 10^15, 6 significant digits."""
    if abs(x) >= 1e15:
        return f"{x:.3g}"
    if abs(x) >= 1e6:
        return f"{x:,.0f}"
    return f"{x:,.6g}"


def normalised(value: float | None, low: float, high: float, unit: str) -> str:
    """The normalised amount as text: "150 second (2.5 minutes)", "200–300 person"."""
    amount = (
        format_number(value)
        if value is not None
        else format_number(low)
        if low == high
        else f"{format_number(low)}–{format_number(high)}"
    )
    hint = (
        _duration_hint(value if value is not None else (low + high) / 2) if unit == "second" else ""
    )
    return f"{amount} {unit}" + (f" ({hint})" if hint else "")


def _duration_hint(seconds: float) -> str:
    for size, name in (
        (365.25 * 86400, "years"),
        (86400, "days"),
        (3600, "hours"),
        (60, "minutes"),
    ):
        if seconds >= size * 1.5:
            return f"≈ {seconds / size:.3g} {name}"
    return ""


def _claim_view(g: ClaimGroup, labels: Mapping[str, str]) -> ClaimView:
    values = tuple(
        ClaimValue(
            label=labels.get(v.article, v.article),
            text=v.text,
            href=span_href(v.article, v.start, v.end),
            normalised=normalised(v.value, v.low, v.high, v.unit),
            unit=v.unit,
            credited=v.credited_to,
        )
        for v in g.values
    )
    return ClaimView(g, values, len({v.article for v in g.values}))


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
            f"claim: {normalised(c.value, c.low, c.high, c.unit)}"
            + (f", credited to {c.credited_to}" if c.credited_to else ""),
        )
        for c in analysis.claims
    ]
    out += [
        Highlight(t.start, t.end, "time", f"time: {t.date.isoformat() if t.date else 'unresolved'}")
        for t in analysis.times
    ]
    out += [
        Highlight(c.start, c.end, "credit", f"credits {c.source} ({c.kind})")
        for c in analysis.credits
    ]
    out += [Highlight(h.start, h.end, "hedge", f"hedge ({h.kind})") for h in analysis.hedges]
    return out


def paragraphs(
    text: str, spans: Iterable[Highlight], cuts: Iterable[int] = ()
) -> list[list[Piece]]:
    """``text`` as paragraphs (split at blank lines) of pieces cut at every span boundary.

    ``cuts`` adds boundaries (sentence ends) so that spans a dossier points at
    but the analysis has no finding for still fall on piece boundaries.
    """
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
    starts: dict[int, list[Highlight]] = defaultdict(list)
    for s in spans:
        starts[s.start].append(s)
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
                anchors=tuple(dict.fromkeys(span_id(s.start, s.end) for s in starts.get(a, ()))),
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
