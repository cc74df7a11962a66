"""Credits read from the dependency parse (the rules ``sources`` cannot see in the text).

Each rule looks at a verb or a preposition and its arguments, not at a list
of sentences:

* **venues**: a preposition ("on", "in", "to", "with", "by", the "by" of a
  passive: "first reported Sunday by Leaks.com") whose object is
  a medium -- a platform ("took to Twitter", "posted it to YouTube", "in a
  Twitter post"), a broadcaster or outlet ("said on MSNBC", "appeared on
  CBS' ...", "wrote in The Dispatch", "a report in the Daily Courier", "in an
  interview with WXYZ", "on Ada Lurz's radio show", "on the CBS News
  program" -> CBS News), someone's own website ("said on his website",
  ``other``) -- is a credit of that medium.  A medium is a name
  whose head keyword says so (``sources.head_kind``), a known network or
  site, a web domain, or a radio/TV call sign ("WVLK", "KTRS").  A platform
  takes any preposition and verb ("can be found on You Tube"); a broadcaster
  or outlet only under a verb or noun of saying, publishing or appearing, or
  "on" one in a clause about the medium ("announcing his bid on MSNBC"), so
  "a stake in the Times" and "danced with a comedian on CNN" are not
  credits; nor is the public taking to a platform ("People took to
  Twitter"), an appearance still to come or talked about ("scheduled to
  appear in the Gazette", "talking about his appearance on the show"), or
  a name cut from a hyphenated word ("another X-Men film").
* **tweets**: the verb "tweet" ("she tweeted that ...", "tweeting:") and the
  noun "tweet" under "in" ("in an early-morning tweet") credit Twitter; a
  passive ("the photo was tweeted to ..."), a gerund object ("responsible
  for tweeting the photo") or a tweet with only a topic ("back tweeting about
  the vote") does not.
* **bodies that speak**: the subject of a verb of saying or announcing
  ("said", "announced", "revealed", "responded", "alerted") whose head is a
  body or an unnamed official ("Weiner's office", "the senator's campaign",
  "aides", "Democratic lawmakers", "the Justice Department", "a spokesman
  for the prosecutor"), or an organisation the entity recogniser tags ORG;
  subject after the verb too ("..., said a Republican aide"), a subject shared
  with an earlier verb ("The Courier described him as ... and later said
  ...": two credits), a web domain ("Leaks.com first reported"), a medium's
  item ("an NBC segment reported"), a body that "issued a statement", and a
  body or firm that projects or forecasts a figure ("Orlin Capital projected that
  ...").  A subject that lists named bodies, none a person, is one credit of
  the whole list ("Kestrel Advisors, Velmora Bank and Orlin Capital
  projected"; kind from the whole phrase, else the one kind its items share).  A
  named person, with or without a title, is not a credit (that is a quote's
  speaker), nor is one named after an employer ("Orlin Shipping's Ada Lurz
  wrote"; a news medium's writer credits the medium: "The Orlin Herald's Ada
  Lurz wrote" -> The Orlin Herald), nor a heading's subject read with the
  next paragraph's verb, nor a unique office held by a person the story names ("the
  president said"); a person introduced as a spokesman for someone is
  ("said Ada Lurz, a spokeswoman for the mayor", and later "Ms. Lurz
  cautioned"), but not a former one.
* **documents and polls that show**: the subject of "show", "suggest",
  "reveal", "find", "indicate" whose head is a document or a poll ("the
  returns show", "Polls suggest"), a document modified by "showing"
  ("filed a disclosure showing ...", "a list of speeches showing"), and
  "in polls"/"in a poll".  A document (not a letter or memo: those are
  their writers' words) that "says", "states" or "declares" ("the statement
  from her doctor said"; "a statement ... declaring" unless the one who
  issued it is a person speaking for herself: "She issued a statement
  saying", "his wife, Mara, released a statement saying"), a published
  piece that states ("published a blog post stating"), a clause-opening
  "In a statement, ..." or "In an open letter to ..., ...", and a body or
  document that something "quotes (from)".
* **outlets that report**: an outlet or broadcaster as the subject of a
  verb of reporting ("The Courier described him as ...", "a newspaper
  exposed ...").

The source of a tweet is "Twitter" (a credit names the medium even when the
text names only the act).  Kinds follow ``sources.classify``; a poll is
``other`` and a campaign or party body ``other``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .units import is_people_noun

_MEDIA_NAMES: dict[str, str] = {
    # networks and sites whose names carry no keyword ("CNN" and "BBC" are in
    # sources.KIND_PATTERNS); a name is matched as a whole word, case-sensitively
    **dict.fromkeys(
        "ABC CBS NBC MSNBC CNBC PBS HBO C-SPAN Fox Univision Telemundo Sky ITV".split(),
        "broadcaster",
    ),
    **dict.fromkeys(
        "Axios Politico Slate Salon Vox TMZ BuzzFeed Breitbart Newsweek Mediaite Newsmax "
        "Drudge Gawker Huffington HuffPost".split(),
        "outlet",
    ),
    **dict.fromkeys(
        "Twitter Facebook YouTube Instagram TikTok Telegram Snapchat".split(), "social"
    ),
}
_DOMAIN_RE = re.compile(r"\b[A-Za-z][\w-]*\.(?:com|org|net|co\.uk)\b")
_MEDIA_KINDS = ("broadcaster", "outlet", "wire", "social")
CALL_SIGN_RE = re.compile(
    r"^(?!WHO$|WTO$|WWF$|WFP$|KGB$|WWE$|KKK$)[KW][A-Z]{2,3}(?:-(?:AM|FM|TV))?$"
)
"""A US radio or TV call sign ("WVLK", "KTRS"), save acronyms that look like one."""
_YOU_TUBE_RE = re.compile(r"^You\s+Tube$")

SAY_LEMMAS = frozenset(
    "say tell write argue speak appear ask announce joke publish report post note claim "
    "insist explain describe declare confirm deny reveal respond alert add warn state "
    "suggest acknowledge admit predict vow promise tweet interview discuss call be talk remark "
    "comment".split()
)
"""Verbs of saying or publishing a venue may hang on ("said on ...", "was on ...")."""
VENUE_NOUNS = frozenset(
    "interview appearance report piece article op-ed column story segment post tweet video "
    "remarks comment comments statement editorial essay broadcast show program profile "
    "message blog".split()
)
"""Nouns of saying or publishing a venue may hang on ("an interview on ...")."""
BODY_SUBJECT_LEMMAS = frozenset(
    "say announce reveal respond alert report confirm deny state disclose estimate warn "
    "acknowledge note add insist tell describe caution stress".split()
)
"""Verbs whose subject is credited when it is a body ("the ministry announced")."""
FORECAST_LEMMAS = frozenset("project forecast".split())
"""Verbs of forecasting whose subject is credited when it is a body or firm ("Velmora
Bank projected growth of 2 percent"): a forecast's figure is that body's."""
_SPEAKS_LEMMAS = BODY_SUBJECT_LEMMAS | FORECAST_LEMMAS
"""Verbs whose body subject is credited: speaking or forecasting."""
_NEEDS_CONTENT = _SPEAKS_LEMMAS - {"say", "tell", "announce", "report", "add"}
"""Of those, the verbs that credit only with what was said ("responded that ...",
"alerted reporters that ..."): "the office responded to inquiries" is no credit."""
# "follow him on X", "Reach the reporters on Twitter at …": a way to reach someone
_NOT_VENUE_HEADS = frozenset("follow unfollow block follower send reach contact".split())
_PLANNED_LEMMAS = frozenset("schedule expect set due plan hope want intend".split())
"""Verbs of a plan: an appearance under them has not happened ("scheduled to appear")."""
_BODY_HEADS: dict[str, str] = {
    **dict.fromkeys(
        "office spokesman spokeswoman spokesperson spokespeople aide aides lawmaker lawmakers "
        "official officials administration department ministry agency police committee "
        "commission council conference historian staff staffer staffers prosecutor "
        "prosecutors authorities representative presidency".split(),
        "official",
    ),
    **dict.fromkeys(
        "campaign party caucus organization organisation group source sources militia".split(),
        "other",
    ),
    **dict.fromkeys("site website newspaper paper network station".split(), "outlet"),
    "account": "social",
}
# offices one person holds: "the president said" is that person speaking
UNIQUE_OFFICES = frozenset(
    "president governor mayor senator congressman congresswoman speaker lady leader chairman "
    "chairwoman secretary minister king queen pope general prosecutor judge sheriff chief "
    "executive".split()
)
_MEDIA_ITEM_HEADS = frozenset("segment broadcast report article story piece editorial".split())
"""Things a medium runs: their subject credits the medium named before them."""
SHOW_LEMMAS = frozenset("show suggest reveal find indicate estimate project".split())
_DOC_HEADS: dict[str, str] = {
    **dict.fromkeys(
        "return returns document documents record records report study indictment "
        "indictments filing filings data figures list disclosure memo letter statement "
        "analysis audit transcript transcripts release complaint autopsy affidavit "
        "biography bio".split(),
        "document",
    ),
    **dict.fromkeys("poll polls polling survey surveys".split(), "other"),
}
DOC_SAY_LEMMAS = frozenset("say state declare read allege list".split())
"""Verbs whose subject is credited when it is a document ("the statement said")."""
_STATEMENT_NOUNS = frozenset("statement letter memo memorandum op-ed editorial".split())
"""What "In a ..., X said" quotes from."""
_PUBLICATIONS = frozenset("post article op-ed column essay editorial".split())
"""Published pieces: "published a blog post stating ..." credits the piece."""
_LETTERS = frozenset("letter letters memo memorandum".split())
_RELATIVES = frozenset(
    "wife husband widow widower mother father son daughter brother sister partner fiancee "
    "fiance girlfriend boyfriend".split()
)
"""People who speak for themselves when they issue a statement."""
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")
"""Correspondence: what it says is its writers' words (a quote), not a document's."""
REPORT_LEMMAS = frozenset(
    "report describe expose reveal publish say write note announce quote cite obtain "
    "detail confirm".split()
)
"""Verbs of reporting whose subject is credited when it is an outlet."""


@dataclass(frozen=True, slots=True)
class ParseCredit:
    """One credit found on the parse: the attribution span, the source span, the kind.

    ``source`` is set when the credited name is not written in the span (a tweet
    credits "Twitter"); otherwise the source is the text of ``src_start:src_end``.
    """

    start: int
    end: int
    src_start: int
    src_end: int
    kind: str
    source: str | None = None


# a platform's possessive before what is no part of the platform ("Facebook's internal
# systems"; not "Facebook's live stream", "Twitter's app")
_OWNED_THING_RE = re.compile(
    r"['’]s\s+(?!(?:official\s+)?(?:page|account|feed|channel|platform|app|site|website|"
    r"live|stream|story|stories|messenger|service)\b)"
)


def _thing_appearing(verb: Any) -> bool:
    """Is the subject of "appear" a thing, not someone who could speak ("the roles that
    appear on TV")?"""
    if verb.lemma_.lower() != "appear":
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head  # the noun the relative clause is about
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and subj.ent_type_ not in ("PERSON", "ORG", "NORP")
        and not is_people_noun(subj.lemma_.lower())
    )


