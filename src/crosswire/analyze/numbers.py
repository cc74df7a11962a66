"""Numeric mentions: value, unit and what is counted, normalised (``units.py``).

One regex pass finds amounts: digits ("2,500", "4.2", "1.2 million"), number
words ("two and a half", "twenty-seven"), ranges ("between 2,000 and 3,000",
"200 to 300", "200-300"), vague amounts ("several dozen", "hundreds of") and
hedged amounts ("some 10,000", "more than 50").  What follows decides the kind:

* a unit ("minutes", "-second", "square miles", "km²", "%") → duration, length,
  area, mass, percent; a currency symbol or word → money;
* "a 700-metre square (area)" → the area of a square of that side;
* a length followed by a parenthetical conversion ("4.2 kilometres (2.6 miles)")
  is one claim: the first value is kept, the span covers both;
* otherwise the counted noun: the head noun the number modifies (spaCy's
  ``nummod`` when a parse is there, else the next noun-like word, skipping
  "of" in "dozens of fighters"); people nouns give unit ``person``, others
  ``item`` with ``counted`` naming the thing.

Not claims: years ("in 2019"), dates ("March 9"), clock times ("10 p.m."),
ages ("the 34-year-old", "aged 34"), ordinals, numbers inside names
("COVID-19", "Route 66"), and bare numbers with neither unit nor counted noun.
"""

from __future__ import annotations

import math
import re
from typing import Any

from ..model import Claim
from .parsed import ParsedArticle
from .units import (
    CURRENCY_SYMBOLS,
    MODIFIERS,
    NUMBER_WORD_RE,
    UNITS,
    VAGUE,
    hedge_range,
    ordered,
    parse_number,
    square_of,
    to_canonical,
)

PEOPLE = frozenset(
    "person people soldier fighter protester protestor civilian casualty guard worker resident "
    "child children adult militant officer attacker gunman gunmen member man men woman women "
    "student migrant refugee prisoner detainee hostage troop trooper policeman policemen "
    "victim patient doctor nurse journalist reporter employee staff voter supporter demonstrator "
    "insurgent rebel combatant recruit volunteer citizen villager passenger crew pilot sailor "
    "marine police official minister councillor delegate participant spectator fan inmate "
    "teenager boy girl baby infant family families household".split()
)
IRREGULAR = {
    "people": "people", "children": "child", "men": "man", "women": "woman", "gunmen": "gunman",
    "policemen": "policeman", "families": "family", "casualties": "casualty", "feet": "foot",
    "police": "police", "staff": "staff", "crew": "crew", "series": "series", "news": "news",
}  # fmt: skip
NOT_NOUNS = frozenset(
    "of the a an and or to in on at by for from with were was are is be been had has have "
    "who which that this these those more less than per cent percent times time said say says "
    "killed died injured wounded other others such as into out up down over under about "
    "between during after before since until while when where there here it its their his her "
    "our your my we they he she you i year years old".split()
)
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{NUMBER_WORD_RE})"
_SCALE = r"(?:\s*(?:million|billion|trillion)\b|(?:bn|tn)\b)?"
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_MOD = "|".join(re.escape(m) for m in sorted(MODIFIERS, key=len, reverse=True))
_CUR = r"(?:US\$|\$|£|€)"

