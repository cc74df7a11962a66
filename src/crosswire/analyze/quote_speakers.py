"""Phase 3 of quote finding: from a subject phrase to a speaker.

:class:`Speakers` resolves the phrase next to a speech verb: a name to its
fullest form, "he"/"she" to a salient person of that gender, a role to the
person given it, a description ("the affable proprietor") to the one person
named just before its quote, a document to its author, an organisation as
written ("it" to the organisation last seen speaking), and an unnamed speaker
("a spokesman") as written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..resources import place_names
from .gender import FEMALE_NOUNS, MALE_NOUNS
from .quote_article import ArticleContext, subject_of
from .quote_lexicon import (
    ADVS,
    DETERMINERS,
    FEMALE_WORDS,
    GENERIC_ROLES,
    GROUP_NOUNS,
    INTRO_WORDS,
    KIN_NOUNS,
    LAW_NOUNS,
    MALE_WORDS,
    ORG_NOUNS,
    ORGISH_NAME_WORDS,
    PEOPLE_AS_WRITTEN,
    POSSESSIVE_PRON,
    ROLE_WORDS,
    SPEECH_LEMMAS,
    TITLES,
    UNNAMED_LEADS,
    VERB_ALT,
    document_noun,
    group_noun,
    norm_word,
    office_word,
    role_key,
    speaker_noun,
)
from .quote_names import (
    AFFILIATION_RE,
    SELF_NAMED_RE,
    WORD_SURNAMES,
    after_preposition,
    clean_name,
    known_given_names,
    modifies_noun,
    strip_span,
    trailing_name,
)

# words that end the head of a description ("a spokesman for …", "one Democrat who …")
_PHRASE_BREAKS = frozenset("of for from by at with who that".split())


# documents whose author is the account's owner: "the Twitter account for the Service"
_ACCOUNT_NOUNS = frozenset("account page website feed".split())

# two people spoken of together: "the pair said in a statement"
_PAIR_NOUNS = frozenset("pair duo two couple".split())

# the people who wrote a document: "The writers acknowledge …"
_AUTHOR_NOUNS = frozenset("writers authors signers signatories drafters".split())

# the verbs that make a document: "Judge Jo Ray ruled …. the ruling said"
_MADE_BY = {
    "ruling": frozenset({"rule"}),
    "decision": frozenset({"rule", "decide"}),
    "judgment": frozenset({"rule"}),
    "tweet": frozenset({"tweet"}),
    "post": frozenset({"post"}),
    "announcement": frozenset({"announce"}),
    "message": frozenset({"post", "tweet", "write", "send"}),
}

# a short description opening its paragraph before a name in apposition ("One of the
# freed hostages, Asabe Musa, …")
_LEAD_APPOSITIVE_RE = re.compile(r"(?:^|\n)[A-Z][^.;:!?“”\"\n,]{0,60},[ \t]*$")

# documents that may be one another: "issued a statement. … the following tweets", "wrote
# in a statement. … the text indicates"
_STATEMENT_NOUNS = frozenset(
    "statement tweet post message release announcement text communique".split()
)

# after a quantified group, the body it is all of: "every Republican on the committee"
_BODY_AFTER_RE = re.compile(
    r"\s+(?P<prep>on|of|in|at)\s+(?P<the>the\s+)?"
    r"(?P<body>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}|[a-z]+\b)"
)

# pieces an outlet publishes: "an editorial in the daily X" is X's
_PIECE_NOUNS = frozenset("editorial op-ed column report".split())


# words that do not modify a group's noun ("the president and aides")
_NOT_MODIFIERS = frozenset("and or of in to with for that who which but as at by on".split())


# verbs whose subject is the author of the document they take ("Jo Ray sent a letter")
_AUTHORING = SPEECH_LEMMAS | frozenset(
    "send issue release write sign pen draft post publish deliver put file submit lodge".split()
)


# "FreedomWorks’ website", "The Ray campaign's statement": an owner and a document
_OWNED_DOC_RE = re.compile(r"(?:[Tt]he\s+)?(?P<owner>.+?)['’]s?\s+(?P<noun>[\w-]+)$")


_VERB_COMMA_RE = re.compile(rf"\s+{ADVS}(?:{VERB_ALT}),")


_KIN_WORDS = KIN_NOUNS | {"boyfriend", "girlfriend", "partner", "parent", "parents", "child"}
_PRONOUN_WORDS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "who"})


# a sentence opening with a person's document before its "he"/"she": "In Sessions'
# letter to Trump, he …"
_OPENING_DOCUMENT_RE = re.compile(
    r"\s*In[ \t]+(?P<owner>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}?)(?:['’]s?)[ \t]+"
    r"(?:[a-z-]+[ \t]+){0,2}?(?P<noun>[a-z-]+)(?:[ \t]+(?:to|on|about)[ \t]+[^,.;:!?\n]{1,60})?"
    r",[ \t]*"
)
# a speech verb and a comma right after a description, closing no appositive: "Trump,
# the chief justice then declared, shall …" (a parenthetical attribution; not "Jo Ray,
# an analyst at the think tank told the Post", an appositive its writer left open)
_SPEECH_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:then[ \t]+|later[ \t]+)?(?:said|declared|added|wrote|noted|announced)[ \t]*,"
)
# "According to the statement, …": the document a sentence opens by crediting
_ACCORDING_DOC_RE = re.compile(r"\s*According[ \t]+to[ \t]+the[ \t]+(?P<noun>[a-z-]+)\b")
# roles a later definite description takes up in other words ("A senior administration
# official told reporters …. The officer continued")
_ROLE_ALIKE = {"official": ("official", "officer"), "officer": ("official", "officer")}


# a household that speaks as one, named by whose it is ("her family said", "his parents
# said"): the speaker as written
_FAMILY_NOUNS = frozenset({"family", "parents", "relatives"})


@dataclass(slots=True)
class Attribution:
    """Who said a quote: the resolved ``speaker``, the subject ``text`` as written at
    ``start``/``end``, and the speech verb's lemma ``cue`` (any may be unknown)."""

    speaker: str | None
    text: str | None
    start: int | None
    end: int | None
    cue: str | None


def _kin_subject(nouns: str) -> re.Pattern[str]:
    """A relation told by its owner and no name, as the subject of a verb: "Nichols'
    mother expressed", "his widow said", "Her brother, standing beside her, said" (not
    "his wife, Celeste, heard")."""
    return re.compile(
        r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)|[A-Z][\w-]*['’]s?)\s+(?:[a-z]+\s+)?"
        rf"(?:{nouns})(?:,\s+[a-z][^,.;“”\"]{{0,60}},)?\s+(?:\w+ly\s+)?"
        r"(?:said|says|told|tells|added|wept|cried|[a-z]+ed)\b"
    )


_KIN_SUBJECT_F_RE = _kin_subject(
    "mother|wife|widow|daughter|sister|grandmother|aunt|niece|girlfriend|fiancée|fiancee"
)
_KIN_SUBJECT_M_RE = _kin_subject(
    "father|husband|widower|son|brother|grandfather|uncle|nephew|boyfriend|fiancé|fiance"
)


# two people named together as one subject: "Lund and Brel", "Ada Lund and Tomas Brel"
_NAME_PAIR_RE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+and\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)"
)
_NOT_NAMES = frozenset("he she they we i it the".split())


def _untitled_words(name: str) -> str:
    """A name without the titles or roles before it (``clean_name``), nor a plural
    before a full name ("Producers Laurence Mark and Bill Condon")."""
    words = (clean_name(name, person=True) or name).split()
    if len(words) >= 3 and words[0].endswith("s") and words[0].lower() not in known_given_names():
        words = words[1:]
    return " ".join(words)


_HE_RE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b")
_SHE_RE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")


