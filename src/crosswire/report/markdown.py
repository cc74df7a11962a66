"""Dossier as Markdown (article text is escaped: no raw HTML reaches a renderer).

Escaping uses Markdown's own backslash escapes, never HTML entities (which a
reader of the raw file would see as "&amp;"): a ``<`` that could open a tag,
comment or autolink becomes ``\\<``, an ``&`` that could start an entity
``\\&``, and the emphasis, code, link, table and heading markers are escaped.
"""

from __future__ import annotations

import re

from ..link.reuse import reused_passages
from ..model import Dossier
from .diff import DiffPiece, diff_runs
from .labels import amount_label, date_label, in_sentence, outlet_labels, outlet_name

_MARKERS_RE = re.compile(r"([\\`*_\[\]|#])")
_TAG_OPEN_RE = re.compile(r"<(?=[A-Za-z/!?]|$)")  # at a piece end: the next may be a word
_ENTITY_RE = re.compile(r"&(?=#[0-9]+;|#[xX][0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]*;)")


def _escape(text: str) -> str:
    out = _MARKERS_RE.sub(r"\\\1", text)
    out = _TAG_OPEN_RE.sub(r"\\<", out)
    return _ENTITY_RE.sub(r"\\&", out)


def md(text: str | None) -> str:
    """Escape text for Markdown, on one line: tags, entities, table pipes, emphasis markers."""
    if text is None:
        return ""
    return _escape(" ".join(text.split()))


def md_diff(pieces: tuple[DiffPiece, ...]) -> str:
    """A rendering with its changed runs in bold; the spaces around a run stay outside
    the ``**`` (where CommonMark needs them) and are never lost."""
    out: list[str] = []
    for p in pieces:
        flat = re.sub(r"\s+", " ", p.text)
        core = flat.strip()
        if not p.changed or not core:
            out.append(_escape(flat))
            continue
        lead = " " if flat[:1] == " " else ""
        trail = " " if flat[-1:] == " " else ""
        out.append(f"{lead}**{_escape(core)}**{trail}")
    return "".join(out).strip()


def render_markdown(d: Dossier) -> str:
    outlets = outlet_labels(d.articles)
    lines = [f"# {md(d.story.title)}", ""]
    if d.synopsis is not None:
        where = outlets.get(d.synopsis.article, d.synopsis.article)
        lines += [f"{md(d.synopsis.text)} ({md(where)}, `{d.synopsis.article}`)", ""]
    lines += ["## Articles", "", "| id | outlet | published | title |", "|---|---|---|---|"]
    for a in d.articles:
        pub = a.published.isoformat() if a.published else "unknown"
        if a.published and a.published_inferred:
            pub += " (inferred)"
        outlet = md(outlet_name(a)) + (" (inferred)" if a.outlet and a.outlet_inferred else "")
        lines.append(f"| {a.id} | {outlet} | {pub} | {md(a.title)} |")
    lines += ["", "## People and organisations", ""]
    for e in d.entities:
        if e.kind not in ("person", "organisation", "group", "vessel"):
            continue
        variants = ", ".join(md(v) for v in e.variants)
        lines.append(f"- **{md(e.name)}** ({e.kind}; {len(e.mentions)} mentions): {variants}")
    lines += ["", "## Who said what", ""]
    for g in d.quotes:
        lines.append(f"### {md(g.speaker_name) or 'Unattributed'} — `{g.id}`")
        first = g.renderings[0]
        for r in g.renderings:
            # another piece of the first rendering's own article (one quote it cut with
            # its attribution) is no rendering of the same words: shown as written
            same = r.article == first.article and r is not first
            diff = md(r.text) if same else md_diff(diff_runs(first.text, r.text))
            # the attribution as written, as the HTML shows it ("the Nova Scotia judge"
            # when no name was given)
            said = f" · “{md(r.speaker_text)}”" if r.speaker_text else ""
            lines.append(
                f"- {md(outlets.get(r.article))} ({r.article}:{r.start}-{r.end}){said}: “{diff}”"
            )
        lines.append("")
    lines += ["## Claims", "", "| measure | status | outlet | text | value | unit | credited to |"]
    lines.append("|---|---|---|---|---|---|---|")
    for c in d.claims:
        for i, v in enumerate(c.values):
            value = amount_label(v.text, v.value, v.low, v.high, lambda x: f"{x:g}")
            # a group's measure and status on its first row, a ditto mark on the others
            # (as the HTML spans them): two groups of one label ("count: vote" for 134
            # and for 63) read as two, not as one group of values that disagree, and a
            # further row of a group does not read as a claim without a measure (two
            # hand audits of dossiers took the blank cells for missing labels)
            head = f"{md(c.measure)} | {c.status}" if i == 0 else "〃 | 〃"
            lines.append(
                f"| {head} | {md(outlets.get(v.article))} | {md(v.text)} "
                f"| {value} | {v.unit} | {md(v.credited_to)} |"
            )
    lines += ["", "## Timeline", ""]
    for t in d.timeline:
        flag = " **(dates conflict)**" if t.conflict else ""
        srcs = ", ".join(f"{md(outlets.get(s.article))} “{md(s.text)}”" for s in t.sources)
        lines.append(
            f"- **{date_label(t.date, t.precision)}**{flag} — {md(t.description)} ({srcs})"
        )
    lines += ["", "## Provenance", ""]
    for credit in d.provenance:
        lines.append(
            f"- {md(outlets.get(credit.article))} credits **{md(credit.source)}** "
            f"({credit.kind}): “{md(credit.text)}”"
        )
    lines += ["", "## Hedges", ""]
    texts = {a.id: a.text for a in d.articles}
    for h in d.hedges:
        before, after = in_sentence(h, texts.get(h.article, ""))
        lines.append(
            f"- {md(outlets.get(h.article))} ({h.article}:{h.start}-{h.end}): "
            f"“{md(before)}{' ' if before.endswith(' ') else ''}**{md(h.text)}**"
            f"{' ' if after.startswith(' ') else ''}{md(after)}”"
        )
    lines += ["", "## Reused passages", ""]
    for passage in reused_passages(d.reuse, [a.id for a in d.articles]):
        carriers = ", ".join(md(outlets.get(s.article)) for s in passage.spans)
        lines.append(
            f"- “{md(passage.spans[0].text)}” ({len(passage.articles)} articles, "
            f"{passage.similarity} similar): {carriers}"
        )
    lines += ["", "## Coverage", ""]
    if len(d.articles) < 2:  # nothing to compare: no "only it reports 0 items"
        lines.append("- One article: no other coverage to compare.")
    else:
        for aid, ids in d.coverage.items():
            lines.append(f"- {md(outlets.get(aid))}: only it reports {len(ids)} item(s)")
    return "\n".join(lines).rstrip() + "\n"
