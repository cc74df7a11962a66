"""Direct quotes and their speakers.

**Finding quotes.** Each paragraph is scanned for quotation marks: curly
double (“…”), guillemets («…»), straight double ("…", paired left to right)
and curly single (‘…’) when the marks stand at word boundaries (so
apostrophes in "Qahtani’s" or "don’t" are not quotes).  A mark left open at
the end of a paragraph closes there: news style re-opens a multi-paragraph
quote at the start of each paragraph and closes it only at the end, and
broken text must never yield a quote that runs over half the article.
A quote's span is the words inside the marks, without surrounding spaces and
a trailing comma.

**Which quotes count.** A quoted fragment inside a sentence ("called the
attack “a cowardly act”") is a quote when it has at least three words, or
when a speech verb governs it.  One or two quoted words without a speech verb
are scare quotes ("so-called ‘experts’") and are skipped.

**Attribution.** In order: a speech verb right after the closing mark
("…,” said Adaeze Okafor, the mayor / “…,” Okafor told reporters / “…,” he
said); a speech verb right before the opening mark (Okafor said: “…” / he
told Al-Sahil TV: “…”); the subject of a speech verb in the quote's sentence
(spaCy parse); and, for a paragraph that is only a quote, the speaker of the
quote in the previous paragraph (the multi-paragraph convention).  A quote
split by its attribution (“We will not leave,” he said, “until they go.”)
yields two quotes with the same speaker.

**Speaker resolution.** A pronoun ("he", "she") resolves to the closest
person named before the quote; a role ("the spokesman", "the governor") to
the one person the article gives that role (appositive or title), else it
stays as written; a short form ("Okafor", "Ms Okafor") to the fullest name in
the article ending in that word.  Titles are removed ("Governor Mohammed
al-Qasimi" → "Mohammed al-Qasimi").  No speaker is better than a wrong one:
when the attribution is ambiguous, ``speaker`` is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Quote
from .parsed import ParsedArticle

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|wrote|writes|warned|warns|insisted|insists|stated|"
    "states|explained|explains|declared|declares|claimed|claims|asked|asks|replied|replies|"
    "recalled|recalls|noted|notes|continued|continues|argued|argues|vowed|vows|promised|"
    "promises|announced|announces|acknowledged|admitted|urged|urges|cautioned|conceded|"
    "stressed|stresses|suggested|tweeted|posted|quipped|shouted|boasted|threatened|"
    "pledged|predicted|complained|responded|countered|concluded|confirmed|denied|"
    "described|called|calls|proclaimed|cried|wondered|observed|remarked|commented|emphasised|"
    "emphasized|maintained|repeated|reiterated|lamented|joked|charged|alleged|"
    "is quoted as saying|was quoted as saying|went on"
)
_LEMMA = {
    "says": "say", "said": "say", "told": "tell", "tells": "tell", "added": "add",
    "adds": "add", "wrote": "write", "writes": "write", "warned": "warn", "warns": "warn",
}  # fmt: skip
SPEECH_LEMMAS = frozenset(
    {
        "say", "tell", "add", "write", "warn", "insist", "state", "explain", "declare", "claim",
        "ask", "reply", "recall", "note", "continue", "argue", "vow", "promise", "announce",
        "acknowledge", "admit", "urge", "caution", "concede", "stress", "suggest", "tweet",
        "post", "quip", "shout", "boast", "threaten", "pledge", "predict", "complain",
        "respond", "counter", "conclude", "confirm", "deny", "describe", "call", "proclaim",
        "cry", "wonder", "observe", "remark", "comment", "emphasise", "emphasize",
        "maintain", "repeat", "reiterate", "lament", "joke", "charge", "allege",
    }
)  # fmt: skip
PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
TITLES = frozenset(
    "mr mrs ms miss dr prof sheikh gen general col colonel lt capt captain maj major sgt "
    "governor gov president minister mayor commander spokesman spokeswoman judge imam emir "
    "brigadier councillor councilor senator rep representative chief inspector director "
    "deputy prime foreign interior defence defense secretary ambassador police officer".split()
)
ROLE_WORDS = frozenset(
    "spokesman spokeswoman spokesperson governor mayor minister commander director chief "
    "president official officer leader councillor councilor senator ambassador secretary "
    "analyst researcher resident witness".split()
)

# nouns that carry words but do not speak: the quote's speaker stays unknown
NOT_SPEAKERS = frozenset(
    "statement report video message post letter document recording footage clip channel "
    "account website page".split()
)

_PARTICLE = (
    r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|bint|abu|de|da|di|du|van|von|der|den|la|le|dos|del)"
)
_CAP = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
NAME = (
    rf"(?:{_PARTICLE}-)?{_CAP}(?:\s+(?:{_CAP}|{_PARTICLE}-{_CAP}|{_PARTICLE}(?=\s+[A-Z]))){{0,5}}"
)
NOUN_PHRASE = r"(?i:the|a|an|one|another|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,6}?[\w'’\-]+"
_GROUPS = "police|officials|authorities|residents|witnesses"
WHO = rf"(?P<who>{NAME}|{NOUN_PHRASE}|he|she|they|it|I|we|{_GROUPS})"
VERB = rf"(?P<verb>{SPEECH_VERBS})"

_AFTER_VERB_FIRST_RE = re.compile(rf"^[,\s]*(?:{VERB})\s+{WHO}", re.UNICODE)
_AFTER_WHO_FIRST_RE = re.compile(rf"^[,\s]*{WHO}\s+(?:(?:also|later|then|had|has)\s+)?{VERB}\b")
_BEFORE_RE = re.compile(
    rf"{WHO}\s+(?:(?:also|later|then|had|has|once)\s+)?{VERB}"
    r"(?:\s+[^.!?\"“”«»:]{0,60}?)?\s*[:,]?\s*$"
)
_APPOSITIVE_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+(?:al-|el-|bin\s+)?[A-Z][\w'’\-]+){1,3}),\s+"
    r"(?:a|an)\s+(?:[a-z\-]+\s+){0,3}?(?:teacher|resident|witness|student|worker|farmer|"
    r"fisherman|doctor|nurse|driver|engineer|shopkeeper|owner|mother|father|analyst|researcher|"
    r"official|spokesman|spokeswoman|spokesperson|commander|member|lawyer|activist|journalist|"
    r"director|manager|professor|expert|officer|guard|firefighter|councillor|volunteer)\b"
)
_OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"
_WORD_RE = re.compile(r"\w+")
_TITLE_RE = re.compile(
    rf"^(?:(?:{'|'.join(sorted(TITLES, key=len, reverse=True))})\.?\s+)+", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _Raw:
    mark_start: int
    start: int
    end: int
    mark_end: int
    closed: bool


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def find_quote_spans(text: str) -> list[_Raw]:
    """Quotation-mark spans, paragraph by paragraph (see the module docstring)."""
    found: list[_Raw] = []
    for ps, pe in _paragraphs(text):
        i = ps
        while i < pe:
            ch = text[i]
            close = None
            if ch in _OPENERS:
                close = _OPENERS[ch]
            elif ch == _SINGLE_OPEN and (i == ps or not text[i - 1].isalnum()):
                close = _SINGLE_CLOSE
            if close is None:
                i += 1
                continue
            j = i + 1
            stray = False
            while j < pe:
                c = text[j]
                if c == close and (
                    close != _SINGLE_CLOSE or j + 1 >= pe or not text[j + 1].isalnum()
                ):
                    break
                if close == "”" and c == "“":  # a new opener before any closer: unbalanced
                    stray = True
                    break
                j += 1
            closed = j < pe and not stray
            s, e = _trim(text, i + 1, j)
            if e > s:
                found.append(_Raw(i, s, e, j + 1 if closed else j, closed))
            i = j + 1 if closed else j
    return found


def _lemma(verb: str) -> str:
    v = verb.split()[-1].lower() if " " not in verb or "quoted" not in verb else "say"
    if v in _LEMMA:
        return _LEMMA[v]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("s", "")):
        if v.endswith(suffix) and v[: -len(suffix)] + repl in SPEECH_LEMMAS:
            return v[: -len(suffix)] + repl
        if v.endswith(suffix) and v[: -len(suffix)] + "e" in SPEECH_LEMMAS:
            return v[: -len(suffix)] + "e"
    return v


def _clean_who(who: str) -> str:
    who = who.strip(" ,")
    # "Adaeze Okafor, the mayor" is cut at the comma by the patterns; drop trailing role words
    return re.sub(r"\s+(?:on|in|at|after|before|during|from|to|of)$", "", who)


class _Resolver:
    """Resolves attributions ("he", "Okafor", "the governor") to full names."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.text = parsed.text
        persons = [m for m in parsed.mentions if m.label == "PERSON"]
        if not persons and parsed.doc is None:
            persons_spans = [
                (m.start(), m.end())
                for m in re.finditer(NAME, self.text)
                if len(m.group(0).split()) >= 2
                and not _TITLE_RE.match(m.group(0))
                and m.group(0).split()[0].lower() not in {"the", "a", "an", "in", "on", "but"}
            ]
        else:
            persons_spans = [(m.start, m.end) for m in persons]
        # "Nadia Farouk, a teacher who ..." names a person even when NER missed her
        covered = [(a, b) for a, b in persons_spans]
        for m in _APPOSITIVE_RE.finditer(self.text):
            s0, e0 = m.span("name")
            if m.group("name").split()[0] in ("The", "A", "An", "But", "And", "In", "On"):
                continue
            if not any(a < e0 and s0 < b for a, b in covered):
                persons_spans.append((s0, e0))
        persons_spans.sort()
        self.persons: list[tuple[int, int, str]] = []
        for s, e in persons_spans:
            name = _TITLE_RE.sub("", self.text[s:e]).strip(" ,.'’")
            name = re.sub(r"['’]s$", "", name)
            if name and name[0].isupper():
                self.persons.append((s, e, name))
        self.orgs = [m for m in parsed.mentions if m.label in ("ORG", "NORP", "GPE")]
        self.roles: dict[str, set[str]] = {}
        for s, e, name in self.persons:
            full = self.full_name(name)
            before = self.text[max(0, s - 40) : s].lower().split()
            if before and before[-1].strip(".") in ROLE_WORDS:
                self.roles.setdefault(before[-1].strip("."), set()).add(full)
            # "the spokesman for the group, Muhammad al-Qahtani"
            m0 = re.search(r"[^.;,“”\"]{1,50},\s*$", self.text[max(0, s - 60) : s].lower())
            if m0:
                for w in re.findall(r"\w+", m0.group(0)):
                    if w in ROLE_WORDS:
                        self.roles.setdefault(w, set()).add(full)
            after = self.text[e : e + 80]
            m1 = re.match(r"^,\s+(?:the|a|an)\s+([^,.]{1,70})", after)
            if m1:
                for w in m1.group(1).lower().split():
                    if w in ROLE_WORDS:
                        self.roles.setdefault(w, set()).add(full)

    def full_name(self, name: str) -> str:
        """The fullest name in the article ending in ``name``'s last word."""
        name = _TITLE_RE.sub("", name).strip()
        words = name.split()
        if not words:
            return name
        last = words[-1].lower()
        candidates = {
            p
            for _, _, p in self.persons
            if p.split()[-1].lower() == last and len(p.split()) >= len(words)
        }
        if len(candidates) == 1:
            return candidates.pop()
        if len(candidates) > 1:
            longest = max(candidates, key=lambda c: len(c.split()))
            # one longest form that contains every other: "Okafor" < "Adaeze Okafor"
            if all(c.casefold() in longest.casefold() for c in candidates):
                return longest
            if name in candidates:
                return name
            return name if len(words) > 1 else ""
        return name

    def last_person_before(self, pos: int) -> str | None:
        before = [p for p in self.persons if p[1] <= pos]
        if not before:
            return None
        return self.full_name(before[-1][2])

    def resolve(self, who: str, pos: int) -> str | None:
        w = who.strip()
        low = w.lower()
        if low in PRONOUNS:
            if low in ("i", "we", "they"):
                return None
            return self.last_person_before(pos)
        if low.split()[0] in ("the", "a", "an", "one", "another", "his", "her", "their", "its"):
            words = low.split()
            roles = [x for x in words if x in ROLE_WORDS]
            if roles and words[0] == "the":
                people = self.roles.get(roles[-1], set())
                if len(people) == 1:
                    return next(iter(people))
            if words[0] == "the" and not roles and words[-1] not in NOT_SPEAKERS:
                return w[4:].strip() or None  # "the ministry" -> "ministry"
            return None
        if low in ("police", "officials", "authorities", "residents", "witnesses", "it"):
            return None if low == "it" else w
        stripped = _TITLE_RE.sub("", w).strip()
        if not stripped:
            return None
        full = self.full_name(stripped)
        return full or None


