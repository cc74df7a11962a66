"""Audit the claim and timeline conflicts crosswire flags on real multi-outlet coverage.

Reads ECB+ dev (``../shared/eval/stories/ecbplus-dev.jsonl``: real news articles
with their gold story), reads each text as ``crosswire ingest`` reads a text file
(title line, dateline, cleaning; the outlet is the url's host where there is one),
analyses it with the ingest pipeline and stores it in a SQLite store under /tmp.
Then, per GOLD story (so that story errors do not pollute the audit), it builds
the dossier (``crosswire.link.build_dossier``) and prints every claim group whose
status is ``conflict`` and every timeline item flagged as a conflict, with the
sentences and values, plus the count of ``agree`` groups and a sample of them.

The analysed store is cached, keyed by the input and the per-article analysis
code (``src/crosswire/analyze``, ``ingest``): a change to the link rules only
re-runs the link stage.

    .venv/bin/python bench/conflict_audit.py [--jsonl PATH] [--agree-sample N] [--json OUT]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "eval" / "stories" / "ecbplus-dev.jsonl"


def _code_digest() -> str:
    """The per-article analysis (and reading) code: a change to it re-analyses."""
    import crosswire

    pkg = Path(crosswire.__file__).parent
    h = hashlib.sha256()
    for sub in ("analyze", "ingest"):
        for p in sorted((pkg / sub).rglob("*.py")):
            h.update(p.name.encode() + p.read_bytes())
    for name in ("model.py", "settings.py"):
        h.update((pkg / name).read_bytes())
    return h.hexdigest()[:12]


def _outlet(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.") or None


def _read(rows: list[dict[str, Any]]) -> tuple[list[Any], dict[str, str]]:
    """Articles as ingest reads a text file; and each article id's gold story."""
    from crosswire.ingest.readers import text_article

    arts, story_of = [], {}
    for r in rows:
        a = text_article(
            r["text"], f"ecbplus/{r['id']}.txt", meta={"url": r["url"]} if r.get("url") else None
        )
        host = _outlet(r.get("url"))
        if host:
            a = dataclasses.replace(a, outlet=host, outlet_inferred=False)
        arts.append(a)
        story_of[a.id] = str(r["story"])
    return arts, story_of


def _store(path: Path, rows: list[dict[str, Any]]) -> tuple[Any, list[Any], dict[str, str]]:
    from crosswire.analyze.pipeline import Analyser
    from crosswire.settings import Settings
    from crosswire.store import open_store

    arts, story_of = _read(rows)
    store = open_store(str(path))
    todo = [a for a in arts if not store.has_content(a.content_hash)]
    if todo:
        t0 = time.perf_counter()
        analyser = Analyser(Settings(embed=False))
        for i in range(0, len(todo), 16):
            batch = todo[i : i + 16]
            for a, res in zip(batch, analyser.analyse(batch), strict=True):
                if isinstance(res, Exception):
                    print(f"analysis failed: {a.path}: {res}", file=sys.stderr)
                    continue
                store.save(a, res)
            print(f"\ranalysed {min(i + 16, len(todo))}/{len(todo)}", end="", file=sys.stderr)
        print(
            f"\n(analysed {len(todo)} articles in {time.perf_counter() - t0:.0f} s)",
            file=sys.stderr,
        )
    return store, arts, story_of


def _sentence(text: str, start: int, end: int) -> str:
    s = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    e = min(x for x in (text.find("\n", end), text.find(". ", end), len(text)) if x >= 0)
    return " ".join(text[s : e + 1].split())


