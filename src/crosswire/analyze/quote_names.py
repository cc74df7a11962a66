"""Person names as written: cleaning, short and full forms, subject phrases.

Model-free helpers for speaker resolution: a name without its title, the name
ending a phrase, whether two forms are one person, and cutting a subject phrase
to its core (no appositive, relative clause or introductory phrase).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from nicknames import NickNamer

from .quote_lexicon import (
    CAPITAL_TITLES,
    DETERMINERS,
    GENERATIONS,
    INTRO_WORDS,
    INVERTED_SPEECH,
    NAME_HONORIFICS,
    ORGISH_NAME_WORDS,
    PARTICLES,
    PORTFOLIO_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    STOP_NAMES,
    SUFFIXES,
    TITLES,
    is_name_word,
    norm_word,
)
from .sentences import TITLE_ABBREVIATIONS
from .source_parse import media_name_kind
from .time_tense import WEEKDAY_WORDS


def modifies_noun(after: str) -> bool:
    """Whether a name is followed by the noun it modifies ("Surrey staff")."""
    m = re.match(r"\s+([a-z][\w-]*)", after)
    if m is None:
        return False
    word = m.group(1)
    if word.endswith("ly") and len(word) >= 5 and word not in _LY_NOUNS:
        return False  # an adverb: "Brooke tearfully asked", "Thomas allegedly told"
    return word not in PREPOSITIONS | _NOT_NOUNS


# words after a name that are not a noun it modifies ("Trump himself said", "Ray also
# said")
_NOT_NOUNS = frozenset(
    "and or who which whose himself herself themselves itself also then later again once "
    "now still too only just even never".split()
)
# nouns ending in -ly ("the Ray family said", "the Ray reply said")
_LY_NOUNS = frozenset(
    """family assembly rally ally supply monopoly anomaly bully tally homily folly reply
    weekly daily monthly quarterly belly firefly jelly lily""".split()
)


_PREPOSITIONS_BEFORE_NAME = frozenset("for of to with from at by on behalf against".split())
"""Prepositions a name after which is no subject's head ("a lawyer for Jo Ray")."""

_LOCATIVES_BEFORE_NAME = frozenset("in near outside across around".split())
"""... and these right before it ("port truckers in Savannah", a place tagged a person;
not "Police chief in Lewiston Dan Kowalski", the town and the chief tagged as one)."""


def after_preposition(before: str) -> bool:
    """Whether the words before a name end in a preposition (titles skipped)."""
    for i, w in enumerate(reversed(before.split())):
        nw = norm_word(w)
        if nw in TITLES or (w[:1].isupper() and nw not in DETERMINERS):
            continue
        return nw in _PREPOSITIONS_BEFORE_NAME or (i == 0 and nw in _LOCATIVES_BEFORE_NAME)
    return False


def name_key(word: str) -> str:
    w = norm_word(word)
    head, sep, tail = w.partition("-")
    if sep and head in PARTICLES and tail:
        return tail
    return w


AFFILIATION_RE = re.compile(
    r"(?:(?:Republican|Democrat|Independent|Democratic|GOP)s?\s+(?:of|from)\s+[A-Z]|"
    r"\(?[RDI]-[A-Z][\w.]*\)?$)"
)


@cache
def nicknamer() -> NickNamer:
    """The ``nicknames`` package's table, read once (``link/names.py`` uses it too)."""
    return NickNamer()


@cache
def known_given_names() -> frozenset[str]:
    """Every given name the ``nicknames`` table knows, as a full form or a nickname
    ("albert", "elwood", "kathy"), read once."""
    namer = nicknamer()
    return frozenset(namer.canonical_lookup) | frozenset(namer.nickname_lookup)


@cache
def _full_forms(first: str) -> frozenset[str]:
    """The given names ``first`` is a short form of ("dick" -> richard, rich, …)."""
    return frozenset(nicknamer().canonicals_of(first))


def _name_core(name: str) -> list[str]:
    """A name's parts without initials and suffixes ("Eric H. Holder Jr." -> eric, holder)."""
    parts = [name_key(w) for w in name.split()]
    return [p for p in parts if len(p) > 1 and p not in SUFFIXES]


FATHER_RE = re.compile(r"\b(?:[Ff]ather|[Tt]he elder|[Tt]he younger)\b")
"""An article that says whose father someone is: a "… Sr." in it has a son in it too."""


