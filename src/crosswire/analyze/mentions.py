"""Entity mentions of one article, as a careful reader would list them.

spaCy's small English model tags each occurrence on its own, so one article
may tag "Cornyn" PERSON once and miss it three times, or tag the dateline
"WASHINGTON —" as a place that later meets "George Washington".  Passes
over the raw NER mentions, all within the article, in this order:

1. **portfolios**: a title's portfolio run into the name after it ("Secretary of
   Defense Jim Mattis", "Secretary of the Interior Dirk Kempthorne" as one ORG) leaves
   the PERSON after the portfolio;
   **numbered names**: a team or a unit the tagger reads as a number ("the
   Philadelphia 76ers", "76ers" CARDINAL; "the 67th Precinct", "67th" ORDINAL) is an
   ORG, with the city before a team;
   **honorifics**: a person mention after an honorific and a capitalised word the
   tagger left out takes it as the given name ("Dr Azm Al Homoud");
   **roads**: a road tagged ORG, PERSON or GPE ("Norwalk Boulevard", "Snyder Ave") is a
   FAC, as the model tags most roads (not "Wall Street", "Downing Street");
   **market indices**: a stock index by name that the next words say moved ("Britain's
   FTSE 100 lost 0.5 per cent") is a PRODUCT, no body;
   **programmes**: a public programme's, law's or process's name the tagger calls a
   body or a person ("Brexit", "Obamacare", "Medicaid", "Social Security") is a LAW;
   **vessels**: a ship the article names with its prefix ("INS Mysore", "MV Gibe")
   is a VESSEL (a label of crosswire's own) where it is named without it too ("The
   Mysore intercepted"), and so is the prefixed name whatever its tag;
   **caucuses**: "House Republicans", "Senate GOP" are one ORG (the model tags
   "House" ORG and "Republicans" NORP; ``known_orgs`` keys "GOP" there as
   "Republicans"); **dropped mentions**: a mention inside the opening dateline ("HARTFORD,
   Conn. —", "BEIRUT (AP) —", "BUDAPEST, Hungary (AP)_") feeds no entity, nor
   does a mention that crosses a line break (it joins a headline to the next line, not a name);
   an editor's bracketed insertion is trimmed ("[counsel Robert] Mueller" ->
   "Mueller"); a PERSON that cannot be a name goes (no capital letter: "et
   al."; a hashtag, a digit, an -ism, initials alone, a title alone: "Cong.");
   a leading descriptor is trimmed ("Comedian Ellen DeGeneres" -> "Ellen
   DeGeneres"); a mention of another label with no capital letter ("the ref" ORG,
   "288" FAC; not a group: "communists") goes, and so does a title in title case
   with no name in it, of any label ("Heavyweight Champion", "WBA Champion": a role
   last, the other words stop words, initials or words the text writes in lower
   case; not "Burger King"); a PERSON ending in an institution's head word ("Justice Department",
   "Whittington Lecture") is an ORG, and so is an initialism of three letters or more
   with full stops tagged GPE ("F.B.I.", not "U.S.A.");
   a spaced dash ends a name ("Teixeira - - eight years" -> "Teixeira"); an
   organisation ends before a rank or role that runs on into it ("Missouri Highway
   Patrol Capt." -> "Missouri Highway Patrol"; "Huawei CFO Meng" -> "Huawei" ORG and
   "Meng" PERSON);
   **quoted nicknames**: 'William "Mo" Cowan' is one PERSON mention, and so is a
   name with a nickname in brackets ("Kimani (Kiki) Gray");
   **lists**: a list of names tagged as one ("Facebook, Workplace, Instagram") is its
   names, each labelled as the article labels it elsewhere (not "the Bureau of Alcohol,
   Tobacco, Firearms and Explosives", a firm's partners or "Dräger, Inc.");
   **firms**: partners' names in a firm's name ("Mintz, Levin, Cohn & Popeo",
   "... and Popeo PC", "the office of ...") are one ORG, and a name after "the
   law firm (of)" is an ORG;
2. **titled people**: a title and a name the model tagged ORG, GPE, NORP or
   FAC ("Bishop Daniel Jenky", "Sen. Kyl") is a person, but not a company
   ("General Mills Inc."; "General Motors" tagged ORG, unless the article tags
   "Motors" a person alone); a name tagged PERSON that ends with a word only
   companies end with ("Dick Clark Productions", "Big Machine Records") is an ORG;
   a name tagged PERSON or ORG that a product's last word ends ("MacBook Pro") or a
   made thing's noun follows after "the" or "its" ("the Chrome browser", "its Blue Moon
   lander") is a PRODUCT;
3. **label vote**: a name (its exact text) tagged PERSON at more than half of
   its occurrences is a person at all of them ("Menendez" PERSON twice, ORG
   once); a titled full name the model missed ("Representative Kurt Schrader")
   is a PERSON when the article uses its surname for a person;
   **headlines**: a PERSON in a title-case line counts only when the body names
   it or its surname ("Governor Appoints Ex-Aide" is no name), else it is cut to
   the longest run of its words the body names ("Star Esther Williams Dies"); another
   name there that the body does not use is cut to the names the body uses in it,
   with the body's labels ("Red Sox - Teixeira Rumor" ORG -> "Red Sox" ORG and
   "Teixeira" PERSON, a surname of a person the body names in full), unless the
   other words may make it a name of its own (an institution's word after a name:
   "Obama Administration"; after a place, a word the text never writes in lower
   case: "Brooklyn Nets"); a title-case line may write stop words in lower case;
4. **surname propagation**: once a person is named in full ("John Cornyn"),
   every stand-alone occurrence of the surname ("Cornyn said", "Mr.
   Cornyn's") is a PERSON mention too, unless it is part of a longer
   capitalised name ("Cornyn Foundation") or already inside another mention;
   the match is case-blind ("LaBolt" for "Ben Labolt") and passes a speech
   verb opening the sentence ("Added Gibbs:"); likewise every untagged
   occurrence of a full person name, organisation, place or facility the article
   tags (one way) elsewhere is a mention with that label ("will Lionsgate pay
   it?"), a one-word name only when tagged twice, not a place (a city is also its
   team), and never written in lower case ("People") or a person's surname;
5. **families**: "the Clintons" is a group (NORP) when the article names a
   person by the singular; so is a people's plural tagged a person or a body
   ("Greeks" PERSON) when the article tags the singular NORP ("Greek").

Between 3 and 4, **people tagged as organisations**: a name of two or three words
tagged ORG with a person's description beside it as an appositive ("Yanis
Varoufakis, a professor of economics"; "A professor of economics at the University
of Athens, Yanis Varoufakis,") is a person, when no word of it names a kind of body;
a name tagged PERSON that the article calls an outlet by its noun ("the daily
Eleftheros Typos", "the Kathimerini newspaper") is an ORG;
so is a name of a person's shape listed among people ("Britney Spears, Ben Affleck,
Charlie Sheen, and Lindsay Lohan", the first tagged ORG): three names or more, two of
them PERSON by a given name the ``nicknames`` table knows;
a one-word ORG that is the
surname of a person the article names in full is that person ("Steenburgen" ORG
seventeen times beside "Mary Steenburgen"), unless the article also names an
organisation that starts or ends with the word ("Ford" beside "Ford Motor Co." and
"Henry Ford"; "Bloomberg" beside "Bloomberg News"), or the word is a wire agency's,
a body's ("the House" beside "Jay House"), a role's or written in capitals.  (A
two-word ORG whose second word the article tags PERSON alone, "Montell Figgins", is
left an ORG: made a person, "Mo Cheeks" stood beside "Maurice Cheeks" as a second
man of that surname, and the story's "Cheeks" went to neither.)
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from ..ingest.dates import TIME_ZONES, dateline_end
from ..ingest.outlets import AGENCIES
from ..model import Mention
from ..resources import place_names
from .gender import ascii_fold, first_name_gender, given_name_gender
from .known_orgs import CHAMBERS
from .quote_lexicon import (
    CAPITAL_TITLES,
    INVERTED_SPEECH,
    KIN_NOUNS,
    NAME_HONORIFICS,
    ORGISH_NAME_WORDS,
    PARTICLES,
    PORTFOLIO,
    ROLE_WORDS,
    TITLES,
    norm_word,
)
from .quote_names import known_given_names, portfolio_word
from .sentences import ABBREVIATIONS, TITLE_ABBREVIATIONS

_NAME_WORD_RE = re.compile(r"[A-Z][\w'’.-]*")
_NEIGHBOUR_CAP_RE = re.compile(r"[A-Z][a-z]")
_PERSON_LABEL = "PERSON"
# a ship named with its prefix ("INS Mysore") or after it ("The Mysore"): no person
VESSEL = "VESSEL"
_NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", VESSEL}
)
# capitalised only because they open a sentence ("In Cornyn's view", "Later Cornyn said")
_STARTERS = frozenset(
    {w.capitalize() for w in STOP_WORDS}
    | {"Later", "Earlier", "Asked", "Added", "Said", "Says", "Noted", "Wrote", "Replied"}
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(text: str) -> str | None:
    """The surname of a full person name ("John A. Boehner Jr." -> "Boehner")."""
    words = [w for w in text.split() if w.casefold().strip(",") not in _SUFFIXES]
    words = [w.rstrip(",") for w in words]
    if len(words) < 2:
        return None
    last = re.sub(r"['’]s$", "", words[-1])
    return last if _NAME_WORD_RE.fullmatch(last) and len(last) > 2 else None


_PERSON_TITLE_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Msgr|Sheikh|President|Senator|"
    r"Representative|Governor|General|Bishop|Archbishop|Cardinal|Pope|Judge|Justice|Sheriff|"
    r"Secretary|Ambassador|Mayor|Prime Minister|Chancellor|Speaker)\.?\s+"
    r"(?P<name>(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w'’.-]+){0,3})"
)


# a company's legal form ending a name ("General Mills Inc.")
_CORPORATE_TAIL_RE = re.compile(r"\s(?:Inc|Corp|Co|Ltd|LLC|[Pp]lc|Group|Holdings)\.?(?:['’]s?)?$")
# "General" written out before one word the model tags ORG: a company ("General Mills",
# "General Motors"), not an officer ("Gen. Mills"), unless the article tags the word a
# person on its own
_SPELLED_GENERAL_RE = re.compile(r"General\s+(?P<word>[A-Z][\w-]*)(?:['’]s?)?")


def titled_company(m: Mention, people_alone: set[str]) -> bool:
    """Whether a titled name is a company's ("General Mills Inc."; "General Motors"
    tagged ORG, its second word no person the article tags alone, ``people_alone``)."""
    if _CORPORATE_TAIL_RE.search(m.text):
        return True
    g = _SPELLED_GENERAL_RE.fullmatch(m.text)
    return m.label == "ORG" and g is not None and g.group("word") not in people_alone


def people_alone(mentions: Iterable[Mention]) -> set[str]:
    """One-word names tagged PERSON."""
    return {m.text for m in mentions if m.label == _PERSON_LABEL and " " not in m.text}


def _titled_people(mentions: list[Mention]) -> list[Mention]:
    """A title and a name ("Bishop Daniel Jenky", "Sen. Kyl") is a person, whatever
    label the model gave it; not a company (``titled_company``)."""
    alone = people_alone(mentions)
    return [
        Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        if m.label in ("ORG", "GPE", "NORP", "FAC")
        and _PERSON_TITLE_RE.fullmatch(m.text)
        and not _INSTITUTION_RE.search(m.text)  # "Justice Department"
        and not titled_company(m, alone)
        else m
        for m in mentions
    ]


# a title only people bear, written right before a name ("President Calloway")
_PERSON_ONLY_TITLE_BEFORE_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Representative|Governor|Congressman|"
    r"Congresswoman|Mayor)\.? $"
)


def _titled_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """One capitalised word right after a title only people bear ("President Calloway",
    "Sen. Greaves") is a person's name, whatever label the model gave the word alone
    (an organisation, a place, a work); not a word the text also writes in lower case."""
    out = []
    lower: set[str] | None = None  # the words the text writes in lower case, read once
    for m in mentions:
        if (
            m.label in ("ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC")
            and re.fullmatch(r"[A-Z][a-z][\w'’-]*", m.text)
            and _PERSON_ONLY_TITLE_BEFORE_RE.search(text, max(0, m.start - 16), m.start)
        ):
            if lower is None:
                lower = set(re.findall(r"\b[a-z]+\b", text))
            if m.text.lower() in lower:
                out.append(m)
                continue
            m = Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        out.append(m)
    return out


# an office, maybe with its portfolio, then a given name and a surname the model left
# untagged ("Minister of Transport and Infrastructure Kostas Karamanlis announced")
# offices a capitalised title names, before a name or inside a body's span
_OFFICES = (
    "Chairman|Chairwoman|Minister|Secretary|Governor|Mayor|President|Commissioner|Director"
    "|Ambassador|Chancellor|Premier"
)
# ranks before a name ("Major Sadiq …", "Lieutenant-Colonel Paul-Henri …")
_RANKS = (
    "Maj|Major|Capt|Captain|Col|Colonel|Lt|Lieutenant|Sgt|Sergeant|Cpl|Corporal|Brig|Brigadier"
    "|Cmdr|(?:Lieutenant|Major|Brigadier)[- ](?:General|Colonel)"
)
_OFFICE_THEN_NAME_RE = re.compile(
    rf"\b(?:{_OFFICES}|Spokesman|Spokeswoman|Spokesperson)(?:{PORTFOLIO})?"
    r"\s+(?P<name>(?P<given>[A-Z][a-z]+)\s+[A-Z][a-z][\w'’-]+)\b(?![ \t]+[A-Z]|[-'’]\w)"
)


def _office_given_names(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """A given name (one the gender table knows: "Kostas") and a surname right after an
    office, the model leaving them untagged or tagged inside a longer span, are a
    PERSON ("Greek Minister of Transport and Infrastructure Kostas Karamanlis")."""
    added = []
    for t in _OFFICE_THEN_NAME_RE.finditer(text):
        s, e = t.span("name")
        if given_name_gender(f"{t.group('given')} X") is None:
            continue
        if any(m.start < e and s < m.end for m in mentions) or "\n" in t.group("name"):
            continue
        added.append(Mention(article, s, e, t.group("name"), _PERSON_LABEL))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _titled_untagged(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """A titled full name the model left untagged ("Representative Kurt Schrader of
    Oregon") is a PERSON when the article uses its surname for a person ("Mr.
    Schrader said")."""
    singles = people_alone(mentions)
    if not singles:
        return mentions
    added = []
    for t in _PERSON_TITLE_RE.finditer(text):
        s, e = t.span("name")
        name = t.group("name")
        words = name.split()
        if len(words) < 2 or re.sub(r"['’]s$", "", words[-1]) not in singles:
            continue
        if any(m.start < e and s < m.end for m in mentions) or "\n" in name:
            continue
        added.append(Mention(article, s, e, name, _PERSON_LABEL))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# a short title with its full stop before a given name and a surname ("Coun. Teresa
# Almeida-Kerr", "Cst. Ines Roy"): a person's name, whatever the model tagged in it
_ABBREVIATED_TITLE_NAME_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cpl|Det|Insp|Supt|Const|Cst|Coun|Ald)\.\s+"
    r"(?P<name>[A-Z][a-z][\w'’]*\s+[A-Z][a-z][\w'’]*(?:-[A-Z][a-z][\w'’]*)?)\b(?![-'’]\w)"
)


def _titled_over_org(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """A given name and surname after a short title ("from Coun. Teresa Almeida-Kerr")
    that the model tagged, in whole or part, an organisation ("Almeida-Kerr" ORG, the
    title alone PERSON) is a PERSON, so that its surname tagged ORG elsewhere is her
    too (``_people_tagged_org``)."""
    added: list[Mention] = []
    dropped: set[tuple[int, int]] = set()
    for t in _ABBREVIATED_TITLE_NAME_RE.finditer(text):
        s, e = t.span("name")
        inside = [m for m in mentions if m.start < e and s < m.end]
        if not any(m.label == "ORG" for m in inside):
            continue
        if any(m.label == _PERSON_LABEL or m.start < s or m.end > e for m in inside):
            continue
        dropped.update((m.start, m.end) for m in inside)
        added.append(Mention(article, s, e, t.group("name"), _PERSON_LABEL))
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in dropped]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


