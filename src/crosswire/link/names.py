"""Transliteration-aware person-name keys.

The same Arabic (or Persian, Pashto, Urdu, ...) name reaches English news in
many romanisations: "Muhammad al-Qahtani", "Mohamed el-Kahtani", "Mohammed
Al-Qahtany".  Stock string metrics rank a different person whose surname
differs in one root letter ("al-Qasimi") closer than these true variants, so
crosswire compares names in two steps:

1. **Consonant skeleton** of each name part, after folding the usual
   transliteration choices together: diacritics and apostrophes (ʿayn, hamza)
   dropped; the article al-/el-/ul-/ad-/ash-/… dropped, also when run into an
   attested Arabic name ("Alqahtani", "Ezzahra"; not "Albright"), or into any name
   that the other spelling writes with the article apart ("Alsanea"/"al-Sanea",
   "Lamine"/"El Amine"); Abdul/Abdel/Abd al- joined to the next part, or written with
   it ("Abdelrahman", "Abderrahmane" -> abdrahman(e)); Abu/Abou/Abul run into the
   next part split off ("Abouzeid" = "Abu Zaid"); sh/ch→S, ou→w (and a French "aou"
   or "au" before a consonant also aw: "Faouzi" = "Fawzi"), j/dj→j, kh→x; vowels (a e i o u
   y) dropped; doubled letters collapsed, but not one letter twice across a vowel
   ("Baban" is not "Banan").  Two parts match only when their skeletons agree
   letter by letter: "Qahtani" and "Kahtani", but not "Qasimi".  A few skeleton
   letters stand for more than one sound: th for t or z ("Thabet"/"Tabet"; not s:
   "Roth" is not "Rose"), dh for d or z ("Ridha"/"Reda", "Kadhim"/"Kazim"), q and
   gh (qaf: Persian "Sadeghi" = "Sadeqi") for k or g ("Qarni"/"Garni"), g also for
   j ("Gamal"/"Jamal"), never for k.
2. **Edit-distance guard** on the vowel-folded romanisation (e/a and o/u
   folded, ee/i/y folded): equal skeletons whose spellings are still far apart
   (e.g. "Hassan" and "Hussein", both "hsn") are not merged, nor are spellings
   that differ in a vowel that marks another name ("Faras"/"Firas": a short a
   for a short i inside the name; "Hakeem"/"Hakem": a long i for a short vowel;
   "Amin"/"Yamin": a consonant y in one only).  A name with -ul-/-ur- run in and
   the rest of the compound left off is its head ("Saiful", "Fazlur" = "Saif", "Fazl").

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

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..analyze.quote_lexicon import SUFFIXES
from ..analyze.quote_names import (
    generation,
    initials_pattern,
    known_given_names,
    middle_initials,
    nicknamer,
)
from .name_evidence import NameEvidence, load_evidence

if TYPE_CHECKING:
    from .name_scorer import PairModel

# the Arabic article in its romanisations, including sun-letter assimilation
ARTICLES = frozenset(
    {"al", "el", "ul", "il", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et",
     "az", "ez", "an", "en", "adh", "ath", "al-", "l", "ud"}
)  # fmt: skip
# prefixes joined to the following part ("Abdul Rahman" = "Abd al-Rahman" = "Abdel-Rahman")
ABD_FORMS = frozenset(
    {"abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdu", "abdur", "abdus", "abdes",
     "abder", "abdar", "abdas"}
)  # fmt: skip
# Abd al-/Abdel-/Abder- run into the name after it ("Abdelrahman", "Abderrahmane",
# "Abdussalam"): the article (a sun letter's doubling included) dropped, as when written apart
_ABD_IN_WORD_RE = re.compile(r"^abd(?:[aeiou]{1,2}l|[aeiou]([tdrzsn])(?=\1)|[aeiou]|)(?=[a-z]{3})")
# the article run into the name ("Alqahtani", "Elamin", "Ezzahra", "Essaid"), before at
# least four letters; not in Western given names that begin so ("Albert", "Elwood")
_SUN_ARTICLE_RE = re.compile(r"^(?:[ae]l(?=[^aeiou])|[ae]([tdrzsn])\1)")  # "el-", "Er-rahim"
_ATTACHED_ARTICLE_RE = re.compile(r"^(?:[ae]l|e([tdrzsn])(?=\1))(?=[a-z]{4,}$)")
KINSHIP = frozenset({"bin", "ben", "ibn", "bint", "abu", "abou", "umm", "um"})
# Abu/Abou/Abo, with the article or not (Abul, Aboul, Abol), run into a name of four letters
# or more that opens with a consonant and a vowel (or h: "Abulhassan", "Aboulkheir")
_KUNYA_IN_WORD_RE = re.compile(
    r"^ab(?:ou|u|o)(?:[aeiou]?l(?=[^aeiou]))?(?=[^aeiou][aeiouyh][a-z]{2})"
)
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
     "lieutenant", "chancellor", "premier", "vice", "attorney", "leader", "justice", "deputy",
     "trooper", "constable", "inspector", "coach", "pastor", "rabbi", "professor", "cpl",
     "corporal", "pvt", "private", "chief", "director", "cmdr", "adm", "admiral", "supt",
     "superintendent", "commissioner", "princess", "duke", "duchess", "clerk", "marshal",
     "councilman", "councilwoman", "councillor", "councilor", "councilmember", "alderman",
     "coun", "cst", "ald",
     # British and Irish police and council ranks written without a full stop ("Det Sgt",
     # "DCI", "PC", "Cllr")
     "det", "insp", "cllr", "dci", "dsi", "dcs", "ds", "dc", "pc", "pcso", "pte"}
)  # fmt: skip
# honorifics of the pilgrimage and of religious learning ("Hajji Farhan al-Mashhour",
# "Mawlawi Abdul Kabir"): dropped before a given name and a surname, like a title, but
# kept in a name of two words, where they may be how the person is known
_LONG_NAME_TITLES = TITLES | {
    "hajji", "haji", "hajj", "alhaj", "alhaji", "alhaja", "mawlawi", "maulvi", "maulana"
}  # fmt: skip


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
    ("gh", "Q"),  # ghayn, or qaf as Persian writes it: "Sadeghi" = "Sadeqi"
    ("sh", "S"),
    ("ch", "S"),
    ("dh", "D"),
    ("th", "T"),
    ("ph", "f"),
    ("v", "w"),
    ("q", "Q"),
    ("c", "k"),
    ("g", "G"),
)
# skeleton letters that stand for more than one sound, and the letters each may be written
# for: th (tha) is also written t ("Thabet"/"Tabet"), and z as Persian and Urdu say it
# (not s: "Roth" is not "Rose", "Keith" not "Keys", though "Othman" is "Osman"); dh
# (dhal or dad) is d or z ("Ridha"/"Reda", "Kadhim"/"Kazim"); q and gh (qaf) are k, and
# g as it is said in the Maghreb and the Gulf ("Attiq"/"Attig", "Qarni"/"Garni"); g is
# also j (jim as Egypt says it: "Gamal"/"Jamal"), but never k ("Gamal" is not "Kamal")
_SAME_LETTER = {
    "T": frozenset("TDtz"),
    "D": frozenset("DTdz"),
    "Q": frozenset("QkG"),
    "G": frozenset("GjQ"),
}
# one blocking letter for each set of letters that can stand for one another
_BLOCK_TABLE = str.maketrans("TDtszdQGjk", "TTTTTTQQQQ")
_VOWELS = frozenset("aeiouy")
# spellings of one sound, folded before the edit-distance guard
_SPELLINGS = (
    ("dsch", "j"), ("tsch", "sh"), ("sch", "sh"), ("tch", "sh"), ("dj", "j"), ("ch", "sh"),
    ("ee", "i"), ("ou", "u"), ("gh", "k"), ("q", "k"), ("dh", "z"), ("th", "z"), ("v", "w"),
)  # fmt: skip
# the spelling guard: 0.75 from the curve bench/fit_names.py printed at ed03dd5; 0.70 once
# the vowel vetoes carried the look-alikes (cross-fitted fit half of bench/eval_names.py:
# more variants, no more look-alikes); still keeps "Hassan"/"Hussein" (0.67) apart
MIN_RATIO = 0.70
_VOWEL_TABLE = str.maketrans("eoy", "aui")
# consonants the skeletons have already matched (``_SAME_LETTER``): one letter each for the
# edit-distance guard, which then weighs vowels ("Ridha" ~ "Reda", "Thabet" ~ "Tabet"):
# t, s, z and d as t; g with q and j as k ("Gamal" ~ "Jamal", "Haggag" ~ "Hajjaj"; g was
# folded with t, so that a g/j or g/q pair paid an edit that the skeletons had excused;
# cross-fitted fit half of bench/eval_names.py: recall +0.002 single, +0.004 full names,
# one more look-alike, "Gill"/"Jill")
_GUARD_TABLE = str.maketrans("tszdgqj", "ttttkkk")


def fold(text: str) -> str:
    """Lower-case ASCII letters, spaces and hyphens: diacritics and apostrophes removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch) or ch in _APOSTROPHES:
            continue
        out.append(ch)
    return "".join(out).casefold().translate(_UNDECOMPOSED)