def _span(tokens: list[Any]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subtree_span(tok: Any) -> tuple[int, int]:
    """Span of a noun phrase: its subtree, cut before a relative clause, a comma or a
    phrase of a preposition with an indefinite object."""
    toks = []
    for t in tok.subtree:
        if t.i > tok.i and (t.dep_ in ("relcl", "acl", "punct", "appos", "cc", "conj")):
            break
        if t.i > tok.i and t.dep_ == "prep" and t.head.i == tok.i and _indefinite_object(t):
            break  # "The Supreme Court in a historic ruling": the court, not the ruling
        toks.append(t)
    # drop a leading determiner-less preposition or punctuation
    while toks and toks[0].dep_ in ("punct", "prep", "cc"):
        toks = toks[1:]
    return _span(toks or [tok])


def _indefinite_object(prep: Any) -> bool:
    """Does the preposition take an object with "a" or "an" ("in a historic ruling")?"""
    return any(
        c.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in prep.children
    )


def media_name_kind(word: str) -> str | None:
    """The kind of medium a one-word name with no keyword is ("Politico": "outlet",
    "Instagram": "social", "MSNBC": "broadcaster"), or None."""
    return _MEDIA_NAMES.get(word)


def _media_kind(name: str, classify: Callable[[str], str]) -> str | None:
    """The kind of a medium named ``name`` ("Twitter", "MSNBC's", "WVLK Radio"), or None."""
    core = re.sub(r"[’']s?$", "", name.strip(' "“”')).strip()
    if not core:
        return None
    kind = classify(core)
    if kind in ("broadcaster", "outlet", "wire", "social"):
        return kind
    if _YOU_TUBE_RE.match(core):
        return "social"
    words = core.split()
    for w in words:
        if w in _MEDIA_NAMES:
            return _MEDIA_NAMES[w]
    if words and CALL_SIGN_RE.match(words[0]):
        return "broadcaster"
    if _DOMAIN_RE.search(core):
        return "outlet"  # "BigGovernment.com"
    return None


def _name_tokens(pobj: Any) -> list[Any]:
    """The proper-name part of a prepositional object: compounds and the head, or the
    possessor ("CBS's 'Face the Nation'" -> CBS)."""
    for child in pobj.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return [t for t in child.subtree if t.dep_ != "case"]
    toks = [
        t
        for c in pobj.lefts
        if c.dep_ in ("compound", "nmod", "amod") and (c.pos_ == "PROPN" or c.text[:1].isupper())
        # with a compound's own compounds ("New" of "York" in "the New York Times")
        for t in c.subtree
        if t is c or (t.dep_ == "compound" and t.text[:1].isupper())
    ]
    return [*toks, pobj]


# what one denies or adds when speaking ("denied the allegations", "added a caveat")
_SPEECH_OBJECTS = frozenset(
    "allegation allegations report reports claim claims charge charges accusation "
    "accusations account rumour rumor rumours rumors story wrongdoing involvement "
    "responsibility knowledge link links that this it caveat note detail details".split()
)


def _thing_object(verb: Any) -> bool:
    """ "add" or "deny" with a thing as its object, not words: "NASA added five
    companies to the list", "the administration is denying flu vaccines"."""
    if verb.lemma_.lower() not in ("add", "deny"):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        o.pos_ in ("NOUN", "PROPN", "NUM") and o.lemma_.lower() not in _SPEECH_OBJECTS for o in objs
    )


