"""Transliteration-aware person-name keys.

The same Arabic (or Persian, Pashto, Urdu, ...) name reaches English news in
many romanisations: "Muhammad al-Qahtani", "Mohamed el-Kahtani", "Mohammed
Al-Qahtany".  Stock string metrics rank a different person whose surname
differs in one root letter ("al-Qasimi") closer than these true variants, so
crosswire compares names in two steps:

1. **Consonant skeleton** of each name part, after folding the usual
   transliteration choices together: diacritics and apostrophes (ʿayn, hamza)
   dropped; the article al-/el-/ul-/ad-/ash-/… dropped; Abdul/Abdel/Abd al-
   joined to the next part; q→k, dh/th/z→z, sh/ch→S, ou→w, j/dj/g→j, kh→x,
   gh→g; vowels (a e i o u y) dropped; doubled letters collapsed.  Two parts
   match only when their skeletons are equal: "Qahtani" and "Kahtani" → "khtn",
   but "Qasimi" → "ksm".
2. **Edit-distance guard** on the vowel-folded romanisation (e/a and o/u
   folded, ee/i/y folded): equal skeletons whose spellings are still far apart
   (e.g. "Hassan" and "Hussein", both "hsn") are not merged.

Names match when their surnames match and their first names are compatible
(equal under the same test, one a nickname of the other in the ``nicknames``
table: "Rick"/"Richard", "Ted"/"Edward"; or the other's quoted nickname: "Mo
Cowan" and 'William "Mo" Cowan'; or absent on one side: "al-Qahtani" is a
short form of "Muhammad al-Qahtani").  "Al" or "Ed" alone before a surname
("Ed Royce", "Al Gore") is a given name, not the Arabic article.  Middle names may be missing on one
side ("Hillary Rodham Clinton"/"Hillary Clinton"); middle initials and
suffixes never count ("Robert S. Mueller III" = "Robert Mueller").  A part
written as two is compared joined ("Mohammad-Reza" = "Mohammadreza", "Kamal
ad-Din" = "Kameleddine"); "bin"/"bint" ("son"/"daughter of") and "Abu"/"Umm"
keep two people apart.  Whether a
short form may be merged is the entity resolver's decision (it must be
unambiguous within the story).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from nicknames import NickNamer

from .name_evidence import NameEvidence, load_evidence

# the Arabic article in its romanisations, including sun-letter assimilation
ARTICLES = frozenset(
    {"al", "el", "ul", "il", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et",
     "az", "ez", "an", "en", "adh", "ath", "al-", "l"}
)  # fmt: skip
# prefixes joined to the following part ("Abdul Rahman" = "Abd al-Rahman" = "Abdel-Rahman")
ABD_FORMS = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdu", "abdur"})
KINSHIP = frozenset({"bin", "ben", "ibn", "bint", "abu", "abou", "umm", "um"})
# what a kinship particle says of its bearer: "bin Saud" and "bint Saud" are two people
_KIN_ROLE = {"bin": "son", "ben": "son", "ibn": "son", "bint": "daughter", "abu": "father",
             "abou": "father", "umm": "mother", "um": "mother"}  # fmt: skip
_KIN_CLASH = ({"son", "daughter"}, {"father", "mother"})
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sheikh", "shaikh", "sheik", "gen", "general",
     "col", "colonel", "lt", "capt", "captain", "maj", "major", "sgt", "governor", "gov",
     "president", "minister", "mayor", "commander", "spokesman", "spokeswoman", "judge",
     "imam", "emir", "prince", "king", "queen", "sir", "lord", "lady", "brig", "brigadier",
     "rep", "representative", "sen", "senator", "congressman", "congresswoman", "secretary",
     "speaker", "chairman", "chairwoman", "ambassador", "rev", "reverend", "bishop",
     "archbishop", "cardinal", "pope", "sheriff", "officer", "detective", "sergeant",
     "lieutenant", "chancellor", "premier", "vice", "attorney", "leader", "justice"}
)  # fmt: skip

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# an article's spelling that, capitalised and alone before a surname, is a given name
_GIVEN_ARTICLES = frozenset({"Al", "Ed"})
_PLAIN_NAME_RE = re.compile(r"[A-Z][a-z][a-z'’]+")
_QUOTED_RE = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_APOSTROPHES = "'’‘`´ʼʻʿʾ"
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_SPLIT_RE = re.compile(r"[\s\-‐‑–—_.,]+")
_DIGRAPHS = (
    ("dsch", "j"),
    ("tsch", "S"),
    ("sch", "S"),
    ("tch", "S"),
    ("dj", "j"),
    ("kh", "x"),
    ("gh", "G"),
    ("sh", "S"),
    ("ch", "S"),
    ("dh", "z"),
    ("th", "z"),
    ("ph", "f"),
    ("v", "w"),
    ("q", "k"),
    ("c", "k"),
    ("g", "j"),
)
_VOWELS = frozenset("aeiouy")
# spellings of one sound, folded before the edit-distance guard
_SPELLINGS = (
    ("dsch", "j"), ("tsch", "sh"), ("sch", "sh"), ("tch", "sh"), ("dj", "j"), ("ch", "sh"),
    ("ee", "i"), ("ou", "u"), ("q", "k"), ("dh", "z"), ("th", "z"), ("v", "w"),
)  # fmt: skip
MIN_RATIO = 0.75  # the lowest that keeps Hassan/Hussein apart: bench/fit_names.py at ed03dd5
_VOWEL_TABLE = str.maketrans("eoy", "aui")


def fold(text: str) -> str:
    """Lower-case ASCII letters, spaces and hyphens: diacritics and apostrophes removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch) or ch in _APOSTROPHES:
            continue
        out.append(ch)
    return "".join(out).casefold()


