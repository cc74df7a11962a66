"""Time expressions on the TempEval-3 TimeBank/AQUAINT documents (TBAQ).

Reads the TimeML files in ``../shared/eval/times/tbaq/`` (relative to the
repository root; ``--data`` for another folder).  For each document the plain
text of the ``<TEXT>`` element (tags stripped, XML entities decoded, nothing
else changed) is the article text, every ``TIMEX3`` inside it is a gold span
(character offsets in that text) with its ``type`` (DATE, TIME, DURATION, SET)
and normalised ``value``; the document creation time (``<DCT>``) is the
article's ``published`` date and is not itself scored (nor is any TIMEX3 marked
``functionInDocument="CREATION_TIME"``).  The text is parsed with the packaged
spaCy pipeline and ``crosswire.analyze.times.find_times`` is run on it.

Matching.  Relaxed extent: a prediction and a gold TIMEX3 match when they
share at least one character; one-to-one, greedy by overlap size (largest
first).  Every gold type counts, and every kind of crosswire expression
(dates, durations, sets and present references) is a prediction.

Values.  A crosswire ``TimeExpression`` is written as a TimeML value: year
precision ``YYYY``, month ``YYYY-MM``, day ``YYYY-MM-DD``; a day with
``part_of_day="week"`` (its date is that week's Monday) ``YYYY-Www`` (ISO
week), with ``part_of_day="weekend"`` ``YYYY-Www-WE``; a season
(``part_of_day`` "spring", "summer", "fall", "winter") ``YYYY-SP`` / ``-SU`` /
``-FA`` / ``-WI`` (a winter is named after the year of its January: the one
starting in December 1997 is ``1998-WI``); a quarter or half ``YYYY-Q3`` /
``YYYY-H1``; a decade (``part_of_day`` ending in "decade") its first three
digits, ``197``.  A duration or a set (``kind="duration"`` / ``"set"``) is
scored by its ``duration``: a DURATION gold value ``P2W`` is matched by
duration "P2W", a SET ``P1D`` by "P1D", an unknown count as written ("PXD").
A present reference (``kind="ref"``) is ``PRESENT_REF`` or, with
``part_of_day="past"``, ``PAST_REF``.  An unresolved date (no date) has no
value and is always wrong.  crosswire has no clock
times, so a gold value with a time part (TIME values such as
``1998-02-06T22:19`` or ``1998-02-19TNI``) is compared on its date part only
(``1998-02-06``).  All other gold values are compared as they stand
(``FUTURE_REF``, ``XXXX-10``, ``1989-WXX``: crosswire has no value for these).
The baseline's values are its datetimes at
day precision (``YYYY-MM-DD``): dateparser's ``search_dates`` gives no
precision, so "March 1996" becomes ``1996-03-<day>`` and is wrong against
``1996-03``; that is the baseline as a user would get it.

Metrics.

* extent P / R / F1 (relaxed overlap, as above);
* value accuracy: right values among the matched pairs;
* value P / R / F1: the TempEval-3 "value F1", where a true positive needs an
  overlap match AND the right value (precision over all predictions, recall
  over all gold TIMEX3 of every type);
* extent recall per gold type (DATE, TIME, DURATION, SET);
* the time of ``find_times`` (the spaCy parse is timed apart) and of the
  baseline.

Baseline (same run).  ``dateparser.search.search_dates`` on the same text
with ``RELATIVE_BASE`` = the DCT (midnight) and ``PREFER_DATES_FROM="past"``,
``languages=["en"]``; each returned substring is located in the text in order
(searching on from the end of the previous one).  It needs under a second for
the whole set on 2 cores, so it runs on every document (no limit); ``--limit``
shortens both systems' runs alike.

    .venv/bin/python bench/eval_times.py [--data FOLDER] [--limit N] [--show N]
        [--no-baseline]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from _procs import print_grouped
from crosswire.analyze.parsed import parsed_from_doc
from crosswire.analyze.quotes import find_quotes
from crosswire.analyze.time_speech import speech_day_times
from crosswire.analyze.times import find_times
from crosswire.model import Article, TimeExpression
from crosswire.resources import load_nlp
from crosswire.settings import Settings

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "times" / "tbaq"
TYPES = ("DATE", "TIME", "DURATION", "SET")
_DATE_WITH_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T")


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Doc:
    name: str
    text: str
    dct: dt.date
    golds: list[Gold] = field(default_factory=list)


@dataclass
class Pred:
    start: int
    end: int
    value: str | None
    label: str = ""
    kind: str = "date"
    """crosswire's TimeExpression.kind; "date" for the baseline."""


