"""A person's gender as one article tells it, for resolving "he" and "she".

:func:`gender_cues` reads cues from the article itself (no table of first
names): an honorific before a name ("Mrs. Doe"), a gendered noun for a person
written with the name ("actress Jane Doe", "Doe, the actress,", "Doe, a mother
of two,", "Doe is a grandmother", "his wife, Jane Doe"), a "his"/"her" in the
clause the person is the subject of ("Doe waited with her hands up"), and a
"he"/"she" that continues a sentence whose subject is the person and that names
nobody else ("Doe opened the shop. Later, she …", "Doe smiled as she left").
Only words outside quotation marks count.  The cues are votes (3 for a written
noun or honorific, 1 for a pronoun) added to those ``ArticleContext`` reads
itself; a gender is given only on a clear majority (more than twice the other's
votes, ``ArticleContext.gender``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from ..resources import packaged_lines
from .quote_lexicon import ROLE_WORDS, SPEECH_LEMMAS, TITLES

# nouns for one person of one gender, as they are written with a name
MALE_NOUNS = frozenset(
    "mr sir lord king prince duke earl baron emperor count father dad brother son "
    "husband widower boyfriend fiance groom bridegroom uncle nephew grandfather grandson "
    "stepfather stepson godfather patriarch boy man gentleman businessman chairman "
    "congressman councilman spokesman policeman fireman sportsman statesman "
    "assemblyman alderman anchorman monk".split()
)
FEMALE_NOUNS = frozenset(
    "mrs ms miss dame lady queen princess duchess countess baroness empress mother mom mum "
    "sister daughter wife widow girlfriend fiancee bride aunt niece grandmother "
    "granddaughter stepmother stepdaughter godmother matriarch girl woman businesswoman "
    "chairwoman congresswoman councilwoman spokeswoman policewoman firewoman sportswoman "
    "stateswoman assemblywoman alderwoman anchorwoman actress waitress hostess heiress "
    "seamstress songstress goddess priestess nun housewife".split()
)
_NOUNS = "|".join(sorted(MALE_NOUNS | FEMALE_NOUNS, key=len, reverse=True))

# what may follow the head noun of a description of a person
_HEAD_END = r"(?=\s*(?:[,.;:)—–]|$|\s(?:of|who|whose|for|at|in|from|and|to|with|on)\b))"

# an honorific written before a name: "Mrs. Doe", "Sir Jo Ray"
_HONORIFIC_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Dame)\.?[ \t]+$")

# a gendered noun right before a name: "actress Jane Doe", "pinup queen Jo Ray"
_ATTACHED_RE = re.compile(rf"(?<![\w'’-])({_NOUNS})[ \t]+$", re.IGNORECASE)

# a gendered noun after at most two modifiers: "first actress", "mother"
_MODIFIED_NOUN = rf"(?:[a-z][\w-]*[ \t]+){{0,2}}?({_NOUNS})"

# a description after a name, the noun its head: "the actress,", "a mother of two,"
_DESCRIPTION = rf"(?:the|a|an|his|her|their)[ \t]+{_MODIFIED_NOUN}{_HEAD_END}"

# an appositive after a name: "Doe, the actress,", "Doe, 34, a mother of two,", "Doe, his wife,"
_APPOS_RE = re.compile(rf"[ \t]*,[ \t]+(?:\d{{1,3}}[ \t]*,[ \t]+)?{_DESCRIPTION}", re.IGNORECASE)

# a predicate after a name: "Doe is a grandmother", "Doe became the first actress to"
_PREDICATE_RE = re.compile(
    rf"[ \t]+(?:is|was|became|has[ \t]+been|remains)[ \t]+{_DESCRIPTION}", re.IGNORECASE
)

# "one of" a group of one gender after a name: "Doe is one of the first two women elected"
_ONE_OF_RE = re.compile(
    r"[ \t]+(?:is|was|became|has[ \t]+been|remains)[ \t]+one[ \t]+of[ \t]+(?:the|his|her|their)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,4}?(women|men|girls|boys|sisters|brothers|daughters|sons)\b",
    re.IGNORECASE,
)
_PLURAL_GENDER = {"women": "f", "girls": "f", "sisters": "f", "daughters": "f"} | {
    "men": "m",
    "boys": "m",
    "brothers": "m",
    "sons": "m",
}

# a possessive and a noun before a name: "his wife, Jane Doe", "Ray's husband, Jo Ray"
_KIN_BEFORE_RE = re.compile(
    rf"(?:\b(?:his|her|their)|[\w-]+['’]s?)[ \t]+{_MODIFIED_NOUN}[ \t]*,[ \t]*$",
    re.IGNORECASE,
)

# words that make a modifier before the noun something else ("whose wife")
_NOT_MODIFIER = frozenset("who whose which that and or but said says".split())

_QUOTE_MARK_RE = re.compile(r"[\"“”«»]")

Mention = tuple[int, int, str]  # start, end, the person's fullest name


def noun_gender(word: str) -> str | None:
    """ "m" or "f" for a gendered noun for a person ("widow": "f"), else None."""
    w = word.lower().rstrip(".").replace("é", "e")
    return "m" if w in MALE_NOUNS else "f" if w in FEMALE_NOUNS else None


def _modifiers_ok(match: re.Match[str]) -> bool:
    return not any(w.lower() in _NOT_MODIFIER for w in match.group(0).split())


def written_cues(
    text: str, mentions: Sequence[Mention], in_quote: Callable[[int], bool]
) -> dict[str, list[int]]:
    """Votes [male, female] per name from the words written with its mentions:
    honorifics, gendered nouns before it, in apposition or as its predicate."""
    votes: dict[str, list[int]] = {}

    def vote(name: str, g: str | None, weight: int) -> None:
        if g is not None:
            votes.setdefault(name, [0, 0])[0 if g == "m" else 1] += weight

    for s, e, name in mentions:
        if in_quote(s):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        before = text[max(line_start, s - 80) : s]
        after = text[e : e + 120].split("\n", 1)[0]
        mh = _HONORIFIC_RE.search(before)
        if mh:
            vote(name, noun_gender(mh.group(1)), 3)
        else:
            ma = _ATTACHED_RE.search(before)
            if ma:
                vote(name, noun_gender(ma.group(1)), 3)
        mk = _KIN_BEFORE_RE.search(before)
        if mk and _modifiers_ok(mk) and re.match(r"\s*(?:[,.;:)—–]|$)", after):
            vote(name, noun_gender(mk.group(1)), 3)
        # after a mention ("Doe's wife, …", someone else, matches neither)
        for rx in (_APPOS_RE, _PREDICATE_RE):
            m = rx.match(after)
            if m and _modifiers_ok(m) and not in_quote(e + m.start(1)):
                vote(name, noun_gender(m.group(1)), 3)
        mo = _ONE_OF_RE.match(after)
        if mo and _modifiers_ok(mo) and not in_quote(e + mo.start(1)):
            vote(name, _PLURAL_GENDER[mo.group(1).lower()], 3)
    return votes


def parse_cues(
    text: str, doc: Any, mentions: Sequence[Mention], in_quote: Callable[[int], bool]
) -> dict[str, list[int]]:
    """Votes [male, female] per name from pronouns the parse ties to its mentions
    (outside quotes):

    * a "his"/"her" in the clause whose subject is the mention, in a sentence that
      names nobody else ("Doe waited with her hands up"; not through a verb of
      speech, "Doe said of her rival", nor into a clause of its own, "Doe said her
      son …");
    * a "he"/"she" subject of the clause that the mention's own verb reports, other
      names being only owners ("Doe, at Ray's hearing, said she asked");
    * a "he"/"she" subject later in a sentence whose subject is the mention and
      that names nobody else and holds no other pronoun ("Doe smiled as she left");
    * a "he"/"she" main-clause subject of the sentence after one whose main subject
      is the mention, under the same conditions ("Doe opened the shop. Later, she
      …"), not in an attribution ("“…,” she said", the pronoun being resolved)."""
    votes: dict[str, list[int]] = {}
    if doc is None:
        return votes
    sents = list(doc.sents)  # once: Token.sent walks the document's sentences per call
    sent_at = [0] * len(doc)  # token index -> index of its sentence in ``sents``
    for k, sn in enumerate(sents):
        sent_at[sn.start : sn.end] = [k] * (sn.end - sn.start)
    subject_of: dict[int, str] = {}  # token index of a subject -> the person it names
    per_sent: dict[int, set[str]] = {}  # sentence index -> the people it names
    doers: dict[int, set[str]] = {}  # the same, less owners and names in quotes
    for s, e, name in mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        per_sent.setdefault(sent_at[root.i], set()).add(name)
        if in_quote(s) or re.match(r"\s*['’]", text[e : e + 3]):
            continue  # words in a quote, an owner ("Ray's hands")
        doers.setdefault(sent_at[root.i], set()).add(name)
        if root.dep_ in ("compound", "appos") and root.head.dep_ in ("nsubj", "nsubjpass"):
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass"):
            subject_of[root.i] = name

    def vote(name: str, pron: str, weight: int) -> None:
        g = 0 if pron in ("he", "his", "him") else 1
        votes.setdefault(name, [0, 0])[g] += weight

    for tok in doc:
        low = tok.lower_
        if low not in ("his", "her", "he", "she") or in_quote(tok.idx):
            continue
        if low in ("his", "her") and tok.dep_ == "poss":
            subj = _clause_subjects(tok)
            if len(subj) == 1 and subj[0].i in subject_of and subj[0].i < tok.i:
                name = subject_of[subj[0].i]
                if per_sent.get(sent_at[tok.i]) == {name}:
                    vote(name, low, 1)
            continue
        if low in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
            k = sent_at[tok.i]
            sent = sents[k]
            named = per_sent.get(k, set())
            teller = _teller(tok, subject_of)
            if teller is not None and doers.get(k) == {teller}:
                # "Ray, at Obi's hearing, said he asked …": the subject of the clause
                # the person's own verb reports, other names being only owners
                if not _QUOTE_MARK_RE.search(text[doc[tok.head.i].idx : tok.idx]):
                    vote(teller, low, 1)
                continue
            if named:
                # "Doe smiled as she left": the sentence's one person, its subject before
                subj = [i for i in subject_of if sent.start <= i < tok.i]
                between = text[doc[subj[0]].idx : tok.idx] if subj else ""
                if (
                    len(named) == 1
                    and subj
                    and not _QUOTE_MARK_RE.search(between)
                    and not _other_pronoun(doc, sent.start, tok.i)
                ):
                    vote(subject_of[subj[0]], low, 1)
                continue
            if tok.head.i != sent.root.i or any(
                t.i in subject_of for t in sent[: tok.i - sent.start]
            ):
                continue  # not the main clause's subject
            # "She added …" opening the sentence after one about the person alone
            prev = sents[k - 1] if k > 0 else None
            if prev is None or in_quote(prev.start_char):
                continue
            if _QUOTE_MARK_RE.search(sent.text):
                continue  # "“…,” she said": the attribution this is meant to resolve
            names = per_sent.get(k - 1, set())
            subj = [
                i for i in subject_of if prev.start <= i < prev.end and doc[i].head == prev.root
            ]
            if len(names) == 1 and subj and not _other_pronoun(doc, prev.start, prev.end):
                vote(subject_of[subj[0]], low, 1)
    return votes


def _teller(tok: Any, subject_of: dict[int, str]) -> str | None:
    """The person whose verb reports the clause that a pronoun ``tok`` is the subject
    of, right after that verb ("Ray said he asked": Ray), or None."""
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > tok.i:
        return None
    for c in verb.head.children:
        if c.dep_ == "nsubj" and c.i in subject_of:
            return subject_of[c.i]
    return None


def _clause_subjects(tok: Any) -> list[Any]:
    """The subjects of the clause a word sits in: up the parse to the first verb
    (past "according to her biography"), but none for a verb with no subject of its
    own ("said on hearing of her death") or a verb of speech, whose words are often
    about someone else ("Ray said of her rival")."""
    h = tok.head
    for _ in range(8):
        if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() != "accord":
            if h.lemma_.lower() in SPEECH_LEMMAS:
                return []
            return [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if h.head.i == h.i:
            return []
        h = h.head
    return []


def _other_pronoun(doc: Any, lo: int, hi: int) -> bool:
    """Whether tokens ``lo:hi`` hold a "he"/"she"/"him"/"his"/"her" (someone unnamed
    may be about: the cue is left alone)."""
    return any(t.lower_ in ("he", "she", "him", "his", "her") for t in doc[lo:hi])


_GIVEN_NAMES_FILE = "given_name_genders.txt.gz"
# words that may open a name without being its given name ("Bishop", "Dean", "Major")
_TITLE_WORDS = TITLES | ROLE_WORDS | frozenset({"elder", "don", "baron", "earl"})


@cache
def _given_name_genders() -> dict[str, str]:
    pairs = (line.split("\t", 1) for line in packaged_lines(__package__, _GIVEN_NAMES_FILE))
    return {name: gender for name, gender in pairs}


def ascii_fold(word: str) -> str:
    """``word`` without its accents, in ASCII ("María" -> "Maria")."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def given_name_gender(name: str) -> str | None:
    """The usual gender ("m" or "f") of the first word of ``name`` as a given name, from
    ``given_name_genders.txt.gz`` (built by ``bench/build_given_name_genders.py`` from
    the ``nomquamgender`` table: names borne by one gender at least 98 times in 100);
    None for a name not in it ("Jean", "Andrea", "Kim") or a one-word name."""
    words = name.split()
    while words and words[0].lower().strip(".") in _TITLE_WORDS:
        words = words[1:]  # "Bishop Karen Ellery", "Dean Rachel Ellery": the title is no name
    if len(words) < 2:
        return None
    return first_name_gender(words[0])


def first_name_gender(word: str) -> str | None:
    """The usual gender of ``word`` as a given name (``given_name_genders.txt.gz``),
    whatever follows it; None for a word not in the table."""
    return _given_name_genders().get(ascii_fold(word).lower().strip(".'’"))


def add_votes(votes: dict[str, list[int]], more: dict[str, list[int]]) -> None:
    """Add the votes [male, female] of ``more`` to ``votes``, name by name."""
    for name, (m, f) in more.items():
        v = votes.setdefault(name, [0, 0])
        v[0] += m
        v[1] += f


def gender_cues(
    text: str, doc: Any, mentions: Sequence[Mention], in_quote: Callable[[int], bool]
) -> dict[str, list[int]]:
    """All the votes of :func:`written_cues` and :func:`parse_cues`, by name (``doc``
    is the parse of ``text``, or None)."""
    out: dict[str, list[int]] = {}
    add_votes(out, written_cues(text, mentions, in_quote))
    add_votes(out, parse_cues(text, doc, mentions, in_quote))
    return out