def name_parts(name: str) -> list[str]:
    """The meaningful parts of a name: no titles, articles or kinship particles kept apart.

    "Abdel-Rahman" and "Abd al-Rahman" both become ["abdrahman"].
    """
    name = _POSSESSIVE_RE.sub("", name)
    words = name.split()
    while len(words) > 2 and fold(words[0]).rstrip(".") in TITLES:
        words = words[1:]
    if len(words) == 2 and words[0] in _GIVEN_ARTICLES and _PLAIN_NAME_RE.fullmatch(words[1]):
        return [fold(words[0]), fold(words[1])]  # "Ed Royce", "Al Gore": a given name
    raw = [p for p in _SPLIT_RE.split(fold(name)) if p and p.isalpha()]
    parts: list[str] = []
    i = 0
    while i < len(raw):
        p = raw[i]
        if not parts and p in TITLES and i + 1 < len(raw):
            i += 1
            continue
        if p in ABD_FORMS:
            j = i + 1
            while j < len(raw) and raw[j] in ARTICLES:
                j += 1
            if j < len(raw):
                parts.append("abd" + raw[j])
                i = j + 1
                continue
        if p in ARTICLES and i + 1 < len(raw):
            i += 1
            continue
        parts.append(p)
        i += 1
    # middle initials and generational suffixes say nothing about who it is
    kept = [p for p in parts if len(p) > 1 and p not in SUFFIXES]
    return kept or parts


def skeleton(part: str) -> str:
    """Consonant skeleton of one folded name part ("qahtany" → "khtn")."""
    s = re.sub(r"ou(?=[aeiy])", "w", re.sub(r"(.)\1+", r"\1", part))
    s = re.sub(r"c(?=[eiy])", "s", s)  # French "Yacine" = "Yasin"
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    # word-final -ah/-eh (ta marbuta) is a vowel
    s = re.sub(r"(?<=[aeiou])h$", "", s)
    out: list[str] = []
    for ch in s:
        if ch in _VOWELS:
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


def vowel_fold(part: str) -> str:
    """Romanisation with vowel choices folded (e→a, o→u, ee/y→i), doubles collapsed."""
    s = re.sub(r"ou(?=[aeiy])", "w", part)
    s = re.sub(r"c(?=[eiy])", "s", s)
    s = re.sub(r"(?<=[^aeiouy])e$", "", s)  # French silent e
    for a, b in _SPELLINGS:
        s = s.replace(a, b)
    s = s.translate(_VOWEL_TABLE)
    s = re.sub(r"(?<=[aiu])h$", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def _ratio(a: str, b: str) -> float:
    """1 - normalised Levenshtein distance."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 1.0 - prev[-1] / max(len(a), len(b))


def _ending(part: str) -> str:
    """How a name part ends: in a consonant ("c"), or in an a-, i- or u-vowel (a final h
    after a vowel is silent: "Fatimah" ends like "Fatima")."""
    s = re.sub(r"(?<=[aeiouy])h$", "", part)
    s = re.sub(r"(?<=[^aeiouy])e$", "", s)  # French silent e: "Yassine" ends like "Yasin"
    last = s[-1:]
    if last in ("a", "e"):
        return "a"
    if last in ("i", "y"):
        return "i"
    if last in ("u", "o"):
        return "u"
    return "c"


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
    least this (the scorer only rejects, never accepts what the rules reject);
    ``None``: the scorer alone decides near parts, at ``threshold``."""

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
            "bias": self.bias,
            "vocab": sorted(self.vocab),
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairModel:
        veto = data.get("veto_threshold")
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            vocab=frozenset(data["vocab"]),
            veto=None if veto is None else float(veto),
        )