def read_tml(path: Path) -> Doc:
    """The plain text of ``<TEXT>`` with the offsets of its TIMEX3 tags, and the DCT."""
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    if dct_timex is None:
        raise ValueError(f"{path.name}: no DCT")
    dct = dt.date.fromisoformat(dct_timex.get("value", "")[:10])
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path.name}: no TEXT")
    parts: list[str] = []
    golds: list[Gold] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME":
            golds.append(Gold(start, pos, el.get("type", ""), el.get("value", "")))

    walk(body)
    golds.sort(key=lambda g: g.start)
    return Doc(path.stem, "".join(parts), dct, golds)


_SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "winter": "WI"}


def timeml_value(t: TimeExpression) -> str | None:
    """A crosswire time expression as a TimeML value (None when unresolved)."""
    if t.kind in ("duration", "set"):
        return t.duration
    if t.kind == "ref":
        return f"{(t.part_of_day or 'present').upper()}_REF"
    if t.date is None:
        return None
    part = t.part_of_day or ""
    if part in _SEASON_CODES:  # a winter starts in the December before its year
        year = t.date.year + (part == "winter")
        return f"{year:04d}-{_SEASON_CODES[part]}"
    if re.fullmatch(r"[QH][1-4]", part):
        return f"{t.date.year:04d}-{part}"
    if part.endswith("decade"):
        return f"{t.date.year:04d}"[:3]
    if t.precision == "year":
        return f"{t.date.year:04d}"
    if t.precision == "month":
        return f"{t.date.year:04d}-{t.date.month:02d}"
    if t.part_of_day in ("week", "weekend"):
        year, week, _ = t.date.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if t.part_of_day == "weekend" else "")
    return t.date.isoformat()


def comparable_gold(value: str) -> str:
    """A gold value as compared: the date part of a date-with-time value."""
    m = _DATE_WITH_TIME.match(value)
    return m.group(1) if m else value


