"""Quote finding and speaker attribution on the GGT dev set.

Reads ``../shared/eval/quotes/ggt-dev.jsonl`` (relative to the repository root;
``--data`` for another file; the format is described in the eval folder's
README), runs the packaged spaCy pipeline and
``crosswire.analyze.quotes.find_quotes`` on each article's text and prints:

* for DIRECT gold quotes (``start`` not null and the gold span opens and closes
  with a quotation mark): span exact-match and overlap precision/recall/F1
  (precision over all predicted quotes against the direct gold quotes), and
  speaker accuracy on the direct gold quotes a prediction overlaps;
* precision against ANY gold quote (a quoted fragment inside annotated
  reported speech is a real quote, not a false alarm, but the direct-only
  figure above counts it as wrong);
* recall against ALL gold quotes (reported speech included), for honesty:
  the finder only looks for quotation marks, so reported speech is out of reach;
* the cost of ``find_quotes`` as a fraction of the spaCy parse time.

Matching.  Gold spans include the quotation marks and often a trailing comma;
predicted spans are the words inside the marks.  Both are normalised the same
way before comparing (surrounding whitespace, quotation marks and ``, . ; :``
are peeled off), then an exact match is equal normalised offsets and an
overlap match is any shared character (one-to-one, greedy by overlap size).

Speakers.  A resolved speaker is right when it equals ``speaker_full_name``
case-insensitively, or when both have the same last word (last name).
"speaker acc" counts a missing speaker as wrong; "speaker prec" is over the
matched quotes that were given a speaker (how often a named speaker is right).

    .venv/bin/python bench/eval_quotes.py [--data PATH] [--limit N] [--no-model] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crosswire.analyze.parsed import ParsedArticle, parse, parsed_from_doc
from crosswire.analyze.quotes import find_quotes
from crosswire.model import Article, Quote
from crosswire.resources import load_nlp
from crosswire.settings import Settings

DEFAULT = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "quotes" / "ggt-dev.jsonl"
)

QUOTE_MARKS = "\"“”«»‘’„'"
_PEEL = QUOTE_MARKS + ",.;:" + " \t\r\n"
_WORD = re.compile(r"[\w'’-]+")


@dataclass
class Gold:
    start: int
    end: int
    direct: bool
    full_name: str


def normalise(text: str, start: int, end: int) -> tuple[int, int]:
    """Peel whitespace, quotation marks and light punctuation off both ends."""
    while start < end and text[start] in _PEEL:
        start += 1
    while end > start and text[end - 1] in _PEEL:
        end -= 1
    return start, end


def is_direct(text: str, start: int, end: int) -> bool:
    """The gold span is enclosed in quotation marks (its own, or ones just outside it)."""
    t = text[start:end].strip()
    if not t:
        return False
    opens = t[0] in QUOTE_MARKS or text[max(0, start - 1) : start] in tuple(QUOTE_MARKS)
    closes = t.rstrip(".,;:?! ")[-1:] in QUOTE_MARKS or text[end : end + 1] in tuple(QUOTE_MARKS)
    return opens and closes


def speaker_right(predicted: str | None, gold: str) -> bool:
    if not predicted or not gold:
        return False
    if predicted.strip().lower() == gold.strip().lower():
        return True
    gold_words = _WORD.findall(gold.lower())
    pred_words = _WORD.findall(predicted.lower())
    return bool(gold_words) and bool(pred_words) and gold_words[-1] == pred_words[-1]


def match(preds: Sequence[tuple[int, int]], golds: Sequence[tuple[int, int]]) -> dict[int, int]:
    """One-to-one overlap matching (prediction index -> gold index), largest overlap first."""
    pairs = []
    for i, (ps, pe) in enumerate(preds):
        for j, (gs, ge) in enumerate(golds):
            inter = min(pe, ge) - max(ps, gs)
            if inter > 0:
                pairs.append((inter, i, j))
    pairs.sort(reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(
    data: Path | None = None, show: int = 0, limit: int = 0, no_model: bool = False
) -> dict[str, Any]:
    """The measures of the docstring (``metrics``: name -> number; ``rows``: for printing)."""
    args = argparse.Namespace(data=data or DEFAULT, show=show, limit=limit, no_model=no_model)
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    if args.limit:
        rows = rows[: args.limit]

    articles = [Article.create(r["text"], r.get("url") or r["id"]) for r in rows]
    t_parse = t_find = 0.0
    parsed: list[ParsedArticle] = []
    if args.no_model:
        for a in articles:
            t0 = time.perf_counter()
            parsed.append(parse(a, None))
            t_parse += time.perf_counter() - t0
    else:
        nlp = load_nlp(Settings().spacy_model)
        nlp("warm up")
        t0 = time.perf_counter()
        docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
        t_parse = time.perf_counter() - t0
        parsed = [parsed_from_doc(a, d) for a, d in zip(articles, docs, strict=True)]

    n_pred = n_gold_direct = n_gold_all = 0
    exact_p_any = exact_p_direct = exact_r = 0
    over_p_any = over_p_direct = over_r = over_r_all = 0
    matched = spk_right = spk_given = spk_given_right = 0
    shown = 0
    for row, pa in zip(rows, parsed, strict=True):
        text = row["text"]
        t0 = time.perf_counter()
        quotes: list[Quote] = find_quotes(pa)
        t_find += time.perf_counter() - t0
        golds: list[Gold] = []
        for g in row["quotes"]:
            if g.get("start") is None:
                continue
            golds.append(
                Gold(
                    g["start"],
                    g["end"],
                    is_direct(text, g["start"], g["end"]),
                    g.get("speaker_full_name") or "",
                )
            )
        n_gold_all += len(row["quotes"])
        gspans = [normalise(text, g.start, g.end) for g in golds]
        pspans = [normalise(text, q.start, q.end) for q in quotes]
        direct_idx = [j for j, g in enumerate(golds) if g.direct]
        n_gold_direct += len(direct_idx)
        n_pred += len(quotes)

        gset_any = set(gspans)
        gset_direct = {gspans[j] for j in direct_idx}
        exact_p_any += sum(1 for p in pspans if p in gset_any)
        exact_p_direct += sum(1 for p in pspans if p in gset_direct)
        pset = set(pspans)
        exact_r += sum(1 for j in direct_idx if gspans[j] in pset)

        m_any = match(pspans, gspans)
        over_p_any += len(m_any)
        over_r_all += len(set(m_any.values()))
        dspans = [gspans[j] for j in direct_idx]
        m_dir = match(pspans, dspans)
        over_p_direct += len(m_dir)
        over_r += len(m_dir)
        for i, jd in m_dir.items():
            g = golds[direct_idx[jd]]
            q = quotes[i]
            matched += 1
            ok = speaker_right(q.speaker, g.full_name)
            spk_right += ok
            if q.speaker:
                spk_given += 1
                spk_given_right += ok
            if not ok and shown < args.show:
                shown += 1
                print(
                    f"[speaker] gold={g.full_name!r} got={q.speaker!r} "
                    f"as={q.speaker_text!r} cue={q.cue!r}  {q.text[:70]!r}"
                )
        if args.show:
            hit = set(m_dir.values())
            for jd, j in enumerate(direct_idx):
                if jd not in hit and shown < args.show:
                    shown += 1
                    print(f"[missed] {text[golds[j].start : golds[j].end][:100]!r}")

    rows_out: list[tuple[str, Any]] = []
    ep, er, ef = prf(exact_p_direct, n_pred, exact_r, n_gold_direct)
    op, orr, of = prf(over_p_direct, n_pred, over_r, n_gold_direct)
    rows_out += [
        ("articles", len(rows)),
        ("gold quotes (all / direct)", f"{n_gold_all} / {n_gold_direct}"),
        ("predicted quotes", n_pred),
        ("exact   P / R / F1 (direct)", f"{ep:.3f} / {er:.3f} / {ef:.3f}"),
        ("overlap P / R / F1 (direct)", f"{op:.3f} / {orr:.3f} / {of:.3f}"),
        (
            "P against any gold quote (exact / overlap)",
            f"{exact_p_any / max(n_pred, 1):.3f} / {over_p_any / max(n_pred, 1):.3f}",
        ),
        (
            "speaker acc (matched direct)",
            f"{spk_right / max(matched, 1):.3f}  ({spk_right}/{matched})",
        ),
        (
            "speaker prec (when given)",
            f"{spk_given_right / max(spk_given, 1):.3f}  ({spk_given_right}/{spk_given})",
        ),
        ("speaker coverage (given/matched)", f"{spk_given / max(matched, 1):.3f}"),
        ("overlap recall, ALL gold quotes", f"{over_r_all / max(n_gold_all, 1):.3f}"),
        (
            "time: parse / find_quotes",
            f"{t_parse:.2f}s / {t_find:.3f}s  ({100 * t_find / max(t_parse, 1e-9):.1f}% of parse)",
        ),
    ]
    metrics = {
        "articles": len(rows),
        "gold_direct": n_gold_direct,
        "predicted": n_pred,
        "exact_p": ep,
        "exact_r": er,
        "exact_f1": ef,
        "overlap_p": op,
        "overlap_r": orr,
        "overlap_f1": of,
        "speaker_acc": spk_right / max(matched, 1),
        "speaker_prec": spk_given_right / max(spk_given, 1),
        "recall_all": over_r_all / max(n_gold_all, 1),
    }
    return {"metrics": metrics, "rows": rows_out}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT, help="a JSONL file in the GGT format")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--no-model", action="store_true", help="run the model-free fallback")
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong speakers/misses")
    args = ap.parse_args()
    rows_out = run(args.data, args.show, args.limit, args.no_model)["rows"]
    width = max(len(k) for k, _ in rows_out)
    mode = "model-free fallback" if args.no_model else "spaCy pipeline"
    print(f"quotes on {args.data.name} ({mode})")
    for k, v in rows_out:
        print(f"  {k:<{width}}  {v}")


if __name__ == "__main__":
    main()
