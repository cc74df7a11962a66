"""The counts an evaluation keeps, and the ratios read from them.

``Score`` is one per-article finding type (quotes, claims, times, …);
``PairScore`` one cross-source grouping scored pair by pair (entities, quote
groups, claim groups, …).  Precision is only defined where the gold is
exhaustive (every instance listed): elsewhere a finding the gold does not list
may be right, so it is counted as *unlisted*, and precision is ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def ratio(num: int, den: int) -> float:
    """``num / den``, 1.0 when nothing was asked (an empty gold section loses nothing)."""
    return num / den if den else 1.0


def f1(p: float | None, r: float) -> float | None:
    if p is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class _Counts:
    """What both scores keep: named side ratios (speaker accuracy, conflict precision, …:
    name -> [right, out of]) and the misses and false findings, as text for reading."""

    extra: dict[str, list[int]] = field(default_factory=dict, kw_only=True)
    misses: list[str] = field(default_factory=list, kw_only=True)  # gold items not found / wrong
    false: list[str] = field(default_factory=list, kw_only=True)  # findings the gold rules out

    def count(self, name: str, right: bool) -> None:
        cell = self.extra.setdefault(name, [0, 0])
        cell[0] += int(right)
        cell[1] += 1


@dataclass
class Score(_Counts):
    """Counts for one per-article finding type."""

    name: str
    exhaustive: bool = False
    gold: int = 0
    found: int = 0  # gold items matched by a finding
    correct: int = 0  # of those, with the right attributes
    predicted: int = 0  # findings made
    predicted_matched: int = 0  # findings that match a gold item

    @property
    def unlisted(self) -> int:
        return self.predicted - self.predicted_matched

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def precision(self) -> float | None:
        return ratio(self.predicted_matched, self.predicted) if self.exhaustive else None

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall)

    @property
    def accuracy(self) -> float:
        """Share of found items whose attributes (speaker, value, date, kind) are right."""
        return ratio(self.correct, self.found)


@dataclass
class PairScore(_Counts):
    """Pairwise scores of a grouping.

    *recall*: gold pairs found together; *precision* (exhaustive gold only):
    predicted pairs that are gold pairs; *kept apart*: forbidden pairs
    (must-not-merge, members of two different gold groups) left apart.
    """

    name: str
    exhaustive: bool = False
    pairs: int = 0
    together: int = 0
    predicted: int = 0
    predicted_right: int = 0
    forbidden: int = 0
    violated: int = 0
    statuses: int = 0
    statuses_right: int = 0

    @property
    def recall(self) -> float:
        return ratio(self.together, self.pairs)

    @property
    def precision(self) -> float | None:
        return ratio(self.predicted_right, self.predicted) if self.exhaustive else None

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall)

    @property
    def kept_apart(self) -> float:
        return 1.0 - self.violated / self.forbidden if self.forbidden else 1.0
