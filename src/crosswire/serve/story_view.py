"""The story page's view of a dossier: what each section lists, and in what order.

``dossier_view`` shapes a :class:`~crosswire.model.Dossier` into plain rows the
template renders (every string is autoescaped there).  The same text listed
many times (one sentence repeated a thousand times in an article) is one row
with a count.  ``filter_view`` narrows and orders a view by a
:class:`DossierFilter` (the page's query parameters: outlet, speaker,
conflicts only, sort).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ..link.reuse import reused_passages
from ..model import Article, ClaimGroup, Dossier, Entity, Hedge, Quote, QuoteGroup, TimelineItem
from ..report.diff import DiffPiece, diff_runs
from ..report.html import safe_url
from ..report.labels import (
    amount_label,
    in_sentence,
    outlet_labels,
    outlet_name,
    without_bidi_controls,
)
from .svg import Lane

PEOPLE_KINDS = ("person", "organisation", "group", "vessel")
T = TypeVar("T")


def span_id(start: int, end: int) -> str:
    """The anchor of a span in the article view: ``span-START-END``."""
    return f"span-{start}-{end}"


def span_href(article: str, start: int, end: int) -> str:
    """Where a finding's span is shown: its article, scrolled to the highlighted span."""
    return f"/articles/{article}#{span_id(start, end)}"


def counted(items: Iterable[T], key: Callable[[T], Hashable]) -> list[tuple[T, int]]:
    """Each distinct item (by ``key``, first seen kept, in order) with how often it occurs."""
    first: dict[Hashable, T] = {}
    counts: Counter[Hashable] = Counter()
    for item in items:
        k = key(item)
        first.setdefault(k, item)
        counts[k] += 1
    return [(item, counts[k]) for k, item in first.items()]


@dataclass(frozen=True, slots=True)
class Source:
    """One article's span behind a listed item (``count``: times it occurs there)."""

    article: str
    label: str
    text: str
    href: str
    count: int = 1


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
    count: int = 1


@dataclass(frozen=True, slots=True)
class QuoteView:
    group: QuoteGroup
    renderings: tuple[Rendering, ...]
    outlets: int
    count: int = 1
    """Groups of the same renderings (the same sentence repeated) shown as this one."""


@dataclass(frozen=True, slots=True)
class ClaimValue:
    article: str
    label: str
    text: str
    href: str
    normalised: str
    unit: str
    credited: str | None
    count: int = 1


@dataclass(frozen=True, slots=True)
class ClaimView:
    group: ClaimGroup
    values: tuple[ClaimValue, ...]
    outlets: int
    count: int = 1


@dataclass(frozen=True, slots=True)
class CreditView:
    source: str
    kind: str
    by: tuple[Source, ...]
    """The attribution as written, per crediting article."""


@dataclass(frozen=True, slots=True)
class HedgeView:
    """A hedge in its sentence: ``before`` + ``text`` (the hedge words) + ``after``."""

    article: str
    label: str
    before: str
    text: str
    after: str
    href: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class TimelineRow:
    number: int
    """The number drawn in the event's marks on the timeline plot."""
    item: TimelineItem
    sources: tuple[Source, ...]


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
    timeline: list[TimelineRow] = field(default_factory=list)
    credits: list[CreditView] = field(default_factory=list)
    hedges: list[HedgeView] = field(default_factory=list)
    reuse: list[ReuseView] = field(default_factory=list)
    conflicts: int = 0
    outlet_of: dict[str, str] = field(default_factory=dict)
    """Article id -> outlet name ("unknown outlet" when unknown): what the filter matches."""

    @property
    def outlets(self) -> list[str]:
        """The outlet names, for the filter."""
        return sorted(set(self.outlet_of.values()), key=str.casefold)

    @property
    def speakers(self) -> list[str]:
        """The speakers of the quotes, for the filter."""
        names = {q.group.speaker_name for q in self.quotes if q.group.speaker_name}
        return sorted(names, key=str.casefold)


_Counted = TypeVar("_Counted", QuoteView, ClaimView, HedgeView)


def _merged(items: Iterable[_Counted], key: Callable[[_Counted], Hashable]) -> list[_Counted]:
    """The items that are the same (by ``key``) as one, the first, with ``count`` how many."""
    return [replace(item, count=n) for item, n in counted(items, key)]


_ORDER = {"conflict": 0, "agree": 1, "single": 2}


