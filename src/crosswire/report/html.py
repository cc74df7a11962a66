"""Dossier as one self-contained HTML page (no scripts, no external resources).

Article text is untrusted: everything goes through Jinja2's autoescaping or
``markupsafe.escape``; links are only emitted for http(s) URLs, with
rel="noopener noreferrer".  Every finding links to its span in the article
texts at the bottom of the page, where all findings are highlighted.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..link.reuse import reused_passages
from ..model import Dossier
from .diff import word_diff
from .labels import amount_label, date_label, display_value, in_sentence, outlet_labels


def span_anchor(article: str, start: int, end: int) -> str:
    return f"{article}-{start}-{end}"


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) URL, else None (never javascript:, data:, ...)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def highlight(article: str, text: str, spans: Iterable[tuple[int, int, str]]) -> Markup:
    """``text`` escaped, with each (start, end, kind) span wrapped in an anchored <mark>."""
    spans = sorted({s for s in spans if 0 <= s[0] < s[1] <= len(text)})
    starts: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    cuts = {0, len(text)}
    for s in spans:
        starts[s[0]].append(s)
        cuts.update((s[0], s[1]))
    points = sorted(cuts)
    out: list[str] = []
    for a, b in itertools.pairwise(points):
        anchors = "".join(
            f'<a class="anchor" id="{span_anchor(article, s[0], s[1])}"></a>' for s in starts[a]
        )
        kinds = sorted({s[2] for s in spans if s[0] <= a and b <= s[1]})
        piece = str(escape(text[a:b]))
        if kinds:
            cls = " ".join(f"k-{k}" for k in kinds)
            piece = f'<mark class="{cls}">{piece}</mark>'
        out.append(anchors + piece)
    return Markup("".join(out).replace("\n\n", "</p><p>"))


@functools.cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("crosswire.report", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=display_value,  # bidi controls never reorder what is shown
    )
    env.globals.update(
        anchor=span_anchor,
        safe_url=safe_url,
        word_diff=word_diff,
        date_label=date_label,
        amount=lambda v: amount_label(v.text, v.value, v.low, v.high, "{:,.6g}".format),
        in_sentence=in_sentence,
    )
    return env


def render_html(d: Dossier) -> str:
    """The dossier as a standalone HTML page."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in d.entities:
        for m in e.mentions:
            spans[m.article].append((m.start, m.end, "entity"))
    for g in d.quotes:
        for r in g.renderings:
            spans[r.article].append((r.start, r.end, "quote"))
    for c in d.claims:
        for v in c.values:
            spans[v.article].append((v.start, v.end, "claim"))
    for t in d.timeline:
        for s in t.sources:
            spans[s.article].append((s.start, s.end, "time"))
    for p in d.provenance:
        spans[p.article].append((p.start, p.end, "credit"))
    for h in d.hedges:
        spans[h.article].append((h.start, h.end, "hedge"))
    if d.synopsis is not None:
        spans[d.synopsis.article].append((d.synopsis.start, d.synopsis.end, "summary"))
    passages = reused_passages(d.reuse, [a.id for a in d.articles])
    for passage in passages:
        for s in passage.spans:
            spans[s.article].append((s.start, s.end, "reuse"))
    bodies = {a.id: highlight(a.id, a.text, spans[a.id]) for a in d.articles}
    outlets = outlet_labels(d.articles)
    return (
        _env()
        .get_template("dossier.html.j2")
        .render(
            d=d,
            bodies=bodies,
            outlets=outlets,
            passages=passages,
            texts={a.id: a.text for a in d.articles},
        )
    )