AMOUNT_RE = re.compile(
    rf"(?<![\w.\-/:])(?:(?P<mod>{_MOD})\s+)?(?:"
    rf"between\s+(?P<ra>{_CUR}?{_NUM}{_SCALE})\s+and\s+(?P<rb>{_CUR}?{_NUM}{_SCALE})"
    rf"|(?P<sa>{_CUR}?{_NUM}{_SCALE})\s*(?:to|-|–|—)\s*(?P<sb>{_CUR}?{_NUM}{_SCALE})(?![\w.,]*\d)"
    rf"|(?P<vague>{_VAGUE})(?:\s+of)?"
    rf"|(?P<n>{_CUR}?{_NUM}{_SCALE})"
    r")(?![\w])",
    re.IGNORECASE,
)
_UNIT_NAMES = sorted(UNITS, key=len, reverse=True)
UNIT_RE = re.compile(
    r"^(?:\s*-\s*|\s+|(?=%))(?P<unit>"
    + "|".join(re.escape(u) for u in _UNIT_NAMES)
    + r")(?![\w²])",
    re.IGNORECASE,
)
_SQUARE_RE = re.compile(r"^\s+square(?:\s+(?:area|zone|patch|plot|block))?\b", re.IGNORECASE)
_PAREN_RE = re.compile(r"^\s*\(\s*(?:about\s+|some\s+|around\s+)?[\d.,]+\s*[a-z²%\s]{1,25}\)", re.I)
_NOUN_AFTER_RE = re.compile(
    r"^\s+(?:of\s+)?(?:(?:the|those)\s+)?(?P<w1>[a-z][a-z\-]+)(?:\s+(?P<w2>[a-z][a-z\-]+))?"
)
_SKIP_BEFORE_RE = re.compile(
    rf"(?:\b(?:{MONTHS})\.?\s*$|\b(?:aged|age|route|no\.|number|article|resolution|brigade|"
    rf"battalion|flight|room|chapter|section|page|block|unit|apartment|highway|page)\s*$)",
    re.IGNORECASE,
)
_SKIP_AFTER_RE = re.compile(
    rf"^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt|utc|hrs\b|h\b)|:\d|\s*-?\s*years?[\s\-]+old|"
    rf"(?:st|nd|rd|th)\b|\s+(?:{MONTHS})\b|\s*-\s*year\b|\s*/\d)",
    re.IGNORECASE,
)
MAX_VALUE = 1e15