# letters NFKD leaves whole: Turkish dotless i ("Aydın" = "Aydin"), Polish l, Nordic o ...
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae"})


def name_parts(name: str) -> list[str]:
    """The meaningful parts of a name: no titles, articles or kinship particles kept apart.

    "Abdel-Rahman" and "Abd al-Rahman" both become ["abdrahman"].
    """
    return [p for p, _ in _marked_parts(name)]


def _marked_parts(name: str) -> list[tuple[str, bool]]:
    """``name_parts``, each with whether the Arabic article is written before it, apart
    ("al-Sanea", "El Khatib") or run in and split off ("Alqahtani")."""
    name = _POSSESSIVE_RE.sub("", name)
    words = name.split()
    while len(words) > 2 and fold(words[0]).rstrip(".") in _LONG_NAME_TITLES:
        words = words[1:]
    name = " ".join(words)
    if len(words) == 2 and words[0] in _GIVEN_ARTICLES and _PLAIN_NAME_RE.fullmatch(words[1]):
        return [(fold(words[0]), False), (fold(words[1]), False)]  # "Al Gore": a given name
    written = [w for p in _SPLIT_RE.split(fold(name)) if p and p.isalpha() for w in _kunya_split(p)]
    raw = [_unprefixed(w) for w in written]
    run_in = [r != w and not w.startswith("abd") for r, w in zip(raw, written, strict=True)]
    parts: list[tuple[str, bool]] = []
    article = False
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
                nxt = raw[j]  # an assimilated article: "Abd Errahim" = "Abderrahim"
                joined = _unprefixed("abd" + nxt) if _SUN_ARTICLE_RE.match(nxt) else "abd" + nxt
                parts.append((joined, False))
                article = False
                i = j + 1
                continue
        if p in ARTICLES and i + 1 < len(raw):
            article = True
            i += 1
            continue
        parts.append((p, article or run_in[i]))
        article = False
        i += 1
    # middle initials and generational suffixes say nothing about who it is
    kept = [(p, a) for p, a in parts if len(p) > 1 and p not in SUFFIXES]
    return kept or parts