@cache
def load_pair_model() -> PairModel | None:
    """The shipped pair scorer (``None`` when the file is missing)."""
    ref = resources.files(__package__).joinpath(MODEL_FILE)
    if not ref.is_file():
        return None
    return PairModel.from_json(json.loads(ref.read_text("utf-8")))


_pair_model: PairModel | None = None


def use_pair_model(model: PairModel | None) -> None:
    """Decide near name parts with a learned pair scorer (``None``: the rules alone).

    Off by default: at the threshold that keeps look-alike false merges <= 0.05
    (``bench/fit_names.py``) it recalls fewer held-out variants than the rules
    and rejects plain variants such as "Qahtani"/"Kahtani", "Fatima"/"Fatimah".
    ``bench/eval_names.py --pair-model`` scores it with ``load_pair_model()``; with
    ``PairModel.veto`` set it only vetoes what the rules accept (``--veto T``), which
    does no better at that precision (``bench/fit_names.py``)."""
    global _pair_model
    _pair_model = model
    same_part.cache_clear()


_evidence: NameEvidence | None = None


def use_evidence(evidence: NameEvidence | None) -> None:
    """Replace the attested-spellings table (``None``: the one shipped); for benchmarks."""
    global _evidence
    _evidence = evidence
    same_part.cache_clear()


@cache
def same_part(a: str, b: str) -> bool:
    """Are two folded name parts transliterations of one another?

    Attested spellings decide first (``name_evidence``: "Daoud" and "Dawood" are
    written for one Arabic name, "Saad" and "Said" for two).  Otherwise: equal
    consonant skeletons, spellings close after vowel folding, and the same kind
    of ending: a final vowel is part of the name ("Karim" and "Karima", "Fawzi"
    and "Fawzia" are different names)."""
    if a == b:
        return True
    attested = (_evidence or load_evidence()).same(a, b)
    if attested is not None:
        return attested
    model = _pair_model  # experimental, off unless a benchmark sets it: see use_pair_model
    if model is not None and model.veto is None and _near(a, b):
        return model.score(a, b) >= model.threshold
    sa, sb = skeleton(a), skeleton(b)
    if not sa or sa != sb or _ending(a) != _ending(b):
        return False
    if _ratio(vowel_fold(a), vowel_fold(b)) < MIN_RATIO:
        return False
    if model is not None and model.veto is not None and _near(a, b):
        return model.score(a, b) >= model.veto  # the rules' pass vetoed by the scorer
    return True


def _near(a: str, b: str) -> bool:
    """Within the edit distance the pair scorer was fitted on: 1 for parts under six
    letters, else 2 (farther pairs must also pass the skeleton rules)."""
    limit = 1 if min(len(a), len(b)) < 6 else 2
    if abs(len(a) - len(b)) > limit:
        return False
    return _ratio(a, b) >= 1.0 - limit / max(len(a), len(b))


@dataclass(frozen=True, slots=True)
class NameKey:
    """A person name reduced for comparison: its parts and their skeletons."""

    parts: tuple[str, ...]
    skeletons: tuple[str, ...]
    formal: bool = False  # a kunya or nasab ("Abu Bakr", "bin Salman"): never a short form
    aliases: tuple[str, ...] = ()  # quoted nicknames ('William "Mo" Cowan' -> "mo")
    kin: frozenset[str] = frozenset()  # "son" / "daughter" / "father" / "mother" of

    @property
    def surname(self) -> str:
        return self.parts[-1] if self.parts else ""

    @property
    def block(self) -> str:
        """Blocking key: the surname's skeleton (names that can match share it)."""
        return self.skeletons[-1] if self.skeletons else ""