def match(preds: Sequence[Pred], golds: Sequence[Gold]) -> dict[int, int]:
    """One-to-one overlap matching (prediction index -> gold index), largest overlap first."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            inter = min(p.end, g.end) - max(p.start, g.start)
            if inter > 0:
                pairs.append((inter, -i, -j))
    pairs.sort(reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, ni, nj in pairs:
        i, j = -ni, -nj
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ours(nlp, docs: Sequence[Doc]) -> tuple[list[list[Pred]], float, float]:
    articles = [Article.create(d.text, d.name, published=d.dct) for d in docs]
    t0 = time.perf_counter()
    spacy_docs = list(nlp.pipe([a.text for a in articles], batch_size=8))
    t_parse = time.perf_counter() - t0
    out: list[list[Pred]] = []
    t_find = 0.0
    for a, sd in zip(articles, spacy_docs, strict=True):
        parsed = parsed_from_doc(a, sd)
        t0 = time.perf_counter()
        times = find_times(parsed)
        t_find += time.perf_counter() - t0
        # as the pipeline does: dates inside quotes counted from the day they were said
        times = speech_day_times(parsed, times, find_quotes(parsed))
        out.append([Pred(t.start, t.end, timeml_value(t), t.precision, t.kind) for t in times])
    return out, t_parse, t_find


def baseline(docs: Sequence[Doc]) -> tuple[list[list[Pred]], float]:
    from dateparser.search import search_dates

    out: list[list[Pred]] = []
    t0 = time.perf_counter()
    for d in docs:
        base = dt.datetime(d.dct.year, d.dct.month, d.dct.day)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(
                d.text,
                languages=["en"],
                settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
            )
        preds: list[Pred] = []
        pos = 0
        for sub, when in found or []:
            at = d.text.find(sub, pos)
            if at < 0:
                continue
            pos = at + len(sub)
            preds.append(Pred(at, at + len(sub), when.date().isoformat()))
        out.append(preds)
    return out, time.perf_counter() - t0


def miss_cause(g: Gold) -> str:
    if g.type in ("DURATION", "SET"):
        return g.type.lower()
    if g.value.endswith("_REF"):
        return "ref (now/past/future)"
    if re.search(r"-Q\d|-W\d|X|T(MO|AF|EV|NI)|-(SP|SU|FA|WI)", g.value):
        return "quarter/week/part/season"
    if re.fullmatch(r"\d{1,3}", g.value):
        return "decade/century"
    if re.fullmatch(r"\d{4}", g.value):
        return "year"
    if re.fullmatch(r"\d{4}-\d{2}", g.value):
        return "month"
    return "day/time"


def false_cause(text: str, p: Pred) -> str:
    s = text[p.start : p.end]
    if re.fullmatch(r"[\d.,\s]+", s):
        return "bare number"
    if p.value is None:
        return "unresolved"
    return p.label or "other"


def value_cause(gold: Gold, got: str | None) -> str:
    if got is None:
        return "unresolved"
    want = comparable_gold(gold.value)
    if gold.type in ("DURATION", "SET") or not want[:1].isdigit():
        return f"gold {gold.type.lower()}/{'ref' if want.endswith('_REF') else 'other'}"
    if len(want) != len(got):
        return "precision differs"
    return "wrong date"


def score(
    docs: Sequence[Doc], preds: Sequence[Sequence[Pred]], show: int, name: str
) -> dict[str, float | int]:
    n_pred = n_gold = n_match = n_value = 0
    n_pred_date = n_match_date = 0
    by_type: Counter[str] = Counter()
    hit_type: Counter[str] = Counter()
    misses: list[tuple[str, str]] = []
    falses: list[tuple[str, str]] = []
    wrong: list[tuple[str, str]] = []
    for d, ps in zip(docs, preds, strict=True):
        m = match(ps, d.golds)
        n_pred += len(ps)
        n_gold += len(d.golds)
        n_match += len(m)
        for g in d.golds:
            by_type[g.type] += 1
        n_pred_date += sum(p.kind == "date" for p in ps)
        for i, j in m.items():
            g = d.golds[j]
            hit_type[g.type] += 1
            if ps[i].kind == "date" and g.type in ("DATE", "TIME"):
                n_match_date += 1
            if ps[i].value is not None and ps[i].value == comparable_gold(g.value):
                n_value += 1
            elif show:
                wrong.append(
                    (
                        value_cause(g, ps[i].value),
                        f"{d.name}: gold {d.text[g.start : g.end]!r}={g.value} "
                        f"got {d.text[ps[i].start : ps[i].end]!r}={ps[i].value}",
                    )
                )
        if show:
            got = set(m.values())
            for j, g in enumerate(d.golds):
                if j not in got:
                    misses.append(
                        (miss_cause(g), f"{d.name}: {d.text[g.start : g.end]!r} {g.type}={g.value}")
                    )
            for i, p in enumerate(ps):
                if i not in m:
                    ctx = d.text[max(0, p.start - 40) : p.end + 40].replace("\n", " ")
                    falses.append(
                        (
                            false_cause(d.text, p),
                            f"{d.name}: {d.text[p.start : p.end]!r}={p.value}  …{ctx}…",
                        )
                    )
    if show:
        for title, items in (("missed", misses), ("false", falses), ("wrong value", wrong)):
            print_grouped(f"{name}: {title}", items, show)
    ep, er, ef = prf(n_match, n_pred, n_gold)
    vp, vr, vf = prf(n_value, n_pred, n_gold)
    out: dict[str, float | int] = {
        "gold": n_gold,
        "predicted": n_pred,
        "extent_p": ep,
        "extent_r": er,
        "extent_f1": ef,
        "value_acc": n_value / n_match if n_match else 0.0,
        "value_p": vp,
        "value_r": vr,
        "value_f1": vf,
        "date_extent_p": n_match_date / n_pred_date if n_pred_date else 0.0,
    }
    for t in TYPES:
        out[f"recall_{t.lower()}"] = hit_type[t] / by_type[t] if by_type[t] else 0.0
        out[f"gold_{t.lower()}"] = by_type[t]
    return out


def run(
    data: Path | None = None, show: int = 0, limit: int = 0, baseline_too: bool = True
) -> dict[str, float | int]:
    """Score crosswire (and the dateparser baseline); metric name -> value.

    Keys: ``docs``, ``gold``, ``predicted``, ``extent_p/r/f1``, ``value_acc``,
    ``value_p/r/f1``, ``recall_date/time/duration/set`` (and ``gold_<type>``
    counts), ``parse_s``, ``find_s``; the baseline's figures have the same names
    prefixed ``dateparser_`` (with ``dateparser_s`` its time).
    """
    folder = data or DEFAULT
    docs = [read_tml(p) for p in sorted(folder.glob("*.tml"))]
    if limit:
        docs = docs[:limit]
    nlp = load_nlp(Settings().spacy_model)
    nlp("warm up")
    preds, t_parse, t_find = ours(nlp, docs)
    res: dict[str, float | int] = {"docs": len(docs)}
    res |= score(docs, preds, show, "crosswire")
    res["parse_s"] = t_parse
    res["find_s"] = t_find
    if baseline_too:
        bpreds, t_base = baseline(docs)
        for k, v in score(docs, bpreds, show, "dateparser").items():
            res[f"dateparser_{k}"] = v
        res["dateparser_s"] = t_base
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT, help="a folder of .tml files")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses/false/wrong each")
    ap.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    args = ap.parse_args()
    res = run(args.data, args.show, args.limit, not args.no_baseline)
    systems = [("crosswire find_times", "")]
    if "dateparser_gold" in res:
        systems.append(("dateparser search", "dateparser_"))
    types = "  ".join(f"{t}={res[f'gold_{t.lower()}']}" for t in TYPES)
    print(
        f"times on {args.data.name}: {res['docs']} documents, {res['gold']} gold TIMEX3 ({types})"
    )
    head = (
        f"{'system':<22} {'pred':>5} {'ext P':>6} {'ext R':>6} {'ext F1':>6} "
        f"{'val acc':>7} {'val P':>6} {'val R':>6} {'val F1':>6} "
        + " ".join(f"{'R ' + t[:4]:>6}" for t in TYPES)
        + f" {'secs':>6}"
    )
    print(head)
    for label, pre in systems:
        secs = res["find_s"] if not pre else res["dateparser_s"]
        print(
            f"{label:<22} {res[pre + 'predicted']:>5} {res[pre + 'extent_p']:>6.3f} "
            f"{res[pre + 'extent_r']:>6.3f} {res[pre + 'extent_f1']:>6.3f} "
            f"{res[pre + 'value_acc']:>7.3f} {res[pre + 'value_p']:>6.3f} "
            f"{res[pre + 'value_r']:>6.3f} {res[pre + 'value_f1']:>6.3f} "
            + " ".join(f"{res[pre + 'recall_' + t.lower()]:>6.3f}" for t in TYPES)
            + f" {secs:>6.2f}"
        )
    print(f"(spaCy parse {res['parse_s']:.2f}s, not counted in crosswire's secs)")


if __name__ == "__main__":
    main()
