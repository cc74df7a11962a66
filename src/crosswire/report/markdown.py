"""Dossier as Markdown (article text is escaped: no raw HTML reaches a renderer)."""

from __future__ import annotations

import html

from ..link.reuse import reused_passages
from ..model import Dossier
from .diff import word_diff


def md(text: str | None) -> str:
    """Escape text for Markdown: HTML special characters, table pipes, emphasis markers."""
    if text is None:
        return ""
    out = html.escape(" ".join(text.split()), quote=False)
    for ch in "\\`*_[]|#":
        out = out.replace(ch, "\\" + ch)
    return out


def render_markdown(d: Dossier) -> str:
    outlets = {a.id: a.outlet or a.path or a.id for a in d.articles}
    lines = [f"# {md(d.story.title)}", ""]
    lines += ["## Articles", "", "| id | outlet | published | title |", "|---|---|---|---|"]
    for a in d.articles:
        pub = a.published.isoformat() if a.published else "unknown"
        if a.published and a.published_inferred:
            pub += " (inferred)"
        lines.append(f"| {a.id} | {md(a.outlet)} | {pub} | {md(a.title)} |")
    lines += ["", "## People and organisations", ""]
    for e in d.entities:
        if e.kind not in ("person", "organisation", "group"):
            continue
        variants = ", ".join(md(v) for v in e.variants)
        lines.append(f"- **{md(e.name)}** ({e.kind}; {len(e.mentions)} mentions): {variants}")
    lines += ["", "## Who said what", ""]
    for g in d.quotes:
        lines.append(f"### {md(g.speaker_name) or 'Unattributed'} — `{g.id}`")
        base = g.renderings[0].text
        for r in g.renderings:
            diff = "".join(
                f"**{md(p.text)}**" if p.changed else md(p.text) for p in word_diff(base, r.text)
            )
            lines.append(
                f"- {md(outlets.get(r.article))} ({r.article}:{r.start}-{r.end}): “{diff}”"
            )
        lines.append("")
    lines += ["## Claims", "", "| measure | status | outlet | text | value | unit | credited to |"]
    lines.append("|---|---|---|---|---|---|---|")
    for c in d.claims:
        for v in c.values:
            value = f"{v.value:g}" if v.value is not None else f"{v.low:g}–{v.high:g}"
            lines.append(
                f"| {md(c.measure)} | {c.status} | {md(outlets.get(v.article))} | {md(v.text)} "
                f"| {value} | {v.unit} | {md(v.credited_to)} |"
            )
    lines += ["", "## Timeline", ""]
    for t in d.timeline:
        flag = " **(dates conflict)**" if t.conflict else ""
        srcs = ", ".join(f"{md(outlets.get(s.article))} “{md(s.text)}”" for s in t.sources)
        lines.append(f"- **{t.date.isoformat()}**{flag} — {md(t.description)} ({srcs})")
    lines += ["", "## Provenance", ""]
    for credit in d.provenance:
        lines.append(
            f"- {md(outlets.get(credit.article))} credits **{md(credit.source)}** "
            f"({credit.kind}): “{md(credit.text)}”"
        )
    lines += ["", "## Hedges", ""]
    for h in d.hedges:
        lines.append(f"- {md(outlets.get(h.article))}: “{md(h.text)}”")
    lines += ["", "## Reused passages", ""]
    for passage in reused_passages(d.reuse, [a.id for a in d.articles]):
        carriers = ", ".join(md(outlets.get(s.article)) for s in passage.spans)
        lines.append(
            f"- “{md(passage.spans[0].text)}” ({len(passage.articles)} articles, "
            f"{passage.similarity} similar): {carriers}"
        )
    lines += ["", "## Coverage", ""]
    for aid, ids in d.coverage.items():
        lines.append(f"- {md(outlets.get(aid))}: only it reports {len(ids)} item(s)")
    return "\n".join(lines).rstrip() + "\n"