# a given name and a surname right after a mention ("Caucus Chair" + " Simone Achebe")
_NAME_AFTER_RE = re.compile(
    r" (?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z]\.)? [A-Z][a-z][\w'’-]*(?:-[A-Z][a-z][\w'’-]*)?)"
    r"(?![\w'’-]| [A-Z][a-z])"
)


def _title_before_name(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """A title the model tagged as the person ("House Democratic Caucus Chair Simone
    Achebe": "Caucus Chair" PERSON, the name untagged) gives way to the given name and
    surname right after it, which no mention covers: a mention tagged PERSON whose
    last word is a title (``TITLES``: chair, secretary, mayor …) and whose words are
    all capitalised, followed by a space and two capitalised words."""
    out: list[Mention] = []
    starts = sorted(m.start for m in mentions)
    for m in mentions:
        words = m.text.split()
        nm = _NAME_AFTER_RE.match(text, m.end) if m.label == _PERSON_LABEL else None
        if (
            nm is not None
            and all(w[:1].isupper() for w in words)
            and norm_word(words[-1]) in TITLES
            and not any(m.end < st < nm.end() for st in starts)
            and not {norm_word(w) for w in nm.group("name").split()} & TITLES
        ):
            s, e = nm.span("name")
            m = Mention(article, s, e, nm.group("name"), _PERSON_LABEL)
        out.append(m)
    return out


# a kunya with a name after it ("Abu Abdelrahman Al Mohajer", "Umm Hamza al-Ansari"):
# a person's name, not a body's, unless it is a place's ("Abu Dhabi") or holds a
# body's or a place's word ("Abu Sayyaf Group", "Umm Al Qura University", "Abu Mazen
# Street"); only a name tagged a body (ORG, NORP): a place or a building stays one
_KUNYA_NAME_RE = re.compile(
    r"(?:Abu|Abou|Abū|Umm|Um)\s+[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:al|el|Al|El|ad|as|ash|az)[-\s])?[A-Z][\w'’-]*){1,3}"
)
_KUNYA_BODY_WORDS = frozenset(
    """Group Brigade Brigades Battalion Battalions Front Army Foundation Media Agency
    Company Corporation Bank Airport Hospital University School College Mosque Street
    Road Avenue Square District Province Camp Prison Island Islands Market Town Village
    Port Gate Bridge Stadium Centre Center Hall Tower Palace Council Party Movement
    Militants Fighters Forces""".split()
)


def _kunya_people(mentions: list[Mention]) -> list[Mention]:
    """A kunya and a name the model tagged a body ("Abu Abdelrahman Al Mohajer" ORG) is a
    PERSON, so it meets the same man's other spellings."""
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.label in ("ORG", "NORP")  # a place or a building tagged as one stays one
            and _KUNYA_NAME_RE.fullmatch(m.text)
            and not _KUNYA_BODY_WORDS & set(words)
            and " ".join(words[:2]) not in place_names()
            and m.text not in place_names()
        ):
            m = Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        out.append(m)
    return out


# "son of" / "daughter of" inside a name, never its first word: Arabic bin, ibn, bint;
# Mauritanian Ould, Mint; Tuareg Ag ("Ahmed Salem Ould Boubout", "Mariem Mint Ahmed")
NASAB_WORDS = frozenset("Ould Mint bin Bin ibn Ibn bint Bint Ag".split())
_KUNYA_WORDS = frozenset("Abu Abou Abū Umm".split())
_GIVEN_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*) $")


_CALENDAR_WORDS = frozenset(
    [d.capitalize() for d in calendar.day_name] + [m for m in calendar.month_name if m]
)


def _nasab_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name the model cut after the given name ("Mariem" + "Mint Ahmed"
    tagged, "Mint Ahmed" a person) takes the capitalised word right before it back in:
    the name opens with "son of" / "daughter of" (``NASAB_WORDS``), which no name does;
    not a title ("Minister Ould Dahi") or a word of the sentence ("In Ould …").  So does a
    kunya ("Abdiasis" + "Abu Musab": "Abu" opens no given name), unless the word is a
    possessive or a place ("Syria's Abu …", "Idlib Abu …")."""
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        b = _GIVEN_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        first = m.text.split()[0]
        # "Syria's Abu …", "Idlib Abu …", "Later Abu …": no given name before the kunya
        kunya = first in _KUNYA_WORDS and (
            b is not None
            and not re.search(r"['’]", b.group(1))
            and b.group(1) not in place_names()
            and b.group(1) not in _STARTERS
        )
        if (
            m.label == _PERSON_LABEL
            and (first in NASAB_WORDS or kunya)
            and len(m.text.split()) >= 2
            and b is not None
            and b.group(1).lower() not in STOP_WORDS
            and b.group(1) not in _CALENDAR_WORDS  # "In a video, Thursday Bin Salman"
            and norm_word(b.group(1)) not in TITLES | ROLE_WORDS
            and not any(s <= b.start(1) < e for s, e in covered)
        ):
            m = Mention(m.article, b.start(1), m.end, text[b.start(1) : m.end], m.label)
        out.append(m)
    return out


def _split_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two names the model tagged PERSON with one space between them are one name it
    cut in two ("Muhammad Yousuf" + "Khan" for "Muhammad Yousuf Khan"): a list of
    people is written with a comma or "and", never with a bare space."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == m.label == _PERSON_LABEL
            and text[prev.end : m.start] == " "
            and not re.search(r"['’]s?$", prev.text)
            # "Genesee County Sheriff" + "Robert J. Pickell": a title, not a name
            # ("Ali Sheikh" + "Mohamed": an honorific after a given name is a name's)
            and not any(
                w.strip(".").lower() in TITLES | ROLE_WORDS
                and not (i and w.lower() in NAME_HONORIFICS)
                for i, w in enumerate(prev.text.split())
            )
            # two full names side by side are two people ("named Sara Lind Tom Brandt's
            # successor"): a name cut in two leaves one word on one side, or its second
            # part opens with "son of", "daughter of" ("Ahmed Salem" + "Ould Boubout")
            and (
                min(len(prev.text.split()), len(m.text.split())) == 1
                or m.text.split()[0] in NASAB_WORDS
            )
        ):
            out[-1] = Mention(m.article, prev.start, m.end, text[prev.start : m.end], m.label)
            continue
        out.append(m)
    return out


def _vote(mentions: list[Mention]) -> list[Mention]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.label in _NAME_LABELS:
            votes[m.text][m.label] += 1
    out = []
    for m in mentions:
        v = votes.get(m.text)
        if (
            v
            and m.label == _PERSON_LABEL
            and len(m.text.split()) >= 2
            and m.text in place_names()
            and (v["GPE"] or v["LOC"] or v["ORG"])
        ):
            # "Burkina Faso" tagged a person in a headline, a place or a body below:
            # a country's or a city's name of two words or more is no one's name
            m = Mention(m.article, m.start, m.end, m.text, "GPE")
        elif v and m.label != _PERSON_LABEL and m.label in _NAME_LABELS:
            label, n = v.most_common(1)[0]
            if label == _PERSON_LABEL and n > sum(v.values()) / 2:
                m = Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        out.append(m)
    return out


# a capitalised word right before a person mention, after a title or a capitalised word
_WORD_BEFORE_NAME_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-zà-ÿ]+)[ \t]+$")


def _given_name_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person mention of two words or more that the model started one word late,
    leaving out a given name before it ("Mayor Carmen" + "Yulin Cruz"): the given name
    (one the name tables know as a person's first name, no title or body word) joins it
    ("Carmen Yulin Cruz"), when no other mention holds that word."""
    ends = {m.end for m in mentions}
    out = []
    for m in mentions:
        if m.label == _PERSON_LABEL and len(m.text.split()) >= 2:
            b = _WORD_BEFORE_NAME_RE.search(text, max(0, m.start - 20), m.start)
            if b is not None and b.end(1) not in ends and _given_word(b.group(1)):
                start = b.start(1)
                m = Mention(m.article, start, m.end, text[start : m.end], m.label)
        out.append(m)
    return out


def _given_word(word: str) -> bool:
    """Is ``word`` a given name the name tables know, and no title or role?"""
    low = ascii_fold(word).casefold()
    if low in TITLES or low in ROLE_WORDS or low in ORGISH_NAME_WORDS:
        return False  # "Court Clerk Dan Fallon": "Court" is a body's word here
    return _known_given(word)


def _known_given(word: str) -> bool:
    """Is ``word`` a given name one of the name tables knows (the ``nicknames`` table,
    the gender table)?"""
    return ascii_fold(word).casefold() in known_given_names() or first_name_gender(word) is not None


# the head of a government body's name
_BODY_HEAD_RE = re.compile(
    r"\b(?:Office|Department|Ministry|Committee|Agency|Service|Bureau|Commission|Council)$"
)


# between two parts of such a name: a comma, and maybe more portfolio words and "and"
# (", " of "the Foreign, Commonwealth and …"; ", Commonwealth, and " of "Foreign,
# Commonwealth, and Development Office")
_PORTFOLIO_GAP_RE = re.compile(r",[ \t]+(?:[A-Z][\w-]*,?[ \t]+){0,3}(?:(?:and|&)[ \t]+)?")


def _portfolio_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body named by a portfolio of several words with commas, which the model cuts at
    the first comma ("the Foreign" and "Commonwealth and Development Office"): one ORG,
    from the first portfolio word (after an owner's "’s") to the body's head."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.label in ("ORG", "GPE", "NORP")
            and nxt.label == "ORG"
            and _PORTFOLIO_GAP_RE.fullmatch(text, m.end, nxt.start)
            and portfolio_word(m.text.split()[-1])
            and nxt.text[:1].isupper()
            and _BODY_HEAD_RE.search(nxt.text)
        ):
            owner = re.search(r"['’]s\s+", m.text)
            start = m.start + owner.end() if owner else m.start
            out.append(Mention(m.article, start, nxt.end, text[start : nxt.end], "ORG"))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


# a surname with an apostrophe after its first letter or two ("D’Entremont", "O'Neill"),
# which the model leaves out of the name before it
_APOSTROPHE_SURNAME_RE = re.compile(r"[ \t]+[A-Z][a-z]?['’][A-Z][\w-]+(?![\w'’])")


def _apostrophe_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person mention runs on to a surname with an apostrophe that the model cut off
    ("Chris" before "D’Entremont": "Chris D’Entremont"), when no other mention holds it."""
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        tail = _APOSTROPHE_SURNAME_RE.match(text, m.end) if m.label == _PERSON_LABEL else None
        if tail is not None and not any(tail.start() < s0 < tail.end() for s0 in starts):
            m = Mention(m.article, m.start, tail.end(), text[m.start : tail.end()], m.label)
        out.append(m)
    return out


# a storm named like a person: "Hurricane Maria", "Typhoon Haiyan", "Storm Ciarán"
_STORM_RE = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Tropical[ \t]+Storm|Superstorm|Storm)[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+)\b"
)


def _storm_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word person mention that the article also names as a storm ("After Maria,
    thousands died" beside "Hurricane Maria") is the storm: an EVENT, no one's name."""
    storms = {m.group("name") for m in _STORM_RE.finditer(text)}
    if not storms:
        return mentions
    return [
        Mention(m.article, m.start, m.end, m.text, "EVENT")
        if m.label == _PERSON_LABEL and m.text in storms
        else m
        for m in mentions
    ]


def _given_names_alone(mentions: list[Mention]) -> list[Mention]:
    """A one-word name the model tagged a place or a body that is the given name of the
    one person the article names in full with it ("the loss of Ashlee" beside "Ashlee
    Good", who is "Good" alone too), and no known place ("Jordan", "Paris"), is that
    person's given name: a PERSON."""
    alone = {m.text for m in mentions if m.label == _PERSON_LABEL and " " not in m.text}
    firsts: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.text.split()
        if m.label == _PERSON_LABEL and len(words) >= 2 and words[0][:1].isupper():
            firsts[words[0]].add(m.text)
    # a full name is a person's when its first word is a known given name or its last
    # is used alone for a person ("Ortiz said"): not "Harvard Law" or "Lakefront
    # Brewery", bodies the model tagged a person
    firsts = {
        first: names
        for first, names in firsts.items()
        if _known_given(first) or any(n.split()[-1] in alone for n in names)
    }
    out = []
    for m in mentions:
        if (
            m.label in ("GPE", "ORG", "LOC", "NORP")
            and " " not in m.text
            and not m.text.isupper()
            and len(firsts.get(m.text, ())) == 1
            and m.text not in place_names()
        ):
            m = Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        out.append(m)
    return out


# a speech verb right after a name: its subject ("Albanese said")
_SPEECH_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:said|says|told|tells|added|adds|argued|insisted|warned|wrote)\b"
)
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|one|each|every)[ \u00a0]+$", re.IGNORECASE)


def _speaking_peoples(text: str, mentions: list[Mention]) -> list[Mention]:
    """A word the model tagged a people or a language that speaks as a person does, one
    word in the singular with no determiner right before a speech verb ("Albanese said"
    with "Albanese" tagged NORP or LANGUAGE: the surname of Anthony Albanese, not the
    Albanians), is a PERSON at every occurrence in the article; a plural people speaking
    ("Republicans said") stays one."""
    speaking = {
        m.text
        for m in mentions
        if m.label in ("NORP", "LANGUAGE")
        and " " not in m.text
        and m.text[:1].isupper()
        and not m.text.endswith("s")
        and not m.text.isupper()
        and _SPEECH_AFTER_RE.match(text, m.end)
        and not _DETERMINER_BEFORE_RE.search(text, max(0, m.start - 8), m.start)
    }
    if not speaking:
        return mentions
    return [
        Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        if m.label in ("NORP", "LANGUAGE") and m.text in speaking
        else m
        for m in mentions
    ]


# a chamber's party caucus, which the model tags as "House" ORG and "Republicans" NORP
_CAUCUS_RE = re.compile(rf"(?<!White )\b(?:{'|'.join(CHAMBERS)}) (?:Republicans|Democrats|GOP)\b")


