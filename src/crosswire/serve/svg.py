"""Plots as server-side SVG, drawn from the data: no script, no external resource.

Every string that reaches the SVG goes through :func:`el`, which escapes
attribute values and text (article text is hostile).  Each plot carries a
``<title>`` and a ``<desc>`` (its text alternative, also exposed as
``aria-label``/``aria-describedby``), and each mark its own ``<title>``
(a tooltip and what a screen reader reads).  Colours are presentation
attributes, never ``style`` attributes, so a strict Content-Security-Policy
(no inline styles) holds.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..model import Dossier, SpanRef, TimelineItem
from ..report.labels import date_label

Child = str | Markup

INK = "#1d1d1f"
MUTED = "#6b6b73"
GRID = "#e3e3e8"
ACCENT = "#1f5fbf"
CONFLICT = "#b3261e"
UNIQUE = "#c77700"


def el(name: str, attrs: Mapping[str, object] | None = None, *children: Child) -> Markup:
    """``<name attrs>children</name>`` with every attribute value and text child escaped."""
    parts = [name]
    for key, value in (attrs or {}).items():
        if value is None or value is False:
            continue
        parts.append(f'{key}="{escape(_num(value))}"')
    head = " ".join(parts)
    body = "".join(str(escape(c)) for c in children)
    return Markup(f"<{head}>{body}</{name}>")


def _num(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return str(value)


def _svg(
    ident: str, width: float, height: float, title: str, desc: str, *body: Child, cls: str = "plot"
) -> Markup:
    return el(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "class": cls,
            "id": ident,
            "width": width,
            "height": height,
            "viewBox": f"0 0 {_num(width)} {_num(height)}",
            "role": "img",
            "aria-labelledby": f"{ident}-title {ident}-desc",
        },
        el("title", {"id": f"{ident}-title"}, title),
        el("desc", {"id": f"{ident}-desc"}, desc),
        *body,
    )


def _text(x: float, y: float, text: str, **attrs: object) -> Markup:
    base: dict[str, object] = {"x": x, "y": y, "fill": MUTED, "font-size": 11}
    base.update({k.replace("_", "-"): v for k, v in attrs.items()})
    return el("text", base, text)


# --------------------------------------------------------------------------- sparkline


def sparkline(
    ident: str,
    per_day: Sequence[tuple[dt.date, int]],
    *,
    width: int = 120,
    height: int = 24,
    what: str = "articles",
) -> Markup:
    """Bars of ``what`` per day from the first to the last day (binned when days > width/2)."""
    if not per_day:
        return _svg(ident, width, height, f"No dated {what}", f"No dated {what}.", cls="spark")
    first, last = per_day[0][0], per_day[-1][0]
    days = (last - first).days + 1
    bins = min(days, width // 2)
    per_bin = days / bins
    counts = [0] * bins
    for d, n in per_day:
        counts[min(int((d - first).days / per_bin), bins - 1)] += n
    top = max(counts)
    bar = width / bins
    bars = [
        el(
            "rect",
            {
                "x": i * bar,
                "y": height - max(1.0, (height - 2) * c / top),
                "width": max(bar - 0.5, 0.8),
                "height": max(1.0, (height - 2) * c / top),
                "fill": ACCENT,
            },
        )
        for i, c in enumerate(counts)
        if c
    ]
    total = sum(n for _, n in per_day)
    peak_day, peak = max(per_day, key=lambda p: (p[1], p[0]))
    unit = "day" if per_bin <= 1 else f"{per_bin:.0f}-day period"
    title = f"{total} {what} from {first.isoformat()} to {last.isoformat()}"
    desc = f"{title}, one bar per {unit}; busiest day {peak_day.isoformat()} with {peak} {what}."
    baseline = el(
        "line", {"x1": 0, "x2": width, "y1": height - 0.5, "y2": height - 0.5, "stroke": GRID}
    )
    return _svg(ident, width, height, title, desc, baseline, *bars, cls="spark")


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True, slots=True)
class Lane:
    """One row of a plot: an article, shown by its outlet label."""

    article: str
    label: str


Href = Callable[[str, int, int], str]


MARK_STEP = 17
"""Distance between the centres of two marks in one cell (a mark is 15 wide)."""
MARKS_PER_ROW = 4
"""Marks side by side in one cell before a cell grows a row (never overlapping)."""


def timeline_plot(d: Dossier, lanes: Sequence[Lane], href: Href) -> Markup:
    """Dated events (columns: the distinct dates, in order) × articles (rows).

    Each event is numbered (its place in ``d.timeline``, as in the table under
    the plot) and each article reporting it gets a mark carrying that number,
    linked to its span; events whose outlets disagree on the date are red
    diamonds and their columns are flagged.  Marks in one cell sit side by side
    (``MARKS_PER_ROW``, then a further row), never on top of each other.  Dates
    are spaced evenly, not to scale: the gap in days between two columns is
    written between them.
    """
    ident = f"timeline-{d.story.id}"
    items = list(d.timeline)
    if not items:
        return _svg(ident, 300, 30, "Timeline: no dated events", "No dated events were found.")
    dates = sorted({t.date for t in items})
    col = {day: i for i, day in enumerate(dates)}
    row = {lane.article: i for i, lane in enumerate(lanes)}
    # one mark per (event, article), however often the article repeats the event
    cells: dict[tuple[int, int], list[tuple[int, TimelineItem, SpanRef]]] = defaultdict(list)
    for n, t in enumerate(items, 1):
        done: set[str] = set()
        for s in t.sources:
            if s.article in row and s.article not in done:
                done.add(s.article)
                cells[(row[s.article], col[t.date])].append((n, t, s))
    widest = min(MARKS_PER_ROW, max((len(v) for v in cells.values()), default=1))
    rows_of = [1] * len(lanes)  # rows of marks each lane needs
    for (r, _), in_cell in cells.items():
        rows_of[r] = max(rows_of[r], -(-len(in_cell) // MARKS_PER_ROW))
    left, top = 170, 70
    heights = [max(26, 8 + MARK_STEP * k) for k in rows_of]
    tops = [top + sum(heights[:i]) for i in range(len(lanes))]
    step = max(46.0, min(110.0, (1080 - left) / len(dates)), widest * MARK_STEP + 10.0)
    finest: dict[dt.date, str] = {}  # the finest precision an event on the date has
    for t in items:
        finest[t.date] = min(t.precision, finest.get(t.date, "year"), key=_PRECISION.index)
    width = max(left + step * len(dates) + 20, 420)
    height = top + sum(heights) + 50
    body: list[Child] = []
    for i, lane in enumerate(lanes):
        y = tops[i] + heights[i] / 2
        body.append(
            el("line", {"x1": left - 6, "x2": width - 10, "y1": y, "y2": y, "stroke": GRID})
        )
        body.append(_text(left - 10, y + 4, _clip(lane.label, 26), text_anchor="end", fill=INK))
    conflicted = {t.date for t in items if t.conflict}
    for day, i in col.items():
        x = left + step * i + step / 2
        body.append(
            el("line", {"x1": x, "x2": x, "y1": top - 4, "y2": height - 44, "stroke": GRID})
        )
        label = _date_label(day, finest[day], i == 0 or dates[i - 1].year != day.year)
        body.append(
            _text(x, top - 10, label, transform=f"rotate(-35 {_num(x)} {_num(top - 10)})",
                  fill=CONFLICT if day in conflicted else MUTED)
        )  # fmt: skip
        if i:
            gap = (day - dates[i - 1]).days
            if gap > 1:
                body.append(
                    _text(x - step / 2, height - 30, _gap(gap), text_anchor="middle", font_size=9)
                )
    marks: list[Child] = []
    for (r, c), cell in sorted(cells.items(), key=lambda kv: kv[0]):
        per_row = min(len(cell), MARKS_PER_ROW)
        lines = -(-len(cell) // MARKS_PER_ROW)
        for k, (n, t, s) in enumerate(cell):
            across, down = k % MARKS_PER_ROW, k // MARKS_PER_ROW
            x = left + step * c + step / 2 + (across - (per_row - 1) / 2) * MARK_STEP
            y = tops[r] + heights[r] / 2 + (down - (lines - 1) / 2) * MARK_STEP
            tip = f"{n}. {date_label(t.date, t.precision)} — {lanes[r].label}: {t.description}"
            if t.conflict:
                tip = "Dates conflict. " + tip
                shape = el(
                    "path",
                    {
                        "d": f"M{_num(x)} {_num(y - 8.5)} l8.5 8.5 l-8.5 8.5 l-8.5 -8.5 z",
                        "fill": CONFLICT,
                        "stroke": "#fff",
                        "class": "mark conflict",
                    },
                )
            else:
                shape = el(
                    "circle",
                    {"cx": x, "cy": y, "r": 7.5, "fill": ACCENT, "stroke": "#fff", "class": "mark"},
                )
            number = el(
                "text",
                {"x": x, "y": y + 3, "fill": "#fff", "font-size": 9 if n < 100 else 7,
                 "font-weight": "600", "text-anchor": "middle", "class": "mark-number"},
                str(n),
            )  # fmt: skip
            marks.append(
                el("a", {"href": href(s.article, s.start, s.end), "class": "plot-link"},
                   el("title", None, tip), shape, number)
            )  # fmt: skip
    body += marks
    body.append(
        _legend(
            left,
            height - 8,
            [
                ("circle", ACCENT, "event (its number in the table)"),
                ("diamond", CONFLICT, "dates conflict"),
            ],
        )
    )
    n_conf = sum(1 for t in items if t.conflict)
    desc = (
        f"{len(items)} dated events on {len(dates)} days from {dates[0].isoformat()} to "
        f"{dates[-1].isoformat()}, reported by {len(lanes)} articles (rows). "
        + (
            f"{n_conf} events are dated differently by different outlets: "
            + "; ".join(
                f"{date_label(t.date, t.precision)}: {_clip(t.description, 80)}"
                for t in items
                if t.conflict
            )
            + "."
            if n_conf
            else "No outlets disagree on a date."
        )
        + " The table below lists every event by its number."
    )
    return _svg(ident, width, height, f"Timeline of {d.story.title}", desc, *body)


_PRECISION = ("day", "weekend", "week", "month", "quarter", "season", "half", "year")


def _date_label(day: dt.date, precision: str, with_year: bool) -> str:
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{day:%b %Y}"
    if precision in ("quarter", "half", "season"):
        return date_label(day, precision)
    if precision in ("week", "weekend"):
        mark = "wk" if precision == "week" else "wknd"
        return f"{mark} {day:%d %b %Y}" if with_year else f"{mark} {day:%d %b}"
    return f"{day:%d %b %Y}" if with_year else f"{day:%d %b}"


def _gap(days: int) -> str:
    if days >= 730:
        return f"+{days // 365} y"
    if days >= 60:
        return f"+{days // 30} mo"
    return f"+{days} d"


def _legend(x: float, y: float, items: Sequence[tuple[str, str, str]]) -> Markup:
    out: list[Child] = []
    for kind, colour, label in items:
        if kind == "circle":
            out.append(el("circle", {"cx": x + 5, "cy": y - 4, "r": 5, "fill": colour}))
        elif kind == "diamond":
            out.append(
                el(
                    "path",
                    {"d": f"M{_num(x + 5)} {_num(y - 10)} l6 6 l-6 6 l-6 -6 z", "fill": colour},
                )
            )
        else:
            out.append(el("rect", {"x": x, "y": y - 9, "width": 10, "height": 10, "fill": colour}))
        out.append(_text(x + 14, y, label, fill=INK))
        x += 24 + 6.5 * len(label)
    return el("g", {"class": "legend"}, *out)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------- coverage


@dataclass(frozen=True, slots=True)
class Finding:
    """One column of the coverage matrix."""

    id: str
    kind: str
    """"quote", "claim" or "event"."""
    label: str
    spans: tuple[tuple[str, int, int], ...]
    """(article, start, end) of each article's first span of the finding (cells link there)."""
    conflict: bool = False

    @property
    def articles(self) -> frozenset[str]:
        """The articles that report the finding."""
        return frozenset(a for a, _, _ in self.spans)


