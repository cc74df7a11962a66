"""Entity resolution within one story: mentions from many articles -> entities.

Precision first (a wrong merge puts words in the wrong mouth):

1. **labels are voted across the story**: a name (by its loose key) tagged as
   more than one of person, organisation, place and facility takes the kind of a clear
   majority of its occurrences, three or more and more than twice all the others
   together ("Obama" PERSON nine times and ORG once is a person; "Ferguson" GPE
   ten times and PERSON once is a place); the surname of someone named in full
   in the story needs only a plurality of PERSON tags ("Lohan" PERSON more often
   than GPE or ORG, with "Lindsay Lohan" named; a mention "in X" tagged as a place
   stays a place), counting as PERSON a surname tagged otherwise in an article that
   names its person in full ("Chohan" FAC beside "Raj Chohan", which is a person
   anyway); without either, each mention
   keeps the kind of its own label; a one-word name that is nobody's surname and is
   tagged PERSON at most a third of the time takes its most frequent other
   kind; a PERSON-tagged name that is no part of a full person name and is
   never written as a person ("Mr. X", "X said", "X, who") is an organisation
   when the words around it show a platform or a thing ("took to X", "on X",
   "X account", "X, which") and a place after "in (nearby) X,"; a name tagged only as
   organisation, place or facility, without a clear majority, is one thing of the kind
   tagged most, a place on a tie ("Halifax" ORG once and GPE once);
2. mentions of one kind with the same loose key (case, articles, possessives
   ignored) merge;
3. **full person names** (two parts or more) merge when they are one name
   (``names.same_person_name``: transliterations by consonant skeletons plus an
   edit-distance guard, nicknames, missing middle names and initials; blocked
   by the surname skeleton); two *spellings* side by side in one article are
   two people (an outlet keeps its own spelling), but a nickname or a missing
   middle name in one article is the same person ("Dick Blumenthal" and
   "Richard Blumenthal"); a name of two parts or more that begins one longer name of
   the story is that person ("Abdifatah Adan" of "Abdifatah Adan Hassan": a given
   name and a father's name, ``_join_leading_words``);
4. **short forms** ("Okafor", "Ms Okafor", "al-Qahtani", "Al Hashish" of "Fouzia Al
   Hashish", however tagged) merge into the one full name they fit in the same
   article, else in the whole story; when
   several fit, they stay apart (how often each is named counts only its full
   names that the short form fits).  A lone given name ("Hillary") fits the full
   names it begins only when no surname fits; a hyphenated surname
   ("Townsend-Saunders") fits the full name it ends.  Cues in the words
   before a name decide among namesakes: a man's title ("Mr.") never goes
   to a woman's name ("the first lady, Melania Trump"), nor a woman's to a
   man's; a role ("President Trump") goes to the one namesake given that role.
   A surname used as a modifier ("Clinton campaign associates") whose only fit
   is a full name in another article goes there only when that person is named
   twice or more, shares a cue, or is given a public role ("commentator X",
   "X, the special counsel"); else it stays apart.  A nickname blended from the
   first letters of a given name and a surname ("LiLo", "ScarJo", "A-Rod") fits
   the full names it blends when no surname fits; a nickname in brackets
   ("Luis Gerardo (Jerry) Ortiz") is read as a quoted one.  Beside two namesakes
   in its own article ("Kimani Gray" and his sister "Mahnefah Gray"), a surname with
   no gender cue goes to the one the story is about, when that one is named in full
   in two articles or more; or, in any story, to the only namesake named in full
   before the surname first occurs in that article, when no other is named more often
   ("Kim" after "North Korean leader Kim Jong-un", before "Kim Yong-chol, a key
   negotiator": a reader has met no other Kim yet).  A short form still undecided
   that attributes a quote ("Mrs. Clinton said" beside "Hillary Rodham Clinton" and
   "Bill Clinton") is whom the article's own analysis gave that quote (it read the
   titles and pronouns around it), and then the other title's form of that surname
   ("Mr. Clinton") is the other namesake.  Lone given names spelled
   two ways in two articles ("Stacey", "Stacy") are one person;
5. an **acronym** merges into the name it is defined for in the text ("the
   Rapid Support Forces (RSF)"), or, undefined, into the one organisation or
   place whose initials it spells, even one of three letters or more the model tagged
   as a person ("SAG" -> "Screen Actors Guild") ("RCF" -> "Rapid Coastal Force", "DRC" and
   "DR Congo" -> "Democratic Republic of the Congo"); with two candidates it
   stays apart (one name written twice, "the Associated Press" and "the The
   Associated Press", is one candidate); its article and full stops are no part of it
   ("the U.N.", "the FBI").  A dateline's agency defines nothing
   ("BUDAPEST, Hungary (AP) —"), nor do an agency's initials after a name they do
   not spell ("Cambodia (AP)").

6. a **party** and its members are one ("the Conservative Party", "Conservatives";
   "Green Party", "Greens": only a name the story writes as a party);
   **places** named by any of their other names are one (a short table of countries
   and Canadian provinces: "U.S.", "the United States", "America"; "B.C.", "British
   Columbia"); **organisations** spelled the British and the American way are one
   ("Centre", "Center"; "U.S." and "United States", "F.B.I." and "FBI"; "&" and
   "and"; a legal form written out or short, "Corporation" and "Corp."; a site's name
   with its domain or without, "Politico.com" and "Politico"; a government
   department named either way round, "the Department of Justice" and "the Justice
   Department", unless the story gives it two countries), and so are a name's
   spellings with a word's plural, a space, a hyphen or an
   apostrophe more or less, for names of two words or more ("Marshals Service" /
   "Marshal Service", "Trail Blazers" / "Trailblazers", "Magistrates' Court"); a
   short form of two words or more, not all of them generic ("Supreme Court"
   may be another court), or a newspaper's last word ("the Times"), or an armed
   force's branch ("the Navy" of "the Indian Navy"), or a ship's name without its
   prefix ("the Mysore" of "INS Mysore"), or a chamber's word alone ("the House" of
   "the House of Representatives", "the Senate" of "the U.S. Senate"), merges
   into the one longer name of its kind it ends ("the Red Sox" -> "the Boston
   Red Sox"; not "the Republican Party" -> "the Texas Republican Party"), and a
   name into the one that adds generic words to it ("CBS" -> "CBS News",
   "TransCanada" -> "TransCanada Corp.", a law firm without its "PC" or "LLP",
   a company without its trade: "Mesa" -> "Mesa Airlines", "Waxman" -> "Waxman
   Industries Inc.", "Kraft" -> "Kraft Foods", "Crowley" -> "Crowley Maritime Corp.",
   "Staunton Police" -> "the Staunton Police Department"; not "New York" -> "New
   York University", nor a generic name: "Police" -> "the Police Department").

A name the story introduces as a place ("the port city of Bandar Abbas", "Hormozgan
province") is a place wherever the model tagged it a person or an organisation,
unless a person of the story bears it in a full name.  An organisation's or a
place's name is shown without the article running text puts before it ("European
Union", not "the European Union"; a capital "The" before one word stays unless the
story also writes the name without it: "The Hague").  A name the story writes as a
work's title twice or more ("the film Catching Fire", "the sequel, Catching Fire", "the Hunger Games
sequel") is that work, listed as no person or organisation, unless a person's name.
A mention joining two names the story writes apart ("the Nationals and Orioles",
"Locke and Salazar", "People, Reid") is two mentions (a name the story writes whole
twice or more, "the Fish and Wildlife Service", stays one).  A role or title alone,
capitalised by a headline or a sentence's opening ("Sheriff",
"Coach", "Actress"), is no entity, unless it is a word of a person's full name
in the story ("Leader" beside "Janice Leader").

A name the model tagged with a label of no entity kind ("Red Sox" WORK_OF_ART,
"DeGeneres" PRODUCT) or as a nationality adjective ("Klitschko" NORP) takes the one
kind the story gives that name elsewhere, tagged twice or more (a nationality tag
only a person's; never a date or number, "May" DATE; never a title in quotation
marks).

Before all this, a full name tagged as an organisation, place or facility that the
story tags PERSON twice, or whose surname it tags PERSON alone, is that person ("Paul
Riva" ORG), unless it ends in an institution's word ("X Clinic"); so is one the story
never tags PERSON ("Lennox Lewis" ORG seven times) when its surname alone is a person
("Lewis" PERSON, nobody else's surname), it has a person's shape (two or three
capitalised words, no institution's or paper's word) and something shows a person: a
cue at one of its occurrences ("X said"), its given name alone in the story ("Lennox")
or a given name of the ``nicknames`` table; an organisation named after someone keeps
its kind ("Walt Disney", with "Disney" an organisation alone); so is one that
``same_person_name`` fits to a full name the story shows is a person ("Bettie Mae
Page" ORG beside "Bettie Page"; not "Mo Cheeks" beside "Maurice Cheeks" while the
``nicknames`` table does not know "Mo"); and then a given name tagged ORG ("Lennox")
beside that full name in its article is the person's.  A mention that is a
description, then the full name of someone the story tags PERSON ("the American Hasim
Rahman" ORG, "unbeaten Russian Alexander Povetkin", "former champion Lennox Lewis";
lower-case words, capitalised stop words, descriptors, nationalities the story tags
NORP alone, any capitalised word after an office "of": "Secretary of the Interior Ken
Salazar"; never a given name: "Jon Tomas Verhoek" is another name) is a mention of
that person, under the plain name: its span stays as tagged; so is a name of two words
or more, with any label, that ends exactly one longer full name the story tags PERSON
twice ("Boone Isaacs" ORG, "Cheryl Boone Isaacs"), unless it opens with a given name
("Ann Smith" of "Mary Ann Smith").  Initials the story counts like a unit ("47 KO's",
"121 RBI", "1023 GMT") are no organisation.  And a person's full name used for the
institution named after them ("checked into Betty Ford", "left Betty Ford" where the
story names "the Betty Ford Center") takes that institution's label, as does one after
"to", "in", "from" or "of" when the story never writes it as a person's ("X said",
"X's husband").
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import (
    Callable,
    Collection,
    Hashable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import replace
from functools import cache
from typing import Generic, TypeVar

from spacy.lang.en.stop_words import STOP_WORDS

from ..analyze.gender import given_name_gender, noun_gender
from ..analyze.mentions import (
    WORK_TITLE_NOUNS,
    describing_word,
    person_surnames,
    propagate_surnames,
)
from ..analyze.quote_lexicon import ORGISH_NAME_WORDS, ROLE_WORDS, SUFFIXES
from ..analyze.quote_lexicon import TITLES as TITLE_WORDS
from ..analyze.quote_names import (
    FATHER_RE,
    WORD_SURNAMES,
    elder_or_younger,
    known_given_names,
    named_as_kin,
    network_name,
)
from ..analyze.source_parse import media_name_kind
from ..analyze.times import WEEKDAYS
from ..model import Entity, Mention, Quote, SpanRef
from ..resources import country_names, place_names
from .names import (
    TITLES,
    NameKey,
    fold,
    name_key,
    same_given_name,
    same_part,
    same_person_name,
    spelled_alike,
)
from .stories import entity_key

KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "facility",
    "EVENT": "event",
    "VESSEL": "vessel",
}
_STOP = frozenset({"of", "the", "and", "for", "al", "el"})

GroupKey = tuple[str, str, str]  # (kind, loose key, article id for short forms else "")


_ABBREVIABLE = frozenset({"organisation", "group", "place"})
_ABBREV_RE = re.compile(r"^[A-Z]{2,6}(?:\s+[A-Z][\w'’-]+){0,2}$")


def _abbreviates(short: str, long: str) -> bool:
    """Is ``short`` the initials of ``long`` ("DRC"), or initials then its last
    words ("DR Congo" for "Democratic Republic of the Congo")?  A capitalised "The"
    opening the name may have its letter ("THR" for "The Hollywood Reporter"), and a
    "U.S." opening it two letters or none ("USGA", "SEC")."""
    if long.startswith("The ") and _abbreviates_words(short, ["The", *_words(long)]):
        return True
    words = _words(re.sub(r"^(?:[Tt]he\s+)?", "", long))
    # "USGA" or "SEC" for "the U.S. Golf Association" / "the U.S. Securities and
    # Exchange Commission": the country's initials are two letters, or none
    if (
        words
        and re.fullmatch(r"U\.?S\.?", words[0])
        and (
            _abbreviates_words(short, ["U", "S", *words[1:]])
            or (len(short.split()[0]) >= 3 and _abbreviates_words(short, words[1:]))
        )
    ):
        return True
    return _abbreviates_words(short, _words(long))


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in _STOP]


def _abbreviates_words(short: str, words: list[str]) -> bool:
    head, *tail = short.split()
    if len(words) != len(head) + len(tail) or len(words) < 2:
        return False
    initials = "".join(w[0] for w in words[: len(head)]).upper()
    return initials == head and [w.casefold() for w in words[len(head) :]] == [
        w.casefold() for w in tail
    ]


def _is_short(key: NameKey, surface: str) -> bool:
    """A surname or given name alone ("Okafor", "Ms Okafor"), not a kunya ("Abu Bakr")."""
    return len(surface.split()) == 1 or (len(key.parts) == 1 and not key.formal)


K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
    """Disjoint sets of hashable items: those passed in, and those ``add``-ed later."""

    def __init__(self, items: Iterable[K] = ()) -> None:
        self.parent: dict[K, K] = {g: g for g in items}

    def add(self, g: K) -> None:
        self.parent.setdefault(g, g)

    def find(self, g: K) -> K:
        while self.parent[g] != g:
            self.parent[g] = self.parent[self.parent[g]]
            g = self.parent[g]
        return g

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def _fullness(name: str, kind: str) -> int:
    """How full a name form is: its name parts for people (titles don't count), else words."""
    return len(name_key(name).parts) if kind == "person" else len(name.split())


def _surname_of_a_person(m: Mention, full_names: dict[str, list[NameKey]]) -> bool:
    """Is this one-word non-person mention (or "Al" and one word: "Al Mnajer") the
    surname of a person named in its article?"""
    words = m.text.split()
    arabic = len(words) == 2 and words[0].lower() in ("al", "el")
    if (len(words) != 1 and not arabic) or not m.text[:1].isupper():
        return False
    key = name_key(m.text)
    return any(_surname_fits(key, full) for full in full_names.get(m.article, ()))


# a nickname blended from the first letters of a given name and of a surname ("LiLo" for
# Lindsay Lohan, "ScarJo", "J.Lo", "A-Rod"): two capitalised pieces of up to four letters
_BLEND_RE = re.compile(r"([A-Z][a-z]{0,3})[.\-]?([A-Z][a-z]{1,3})")


def _blend_fits(surface: str, full: NameKey) -> bool:
    """Is ``surface`` a blend of the first letters of ``full``'s given name and surname?"""
    b = _BLEND_RE.fullmatch(re.sub(r"['’]s$", "", surface.strip()))
    if b is None or len(full.parts) < 2:
        return False
    given, last = b.group(1).casefold(), b.group(2).casefold()
    return full.parts[0].startswith(given) and full.parts[-1].startswith(last)


def _person_key(name: str) -> NameKey:
    """``name_key`` reading a nickname in brackets as a quoted one ("Luis Gerardo
    (Jerry) Ortiz" is 'Luis Gerardo "Jerry" Ortiz')."""
    return name_key(_BRACKETED_NICK_RE.sub(r'"\1"', name))


_BRACKETED_NICK_RE = re.compile(r"\(([A-Z][\w'’-]*)\)(?=\s+[A-Z])")


def _generations(
    full: Iterable[GroupKey],
    keys: Mapping[GroupKey, NameKey],
    groups: Mapping[GroupKey, list[Mention]],
    texts: Mapping[str, str],
) -> dict[GroupKey, frozenset[str]]:
    """The generation each full name is of: the suffix it writes ("jr", "sr", "iii"), or,
    for a name written without one in an article that writes the same name with "Sr."
    and says whose father someone is (the governor "Larry Dunmore" beside "his father,
    Lawrence Dunmore Sr."), "jr"; an obituary of a "Sr." alone writes him plain too.
    Likewise "sr" for one written plain in an article that introduces the same name
    with "Jr." as someone's son (the vice president "Samuel Okoro" beside "his son,
    Samuel Okoro Jr."; not "Tomas Verhoek Jr., the deputy mayor's son", who may be
    written plain later) or that gives it as someone's father ("Tomas Verhoek, his
    father,")."""
    full = list(full)
    senior: dict[str, set[str]] = defaultdict(set)  # surname -> articles naming a "Sr."
    junior: dict[str, set[str]] = defaultdict(set)  # surname -> articles naming a son "Jr."
    for g in full:
        if keys[g].generation == "sr":
            articles = {m.article for m in groups[g]}
            fathered = {a for a in articles if FATHER_RE.search(texts.get(a, ""))}
            senior[keys[g].parts[-1]] |= fathered
        elif keys[g].generation == "jr":
            junior[keys[g].parts[-1]] |= {
                m.article
                for m in groups[g]
                if named_as_kin(texts.get(m.article, ""), m.start, m.end, "son", after=False)
            }
    out: dict[GroupKey, frozenset[str]] = {}
    for g in full:
        gen = keys[g].generation
        articles = {m.article for m in groups[g]}
        if not gen and articles & senior.get(keys[g].parts[-1], set()):
            gen = "jr"
        elif not gen and (
            articles & junior.get(keys[g].parts[-1], set())
            or any(
                named_as_kin(texts.get(m.article, ""), m.start, m.end, "father") for m in groups[g]
            )
        ):
            gen = "sr"
        out[g] = frozenset({gen}) if gen else frozenset()
    return out


def _surname_fits(short: NameKey, full: NameKey) -> bool:
    """Is ``short`` (one word: "Okafor", "Townsend-Saunders") the surname of ``full``?"""
    n = len(short.parts)
    if (
        n == 2
        and short.parts[0] in ("al", "el")
        and len(full.parts) >= 2
        and len(full.parts) - 1 in full.articled
    ):
        # "Al Hashish" alone (read as a given name "Al", as in "Al Gore") beside
        # "Fouzia Al Hashish", whose surname carries the article: the surname
        short, n = replace(short, parts=short.parts[1:], skeletons=short.skeletons[1:]), 1
    if not n or len(full.parts) <= n:
        return False
    if n == 1:
        return same_person_name(short, full)
    return all(same_part(a, b) for a, b in zip(short.parts, full.parts[-n:], strict=True))


_VOTED = frozenset({"person", "organisation", "place", "facility"})
_TIE_ORDER = ("facility", "organisation", "place")  # the last wins a tie


def _story_votes(
    mentions: list[Mention],
    surnames: frozenset[str] = frozenset(),
    last_names: frozenset[str] = frozenset(),
    as_person: Callable[[Mention], bool] | None = None,
) -> tuple[dict[str, str], set[str]]:
    """The kind a name has at most of its occurrences in the story, for names tagged
    more than one way ("Obama" PERSON nine times and ORG once is a person; "Ferguson"
    GPE ten times and PERSON once is a place).  Needs a clear majority of three or more,
    except for the last name of someone named in full (``last_names``, folded): a
    plurality of PERSON tags makes it a person ("Lohan" PERSON 40 times, GPE 20, ORG
    10); those keys are returned too, as the second item.  A one-word name that is
    no part of a full name (``surnames``, folded) and is tagged as a person at most a
    third of the time takes its most frequent other kind ("Ferguson" PERSON four
    times, GPE and ORG twenty), and so, on a tie, does one that is no given name the
    ``nicknames`` table knows, tagged a person and a body as often ("Oracle" PERSON once
    and ORG once; not "Ostrin said", "flew to Ostrin": a place too), as does one tagged a
    place three times or more and more often than a person, and a person less than
    half the time ("Wasilla" GPE
    five times, PERSON three).  A mention ``as_person`` picks (a surname tagged
    otherwise beside its full name: "Chohan" FAC in an article naming "Raj Chohan")
    counts as PERSON; a name tagged PERSON and otherwise that only such mentions tag
    otherwise is a person by vote, so that its mentions tagged with no kind of their
    own ("Schiff's" PRODUCT) stay its own."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    tagged: dict[str, set[str]] = defaultdict(set)  # the kinds as the model tagged them
    for m in mentions:
        kind = KINDS.get(m.label)
        if kind in _VOTED:
            key = entity_key(m.text)
            tagged[key].add(kind)
            if kind != "person" and as_person is not None and as_person(m):
                kind = "person"
            kinds[key][kind] += 1
    out = {}
    plural: set[str] = set()
    for key, c in kinds.items():
        if len(c) == 1:
            if "person" in c and len(tagged[key]) > 1:
                out[key] = "person"
            continue
        (kind, n), total = c.most_common(1)[0], sum(c.values())
        if n >= 3 and n > 2 * (total - n):
            out[key] = kind
        elif (
            kind == "person"
            and " " not in key
            and set(name_key(key).parts) & last_names
            and n > max(v for k, v in c.items() if k != "person")
        ):
            out[key] = kind
            plural.add(key)
        elif (
            " " not in key
            and not set(name_key(key).parts) & surnames
            and c["person"] > 0
            and (
                c["person"] * 3 <= total
                # a tie, for a word no given name: "Oracle" PERSON once, ORG once (not
                # "her husband Leroy")
                or (
                    c["person"] * 2 == total
                    and set(c) == {"person", "organisation"}
                    and key not in known_given_names()
                )
                # "Wasilla" GPE five times, PERSON three: a place tagged three times or
                # more that the tagger calls a person less than half the time
                or (c["person"] * 2 < total and c["place"] >= 3 and c["place"] > c["person"])
            )
        ):
            out[key] = max((k for k in c if k != "person"), key=lambda k: (c[k], k))
        elif "person" not in c:
            # an organisation, a place or a building by one name is one thing ("Halifax"
            # ORG once and GPE once, "Bethpage" ORG and FAC): the kind tagged most, a place
            # on a tie (the model tags towns as organisations more than the reverse)
            out[key] = max(c, key=lambda k: (c[k], _TIE_ORDER.index(k)))
    return out, plural


_PLATFORM_BEFORE_RE = re.compile(r"(?:\b(?:on|via)|\b(?:took|taken|takes|take|taking) to)\s+$")
_PLATFORM_AFTER_RE = re.compile(
    r"^\s+(?:account|accounts|post|posts|feed|page|message|messages|followers|user|users|"
    r"handle|profile|timeline)\b|^,\s+which\b"
)
_LOCATIVE_RE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Ff]rom|[Tt]o|[Aa]t|[Aa]cross|[Oo]utside)\s+$")
_PLACE_BEFORE_RE = re.compile(r"\b(?:[Ii]n|[Nn]ear) (?:nearby |neighbou?ring )?$")
_SAID_AFTER = r"\s+(?:said|says|told|wrote|added)\b"
_PERSON_AFTER_RE = re.compile(rf"^(?:{_SAID_AFTER}|,\s+who\b|['’]s\s+[a-z])")
_PERSON_BEFORE_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor)\.?\s+$"
)


# the shape of a plural a team goes by ("Steelers"; not "Ross" or "Jesus"); a surname in -s
# ("Williams") has it too, and is read as a team only when the story writes it as one
_GROUP_SHAPED_RE = re.compile(r"^[A-Z][a-z]+[^su']s$")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
# after the plural: its possessive, or a noun it qualifies ("Steelers defensive end")
_GROUP_AFTER_RE = re.compile(r"^(?:['’](?!\w)|\s+[a-z])")


def _not_people(
    mentions: list[Mention], texts: Mapping[str, str], names: Mapping[str, set[str]]
) -> dict[str, str]:
    """Names tagged PERSON that are something else: an outlet or platform by name
    ("Politico", "Instagram"), or as the words around them show: a platform or outlet
    ("took to Twitter", "on Twitter", "his Twitter account"), a thing ("Armour Thyroid,
    which is used"), a place ("in nearby Clayton,"), a team (a plural after "the" or
    before a noun at most of its occurrences, once at least after "the": "the
    Steelers", "Steelers defensive end").  Only for
    names that are no part of a person named in full (``names``, folded words) and
    never written as a person ("Mr. X", "X said", "X, who"); ``names`` maps each word
    of a full person name to the names using it."""
    out: dict[str, str] = {}
    surfaces = {m.text for m in mentions if m.label == "PERSON"}
    # the first words of the story's organisations and buildings ("Goddard" of "Goddard
    # Space Flight Center", "Morningside" of "Morningside Recovery")
    heads = {
        words[0]
        for m in mentions
        if m.label in ("ORG", "FAC")
        and len(words := _LEADING_ARTICLE_RE.sub("", m.text).split()) > 1
        and not _person_shaped(m.text)  # "Rose-Lynn Harlan" tagged ORG is still her name
    }
    for surface in surfaces:
        key = entity_key(surface)
        if not key or not surface[:1].isupper():
            continue
        if any(names.get(w, set()) - {key} for w in name_key(surface).parts):
            continue  # "Breitbart" beside "Andrew Breitbart"
        if media_name_kind(_POSSESSIVE_RE.sub("", surface)) in ("outlet", "social"):
            out[key] = "organisation"  # "Politico", "Instagram" tagged PERSON
            continue
        thing = place = person = False
        the = as_group = other = 0
        for before, after in _around(surface, texts):
            person |= bool(_PERSON_BEFORE_RE.search(before) or _PERSON_AFTER_RE.search(after))
            the += bool(_THE_BEFORE_RE.search(before))
            if _THE_BEFORE_RE.search(before) or _GROUP_AFTER_RE.match(after):
                as_group += 1
            else:
                other += 1
            thing |= bool(
                (_PLATFORM_BEFORE_RE.search(before) and " " not in surface)
                or _PLATFORM_AFTER_RE.search(after)
            )
            place |= bool(_PLACE_BEFORE_RE.search(before) and re.match(r"^[,.;]", after))
        group = bool(_GROUP_SHAPED_RE.match(surface)) and the and as_group >= max(2, other + 1)
        if person:
            continue
        if thing or group or (" " not in surface and _POSSESSIVE_RE.sub("", surface) in heads):
            out[key] = "organisation"
        elif place and " " not in surface:
            out[key] = "place"
    return out


_ROLES_AND_TITLES = ROLE_WORDS | TITLE_WORDS


def _a_role_alone(text: str) -> bool:
    """A one-word name that is a role or a title ("Sheriff", "Coach", "Actress",
    "Champion"), as headlines and sentence openings capitalise it."""
    word = _POSSESSIVE_RE.sub("", text).strip()
    if " " in word:
        return False
    return (
        describing_word(word)  # (not "GM" alone: General Motors)
        or (word.lower() in _ROLES_AND_TITLES and word.lower() not in WORD_SURNAMES)
    )


def _common_words(
    mentions: list[Mention], texts: Mapping[str, str], names: Mapping[str, set[str]]
) -> frozenset[str]:
    """One-word names tagged PERSON that the story also writes in lower case, as a
    common word ("Rice production" at the head of a sentence beside "rice"; "Jam has
    always seemed" beside "jam"), and never writes as a person ("Mr. X", "X said", "X,
    who"), nor as part of a person named in full.  Their PERSON mentions make no
    entity."""
    out = set()
    joined = "\n".join(texts.values())
    for surface in {m.text for m in mentions if m.label == "PERSON"}:
        word = _POSSESSIVE_RE.sub("", surface)
        key = entity_key(word)
        if " " in key or not word.isalpha() or not word[:1].isupper() or word.isupper():
            continue
        if key in names or not re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", joined):
            continue
        if not _cued_as_person(word, texts):
            out.add(key)
    return frozenset(out)


def _story_surnames(mentions: list[Mention], texts: Mapping[str, str]) -> list[Mention]:
    """Add a PERSON mention wherever a surname of someone named in full anywhere in the
    story stands alone in another article ("Gibbs said" where the model tagged
    nothing)."""
    surnames = person_surnames(mentions)
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    out: list[Mention] = []
    for article in by_article.keys() | texts.keys():
        ms, text = by_article.get(article, []), texts.get(article)
        out.extend(propagate_surnames(text, ms, article, surnames) if text else ms)
    return sorted(out, key=lambda m: (m.article, m.start, m.end))


def _people_tagged_otherwise(
    mentions: list[Mention], texts: Mapping[str, str] | None = None
) -> list[Mention]:
    """A full name the model tagged as an organisation, place or facility ("Paul Riva"
    ORG, "Madeline Kafoury" LOC) that the story also tags as a person is that person,
    when the story shows it is someone: the full name tagged PERSON twice, or its
    surname alone once.  A full name never tagged PERSON ("Lennox Lewis" ORG at each
    of its seven occurrences) is a person when its surname alone is one (tagged
    PERSON at least as often as otherwise, or, after a given name the ``nicknames``
    table knows, never tagged ORG and written as a person's: "Nunes said" beside
    "Amanda Nunes" ORG; or given an age somewhere: "Braun, 38 –" beside "Scooter
    Braun" ORG; the surname of no other full name), it
    has a person's shape (``_person_shaped``) and something shows a person: a person
    cue at one of its occurrences ("X said", "Mr. X"), its given name alone
    elsewhere in the story ("Lennox") or a given name the ``nicknames`` table knows.
    An organisation named after someone ("Walt Disney", "Disney" ORG) keeps its kind:
    its surname alone is not a person.  A full name never tagged PERSON that
    ``same_person_name`` fits to a full name of two parts or more the story shows is a
    person (tagged PERSON twice, or its surname alone) is a person too, with a person's
    shape ("Bettie Mae Page" ORG, "Bettie Page"; "Hugh Heffner's" ORG, "Hugh Hefner"),
    even when another full name shares its surname.  A given name with that surname
    and nothing else ("Mo Cheeks" beside "Maurice Cheeks", no nickname of it known)
    stays as tagged: as a second person it would split the surname alone between the
    two."""
    person_tags: Counter[str] = Counter()
    lone: Counter[str] = Counter()
    lone_other: Counter[str] = Counter()
    lone_org: Counter[str] = Counter()  # the word alone tagged as a body ("Disney" ORG)
    lone_words: set[str] = set()
    written_as: dict[str, str] = {}  # a full name tagged PERSON, as written once
    for m in mentions:
        key = entity_key(m.text)
        if m.label == "PERSON":
            if " " in key:
                person_tags[key] += 1
                written_as.setdefault(key, m.text)
            else:
                lone[key] += 1
        elif " " not in key and m.label in _NAME_KIND_LABELS:
            lone_other[key] += 1
            lone_org[key] += m.label == "ORG"
        if " " not in key and m.label in ("PERSON", "ORG", "NORP"):
            lone_words.add(key)  # a given name alone ("Lennox"), not a place
    if not person_tags and not lone:
        return mentions
    surnames: Counter[str] = Counter(k.split()[-1] for k in person_tags)
    # full names of two parts or more the story shows are people, as written once
    known = [
        k
        for full, written in written_as.items()
        if (person_tags[full] >= 2 or full.split()[-1] in lone)
        and len((k := name_key(written)).parts) > 1
    ]

    @cache
    def a_person(name: str) -> bool:  # once a name, not once a mention
        if _NOT_A_PERSON_TAIL_RE.search(name):
            return False
        key = entity_key(name)
        words = key.split()
        n = person_tags[key]
        if n:
            return n >= 2 or words[-1] in lone
        # never tagged PERSON
        if len(words) < 2 or not _person_shaped(name):
            return False
        own = name_key(name)
        if any(same_person_name(own, k) for k in known):
            return True  # "Bettie Mae Page" ORG beside "Bettie Page", a person
        return (
            (
                lone[words[-1]] >= max(1, lone_other[words[-1]])
                # or, with a given name the nicknames table knows, a surname never
                # tagged a body that the story writes as a person's ("Nunes said"
                # beside "Amanda Nunes" ORG; "Human Rights Watch said" is no person's)
                or (
                    words[0] in known_given_names()
                    and not lone_org[words[-1]]
                    and _cued_as_person(re.sub(r"['’]s$", "", name).split()[-1], texts)
                )
                # or a surname given an age ("Braun, 38 – who reps …"), which no body
                # named after someone is
                or _aged(re.sub(r"['’]s$", "", name).split()[-1], texts)
            )
            and not surnames[words[-1]]
            and (
                words[0] in lone_words
                or words[0] in known_given_names()
                or _cued_as_person(name, texts)
            )
        )

    return [
        _without_article(Mention(m.article, m.start, m.end, m.text, "PERSON"))
        if m.label in _NAME_KIND_LABELS and m.label != "PERSON" and a_person(m.text)
        else m
        for m in mentions
    ]


_LEADING_ARTICLE_RE = re.compile(r"^[Tt]he\s+(?=[A-Z])")


def _without_article(m: Mention) -> Mention:
    """A person's mention without the article an organisation's span kept ("the Mary
    Steenburgen of it all", tagged ORG): a person's name never starts with "the"."""
    cut = _LEADING_ARTICLE_RE.match(m.text)
    if cut is None:
        return m
    return Mention(m.article, m.start + cut.end(), m.end, m.text[cut.end() :], m.label)


# the last word of an institution's name that no person's name ends with ("Surrey Police",
# "Interior Ministry"; not "hall" or "park": "Arsenio Hall", "Chan-wook Park")
_INSTITUTION_TAIL_RE = re.compile(
    r"(?i)\S\s+(?:police|department|ministry|council|committee|commission|agency|bureau|fire"
    # a business by its trade ("Crowley Petroleum", "Valley Dairy", "Orlin Bank")
    r"|petroleum|dairy|creamery|bank|oil|energy|motors|airlines|airways|insurance|pharmacy"
    r"|pharmaceuticals|communications|entertainment|studios|distributors|industries"
    r"|enterprises|construction|logistics|shipping|securities|realty|brewery|winery|bakery"
    r"|electric|electronics|steel|chemicals?|textiles?|mining|telecom|software"
    r"|county\s+sheriff)\.?$"  # "L. A. County Sheriff's": the department
)
# a street or road by name ("Snyder Ave.", "Harbour Road", "115th St.")
_STREET_TAIL_RE = re.compile(
    r"\S\s+(?:St|Ave|Av|Blvd|Rd|Hwy|Pkwy|Street|Avenue|Road|Boulevard|Highway|Parkway"
    r"|Drive)\.?$"
)
# a building or site by name ("Karl Marx Theater", "Kessler Stadium"); not the words
# that are surnames too ("Arsenio Hall", "Frank Church", "John Tower")
_FACILITY_TAIL_RE = re.compile(
    r"\S\s+(?:Theater|Theatre|Stadium|Arena|Airport|Cathedral|Mosque|Synagogue|Temple"
    r"|Memorial|Monument|Plaza|Square)\.?$"
)
# a building or a venue tagged ORG by its last word ("Calgary Municipal Building",
# "Grandview Heights Library", "the Cloverdale Sport and Ice Complex")
_VENUE_TAIL_RE = re.compile(
    r"\S\s+(?:Building|Library|Complex|Stadium|Arena|Airport|Memorial|"
    r"Monument|Plaza|Courthouse|Cemetery)\.?$"
)
_ROMAN_RE = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|JR|SR)")
_NUMBERED_STREET_RE = re.compile(r"\d+(?:st|nd|rd|th)\s+(?:St|Ave|Street|Avenue|Road|Rd)\.?")


# a place's name before the noun of a part of it ("the Florissant campus", "the Queens
# area"): no person's
_PLACE_NOUN_AFTER_RE = re.compile(
    r"\s+(?:campus|area|suburb|suburbs|neighborhood|neighbourhood|district|region|county|"
    r"valley|township|borough|waterfront|outskirts)\b"
)


def _full_name_words(mentions: list[Mention], besides: Collection[str] = ()) -> set[str]:
    """The words (folded) of the names of two words or more tagged PERSON, but those in
    ``besides``: a name a person of the story bears."""
    return {
        w.casefold()
        for m in mentions
        if m.label == "PERSON" and len(m.text.split()) > 1 and m.text not in besides
        for w in m.text.split()
    }


def _places_before_place_nouns(mentions: list[Mention], texts: Mapping[str, str]) -> list[Mention]:
    """A one-word name tagged PERSON, written "the X campus" / "the X area", is a place
    ("at the Florissant campus of St. Louis Community College"), unless a person of the
    story bears it as a name."""
    names = _full_name_words(mentions)
    out = []
    for m in mentions:
        text = texts.get(m.article, "")
        if (
            m.label == "PERSON"
            and len(m.text.split()) == 1
            and m.text.casefold() not in names
            and _PLACE_NOUN_AFTER_RE.match(text, m.end)
            and _THE_BEFORE_RE.search(text, max(0, m.start - 6), m.start)
        ):
            m = Mention(m.article, m.start, m.end, m.text, "GPE")
        out.append(m)
    return out


# a settlement's or a division's noun before "of" and a name ("the port city of Bandar
# Abbas", "the villages of Tonban"), or after a name ("Hormozgan province")
_PLACE_OF_BEFORE_RE = re.compile(
    r"\b(?i:city|town|village|villages|province|county|district|port|suburb|island|hometown|"
    r"capital|area|region|state|governorate|emirate|"
    r"(?:north|south|east|west)(?:\s*-?\s*(?:east|west))?)\s+of\s+$"
)
_PLACE_OF_NAME_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?:City|Town|Village|County|Province|District)\s+of\s+(?P<name>[A-Z].*)$"
)
_PLACE_KIND_AFTER_RE = re.compile(
    r"\s+(?:province|Province|county|island|Island|police|man|woman|resident|residents|"
    r"native|mayor|area|neighbou?rhood|suburb|borough|township|riding|constituency|ward)"
    r"\b(?![-'’])"
)


# the last words of a body's name, not a place's ("School Board", not "National Park")
_BODY_TAILS = ORGISH_NAME_WORDS - frozenset(
    "park square street avenue road bridge tower plaza hall building airport station "
    "highway arena stadium centre center church".split()
)


# a locative preposition before a name ("in Nanaimo", "near Woodburn", "through Medicine
# Hat"), or a list it opens ("in Edmonton, Calgary, Brooks and Medicine Hat"), or places
# named by example ("municipalities like Nanaimo"); not "at", "to" or "from", which
# people and events take as often as places ("directed at Davis", "learned from
# Columbine"); no month or weekday opens the list ("In January, Toyota recalled")
_MONTHS_AND_DAYS = (*calendar.month_name[1:], *WEEKDAYS)
_LIST_ITEM = rf"(?!(?:{'|'.join(_MONTHS_AND_DAYS)})\b)(?:[A-Z][\w.'’-]*\s+){{0,2}}[A-Z][\w.'’-]*"
_PLACE_IN_BEFORE_RE = re.compile(
    r"(?:\b(?i:in|near|outside|throughout|through|across|around)"
    r"|\b(?i:cities|towns|villages|municipalities|communities|places)\s+(?:like|such\s+as))"
    rf"\s+(?:{_LIST_ITEM}(?:,\s+|,?\s+and\s+)){{0,6}}$"
)
# the items of a list that a plural settlement's or division's noun and "of" open ("the
# provinces of Al Haouz, Ouarzazate and Taroudant", "the coastal cities of Rabat,
# Casablanca and Essaouira")
_PLACES_OF_LIST_RE = re.compile(
    r"\b(?i:cities|towns|villages|provinces|counties|districts|regions|states|governorates|"
    r"municipalities|islands|ports|suburbs)\s+of\s+"
    rf"(?:{_LIST_ITEM}(?:,\s+|,?\s+and\s+)){{0,8}}$"
)
# "a stake in Santander", "shares in Nokia": a company, not a town
_HOLDING_BEFORE_RE = re.compile(
    r"\b(?i:stakes?|shares?|invest(?:ed|ing|ment|ments|s)?|interests?|holdings?|"
    r"positions?)\s+in\s+$"
)
# what follows a body's or a person's name, never a town's: "a stake in Mesa ... Mesa
# said", "Mesa shareholders", "Santander declined to comment", "Toyota recalled"
_NOT_A_TOWN_AFTER_RE = re.compile(
    rf"{_SAID_AFTER}|\s+(?:shareholders|shares|stock|Inc|Corp|Ltd|declined|announced|"
    r"reported|recalled|raised|posted|agreed|denied|confirmed|launched|sold|bought|acquired|"
    r"hired|fired|plans|planned)\b"
)
_POSSESSIVE_AFTER_RE = re.compile(r"['’](?:s\b|(?=\s|$))")  # "in Taylor's case", "Davis' plan"


def _places_by_description(mentions: list[Mention], texts: Mapping[str, str]) -> list[Mention]:
    """A name the story introduces as a place ("the port city of Bandar Abbas", "her
    hometown of Wasilla", "35 miles southwest of Bandar Abbas", "the local government
    area of Yobe", "the state of Kogi", "Hormozgan province",
    "the Nenana area", "the City of Surrey", "Edmonton police", "a Halifax man"), or
    a known place name (:func:`place_names`) it writes after "in", "near", "outside",
    "through" ..., in a list such a word opens or after "municipalities like" ("a
    Waitrose store in Surrey", "rallies in Edmonton, Red Deer and Medicine Hat") and
    never with a body's words after it ("Mesa said", "Mesa shareholders"), is a place
    wherever the tagger called it a person or an organisation, unless a person of the
    story bears it in a full name (a word of it, for a one-word name: "Washington"
    beside "Denzel Washington"; the whole name, for a longer one: "Bandar Abbas" beside
    "Abbas Jazayeri" is a port)."""
    places: set[str] = set()
    located: set[str] = set()  # known place names after "in", "near" ...
    not_towns: set[str] = set()
    for m in mentions:
        if m.label not in ("PERSON", "ORG", "GPE", "LOC"):
            continue
        text = texts.get(m.article, "")
        if (
            _PLACE_OF_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
            or _PLACE_KIND_AFTER_RE.match(text, m.end)
            or _PLACES_OF_LIST_RE.search(text, max(0, m.start - 160), m.start)
        ):
            places.add(m.text)
        if of := _PLACE_OF_NAME_RE.match(m.text):  # "the City of Surrey" tagged as one
            places.add(of.group("name"))
        if _NOT_A_TOWN_AFTER_RE.match(text, m.end):
            not_towns.add(m.text)
        elif (
            m.label != "GPE"
            and not _POSSESSIVE_AFTER_RE.match(text, m.end)
            and _PLACE_IN_BEFORE_RE.search(text, max(0, m.start - 120), m.start)
            and not _HOLDING_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
        ):
            located.add(m.text)
    places |= {n for n in located - not_towns if n in place_names()}
    # a country's name is a place wherever it stands, even where it acts ("Mali
    # announced Thursday", where "Mesa said" keeps a town a body), unless a person
    # bears it ("Mali" tagged a person four times in one story)
    places |= {m.text for m in mentions if m.label in ("PERSON", "ORG")} & country_names()
    names = _full_name_words(mentions, places)
    # a place of two words or more is a person's only when a person's name holds it
    # whole ("Bandar Abbas" stays a port beside "Abbas Jazayeri")
    people = " | ".join(
        m.text.casefold() for m in mentions if m.label == "PERSON" and m.text not in places
    )
    out = []
    for m in mentions:
        if (
            m.label in ("PERSON", "ORG")
            and m.text in places
            and m.text.split()[-1].casefold() not in _BODY_TAILS  # "the School Board area"
            and (
                m.text.casefold() not in people if " " in m.text else m.text.casefold() not in names
            )
        ):
            m = Mention(m.article, m.start, m.end, m.text, "GPE")
        out.append(m)
    return out


# a work's noun before its title ("the film Catching Fire", "the sequel, Catching
# Fire", "the movie “Ted”") or after it ("the Hunger Games sequel")
_WORK_BEFORE_RE = re.compile(
    rf"\b(?:{WORK_TITLE_NOUNS}|sequel|prequel|blockbuster|adaptation)(?:,\s*|\s+)[\"“‘']?\s*$"
)
# (not "film" or "franchise" after a name: "the Lionsgate franchise" is the studio's)
_WORK_AFTER_RE = re.compile(r"(?:\s*[\"”])?\s+(?:sequels?|prequel|trilogy|saga|soundtrack)\b")


_QUOTED_AROUND_RE = re.compile(r"\s?[\"”’]")
_SPEAKS_AFTER_RE = re.compile(rf"^(?:{_SAID_AFTER}|,\s+who\b)")


def _works_by_description(mentions: list[Mention], texts: Mapping[str, str]) -> list[Mention]:
    """A name the story writes as a work's title twice or more ("the film Catching
    Fire", "the Hunger Games sequel"), or, when the story names it nowhere else, once
    in quotation marks ("the film “Home Alone”"), is that work (WORK_OF_ART, listed as
    no person or organisation) wherever the tagger called it something else, unless it is a
    person's name: one the story has speak or titles ("Page said", "Mr. Page"), or one
    opening with a given name ("Suzanne Collins' trilogy")."""
    cued: Counter[str] = Counter()
    seen: Counter[str] = Counter()  # every mention of the name
    quoted: set[str] = set()
    personal: set[str] = set()
    for m in mentions:
        text = texts.get(m.article, "")
        seen[entity_key(m.text)] += 1
        if _WORK_BEFORE_RE.search(text, max(0, m.start - 30), m.start) or _WORK_AFTER_RE.match(
            text, m.end
        ):
            cued[entity_key(m.text)] += 1
            if _QUOTED_AROUND_RE.match(text[m.end : m.end + 2]) and re.search(
                r"[\"“‘]\s?$", text[max(0, m.start - 2) : m.start]
            ):
                quoted.add(entity_key(m.text))  # "the film “Home Alone”": once is enough
        if _SPEAKS_AFTER_RE.match(text[m.end : m.end + 30]) or _PERSON_BEFORE_RE.search(
            text, max(0, m.start - 12), m.start
        ):
            personal.add(entity_key(m.text))
    works = {
        n
        for n, k in cued.items()
        if (k >= 2 or (n in quoted and k == seen[n]))
        and n not in personal
        and n.split()[0] not in known_given_names()
    }
    return [
        Mention(m.article, m.start, m.end, m.text, "WORK_OF_ART")
        if entity_key(m.text) in works and m.label in ("PERSON", "ORG", "FAC", "GPE", "LAW")
        else m
        for m in mentions
    ]


_AND_RE = re.compile(r"^(?P<left>.+?)(?P<sep>\s+(?:and|&)\s+|,\s+)(?P<right>[A-Z].*)$")


def _pairs_split(mentions: list[Mention]) -> list[Mention]:
    """A mention that joins two names the story writes apart ("the Nationals and
    Orioles", "Locke and Salazar", "Zainabieh and Koohi", "People, Reid") is two
    mentions, each with the kind the story gives it alone; a name with "and" in it
    that the story writes whole twice or more ("the Fish and Wildlife Service") stays
    whole.  A part
    counts as written apart when another mention is that name, ends with it ("the
    Baltimore Orioles"), or names a person in full with it as a surname."""
    keys: dict[str, str] = {}
    ends: dict[str, str] = {}
    for m in mentions:
        if _AND_RE.match(m.text):
            continue
        k = entity_key(m.text)
        keys.setdefault(k, m.label)
        words = k.split()
        for i in range(1, len(words)):
            ends.setdefault(" ".join(words[i:]), m.label)

    def label_of(part: str) -> str | None:
        k = entity_key(part)
        return keys.get(k) or ends.get(k)

    whole = Counter(entity_key(m.text) for m in mentions)
    out = []
    for m in mentions:
        hit = _AND_RE.match(m.text)
        if (
            hit is None
            or m.label not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
            or whole[entity_key(m.text)] > 1  # "the Fish and Wildlife Service", again
        ):
            out.append(m)
            continue
        left, right = hit.group("left"), hit.group("right")
        a, b = label_of(left), label_of(right)
        if a is None or b is None or " and " in right or ", " in right:
            out.append(m)
            continue
        lead = len(left) - len(left.lstrip())
        rs = m.start + hit.start("right")
        out.append(Mention(m.article, m.start + lead, m.start + len(left), left.strip(), a))
        out.append(Mention(m.article, rs, m.end, right, b))
    return out


def _institutions_tagged_as_people(mentions: list[Mention]) -> list[Mention]:
    """A name of two words or more tagged PERSON whose last word names an institution
    ("Surrey Police", "Justice Department") or a trade ("Crowley Petroleum"), or in
    initials ("Surrey-Guildford LRT"), is an organisation, and one tagged ORG ending in
    a venue's word ("Calgary Municipal Building", "Grandview Heights Library") a
    facility; one ending in a building's or site's word ("Karl Marx Theater") a
    facility (an institution's, "Verhoek Clinic", is left to the story's votes); one
    ending in a street's word ("Snyder Ave.", "Harbour Road"), or a
    numbered street the model tags as an organisation ("115th St."), is a place."""
    out = []
    for m in mentions:
        name = _unpossessive(m.text.strip())
        last = name.split()[-1] if name.split() else ""
        if m.label == "PERSON" and (
            _INSTITUTION_TAIL_RE.search(name)
            # "Surrey-Guildford LRT": a name ending in initials is no person's
            or (
                " " in name
                and len(last) >= 2
                and last.isupper()
                and last.isalpha()
                and not _ROMAN_RE.fullmatch(last)
                and last.lower() not in SUFFIXES  # "Nia Whitcombe KC": a barrister
                and not name.isupper()
            )
        ):
            m = Mention(m.article, m.start, m.end, m.text, "ORG")
        elif (m.label == "ORG" and _VENUE_TAIL_RE.search(name)) or (
            m.label == "PERSON" and _FACILITY_TAIL_RE.search(name)
        ):
            m = Mention(m.article, m.start, m.end, m.text, "FAC")
        elif (m.label == "PERSON" and _STREET_TAIL_RE.search(name)) or (
            m.label == "ORG" and _NUMBERED_STREET_RE.fullmatch(name)
        ):
            m = Mention(m.article, m.start, m.end, m.text, "LOC")
        out.append(m)
    return out


def _given_names_tagged_otherwise(mentions: list[Mention]) -> list[Mention]:
    """A one-word name tagged as an organisation or a group ("Lennox" ORG) that is the
    given name of exactly one person named in full in its article ("Lennox Lewis"),
    whose surname the story tags PERSON alone ("Lewis"), and no part of another
    person's name in the story, is that person's given name."""
    given: dict[str, set[str]] = defaultdict(set)  # article -> given names of its people
    firsts: Counter[str] = Counter()
    other_parts: set[str] = set()
    for key in {entity_key(m.text) for m in mentions if m.label == "PERSON"}:
        words = key.split()
        if len(words) > 1:
            firsts[words[0]] += 1
        other_parts.update(words[1:] if len(words) > 1 else words)
    lone = {entity_key(m.text) for m in mentions if m.label == "PERSON" and " " not in m.text}
    for m in mentions:
        words = entity_key(m.text).split()
        if m.label == "PERSON" and words[-1] in lone and _person_shaped(m.text):
            given[m.article].add(words[0])  # "Lennox Lewis", with "Lewis" a person alone
    out = []
    for m in mentions:
        key = entity_key(m.text)
        if (
            m.label in ("ORG", "NORP")
            and key in given[m.article]
            and firsts[key] == 1
            and key not in other_parts
            and _NAME_PART_RE.fullmatch(m.text)
        ):
            m = Mention(m.article, m.start, m.end, m.text, "PERSON")
        out.append(m)
    return out


_NAME_KIND_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# lower-case words inside a name ("Vincent van Gogh", "Osama bin Laden")
_PARTICLES = frozenset(
    "de da di do dos das du del della der den van von le la bin ibn bint al el ben abu y e "
    "ter ten zu".split()
)


def _described_people(
    mentions: list[Mention], texts: Mapping[str, str] | None = None
) -> tuple[list[Mention], dict[tuple[str, int, int], str]]:
    """A mention whose words are a description, then the full name of someone the story
    tags PERSON ("the American Hasim Rahman" ORG, "unbeaten Russian Alexander Povetkin"
    PERSON, "former champion Lennox Lewis") is a mention of that person under the plain
    name, its span unchanged.  A describing word is a lower-case word (no name particle:
    "van", "bin"), a capitalised stop word ("The", "Former"), a descriptor
    ("Champion", "Comedian") or a nationality the story tags NORP on its own
    ("American"), that is no part of a person's name ("Klitschko" NORP) and no given
    name; after an office "of" (``texts``: "Secretary of the Interior Ken Salazar",
    tagged "the Interior Ken Salazar" ORG), any capitalised word, the rest of the
    office.  Returns the mentions, the plain name as their text, and the text as
    written of each one changed (by article, start, end)."""
    people = {entity_key(m.text) for m in mentions if m.label == "PERSON" and " " in m.text.strip()}
    if not people:
        return mentions, {}
    name_words: dict[str, set[str]] = defaultdict(set)  # word -> people's names using it
    for person in people:
        for w in person.split():
            name_words[w].add(person)
    nationalities = {
        m.text.strip()
        for m in mentions
        if m.label == "NORP" and _NAME_PART_RE.fullmatch(m.text.strip())
    }

    def describes(word: str, own: str, office: bool) -> bool:
        folded = word.casefold()
        if name_words.get(folded, set()) - {own} or folded in known_given_names():
            return False
        if re.fullmatch(r"[a-z][a-z-]*", word):
            return folded not in _PARTICLES
        return word[:1].isupper() and (
            office or folded in STOP_WORDS or describing_word(word) or word in nationalities
        )

    out: list[Mention] = []
    written: dict[tuple[str, int, int], str] = {}
    for m in mentions:
        words = list(re.finditer(r"\S+", m.text)) if m.label in _NAME_KIND_LABELS else []
        own = entity_key(m.text)
        text = (texts or {}).get(m.article, "")
        # only read for a name of three words or more (the loop below)
        office = len(words) > 2 and bool(_OFFICE_OF_RE.search(text, max(0, m.start - 30), m.start))
        for k in range(1, len(words) - 1):
            if not describes(words[k - 1].group(), own, office):
                break
            rest = m.text[words[k].start() :].strip()
            if (
                entity_key(rest) in people
                and _person_shaped(rest)
                and any(w.group().casefold() not in STOP_WORDS for w in words[:k])
            ):  # not "the" alone: "the Matanuska Maid" (a dairy the model took for a person)
                written[(m.article, m.start, m.end)] = m.text
                m = Mention(m.article, m.start, m.end, rest, "PERSON")
                break
        out.append(m)
    return out, written


# an office named by what it is "of", right before a mention: "Secretary of [the Interior
# Ken Salazar]", "Minister of the [Environment Ana Lind]"
_OFFICE_OF_RE = re.compile(
    r"\b(?:Secretary|Minister|Director|Commissioner|Chancellor|Ambassador|Administrator)"
    r"\s+of\s+(?:the\s+)?$"
)


def _name_ends(mentions: list[Mention], written: dict[tuple[str, int, int], str]) -> list[Mention]:
    """A name of two words or more that ends exactly one full name of more words, one
    the story tags PERSON twice or more ("Boone Isaacs" ORG, "Cheryl Boone Isaacs": a
    double surname), is a mention of that person under the full name, whatever its
    label; its span stays as tagged and its words as written go in ``written`` (by
    article, start, end).  Not when it has no person's shape (``_person_shaped``) or
    opens with a given name ("Ann Smith" may be another than "Mary Ann Smith"): one of
    the ``nicknames`` table or one a full name tagged PERSON opens with (not "Boone
    Isaacs" itself, the end of a longer name)."""
    tags: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        key = entity_key(m.text)
        if m.label == "PERSON" and " " in key:
            tags[key] += 1
            forms[key][_unpossessive(m.text.strip())] += 1
    fulls = [f.split() for f, n in tags.items() if n >= 2 and f.count(" ") > 1]
    if not fulls:
        return mentions

    def ends(words: list[str]) -> list[list[str]]:
        return [f for f in fulls if len(f) > len(words) and f[-len(words) :] == words]

    # the given names of the story's people, not counting the end of a longer name
    firsts = {k.split()[0] for k in tags if not ends(k.split())}
    out = []
    for m in mentions:
        words = entity_key(m.text).split()
        if (
            m.label in _NAME_KIND_LABELS
            and len(words) > 1
            and words[0] not in firsts
            and words[0] not in known_given_names()
            and _person_shaped(m.text)
            and len(fits := ends(words)) == 1
        ):
            form = forms[" ".join(fits[0])].most_common(1)[0][0]
            written.setdefault((m.article, m.start, m.end), m.text)
            m = Mention(m.article, m.start, m.end, form, "PERSON")
        out.append(m)
    return out


_NAME_PART_RE = re.compile(r"[A-Z][a-z][\w'’-]*")


def _person_shaped(name: str) -> bool:
    """Two or three capitalised words, none of them a stop word, a generic word of an
    institution ("Police", "News", "Center") or a newspaper's word ("Times")."""
    words = re.sub(r"['’]s$", "", name.strip()).split()
    if not 2 <= len(words) <= 3 or not all(_NAME_PART_RE.fullmatch(w) for w in words):
        return False
    folded = {w.casefold() for w in words}
    if _NOT_A_PERSON_TAIL_RE.search(name.strip()):
        return False  # "Tony Awards"
    return not folded & (_GENERIC_ORG_WORDS | _GENERIC_TAILS | _PAPER_WORDS | _HEADS | _STOP)


def _cued_as_person(name: str, texts: Mapping[str, str] | None) -> bool:
    """Do the words around one of ``name``'s occurrences show a person ("X said",
    "Mr. X", "X, who", "X, 45,", "X ... he")?"""
    return bool(texts) and any(
        _PERSON_BEFORE_RE.search(before) or _PERSON_CUE_AFTER_RE.search(after)
        for before, after in _around(name, texts or {})
    )


# an age right after a name: "Braun, 38 – who reps …", "Ray, 41, said"
_AGED_RE = re.compile(r"^,\s+\d{1,3}\s*(?:,|[–—]|-\s)")


# a place a person is "of", whose name the person's age follows ("Chuck Schumer of New
# York, 66,")
_OF_PLACE_RE = re.compile(r"\bof\s+(?:[A-Z][\w.'’-]*\s+)*$")


def _aged(name: str, texts: Mapping[str, str] | None) -> bool:
    """Is ``name`` given an age at one of its occurrences (not a place a person is
    "of")?"""
    return bool(texts) and any(
        _AGED_RE.search(after) and not _OF_PLACE_RE.search(before)
        for before, after in _around(name, texts or {})
    )


def _around(name: str, texts: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """The 20 characters before and after each occurrence of ``name`` in the story."""
    pattern = re.compile(r"(?<![\w#@])" + re.escape(name) + r"(?![\w])")
    for text in texts.values():
        for hit in pattern.finditer(text):
            yield text[max(0, hit.start() - 20) : hit.start()], text[hit.end() : hit.end() + 20]


_PERSON_CUE_AFTER_RE = re.compile(
    rf"^(?:{_SAID_AFTER}|,\s+(?:who|\d{{1,3}}\s*(?:,|[–—]|-\s))|"
    r"\s+(?:,\s*)?(?:he|she)\s+(?:said|says|was|is|has|had)\b)"
)


_INTO_RE = re.compile(
    r"\b(?:at|into|left|leave|leaves|leaving|entered|enter|enters|entering)\s+$", re.IGNORECASE
)
# weaker cues, for a name the story never writes as a person's ("X said", "X's husband")
_TO_RE = re.compile(r"\b(?:to|in|from|of)\s+$", re.IGNORECASE)
_HEADS = frozenset(
    "center centre clinic hospital institute foundation library museum school college "
    "university airport stadium arena hall theater theatre prison".split()
)
# the last word of a name that is no person's ("Tony Awards", "Walton Family")
_NOT_A_PERSON_TAILS = _HEADS | frozenset(
    """tower building street avenue road park award awards prize act company group inc corp
    fund trust family show food foods advisors partners associates brothers bros""".split()
)
_NOT_A_PERSON_TAIL_RE = re.compile(r"(?i)\s(?:" + "|".join(sorted(_NOT_A_PERSON_TAILS)) + r")\.?$")


def _places_named_for_people(
    mentions: list[Mention], texts: Mapping[str, str]
) -> tuple[list[Mention], dict[GroupKey, set[GroupKey]]]:
    """A person's name used for the institution named after them, where the story
    names it in full ("checked into Betty Ford" with "the Betty Ford Center"
    elsewhere): after "at", "into", "left" ..., it takes that institution's label.
    Also returns, for each such name's group, the groups of the institutions it
    stands for (to be merged with it)."""
    heads: dict[str, list[tuple[str, GroupKey]]] = defaultdict(list)
    for m in mentions:
        words = m.text.split()
        if m.label in ("ORG", "FAC") and len(words) >= 3 and words[-1].casefold() in _HEADS:
            group = (KINDS[m.label], entity_key(m.text), "")
            heads[entity_key(" ".join(words[:-1]))].append((m.label, group))
    stands_for: dict[GroupKey, set[GroupKey]] = defaultdict(set)
    if not heads:
        return mentions, stands_for
    people = {  # of the names that are also an institution's: the ones written as people
        key
        for m in mentions
        if m.label == "PERSON"
        and (key := entity_key(m.text)) in heads
        and _written_as_person(m, texts)
    }
    out: list[Mention] = []
    for m in mentions:
        # a full name, not a possessive: "at Clinton" may be a jab at the person
        if (
            m.label == "PERSON"
            and " " in m.text.strip()
            and not m.text.endswith(("'s", "’s"))
            and (found := heads.get(key := entity_key(m.text)))
        ):
            text = texts.get(m.article, "")
            before = text[max(0, m.start - 12) : m.start]
            if _INTO_RE.search(before) or (key not in people and _TO_RE.search(before)):
                label = found[0][0]
                m = Mention(m.article, m.start, m.end, m.text, label)
                stands_for[(KINDS[label], key, "")] |= {g for _, g in found}
        out.append(m)
    return out, stands_for


def _written_as_person(m: Mention, texts: Mapping[str, str]) -> bool:
    """Do the words around ``m`` show a person ("Mr. X", "X said", "X's husband")?"""
    text = texts.get(m.article, "")
    before, after = text[max(0, m.start - 20) : m.start], text[m.end : m.end + 20]
    if m.text.endswith(("'s", "’s")):
        after = " " + after.lstrip()  # "X's husband": the noun right after
        return bool(re.match(r"^\s+[a-z]", after))
    return bool(_PERSON_BEFORE_RE.search(before) or _PERSON_AFTER_RE.search(after))


_SPELLINGS = {"&": "and", "centre": "center", "centres": "centers", "theatre": "theater",
              "defence": "defense", "organisation": "organization", "labour": "labor",
              "programme": "program", "harbour": "harbor", "councillor": "councilor"}  # fmt: skip
# a site's name with its domain ("politico.com", "polygraph.info"): the name alone
_SITE_RE = re.compile(r"([a-z][\w-]+)\.(?:com|org|net|info|co\.uk|com\.au)")
# a company's legal form, written out or abbreviated, as the last word of its name
_LEGAL_FORMS = {"corporation": "corp", "corp.": "corp", "incorporated": "inc", "inc.": "inc",
                "limited": "ltd", "ltd.": "ltd", "company": "co", "co.": "co"}  # fmt: skip
# words of institutions' generic names: a short form made only of them ("the Supreme
# Court", "Police Department") may be another body than the longer name it ends
_GENERIC_ORG_WORDS = frozenset(
    """national state federal supreme court police department ministry office council
    committee commission house senate assembly party union army force forces guard
    service services agency bureau board authority university college school hospital
    center centre institute foundation association society company group team club
    league city county general high district regional international treatment
    republican republicans democratic democrats conservative conservatives labour labor
    liberal liberals green greens socialist socialists""".split()
)


# an organisation's name less its generic last word ("CBS" of "CBS News", "TransCanada"
# of "TransCanada Corp.", "Staunton Police" of "the Staunton Police Department")
_GENERIC_TAILS = frozenset(
    "news inc corp corporation company co group network ltd llc plc holdings technologies "
    "department dept pc llp lp pllc".split()  # "P.C." reads "pc" (_spelled)
)
# what a company's name says of its trade, dropped when the company is named short
# ("Mesa" of "Mesa Airlines", "LIN" of "LIN Broadcasting", "Reed" of "Reed International
# PLC", "Home Nutritional" of "Home Nutritional Services")
_TRADE_TAILS = frozenset(
    """industries airlines airways broadcasting communications entertainment pictures
    enterprises motors foods maritime pharmaceuticals petroleum steel systems studios
    productions distributors distribution brands stores international services""".split()
)
# an armed force called by its branch alone ("the Navy" of "the Indian Navy"), when the
# story names one force of that branch
_FORCE_WORDS = frozenset("navy army marines".split())
# a newspaper called by its last word ("the Times" of "The New York Times")
_PAPER_WORDS = frozenset(
    """times post journal tribune herald globe guardian telegraph observer examiner
    chronicle gazette inquirer""".split()
)
_SHORT_BODY_WORDS = _PAPER_WORDS | _FORCE_WORDS  # a body's one word that names it alone
_WEEKDAYS = frozenset(d.lower() for d in WEEKDAYS)
_COUNTRY_INITIALS = {"us": "united states", "un": "united nations", "uk": "united kingdom"}


# initials written with spaces ("U. S. Fish"), read and shown as one word ("U.S. Fish")
_SPACED_INITIALS_RE = re.compile(r"\b([A-Za-z])\. (?=[A-Za-z]\.(?:\s|$))")


def _spelled(key: str) -> str:
    """An organisation's key with one spelling of each word ("centre" -> "center",
    "f.b.i." -> "fbi", and in a longer name "u.s." or "us" -> "united states")."""
    words = _SPACED_INITIALS_RE.sub(r"\1.", key).split()  # "u. s. fish": "u.s. fish"
    out = []
    for w in words:
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]\.?", w):
            w = w.replace(".", "")
        if len(words) > 1:
            w = _COUNTRY_INITIALS.get(w, w)
        out.append(_SPELLINGS.get(w, w))
    if len(out) > 1:  # "Sierra Nevada Corporation" and "Sierra Nevada Corp."
        out[-1] = _LEGAL_FORMS.get(out[-1], out[-1])
    if out and (site := _SITE_RE.fullmatch(out[-1])):  # "Politico.com" and "Politico"
        out[-1] = site.group(1)
    return " ".join(out)


def _squashed(words: tuple[str, ...]) -> str:
    """Words run together without plural endings or punctuation ("marshals service" ->
    "marshalservice", "co-operation" -> "cooperation")."""
    return "".join(_PLURAL_END_RE.sub("", re.sub(r"[^a-z0-9]", "", w)) for w in words)


# a word's plural ending: "-es" after s, x, z, ch, sh ("boxes", "classes"), else "-s" but
# not of "-ss" or "-us" ("services" -> "service", as "service"; "class", "status" stay)
_PLURAL_END_RE = re.compile(r"(?<=[a-z]{3})(?:(?<=[sxz])es|(?<=[cs]h)es|(?<![su])s)$")


def _countryless(g: GroupKey) -> tuple[str, str]:
    """A group's plain name without a leading "U.S." / "United States"."""
    kind, name = _plain_name(g)
    return kind, re.sub(r"^(?:united states|u\.?s\.?)\s+", "", name)


def _plain_name(g: GroupKey) -> tuple[str, str]:
    """A group's kind and name with one spelling of each word and no leading articles
    ("the The Associated Press" and "Associated Press" are one name)."""
    return g[0], re.sub(r"^(?:the\s+)+", "", _spelled(g[1]))


def _team_word(word: str) -> bool:
    """A plural that names a team by itself ("Angels", "Sox", "Nationals"), not a
    generic one ("Democrats", "Services")."""
    if re.fullmatch(r"\d{2}ers", word):
        return True  # "76ers", "49ers"
    return word.endswith(("s", "x")) and word not in _GENERIC_ORG_WORDS and word.isalpha()


# a country's or a province's other names in English-language news (each list: the
# names' keys as ``entity_key`` folds them); a place named by any of them is one place
_PLACE_NAMES: tuple[tuple[str, ...], ...] = (
    ("united states", "u.s.", "us", "usa", "u.s.a.", "america", "united states of america"),
    ("united kingdom", "u.k.", "uk", "britain", "great britain"),
    ("china", "people's republic of china", "prc"),
    ("north korea", "democratic people's republic of korea", "dprk"),
    ("south korea", "republic of korea"),
    ("russia", "russian federation"),
    ("united arab emirates", "uae", "u.a.e."),
    ("british columbia", "b.c."),
    ("nova scotia", "n.s."),
    ("new brunswick", "n.b."),
    ("ontario", "ont."),
    ("quebec", "que."),
    ("alberta", "alta."),
    ("saskatchewan", "sask."),
    ("prince edward island", "p.e.i."),
    ("newfoundland and labrador", "n.l."),
)
_PLACE_OF_NAME = {name: names[0] for names in _PLACE_NAMES for name in names}


def _union_by(
    groups: Mapping[GroupKey, list[Mention]],
    uf: UnionFind[GroupKey],
    key_of: Callable[[GroupKey], str | None],
) -> None:
    """Join the groups ``key_of`` gives one key (None: the group stays as it is)."""
    first: dict[str, GroupKey] = {}
    for g in groups:
        key = key_of(g)
        if key is None:
            continue
        if key in first:
            uf.union(first[key], g)
        else:
            first[key] = g


def _join_places(groups: Mapping[GroupKey, list[Mention]], uf: UnionFind[GroupKey]) -> None:
    """One place under any of its names (``_PLACE_NAMES``: "U.S.", "the United States",
    "America"; "B.C.", "British Columbia")."""
    _union_by(
        groups,
        uf,
        lambda g: _PLACE_OF_NAME.get(re.sub(r"^the\s+", "", g[1])) if g[0] == "place" else None,
    )


def _party_key(g: GroupKey) -> str | None:
    """A party's name without "Party" and its members' plural ("the Liberal Party",
    "Liberal", "Liberals": "liberal"), for a group or an organisation of one word or
    with "Party"."""
    if g[0] not in ("group", "organisation"):
        return None
    name = re.sub(r"^the\s+", "", g[1])
    stem = re.sub(r"\s+party$", "", name)
    if " " in stem:
        return None  # "Liberal Democrats"
    # (an organisation without "Party" of one word, "a Green" tagged ORG, joins only a
    # party the story names with it: ``_join_parties``)
    return stem[:-1] if stem.endswith("s") and not stem.endswith("ss") else stem


def _join_parties(groups: Mapping[GroupKey, list[Mention]], uf: UnionFind[GroupKey]) -> None:
    """A party, its members and its adjective are one ("the Conservative Party",
    "Conservatives", "Conservative"; "Green Party", "Greens"), for a name the story
    writes as a party."""
    parties = {k for g in groups if g[1].endswith(" party") and (k := _party_key(g))}
    _union_by(groups, uf, lambda g: k if (k := _party_key(g)) in parties else None)


def _join_organisations(groups: Mapping[GroupKey, list[Mention]], uf: UnionFind[GroupKey]) -> None:
    """Step 6 of the module docstring, on the union-find of the groups."""
    orgs = [g for g in groups if g[0] in ("organisation", "facility", "vessel")]
    words = {g: tuple(_spelled(g[1]).split()) for g in orgs}
    spelled: dict[tuple[str, tuple[str, ...]], list[GroupKey]] = defaultdict(list)
    for g in orgs:
        spelled[(g[0], words[g])].append(g)
    for same in spelled.values():
        for g in same[1:]:
            uf.union(same[0], g)
    # one name written with a word's plural, a space, a hyphen or an apostrophe more or
    # less ("Marshals Service" / "Marshal Service", "Trail Blazers" / "Trailblazers",
    # "Magistrates' Court", "Co-operation"): one, for names of two words or more
    _union_by(
        {g: [] for g in orgs if len(words[g]) > 1},
        uf,
        lambda g: g[0] + ":" + _squashed(words[g]),
    )
    _join_shortened(orgs, words, uf)
    _join_offices(orgs, words, uf)
    # every proper ending and every name less its last word, of each longer name
    ends: dict[tuple[str, tuple[str, ...]], set[GroupKey]] = defaultdict(set)
    heads: dict[tuple[str, tuple[str, ...]], set[GroupKey]] = defaultdict(set)
    for o in orgs:
        w = words[o]
        for k in range(1, len(w)):
            if w[k - 1] not in _WEEKDAYS:  # "The Sunday Times" is another paper than "The Times"
                ends[(o[0], w[k:])].add(o)
        # less its generic tail, word by word ("Waxman" of "Waxman Industries Inc.",
        # "Mesa" of "Mesa Airlines", "Warner" of "Warner Communications Inc.")
        k = len(w)
        while k > 1 and w[k - 1].rstrip(".") in _GENERIC_TAILS | _TRADE_TAILS:
            k -= 1
            heads[(o[0], w[:k])].add(o)
    # a chamber called by its word alone ("the House" of "the House of Representatives",
    # "the Senate" of "the U.S. Senate"), when the story names one such chamber
    for g in orgs:
        if g[0] == "organisation" and words[g] in (("house",), ("senate",)):
            word = words[g][0]
            found = {
                uf.find(o)
                for o in orgs
                if o != g
                and o[0] == "organisation"
                and len(words[o]) > 1
                and (
                    (word == "house" and words[o][:2] == ("house", "of"))  # not "Texas House"
                    or (word == "senate" and words[o] == ("united", "states", "senate"))
                )
            }
            if len(found) == 1:
                uf.union(g, found.pop())
    for g in orgs:
        short = words[g]
        if (len(short) >= 2 and set(short) - _GENERIC_ORG_WORDS) or (
            len(short) == 1
            and (
                short[0] in _SHORT_BODY_WORDS
                or _team_word(short[0])
                or g[0] == "vessel"  # "the Mysore" of "INS Mysore"
            )
        ):
            found = {uf.find(o) for o in ends.get((g[0], short), ())}
            if len(found) == 1:  # "the Red Sox" of "the Boston Red Sox", "the Times"
                uf.union(g, found.pop())
        found = {uf.find(o) for o in heads.get((g[0], short), ())}
        # not a generic name ("Police" of "the Police Department" may be another force)
        if len(found) == 1 and set(short) - _GENERIC_ORG_WORDS:  # "CBS" of "CBS News"
            uf.union(g, found.pop())


# a country named before or after a body's name ("United States Supreme Court",
# "Veterans Affairs Canada", "Supreme Court of Canada")
_COUNTRY_HEAD_RE = re.compile(r"^(?:the )?(?:united states|canadian|american|british) ")
_COUNTRY_TAIL_RE = re.compile(r" (?:of )?(?:the )?(?:canada|united states|america)$")
# a nationality adjective opening a body's name ("cuban", "iraqi", "chinese", "spanish")
_DEMONYM_RE = re.compile(r"[a-z]{3,}(?:an|ian|ese|ish|i)")
_NOT_DEMONYMS = frozenset({"republican", "christian", "roman", "urban", "libertarian"})
# words a body's name is written with or without ("Missouri State Highway Patrol",
# "Marine Corps Reserve")
_FILLER_WORDS = frozenset({"state", "corps", "national", "federal", "royal"})


def _join_shortened(
    orgs: list[GroupKey], words: Mapping[GroupKey, tuple[str, ...]], uf: UnionFind[GroupKey]
) -> None:
    """A body's name without its country ("Supreme Court" of "the United States Supreme
    Court", "Veterans Affairs" of "Veterans Affairs Canada"), without its nationality
    ("National Assembly" of "the Cuban National Assembly") or without a filler word
    ("Missouri Highway Patrol" of "Missouri State Highway Patrol", "Marine Reserve" of
    "Marine Corps Reserves", a plural last word aside) is that body, when the story has
    one such longer name and no other name ending in the short one ("Missouri Supreme
    Court" beside them keeps "Supreme Court" apart)."""
    by_words: dict[tuple[str, tuple[str, ...]], list[GroupKey]] = defaultdict(list)
    for g in orgs:
        by_words[(g[0], _singular_last(words[g]))].append(g)
    shorter: dict[tuple[str, tuple[str, ...]], set[GroupKey]] = defaultdict(set)
    for g in orgs:
        w = words[g]
        name = " ".join(w)
        bare = _COUNTRY_TAIL_RE.sub("", _COUNTRY_HEAD_RE.sub("", name)).split()
        forms = set()
        if 0 < len(bare) < len(w):
            forms.add(tuple(bare))
        # a body of a nation named with its nationality ("Cuban National Assembly",
        # "Iraqi Foreign Ministry"): the name without it, of two words or more
        if len(w) >= 3 and _DEMONYM_RE.fullmatch(w[0]) and w[0] not in _NOT_DEMONYMS:
            forms.add(w[1:])
        if len(w) >= 3:
            kept = tuple(x for x in w if x not in _FILLER_WORDS)
            if 2 <= len(kept) < len(w) and kept[0] == w[0] and kept[-1] == w[-1]:
                forms.add(kept)
        for f in forms:
            shorter[(g[0], _singular_last(f))].add(g)
    for key, longs in shorter.items():
        shorts = by_words.get(key, [])
        if not shorts or len({uf.find(g) for g in longs}) != 1:
            continue
        tail = key[1]
        rivals = [
            o
            for o in orgs
            if o[0] == key[0]
            and o not in longs
            and o not in shorts
            and _singular_last(words[o])[-len(tail) :] == tail
        ]
        if rivals:
            continue
        long = next(iter(longs))
        for g in shorts:
            uf.union(long, g)


# the head of a government office that is named either way round ("the Department of
# Justice", "the Justice Department"); not a ministry, which stories of two countries name
# both ways ("Russia's Defense Ministry", "Ukraine's Ministry of Defense")
_OFFICE_HEAD = "department"


def _office_key(w: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """A government department's country (or "") and its name in the "Justice Department"
    order: "the U.S. Department of Justice" -> ("united states", ("justice",
    "department")), "the Department of the Interior" -> ("", ("interior",
    "department"))."""
    name = " ".join(w)
    m = _COUNTRY_HEAD_RE.match(name)
    country = ""
    if m is not None:
        country = m.group(0).removeprefix("the ").strip().replace("american", "united states")
        name = name[m.end() :]
    ws = [x for x in name.split() if x != "the"]
    if len(ws) >= 3 and ws[:2] == [_OFFICE_HEAD, "of"]:
        return country, (*ws[2:], _OFFICE_HEAD)
    if len(ws) >= 2 and ws[-1] == _OFFICE_HEAD and "of" not in ws:
        return country, tuple(ws)
    return None


def _join_offices(
    orgs: list[GroupKey], words: Mapping[GroupKey, tuple[str, ...]], uf: UnionFind[GroupKey]
) -> None:
    """A government department named either way round ("the Department of Justice" and
    "the Justice Department") is one, when the story gives it one country at most."""
    by_key: dict[tuple[str, ...], list[tuple[str, GroupKey]]] = defaultdict(list)
    for g in orgs:
        if g[0] == "organisation" and (k := _office_key(words[g])) is not None:
            by_key[k[1]].append((k[0], g))
    for found in by_key.values():
        if len(found) > 1 and len({c for c, _ in found} - {""}) <= 1:
            for _, g in found[1:]:
                uf.union(found[0][1], g)


def _singular_last(w: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with its last word's plural ending dropped ("Reserves" = "Reserve"),
    as ``_squashed`` drops it."""
    return (*w[:-1], _PLURAL_END_RE.sub("", w[-1])) if w else w


_FEMALE_RE = re.compile(
    r"(?:\b(?:Mrs|Ms|Miss|Madam)\.?|\b(?:[Ff]irst [Ll]ady|wife|widow|daughter|mother|"
    r"sister),?)\s+$"
)
_MALE_RE = re.compile(r"(?:\bMr\.?|\b(?:husband|widower|son|father|brother),?)\s+$")
_ROLE_RE = re.compile(
    r"\b(?P<role>President|Vice President|Sen|Senator|Rep|Representative|Gov|Governor|Gen|"
    r"General|Secretary|Speaker|Judge|Justice|Mayor|Prime Minister|Chancellor|Pope|King|"
    r"Queen|Prince|Princess|Sheriff|Ambassador|Chairman|Chairwoman)\.?\s+$"
)


# a public role, said before a name ("commentator Andrew Vale") or after it (", the
# special counsel,"): someone other articles may call by the surname alone
_PUBLIC_WORDS = (
    r"(?:counsel|commentator|prosecutor|spokes(?:man|woman|person)|advis[eo]r|director|"
    r"chair(?:man|woman)?|anchor|host|columnist|founder|publisher|aide|strategist|lawyer|"
    r"attorney|official|secretary|leader|candidate|nominee|senator|governor|"
    r"congress(?:man|woman)|president|minister|commander|ambassador|mayor|judge)"
)
_PUBLIC_BEFORE_RE = re.compile(r"\b" + _PUBLIC_WORDS + r"\s+$")
_PUBLIC_AFTER_RE = re.compile(r"^,\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,3}" + _PUBLIC_WORDS)


# a surname used as a modifier of what a public figure has ("the Vale campaign")
_ATTRIBUTIVE_RE = re.compile(
    r"\s+(?:campaign|administration|era|presidency|camp|team|aides?|associates|allies|"
    r"loyalists|supporters|voters|White House|years|government|doctrine|policy|policies)\b"
)


def _cues(ms: list[Mention], texts: Mapping[str, str] | None) -> frozenset[str]:
    """What the words before a name's mentions say: "f" (a woman: "Mrs.", "the first
    lady,"), "m" (a man: "Mr.", "her husband,"), and roles ("role:president")."""
    if texts is None:
        return frozenset()
    out: set[str] = set()
    for m in ms:
        before = texts.get(m.article, "")[max(0, m.start - 20) : m.start]
        if _FEMALE_RE.search(before):
            out.add("f")
        if _MALE_RE.search(before):
            out.add("m")
        if r := _ROLE_RE.search(before):
            out.add("role:" + r.group("role").casefold().rstrip("."))
            out.add("public")
        after = texts.get(m.article, "")[m.end : m.end + 50]
        if _ATTRIBUTIVE_RE.match(after):
            out.add("attributive")
        if _PUBLIC_BEFORE_RE.search(before) or _PUBLIC_AFTER_RE.search(after):
            out.add("public")
    return frozenset(out)


_KIN_BEFORE_RE = re.compile(
    r"\b(?:father|mother|son|daughter|brother|sister|wife|husband|widow|uncle|aunt|cousin|"
    r"nephew|niece|grand(?:father|mother|son|daughter)|parents?),?\s+$",
    re.IGNORECASE,
)


# ranks written short: alone, never a surname ("Cmdr", "Lt Col"; not "Judge" or "Major")
_SHORT_RANKS = frozenset(
    "mr mrs ms dr gen gov sen rep lt col capt maj sgt cpl pvt brig adm cmdr supt".split()
)


# role nouns no surname is spelled as: a name the model tags as a person that ends in
# one is an office ("Brooklyn Councilman", "Velmora Mayor")
_ROLE_ENDINGS = frozenset(
    """councilman councilwoman councilmember councillor councilor alderman congressman
    congresswoman spokesman spokeswoman spokesperson senator governor mayor sheriff
    commissioner superintendent trooper detective sergeant lieutenant sgt lt capt det cpl
    insp supt""".split()
)
# role nouns that are surnames too ("Tom Marshal"), an office after an office's word
# ("Fire Marshal", "City Clerk", "Palmer Fire Chief", "Police Officer")
_OFFICE_ROLES = frozenset("marshal clerk chief officer".split())
_OFFICE_WORDS = frozenset(
    """fire police city county state town village court district school federal deputy
    medical probation parole election""".split()
)


_HONORIFIC_BEFORE_RE = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss)\.?\s+$")


def _honorific_gender(m: Mention, texts: Mapping[str, str] | None) -> str:
    """ " (m)" or " (f)" for a short form right after "Mr." or "Mrs."/"Ms."/"Miss"
    (outside the name as tagged or inside it), else ""."""
    first = m.text.split()[0].rstrip(".") if m.text.split() else ""
    if first in ("Mr", "Mrs", "Ms", "Miss"):
        return " (m)" if first == "Mr" else " (f)"
    text = (texts or {}).get(m.article, "")
    h = _HONORIFIC_BEFORE_RE.search(text, max(0, m.start - 6), m.start)
    if h is None:
        return ""
    return " (m)" if h.group("h") == "Mr" else " (f)"


def _elder_or_younger(m: Mention, texts: Mapping[str, str] | None) -> str:
    """ " [sr]" for a short form after "the elder" ("The elder Dunmore, a Republican who
    governed the state"), " [jr]" after "the younger", else ""."""
    which = elder_or_younger((texts or {}).get(m.article, ""), m.start)
    return "" if which is None else " [sr]" if which == "elder" else " [jr]"


_GENERATION_TAG_RE = re.compile(r" \[(sr|jr)\]")


def _only_titles(name: str) -> bool:
    """Is a name that the model tagged as a person only a title: a short rank alone or
    titles only ("Cmdr", "Lt Col", "Lt. Gen."), no name, or a place or body before a
    role noun ("Brooklyn Councilman", "Fire Marshal")?"""
    words = [fold(w).rstrip(".") for w in _POSSESSIVE_RE.sub("", name).split()]
    if len(words) == 1:
        return words[0] in _SHORT_RANKS
    return bool(words) and (
        all(w in TITLES for w in words)
        or words[-1] in _ROLE_ENDINGS
        or (words[-1] in _OFFICE_ROLES and words[-2] in _OFFICE_WORDS)
    )


def _untitled(name: str) -> str:
    """A person's name as shown, without the titles opening it when a full name is left
    ("Superintendent Jennifer McCormick" -> "Jennifer McCormick"; "President Trump" and
    "Queen Elizabeth II" keep theirs: one name part is left)."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and fold(words[k]).rstrip(".") in TITLES:
        k += 1
    if k == 0 or len(name_key(" ".join(words[k:])).parts) < 2:
        return name
    return " ".join(words[k:])


def _kin_named(ms: list[Mention], texts: Mapping[str, str] | None) -> bool:
    """Is one of the mentions introduced as someone's relative ("his father, Seddique
    Mateen"), so a name of its own rather than the surname of the relative?"""
    if not texts:
        return False
    return any(
        _KIN_BEFORE_RE.search(texts.get(m.article, "")[max(0, m.start - 25) : m.start]) for m in ms
    )


def _genders(ms: list[Mention], texts: Mapping[str, str] | None) -> frozenset[str]:
    """The gender cues of a name's mentions ("f", "m"): before them (``_cues``) or a
    gendered title opening them ("Mrs. Okafor", "Prince Andrew": ``noun_gender``)."""
    titled = {g for m in ms if " " in m.text and (g := noun_gender(m.text.split()[0]))}
    return (_cues(ms, texts) & {"f", "m"}) | frozenset(titled)


def _compatible(short: frozenset[str], full: frozenset[str]) -> bool:
    """Can a short form with cues ``short`` name the person with cues ``full``?  Not
    a man's title for a woman ("Mr. Trump" is not "the first lady, Melania Trump")."""
    gender = {"f", "m"}
    a, b = short & gender, full & gender
    return not (len(a) == 1 and len(b) == 1 and a != b)


def _agree(short: frozenset[str], full: frozenset[str]) -> bool:
    """Do a short form and a full name share a role or a gender cue?"""
    return bool(short & full - {"public"})


def _join_leading_words(
    persons_full: Sequence[GroupKey],
    keys: Mapping[GroupKey, NameKey],
    uf: UnionFind[GroupKey],
    gens: Mapping[GroupKey, frozenset[str]],
) -> None:
    """A name of two parts or more that is the leading parts of one longer name in the
    story is that person: a given name with a father's name and no family name
    ("Abdifatah Adan" of "Abdifatah Adan Hassan", "Mohd Nazlan" of "Mohd Nazlan Mohd
    Ghazali"), a name without its second surname ("Andrés Manuel" of "Andrés Manuel
    López Obrador").  Two longer names it begins, or a generation either says
    (``gens``, per union root: "Donald Trump" and "Donald Trump Jr."), leave it alone."""
    begun: dict[tuple[str, ...], set[GroupKey]] = defaultdict(set)  # leading parts -> roots
    for f in persons_full:
        parts = keys[f].parts
        for n in range(2, len(parts)):
            begun[parts[:n]].add(uf.find(f))
    for g in persons_full:
        short = keys[g]
        if len(short.parts) < 2 or short.formal or short.only_initials:
            continue
        own = uf.find(g)
        longer = {uf.find(r) for r in begun.get(short.parts, ())} - {own}
        if len(longer) != 1:
            continue
        root = longer.pop()
        if not gens.get(root) and not gens.get(own):
            uf.union(own, root)


def _inner_name_fits(
    word: str,
    persons_full: list[GroupKey],
    keys: Mapping[GroupKey, NameKey],
    uf: UnionFind[GroupKey],
) -> list[GroupKey]:
    """The one person whose full name holds ``word`` inside it, neither first nor last
    ("Lula" of "Luiz Inacio Lula da Silva"), when no name of the story opens or ends with
    it and, if it is a given name, it opens the surname's particle ("Lula da Silva"; "Ali"
    inside "Sadiq Aden Ali Doodishe" may be another Ali); else none."""
    if len(word) < 3 or word in _PARTICLES:
        return []
    given = given_name_gender(f"{word} X") is not None or word in known_given_names()
    inner = [
        f
        for f in persons_full
        if word in (parts := keys[f].parts)[1:-1]
        and (not given or parts[parts.index(word, 1) + 1] in _PARTICLES)
    ]
    if len({uf.find(f) for f in inner}) != 1:
        return []
    if any(word in (keys[f].parts[0], keys[f].parts[-1]) for f in persons_full):
        return []
    return inner


def _short_form_target(
    local: set[GroupKey],
    story: set[GroupKey],
    salience: Mapping[GroupKey, int],
    cues: frozenset[str] = frozenset(),
    root_cues: Mapping[GroupKey, frozenset[str]] | None = None,
    spread: Mapping[GroupKey, int] | None = None,
) -> GroupKey | None:
    """Which full name a short form ("Trump", "Mr. Clinton") refers to, or None.

    One fit in the story: that one.  Several (namesakes: "Donald Trump" and
    "Melania Trump"): the one the story is about, the most named by a clear
    margin (twice the next), even when another is the only full name in the
    short form's own article (an article about the first lady still calls the
    president "Trump"), and named at least three times; but a woman's title
    ("Mrs. Trump") keeps the local full name.  With several full names in its
    own article ("Kimani Gray" and his sister "Mahnefah Gray"), a short form with
    no gender cue goes to the one the story is about when that one is among them
    and named in full in two articles or more (``spread``: articles per full name).
    Anything else stays apart.
    """
    if len(story) == 1:
        return next(iter(story))
    if not story:
        return None
    roles = {c for c in cues if c.startswith("role:")}
    if roles and root_cues is not None:
        same_role = [r for r in story if roles & root_cues.get(r, frozenset())]
        if len(same_role) == 1:  # "President Trump" is "President Donald Trump"
            return same_role[0]
    ranked = sorted(story, key=lambda r: -salience[r])
    top, second = ranked[0], ranked[1]
    dominant = salience[top] >= max(3, 2 * salience[second])
    if len(local) == 1:
        only = next(iter(local))
        return top if dominant and "f" not in cues else only
    if (
        dominant
        and top in local
        and not cues & {"f", "m"}
        and spread is not None
        and spread.get(top, 0) >= 2
    ):
        return top  # "Gray" beside "Kimani Gray" and his sister "Mahnefah Gray"
    return top if dominant and not local else None


_TITLE_BEFORE_RE = re.compile(
    r"\b(?:Rep|Sen|Gov|Gen|Lt|Col|Dr|Mayor|Speaker|Senator|Representative|Governor"
    r"|President|Secretary|Judge|Justice|Leader)\.?\s+$"
)


def _named_just_before(
    g: GroupKey,
    fits: list[GroupKey],
    groups: Mapping[GroupKey, list[Mention]],
    uf: UnionFind[GroupKey],
    texts: Mapping[str, str],
) -> GroupKey | None:
    """The namesake a short form means when its article names several and each of its
    mentions follows, in its own paragraph, the full name of one and the same of them
    only ("Rep. Jim Kessler (R-Pa.) … “…,” Kessler said" beside Speaker Nora Kessler,
    the story's more named one): the reader takes the name just read; else None."""
    article = g[2]
    text = texts.get(article)
    if not text:
        return None
    # a full name that introduces someone with a title ("Rep. Jim Kessler"), not an
    # owner or an object ("asked about Lucia Delgado's role", "the home of Ken Brandt")
    fulls = [
        (m.start, uf.find(f))
        for f in fits
        for m in groups[f]
        if m.article == article
        and text[m.end : m.end + 2] not in ("'s", "’s")
        and _TITLE_BEFORE_RE.search(text, max(0, m.start - 16), m.start) is not None
    ]
    chosen: set[GroupKey] = set()
    for m in groups[g]:
        if text[m.end : m.end + 2] in ("'s", "’s"):
            return None  # "Victoria Kennedy, Sen. Kennedy’s widow": someone else's kin
        para = text.rfind("\n", 0, m.start) + 1
        near = {root for start, root in fulls if para <= start < m.start}
        if len(near) != 1:
            return None
        chosen |= near
    return next(iter(chosen)) if len(chosen) == 1 else None


def _introduced_first(
    g: GroupKey,
    fits: list[GroupKey],
    groups: Mapping[GroupKey, list[Mention]],
    uf: UnionFind[GroupKey],
    salience: Mapping[GroupKey, int],
) -> GroupKey | None:
    """The namesake a short form of one article means when its article names several
    ("Kim" beside "Kim Jong-un" and "Kim Yong-chol"): the only one named in full before
    the short form first occurs there, when that one is named at least as often as each
    other namesake (a reader has met no other "Kim" yet), else None."""
    article = g[2]
    first_short = min(m.start for m in groups[g])
    first_full: dict[GroupKey, int] = {}
    for f in fits:
        starts = [m.start for m in groups[f] if m.article == article]
        if starts:
            root = uf.find(f)
            first_full[root] = min([*starts, first_full.get(root, min(starts))])
    before = [r for r, at in first_full.items() if at < first_short]
    if len(before) != 1 or len(first_full) < 2:
        return None
    chosen = before[0]
    if any(salience[r] > salience[chosen] for r in first_full if r != chosen):
        return None
    return chosen


# one or two capitalised words before a surname: the given names of a full name
_GIVEN_THEN = r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) +"


def _unlisted_namesake(
    ms: list[Mention],
    fits: list[NameKey],
    local: bool,
    people_in: Mapping[str, list[NameKey]],
    texts: Mapping[str, str],
) -> bool:
    """Whether a short form's own article writes it after a known given name in a full
    name tagged nowhere as a person ("Sunil Paswan", beside the story's only full name
    "Birju Paswan"; an untagged "Emiko Tanaka" beside her nephew "Takuya Tanaka"):
    then "Ms. Tanaka" may be either, and stays apart.  ``fits``: the full names the
    short form fits by name; ``local``: whether one of them is tagged in its article;
    ``people_in``: each article's full names.  An untagged full name that is the
    story's only candidate is no other person."""
    m = ms[0]
    text = texts.get(m.article, "")
    short = _untitled(m.text)
    if len(short) < 2 or not text:
        return False
    for hit in re.finditer(rf"{_GIVEN_THEN}{re.escape(short)}\b", text):
        if re.search(r"[A-Z][\w.’'-]*\s+$", text[max(0, hit.start() - 30) : hit.start()]):
            continue  # the middle of a longer name ("LuAnn Marie Johnson")
        if not all(_given_name(w, short) for w in re.split(r"[ -]", hit.group(1))):
            continue  # "a Ford Fusion LaCalamita"
        written = _person_key(f"{hit.group(1)} {short}")
        if any(same_person_name(written, k) for k in people_in[m.article]):
            continue  # tagged here
        if local or not any(same_person_name(written, k) for k in fits):
            return True
    return False


def _given_name(word: str, surname: str) -> bool:
    """Whether ``word`` is a known given name (and no title, role or common word)."""
    low = word.lower()
    if low in STOP_WORDS or low in TITLE_WORDS or low in ROLE_WORDS:
        return False
    return given_name_gender(f"{word} {surname}") is not None or low in known_given_names()


# the suffix of a short form's group key after "Mr." and the one after "Mrs."/"Ms."
_OTHER_TITLE = {" (m)": " (f)", " (f)": " (m)"}


def _speaker_spans(quotes: Iterable[Quote]) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, the attributions of its quotes as written (``speaker_start`` to
    ``speaker_end``) with the full name the article's analysis resolved each to."""
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for q in quotes:
        if q.speaker and q.speaker_start is not None and q.speaker_end is not None:
            out[q.article].append((q.speaker_start, q.speaker_end, q.speaker))
    return out


def _said_by(
    ms: list[Mention],
    said_as: Mapping[str, list[tuple[int, int, str]]],
    fits: Mapping[GroupKey, NameKey],
    uf: UnionFind[GroupKey],
) -> GroupKey | None:
    """The namesake a short form means when it attributes quotes ("Mrs. Clinton said"
    beside "Hillary Rodham Clinton" and "Bill Clinton"): the full name the article's
    own analysis gave those quotes (it read the pronouns and titles around them),
    when every such quote names the same one of ``fits``; else None."""
    chosen: set[GroupKey] = set()
    for m in ms:
        for s, e, speaker in said_as.get(m.article, ()):
            if not (s <= m.start and m.end <= e):
                continue
            key = _person_key(speaker)
            named = {uf.find(f) for f, k in fits.items() if same_person_name(key, k)}
            if len(named) != 1:
                return None
            chosen |= named
    return next(iter(chosen)) if len(chosen) == 1 else None


def _adjective(text: str) -> bool:
    """A nationality, religion or party word used as an adjective or for one member
    ("Syrian", "Islamic", "Democrat", "North Korean", "Latin American"): no entity of
    its own (plurals, "Democrats", "African Americans", name the group and stay, and so
    does a name with a body's word: "Islamic State", "Popular Front")."""
    words = text.split()
    if len(words) > 1 and {w.casefold() for w in words} & _GROUP_NAME_WORDS:
        return False
    return not text.endswith("s")


# words that make a nationality-tagged name a body's ("Islamic State", "Popular Front")
_GROUP_NAME_WORDS = ORGISH_NAME_WORDS | frozenset(
    "state front army brotherhood movement guard forces force legion brigade brigades "
    "jihad caliphate emirate network organisation organization".split()
)


# labels that name no entity kind, or an adjective ("Klitschko" NORP), given to a name
# the story tags as a person, organisation or place elsewhere
_VALUES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_QUOTE_BEFORE_RE = re.compile(r"[\"“‘'«]\s*$")


def _stray_kind(
    m: Mention, named: Counter[str] | None, texts: Mapping[str, str] | None
) -> str | None:
    """The kind of a mention the model tagged with a label of no entity kind ("Red Sox"
    WORK_OF_ART, "DeGeneres" PRODUCT; not a date or number: "May" DATE) or as a
    nationality adjective ("Klitschko" NORP), when the story tags the same name (its
    loose key) twice or more, always as one kind: that kind.  A nationality-tagged
    mention only becomes a person (a surname), and a title in quotation marks
    ("Australia" the film) stays out."""
    name = re.sub(r"^(?:the|a|an)\s+", "", m.text.strip(), flags=re.IGNORECASE)
    if not named or len(named) != 1 or m.label in _VALUES or not name[:1].isupper():
        return None
    ((kind, n),) = named.items()
    if n < 2 or (m.label == "NORP" and kind != "person"):
        return None
    if texts is not None and _QUOTE_BEFORE_RE.search(
        texts.get(m.article, "")[max(0, m.start - 3) : m.start]
    ):
        return None
    return kind


# initials counted like a unit: "47 KO's,", "121 RBI.", "(1023 GMT)", "(51 KO)"; not
# after a year ("the 2014 NBA draft")
_COUNTED_RE = re.compile(
    r"(?<![\w$£€.,:])(?P<n>\d{1,4})\s+(?P<acr>[A-Z]{2,5})(?:['’]?s)?(?=\s*[,.;:)\]]|\s*$)",
    re.MULTILINE,
)


def _counted_initials(texts: Mapping[str, str]) -> frozenset[str]:
    """Initials the story writes after a number as a count or a unit ("47 KO's", "121
    RBI", "1023 GMT"), folded: a knockout, a run batted in or a time zone, never an
    organisation, wherever the story writes them."""
    return frozenset(
        c.group("acr").casefold()
        for text in texts.values()
        for c in _COUNTED_RE.finditer(text)
        if not re.fullmatch(r"(?:19|20)\d\d", c.group("n"))
    )


_POSSESSIVE_RE = re.compile(r"(?:['’]s|(?<=s)['’])$")


def _unpossessive(name: str) -> str:
    """A name without its possessive ("Kellogg Co.'s" -> "Kellogg Co.", "Reuters'" ->
    "Reuters"); the name itself when nothing would be left."""
    return _POSSESSIVE_RE.sub("", name).rstrip() or name


# a name's last word written with "'s" of its own ("McDonald's said", "at Stella's.",
# "Harry's, a razor company"): where a possessive cannot stand
_OWN_NAME_RE = re.compile(
    r"\b([A-Z][\w&.-]*['’]s)(?=\s*(?:[,.;:!?)]|[\"”](?!\s?[A-Za-z])|$|(?:said|says|is|was|has|"
    r"had|will|would|Corp|Inc|Co|Ltd|PLC)\b))",
    re.MULTILINE,
)
# (a mark that opens a title is no end: "Stephenie Meyer's "New Moon"" is hers)


def _fold(word: str) -> str:
    return word.replace("’", "'").casefold()


def _brands(texts: Mapping[str, str]) -> frozenset[str]:
    """Last words of names that end in "'s" of their own ("McDonald's", "Stella's"), folded:
    the story writes them once or more where no possessive can stand."""
    return frozenset(
        _fold(w.group(1)) for text in texts.values() for w in _OWN_NAME_RE.finditer(text)
    )


_DEFINED_RE = re.compile(r"^\s*\((?P<acr>[A-Z][A-Za-z&]{1,9})\)")
# the rest of a dateline after its place: "(AP) —", "(AP)_", "(Reuters) -"
_DATELINE_TAIL_RE = re.compile(r"\s*(?:—|–|--|-|_)")
# what may come before a dateline's place on its line: "BUDAPEST, ", "O'SMACH, "
_DATELINE_HEAD_RE = re.compile(r"[ \t]*(?:[A-Z][A-Z.'’\- ]{1,40},\s*)?")
# news agencies' initials: after a name they credit the report, they do not define
# the name ("Cambodia (AP)"), unless they spell its initials ("Agence France-Presse (AFP)")
_AGENCY_INITIALS = frozenset(
    """AP AFP UPI DPA PA CP AAP NZPA PTI IANS ANI EFE ANSA TASS RIA CNA CNS IRNA MENA
    KUNA QNA SPA WAM BNA NNA JTA APA MTI CTK KCNA""".split()
)


def _defined_acronym(text: str, m: Mention) -> str | None:
    """The acronym defined in brackets right after ``m`` ("the Rapid Support Forces (RSF)"),
    or None; never a dateline's agency ("BUDAPEST, Hungary (AP) —") nor an agency's
    initials that do not spell the name's ("Cambodia (AP)")."""
    d = _DEFINED_RE.match(text[m.end : m.end + 14])
    if not d:
        return None
    acr = d.group("acr")
    line_start = text.rfind("\n", 0, m.start) + 1
    if _DATELINE_TAIL_RE.match(text, m.end + d.end()) and _DATELINE_HEAD_RE.fullmatch(
        text, line_start, m.start
    ):
        return None
    if acr in _AGENCY_INITIALS and not _abbreviates(acr, m.text):
        return None
    return acr


def resolve_entities(
    mentions: Iterable[Mention],
    texts: Mapping[str, str] | None = None,
    quotes: Iterable[Quote] = (),
) -> list[Entity]:
    """Cluster a story's entity mentions into entities (see the module docstring).

    With the articles' ``texts``, an acronym defined right after a name
    ("the Rapid Support Forces (RSF)") is that name's alias even when its
    letters are not the name's initials.  The articles' ``quotes`` tell whom a short
    form that attributes one was resolved to in its article (``_said_by``).
    """
    said_as = _speaker_spans(quotes)
    mentions = _institutions_tagged_as_people(_pairs_split(list(mentions)))
    if texts:
        mentions = _places_before_place_nouns(mentions, texts)
        mentions = _places_by_description(mentions, texts)
        mentions = _works_by_description(mentions, texts)
    mentions = _given_names_tagged_otherwise(_people_tagged_otherwise(mentions, texts))
    mentions, written = _described_people(mentions, texts)
    mentions = _name_ends(mentions, written)
    stands_for: dict[GroupKey, set[GroupKey]] = {}
    if texts:
        mentions = _story_surnames(mentions, texts)
        mentions, stands_for = _places_named_for_people(mentions, texts)
    full_names: dict[str, list[NameKey]] = defaultdict(list)
    full_words: dict[str, set[str]] = defaultdict(set)  # name word -> full names using it
    for m in mentions:
        if m.label == "PERSON" and len(m.text.split()) > 1:
            k = _person_key(m.text)
            full_names[m.article].append(k)
            for w in (*k.parts, *k.aliases):
                full_words[w].add(entity_key(m.text))
    groups: dict[GroupKey, list[Mention]] = defaultdict(list)
    keys: dict[GroupKey, NameKey] = {}
    last_names = frozenset(k.parts[-1] for ks in full_names.values() for k in ks if k.parts)
    # surnames of two words or more, the last words of a longer name of the same article
    # ("Van Hollen" of "Chris Van Hollen", "Hawk Sawyer" of "Kathleen Hawk Sawyer"; not
    # "Seddique Mateen" in an article that does not name "Omar Mir Seddique Mateen")
    long_surnames = {
        article: frozenset(k.parts[-n:] for k in ks if not k.formal for n in range(2, len(k.parts)))
        # and a surname with its Arabic article written apart ("Al Hashish" of "Fouzia Al
        # Hashish"), which alone reads as two names
        | frozenset(
            (art, k.parts[-1])
            for k in ks
            if len(k.parts) >= 2 and len(k.parts) - 1 in k.articled
            for art in ("al", "el")
        )
        for article, ks in full_names.items()
    }
    surname_memo: dict[tuple[str, str], bool] = {}

    def surname_of_a_person(m: Mention) -> bool:  # asked twice a mention, of each surname
        k = (m.article, m.text)
        if k not in surname_memo:
            surname_memo[k] = _surname_of_a_person(m, full_names)
        return surname_memo[k]

    # the votes count a surname tagged otherwise next to its full name as a person
    # ("Chohan" FAC in an article naming "Raj Chohan")
    voted, plural = _story_votes(mentions, frozenset(full_words), last_names, surname_of_a_person)
    common: frozenset[str] = frozenset()
    if texts:
        voted.update(_not_people(mentions, texts, full_words))
        common = _common_words(mentions, texts, full_words)
    units = _counted_initials(texts) if texts else frozenset()
    kinds_of: list[str | None] = []
    tagged_as: dict[str, Counter[str]] = defaultdict(Counter)  # for ``_stray_kind``
    for m in mentions:
        key = entity_key(m.text)
        kind = voted.get(key) or KINDS.get(m.label)
        if key in units and m.label != "PERSON":
            kinds_of.append(None)  # "KO" of "47 KO's": a unit, no organisation
            continue
        if key in common and m.label == "PERSON" and voted.get(key, "person") == "person":
            kinds_of.append(None)  # "Rice production", "Goddard" of a Goddard center
            continue
        if m.label in ("PERSON", "ORG") and key not in full_words and _a_role_alone(m.text):
            # "Sheriff", "Coach", "Actress": a role, no name (not "Boxer" beside
            # "Barbara Boxer", "Leader" beside "Janice Leader")
            kinds_of.append(None)
            continue
        if (
            m.label in ("GPE", "LOC")
            and key in plural
            and texts
            and _LOCATIVE_RE.search(texts.get(m.article, ""), max(0, m.start - 12), m.start)
        ):
            kind = "place"  # "in Washington" in a story about Denzel Washington
        if kind in ("group", "organisation", "place", "facility") and surname_of_a_person(m):
            kind = "person"  # "El-Kahtani" tagged NORP next to "Mohamed el-Kahtani"
        if kind == "person" and network_name(m.text):
            kind = "organisation"  # "CBS Miami reports", tagged a person
        if kind == "group" and _adjective(m.text):
            kind = None
        elif kind in _VOTED:
            tagged_as[key][kind] += 1
        kinds_of.append(kind)
    for m, kind in zip(mentions, kinds_of, strict=True):
        key = entity_key(m.text)
        if kind is None:
            kind = _stray_kind(m, tagged_as.get(key), texts)
        if kind is None:
            continue
        if len(key) < 2:
            continue
        if kind == "person":
            nk = _person_key(m.text)
            if not nk.parts or _only_titles(m.text):
                continue
            short = _is_short(nk, m.text) or nk.parts in long_surnames.get(m.article, ())
            # "Mr. Clinton" and "Mrs. Clinton" in one article are two short forms: each
            # finds the full name of its own gender
            honour = _honorific_gender(m, texts) if short else ""
            elder = _elder_or_younger(m, texts) if short else ""
            g: GroupKey = (kind, key + elder + honour, m.article if short else "")
            keys[g] = nk
        else:
            g = (kind, key, "")
        groups[g].append(m)
    uf = UnionFind(groups)

    persons_full = [g for g in groups if g[0] == "person" and not g[2]]
    articles_of = {g: {m.article for m in groups[g]} for g in groups}
    people_in: dict[str, list[NameKey]] = defaultdict(list)  # article -> its full names
    for g in groups:
        if g[0] == "person":
            for article in articles_of[g]:
                if len(keys[g].parts) > 1:
                    people_in[article].append(keys[g])
    # 3. full names: transliteration variants, blocked by surname skeleton
    blocks: dict[str, list[GroupKey]] = defaultdict(list)
    for g in persons_full:
        blocks[keys[g].block].append(g)
    generation = _generations(persons_full, keys, groups, texts or {})
    gens = dict(generation)  # per union root, the generations its names say
    for members in blocks.values():
        pairs = []
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if not same_person_name(keys[a], keys[b]):
                    continue
                if articles_of[a] & articles_of[b] and not spelled_alike(keys[a], keys[b]):
                    continue  # two spellings in one article: two people
                pairs.append((a, b))
        # a father and his son ("… Sr.", "… Jr.") stay two people: names that say which
        # one they are join first, and no union puts the two generations together
        pairs.sort(key=lambda ab: not (generation[ab[0]] and generation[ab[1]]))
        for a, b in pairs:
            ra, rb = uf.find(a), uf.find(b)
            if ra != rb and len(gens[ra] | gens[rb]) <= 1:
                uf.union(a, b)
                gens[uf.find(a)] = gens[ra] | gens[rb]
    _join_leading_words(persons_full, keys, uf, gens)
    # 4. short forms: the one full name they fit, in their article first; with
    # namesakes in the story, the one the story is about
    salience: dict[GroupKey, int] = defaultdict(int)
    chose: dict[GroupKey, GroupKey] = {}  # short form -> the full name it was given
    undecided: dict[GroupKey, set[GroupKey]] = {}  # short form -> its article's fits
    alone: dict[str, list[GroupKey]] = defaultdict(list)
    root_cues: dict[GroupKey, frozenset[str]] = defaultdict(frozenset)
    named_in: dict[GroupKey, set[str]] = defaultdict(set)
    for f in persons_full:
        named_in[uf.find(f)] |= articles_of[f]
        salience[uf.find(f)] += len(groups[f])
        root_cues[uf.find(f)] |= _cues(groups[f], texts)
    spread = {root: len(arts) for root, arts in named_in.items()}
    # a full name's given name tells its gender where no cue of the story does ("Mrs.
    # Voss" is not "Sen. Harlan Voss" when his wife's first name is never written)
    name_gender: dict[GroupKey, frozenset[str]] = {}
    for f in persons_full:
        root = uf.find(f)
        if not root_cues[root] & {"f", "m"} and (gn := given_name_gender(groups[f][0].text)):
            name_gender[root] = name_gender.get(root, frozenset()) | {gn}
    for g in groups:
        if g[0] != "person" or not g[2]:
            continue
        one_word = len(groups[g][0].text.split()) == 1
        long_surname = (
            not one_word
            and keys[g].parts in long_surnames.get(g[2], ())
            and not _kin_named(groups[g], texts)
        )
        fits = [
            f
            for f in persons_full
            if (
                _surname_fits(keys[g], keys[f])
                if one_word or long_surname
                else same_person_name(keys[g], keys[f])
            )
            and (not long_surname or g[2] in articles_of[f])
        ]
        if not fits and one_word:  # "LiLo" for Lindsay Lohan
            fits = [f for f in persons_full if _blend_fits(groups[g][0].text, keys[f])]
        if not fits and len(keys[g].parts) == 1:
            fits = [
                f
                for f in persons_full
                if same_given_name(keys[g].parts[0], keys[f].parts[0])
                or keys[g].parts[0] in keys[f].aliases
            ]
            # a given name written as someone in the story writes it is theirs, not a
            # nickname of another's ("Charlie" of "Charlie Kafoury", not of "Charles Craft")
            exact = [f for f in fits if keys[f].parts[0] == keys[g].parts[0]]
            fits = exact or fits
        if not fits and len(keys[g].parts) == 1:
            fits = _inner_name_fits(keys[g].parts[0], persons_full, keys, uf)
        if (tag := _GENERATION_TAG_RE.search(g[1])) is not None:  # "the elder Dunmore"
            fits = [f for f in fits if gens.get(uf.find(f), frozenset()) == {tag.group(1)}]
        # "Ms Solbakken" tagged with its title: the title's gender is a cue too
        cues = _cues(groups[g], texts) | _genders(groups[g], texts)
        fits_by_name = fits
        fits = [
            f
            for f in fits
            if _compatible(cues, root_cues[uf.find(f)] | name_gender.get(uf.find(f), frozenset()))
        ]
        local = {uf.find(f) for f in fits if g[2] in articles_of[f]}
        story = {uf.find(f) for f in fits}
        # a surname used as a modifier ("the Vale campaign") that fits only a full name
        # of another article: that person only when the story is about them (named
        # twice or more) or gives them a public role, else it stays apart
        if not local and len(story) == 1 and "attributive" in cues:
            only = next(iter(story))
            if salience[only] < 2 and not _agree(cues, root_cues[only]) | (
                "public" in root_cues[only]
            ):
                story = set()
        if (
            len(local) <= 1
            and texts
            and _unlisted_namesake(
                groups[g], [keys[f] for f in fits_by_name], bool(local), people_in, texts
            )
        ):
            undecided[g] = local  # "Mr. Paswan" beside an untagged "Sunil Kumar Paswan"
            continue
        target = (
            _named_just_before(g, fits, groups, uf, texts) if len(local) > 1 and texts else None
        )
        if target is None:
            # how often each is named by a full name this short form fits ("Muhammad
            # Asim", one person with "Muhammad Asim Khan", says nothing of "Khan")
            fit_salience: dict[GroupKey, int] = defaultdict(int)
            for f in fits:
                fit_salience[uf.find(f)] += len(groups[f])
            target = _short_form_target(local, story, fit_salience, cues, root_cues, spread)
        if target is None and len(local) > 1:
            target = _introduced_first(g, fits, groups, uf, salience)
        if target is None and len(story) > 1:
            target = _said_by(groups[g], said_as, {f: keys[f] for f in fits}, uf)
        if target is not None:
            uf.union(g, target)
            chose[g] = target
        elif not story:
            alone[g[1]].append(g)
        else:
            undecided[g] = local
    # "Mr. Clinton" beside "Mrs. Clinton" in an article naming two Clintons in full:
    # when the one title's form was told apart, the other title's is the other one
    for g, fits_then in undecided.items():
        local = {uf.find(r) for r in fits_then}
        opposite = _OTHER_TITLE.get(g[1][-4:])
        partner = (g[0], g[1][:-4] + opposite, g[2]) if opposite else None
        if partner not in chose or len(local) != 2:
            continue
        taken = uf.find(chose[partner])
        if taken in local:
            uf.union(g, next(r for r in local if r != taken))
    # a surname alone in several articles, with no full name anywhere, is one person,
    # and so is a title with it ("Mr. Okafor", "Okafor"; "Prince Andrew", "Andrew") unless
    # the titles tell a man from a woman ("Mr. Okafor", "Mrs. Okafor": the plain one
    # could be either, and stays apart)
    by_parts: dict[tuple[str, ...], list[GroupKey]] = defaultdict(list)
    for same in alone.values():
        for g in same[1:]:
            uf.union(same[0], g)
        by_parts[keys[same[0]].parts].append(same[0])
    for same in by_parts.values():
        genders = {g: _genders(groups[g], texts) for g in same}
        if len(set().union(*genders.values())) < 2:
            kinds = [same]  # no gender told apart: one person
        else:  # each title with its own; a form with no gender, or both, stays apart
            kinds = [[g for g in same if genders[g] == {x}] for x in ("f", "m")]
        for kin in kinds:
            for g in kin[1:]:
                uf.union(kin[0], g)
    # ... and so is a lone name spelled two ways in two articles ("Stacey", "Stacy")
    lone = [same[0] for same in alone.values() if len(keys[same[0]].parts) == 1]
    for i, a in enumerate(lone):
        for b in lone[i + 1 :]:
            if a[2] != b[2] and same_part(keys[a].parts[0], keys[b].parts[0]):
                uf.union(a, b)
    # 6 before 5: a body's names joined first (step 6 of the module docstring), so that
    # an acronym meets one body written two ways ("Fisheries Service" and "Fisheries
    # Services") as one candidate
    _join_organisations(groups, uf)
    # 5. acronyms: defined in the text, or spelling a name's initials
    by_surface: dict[str, list[GroupKey]] = defaultdict(list)
    for g, ms in groups.items():
        by_surface[ms[0].text.strip()].append(g)
    if texts:
        for g, ms in groups.items():
            if g[0] == "person":
                continue
            for m in ms:
                acr = _defined_acronym(texts.get(m.article, ""), m)
                if acr:
                    for other in by_surface.get(acr, ()):
                        if other[0] != "person":
                            uf.union(other, g)
    named = [g for g in groups if g[0] in _ABBREVIABLE and len(g[1].split()) > 1]
    for g in groups:
        # "the FBI", "the U.N.": the acronym without its article and its full stops
        surface = _LEADING_ARTICLE_RE.sub("", groups[g][0].text.strip())
        dotted = re.fullmatch(r"(?:[A-Z]\.){2,6}", surface) is not None
        if dotted:
            surface = surface.replace(".", "")
        # (an acronym the tagger took for a person, "SAG" beside "the Screen Actors Guild")
        caps = g[0] == "person" and surface.isupper() and 3 <= len(surface) <= 6
        if (g[0] not in _ABBREVIABLE and not caps) or not _ABBREV_RE.match(surface):
            continue
        fits = [
            o
            for o in named
            if o != g
            and _abbreviates(surface, groups[o][0].text)
            # a place's dotted initials ("D.C.", "S.C.") spell only a place's name
            and (not dotted or (o[0] == "place") == (g[0] == "place"))
        ]
        # one name, however often written ("the Associated Press", "the The Associated Press")
        # (and "the U.S. Immigration and Naturalization Service" with "Immigration and
        # Naturalization Service": one body, with and without its country)
        if len({uf.find(o) for o in fits}) == 1 or len({_countryless(o) for o in fits}) == 1:
            for o in fits:
                uf.union(g, o)

    # 6. organisations: British and American spellings, and a short form that ends
    # the one longer name of its kind in the story ("the Red Sox", "the Boston Red Sox");
    # again after the acronyms, whose unions can leave a short form one longer name to
    # end (without this second pass "Blazers" stayed apart from "Portland Trail Blazers")
    _join_organisations(groups, uf)
    _join_places(groups, uf)
    _join_parties(groups, uf)
    for g, institutions in stands_for.items():
        for inst in institutions & groups.keys():
            if g in groups:
                uf.union(g, inst)  # "Betty Ford" (the clinic) and "the Betty Ford Center"

    merged: dict[GroupKey, list[Mention]] = defaultdict(list)
    for g, ms in groups.items():
        merged[uf.find(g)].extend(ms)
    brands = _brands(texts) if texts else frozenset()
    entities = []
    for root, ms in merged.items():
        kind = root[0]
        ms.sort(key=lambda m: (m.article, m.start))
        variants = sorted({m.text for m in ms}, key=lambda v: (-len(v.split()), -len(v), v))
        # the name: the most used of the fullest forms ("Muhammad al-Qahtani" in three
        # outlets beats "Mohammed Al-Qahtany" in one)
        # counted without a possessive ("Kellogg Co.'s" is "Kellogg Co."), never shown with one
        counts: dict[str, int] = defaultdict(int)
        arts_of: dict[str, set[str]] = defaultdict(set)
        for m in ms:
            own = bool(m.text.split()) and _fold(m.text.split()[-1]) in brands
            form = _SPACED_INITIALS_RE.sub(r"\1.", m.text if own else _unpossessive(m.text))
            counts[form] += 1
            arts_of[form].add(m.article)
        forms = sorted(counts, key=lambda v: (-len(v.split()), -len(v), v))
        full = {v: _fullness(_LEADING_THE_RE.sub("", v), kind) for v in forms}
        most_parts = max(full.values())
        name = max(
            (v for v in forms if full[v] == most_parts),
            key=lambda v: (counts[v], len(arts_of[v]), v),
        )
        name = _untitled(name) if kind == "person" else _without_the(name, forms)
        first = min(ms, key=lambda m: (m.article, m.start))
        eid = (
            "e"
            + hashlib.sha256(f"{kind}:{entity_key(name)}:{first.article}".encode()).hexdigest()[:10]
        )
        entities.append(
            Entity(
                id=eid,
                name=name,
                kind=kind,
                variants=tuple(variants),
                mentions=tuple(
                    SpanRef(
                        m.article, m.start, m.end, written.get((m.article, m.start, m.end), m.text)
                    )
                    for m in ms
                ),
            )
        )
    entities.sort(key=lambda e: (-len({m.article for m in e.mentions}), -len(e.mentions), e.name))
    return entities


_LEADING_THE_RE = re.compile(r"^(?:(?:[Tt]he|an?)\s+)+")  # not "A": "A Tribe Called Quest"


def _without_the(name: str, forms: Iterable[str]) -> str:
    """A body's or a place's name as a list shows it, without the article running text
    puts before it ("the European Union" -> "European Union", "The Associated Press"
    -> "Associated Press"); a capital "The" before one word stays part of the name
    ("The Hague", "The Sun") unless the story also writes the name without it or with a
    lower-case "the"."""
    if name.startswith(("the ", "a ", "an ")):
        return _LEADING_THE_RE.sub("", name)  # "a Khmer Rouge" (commander) -> "Khmer Rouge"
    if name.startswith("The "):
        bare = _LEADING_THE_RE.sub("", name)
        if bare in forms or f"the {bare}" in forms or len(bare.split()) > 1:
            return bare  # "The Associated Press" opening a sentence: "Associated Press"
    return name


class EntityIndex:
    """Finds the entity a name (a quote's speaker, a credited source) refers to."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = list(entities)
        self.by_key: dict[str, list[Entity]] = {}  # every entity that writes the name so
        self.people: list[tuple[NameKey, Entity, frozenset[str]]] = []
        for e in self.entities:
            for v in e.variants:
                self.by_key.setdefault(entity_key(v), []).append(e)
            if e.kind == "person":
                arts = frozenset(m.article for m in e.mentions)
                for v in e.variants:
                    self.people.append((name_key(v), e, arts))

    def find(
        self, name: str | None, article: str | None = None, at: tuple[int, int] | None = None
    ) -> Entity | None:
        """The entity ``name`` refers to; where two entities write it alike ("Kessler" of
        Nora Kessler and of Jim Kessler), the one whose mention in ``article`` is at
        ``at`` (the name's span there), else the first."""
        if not name:
            return None
        same = self.by_key.get(entity_key(name), [])
        if len(same) > 1 and at is not None and article is not None:
            there = [
                e
                for e in same
                if any(
                    m.article == article and m.start < at[1] and at[0] < m.end for m in e.mentions
                )
            ]
            if len(there) == 1 and len(there[0].name.split()) > 1:
                return there[0]  # a full name's entity; not a surname left undecided
        if same:
            return same[0]
        key = name_key(name)
        if not key.parts:
            return None
        fits = [(e, arts) for k, e, arts in self.people if same_person_name(key, k)]
        local = {e.id: e for e, arts in fits if article in arts}
        found = local or {e.id: e for e, _ in fits}
        return next(iter(found.values())) if len(found) == 1 else None