def _caucuses(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """ "House Republicans", "Senate GOP": one ORG mention in place of those inside it
    (not "the White House GOP strategy")."""
    spans = [hit.span() for hit in _CAUCUS_RE.finditer(text)]
    if not spans:
        return mentions
    out = [m for m in mentions if not any(m.start < b and a < m.end for a, b in spans)]
    out += [Mention(article, a, b, text[a:b], "ORG") for a, b in spans]
    return sorted(out, key=lambda m: (m.start, m.end))


# one-word bodies that are also surnames ("the House" beside "Jay House")
_BODY_WORDS = frozenset(
    "house senate congress court parliament assembly government army navy police state".split()
)


def _people_tagged_org(mentions: list[Mention]) -> list[Mention]:
    """People the model tagged ORG (the module docstring, between passes 3 and 4)."""
    surnames = person_surnames(mentions)
    if not surnames:
        return mentions
    people = {m.text for m in mentions if m.label == _PERSON_LABEL}
    org_words: set[str] = set()  # first and last words of longer organisation names
    for m in mentions:
        words = re.sub(r"['’]s$", "", m.text).split()
        if words[:1] in (["the"], ["The"]):
            words = words[1:]
        if m.label == "ORG" and len(words) > 1 and " ".join(words) not in people:
            org_words.update((words[0], words[-1]))  # not "the Mary Steenburgen" ORG
    # a surname of several words with a particle ("Garriott de Cayeux" after "Richard
    # Garriott de Cayeux"): the full name less its given name
    long_surnames = {
        " ".join(w[1:])
        for p in people
        if len(w := p.split()) >= 3 and any(x in PARTICLES for x in w[1:-1])
    }
    out = []
    for m in mentions:
        word = re.sub(r"['’]s$", "", m.text)
        if (
            (
                m.label in ("ORG", "PRODUCT")  # "family members like Castellón" PRODUCT
                and word in surnames
                and word not in org_words
                and not word.isupper()  # "LRT"
                and word.casefold() not in _NO_SURNAME_WORDS
            )
            or (m.label in ("ORG", "PRODUCT", "WORK_OF_ART") and word in long_surnames)
            or (m.label == "ORG" and _particle_name(m.text))
        ):
            m = Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        out.append(m)
    return out


def _particle_name(name: str) -> bool:
    """A known given name, a particle and capitalised names, nothing else ("María del
    Carmen Castellón", tagged ORG): a person's name, not a body's."""
    words = name.split()
    return (
        3 <= len(words) <= 5
        and (given_name_gender(name) is not None or _known_given(words[0]))
        and any(w in PARTICLES for w in words[1:-1])
        and all(w in PARTICLES or _NAME_WORD_RE.fullmatch(w) for w in words)
        and not any(w.casefold() in ORGISH_NAME_WORDS for w in words)
        and words[-1] not in place_names()
    )


# a person's description beside a name: "Yanis Varoufakis, a professor of economics" /
# "A professor of economics at the University of Athens, Yanis Varoufakis,"
_PERSON_NOUNS = (
    r"professor|lecturer|economist|lawyer|attorney|spokes(?:man|woman|person)|analyst|"
    r"researcher|scientist|doctor|physician|surgeon|nurse|teacher|student|actor|actress|"
    r"singer|writer|author|novelist|journalist|reporter|photographer|director|producer|"
    r"businessman|businesswoman|executive|founder|owner|resident|neighbou?r|witness|"
    r"father|mother|son|daughter|husband|wife|brother|sister|widow|widower|"
    r"man|woman|boy|girl|politician|lawmaker|legislator|senator|diplomat|activist|"
    r"priest|pastor|minister|coach|player|pitcher|boxer|officer|detective|sheriff|deputy"
)
_PERSON_AFTER_RE = re.compile(
    rf",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}(?:{_PERSON_NOUNS})\b"
    rf"|one\s+of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}(?:{_PERSON_NOUNS})s\b)"
    r"(?!\s+(?:said|says|told|added|noted)\b)",  # "Ely Hills, a teacher said, is far"
    re.IGNORECASE,
)
_PERSON_BEFORE_RE = re.compile(
    rf"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,2}}(?:{_PERSON_NOUNS})\b[^,;.!?\n]{{0,60}},\s*$",
    re.IGNORECASE,
)
# an occupation, in lower case, right before the name ("Hungarian astronaut Bertalan
# Farkas", "economist Ada Lurz"); not a role a body's name may follow as a modifier
# ("deputy White House press secretary", "minister", "director", "spokesman")
_OCCUPATION_BEFORE_RE = re.compile(
    r"\b(?:astronaut|cosmonaut|pilot|economist|scientist|physicist|chemist|biologist|"
    r"professor|lecturer|researcher|historian|actor|actress|singer|rapper|writer|author|"
    r"novelist|poet|playwright|journalist|photographer|filmmaker|painter|sculptor|architect|"
    r"lawyer|attorney|doctor|physician|surgeon|nurse|teacher|activist|businessman|"
    r"businesswoman|entrepreneur|boxer|wrestler|golfer|swimmer|sprinter|cyclist|"
    r"quarterback|linebacker|cornerback|receiver|pitcher|catcher|shortstop|outfielder|"
    r"goalkeeper|goalie|striker|midfielder|defenseman|coach|host|anchor|commentator|"
    r"comedian|musician|songwriter|chef|billionaire|investor)\s+$"
)


# a relative named in apposition, a given name alone included ("Floyd's brother,
# Terrence,", "her husband, Ahmed,")
_KIN_BEFORE_RE = re.compile(
    r"(?:['’]s?|\b(?:his|her|their|my|our))\s+(?:(?:younger|older|elder|eldest|youngest"
    r"|late|twin|step)\s*-?)?(?:" + "|".join(sorted(KIN_NOUNS, key=len, reverse=True)) + r"),\s*$",
    re.IGNORECASE,
)


def _name_shaped(words: list[str]) -> bool:
    """Capitalised name words, none in capitals and none a body's ("Yanis Varoufakis",
    not "University Hospital", "NBC")."""
    return all(_NAME_WORD_RE.fullmatch(w) and not w.isupper() for w in words) and not any(
        w.casefold() in ORGISH_NAME_WORDS for w in words
    )


def _appositive_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name of two or three words tagged ORG that a person's description stands beside
    as an appositive ("Yanis Varoufakis, a professor of economics"; "A professor of
    economics at the University of Athens, Yanis Varoufakis,") or right before it in lower
    case ("Hungarian astronaut Bertalan Farkas") is a person, when none of its words names
    a kind of body ("University", "Party"); so is a name of one to three words set off by
    commas after a relative ("Floyd's brother, Terrence,")."""
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            (
                m.label in ("ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC")
                and len(words) <= 3
                and _name_shaped(words)
                and _KIN_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
                and re.match(r"\s*[,.]", text[m.end : m.end + 2])
            )
            or (
                m.label in ("GPE", "NORP", "LOC")  # "Sani Abdullahi, one of the teachers"
                and 2 <= len(words) <= 3
                and _name_shaped(words)
                and m.text not in place_names()
                and not any(w in place_names() for w in words)
                and _PERSON_AFTER_RE.match(text, m.end) is not None
            )
            or (
                m.label == "ORG"
                and 2 <= len(words) <= 3
                and _name_shaped(words)
                and (
                    _PERSON_AFTER_RE.match(text, m.end)
                    or (
                        _PERSON_BEFORE_RE.search(text, max(0, m.start - 120), m.start)
                        and re.match(r"\s*,", text[m.end : m.end + 2])
                    )
                    or _OCCUPATION_BEFORE_RE.search(text, max(0, m.start - 20), m.start)
                )
            )
        ):
            m = Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        out.append(m)
    return out


# between two items of a list of names: a comma, "and"/"or", or both, after an optional
# bracket ("P.J. Carlesimo (Oklahoma City), Eddie Jordan (Washington)")
_LIST_GAP_RE = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2}")
_OTHER_NAME_LABELS = frozenset(
    {"ORG", "GPE", "FAC", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "DATE"}
)  # "Fredric March" DATE


def _person_shaped_words(name: str) -> bool:
    """Two or three capitalised words, no body's word, the first maybe initials
    ("Agnes Moorhead", "P.J. Carlesimo"; not "Warner Bros", "Ritz")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(
            (w[:1].isupper() and w[1:2].islower() and _NAME_WORD_RE.fullmatch(w))
            or (i == 0 and _INITIALS_RE.fullmatch(w))
            for i, w in enumerate(words)
        )
        and not any(w.casefold().strip(".") in ORGISH_NAME_WORDS for w in words)
    )


def _listed_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name of a person's shape the model tagged otherwise, listed among people
    ("the same clinic where Britney Spears, Ben Affleck, Charlie Sheen, and Lindsay
    Lohan were"; "Jane Fonda, Alan Alda, Agnes Moorhead, Thelma Ritter"), is a person:
    a list of three names or more, two of them PERSON with a given name the ``nicknames``
    table knows, the others of a person's shape."""
    ordered = sorted(mentions, key=lambda m: m.start)
    lists: list[list[int]] = []
    prev: int | None = None
    for i, m in enumerate(ordered):
        if prev is not None:
            p = ordered[prev]
            if m.start < p.end:
                continue  # inside the last one
            gap = _LIST_GAP_RE.fullmatch(text, p.end, m.start)
            if p.end <= m.start and text[p.end : m.start].lstrip().startswith("("):
                inner = text.find(")", p.end)
                if inner >= 0 and m.end <= inner:
                    continue  # a mention in the bracket after a listed name
            if gap:
                lists[-1].append(i)
                prev = i
                continue
        lists.append([i])
        prev = i
    relabel: set[int] = set()
    for items in lists:
        if len(items) < 3:
            continue
        # people by a given name the nicknames table knows ("Ben Affleck"; not "Pernod
        # Ricard", tagged PERSON in a list of companies)
        people = [
            i
            for i in items
            if ordered[i].label == _PERSON_LABEL
            and ordered[i].text.split()[0].casefold() in known_given_names()
        ]
        others = [i for i in items if ordered[i].label != _PERSON_LABEL]
        if len(people) >= 2 and all(
            ordered[i].label in _OTHER_NAME_LABELS and _person_shaped_words(ordered[i].text)
            for i in others
        ):
            relabel.update(others)
    if not relabel:
        return mentions
    targets = {(ordered[i].start, ordered[i].end) for i in relabel}
    return [
        Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        if (m.start, m.end) in targets
        else m
        for m in mentions
    ]


# a road by its name: a name of two words or more ending in a road's word
_ROAD_RE = re.compile(
    r"\s(?:Street|St\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Road|Rd\.?|Lane|Drive|Highway|"
    r"Parkway|Expressway|Freeway|Turnpike)$"
)
# streets whose name stands for a trade or a government ("Wall Street said")
_METONYM_STREETS = frozenset({"wall", "downing", "fleet", "madison", "k"})


def _roads(mentions: list[Mention]) -> list[Mention]:
    """A road tagged as a body, a person or a country ("Norwalk Boulevard" ORG, "Snyder
    Ave" PERSON, "High Street" GPE) is a facility, as the model tags most roads; not a
    street that stands for a trade or a government ("Wall Street", "Downing Street")."""
    out = []
    for m in mentions:
        name = re.sub(r"^[Tt]he\s+", "", m.text)
        if (
            m.label in ("ORG", _PERSON_LABEL, "GPE")
            and _ROAD_RE.search(name)
            and name.split()[0].casefold() not in _METONYM_STREETS
        ):
            m = Mention(m.article, m.start, m.end, m.text, "FAC")
        out.append(m)
    return out


# a place's kind in lower case right after its name ("the Maka Al-Mukarramah hotel",
# "Goni Modu mosque"): the name is the building's or the road's, not a person's
_FACILITY_AFTER_RE = re.compile(
    r"[ \t]+(?:hotel|road|street|avenue|highway|mosque|church|temple|hospital|airport"
    r"|stadium|bridge|market|camp|prison|checkpoint|junction|roundabout)s?\b(?![-'’])"
)


def _facilities_by_kind(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name of two words or more tagged a person right before a lower-case kind of
    building or road ("the Maka Al-Mukarramah hotel") is a facility; not one owned
    ("Ray's hotel"), nor one word, which may be a faith or a person's name used as a
    modifier ("a Sikh temple", "the Trump hotel")."""
    out = []
    for m in mentions:
        if (
            m.label == _PERSON_LABEL
            and len(m.text.split()) >= 2
            and not re.search(r"['’]s?$", m.text)
            and _FACILITY_AFTER_RE.match(text, m.end)
        ):
            m = Mention(m.article, m.start, m.end, m.text, "FAC")
        out.append(m)
    return out


# where a sentence, a line or a quotation opens
_OPENING_RE = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+|[\"“‘]\s?)$")
# a body's word the text may name a body by alone ("Navy's frigate", "Parliament")
_BODY_NAME_WORDS = (
    _BODY_WORDS
    | ORGISH_NAME_WORDS
    | frozenset("marines legislature cabinet ministry pentagon".split())
)


def _capitalised_openers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word PERSON, ORG or NORP that is a common word capitalised only because it
    opens a sentence, a line or a quotation ("Arson is suspected", "Riot police fired",
    "Gunfire was reported", "Protests are expected") goes: the article writes it in
    lower case elsewhere and never capitalised inside a sentence, and it is no part of a
    longer name and no surname of a person named in full ("Rice production" goes beside
    "rice"; "Price said" stays beside "Tom Price"), nor a body's word ("Navy's frigate")."""
    longer = " ".join(m.text for m in mentions if " " in m.text)
    surnames = person_surnames(mentions)
    dropped: set[str] = set()
    kept: set[str] = set()
    out = []
    for m in mentions:
        word = m.text
        if (
            m.label not in (_PERSON_LABEL, "ORG", "NORP")
            or not re.fullmatch(r"[A-Z][a-z]+", word)
            or word in kept
        ):
            out.append(m)
            continue
        if word not in dropped:
            common = (
                word not in surnames
                and word.casefold() not in _BODY_NAME_WORDS
                and not re.search(rf"\b{word}\b", longer)
                and re.search(rf"(?<![\w-]){word.lower()}(?![\w-])", text) is not None
                and all(
                    _OPENING_RE.search(text, max(0, hit.start() - 4), hit.start())
                    for hit in re.finditer(rf"(?<![\w-]){word}(?![\w-])", text)
                )
            )
            (dropped if common else kept).add(word)
        if word not in dropped:
            out.append(m)
    return out


# a firm's legal form closing its name ("Dräger, Inc.")
_LEGAL_FORM_RE = re.compile(r",\s*(?:Inc|Ltd|LLC|LLP|PC|P\.C|Co|Corp|PLC|S\.A|AG|GmbH)\.?$")


def _comma_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """A mention that is a list of names the model tagged as one ("Facebook, Workplace,
    Instagram", "Ortiz, Orozco", "People, Reid") is its names, each with the label the
    article gives it elsewhere (else the list's); not a body named with commas ("the
    Bureau of Alcohol, Tobacco, Firearms and Explosives", "Council on Energy,
    Environment and Water", "the Foreign, Commonwealth and Development Office"), a
    firm's partners ("Mintz, Levin, Cohn, Ferris, Glovsky & Popeo") or a legal form
    ("Dräger, Inc.")."""
    labels = {m.text: m.label for m in mentions if ", " not in m.text}
    out: list[Mention] = []
    for m in mentions:
        head = m.text.split(", ")[0]
        if (
            ", " not in m.text
            or m.label not in ("ORG", "GPE", _PERSON_LABEL, "FAC", "WORK_OF_ART")
            or re.search(r"\s(?:of|on|for)\s", head)
            or (portfolio_word(head.split()[-1]) and _BODY_HEAD_RE.search(m.text))
            or _LEGAL_FORM_RE.search(m.text)
            or "&" in m.text
            or re.search(r"\s(?:PC|LLP)$", m.text)
        ):
            out.append(m)
            continue
        for part in re.finditer(r"[^,]+", m.text):
            name = part.group().strip()
            start = m.start + part.start() + (len(part.group()) - len(part.group().lstrip()))
            if not name[:1].isupper() or len(name) < 2:
                continue  # "the G" and "H" of "the G, H": no names
            out.append(
                Mention(m.article, start, start + len(name), name, labels.get(name, m.label))
            )
    return out


# an outlet's noun before or after its name ("the conservative daily Eleftheros Typos",
# "the respected Kathimerini newspaper", "the fact-checking website Full Fact")
_OUTLET_BEFORE_RE = re.compile(
    r"\b(?:daily|newspaper|paper|magazine|website|tabloid|weekly|broadcaster|channel|"
    r"network|blog|outlet|publication|news agency|wire service)[ \u00a0]+$"
)
_OUTLET_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:newspaper|daily|magazine|website|news agency|news site|tabloid|blog)\b"
)


# a word a company's name ends with that no person's name does ("Dick Clark Productions",
# "Big Machine Records", "Sony Pictures")
_COMPANY_WORD_RE = re.compile(
    r"\s(?:Productions|Records|Pictures|Studios|Entertainment|Airlines|Airways|Industries|"
    r"Enterprises|Pharmaceuticals|Laboratories|Technologies|Communications|Motors|Foods|"
    # a shipowner or a trade's firm ("Kallisto Maritime said it had lost contact")
    r"Maritime|Shipping|Logistics|Holdings|Petroleum|Mining|Chemicals|Construction)"
    r"(?:['’]s?)?$"
)


# the last word of a product's model name ("MacBook Pro", "Chromecast Ultra", "Disney
# Plus"; not "Edition": "The New York Times International Edition" is a paper); numbers
# reads these after a model number too ("the iPhone 11 Pro")
MODEL_WORDS = ("Pro", "Ultra", "Plus", "Mini", "Lite")
_PRODUCT_TAIL_RE = re.compile(rf"\s(?:{'|'.join(MODEL_WORDS)})$")
# a noun of a made thing right after a name: "the Chrome browser", "its Blue Moon
# lander", "the Dream Chaser vehicle", "a Nintendo Switch controller"
_PRODUCT_NOUN_AFTER_RE = re.compile(
    r"[ \t]+(?:browser|console|controller|laptop|smartphone|tablet|rover|lander|"
    r"spacecraft|supercomputer|telescope|processor|chipset|headset|grille)s?\b"
)
# what a product's name follows: "the", "its", "their" ("the Chrome browser"), not "a" or
# nothing ("a Samsung smartphone", "Obama drone strikes": the maker, the person)
_PRODUCT_DETERMINER_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+$")


def _products(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name tagged as a person or a body that is a product's ("MacBook Pro" PERSON,
    "Chromecast Ultra" ORG), by the word that ends it or the noun of a made thing right
    after it with "the" or "its" before it ("the Chrome browser", "its Blue Moon lander";
    not an acronym, an owner or a name after "a", its maker: "a NASA spacecraft", "Blue
    Origin's lander", "a Samsung smartphone"), is a PRODUCT: no participant of the
    story.  A person's name that opens with a given name ("Paul
    Pro") keeps its label on its last word alone."""
    return [
        Mention(m.article, m.start, m.end, m.text, "PRODUCT")
        if m.label in (_PERSON_LABEL, "ORG")
        and (
            (
                " " in m.text
                and _PRODUCT_TAIL_RE.search(m.text)
                and not (
                    m.label == _PERSON_LABEL and m.text.split()[0].casefold() in known_given_names()
                )
            )
            or (
                _PRODUCT_NOUN_AFTER_RE.match(text, m.end)
                and _PRODUCT_DETERMINER_RE.search(text, max(0, m.start - 8), m.start)
                # its maker, not its name: "the NASA spacecraft", "Blue Origin's lander"
                and not m.text.isupper()
                and not re.search(r"['’]s?$", m.text)
            )
        )
        else m
        for m in mentions
    ]


def _company_names(mentions: list[Mention]) -> list[Mention]:
    """A name tagged as a person that ends with a word only companies end with is an
    ORG ("Dick Clark Productions said": the company, not a man)."""
    return [
        Mention(m.article, m.start, m.end, m.text, "ORG")
        if m.label == _PERSON_LABEL and _COMPANY_WORD_RE.search(m.text)
        else m
        for m in mentions
    ]


def _outlets_by_noun(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name tagged as a person that the article calls an outlet by its noun ("the
    conservative daily Eleftheros Typos", "the respected Kathimerini newspaper",
    "According to the Sensei website") is an ORG; not an owner's ("Linda McMahon's
    website").  So is one word tagged as a person right after a body's noun ("the
    monitoring group Rasd"), and a name written as a place's ("Nouakchott-based
    political scientist …") is a place."""
    out = []
    for m in mentions:
        if (
            m.label == _PERSON_LABEL
            and text.startswith("-based", m.end)
            and m.text in place_names()  # not "a Reagan-based approach"
        ):
            m = Mention(m.article, m.start, m.end, m.text, "GPE")
        elif (
            m.label == _PERSON_LABEL
            and not re.search(r"['’]s?$", m.text)
            and (
                _OUTLET_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
                or _OUTLET_AFTER_RE.match(text, m.end)
                or _named_body(text, m)
            )
        ):
            m = Mention(m.article, m.start, m.end, m.text, "ORG")
        out.append(m)
    return out


def _named_body(text: str, m: Mention) -> bool:
    """One word right after a body's noun, before punctuation or a speech verb, is the
    body's name ("the monitoring group Rasd said"), not its founder's ("the movement
    Navalny founded")."""
    if " " in m.text or not _BODY_BEFORE_RE.search(text, max(0, m.start - 30), m.start):
        return False
    return not re.match(r"\s+[a-z]", text[m.end : m.end + 2]) or bool(
        _BODY_SAID_RE.match(text, m.end)
    )


# what a body's name is followed by ("the monitoring group Rasd said")
_BODY_SAID_RE = re.compile(r"\s+(?:said|says|reported|reports|told|added|estimated)\b")
# a body's noun right before its one-word name: "the monitoring group Rasd"
_BODY_BEFORE_RE = re.compile(
    r"\b(?:group|organi[sz]ation|agency|movement|network|observatory|coalition|militia|"
    r"faction|charity|association|alliance)[ \u00a0]+$"
)


# a speech verb the tagger ran into a name's span ("Gilreath explained" WORK_OF_ART)
_SPAN_VERB_RE = re.compile(
    r"[ \t]+(?:said|says|explained|explains|added|adds|told|tells|noted|notes|stressed|"
    r"warned|recalled|wrote|insisted|continued|confirmed|acknowledged)$"
)


def _verbs_in_spans(text: str, mentions: list[Mention], surnames: set[str]) -> list[Mention]:
    """A span of a surname and a speech verb ("Gilreath explained", tagged a work or a
    body) is that person's surname, when the article names the person in full."""
    out = []
    for m in mentions:
        v = _SPAN_VERB_RE.search(m.text) if m.label != _PERSON_LABEL else None
        if v is not None and m.text[: v.start()] in surnames:
            name = m.text[: v.start()]
            m = Mention(m.article, m.start, m.start + len(name), name, _PERSON_LABEL)
        out.append(m)
    return out


def person_surnames(mentions: Iterable[Mention]) -> set[str]:
    """Surnames of the people named in full among ``mentions``."""
    return {n for m in mentions if m.label == _PERSON_LABEL if (n := _surname(m.text))}


# a title before a surname ("Mr. Cornyn", "Senator Cornyn"): not a longer name
_TITLE_BEFORE_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Representative|Governor|"
    r"Secretary|Speaker|Judge|Justice|Leader|Chairman|Chairwoman)\.?"
)


def _sentence_end(word: str) -> bool:
    """Does ``word`` end a sentence with its full stop ("… of Arizona. Flake crossed"),
    being no initial ("J.") nor a title's abbreviation ("Sen.", "Gov.")?"""
    bare = word.rstrip(".")
    return word.endswith(".") and len(bare) > 3 and bare.lower() not in ABBREVIATIONS


def _free_hits(
    text: str, pattern: re.Pattern[str], covered: list[tuple[int, int]], titled: bool = False
) -> Iterator[re.Match[str]]:
    """The occurrences of ``pattern`` in ``text`` that no mention covers (``covered``:
    the mentions' spans) and that are no part of a longer capitalised name: no
    capitalised word just before ("Jane Cornyn", "Reverses Bush"; a sentence opener,
    "In", "Later", or the last word of a sentence before, may be, or with ``titled`` a
    title, "Mr.") nor just after ("Cornyn
    Foundation", "Lionsgate Films")."""
    for hit in pattern.finditer(text):
        s, e = hit.span()
        if any(a < e and s < b for a, b in covered):
            continue
        prev_word = re.search(r"([A-Za-z][\w'’.-]*) +$", text[max(0, s - 30) : s])
        if (
            prev_word is not None
            and prev_word.group(1)[:1].isupper()
            and prev_word.group(1) not in _STARTERS
            and not (titled and _TITLE_BEFORE_RE.fullmatch(prev_word.group(1)))
            and not _sentence_end(prev_word.group(1))
        ):
            continue
        after = text[e : e + 30]
        if after[:1] == " " and _NEIGHBOUR_CAP_RE.match(after.lstrip(" ")):
            continue
        yield hit


def propagate_surnames(
    text: str, mentions: list[Mention], article: str, surnames: set[str]
) -> list[Mention]:
    """``mentions`` plus a PERSON mention at each stand-alone occurrence of a surname."""
    if not surnames:
        return mentions
    covered = sorted((m.start, m.end) for m in mentions)
    # case-blind ("LaBolt" for "Ben Labolt"), but a name starts with a capital
    pattern = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b", re.IGNORECASE
    )
    added = [
        Mention(article, hit.start(), hit.end(), hit.group(), _PERSON_LABEL)
        for hit in _free_hits(text, pattern, covered, titled=True)
        if hit.group()[:1].isupper() and not hit.group().isupper()
    ]
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


_PROPAGATED = frozenset({"ORG", "GPE", "LOC", "FAC"})


def propagate_names(
    text: str, mentions: list[Mention], article: str, surnames: set[str]
) -> list[Mention]:
    """``mentions`` plus a mention at each untagged occurrence of a name the article tags
    elsewhere, with that label: an organisation, place or facility ("Lionsgate" ORG
    once, "will Lionsgate pay it?" untagged) or a person named in full.  Only a name
    the article tags one way; never inside a longer capitalised run ("Reverses Bush
    on") or in the dateline.  A one-word name must be tagged twice, and is never a
    place (a city is also its team or government: "Boston signed"), a word the text
    also writes in lower case ("People", "people") or the surname of a person the
    article names (``surnames``: "Jordan")."""
    labels: dict[str, set[str]] = defaultdict(set)
    tags: Counter[str] = Counter()
    for m in mentions:
        labels[m.text].add(m.label)
        tags[m.text] += 1
    names = {}
    for name, ls in labels.items():
        if len(ls) != 1 or len(name) < 3 or "\n" in name:
            continue
        (label,) = ls
        one_word = " " not in name
        if label == _PERSON_LABEL and one_word:
            continue  # surnames: propagate_surnames
        if label not in _PROPAGATED and label != _PERSON_LABEL:
            continue
        if not _NAME_WORD_RE.match(name) or name.endswith(("'s", "’s")):
            continue
        if one_word and (
            label in ("GPE", "LOC")  # a city for its team or government ("Boston signed")
            or tags[name] < 2
            or name in surnames
            or re.search(r"\b" + re.escape(name.lower()) + r"\b", text)
        ):
            continue
        names[name] = label
    if not names:
        return mentions
    covered = sorted((m.start, m.end) for m in mentions)
    cut = dateline_end(text)
    pattern = re.compile(
        r"(?<![\w@#])(?:"
        + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        + r")(?![\w])"
    )
    added = [
        Mention(article, hit.start(), hit.end(), hit.group(), names[hit.group()])
        for hit in _free_hits(text, pattern, covered)
        if hit.start() >= cut
    ]
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


# 'William "Mo" Cowan', 'Robert “Bobby” Vance': a given name, a quoted nickname, a surname
_QUOTED_NICK_RE = re.compile(
    r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?\s+[\"“][A-Z][\w'’.-]*[\"”]\s+[A-Z][\w'’-]*[a-z]\b"
)
# "Mintz, Levin, Cohn & Popeo", "Hale, Dorr and Pike LLP": a firm named for its partners
_FIRM_RE = re.compile(
    r"\b[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)+,?\s+(?:&|and)\s+[A-Z][\w'’-]+"
    r"(?:,?\s+(?:P\.?C\.?|L\.?L\.?P\.?|L\.?L\.?C\.?|PLLC|Inc\.?))?"
)
_FIRM_SUFFIX_RE = re.compile(r"\s(?:P\.?C\.?|L\.?L\.?P\.?|L\.?L\.?C\.?|PLLC|Inc\.?)$")
_FIRM_CONTEXT_RE = re.compile(
    r"\b(?:firm|office|offices|partner|associate)(?:\s+(?:of|at|in))?\s+$"
)
_FIRM_BEFORE_RE = re.compile(r"\b(?:law|lobbying|accounting|consulting)\s+firm(?:\s+of)?,?\s+$")


# "Luis Gerardo (Jerry) Ortiz", "Kimani (Kiki) Gray": a nickname in brackets
_BRACKETED_NICK_RE = re.compile(
    r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*|\s+[A-Z]\.)?\s+\((?P<nick>[A-Z][a-z][\w'’-]*)\)"
    r"\s+[A-Z][\w'’-]*[a-z]\b"
)


_THE_BEFORE_RE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)


def _titled_thing(text: str, b: re.Match[str], mentions: list[Mention]) -> bool:
    """Is a bracketed-nickname match a paper's or a thing's name, not a person's: "the"
    before it or as its first word ("The Hamilton (Ontario) Spectator"), or a place in
    the brackets (a word the article tags as a place)?"""
    if b.group().startswith("The ") or _THE_BEFORE_RE.search(
        text, max(0, b.start() - 6), b.start()
    ):
        return True
    inner = b.group("nick").casefold()
    return any(m.label in ("GPE", "LOC") and m.text.casefold() == inner for m in mentions)


def _nicknamed_names(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """A name with a quoted nickname ('William "Mo" Cowan') is one PERSON mention; the
    model cuts it at the quote marks ('William "Mo' PERSON, 'Cowan' ORG).  So is one
    with a nickname in brackets ("Kimani (Kiki) Gray") where the model saw a name."""
    spans = [m.span() for m in _QUOTED_NICK_RE.finditer(text)]
    spans += [
        b.span()
        for b in _BRACKETED_NICK_RE.finditer(text)
        if not _INSTITUTION_AFTER_RE.match(text[b.end() : b.end() + 20].casefold())
        and not _titled_thing(text, b, mentions)
        and any(m.label in _NAME_LABELS and m.start < b.end() and b.start() < m.end
                for m in mentions)
    ]  # fmt: skip
    if not spans:
        return mentions
    out = [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]
    out += [Mention(article, s, e, text[s:e], _PERSON_LABEL) for s, e in spans]
    return sorted(out, key=lambda m: (m.start, m.end))


# a work's title after the noun of its kind: "her new cookbook, Everyday Dorie ($50)",
# "his war comic Forgotten Grunt", "the installation Slow Dance"; the model tags many
# such titles PERSON, and "she says" then found a book to speak
# (the screen's and the page's: ``link.entities`` reads a story's titles after them too)
WORK_TITLE_NOUNS = "book|novel|memoir|film|movie|documentary|album|song|show|series|sitcom|musical"
_WORK_NOUNS = (
    f"{WORK_TITLE_NOUNS}|cookbook|biography|autobiography|single|play|opera|poem|comic|"
    "podcast|painting|installation|exhibition|exhibit|sculpture|video game|game|app|"
    "classic|miniseries|cartoon|franchise"  # "the Christmas classic Home Alone"
)
_WORK_BEFORE_RE = re.compile(
    # a determiner, an owner or a year first: "rioting show Alexandros …" (a verb), "a
    # single Uzbek name" (an adjective) are none; "in 1999 movie American Pie", "the 2006
    # film hit “Dreamgirls”" are
    r"(?:(?:\b(?i:the|a|an|his|her|their|its|our|my|your)|['’]s?|\b(?:19|20)\d\d)[ \u00a0]+"
    # lower-case words, or a holiday's ("the Christmas classic Home Alone")
    r"(?:(?:[a-z0-9][\w\-]*|Christmas|Halloween|Easter)[ \u00a0]+){0,3}?"
    rf"(?:{_WORK_NOUNS})(?:[ \u00a0]+hit)?(?P<comma>,)?[ \u00a0]+"
    r"(?:(?:titled|entitled)[ \u00a0]+)?[\"“‘]?[ \u00a0]?"
    r"|\bTV['’]s[ \u00a0]+)$"  # "on TV's Fantasy Island"
)
# an actor's credits: "has starred in American Pie", "her roles in X and Y", "a guest
# role in X", "her film credits include “Van Wilder”"
# (not "played no role in Cheeks's firing", "appeared in Federal Court")
_CREDITS_BEFORE_RE = re.compile(
    r"(?:\b(?:starred|starring|co-starred)|\b(?:his|her|their)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"roles?|\b(?:guest|starring|leading|lead|supporting|title|cameo)[ \u00a0]+roles?)"
    r"[ \u00a0]+in[ \u00a0]+[\"“‘]?[ \u00a0]?$|\bcredits[ \u00a0]+include[ \u00a0]+[\"“‘]?$"
)
# a title between quotation marks, its comma or full stop inside them maybe
# (an opening mark after a space or a bracket: not the closing mark of the quote before)
_QUOTED_AROUND_RE = (
    re.compile(r"(?:^|[\s(])[\"“‘][ \u00a0]?$"),
    re.compile(r"[,.]?[ \u00a0]?[\"”’](?!\w)"),
)
# the screen's or the page's words in the sentence of a quoted title
_WORK_CUE_RE = re.compile(
    rf"\b(?:{WORK_TITLE_NOUNS}|films|movies|shows|books|star|starred|starring|stars|role|"
    r"roles|director|directed|screenwriter|sequel|franchise|trailer|premiere|box office|"
    r"credits|episode|season|actor|actress|novelist|author)\b"  # in running text, not
)  # in a name ("Movie Star News")
_SPEECH_AFTER_RE = re.compile(r",?[ \u00a0]+(?:said|says|say|told|tells|wrote|writes)\b")
# (a bracket of a price or a year, not of a cast: "series, Bella (Kristen Stewart)")
_APPOSITIVE_END_RE = re.compile(r"[ \u00a0]*(?:[,.;:—–]|\((?![A-Z])|$)")


def _works(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """A name right after the noun of a work, with its determiner or a year ("her new
    cookbook, Everyday Dorie", "his war comic Forgotten Grunt", "1999 movie American
    Pie"), after an actor's credits ("starred in X", "roles in X") or between quotation
    marks in a sentence about the screen or the page is that work's title:
    WORK_OF_ART, never a person.  Not a name a speech verb follows ("wrote the book,
    Jane Doe said"), nor, after a comma, one that no comma, bracket or stop closes;
    only that mention (a film may bear its subject's name: "the film Bettie Page")."""
    out = []
    for m in mentions:
        tv = re.match(r"TV['’]s[ \u00a0]+(?=[A-Z])", m.text)
        if tv and m.label in ("PERSON", "ORG"):
            # "TV's Fantasy Island" tagged as one name: the show, without "TV's"
            start = m.start + tv.end()
            out.append(Mention(article, start, m.end, text[start : m.end], "WORK_OF_ART"))
            continue
        if m.label in ("PERSON", "ORG") and not _SPEECH_AFTER_RE.match(text, m.end):
            b = _WORK_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
            if (
                (
                    b is not None
                    and not (b.group("comma") and not _APPOSITIVE_END_RE.match(text, m.end))
                )
                or _CREDITS_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None
                or _quoted_title(text, m)
            ):
                m = Mention(article, m.start, m.end, m.text, "WORK_OF_ART")
        out.append(m)
    return out


_QUOTE_MARKS = "\"“”‘’'«»"


def _people_tagged_as_works(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name the model tagged as a work (WORK_OF_ART) that is, as written, a person
    the article names in full or that person's surname, and stands outside quotation
    marks, is that person: near a book, the model tags its author's name as the book
    ("Cartwright, asked on CNN whether …, said").  A work's cue before it ("the novel
    Jo Ray") makes it a work again (``_works``, run after)."""
    full = {m.text for m in mentions if m.label == _PERSON_LABEL and " " in m.text}
    names = full | person_surnames(mentions)
    out = []
    for m in mentions:
        if (
            m.label == "WORK_OF_ART"
            and m.text in names
            and text[max(0, m.start - 1) : m.start] not in _QUOTE_MARKS
            and not re.match(r"[,.!?]?[\"“”‘’'«»]", text[m.end : m.end + 2])
        ):
            m = Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        out.append(m)
    return out


def _quoted_title(text: str, m: Mention) -> bool:
    """Is ``m`` a title between quotation marks in a sentence about the screen or the
    page ("the star of “American Pie”, “Van Wilder” and …"; not a so-called “State” of
    a sentence about a war)?"""
    before, after = _QUOTED_AROUND_RE
    if not (before.search(text, max(0, m.start - 3), m.start) and after.match(text, m.end)):
        return False
    start = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    sentence = text[start : min(ends) if ends else len(text)]
    return _WORK_CUE_RE.search(sentence.replace(m.text, " ")) is not None


# an award by its name: "the Oscars", "an Oscar nod", "the Oscar-nominated film",
# "two Emmys" (the model tags "Oscar" a person: it was merged with a boy called Oscar)
_AWARD_PLURAL_RE = re.compile(
    r"(?:the\s+)?(?:Oscars|Emmys|Grammys|Golden\s+Globes|Academy\s+Awards|Tony\s+Awards)"
)
_AWARD_RE = re.compile(
    r"(?:the\s+)?(?:Oscar|Emmy|Grammy|Golden\s+Globe|Academy\s+Award|Tony\s+Award)"
)
# a prize or a contest by its name, ordinal or year before it maybe ("the 79th Academy
# Awards", "the Philip K. Dick Award", "the Wells Fargo Championship", "the Farmers
# Insurance Open", "the American League Division Series"): an event, not a body
_CONTEST_RE = re.compile(
    r"(?:[Tt]he\s+|an?\s+)?(?:(?:\d+(?:st|nd|rd|th)|\d{4})\s+)?"
    r"(?:[A-Z][\w.'’&-]*\s+){1,5}"
    r"(?:Awards?|Prize|Championships?|Open|Cup|Invitational|Classic|Bowl|Series|Grand Prix|"
    r"Lecture|Festival|Marathon)"
)
_AWARD_BEFORE_RE = re.compile(
    r"\b(?i:an|the|his|her|their|its|first|second|third|best|two|three|four|five|\d+)\s+$"
)
_AWARD_AFTER_RE = re.compile(
    r"\s*-?\s*(?:nominated|winning|winner|winners|nod|nods|nomination|nominations|"
    r"nominee|nominees|win|wins|host|hosts|hosting|ceremony|telecast|statuette|race|"
    r"buzz|night|campaign|voters|show)\b"
)


def _awards(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """An award named as one ("the Oscars", "an Oscar nod", "Oscar-nominated", "won an
    Emmy") is an event, never a person; "son Oscar, 8" and "Oscar Pistorius" stay.  So
    is a prize or a contest by its name ("the 79th Academy Awards", "the Wells Fargo
    Championship", "the Farmers Insurance Open") tagged a body, a person or a place."""
    out = []
    for m in mentions:
        if m.label in ("PERSON", "ORG", "WORK_OF_ART", "NORP", "GPE", "FAC", "LOC"):
            award = (
                _AWARD_PLURAL_RE.fullmatch(m.text) is not None
                or (m.label != "WORK_OF_ART" and _CONTEST_RE.fullmatch(m.text) is not None)
            ) or (
                _AWARD_RE.fullmatch(m.text) is not None
                and not re.match(r"\s+[A-Z]|,\s*\d", text[m.end : m.end + 4])
                and (
                    _AWARD_BEFORE_RE.search(text, max(0, m.start - 12), m.start) is not None
                    or _AWARD_AFTER_RE.match(text, m.end) is not None
                )
            )
            if award:
                m = Mention(article, m.start, m.end, m.text, "EVENT")
        out.append(m)
    return out


def _cut_at_and(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """An organisation the model cut at its "and" ("The Fish and Wildlife Service
    declined" -> "Wildlife Service") is whole again when the article writes the whole
    name elsewhere ("the U.S. Fish and Wildlife Service"): the words before the cut
    that the longer name has before it; else the capitalised run before the "and"
    when the whole is a body's name (``_and_whole``)."""
    names = [m.text for m in mentions if m.label == "ORG" and " and " in m.text]
    out = []
    grown: list[tuple[int, int]] = []
    for m in mentions:
        if m.label == "ORG" and " and " not in m.text:
            for name in names:
                head, _, tail = name.rpartition(" and ")
                last = head.split()[-1] if head.split() else ""
                lead = f"{last} and "
                if tail == m.text and last[:1].isupper() and text.endswith(lead, 0, m.start):
                    s0 = m.start - len(lead)
                    m = Mention(article, s0, m.end, text[s0 : m.end], m.label)
                    grown.append((s0, m.end))
                    break
            else:
                whole = _and_whole(text, m, mentions)
                if whole is not None:
                    m = Mention(article, whole, m.end, text[whole : m.end], m.label)
                    grown.append((whole, m.end))
        out.append(m)
    # the first part of a whole name found elsewhere, left alone where the model tagged
    # nothing after its "and" ("Customs" of "Customs and Border Protection, part of …")
    wholes = {text[s0:e0] for s0, e0 in grown}
    for i, m in enumerate(out):
        if m.label != "ORG":
            continue
        full = next(
            (w for w in wholes if w.startswith(f"{m.text} and ") and text.startswith(w, m.start)),
            None,
        )
        if full is not None and (m.start, m.start + len(full)) not in grown:
            out[i] = Mention(article, m.start, m.start + len(full), full, m.label)
            grown.append((m.start, m.start + len(full)))
    # a word the cut left as a name of its own ("Fish"), now inside the whole name
    return [
        m
        for m in out
        if not any(
            s0 <= m.start and m.end <= e0 and (m.start, m.end) != (s0, e0) for s0, e0 in grown
        )
    ]


# the capitalised run before " and " ("Central Commission for Elections and", "Palmer
# Fire and"), joined by "for", "of" and "the"
_RUN_BEFORE_AND_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \u00a0]+(?:(?:for|of|the)[ \u00a0]+)*)*"
    r"[A-Z][\w.'’-]*[ \u00a0]+and[ \u00a0]+$"
)


_TITLE_ENDS = frozenset({"general", "president", "chairman", "director", "secretary"})


def _and_whole(text: str, m: Mention, mentions: list[Mention]) -> int | None:
    """Where a body's name the model cut at its "and" starts, when the article writes
    it whole once only ("the Central Commission for Elections and Referenda", "Palmer
    Fire and Rescue", "Customs and Border Protection"): the capitalised run before the
    "and", no part of another mention, no stop word, and a body's word in the whole
    name ("Tide, Bounty and Crest" stays three; "the Interior and Commerce departments"
    are two)."""
    run = _RUN_BEFORE_AND_RE.search(text, max(0, m.start - 80), m.start)
    if (
        run is None
        # "the Interior and Commerce departments": two bodies' words before a plural
        or (" " not in m.text and re.match(r"[ \u00a0]+[a-z]+s\b", text[m.end :]))
        or m.text[:4].casefold() == "the "  # "the Court of Justice and the Council"
    ):
        return None
    words = run.group(0).split()[:-1]
    start = run.start()
    if words[0] in ("The", "the") and len(words) > 1:
        # "The Fish and Wildlife Service declined": the body's name after its article
        words = words[1:]
        start = text.index(words[0], start)
    if (
        words[0].casefold() in STOP_WORDS
        # a title before the "and" ("Connecticut Attorney General and U.S. Senate
        # candidate Richard Blumenthal"): two roles of one person, no body's name
        or words[-1].casefold().strip(".") in ROLE_WORDS | _TITLE_ENDS
        # a name before the run ends it elsewhere ("Yahoo! News and CNN News")
        or re.search(r"[A-Z][\w.]*[!?]?[ \u00a0]*$", text[max(0, run.start() - 12) : run.start()])
        # another name in the run ("Duke University and Northeastern University",
        # "Republicans and Tea Party", "Banff and Jasper National Park"); a place inside
        # it ("U.S. Fish and") or a word the cut left alone ("Fish" PERSON) may sit there
        or any(
            o.start < m.start
            and o.end > start
            and not (
                o.start >= start
                and (
                    (o.label in ("GPE", "LOC") and len(o.text.split()) < len(words))
                    or (o.label == _PERSON_LABEL and " " not in o.text)
                    # the one word of the run, cut off as a body of its own, when the
                    # article writes the whole name's initials ("Customs" ORG of
                    # "Customs and Border Protection", "CBP"; not "SBI and ICICI Bank")
                    or (
                        o.label == "ORG"
                        and len(words) == 1
                        and o.text == words[0]
                        and _initials_written(text, [*words, *m.text.split()])
                    )
                )
            )
            for o in mentions
            if o is not m
        )
        or not {w.casefold().strip(".") for w in [*words, *m.text.split()]} & _BODY_HEADS
    ):
        return None
    return start


def _initials_written(text: str, words: list[str]) -> bool:
    """Does ``text`` write the initials of ``words`` ("CBP" of "Customs Border
    Protection") as a word?"""
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(initials) >= 2 and re.search(rf"\b{initials}\b", text) is not None


# the head words of a body's name ("Service", "Commission", "Rescue")
_BODY_HEADS = ORGISH_NAME_WORDS | frozenset(
    "rescue protection administration agency bureau ministry commissions".split()
)


def _law_firms(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """Partners' names in a firm's name ("Mintz, Levin, Cohn, Ferris, Glovsky and Popeo
    PC") are one organisation, not people; so is a name after "the law firm (of)"."""
    spans = [
        f.span()
        for f in _FIRM_RE.finditer(text)
        if "&" in f.group()
        or _FIRM_SUFFIX_RE.search(f.group())
        or _FIRM_CONTEXT_RE.search(text[max(0, f.start() - 40) : f.start()])
    ]
    out = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    firm_ms = [
        Mention(article, s, e, text[s:e], "ORG")
        for s, e in spans
        if any(s <= m.start and m.end <= e and m.label == _PERSON_LABEL for m in mentions)
    ]
    out = [
        Mention(m.article, m.start, m.end, m.text, "ORG")
        if m.label == _PERSON_LABEL and _FIRM_BEFORE_RE.search(text[max(0, m.start - 30) : m.start])
        else m
        for m in out
    ]
    return sorted([*out, *firm_ms], key=lambda m: (m.start, m.end))


# lower-case words closing a capitalised name: "Thompson in", "Ross doesn" (not in a
# title: "Gone with the wind")
_TRIMMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# a dash between spaces ("Teixeira - - eight", "Kafoury -- the receptionist")
_DASH_RE = re.compile(r"\s+(?:-\s*-|--|—|–)\s+")
_LOWER_TAIL_RE = re.compile(r"(?<=[A-Za-z.])(?:\s+[a-z][a-z'’]*)+$")


# an initialism of three letters or more written with full stops ("F.B.I.", "C.I.A."): the
# model often tags it GPE, as it does "U.S."; apart from a few places, it is an organisation
_ORG_INITIALS_RE = re.compile(r"(?:[A-Z]\.){3,6}")
_PLACE_INITIALS = frozenset({"U.S.A.", "U.A.E.", "U.S.S.R.", "P.R.C.", "D.R.C.", "N.Y.C."})


# a portfolio named in a title before a name: "Education Minister Rob Fleming", "Foreign
# Affairs Minister Marise Payne", "Secretary of State Mike Pompeo", "Huawei CFO Meng"
_TITLE_AFTER_RE = re.compile(
    r"\s+(?:Minister|Secretary|Critic|Spokesperson|Commissioner)\s+(?:[A-Z][\w'’.-]*\s+)*"
    r"[A-Z][\w'’-]+"
)
_OFFICE_OF_BEFORE_RE = re.compile(r"\b(?:Secretary|Minister|Department|Ministry)\s+of\s+$")
# Canadian provinces and territories as written after a town ("Mississauga, Ont.")
_PROVINCE_ABBREVIATIONS = frozenset(
    "Ont Que Alta Sask Man Nfld B.C N.S N.B P.E.I N.L N.W.T Y.T".split()
)
# a town's province or state after it: "Mississauga, Ont.", "Truro, N.S.", "Huntsville,
# Texas", "Warren, Mich."
US_STATE_ABBREVIATIONS = (
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|"
    r"Wash|W\.Va|Wis|Wyo"
)
"""The AP abbreviations of the US states, as a regular expression's alternatives (no
group, no final stop)."""
_STATE_AFTER_RE = re.compile(
    r",\s+(?:(?:"
    + "|".join(re.escape(a) for a in sorted(_PROVINCE_ABBREVIATIONS, key=len, reverse=True))
    + rf"|{US_STATE_ABBREVIATIONS})\."
    r"|(?:Ontario|Quebec|Alberta|Saskatchewan|Manitoba|Nova\s+Scotia|New\s+Brunswick|"
    r"British\s+Columbia|Texas|California|Florida|Ohio|Michigan|Georgia|Illinois|Oregon|"
    r"Arizona|Alaska|Hawaii|Utah|Iowa|Idaho|Maine|Nevada|Colorado|Virginia|Kentucky|"
    r"Tennessee|Missouri|Minnesota|Wisconsin|Pennsylvania|Massachusetts|Louisiana|Alabama|"
    r"Oklahoma|Kansas|Nebraska|Arkansas|Mississippi|Montana|Wyoming|Vermont|Connecticut|"
    r"Maryland|Delaware|Indiana)\b"
    # a state written out, then the clause goes on: not "Cornyn, Texas Republican"
    r"(?=\s*(?:[,;:)]|\.|$)|\s+[a-z]))"
)
_EXECUTIVE_TITLES = frozenset("CEO CFO COO CTO CIO CMO EVP SVP VP".split())
# the words of a portfolio ("Foreign Affairs", "Veterans Affairs", "Interior"); a name of
# its own before a title stays a body ("EU Commissioner", "U.S. Treasury Secretary")
_PORTFOLIO_WORDS = frozenset(
    """interior commerce state education justice defence defense health finance foreign
    affairs veterans transport transportation energy labour labor environment agriculture
    homeland security immigration public safety trade industry housing culture heritage
    fisheries oceans natural resources indigenous infrastructure economy economic
    development international revenue employment social police fire and""".split()
)


def _portfolio_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """A title's portfolio run into the name after it ("Secretary of Defense Jim Mattis",
    "Secretary of the Interior Dirk Kempthorne", tagged as one ORG) leaves the person:
    the words after the portfolio, when two or more name words follow it."""
    out = []
    for m in mentions:
        words = m.text.split()
        lead = 1 if words[:1] in (["the"], ["The"]) else 0
        k = lead
        while k < len(words) and words[k].lower() in _PORTFOLIO_WORDS:
            k += 1
        before = text[max(0, m.start - 20) : m.start]
        rest = words[k:]
        if (
            m.label in ("ORG", "PERSON")
            and k > lead
            and 2 <= len(rest) <= 4
            and all(_NAME_WORD_RE.fullmatch(w) for w in rest)
            and not any(w.casefold() in ORGISH_NAME_WORDS for w in rest)
            and _OFFICE_OF_BEFORE_RE.search(before)
        ):
            start = m.end - len(" ".join(rest))
            if text[start : m.end] == " ".join(rest):
                m = Mention(m.article, start, m.end, text[start : m.end], _PERSON_LABEL)
        out.append(m)
    return out


def _portfolio_of_title(text: str, m: Mention) -> bool:
    """Is ``m`` the portfolio of a title rather than a body ("Education" in "Education
    Minister Rob Fleming", "State" in "Secretary of State Mike Pompeo"), or an executive
    title ("CFO")?"""
    if m.text in _EXECUTIVE_TITLES:
        return True
    before = text[max(0, m.start - 20) : m.start]
    if m.text in ("State", "the State") and _OFFICE_OF_BEFORE_RE.search(before):
        return re.match(r"\s+[A-Z]", text[m.end : m.end + 3]) is not None
    words = m.text.lower().split()
    return (
        m.label == "ORG"
        and all(w in _PORTFOLIO_WORDS for w in words)
        and _TITLE_AFTER_RE.match(text, m.end) is not None
    )


_AMOUNT_BEFORE_RE = re.compile(
    r"\$\s?\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?\s*\(?\s*$", re.IGNORECASE
)


def _currency_marker(text: str, m: Mention) -> bool:
    """Does "US" / "U.S." here say which dollars ("$24.1 million US", "US $5")?"""
    before = text[max(0, m.start - 30) : m.start]
    return bool(_AMOUNT_BEFORE_RE.search(before)) or text[m.end : m.end + 3].lstrip().startswith(
        "$"
    )


# what a person is charged with or convicted of ("charged with DWI")
_CHARGE_BEFORE_RE = re.compile(
    r"\b(?:charged\s+with|convicted\s+of|guilty\s+of|accused\s+of|counts?\s+of|charges\s+of)"
    r"\s+(?:\w+,\s+|\w+\s+and\s+)*$"
)
# a hometown after a name and an age ("Raj Chohan, 59, of College Point,")
_HOMETOWN_BEFORE_RE = re.compile(r",\s+\d{1,3},\s+of\s+$")
# common nouns of those who act or speak in news, capitalised to open a sentence
_GENERIC_OPENERS = frozenset(
    """Police Officials Authorities Witnesses Firefighters Residents Investigators
    Prosecutors Detectives Officers Neighbours Neighbors Protesters Rescuers Troops
    Filmmaker Sources""".split()
)
# time zones, scales and common acronyms of things the model tags as names
_NOT_NAMES = TIME_ZONES | frozenset(
    "Fahrenheit Celsius CCTV RPG GPS DNA ATM SUV IED DUI DWI CPR ICU MRI".split()
)
_MARK_TAIL_RE = re.compile(r"\s*[:;®™©]+$")
_DOUBLED_ARTICLE_RE = re.compile(r"the The\s")


_LEAD_MARKS_RE = re.compile(r"[-—–*•·=_~]+\s*")


# the lower-case end of a hyphenated given name, right after a name whose last word is a
# syllable ("Moon Jae" + "-in", "Kim Jong" + "-un", "Yoon Suk" + "-yeol", "Woo Won" +
# "-shik"): a syllable of two to five letters, not a word of its own ("Obi-led",
# "Ray-era", "Kim-style")
_HYPHEN_TAIL_RE = re.compile(r"-(?P<syllable>[a-z]{2,5})\b(?![-'’])")
_HYPHEN_WORDS = frozenset(
    """led era run ran born based style like ish type free less made owned year old day
    days time bound wide level class term area side backed linked tied hit held fed
    lined on off up out over law esque aided named faced minded sized ally ism ist ite""".split()
)
_SYLLABLE_NAME_WORD_RE = re.compile(r"[A-Z][a-z]{1,4}")
# syllables that end a given name after a one-word mention too ("Jong" + "-un")
_GIVEN_NAME_SYLLABLES = frozenset("in un il eun ho hee woo hyun soo yeon jin".split())


# the rest of an Arabic name right after a name the tagger cut short ("Abd al-Rahim" +
# " Nour al-Din", "Ali Hassan" + " al-Majid"): at most one word, then a word joined to
# its article
_ARABIC_TAIL_RE = re.compile(
    rf"(?:[ \u00a0]+(?!(?:{'|'.join([*calendar.day_name, *calendar.month_name[1:]])})\b)"
    r"[A-Z][a-z'’]+)?"
    r"[ \u00a0]+(?:al|el|ad|ud|ul|ur|ash|as|az|an)-[A-Z][a-z'’]+\b(?!-)"
)


# the agency after a photographer's name, closing its line or bracket ("… 2016. Wouter
# Elsen/EPA", "[Mustaf Shafana/Al Jazeera]"); not "the Wittman/Carlesimo pile"
_PHOTO_CREDIT_RE = re.compile(
    r"/[ \t]?[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3}[ \t]*(?:[\])]|\n|$)"
)


def _cleaned(text: str, m: Mention) -> Mention | None:
    """A mention trimmed of an editor's bracketed insertion ("[special counsel Robert]
    Mueller" -> "Mueller"), of what follows a spaced dash ("Teixeira - - eight"), of a
    byline's separator before it ("--- Geraldine Brooks"), of a bracket it leaves open
    ("the Federal Bureau of Investigation (FBI") and of lower-case words closing it
    ("Thompson in"), and a person's name given back the syllable the tokenizer cut off
    after a hyphen ("Moon Jae" -> "Moon Jae-in"); None
    for a PERSON that cannot be a name: no capital letter ("et al.", "’s son";
    "al-Qahtani" has one), a hashtag ("#BirthrightCitizenship") or a handle
    ("Twitter @jdoe")."""
    if m.text.endswith("‘s") and len(m.text) > 2:
        # an opening quote mark typed for the apostrophe ("Donald Trump‘s demands"): the
        # possessive, which the name's key could not strip
        m = Mention(m.article, m.start, m.end - 2, m.text[:-2], m.label)
    if m.label in ("ORG", "GPE", "NORP") and _portfolio_of_title(text, m):
        return None  # "Education Minister Rob Fleming", "Secretary of State Mike Pompeo"
    if m.label in ("PERSON", "ORG", "NORP") and m.text in _GENERIC_OPENERS:
        return None  # "Police claim that ...": a sentence's capitalised common noun
    if m.label in ("PERSON", "ORG", "NORP", "GPE", "FAC") and m.text in _NOT_NAMES:
        return None  # "(02:41 GMT Friday)", "a CCTV operator", "28 degrees Fahrenheit"
    if (
        m.label in ("PERSON", "ORG")
        and m.text.rstrip(".").lower() in TITLE_ABBREVIATIONS
        and m.text[:1].isupper()
    ):
        return None  # "his partner, Det. Colin Orpe": "Det" tagged apart is a title
    first, _, rest = m.text.partition(" ")
    if m.label in ("PERSON", "ORG") and first in INVERTED_SPEECH and rest[:1].isupper():
        # "Added Gibbs: “…”": the speech verb that opens the sentence is no part of it
        m = Mention(m.article, m.end - len(rest), m.end, rest, m.label)
    if (
        m.label == "PERSON"
        and (tail := _HYPHEN_TAIL_RE.match(text, m.end))
        and tail.group("syllable") not in _HYPHEN_WORDS
        and (
            tail.group("syllable") in _GIVEN_NAME_SYLLABLES
            or (len(words := m.text.split()) >= 2 and _SYLLABLE_NAME_WORD_RE.fullmatch(words[-1]))
        )
    ):
        # "Moon Jae-in": the tokenizer cut the hyphenated given name's lower-case end off
        m = Mention(m.article, m.start, tail.end(), text[m.start : tail.end()], m.label)
    if m.label == "PERSON" and (tail := _ARABIC_TAIL_RE.match(text, m.end)):
        # "Abd al-Rahim" + " Nour al-Din": the tagger stopped short of the name's laqab
        m = Mention(m.article, m.start, tail.end(), text[m.start : tail.end()], m.label)
    if (mark := _MARK_TAIL_RE.search(m.text)) and mark.start() > 0:
        # "the Academy Awards:", "The Academy Awards®": a colon or a trade mark closes it
        m = Mention(m.article, m.start, m.start + mark.start(), m.text[: mark.start()], m.label)
    if _DOUBLED_ARTICLE_RE.match(m.text):
        # "the The Associated Press": the writer's article before the name's own
        m = Mention(m.article, m.start + 4, m.end, m.text[4:], m.label)
    if (lead := _LEAD_MARKS_RE.match(m.text)) and lead.end() < len(m.text):
        # "--- Geraldine Brooks in Amman": a byline's separator before the name
        m = Mention(m.article, m.start + lead.end(), m.end, m.text[lead.end() :], m.label)
    if "(" in m.text and ")" not in m.text and (open_at := m.text.rfind(" (")) > 0:
        # "the Federal Bureau of Investigation (FBI": the acronym's bracket left open
        m = Mention(m.article, m.start, m.start + open_at, m.text[:open_at], m.label)
    if (
        m.label in ("ORG", "PERSON", "NORP")
        and not re.match(r"['’]", text[m.end : m.end + 1])
        and not m.text.endswith(("'s", "’s"))
        and _CHARGE_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    ):
        return None  # "charged with DWI and Vehicular Manslaughter": a crime, no name
    if m.label in ("ORG", "PERSON") and _HOMETOWN_BEFORE_RE.search(
        text, max(0, m.start - 16), m.start
    ):
        return Mention(m.article, m.start, m.end, m.text, "GPE")  # "Chohan, 59, of College Point"
    if (
        m.text.rstrip(".") in _PROVINCE_ABBREVIATIONS
        and text[max(0, m.start - 2) : m.start] == ", "
    ):
        # "Mississauga, Ont." tagged PERSON: the province, with its full stop
        end = m.end + (text[m.end : m.end + 1] == "." and not m.text.endswith("."))
        return Mention(m.article, m.start, end, text[m.start : end], "GPE")
    if (
        m.label in ("PERSON", "ORG", "FAC")
        and len(m.text.split()) <= (1 if m.label == "PERSON" else 2)
        and _STATE_AFTER_RE.match(text, m.end)
    ):
        return Mention(m.article, m.start, m.end, m.text, "GPE")  # "Mississauga, Ont."
    if m.text in ("US", "U.S.", "(U.S.)") and _currency_marker(text, m):
        return None  # "$24.1 million US", "$420 (U.S.)", "US $5": the currency, no place
    if "]" in m.text:
        cut = m.text.rindex("]") + 1
        rest = m.text[cut:]
        start = m.start + cut + len(rest) - len(rest.lstrip())
        if not rest.strip():
            return None
        m = Mention(m.article, start, m.end, text[start : m.end], m.label)
    if m.label in _TRIMMED_LABELS and (dash := _DASH_RE.search(m.text)):
        end = m.start + dash.start()  # "Teixeira - - eight years": a dash ends the name
        if any(c.isupper() for c in text[m.start : end]):
            m = Mention(m.article, m.start, end, text[m.start : end], m.label)
    if m.label in _TRIMMED_LABELS and (tail := _LOWER_TAIL_RE.search(m.text)):
        end = m.start + tail.start()  # "Tony Thompson in Berne": the parse took "in"
        m = Mention(m.article, m.start, end, text[m.start : end], m.label)
    if m.label == "GPE" and _ORG_INITIALS_RE.fullmatch(m.text) and m.text not in _PLACE_INITIALS:
        return Mention(m.article, m.start, m.end, m.text, "ORG")  # "F.B.I." is no place
    if m.label in _NAME_LABELS and m.label != _PERSON_LABEL:
        if not any(c.isupper() for c in m.text) and m.label != "NORP":
            return None  # "the ref" ORG, "288" FAC: no name ("communists" is a group)
        if _a_title(text, m.text):
            return None  # "Heavyweight Champion", "WBA Champion" ORG: a title, no body
    first, _, rest = m.text.partition(" ")
    if m.label == "ORG" and first in CAPITAL_TITLES and _person_shaped_words(rest):
        # "GM Ed Stefanski" tagged ORG: the general manager, a person
        start = m.end - len(rest)
        m = Mention(m.article, start, m.end, rest, _PERSON_LABEL)
    if m.label in ("ORG", _PERSON_LABEL) and (held := _portfolio_holder(text, m)) is not None:
        m = held  # "Minister of | Municipal and Community Affairs Jo Ray |": the holder
    if m.label in _NAME_LABELS and m.text.startswith("@"):
        return None  # "(@Ilhan)" ORG: a handle, no name (its owner is named before it)
    if m.label == _PERSON_LABEL:
        if not any(c.isupper() for c in m.text) or text[max(0, m.start - 1) : m.start] == "#":
            return None
        if _PHOTO_CREDIT_RE.match(text, m.end - 1 if m.text.endswith("/") else m.end):
            return None  # a photo credit, "Wouter Elsen/EPA": page furniture, nobody's voice
        if "@" in m.text:
            return None  # "Twitter @michaeldwall": a handle, no name
        if (len(m.text) <= 4 or re.search(r"\b(?:No|Ch|Nos)$", m.text)) and re.match(
            r"\.?\s*\d", text[m.end : m.end + 4]
        ):
            # "WCCO-TV, Ch. 4", "Juror No. 8" (or "Juror No" tagged whole): a number's
            # abbreviation, no name
            return None
        m = _unled(text, m)
        m = _undescribed(text, m)
        if not _could_be_a_person(m.text) or _a_title(text, m.text):
            return None
        if _INSTITUTION_RE.search(m.text):
            return Mention(m.article, m.start, m.end, m.text, "ORG")
    return m  # (a ship tagged a person is a vessel: ``_vessel_short_forms``)


# a title and its "of", and any portfolio words, right before a mention ("Minister of",
# "Minister of Environment and Climate ")
_TITLE_OF_BEFORE_RE = re.compile(
    r"\b(?P<title>[A-Za-z]+)[ \t]+of[ \t]+(?P<words>(?:[\w&-]+[ \t]+)*)$"
)


def _portfolio_holder(text: str, m: Mention) -> Mention | None:
    """The person an ORG or PERSON mention ends with, when it opens with a title's
    portfolio ("Minister of Municipal and Community Affairs Jo Ray", the tagger's ORG
    "Municipal and Community Affairs Jo Ray"; "Minister of Environment and Climate
    Change Jo Ray", its PERSON "Change Jo Ray"): the two or three capitalised words after
    the portfolio's, as a person; None when the mention is no such run.  A portfolio of
    one word may be a body's own ("director of Families Belong Together"): two at least."""
    before = _TITLE_OF_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
    if before is None or norm_word(before.group("title")) not in TITLES:
        return None
    ahead = before.group("words").split()
    if not all(portfolio_word(w) or w in ("and", "&") for w in ahead):
        return None
    words = m.text.split()
    i = 0
    while i < len(words) and (portfolio_word(words[i]) or words[i] in ("and", "&")):
        i += 1
    rest = words[i:]
    if len(ahead) + i < 2 or not 2 <= len(rest) <= 3:
        return None
    if (i == 0 and m.label == _PERSON_LABEL) or not _person_shaped_words(" ".join(rest)):
        return None
    start = m.end - len(" ".join(rest))
    if text[start : m.end] != " ".join(rest):
        return None  # the words were not one space apart
    return Mention(m.article, start, m.end, text[start : m.end], _PERSON_LABEL)


# a ship's prefix before its name ("INS Mysore", "USS Cole", "HMS Daring", "MV Gibe"): a
# vessel (a label of its own, VESSEL), not a person a "he" can stand for
_SHIP_PREFIXES = (
    r"(?:INS|USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|MV|MT|RMS|SS|(?i:warship|frigate|destroyer|"
    r"tanker|freighter|vessel|ship|trawler|corvette))"
)
_SHIP_RE = re.compile(rf"(?:the\s+)?{_SHIP_PREFIXES}\s+[A-Z]")  # opening the name
_SHIP_PREFIX_RE = re.compile(rf"\b{_SHIP_PREFIXES}\s+$")  # right before it


_VESSEL_NAME_RE = re.compile(
    rf"\b{_SHIP_PREFIXES}\s+(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,2}})"
)


def vessel_at(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a ship's: a prefix such as INS, USS,
    HMS or MV, or a word for a ship ("Warship Sukanya", "the frigate Halvern"), opens
    it or comes right before it ("INS" tagged apart from "Mysore")."""
    return (
        _SHIP_RE.match(text, start, end) is not None
        or _SHIP_PREFIX_RE.search(text, max(0, start - 12), start) is not None
    )


def _vessel_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A ship the article names with its prefix ("INS Mysore", "MV Gibe", "the frigate
    Halvern") is the ship where it names it without ("The Mysore intercepted …", "Gibe
    was carrying grain"): a person or organisation mention of that bare name is the
    vessel (VESSEL) too, as is one of the prefixed name ("MV Gibe" tagged ORG)."""
    names = set()
    for v in _VESSEL_NAME_RE.finditer(text):
        words = re.sub(r"['’]s$", "", v.group("name")).split()
        while words and re.fullmatch(_SHIP_PREFIXES, words[0]):
            words = words[1:]  # "the Indian warship INS Mysore"
        if words:
            names.add(" ".join(words))
    if not names:
        return mentions
    out = []
    for m in mentions:
        bare = re.sub(r"^(?:[Tt]he)\s+|['’]s$", "", m.text)
        if m.label in (_PERSON_LABEL, "ORG") and (bare in names or vessel_at(text, m.start, m.end)):
            m = Mention(m.article, m.start, m.end, m.text, VESSEL)
        out.append(m)
    return out


# a word heading a person's span that is no part of the name: a lower-case word other
# than a particle ("rang Taylor", not "de Blasio"), or a byline's imperative ("Email Tariq
# Malik at ...", "Follow Mike Wall on Twitter") before a full name
_LED_BY_RE = re.compile(r"^(?:(?:[a-z][a-z'’]*|Email|E-mail|Follow|Contact)\s+)+(?=[A-Z])")


# an auxiliary opening a question, run into the name after it ("Will Warren continue to
# face attacks?"; "Will Smith" in a statement is a name)
_QUESTION_LEAD_RE = re.compile(r"^(?:Will|Can|Could|Would|Should|Does|Did|Is|Has)\s+(?=[A-Z])")
_SENTENCE_END_RE = re.compile(r"[.?!]")


def _unled(text: str, m: Mention) -> Mention:
    """A person mention without the words heading it that no name starts with
    (``_LED_BY_RE``): "rang Taylor" -> "Taylor", "Email Tariq Malik" -> "Tariq Malik";
    and without the auxiliary that opens a question ("Will Warren continue …?" ->
    "Warren")."""
    q = _QUESTION_LEAD_RE.match(m.text)
    if q is not None and len(m.text.split()) == 2 and _asks(text, m):
        start = m.start + q.end()
        return Mention(m.article, start, m.end, text[start : m.end], m.label)
    lead = _LED_BY_RE.match(m.text)
    if lead is None:
        return m
    words = lead.group().split()
    if any(w.lower() in PARTICLES for w in words):
        return m
    if words[0][:1].isupper() and len(m.text[lead.end() :].split()) < 2:
        return m  # "Follow Warren": a lone word after the imperative may be its object
    start = m.start + lead.end()
    return Mention(m.article, start, m.end, text[start : m.end], m.label)


def _asks(text: str, m: Mention) -> bool:
    """Does ``m`` open a question: at a sentence's start, and the sentence ends in "?"."""
    before = text[max(0, m.start - 3) : m.start]
    if m.start and not re.search(r"(?:^|[.?!\n][\"”’)]?)\s*$", before):
        return False
    end = _SENTENCE_END_RE.search(text, m.end, m.end + 300)
    return end is not None and end.group() == "?"


# a rank or role that introduces a person, written after an organisation's name inside
# one span ("Missouri Highway Patrol Capt.", "Palmer Police Sergeant Shayne La Croix",
# "Huawei CFO Meng"): the organisation ends before it
_ROLE_IN_ORG_RE = re.compile(
    r"\s+(?:and\s+)?(?P<role>(?:Capt|Lt|Sgt|Det|Cmdr|Cpl|Const|Insp|Supt|Maj)\.?|Sergeant|"
    r"Lieutenant|Captain|Detective|Constable|Corporal|Trooper|[Ss]pokes(?:man|woman|person)|"
    r"CEO|CFO|COO|CTO)(?P<rest>(?:\s+[A-Z][\w'’.-]*){0,3})$"
)


# an office written between a body's name and a full name inside one span ("National
# Assembly Speaker Woo Won-shik"): only with two or three name words after it, none a
# body's word ("the Assembly Speaker Office" stays a body)
_OFFICE_IN_ORG_RE = re.compile(
    rf"\s+(?P<role>{_OFFICES}|Speaker|PM)"
    r"(?P<rest>(?:\s+[A-Z][a-z][\w'’-]*){2,3})$"
)
# a rank or an office right before a span the model tagged a body ("Lieutenant-Colonel
# Paul-Henri Sandaogo Damiba" ORG, "Kaduna state governor Uba Sani" ORG)
_RANK_BEFORE_RE = re.compile(
    rf"\b(?:(?:{_RANKS}|Gen)\.?|(?i:{_OFFICES}|spokes(?:man|woman|person)))[ \t]+$"
)


def _office_name(rest: str) -> bool:
    return not any(w.casefold() in _BODY_HEADS for w in rest.split())


def _org_less_role(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """An organisation span that runs on into a rank or role and a name is cut before
    the rank; the name after it, if the span holds one, becomes a PERSON mention
    ("Palmer Police Sergeant Shayne La Croix" -> "Palmer Police" ORG, "Shayne La Croix"
    PERSON; "National Assembly Speaker Woo Won-shik": an office needs a full name after
    it).  A rank ending the span must be followed by a capitalised word in the text
    ("Capt. Ron Johnson").  A span of two or more name words right after a rank is a
    person ("Lieutenant-Colonel Paul-Henri Damiba" tagged ORG)."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.label == "ORG"
            and len(m.text.split()) >= 2
            and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) for w in m.text.split())
            and _office_name(m.text)
            and _RANK_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        ):
            out.append(Mention(article, m.start, m.end, m.text, _PERSON_LABEL))
            continue
        r = _ROLE_IN_ORG_RE.search(m.text) if m.label in ("ORG", "FAC") else None
        if r is None and m.label in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT"):
            # "Greek PM Kyriakos Mitsotakis" tagged a work, "National Assembly Speaker …"
            r = _OFFICE_IN_ORG_RE.search(m.text)
            if r is not None and not _office_name(r.group("rest")):
                r = None
        if r is None or not r.start() or not m.text[: r.start()].strip():
            out.append(m)
            continue
        rest = r.group("rest").strip()
        while rest and _ROLE_IN_ORG_RE.fullmatch(" " + rest.split()[0]):
            rest = rest.partition(" ")[2]  # "spokesperson Const. Tim": no name but "Tim"
        if not rest and not re.match(r"\.?\s+[A-Z]", text[m.end : m.end + 4]):
            out.append(m)
            continue
        end = m.start + r.start()
        if m.label in ("ORG", "FAC"):  # a work's or a product's head before it is none
            out.append(Mention(article, m.start, end, text[m.start : end], m.label))
        if rest:
            start = m.end - len(rest)
            out.append(Mention(article, start, m.end, rest, _PERSON_LABEL))
    return out


# what a person is, not their name, when capitalised before it in a headline or at a
# sentence start ("Comedian Ellen DeGeneres picked to host", "Stunning Williams quickly
# achieved"); titles ("Sen.", "Deputy") stay: names.py reads them
_DESCRIBING_ADJECTIVES = frozenset(
    """stunning disgraced embattled troubled beloved legendary famed acclaimed ousted jailed
    indicted retired beleaguered besieged convicted""".split()
)  # never a given name, unlike "Star" or "Champion"
# the endings of an adjective that may open a sentence before a given name ("Victorious
# George Galloway", "Outgoing Jo Ray"); not "-ed", the ending of many given names
# ("Javed", "Khaled"), whose adjectives are listed above instead
_ADJECTIVE_END_RE = re.compile(r"(?:ous|ful|ive|less|able|ible|ant|ent|ing)$")


def _adjective_before_given(word: str, following: str) -> bool:
    """Is ``word`` an adjective written before a given name (``following``), with an
    adjective's ending and itself no given name ("Victorious" before "George")?"""
    return (
        len(word) > 5
        and _ADJECTIVE_END_RE.search(ascii_fold(word).casefold()) is not None
        and not _known_given(word)
        and _known_given(following)
    )


_DESCRIPTORS = _DESCRIBING_ADJECTIVES | frozenset(
    """comedian comedienne actor actress singer songwriter rapper musician guitarist drummer
    pianist composer dancer star superstar supermodel designer photographer filmmaker producer
    author writer novelist poet playwright journalist reporter columnist anchor presenter
    broadcaster commentator chef athlete pitcher quarterback goalkeeper striker golfer boxer
    wrestler swimmer sprinter cyclist champion legend rookie teen teenager gunman suspect
    victim defendant billionaire millionaire businessman businesswoman tycoon mogul
    entrepreneur heiress socialite lawyer organizer organiser activist veteran veterans
    goaltender goalie netminder defenceman defenseman winger forward midfielder defender
    linebacker receiver catcher shortstop outfielder infielder skater jockey""".split()
)


def describing_word(word: str) -> bool:
    """Is ``word`` what a person is rather than a name ("Comedian", "champion",
    "Embattled")?"""
    return word.casefold() in _DESCRIPTORS


def _undescribed(text: str, m: Mention) -> Mention:
    """A person mention without a leading descriptor ("Comedian Ellen DeGeneres" ->
    "Ellen DeGeneres", "Stunning Williams" -> "Williams", "Victorious George Galloway"
    -> "George Galloway": ``_adjective_before_given``), as long as a capitalised
    name is left, and a full one after a noun ("Star Jones" stays)."""
    words = list(re.finditer(r"\S+", m.text))
    k = 0
    while k < len(words) - 1 and (
        words[k].group().casefold() in _DESCRIPTORS
        or words[k].group() in CAPITAL_TITLES
        or (
            k == 0
            and len(words) > 2
            and _adjective_before_given(words[0].group(), words[1].group())
        )
    ):
        k += 1
    if not k or not words[k].group()[:1].isupper():
        return m
    nouns = {w.group().casefold() for w in words[:k] if w.group() not in CAPITAL_TITLES}
    nouns -= _DESCRIBING_ADJECTIVES  # (initials are no given name: "ADA Fairman")
    if nouns and len(words) - k < 2:
        return m  # "Star Jones": a noun before a lone name may be a given name
    start = m.start + words[k].start()
    return Mention(m.article, start, m.end, text[start : m.end], m.label)


# a person's role heading a title ("Heavyweight Champion", "Foreign Minister"); not a
# word that also heads a firm's or a band's name ("Burger King", "Dairy Queen", "Dollar
# General") or a paper's ("Morning Star")
_TITLE_HEADS = (ROLE_WORDS | {"champion", "titleholder", "contender", "challenger"}) - {
    "king", "queen", "prince", "general", "source", "resident", "witness", "volunteer",
    "owner", "principal", "executive", "founder",
}  # fmt: skip


def _a_title(text: str, name: str) -> bool:
    """Is ``name`` a title or role in title case, with no name in it ("Heavyweight
    Champion", "WBA Champion", "Senate Majority Leader")?  Its last word is a role
    ("Champion", "Leader"); each other word is a stop word, an initialism ("WBA") or a
    word the text also writes in lower case ("heavyweight"), so no proper noun names
    the holder ("Champion Jones", "Jones Champion" are not titles)."""
    words = re.sub(r"['’]s$", "", name.strip()).split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    if words[-1].casefold() not in _TITLE_HEADS:
        return False
    return all(
        w.casefold() in STOP_WORDS
        or re.fullmatch(r"[A-Z]{2,5}", w)
        or (w.isalpha() and _common_word(w.casefold(), text))
        for w in words[:-1]
    )


# the head word of an institution, programme or event, never a person's surname
_INSTITUTION_HEADS = frozenset(
    """department ministry agency committee council commission university college school
    institute foundation party hospital bureau administration association society company
    corporation""".split()
)
# words an ORG tag keeps, surname or not (``_people_tagged_org``): a wire agency's
# ("Reuters", ``AGENCIES``), a body's, a role's or an institution's head word
_NO_SURNAME_WORDS = frozenset(AGENCIES) | _BODY_WORDS | ROLE_WORDS | _INSTITUTION_HEADS
_INSTITUTION_RE = re.compile(
    r"\s(?:"
    + "|".join(w.capitalize() for w in sorted(_INSTITUTION_HEADS))
    + r"|Lecture|Prize|Award|Grants?|Act)$"
)


_TITLE_WORD_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Cong|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Msgr|Hon|Del|Atty|Supt)\.?"
)


def _could_be_a_person(name: str) -> bool:
    """Not a person: a digit ("Vitamin B12"), an -ism ("McCarthyism"), initials alone
    ("O.K."), a title alone ("Cong." before "Rob Simmons")."""
    bare = re.sub(r"['’]s?$", "", name).strip()
    if any(c.isdigit() for c in bare) or bare.endswith("ism"):
        return False
    if re.fullmatch(r"(?:[A-Z]\.\s*)+", bare):
        return False
    return not _TITLE_WORD_RE.fullmatch(bare)


def _families(text: str, mentions: list[Mention]) -> list[Mention]:
    """A family ("the Clintons", "the Trumps") is a group, not one person, when the
    article names a person by the singular ("Clinton"); a people's plural ("Greeks",
    "Uzbeks") tagged as a person or a body is a group when the article tags its
    singular as one ("Greek" NORP)."""
    singular = {m.text for m in mentions if m.label == _PERSON_LABEL}
    singular |= {w for m in mentions if m.label == _PERSON_LABEL for w in m.text.split()[-1:]}
    peoples = {m.text for m in mentions if m.label == "NORP" and " " not in m.text}
    out = []
    for m in mentions:
        word = re.sub(r"['’]s?$", "", m.text)
        if (
            m.label == _PERSON_LABEL
            and " " not in word
            and word.endswith("s")
            and word[:-1] in singular
            and re.search(r"\b[Tt]he\s+$", text[max(0, m.start - 5) : m.start])
        ) or (
            m.label in (_PERSON_LABEL, "ORG")
            and re.fullmatch(r"[A-Z][a-z]+s", m.text)
            and m.text[:-1] in peoples
        ):
            m = Mention(m.article, m.start, m.end, m.text, "NORP")
        out.append(m)
    return out


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in title case (headlines: "Governor Appoints Ex-Aide to
    Fill Seat"), where the model takes any capitalised run for a name."""
    spans, pos = [], 0
    for line in text.split("\n"):
        words = re.findall(r"(?<![\w'’])[A-Za-z][\w'’-]*", line)  # not "76ers"
        content = [w for w in words if len(w) > 2 and w.casefold() not in STOP_WORDS]
        title_case = len(content) >= 3 and all(w[0].isupper() for w in content)
        if title_case and not line.rstrip().endswith("."):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _given_name_like(word: str, body_words: set[str]) -> bool:
    """Can ``word``, opening a headline's name, be a given name: one the body uses in a
    person's name, or one the ``nicknames`` table knows ("Kathy"; not "Flips")?"""
    w = word.casefold()
    return w in body_words or w in known_given_names()


def _headline_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A PERSON in a title-case headline counts only when the body names it too
    ("Trump Lashes Out at ..." and "Governor Appoints Ex-Aide" are no names), cut
    to the run of its words the body names when it is longer; another name there
    that the body does not use but that holds a person's full name the body uses is
    that person ("Lindsay Lohan Checks Into Court" tagged ORG)."""
    lines = _title_case_lines(text)
    if not lines:
        return mentions

    headline = [any(a <= m.start and m.end <= b for a, b in lines) for m in mentions]
    in_body = [m for m, h in zip(mentions, headline, strict=True) if not h]
    body_names = [re.sub(r"['’]s$", "", m.text) for m in in_body if m.label == _PERSON_LABEL]
    body = {*body_names, *(n.split()[-1] for n in body_names)}
    named_in_body = {re.sub(r"['’]s$", "", m.text).casefold() for m in in_body}
    # the kind of each name the body uses, and a person's surname alone
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for m in in_body:
        if m.label in _NAME_LABELS:
            labels[re.sub(r"^the\s+|['’]s$", "", m.text.casefold())][m.label] += 1
    body_labels = {n: c.most_common(1)[0][0] for n, c in labels.items()}
    for n, label in list(body_labels.items()):
        if label == "ORG":  # "Red Sox" of "the Boston Red Sox"
            words = n.split()
            for k in range(1, len(words)):
                body_labels.setdefault(" ".join(words[k:]), label)
    for n in body_names:
        if " " in n:
            body_labels[n.split()[-1].casefold()] = _PERSON_LABEL
    body_words = {w.casefold() for n in body_names for w in n.split()}
    out = []
    for m, in_headline in zip(mentions, headline, strict=True):
        if not in_headline:
            out.append(m)
            continue
        bare = re.sub(r"['’]s$", "", m.text)
        if m.label != _PERSON_LABEL:
            runs: list[Mention] = []
            if m.label in _NAME_LABELS and " " in bare and bare.casefold() not in named_in_body:
                runs = _body_runs(m, body_labels, text)
            # "Lindsay Lohan Checks Into Court", "Red Sox - Teixeira Rumor" tagged ORG:
            # the names the body uses
            out.extend(runs or [m])
            continue
        named = None if bare in body else _named_run(m, body)
        if (
            named is not None
            and " " not in named.text
            and bare.split()[-1] in body
            and (named.end == m.end or len(bare.split()) < 3)
            and _given_name_like(bare.split()[0], body_words)
        ):
            named = None  # "Kathy Griffin" with "Griffin" (or "Kathy") in the body: the name
            # (not "Obama Administration Flips Bush ...": "Flips" is no given name)
        if named is not None:
            out.append(named)  # "Obama Reverses Bush" -> "Obama"
        elif bare in body or bare.split()[-1] in body:
            out.append(m)
    return out


# a capitalised word after a person's name that makes it the name of a thing
_NAMED_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:Day|Airport|Bridge|Center|Centre|Foundation|Institute|"
    r"Library|Museum|School|College|University|Hospital|Stadium|Arena|Hall|Memorial|Award|"
    r"Prize|Act|Building|Tower|Street|Avenue|Boulevard|Park)\b"
)


# words that make a headline name an institution's, whatever names it holds ("Queens
# Police Department", "Obama Administration")
_INSTITUTION_WORDS = _INSTITUTION_HEADS | frozenset(
    """police court office service center centre club board authority museum library airport
    stadium arena tower bridge church hall""".split()
)
_INSTITUTION_AFTER_RE = re.compile(r"\s+(?:" + "|".join(sorted(_INSTITUTION_WORDS)) + r")\b")


def _body_runs(m: Mention, body: dict[str, str], text: str) -> list[Mention]:
    """The runs of a headline mention's words that the body uses as names (``body``:
    folded name -> label), longest first, as mentions of the body's label ("Red Sox -
    Teixeira Rumor" -> "Red Sox" ORG, "Teixeira" PERSON); none when the other words
    may be part of a name (an institution's word after a name; after a place, a word
    the text never writes in lower case), or a person's name names a thing after it."""
    words = list(re.finditer(r"\S+", m.text))
    taken = [False] * len(words)
    runs: list[Mention] = []
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            if any(taken[i : i + size]):
                continue
            a, b = words[i].start(), words[i + size - 1].end()
            name = re.sub(r"['’]s$", "", m.text[a:b])
            label = body.get(name.casefold())
            if label is None or not name[:1].isupper() or len(name) < 2:
                continue
            if label == _PERSON_LABEL and _NAMED_AFTER_RE.match(m.text, b):
                return []  # "Ronald Reagan Washington National Airport": named after him
            taken[i : i + size] = [True] * size
            runs.append(Mention(m.article, m.start + a, m.start + b, m.text[a:b], label))
    label_of = {r.end - m.start: r.label for r in runs}
    for k, w in enumerate(words):
        if taken[k]:
            continue
        word = w.group().strip(",.:;!?'’\"“”()").casefold()
        after = label_of.get(words[k - 1].end()) if k and taken[k - 1] else None
        if after is not None and word in _INSTITUTION_WORDS:
            return []  # "Queens Police Department", "Obama Administration"
        if after in _PLACE_LABELS and word and not _common_word(word, text):
            return []  # "Brooklyn Nets", "Washington Post": a place names a team, a paper
    return sorted(runs, key=lambda r: r.start)


_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _common_word(word: str, text: str) -> bool:
    """Is ``word`` (folded) a common word: a stop word, an adverb or past form
    ("reportedly", "bumped"), or written in lower case in ``text`` as itself or with
    another ending ("Checks": "checked")?"""
    if not word.isalpha():
        return False  # "76ers"
    if word in STOP_WORDS or (len(word) > 5 and word.endswith(("ly", "ed"))):
        return True  # "Reportedly Bumped"
    stem = re.sub(r"(?:es|s|ed|d|ing)$", "", word) if len(word) > 4 else word
    return re.search(r"(?<![\w.])" + re.escape(stem) + r"[a-z]*\b", text) is not None


def _named_run(m: Mention, body: set[str]) -> Mention | None:
    """The longest run of a headline mention's words that the body names as a person
    ("Legendary Aquatic Star Esther Williams Dies" -> "Esther Williams"; the first
    when two are as long), or None."""
    words = list(re.finditer(r"[^\s]+", m.text))
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            a, b = words[i].start(), words[i + size - 1].end()
            if re.sub(r"['’]s$", "", m.text[a:b]) in body:
                return Mention(m.article, m.start + a, m.start + b, m.text[a:b], m.label)
    return None


# a name the tagger reads as a number: a team ("the Philadelphia 76ers", "49ers") or a
# numbered unit ("the 67th Precinct", "the 82nd Airborne Division")
_NUMBERED_NAME_RE = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][a-z]+[ \t]+){0,2}\d{2}ers"
    r"|\d+(?:st|nd|rd|th)[ \t]+(?:Precinct|Regiment|Division|Brigade|Battalion|Fleet|"
    r"Airborne(?:[ \t]+Division)?|Infantry(?:[ \t]+Division)?|Armou?red(?:[ \t]+Division)?|"
    r"Marine(?:[ \t]+Regiment)?|Circuit(?:[ \t]+Court(?:[ \t]+of[ \t]+Appeals)?)?|"
    r"Congressional[ \t]+District))(?![\w-])"
)


# public programmes, laws and processes news names like bodies or people ("Brexit"
# PERSON, "Medicaid" ORG): what a story is about, no participant in it
_PROGRAMMES = frozenset(
    {"brexit", "obamacare", "medicaid", "medicare", "daca", "nafta", "social security",
     "deferred action for childhood arrivals",
     "affordable care act", "the affordable care act"}
)  # fmt: skip


# an honorific or a rank before a given name the tagger left out ("Dr Azm Al Homoud"
# tagged "Al Homoud", "Major Sadiq Aden Ali" tagged "Aden Ali", "Malam Ali Kolo");
# "General" written out opens companies' names too ("General Motors"): only with the
# rank before it ("Major General", "Lieutenant-General")
_HONORIFIC_GIVEN_RE = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sheikh|Shaikh|Sheik|Mullah|Maulana|Imam|Alhaji|Alhaja|Malam"
    rf"|Mallam|{_RANKS}|Commander|Insp|Inspector|Supt|Superintendent)\.?[ \t]+"
    r"(?P<given>[A-Z][a-z]+)[ \t]+$"
)


def _honorific_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person mention right after an honorific or a rank and a capitalised word takes
    that word as the given name ("Dr Azm Al Homoud": "Azm Al Homoud", not "Al Homoud";
    "Major Sadiq Aden Ali Doodishe"), unless the word is a title, a place or a body's."""
    out = []
    for m in mentions:
        hit = _HONORIFIC_GIVEN_RE.search(text, max(0, m.start - 30), m.start)
        if (
            m.label == _PERSON_LABEL
            and hit is not None
            and hit.group("given") not in _STARTERS
            and not describing_word(hit.group("given"))
            and norm_word(hit.group("given")) not in TITLES
            and hit.group("given").casefold() not in _BODY_HEADS
            and hit.group("given") not in place_names()
        ):
            s = hit.start("given")
            m = Mention(m.article, s, m.end, text[s : m.end], m.label)
        out.append(m)
    return out


def _programmes(mentions: list[Mention]) -> list[Mention]:
    """A programme's, a law's or a process's name ("Brexit", "Obamacare", "Medicaid",
    "Social Security"; not "the Social Security Administration") is a LAW mention,
    whatever the tagger called it; so is a name ending in a law's word ("the
    Congressional Review Act", "the Fourteenth Amendment", "the Paris Accord"); a
    faith's word tagged a body or a person ("Sikh", "Mormon") is a NORP."""
    return [
        Mention(m.article, m.start, m.end, m.text, "LAW")
        if re.sub(r"['’]s$", "", m.text).casefold() in _PROGRAMMES
        or (m.label in _LAW_TAGGED_AS and _LAW_NAME_RE.search(m.text) is not None)
        # a faith's word tagged a body or a person ("a Sikh temple", "a Mormon father"):
        # a group's, as the tagger labels it most
        else Mention(m.article, m.start, m.end, m.text, "NORP")
        if m.label in ("ORG", _PERSON_LABEL) and m.text.casefold() in _FAITHS
        else m
        for m in mentions
    ]


_FAITHS = frozenset(
    """catholic catholics jesuit jesuits mormon mormons sikh sikhs baptist baptists
    methodist methodists presbyterian presbyterians lutheran lutherans evangelical
    evangelicals muslim muslims jewish jew jews hindu hindus buddhist buddhists christian
    christians protestant protestants islamic shiite shiites sunni sunnis anglican
    anglicans quaker quakers amish""".split()
)


# a law, an amendment or a treaty by its name, however tagged
_LAW_NAME_RE = re.compile(
    r"(?:^|\s)(?:[A-Z0-9][\w.'’-]*\s+)+(?:Act|Amendment|Treaty|Accords?|Doctrine|Protocol)$"
)
_LAW_TAGGED_AS = frozenset(
    {"ORG", _PERSON_LABEL, "WORK_OF_ART", "PRODUCT", "EVENT", "TIME", "DATE", "NORP"}
)


# stock market indices by name, as market reports write them
_MARKET_INDICES = frozenset(
    {"dow", "dow jones", "dow jones industrial average", "dow jones industrials", "nasdaq",
     "nasdaq composite", "s&p", "s&p 500", "s&p asx 200", "s&p/asx 200", "s&p/tsx",
     "ftse", "ftse 100", "cac", "cac 40", "dax", "nikkei", "nikkei 225", "hang seng",
     "kospi", "sensex", "nifty", "tsx", "stoxx", "stoxx 600", "euro stoxx 50",
     "shanghai composite", "russell 2000"}
)  # fmt: skip
# what a report says an index did next ("rose 0.5 per cent", "index shed", "futures lost",
# "was almost flat", "in Germany was 0.1 per cent higher")
_INDEX_MOVE_RE = re.compile(
    r"(?:\s+(?:industrials?(?:\s+average)?|transportation\s+average|futures\s+index|index|"
    r"composite|average|futures|\.[A-Z]{2,5}|[\w\s]{0,20}?))?"
    r"(?:\s+[\d,]+(?:\.\d+)?,?)?\s+"  # a price table's level first: "industrials 2569.26, off"
    r"(?:rose|fell|gained|lost|added|shed|declined|climbed|jumped|slipped|dropped|closed|"
    r"was|were|ended|finished|scaled|edged|surged|slumped|tumbled|advanced|retreated|gave up|"
    r"up|down|off)\b"
)


# a government security named after the Treasury ("the 30-year Treasury bond", "Treasury
# yields"): no mention of the department
_SECURITY_AFTER_RE = re.compile(
    r"[ \t]+(?:bonds?|bills?|notes?|yields?|securities|issues?|prices?|market|futures)\b"
)


def _market_indices(text: str, mentions: list[Mention]) -> list[Mention]:
    """A stock market index by its name ("Britain's FTSE 100 lost 0.5 per cent", "Japan's
    Nikkei 225 index shed", "Dow futures lost") is no body or person: a PRODUCT, as the
    tagger labels some of them; the words after it must say what it did ("Dow said" is
    the chemicals company).  "Treasury" before a security's word ("the 30-year Treasury
    bond") names no department and is dropped."""
    out = []
    for m in mentions:
        if m.text == "Treasury" and _SECURITY_AFTER_RE.match(text, m.end):
            continue
        name = re.sub(r"^[Tt]he\s+|['’]s$", "", m.text).casefold()
        if (
            m.label != "PRODUCT"
            and name in _MARKET_INDICES
            and _INDEX_MOVE_RE.match(text, m.end) is not None
        ):
            m = Mention(m.article, m.start, m.end, m.text, "PRODUCT")
        out.append(m)
    return out


def _numbered_names(text: str, mentions: list[Mention], article: str) -> list[Mention]:
    """Names the tagger reads as numbers ("76ers" CARDINAL, "67th" ORDINAL) are
    organisations, with the city written before a team ("the Philadelphia 76ers"): the
    mentions they overlap make way."""
    found = []
    for m in _NUMBERED_NAME_RE.finditer(text):
        s = m.start()
        while (w := re.match(r"[A-Z][a-z]+[ \t]+", text[s : m.end()])) and w.group().strip() in (
            _STARTERS
        ):
            s += w.end()  # "The Philadelphia 76ers": the article opens the sentence
        found.append((s, m.end()))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in found)]
    added = [Mention(article, s, e, text[s:e], "ORG") for s, e in found]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def refine_mentions(text: str, mentions: Sequence[Mention], article: str) -> tuple[Mention, ...]:
    """The article's mentions after the passes of the module docstring."""
    cut = dateline_end(text)
    # a mention across a line break joins a headline to the next line: no name
    kept = [m for m in mentions if m.start >= cut and "\n" not in m.text]
    kept = [c for m in kept if (c := _cleaned(text, m)) is not None]
    kept = _apostrophe_surnames(text, kept)
    kept = _given_name_before(text, kept)
    kept = _portfolio_bodies(text, kept)
    kept = _split_names(text, kept)
    kept = _nasab_given_names(text, kept)
    kept = _comma_lists(text, kept)
    kept = _portfolio_people(text, kept)
    kept = _numbered_names(text, kept, article)
    kept = _roads(kept)
    kept = _facilities_by_kind(text, kept)
    kept = _market_indices(text, kept)
    kept = _programmes(kept)
    kept = _honorific_given_names(text, kept)
    kept = _vessel_short_forms(text, kept)
    kept = _caucuses(text, kept, article)
    kept = _org_less_role(text, kept, article)
    kept = _nicknamed_names(text, kept, article)
    kept = _law_firms(text, kept, article)
    kept = _cut_at_and(text, kept, article)
    kept = _titled_people(kept)
    kept = _titled_surnames(text, kept)
    kept = _kunya_people(kept)
    kept = _company_names(kept)
    kept = _products(text, kept)
    kept = _speaking_peoples(text, kept)
    kept = _storm_names(text, kept)
    kept = _given_names_alone(kept)
    kept = _vote(kept)
    kept = _people_tagged_as_works(text, kept)
    kept = _works(text, kept, article)
    kept = _awards(text, kept, article)
    kept = _titled_untagged(text, kept, article)
    kept = _office_given_names(text, kept, article)
    kept = _titled_over_org(text, kept, article)
    kept = _title_before_name(text, kept, article)
    kept = _headline_names(text, kept)
    kept = _people_tagged_org(kept)
    kept = _appositive_people(text, kept)
    kept = _listed_people(text, kept)
    kept = _capitalised_openers(text, kept)
    kept = _outlets_by_noun(text, kept)
    surnames = person_surnames(kept)  # of full names: the same after the propagation
    kept = _verbs_in_spans(text, kept, surnames)
    kept = propagate_surnames(text, kept, article, surnames)
    kept = propagate_names(text, kept, article, surnames)
    kept = _families(text, kept)
    return tuple(kept)