def _attribution(
    text: str, q: _Raw, para_end: int, para_start: int
) -> tuple[str, int, int, str] | None:
    """(who, start, end, verb) next to the quote, or None."""
    after = text[q.mark_end : min(para_end, q.mark_end + 160)]
    stop = re.search(r"[“«\"]", after)
    if stop:
        after = after[: stop.start()]
    for rx in (_AFTER_VERB_FIRST_RE, _AFTER_WHO_FIRST_RE):
        m = rx.match(after)
        if m:
            who = m.group("who")
            who_clean = _clean_who(re.split(r",", who)[0])
            s = q.mark_end + m.start("who")
            return who_clean, s, s + len(who_clean), m.group("verb")
    before_start = max(para_start, q.mark_start - 200)
    before = text[before_start : q.mark_start]
    cut = max(before.rfind("”"), before.rfind("»"), before.rfind('"'), before.rfind(". "))
    if cut >= 0:
        before = before[cut + 1 :]
        before_start += cut + 1
    m = _BEFORE_RE.search(before)
    if m:
        who = _clean_who(m.group("who"))
        s = before_start + m.start("who")
        return who, s, s + len(who), m.group("verb")
    return None


def _parse_subject(parsed: ParsedArticle, q: _Raw) -> tuple[str, int, int, str] | None:
    """The subject of a speech verb governing the quote's sentence (spaCy parse)."""
    doc: Any = parsed.doc
    if doc is None:
        return None
    sent = parsed.sentence_at(q.mark_start)
    if sent is None:
        return None
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if q.start <= tok.idx < q.end:
            continue
        if tok.lemma_ in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and not (q.start <= child.idx < q.end):
                    sub = list(child.subtree)
                    s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                    if q.start <= e <= q.end or q.start <= s <= q.end:
                        continue
                    who = parsed.text[s:e].split(",")[0].strip()
                    return who, s, s + len(who), tok.text
    return None


