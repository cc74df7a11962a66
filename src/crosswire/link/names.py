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

Names match when their surnames match and their given names are compatible
(equal under the same test, or absent on one side: "al-Qahtani" is a short
form of "Muhammad al-Qahtani").  Whether a short form may be merged is the
entity resolver's decision (it must be unambiguous within the story).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# the Arabic article in its romanisations, including sun-letter assimilation
ARTICLES = frozenset(
    {"al", "el", "ul", "il", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et",
     "az", "ez", "an", "en", "adh", "ath", "al-", "l"}
)  # fmt: skip
# prefixes joined to the following part ("Abdul Rahman" = "Abd al-Rahman" = "Abdel-Rahman")
ABD_FORMS = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdu", "abdur"})
KINSHIP = frozenset({"bin", "ben", "ibn", "bint", "abu", "abou", "umm", "um"})
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sheikh", "shaikh", "sheik", "gen", "general",
     "col", "colonel", "lt", "capt", "captain", "maj", "major", "sgt", "governor", "gov",
     "president", "minister", "mayor", "commander", "spokesman", "spokeswoman", "judge",
     "imam", "emir", "prince", "king", "queen", "sir", "lord", "lady", "brig", "brigadier"}
)  # fmt: skip

_APOSTROPHES = "'’‘`´ʼʻʿʾ"
_SPLIT_RE = re.compile(r"[\s\-‐‑–—_.,]+")
_DIGRAPHS = (
    ("dj", "j"),
    ("kh", "x"),
    ("gh", "G"),
    ("sh", "S"),
    ("ch", "S"),
    ("dh", "z"),
    ("th", "z"),
    ("ph", "f"),
    ("ou", "w"),
    ("q", "k"),
    ("c", "k"),
    ("g", "j"),
)
_VOWELS = frozenset("aeiouy")
MIN_RATIO = 0.75
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
    raw = [p for p in _SPLIT_RE.split(fold(name)) if p and p.isalpha()]
    parts: list[str] = []
    i = 0
    while i < len(raw):
        p = raw[i]
        if not parts and p in TITLES:
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
    return parts


def skeleton(part: str) -> str:
    """Consonant skeleton of one folded name part ("qahtany" → "khtn")."""
    s = re.sub(r"ou(?=[aeiy])", "w", re.sub(r"(.)\1+", r"\1", part))
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
    for a, b in (("ee", "i"), ("ou", "u"), ("q", "k"), ("dh", "z"), ("th", "z")):
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


def same_part(a: str, b: str) -> bool:
    """Are two folded name parts transliterations of one another?"""
    if a == b:
        return True
    sa, sb = skeleton(a), skeleton(b)
    if not sa or sa != sb:
        return False
    return _ratio(vowel_fold(a), vowel_fold(b)) >= MIN_RATIO


@dataclass(frozen=True, slots=True)
class NameKey:
    """A person name reduced for comparison: its parts and their skeletons."""

    parts: tuple[str, ...]
    skeletons: tuple[str, ...]

    @property
    def surname(self) -> str:
        return self.parts[-1] if self.parts else ""

    @property
    def block(self) -> str:
        """Blocking key: the surname's skeleton (names that can match share it)."""
        return self.skeletons[-1] if self.skeletons else ""


def name_key(name: str) -> NameKey:
    parts = tuple(p for p in name_parts(name) if p not in KINSHIP)
    return NameKey(parts=parts, skeletons=tuple(skeleton(p) for p in parts))


def same_person_name(a: str | NameKey, b: str | NameKey) -> bool:
    """Could ``a`` and ``b`` be the same person's name in two romanisations?

    Surnames must match; every given name present on both sides must match in
    order; a name with fewer parts (a short form) matches when its parts match
    the other's trailing parts.
    """
    ka = a if isinstance(a, NameKey) else name_key(a)
    kb = b if isinstance(b, NameKey) else name_key(b)
    if not ka.parts or not kb.parts:
        return False
    if not same_part(ka.parts[-1], kb.parts[-1]):
        return False
    short, long_ = (ka, kb) if len(ka.parts) <= len(kb.parts) else (kb, ka)
    offset = len(long_.parts) - len(short.parts)
    return all(same_part(p, long_.parts[offset + i]) for i, p in enumerate(short.parts))
