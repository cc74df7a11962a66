"""Phase 3 of quote finding: from a subject phrase to a speaker.

:class:`Speakers` resolves the phrase next to a speech verb: a name to its
fullest form, "he"/"she" to a salient person of that gender, a role to the
person given it, a document to its author, an organisation as written, and an
unnamed speaker ("a spokesman") as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quote_article import ArticleContext
from .quote_lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    GENERIC_ROLES,
    GROUP_NOUNS,
    INTRO_WORDS,
    MALE_WORDS,
    ORG_NOUNS,
    PEOPLE_AS_WRITTEN,
    POSSESSIVE_PRON,
    ROLE_WORDS,
    UNNAMED_LEADS,
    norm_word,
    speaker_noun,
)
from .quote_names import AFFILIATION_RE, after_preposition, modifies_noun, strip_span, trailing_name

# words that end the head of a description ("a spokesman for …", "one Democrat who …")
_PHRASE_BREAKS = frozenset("of for from by at with who that".split())


@dataclass(slots=True)
class Attribution:
    """Who said a quote: the resolved ``speaker``, the subject ``text`` as written at
    ``start``/``end``, and the speech verb's lemma ``cue`` (any may be unknown)."""

    speaker: str | None
    text: str | None
    start: int | None
    end: int | None
    cue: str | None