def _kunya_split(word: str) -> list[str]:
    """A word with Abu run into the name after it, as two ("Abouzeid" -> abu + zeid,
    "Aboulkheir" -> abu + kheir, "Abolhasan" -> abu + hasan), as ``name_key`` reads "Abu
    Zaid"; not before a vowel or two consonants ("Aboagye", "Abondance").  Cross-fitted
    fit half of bench/eval_names.py: single-name recall +0.005, one more look-alike
    ("Abu Hassan"/"Abulhassan")."""
    m = _KUNYA_IN_WORD_RE.match(word)
    return ["abu", word[m.end() :]] if m else [word]


@cache
def _unprefixed(word: str) -> str:
    """One written word with a run-in article or Abd al- normalised: "alqahtani" ->
    "qahtani", "ezzahra" -> "zahra", "abdelrahman" / "abderrahmane" -> "abdrahman(e)".
    The article goes only when what follows it is an attested spelling of an Arabic
    name (the evidence table): "Albright", "Alford" and "Ellison" keep theirs."""
    if not word.isascii() or len(word) < 6:
        return word
    if word.startswith("abd"):
        return _ABD_IN_WORD_RE.sub("abd", word, count=1)
    if word[0] in "ae" and word not in known_given_names():
        rest = _ATTACHED_ARTICLE_RE.sub("", word, count=1)
        # not before two vowels or a lone consonant: "Alauddin" (Ala' ad-Din), "Alaoui"
        if rest in (_evidence or load_evidence()).groups and (
            rest[0] not in "aeiou" or (rest[1] not in "aeiou" and len(skeleton(rest)) >= 2)
        ):
            return rest
    return word


def _sounds(part: str) -> tuple[str, list[str]]:
    """One folded name part as its consonant skeleton and the vowel letters around its
    consonants (one slot before each consonant and one after the last, as written: "ee"
    kept): "faras" -> ("frs", ["", "a", "a", ""]).  Abd run into the name after it is
    its own word ("abdjawad" is abd + jawad, not ab + djawad: "Abdel Gawad")."""
    if part.startswith("abd") and len(part) > 5:
        rest, rest_slots = _sounds(part[3:])
        return "bd" + rest, ["a", "", *rest_slots]
    s = re.sub(r"ou(?=[aeiy])", "w", re.sub(r"([^aeiouy])\1+", r"\1", part))
    s = re.sub(r"c(?=[eiy])", "s", s)  # French "Yacine" = "Yasin"
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = _TA_MARBUTA_RE.sub("", s)
    out: list[str] = []
    slots: list[str] = []
    vowels = ""
    for ch in s:
        if ch in _VOWELS:
            vowels += ch
            continue
        if out and out[-1] == ch and not vowels:
            continue  # one letter written twice ("ck" -> "kk"); not two with a vowel between
        out.append(ch)
        slots.append(vowels)
        vowels = ""
    slots.append(vowels)
    return "".join(out), slots


def skeleton(part: str) -> str:
    """Consonant skeleton of one folded name part ("qahtany" → "QhTn")."""
    return _sounds(part)[0]


def _same_skeleton(a: str, b: str) -> bool:
    """Are two skeletons one, letter by letter (``_SAME_LETTER``: "Tmn" = "smn")?  A th
    before another consonant is also an s, as Turkish, Persian and Urdu say tha
    ("Othman"/"Osman", "Kalthoum"/"Kalsoum"); a final th is not ("Roth" is not "Rose")."""
    if len(a) != len(b):
        return False
    last = len(a) - 1
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x != y and y not in _SAME_LETTER.get(x, ()) and x not in _SAME_LETTER.get(y, ()):
            if i < last and {x, y} == {"T", "s"}:
                continue
            return False
    return True


