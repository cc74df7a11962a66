"""Reading the currency of an amount: what ``numbers.py`` asks about money.

The scanner in ``numbers.py`` reads the amount; these functions read the
currency written around it and return plain values (``units.py`` maps the
spellings to ISO codes):

* **before** the number (``currency_before``): a symbol ("$", "€", "₩"), a
  dollar with its country ("US$", "HK$", "C$", "Mex$", also spaced as in
  lower-cased wire text: "hk $", "c $"), an ISO code, glued or spaced ("GBP
  350", "USD115", lower case for codes that are not English words: "rmb 10"),
  or a code with a million prefix ("MUSD 20", "MAUD 60": finance shorthand);
* **after** the number (``currency_after``): a symbol not followed by another
  number ("10 $", "1,200€", "100元"), an ISO code ("20 usd", "75 USD
  million", "120 MEUR"), or a currency name of one or more words ("euros",
  "Australian dollars", "Swiss francs", "Danish crowns", "Finnish markka"), a
  coin ("cents", "pence": a hundredth), with a scale between ("1.8M dollars")
  and a hyphen allowed ("a one-yen bid", "a 12-cent dividend");
* the **cents of a compound amount** (``cents_after``): "3 dollars 50 cents",
  "thirteen dollars and forty-five cents", "15 dollars 50." (two digits at the
  end of a clause);
* a **price per unit** (``per_unit_after``): "$70 a share", "12 cents per
  share", "$ 70 - a - share", "$90 a barrel", "64 cents a dozen".  Its unit is
  the currency "per" the thing ("USD per share"): it is never compared with an
  amount of money.  Prices per unit of time ("$38,000 a day") stay money.

"pounds" is sterling only with a scale ("2 million pounds") or "sterling"
(else a mass: decided by the caller); a bare "cent" is a US cent; bare "marks"
(``marks_after``) are Deutsche marks only when their sentence speaks of money
elsewhere ("the dollar closed at 1.85 marks"; "80 marks" in an exam stay a
count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .units import (
    CURRENCY_CODES,
    CURRENCY_FRACTIONS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    LOWER_CASE_CODES,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    Unit,
    currency_code,
    money_unit,
    parse_number_words,
    parse_numeral,
)

_SP = r"[ \u00a0]"
_CODES = "|".join(sorted(CURRENCY_CODES, key=len, reverse=True))
_LOWER_CODES = "|".join(sorted(LOWER_CASE_CODES, key=len, reverse=True))
_PREFIXED_DOLLAR = r"(?:US|U\.S\.|USD|AUD|AU|A|CAD|CA|C|HKD|HK|NZD|NZ|SGD|S|NT|R|MEX|MXN)"
_SYMBOLS = "".join(
    sorted({s for s in CURRENCY_SYMBOLS if len(s) == 1 and s not in "$元円"}, reverse=True)
)

# a currency right before the number (searched in a window that ends at the number)
CURRENCY_BEFORE_RE = re.compile(
    r"(?:(?<![A-Za-z'’])(?P<pre>(?i:" + _PREFIXED_DOLLAR[3:-1] + r"))?\$"
    r"|(?<![A-Za-z'’])(?P<spaced>(?i:us|hk|nz|mex|c))" + _SP + r"\$"
    r"|[" + _SYMBOLS + r"]"
    r"|(?<![A-Za-z])(?P<m>M)?(?P<code>" + _CODES + r"|" + _LOWER_CODES + r")"
    r"(?:" + _SP + r"?\$)?"
    r")" + _SP + r"?$"
)
# a currency at a position (the second number of a range: "$2,000 to $3,000")
CURRENCY_AT_RE = re.compile(
    r"(?:(?i:"
    + _PREFIXED_DOLLAR[3:-1]
    + r")?\$|["
    + _SYMBOLS
    + r"]|(?:"
    + _CODES
    + r")"
    + _SP
    + r"?)"
    + _SP
    + r"?"
)
_SYMBOL_AFTER_RE = re.compile(_SP + r"?(?P<w>[$" + _SYMBOLS + r"元円])(?!" + _SP + r"?[0-9])")
_CODE_AFTER_RE = re.compile(
    _SP + r"*(?P<m>M)?(?P<w>" + _CODES + r"|(?:" + _LOWER_CODES + r")(?![a-z]))"
    r"(?:" + _SP + r"+(?P<scale>thousand|million|billion|trillion|bn|mn|m)\b)?(?![A-Za-z0-9])"
)


def _word_alt(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"[ \u00a0\-]+") for w in sorted(words, key=len, reverse=True)
    )


_WORD_AFTER_RE = re.compile(
    r"(?:" + _SP + r"?(?P<scale>m|mn|mln|bn|b|k|tn)(?=" + _SP + r"))?"
    r"(?P<sep>" + _SP + r"+|" + _SP + r"*-" + _SP + r"*)"
    r"(?P<w>(?:US" + _SP + r"+)?(?:" + _word_alt([*CURRENCY_WORDS, *CURRENCY_FRACTIONS]) + r"))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_VAGUE_OF_RE = re.compile(
    _SP + r"+of" + _SP + r"+(?P<w>(?:US" + _SP + r"+)?(?:" + _word_alt(list(CURRENCY_WORDS)) + r"))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_CENTS_RE = re.compile(
    r"(?:" + _SP + r"*,)?" + _SP + r"+(?:and" + _SP + r"+)?"
    r"(?P<n>[0-9]{1,2}(?![0-9]|[.,][0-9])"
    r"|(?i:(?!and\b)[a-z]+(?:[ \u00a0\-]+(?!cents?\b|pence\b)[a-z]+)?))"
    r"(?:(?P<c>"
    + _SP
    + r"+(?i:cents?|pence|p)\b)|(?="
    + _SP
    + r"*(?:[.;!?)]|,(?!"
    + _SP
    + r"*[0-9])|$)))"
)
_OF_AFTER_RE = re.compile(_SP + r"+of\b", re.IGNORECASE)
_PER_UNIT_RE = re.compile(
    r"(?:"
    + _SP
    + r"*-"
    + _SP
    + r"*|"
    + _SP
    + r"+)(?:a|per|an)(?:"
    + _SP
    + r"*-"
    + _SP
    + r"*|"
    + _SP
    + r"+)(?P<u>share|barrel|gallon|litre|liter|ounce|tonne|ton|kilo|kilogram|pound|dozen)\b",
    re.IGNORECASE,
)
"""What a price is per: shares and goods sold by the unit (not time: "$38,000 a day" is
kept as money)."""


@dataclass(frozen=True, slots=True)
class Currency:
    """A currency read around an amount: the amount × ``factor`` is in ``code``."""

    code: str
    factor: float = 1.0
    start: int = 0  # where the currency is written
    end: int = 0
    word: str = ""  # as written


def currency_before(text: str, lo: int, pos: int) -> Currency | None:
    """The currency written right before ``pos`` (no further back than ``lo``)."""
    m = CURRENCY_BEFORE_RE.search(text, lo, pos)
    if m is None:
        return None
    written = m.group(0).strip()
    if m.group("spaced"):
        written = m.group("spaced") + "$"
    elif m.group("code"):
        written = m.group("code")
        if written.lower() == written and written not in LOWER_CASE_CODES:
            return None
    code = currency_code(written)
    if code is None and m.group("code") and "$" in m.group(0):
        code = currency_code(m.group("code"))
    if code is None:
        return None
    factor = 1e6 if m.group("m") else 1.0
    return Currency(code, factor, m.start(), m.end(), written)


# a currency's name (or a name's abbreviation: "Rs" rupees, "SFr" Swiss francs, "DM"
# Deutsche marks) written before the number: "Rs 500", "euro 5 million"; never after
# "the", "a", a possessive or a slash ("the dollar 1.2 percent higher", "euro/dollar 1.12"
# name a currency's market, not an amount), never bitcoin ("bitcoin 50,000": its price)
# nor slang ("the bucks 105-98": a team)
_NOT_NAMED_BEFORE = frozenset({"bitcoin", "bitcoins", "buck", "bucks", "quid"})
ABBREVIATIONS_BEFORE = {
    "rs": "INR", "rp": "IDR", "rm": "MYR", "sfr": "CHF", "dm": "DEM", "ffr": "FRF",
    "dfl": "NLG",
}  # fmt: skip
"""Currency names' abbreviations read before a number, lower-cased ("Rs", "Rp", "RM"
ringgit, "SFr", "DM")."""
ATTACHED_BEFORE = ("Rs", "Rp", "RM")
"""Of those, the ones also written against the figure ("Rs500 million", "Rp20bn", "RM42
million"), as written ("RM" only in capitals)."""
_WORD_BEFORE_RE = re.compile(
    r"(?<![\w'’/\-])(?P<w>"
    + _word_alt([w for w in CURRENCY_WORDS if w not in _NOT_NAMED_BEFORE])
    + r"|(?:sfr|ffr|dfl)\.?|dm)"
    + _SP
    + r"+$"
    # rupees, rupiah and ringgit, also written against the figure (``ATTACHED_BEFORE``)
    + r"|(?<![\w'’/\-])(?P<w2>(?:"
    + "|".join(a.lower() for a in ATTACHED_BEFORE)
    + r")\.?)"
    + _SP
    + r"*$",
    re.IGNORECASE,
)
_NOT_BEFORE_CURRENCY_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|my|your|this|that|per|each|every|against)"
    + _SP
    + r"+$|['’]s"
    + _SP
    + r"+$",
    re.IGNORECASE,
)