# a son or a father named as such: "his son, Samuel Okoro Jr.", "son Ray Dunmore Jr." /
# "Ray Dunmore Jr., the mayor's eldest son"; "his father, Gholamreza Nouri"
def _kin_before(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\b{noun}s?,?\s+$")


def _kin_after(noun: str) -> re.Pattern[str]:
    if noun == "father":  # "Ali Nouri, the movement's founding father": no kin
        return re.compile(r"\.?,\s+(?:his|her|their|[A-Z][\w.'’-]*['’]s?)\s+fathers?\b")
    return re.compile(
        rf"\.?,\s+(?:the|his|her|their|[A-Z][\w.'’-]*['’]s?)\s+(?:[\w'’-]+\s+){{0,2}}?{noun}s?\b"
    )


_KIN_AROUND = {noun: (_kin_before(noun), _kin_after(noun)) for noun in ("son", "father")}


def named_as_kin(text: str, start: int, end: int, noun: str, after: bool = True) -> bool:
    """Does the text give the name at ``start:end`` as someone's ``noun`` ("son":
    "his son, Samuel Okoro Jr.", and with ``after`` "Ray Dunmore Jr., the mayor's son";
    "father": "his father, Gholamreza Nouri")?"""
    before, behind = _KIN_AROUND[noun]
    return before.search(text, max(0, start - 24), start) is not None or (
        after and behind.match(text, end) is not None
    )


# a person naming themselves, right before the name: "who calls himself", "who gave
# only his first name,", "who identified herself as", "who gave his name as"
SELF_NAMED_RE = re.compile(
    r"who\s+(?:(?:calls|called|identifies|identified|introduces|introduced|names|named)\s+"
    r"(?:himself|herself)(?:\s+as)?|gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+|full\s+)?"
    r"name(?:\s+as|\s+only\s+as)?,?)\s+"
)


_ELDER_BEFORE_RE = re.compile(r"\b[Tt]he (elder|younger) (?:(?:Mr|Mrs|Ms)\.? )?$")


def elder_or_younger(text: str, start: int) -> str | None:
    """ "elder" or "younger" when a surname at ``start`` follows "the elder" / "the
    younger" (or "the elder Mr."): "the elder Dunmore" is the father written "… Sr."."""
    m = _ELDER_BEFORE_RE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m is not None else None


# a word that is only initials ("T.J.", "TJ", "T."); in a name written in capitals
# ("JOE BIDEN") only dotted letters are initials (``initials_pattern``)
INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2,3}")
DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")


def initials_pattern(name: str) -> re.Pattern[str]:
    """What a word of ``name`` that is only initials looks like: dotted letters in a
    name written in capitals, else dotted letters or two or three capitals."""
    return DOTTED_INITIALS_RE if name.isupper() else INITIALS_RE


def middle_initials(given: Sequence[str], as_initials: re.Pattern[str]) -> str:
    """The middle initials of a name's given words (``given``: the words before the
    surname) when every middle one is written as initials and the first is a name
    ("hw" for "George H.W. Bush" and "George HW Bush"), else "" ("H.W. Bush": only
    initials)."""
    middle = given[1:]
    if not middle or as_initials.fullmatch(given[0]):
        return ""
    if not all(as_initials.fullmatch(w) for w in middle):
        return ""
    return "".join(ch for w in middle for ch in w if ch.isalpha()).lower()


def _middle_initials(name: str) -> str:
    """:func:`middle_initials` of a whole name, its suffixes aside."""
    words = [w for w in name.split() if name_key(w) not in SUFFIXES]
    return middle_initials(words[:-1], initials_pattern(name))


def generation(name: str) -> str:
    """The generational suffix a name writes after its first word ("jr", "sr", "ii",
    "iii", "iv"), else "" ("Sr. Mary Keane" is a nun's title)."""
    return next((w for w in (name_key(w) for w in name.split()[1:]) if w in GENERATIONS), "")


def _fits(short: list[str], full: list[str]) -> bool:
    """Every part of ``short`` is a part of ``full``; a first name of a name of two or
    more parts may be a short form of one of ``full``'s ("Dick Halvorsen" in "Richard
    Halvorsen", by the ``nicknames`` table)."""
    whole = set(full)
    return all(
        p in whole or (i == 0 and len(short) > 1 and bool(_full_forms(p) & whole))
        for i, p in enumerate(short)
    )


