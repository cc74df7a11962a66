"""What an article says about its people: mentions, name forms, roles, gender, salience.

:class:`ArticleContext` is built once per article and answers the questions
speaker resolution asks: the fullest form of a name, the gender of a person,
who holds a role, and who is the nearest salient subject before a position.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from .gender import FEMALE_NOUNS, MALE_NOUNS, add_votes, gender_cues, given_name_gender
from .mentions import people_alone, titled_company, vessel_at
from .parsed import ParsedArticle
from .quote_lexicon import (
    ADVS,
    FEMALE_WORDS,
    GENERIC_ROLES,
    INTRO_WORDS,
    INV_ALT,
    MALE_WORDS,
    ORG_NOUNS,
    ORGISH_NAME_WORDS,
    PERSON_APPOS_RE,
    PORTFOLIO,
    ROLE_WORDS,
    SPEECH_LEMMAS,
    SUFFIXES,
    TITLES,
    VERB_ALT,
    is_name_word,
    norm_word,
    office_word,
    role_key,
)
from .quote_names import (
    FATHER_RE,
    SELF_NAMED_RE,
    TITLED_RE,
    WORD_SURNAMES,
    clean_name,
    elder_or_younger,
    generation,
    known_given_names,
    name_key,
    named_as_kin,
    nested_name,
    network_name,
    one_person,
    regex_names,
    spans_overlap,
    surname_mentions,
)
from .quote_spans import QuoteSpan
from .quote_text import sentence_start, words_between

_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})

# an appositive after a name: "Adaeze Okafor, the mayor of ...", "…, who is a spokesman"
_APPOS_RE = re.compile(
    r"\s*,\s+(?:(?:the|a|an|who\s+(?:also\s+)?(?:is|was|became|has\s+been|had\s+been"
    r"|(?:served|serves|worked|works)\s+as)(?:\s+(?:the|a|an))?)\s+)?([^,.;“”\"]{1,70})"
)
# a role set off before a name: "the spokesman for the group, ", "Quebec's public security
# minister, " (a determiner or an owner's name before it)
_ROLE_BEFORE_NAME_RE = re.compile(
    r"(?:\b(?i:the|a|an|its|their)|\b[A-Z][\w.-]*['’]s?)\s+([^,.;“”\"]{1,50}),\s*$"
)

# a role whose holder names himself right before the name: "a masked spokesman who calls
# himself Abu Huthaifa", "the commander, who identified himself as …"
_SELF_NAMED_ROLE_RE = re.compile(rf"\b([a-z]+),?\s+{SELF_NAMED_RE.pattern}$")

# words that end an appositive's noun phrase
_APPOS_STOP = frozenset("who whom whose which that where when".split())
# a first word that shows there was none ("Ray's mother, Ada, and father, Jo")
_APPOS_NOT = frozenset("and or but nor".split())
# words after which an appositive's head has been written ("a friend of her brother")
_APPOS_PREPS = frozenset("of for at in from with to on by about after like".split())
_SPEECH_WORD_RE = re.compile(rf"(?:{VERB_ALT})")


# First "Nick" Last: a full name with a nickname in quotes
_NICKNAMED_RE = re.compile(
    r"\b([A-Z][a-z]+)\s+[\"“‘'][A-Z][\w.'’-]{0,15}[\"”’']\s+([A-Z][a-z][\w'’-]+)\b"
)


_DETERMINER_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?:a|an|the|her|his|their|its|our)\s+([A-Z][\w'’-]+)(?=\s+[a-z])"
)


def _things_named(text: str, surnames: set[str]) -> set[str]:
    """Single capitalised words the article also writes after a determiner and
    before a noun ("a Twitter post", "her Instagram account"): brands, platforms
    and places, not people, even where the tagger labels them PERSON.  A word the
    article also uses as a person's name is kept: the last name of a person named
    in full, or a name written with a title ("the Obama administration" beside
    "Mr. Obama")."""
    titled = {m.group(2).split()[-1] for m in TITLED_RE.finditer(text)}
    return {
        m.group(1)
        for m in _DETERMINER_BEFORE_RE.finditer(text)
        if name_key(m.group(1)) not in surnames and m.group(1) not in titled
    }


# "Okafor said she …" / "Okafor, 54, said he …"
_SAID_PRONOUN_RE = re.compile(
    rf"(?:,[^,]{{1,60}},)?\s+{ADVS}(?:{VERB_ALT})\s+(?:that\s+)?(he|she)\b"
)
_VERB_AFTER_RE = re.compile(rf"\s*(?:,[^,]{{1,80}},\s*)?{ADVS}(?:{VERB_ALT})\b")
# a name set off by commas before the verb, its title before it ("…, Lai Mohammed, said")
_APPOSED_VERB_AFTER_RE = re.compile(rf",\s*{ADVS}(?:{VERB_ALT})\b")
# the last word of a firm's name after a given name ("Regina Partners", "Jackson Hewitt
# Holdings"): a business, not a person
_BUSINESS_WORDS = frozenset(
    """partners associates holdings capital group ventures consulting advisors advisers
    solutions systems services international insurance law legal realty properties media
    labs llc llp ltd inc co corp beach""".split()
)
# the weight of a given name's usual gender among an article's gender votes
GIVEN_NAME_VOTE = 2
# a possessive's noun, or a role, right before a name set off by commas: "His producer,
# Jo Ray, said", "the councillor, Jo Ray, rose"
_OWNED_ROLE_BEFORE_RE = re.compile(
    r"\b([Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z][\w'’-]*\s+){0,2}([a-z][\w'’-]*),\s+$"
)
# an inverted speech verb right before the name ("…,” said Jo Ray); not an infinitive or
# a verb after an auxiliary, whose object the name is ("wanted to ask Chauvin", "will tell Ray")
_INV_BEFORE_RE = re.compile(
    rf"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bcan )(?<!\bdid )"
    rf"\b(?:{INV_ALT})\s+$"
)
# a name opening its sentence, a clause about it between commas, then its verb: "Buckley,
# who hadn't sung in years, worried about ..." (the small parser may make the name the
# root of the sentence and leave it no subject)
_RELATIVE_THEN_VERB_RE = re.compile(
    r",\s+who\s[^.;:!?“”\"\n]{1,160}?,\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b(?![-’'])"
)


@dataclass(slots=True)
class SubjectEvent:
    pos: int
    name: str
    subject: int  # 0: not a subject, 1: a subject, 2: the subject of the main clause
    sent: int
    para: int
    narr: int = 0  # sentences before it that do not open inside a quote
    # "m"/"f": a "he"/"she" whose person the article does not tell (``name`` is empty)
    unknown: str | None = None


# a Korean given name of two syllables joined by a hyphen ("Chan-dae", "Won-shik"), after
# the family name
_KOREAN_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")

# an office with its portfolio right before a name ("Minister of Transport and
# Infrastructure Kostas Karamanlis", "Secretary of State Jo Ray")
_PORTFOLIO_BEFORE_RE = re.compile(rf"\b(Minister|Secretary|Director|Commissioner){PORTFOLIO}\s+$")


class ArticleContext:
    """Names, roles, genders and salience of one article; resolves attributions."""

    def __init__(self, parsed: ParsedArticle, paras: list[tuple[int, int]], spans: list[QuoteSpan]):
        self.parsed = parsed
        self.text = parsed.text
        self.title = parsed.article.title or ""
        self.doc: Any = parsed.doc
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self.quote_zones = sorted((sp.start, sp.end) for sp in spans)
        self.zone_starts = [z[0] for z in self.quote_zones]
        self._tok_starts: list[int] = []
        if self.doc is not None:
            self._tok_starts = [t.idx for t in self.doc]
        self.persons: list[tuple[int, int, str]] = []  # (start, end, name without title)
        self.orgs: list[tuple[int, int, str]] = []
        self._collect_mentions()
        self.forms: dict[str, set[str]] = {}  # last-name key -> full forms
        self.first_names: dict[str, set[str]] = {}
        self.first_seen: dict[str, int] = {}
        self._unlabelled: dict[str, set[str]] | None = None
        self.first_seen_text: dict[str, int] = {}
        self._index_forms()
        self.resolved: dict[int, str] = {}  # mention start -> fullest form
        # the article says whose father someone is: a "… Sr." in it has a son in it
        self.names_a_father = FATHER_RE.search(self.text) is not None
        self.sons = self._named_sons()
        self.surname_genders: dict[str, set[str]] = {}  # surname key -> genders of its titles
        self.form_gender: dict[str, str] = {}  # fuller form -> gender from its own mentions
        self.gender_votes: dict[str, list[int]] = {}
        self._voted_at: set[int] = set()
        self.roles: dict[str, list[tuple[int, str]]] = {}
        self._collect_roles_and_gender()
        self.events: list[SubjectEvent] = []
        self.event_pos: list[int] = []
        self.org_events: list[tuple[int, str, int]] = []
        self.pronoun_at: dict[int, str] = {}
        self.org_said: dict[int, str] = {}  # attribution position -> organisation that spoke
        self._narr: list[int] | None = None
        self._build_salience()

    # ----------------------------------------------------------------- positions
    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.zone_starts, pos) - 1
        return i >= 0 and pos < self.quote_zones[i][1]

    def para_of(self, pos: int) -> int:
        return max(bisect.bisect_right(self.para_starts, pos) - 1, 0)

    def narr_of(self, pos: int) -> int:
        """Sentences before ``pos`` that do not open inside a quote: the distance a
        reader feels, so that a long quote does not push its speaker out of reach."""
        if self._narr is None:
            self._narr = []
            n = 0
            for sent in self.parsed.sentences:
                # (a sentence opening with the quote's mark opens inside it)
                first = (
                    sent.start
                    + len(self.text[sent.start : sent.end])
                    - len(self.text[sent.start : sent.end].lstrip(" \n\"“‘'"))
                )
                if not self.in_quote(first):
                    n += 1
                self._narr.append(n)
        if not self._narr:
            return self.para_of(pos)
        return self._narr[min(self.sent_of(pos), len(self._narr) - 1)]

    def sent_of(self, pos: int) -> int:
        return self.parsed.sentence_index(pos) if self.parsed.sentences else self.para_of(pos)

    def token_at(self, pos: int) -> Any:
        if self.doc is None or not self._tok_starts:
            return None
        i = bisect.bisect_right(self._tok_starts, pos) - 1
        if i < 0:
            return None
        tok = self.doc[i]
        return tok if tok.idx <= pos < tok.idx + len(tok.text) else None

    # ----------------------------------------------------------------- mentions
    def _collect_mentions(self) -> None:
        text = self.text
        ms = self.parsed.mentions
        persons = [(m.start, m.end) for m in ms if m.label == "PERSON"]
        if not persons and self.doc is None:
            persons = regex_names(text)
            named = sorted(persons)  # (titled names never overlap one another)
            persons.extend(
                (m.start(2), m.end(2))
                for m in TITLED_RE.finditer(text)
                if not spans_overlap(named, (m.start(2), m.end(2)))
            )
            persons.extend(surname_mentions(text, persons))
        if self.doc is not None:
            # before the surnames: "Giorgos Kyrtsos, publisher of …, said" left
            # unlabelled makes a later "Kyrtsos" tagged ORG his surname
            persons.extend(self._unlabelled_subjects())
        # the small model often labels a surname ORG: "Lohmar said" after "Tim Lohmar"
        surnames = set()
        for s, e in persons:
            words = text[s:e].split()
            if len(words) >= 2:
                surnames.add(name_key(words[-1]))
        # a nickname in quotes splits a full name: William "Mo" Cowan is William Cowan
        nicknamed = [
            (m.start(), m.end(), f"{m.group(1)} {m.group(2)}") for m in _NICKNAMED_RE.finditer(text)
        ]
        surnames.update(name_key(n.split()[-1]) for _s, _e, n in nicknamed)
        reassigned = set()
        alone = people_alone(ms)
        for m in ms:
            if m.label in ("FAC", "LOC") and (
                self._speaking_place(m.start, m.end) or self._person_by_apposition(m.start, m.end)
            ):
                # "governor Heydar Alishbandi told AFP"; "the councillor, Anneliese Vogt,"
                persons.append((m.start, m.end))
                reassigned.add(m.start)
            if m.label not in ("ORG", "GPE", "NORP"):
                continue
            words = m.text.split()
            titled = len(words) >= 2 and any(norm_word(w) in TITLES for w in words[:-1])
            titled = titled and not titled_company(m, alone)  # not "General Mills"
            if (
                (len(words) == 1 and name_key(words[0]) in surnames)
                or (m.label == "ORG" and titled and clean_name(m.text) is not None)
                or self._person_by_apposition(m.start, m.end)
            ):
                persons.append((m.start, m.end))
                reassigned.add(m.start)
        # a surname alone after its full name was itself taken for an organisation
        # ("Montell Figgins, who represents …" tagged ORG, then "Figgins declined")
        late = {
            name_key(text[s:e].split()[-1])
            for s, e in persons
            if s in reassigned and len(text[s:e].split()) > 1
        }
        for m in ms:
            words = m.text.split()
            if (
                m.label in ("ORG", "GPE", "NORP")
                and m.start not in reassigned
                and len(words) == 1
                and name_key(words[0]) in late - surnames
            ):
                persons.append((m.start, m.end))
                reassigned.add(m.start)
        if self.doc is not None:
            labelled = sorted((m.start, m.end) for m in ms)
            persons.extend(
                sm
                for sm in surname_mentions(
                    text, [p for p in persons if len(text[p[0] : p[1]].split()) > 1]
                )
                if not spans_overlap(labelled, sm)
            )
        persons = sorted(set(persons))
        things = _things_named(text, surnames)
        labelled_people = {(m.start, m.end) for m in ms if m.label == "PERSON"}
        # "Park Chan-dae": a family name written first, which "Park said" repeats
        family_first = {
            w[0]
            for s, e in persons
            if len(w := text[s:e].split()) == 2 and _KOREAN_GIVEN_RE.fullmatch(w[1])
        }
        for s, e in persons:
            name = clean_name(text[s:e], (s, e) in labelled_people)
            if name is None and (s, e) in labelled_people and text[s:e] in family_first:
                name = text[s:e]
            if name is None and (s, e) in labelled_people:
                name = self._common_word_surname(s, e)
                if name is None and _HONORIFIC_BEFORE_RE.search(text, max(0, s - 6), s):
                    # "Mr. Park", "Ms. Hall": a title makes a common word a surname
                    word = text[s:e].strip()
                    name = word if norm_word(word) in WORD_SURNAMES else None
            if name is None or self.in_quote(s) or name in things or vessel_at(text, s, e):
                continue
            if re.match(r"(?:an?|An?)\s", text[s:e]) or re.search(
                r"\b(?:an?|An?)\s+$", text[s - 4 : s]
            ):
                continue  # "looted a Rite Aid", "a James Dean type": no one person
            if self._in_parentheses(s, e) or re.search(r"[/@\d]", text[max(0, s - 1) : e + 1]):
                continue  # photo credits ("Jo Ray/Reuters"), handles, captions
            if re.match(r"\s*\(@", text[e : e + 4]):
                continue  # an embedded post's signature: "— Jo Ray (@joray)"
            self.persons.append((s, e, name))
        for s, e, name in nicknamed:  # in place of its parts ("William" tagged alone)
            if not self.in_quote(s):
                self.persons = [p for p in self.persons if not (s <= p[0] and p[1] <= e)]
                self.persons.append((s, e, name))
        self.persons.sort()
        self.persons = [
            p for p in self.persons if not self._common_noun(p) and not network_name(p[2])
        ]
        self.org_label: dict[int, str] = {}
        for m in ms:
            if m.start in reassigned:
                continue
            if m.label in ("ORG", "NORP", "GPE") and not self.in_quote(m.start):
                self.org_label[m.start] = m.label
                org = re.sub(r"^(?:the|The)\s+", "", m.text).strip()
                org = re.sub(r"['’]s$", "", org)
                if org:
                    self.orgs.append((m.start, m.end, org))

    def _speaking_place(self, s: int, e: int) -> bool:
        """A name of two words or more tagged a building or a place that is the subject
        of a speech verb outside quotes: buildings and places do not speak, so the
        tagger took a person's name for one ("Qeshm island governor Heydar Alishbandi
        told AFP", tagged FAC)."""
        if self.doc is None or self.in_quote(s) or len(self.text[s:e].split()) < 2:
            return False
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_LEMMAS

    def _common_noun(self, person: tuple[int, int, str]) -> bool:
        """A one-word "person" the tagger made of a common noun or a people, no one
        person: a noun opening its sentence ("Filmmaker and aviator Jo Ray …",
        "Nudity didn't bother her") that the parse tags a noun, not a proper noun,
        or that the article also writes in lower case, and that is capitalised only
        where a sentence opens; or a plural ("But Greeks must also understand")
        never the subject of a singular verb ("Sanders says") nor written after a
        name ("Mo Cheeks").  Never a word that a
        person named in full in the article has in their name."""
        s, e, name = person
        if len(name.split()) != 1 or self.doc is None or name != self.text[s:e]:
            return False
        tok = self.token_at(s)
        if tok is None:
            return False
        if any(name in n.split() for _s, _e, n in self.persons if len(n.split()) > 1):
            return False
        word_re = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
        if tok.tag_ in ("NNS", "NNPS") and name.endswith("s"):
            for m in word_re.finditer(self.text):
                t = self.token_at(m.start())
                if t is not None and t.i and self.doc[t.i - 1].pos_ == "PROPN":
                    return False  # "Mo Cheeks": a surname after all
                verb = t.head if t is not None and t.dep_ == "nsubj" else None
                if verb is not None and (
                    verb.tag_ == "VBZ"
                    or any(c.dep_ == "aux" and c.tag_ == "VBZ" for c in verb.children)
                    or any(c.lower_ == "was" for c in verb.children)
                ):
                    return False  # "Sanders says": one person
            return True
        low = re.search(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", self.text)
        if tok.pos_ != "NOUN" and low is None:
            return False
        for m in word_re.finditer(self.text):
            prev = self.text[max(0, m.start() - 40) : m.start()].rstrip(" \t\"“‘'")
            if re.match(r"[ \t]+[A-Z]", self.text[m.end() : m.end() + 3]):
                continue  # "Customs and Border Protection": a word of a longer name
            if prev and prev[-1] not in ".!?\n":
                return False  # capitalised inside a sentence: a name after all
        return True

    def _common_word_surname(self, s: int, e: int) -> str | None:
        """A name the tagger labels a person whose surname is a common or title word
        ("Dale Hall", "Tishana King"), kept as a person where the article also writes
        that surname alone as the subject of a speech verb or after an honorific
        ("Hall said", "Mr. Hall"); "Byberry Road" is never written so."""
        words = self.text[s:e].strip(" ,.;:'’\"“”()").split()
        if not 2 <= len(words) <= 3 or not all(is_name_word(w) for w in words):
            return None
        # the surname last ("Dale Hall"), or first as Korean and Chinese names write it
        # ("Park Sang-woo": then the given name after it is no common word)
        for sur, rest in ((words[-1], words[:-1]), (words[0], words[1:])):
            if norm_word(sur) in WORD_SURNAMES and not any(
                norm_word(w) in ORGISH_NAME_WORDS | TITLES | ROLE_WORDS | WORD_SURNAMES
                for w in rest
            ):
                break
        else:
            return None
        alone = re.compile(
            rf"(?:{_HONORIFIC}\s+{re.escape(sur)}\b"
            rf"|(?<![\w'’-]){re.escape(sur)}\s+{ADVS}(?:{VERB_ALT})\b)"
        )
        for m in alone.finditer(self.text):
            before = self.text[max(0, m.start() - 30) : m.start()].split()[-1:]
            if before and before[0][:1].isupper() and not before[0].endswith((".", ",")):
                continue  # "City Hall said": part of another name
            if not (s <= m.start() < e) and not self.in_quote(m.start()):
                return " ".join(words)
        return None

    def _person_by_apposition(self, s: int, e: int) -> bool:
        """An ORG-labelled name that an appositive describes as a person.

        "Nadia Farouk, a teacher who lives nearby, said": the small model often
        labels unfamiliar two-word names ORG; the appositive (a person noun, or
        an age) says otherwise.
        """
        words = self.text[s:e].split()
        if (
            len(words) == 1
            and _SAID_BEFORE_RE.search(self.text, max(0, s - 12), s)
            and given_name_gender(f"{words[0]} X") is not None
            and PERSON_APPOS_RE.match(self.text, e) is not None
        ):
            return True  # "…,” said Tatyana, a pensioner in Narva: a given name alone
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        if any(norm_word(w) in ORGISH_NAME_WORDS or norm_word(w) in ORG_NOUNS for w in words):
            return False
        if PERSON_APPOS_RE.match(self.text, e) is not None:
            return True
        if (
            (words[0].lower() in known_given_names() or given_name_gender(" ".join(words)))
            and norm_word(words[-1]) not in _BUSINESS_WORDS
            and not any(  # "His hometown, Virginia Beach,": a place the article names
                m.label in ("GPE", "LOC") and m.text == words[0] for m in self.parsed.mentions
            )
            and self.text[e : e + 1] == ","
            and (m := _OWNED_ROLE_BEFORE_RE.search(self.text, max(0, s - 40), s)) is not None
            and (m.group(1).lower() != "the" or norm_word(m.group(2)) in ROLE_WORDS)
        ):
            # "His producer, Marta Zielinska, said": someone's someone; "the councillor,
            # Anneliese Vogt, rose": a role's holder
            return True
        # "Montell Figgins, who represents Thomas, said": "who", and a given name or
        # the surname labelled a person where the article writes it alone
        if re.match(r",\s+who\s", self.text[e : e + 8]) is None:
            return False
        return words[0].lower() in known_given_names() or any(
            m.label == "PERSON" and m.text == words[-1] for m in self.parsed.mentions
        )

    def _unlabelled_subjects(self) -> list[tuple[int, int]]:
        """Proper-noun subjects the entity recogniser left unlabelled ("Na'moks said")."""
        out = []
        for tok in self.doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or tok.ent_type_:
                continue
            if tok.text.isupper() and len(tok.text) > 1:
                continue  # a word in capitals: "AFP reported that …", an agency
            chain = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            toks = [*chain, tok] if chain and chain[-1].i == tok.i - 1 else [tok]
            if any(t.ent_type_ or t.is_stop or not t.text[:1].isupper() for t in toks):
                continue
            if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text in ("’s", "'s"):
                continue
            prev = self.doc[toks[0].i - 1] if toks[0].i else None
            if prev is not None and (prev.like_num or prev.lower_ in ("the", "a", "an")):
                continue  # "The 14th Amendment states": a name takes no determiner
            if len(toks) == 1 and toks[0].is_sent_start and not self._written_again(tok):
                continue  # "Fun as that might sound, …": a capital only for the sentence
            if len(toks) == 1 and office_word(tok.text):
                continue  # "Head of the Vigilance Group, Ali Kolo, said": an office
            out.append((toks[0].idx, tok.idx + len(tok.text)))
        return out

    def _written_again(self, tok: Any) -> bool:
        """Whether a word the sentence opens with is written, capitalised, somewhere
        else in the article too (a name: "Na'moks said … Na'moks added")."""
        word = rf"(?<![\w'’-]){re.escape(tok.text)}(?:['’]s)?(?![\w'’-])"  # "Na'moks's"
        return len(re.findall(word, self.text)) > 1

    def _in_parentheses(self, s: int, e: int) -> bool:
        lo = self.text.rfind("(", max(0, s - 80), s)
        if lo < 0 or ")" in self.text[lo:s]:
            return False
        return self.text.find(")", e, e + 80) >= 0

    def _index_forms(self) -> None:
        for s, _e, name in self.persons:
            words = name.split()
            self.first_seen.setdefault(name, s)
            while len(words) > 2 and name_key(words[-1]).rstrip(".") in SUFFIXES:
                words = words[:-1]  # "Eric H. Holder Jr." is filed under "holder"
            if len(words) >= 2:
                form = name + "." if re.search(r"\b[JS]r$", name) else name  # "Jr." as written
                self.forms.setdefault(name_key(words[-1]), set()).add(form)
                self.first_names.setdefault(words[0].lower(), set()).add(name)
                if len(words) == 2 and _KOREAN_GIVEN_RE.fullmatch(words[1]):
                    # "Park Chan-dae": the family name first, as "Park said" writes it
                    self.forms.setdefault(name_key(words[0]), set()).add(name)
        # "Harry Kazianis" is "Harry J. Kazianis": keep only the fuller of nested forms
        for key, names in self.forms.items():
            keep = set(names)
            for a in names:
                for b in names:
                    if a != b and nested_name(a, b):
                        keep.discard(a)
            self.forms[key] = keep

    def _named_sons(self) -> set[str]:
        """The forms with "Jr." that the article introduces as someone's son, after
        the father ("his son, Samuel Okoro Jr."): the surname alone is the father (the
        son is "Okoro Jr."); not a son who is the topic ("Samuel Okoro Jr., the son of
        Vice President Samuel Okoro, pleaded …, Okoro told the judge")."""
        sons = set()
        for s, e, name in self.persons:
            if generation(name) == "jr" and named_as_kin(self.text, s, e, "son", after=False):
                sons.add(name + "." if re.search(r"\b[JS]r$", name) else name)
        return sons

    def unlabelled_forms(self) -> dict[str, set[str]]:
        """Fuller names written outside quotes that the parse left unlabelled as
        people (runs of capitalised words, by last-name key), computed once."""
        if self._unlabelled is None:
            self._unlabelled = {}
            labelled = sorted((m.start, m.end) for m in self.parsed.mentions)
            for s, e in regex_names(self.text) if self.doc is not None else []:
                name = clean_name(self.text[s:e])
                if name is None or len(name.split()) < 2 or self.in_quote(s):
                    continue
                if any(ls <= s and e <= le and (ls, le) != (s, e) for ls, le in labelled):
                    continue  # part of a longer entity ("Velmora Red Cross")
                self._unlabelled.setdefault(name_key(name.split()[-1]), set()).add(name)
                self.first_seen_text.setdefault(name, s)
        return self._unlabelled

    def full_name(self, name: str, pos: int | None = None, gender: str | None = None) -> str:
        """The fullest form of a person's name in the article (see the docstring).

        A lone surname never becomes a fuller form of the other gender: with
        ``gender`` (from its title, "Mr. Trump") that form is left out, and so is
        it without one when the article also writes that surname with a title of
        the other gender ("Mr. Trump" beside "Melania Trump": "Trump" is him).
        """
        words = name.split()
        if not words:
            return name
        cands = set(self.forms.get(name_key(words[-1]), set()))
        if len(words) == 1 and cands and self.form_gender:
            used = {gender} if gender else self.surname_genders.get(name_key(words[0]), set())
            cands = {c for c in cands if used <= {self.form_gender.get(c) or g for g in used}}
            same = {c for c in cands if gender and self.form_gender.get(c) == gender}
            if len(same) == 1 and len(self.surname_genders.get(name_key(words[0]), ())) > 1:
                cands = same  # "Mrs. Clinton" beside "Mr. Clinton": the form known to be her
            if not cands:
                return name
        if len(words) >= 2:
            low = name.lower().split()
            cands = {
                c
                for c in cands
                if nested_name(name, c) or c == name or c.lower().split()[-len(low) :] == low
            }
            if not cands - {name} and (lead := self._led_by(low)) is not None:
                return lead  # "Abdifatah Adan" of "Abdifatah Adan Hassan"
            if len(cands) == 1:
                return next(iter(cands))
            return one_person(cands) or name
        if not cands:
            cands = self.unlabelled_forms().get(name_key(words[0]), set())
            if pos is not None:
                cands = {c for c in cands if self.first_seen_text.get(c, pos) < pos}
            if len(cands) == 1:
                return next(iter(cands))
            firsts = self.first_names.get(words[0].lower(), set())
            if len(firsts) == 1 and words[0].lower() not in self.forms:
                return next(iter(firsts))
            return name
        if len(cands) == 1:
            return next(iter(cands))
        plain = {c for c in cands if generation(c) != "sr"}
        if len(plain) == 1 < len(cands) and self.names_a_father:
            # "Dunmore" beside "Larry Dunmore" and "his father, … Dunmore Sr."
            return next(iter(plain))
        elder = cands - self.sons
        if len(elder) == 1 < len(cands):
            # "Okoro" beside "Samuel Okoro" and "his son, Samuel Okoro Jr.": the father
            return next(iter(elder))
        if (one := one_person(cands)) is not None:
            return one  # "Eric H. Holder Jr." and "Eric Holder": one person, fullest form
        headline = {c for c in cands if re.search(rf"\b{re.escape(c)}\b", self.title)}
        if len(headline) == 1:
            return headline.pop()  # "Clinton" beside Bill and Hillary: the headline's one
        if pos is not None:  # the only one introduced before this point
            earlier = {c for c in cands if self.first_seen.get(c, pos) < pos}
            if len(earlier) == 1:
                return next(iter(earlier))
        return name

    def _led_by(self, low: list[str]) -> str | None:
        """The one longer name of the article whose leading words are ``low`` (a given
        name and a father's name, "Abdifatah Adan" of "Abdifatah Adan Hassan"), unless
        it or the short form writes a generation ("Donald Trump Jr.")."""
        longer = {
            c
            for forms in self.forms.values()
            for c in forms
            if len(c.split()) > len(low) and c.lower().split()[: len(low)] == low
        }
        if len(longer) != 1 or generation(" ".join(low)):
            return None
        full = next(iter(longer))
        return None if generation(full) else full

    def _of_generation(self, name: str, which: str, full: str) -> str:
        """The full name "the elder" ("Sr.") or "the younger" (not "Sr.") of ``name``
        stands for, when the article writes one such form; else ``full``."""
        words = name.split()
        if len(words) != 1:
            return full
        cands = self.forms.get(name_key(words[-1]), set())
        fit = {c for c in cands if (generation(c) == "sr") == (which == "elder")}
        if len(cands) > 1 and not any(generation(c) for c in cands):
            # no suffix tells them apart: the one the article gives as someone's father
            # ("his father, Gholamreza Nouri" … "the elder Nouri") is the elder
            fathers = {
                self.mention_name(s, e, n)
                for s, e, n in self.persons
                if len(n.split()) > 1 and named_as_kin(self.text, s, e, "father")
            } & cands
            fit = fathers if which == "elder" else cands - fathers
            if len(fathers) != 1 or len(fit) != 1:
                return full
        return (one_person(fit) or full) if fit else full

    # ----------------------------------------------------------------- roles and gender
    def title_gender(self, s: int, e: int) -> str | None:
        """The gender of a title written with the mention at ``s:e`` ("Mr.", "Mrs.")."""
        before = self.text[max(0, s - 12) : s]
        m = re.search(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$", before)
        inside = self.text[s:e].split()
        word = norm_word(m.group(1)) if m else norm_word(inside[0]) if len(inside) > 1 else ""
        return "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None

    def mention_name(self, s: int, e: int, name: str) -> str:
        """The fullest form of the person mentioned at ``s:e`` (cached per mention)."""
        full = self.resolved.get(s)
        if full is None:
            full = self.full_name(name, e, self.title_gender(s, e))
            if (which := elder_or_younger(self.text, s)) is not None:
                full = self._of_generation(name, which, full)
            if self.form_gender:  # cache only once the forms' genders are known
                self.resolved[s] = full
        return full

    def _collect_roles_and_gender(self) -> None:
        # the fuller forms first: their genders decide what a lone surname may become
        multi = [p for p in self.persons if len(p[2].split()) > 1]
        single = [p for p in self.persons if len(p[2].split()) == 1]
        for s, e, name in single:
            if (g := self.title_gender(s, e)) is not None:
                self.surname_genders.setdefault(name_key(name), set()).add(g)
        self._roles_and_gender_of(multi)
        self._possessive_object_votes(multi)
        # a given name's usual gender, a weak vote the article's own cues outweigh (an
        # honorific, 5, overrules it; a gendered noun, 3, leaves the gender unknown)
        for full in {self.mention_name(s, e, n) for s, e, n in multi}:
            if (g := given_name_gender(full)) is not None:
                self._vote(full, "mr" if g == "m" else "ms", GIVEN_NAME_VOTE)
        self.form_gender = {n: g for n in self.gender_votes if (g := self.gender(n))}
        self._roles_and_gender_of(single)
        for m in TITLED_RE.finditer(self.text):
            title = m.group(1).lower()
            titled = clean_name(m.group(2))
            if titled is None:
                continue
            g = "m" if title in MALE_WORDS else "f" if title in FEMALE_WORDS else None
            full = self.full_name(titled, m.end(), g)
            if title in ROLE_WORDS:
                self.roles.setdefault(role_key(title), []).append((m.start(), full))
            self._vote(full, title, 5)
        for v in self.roles.values():
            v.sort()
        self._pronoun_gender_votes()
        # the article's own cues (``gender``): "actress Jo Ray", "Ray waited with her …"
        mentions = [(s, e, self.mention_name(s, e, n)) for s, e, n in self.persons]
        add_votes(self.gender_votes, gender_cues(self.text, self.doc, mentions, self.in_quote))

    def _roles_and_gender_of(self, persons: list[tuple[int, int, str]]) -> None:
        text = self.text
        for s, e, name in persons:
            full = self.mention_name(s, e, name)
            before = text[max(0, s - 60) : s]
            words = [norm_word(w) for w in before.split()[-4:]]
            inside = [norm_word(w) for w in text[s:e].split()]
            # the word right before the name ("Mayor", "spokeswoman") and titles inside it
            raw = before.split()[-1:]
            abbrev = bool(raw) and re.fullmatch(r"[A-Z][a-z]{1,3}\.", raw[0]) is not None
            attached = (
                words[-1:]
                if before[-1:].isspace()
                and (before.rstrip()[-1:] not in ",.;:" or (abbrev and words[-1] in TITLES))
                else []
            )  # "Mayor Jo Ray", "Rep. Jo Ray"

            if attached and words[-2:] == ["prime", "minister"]:
                self.roles.setdefault("prime minister", []).append((s, full))
            portfolio = _PORTFOLIO_BEFORE_RE.search(before)
            if portfolio is not None:
                # "Minister of Transport and Infrastructure Kostas Karamanlis"
                self.roles.setdefault(role_key(portfolio.group(1).lower()), []).append((s, full))
            near = [w for w in (attached + inside[:-1]) if w]
            for w in near:
                if w in ROLE_WORDS or w in TITLES:
                    self.roles.setdefault(role_key(w), []).append((s, full))
                self._vote(full, w, 5)
            # appositive: "Adaeze Okafor, the mayor of ..." / "…, a spokesman for …"
            for nw, head in self._appositive_words(e):
                if nw in ROLE_WORDS:
                    self.roles.setdefault(role_key(nw), []).append((s, full))
                if head:
                    self._vote(full, nw, 5)
            # "a masked spokesman who calls himself Abu Huthaifa": the role is his
            m3 = _SELF_NAMED_ROLE_RE.search(before)
            if m3 and (nw := norm_word(m3.group(1))) in ROLE_WORDS:
                self.roles.setdefault(role_key(nw), []).append((s, full))
            # "the spokesman for the group, Muhammad al-Qahtani"; "Quebec's public
            # security minister, Josée Paquin-Arsenault"
            m2 = _ROLE_BEFORE_NAME_RE.search(before)
            if m2:
                for w in m2.group(1).split():
                    nw = norm_word(w)
                    if nw in ROLE_WORDS:
                        self.roles.setdefault(role_key(nw), []).append((s, full))
                    self._vote(full, nw, 5)

    def _appositive_words(self, e: int) -> list[tuple[str, bool]]:
        """The words of an appositive right after a name ending at ``e`` ("Jo Ray, the
        mayor of …", "…, a spokesman for …"), normalised, each with whether it may be
        the appositive's head (before its first preposition and not an owner: "Jo Ray,
        a friend of her brother" is no man).  A noun phrase only: nothing when the
        words after the comma open a predicate ("Jo Ray, told NY1 she doubted her
        brother …"), a participle clause ("…, accused of killing her husband") or a
        coordination ("Ray's mother, Ada, and father, Jo") or a list of people ("Jo
        Ray, CEO Ada Obi and …"), and the words stop at a relative clause ("…, who
        lost her son"; but "…, who is a spokesman"), a verb, or another person
        ("…, Melania Trump, questioned Ms. Griffin's", "…, the wife of Ada Obi")."""
        m = _APPOS_RE.match(self.text, e, e + 90)
        if not m:
            return []
        out: list[tuple[str, bool]] = []
        head = True
        person_ends = {p[0]: p[1] for p in self.persons}
        owner_end = -1
        for wm in re.finditer(r"\S+", m.group(1)):
            if len(out) == 6:
                break
            w = wm.group(0)
            nw = norm_word(w)
            at = m.start(1) + wm.start()
            if not out and nw in _APPOS_NOT:
                return []
            if at < owner_end:
                out.append((nw, False))
                continue
            if at in person_ends:
                if re.match(r"['’-]", self.text[person_ends[at] : person_ends[at] + 1]):
                    owner_end = person_ends[at]  # "Jo Ray, Ada Obi's brother", "Oscar-winning"
                    out.append((nw, False))
                    continue
                # "Jo Ray, CEO Ada Obi and …": a list of people; "…, the wife of Ada Obi"
                return out if not head else []
            if nw in _HONORIFICS or nw in _APPOS_STOP or self._verb_at(at, w):
                break
            out.append((nw, head and not re.search(r"['’]s?$", w)))
            if nw in _APPOS_PREPS:
                head = False
        return out

    def _verb_at(self, pos: int, word: str) -> bool:
        """Whether ``word`` at ``pos`` is a verb, not a noun phrase's word (an
        adjectival participle, "a retired teacher", is not; without the parse, a
        verb of speech written in lower case)."""
        tok = self.token_at(pos)
        if tok is None:
            return self.doc is None and _SPEECH_WORD_RE.fullmatch(word.rstrip(".,;:")) is not None
        return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound")

    def _possessive_object_votes(self, persons: list[tuple[int, int, str]]) -> None:
        """Gender evidence from the subject's own object: "Okafor on Friday released
        her report" (a "his"/"her" owning the direct object of the verb whose subject
        is the mention, outside quotes) votes for that person, even in a sentence that
        names others."""
        if self.doc is None:
            return
        for s, e, name in persons:
            if self.in_quote(s):
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or span.root.dep_ != "nsubj":
                continue
            verb = span.root.head
            for obj in verb.children:
                if obj.dep_ != "dobj":
                    continue
                for poss in obj.children:
                    his_her = poss.dep_ == "poss" and poss.lower_ in ("his", "her")
                    if his_her and not self.in_quote(poss.idx):
                        full = self.mention_name(s, e, name)
                        self._vote(full, "mr" if poss.lower_ == "his" else "ms", 1)

    def _vote(self, name: str, word: str, weight: int) -> None:
        if word in MALE_WORDS:
            self.gender_votes.setdefault(name, [0, 0])[0] += weight
        elif word in FEMALE_WORDS:
            self.gender_votes.setdefault(name, [0, 0])[1] += weight

    def _pronoun_gender_votes(self) -> None:
        """Gender evidence from pronouns: "Okafor said she …", "Okafor … herself", and
        a sentence opening with "She" right after one naming only Okafor."""
        text = self.text
        by_sent: dict[int, list[tuple[int, int, str]]] = {}
        for s, e, name in self.persons:
            by_sent.setdefault(self.sent_of(s), []).append((s, e, self.mention_name(s, e, name)))
        sents = self.parsed.sentences
        for si, found in by_sent.items():
            names = {n for _, _, n in found}
            if len(names) != 1 or si >= len(sents):
                continue
            name = next(iter(names))
            s, e, _ = found[0]
            seg_lo, seg_hi = sents[si].start, sents[si].end
            after = text[e:seg_hi]
            # "Okafor said she …" / "Okafor, 54, said he …"
            m = _SAID_PRONOUN_RE.match(after)
            if m:
                self._vote(name, "mr" if m.group(1) == "he" else "ms", 1)
            for mr in re.finditer(r"\b(himself|herself)\b", after):
                if not self.in_quote(e + mr.start()):
                    self._vote(name, "mr" if mr.group(1) == "himself" else "ms", 2)
            if si + 1 < len(sents) and si + 1 not in by_sent:
                nxt = text[sents[si + 1].start : sents[si + 1].end]
                mn = re.match(r"\s*(He|She)\b", nxt)
                if mn and self._main_subject_at(s, e, seg_lo):
                    self._vote(name, "mr" if mn.group(1) == "He" else "ms", 1)

    def _main_subject_at(self, s: int, e: int, sent_start: int) -> bool:
        if self.doc is None:
            return not self.text[sent_start:s].strip()
        return self._is_subject(s, e) == 2

    def pronoun_vote(self, pos: int, name: str, gender: str) -> None:
        """Gender evidence from a pronoun at ``pos`` resolved to ``name`` (once per
        pronoun): "…,” he said" makes the person he was resolved to not a later "she"."""
        if pos not in self._voted_at:
            self._voted_at.add(pos)
            self._vote(name, "mr" if gender == "m" else "ms", 1)

    def gender(self, name: str) -> str | None:
        votes = self.gender_votes.get(name)
        if not votes:
            return None
        m, f = votes
        if m > 2 * f:
            return "m"
        if f > 2 * m:
            return "f"
        return None

    # ----------------------------------------------------------------- salience
    def _fronted_appositive_subject(self, s: int, e: int) -> bool:
        """A name after an opening prepositional phrase and before an appositive and a
        verb ("In a statement shared on Twitter, Jo Ray, the club's president, paid
        tribute …") is the subject, whatever the parse joined it to."""
        ss = sentence_start(self.text, self.paras[self.para_of(s)][0], s)
        lead = self.text[ss:s]
        return (
            _FRONTED_PHRASE_RE.fullmatch(lead) is not None
            and _APPOSITIVE_VERB_RE.match(self.text, e, e + 120) is not None
        )

    def _is_subject(self, s: int, e: int) -> int:
        """0: not a subject; 1: a subject; 2: the subject of its sentence's main clause."""
        text = self.text
        tok = self.token_at(s)
        if tok is not None:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            root = span.root if span is not None else tok
            dep = root.dep_
            if dep == "conj":
                if self._fronted_appositive_subject(s, e):
                    return 2  # the parse joined the name to the opening phrase's noun
                return 0  # "Jo Ray and Ada Obi said": not one person
            if any(c.dep_ == "conj" for c in root.children):
                # the first of a conjoined subject is a subject, never the main one
                return 1 if dep in ("nsubj", "nsubjpass") else 0
            if dep in ("compound", "appos") and root.head.dep_ in ("nsubj", "nsubjpass"):
                root, dep = root.head, root.head.dep_
            if dep in ("nsubj", "nsubjpass"):
                return 2 if _main_verb(root.head) else 1
            head = root.head
            if (
                dep == "poss"
                and head.dep_ == "nsubj"
                and head.lemma_.lower() in _AUTHORED_NOUNS
                and head.head.lemma_.lower() in _DECLARING
                and _main_verb(head.head)
            ):
                return 2  # "Kennedy's opinion declares that …": its author says so
            if (
                dep == "poss"
                and head.dep_ in ("nsubj", "nsubjpass")
                and head.lemma_.lower() in _ACT_NOUNS
                and _main_verb(head.head)
            ):
                return 1  # "Sunak's resignation follows …": what he did is the topic
            # a name opening its sentence before a lower-case word is its subject, even
            # where the small parser read "Jo Ray hopes" as a noun phrase, and so with
            # its age between ("Mary John, 43, watched from her window")
            ss = sentence_start(text, self.paras[self.para_of(s)][0], s)
            lead = words_between(text, ss, s)  # lazy: a long lead stops at its first word
            if all(w.lower().strip(",") in INTRO_WORDS for w in lead) and (
                re.match(r"(?:,[ \t]*\d{1,3},)?\s+[a-z]", text[e : e + 12])
                or _RELATIVE_THEN_VERB_RE.match(text, e)
            ):
                return 2
        # the insertion before the verb may run to 80 characters ("Ali Kolo, who
        # confirmed this to News Agency of Nigeria (NAN), said")
        after = text[e : e + 100]
        if _VERB_AFTER_RE.match(after):
            return 2
        if _APPOSED_VERB_AFTER_RE.match(after) and text[max(0, s - 2) : s].strip() == ",":
            return 2  # "Minister of Information, Lai Mohammed, said that …": the subject
        before = text[max(0, s - 20) : s]
        if _INV_BEFORE_RE.search(before):
            return 2
        if tok is None:
            ss = sentence_start(text, self.paras[self.para_of(s)][0], s)
            lead = words_between(text, ss, s)
            if all(w.lower().strip(",") in INTRO_WORDS | TITLES for w in lead):
                return 2
            # "Jo Ray also rejoiced", "Jo Ray believes"
            if re.match(rf"[ \t]+{ADVS}[a-z]+(?:ed|es|s)\b", text[e : e + 40]):
                return 1
        return 0

    def _build_salience(self) -> None:
        items: list[tuple[int, int, str | None]] = [(s, e, n) for s, e, n in self.persons]
        if self.doc is not None:
            for tok in self.doc:
                low = tok.lower_
                subj = tok.dep_ in ("nsubj", "nsubjpass")
                if low in ("he", "she") and subj and not self.in_quote(tok.idx):
                    items.append((tok.idx, tok.idx + len(tok.text), None))
            items.extend(self._unnamed_speakers())
            items.extend(self._role_subjects())
        # "Another, a retired driver who asked not to be named, told the Ledger he had
        # lost £71,000": a "he" after it is that unnamed man, nobody the rules name
        items.extend((s, s, _UNNAMED + g) for s, g in self._unnamed_reporters())
        items.sort(key=lambda x: x[0])
        for s, e, name in items:
            if name is not None and name.startswith(_UNNAMED):
                g = name[len(_UNNAMED) :]
                self.events.append(
                    SubjectEvent(s, "", 2, self.sent_of(s), self.para_of(s), self.narr_of(s), g)
                )
                self.event_pos.append(s)
                continue
            if name is None:
                tok = self.token_at(s)
                g = "m" if self.text[s:e].lower() == "he" else "f"
                res = self._fronted_topic(s, g) or self.salient(s, g)
                if res is not None:
                    self.pronoun_at[s] = res
                    level = 2 if tok is not None and _main_verb(tok.head) else 1
                    self.events.append(
                        SubjectEvent(
                            s, res, level, self.sent_of(s), self.para_of(s), self.narr_of(s)
                        )
                    )
                    self.event_pos.append(s)
                elif tok is not None and _main_verb(tok.head):
                    # "He did not say what Reid was being treated for.": a later "he"
                    # continues this unknown one, not a name the sentence holds
                    self.events.append(
                        SubjectEvent(s, "", 2, self.sent_of(s), self.para_of(s), self.narr_of(s), g)
                    )
                    self.event_pos.append(s)
                continue
            full = self.mention_name(s, e, name)
            level = 2 if self._fronted_topic_at(s, e) else self._is_subject(s, e)
            self.events.append(
                SubjectEvent(s, full, level, self.sent_of(s), self.para_of(s), self.narr_of(s))
            )
            self.event_pos.append(s)
        for s, e, org in self.orgs:
            if self.org_label.get(s) != "ORG" or not self._is_subject(s, e):
                continue
            tok = self.token_at(s)
            if tok is not None:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                root = span.root if span is not None else tok
                if not _main_verb(root.head):
                    continue  # a subject inside a reported clause
            self.org_events.append((s, org, self.sent_of(s)))

    def _unnamed_reporters(self) -> list[tuple[int, str]]:
        """Unnamed people ("Another", "a retired bus driver", "One victim") whose sentence
        says they stay anonymous ("who asked not to be named") and who are the subject
        of a speech verb outside quotes whose reported clause says "he" or "she" ("told
        the Ledger he had lost"), or, failing that, a clause between the subject and its
        verb ("…, speaking on condition of anonymity because he was not authorized …,
        told"): (position, gender) of each."""
        if self.doc is None:
            return []
        named = [(s, e) for s, e, _n in self.persons]
        out = []
        for tok in self.doc:
            if tok.dep_ != "nsubj" or tok.head.lemma_ not in SPEECH_LEMMAS:
                continue
            if tok.pos_ == "PROPN" or self.in_quote(tok.idx):
                continue
            if tok.pos_ == "PRON" and tok.lower_ not in ("another", "one"):
                continue  # "he", "they", "who": read elsewhere
            first = tok.left_edge
            if first.lower_ not in ("a", "an", "one", "another") or first.pos_ == "PROPN":
                continue
            if any(s <= t.idx < e for t in tok.subtree for s, e in named):
                continue
            sent = self.parsed.sentence_at(tok.idx)
            if sent is None or not _ANONYMOUS_RE.search(self.text, sent.start, sent.end):
                continue  # "A representative said she never recovered": she is the star
            said = [
                c
                for k in tok.head.children
                if k.dep_ == "ccomp"
                for c in k.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she")
            ]
            if not said:
                # "A senior official, speaking on condition of anonymity because he was
                # not authorized …, told …": the anonymity clause's "he" is his
                said = [
                    c
                    for c in self.doc[tok.i + 1 : tok.head.i]
                    if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she")
                ]
            if len(said) == 1:
                out.append((tok.idx, "m" if said[0].lower_ == "he" else "f"))
        return out

    def _role_subjects(self) -> list[tuple[int, int, str]]:
        """A definite role as a main clause's subject ("The judge handed her a
        whole-life order."), where the article gave that role to one person before it
        ("judge Mr Justice Goss"): that person, as a subject a later "he" continues.
        Not a generic role ("the official"), nor one several people hold."""
        out = []
        for tok in self.doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or not _main_verb(tok.head):
                continue
            low = tok.lower_
            if low not in ROLE_WORDS or low in GENERIC_ROLES or self.in_quote(tok.idx):
                continue
            first = tok.left_edge
            if first.lower_ != "the" or any(t.pos_ == "PROPN" for t in tok.lefts):
                continue  # "the Interior Minister Jo Ray", "the party's leader": the name
            if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].pos_ == "PROPN":
                continue  # "the judge, Ana Bodin,": named there
            if any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in tok.rights):
                continue  # "the president of the club", "the coach who …": someone else
            people = {n for s, n in self.roles.get(role_key(low), []) if s < tok.idx}
            if len(people) == 1:
                out.append((first.idx, tok.idx + len(tok.text), people.pop()))
        return out

    def _unnamed_speakers(self) -> list[tuple[int, int, str]]:
        """Unnamed speakers whose noun tells their gender, as written, that a later
        "he"/"she" continues ("A company spokesman said … “…,” he said"): the subject
        of a speech verb, outside quotes, "a"/"an"/"one"/"another" before a gendered
        noun for one person ("a spokeswoman", "one woman"). An ungendered one ("a
        police source") is left out: a "she" after it is more often the named woman
        the story is about."""
        out = []
        for tok in self.doc:
            if tok.dep_ != "nsubj" or tok.head.lemma_ not in SPEECH_LEMMAS:
                continue
            low = tok.lower_
            if (low not in MALE_NOUNS and low not in FEMALE_NOUNS) or self.in_quote(tok.idx):
                continue
            first = tok.left_edge
            if first.lower_ not in ("a", "an", "one", "another") or first.i >= tok.i:
                continue
            if any(t.pos_ == "PROPN" for t in self.doc[first.i : tok.i]):
                continue  # "a Ray spokesman": whose, a name the rules read
            start, end = first.idx, tok.idx + len(tok.text)
            phrase = self.text[start:end]
            self._vote(phrase, "mr" if low in MALE_NOUNS else "ms", 3)
            out.append((start, end, phrase))
        return out

    def _fronted_topic_at(self, s: int, e: int) -> bool:
        """Whether the name at ``s``–``e`` is the topic its sentence opens with ("For Mr.
        Paswan, who earns …, the money is beside the point."): the person a "he" of the
        sentences after it is, as the subject of a main clause would be."""
        ss = sentence_start(self.text, self.paras[self.para_of(s)][0], s)
        if _TOPIC_OPENER_RE.fullmatch(self.text, ss, s) is None or self.text[e : e + 1] != ",":
            return False
        # "For Mr. Verma, the defeat was humiliating, according to his aide, Sunil Rao.":
        # another person named in the sentence may be whom a "he" after it is
        sent = self.sent_of(s)
        return not any(ms > e and self.sent_of(ms) == sent for ms, _me, _n in self.persons)

    def _fronted_topic(self, pos: int, gender: str) -> str | None:
        """The person a sentence opens with as its topic ("For Ray, who …, he is
        simply …", "As for Ray, she …"): who its "he"/"she" at ``pos`` is."""
        ss = sentence_start(self.text, self.paras[self.para_of(pos)][0], pos)
        m = _TOPIC_RE.match(self.text, ss, pos)
        if m is None:
            return None
        for ms, me, n in self.persons:
            if ms == m.start("who") and me == m.end("who"):
                name = self.mention_name(ms, me, n)
                return name if self.gender(name) in (None, gender) else None
        return None

    def salient(self, pos: int, gender: str | None, exclude: str | None = None) -> str | None:
        """The nearest person before ``pos`` who is a sentence subject and may be
        ``gender`` (and is not ``exclude``), at most eight sentences back; within one
        sentence the main clause's subject comes first.  A main clause's "he"/"she"
        of that gender that the article left unresolved ends the search: nobody."""
        ev = self.salient_event(pos, gender, exclude)
        return (ev.name or None) if ev is not None else None

    def salient_event(
        self, pos: int, gender: str | None, exclude: str | None = None
    ) -> SubjectEvent | None:
        """The subject event ``salient`` reads its person from: an unresolved
        "he"/"she" (its ``unknown`` set, no name) when that is what it met."""
        i = bisect.bisect_left(self.event_pos, pos)
        here_s, here_p = self.narr_of(pos), self.para_of(pos)
        fallback: SubjectEvent | None = None
        best: SubjectEvent | None = None
        for ev in reversed(self.events[max(0, i - 80) : i]):
            if best is not None and ev.sent != best.sent:
                break
            if here_s - ev.narr > 8 or here_p - ev.para > 4:
                break
            if ev.unknown is not None:
                if gender in (None, ev.unknown):
                    return ev  # the main clause's subject is a "he"/"she" nobody named
                continue
            g = self.gender(ev.name)
            if (gender is not None and g is not None and g != gender) or ev.name == exclude:
                continue
            if ev.subject == 2:
                return ev
            if ev.subject == 1 and best is None:
                best = ev
            # a name that is no subject ("books with chefs such as Pierre Herme, …, she
            # maintains") stands in only when the article shows it to be of the
            # pronoun's gender
            if fallback is None and here_s - ev.narr <= 1 and (ev.subject or g == gender):
                fallback = ev
        return best if best is not None else fallback

    def salient_org(self, pos: int, noun: str | None) -> str | None:
        """The organisation "it" (``noun`` None) or "the <noun>" at ``pos`` stands for:
        the nearest organisation that is a main-clause subject, within three
        sentences outside quotes for "it" (a quote between does not push it out of
        reach) and four sentences for a noun; for a noun, first the nearest one
        the article calls by it ("Iran's official news agency IRNA said. … “…,” the
        agency reported": IRNA, not the survey that spoke in between)."""
        here, here_narr = self.sent_of(pos), self.narr_of(pos)
        if noun:
            # the noun right before the name ("news agency IRNA") or right after it
            # ("the IRNA news agency")
            before = re.compile(rf"\b{re.escape(noun)},?\s+$", re.IGNORECASE)
            after = re.compile(rf"\s+(?:[a-z]+\s+)?{re.escape(noun)}\b", re.IGNORECASE)
            for s, e, org in reversed(self.orgs):
                if s >= pos or self.in_quote(s) or self.org_label.get(s) != "ORG":
                    continue
                if here - self.sent_of(s) > 4:
                    break
                if before.search(self.text, max(0, s - 30), s) or after.match(self.text, e):
                    return org
        for s, org, sent in reversed(self.org_events):
            if s >= pos:
                continue
            if (here_narr - self.narr_of(s) > 3) if noun is None else (here - sent > 4):
                break
            if noun is None or noun in ORG_NOUNS:
                return org
        if noun:
            for s, _e, org in reversed(self.orgs):
                if s < pos and noun in org.lower().split():
                    return org
        return None