def currency_word_before(text: str, lo: int, pos: int) -> Currency | None:
    """A currency's name or abbreviation right before the number at ``pos`` ("Rs 500",
    "rupees 500", "euro 5 million", "SFr 40"), no further back than ``lo``; None after
    "the" or a possessive.  ``word`` is the name as written: the caller decides (a name
    written with a capital may be something else: "Euro 96", "Rand 5")."""
    m = _WORD_BEFORE_RE.search(text, lo, pos)
    if m is None:
        return None
    if _NOT_BEFORE_CURRENCY_RE.search(text, max(0, m.start() - 12), m.start()) is not None:
        return None
    group = "w" if m.group("w") is not None else "w2"
    word = m.group(group)
    key = word.rstrip(".").lower()
    code = ABBREVIATIONS_BEFORE.get(key) or currency_code(re.sub(r"[\s\-]+", " ", key))
    if code is None or (key in ("dm", "rm") and word.rstrip(".") != key.upper()):
        return None
    return Currency(code, 1.0, m.start(group), m.end(), word)


def currency_after(text: str, pos: int, *, pounds_ok: bool) -> Currency | None:
    """The currency written right after the amount ending at ``pos``.

    ``factor`` carries a coin ("cents": 0.01) and a scale written with the
    currency ("1.8M dollars", "75 USD million", "120 MEUR": 1e6).  "pounds"
    is read as sterling only when ``pounds_ok`` (the amount has a scale) or it
    says "sterling".
    """
    m = _SYMBOL_AFTER_RE.match(text, pos)
    if m is not None:
        code = currency_code(m.group("w"))
        if code is not None:
            return Currency(code, 1.0, m.start("w"), m.end(), m.group("w"))
    m = _CODE_AFTER_RE.match(text, pos)
    if m is not None:
        code = currency_code(m.group("w"))
        if code is not None:
            factor = 1e6 if m.group("m") else 1.0
            if m.group("scale"):
                s = m.group("scale").lower()
                factor *= SCALE_WORDS.get(s) or SCALE_ABBREVIATIONS[s]
            return Currency(code, factor, m.start("w"), m.end(), m.group("w"))
    m = _WORD_AFTER_RE.match(text, pos)
    if m is not None:
        word = m.group("w")
        low = re.sub(r"[\s\-]+", " ", word.lower())
        scale = SCALE_ABBREVIATIONS[m.group("scale").lower()] if m.group("scale") else 1.0
        if m.group("sep").strip() == "-" and scale != 1.0:
            return None
        is_pound = low.startswith("pound") and "sterling" not in low
        if is_pound and (not (pounds_ok or scale > 1.0) or _OF_AFTER_RE.match(text, m.end())):
            return None  # "a 10-pound bag", "2 million pounds of explosives": a mass
        unit: Unit | None = money_unit(low) or money_unit(low.removeprefix("us "))
        if unit is None:
            return None
        return Currency(unit.canonical, unit.factor * scale, m.start("w"), m.end(), word)
    return None


