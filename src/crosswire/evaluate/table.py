"""The evaluation as a plain-text table (``crosswire evaluate``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scores import PairScore, Score

if TYPE_CHECKING:
    from . import Evaluation


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _extras(owner: Score | PairScore) -> list[str]:
    return [
        f"  {owner.name}: {name} {right / total:.3f} ({right}/{total})"
        for name, (right, total) in owner.extra.items()
        if total
    ]


def format_table(ev: Evaluation) -> str:
    """Findings (recall, precision and F1 where the gold is exhaustive), then links."""
    head = (
        f"{'finding':<10} {'gold':>5} {'found':>5} {'made':>5} {'recall':>7} "
        f"{'precision':>9} {'F1':>6} {'accuracy':>8} {'unlisted':>8}"
    )
    lines = [head]
    extras: list[str] = []
    for s in ev.scores.values():
        unlisted = "-" if s.exhaustive else str(s.unlisted)
        made = str(s.predicted) if s.name not in ("published", "furniture") else "-"
        lines.append(
            f"{s.name:<10} {s.gold:>5} {s.found:>5} {made:>5} {s.recall:>7.3f} "
            f"{_num(s.precision):>9} {_num(s.f1):>6} {s.accuracy:>8.3f} {unlisted:>8}"
        )
        extras += _extras(s)
    p, r, f = ev.stories
    lines.append(f"stories    B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    lines += extras
    if ev.links:
        lines.append("")
        lines.append(
            f"{'link':<19} {'pairs':>5} {'made':>5} {'recall':>7} {'precision':>9} "
            f"{'F1':>6} {'kept apart':>10} {'status':>7}"
        )
        extras = []
        for sc in ev.links.values():
            status = f"{sc.statuses_right}/{sc.statuses}" if sc.statuses else "-"
            made = str(sc.predicted) if sc.exhaustive else "-"
            lines.append(
                f"{sc.name:<19} {sc.pairs:>5} {made:>5} {sc.recall:>7.3f} "
                f"{_num(sc.precision):>9} {_num(sc.f1):>6} {sc.kept_apart:>10.3f} {status:>7}"
            )
            extras += _extras(sc)
        lines += extras
    if ev.unmatched_articles:
        lines.append("gold articles not in the store: " + ", ".join(ev.unmatched_articles))
    return "\n".join(lines)
