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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    args = ap.parse_args()
    gold = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for pid in sorted(gold):
        raw = gzip.decompress((args.data / "html" / f"{pid}.html.gz").read_bytes())
        pages[pid] = decode(raw)
    results = {}
    for name, fn in (("trafilatura (bare)", lambda h, u: bare(h)), ("crosswire ingest", ours)):
        scores, t0 = [], time.perf_counter()
        for pid, html in pages.items():
            scores.append(prf(fn(html, gold[pid].get("url")), gold[pid]["articleBody"]))
        ms = (time.perf_counter() - t0) * 1000 / len(pages)
        results[name] = (*(sum(s[i] for s in scores) / len(scores) for i in range(3)), ms)
    print(f"{len(pages)} pages; token P/R/F1 averaged over pages")
    print(f"{'extractor':<20} {'P':>6} {'R':>6} {'F1':>6} {'ms/page':>8}")
    for name, (p, r, f, ms) in results.items():
        print(f"{name:<20} {p:>6.3f} {r:>6.3f} {f:>6.3f} {ms:>8.1f}")


if __name__ == "__main__":
    main()