def block_key(skeleton_: str) -> str:
    """A skeleton with the letters that may stand for one another made one: two skeletons
    ``_same_skeleton`` accepts have one key."""
    return skeleton_.translate(_BLOCK_TABLE)


# vowel differences between two spellings of one skeleton that mark two names, not two
# romanisations: a short a for a short i inside the name ("Faras"/"Firas", "Jamal"/
# "Jamil", "Sharaf"/"Sharif"), a vowel for a diphthong ("Hasan"/"Hasain"), a vowel
# opening one name only ("Hamad"/"Ahmad"), a or i opening the name ("Akram"/"Ikram",
# "Anas"/"Inas") and a for ia inside ("Malekan"/"Malekian").  Chosen on the fit half of
# bench/eval_names.py's pairs: each is at least a fifth as frequent among look-alikes
# passing the other rules as among variants, where "a"/"e", "e"/"i", "o"/"u" are at most
# a thirtieth.  Added later, on the fit half cross-fitted (attested spellings from one
# half of its names, pairs of the other; each at least half as frequent among the
# look-alikes as among the variants): a for u inside ("Abbad"/"Abbud", "Rami"/"Rumi",
# "Wadad"/"Wadud"), an i between two consonants of one spelling only ("Harb"/"Harib",
# "Najma"/"Najima": a long i, another name), an o opening one name only ("Layan"/
# "Olayan") and a final -a for -ia ("Lida"/"Lidia", "Touma"/"Toumia"); and, on the split
# of bench/eval_names.py --cross-fit, a final -ai for -i ("Sakhai"/"Sakhi", "Samai"/"Samii":
# 4 look-alikes, no variant), and the diphthong ai for au, a ya for a waw ("Said"/"Saud":
# 2 look-alikes, no variant).
# Tried and not kept (bench/eval_names.py --cross-fit, cross-fit row, variants lost /
# look-alikes removed, single names; full names): a for e opening the name 22/4; 18/0
# ("Abadi"/"Ebadi"), a for o 9/4; 4/0 and a for u 4/2; 0/0 ("Amrane"/"Omrane"); a vowel
# inside in one only 71/3; 45/0 for a, 42/3; 35/2 for e ("Fadhl"/"Fazel"); a doubled
# consonant in one only 106/9; 226/2 ("Nasim"/"Nassim"); a final -e in one only 31/3;
# 65/1 ("Rayan"/"Rayane"); a final -a for -ah 16/5; 11/0 ("Fatima"/"Fatimah").  Two
# narrower forms passed on the cross-fit row and failed on held-out, so they were dropped:
# a for o or u opening an open first syllable ("Amer"/"Omer") 2/6; 1/0, held-out 5/0
# ("Abeid"/"Obeid"); -ah for -aa, or in a CaCa name ("Rafaa"/"Rafah", "Naja"/"Najah"),
# 0/5; 0/0, held-out 3/1 ("Jumaa"/"Jumah": the aa is an ayn).
_CLASHING_VOWELS = frozenset(
    {("middle", "a", "i"), ("middle", "a", "ai"), ("start", "", "a"), ("start", "a", "i"),
     ("middle", "a", "ia"), ("middle", "a", "u"), ("middle", "", "i"), ("start", "", "o"),
     ("end", "a", "ia"), ("end", "ai", "i"), ("middle", "ai", "au")}
)  # fmt: skip
# an i for a u or o as the first vowel of a name that opens with a consonant: kasra and
# damma, two names ("Sifi"/"Sufi", "Hida"/"Huda", "Ditta"/"Dutta", "Bitan"/"Botan"); later
# in the name it is often one ("Yousif"/"Yusuf", "Younis"/"Yunus", "Kazim"/"Kadhum").
# Cross-fitted fit half of bench/eval_names.py: 8 look-alikes and 3 variants ("Miftah"/
# "Muftah", "Ghizlane"/"Ghozlan") among the single-name pairs the other rules accept
_FIRST_VOWEL_CLASH = ({"i", "u"}, {"i", "o"})
# a short a or e where the other spelling writes a diphthong with y, o or u after it, a
# syllable of another name ("Shama"/"Shayma", "Medani"/"Meydani", "Leni"/"Leoni", "Asi"/
# "Ausi"), as the table's a for ai; not eu, e in French ("Naceur"/"Naser"), nor ei, the e
# of Egyptian and Persian spellings ("Moneim"/"Monem", "Hussein"/"Hussen").  Split of
# bench/eval_names.py --cross-fit, cross-fit row: 6 look-alikes, no variant (single
# names; none either way in full names); held-out 4 look-alikes and 2 variants (single
# names), 1 look-alike (full names)
_DIPHTHONGS = frozenset({"ay", "ey", "ao", "au", "eo"})
# a y before a vowel (a consonant) where the other spelling has no y, i or e: "Amin"/
# "Yamin", "Saoud"/"Sayoud", "Kamar"/"Kamyar"
_Y_CONSONANT_RE = re.compile(r"y[aeiou]")
# word-final -ah/-eh (ta marbuta) is a vowel; after i, o or u an h is a letter ("Wadih")
_TA_MARBUTA_RE = re.compile(r"(?<=[ae])h$")
_PERSIAN_TA_MARBUTA_RE = re.compile(r"[^aeiouy]eh$")
_QUE_RE = re.compile(r"(?<=[qk])ue$")
_FINAL_CONSONANT_E_RE = re.compile(r"[^aeiouy]e$")
# "... ad-Din" run into one word, the article as it is said (el, ed, ud, e) or left out:
# "Salaheddine", "Salahuddin", "Salahdin" (and "Salah ad-Din", "Salah Ud Din" joined) are
# all salah + din, "Hossameldin" is "Houssem Eddine" (``_ad_din_forms``; cross-fitted fit
# half of bench/eval_names.py: single-name recall +0.005, "ud" an article +0.002, false
# merges +0.000)
_AD_DIN_RE = re.compile(r"(?:[aeiou]l|[aeiou]d(?=d)|[aeiou])?dd?(?:ee|i|y)ne?")
_DIN_ENDINGS = ("din", "dine", "deen", "dyn", "dyne")