# nouns of what a person did or underwent: their owner is the topic of a sentence
# whose subject they are ("Sunak's resignation follows the defeat. Speaking …, he said")
# what a person writes and signs, which speaks for its author ("Kennedy's opinion
# declares that …", "Ray's letter says …"), and the verbs it speaks with (``_DECLARING``)
_AUTHORED_NOUNS = frozenset(
    "opinion dissent letter memo essay column op-ed book ruling affidavit tweet post".split()
)
_DECLARING = SPEECH_LEMMAS | {"hold"}  # and a court's opinion "holds that …"
_ACT_NOUNS = frozenset(
    """resignation departure exit retirement ouster victory win defeat loss speech remark
    comment statement announcement decision appointment nomination election re-election
    campaign candidacy visit trip arrival return arrest release detention trial conviction
    sentencing death funeral testimony apology admission refusal move plan bid""".split()
)
_ANONYMOUS_RE = re.compile(
    r"\b(?:not\s+to\s+be\s+(?:named|identified)|to\s+remain\s+anonymous"
    r"|on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:declined|refused)\s+to\s+be\s+named)"
)
_UNNAMED = "\x00"  # marks an unnamed reporter's place among the salience items
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|added|adds|told)\s+$")
_HONORIFIC = r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?"  # a title that makes a common word a surname
_HONORIFIC_BEFORE_RE = re.compile(rf"{_HONORIFIC}\s+$")
# a sentence that opens with its topic: "For Ray, …" / "As for Jo Ray, …"
_TOPIC_OPENER_RE = re.compile(r"\s*(?:For|As\s+for)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
_TOPIC_RE = re.compile(
    r"\s*(?:For|As\s+for)\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),[^.;!?“”\"]*$"
)


# an opening prepositional phrase ending in a comma ("In a statement shared on Twitter, ")
_FRONTED_PHRASE_RE = re.compile(
    r"(?:In|At|On|During|After|Before|Through|Via|Speaking|Writing)\b[^.;:!?“”\"]{0,100}"
    r"(?<!\band),[ \t]*"
)
# an appositive set off by commas, then a verb ("…, the club's president, paid tribute")
_APPOSITIVE_VERB_RE = re.compile(
    r",[ \t]+(?:the|a|an|his|her|its|their)[ \t]+[^,.;:!?“”\"]{1,60},[ \t]+(?:\w+ly[ \t]+)?"
    r"(?!(?:and|or|but|who|which|that|whose|the|a|an)\b)[a-z]+\b"
)


def _main_verb(tok: Any) -> bool:
    """Whether ``tok`` is its sentence's main verb (or joined to it by "and"); a
    parse that runs over a line break ("WATCH: …¶The ministry said …") counts
    each line as a sentence."""
    if tok.dep_ == "ROOT":
        return True
    if tok.dep_ == "conj" and tok.head.dep_ == "ROOT":
        return True
    lo, hi = sorted((tok.head.i, tok.i))
    return "\n" in tok.doc[lo : hi + 1].text  # the span, not the whole doc's text


def subject_of(verb: Any) -> Any:
    """The subject of ``verb``; a verb joined by "and", an infinitive (a complement,
    or of purpose or degree: "went so far as to say") and a
    participle clause ("…, tweeting: “…”") share their head verb's subject, and
    so does a participle after a preposition ("began by asking, “…”", "a day
    after telling reporters “…”, Jo Ray broke"), up to four steps up; a joined
    verb whose subject the parse hung on the noun before it ("… about his health
    and Ray suggested …") has that subject (``_stray_subject``)."""
    v = verb
    for _ in range(4):
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return _inverted_subject(v, subjects) or _split_subject(subjects) or subjects[0]
        if v.dep_ == "conj" and (own := _stray_subject(v)) is not None:
            return own
        participle = v.dep_ == "advcl" and v.tag_ == "VBG" and _main_verb(v.head)
        if v.dep_ == "conj" and _number_clash(v, v.head):
            # "The writers acknowledge that the teaching calls for … but say …": a
            # plural verb hung on a singular one belongs to a plural subject up the parse
            nxt = _plural_ancestor(v.head)
            if nxt is None:
                return None
        elif v.dep_ == "conj" and _tense_clash(v, v.head):
            # "Ray said jobs grow if Congress passes it and urged …": a past "urged"
            # joined to a present "passes" belongs to the clause up the parse with
            # its own tense ("said"), whatever the parse hung it on
            nxt = _same_tense_ancestor(v, v.head)
            if nxt is None:
                return None
        elif v.dep_ in ("conj", "xcomp") or participle:
            nxt = v.head
        elif v.dep_ == "advcl" and v.tag_ == "VB" and _to_infinitive(v):
            # "Ray took to Twitter to say “…”", "Ray went so far as to say …": an
            # infinitive of purpose or degree has its clause's subject
            nxt = v.head.head if v.head.pos_ == "ADV" else v.head
            if nxt.pos_ not in ("VERB", "AUX"):
                return None
        elif v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep":
            nxt = v.head.head
            if nxt.dep_ == "npadvmod" and nxt.pos_ == "NOUN":
                nxt = nxt.head  # "a day after telling …, Jo Ray broke …"
            if nxt.pos_ not in ("VERB", "AUX"):
                return None
        else:
            return None
        if nxt.i == v.i:
            return None
        v = nxt
    return None


_FINITE = {"VBD": "past", "VBZ": "present", "VBP": "present"}


def _inverted_subject(verb: Any, subjects: list[Any]) -> Any:
    """Of the subjects the parse hung on a verb after a comma, the short one right after
    it, closed by a comma, colon or full stop ("One big difference between them, said
    Yeager:": Yeager, not the fronted topic); None when there is no such choice."""
    doc = verb.doc
    if len(subjects) < 2 or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for c in subjects:
        end = c.right_edge.i + 1  # the token after the subject
        closed = end == len(doc) or doc[end].text in (",", ":", ".", ";")
        if 0 < c.i - verb.i <= 3 and end - 1 - verb.i <= 6 and closed:
            return c
    return None


def _split_subject(subjects: list[Any]) -> Any:
    """The last of two subjects the parse made of one noun phrase before the verb:
    "Wikileaks editor-in-chief Kristinn Hrafnsson said" parsed with "Wikileaks" and
    "Hrafnsson" both subjects; an English noun phrase ends with its head, so the name
    is the subject.  Only when the two are written back to back (no comma, "and" or
    clause between; or a dateline's colon or dash: "Brasília, OCT 31: Brazilian
    president-elect Luiz Lula da Silva called") and the last is a name; else None."""
    if len(subjects) != 2:
        return None
    a, b = subjects
    if not a.i < b.i < b.head.i or b.ent_type_ != "PERSON" or a.ent_type_ == "PERSON":
        return None
    gap = a.doc[a.right_edge.i + 1 : b.left_edge.i]
    if len(gap) > 1 or (len(gap) == 1 and gap[0].text not in (":", "—", "–", "-", "--")):
        return None
    return b


def _to_infinitive(verb: Any) -> bool:
    """``verb`` is a bare infinitive after "to" ("to say")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _stray_subject(verb: Any) -> Any:
    """A finite verb joined by "and" whose own subject the parse hung on the noun
    before it: in "… asked him about his health and Gillis suggested …" "Gillis" is
    parsed as a conjunct of "health", leaving "suggested" to borrow the first verb's
    subject.  A name or a personal pronoun right after "and"/"but" and right before
    the verb is its subject."""
    if verb.tag_ not in _FINITE or verb.i < 2:
        return None
    cand = verb.doc[verb.i - 1]
    if cand.dep_ != "conj" or cand.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if not (cand.pos_ == "PROPN" or cand.lower_ in ("he", "she", "they")):
        return None
    first = cand
    while first.i > 0 and first.doc[first.i - 1].dep_ == "compound":
        first = first.doc[first.i - 1]
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is None or before.dep_ != "cc" or before.lower_ not in ("and", "but"):
        return None
    return cand


_SINGULAR_SUBJECTS = frozenset("he she it this that".split())
_PLURAL_SUBJECTS = frozenset("they we".split())


def _number_clash(verb: Any, head: Any) -> bool:
    """A plain present verb with no auxiliary ("say") joined to a third-person
    singular one ("calls") whose subject is one thing: they have different subjects."""
    if verb.tag_ not in ("VB", "VBP") or head.tag_ != "VBZ":
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.tag_ in ("NN", "NNP") or subj.lower_ in _SINGULAR_SUBJECTS)


def _plural_ancestor(tok: Any) -> Any:
    """The nearest verb above ``tok`` in the plain present whose subject is plural
    ("acknowledge" with "The writers"), or None."""
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ == "VBP":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and (
                subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _PLURAL_SUBJECTS
            ):
                return tok
            return None
    return None


def _tense_clash(verb: Any, head: Any) -> bool:
    """Two finite verbs joined by "and" in different tenses ("passes … and urged")."""
    a, b = _FINITE.get(verb.tag_), _FINITE.get(head.tag_)
    return a is not None and b is not None and a != b


def _same_tense_ancestor(verb: Any, head: Any) -> Any:
    """The nearest verb above ``head`` in the tense of ``verb``, or None."""
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and _FINITE.get(tok.tag_) == _FINITE[verb.tag_]:
            return tok
    return None
