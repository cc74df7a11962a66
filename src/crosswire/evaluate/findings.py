"""Per-article findings against the gold: quotes, claims, times, credits, hedges.

A gold item names its text by ``contains`` (an exact substring of the clean
text).  Matching:

* quotes: a quote *matches* (span match, counted for recall) when the gold
  words lie inside its text; a quote that only overlaps them (cut or run on)
  is not a match, but not a false finding either;
* claims, times, credits, hedges: the finding's span overlaps an occurrence
  of ``contains``.

Precision (exhaustive sections only): findings that overlap no gold item are
false findings, listed with their text.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..analyze.units import lookup_unit
from ..link.names import TITLES
from ..model import Analysis, Article, Claim
from .scores import Score

SpeakerLookup = Callable[[str, int, int], tuple[str | None, frozenset[str]]]
"""(article id, start, end) of a quote -> (its group's speaker name, that entity's name forms)."""

_TITLES = re.compile(
    r"^(?:(?:the|vice president|first lady|"
    + "|".join(sorted(TITLES, key=len, reverse=True))
    + r")\.?\s+)+",
    re.IGNORECASE,
)


def name_form(text: str) -> str:
    """A person's name as the gold writes it: case-folded, without titles or possessive."""
    text = " ".join(text.replace("’", "'").split())
    text = re.sub(r"'s?$", "", text)
    return _TITLES.sub("", text).casefold()


def _occurrences(text: str, needle: str) -> Iterable[tuple[int, int]]:
    i = text.find(needle)
    while i >= 0:
        yield i, i + len(needle)
        i = text.find(needle, i + 1)


def overlaps(text: str, needle: str, start: int, end: int) -> bool:
    """Does any occurrence of ``needle`` in ``text`` overlap [start, end)?"""
    return any(s < end and start < e for s, e in _occurrences(text, needle))


def locate(text: str, needle: str) -> tuple[int, int] | None:
    i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else None


def _same_unit(unit: str | None, c: Claim) -> bool:
    """The gold unit is the claim's, or (a count) the thing it counts: gold files may
    write a count of votes as unit "vote" where crosswire writes unit "item",
    counted "vote"."""
    if unit == c.unit:
        return True
    return c.quantity == "count" and unit is not None and unit.casefold() == (c.counted or "")


def claim_matches(g: Mapping[str, Any], c: Claim) -> bool:
    """A gold claim and a found one agree on unit and value, after unit normalisation:
    a gold duration in months or years ("six months", value 6) is compared in the
    claim's canonical seconds; a gold ``value`` written beside ``low``/``high`` (a hedged
    amount: "at least five", value 5, low 5) is the written figure, which a hedged
    claim (no exact ``value``) must hold within its range."""
    unit = g.get("unit")
    values = {k: g.get(k) for k in ("value", "low", "high")}
    known = lookup_unit(unit) if isinstance(unit, str) else None
    if known is not None and known.canonical != unit and known.canonical == c.unit:
        values = {k: None if v is None else known.convert(v) for k, v in values.items()}
        unit = known.canonical
    if not _same_unit(unit, c):
        return False
    value, low, high = values["value"], values["low"], values["high"]
    if value is not None and not _close(value, c.value):
        hedged = c.value is None and (low is not None or high is not None)
        inside = c.low is not None and c.high is not None and c.low <= value <= c.high
        if not (hedged and inside):
            return False
    return (low is None or _close(low, c.low)) and (high is None or _close(high, c.high))


def _close(a: float | None, b: float | None, tol: float = 0.01) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=tol, abs_tol=1e-6)


def brief(obj: Any) -> str:
    fields = ("text", "speaker", "value", "low", "high", "unit", "date", "kind", "source")
    return "{" + ", ".join(f"{f}={getattr(obj, f)!r}" for f in fields if hasattr(obj, f)) + "}"


_Test = Callable[[Mapping[str, Any], Any], bool]
"""(gold item, finding) -> whether the finding matches it, or has it right."""