def _claim_line(c: Any, texts: dict[str, str], outlet: dict[str, str]) -> str:
    val = c.value if c.value is not None else f"{c.low}-{c.high}"
    src = outlet.get(c.article) or c.article[:8]
    return (
        f"    [{src}] {c.text!r} = {val} {c.unit} ({c.quantity}, counted={c.counted})\n"
        f"        {_sentence(texts[c.article], c.start, c.end)}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--jsonl", type=Path, default=DEFAULT)
    ap.add_argument("--agree-sample", type=int, default=12)
    ap.add_argument("--json", type=Path, help="also write the flagged conflicts as JSON here")
    ap.add_argument("--no-encoder", action="store_true", help="link without the sentence encoder")
    args = ap.parse_args(argv)

    from crosswire.link import build_dossier
    from crosswire.model import Story

    rows = [json.loads(x) for x in args.jsonl.read_text(encoding="utf-8").splitlines() if x.strip()]
    key = hashlib.sha256(args.jsonl.read_bytes()).hexdigest()[:12] + "-" + _code_digest()
    db = Path("/tmp") / f"crosswire-conflict-audit-{key}.db"
    store, arts, story_of = _store(db, rows)
    encoder = None
    if not args.no_encoder:
        from crosswire.resources import load_encoder

        encoder = load_encoder(2)
    by_id = {a.id: a for a in store.articles([a.id for a in arts])}
    analyses = store.analyses(list(by_id))
    texts = {k: a.text for k, a in by_id.items()}
    outlet = {
        k: (a.outlet or "?") + ":" + (a.path or k).rsplit("/", 1)[-1].removesuffix(".txt")
        for k, a in by_id.items()
    }
    members: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        if a.id in by_id and a.id not in members[story_of[a.id]]:
            members[story_of[a.id]].append(a.id)

    t0 = time.perf_counter()
    status: Counter[str] = Counter()
    agree: list[tuple[str, Any]] = []
    n_conf = n_tl = n_tl_conf = 0
    dump: list[dict[str, Any]] = []
    for story in sorted(members, key=lambda s: (int(s.split("-")[0]), s)):
        ids = members[story]
        d = build_dossier(
            Story(story, story, tuple(ids)), [by_id[i] for i in ids], analyses, encoder
        )
        for g in d.claims:
            status[g.status] += 1
            if g.status == "agree":
                agree.append((story, g))
            if g.status != "conflict":
                continue
            n_conf += 1
            print(f"\n== CLAIM CONFLICT #{n_conf} story {story} [{g.id}] measure={g.measure!r}")
            for c in g.values:
                print(_claim_line(c, texts, outlet))
            dump.append(
                {
                    "kind": "claim",
                    "n": n_conf,
                    "story": story,
                    "measure": g.measure,
                    "values": [
                        {
                            "src": outlet[c.article],
                            "text": c.text,
                            "value": c.value,
                            "unit": c.unit,
                            "sentence": _sentence(texts[c.article], c.start, c.end),
                        }
                        for c in g.values
                    ],
                }
            )
        for item in d.timeline:
            n_tl += 1
            if not item.conflict:
                continue
            n_tl_conf += 1
            print(
                f"\n== TIMELINE CONFLICT #{n_tl_conf} story {story} [{item.id}] "
                f"{item.date} ({item.precision}) {item.description!r}"
            )
            srcs = []
            for s in item.sources:
                t = texts[s.article]
                sent = _sentence(t, s.start, s.end)
                print(f"    [{outlet[s.article]}] {t[s.start : s.end]!r}\n        {sent}")
                srcs.append(
                    {"src": outlet[s.article], "span": t[s.start : s.end], "sentence": sent}
                )
            dump.append(
                {
                    "kind": "timeline",
                    "n": n_tl_conf,
                    "story": story,
                    "date": str(item.date),
                    "description": item.description,
                    "sources": srcs,
                }
            )

    print(f"\n== AGREE groups: {len(agree)} (sample)")
    rnd = random.Random(13)
    for story, g in rnd.sample(agree, min(args.agree_sample, len(agree))):
        print(f"\n-- agree story {story} measure={g.measure!r}")
        for c in g.values:
            print(_claim_line(c, texts, outlet))
    print(
        f"\n== SUMMARY: {len(members)} gold stories, {len(by_id)} articles; claim groups by status "
        f"{dict(sorted(status.items()))}; claim conflicts {n_conf}; timeline items {n_tl}, "
        f"flagged conflicts {n_tl_conf}; link stage {time.perf_counter() - t0:.1f} s"
    )
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1), encoding="utf-8")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