def network_name(name: str) -> bool:
    """Does ``name`` open with a broadcast network's capitals ("CBS Miami reports", "NBC
    Bay Area", "ABC7"): a name the tagger may take for a person's?  The networks are
    ``source_parse``'s, written in capitals ("Fox", "Sky" may be people's names), and
    CNN and BBC (which ``sources`` reads by keyword)."""
    words = name.split()
    core = words[0].rstrip("0123456789") if words else ""
    return core.isupper() and (media_name_kind(core) == "broadcaster" or core in ("CNN", "BBC"))


def one_person(cands: set[str]) -> str | None:
    """The fullest of several forms that are one person's name, else None.

    Forms are one person when, initials and suffixes aside, the parts of each
    are among the parts of the fullest ("Hillary Clinton" / "Hillary Rodham
    Clinton"); "Bill Clinton" and "Hillary Clinton" are two people.
    """
    if not cands:
        return None
    if len({generation(c) for c in cands} - {""}) > 1:
        return None  # a father and his son: "Lawrence Dunmore Sr." and "… Jr."
    if len({m for c in cands if (m := _middle_initials(c))}) > 1:
        return None  # "George H.W. Bush" and "George W. Bush"
    full = max(cands, key=lambda c: (len(set(_name_core(c))), len(c), c))
    core = _name_core(full)
    return full if all(_fits(_name_core(c), core) for c in cands) else None


def nested_name(short: str, full: str) -> bool:
    """``short``'s words are ``full``'s first and last words and a subset of it."""
    a, b = short.lower().split(), full.lower().split()
    return len(a) < len(b) and a[0] == b[0] and a[-1] == b[-1] and set(a) <= set(b)


# titles that are also common surnames: "Steve King", "Erik Prince", "Ann Bishop"
TITLE_SURNAMES = frozenset("king prince bishop judge dean pope marshal major chancellor".split())

# words for places and bodies that are also surnames: "Dale Hall", "Ada Church"
COMMON_SURNAMES = frozenset("hall park church bridge tower street post bank court".split())

# surnames that are also words: a title or a common word ("Tishana King", "Dale Hall")
WORD_SURNAMES = TITLE_SURNAMES | COMMON_SURNAMES


def _bare_name_word(word: str) -> bool:
    nw = norm_word(word)
    return (
        is_name_word(word)
        and nw not in TITLES | ROLE_WORDS
        and word not in CAPITAL_TITLES
        and word not in INVERTED_SPEECH
        and re.search(r"['’]s$", word) is None
    )


_PORTFOLIO_OPENERS = frozenset({"of", "and", "for"})


def past_portfolio(words: Sequence[str], i: int) -> int:
    """The index of the first name word at or after ``i``, past the words of a title's
    portfolio ("Minister of Municipal and Community Affairs Jo Ray": "Community
    Affairs" is the office's; no given name is such a word), leaving two words at least."""
    while len(words) - i > 2 and portfolio_word(words[i]):
        i += 1
    return i


def portfolio_word(word: str) -> bool:
    """A word of a title's portfolio ("Affairs", "Crown-Indigenous"; ``PORTFOLIO_WORDS``)."""
    return all(part in PORTFOLIO_WORDS for part in norm_word(word).split("-"))


def clean_name(raw: str, person: bool = False) -> str | None:
    """A person's name without titles, owners, possessive or surrounding punctuation.

    A name ending in a title is no name ("the Defense Secretary"), except, for a
    mention the tagger labels a person (``person``), a surname that is also a
    title after a first name ("Rep. Steve King" -> "Steve King")."""
    name = raw.strip(" ,.;:'’\"“”()[]-")
    name = re.sub(r"['’]s$", "", name).strip()
    words = name.split()
    surname = (
        person
        and len(words) >= 2
        and norm_word(words[-1]) in TITLE_SURNAMES
        and is_name_word(words[-2])
        and norm_word(words[-2]) not in TITLES | ROLE_WORDS
    )
    if surname:
        words, last = words[:-1], words[-1]
    # drop everything up to the last title or lower-case role word
    cut = 0
    for i, w in enumerate(words[:-1]):
        nw = norm_word(w)
        if nw in NAME_HONORIFICS and i > cut and _bare_name_word(words[i - 1]):
            continue  # a given name before it: part of the name ("Hassan Sheikh Mohamud")
        if (
            w in INVERTED_SPEECH  # "Added Gibbs: “…”": the verb that opens its sentence
            or nw in TITLES
            or w in CAPITAL_TITLES
            or (
                w[:1].islower()
                and not is_name_word(w)
                # a particle inside a name ("Bill de Blasio", "de Blasio"): no cut
                and not (w in PARTICLES and words[i + 1][:1].isupper())
            )
            or nw in ROLE_WORDS
            or re.search(r"['’]s$", w)  # an owner: "Chirper's Dana Vole"
        ):
            cut = i + 1
    if (
        cut
        and norm_word(words[cut - 1]) in _PORTFOLIO_OPENERS
        and all(portfolio_word(w) for w in words[cut:])
    ):
        return None  # "the Minister of Health": an office, nobody's name
    # a portfolio's last words before the name ("[Climate] Change Jo Ray")
    cut = past_portfolio(words, cut)
    words = words[cut:]
    if surname:
        words.append(last)
    if not words:
        return None
    if any(norm_word(w) in ORGISH_NAME_WORDS for w in words):
        return None
    if norm_word(words[-1]) in TITLES | ROLE_WORDS and not surname:
        return None
    if len(words) == 1 and (norm_word(words[0]) in STOP_NAMES | TITLES):
        return None
    if (
        not words[0][:1].isupper()
        and not is_name_word(words[0])
        and not (words[0] in PARTICLES and len(words) > 1 and words[1][:1].isupper())
    ):
        return None
    if words[-1] in ("Jr", "Sr") and len(words) > 1:
        words[-1] += "."  # the suffix's point, lost with the sentence's: "Ronald L. Butler Jr."
    return " ".join(words)