def dossier_view(d: Dossier) -> DossierView:
    """Everything the story page shows, from one dossier."""
    articles = sorted(d.articles, key=lambda a: (a.published is None, a.published, a.id))
    labels = outlet_labels(articles)
    view = DossierView(
        labels=labels,
        lanes=[Lane(a.id, labels[a.id]) for a in articles],
        articles=[(a, safe_url(a.url)) for a in articles],
        outlet_of={a.id: outlet_name(a) for a in articles},
    )
    for e in d.entities:
        row = _entity_row(e, labels)
        (view.entities if e.kind in PEOPLE_KINDS else view.other_entities).append(row)
    for rows in (view.entities, view.other_entities):
        rows.sort(key=lambda r: (-r.outlets, -len(r.entity.mentions), r.entity.name))
    quotes = _merged(
        (_quote_view(g, labels) for g in d.quotes if g.renderings),
        lambda q: (
            q.group.speaker_name,
            tuple((r.quote.article, r.quote.text) for r in q.renderings),
        ),
    )
    view.quotes = _sort_quotes(quotes, "reported")
    claims = _merged(
        (_claim_view(g, labels) for g in d.claims),
        lambda c: (c.group.measure, c.group.status, tuple((v.article, v.text) for v in c.values)),
    )
    view.claims = _sort_claims(claims, "reported")
    view.conflicts = sum(1 for c in d.claims if c.status == "conflict") + sum(
        1 for t in d.timeline if t.conflict
    )
    view.timeline = [
        TimelineRow(i, t, _sources(t.sources, labels)) for i, t in enumerate(d.timeline, 1)
    ]
    by_source: dict[str, list[Any]] = defaultdict(list)
    for c in d.provenance:
        by_source[c.source.casefold()].append(c)
    view.credits = sorted(
        (
            CreditView(source=cs[0].source, kind=cs[0].kind, by=_sources(cs, labels))
            for cs in by_source.values()
        ),
        key=lambda v: (-len({b.label for b in v.by}), v.source.casefold()),
    )
    texts = {a.id: a.text for a in articles}
    view.hedges = _merged(
        (_hedge_view(h, texts.get(h.article, ""), labels) for h in d.hedges),
        lambda h: (h.article, h.before, h.text, h.after),
    )
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


def _sources(spans: Iterable[Any], labels: Mapping[str, str]) -> tuple[Source, ...]:
    """Spans (anything with article, start, end, text) as sources, repeats counted."""
    return tuple(
        Source(
            s.article,
            labels.get(s.article, s.article),
            s.text,
            span_href(s.article, s.start, s.end),
            n,
        )
        for s, n in counted(spans, lambda s: (s.article, " ".join(s.text.split())))
    )


def _hedge_view(h: Hedge, text: str, labels: Mapping[str, str]) -> HedgeView:
    before, after = in_sentence(h, text)
    return HedgeView(
        h.article,
        labels.get(h.article, h.article),
        before,
        h.text,
        after,
        span_href(h.article, h.start, h.end),
    )


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


def _quote_view(g: QuoteGroup, labels: Mapping[str, str]) -> QuoteView:
    """The group's renderings, the longest first: the reference the others are compared
    with (a shorter outlet's rendering is often a fragment of a longer one's).  The same
    text in the same article is one rendering with a count."""
    ref = max(range(len(g.renderings)), key=lambda i: (len(g.renderings[i].text.split()), -i))
    order = [ref] + [i for i in range(len(g.renderings)) if i != ref]
    base = g.renderings[ref].text
    out = []
    for i, n in counted(order, lambda i: (g.renderings[i].article, g.renderings[i].text)):
        r = g.renderings[i]
        # the reference, or another piece of its article (one quote it cut with its
        # attribution): as written, no wording compared
        own = r.article == g.renderings[ref].article
        pieces = (DiffPiece(r.text, False),) if own else diff_runs(base, r.text)
        out.append(
            Rendering(
                quote=r,
                label=labels.get(r.article, r.article),
                href=span_href(r.article, r.start, r.end),
                pieces=pieces,
                reference=i == ref,
                changed_words=sum(len(p.text.split()) for p in pieces if p.changed),
                count=n,
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


def normalised(value: float | None, low: float, high: float, unit: str, text: str = "") -> str:
    """The normalised amount as text: "150 second (2.5 minutes)", "200–300 person",
    "> 90 percent" (for "more than 90 per cent": ``report.labels.amount_label``)."""
    amount = amount_label(text, value, low, high, format_number)
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
            article=v.article,
            label=labels.get(v.article, v.article),
            text=v.text,
            href=span_href(v.article, v.start, v.end),
            normalised=normalised(v.value, v.low, v.high, v.unit, v.text),
            unit=v.unit,
            credited=v.credited_to,
            count=n,
        )
        for v, n in counted(g.values, lambda v: (v.article, v.text, v.low, v.high, v.unit))
    )
    return ClaimView(g, values, len({v.article for v in g.values}))