def _product_x(tok: Any) -> bool:
    """An "X" that ends a product's name ("Xbox One X"), not the platform X."""
    return bool(tok.text == "X" and tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper())


class ParseRules:
    """The parse rules of one article."""

    def __init__(
        self,
        doc: Any,
        classify: Callable[[str], str],
        is_person: Callable[[int, int], bool],
        speaks_for: Callable[[int, int], bool] = lambda s, e: False,
    ) -> None:
        self.doc = doc
        self.tokens: list[Any] = list(doc)  # made once: each rule walks every token
        self.text: str = doc.text
        self.classify = classify
        self.is_person = is_person
        self.speaks_for = speaks_for

    def all(self) -> Iterator[ParseCredit]:
        yield from self.venues()
        yield from self.tweets()
        yield from self.bodies()
        yield from self.documents()
        yield from self.statements()
        yield from self.quoted()

    # -------------------------------------------------------------- venues
    def venues(self) -> Iterator[ParseCredit]:
        for prep in self.tokens:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in (
                "on", "in", "to", "with", "by",
            ):  # fmt: skip
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            found = self._medium(pobj)
            head = prep.head
            governed = (head.pos_ in ("VERB", "AUX") and head.lemma_ in SAY_LEMMAS) or (
                head.pos_ == "NOUN"
                and head.lemma_.lower() in VENUE_NOUNS
                and not self._programme_named(head)
            )
            if found is None and governed and pobj.lemma_.lower() in ("show", "program"):
                found = self._show_owner(pobj)
            if found is None or {head.lemma_.lower(), head.head.lemma_.lower()} & _NOT_VENUE_HEADS:
                continue
            if self._unreported_appearance(head) or _thing_appearing(head):
                continue  # "scheduled to appear in the Register", "the roles that appear on TV"
            (s, e), kind = found
            if kind == "social" and _OWNED_THING_RE.match(self.text, e):
                continue  # "posted on Facebook's internal systems": the company's own
            if re.match(r"-[A-Za-z]", self.text[e : e + 2]):
                continue  # "another X-Men film": part of a hyphenated word
            if prep.lower_ == "to" and kind != "social":
                continue  # "told X" is read by the text rules; "gave it to the Times" is none
            if not governed and kind != "social" and not self._appears_on(prep):
                continue  # "danced with a comedian on CNN": no one is reported there
            if kind == "social" and self._crowd_subject(head):
                continue  # "People took to Twitter to ...": the public reacting
            if self._in_quoted_title(prep):
                continue  # "an interview with 'Axios on HBO'": part of a show's name
            yield ParseCredit(prep.idx, e, s, e, kind)

    @staticmethod
    def _programme_named(noun: Any) -> bool:
        """A show or programme named for what it is, with no saying above it: "the
        creator of the 'Family Guy' animated show on the Fox network" says where a
        programme airs ("said on his radio show" still credits)."""
        if noun.lemma_.lower() not in ("show", "program", "programme", "series"):
            return False
        up = noun
        for _ in range(5):
            if up.head is up:
                break
            up = up.head
            if up.pos_ in ("VERB", "AUX") and up.lemma_ in SAY_LEMMAS:
                return False
        return True

    def _appears_on(self, prep: Any) -> bool:
        """ "on" a network under a verb of appearing or a clause about the network:
        "announcing his bid on MSNBC", "a couple of weeks ago on CBN"."""
        if prep.lower_ != "on":
            return False
        head = prep.head
        while (
            head.dep_ in ("xcomp", "dobj", "pobj", "prep", "acl", "npadvmod")
            and head.head is not head
        ):
            if head.lemma_ in SAY_LEMMAS:
                return True
            head = head.head
        if head.lemma_ in SAY_LEMMAS:
            return True
        # "a couple of weeks ago on CBN"; not a noun's own phrase: "a baking show on PBS",
        # "its big bet on European TV" say where something is, not who reported; nor
        # "having her back on ABC": where she will be seen
        return head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") and head.lower_ != "back"

    @staticmethod
    def _unreported_appearance(head: Any) -> bool:
        """An appearance that reports nothing: one yet to come ("is scheduled to appear
        in the Register", "will appear on CNN") or the topic of talk ("talking about
        his appearance on the show")."""
        if head.lemma_.lower() not in ("appear", "appearance"):
            return False
        if head.pos_ == "NOUN":
            return head.dep_ == "pobj" and head.head.lower_ in ("about", "of", "for")
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in head.children):
            return True
        return head.dep_ == "xcomp" and head.head.lemma_.lower() in _PLANNED_LEMMAS

    @staticmethod
    def _crowd_subject(verb: Any) -> bool:
        return any(
            c.dep_ == "nsubj" and c.lower_ in ("people", "users", "fans", "many", "others")
            for c in verb.children
        )

    def _medium(self, pobj: Any) -> tuple[tuple[int, int], str] | None:
        """The medium a prepositional object names, with its span."""
        if _DOMAIN_RE.fullmatch(pobj.text):
            return _span([pobj]), "outlet"  # "reported by BigGovernment.com"
        compounds = [c for c in pobj.lefts if c.dep_ in ("compound", "amod", "nmod")]
        if pobj.lower_ in ("show", "program", "programme"):
            if any(c.lower_ in ("radio", "television", "tv", "talk") for c in compounds):
                # "on Ada Lurz's radio show" (not what follows the show)
                return (pobj.left_edge.idx, pobj.idx + len(pobj.text)), "broadcaster"
            owner = self._show_owner(pobj)
            if owner is not None:
                return owner  # "on the CBS News program": the network, not "News program"
        toks = _name_tokens(pobj)
        if not any(t.pos_ == "PROPN" for t in toks):
            # "in a Twitter post", "on local cable television", "on his radio show"
            for c in compounds:
                if c.lower_ == "online" or _product_x(c):
                    continue  # "your online business", "the Final Cut Pro X editor"
                if _media_kind(c.text, self.classify) == "social":
                    return _span([c]), "social"
            if pobj.lower_ in ("television", "radio", "tv"):
                return _subtree_span(pobj), "broadcaster"
            if pobj.lower_ in ("website", "site", "blog") and any(
                c.dep_ == "poss" for c in pobj.children
            ):
                return _subtree_span(pobj), "other"  # "said on his website": his own voice
            return None
        s, e = _span(toks)
        if self.is_person(s, e) and toks[-1] is pobj:
            return None
        if any(_product_x(t) for t in toks):
            return None  # "Xbox One X", "Final Cut Pro X": a product, not the platform
        kind = _media_kind(self.text[s:e], self.classify)
        return ((s, e), kind) if kind is not None else None

    def _in_quoted_title(self, prep: Any) -> bool:
        """Is ``prep`` inside a quoted title that opened just before it ("“Axios on HBO”")?"""
        before = self.text[max(0, prep.idx - 30) : prep.idx]
        after = self.text[prep.idx : prep.idx + 40]
        opened = re.search(r"[“\"][A-Z][^”\"\n]{0,25}$", before)
        return bool(opened) and bool(re.search(r"^[^“\"\n]{0,25}[”\"]", after))

    def _show_owner(self, pobj: Any) -> tuple[tuple[int, int], str] | None:
        """ "the CBS News program": the network owning a show."""
        names = [t for t in pobj.subtree if t.i < pobj.i and t.pos_ == "PROPN" and t.dep_ != "poss"]
        if not names or any(
            t.pos_ not in ("PROPN", "PUNCT") for t in self.doc[names[0].i : names[-1].i + 1]
        ):
            return None
        s, e = _span(names)
        kind = _media_kind(self.text[s:e], self.classify)
        return ((s, e), "broadcaster") if kind in ("broadcaster", "outlet") else None

    # -------------------------------------------------------------- tweets
    def tweets(self) -> Iterator[ParseCredit]:
        for tok in self.tokens:
            lemma = tok.lemma_.lower()
            if lemma == "tweet" and tok.pos_ == "VERB":
                if tok.dep_ in ("pcomp", "csubj", "nsubj", "amod") or any(
                    c.dep_ in ("auxpass", "nsubjpass") for c in tok.children
                ):
                    continue
                if self._tweets_about(tok):
                    continue  # "was back tweeting about the vote": no tweet is reported
                s, e = tok.idx, tok.idx + len(tok.text)
                yield ParseCredit(s, e, s, e, "social", "Twitter")
            elif lemma == "tweet" and tok.pos_ == "NOUN" and tok.head.lower_ == "in":
                s = tok.head.idx
                e = tok.idx + len(tok.text)
                yield ParseCredit(s, e, tok.idx, e, "social", "Twitter")

    def _tweets_about(self, verb: Any) -> bool:
        """A tweet verb with only a topic ("tweeting about the vote"), no content."""
        kids = {c.dep_ for c in verb.children}
        about = any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)
        after = self.text[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 2]
        return about and not kids & {"ccomp", "dobj"} and ":" not in after

    # -------------------------------------------------------------- bodies
    def bodies(self) -> Iterator[ParseCredit]:
        for verb in self.tokens:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            speaks = verb.lemma_ in _SPEAKS_LEMMAS or self._issues_statement(verb)
            if not speaks and verb.lemma_ not in REPORT_LEMMAS:
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue  # "did not respond"
            if verb.lemma_ in _NEEDS_CONTENT and not any(
                c.dep_ in ("ccomp", "dobj") for c in verb.children
            ):
                continue
            if _thing_object(verb):
                continue  # "NASA added five companies", "is denying flu vaccines": no speech
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            shared = not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
            # "The Interior Ministry urged calm, saying …": a participle of speech hung on
            # another verb of the same subject
            shared = shared or (
                not subjects
                and verb.tag_ == "VBG"
                and verb.dep_ in ("advcl", "xcomp")
                and verb.head.pos_ in ("VERB", "AUX")
                and verb.head.i < verb.i
                and verb.lemma_ in ("say", "state")  # not "adding to the sense", "warning"
                and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
            )
            if shared:  # "The Courier described him as ... and later said ...": one subject
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
            for subj in subjects:
                if _PARAGRAPH_RE.search(self.text, *sorted((subj.idx, verb.idx))):
                    continue  # a heading's subject and the next paragraph's verb
                outlet = self._outlet_of_writer(subj)
                if outlet is not None:  # "The Boston Herald's Ada Lurz wrote": the Herald
                    (s, e), medium = outlet
                    yield ParseCredit(s, verb.idx + len(verb.text), s, e, medium)
                    continue
                listed = self._body_list(subj)
                if listed is not None:  # "Velmora Bank and Orlin Capital projected": one credit
                    (s, e), kind = listed
                else:
                    kind = self._body_kind(subj)
                    s, e = _subtree_span(subj)
                if kind is None or (not speaks and kind not in _MEDIA_KINDS):
                    continue
                if shared:
                    yield ParseCredit(verb.idx, verb.idx + len(verb.text), s, e, kind)
                elif subj.i < verb.i:
                    yield ParseCredit(s, verb.idx + len(verb.text), s, e, kind)
                else:
                    yield ParseCredit(verb.idx, e, s, e, kind)

    def _body_list(self, subj: Any) -> tuple[tuple[int, int], str | None] | None:
        """A subject that lists named bodies ("Velmora Advisors, Orlin Bank and Kestrel
        Capital projected"): its span and kind, or None when it is no such list (one
        name, or a list with a person or a lower-case item in it)."""
        items = [subj]
        while (nxt := next((c for c in items[-1].children if c.dep_ == "conj"), None)) is not None:
            items.append(nxt)
        if len(items) < 2:
            return None
        spans = [_subtree_span(t) for t in items]
        for t, (s, e) in zip(items, spans, strict=True):
            if not re.sub(r"^(?i:the)\s+", "", self.text[s:e])[:1].isupper():
                return None
            if t.ent_type_ == "PERSON" or self.is_person(s, e):
                return None
        kinds = [self._body_kind(t) for t in items]
        if not any(t.ent_type_ == "ORG" for t in items) and not any(kinds):
            return None
        s, e = spans[0][0], spans[-1][1]
        kind = self.classify(self.text[s:e])
        named = {k for k in kinds if k is not None}
        if kind == "other" and len(named) == 1:
            kind = named.pop()
        return (s, e), (kind if kind != "witness" else None)

    def _outlet_of_writer(self, subj: Any) -> tuple[tuple[int, int], str] | None:
        """The news medium a writer or a column is named after, before the verb: "The
        Boston Herald's Ada Lurz wrote", "the Ledger's 'City Desk' reported" (not a
        platform's or a firm's staff: "Twitter's Ada Lurz wrote" is a person)."""
        if subj.pos_ != "PROPN" or subj.i > subj.head.i:
            return None
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PROPN":
            return None
        toks = [t for t in owner.subtree if t.dep_ != "case"]
        s, e = _span(toks)
        kind = _media_kind(self.text[s:e], self.classify)
        if kind not in ("outlet", "wire", "broadcaster"):
            return None
        return (s, e), kind

    @staticmethod
    def _issues_statement(verb: Any) -> bool:
        """ "issued a statement", "released a statement": a body speaking."""
        return verb.lemma_ in ("issue", "release") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("statement", "communique", "communiqué")
            for c in verb.children
        )

    def _body_kind(self, subj: Any) -> str | None:
        lemma = subj.lemma_.lower()
        text = subj.lower_
        appos = next((c for c in subj.children if c.dep_ == "appos"), None)
        propn = subj.pos_ == "PROPN"
        s, e = _subtree_span(subj) if propn else (0, 0)
        if propn and self.speaks_for(s, e):
            return "official"  # "Mr. Lurz cautioned", Lurz introduced as a spokesman
        if subj.ent_type_ == "PERSON" or (
            propn and (self._person_at(subj) or self.is_person(s, e))
        ):
            # "said Ada Lurz, a spokeswoman for the mayor"
            if (
                appos is not None
                and appos.lemma_.lower() in ("spokesman", "spokeswoman", "spokesperson")
                and not any(c.lower_ in ("former", "onetime", "ex") for c in appos.lefts)
            ):
                return "official"  # but "Ada Lurz, a former spokeswoman ...": a person
            return None
        if propn:
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            if owner is not None and subj.ent_type_ != "ORG":
                own = owner.right_edge.idx + len(owner.right_edge.text)
                if self.classify(self.text[own:e].strip()) == "other":
                    return None  # "Velmora Radio's Ada Lurz wrote": a person
            media = _media_kind(self.text[s:e], self.classify)
            if media is not None:
                return media
            if subj.ent_type_ == "ORG":
                named = self.classify(self.text[s:e])
                if named == "other" and appos is not None:
                    named = self.classify(self.text[_subtree_span(appos)[0] : appos.idx + 40])
                return named if named != "witness" else None
            return None
        if _DOMAIN_RE.fullmatch(subj.text):
            return "outlet"  # "BigGovernment.com first reported" (tagged NOUN, X or PROPN)
        if subj.pos_ != "NOUN":
            return None
        if text in UNIQUE_OFFICES or lemma in UNIQUE_OFFICES:
            return None
        kind: str | None = _BODY_HEADS.get(text) or _BODY_HEADS.get(lemma)
        if kind is None and lemma in _MEDIA_ITEM_HEADS:
            # "a Velmora Radio segment reported": the medium the item ran on
            names = [c for c in subj.lefts if c.dep_ in ("compound", "nmod", "poss")]
            if names:
                s, e = _span([*names[0].subtree, *names[-1].subtree])
                return _media_kind(self.text[s:e], self.classify)
            return None
        if kind is None:
            return None
        s, e = _subtree_span(subj)
        phrase = self.text[s:e]
        if (
            kind == "other"
            and lemma == "group"
            and not any(c.dep_ in ("compound", "amod", "poss") for c in subj.children)
        ):
            return None
        better = self.classify(phrase)
        if better in ("broadcaster", "outlet", "wire", "social", "monitor"):
            return better
        if kind == "outlet" and lemma in ("site", "website"):
            owned = any(c.dep_ == "poss" for c in subj.children) or re.search(r"[’']s?\s", phrase)
            return "other" if owned else "outlet"
        return kind

    def _person_at(self, tok: Any) -> bool:
        return self.is_person(tok.idx, tok.idx + len(tok.text))

    # -------------------------------------------------------------- documents
    def documents(self) -> Iterator[ParseCredit]:
        for tok in self.tokens:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in SHOW_LEMMAS | DOC_SAY_LEMMAS:
                if tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG":
                    noun = tok.head
                    if noun.pos_ == "VERB":  # "released eight years of tax returns, showing"
                        noun = self._released_document(noun) or noun
                    noun = self._of_head(noun)  # "a list of paid speeches showing"
                    kind = self._doc_kind(noun)
                    if kind is None and noun.lemma_.lower() in _PUBLICATIONS:
                        kind = self._publication_kind(noun)
                    if lemma not in SHOW_LEMMAS and not self._said_for_others(noun):
                        continue
                    if kind is not None:
                        s, e = _subtree_span(noun)
                        yield ParseCredit(s, tok.idx + len(tok.text), s, e, kind)
                    continue
                for subj in tok.children:
                    if subj.dep_ == "nsubj":
                        kind = self._doc_kind(subj)
                        if lemma not in SHOW_LEMMAS and (
                            kind != "document" or subj.lemma_.lower() in _LETTERS
                        ):
                            continue  # "the statement said"; a poll does not say
                        if kind is not None:
                            s, e = _subtree_span(subj)
                            if subj.i < tok.i:
                                yield ParseCredit(s, tok.idx + len(tok.text), s, e, kind)
                            else:  # "..., says the report"
                                yield ParseCredit(tok.idx, e, s, e, kind)
            elif (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and lemma in ("poll", "polls", "polling")
            ):
                s, e = _subtree_span(tok)
                yield ParseCredit(tok.head.idx, e, s, e, "other")

    def _said_for_others(self, noun: Any) -> bool:
        """Is a document "saying" something more than its issuer's own words?  "She issued
        a statement saying ..." is the person speaking; "a letter saying" is its writers'
        words; "the campaign released a statement from her doctor declaring" is not."""
        if noun.lemma_.lower() in _LETTERS:
            return False
        if noun.lemma_.lower() in _PUBLICATIONS:
            return True  # "published a blog post stating": published, not just said
        verb = noun.head if noun.dep_ == "dobj" else None
        if verb is None:
            return True
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is None or not (
            subj.pos_ == "PRON"
            or subj.ent_type_ == "PERSON"
            or self._person_at(subj)
            or subj.lemma_.lower() in _RELATIVES  # "his wife, Mara, released a statement"
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children)
        )

    def _of_head(self, noun: Any) -> Any:
        """The document a noun hangs on by "of" ("a list of speeches" -> list)."""
        if self._doc_kind(noun) is None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            outer = noun.head.head
            if outer.pos_ == "NOUN" and self._doc_kind(outer) is not None:
                return outer
        return noun

    def quoted(self) -> Iterator[ParseCredit]:
        """ "The letter quotes (from) the Velmora Bar Association": the body quoted."""
        for verb in self.tokens:
            if verb.lemma_ != "quote" or verb.pos_ != "VERB" or verb.dep_ == "amod":
                continue
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    objs += [c for c in prep.children if c.dep_ == "pobj"]
            for obj in objs:
                s, e = _subtree_span(obj)
                if obj.pos_ == "PROPN" and obj.ent_type_ == "ORG" and not self.is_person(s, e):
                    kind = self.classify(self.text[s:e])
                elif self._doc_kind(obj) == "document":
                    kind = "document"
                else:
                    continue
                yield ParseCredit(verb.idx, e, s, e, kind)

    def statements(self) -> Iterator[ParseCredit]:
        """ "In a statement, Ada Lurz said ...": the document the clause comes from."""
        for prep in self.tokens:
            if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
                continue
            doc = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if doc is None or doc.lemma_.lower() not in _STATEMENT_NOUNS:
                continue
            if prep.i > prep.head.i or (
                prep.i > 0 and self.doc[prep.i - 1].pos_ not in ("PUNCT", "SPACE")
            ):
                continue  # only a clause-opening "In a statement, ..."
            if any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in doc.lefts):
                continue  # "in Lurz's letter", "in a Twitter post": read by other rules
            if doc.lemma_.lower() in _LETTERS and not any(c.lower_ == "open" for c in doc.lefts):
                continue  # "In a letter to the board, ...": its writers' words
            end = doc.idx + len(doc.text)
            for t in doc.subtree:
                if t.i > doc.i and t.dep_ != "punct":
                    end = max(end, t.idx + len(t.text))
            first = next(t for t in doc.subtree if t.dep_ != "det")
            yield ParseCredit(prep.idx, end, first.idx, end, "document")

    def _publication_kind(self, noun: Any) -> str | None:
        """The kind of a published piece that states something ("a blog post stating"),
        or None when no one published it ("a post saying" alone, "her post saying")."""
        verb = noun.head if noun.dep_ == "dobj" else None
        if verb is None or verb.lemma_ not in ("publish", "post", "write", "pen", "run"):
            return None
        kind = self.classify(self.text[slice(*_subtree_span(noun))])
        return kind if kind != "witness" else "other"

    def _released_document(self, verb: Any) -> Any | None:
        """The document a "release"/"file"/"publish" verb puts out: its object, or the
        object of that object's "of" ("eight years of tax returns")."""
        if verb.lemma_ not in ("release", "file", "publish", "post", "issue"):
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        if self._doc_kind(obj) is None:
            for prep in obj.children:
                if prep.lower_ == "of":
                    inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if inner is not None and self._doc_kind(inner) is not None:
                        return inner
        return obj

    def _doc_kind(self, tok: Any) -> str | None:
        if tok.pos_ != "NOUN":
            return None
        return _DOC_HEADS.get(tok.lower_) or _DOC_HEADS.get(tok.lemma_.lower())