def trailing_name(phrase: str, person: bool = False) -> str | None:
    """The capitalised name ending ``phrase`` ("UFCW president Jo Ray" -> "Jo Ray");
    with ``person``, a surname that is also a title stays one ("team president Billy
    King", ``clean_name``)."""
    words = phrase.split()
    if not words or re.search(r"['’]s$", words[-1]):
        return None
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if re.search(r"['’]s?$", w):
            break  # an owner, not part of the name: "Twitter's Adam Sharp"
        if is_name_word(w) or (w.lower() in PARTICLES and i < len(words)):
            i -= 1
            continue
        break
    if i and norm_word(words[i - 1]) in _PORTFOLIO_OPENERS:
        i = past_portfolio(words, i)
    seq = words[i:]
    if not seq or (len(seq) == 1 and seq[0].strip(".,;:").lower() in WEEKDAY_WORDS):
        return None  # "Whitcombe didn't back down Tuesday, telling …": a day, nobody
    return clean_name(" ".join(seq), person)


# a title abbreviation inside a name run ("Troy police Lt. Gerry Scherlinck")
_TITLES = "|".join(sorted((t.capitalize() for t in TITLE_ABBREVIATIONS), key=len, reverse=True))


_NAME_TOKEN = (
    r"(?:[A-Z](?:\.|[\w'’-]*)|(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|de|da|van|von|der|le|la|"
    rf"del)-[A-Z][\w'’-]*|(?:{_TITLES})\.)"
)


_NAME_SEQ_RE = re.compile(
    rf"(?<![\w'’-]){_NAME_TOKEN}(?:[ \t]+(?:(?:al|bin|ibn|abu|de|da|di|van|von|der|den|la|le|del)"
    rf"[ \t]+)?{_NAME_TOKEN})+(?![\w-])"
)


TITLED_RE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Mayor|Governor|Minister|Premier|President|Senator|Judge|Justice|"
    r"Chief|Commissioner|Superintendent|Inspector|Sergeant|Captain|Coach|Professor|Imam|"
    r"Sheikh|King|Queen|Prince|Princess|Spokesman|Spokeswoman)\.?[ \t]+"
    rf"({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,3}})"
)


def spans_overlap(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether ``span`` overlaps any of the sorted, non-nested ``spans``."""
    i = bisect.bisect_right(spans, (span[1], span[1])) - 1
    while i >= 0 and spans[i][1] > span[0]:
        if spans[i][0] < span[1]:
            return True
        i -= 1
        if i >= 0 and spans[i][1] <= span[0]:
            break
    return False


def surname_mentions(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Later mentions of a found name's last word on its own ("Okafor said")."""
    last = {text[s:e].split()[-1] for s, e in names}
    last = {w for w in last if len(w) > 2 and norm_word(w) not in STOP_NAMES}
    if not last:
        return []
    covered = sorted(names)
    starts = [c[0] for c in covered]
    rx = re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(re.escape(w) for w in sorted(last, key=len, reverse=True))
        + r")(?![\w-])"
    )
    out = []
    for m in rx.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < covered[i][1]:
            continue
        out.append((m.start(), m.end()))
    return out


