"""Timeline: dated events across the articles of a story, with date conflicts.

Every time expression with a resolved date (already resolved against its own
article's publication date) is placed with the other expressions of the same
date whose sentences tell of the same event: single link on the IDF-weighted
overlap of the sentences' content words (``MIN_SAME_EVENT``), the story's
common words weighing nothing.  Each item is described by its shortest
sentence and lists every source span.

A **date conflict** is the same one-off event dated differently by different
outlets: two items a few days apart at most (``MAX_DAYS_APART``), at day
precision, from different articles, that tell of the same kind of one-off
event next to their dates (``FRAMES``: the publication of a video or
statement, an attack) with some overlap in their sentences
(``MIN_CONFLICT``), and no article that tells of the event on both dates (an
article giving both is describing a sequence, not disagreeing).  A period ("last
week", "over the weekend", "last fall", "the third quarter": its first day,
``part_of_day`` saying which; "the 1990s": its first year) is a dated event of
its own and never in a conflict: it holds the days it would seem to disagree
with.  Only dates are placed: durations ("three weeks"), recurrences ("daily")
and the present ("currently") have no date and never reach the timeline.  Lexical or
embedding similarity alone does not tell one event from the next day's report
of the same place ("smoke hung over the town on Monday" / "the smell still hung
over it on Tuesday"), hence the frames; day-precision events outside them are never
flagged.

Years conflict too, under a rule of their own: two items at year precision (not a
decade) exactly one year apart, from different articles, whose years are introduced
by the same lead word (``since``, ``from``, ``until``, ``till``, ``to``, ``in``,
``by``: "has led House Democrats since 2002" / "since 2003", "served from 1966" /
"from 1967") in sentences that overlap by at least ``MIN_YEAR_CONFLICT``; no frame
is needed, and, as for days, no article may tell of the event in both years.

Both items of a conflict are flagged ``conflict`` and their descriptions say which
outlets disagree.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..analyze.time_periods import PERIOD_PARTS
from ..model import Analysis, Article, SpanRef, TimeExpression, TimelineItem
from .claims import context_words, idf_weights

MAX_DESCRIPTION = 160
FRAME_WINDOW = 12  # words either side of the time expression

# one-off events: an outlet that dates one differently from another disagrees
_OBJECTS = r"(?:video|clip|footage|recording|statement|message|post|communiqu[eé]|audio|tape)"
FRAMES: dict[str, re.Pattern[str]] = {
    "publication": re.compile(
        rf"\b(?:{_OBJECTS}s?\b.{{0,80}}\b(?:posted|released|published|surfaced|appeared|"
        rf"uploaded|circulated|broadcast|aired|issued|emerged|shared)|(?:posted|released|published|"
        rf"uploaded|circulated|broadcast|aired|issued|shared)\b.{{0,40}}\b{_OBJECTS})",
        re.IGNORECASE,
    ),
}
# an attack is the dated event only when named right before the date ("the attack
# late Sunday") or as its possessive ("yesterday's attack")
_ATTACK_BEFORE_RE = re.compile(
    r"\b(?:attack|assault|raid|bombing|ambush)(?:\s+\S+){0,4}\s*$", re.IGNORECASE
)
_ATTACK_AFTER_RE = re.compile(r"^['’]s\s+(?:attack|assault|raid|bombing|ambush)\b", re.IGNORECASE)
MIN_SAME_EVENT = 0.3
MIN_CONFLICT = 0.15
MAX_DAYS_APART = 3
SAMPLE = 8  # members of an event that a newcomer is compared with
MAX_FRAMED = 500  # framed events checked pairwise for conflicts
# two years a year apart conflict only when introduced alike ("since", "from") in
# sentences this close: on BASIL dev the one real split compared ("has led House
# Democrats since 2002" / "since 2003") scores 1.0, unrelated pairs 0.15 at most
MIN_YEAR_CONFLICT = 0.5
_LEAD_RE = re.compile(r"\b(since|from|until|till|to|in|by)\s*$", re.IGNORECASE)
PERIODS = PERIOD_PARTS
"""``part_of_day`` of a date standing for a period (its first day: a week, a weekend, a
season, a quarter, a half year) or a decade: never in a conflict."""


def _period(t: TimeExpression) -> str | None:
    """The period a date stands for ("week", "Q3", "summer", "decade"), or None."""
    part = t.part_of_day
    if part is not None and (part in PERIODS or part.endswith("decade")):
        return part
    return None


@dataclass
class _Event:
    date: object
    precision: str
    span: str | None = None
    """The period (``_period``: "week", "Q3", "decade", ...) the date starts, or None."""
    members: list[tuple[TimeExpression, str, frozenset[str]]] = field(default_factory=list)
    frames: frozenset[str] = frozenset()

    @property
    def articles(self) -> set[str]:
        return {t.article for t, _, _ in self.members}


def _sentence(article: Article, analysis: Analysis, t: TimeExpression) -> str:
    for s in analysis.sentences:
        if s.start <= t.start < s.end:
            text = " ".join(article.text[s.start : s.end].split())
            return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"
    return t.text


_DATELINE_RE = re.compile(r"^\s*[A-Z][A-Z .'’\-]{1,40},\s*$")


def _in_dateline(text: str, t: TimeExpression) -> bool:
    """Is this the article's own dateline ("BELLMOUTH, 10 March 2026 —")? Not an event."""
    line_start = text.rfind("\n", 0, t.start) + 1
    return t.start - line_start < 50 and bool(_DATELINE_RE.match(text[line_start : t.start]))