def _vowels_clash(slots_a: list[str], slots_b: list[str]) -> bool:
    """Do two parts with one skeleton (their vowel slots, from ``_sounds``) differ in a
    vowel that marks another name?"""
    if len(slots_a) != len(slots_b):
        return False
    last = len(slots_a) - 1
    first = next((i for i in range(1, last) if slots_a[i] or slots_b[i]), 0)
    for i, (x, y) in enumerate(zip(slots_a, slots_b, strict=True)):
        if x == y:
            continue
        where = "start" if i == 0 else "end" if i == last else "middle"
        if i == first and not slots_a[0] and not slots_b[0] and {x, y} in _FIRST_VOWEL_CLASH:
            return True  # "Sifi"/"Sufi", "Hida"/"Huda", "Bitan"/"Botan"
        if where == "middle" and {x, y} == {"e", "ee"}:
            return True  # a long i for a short vowel: "Hakeem"/"Hakem", "Saleem"/"Salem"
        for u, v in ((x, y), (y, x)):
            if _Y_CONSONANT_RE.search(v) and not re.search("[yie]", u):
                return True
            if v in _DIPHTHONGS and v[0] == u:
                return True  # "Shama"/"Shayma", "Leni"/"Leoni"
        x, y = re.sub(r"(.)\1+", r"\1", x), re.sub(r"(.)\1+", r"\1", y)
        if x != y and (where, *sorted((x, y))) in _CLASHING_VOWELS:
            return True
    return False


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
    after a vowel is silent: "Fatimah" ends like "Fatima"; so is a final -eh after a
    consonant in a name of six letters or more, the ta marbuta as Persian writes it:
    "Fatemeh", "Zohreh", "Alizadeh"; in shorter names it is the letter h, "Saleh" is
    not "Salah"; a final -ee is an i: "Rohanee" = "Rohani", "Rajaee" = "Rajaei", "Shafee"
    = "Shafi", cross-fitted fit half of bench/eval_names.py +0.002 single-name recall; not
    -ie, which merged more look-alikes)."""
    if len(part) >= 6 and _PERSIAN_TA_MARBUTA_RE.search(part):
        return "a"
    if part.endswith("ee"):
        return "i"
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


def _endings_agree(a: str, b: str) -> bool:
    """Do two parts end alike (``_ending``)?  A final -e after a consonant, silent in French
    ("Yassine"), is also the Persian -eh when the other spelling writes that ("Zohre"/
    "Zohreh", "Alizade"/"Alizadeh", "Hamze"/"Hamzeh"; cross-fitted fit half of
    bench/eval_names.py: single-name recall +0.002, no false merge; against any -a as well
    it merged more look-alikes than it found variants)."""
    ea, eb = _ending(a), _ending(b)
    if ea == eb:
        return True
    for x, y, ex, ey in ((a, b, ea, eb), (b, a, eb, ea)):
        if ex == "c" and ey == "a" and _FINAL_CONSONANT_E_RE.search(x) and y.endswith("eh"):
            return True
    return False


_pair_model: PairModel | None = None


def use_pair_model(model: PairModel | None) -> None:
    """Decide near name parts with a learned pair scorer (``None``: the rules alone).

    Off by default: at the threshold that keeps look-alike false merges <= 0.05
    (``bench/fit_names.py``) it recalls fewer held-out variants than the rules
    and rejects plain variants such as "Qahtani"/"Kahtani", "Fatima"/"Fatimah".
    ``bench/eval_names.py --pair-model`` scores it with ``load_pair_model()``; with
    ``PairModel.veto`` set it only vetoes what the rules accept (``--veto T``), which
    does no better at that precision (``bench/fit_names.py``), and with
    ``PairModel.overrule`` also accepts what they reject when it scores that high
    (``--overrule T``)."""
    global _pair_model
    _pair_model = model
    same_part.cache_clear()


_evidence: NameEvidence | None = None


def use_evidence(evidence: NameEvidence | None) -> None:
    """Replace the attested-spellings table (``None``: the one shipped); for benchmarks."""
    global _evidence
    _evidence = evidence
    same_part.cache_clear()
    _unprefixed.cache_clear()


@cache
def same_part(a: str, b: str) -> bool:
    """Are two folded name parts transliterations of one another?

    Attested spellings decide first (``name_evidence``: "Daoud" and "Dawood" are
    written for one Arabic name, "Saad" and "Said" for two).  Otherwise: equal
    consonant skeletons, spellings close after vowel folding, and the same kind
    of ending: a final vowel is part of the name ("Karim" and "Karima", "Fawzi"
    and "Fawzia" are different names); or one is the head of a compound the other
    names alone (``_compound_head_pass``)."""
    if a == b:
        return True
    attested = (_evidence or load_evidence()).same(a, b)
    if attested is not None:
        return attested
    model = _pair_model
    if model is None or not _near(a, b):
        return _rules_accept(a, b)
    score = model.score(a, b)
    if model.veto is None:
        return score >= model.threshold
    if model.overrule is not None and score >= model.overrule:
        return True  # the scorer accepts what the rules may reject
    return score >= model.veto and _rules_accept(a, b)  # the rules' pass vetoed by the scorer


def _rules_accept(a: str, b: str) -> bool:
    """The rules' verdict on two parts the evidence table does not know."""
    return (
        _rules_pass(a, b)
        or _run_in_article_pass(a, b)
        or _compound_head_pass(a, b)
        or _swapped_letters(a, b)
    )


