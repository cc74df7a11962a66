"""Date words inside names: "USA TODAY", "Orion 1980", the programme "This Week".

A date phrase is part of a name rather than a time when:

* it lies inside a named entity of the parse (an outlet, a product, a
  programme: ``NAME_LABELS``), past the entity's first word ("an 1898 Supreme
  Court ruling" is still a year), or anywhere in a title (``WORK_OF_ART``);
* without a parse, a date word in capitals follows another capitalised word
  ("USA TODAY");
* a relative phrase has every word capitalised in mid-sentence ("on ABC-TV's
  'This Week With David Brinkley'", "the Last Night concert"): a title, not
  "this week";
* a year follows a capitalised word that is not a date word nor the first word
  of the sentence, and ends the noun phrase ("a joint venture called Orion
  1980, making parts", "Expo 2000."): the name the parser missed.  A year
  followed by a lower-case noun still dates it ("the Clinton 1996 campaign"),
  as does one after a month, a season, a holiday, "Fiscal" or a possessive
  ("Bush's 1988 race");
* a year before a vehicle's make is its model year ("a silver 2007 Ford Fusion"), a
  year inside a sentence before a colon and a capitalised article opens a title
  ("movies from 2001: A Space Odyssey"; a line opening "2018: The …" is a dated entry),
  and
  one after a capitalised word before "index" names the index ("the Russell 2000
  index");
* "September 11" before "attacks", "hijackers", "Commission" ... names the 2001
  attacks, not this year's September 11;
* four digits before a time zone or "hrs" are a 24-hour clock ("at about 2045 GMT");
* "Today" or "Tonight" after an owner or before "programme" / "show" names a programme
  ("told BBC Radio 4's Today programme", "on the Today show").
"""

from __future__ import annotations

import re

from ..ingest.dates import TIME_ZONES
from .parsed import ParsedArticle

__all__ = ["NAME_LABELS", "in_a_name"]

# entity types whose names may hold a date word: "USA TODAY", "Orion 1980", the
# programme "This Week With David Brinkley", "the Sunday Times"
NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "NORP", "GPE", "VESSEL"})
_CAPS_DATE_RE = re.compile(r"(?:TODAY|TONIGHT|TOMORROW|YESTERDAY)")
# a capitalised day word that names a programme: after an owner ("Radio 4's Today") or
# before the word for a programme ("the Today show", "the Tonight programme")
_SHOW_DAY_WORDS = frozenset({"Today", "Tonight"})
_SHOW_AFTER_RE = re.compile(r"\s+(?:programme|program|show|broadcast|podcast)\b")
_RELATIVE_FIRST = frozenset(
    {"this", "last", "next", "today", "tonight", "tomorrow", "yesterday", "earlier"}
)
# capitalised words a year may follow and still be a year
_YEAR_LEADS = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec spring summer fall autumn
    winter christmas easter thanksgiving fiscal calendar fy year class mid early late end
    in by since until till during from to of and or but before after through for at on the
    between around about circa""".split()
)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;][\"“”'’)]?|\n)\s*[\"“‘'(]?\s*$")
WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _opens_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` open a sentence (or a line)?"""
    return _SENTENCE_OPEN.search(text, max(0, start - 6), start) is not None


def _title_case_phrase(text: str, start: int, end: int) -> bool:
    """A relative date phrase with every word capitalised, not at a sentence's start."""
    words = text[start:end].split()
    if len(words) < 2 or words[0].lower() not in _RELATIVE_FIRST:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    return not _opens_sentence(text, start)


# makes of cars and motorcycles: "a silver 2007 Ford Fusion" is a model year, no date
_VEHICLE_MAKE_AFTER_RE = re.compile(
    r"\s+(?:Ford|Chevrolet|Chevy|Toyota|Honda|Nissan|Dodge|Jeep|Chrysler|Buick|Cadillac|GMC|"
    r"Pontiac|Lincoln|Mercury|Hyundai|Kia|Mazda|Subaru|Mitsubishi|Volkswagen|VW|BMW|Mercedes|"
    r"Audi|Volvo|Lexus|Acura|Infiniti|Saturn|Tesla|Harley|Suzuki|Kawasaki|Yamaha)\b"
)


# an address: "at" or "on" before the number, a capitalised street name after it
_STREET_NUMBER_RE = re.compile(r"\b(?:at|on|to|from)\s+$")
_STREET_AFTER_RE = re.compile(
    r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Olympics|Games|World|Cup|season|election)\b)[A-Z][a-z]+"
    r"(?:\s+(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Drive|Dr|Lane|Way|Place)\b\.?|,)"
)


