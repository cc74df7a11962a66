"""Cross-document entity resolution on ECB+ (named people, organisations, places).

    .venv/bin/python bench/eval_entities.py [--data DIR] [--show N]

Data.  ``../shared/eval/stories/ecbplus-xml/<topic>/<doc>.xml`` (relative to the
repository root; ``--data`` for another folder) holds the ECB+ annotation:
tokens (``t_id``, ``sentence``, ``number``), markables anchored to tokens, and
``CROSS_DOC_COREF`` relations whose ``note`` is the instance id shared by every
document of a sub-topic that mentions the instance.  The sibling
``ecbplus-dev.jsonl`` holds the same documents (``id`` = the XML file name
without ``.xml``), their detokenised ``text`` and their gold ``story`` (topic +
ecb/ecbplus sub-topic).  Crosswire reads that ``text``; gold spans are mapped
onto it by its letters and digits, which are exactly the tokens' letters and
digits in order (the ecbplus documents' first XML sentence, the URL, is not in
the text and is skipped).  Nothing is cached.

Gold.  Markables of kind ``HUMAN_PART_PER`` (person), ``HUMAN_PART_ORG``
(organisation), ``HUMAN_PART_GPE``, ``LOC_GEO`` (place) and ``LOC_FAC``
(facility), restricted to NAMED mentions.  A word "looks like a name" when it
starts with a capital, is not a pronoun, determiner or nationality word
("American"), and the same word (any case) is written with a capital
somewhere in the document in the middle of a sentence that is not in title
case (so "Reid" opening a sentence counts when "Reid" also occurs
mid-sentence; "Woman" in a title-case headline does not).  A mention is named
when, after dropping leading prepositions and determiners ("at", "the"), it
ends in a run of such words (after the first, any capitalised word may extend
the run leftwards; "of", "de", "al" ... and punctuation may join two name
words), optionally followed by one word such as "province", "island", "com"
or a number-word ("Qeshm island", "TMZ . com", "Philadelphia 76ers"), and
what comes before the run holds no preposition and no comma (a description,
"the actress's rep Jack Ketsoyan", is fine; "stores and businesses in the
centre of the capital, Athens" is not a mention of Athens).  So "a Los
Angeles hospital", "the Greek capital", "the 40-year-old American" and
"Police" opening a headline are not named mentions; "Tara Reid", "Reid",
"at Promises", "the Philadelphia 76ers" are.  Clusters: mentions linked by one
``CROSS_DOC_COREF`` instance id within one sub-topic, else by one
``INTRA_DOC_COREF`` relation within one document.  Named markables in no
relation at all (178, e.g. "Scott Boras" in two Red Sox articles) carry no
coreference annotation, not "a singleton": they are counted ("unlinked") and
left out of every score.

Prediction.  Per gold sub-topic, the documents become ``Article``s
(``_procs.ecbplus_article``), are parsed once with the packaged spaCy pipeline
(``analyze.pipeline.parse_texts``) and analysed (``analyse_parsed``), and the
sub-topic's mentions go through ``link.entities.resolve_entities`` as a
dossier does (with the articles' texts, for defined acronyms).

Alignment.  In each article, gold named mentions and crosswire's mentions are
matched one-to-one by character overlap (largest first).  A gold mention is
"found" when it overlaps any crosswire mention, "aligned" when that mention is
in a resolved entity (mentions with labels such as DATE are not).

Metrics.
* mention recall: share of gold named mentions found (and aligned);
* pairwise P/R/F1 of "same entity" over pairs of ALIGNED gold mentions of one
  sub-topic, for pairs in DIFFERENT documents (the cross-document task) and for
  all pairs (within-document pairs too);
* B-cubed P/R/F1 over ALL (linked) gold named mentions, where a mention that
  is not aligned is its own singleton in the prediction (missing a mention
  costs recall, not precision);
* per gold instance aligned in two documents or more: the share crosswire
  keeps in ONE entity, and the share it links across at least two of those
  documents (pairs weigh big instances quadratically: Lindsay Lohan alone is
  a large part of the pairs; these two count each instance once).
``--show N`` prints, per cause, the N most frequent missed mentions, split
pairs and false merges (cross-document), with their text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _procs import ecbplus_article
from crosswire.analyze.parsed import parsed_from_doc
from crosswire.analyze.pipeline import analyse_parsed, parse_texts
from crosswire.evaluate import bcubed
from crosswire.link.entities import resolve_entities
from crosswire.link.stories import entity_key
from crosswire.model import Mention
from crosswire.resources import load_nlp
from crosswire.settings import Settings

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "stories" / "ecbplus-xml"
JSONL = "ecbplus-dev.jsonl"

KINDS = {
    "HUMAN_PART_PER": "person",
    "HUMAN_PART_ORG": "organisation",
    "HUMAN_PART_GPE": "place",
    "LOC_GEO": "place",
    "LOC_FAC": "facility",
}
CLOSED = frozenset(
    "the a an this that these those he she it they we i you me him her his hers its their "
    "theirs our ours my your them us who whom which what there here some all both".split()
)
CLASSIFIERS = frozenset(
    "province island islands county river street avenue road city state district region "
    "valley mountains mountain lake bay sea gulf strait com org net".split()
)
LEADING = frozenset(
    "at in into on to of from near outside inside by for with about over across a an the".split()
)
PREPOSITIONS = frozenset(
    "at in into on to of from near outside inside by for with about over across".split()
)
CONNECTORS = frozenset("of the de du da del la le von van der bin al el".split())
# nationality words ("the 40-year-old American") are capitalised but not names
DEMONYMS = frozenset(
    "american americans british briton britons english french german germans greek greeks "
    "iranian iranians indian indians iraqi iraqis israeli israelis palestinian palestinians "
    "somali somalis ukrainian ukrainians russian russians chinese japanese mexican mexicans "
    "canadian canadians african africans european europeans asian asians muslim muslims "
    "christian christians jewish jew jews arab arabs turkmen pakistani pakistanis afghan "
    "afghans californian texan texans republican republicans democrat democrats".split()
)
_ALNUM = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class GoldMention:
    doc: str
    start: int
    end: int
    kind: str
    cluster: str | None
    """Gold instance (``None``: the markable is in no coreference relation)."""
    text: str


def _title_case(words: list[str]) -> bool:
    alpha = [w for w in words if w[:1].isalpha()]
    return len(alpha) >= 3 and sum(w[0].isupper() for w in alpha) >= 0.7 * len(alpha)


def _char_map(text: str) -> list[int]:
    """Offsets in ``text`` of its letters and digits, in order."""
    return [i for i, c in enumerate(text) if c.isalnum()]


def gold_mentions(xml: Path, text: str, story: str) -> list[GoldMention]:
    """The named participant mentions of one ECB+ document, with spans in ``text``."""
    root = ET.parse(xml).getroot()
    doc = xml.stem
    toks = [(t.get("t_id", ""), t.text or "", int(t.get("sentence", 0)), int(t.get("number", 0)))
            for t in root.iter("token")]  # fmt: skip
    offsets = _char_map(text)
    n_chars = sum(1 for _, w, _, _ in toks for c in w if c.isalnum())
    skip_first = n_chars != len(offsets)  # the ecbplus URL sentence is not in the text
    if skip_first:
        toks = [t for t in toks if t[2] != 0]
        if sum(1 for _, w, _, _ in toks for c in w if c.isalnum()) != len(offsets):
            raise ValueError(f"{doc}: tokens do not match the text")
    span: dict[str, tuple[int, int]] = {}
    word: dict[str, tuple[str, int, int]] = {}
    k = 0
    for tid, w, sent, num in toks:
        n = sum(1 for c in w if c.isalnum())
        if n:
            span[tid] = (offsets[k], offsets[k + n - 1] + 1)
            k += n
        word[tid] = (w, sent, num)
    by_sent: dict[int, list[str]] = defaultdict(list)
    for w, sent, _ in word.values():
        by_sent[sent].append(w)
    titled = {s: _title_case(ws) for s, ws in by_sent.items()}
    attested = {
        w.casefold() for w, s, n in word.values() if n > 0 and not titled[s] and w[:1].isupper()
    }

    def capitalised(w: str) -> bool:
        return (
            w[:1].isupper()
            and re.split(r"['’]", w.casefold())[0] not in CLOSED
            and w.casefold() not in DEMONYMS
        )

    def name_like(w: str) -> bool:
        return capitalised(w) and w.casefold() in attested

    def named(ids: list[str]) -> bool:
        toks = [word[i][0] for i in ids if i in word]
        toks = [w for w in toks if w.casefold() not in ("'s", "’s", "'", "’")]
        while toks and (not _ALNUM.search(toks[0]) or toks[0].casefold() in LEADING):
            toks.pop(0)
        while toks and not _ALNUM.search(toks[-1]):
            toks.pop()
        # the trailing run of name words: "Jack Ketsoyan", "Gulf of Aden", "Qeshm
        # island", "Schenectady , New York"
        k, names = len(toks), 0
        alnum_before = [w for w in toks[:-1] if _ALNUM.search(w)]
        if (
            len(toks) > 1
            and alnum_before
            and name_like(alnum_before[-1])
            and (toks[-1].casefold() in CLASSIFIERS or toks[-1][:1].isdigit())
        ):
            k -= 1  # "Qeshm island", "TMZ . com", "Philadelphia 76ers"
        while k > 0:
            w = toks[k - 1]
            if name_like(w) or (names and capitalised(w)):
                k, names = k - 1, names + 1
            elif names and k > 1 and (w.casefold() in CONNECTORS or not _ALNUM.search(w)):
                k -= 1
            else:
                break
        while k < len(toks) and not name_like(toks[k]):
            k += 1  # a run never starts with a connector or a comma
        if not names:
            return False
        # words before the name may describe it ("actress 's rep Jack Ketsoyan")
        # but not place it in a phrase about something else ("stores and
        # businesses in the centre of the capital , Athens")
        return not any(w.casefold() in PREPOSITIONS or w == "," for w in toks[:k])

    markables: dict[str, tuple[str, list[str]]] = {}
    found = root.find("Markables")
    for m in found if found is not None else ():
        ids = [a.get("t_id", "") for a in m.findall("token_anchor")]
        if m.tag in KINDS and ids:
            markables[m.get("m_id", "")] = (KINDS[m.tag], ids)
    cluster: dict[str, str] = {}
    found = root.find("Relations")
    for rel in found if found is not None else ():
        if rel.tag == "CROSS_DOC_COREF":
            key = f"{story}:{rel.get('note')}"
        elif rel.tag == "INTRA_DOC_COREF":
            key = f"{doc}:intra{rel.get('r_id')}"
        else:
            continue
        for src in rel.findall("source"):
            cluster.setdefault(src.get("m_id", ""), key)
    out = []
    for mid, (kind, ids) in markables.items():
        spans = [span[i] for i in ids if i in span]
        if not spans or not named(ids):
            continue
        s, e = min(a for a, _ in spans), max(b for _, b in spans)
        out.append(GoldMention(doc, s, e, kind, cluster.get(mid), text[s:e]))
    return out


def align(
    golds: list[GoldMention], preds: list[Mention]
) -> dict[int, int]:  # gold index -> prediction index
    pairs = []
    for j, g in enumerate(golds):
        for i, p in enumerate(preds):
            inter = min(p.end, g.end) - max(p.start, g.start)
            if inter > 0:
                pairs.append((inter, -abs(p.end - p.start - (g.end - g.start)), j, i))
    pairs.sort(reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, j, i in pairs:
        if j not in out and i not in used:
            out[j] = i
            used.add(i)
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.casefold()) if w not in ("the", "s")}


def _split_cause(a: Mention, b: Mention, ka: str, kb: str) -> str:
    if ka != kb:
        return "split: kinds differ"
    if entity_key(a.text) == entity_key(b.text):
        return "split: same name"
    wa, wb = _words(a.text), _words(b.text)
    if wa and wb and (wa <= wb or wb <= wa):
        return "split: short vs full form"
    if wa & wb:
        return "split: other form sharing a word"
    return "split: alias/acronym (no shared word)"


def _merge_cause(a: Mention, b: Mention) -> str:
    if entity_key(a.text) == entity_key(b.text):
        return "false merge: same name"
    return "false merge: different forms"


def _context(text: str, s: int, e: int, width: int = 50) -> str:
    left = text[max(0, s - width) : s].replace("\n", " ")
    right = text[e : e + width].replace("\n", " ")
    return f"...{left}[{text[s:e]}]{right}..."


def run(data: Path | None = None, show: int = 0) -> dict[str, float | int]:
    """Score crosswire's entity resolution on ECB+; print a table (and errors with ``show``)."""
    root = Path(data) if data else DEFAULT
    t0 = time.perf_counter()
    rows = {}
    for line in (root.parent / JSONL).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows[r["id"]] = r
    files = sorted(root.glob("*/*.xml"), key=lambda p: p.stem)
    files = [f for f in files if f.stem in rows]
    docs = [f.stem for f in files]
    gold: dict[str, list[GoldMention]] = {
        f.stem: gold_mentions(f, rows[f.stem]["text"], rows[f.stem]["story"]) for f in files
    }
    articles = {d: ecbplus_article(rows[d]["text"]) for d in docs}
    nlp = load_nlp(Settings().spacy_model)
    t1 = time.perf_counter()
    parsed = {
        d: parsed_from_doc(articles[d], doc)
        for d, doc in zip(docs, parse_texts(nlp, [articles[d].text for d in docs]), strict=True)
    }
    analyses = {d: analyse_parsed(p) for d, p in parsed.items()}
    t_parse = time.perf_counter() - t1

    stories: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        stories[rows[d]["story"]].append(d)

    n_gold = n_found = n_aligned = n_unlinked = 0
    kind_total: Counter[str] = Counter()
    kind_found: Counter[str] = Counter()
    x_tp = x_pred = x_gold = a_tp = a_pred = a_gold = 0
    gold_lab: dict[str, str] = {}
    pred_lab: dict[str, str] = {}
    missed: dict[str, Counter[str]] = defaultdict(Counter)
    missed_eg: dict[tuple[str, str], str] = {}
    pair_err: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    pair_eg: dict[tuple[str, str, str], str] = {}
    t_resolve = 0.0
    for _, members in sorted(stories.items()):
        t2 = time.perf_counter()
        mentions = [m for d in members for m in analyses[d].mentions]
        entities = resolve_entities(
            mentions,
            {articles[d].id: articles[d].text for d in members},
            [q for d in members for q in analyses[d].quotes],  # as build_dossier passes them
        )
        t_resolve += time.perf_counter() - t2
        entity_of: dict[tuple[str, int, int], tuple[str, str]] = {}
        for e in entities:
            for ref in e.mentions:
                entity_of[(ref.article, ref.start, ref.end)] = (e.id, e.kind)
        aligned: list[tuple[GoldMention, Mention, str, str]] = []
        for d in members:
            golds, preds = gold[d], list(analyses[d].mentions)
            text = articles[d].text
            match = align(golds, preds)
            for j, g in enumerate(golds):
                if g.cluster is None:
                    n_unlinked += 1
                    continue
                n_gold += 1
                kind_total[g.kind] += 1
                item = f"{d}:{g.start}:{g.end}"
                gold_lab[item] = g.cluster
                pred_lab[item] = f"none:{item}"
                if j not in match:
                    cause = f"missed: no crosswire mention ({g.kind})"
                    missed[cause][g.text] += 1
                    missed_eg.setdefault((cause, g.text), _context(text, g.start, g.end))
                    continue
                n_found += 1
                kind_found[g.kind] += 1
                p = preds[match[j]]
                ent = entity_of.get((p.article, p.start, p.end))
                if ent is None:
                    cause = f"missed: found as {p.label}, not resolved"
                    missed[cause][g.text] += 1
                    missed_eg.setdefault((cause, g.text), _context(text, g.start, g.end))
                    continue
                n_aligned += 1
                pred_lab[item] = ent[0]
                aligned.append((g, p, ent[0], ent[1]))
        for (ga, pa, ea, ka), (gb, pb, eb, kb) in combinations(aligned, 2):
            same_g, same_p = ga.cluster == gb.cluster, ea == eb
            a_tp += same_g and same_p
            a_pred += same_p
            a_gold += same_g
            if ga.doc == gb.doc:
                continue
            x_tp += same_g and same_p
            x_pred += same_p
            x_gold += same_g
            if same_g == same_p:
                continue
            if same_g:
                cause = _split_cause(pa, pb, ka, kb)
                la, lb = f"{pa.text} ({pa.label})", f"{pb.text} ({pb.label})"
            else:
                cause = _merge_cause(pa, pb)
                la, lb = pa.text, pb.text
            key = (la, lb) if la <= lb else (lb, la)
            pair_err[cause][key] += 1
            if (cause, *key) not in pair_eg:
                ta, tb = articles[ga.doc].text, articles[gb.doc].text
                pair_eg[(cause, *key)] = (
                    f"      {ga.doc}: {_context(ta, ga.start, ga.end, 40)}\n"
                    f"      {gb.doc}: {_context(tb, gb.start, gb.end, 40)}"
                )

    xp, xr, xf = prf(x_tp, x_pred, x_gold)
    ap, ar, af = prf(a_tp, a_pred, a_gold)
    bp, br, bf = bcubed(pred_lab, gold_lab)
    n_clusters = len(set(gold_lab.values()))
    docs_of: dict[str, set[str]] = defaultdict(set)
    for item, c in gold_lab.items():
        docs_of[c].add(item.split(":")[0])
    n_xclusters = sum(1 for ds in docs_of.values() if len(ds) > 1)
    # gold cross-document instances (aligned in two documents or more) that crosswire
    # keeps in one entity, and that it links across at least two documents
    adocs: dict[str, set[str]] = defaultdict(set)
    apreds: dict[str, set[str]] = defaultdict(set)
    linked: dict[str, bool] = {}
    for item, c in gold_lab.items():
        if not pred_lab[item].startswith("none:"):
            adocs[c].add(item.split(":")[0])
            apreds[c].add(pred_lab[item])
    ent_docs: dict[str, set[str]] = defaultdict(set)
    for item, e in pred_lab.items():
        ent_docs[e].add(item.split(":")[0])
    for item, c in gold_lab.items():
        if len(adocs[c]) > 1 and not pred_lab[item].startswith("none:"):
            hit = len(ent_docs[pred_lab[item]] & adocs[c]) > 1
            linked[c] = linked.get(c, False) or hit
    n_xaligned = sum(1 for c in adocs if len(adocs[c]) > 1)
    n_whole = sum(1 for c in adocs if len(adocs[c]) > 1 and len(apreds[c]) == 1)
    n_linked = sum(linked.values())
    seconds = time.perf_counter() - t0

    if show:
        for cause in sorted(missed):
            total = sum(missed[cause].values())
            print(f"== {cause}: {total} mentions")
            for surface, n in missed[cause].most_common(show):
                print(f"  x{n:<3} {surface!r}  {missed_eg[(cause, surface)]}")
        for cause in sorted(pair_err):
            total = sum(pair_err[cause].values())
            print(f"== {cause}: {total} cross-document pairs")
            for (la, lb), n in pair_err[cause].most_common(show):
                print(f"  x{n:<3} {la!r} ~ {lb!r}\n{pair_eg[(cause, la, lb)]}")
        print()

    kinds = ["person", "organisation", "place", "facility"]
    table: list[tuple[str, str]] = [
        ("documents / sub-topics", f"{len(docs)} / {len(stories)}"),
        (
            "gold named mentions / clusters (cross-doc)",
            f"{n_gold} / {n_clusters} ({n_xclusters})",
        ),
        (
            "  by kind: " + ", ".join(kinds),
            " / ".join(str(kind_total[k]) for k in kinds),
        ),
        (
            "mention recall: found / in an entity",
            f"{n_found / max(n_gold, 1):.3f} / {n_aligned / max(n_gold, 1):.3f}",
        ),
        (
            "  found, by kind",
            " / ".join(f"{kind_found[k] / max(kind_total[k], 1):.3f}" for k in kinds),
        ),
        ("unlinked named markables (not scored)", str(n_unlinked)),
        ("cross-doc pairs: gold / predicted", f"{x_gold} / {x_pred}"),
        (
            "cross-doc instances: one entity / linked",
            f"{n_whole / max(n_xaligned, 1):.3f} / {n_linked / max(n_xaligned, 1):.3f}"
            f"  (of {n_xaligned})",
        ),
        ("pairwise P / R / F1, cross-doc", f"{xp:.3f} / {xr:.3f} / {xf:.3f}"),
        ("pairwise P / R / F1, all pairs", f"{ap:.3f} / {ar:.3f} / {af:.3f}"),
        ("B-cubed P / R / F1 (unaligned = singletons)", f"{bp:.3f} / {br:.3f} / {bf:.3f}"),
        (
            "time: parse+analyse / resolve / total",
            f"{t_parse:.1f}s / {t_resolve:.2f}s / {seconds:.1f}s",
        ),
    ]
    width = max(len(k) for k, _ in table)
    print(f"cross-document entities on ECB+ ({root.name}), per gold sub-topic")
    for k, v in table:
        print(f"  {k:<{width}}  {v}")
    out: dict[str, float | int] = {
        "documents": len(docs),
        "stories": len(stories),
        "gold_mentions": n_gold,
        "gold_clusters": n_clusters,
        "gold_unlinked": n_unlinked,
        "xdoc_instances": n_xaligned,
        "xdoc_instances_whole": n_whole / max(n_xaligned, 1),
        "xdoc_instances_linked": n_linked / max(n_xaligned, 1),
        "mention_recall": n_found / max(n_gold, 1),
        "entity_mention_recall": n_aligned / max(n_gold, 1),
        "xdoc_gold_pairs": x_gold,
        "xdoc_pred_pairs": x_pred,
        "xdoc_pair_p": xp,
        "xdoc_pair_r": xr,
        "xdoc_pair_f1": xf,
        "all_pair_p": ap,
        "all_pair_r": ar,
        "all_pair_f1": af,
        "bcubed_p": bp,
        "bcubed_r": br,
        "bcubed_f1": bf,
        "seconds": seconds,
    }
    for k in kinds:
        out[f"mention_recall_{k}"] = kind_found[k] / max(kind_total[k], 1)
    return out


def summary(m: dict[str, float | int]) -> list[tuple[str, str]]:
    """The headline rows for ``bench/eval_real.py``."""
    return [
        (
            "cross-doc pairs P / R / F1",
            f"{m['xdoc_pair_p']:.3f} / {m['xdoc_pair_r']:.3f} / {m['xdoc_pair_f1']:.3f}",
        ),
        (
            "B-cubed P / R / F1",
            f"{m['bcubed_p']:.3f} / {m['bcubed_r']:.3f} / {m['bcubed_f1']:.3f}",
        ),
        ("named mention recall", f"{m['mention_recall']:.3f}"),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT, help="the ecbplus-xml folder")
    ap.add_argument("--show", type=int, default=0, help="print up to N errors per cause")
    args = ap.parse_args()
    run(args.data, args.show)


if __name__ == "__main__":
    main()