def _swapped_letters(a: str, b: str) -> bool:
    """A typing slip in a long name: two adjacent consonants swapped ("Klistchko" for
    "Klitschko"), in names of eight letters or more."""
    if len(a) != len(b) or len(a) < 8:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    i = diff[0]
    return a[i] == b[i + 1] and a[i + 1] == b[i] and a[i] not in _VOWELS and a[i + 1] not in _VOWELS


def _rules_pass(a: str, b: str) -> bool:
    """Equal consonant skeletons, close spellings after vowel folding, the same ending, no
    vowel that marks another name.  A final -que is a q ("Rafique" = "Rafiq", "Siddique" =
    "Siddiq", "Faruque" = "Farouk"); two names in -ad-Din are also compared with the article
    taken out ("Salaheddine" = "Salahuddin"); a French "aou" or a German "au" before a
    consonant is also read as aw ("Faouzi" = "Fawzi", "Kaouther" = "Kawthar", "Taufeeq" =
    "Tawfeeq"; not the other way round: "Dosson" is not "Dawson"; cross-fitted fit half
    of bench/eval_names.py: recall +0.006 single, +0.002 full names, no look-alike)."""
    a, b = _QUE_RE.sub("", a), _QUE_RE.sub("", b)
    if a.endswith(_DIN_ENDINGS) and b.endswith(_DIN_ENDINGS):
        return any(_spellings_pass(x, y) for x in _ad_din_forms(a) for y in _ad_din_forms(b))
    if _spellings_pass(a, b):
        return True
    aw_a, aw_b = _AW_RE.sub("aw", a), _AW_RE.sub("aw", b)
    if (aw_a, aw_b) == (a, b):
        return False
    return any(_spellings_pass(x, y) for x, y in ((aw_a, b), (a, aw_b), (aw_a, aw_b)))


# the diphthong aw as French ("Faouzi", "Naoufal") and German or Indonesian ("Taufiq") write it
_AW_RE = re.compile(r"(?<=a)o?u(?=[^aeiouy])")


def _compound_head_pass(a: str, b: str) -> bool:
    """Is one part the other with -ul-/-ur- run in after it and the rest of the compound
    left off, as Bengali and Urdu names are shortened ("Saiful" for Saif-ul-Islam,
    "Fazlur" for Fazl-ur-Rahman, "Rafiqul", "Aminul"): "Saiful" = "Saif", "Fazlur" =
    "Fazal"?  Cross-fitted fit half of bench/eval_names.py: single-name recall +0.010,
    one more look-alike ("Fazlul"/"Fazul")."""
    for x, y in ((a, b), (b, a)):
        m = _COMPOUND_HEAD_RE.fullmatch(x)
        if m and same_part(m[1], y):
            return True
    return False


# a head of four letters or more, ending in a consonant, with -ul or -ur after it
_COMPOUND_HEAD_RE = re.compile(r"([a-z]{3,}[^aeiouy])u[lr]")


def _ad_din_forms(part: str) -> set[str]:
    """A name ending in "ad-Din" run into one word, read with the article in each place it
    may be ("kameleddine": kamel + din or kamele + din; "kamaldin": kamal + din or kam +
    din), and as written."""
    forms = {part}
    for i in range(3, len(part) - 2):
        if _AD_DIN_RE.fullmatch(part, i):
            forms.add(part[:i] + "din")
    return forms