def name_key(name: str) -> NameKey:
    """The parts that identify a person: kinship particles dropped ("Abu Muhammad
    al-Adnani" -> muhammad adnani), but "Ben" opening a name is a given name ("Ben
    Sasse"), not "ben" = son of.  A name that carries a kunya or nasab is *formal*: a
    full name even when one part is left ("Abu Bakr")."""
    raw = name_parts(name)
    parts = tuple(p for i, p in enumerate(raw) if p not in KINSHIP or (i == 0 and p == "ben"))
    formal = any(p in KINSHIP for p in raw) and parts[:1] != ("ben",)
    aliases = tuple(fold(q).strip() for q in _QUOTED_RE.findall(name) if " " not in q.strip())
    kin = frozenset(_KIN_ROLE[p] for i, p in enumerate(raw) if p in KINSHIP and (i or p != "ben"))
    return NameKey(
        parts=parts,
        skeletons=tuple(skeleton(p) for p in parts),
        formal=formal,
        aliases=aliases,
        kin=kin,
    )


@cache
def _namer() -> NickNamer:
    return NickNamer()  # reads the package's table once


@cache
def _nicknames(name: str) -> frozenset[str]:
    """Given names ``name`` is a nickname of, or has as nicknames (``nicknames`` table)."""
    namer = _namer()
    return frozenset(namer.nicknames_of(name)) | frozenset(namer.canonicals_of(name))


def same_given_name(a: str, b: str) -> bool:
    """Are two folded given names one name: spelled alike, or one a nickname of the other?"""
    return same_part(a, b) or b in _nicknames(a) or a in _nicknames(b)


def _middles_fit(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Each middle name of ``short`` matches a middle name of ``long_``, in order."""
    it = iter(long_)
    return all(any(same_part(p, q) for q in it) for p in short)


def _same_first(a: NameKey, b: NameKey) -> bool:
    """First names one name, or one the other's quoted nickname ("Mo Cowan" and
    'William "Mo" Cowan')."""
    return (
        same_given_name(a.parts[0], b.parts[0])
        or a.parts[0] in b.aliases
        or b.parts[0] in a.aliases
        or bool(set(a.aliases) & set(b.aliases))
    )


def same_person_name(a: str | NameKey, b: str | NameKey) -> bool:
    """Could ``a`` and ``b`` be the same person's name (two romanisations, a nickname,
    a missing middle name)?

    Surnames must match; a one-part name (a surname alone) matches any full name
    with that surname; otherwise first names must be one name
    (``same_given_name``) and the shorter name's middle names must appear, in
    order, among the other's.
    """
    ka = a if isinstance(a, NameKey) else name_key(a)
    kb = b if isinstance(b, NameKey) else name_key(b)
    if not ka.parts or not kb.parts:
        return False
    if any(len(ka.kin & pair) == 1 and len(kb.kin & pair) == 1 and ka.kin & pair != kb.kin & pair
           for pair in _KIN_CLASH):  # fmt: skip
        return False  # "bin Saud" is not "bint Saud"
    short, long_ = (ka, kb) if len(ka.parts) <= len(kb.parts) else (kb, ka)
    if len(long_.parts) == len(short.parts) + 1 and _joined_fit(short.parts, long_.parts):
        return True
    if not same_part(ka.parts[-1], kb.parts[-1]):
        return False
    if len(short.parts) == 1:
        return True
    if not _same_first(short, long_):
        return False
    return _middles_fit(short.parts[1:-1], long_.parts[1:-1])


def _joined_fit(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Is ``long_`` ``short`` with one part written as two ("Mohammad-Reza" and
    "Mohammadreza", "Kamal ad-Din" and "Kameleddine")?  Two neighbouring parts of
    ``long_`` run together must match the part of ``short`` in their place, and
    every other part its counterpart."""
    for i in range(len(short)):
        joined = long_[i] + long_[i + 1]
        if not same_part(short[i], joined):
            continue
        rest = zip(short[:i] + short[i + 1 :], long_[:i] + long_[i + 2 :], strict=True)
        if all(same_part(x, y) for x, y in rest):
            return True
    return False


def spelled_alike(a: NameKey, b: NameKey) -> bool:
    """Do two matching names differ only in nicknames, middle names or initials (never in
    the spelling of a part)?  Two such forms in one article are one person."""
    short, long_ = (a, b) if len(a.parts) <= len(b.parts) else (b, a)
    if short.parts[-1] != long_.parts[-1]:
        return False
    if len(short.parts) == 1:
        return True
    first_a, first_b = short.parts[0], long_.parts[0]
    nick = (
        first_b in _nicknames(first_a)
        or first_a in _nicknames(first_b)
        or first_a in long_.aliases
        or first_b in short.aliases
    )
    if first_a != first_b and not nick:
        return False
    return set(short.parts[1:-1]) <= set(long_.parts[1:-1])