class Speakers(ArticleContext):
    """Resolves the subject phrase of an attribution to a speaker."""

    def salient(self, pos: int, gender: str | None, exclude: str | None = None) -> str | None:
        """As :meth:`ArticleContext.salient`, but a "he"/"she" whose own sentence named,
        before it and outside quotes, one person only, whom the article shows to be of
        the pronoun's gender, is that person rather than an earlier subject whose
        gender the article does not tell ("Hefner said …. The best photos of Page
        were poses which she said were pretend").  (Reaching further back for such a
        person, to the earlier subject's own sentence, gave the pronoun to someone
        the subject spoke of: "Rep. Jo Ray said the bid to unseat Ada Obi failed.
        “…,” she said.")"""
        name = super().salient(pos, gender, exclude)
        if gender is not None and name is not None:
            fresh = self._introduced_before(pos, gender, name, exclude)
            if fresh is not None:
                return fresh
        if gender is None or name is None or self.gender(name) is not None:
            return name
        if not self.parsed.sentences:
            return name
        lo = self.parsed.sentences[self.sent_of(pos)].start
        lead = self.text[lo:pos]
        if re.search(r"\b(?:[Hh]e|[Ss]he)\b", lead) or re.search(r"\bwhom?\s*$", lead):
            return name  # the sentence's own "he" (someone else), "Ray, who he said …"
        here = self._names_in(lo, pos)
        if len(here) == 1 and name not in here:
            mate = here.pop()
            if mate != exclude and self.gender(mate) == gender:
                return mate
        return name

    def _introduced_before(
        self, pos: int, gender: str, name: str, exclude: str | None
    ) -> str | None:
        """A person the article names for the first time, alone, in the last sentence
        before a "he"/"she" (an attribution's, or a subject's that a later "he said"
        continues) that names anyone (outside quotes, at most three sentences back;
        others named there of the other gender), when that person is not ``name``, the
        earlier subject :meth:`salient` found, no "he"/"she" stands between, and the
        name modifies no noun: the news pattern of a new voice ("The move surprised
        Reunion Pictures' Matthew O'Connor, who produced her film. “…,” he told E!
        News."), whom the reader takes the pronoun for, not the previous speaker."""
        sents = self.parsed.sentences
        if not sents:
            return None
        here = self.sent_of(pos)
        if self._names_in(sents[here].start, pos):
            return None  # the pronoun's own sentence names someone: the usual rules
        for i in range(here - 1, max(here - 4, -1), -1):
            names = self._names_in(sents[i].start, sents[i].end)
            if not names:
                continue
            # others there must be of the other gender ("… who produced Reid's film")
            names = {n for n in names if self.gender(n) in (None, gender)}
            if not names:
                continue  # only people of the other gender: the sentence before
            if len(names) != 1:
                return None
            (fresh,) = names
            if fresh in (name, exclude):
                return None
            # a "he"/"she" since then is someone's already ("It was while living in
            # Florida that she …"), and a name that modifies a noun ("the Kinder Morgan
            # pipeline") is nobody's voice
            rx = _HE_RE if gender == "m" else _SHE_RE
            if any(
                not self.in_quote(m.start()) for m in rx.finditer(self.text, sents[i].start, pos)
            ):
                return None
            at = [
                (ms, me)
                for ms, me, n in self.persons
                if sents[i].start <= ms < sents[i].end and self.mention_name(ms, me, n) == fresh
            ]
            if any(modifies_noun(self.text[me : me + 30]) for _ms, me in at):
                return None
            before = any(
                ms < sents[i].start and self.mention_name(ms, me, n) == fresh
                for ms, me, n in self.persons
            )
            return None if before else fresh
        return None

    def _names_in(self, lo: int, hi: int) -> set[str]:
        """The people named between ``lo`` and ``hi`` outside quotes."""
        return {
            self.mention_name(ms, me, n)
            for ms, me, n in self.persons
            if lo <= ms < hi and not self.in_quote(ms)
        }

    def _unnamed_kin_since(self, name: str, pos: int, gender: str) -> bool:
        """Has someone of the pronoun's gender, told by a relation and never named
        ("Nichols' mother", "his widow"), been the subject of a verb outside quotes
        since ``name`` was last mentioned before ``pos``?  Then "she said" is more likely
        her than ``name``, and is left unresolved."""
        last = max(
            (ms for ms, me, n in self.persons if ms < pos and self.mention_name(ms, me, n) == name),
            default=None,
        )
        if last is None:
            return False
        rx = _KIN_SUBJECT_F_RE if gender == "f" else _KIN_SUBJECT_M_RE
        return any(not self.in_quote(m.start()) for m in rx.finditer(self.text, last, pos))

    def resolve_role(
        self, role: str, pos: int, gender: str | None, place: str | None = None
    ) -> str | None:
        """The person the article gave ``role`` before ``pos``; with ``place`` (the
        owner of "Ethiopia's water minister"), only one given it beside that place's
        name ("Ethiopian Water Minister Jo Ray", "Ethiopia's minister, Jo Ray"), never
        another country's holder of the same office."""
        # a generic role ("the officer") is someone given it nearby, not pages back
        reach = 2 if role in GENERIC_ROLES else len(self.paras)
        here = self.para_of(pos)
        people = [
            name
            for s, name in self.roles.get(role_key(role), [])
            if s < pos
            and here - self.para_of(s) <= reach
            and (gender is None or self.gender(name) in (None, gender))
            and (place is None or self._named_beside(place, role, s))
        ]
        if people and (len(set(people)) == 1 or role not in GENERIC_ROLES):
            return people[-1]
        # nobody the article gave the role to (or several, for a generic role): not
        # whoever was last the subject
        return None

    # ----------------------------------------------------------------- organisations
    def _said_by_org(self, pos: int, org: str) -> None:
        if self.org_label.get(pos, "ORG") == "ORG":
            self.org_said[pos] = org

    def full_org(self, org: str, pos: int) -> str:
        """The one fuller name of an organisation written before ``pos`` that ends
        with ``org`` ("the Times" after "The New York Times"), or that the article
        gave ``org`` as its short form ("The US Central Command (Centcom)"); else
        ``org``."""
        words = org.split()
        fuller = {
            o
            for s, _e, o in self.orgs
            if s < pos
            and self.org_label.get(s) == "ORG"
            and len(o.split()) > len(words)
            and o.split()[-len(words) :] == words
        }
        # a short form the article defined in brackets right after the name ("The US
        # Central Command (Centcom) said …; Centcom said"): that name
        defined = {
            re.sub(r"^[Tt]he\s+", "", o)
            for s, e, o in self.orgs
            if s < pos
            and len(o.split()) > 1
            and re.match(rf"\s*\({re.escape(org)}\)", self.text[e : e + len(org) + 4])
        }
        if len(words) == 1 and len(defined) == 1:
            return defined.pop()
        return fuller.pop() if len(fuller) == 1 else org

    def _orgs_within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The organisations (tagged ORG) named wholly between ``start`` and ``end``."""
        return [
            o
            for o in self.orgs
            if start <= o[0] and o[1] <= end and self.org_label.get(o[0]) == "ORG"
        ]

    def it_speaker(self, pos: int) -> str | None:
        """Who "it" is at ``pos``: the organisation that is the nearest main-clause
        subject (see ``salient_org``), or the one an earlier attribution within
        three sentences outside quotes gave its words to ("…,” it said. … “…,” it
        said."), whichever is nearer."""
        here_sent = self.sent_of(pos)
        same = {
            o
            for s, _e, o in self.orgs
            if s < pos and self.org_label.get(s) == "ORG" and self.sent_of(s) == here_sent
        }
        if same:
            # "when a national outlet, Slate, profiled him, it said": the organisation
            # named earlier in the sentence, when there is one
            org = same.pop() if len(same) == 1 else None
            if org is not None:
                self.org_said[pos] = org
            return org
        org = self.salient_org(pos, None)
        at = max((s for s, _o, _n in self.org_events if s < pos and _o == org), default=-1)
        here = self.narr_of(pos)
        for s in sorted(self.org_said, reverse=True):
            if s >= pos:
                continue
            if s > at and here - self.narr_of(s) <= 3:
                org = self.org_said[s]
            break
        if org is not None:
            self.org_said[pos] = org
        return org

    def it_document(self, pos: int) -> str | None:
        """ "it" after a sentence whose main clause has a document speak ("A statement
        from Waitrose said …. “…,” it added"): that document's author, where the
        article gives one (``author_of``); never the document as written."""
        subj = self._subject_before(pos, SPEECH_LEMMAS)
        if subj is None or subj.tag_ != "NN" or not document_noun(subj.text):
            return self._according_document(pos)
        return self.author_of(subj)

    def _according_document(self, pos: int) -> str | None:
        """ "According to the statement, …. “…,” it said": the author of the statement
        the article named earlier with one ("Jo Ray, in a statement released on
        Saturday, said"), when the narrative sentence before opens with "according to"
        that document."""
        i = bisect.bisect_right(self.zone_starts, pos) - 1
        at = self.quote_zones[i][0] if i >= 0 else pos  # before the quote "it" closes
        root = self._root_before(at)
        if root is None:
            return None
        sent = root.sent
        m = _ACCORDING_DOC_RE.match(self.text, sent.start_char)
        if m is None or not document_noun(m.group("noun")):
            return None
        noun = m.group("noun").lower()
        lo = self.paras[max(0, self.para_of(sent.start_char) - 3)][0]
        authors = [
            who
            for tok in sent.doc
            if lo <= tok.idx < sent.start_char
            and tok.lower_ == noun
            and not self.in_quote(tok.idx)
            and (who := self.author_of(tok)) is not None
        ]
        return authors[-1] if authors else None

    def it_subject(self, pos: int) -> str | None:
        """ "it" right after a sentence whose main clause has one body speak ("Baza, a
        news outlet …, said 28 bodies were found. “…,” it said"; "the president's
        office tweeted, “…” “…,” it added"): that body, as its subject resolves,
        whatever label the tagger gave its name.  Not a person, not a plural and not a
        pronoun.  Only for an "it" that opens its sentence or follows a quote; the
        salience of organisations (``it_speaker``) decides the rest."""
        sent = self.parsed.sentence_at(pos)
        lead = self.text[sent.start : pos] if sent is not None else ""
        if lead.strip() and not re.search(r"[”\"’'][ \t]*$", lead):
            return None  # "it" inside its own sentence's clause: ``it_speaker``
        subj = self._subject_before(pos, SPEECH_LEMMAS)
        if subj is None or subj.tag_ not in ("NN", "NNP") or subj.lower_ in _PRONOUN_WORDS:
            return None
        if subj.ent_type_ == "PERSON" or any(ms <= subj.idx < me for ms, me, _n in self.persons):
            return None
        if subj.tag_ == "NN" and document_noun(subj.text):
            return None  # a statement, a report: ``it_document``
        left = [c for c in subj.lefts if c.dep_ in ("det", "poss", "compound", "amod", "case")]
        start = min([subj.idx] + [t.left_edge.idx for t in left])
        if subj.ent_type_:
            ent = next(x for x in subj.doc.ents if x.start <= subj.i < x.end)
            start = min(start, ent.start_char)
            end = ent.end_char
        else:
            end = subj.idx + len(subj.text)
        if self.in_quote(start):
            return None
        att = self.who(start, end, pos)
        if att is None or att.speaker is None:
            return None
        people = {n for _s, _e, n in self.persons}
        people |= {self.mention_name(a, b, n) for a, b, n in self.persons}
        return None if att.speaker in people else att.speaker

    # ----------------------------------------------------------------- subjects
    def who(self, s: int, e: int, pos: int) -> Attribution | None:
        """Resolve the subject phrase ``text[s:e]`` (already cut to its core)."""
        text = self.text
        s, e = strip_span(text, s, e)
        if e <= s:
            return None
        phrase = text[s:e]
        words = phrase.split()
        low = [w.lower().strip(",") for w in words]
        first = low[0]
        if len(words) == 2 and first in ("he", "she", "they") and _ADVERB_RE.fullmatch(low[1]):
            # "He instead told the BBC:": the pronoun, less the adverb the cut kept
            e = s + len(words[0])
            phrase, words, low = words[0], words[:1], low[:1]
        pair = _NAME_PAIR_RE.fullmatch(phrase)
        if (
            pair is not None
            and not {pair.group(1).lower(), pair.group(2).lower()} & _NOT_NAMES
            # "Ford CEO and President Jim Farley": two titles of one name, no pair
            and clean_name(pair.group(1), person=True) is not None
        ):
            # "Lund and Brel said in a joint statement": both, not the last one named
            a, b = (self.full_name(_untitled_words(pair.group(k)), pos) for k in (1, 2))
            if a != b:
                return Attribution(f"{a} and {b}", phrase, s, e, None)
        if _OWNED_ROLE_RE.match(phrase) and re.match(r"\s*,", text[e : e + 3]):
            # "John Doe, Canada's ambassador to China, told …": the name before
            prev = [
                p for p in self.persons if p[1] <= s and re.fullmatch(r"\s*,\s*", text[p[1] : s])
            ]
            if prev and not re.search(r"['’]s?$", text[prev[-1][0] : prev[-1][1]]):
                before_name = self.mention_name(*prev[-1])
                return Attribution(self.full_name(before_name, pos), phrase, s, e, None)
        if re.fullmatch(r"(?:[A-Z][a-z]+ )+No\. ?\d+", phrase):
            return Attribution(phrase, phrase, s, e, None)  # "Juror No. 8": as written
        titled = self._titled_name_before(s, e, words)
        if titled is not None:
            # "Captain Jo Ray, Chief Public Relations Officer, Defence, said": the name
            ts, te, tname = titled
            return Attribution(self.full_name(tname, pos), text[ts:te], ts, te, None)
        named = self._attributed_name_before(s, e)
        if named is not None:
            # "“…,” Jo Ray, Ana's husband and the Ledger's editor in chief, said": the
            # phrase is an appositive of the name the attribution opens with
            return Attribution(self.full_name(named, pos), phrase, s, e, None)
        lead = self._name_before_title(s, e, first)
        if lead is not None:
            # "Rob Goldman, President Ascom North America, says": the title's words
            # may hold a name the parse took for a person's; the subject is the name
            return Attribution(self.full_name(lead, pos), phrase, s, e, None)
        party = phrase in ("R", "D", "I") and text[s - 1 : s] == "(" and text[e : e + 1] == ")"
        if AFFILIATION_RE.match(phrase) or self.org_label.get(s) == "GPE" or party:
            # "Bill Castellano (R) called the ruling …": the party, not a name
            # "Louie Gohmert, Republican of Texas, said" / "Steve King (R-Iowa) tweeted"
            named = self._named_before(s)
            if named is not None and self._object_named(s):
                return Attribution(None, phrase, s, e, None)  # "An aide to Sen. Jo Ray (I)"
            other = self._party_pair_before(s) if named is not None else None
            if other is not None and named is not None:
                # "Rep. Mia Lund (R) and Rep. Ben Orr (D) both said": the two of them
                both = f"{self.full_name(other, pos)} and {self.full_name(named, pos)}"
                return Attribution(both, phrase, s, e, None)
            if named is not None:
                return Attribution(self.full_name(named, pos), phrase, s, e, None)
        if len(words) == 1 and first in ("he", "she"):
            g = "m" if first == "he" else "f"
            writer = self._owner_of_opening_document(s)
            if writer is not None and self.gender(writer) in (None, g):
                # "In Sessions' letter to Trump, he said that …": the letter's writer
                return Attribution(writer, phrase, s, e, None)
            name = self.pronoun_at.get(s)
            other = self._interrupted_subject(s, e)
            if name is not None and (self.gender(name) not in (None, g) or name == other):
                name = None  # known since to be of the other gender
            if name is None:
                ev = self.salient_event(s, g, exclude=other)
                # a "he" nobody named before it continues: no later full name
                name = (ev.name or None) if ev is not None else self.only_named(s, g, other)
            if name is not None and self._unnamed_kin_since(name, s, g):
                name = None  # "Nichols' mother expressed … “…,” she said": not Kellie Hill
            if name is not None and self._bare_surname_subject(s, name):
                name = None  # "Campbell disagreed. “…,” he said": Campbell, not a name before
            if name is not None:
                self.pronoun_vote(s, name, g)
            return Attribution(name, phrase, s, e, None)
        if len(words) == 1 and first == "they":
            return Attribution(self.plural_subject(s), phrase, s, e, None)
        if len(words) == 1 and first == "it":
            said = self.it_document(s) or self.it_subject(s) or self.it_speaker(s)
            return Attribution(said, phrase, s, e, None)
        if first in ("i", "we", "they", "you", "who", "which", "that", "this", "there"):
            return Attribution(None, phrase, s, e, None) if len(words) == 1 else None
        if first in INTRO_WORDS and first not in ("one",):
            return None
        if len(words) == 1 and first in LAW_NOUNS and phrase[:1].isupper():
            # "Amendment" cut from "The 14th Amendment" by the parse: the law, as written
            ml = re.search(
                r"\b[Tt]he[ \t]+(?:[A-Z0-9][\w.’'-]*[ \t]+){0,3}$", text[max(0, s - 60) : s]
            )
            if ml is not None:
                full = text[s - len(ml.group(0)) : e]
                return Attribution(full, full, s - len(ml.group(0)), e, None)
        # people named as the head of the phrase (not "a lawyer for Jo Ray", "Ray's aide")
        names = [
            (ms, me, n)
            for ms, me, n in self.persons
            if ms >= s
            and me <= e
            and not re.match(r"['’]s\b", text[me : me + 2])
            and not re.search(r"['’]s$", text[ms:me])
            and (
                not after_preposition(text[s:ms])
                or _TITLE_OF_RE.fullmatch(text[s:ms])
                or self._place_object_before(s, ms)
            )
            and not modifies_noun(text[me:e])
        ]
        if names:
            full = " and ".join(dict.fromkeys(self.mention_name(ms, me, n) for ms, me, n in names))
            return Attribution(full, phrase, s, e, None)
        orgs = [o for o in self.orgs if o[0] >= s and o[1] <= e]
        mo = _OWNED_DOC_RE.match(phrase)
        if mo and document_noun(mo.group("noun")) and mo.group("owner")[:1].isupper():
            # "FreedomWorks’ website said", "The committee Republicans’ letter concluded"
            owner = self.who(s, s + mo.end("owner"), pos)
            if owner is not None and owner.speaker is not None:
                return Attribution(owner.speaker, phrase, s, e, None)
        modified = self._modified_surname(phrase, s)
        if modified is not None:
            # "the 14th-ranked Schwartzman said" after "Diego Schwartzman" (tagged ORG)
            return Attribution(self.full_name(modified, pos), phrase, s, e, None)
        owned = self._owned_role(words, s, e, pos)
        if owned is not None:
            return owned
        if first in DETERMINERS or first in POSSESSIVE_PRON:
            appos = self._appositive_person(e, low)
            if appos is not None:  # "the candidate, Jo Ray,": the name as written
                a_s, a_e, a_name = appos
                return Attribution(a_name, text[a_s:a_e], a_s, a_e, None)
            return self._description(phrase, s, e, pos, low, orgs)
        surnamed = self._title_surname(phrase, s, pos) if len(words) == 1 else None
        if surnamed is not None:
            return Attribution(surnamed, phrase, s, e, None)  # "King told …" after "Tishana King"
        # "Jo Ray of IG" / "UFCW president Jo Ray"
        m = re.match(r"(.+?)\s+(?:of|from|with|at|for)\s", phrase)
        head_phrase = m.group(1) if m and trailing_name(m.group(1)) else phrase
        head = norm_word(head_phrase.split()[-1])
        name = trailing_name(head_phrase)
        if name is not None and after_preposition(head_phrase[: head_phrase.rfind(name)]):
            name = None  # "Canada's ambassador to China": the head is no name
        if name is not None and document_noun(head) is None:
            full = self.full_name(name, pos)
            if len(full.split()) > len(name.split()):
                return Attribution(full, phrase, s, e, None)  # "Father Reese" (tagged NORP)
            for o in orgs:
                if name in o[2] or (o[2] in name and self.org_label.get(o[0]) != "GPE"):
                    return Attribution(self.full_org(o[2], s), phrase, s, e, None)
            return Attribution(self.full_name(name, pos), phrase, s, e, None)
        if (head in ORG_NOUNS or head in GROUP_NOUNS) and head_phrase[:1].isupper():
            return Attribution(head_phrase, phrase, s, e, None)  # "Surrey staff", "Toronto police"
        if head == "members" and len(words) == 2 and words[0].isalpha() and words[0].islower():
            named = self.members_of(norm_word(words[0]), s)
            if named is not None:
                return Attribution(named, phrase, s, e, None)  # "team members"
        if head_phrase[:1].islower() or self._capital_of_the_sentence(s, words):
            plain = head in ORG_NOUNS or (
                head_phrase == phrase
                and (
                    (len(words) <= 2 and group_noun(head))  # "protesters chanted"
                    or (first in ("my", "our") and _plain_person(head))  # "my two-year-old"
                )
            )
            return Attribution(head_phrase if plain else None, phrase, s, e, None)
        if (
            orgs
            and orgs[-1][1] >= e - 1
            and not (re.search(r"['’]s?\s", phrase) and after_preposition(text[s : orgs[-1][0]]))
        ):  # not "Canada's ambassador to China"
            org = self.full_org(orgs[-1][2], s)
            self._said_by_org(orgs[-1][0], org)
            return Attribution(org, phrase, s, e, None)
        return Attribution(None, phrase, s, e, None) if len(words) <= 8 else None

    @staticmethod
    def _modified_name(before: str) -> bool:
        """Is ``before`` (what stands between "the" and a name) one or two lower-case
        modifiers ("the pro-democracy …", "the rebel-held …"), no role or owner?"""
        m = re.fullmatch(r"(?i:the)\s+((?:[a-z][\w-]*\s+){1,2})", before)
        return m is not None and not any(
            norm_word(w) in ROLE_WORDS or w in _PHRASE_BREAKS for w in m.group(1).split()
        )

    def _description(
        self,
        phrase: str,
        s: int,
        e: int,
        pos: int,
        low: list[str],
        orgs: list[tuple[int, int, str]],
    ) -> Attribution | None:
        """A phrase opening with a determiner: a document, a role, an organisation."""
        first = low[0]
        words = phrase.split()
        cut = next(
            (i for i, w in enumerate(low) if i and (w in _PHRASE_BREAKS or _post_modifier(low, i))),
            len(low),
        )
        doc_i = next((i for i, w in enumerate(words[:4]) if document_noun(w)), None)
        while doc_i is not None and doc_i + 1 < len(words) and document_noun(words[doc_i + 1]):
            doc_i += 1  # "the briefing note", "the news release": the last noun heads it
        if doc_i is not None and (doc_i < 3 or cut == doc_i + 1):
            cut = doc_i + 1  # "the official Twitter account for …": up to "for"
        head = norm_word(low[cut - 1])
        # "a statement from the EU", "her statement", "Payne's statement"
        noun = document_noun(head)
        if noun is not None:
            return self._document_phrase(phrase, s, e, pos, low, cut, noun)
        if first == "one" and cut == 1 and re.match(r"one\s+of\s+(?:the|its|their)\s+\S+$", phrase):
            head = norm_word(words[-1])  # "one of the players": as written
        if first in UNNAMED_LEADS and speaker_noun(head):
            if first in ("a", "an") and (later := self._named_next(head, e)) is not None:
                return Attribution(later, phrase, s, e, None)
            # "a Ryan spokesman", "one Democrat": an unnamed speaker, as written; a long
            # one up to the person it names ("a spokeswoman for Speaker Jo Ray of X")
            ends = [me - s for ms, me, _ in self.persons if s <= ms and me <= e]
            named = phrase[: max(ends)] if ends else phrase
            return Attribution(
                phrase
                if len(words) <= 6 or (len(words) <= 8 and not ends)
                else named
                if len(named.split()) <= 8 and ends
                else " ".join(words[:cut]),
                phrase,
                s,
                e,
                None,
            )
        if first in POSSESSIVE_PRON and cut == len(words) == 2 and head in _FAMILY_NOUNS:
            return Attribution(phrase, phrase, s, e, None)  # "her family said": as written
        if first in POSSESSIVE_PRON or first not in ("the", "a", "an"):
            return Attribution(None, phrase, s, e, None)
        titled = phrase[:1].isupper() and len(words) >= 2 and all(w[:1].isupper() for w in words)
        if titled and orgs and orgs[-1][1] >= e - 1 and orgs[-1][0] <= s + 4:
            org = self.full_org(orgs[-1][2], s)  # "The Hollywood Reporter": a name, no role
            self._said_by_org(orgs[-1][0], org)
            return Attribution(org, phrase, s, e, None)
        before = self.text[max(0, s - 40) : s].rstrip(" \t\"“”‘’'")
        if titled and words[0] == "The" and before and before[-1] not in ".!?:\n":
            # "…, The Hollywood Reporter said": "The" written large inside a sentence is
            # part of a name (a paper, a band), not a description of someone
            return Attribution(" ".join(words[1:]), phrase, s, e, None)
        if first == "the" and head in ROLE_WORDS and cut <= 4:
            g = "m" if head in MALE_WORDS else "f" if head in FEMALE_WORDS else None
            # "the army spokesman": first the one named after those very words
            who = self._named_with(words[1:cut], s) if cut > 2 else None
            if who is None:
                who = self.resolve_role(head, pos, g)
            if (
                who is None
                and (cut > 2 or head not in GENERIC_ROLES)
                and (head not in TITLES or "former" in low[1 : cut - 1])
            ):
                # "the self-taught Cambridge resident"; but an office ("the Velmora
                # judge") is someone the article names with it, not whoever came last;
                # one held before ("the former Labour MP") describes whoever came last
                who = self.described_person(s, g, head)
            if who is None and cut == len(words) == 2 and head in GENERIC_ROLES:
                # "the official": the one the article introduced as "a senior
                # administration official" just before, else as written
                who = self._introduced_as(head, s) or phrase
            return Attribution(who or self._unnamed_as_written(words, cut, s), phrase, s, e, None)
        if first == "the" and len(words) <= 8 and _law_name(words):
            return Attribution(phrase, phrase, s, e, None)  # "the 14th Amendment", as written
        if (
            cut == len(words) == 2
            and orgs
            and orgs[-1][0] >= s
            and self.org_label.get(orgs[-1][0]) == "NORP"
            and not _PEOPLES_RE.search(head)
        ):
            # "“…,” the Brazilian said", "said the Spaniard": one person named by a
            # nationality, the one just named, not a people ("the Palestinians", and "the
            # French", "the Chinese", which may be either, keep the old reading below)
            return Attribution(self.described_person(s, None), phrase, s, e, None)
        if first == "the" and cut == len(words) == 2 and (aged := _AGED_RE.fullmatch(low[1])):
            # "“…,” the 29-year-old said": the one person just named, when the article
            # gives that person this age ("Tom Vale, 29,"); else nobody
            who = self.described_person(s, None)
            if who is not None and not self._aged(who, aged.group(1)):
                who = None
            return Attribution(who, phrase, s, e, None)
        if (
            orgs
            and orgs[-1][1] >= e - 1
            and (orgs[-1][0] <= s + 4 or self._modified_name(self.text[s : orgs[-1][0]]))
        ):
            # "the Times": "New York Times"; "the pro-democracy Selk Resistance Committee"
            org = self.full_org(orgs[-1][2], s)
            self._said_by_org(orgs[-1][0], org)
            return Attribution(org, phrase, s, e, None)  # "the U.S. State Department"
        if first == "the" and head in ORG_NOUNS and cut <= 4:
            # "the prime minister's office": whose it is says which; not the last body
            owned = any(re.search(r"['’]s?$", w) for w in words[1 : cut - 1])
            noun_org = None if owned else self.salient_org(s, head)
            modifiers = [w for w in words[1 : cut - 1] if w[:1].isupper()]
            if (
                noun_org
                and modifiers
                and not any(w[:4].lower() in noun_org.lower() for w in modifiers)
            ):
                noun_org = None  # "the British embassy": not the last body that spoke
            if noun_org is None and not owned and cut == len(words) == 2:
                noun_org = self._body_subject_before(s)  # "OceanGate, which …, said"
            if noun_org is None and cut < len(words) <= 7 and low[cut] in _POST_PLACE:
                cut = len(words)  # "the British embassy in Kessland": where it is says which
            return Attribution(noun_org or " ".join(words[1:cut]), phrase, s, e, None)
        if (
            first == "the"
            and cut == len(words) in (3, 4)
            and head == "family"
            and all(w[:1].isupper() for w in words[1:-1])
        ):
            return Attribution(phrase, phrase, s, e, None)  # "the Ardan family", as written
        if first == "the" and cut == len(words) == 2 and head in _PAIR_NOUNS:
            return Attribution(self.named_pair(s), phrase, s, e, None)  # "the pair"
        if first == "the" and cut == len(words) == 2 and head in _AUTHOR_NOUNS:
            # "The Ray letter argues …. The writers acknowledge …": the letter's
            return Attribution(self.authored_document(s), phrase, s, e, None)
        if first == "the" and cut == len(words) == 3 and head == "members" and words[1].islower():
            members = self.members_of(low[1], s)
            if members is not None:
                return Attribution(members, phrase, s, e, None)  # "the team members"
        if first == "the" and cut == len(words) <= 5 and head.endswith("s"):
            body = self.group_org(low[1:], s)
            if body is not None:
                return Attribution(body, phrase, s, e, None)  # "the bishops": their body
        if first == "the" and cut == len(words) <= 5 and group_noun(head):
            fuller = self.fullest_group(low[1:], s)
            if fuller is not None:
                return Attribution(fuller, phrase, s, e, None)  # "the scholars"
            if len(words) >= 3 and any(w[:1].isupper() for w in words[1:-1]):
                return Attribution(phrase, phrase, s, e, None)  # "the Georgetown scholars"
        if (
            first == "the"
            and cut == len(words) <= 5
            and head in PEOPLE_AS_WRITTEN
            and (len(words) >= 3 or head in ("woman", "man"))
        ):
            return Attribution(
                phrase, phrase, s, e, None
            )  # "The woman", "the GOP committee members"
        if first == "the" and 2 <= cut <= 5 and _person_description(low[:cut], self.text[e:]):
            g = "m" if head in MALE_WORDS else "f" if head in FEMALE_WORDS else None
            # "the victim's nephew": someone related to the person named before, not them
            owned = any(re.search(r"['’]s?$", w) for w in words[1 : cut - 1])
            who = (
                None if owned else self._described_as(head, s) or self.described_person(s, g, head)
            )
            if who is None:
                who = self._unnamed_as_written(words, cut, s)
            if who is None and cut == len(words) == 2 and _plain_person(head):
                who = phrase  # "the father": nobody named just before, as written
            return Attribution(who, phrase, s, e, None)
        return Attribution(None, phrase, s, e, None)

    def _introduced_as(self, head: str, s: int) -> str | None:
        """The indefinite description ("A senior administration official", "a Nigerian
        military official") that last introduced, outside quotes in this paragraph or
        the two before, an unnamed person of the noun a later "the official" (or "the
        officer") stands for; None when none did."""
        nouns = _ROLE_ALIKE.get(head, (head,))
        rx = re.compile(
            rf"\b[Aa]n?[ \t]+(?:[\w’'-]+[ \t]+){{0,4}}?(?:{'|'.join(nouns)})\b(?![’'-])"
        )
        lo = self.paras[max(0, self.para_of(s) - 2)][0]
        found = [
            " ".join(m.group(0).split())
            for m in rx.finditer(self.text, lo, s)
            if not self.in_quote(m.start())
        ]
        if not found:
            return None
        phrase = found[-1]  # the one introduced last
        return phrase[:1].lower() + phrase[1:]

    def _owned_role(self, words: list[str], s: int, e: int, pos: int) -> Attribution | None:
        """ "McKinnon's spokeswoman said", "Kopp's stepmother said": the person the
        article gave that role ("his stepmother, Jo Ray"), else an unnamed speaker,
        as written; None for any other phrase."""
        head = norm_word(words[-1].lower())
        if not (
            re.fullmatch(r"[A-Z][\w-]*['’]s", words[0])
            and 2 <= len(words) <= 4
            and all(w.islower() for w in words[1:])
            and (speaker_noun(head) or head in MALE_NOUNS or head in FEMALE_NOUNS)
            and not head.endswith("s")
        ):
            return None
        if re.match(
            r"\s*,\s+(?!(?:who|whose|which|that)\b)(?:[a-z]+\s+){0,2}[A-Z]", self.text[e : e + 40]
        ):
            return None  # "says Wise's dad, Darrin.": the name, read by the rules after
        g = "m" if head in MALE_NOUNS else "f" if head in FEMALE_NOUNS else None
        phrase = self.text[s:e]
        owner = re.sub(r"['’]s?$", "", words[0])
        place = owner if owner in place_names() else None
        return Attribution(self.resolve_role(head, pos, g, place) or phrase, phrase, s, e, None)

    def _named_beside(self, place: str, role: str, s: int) -> bool:
        """Whether the mention at ``s`` was given ``role`` as ``place``'s (or with its
        adjective: "Ethiopia" → "Ethiopian"), in the words before it within its
        sentence ("Ethiopia's water minister, Jo Ray"; "Ethiopian Water Minister Jo
        Ray") or in an appositive after it ("Jo Ray, Ethiopia's water minister,")."""
        sent = self.parsed.sentence_at(s)
        before = self.text[max(s - 60, sent.start if sent else 0) : s]
        end = next((me for ms, me, _n in self.persons if ms == s), s)
        appos = re.match(r",\s+([^,.;:]*)", self.text[end : end + 80])
        stem = re.escape(place[: max(4, len(place) - 2)])
        owned = rf"\b{stem}[\w'’]*\s+(?:[\w-]+\s+){{0,3}}(?i:{re.escape(role)})\b"
        return any(re.search(owned, t) for t in (before, appos.group(1) if appos else ""))

    def _unnamed_as_written(self, words: list[str], cut: int, s: int) -> str | None:
        """A definite description of one person that the article binds to no name, as
        a reader takes it: the indefinite description that introduced that person
        ("the diplomat added" after "a Western diplomat, who requested anonymity,";
        a quote's own words are no introduction), else, when its words say which
        role of which body, the description itself ("the local fire chief", "the
        church's minister"); else nobody ("the president", "the Democratic senator":
        someone the article names, the resolution failed)."""
        head = norm_word(words[cut - 1].lower())
        if not speaker_noun(head) or (head.endswith("s") and not head.endswith("ss")):
            return None
        lo = self.paras[max(0, self.para_of(s) - 6)][0]
        intro = None
        pat = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(head)}\b"
        for m in re.finditer(pat, self.text[lo:s], re.I):
            if not self.in_quote(lo + m.start()):
                intro = m.group(0)
        if intro is not None:
            return intro
        mods = words[1 : cut - 1]
        if any(w.lower() in _TIME_MODIFIERS for w in mods):
            return None  # "the former president": an office someone the story names held
        whole = " ".join(words)
        end = s + len(whole)
        if (
            cut < len(words) <= 8
            and words[cut].lower() in ("of", "for", "at")
            and all(w.islower() for w in mods)
            and any(me >= end - 1 for _ms, me, _o in self._orgs_within(s, end + 1))
        ):
            # "the president of the Explorers Club": the person a sentence soon after
            # gives that role ("Jo Ray, the club's president,"), else as written
            return self._role_named_after(head, end) or whole
        if cut == len(words) and 1 <= len(mods) <= 4:
            # lower-case modifiers, or an owner that may be a name ("the Bible Church's")
            owner = next((i for i, w in enumerate(mods) if re.search(r"['’]s$", w)), -1)
            if all(w.islower() for w in mods[owner + 1 :]) and (
                owner >= 0 or all(w.islower() for w in mods)
            ):
                return " ".join(words[:cut])
        return None

    def _document_phrase(
        self, phrase: str, s: int, e: int, pos: int, low: list[str], cut: int, noun: str
    ) -> Attribution:
        """A document that speaks ("a statement from the EU", "her statement", "the
        letter released Tuesday by the faculty"): its author where the phrase names
        one ("by/from X", "X's", "the Twitter account for X", "an editorial in the
        daily X"), else, for "the …", the document as the article knows it
        (``document_speaker``); an unresolved "by …" leaves the document as written
        up to its noun ("the letter")."""
        first = low[0]
        words = phrase.split()
        rest_at = len(" ".join(words[:cut]))
        rest = phrase[rest_at:]
        mb = re.search(r"\b(?:by|from)\s+", rest)
        if mb is None and cut < len(words) and low[cut] == "of":
            mb = re.match(r"\s*of\s+", rest)
        if mb is None and cut < len(words) and low[cut] == "for" and noun in _ACCOUNT_NOUNS:
            mb = re.match(r"\s*for\s+", rest)  # "the official Twitter account for the Service"
        if mb is not None:
            inner = self.who(s + rest_at + mb.end(), e, pos)
            if inner is not None and (inner.speaker is not None or first != "the"):
                return Attribution(inner.speaker, phrase, s, e, None)
        mi = re.match(r"\s*in\s+", rest) if noun in _PIECE_NOUNS else None
        if mi is not None:
            # "an editorial in the conservative daily Eleftheros Typos": the outlet's
            at = s + rest_at + mi.end()
            outlets = {o[2] for o in self._orgs_within(at, e)}
            if len(outlets) == 1:
                return Attribution(self.full_org(outlets.pop(), s), phrase, s, e, None)
        if first in POSSESSIVE_PRON and cut == 2:
            g = POSSESSIVE_PRON[first]
            if g in ("m", "f"):
                return Attribution(self.salient(s, g), phrase, s, e, None)
            if g == "o":
                return Attribution(self.salient_org(s, None), phrase, s, e, None)
        if first in ("a", "an") and cut == len(words) == 2 and noun in _STATEMENT_NOUNS:
            # "The aid group Gatsby said …. A statement said …"
            return Attribution(self.speaking_org_before(s), phrase, s, e, None)
        if first in ("a", "an") and cut >= 3:
            # "a Defence Ministry statement said": the organisation it is named for
            at = s + len(words[0]) + 1
            end = s + len(" ".join(words[: cut - 1]))
            issuer = self._orgs_within(at, end)
            if len(issuer) == 1:
                return Attribution(self.full_org(issuer[0][2], s), phrase, s, e, None)
        if first == "the":
            written = phrase if cut == len(words) else " ".join(words[:cut])
            speaker = self.document_speaker(norm_word(low[cut - 1]), s, written, cut == 2)
            return Attribution(speaker, phrase, s, e, None)
        return Attribution(None, phrase, s, e, None)

    def _appositive_person(self, e: int, low: list[str]) -> tuple[int, int, str] | None:
        """The person an appositive right after a description names ("the candidate,
        regional bureaucrat Jo Ray, said", "her rep, Jo Ray, said"): a person's name
        after the comma, at most a few lower-case words or titles before it, closed
        by a comma or the speech verb, or ending the sentence after a speech verb
        ("…,” said the campaign manager, Jo Ray."); not for a document ("the
        statement, by …")."""
        if document_noun(low[-1]):
            return None
        m = re.match(r"\s*,\s+", self.text[e : e + 4])
        if m is None:
            return None
        at = e + m.end()
        for ms, me, n in self.persons:
            if at <= ms <= at + 50:
                lead = self.text[at:ms].split()
                if SELF_NAMED_RE.fullmatch(self.text, at, ms):
                    pass  # "said the resident, who gave only his first name, Moussa."
                elif (
                    len(lead) > 4
                    or any(w[:1].isupper() and norm_word(w) not in TITLES for w in lead)
                    or any(norm_word(w) in _NOT_APPOS_LEAD for w in lead)
                ):
                    return None
                if not re.match(r"\s*(?:,|\(|$|\.(?:\s|$))", self.text[me : me + 3]):
                    return None
                return ms, me, self.mention_name(ms, me, n)
            if ms > at + 50:
                break
        return None

    def _capital_of_the_sentence(self, s: int, words: list[str]) -> bool:
        """Is the first word of the phrase at ``s`` capitalised only because it opens the
        sentence ("Aviation analysts called it …"): a common word, no name's?"""
        if len(words) < 2 or not words[0][1:].islower():
            return False
        if not re.search(r"(?:^|[.!?][\"”’]?[ \t]+|\n[ \t]*)$", self.text[max(0, s - 4) : s]):
            return False
        if any(ms <= s < me for ms, me, _ in (*self.persons, *self.orgs)):
            return False
        tok = self.token_at(s)
        return tok is not None and tok.pos_ in ("NOUN", "ADJ")

    def _place_object_before(self, s: int, ms: int) -> bool:
        """Whether the preposition before a name at ``ms`` governs a place written right
        before it ("China's ambassador to Britain Liu Xiaming"): the name is then the
        head of the phrase, not the preposition's object."""
        for ps, pe, _ in self.orgs:
            if s <= ps and pe <= ms and not self.text[pe:ms].strip():
                return self.org_label.get(ps) == "GPE" and after_preposition(self.text[s:ps])
        return False

    def _title_surname(self, word: str, s: int, pos: int) -> str | None:
        """The person named in full before ``pos`` whose surname is ``word``, a title
        or common word written alone as the subject of a speech verb ("King told the
        Daily News" after "Tishana King", "Hall said" after "Dale Hall"); not a title
        with a determiner or an owner ("the King said", "Spain's King")."""
        if not word[:1].isupper() or norm_word(word) not in WORD_SURNAMES:
            return None
        if re.search(
            r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|['’]s?)\s+$",
            self.text[max(0, s - 12) : s],
        ):
            return None
        full = self.full_name(word, pos)
        if len(full.split()) < 2 or norm_word(full.split()[-1]) != norm_word(word):
            return None
        return full if self.first_seen.get(full, pos) < pos else None

    def _interrupted_subject(self, s: int, e: int) -> str | None:
        """The person a parenthetical attribution interrupts: in "Ray, he said, knows
        …" the pronoun at ``s:e`` is someone other than Ray."""
        if not _VERB_COMMA_RE.match(self.text[e : e + 40]):
            return None
        for ms, me, n in self.persons:
            if me <= s and re.fullmatch(r"\s*,\s*", self.text[me:s]):
                return self.mention_name(ms, me, n)
        return None

    def only_named(self, pos: int, gender: str, exclude: str | None = None) -> str | None:
        """Who "he"/"she" at ``pos`` is when no subject is in reach: the one person,
        named in full and not known to be of the other gender, that the narrative
        of the last three sentences (and two paragraphs) names at all ("For Jo Ray,
        the time has come … “…,” she said")."""
        here, para = self.narr_of(pos), self.para_of(pos)
        names = {
            self.mention_name(ms, me, n)
            for ms, me, n in self.persons
            if ms < pos
            and here - self.narr_of(ms) <= 3
            and para - self.para_of(ms) <= 2
            and not self.in_quote(ms)
        }
        fits = [n for n in names if self.gender(n) in (None, gender) and n != exclude]
        if len(fits) != 1 or len(fits[0].split()) < 2:
            return None
        return fits[0]

    # ----------------------------------------------------------------- descriptions
    def _aged(self, name: str, age: str) -> bool:
        """Does the article give ``name`` the age ``age`` ("Tom Vale, 29,", "29-year-old
        Tom Vale", "Vale (29)")?"""
        for ms, me, n in self.persons:
            if self.mention_name(ms, me, n) != name:
                continue
            if re.match(rf",?\s*\(?{age}\b", self.text[me : me + 8]):
                return True
            if re.search(rf"\b{age}-year-old\s+(?:[a-z]+\s+)?$", self.text[max(0, ms - 30) : ms]):
                return True
        return False

    def described_person(self, s: int, gender: str | None, head: str | None = None) -> str | None:
        """The person a description ("the affable proprietor") at ``s:e`` stands for:
        the one person, named in full, in the narrative just before the quote it
        attributes.

        Walking back from the quote (or from the description, when it comes
        first) over at most three sentences outside quotes in this paragraph and
        the one before, the first sentence naming anyone decides: one person
        (leaving out names in a relative clause, "…, who like Montalban was born",
        and owners, "Ray's clients") is the speaker, two or more leave it unknown.
        A sentence holding another quote ends the search (its speaker is the
        previous attribution's, not this one's).  With the description's ``head``
        noun, a sentence naming several people gives the one it gave that noun in
        apposition ("Kyle Ray, a former aide to Ada Obi who now …, warned …"
        → "the former aide said": Ray)."""
        if not self.parsed.sentences:
            return None
        end = s
        i = bisect.bisect_right(self.zone_starts, s) - 1
        if i >= 0:
            zs, ze = self.quote_zones[i]
            gap = self.text[ze:s]
            if len(gap) <= 40 and not re.search(r"[.!?][\s\"“”’']*\s[A-Z]", gap):
                end = zs  # "“…,” says the description": the narrative before the quote
        para_lo = self.paras[max(0, self.para_of(end) - 1)][0]
        si = self.sent_of(end)
        sents = self.parsed.sentences
        for k in range(si, max(-1, si - 4), -1):
            lo, hi = sents[k].start, min(sents[k].end, end)
            if hi <= para_lo:
                return None
            lo = max(lo, para_lo)
            j = bisect.bisect_left(self.zone_starts, hi) - 1
            if j >= 0 and self.quote_zones[j][1] > lo:
                return None  # another quote: its attribution is not this speaker
            names = {
                self.mention_name(ms, me, n)
                for ms, me, n in self.persons
                if lo <= ms < hi and not self._subordinate_mention(ms, me)
            }
            if len(names) > 1 and head is not None:
                names = self._given_noun(head, lo, hi)
            if len(names) > 1:
                return None
            if names:
                name = names.pop()
                g = self.gender(name)
                if len(name.split()) < 2 or (gender is not None and g not in (None, gender)):
                    return None  # not a person the article names in full
                return name
        return None

    def _body_subject_before(self, pos: int) -> str | None:
        """The name that is the main-clause subject of one of the three narrative
        sentences before ``pos``, nearest first, when the tagger left it untagged or
        called it an organisation and it is nobody's name ("OceanGate, which owns the
        submersible, said …. “…,” the company said"); a place's name is none."""
        if self.doc is None:
            return None
        k, seen = self.sent_of(pos) - 1, 0
        while k >= 0 and seen < 3:
            sent = self.parsed.sentences[k]
            k -= 1
            tok = self.token_at(sent.start)
            if tok is None or self.in_quote(tok.sent.root.idx):
                continue
            seen += 1
            subj = next((c for c in tok.sent.root.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("", "ORG"):
                continue
            if any(ms <= subj.idx < me for ms, me, _n in self.persons):
                continue
            parts = [c for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            start = min([subj.idx] + [c.idx for c in parts])
            name = self.text[start : subj.idx + len(subj.text)]
            if name not in place_names() and name[:1].isupper():
                return name
        return None

    def _described_as(self, head: str, pos: int) -> str | None:
        """The one person named in full before ``pos`` whom the article described with
        the noun ``head`` in apposition ("Sani Ali, one of the teachers of the school,";
        "Jo Ray, a teacher at …") or right before the name ("teacher Jo Ray"): "the
        teacher said" is that person, however many names came between.  Not a
        relative ("the father"): whose, the sentence tells."""
        if head in _KIN_WORDS:
            return None  # "the father": whose father the sentence says, not a lookup
        noun = re.escape(head)
        after = re.compile(
            rf",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}{noun}|one\s+of\s+(?:the|its|"
            rf"their)\s+(?:[\w'’-]+\s+){{0,2}}{noun}s)\b",
            re.IGNORECASE,
        )
        before = re.compile(rf"(?<!['’]s\s)\b{noun}\s+$", re.IGNORECASE)
        return self._one_full_name(
            lambda ms, me: (
                ms < pos
                and not self.in_quote(ms)
                and bool(
                    after.match(self.text, me, me + 80)
                    or before.search(self.text, max(0, ms - 30), ms)
                )
            )
        )

    def _role_named_after(self, head: str, e: int) -> str | None:
        """The one person named in full within 500 characters after ``e`` with the role
        ``head`` in apposition ("Jo Ray, the club's president,")."""
        rx = re.compile(rf",\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}\b")
        return self._one_full_name(
            lambda ms, me: e <= ms < e + 500 and rx.match(self.text, me, me + 80) is not None
        )

    def _one_full_name(self, fits: Callable[[int, int], bool]) -> str | None:
        """The one person named in full (two words or more) by the mentions at
        ``(start, end)`` that ``fits``; None for none or several."""
        named = {
            name
            for ms, me, n in self.persons
            if fits(ms, me) and len((name := self.mention_name(ms, me, n)).split()) > 1
        }
        return named.pop() if len(named) == 1 else None

    def _named_next(self, head: str, e: int) -> str | None:
        """The name the next sentence gives an indefinite speaker: "…,” a White House
        spokeswoman said. The spokeswoman, Renee Castillo, added …" (the same noun,
        definite, with a name in apposition, opening the next sentence)."""
        m = re.compile(rf"[^.!?]*[.!?][\"”’']?\s+The\s+{re.escape(head)},\s+").match(
            self.text, e, e + 300
        )
        if m is None:
            return None
        for ms, me, n in self.persons:
            if ms == m.end() and re.match(r"\s*,", self.text[me : me + 2]):
                name = self.mention_name(ms, me, n)
                return name if len(name.split()) > 1 else None
        return None

    def _named_with(self, words: list[str], s: int) -> str | None:
        """The one person the article names, before ``s``, right after the same words
        (a title maybe between): "army spokesman Colonel Amadou Sidibe said" … "the
        army spokesman said" is Sidibe, however far back; the role alone ("the
        spokesman") is another rule's, and two people so named leave it unknown."""
        rx = re.compile(
            r"\b" + r"\s+".join(map(re.escape, words)) + r",?\s+(?:[A-Z][a-z]*\.?\s+)?$",
            re.IGNORECASE,
        )
        named = {
            self.mention_name(ms, me, n)
            for ms, me, n in self.persons
            if ms < s and len(n.split()) > 1 and rx.search(self.text, max(0, ms - 80), ms)
        }
        return named.pop() if len(named) == 1 else None

    def _given_noun(self, head: str, lo: int, hi: int) -> set[str]:
        """The people named between ``lo`` and ``hi`` whom an appositive gives ``head``
        as its head noun ("Kyle Ray, a former aide to …")."""
        return {
            self.mention_name(ms, me, n)
            for ms, me, n in self.persons
            if lo <= ms < hi
            and not self.in_quote(ms)
            and (head, True) in self._appositive_words(me)
        }

    def _subordinate_mention(self, ms: int, me: int) -> bool:
        """A name that is an owner ("Ray's clients") or sits in a relative clause or a
        condition ("If Ryan had replaced her")."""
        if re.match(r"['’]s?\b", self.text[me : me + 2]) or self.text[me - 1 : me] in "'’":
            return True
        tok = self.token_at(ms)
        while tok is not None and tok.head.i != tok.i:
            lo, hi = sorted((tok.idx, tok.head.idx))
            if "\n" in self.text[lo:hi]:
                break  # a parse run over a line break: the line is the sentence
            if tok.dep_ == "relcl":
                return True
            if tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children
            ):
                return True  # "If Ryan had replaced her": spoken of, not there
            tok = tok.head
        return False

    # ----------------------------------------------------------------- groups
    def fullest_group(self, words: list[str], pos: int) -> str | None:
        """The fullest description of a group written before ``pos`` ("the scholars"
        -> "the Georgetown scholars"): "the" and up to three modifiers before the same
        plural noun on one line, holding the words of ``words``; a modifier is no other
        "the" and ends in a full stop only as an initialism ("U.S."), so the phrase
        never runs across a sentence ("the request public. The doctors")."""
        head = words[-1]
        best: str | None = None
        for m in re.finditer(
            rf"\b[Tt]he[ \t]+((?:(?![Tt]he\b)(?:[\w'’-]+|(?:[A-Z]\.){{2,}})[ \t]+){{0,3}})"
            rf"{re.escape(head)}\b",
            self.text[:pos],
        ):
            mods = m.group(1).split()
            if self.in_quote(m.start()) or any(w.lower() in _NOT_MODIFIERS for w in mods):
                continue
            if not set(words[:-1]) <= {w.lower() for w in mods}:
                continue
            if best is None or len(mods) >= len(best.split()) - 2:
                best = " ".join(["the", *mods, head])
        if best is not None and len(best.split()) > len(words) + 1:
            return best
        return None

    def _group_of_named(self, tok: Any) -> str | None:
        """A plural subject that is the people of a named body or place ("Members of
        the Velmora Youth Choir", "The players of the Velmora Hawks"): as written, up
        to the name."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN":
                return None
            if not any(os_ <= obj.idx < oe for os_, oe, _o in self.orgs):
                return None
            end = obj.right_edge.idx + len(obj.right_edge.text)
            phrase = " ".join(self.text[tok.left_edge.idx : end].split())
            return phrase if len(phrase.split()) <= 10 else None
        return None

    def members_of(self, noun: str, pos: int) -> str | None:
        """The members of a named body, as the article wrote them before ``pos``
        ("team members" after "Members of the Velmora Minor Hockey Association's
        'Spirit' team are seen …"): the one phrase "members of the … <noun>" outside
        quotes that names the body with capitalised words."""
        found = {
            " ".join(m.group(0).split())
            for m in re.finditer(
                rf"\b[Mm]embers\s+of\s+(?:the\s+)?(?:[\w.&'’-]+\s+){{1,8}}?(?i:{re.escape(noun)})\b",
                self.text[:pos],
            )
            if not self.in_quote(m.start())
            and any(w[:1].isupper() for w in m.group(0).split()[2:-1] if w.lower() != "the")
        }
        return found.pop() if len(found) == 1 else None

    def group_org(self, words: list[str], pos: int) -> str | None:
        """The organisation a group stands for ("the bishops" after "the Conference of
        Catholic Bishops, which wrote …"): the nearest one named in the last six
        sentences whose name ends with the group's noun and holds its modifiers."""
        here = self.sent_of(pos)
        for s, _e, org in reversed(self.orgs):
            if s >= pos or self.org_label.get(s) != "ORG":
                continue
            if here - self.sent_of(s) > 6:
                return None
            ow = [w.lower() for w in org.split()]
            if len(ow) >= 2 and ow[-1] == words[-1] and set(words[:-1]) <= set(ow):
                return org
        return None

    def plural_subject(self, pos: int) -> str | None:
        """Who "they" are: the nearest plural subject before ``pos`` in the last two
        sentences when it names people ("the committee members", "Jo Ray and Ada
        Obi"); another plural subject in between, or none, leaves it unknown."""
        if self.doc is None:
            return None
        here = self.narr_of(pos)
        for tok in reversed(self.doc[: self._token_index(pos)]):
            if here - self.narr_of(tok.idx) > 2:
                return None
            if tok.dep_ not in ("nsubj", "nsubjpass") or self.in_quote(tok.idx):
                continue
            if tok.lower_ == "they":
                continue  # an earlier "they": keep looking for who they are
            if tok.tag_ in ("WDT", "WP") or tok.head.dep_ == "relcl":
                continue  # "… programs that keep the poor fed": a relative clause's
            # "the owners, Jo Ray and Ada Obi,": the names in apposition say who they are
            named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if tok.tag_ == "NNS" and named and any(c.dep_ == "conj" for c in named[0].children):
                tok = named[0]
            conj = [c for c in tok.children if c.dep_ == "conj"]
            if conj and any(ms <= tok.idx < me for ms, me, _n in self.persons):
                end = max(c.right_edge.idx + len(c.right_edge.text) for c in conj)
                st = min([tok.idx] + [c.idx for c in tok.lefts if c.dep_ == "compound"])
                attr = self.who(st, end, st)
                return attr.speaker if attr is not None else None
            if tok.tag_ not in ("NNS", "NNPS"):
                if tok.tag_ in ("NN", "NNP", "PRP"):
                    continue  # a singular subject: "they" does not mean it
                return None
            if not group_noun(tok.lower_):
                return None
            group = self._group_of_named(tok)
            if group is not None:
                return group  # "Members of the Velmora Youth Choir"
            det = [c for c in tok.lefts if c.dep_ == "det"]
            if not det or det[0].lower_ != "the":
                return None
            st = det[0].idx
            attr = self.who(st, tok.idx + len(tok.text), st)
            return attr.speaker if attr is not None else None
        return None

    # ----------------------------------------------------------------- documents
    def document_speaker(self, noun: str, pos: int, written: str, bare: bool = True) -> str:
        """Who speaks through "the letter" at ``pos``: its author where the article
        names one ("a letter from Jo Ray", "Jo Ray said in a statement"), else the
        fullest description of the document ("the Velmora Council letter", on one line,
        of capitalised words other than "The" that end in a full stop only as an
        initialism), else the phrase as written."""
        author = self.document_author(noun, pos, bare)
        if author is not None:
            return author
        descs = {
            " ".join(m.group(1).split())
            for m in re.finditer(
                r"\b[Tt]he[ \t]+((?:(?!The\b)(?:[A-Z][\w&'’-]*|[A-Z]\.(?:[A-Z]\.)*(?:['’]s)?)"
                rf"[ \t]+){{1,4}}){re.escape(noun)}\b",
                self.text,
            )
            if not self.in_quote(m.start())
        }
        if len(descs) == 1:
            return f"the {descs.pop()} {noun}"
        return written

    def document_author(self, noun: str, pos: int, bare: bool = True) -> str | None:
        """The author of the nearest earlier mention of a document ``noun`` (singular
        or plural); a mention with none (“the following tweets”) takes the one author
        of a statement mentioned in its sentence or the one before ("the account for
        the Service issued a statement. … the following tweets …").  With no earlier
        mention, for a ``bare`` one ("the statement", not "the RCMP statement"): the
        one author of such a statement just before ``pos``, the organisation that
        spoke in the sentence before, or the named subject of the sentence before
        when its verb makes the document ("Judge Jo Ray ruled …. “…,” the ruling
        said")."""
        if self.doc is None:
            return None
        want = document_noun(noun)
        here = self.sent_of(pos)
        at = self._token_index(pos)
        for tok in reversed(self.doc[: max(0, at)]):
            if here - self.sent_of(tok.idx) > 15:
                break
            if tok.pos_ != "NOUN" or document_noun(tok.text) != want or self.in_quote(tok.idx):
                continue
            author = self.author_of(tok)
            if author is None and want in _STATEMENT_NOUNS:
                author = self._kin_author(tok.i)
            return author  # the nearest mention decides
        if not bare:
            return None
        if want in _STATEMENT_NOUNS:
            author = self._kin_author(at) or self.speaking_org_before(pos)
            if author is not None:
                return author
        return self._deverbal_author(want, pos)

    def _root_before(self, pos: int) -> Any:
        """The main verb of the narrative sentence before ``pos`` (quotes passed
        over), or None."""
        if self.doc is None or not self.parsed.sentences:
            return None
        k = self.sent_of(pos) - 1
        while k >= 0 and self.in_quote(self.parsed.sentences[k].start):
            k -= 1
        if k < 0 or self.narr_of(pos) - self.narr_of(self.parsed.sentences[k].start) > 1:
            return None
        tok = self.token_at(self.parsed.sentences[k].start)
        return tok.sent.root if tok is not None else None

    def _subject_before(self, pos: int, lemmas: frozenset[str] | None = None) -> Any:
        """The subject of the main verb of the narrative sentence before ``pos``
        (``_root_before``), where that verb is one of ``lemmas`` (any verb when None)."""
        root = self._root_before(pos)
        if root is None or (lemmas is not None and root.lemma_.lower() not in lemmas):
            return None
        return next((c for c in root.children if c.dep_ == "nsubj"), None)

    def _bare_surname_subject(self, s: int, name: str) -> bool:
        """Is the subject of the narrative sentence right before the pronoun at ``s``
        a lone capitalised word the parse took for no person (a surname tagged ORG:
        "Campbell disagreed with the plan. “…,” he said"), with no article before it,
        and not ``name``?  The reader takes the pronoun for that word, so the person
        the salience rules reached is not the speaker."""
        subj = self._subject_before(s)
        if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("ORG", ""):
            return False
        word = subj.text
        if not (word[:1].isupper() and word[1:].islower() and len(word) > 2):
            return False  # "NBC", "McDonald's" and one-letter words are not the case
        if office_word(word):
            return False  # "Head of the Vigilance Group, Ali Kolo, said …": an office
        if any(c.dep_ in ("det", "compound", "poss", "amod", "nmod") for c in subj.children):
            return False  # "The Pentagon", "Campbell Soup", "Ray's lawyer"
        if subj.head.lemma_.lower() == "be" or subj.text in name.split():
            return False
        return not any(ms <= subj.idx < me for ms, me, _n in self.persons)

    def _owner_of_opening_document(self, pos: int) -> str | None:
        """The person whose document opens the sentence of a "he"/"she" at ``pos`` ("In
        Sessions' letter to Trump, he said …", "In her statement, …"): a person named
        as its owner, resolved; None for any other opening."""
        if not self.parsed.sentences:
            return None
        lo = self.parsed.sentences[self.sent_of(pos)].start
        m = _OPENING_DOCUMENT_RE.match(self.text, lo, pos)
        if m is None or m.end() != pos or not document_noun(m.group("noun")):
            return None
        return self._named_speaker(*m.span("owner"))

    def _named_speaker(self, st: int, en: int) -> str | None:
        """The speaker of ``text[st:en]`` where it names a person or an organisation,
        resolved (``who``); else None."""
        if not any(st <= ms < en for ms, _me, _n in self.persons) and not any(
            os_ < en and st < oe and self.org_label.get(os_) == "ORG" for os_, oe, _o in self.orgs
        ):
            return None
        attr = self.who(st, en, st)
        return attr.speaker if attr is not None else None

    def speaking_org_before(self, pos: int) -> str | None:
        """The organisation that spoke in the sentence before ``pos`` ("The aid group
        Gatsby said …. A statement said …": Gatsby's statement); not a person."""
        subj = self._subject_before(pos, SPEECH_LEMMAS)
        if subj is None:
            return None
        # "The aid group Gatsby": the name in apposition to the group
        for tok in [subj, *(c for c in subj.children if c.dep_ == "appos")]:
            if any(ms <= tok.idx < me for ms, me, _n in self.persons):
                return None
            for os_, oe, org in self.orgs:
                if os_ <= tok.idx < oe and self.org_label.get(os_) == "ORG":
                    return self.full_org(org, os_)
        return None

    def _deverbal_author(self, noun: str | None, pos: int) -> str | None:
        """The named subject of the sentence before ``pos`` whose main verb makes the
        document ``noun`` ("ruled" a ruling, "tweeted" a tweet)."""
        verbs = _MADE_BY.get(noun or "")
        subj = self._subject_before(pos, verbs) if verbs else None
        return self._named_speaker(*_compound_span(subj)) if subj is not None else None

    def author_of(self, doc_tok: Any) -> str | None:
        """The author the article gives a document token: a person or organisation
        named ("a letter from Jo Ray", "a statement by the spokesman, Jo Ray", "Ray said
        in a statement", "the Twitter account
        for the Service issued a statement"), or a group it identifies
        (``identified_group``: "signed by every Republican on the committee")."""
        for who in _author_tokens(doc_tok):
            if document_noun(who.lower_):
                st, en = who.left_edge.idx, who.right_edge.idx + len(who.right_edge.text)
            else:
                st, en = _compound_span(who)
            speaker = self._named_speaker(st, en)
            for appos in (c for c in who.children if c.dep_ == "appos"):
                # "a statement by the spokesman, Edet Okon": the name in apposition
                speaker = speaker or self._named_speaker(*_compound_span(appos))
            if speaker is not None:
                return speaker
            if who.lower_ in ORG_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in who.children
            ):
                # "The company denied it in a statement": the company the article means
                org = self.salient_org(who.idx, who.lower_)
                if org is not None:
                    return org
            group = self.identified_group(who)
            if group is not None:
                return group
        return None

    def _kin_author(self, i: int) -> str | None:
        """The one author of the statements (a statement, a post, a release) mentioned
        before token ``i`` in its sentence and the one before, outside quotes."""
        if self.doc is None or i <= 0:
            return None
        here = self.sent_of(self.doc[min(i, len(self.doc) - 1)].idx)
        authors = set()
        for tok in reversed(self.doc[:i]):
            if here - self.sent_of(tok.idx) > 1:
                break
            if tok.pos_ != "NOUN" or self.in_quote(tok.idx):
                continue
            if document_noun(tok.lower_) in _STATEMENT_NOUNS:
                authors.add(self.author_of(tok))
        return authors.pop() if len(authors) == 1 else None

    def named_pair(self, pos: int) -> str | None:
        """Who "the pair" (the duo, the two, the couple) at ``pos`` are: two people
        named together ("Jo Ray and Ada Obi") in the last two sentences outside
        quotes, with nobody else named after them."""
        here = self.narr_of(pos)
        people = [p for p in self.persons if p[0] < pos and not self.in_quote(p[0])]
        for i in range(len(people) - 1, 0, -1):
            (s1, e1, n1), (s2, e2, n2) = people[i - 1], people[i]
            if here - self.narr_of(s2) > 2:
                return None
            a, b = self.mention_name(s1, e1, n1), self.mention_name(s2, e2, n2)
            if {self.mention_name(*p) for p in people[i + 1 :]} - {a, b}:
                return None  # someone else named after the two
            if re.fullmatch(r"\s+and\s+", self.text[e1:s2]):
                return f"{a} and {b}" if a != b else None
        return None

    def authored_document(self, pos: int) -> str | None:
        """Who "the writers" (the authors, the signers) at ``pos`` are: the speaker of
        the document that is the subject of the sentence before (``document_speaker``:
        "The Velmora Council letter argues …. The writers say …")."""
        subj = self._subject_before(pos)
        if subj is None or not document_noun(subj.lower_):
            return None
        st = min([subj.idx] + [c.idx for c in subj.lefts if c.dep_ in ("det", "compound")])
        attr = self.who(st, subj.idx + len(subj.text), st)
        return attr.speaker if attr is not None else None

    def identified_group(self, tok: Any) -> str | None:
        """An unnamed author that the article still identifies: everyone of a named
        body ("every Republican on the committee" after "the House Intelligence
        Committee": "every Republican on the House Intelligence Committee"), or a
        group described with a name ("the GOP committee members", as written).
        Indefinite groups ("a group of nearly 90 professors", "three dozen
        individuals") are not."""
        lefts = [c for c in tok.lefts if c.dep_ in ("det", "predet", "compound", "amod", "nummod")]
        st = min([tok.idx] + [c.left_edge.idx for c in lefts])
        en = tok.idx + len(tok.text)
        phrase = self.text[st:en]
        m = re.match(
            r"(?P<q>[Ee]very|[Aa]ll(?:\s+(?:the|\w+))?)\s+(?P<who>(?:[\w-]+\s+){0,2}[\w-]+)$",
            phrase,
        )
        if m is not None:
            mo = _BODY_AFTER_RE.match(self.text, en)
            if mo is None:
                return None
            body = self._body_name(mo.group("body"), en)
            if body is None:
                return None
            the = "the " if mo.group("the") or not mo.group("body")[:1].isupper() else ""
            return f"{phrase} {mo.group('prep')} {the}{body}"
        low = [w.lower() for w in phrase.split()]
        if (
            len(low) >= 3
            and low[0] == "the"
            and group_noun(norm_word(low[-1]))
            and phrase.split()[1][:1].isupper()
        ):
            return phrase  # "the GOP committee members"
        return None

    def _body_name(self, body: str, pos: int) -> str | None:
        """A body as the article names it: a name as written ("Senate"), or "committee"
        as the one organisation named before ``pos`` that ends with that noun ("House
        Intelligence Committee")."""
        words = body.split()
        if all(w[:1].isupper() for w in words):
            return " ".join(words)
        if len(words) != 1 or words[0].lower() not in ORG_NOUNS:
            return None
        names = {
            o
            for s, _e, o in self.orgs
            if s < pos
            and self.org_label.get(s) == "ORG"
            and len(o.split()) > 1
            and o.split()[-1].lower() == words[0].lower()
        }
        return names.pop() if len(names) == 1 else None

    def _token_index(self, pos: int) -> int:
        i = bisect.bisect_right(self._tok_starts, pos) - 1
        return max(i, 0)

    def _titled_name_before(self, s: int, e: int, words: list[str]) -> tuple[int, int, str] | None:
        """The person before a comma-separated title ahead of a short capitalised
        phrase that names nobody ("Jo Ray, Chief Public Relations Officer, Defence,"
        with ``text[s:e]`` "Defence"): the name leads the subject."""
        text = self.text
        if len(words) > 4 or not all(w[:1].isupper() for w in words):
            return None
        if any(s <= ms < e for ms, _, _ in self.persons):
            return None
        m = _TITLE_BEFORE_RE.search(text, max(0, s - 80), s)
        if m is None or not any(
            norm_word(w) in ROLE_WORDS or norm_word(w) in TITLES for w in m.group(1).split()
        ):
            return None
        for ms, me, n in self.persons:
            if me <= m.start() and not text[me : m.start()].strip():
                if re.search(r"['’]s?$", text[ms:me]):
                    return None
                return ms, me, self.mention_name(ms, me, n)
        return None

    def _modified_surname(self, phrase: str, s: int) -> str | None:
        """The one full name written earlier that ends with the capitalised word a
        "the …" phrase ends with ("the 14th-ranked Schwartzman" after "Diego
        Schwartzman", whatever label the tagger gave the name): two or three
        capitalised words, none of them an organisation's word."""
        m = _MODIFIED_SURNAME_RE.fullmatch(phrase)
        if m is None:
            return None
        last = m.group(1)
        names = {
            " ".join(words)
            for ms in self.parsed.mentions
            if ms.start < s
            and 2 <= len(words := ms.text.split()) <= 3
            and words[-1] == last
            and all(w[:1].isupper() for w in words)
            and not any(norm_word(w) in ORGISH_NAME_WORDS | ORG_NOUNS for w in words)
        }
        return names.pop() if len(names) == 1 else None

    def _name_before_title(self, s: int, e: int, first: str) -> str | None:
        """The full name (two words or more) that opens its sentence right before a
        comma-enclosed phrase ``text[s:e]`` that starts with a title or role word
        ("Rob Goldman, President Ascom North America, says"): the phrase is that
        name's appositive, whatever names it holds."""
        text = self.text
        if norm_word(first) not in TITLES and norm_word(first) not in ROLE_WORDS:
            return None
        if not text[s : s + 1].isupper() or not re.match(r"\s*,", text[e : e + 3]):
            return None
        for ms, me, n in reversed(self.persons):
            if me > s:
                continue
            if not re.fullmatch(r",\s*", text[me:s]) or len(n.split()) < 2:
                return None
            k = self.sent_of(ms)
            if re.search(r"['’]s?$", text[ms:me]) or k != self.sent_of(s):
                return None
            sent = self.parsed.sentences[k] if self.parsed.sentences else None
            opens = sent is not None and not text[sent.start : ms].strip(' \t\n“”"')
            return n if opens else None
        return None

    def _attributed_name_before(self, s: int, e: int) -> str | None:
        """The person an attribution opens with, right after a quote's closing mark
        ("“…,” Jo Ray, a fellow at …, said") or opening its paragraph (or after a short
        description that opens it: "One of the freed hostages, Jo Ray, …"), when the phrase
        ``text[s:e]`` the parse took for the subject names no person and lies in that
        person's appositive: a comma right after the name, then at most 150 characters
        without a full stop, colon, semicolon, quotation mark or verb."""
        if any(s <= ms and me <= e for ms, me, _n in self.persons):
            return None
        if _SPEECH_VERB_AFTER_RE.match(self.text, e):
            return None  # "Trump, the chief justice declared, shall “…”": an aside
        for ms, me, n in reversed(self.persons):
            if me > s:
                continue
            if s - me > 150:
                return None
            gap = self.text[me:s]
            if not re.fullmatch(r",[^.;:!?“”\"]*", gap) or self._verb_between(me, e):
                return None  # "Jo Ray, the mayor, resigned on Monday, the council said"
            before = self.text[max(0, ms - 6) : ms]
            if re.search(r"[,!?]\s*[”\"]\s*$|(?:^|\n)\s*$", before) or ms == 0:
                return n
            lead = _LEAD_APPOSITIVE_RE.search(self.text, max(0, ms - 80), ms)
            if lead is not None and not self._verb_between(lead.start(), ms):
                return n  # "One of the freed hostages, Asabe Musa, a …, said"
            return None
        return None

    def _verb_between(self, a: int, b: int) -> bool:
        """Whether a verb stands between ``a`` and ``b``: the words are then a clause,
        no appositive ("…, resigned on Monday, …"); a participle that modifies a noun
        ("the Delhi-based council") is none; without a parse, assume one."""
        if self.doc is None:
            return True
        lo, hi = self._token_index(a), self._token_index(b)
        return any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in self.doc[lo:hi])

    def _named_right_before(self, s: int) -> int | None:
        """Where the person named right before ``s`` (a party letter) starts, if any."""
        near = [ms for ms, me, _n in self.persons if me <= s and s - me <= 4]
        return near[-1] if near else None

    def _party_pair_before(self, s: int) -> str | None:
        """The first of two people each named with a party before ``s`` ("Rep. Mia Lund
        (R) and Rep. Ben Orr (D)" before "said"), else None."""
        ms = self._named_right_before(s)
        if ms is None:
            return None
        for _ps, pe, name in self.persons:
            if pe <= ms and ms - pe <= 60 and _PARTY_AND_RE.fullmatch(self.text, pe, ms):
                return name
        return None

    def _object_named(self, s: int) -> bool:
        """Is the person named just before ``s`` the object of a preposition ("A
        spokesman for Gov. Jo Ray (R) said"): someone spoke for them, unnamed."""
        ms = self._named_right_before(s)
        return ms is not None and after_preposition(self.text[max(0, ms - 40) : ms])

    def _named_before(self, s: int) -> str | None:
        """The person named just before an appositive that starts at ``s`` (not an
        owner: in "Ray's dad, Jo" Jo is no appositive of Ray), in the same sentence and
        clause chain: up to 40 characters back, or 150 when the name's appositive opens
        right after it, so that a long appositive still leads to its name ("Jo Ray, a
        fellow at the Vale Institute for Physics in Lowmere, Ostrania, and co-author of
        the study, said": Jo Ray, not Ostrania; not "Jo Ray checked into a clinic in
        Lowmere, Ostrania, on Monday, her agent said")."""
        best = None
        for ms, me, n in self.persons:
            if re.match(r"['’]", self.text[me : me + 1]) or re.search(r"['’]s?$", self.text[ms:me]):
                continue
            gap = self.text[me:s] if me <= s and s - me <= 150 else ""
            if len(gap) > 40 and (not re.match(r"\s*[,(]", gap) or self._verb_between(me, s)):
                continue
            if re.fullmatch(r"[^.;:!?“”\"]*[,(][^.;:!?“”\"]*", gap):
                best = n
        return best


# "the 14th-ranked Schwartzman": lower-case modifiers, then a capitalised surname
_MODIFIED_SURNAME_RE = re.compile(r"[Tt]he\s+(?:[a-z0-9][\w-]*\s+){1,3}([A-Z][a-z][\w'’-]+)")

# "the 29-year-old": someone described by an age alone
_AGED_RE = re.compile(r"(\d{1,3})-year-old")
# a nationality that may name a people as well as one person ("the French said", "the
# Chinese said", "the Swiss said"): not read as one person
_PEOPLES_RE = re.compile(r"(?:s|ch|sh|ss|ese)$")
# an adverb between a subject pronoun and its verb ("he instead told", "she tearfully said")
_ADVERB_RE = re.compile(r"[a-z]{2,}ly|instead|also|later|then|again|once|still|too|alone")

# a title set off by commas right before a subject: ", Chief Public Relations Officer, "
_TITLE_BEFORE_RE = re.compile(r",\s*((?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*)\s*,\s*$")

# an owner's role, an appositive of the name before it: "John Doe, Canada's ambassador
# to China, told …"
_OWNED_ROLE_RE = re.compile(
    r"[A-Z][\w.-]*['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+(?:to|of|for|at|in)\s.*)?$"
)

# a title with "of" before a name: "Secretary of State Jo Ray", "Chief of Staff Jo Ray"
_TITLE_OF_RE = re.compile(
    r"(?:[A-Z][a-z]+\s+){1,2}of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){1,3}",
)

# words that make what follows a description's comma no appositive name
_NOT_APPOS_LEAD = frozenset(
    "by from of for to with at in on and or but who which that said says told according".split()
)

# nouns for things that end like nouns for people ("the white paper said")
_THINGS_ER = frozenset(
    "paper order number center centre water matter border corner chapter sector factor "
    "monitor computer tower power letter register".split()
)

# the endings of nouns for people ("proprietor", "founder", "resident", "pianist")
_PERSON_SUFFIX_RE = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ent|ant|eur|man|woman)")


def _person_description(words: list[str], after: str) -> bool:
    """Whether "the …" (``words``, lower case, up to its head noun) describes one person:
    its head is a singular noun for people and not an organisation or document, and
    it is no bare generic role ("the official"); or the sentence goes on to call it
    "who" or "his"/"her" ("the bow-tied maverick, noting that his …")."""
    head = norm_word(words[-1])
    if head in ORG_NOUNS or document_noun(head) or head.endswith("s") or not head.isalpha():
        return False
    if any(w[:1].isupper() for w in words[1:]) and len(words) == 2:
        return False  # "the Times"
    if len(words) == 2 and head in GENERIC_ROLES:
        return False  # "the official": nobody the article names
    if speaker_noun(head) or (_PERSON_SUFFIX_RE.fullmatch(head) and head not in _THINGS_ER):
        return True
    return bool(re.match(r",\s+(?:who\b|[a-z]+ing\b[^.;“”\"]{0,40}?\b(?:his|her)\b)", after))


# a place or a participle after the head of an unnamed speaker ("one woman in Qeshm",
# "a man wearing ski goggles"): the head is the word before it
_POST_PLACE = frozenset("in on near outside inside".split())


# words that date an office ("the former president"), not say whose it is
_TIME_MODIFIERS = frozenset(
    "former late then new current outgoing incoming incumbent future previous ex".split()
)


def _post_modifier(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` opens a modifier after the person noun before it."""
    w = low[i]
    if w not in _POST_PLACE and not (w.endswith("ing") and len(w) > 5):
        return False
    prev = norm_word(low[i - 1])
    return speaker_noun(prev) or (w in _POST_PLACE and prev in ORG_NOUNS)


def _plain_person(head: str) -> bool:
    """A plain noun for one person, no title or office ("father", "driver",
    "two-year-old"), that the article may leave unnamed."""
    if re.fullmatch(r"[\w-]+-old", head):
        return True
    return speaker_noun(head) and (head not in ROLE_WORDS or head in GENERIC_ROLES)


def _law_name(words: list[str]) -> bool:
    """Whether "the …" (``words`` as written) names a law or charter: capitalised
    words (or an ordinal) up to a capitalised law noun ("the 14th Amendment", "the
    Paris Agreement", "the 14th Amendment to the Constitution")."""
    for i, w in enumerate(words[1:], 1):
        if norm_word(w) in LAW_NOUNS and w[:1].isupper():
            return all(x[:1].isupper() or x[:1].isdigit() for x in words[1:i])
    return False


def _compound_span(tok: Any) -> tuple[int, int]:
    """The text span of ``tok`` with the compounds before it ("Judge Jo Ray")."""
    st = min([tok.idx] + [c.left_edge.idx for c in tok.lefts if c.dep_ == "compound"])
    return st, tok.idx + len(tok.text)


def _author_tokens(doc_tok: Any) -> list[Any]:
    """Candidate authors of a document token: "from/by X", "X's", the subject of the
    verb that sends or issues it, or of the verb it is a means of ("In a letter, X
    accused …", "X said in a statement")."""
    out = []
    for c in doc_tok.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            out.append(c)
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "acl":
            # "signed by …", "obtained by Fox News and signed by …"; not "obtained by"
            for v in [c, *(x for x in c.children if x.dep_ == "conj")]:
                if v.lemma_.lower() not in _AUTHORING:
                    continue
                for g in v.children:
                    if g.dep_ == "agent":
                        out.extend(x for x in g.children if x.dep_ == "pobj")
    verb = None
    if doc_tok.dep_ == "nsubjpass" and doc_tok.head.lemma_.lower() in _AUTHORING:
        for c in doc_tok.head.children:  # "The letter was signed by every trustee"
            if c.dep_ == "agent":
                out.extend(x for x in c.children if x.dep_ == "pobj")
    if doc_tok.dep_ == "dobj" and doc_tok.head.lemma_.lower() in _AUTHORING:
        verb = doc_tok.head
    elif doc_tok.dep_ == "pobj" and doc_tok.head.lower_ == "in":
        verb = doc_tok.head.head
        if verb.dep_ == "nsubj" and verb.pos_ == "PROPN":
            # "Garba Shehu, …, in a statement released on Saturday, said": the parse
            # hung the means on the subject, who wrote it
            out.append(verb)
            verb = None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        subj = subject_of(verb)
        if subj is not None and subj.dep_ == "nsubj":
            out.append(subj)
    return out


def copy_attribution(a: Attribution) -> Attribution:
    return Attribution(a.speaker, a.text, a.start, a.end, a.cue)


# between two names: the first one's party and "and", a title of the second ("(R) and
# Rep. ", "(R-Utah) and Sen. ")
_PARTY_AND_RE = re.compile(r"\s*\([RDI](?:-[A-Z][\w.]*)?\)\s+and\s+(?:[A-Z][a-z]*\.?\s+){0,2}")