def _spellings_pass(a: str, b: str) -> bool:
    """``_rules_pass`` on two parts as they are written."""
    (sa, slots_a), (sb, slots_b) = _sounds(a), _sounds(b)
    if not sa or not _same_skeleton(sa, sb) or not _endings_agree(a, b):
        return False
    if _vowels_clash(slots_a, slots_b):
        return False
    fa, fb = vowel_fold(a).translate(_GUARD_TABLE), vowel_fold(b).translate(_GUARD_TABLE)
    return _ratio(fa, fb) >= MIN_RATIO


def _run_in_article_pass(a: str, b: str) -> bool:
    """Is one part the other with the article run into it, a nisba ("Alkhatibi"/
    "Khatibi", "Elmasry"/"Masri", "Alahmadi"/"Ahmadi")?  ``name_parts`` splits the article
    off only before an attested name; here the other spelling attests it.  Only before a
    name ending in i or y, which Western names run together with al/el do not
    ("Albright", "Alford", "Elkins")."""
    for x, y in ((a, b), (b, a)):
        rest = _nisba_after_article(x)
        if rest and _rules_pass(rest, y):
            return True
    return False


def _nisba_after_article(part: str) -> str | None:
    """The nisba after an article run into it ("alkhatibi" -> "khatibi"), or None."""
    rest = _after_run_in_article(part)
    return rest if rest and rest[-1] in "iy" else None


def _after_run_in_article(part: str) -> str | None:
    """What follows an article run into a part ("alsanea" -> "sanea", "ettaieb" ->
    "taieb"), or None: none in a Western given name ("Albert"), nor before two vowels
    ("Aliabadi" is Ali-abadi, as ``_unprefixed`` reads "Alauddin")."""
    if part[:1] not in ("a", "e") or part in known_given_names():
        return None
    rest = _ATTACHED_ARTICLE_RE.sub("", part, count=1)
    if rest == part or (rest[0] in "aeiou" and rest[1] in "aeiou"):
        return None
    return rest


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
    # the indices of the parts written with the Arabic article ("al-Sanea", "Alqahtani")
    articled: frozenset[int] = field(default=frozenset(), compare=False)
    # the initials of the given names: "tj" for "T.J. DiLeo" (written only as initials,
    # ``only_initials``), "t" for "Tony DiLeo", "tj" for "Thomas James DiLeo"
    initials: str = field(default="", compare=False)
    only_initials: bool = field(default=False, compare=False)
    # the generational suffix written ("jr", "sr", "ii", "iii", "iv"), "" when none
    generation: str = field(default="", compare=False)
    # the middle initials when every middle name is written as initials ("hw" for
    # "George H.W. Bush", "w" for "George W. Bush"), else ""
    middles: str = field(default="", compare=False)

    @property
    def surname(self) -> str:
        return self.parts[-1] if self.parts else ""

    @property
    def block(self) -> str:
        """Blocking key: the surname's skeleton (names that can match share it), without
        an opening l, which may be the article run into it ("Alkhatibi" is blocked with
        "Khatibi", "Alsanea" with "al-Sanea", "Lamine" with "El Amine"; skeletons of three
        letters or more), nor w, which "aou" writes as a vowel ("Faouzi" with "Fawzi")."""
        if not self.skeletons:
            return ""
        sk = self.skeletons[-1]
        if sk[:1] == "l" and len(sk) >= 3:
            sk = sk[1:]
        return block_key(sk.replace("w", ""))


def name_key(name: str) -> NameKey:
    """The parts that identify a person: kinship particles dropped ("Abu Muhammad
    al-Adnani" -> muhammad adnani), but "Ben" opening a name is a given name ("Ben
    Sasse"), not "ben" = son of.  A name that carries a kunya or nasab is *formal*: a
    full name even when one part is left ("Abu Bakr")."""
    marked = _marked_parts(name)
    raw = [p for p, _ in marked]
    kept = [  # (part, written with the article)
        (p, art) for i, (p, art) in enumerate(marked) if p not in KINSHIP or (i == 0 and p == "ben")
    ]
    parts = tuple(p for p, _ in kept)
    formal = any(p in KINSHIP for p in raw) and parts[:1] != ("ben",)
    aliases = tuple(fold(q).strip() for q in _QUOTED_RE.findall(name) if " " not in q.strip())
    kin = frozenset(_KIN_ROLE[p] for i, p in enumerate(raw) if p in KINSHIP and (i or p != "ben"))
    words = [w for w in name.split() if fold(w).strip(",.") not in SUFFIXES]
    while len(words) > 2 and fold(words[0]).rstrip(".") in _LONG_NAME_TITLES:
        words = words[1:]  # "Dr. T.J. DiLeo": the title is no initial
    given = words[:-1]
    as_initials = initials_pattern(name)  # "JOE BIDEN": no initials
    initials = "".join(
        ch for g in given for ch in (g if as_initials.fullmatch(g) else g[:1]) if ch.isalpha()
    ).lower()
    only = bool(given) and all(as_initials.fullmatch(g) for g in given)
    return NameKey(
        parts=parts,
        skeletons=tuple(skeleton(p) for p in parts),
        formal=formal,
        aliases=aliases,
        kin=kin,
        articled=frozenset(k for k, (_, article) in enumerate(kept) if article),
        initials=initials,
        only_initials=only,
        middles=middle_initials(given, as_initials),
        generation=generation(name),
    )