def event_frames(text: str, analysis: Analysis, t: TimeExpression) -> frozenset[str]:
    """The one-off events (``FRAMES``) told within a few words of a time expression."""
    sent = next((s for s in analysis.sentences if s.start <= t.start < s.end), None)
    lo, hi = (sent.start, sent.end) if sent else (max(0, t.start - 200), t.end + 200)
    before = text[lo : t.start].split()[-FRAME_WINDOW:]
    after = text[t.end : hi].split()[:FRAME_WINDOW]
    window = " ".join([*before, *after])
    found = {name for name, rx in FRAMES.items() if rx.search(window)}
    if _ATTACK_BEFORE_RE.search(" ".join(before[-6:])) or _ATTACK_AFTER_RE.match(text[t.end : hi]):
        found.add("attack")
    return frozenset(found)


def _lead(e: _Event) -> set[str]:
    """The words introducing an event's year expressions ("since", "from")."""
    out = set()
    for t, sentence, _ in e.members:
        first = t.text.split()[0].lower()
        if len(t.text.split()) > 1 and _LEAD_RE.search(first):
            out.add(first)  # "since 2002" is one expression
            continue
        i = sentence.find(t.text)
        m = _LEAD_RE.search(sentence[:i]) if i > 0 else None
        if m:
            out.add(m.group(1).lower())
    return out


def _similarity(a: frozenset[str], b: frozenset[str], idf: Mapping[str, float]) -> float:
    wa = sum(idf.get(w, 0.0) for w in a)
    wb = sum(idf.get(w, 0.0) for w in b)
    shared = sum(idf.get(w, 0.0) for w in a & b)
    return shared / min(wa, wb) if min(wa, wb) > 0 else 0.0


def _event_similarity(x: _Event, y: _Event, idf: Mapping[str, float]) -> float:
    return max(
        _similarity(a, b, idf) for _, _, a in x.members[:SAMPLE] for _, _, b in y.members[:SAMPLE]
    )


