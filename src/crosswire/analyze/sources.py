"""Credited sources: whom an article credits for its information.

Patterns (the span covers the whole attribution phrase, ``source`` the
credited noun phrase as written):

* "according to X"; "reported by X", "as reported by X", "citing X",
  "quoted by X", "in an interview with X", "told X" when X is a channel
  ("told Al-Sahil TV", "told the Meridian Press Agency"; not "told reporters");
* "X said / reported / announced / estimated / claimed / confirmed …" when X
  is an organisation, an official body or a channel ("the interior ministry
  said", "Vantage Monitoring Group, a monitoring firm, said"): people quoted
  by name are quotes, not credits;
* "posted on Telegram", "a video posted on the group's Telegram channel",
  "shared on X", "published by X", "in a statement published on X";
* a wire tag in a dateline: "PORT SARAB, March 9 (MPA) —".

``kind`` comes from keywords in the source (see ``KINDS``): wire, monitor,
social, broadcaster, outlet, official, document, witness, other.
"""

from __future__ import annotations

import re

from ..model import Credit
from .parsed import ParsedArticle

KINDS: tuple[tuple[str, str], ...] = (
    ("monitor", r"monitor|observator|intelligence group|analytics|watchdog|tracking group"),
    ("wire", r"agency|press|wire|\bAFP\b|\bAP\b|Reuters|\bMPA\b|news service"),
    ("broadcaster", r"\bTV\b|television|radio|broadcaster|\bchannel \d|satellite channel"),
    (
        "social",
        r"telegram|twitter|\bX\b|facebook|tiktok|youtube|instagram|whatsapp|social media|"
        r"channel|account|\bpost\b|website|online",
    ),
    ("outlet", r"newspaper|daily|magazine|outlet|gazette|times|journal|herald|tribune"),
    (
        "official",
        r"ministry|minister|police|army|military|spokes|official|governor|mayor|council|"
        r"authorit|government|office|department|command|ministry|forces|president|embassy|"
        r"fire service|civil defen|coastguard|coast guard|hospital|prosecutor|court",
    ),
    ("document", r"statement|report|document|filing|communiqu|memo|letter"),
    ("witness", r"witness|resident|villager|eyewitness|local"),
)
_KIND_RES = [(k, re.compile(p, re.IGNORECASE)) for k, p in KINDS]
ORG_WORDS = (
    r"ministry|agency|police|army|military|group|firm|company|monitor|observatory|channel|"
    r"council|authorities|office|spokesman|spokeswoman|spokesperson|official|officials|governor|"
    r"TV|television|radio|newspaper|broadcaster|outlet|statement|report|witnesses|residents|"
    r"government|department|service|forces|force|command|brigades?|institute|organisation|"
    r"organization|network|website|account|ministry|press|daily|mayor|commission|court"
)
_CAP_WORD = r"(?:[A-Z][\w'’&\-]*|al-[A-Z][\w'’\-]*|el-[A-Z][\w'’\-]*)"
_CAPS = rf"{_CAP_WORD}(?:\s+(?:of|for|the|and|de|al|el)?\s*{_CAP_WORD}){{0,6}}"
_DET_NP = (
    rf"(?:the|a|an|its|their|his|her)\s+(?:[\w'’\-]+\s+){{0,6}}?(?:{ORG_WORDS})\b(?:\s+{_CAPS})?"
)
_BARE_NP = r"(?:[a-z][\w'’\-]+\s+){0,2}(?:residents|witnesses|officials|sources|police|activists)\b"
_NP = rf"(?:{_DET_NP}|{_CAPS}|{_BARE_NP})"
_GENERIC = re.compile(r"^(?:reporters|journalists|the press|press|him|her|them|us|me)$", re.I)
SAY = (
    r"said|says|reported|reports|announced|estimated|claimed|claims|stated|confirmed|wrote|"
    r"posted|added|warned|told"
)

_PATTERNS = [
    re.compile(
        rf"\b(?i:according\s+to)\s+(?P<src>{_NP}|[a-z][\w\s'’\-]{{2,50}}?)"
        r"(?=[,.;:)]|\s+(?:that|which|who|on|in|at)\b|$)"
    ),
    re.compile(
        r"\b(?i:(?:as\s+)?reported\s+by|citing|cited|quoted\s+by|in\s+an\s+interview\s+with|told|"
        rf"speaking\s+to)\s+(?P<src>{_NP})"
    ),
    re.compile(
        r"\b(?i:(?:posted|shared|published|circulated|broadcast|released|uploaded)\s+(?:on|by|to|in))"
        r"\s+(?P<src>(?:(?:the|a|an|its|their)\s+(?:[\w'’\-]+\s+){0,5}?)?(?:Telegram|X|Twitter|"
        r"Facebook|TikTok|YouTube|Instagram|WhatsApp|social media|(?:[\w'’\-]+\s+)?channel|"
        r"account|website)(?:\s+(?:channel|account))?)"
    ),
    re.compile(
        rf"(?P<src>{_DET_NP}|{_CAPS})(?:\s+\([A-Z]{{2,6}}\))?"
        rf"(?:,\s+(?P<appos>(?:a|an|the)\s+[^,]{{2,60}}),)?"
        rf"\s+(?:{SAY})\b"
    ),
    re.compile(r"\((?P<src>[A-Z]{2,6})\)\s*[—–-]"),
]


def classify(source: str) -> str:
    for kind, rx in _KIND_RES:
        if rx.search(source):
            return kind
    return "other"


def find_credits(parsed: ParsedArticle) -> list[Credit]:
    """Credited sources of one article (see the module docstring)."""
    text = parsed.text
    persons = {(m.start, m.end) for m in parsed.mentions if m.label == "PERSON"}
    person_starts = {s for s, _ in persons}
    orgs = {(m.start, m.end) for m in parsed.mentions if m.label in ("ORG", "NORP", "FAC")}
    found: list[Credit] = []
    taken: list[tuple[int, int]] = []
    for i, rx in enumerate(_PATTERNS):
        for m in rx.finditer(text):
            src = m.group("src").strip(" ,")
            s_src = m.start("src")
            if not src or _GENERIC.match(src):
                continue
            if i == 3:
                appos = m.groupdict().get("appos") or ""
                is_caps = src[:1].isupper() and not src.lower().startswith(("the ", "a ", "an "))
                if is_caps:
                    keyword = re.search(ORG_WORDS, src + " " + appos, re.IGNORECASE)
                    in_person = s_src in person_starts or any(s <= s_src < e for s, e in persons)
                    if in_person and not keyword:
                        continue  # a person quoted by name: a quote, not a credit
                    is_org = any(s <= s_src < e for s, e in orgs)
                    if not keyword and not is_org:
                        continue
                    if src.split()[0] in ("He", "She", "They", "It", "We", "But", "And", "The"):
                        continue
                by_appos = classify(appos) if appos else "other"
                kind = by_appos if by_appos != "other" else classify(src)
            else:
                # "told Al-Sahil TV" credits a channel; "told Okafor" does not
                channel = re.search(ORG_WORDS, src, re.IGNORECASE) or any(
                    s <= s_src < e for s, e in orgs
                )
                if i == 1 and m.group(0).lower().startswith(("told", "speaking")) and not channel:
                    continue
                kind = classify(src)
            if i == 4:
                kind = "wire"
            start, end = (s_src if i == 4 else m.start()), s_src + len(src)
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            found.append(Credit(parsed.article.id, start, end, text[start:end], src, kind))
    found.sort(key=lambda c: c.start)
    return found
