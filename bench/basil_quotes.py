"""Quote finding and speakers on the BASIL dev gold, quote by quote.

Reads the real coverage gold (``../shared/eval/coverage/basil-dev/gold.json``,
``--gold`` for another), reads each gold article with the text reader, parses
it with the packaged spaCy pipeline (parses are cached under ``--cache``, so a
second run only times ``find_quotes``) and prints:

* every gold quote whose speaker is wrong or missing, with the attribution as
  written and the sentence around it (``--show``);
* every found quote the gold does not list (false quotes);
* a summary: quotes P/R, speaker right among matched, right when given.

Matching and speaker comparison follow ``crosswire evaluate``: a found quote
matches a gold quote when the gold's ``contains`` is in its text, and the
speaker is right when both name forms (case-folded, titles removed) agree.

    .venv/bin/python bench/basil_quotes.py [--gold PATH] [--show N] [--only wrong|false]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from crosswire.analyze.parsed import ParsedArticle, parsed_from_doc
from crosswire.analyze.quotes import find_quotes
from crosswire.evaluate.findings import name_form
from crosswire.ingest import read_path
from crosswire.model import Article
from crosswire.resources import load_nlp
from crosswire.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "eval" / "coverage" / "basil-dev" / "gold.json"
DEMO = ROOT / "src" / "crosswire" / "demo" / "corpus" / "gold.json"
CACHE = Path("/tmp/basil-docs.spacy")


def parsed_articles(gold_path: Path, cache: Path) -> dict[str, ParsedArticle]:
    """Gold article key -> its parse (cached spaCy docs as bytes)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    folder = gold_path.parent / str(gold.get("corpus", "."))
    settings = Settings()
    keys, arts = [], []
    for k in sorted(gold["articles"]):
        path = folder / k
        got = (
            [a for a in read_path(path, settings) if isinstance(a, Article)]
            if path.exists()
            else []
        )
        if got:  # a key the reader cannot open (another format) is left out
            keys.append(k)
            arts.append(got[0])
    nlp = load_nlp(Settings().spacy_model)
    from spacy.tokens import DocBin

    if cache.exists():
        docs = list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe([a.text for a in arts], batch_size=8))
        cache.write_bytes(DocBin(store_user_data=True, docs=docs).to_bytes())
    return {k: parsed_from_doc(a, d) for k, a, d in zip(keys, arts, docs, strict=True)}


def _context(text: str, start: int, end: int, pad: int = 160) -> str:
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    return " ".join(text[lo:hi].split())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--show", type=int, default=400)
    ap.add_argument("--only", choices=("wrong", "false", "all"), default="all")
    args = ap.parse_args(argv)
    gold: dict[str, Any] = json.loads(args.gold.read_text(encoding="utf-8"))
    parsed = parsed_articles(args.gold, args.cache)
    n_gold = n_found = n_made = n_right = n_given = n_given_right = 0
    shown = 0
    for key, pa in parsed.items():
        text = pa.article.text
        quotes = find_quotes(pa)
        n_made += len(quotes)
        used: set[int] = set()
        for g in gold["articles"][key].get("quotes", []):
            n_gold += 1
            hit = next(
                (i for i, q in enumerate(quotes) if i not in used and g["contains"] in q.text),
                None,
            )
            if hit is None:
                continue
            used.add(hit)
            q = quotes[hit]
            n_found += 1
            want = name_form(g.get("speaker") or "")
            ok = want == name_form(q.speaker or "")
            n_right += ok
            if q.speaker is not None:
                n_given += 1
                n_given_right += ok
            if not ok and args.only in ("wrong", "all") and shown < args.show:
                shown += 1
                print(
                    f"[speaker] {key} gold={g.get('speaker')!r} got={q.speaker!r} "
                    f"as={q.speaker_text!r} cue={q.cue!r}\n    {_context(text, q.start, q.end)}"
                )
        for i, q in enumerate(quotes):
            if i not in used and args.only in ("false", "all") and shown < args.show:
                shown += 1
                print(
                    f"[false] {key} got={q.speaker!r} cue={q.cue!r} {q.text[:80]!r}\n"
                    f"    {_context(text, q.start, q.end, 80)}"
                )
    p = n_found / n_made if n_made else 0.0
    print(f"quotes gold {n_gold} found {n_found} made {n_made}  R {n_found / n_gold:.3f} P {p:.3f}")
    print(f"speaker right among matched {n_right / n_found:.3f} ({n_right}/{n_found})")
    print(f"speaker right when given {n_given_right / n_given:.3f} ({n_given_right}/{n_given})")


if __name__ == "__main__":
    main()