def build_timeline(
    articles: Mapping[str, Article], analyses: Sequence[Analysis]
) -> list[TimelineItem]:
    found: list[tuple[TimeExpression, str, frozenset[str]]] = []
    frames: dict[tuple[str, int], frozenset[str]] = {}
    for an in analyses:
        art = articles[an.article]
        for t in an.times:
            # durations, recurrences and the present are not dated events
            if t.kind != "date" or t.date is None or _in_dateline(art.text, t):
                continue
            sentence = _sentence(art, an, t)
            found.append((t, sentence, context_words(sentence.replace(t.text, " "))))
            frames[(t.article, t.start)] = event_frames(art.text, an, t)
    # the story's own event words ("video", "posted") must count here: no dropping
    idf = idf_weights([ctx for _, _, ctx in found], drop_common=False)

    by_date: dict[tuple[object, str, str | None], list[_Event]] = defaultdict(list)
    index: dict[tuple[object, str, str | None], dict[str, set[int]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for t, sentence, ctx in sorted(found, key=lambda x: (x[0].article, x[0].start)):
        # "last week" (its Monday) is not "on Monday": a period is an event of its own
        span = _period(t)
        key = (t.date, t.precision, span)
        events = by_date[key]
        # candidates share a word with the expression (inverted index), and each is
        # compared through its first SAMPLE members: linear in the number of dates
        candidates = sorted({e for w in ctx for e in index[key].get(w, ())})
        target = next(
            (
                events[e]
                for e in candidates
                if any(
                    _similarity(ctx, c, idf) >= MIN_SAME_EVENT
                    for _, _, c in events[e].members[:SAMPLE]
                )
            ),
            None,
        )
        if target is None:
            target = _Event(t.date, t.precision, span)
            events.append(target)
        target.members.append((t, sentence, ctx))
        if len(target.members) <= SAMPLE:
            for w in ctx:
                index[key][w].add(events.index(target))
    events = [e for es in by_date.values() for e in es]

    conflicts: dict[int, set[int]] = defaultdict(set)
    for e in events:
        e.frames = frozenset().union(*(frames[(t.article, t.start)] for t, _, _ in e.members))
    # only events with a one-off frame can conflict; the largest MAX_FRAMED of them
    day_events = sorted(
        (e for e in events if e.precision == "day" and e.span is None and e.frames),
        key=lambda e: -len(e.members),
    )[:MAX_FRAMED]
    for i, x in enumerate(day_events):
        for y in day_events[i + 1 :]:
            days = abs((x.date - y.date).days)  # type: ignore[operator]
            if not 0 < days <= MAX_DAYS_APART:
                continue
            if x.articles & y.articles or not x.articles or not y.articles:
                continue
            if x.frames & y.frames and _event_similarity(x, y, idf) >= MIN_CONFLICT:
                conflicts[id(x)].add(id(y))
                conflicts[id(y)].add(id(x))
    # years: "served from 1966" / "served from 1967", "has led since 2002" / "since 2003"
    year_events = [e for e in events if e.precision == "year" and e.span is None]
    for i, x in enumerate(year_events):
        for y in year_events[i + 1 :]:
            if abs(x.date.year - y.date.year) != 1:  # type: ignore[attr-defined]
                continue
            if x.articles & y.articles or not x.articles or not y.articles:
                continue
            if _lead(x) & _lead(y) and _event_similarity(x, y, idf) >= MIN_YEAR_CONFLICT:
                conflicts[id(x)].add(id(y))
                conflicts[id(y)].add(id(x))
    by_id = {id(e): e for e in events}

    items = []
    for e in events:
        description = min((s for _, s, _ in e.members), key=len)
        other = conflicts.get(id(e), set())
        if other:
            dates = sorted({str(by_id[o].date) for o in other})
            description = f"{description} (other outlets date this {', '.join(dates)})"
        first = min(e.members, key=lambda m: (m[0].article, m[0].start))[0]
        items.append(
            TimelineItem(
                id="t" + hashlib.sha256(f"{first.article}:{first.start}".encode()).hexdigest()[:10],
                date=first.date,  # type: ignore[arg-type]
                precision=e.precision,  # type: ignore[arg-type]
                description=description,
                conflict=bool(other),
                sources=tuple(SpanRef(t.article, t.start, t.end, t.text) for t, _, _ in e.members),
            )
        )
    items.sort(key=lambda i: (i.date, i.precision, i.id))
    return items
