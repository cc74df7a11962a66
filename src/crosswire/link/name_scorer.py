"""An optional learned scorer for near name parts (off by default).

Used by :func:`crosswire.link.names.same_part` only when a benchmark turns it on
(``names.use_pair_model``): at the threshold that keeps look-alike false merges
<= 0.05 it recalls fewer held-out variants than the spelling rules and rejects
plain variants ("Qahtani"/"Kahtani"), so the rules stay the default
(``bench/fit_names.py`` fits it, ``bench/eval_names.py --pair-model`` scores it).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .names import _ending, _ratio, skeleton, vowel_fold

# --- learned pair scorer -----------------------------------------------------------
# Spellings are aligned after folding digraphs to one symbol each; every edit of the
# alignment becomes a token "op:letters:position" (s = substitution, i = insertion
# or deletion; letters sorted; position S start, M middle, F end).  Frequent tokens
# carry their own weight, rare ones their class's.  Weights and threshold:
# name_pairs.json, fitted by bench/fit_names.py on the fit half of eval_names' pairs.
_ALIGN_SPELLINGS = (
    ("dsch", "j"), ("tsch", "S"), ("sch", "S"), ("tch", "S"), ("dj", "j"), ("kh", "x"),
    ("gh", "G"), ("sh", "S"), ("ch", "S"), ("dh", "D"), ("th", "T"), ("ph", "f"),
    ("ee", "i"), ("oo", "u"), ("ou", "u"), ("v", "w"),
)  # fmt: skip
_ALIGN_VOWELS = frozenset("aeiou")
# consonants that transliterations swap for one another
_SWAPS = (
    ("k", "kqcgG"), ("z", "zDTdsS"), ("x", "xhkG"), ("j", "jgyGz"), ("w", "wbfu"),
    ("t", "tTd"), ("s", "sSTcz"),
)  # fmt: skip
_LONG_RE = re.compile(r"aa|ee|ii|oo|uu|ou|ie|ei|ai|ay|ey|oy|aw")
MODEL_FILE = "name_pairs.json"


def _swap_class(x: str, y: str) -> str | None:
    for name, letters in _SWAPS:
        if x in letters and y in letters:
            return name
    return None


def align_form(part: str) -> tuple[str, frozenset[str]]:
    """A folded part as aligned: digraphs one symbol, doubles collapsed, y before no
    vowel an i; with the letters that were doubled ("hassan" -> "hasan", {"s"})."""
    s = re.sub(r"c(?=[eiy])", "s", part)
    s = re.sub(r"ou(?=[aeiy])", "w", s)
    doubled = frozenset(m.group(0)[0] for m in re.finditer(r"(.)\1+", s))
    s = re.sub(r"(.)\1+", r"\1", s)
    for a, b in _ALIGN_SPELLINGS:
        s = s.replace(a, b)
    s = re.sub(r"y(?![aeiou])", "i", s)
    return re.sub(r"(.)\1+", r"\1", s), doubled


def _sub_cost(x: str, y: str) -> float:
    if x == y:
        return 0.0
    if x in _ALIGN_VOWELS and y in _ALIGN_VOWELS:
        return 0.4
    if x not in _ALIGN_VOWELS and y not in _ALIGN_VOWELS and _swap_class(x, y):
        return 0.5
    return 1.2


def _indel_cost(c: str) -> float:
    return 0.6 if c in _ALIGN_VOWELS or c == "h" else 1.0


def edit_tokens(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """The edits of a cheapest alignment of two aligned forms, each as (op, letters,
    position, class): op "s" or "i", position "S", "M" or "F", class "vs" (vowel for
    vowel), "cs_<swap class>" or "cs_other", "cv" (vowel for consonant), "vi", "hi",
    "ci" (a vowel, h or other consonant inserted on one side)."""
    n, m = len(a), len(b)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = d[i - 1][0] + _indel_cost(a[i - 1])
    for j in range(1, m + 1):
        d[0][j] = d[0][j - 1] + _indel_cost(b[j - 1])
    for i in range(1, n + 1):
        row, prev, x = d[i], d[i - 1], a[i - 1]
        for j in range(1, m + 1):
            y = b[j - 1]
            row[j] = min(
                prev[j - 1] + _sub_cost(x, y), prev[j] + _indel_cost(x), row[j - 1] + _indel_cost(y)
            )
    out: list[tuple[str, str, str, str]] = []
    i, j = n, m
    while i or j:
        if i and j and abs(d[i][j] - d[i - 1][j - 1] - _sub_cost(a[i - 1], b[j - 1])) < 1e-9:
            x, y = a[i - 1], b[j - 1]
            i, j = i - 1, j - 1
            if x == y:
                continue
            pos = "F" if i == n - 1 and j == m - 1 else "S" if i == 0 and j == 0 else "M"
            if x in _ALIGN_VOWELS and y in _ALIGN_VOWELS:
                cls = "vs"
            elif x not in _ALIGN_VOWELS and y not in _ALIGN_VOWELS:
                cls = "cs_" + (_swap_class(x, y) or "other")
            else:
                cls = "cv"
            out.append(("s", "".join(sorted(x + y)), pos, cls))
            continue
        if i and abs(d[i][j] - d[i - 1][j] - _indel_cost(a[i - 1])) < 1e-9:
            c, end, start = a[i - 1], i == n, i == 1
            i -= 1
        else:
            c, end, start = b[j - 1], j == m, j == 1
            j -= 1
        pos = "F" if end else "S" if start else "M"
        cls = "vi" if c in _ALIGN_VOWELS else "hi" if c == "h" else "ci"
        out.append(("i", c, pos, cls))
    out.reverse()
    return out


def pair_features(a: str, b: str, vocab: frozenset[str] | set[str]) -> dict[str, float]:
    """Features of two folded name parts for the pair scorer: counts of alignment
    edits (``t_<token>`` when the token is in ``vocab``, else ``c_<class>:<position>``),
    and whole-pair tests (consonant skeletons, endings, long vowels, doubled
    letters, vowel-folded similarity, length)."""
    fa, da = align_form(a)
    fb, db = align_form(b)
    toks = edit_tokens(fa, fb)
    f: dict[str, float] = {}

    def add(k: str, v: float = 1.0) -> None:
        f[k] = f.get(k, 0.0) + v

    for op, letters, pos, cls in toks:
        token = f"{op}:{letters}:{pos}"
        add(f"t_{token}" if token in vocab else f"c_{cls}:{pos}")
        add("n_edits")
    if toks and fa[:1] != fb[:1]:
        add("first_ne")
    add("dbl_diff", len(da ^ db))
    add("skel_ne", float(skeleton(a) != skeleton(b)))
    add("end_ne", float(_ending(a) != _ending(b)))
    add("short", float(min(len(fa), len(fb)) <= 4))
    add("rel_edits", len(toks) / max(len(fa), len(fb), 1))
    la, lb = _LONG_RE.findall(a), _LONG_RE.findall(b)
    if len(la) != len(lb):
        add("long_n_ne")
    if sorted(la) != sorted(lb):
        add("long_ne")
    n_vowel = sum(1 for t in toks if t[3] == "vs")
    if n_vowel:
        add("vs_any")
    if n_vowel >= 2:
        add("vs_2")
    if len(toks) == 1 and n_vowel:
        add("vs_only")
    add("unratio", 1.0 - _ratio(vowel_fold(a), vowel_fold(b)))
    if len(da) != len(db):
        add("dbl_n_ne")
    return f


@dataclass(frozen=True)
class PairModel:
    """Logistic-regression weights over ``pair_features`` and the accepting threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float
    vocab: frozenset[str]
    veto: float | None = None
    """Veto mode: near parts that pass the spelling rules are accepted when they score at
    least this (the scorer only rejects, never accepts what the rules reject, unless
    ``overrule`` is set); ``None``: the scorer alone decides near parts, at ``threshold``."""
    overrule: float | None = None
    """Veto mode: near parts the rules reject are accepted when they score at least this."""

    def score(self, a: str, b: str) -> float:
        """Log-odds that two folded name parts are spellings of one name."""
        w = self.weights
        return self.bias + sum(
            w.get(k, 0.0) * v for k, v in pair_features(a, b, self.vocab).items()
        )

    def to_json(self) -> dict[str, object]:
        return {
            "threshold": self.threshold,
            **({} if self.veto is None else {"veto_threshold": self.veto}),
            **({} if self.overrule is None else {"overrule_threshold": self.overrule}),
            "bias": self.bias,
            "vocab": sorted(self.vocab),
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairModel:
        veto, overrule = data.get("veto_threshold"), data.get("overrule_threshold")
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            vocab=frozenset(data["vocab"]),
            veto=None if veto is None else float(veto),
            overrule=None if overrule is None else float(overrule),
        )


@cache
def load_pair_model() -> PairModel | None:
    """The shipped pair scorer (``None`` when the file is missing)."""
    ref = resources.files(__package__).joinpath(MODEL_FILE)
    if not ref.is_file():
        return None
    return PairModel.from_json(json.loads(ref.read_text("utf-8")))