class Speakers(ArticleContext):
    """Resolves the subject phrase of an attribution to a speaker."""

    def resolve_role(self, role: str, pos: int, gender: str | None) -> str | None:
        people = [name for s, name in self.roles.get(role, []) if s < pos]
        if people:
            distinct = set(people)
            if len(distinct) == 1 or role not in GENERIC_ROLES:
                return people[-1]
            return None
        if role in GENERIC_ROLES:
            return None
        return self.salient(pos, gender, max_sents=2, main_only=True)

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
        if AFFILIATION_RE.match(phrase) or (
            self.org_label.get(s) == "GPE" and len(self.full_name(phrase, pos).split()) == 1
        ):
            # "Louie Gohmert, Republican of Texas, said" / "Steve King (R-Iowa) tweeted"
            named = self._named_before(s)
            if named is not None:
                return Attribution(self.full_name(named, pos), phrase, s, e, None)
        if len(words) == 1 and first in ("he", "she"):
            g = "m" if first == "he" else "f"
            name = self.pronoun_at.get(s)
            if name is not None and self.gender(name) not in (None, g):
                name = None  # known since to be of the other gender
            name = name or self.salient(s, g)
            if name is not None:
                self.pronoun_vote(s, name, g)
            return Attribution(name, phrase, s, e, None)
        if len(words) == 1 and first == "it":
            return Attribution(self.salient_org(s, None), phrase, s, e, None)
        if first in ("i", "we", "they", "you", "who", "which", "that", "this", "there"):
            return Attribution(None, phrase, s, e, None) if len(words) == 1 else None
        if first in INTRO_WORDS and first not in ("one",):
            return None
        # people named as the head of the phrase (not "a lawyer for Jo Ray", "Ray's aide")
        names = [
            (ms, me, n)
            for ms, me, n in self.persons
            if ms >= s
            and me <= e
            and not re.match(r"['’]s\b", text[me : me + 2])
            and not re.search(r"['’]s$", text[ms:me])
            and not after_preposition(text[s:ms])
            and not modifies_noun(text[me:e])
        ]
        if names:
            full = " and ".join(dict.fromkeys(self.mention_name(ms, me, n) for ms, me, n in names))
            return Attribution(full, phrase, s, e, None)
        orgs = [o for o in self.orgs if o[0] >= s and o[1] <= e]
        if first in DETERMINERS or first in POSSESSIVE_PRON:
            return self._description(phrase, s, e, pos, low, orgs)
        # "Jo Ray of IG" / "UFCW president Jo Ray"
        m = re.match(r"(.+?)\s+(?:of|from|with|at|for)\s", phrase)
        head_phrase = m.group(1) if m and trailing_name(m.group(1)) else phrase
        head = norm_word(head_phrase.split()[-1])
        name = trailing_name(head_phrase)
        if name is not None and head not in DOCUMENT_NOUNS:
            full = self.full_name(name, pos)
            if len(full.split()) > len(name.split()):
                return Attribution(full, phrase, s, e, None)  # "Father Reese" (tagged NORP)
            for o in orgs:
                if name in o[2] or o[2] in name:
                    return Attribution(o[2], phrase, s, e, None)
            return Attribution(self.full_name(name, pos), phrase, s, e, None)
        if (head in ORG_NOUNS or head in GROUP_NOUNS) and head_phrase[:1].isupper():
            return Attribution(head_phrase, phrase, s, e, None)  # "Surrey staff", "Toronto police"
        if head_phrase[:1].islower():
            return Attribution(head_phrase if head in ORG_NOUNS else None, phrase, s, e, None)
        if orgs and orgs[-1][1] >= e - 1:
            return Attribution(orgs[-1][2], phrase, s, e, None)
        return Attribution(None, phrase, s, e, None) if len(words) <= 8 else None

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
            (i for i, w in enumerate(low) if i and w in _PHRASE_BREAKS),
            len(low),
        )
        doc_i = next((i for i, w in enumerate(low[:3]) if norm_word(w) in DOCUMENT_NOUNS), None)
        if doc_i is not None:
            cut = doc_i + 1
        head = norm_word(low[cut - 1])
        # "a statement from the EU", "her statement", "Payne's statement"
        if head in DOCUMENT_NOUNS:
            rest_at = len(" ".join(words[:cut]))
            mb = re.search(r"\b(?:by|from)\s+", phrase[rest_at:])
            if mb is None and cut < len(words) and low[cut] == "of":
                mb = re.match(r"\s*of\s+", phrase[rest_at:])
            if mb is not None:
                inner = self.who(s + rest_at + mb.end(), e, pos)
                if inner is not None:
                    return Attribution(inner.speaker, phrase, s, e, None)
            if first in POSSESSIVE_PRON and cut == 2:
                g = POSSESSIVE_PRON[first]
                if g in ("m", "f"):
                    return Attribution(self.salient(s, g), phrase, s, e, None)
                if g == "o":
                    return Attribution(self.salient_org(s, None), phrase, s, e, None)
            return Attribution(None, phrase, s, e, None)
        if first == "one" and cut == 1 and re.match(r"one\s+of\s+(?:the|its|their)\s+\S+$", phrase):
            head = norm_word(words[-1])  # "one of the players": as written
        if first in UNNAMED_LEADS and speaker_noun(head):
            # "a Ryan spokesman", "one Democrat": an unnamed speaker, as written; a long
            # one up to the person it names ("a spokeswoman for Speaker Jo Ray of X")
            ends = [me - s for ms, me, _ in self.persons if s <= ms and me <= e]
            named = phrase[: max(ends)] if ends else phrase
            return Attribution(
                phrase
                if len(words) <= 6
                else named
                if len(named.split()) <= 8 and ends
                else " ".join(words[:cut]),
                phrase,
                s,
                e,
                None,
            )
        if first in POSSESSIVE_PRON or first not in ("the", "a", "an"):
            return Attribution(None, phrase, s, e, None)
        if first == "the" and head in ROLE_WORDS and cut <= 4:
            g = "m" if head in MALE_WORDS else "f" if head in FEMALE_WORDS else None
            return Attribution(self.resolve_role(head, pos, g), phrase, s, e, None)
        if orgs and orgs[-1][1] >= e - 1 and orgs[-1][0] <= s + 4:
            return Attribution(orgs[-1][2], phrase, s, e, None)  # "the U.S. State Department"
        if first == "the" and head in ORG_NOUNS and cut <= 4:
            org = self.salient_org(s, head)
            return Attribution(org or " ".join(words[1:cut]), phrase, s, e, None)
        if (
            first == "the"
            and cut == len(words) <= 5
            and head in PEOPLE_AS_WRITTEN
            and (len(words) >= 3 or head in ("woman", "man"))
        ):
            return Attribution(
                phrase, phrase, s, e, None
            )  # "The woman", "the GOP committee members"
        return Attribution(None, phrase, s, e, None)

    def _named_before(self, s: int) -> str | None:
        """The person named just before an appositive that starts at ``s``."""
        best = None
        for _ms, me, n in self.persons:
            gap = self.text[me:s] if me <= s and s - me <= 40 else ""
            if re.fullmatch(r"[^.;:!?“”\"]*[,(][^.;:!?“”\"]*", gap):
                best = n
        return best


def copy_attribution(a: Attribution) -> Attribution:
    return Attribution(a.speaker, a.text, a.start, a.end, a.cue)