_MARKS_RE = re.compile(_SP + r"+(?P<w>marks?)\b(?![ \u00a0]*-)", re.IGNORECASE)
_OTHER_MONEY_RE = re.compile(
    r"[$"
    + _SYMBOLS
    + r"元円]|\b(?:"
    + _CODES
    + r")\b|(?i:\b(?:"
    + _LOWER_CODES
    + r"|"
    + _word_alt([w for w in CURRENCY_WORDS if not w.startswith("pound")])
    + r"|currenc(?:y|ies)|exchange[ \u00a0]+rates?|bundesbank|revenues?|sales|profits?"
    r"|earnings|turnover|priced|valued|dividends?|debts?|budgets?|loans?|deficits?"
    r"|surplus)\b)"
)


_WON_RE = re.compile(
    _SP + r"+(?P<w>won)\b(?!" + _SP + r"+(?:the|a|an|by|him|her|them|it|its|their|his|our|"
    r"my|your|over|against|back|praise|support|approval|plaudits)\b)"
)


def won_after(text: str, pos: int) -> Currency | None:
    """ "won" right after an amount with a scale ("4.2 billion won", "50 million won"):
    the South Korean won, not the verb ("sales of 5 million won the band an award", "the
    2 million won by the appeal"); "won" after a bare number is left alone ("10 won" may
    be games)."""
    m = _WON_RE.match(text, pos)
    return Currency("KRW", 1.0, m.start("w"), m.end(), m.group("w")) if m else None