# --------------------------------------------------------------------------- filter

SORTS = {
    "reported": "most widely reported first",
    "name": "by speaker or measure, A–Z",
    "differences": "most differences first",
}


@dataclass(frozen=True, slots=True)
class DossierFilter:
    """What the story page shows: one outlet's items, one speaker's quotes, conflicts
    only, and in which order (``SORTS``).  Built from the page's query parameters."""

    outlet: str | None = None
    speaker: str | None = None
    conflicts: bool = False
    sort: str = "reported"

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> DossierFilter:
        """From ``?outlet=&speaker=&conflicts=1&sort=``; unknown values are ignored."""
        sort = query.get("sort") or "reported"
        return cls(
            outlet=(query.get("outlet") or "")[:300] or None,
            speaker=(query.get("speaker") or "")[:300] or None,
            conflicts=(query.get("conflicts") or "") in {"1", "on", "true", "yes"},
            sort=sort if sort in SORTS else "reported",
        )

    @property
    def active(self) -> bool:
        return bool(self.outlet or self.speaker or self.conflicts or self.sort != "reported")


def filter_view(view: DossierView, flt: DossierFilter) -> DossierView:
    """``view`` narrowed to ``flt``'s outlet, speaker and conflicts, and sorted."""
    if not flt.active:
        return view
    wanted = without_bidi_controls(flt.outlet or "")  # as the page showed the names
    ids = (
        {a for a, name in view.outlet_of.items() if without_bidi_controls(name) == wanted}
        if flt.outlet
        else set(view.outlet_of)
    )
    speaker = without_bidi_controls(flt.speaker or "")
    quotes = [
        q
        for q in view.quotes
        if any(r.quote.article in ids for r in q.renderings)
        and (not speaker or without_bidi_controls(q.group.speaker_name or "") == speaker)
    ]
    claims = [
        c
        for c in view.claims
        if any(v.article in ids for v in c.values)
        and (not flt.conflicts or c.group.status == "conflict")
    ]
    timeline = [
        t
        for t in view.timeline
        if any(s.article in ids for s in t.sources) and (not flt.conflicts or t.item.conflict)
    ]
    credits = [c for c in view.credits if any(b.article in ids for b in c.by)]
    return replace(
        view,
        quotes=_sort_quotes(quotes, flt.sort),
        claims=_sort_claims(claims, flt.sort),
        timeline=timeline,
        credits=credits,
        hedges=[h for h in view.hedges if h.article in ids],
        entities=[e for e in view.entities if any(m.article in ids for m in e.entity.mentions)],
        other_entities=[
            e for e in view.other_entities if any(m.article in ids for m in e.entity.mentions)
        ],
    )


def _sort_quotes(quotes: list[QuoteView], sort: str) -> list[QuoteView]:
    if sort == "name":
        return sorted(
            quotes, key=lambda q: ((q.group.speaker_name or "\uffff").casefold(), -q.outlets)
        )
    if sort == "differences":
        return sorted(
            quotes, key=lambda q: (-max(r.changed_words for r in q.renderings), -q.outlets)
        )
    return sorted(quotes, key=lambda q: (-q.outlets, -len(q.renderings)))


def _sort_claims(claims: list[ClaimView], sort: str) -> list[ClaimView]:
    if sort == "name":
        return sorted(
            claims, key=lambda c: (c.group.measure.casefold(), _ORDER.get(c.group.status, 3))
        )
    if sort == "differences":
        return sorted(
            claims,
            key=lambda c: (_ORDER.get(c.group.status, 3), -len({v.normalised for v in c.values})),
        )
    return sorted(claims, key=lambda c: (_ORDER.get(c.group.status, 3), -c.outlets))