# a colon and a capitalised article after a year: a title's ("2001: A Space Odyssey")
_TITLE_AFTER_YEAR_RE = re.compile(r":[ \t]+(?:A|An|The)[ \t]+[A-Z]")
# only blanks since the start of the line
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*\Z")


def _year_in_a_name(text: str, start: int, end: int) -> bool:
    """A bare year right after a capitalised non-date word, ending the noun phrase; the
    model year before a vehicle's make ("a silver 2007 Ford Fusion"); or a year opening a
    title inside a sentence ("movies from 2001: A Space Odyssey")."""
    if not re.fullmatch(r"(?:18|19|20)\d\d", text[start:end]):
        return False
    if _VEHICLE_MAKE_AFTER_RE.match(text, end):
        return True
    if _TITLE_AFTER_YEAR_RE.match(text, end) and not _LINE_START_RE.search(
        text, max(0, start - 40), start
    ):
        return True  # "movies from 2001: A Space Odyssey"; not "2018: The …" opening a line
    if _STREET_NUMBER_RE.search(text, max(0, start - 12), start) and _STREET_AFTER_RE.match(
        text, end
    ):
        return True  # "a heritage home at 2016 Ontario": a street number
    w = WORD_BEFORE.search(text, max(0, start - 40), start)
    if w is None or "\n" in w.group(0):
        return False
    word = w.group(1)
    if not re.fullmatch(r"[A-Z][A-Za-z&-]*", word) or word.lower() in _YEAR_LEADS:
        return False
    if re.match(r"\s+ind(?:ex|exes|ices)\b", text[end : end + 10]):
        return True  # "the Russell 2000 index": a market index, named by its size
    if re.match(r"\s+[a-z]", text[end : end + 3]):
        return False  # "the Clinton 1996 campaign": the year dates the noun
    return not _opens_sentence(text, w.start(1))


# "the September 11 attacks", "Sept. 11 hijackers": the name of the 2001 attacks, not
# this year's September 11
_NINE_ELEVEN_RE = re.compile(r"Sep(?:t(?:ember)?)?\.?\s+11(?:th)?")
_NINE_ELEVEN_AFTER_RE = re.compile(
    r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack\w*|[Cc]ommission|era|victims|memorial|"
    r"families|anniversary)\b"
)


# a time zone or "hours" after four digits: a 24-hour clock ("2045 GMT", "1430 hrs")
_CLOCK_ZONE_AFTER_RE = re.compile(
    rf"\s*(?:(?:{'|'.join(sorted(TIME_ZONES))})\b|hrs\b|hours\b|h\b|local\s+time)"
)


def in_a_name(parsed: ParsedArticle, m: re.Match[str]) -> bool:
    """Is the match part of a name rather than a time (see the module's rules)?"""
    text = m.group(0)
    full = parsed.text
    if _NINE_ELEVEN_RE.fullmatch(text) and _NINE_ELEVEN_AFTER_RE.match(full, m.end()):
        return True
    if re.fullmatch(r"(?:in\s+)?[012]\d[0-5]\d", text) and _CLOCK_ZONE_AFTER_RE.match(
        full, m.end()
    ):
        return True  # "at about 2045 GMT": a 24-hour clock, no year
    if _CAPS_DATE_RE.fullmatch(text.strip()):
        before = full[max(0, m.start() - 20) : m.start()].split()
        if before and before[-1][:1].isupper():
            return True
    if _title_case_phrase(full, m.start(), m.end()) or _year_in_a_name(full, m.start(), m.end()):
        return True
    if text in _SHOW_DAY_WORDS and (
        _SHOW_AFTER_RE.match(full, m.end())
        or re.search(r"['’]s\s+$", full[max(0, m.start() - 4) : m.start()])
    ):
        return True  # "BBC Radio 4's Today programme", "the Today show"
    doc = parsed.doc
    if doc is None:
        return False
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None:
        return False
    # inside a name ("USA TODAY", "Orion 1980"), or a title; a year that opens an
    # organisation's name ("an 1898 Supreme Court ruling") is still a year
    return any(
        t.ent_type_ in NAME_LABELS and (t.ent_iob_ == "I" or t.ent_type_ == "WORK_OF_ART")
        for t in span
    )