def marks_after(text: str, pos: int, *, scaled: bool = False) -> Currency | None:
    """Bare "marks" after an amount ("1.8500 marks"): Deutsche marks when the amount has a
    scale ("1.23 billion marks": nobody scores a billion marks) or the sentence also speaks
    of money (another currency, "currency", "exchange rate", revenue, a price: "the dollar
    rose to 1.85 marks"); otherwise marks are scores or signs ("80 marks").  A singular
    "mark" is a milestone ("passed the 2 million mark", "the 2-million mark")."""
    m = _MARKS_RE.match(text, pos)
    if m is None or m.group("w").lower() == "mark":
        return None
    if scaled:
        return Currency("DEM", 1.0, m.start("w"), m.end(), m.group("w"))
    a = max(text.rfind(c, 0, pos) for c in ".!?\n")  # a decimal point is never a boundary
    while a > 0 and a + 1 < len(text) and text[a + 1].isdigit():
        a = max(text.rfind(c, 0, a) for c in ".!?\n")
    b = len(text)
    for c in "!?\n":
        i = text.find(c, m.end())
        b = i if 0 <= i < b else b
    dot = re.compile(r"\.(?![0-9])").search(text, m.end())
    b = min(b, dot.start()) if dot is not None else b
    rest = text[a + 1 : pos] + " " + text[m.end() : b]
    if _OTHER_MONEY_RE.search(rest) is None:
        return None
    return Currency("DEM", 1.0, m.start("w"), m.end(), m.group("w"))


def currency_of_vague(text: str, pos: int) -> Currency | None:
    """ "of dollars" after a vague amount ("tens of millions of dollars")."""
    m = _VAGUE_OF_RE.match(text, pos)
    if m is None or _OF_AFTER_RE.match(text, m.end()):
        return None  # "hundreds of pounds of explosives"
    low = re.sub(r"[\s\-]+", " ", m.group("w").lower())
    code = currency_code(low) or currency_code(low.removeprefix("us "))
    if code is None:
        return None
    return Currency(code, 1.0, m.start("w"), m.end(), m.group("w"))


def cents_after(text: str, pos: int, *, coin_word: bool = False) -> tuple[float, int] | None:
    """The cents of "3 dollars 50 cents" / "thirteen dollars and forty-five cents".

    ``pos`` is the end of the currency name; returns (cents as a fraction of
    the unit, end).  Without the word "cents" the figure must be two digits or
    number words ending the clause ("15 dollars 50."); with ``coin_word`` the word
    must be there ("$10 and 30 cents": after a currency written before the number).
    """
    m = _CENTS_RE.match(text, pos)
    if m is None or (coin_word and not m.group("c")):
        return None
    raw = m.group("n")
    if raw[0].isdigit():
        value = parse_numeral(raw)
        if not m.group("c") and len(raw) != 2:
            return None
    else:
        value = parse_number_words(re.split(r"[\s\-]+", raw))
    if value is None or not 0 < value < 100 or value != int(value):
        return None
    return value / 100.0, m.end()


def per_unit_after(text: str, pos: int) -> tuple[str, int] | None:
    """ "a share", "per barrel", "- a - share" right after a price: (the unit, end)."""
    m = _PER_UNIT_RE.match(text, pos)
    if m is None:
        return None
    unit = m.group("u").lower()
    return {"liter": "litre", "kilo": "kilogram"}.get(unit, unit), m.end()
