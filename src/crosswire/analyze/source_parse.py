"""Credits read from the dependency parse (the rules ``sources`` cannot see in the text).

Each rule looks at a verb or a preposition and its arguments, not at a list
of sentences:

* **venues**: a preposition ("on", "in", "to", "with", "by") whose object is
  a medium -- a platform ("took to Twitter", "posted it to YouTube", "in a
  Twitter post"), a broadcaster or outlet ("said on MSNBC", "appeared on
  CBS' ...", "wrote in The Dispatch", "a report in the Daily Courier", "in an
  interview with WXYZ") -- is a credit of that medium.  A medium is a name
  whose head keyword says so (``sources.head_kind``), a known network or
  site, or a radio/TV call sign ("WVLK", "KTRS").  "On" and "to" take any
  medium; "in", "with" and "by" only under a verb or noun of saying or
  publishing, so "a stake in the Times" is not a credit.
* **tweets**: the verb "tweet" ("she tweeted that ...", "tweeting:") and the
  noun "tweet" under "in" ("in an early-morning tweet") credit Twitter; a
  passive ("the photo was tweeted to ...") or a gerund object ("responsible
  for tweeting the photo") does not.
* **bodies that speak**: the subject of a verb of saying or announcing
  ("said", "announced", "revealed", "responded", "alerted") whose head is a
  body or an unnamed official ("Weiner's office", "the senator's campaign",
  "aides", "Democratic lawmakers", "the Justice Department", "a spokesman
  for the prosecutor"), or an organisation the entity recogniser tags ORG;
  subject after the verb too ("..., said a Republican aide").  A named
  person, with or without a title, is not a credit (that is a quote's
  speaker), nor is a unique office held by a person the story names ("the
  president said"); a person introduced as a spokesman for someone is
  ("said Ada Lurz, a spokeswoman for the mayor").
* **documents and polls that show**: the subject of "show", "suggest",
  "reveal", "find", "indicate" whose head is a document or a poll ("the
  returns show", "Polls suggest"), a document modified by "showing"
  ("filed a disclosure showing ..."), and "in polls"/"in a poll".
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
    "suggest acknowledge admit predict vow promise tweet interview discuss call be".split()
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
    "acknowledge note add insist tell".split()
)
"""Verbs whose subject is credited when it is a body ("the ministry announced")."""
_NEEDS_CONTENT = BODY_SUBJECT_LEMMAS - {"say", "tell", "announce", "report", "add"}
"""Of those, the verbs that credit only with what was said ("responded that ...",
"alerted reporters that ..."): "the office responded to inquiries" is no credit."""
_NOT_VENUE_HEADS = frozenset("follow unfollow block follower send".split())
_BODY_HEADS: dict[str, str] = {
    **dict.fromkeys(
        "office spokesman spokeswoman spokesperson spokespeople aide aides lawmaker lawmakers "
        "official officials administration department ministry agency police committee "
        "commission council conference historian staff staffer staffers prosecutor "
        "prosecutors authorities representative".split(),
        "official",
    ),
    **dict.fromkeys("campaign party caucus organization organisation group".split(), "other"),
    **dict.fromkeys("site website newspaper paper network station".split(), "outlet"),
}
# offices one person holds: "the president said" is that person speaking
UNIQUE_OFFICES = frozenset(
    "president governor mayor senator congressman congresswoman speaker lady leader chairman "
    "chairwoman secretary minister king queen pope general prosecutor judge sheriff".split()
)
SHOW_LEMMAS = frozenset("show suggest reveal find indicate estimate project".split())
_DOC_HEADS: dict[str, str] = {
    **dict.fromkeys(
        "return returns document documents record records report study indictment "
        "indictments filing filings data figures list disclosure memo letter statement "
        "analysis audit transcript transcripts".split(),
        "document",
    ),
    **dict.fromkeys("poll polls polling survey surveys".split(), "other"),
}
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


def _span(tokens: list[Any]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subtree_span(tok: Any) -> tuple[int, int]:
    """Span of a noun phrase: its subtree, cut before a relative clause or comma."""
    toks = []
    for t in tok.subtree:
        if t.i > tok.i and (t.dep_ in ("relcl", "acl", "punct", "appos", "cc", "conj")):
            break
        toks.append(t)
    # drop a leading determiner-less preposition or punctuation
    while toks and toks[0].dep_ in ("punct", "prep", "cc"):
        toks = toks[1:]
    return _span(toks or [tok])


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
    toks = [c for c in pobj.lefts if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN"]
    return [*toks, pobj]


class ParseRules:
    """The parse rules of one article."""

    def __init__(
        self,
        doc: Any,
        classify: Callable[[str], str],
        is_person: Callable[[int, int], bool],
    ) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.classify = classify
        self.is_person = is_person

    def all(self) -> Iterator[ParseCredit]:
        yield from self.venues()
        yield from self.tweets()
        yield from self.bodies()
        yield from self.documents()

    # -------------------------------------------------------------- venues
    def venues(self) -> Iterator[ParseCredit]:
        for prep in self.doc:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "to", "with", "by"):
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            found = self._medium(pobj)
            head = prep.head
            governed = (head.pos_ in ("VERB", "AUX") and head.lemma_ in SAY_LEMMAS) or (
                head.pos_ == "NOUN" and head.lemma_.lower() in VENUE_NOUNS
            )
            if found is None and governed and pobj.lemma_.lower() in ("show", "program"):
                found = self._show_owner(pobj)
            if found is None or {head.lemma_.lower(), head.head.lemma_.lower()} & _NOT_VENUE_HEADS:
                continue
            (s, e), kind = found
            if prep.lower_ == "to" and kind != "social":
                continue  # "told X" is read by the text rules; "gave it to the Times" is none
            if prep.lower_ != "on" and not governed and kind != "social":
                continue
            if self._in_quoted_title(prep):
                continue  # "an interview with 'Axios on HBO'": part of a show's name
            yield ParseCredit(prep.idx, e, s, e, kind)

    def _medium(self, pobj: Any) -> tuple[tuple[int, int], str] | None:
        """The medium a prepositional object names, with its span."""
        toks = _name_tokens(pobj)
        if not any(t.pos_ == "PROPN" for t in toks):
            # "in a Twitter post", "on local cable television", "on his radio show"
            compounds = [c for c in pobj.lefts if c.dep_ in ("compound", "amod", "nmod")]
            for c in compounds:
                if _media_kind(c.text, self.classify) == "social":
                    return _span([c]), "social"
            if pobj.lower_ in ("television", "radio", "tv") or (
                pobj.lower_ in ("show", "program") and any(c.lower_ == "radio" for c in compounds)
            ):
                return _subtree_span(pobj), "broadcaster"
            return None
        s, e = _span(toks)
        if self.is_person(s, e) and toks[-1] is pobj:
            return None
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
        names = [c for c in pobj.lefts if c.pos_ == "PROPN"]
        if not names:
            return None
        s, e = _span(names)
        kind = _media_kind(self.text[s:e], self.classify)
        return ((s, e), "broadcaster") if kind in ("broadcaster", "outlet") else None

    # -------------------------------------------------------------- tweets
    def tweets(self) -> Iterator[ParseCredit]:
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if lemma == "tweet" and tok.pos_ == "VERB":
                if tok.dep_ in ("pcomp", "csubj", "nsubj", "amod") or any(
                    c.dep_ in ("auxpass", "nsubjpass") for c in tok.children
                ):
                    continue
                s, e = tok.idx, tok.idx + len(tok.text)
                yield ParseCredit(s, e, s, e, "social", "Twitter")
            elif lemma == "tweet" and tok.pos_ == "NOUN" and tok.head.lower_ == "in":
                s = tok.head.idx
                e = tok.idx + len(tok.text)
                yield ParseCredit(s, e, tok.idx, e, "social", "Twitter")

    # -------------------------------------------------------------- bodies
    def bodies(self) -> Iterator[ParseCredit]:
        for verb in self.doc:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            speaks = verb.lemma_ in BODY_SUBJECT_LEMMAS
            if not speaks and verb.lemma_ not in REPORT_LEMMAS:
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue  # "did not respond"
            if verb.lemma_ in _NEEDS_CONTENT and not any(
                c.dep_ in ("ccomp", "dobj") for c in verb.children
            ):
                continue
            for subj in verb.children:
                if subj.dep_ != "nsubj":
                    continue
                kind = self._body_kind(subj)
                if kind is None or (not speaks and kind not in _MEDIA_KINDS):
                    continue
                s, e = _subtree_span(subj)
                if subj.i < verb.i:
                    yield ParseCredit(s, verb.idx + len(verb.text), s, e, kind)
                else:
                    yield ParseCredit(verb.idx, e, s, e, kind)

    def _body_kind(self, subj: Any) -> str | None:
        lemma = subj.lemma_.lower()
        text = subj.lower_
        appos = next((c for c in subj.children if c.dep_ == "appos"), None)
        if subj.ent_type_ == "PERSON" or (subj.pos_ == "PROPN" and self._person_at(subj)):
            # "said Ada Lurz, a spokeswoman for the mayor"
            if appos is not None and appos.lemma_.lower() in ("spokesman", "spokeswoman",
                                                              "spokesperson"):  # fmt: skip
                return "official"
            return None
        if subj.pos_ == "PROPN":
            s, e = _subtree_span(subj)
            media = _media_kind(self.text[s:e], self.classify)
            if media is not None:
                return media
            if subj.ent_type_ == "ORG":
                named = self.classify(self.text[s:e])
                if named == "other" and appos is not None:
                    named = self.classify(self.text[_subtree_span(appos)[0] : appos.idx + 40])
                return named if named != "witness" else None
            return None
        if subj.pos_ != "NOUN":
            return None
        if text in UNIQUE_OFFICES or lemma in UNIQUE_OFFICES:
            return None
        kind: str | None = _BODY_HEADS.get(text) or _BODY_HEADS.get(lemma)
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
            return "other" if any(c.dep_ == "poss" for c in subj.children) else "outlet"
        return kind

    def _person_at(self, tok: Any) -> bool:
        return self.is_person(tok.idx, tok.idx + len(tok.text))

    # -------------------------------------------------------------- documents
    def documents(self) -> Iterator[ParseCredit]:
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in SHOW_LEMMAS:
                if tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG":
                    noun = tok.head
                    if noun.pos_ == "VERB":  # "released eight years of tax returns, showing"
                        noun = self._released_document(noun) or noun
                    kind = self._doc_kind(noun)
                    if kind is not None:
                        s, e = _subtree_span(noun)
                        yield ParseCredit(s, tok.idx + len(tok.text), s, e, kind)
                    continue
                for subj in tok.children:
                    if subj.dep_ == "nsubj":
                        kind = self._doc_kind(subj)
                        if kind is not None:
                            s, e = _subtree_span(subj)
                            yield ParseCredit(s, tok.idx + len(tok.text), s, e, kind)
            elif (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and lemma in ("poll", "polls", "polling")
            ):
                s, e = _subtree_span(tok)
                yield ParseCredit(tok.head.idx, e, s, e, "other")

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