_INTRO_RE = re.compile(
    rf"(?:\b(?:{SPEECH_VERBS}|reads|read out|reading|statement|message|speech|video|recording)\b"
    r"[^.!?]{0,80}|:)\s*$",
    re.IGNORECASE,
)


def _continues(text: str, prev: tuple[Quote, int], raw: _Raw, pi: int, whole_para: bool) -> bool:
    """Does an unattributed quote continue the previous speaker's words?

    Yes for a paragraph that is only a quote right after a paragraph with the
    speaker's quote, and for a quote in the same paragraph with nothing but one
    sentence boundary (no other speaker) in between.
    """
    q0, p0 = prev
    if whole_para and p0 == pi - 1:
        return True
    if p0 != pi:
        return False
    between = text[q0.end : raw.mark_start]
    return len(between) < 200 and not re.search(r"[“”\"«»]{2,}|[“«]", between[1:])


def _introduced(text: str, paras: list[tuple[int, int]], pi: int) -> bool:
    """Does the previous paragraph introduce a statement ("reads a statement:")?"""
    if pi == 0:
        return False
    ps, pe = paras[pi - 1]
    return bool(_INTRO_RE.search(text[ps:pe].rstrip(" .")))


def find_quotes(parsed: ParsedArticle) -> list[Quote]:
    """Direct quotes with speakers (see the module docstring for the rules)."""
    text = parsed.text
    resolver = _Resolver(parsed)
    paras = _paragraphs(text)
    quotes: list[Quote] = []
    prev: tuple[Quote, int] | None = None  # last attributed quote and its paragraph index
    pi = 0
    for raw in find_quote_spans(text):
        while pi + 1 < len(paras) and paras[pi][1] <= raw.mark_start:
            pi += 1
        ps, pe = paras[pi]
        n_words = len(_WORD_RE.findall(text[raw.start : raw.end]))
        attribution = _attribution(text, raw, pe, ps) or _parse_subject(parsed, raw)
        whole_para = not text[ps : raw.mark_start].strip() and (
            not raw.closed or not text[raw.mark_end : pe].strip(" .,")
        )
        if attribution is None and n_words < 3:
            continue  # scare quotes or a title, not a statement
        if attribution is None and n_words < 6 and not whole_para:
            continue
        speaker = speaker_text = None
        s_start = s_end = None
        cue = None
        if attribution is not None:
            who, s_start, s_end, verb = attribution
            speaker_text = who
            speaker = resolver.resolve(who, raw.mark_start)
            cue = _lemma(verb)
        elif prev is not None and _continues(text, prev, raw, pi, whole_para):
            q0 = prev[0]
            speaker, speaker_text, s_start, s_end, cue = (
                q0.speaker,
                q0.speaker_text,
                q0.speaker_start,
                q0.speaker_end,
                q0.cue,
            )
        elif whole_para and _introduced(text, paras, pi):
            # 'X reads a statement:' then the quote as a paragraph of its own
            speaker = resolver.last_person_before(raw.mark_start)
        quote = Quote(
            article=parsed.article.id,
            start=raw.start,
            end=raw.end,
            text=text[raw.start : raw.end],
            speaker=speaker,
            speaker_text=speaker_text,
            speaker_start=s_start,
            speaker_end=s_end,
            cue=cue,
        )
        quotes.append(quote)
        if speaker is not None:
            prev = (quote, pi)
    # a quote whose attribution precedes the next quote of the same sentence
    # ("“We will not leave,” he said, “until they go.”") already shares it via _BEFORE_RE
    return quotes