def _singular(word: str) -> str:
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _value(text: str) -> tuple[float, str | None] | None:
    """Parse one amount, returning (value, currency code or None)."""
    t = text.strip()
    cur = None
    for sym, code in sorted(CURRENCY_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
        if t.startswith(sym):
            cur, t = code, t[len(sym) :]
            break
    v = parse_number(t)
    if v is None or not math.isfinite(v) or v > MAX_VALUE:
        return None
    return v, cur


def _counted_from_doc(parsed: ParsedArticle, start: int, end: int) -> tuple[str, int] | None:
    doc: Any = parsed.doc
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    last = span[-1]
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound", "amod") else None
    if head is None or head.i <= last.i or head.pos_ not in ("NOUN", "PROPN"):
        # "dozens of fighters": the number's object of "of"
        for child in last.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                        head = obj
        if head is None or head.i <= last.i:
            return None
    if head.i - last.i > 4 or head.pos_ not in ("NOUN", "PROPN") or head.is_stop:
        return None
    lemma = _singular(head.text) if head.text.lower() in IRREGULAR else head.lemma_.lower()
    compounds = [c for c in head.children if c.dep_ == "compound" and c.i > last.i]
    if compounds and lemma not in PEOPLE:
        lemma = " ".join([*(c.lower_ for c in compounds), lemma])
    return lemma, head.idx + len(head.text)


def _counted_from_text(text: str, end: int) -> tuple[str, int] | None:
    m = _NOUN_AFTER_RE.match(text[end : end + 60])
    if not m:
        return None
    w1, w2 = m.group("w1"), m.group("w2")
    if w1 in NOT_NOUNS:
        return None
    if w2 and w2 not in NOT_NOUNS and w2.endswith("s") and not w1.endswith("s"):
        head = _singular(w2)
        return (head if head in PEOPLE else f"{w1} {head}"), end + m.end("w2")
    return _singular(w1), end + m.end("w1")


def find_claims(parsed: ParsedArticle) -> list[Claim]:
    """Numeric claims of one article (see the module docstring)."""
    text = parsed.text
    claims: list[Claim] = []
    consumed = -1
    for m in AMOUNT_RE.finditer(text):
        if m.start() < consumed:
            continue
        try:
            claim = _claim(parsed, m)
        except (ValueError, OverflowError):
            claim = None
        if claim is not None:
            claims.append(claim)
            consumed = claim.end
    return claims


def _claim(parsed: ParsedArticle, m: re.Match[str]) -> Claim | None:
    text = parsed.text
    start, end = m.start(), m.end()
    if _SKIP_BEFORE_RE.search(text[max(0, start - 14) : start]):
        return None
    if _SKIP_AFTER_RE.match(text[end : end + 14]):
        return None
    approximate = False
    currency = None
    if m.group("vague"):
        low, high = VAGUE[" ".join(m.group("vague").lower().split())]
        value: float | None = None
        approximate = True
        end = m.end("vague")
    elif m.group("ra") or m.group("sa"):
        a = _value(m.group("ra") or m.group("sa"))
        b = _value(m.group("rb") or m.group("sb"))
        if a is None or b is None:
            return None
        currency = a[1] or b[1]
        low, high = ordered(a[0], b[0])
        value = None
    else:
        got = _value(m.group("n"))
        if got is None:
            return None
        value, currency = got
        number = m.group("n").strip()
        if (
            re.fullmatch(r"\d{4}", number)
            and 1800 <= value <= 2100
            and not m.group("mod")
            and currency is None
        ):
            nxt = _NOUN_AFTER_RE.match(text[end : end + 40])
            if not nxt or not nxt.group("w1").endswith("s") or nxt.group("w1") in NOT_NOUNS:
                return None  # a year
        if number.lower() == "one" and not m.group("mod"):
            return None  # "one of the ..." is almost never a claim
        low = high = value
    if m.group("mod"):
        base_lo, base_hi = (low, high)
        lo_f, _ = hedge_range(m.group("mod"), base_lo)
        _, hi_f = hedge_range(m.group("mod"), base_hi)
        low, high = ordered(lo_f, hi_f)
        value = None
        approximate = True

    tail = text[end : end + 80]
    if currency and re.match(r"^(?:m|mn)\b", tail):  # "$2.5m"
        low, high = low * 1e6, high * 1e6
        value = None if value is None else value * 1e6
        end += len(re.match(r"^(?:m|mn)", tail).group(0))  # type: ignore[union-attr]
        tail = text[end : end + 80]
    unit_m = UNIT_RE.match(tail)
    quantity = unit = ""
    counted: str | None = None
    if currency:
        quantity, unit = "money", currency
    elif unit_m:
        canon = to_canonical(1.0, unit_m.group("unit"))
        if canon is not None:
            factor, unit, quantity = canon
            hyphenated = unit_m.group(0).lstrip().startswith("-")
            end += unit_m.end()
            sq = _SQUARE_RE.match(text[end : end + 30])
            if quantity == "length" and sq:
                # "a 700-metre square area": the area of a square of that side
                low, high = square_of(low * factor), square_of(high * factor)
                value = None if value is None else square_of(value * factor)
                unit, quantity, factor = "square metre", "area", 1.0
                end += sq.end()
            low, high = low * factor, high * factor
            value = None if value is None else value * factor
            paren = _PAREN_RE.match(text[end : end + 40])
            if paren:  # "4.2 kilometres (2.6 miles)": one measure, given twice
                end += paren.end()
            nxt = _NOUN_AFTER_RE.match(text[end : end + 40])
            if hyphenated and nxt and nxt.group("w1") not in NOT_NOUNS:
                counted = _singular(nxt.group("w1"))  # "a 150-second video"
            elif quantity in ("duration", "length", "area"):
                of = re.match(r"^\s+of\s+(?:the\s+)?([a-z]+)", text[end : end + 40])
                if of and of.group(1) not in NOT_NOUNS:
                    counted = _singular(of.group(1))  # "two minutes of footage"
    if not quantity:
        found = _counted_from_doc(parsed, m.start(), end) if parsed.doc is not None else None
        if found is None:
            found = _counted_from_text(text, end)
        if found is None:
            return None
        counted, noun_end = found
        if counted.split()[-1] in ("percent", "cent"):
            return None
        end = max(end, noun_end)
        quantity = "count"
        unit = "person" if counted.split()[-1] in PEOPLE else "item"
    if not quantity:
        return None
    if not (math.isfinite(low) and math.isfinite(high)):
        return None
    if value is not None and not math.isfinite(value):
        return None
    if value is not None and low == high:
        value = low
    return Claim(
        article=parsed.article.id,
        start=m.start(),
        end=end,
        text=text[m.start() : end],
        value=value,
        low=low,
        high=high,
        unit=unit,
        quantity=quantity,
        counted=counted,
        approximate=approximate,
    )