_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def regex_names(text: str) -> list[tuple[int, int]]:
    """Model-free person candidates: runs of two or more capitalised words, split at
    words the article also writes in lower case ("Unlike", "With", "House")."""
    common = set(_LOWER_WORD_RE.findall(text)) - PARTICLES
    out = []
    for m in _NAME_SEQ_RE.finditer(text):
        run: list[tuple[int, int]] = []
        for w in re.finditer(r"\S+", m.group(0)):
            word = w.group(0)
            low = norm_word(word)
            if low in common or low in STOP_NAMES or low in INTRO_WORDS:
                if len(run) >= 2:
                    out.append((m.start() + run[0][0], m.start() + run[-1][1]))
                run = []
                continue
            run.append((w.start(), w.end()))
        if len(run) >= 2:
            out.append((m.start() + run[0][0], m.start() + run[-1][1]))
    return out


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-\"“”'‘’("):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-\"“”'‘’)"):
        e -= 1
    # leading conjunction / intro adverb
    m = re.match(
        r"(?:(?:but|and|so|still|however|meanwhile|now|yet|instead|then|later|earlier|"
        r"separately|also)\b,?\s+)+",
        text[s:e],
        re.I,
    )
    if m:
        s += m.end()
    # trailing adverbs left by the verb patterns
    m2 = re.search(
        r"(?:\s+(?:also|later|then|once|previously|earlier|simply|finally|further|recently|"
        r"again|has|had|have|would|will|could|did|does|was|is|were|often|first|publicly|"
        r"reportedly))+$",
        text[s:e],
        re.I,
    )
    if m2:
        e = s + m2.start()
    return s, e


UNNAMED_RELATIVE_RE = re.compile(
    r"((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:who|that)\s+"
    r"[a-z][^,.;:!?“”\"]{0,40}?)\s*(?:,|$)"
)


def core_subject(text: str, s: int, e: int, entities: list[tuple[int, int]]) -> tuple[int, int]:
    """Cut a subject region to the chunk naming the speaker: not an appositive
    ("Jo Ray, the mayor,"), a relative clause or an introductory phrase ("In a
    statement, the ministry")."""
    region = text[s:e]
    m = re.search(r",?\s+(?:who|which|whose)\b", region)
    if (
        m
        and not any(s <= ms and me <= s + m.start() for ms, me in entities)
        and any(ms >= s + m.end() and me <= e for ms, me in entities)
    ):
        m = None  # "At the rally, which …, Jo Ray, …": the clause belongs to the lead-in
    if m:
        # an unnamed speaker keeps a short relative clause that identifies them
        # ("one Democrat who opposed her"); anyone else is cut before it
        mr = UNNAMED_RELATIVE_RE.match(region)
        e = s + (mr.end(1) if mr else m.start())
        region = text[s:e]
    parts: list[tuple[int, int]] = []
    pos = s
    for m2 in re.finditer(r"\s*[,(—–]\s*|\s*\)\s*", region):
        parts.append((pos, s + m2.start()))
        pos = s + m2.end()
    parts.append((pos, e))
    parts = [p for p in parts if text[p[0] : p[1]].strip()]
    if not parts:
        return s, s
    if len(parts) == 1:
        return parts[0]

    def words(p: tuple[int, int]) -> list[str]:
        return text[p[0] : p[1]].split()

    def namey(p: tuple[int, int]) -> bool:
        ws = words(p)
        if not ws or ws[0].lower() in INTRO_WORDS or appositive(p):
            return False
        return any(ms >= p[0] and me <= p[1] for ms, me in entities) or (
            trailing_name(text[p[0] : p[1]]) is not None
        )

    def appositive(p: tuple[int, int]) -> bool:
        ws = words(p)
        w0 = ws[0].lower() if ws else ""
        if not ws:
            return True
        return (
            w0 in DETERMINERS
            or ws[0][:1].isdigit()
            or (ws[0][:1].islower() and w0 not in PRONOUNS)
            or bool(
                re.fullmatch(r"[A-Z]-[A-Z][\w.]*", ws[0])  # "D-Conn."
            )
        )

    last = len(parts) - 1
    j = last
    while j > 0 and appositive(parts[j]):
        j -= 1
        if namey(parts[j]):
            return parts[j]
    if j == 0 and words(parts[0])[0] in ("The", "the"):
        return parts[0]  # "The Velmora Post, a weekly newspaper that …,": its head
    return parts[last]