def _run(
    sc: Score,
    key: str,
    gold_items: Sequence[Mapping[str, Any]],
    found: Sequence[Any],
    matches: _Test,
    right: _Test,
    touches: _Test | None = None,
) -> list[tuple[Mapping[str, Any], Any]]:
    """Score one article's findings of one type; returns the (gold, finding) matches."""
    touches = touches or matches
    used: set[int] = set()
    pairs = []
    for item in gold_items:
        sc.gold += 1
        hits = [f for f in found if matches(item, f)]
        used.update(id(f) for f in found if touches(item, f))
        if not hits:
            near = [f for f in found if touches(item, f)]
            how = f"only in part: {brief(near[0])}" if near else "not found"
            sc.misses.append(f"{key}: {sc.name} {how}: {dict(item)}")
            continue
        sc.found += 1
        best = next((h for h in hits if right(item, h)), None)
        if best is not None:
            sc.correct += 1
        else:
            sc.misses.append(f"{key}: {sc.name} wrong: gold {dict(item)}, got {brief(hits[0])}")
        pairs.append((item, best if best is not None else hits[0]))
    sc.predicted += len(found)
    sc.predicted_matched += sum(1 for f in found if id(f) in used)
    if sc.exhaustive:
        sc.false.extend(f"{key}: false {sc.name}: {brief(f)}" for f in found if id(f) not in used)
    return pairs


def score_article(
    key: str,
    spec: Mapping[str, Any],
    art: Article | None,
    an: Analysis | None,
    scores: dict[str, Score],
    speaker_of: SpeakerLookup | None = None,
) -> None:
    """Add one gold article's counts to ``scores`` (keyed by finding type)."""
    s = scores["published"]
    s.gold += 1
    if art is not None:
        s.found += 1
        want = spec.get("published")
        got = art.published.isoformat() if art.published else None
        if got == want and art.published_inferred == bool(spec.get("published_inferred")):
            s.correct += 1
        else:
            s.misses.append(
                f"{key}: published {got} (inferred={art.published_inferred}), gold {want}"
            )

    s = scores["furniture"]
    for junk in spec.get("must_not_contain", []):
        s.gold += 1
        if art is not None and junk not in art.text:
            s.found += 1
            s.correct += 1
        else:
            s.misses.append(f"{key}: page furniture {junk!r} kept")
    if art is None or an is None:
        for name in ("quotes", "claims", "times", "credits", "hedges"):
            for item in spec.get(name, []):
                scores[name].gold += 1
                scores[name].misses.append(f"{key}: article not ingested: {item}")
        return
    text = art.text

    def run(
        name: str, found: Sequence[Any], matches: _Test, right: _Test, touches: _Test | None = None
    ) -> list[tuple[Mapping[str, Any], Any]]:
        return _run(scores[name], key, spec.get(name, []), found, matches, right, touches)

    def at(g: Mapping[str, Any], f: Any) -> bool:
        """The finding's span overlaps the gold item's words."""
        return overlaps(text, g["contains"], f.start, f.end)

    sq = scores["quotes"]
    quote_pairs = run(
        "quotes",
        an.quotes,
        lambda g, q: g["contains"] in q.text,
        lambda g, q: name_form(g.get("speaker") or "") == name_form(q.speaker or ""),
        at,
    )
    for g, q in quote_pairs:
        want = name_form(g.get("speaker") or "")
        if q.speaker is not None:
            sq.count("speaker right when given", want == name_form(q.speaker))
        if speaker_of is not None:
            shown, forms = speaker_of(art.id, q.start, q.end)
            ok = bool(want) and (want in forms or want == name_form(shown or ""))
            sq.count("speaker right in the dossier", ok or (not want and shown is None))

    run(
        "claims",
        an.claims,
        at,
        claim_matches,
    )
    for g, t in run(
        "times",
        an.times,
        at,
        lambda g, t: t.date is not None and t.date == dt.date.fromisoformat(g["date"]),
    ):
        if "precision" in g and t.date is not None:
            scores["times"].count("precision right", g["precision"] == t.precision)
    run("credits", an.credits, at, lambda g, c: g.get("kind") in (None, c.kind))
    run("hedges", an.hedges, at, lambda g, h: True)
