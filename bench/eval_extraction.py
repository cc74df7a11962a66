"""Article-extraction quality on ../shared/eval/article-extraction (92 pages).

    .venv/bin/python bench/eval_extraction.py [--data FOLDER]

Scores crosswire's HTML extraction (trafilatura + the page-furniture filter,
exactly as ingest runs it) against each page's gold ``articleBody``, with the
token-level measure of scrapinghub's article-extraction-benchmark: bag of
whitespace tokens, precision/recall/F1 per page, averaged over pages (a page
whose extraction fails counts as P = R = 0).  Bare trafilatura (same options,
no furniture filter) is measured in the same run for comparison, with ms/page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path

import trafilatura

from crosswire.errors import IngestError
from crosswire.ingest.decode import decode
from crosswire.ingest.readers import html_article

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "article-extraction"


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    p_tokens, g_tokens = Counter(pred.split()), Counter(gold.split())
    overlap = sum((p_tokens & g_tokens).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p = overlap / sum(p_tokens.values())
    r = overlap / sum(g_tokens.values())
    return p, r, 2 * p * r / (p + r)


def bare(html: str) -> str:
    return (
        trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
        )
        or ""
    )


def ours(html: str, url: str) -> str:
    try:
        return html_article(html, "page.html", url=url).text
    except IngestError:
        return ""


def run(data: Path | None = None) -> dict[str, float]:
    """P/R/F1 and ms/page of crosswire's extraction and of bare trafilatura."""
    data = data or DEFAULT
    gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for pid in sorted(gold):
        raw = gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes())
        pages[pid] = decode(raw)
    out: dict[str, float] = {"pages": len(pages)}
    for name, fn in (("trafilatura", lambda h, u: bare(h)), ("crosswire", ours)):
        scores, t0 = [], time.perf_counter()
        for pid, html in pages.items():
            scores.append(prf(fn(html, gold[pid].get("url")), gold[pid]["articleBody"]))
        ms = (time.perf_counter() - t0) * 1000 / len(pages)
        for i, key in enumerate(("p", "r", "f1")):
            out[f"{name}_{key}"] = sum(s[i] for s in scores) / len(scores)
        out[f"{name}_ms"] = ms
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    args = ap.parse_args()
    out = run(args.data)
    print(f"{out['pages']:.0f} pages; token P/R/F1 averaged over pages")
    print(f"{'extractor':<20} {'P':>6} {'R':>6} {'F1':>6} {'ms/page':>8}")
    for name, label in (("trafilatura", "trafilatura (bare)"), ("crosswire", "crosswire ingest")):
        p, r, f, ms = (out[f"{name}_{k}"] for k in ("p", "r", "f1", "ms"))
        print(f"{label:<20} {p:>6.3f} {r:>6.3f} {f:>6.3f} {ms:>8.1f}")


if __name__ == "__main__":
    main()
