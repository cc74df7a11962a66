"""The language check (``analyze/language.py``) on the development sets and the pages.

    .venv/bin/python bench/language_check.py

Reads the BASIL, GGT and ECB+ development articles and the article-extraction pages
(``../shared/eval/``) and prints:

* per set, how many articles ``other_language`` reads as English and as another
  language (the development sets are English news: every "other" is a false one);
* the share of English function words in the sample (``ENGLISH_SHARE``'s shortcut):
  median, 5th percentile and how many articles fall under the threshold, so that
  ``langid`` reads them;
* the time to load ``langid``'s model once and to classify every ECB+ article with
  it (no shortcut);
* for each extraction page read as another language, its language, its share of
  English function words, and what the English rules would find there if they ran
  (entity mentions, claims): the noise the check keeps out of the dossiers.
"""

from __future__ import annotations

import gzip
import json
import statistics
import sys
import time
from pathlib import Path

from crosswire.analyze import language
from crosswire.analyze.language import ENGLISH_SHARE, other_language
from crosswire.errors import IngestError
from crosswire.ingest.decode import decode
from crosswire.ingest.readers import html_article

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"


def _share(text: str) -> float:
    words = language._WORD_RE.findall(text[: language.SAMPLE_CHARS])
    return sum(w.lower() in language._ENGLISH_WORDS for w in words) / max(1, len(words))


def _sets() -> dict[str, list[str]]:
    def texts(path: Path) -> list[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line)["text"] for line in lines if line.strip()]

    ecb = texts(EVAL / "stories" / "ecbplus-dev.jsonl")
    ggt = texts(EVAL / "quotes" / "ggt-dev.jsonl")
    basil = [
        p.read_text(encoding="utf-8")
        for p in sorted((EVAL / "coverage" / "basil-dev" / "articles").rglob("*.txt"))
    ]
    return {"BASIL dev": basil, "GGT dev": ggt, "ECB+ dev": ecb}


def _pages() -> list[tuple[str, str]]:
    folder = EVAL / "article-extraction"
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for pid in sorted(gold):
        raw = gzip.decompress((folder / "html" / f"{pid}.html.gz").read_bytes())
        try:
            article = html_article(decode(raw), f"{pid}.html", url=gold[pid].get("url"))
        except IngestError:
            continue
        out.append((pid, article.text))
    return out


def main() -> None:
    if not EVAL.exists():
        sys.exit(f"no evaluation sets at {EVAL}")
    sets = _sets()
    pages = _pages()
    print("language check (analyze/language.py)")
    print(f"  {'set':<22} {'articles':>8} {'English':>8} {'other':>6}")
    for name, texts in [*sets.items(), ("extraction pages", [t for _, t in pages])]:
        other = sum(other_language(t) is not None for t in texts)
        print(f"  {name:<22} {len(texts):>8} {len(texts) - other:>8} {other:>6}")
    shares = [_share(t) for texts in sets.values() for t in texts]
    p5 = statistics.quantiles(shares, n=20)[0]
    under = sum(s < ENGLISH_SHARE for s in shares)
    print(
        f"  English function words, development articles: median {statistics.median(shares):.2f}, "
        f"5th percentile {p5:.2f}, {under} of {len(shares)} under {ENGLISH_SHARE} (read by langid)"
    )
    language._identifier.cache_clear()
    t0 = time.perf_counter()
    language._identifier()
    t1 = time.perf_counter()
    for text in sets["ECB+ dev"]:
        language.detect(text)
    t2 = time.perf_counter()
    print(
        f"  langid: model load {t1 - t0:.2f}s, {len(sets['ECB+ dev'])} ECB+ articles "
        f"classified in {t2 - t1:.2f}s"
    )
    from crosswire.analyze.parsed import parse
    from crosswire.analyze.pipeline import analyse_parsed
    from crosswire.model import Article
    from crosswire.resources import load_nlp

    nlp = load_nlp()
    print("  extraction pages read as another language (what the English rules would find):")
    for pid, text in pages:
        lang = other_language(text)
        if lang is None:
            continue
        found = analyse_parsed(parse(Article.create(text, pid), nlp))
        print(
            f"    {pid[:8]}  {lang}  {len(text):>6} chars  English words {_share(text):.2f}  "
            f"{len(found.mentions):>4} mentions  {len(found.claims):>3} claims"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