def _initials_clash(a: NameKey, b: NameKey) -> bool:
    """Does a name given by two or more initials only ("T.J. DiLeo") meet a full given
    name that does not spell them ("Tony DiLeo": his father)?  "T. DiLeo" and "Thomas
    James DiLeo" may be "Tony" / "T.J."; a double initial is how such a person is known."""
    return any(
        x.only_initials
        and len(x.initials) >= 2
        and y.initials
        and not y.only_initials
        and not y.initials.startswith(x.initials)
        for x, y in ((a, b), (b, a))
    )


@cache
def _nicknames(name: str) -> frozenset[str]:
    """Given names ``name`` is a nickname of, or has as nicknames (``nicknames`` table)."""
    namer = nicknamer()
    return frozenset(namer.nicknames_of(name)) | frozenset(namer.canonicals_of(name))


def same_given_name(a: str, b: str) -> bool:
    """Are two folded given names one name: spelled alike, or one a nickname of the other,
    or an English pet form written -ie and -y ("Bettie" and "Betty", "Jimmie" and "Jimmy";
    the -y form a name the ``nicknames`` table knows)?"""
    if same_part(a, b) or b in _nicknames(a) or a in _nicknames(b):
        return True
    ya, yb = _IE_RE.sub("y", a), _IE_RE.sub("y", b)
    return ya == yb and a != b and bool(_nicknames(ya))


_IE_RE = re.compile(r"(?<=[^aeiouy])ie$")


def _same_at(a: NameKey, i: int, b: NameKey, j: int) -> bool:
    """Are part ``i`` of ``a`` and part ``j`` of ``b`` one name (``same_part``), or is one
    the other with the article run into it where the other writes it (``articled``):
    "Alsanea" and "al-Sanea", "Elhouda" and "El Houda", and before a vowel the article
    written "L" as in the Maghreb: "Lamine" and "El Amine", "Larbi" and "El Arabi"?  Only
    against an article written out: a Western "Alford" is never "al-Ford", nor "Lana"
    "el-Ana".  Cross-fitted fit half of bench/eval_names.py: recall +0.007 single names,
    +0.008 full names, no more look-alikes."""
    x, y = a.parts[i], b.parts[j]
    if same_part(x, y):
        return True
    if i % len(a.parts) in a.articled and _article_run_in(y, x):
        return True
    return j % len(b.parts) in b.articled and _article_run_in(x, y)


def _article_run_in(part: str, rest: str) -> bool:
    """Is ``part`` the article run into a spelling of ``rest`` ("alsanea" / "sanea",
    "ettaieb" / "taib", "lamine" / "amine")?"""
    after = _after_run_in_article(part)
    if after is None and part[:1] == "l" and part[1:2] in _VOWELS and rest[:1] in _VOWELS:
        after = part[1:] if len(part) >= 4 else None
    return after is not None and same_part(after, rest)


def _middles_fit(short: NameKey, long_: NameKey) -> bool:
    """Each middle name of ``short`` matches a middle name of ``long_``, in order."""
    it = iter(range(1, len(long_.parts) - 1))
    return all(
        any(_same_at(short, i, long_, j) for j in it) for i in range(1, len(short.parts) - 1)
    )


def _same_first(a: NameKey, b: NameKey) -> bool:
    """First names one name, or one the other's quoted nickname ("Mo Cowan" and
    'William "Mo" Cowan')."""
    return (
        same_given_name(a.parts[0], b.parts[0])
        or _same_at(a, 0, b, 0)
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
    if _initials_clash(ka, kb):
        return False  # "T.J. DiLeo" is not "Tony DiLeo"
    if _written_apart(ka, kb):
        return False  # "Lawrence Dunmore Jr." / "… Sr.", "George H.W. Bush" / "George W. Bush"
    short, long_ = (ka, kb) if len(ka.parts) <= len(kb.parts) else (kb, ka)
    if len(long_.parts) == len(short.parts) + 1 and _joined_fit(short.parts, long_.parts):
        return True
    if not _same_at(ka, -1, kb, -1):
        return False
    if len(short.parts) == 1:
        return True
    if not _same_first(short, long_):
        return False
    return _middles_fit(short, long_)


def _written_apart(a: NameKey, b: NameKey) -> bool:
    """Do two names write different generational suffixes ("Jr." / "Sr.") or different
    middle initials ("H.W." / "W.")?  Then they are two people, however alike."""
    return bool(
        (a.generation and b.generation and a.generation != b.generation)
        or (a.middles and b.middles and a.middles != b.middles)
    )


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
    if _written_apart(a, b):
        return False
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