MAX_COLUMNS = 160


def findings_of(d: Dossier) -> list[Finding]:
    """Quote groups, claim groups and timeline events with the articles that report each."""
    out = [
        Finding(
            g.id,
            "quote",
            (f"Quote by {g.speaker_name}" if g.speaker_name else "Quote")
            + f": “{_clip(g.renderings[0].text, 70)}”",
            _first_spans(g.renderings),
        )
        for g in d.quotes
        if g.renderings
    ]
    out += [
        Finding(
            c.id,
            "claim",
            f"Claim {c.measure} ({c.status})",
            _first_spans(c.values),
            c.status == "conflict",
        )
        for c in d.claims
    ]
    out += [
        Finding(
            t.id,
            "event",
            f"Event {date_label(t.date, t.precision)}: {_clip(t.description, 70)}",
            _first_spans(t.sources),
            t.conflict,
        )
        for t in d.timeline
    ]
    return out


def _first_spans(spans: Sequence[Any]) -> tuple[tuple[str, int, int], ...]:
    first: dict[str, tuple[str, int, int]] = {}
    for s in spans:
        first.setdefault(s.article, (s.article, s.start, s.end))
    return tuple(first.values())


def coverage_plot(d: Dossier, lanes: Sequence[Lane], href: Href | None = None) -> Markup:
    """Articles (rows) × findings (columns, grouped by kind, most widely reported first).

    A filled cell: the article reports the finding; an orange cell: only that
    article does (the dossier's ``coverage``).  The count of such items ends each row.
    With ``href``, a filled cell links to the article's span of the finding.
    """
    ident = f"coverage-{d.story.id}"
    groups: dict[str, list[Finding]] = {"quote": [], "claim": [], "event": []}
    for f in findings_of(d):
        groups[f.kind].append(f)
    for fs in groups.values():
        fs.sort(key=lambda f: (-len(f.articles), not f.conflict))
    total = sum(len(fs) for fs in groups.values())
    if total > MAX_COLUMNS:  # keep the most widely reported of each kind, in proportion
        groups = {k: fs[: max(1, len(fs) * MAX_COLUMNS // total)] for k, fs in groups.items()}
    columns = list(itertools.chain.from_iterable(groups.values()))
    hidden = total - len(columns)
    if not columns or not lanes:
        return _svg(ident, 300, 30, "Coverage: nothing to compare", "No findings to compare.")
    left, top, cell, gap = 170, 58, 12, 10
    x_of: dict[str, float] = {}
    x = left
    heads: list[Child] = []
    names = {"quote": "Quotes", "claim": "Claims", "event": "Events"}
    for kind, fs in groups.items():
        if not fs:
            continue
        heads.append(_text(x, top - 30, names[kind], fill=INK, font_weight="600"))
        heads.append(
            el("line", {"x1": x, "x2": x + cell * len(fs) - 2, "y1": top - 24, "y2": top - 24,
                        "stroke": MUTED})
        )  # fmt: skip
        for f in fs:
            x_of[f.id] = x
            x += cell
        x += gap
    width = max(x + 110, left + 430)  # room for the legend
    height = top + cell * len(lanes) + 16
    unique = {aid: set(ids) for aid, ids in d.coverage.items()}
    arts = {f.id: f.articles for f in columns}  # a property: built once, not per cell
    body: list[Child] = list(heads)
    for r, lane in enumerate(lanes):
        y = top + cell * r
        body.append(_text(left - 8, y + 10, _clip(lane.label, 26), text_anchor="end", fill=INK))
        only = unique.get(lane.article, set())
        for f in columns:
            has = lane.article in arts[f.id]
            solo = has and f.id in only
            fill = (
                UNIQUE
                if solo
                else (CONFLICT if has and f.conflict else (ACCENT if has else "#fff"))
            )
            tip = (
                f"{lane.label} — {f.label}: "
                + (
                    "only this article reports it"
                    if solo
                    else "reported"
                    if has
                    else "not reported"
                )
                + f" ({len(arts[f.id])} of {len(lanes)} articles)"
            )
            rect = el(
                "rect", {"x": x_of[f.id], "y": y, "width": cell - 2, "height": cell - 2,
                         "fill": fill, "stroke": GRID if not has else fill, "class": "cell"},
                el("title", None, tip),
            )  # fmt: skip
            span = next((sp for sp in f.spans if sp[0] == lane.article), None)
            if href is not None and has and span is not None:
                rect = el("a", {"href": href(*span), "class": "plot-link"}, rect)
            body.append(rect)
        n_only = len(only)
        body.append(_text(x + 4 - gap, y + 10, f"{n_only} only here" if n_only else "—"))
    keys = [
        ("rect", ACCENT, "reported"),
        ("rect", CONFLICT, "reported, in conflict"),
        ("rect", UNIQUE, "only this article"),
    ]
    body.append(_legend(left, 14, keys))
    counts = {k: len(v) for k, v in groups.items()}
    solo_rows = [
        f"{lane.label} {len(unique.get(lane.article, ()))}"
        for lane in lanes
        if unique.get(lane.article)
    ]
    desc = (
        f"Which of {len(lanes)} articles report each of {counts['quote']} quotes, "
        f"{counts['claim']} claims and {counts['event']} events"
        + (f" ({hidden} less widely reported findings not drawn)" if hidden else "")
        + ". Items only one article reports: "
        + (", ".join(solo_rows) if solo_rows else "none")
        + "."
    )
    return _svg(ident, width, height, f"Coverage of {d.story.title}", desc, *body)
