"""Numeric claims: each number in an article with its unit and what it counts.

``find_claims(parsed)`` scans the clean text once, left to right, with
compiled regexes; each candidate (a digit, a number word or a vague amount) is
read outwards from where it starts:

1. **the amount** (``number_amounts.py`` reads it, ``units.py`` parses it):
   numerals ("2,500", "0.3", "1.2 million", "€1.2bn", Indian grouping
   "12,34,567", thousands split by a tokeniser "80, 000": a group with a
   leading zero, or any group in a text that splits a zero group somewhere, so
   "March 3, 150 people" stays apart), number words ("two and a half", "a
   dozen", "half a million"), fractions of a scale word ("a quarter million",
   "three quarters of a billion", "half million"), vague amounts ("several
   dozen", "tens of thousands": table in ``units.py``), ranges ("between 2,000
   and 3,000", "200-300", "200 to 300", "two or three"; written backwards they
   are reordered; in "2 to 3 million" the scale is shared; a hyphen left hanging
   shares the compound: "a 10- to 12-foot wall" is 10 to 12 feet), hedges before
   ("some", "about", "more than", "up to", ...) or after ("or so", "or more",
   "-odd", "+"; a hedge on a written range widens both ends: "about 40 - 50
   years old" is [36, 55], because "about" says the ends themselves are soft,
   and a figure just past a soft end must not read as a conflict); fractions
   before a unit ("1/4 mile", "10 1/2 miles", "7 3/4 %", "2½ hours"; in words: "a
   quarter mile", "three-quarters of a mile", "a half-hour"), Indian
   scales ("35 lakh", "2 crore"), a sign before a measure ("+0.2%": the value
   stays positive, as in "rose 0.2%"), ranges whose unit is written twice
   ("5% to 10%", "between 5 miles and 6 miles"), and two figures whose unit is
   written once ("given 45 and 50 mg", "cost 5 and 6 million dollars": two claims);
2. **the unit**: a currency before or after the number makes it money (``money.py``
   reads it: "$", "hk $", "GBP 350", "USD115", "120 MEUR", "5 €", "Swiss francs",
   "cents", "3 dollars 50 cents", "$10 and 30 cents", "5 bucks", "$2.1T"; a currency's
   name or abbreviation before the number, "Rs 500", "euro 5 million", "SFr 40", when
   no unit follows and no "the" precedes: not "the dollar 1.2 percent higher"; "a few
   dollars"; "$70 a share" is "USD per share"; bare "marks" are Deutsche marks only
   with a scale or when the sentence speaks of money elsewhere; a bare "$" is the US
   dollar unless the text names the dollar after it, "$13,300 Canadian", or the
   article's address is a Canadian, Australian, New Zealand, Singapore or Hong Kong
   site: "cbc.ca"); a unit word or abbreviation after it ("minutes", "-second", "square
   miles", "km²", "%", "mph", "litres", "L", "horsepower", "MB", "Mbps", "dm", "µm",
   "points", the inch mark or "in" before a size: "30\" wide", "2 in thick"; "4 km
   squared", "4km^2" is an area), also alone in brackets ("20 (kg)", "20 [kg]"; not
   "(m)", "(bn)": scales in tables), a duration, length, area, mass, percentage,
   volume (a cook's cups, tablespoons and teaspoons too: "1 1/2 cups of flour"), speed,
   power, energy, data size or rate, points, temperature (with its scale
   written: "38°C", "104 degrees Fahrenheit", in degrees Celsius, or written onto the
   figure where the sentence speaks of heat, weather or an oven: "could reach 30C";
   "24 degrees" alone is not read) or angle ("degrees", "radians", "turns", only in a
   sentence that speaks of turning: "rotated 90 degrees", not "two degrees"), converted
   to the canonical unit;
   a height in feet and inches is one length ("6 feet 4 inches", "5 foot, 8 inch",
   "6-foot-2-inch", "6 ft. 4 in.", "a 6-foot-5 center").  A length, area, volume, mass,
   energy or data size per day, week, month or year ("500,000 barrels a day", "34,500
   tonnes of copper a year") is a rate: the measure per year, quantity "<quantity>
   rate" ("cubic metre per year", "volume rate").  "a 700-metre square" (also "700
   metres square") is read as a square of that side: 490,000 square metres.  "two miles
   across" stays a length.  A parenthetical conversion right after a measure ("4.2
   kilometres (2.6 miles)") is a second claim of the same measure (it gets the first
   one's ``counted``);
3. **what is counted**: the head noun the number modifies, as a lower-case
   lemma.  With a spaCy parse: the noun the number attaches to (``nummod``,
   through the parts of a range), the object of "of" ("dozens of fighters",
   "27 of the soldiers"), or the next noun past adjectives and compound
   modifiers; for a measure, the noun it modifies ("a 150-second video"), the
   object of "of" ("20 minutes of footage"), or the subject of a measuring
   verb ("the video lasted two and a half minutes").  Without a parse: the
   next words, preferring the first plural-looking one ("12 fuel tanks" ->
   "tank").  Only the head noun is kept (not "fuel tank": outlets vary the
   modifiers, and the head is what claims are compared on).  "person" is
   stored as "people", "nation" as "country"; a noun with a hyphenated prefix
   keeps it ("two non-citizens" -> "non-citizen").  People nouns
   (``units.is_people_noun``), nationalities
   and other capitalised plurals ("27 Ukrainians") and ``NORP`` entities give
   the unit "person", anything else "item".  A count with no noun is kept only
   when the sentence makes it a head-count ("dozens were killed", "killing at
   least 27", "the death toll rose to 12", "the toll from the bombing that rocked
   the mosque rose to 93" by the parse, "police put the number at 200 to
   300"): unit "person", ``counted`` None; "3 times" (how often something
   happened: "was fined seven times") counts "time", unit "item"; "the number of tanks at 12" counts
   tanks; a tallying verb counts its plural subject when that names people or
   countable events ("casualties rose to 1,200" -> "casualty", "arrests reached
   300" -> "arrest"; "the crowd numbered 10,000" -> people; "a crowd of 22,000", "attended by some
   200,000": people; "a crew of 20": crew), never a level
   ("prices rose to 40"; "the population would reach 24 million" counts people);
   "a father of five" counts children; an elliptic figure right after a speech verb ("the
   governor says several dozen; the group says 200 to 300") counts what "the
   number of X" earlier in the same paragraph named, else people.

Vote tallies ("passed 219-212", "won, 134 to 63", "a 134-to-63 vote", the larger
first, or the smaller right after "voted" or "the vote was" or before "vote": "voted
48-52", "a 208-218 vote"; next to a vote word or right after a sentence about a ballot) are two
counts of ``counted`` "vote"; so are the people who "voted for", "voted against",
"voted in favor of" or "voted to" act ("60 Democrats voted against her", "dozens in her
caucus voted against her", "311 members voted to expel him") and a bare figure for
one side after a vote word ("the final tally was 216 supporting the ouster"), while
"2.5m people voted" stays a count of people.  A hyphenated fraction
of something ("two-thirds of the vote", "a two-thirds majority") is a
percentage, and so is a change by a fraction ("taxes cut by nearly a third", "fell by
half"; not "by a quarter point", "by a third party"); "a" before a unit of time is a
duration only after a hedge ("more than a week", "about an hour"; not "a week in
Paris", "once a year"); digits right before a singular noun are a model or a name, not
a count ("the 8088 chip", "the 12000 block"; "300 head of cattle" and "the 3 bank
employees" stay); "over" as a verb's particle is no hedge ("handed over 40 ledgers",
"pulled him over a few blocks away"), nor after presiding or quarrelling ("presided
over two briefings", "a dispute over 2 islands");
"twice" (not "twice as", "twice the", "twice a day") counts times; a
hyphenated count before a noun ("a two-term congressman", "a four-page
summary") counts that noun; a bare figure compared with a count ("six arrests,
compared to 47 the night before") counts the same; a rate written without its
unit in a sentence that writes a percentage ("her tax rate was 35.72, ... a
combined rate of 45.8 percent") is a percentage.

Ages ("the 76-year-old Pelosi", "aged 34", "34 years old", "an 87 yo man",
"a 34-yr-old", and an age in
apposition: "Weiner, 46, said", "Labrador, who is 46,") are claims of their own
quantity, "age", in years (never durations); ``counted`` is whose age it is,
the surname as written, when the text names the person right there (a group
word or a modifier after the age is not a name: in "Raul Labrador, a
46-year-old Mormon father" the age is Labrador's).

Point values have ``value == low == high``; ranges, vague and hedged amounts
have ``value`` None and ``approximate`` True except for plain ranges.  The
claim's span runs from the first hedge, currency or "between" word to the end
of the unit (or the counted noun, when it directly follows).  ``credited_to``
is left None (``credit.py`` fills it).

Not claims: years ("in 2019", "2019-20"), dates ("March 9", "9 March 2026",
"2026-03-09"), clock times ("10 p.m.", "14:00", "0600 hours"), relative
offsets ("two days ago"), rates per anything but time ("5 tonnes per
hectare", "50 metres per millisecond"), multiples and frequencies ("three
times the height", "10 times more", "3 times a day"), ordinals
("3rd", "the third day"), decades ("the 1990s"), phone numbers, numbers that
are part of names ("Route 66", "Brigade 17", "COVID-19", "F-16", "Boeing
737": a capitalised word right before the number, a naming word such as
"route" or "resolution", letters attached, or a spaCy name entity around it),
"one" as a pronoun ("one of the", "no one", "no-one"; not before a unit: "that one
mile") or in a figure of speech ("one big reason", "there was one problem"),
picture counters ("1 of 4"), the old figure of a count's change ("the toll rose
from 27 to 40": only 40; for money, percentages and measures both figures are
claims, the old one taking the new one's unit when it has none:
"rose from 5 to 7 percent", and its scale when the two are then of a size:
"from 3 to 4 million dollars"), and counts with no noun and no tallied subject
("the index rose to 27"), nor counts of a unit abbreviation or an amount ("100
mb", "a 2.0 billion deficit").

A decimal a tokeniser split at its point ("fell 3. 9 percent", "a 5. 9 - magnitude
quake") is no claim: neither "3" nor "9 percent" is the figure written.

A share written as "N out of M", "N in M" or "N of 10" / "N of 100" people or things
("6 of 10 Americans", "two out of three voters", "one in five adults") is the
percentage it gives (60 percent, ``counted`` "american"), not a head-count of M;
"two of three suspects", "one of 12 jurors" and "one of 10 Republicans who backed
her" count some of a group (``_proportion``).
A bound under a negation earlier in its clause ("no team has offered a contract
longer than eight years", "never hit fewer than 26 homers") is a limit, not a figure
anyone reports, and no claim; a bound negated itself ("no more than a few dozen
votes") is one (``_negated_bound``).
A sum set against a scaled one without its own scale word ("C$348.2 million compared
with C$307.2 a year earlier", "$5.2 billion from $4.8") takes the scale left out when
the two are then within ten times (``_elided_scales``).

Known limits: "5m" is read as metres unless money or a following plural noun
says millions; "pounds" is sterling only with a scale word or "sterling"
(else mass); fractions are read only before a unit or a scale word
("two-thirds" alone only before "of", "majority", "vote" or "share"); a noun
far from its number (past a comma or a relative clause) is not found; money
per unit of time ("$38,000 a day") and a percentage a year ("15% per annum")
are kept as plain money and percentages; a bare "cent" is a US cent; ages are
kept in years ("ten months old" is 0.83 year); "6 ft 2 in" is read as 6 feet
(the inches are not read: "in" alone is no unit); temperatures below zero
("minus 12°C", "−12°C") are not claims (values are never negative); measures of one thing may get
different ``counted`` nouns in different outlets ("0.2 square miles of the
depot" -> "depot", "a 700-metre square area" -> None), so comparing them is
left to the linker.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..ingest.dates import TIME_ZONES, on_stamp_line
from ..ingest.outlets import outlet_from_url
from ..model import Claim
from .mentions import MODEL_WORDS, US_STATE_ABBREVIATIONS
from .money import (
    ABBREVIATIONS_BEFORE,
    ATTACHED_BEFORE,
    CURRENCY_AT_RE,
    Currency,
    cents_after,
    currency_after,
    currency_before,
    currency_of_vague,
    currency_word_before,
    marks_after,
    per_unit_after,
    won_after,
)
from .number_amounts import (
    A_FRACTION_UNIT,
    A_TIME_UNIT,
    HALF_UNITS,
    NUMBER_WORD_ALT,
    Amount,
    read_amount,
)
from .parsed import ParsedArticle
from .quote_lexicon import SUFFIXES
from .sentences import TITLE_ABBREVIATIONS
from .time_tense import WEEKDAY_WORDS
from .units import (
    CURRENCY_CODES,
    ONES,
    SCALE_ABBREVIATIONS,
    TEENS,
    UNITS,
    Unit,
    count_unit,
    currency_code,
    finite,
    hedge_kind,
    hedge_range,
    is_people_noun,
    lookup_unit,
    ordered,
    parse_number,
    parse_number_words,
    square_of,
)

# --------------------------------------------------------------------------- regexes

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)

# Where a candidate starts: a digit not glued to a word or a code, or a number word.
_CAND_RE = re.compile(
    r"(?<![\w.,/:#+'’\-–@])[0-9]"
    # a digit first: the look back through every currency code is dear at each character
    r"|(?=[0-9])(?<=\b(?:"
    + "|".join(sorted(CURRENCY_CODES))
    + r"))[0-9]"
    # a currency's abbreviation written against the figure: "Rs100,000", "RM42 million"
    + r"|(?=[0-9])(?<=\b(?:"
    + "|".join(ATTACHED_BEFORE)
    + r"))[0-9]"
    r"|(?<![\w.,/])[½¼¾]"
    r"|(?<=[\s(][+−])[0-9]|(?<=^[+−])[0-9]"
    r"|\b(?:" + NUMBER_WORD_ALT + r")\b"
    r"|\bhalf\s+an?\b"
    r"|\b(?=(?:(?:an?|one|two|three)\s+)?(?:half|thirds?|quarters?)\s+(?:of\s+)?(?:an?\s+)?"
    r"(?:thousand|million|billion|trillion)\b)(?:an?|one|two|three|half|thirds?|quarters?)\b"
    r"|\ban?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen|few|couple|handful)\b)"
    r"|\ban?(?=\s+" + HALF_UNITS + r"\s+and\s+a\s+half\b)"
    r"|\b"
    + A_FRACTION_UNIT
    + r"|\b"
    + A_TIME_UNIT
    + r"|\b(?:several|dozens|scores|hundreds|thousands|millions|billions|tens(?=\s+of\b))\b",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(r"\(?[0-9]{2,4}\)?(?:[ .\-][0-9]{2,4}){2,}(?![0-9])")

# Right after a numeral: not an amount.
_NUMERAL_AFTER_SKIP_RE = re.compile(
    r"[:/][0-9]|[.,][0-9]|-[0-9]{1,2}-[0-9]"
    r"|[ \u00a0]*(?:[ap]\.[ \u00a0]?m\.|[ap]m\b|o['’]clock\b)",
    re.IGNORECASE,
)
# A decimal a tokeniser split at its point ("stocks fell 3. 9 percent", "a 5. 9 -
# magnitude quake"): neither side is the figure the text gives, so neither is read.
# Only a head of one to three digits (not "in 2009. 5 people ...": a year) and a
# tail of one to three digits not run on by more digits or a thousands comma; and
# only with the evidence of ``_SPLIT_DECIMAL_TAIL_RE`` or a currency before the head,
# in one sentence of the parse (``_Scanner._split_decimal``): "The council met at 7.
# 12 members voted" and "Police arrested 14. 150 people were evacuated" are two
# sentences, each with its own figure.
_SPLIT_DECIMAL_RE = re.compile(r"(?<![\d.,])\d{1,3}\.[ \u00a0]\d{1,3}(?!\d|,\d)")
_SPLIT_DECIMAL_HEAD_RE = re.compile(r"(?<![\d.,])\d{1,3}\.[ \u00a0]$")
# what follows the tail of a split decimal: a scale ("$37. 5 million"), a
# magnitude or quake ("a 5. 9 - magnitude quake", "6. 4 on the Richter scale"), a
# clock time ("9. 25 am"), or a measuring unit that is not a span of time ("3. 9
# percent", "8. 7 acres", "11. 1 points"; "7. 12 hours later" may be two sentences)
_SPLIT_DECIMAL_TAIL_RE = re.compile(
    r"[ \u00a0]*-?[ \u00a0]*(?:(?:thousand|million|billion|trillion|bn|mn|m|k|tn)\b"
    r"|(?:magnitude|quake|earthquake|temblor|tremor|on[ \u00a0]+the[ \u00a0]+richter)\b"
    r"|[ap]\.?[ \u00a0]?m\b)",
    re.IGNORECASE,
)


def _not_a_span(unit: str) -> bool:
    """Not a unit of time ("km", "percent"): a number before it is no time span."""
    info = UNITS.get(unit.lower())
    return info is None or info.quantity != "duration"


_ZONE_AFTER_RE = re.compile(rf"[ \u00a0]*(?:{'|'.join(sorted(TIME_ZONES))}|local\s+time)\b")
_MILITARY_AFTER_RE = re.compile(r"[ \u00a0]*(?:hrs|hours|h)\b", re.IGNORECASE)
_MONTH_AFTER_RE = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?" + _MONTHS + r"\b")
_AGE_AFTER_RE = re.compile(
    r"(?:\s*-\s*|\s+)(?P<u>years?|yrs?|months?|weeks?|days?)(?:\s*-\s*|\s+)old\b"
    r"|[ \u00a0]*-?[ \u00a0]*(?P<yo>yo|y/o|y\.o\.)(?![\w/])",  # "an 87 yo man", "87 y/o"
    re.IGNORECASE,
)
# an age in apposition: "Weiner, 46, said"; "Labrador, who is 46, said"; "(Ms. Pelosi, 76)"
_APPOS_AGE_BEFORE_RE = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’-]+),(?:[ \u00a0]+who[ \u00a0]+is)?[ \u00a0]+$"
)
# a person's name, then "of" or "from" and the place a following age would seem to belong to
_HOME_BEFORE_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+)[ \u00a0]+(?:of|from)[ \u00a0]+(?:[A-Z][\w'’.-]+[ \u00a0]+)*$"
)
_APPOS_AGE_AFTER_RE = re.compile(r"(?:,|;|\)|—|–|\.(?![0-9])|[ \u00a0]+(?:and|said|says)\b)")
_PLACE_PREP_BEFORE_RE = re.compile(
    r"\b(?:in|at|from|near|to)[ \u00a0]+(?:[A-Z][\w'’-]+[ \u00a0]+)*$"
)
_AGED_NAME_BEFORE_RE = re.compile(r"(?P<name>[A-Z][\w'’-]+),?[ \u00a0]+$")
# a title written short before the name is no name ("the 51-year-old Capt. Tom Tennant")
_SHORT_TITLE = (
    r"(?:(?:"
    + "|".join(sorted(t.capitalize() for t in TITLE_ABBREVIATIONS - {"st", "jr", "sr"}))
    + r")\.[ \u00a0]+)?"
)
_NAME_AFTER_RE = re.compile(
    rf"[ \u00a0]+{_SHORT_TITLE}(?P<name>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+)*)"
)
# a role noun between the age and the name: "the 36-year-old champion Wladimir Klitschko"
_ROLE_NAME_AFTER_RE = re.compile(
    rf"[ \u00a0]+(?P<role>[a-z]+)[ \u00a0]+{_SHORT_TITLE}"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+)*)"
)
_NOT_NAMES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split()
)
_APPOS_AN_BEFORE_RE = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’-]+),[ \u00a0]+(?:an?|the)[ \u00a0]+$"
)
_GROUP_LABELS = frozenset({"NORP"})
_AGE_UNIT_YEARS = {
    "year": 1.0, "yr": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25,
}  # fmt: skip
MAX_AGE = 120

# Just before the claim (searched in a short window ending at its start).
_HEDGE_ALT = (
    r"a\s+little\s+more\s+than|little\s+more\s+than|slightly\s+more\s+than|just\s+more\s+than"
    r"|a\s+little\s+over|slightly\s+over|just\s+over|just\s+above|just\s+under|just\s+shy\s+of"
    r"|not\s+quite|well\s+over|more\s+than|upwards\s+of|in\s+excess\s+of|north\s+of"
    r"|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|not\s+fewer\s+than|at\s+least"
    r"|a\s+minimum\s+of|as\s+few\s+as|at\s+a\s+minimum|as\s+many\s+as|as\s+much\s+as"
    r"|up\s+to|less\s+than|fewer\s+than|at\s+most|at\s+the\s+most|no\s+more\s+than"
    r"|not\s+more\s+than|a\s+maximum\s+of|in\s+the\s+region\s+of|on\s+the\s+order\s+of"
    r"|in\s+the\s+order\s+of|an\s+estimated|close\s+to|approximately|approx\.?|roughly"
    r"|around|about|some|estimated|circa|c\.|nearly|almost|over|above|under|below"
    r"|hardly|barely|scarcely"
)
_HEDGE_BEFORE_RE = re.compile(r"(?<![\w-])(?P<h>" + _HEDGE_ALT + r")[ \u00a0]+$", re.IGNORECASE)
# digits right after a capitalised word, a candidate model number ("Boeing 737")
_NAMED_NUMBER_RE = re.compile(
    r"\b(?:[A-Z][A-Za-z-]+|[a-z][A-Z][A-Za-z-]*)[ \u00a0]+(?P<d>[0-9]{2,4})(?![0-9.,:/-]?[0-9])"
)
_CAP_WORD_AFTER_RE = re.compile(r"[ \u00a0]+(?P<w>[A-Z][A-Za-z]+)")


def _next_word(text: str, end: int) -> str:
    """The capitalised word right after ``end``, or ""."""
    m = _CAP_WORD_AFTER_RE.match(text, end)
    return m.group("w") if m is not None else ""


# a hedge bound to its figure even with an article between ("up to a $250,000 fine",
# "nearly a 20 percent drop"; not "about a": "a report about a $5 fine")
_HEDGE_ARTICLE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?P<h>up\s+to|as\s+much\s+as|as\s+many\s+as|more\s+than|less\s+than"
    r"|at\s+least|nearly|almost|roughly|approximately)[ \u00a0]+an?[ \u00a0]+$",
    re.IGNORECASE,
)
# "pulled him over", "pulled the car over": "over" after the object is the particle
_PULLED_OVER_RE = re.compile(
    r"\bpull(?:s|ed|ing)?[ \u00a0]+(?:him|her|them|it|me|us|you"
    r"|(?:the|a|an|his|her|their|our)[ \u00a0]+[a-z-]+(?:[ \u00a0]+[a-z-]+)?"
    r"|[A-Z][A-Za-z'’.-]+(?:[ \u00a0]+[A-Z][A-Za-z'’.-]+)?)[ \u00a0]+$"
)
# a length after these is measured: "lasted over two months", "clocking in at over two
# hours" ("over" is "more than"; "rose over two months" is "during")
_LENGTH_VERB_BEFORE_RE = re.compile(
    r"\b(?:last(?:s|ed|ing)?|t(?:ook|akes?|aking)|sp(?:ent|ends?|ending)|wait(?:s|ed|ing)?|"
    r"serv(?:e|es|ed|ing)|r(?:an|uns?|unning)|for|at|in|after)[ \u00a0]+$",
    re.IGNORECASE,
)
# "presided over two briefings", "clashed over 12 islands", "a row over £2m": "over"
# names what is presided over or fought about, it is no "more than"
_OVER_PREP_BEFORE_RE = re.compile(
    r"\b(?:presid(?:e|es|ed|ing)|quarrel(?:s|led|ed|ling|ing)?|clash(?:es|ed|ing)?"
    r"|feud(?:s|ed|ing)?|disput(?:e|es|ed|ing)|wrangl(?:e|es|ed|ing)|squabbl(?:e|es|ed|ing)"
    r"|bicker(?:s|ed|ing)?|(?<!in a )rows?|rowed|rowing|spat|stand-?offs?|disagreements?"
    r"|tensions?|controvers(?:y|ies)|uproar|furou?re?|fret(?:s|ted|ting)?"
    r"|agoni[sz](?:e|es|ed|ing))[ \u00a0]+$",
    re.IGNORECASE,
)
_BETWEEN_BEFORE_RE = re.compile(r"\b(?P<w>between|from)[ \u00a0]+$", re.IGNORECASE)
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:rise|rose|risen|rising|rises|fall|grow|shrink|shrinks|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?"
    r"|fell|fallen|falling|falls|drop(?:s|ped|ping)|declin(?:e|es|ed|ing)|grew|grown|growing"
    r"|grows|cut|cuts|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|revis(?:e|es|ed|ing)"
    r"|reduc(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|went|gone"
    r"|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?|shrank"
    r"|shrunk|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?"
    r"|slash(?:es|ed|ing)?|up|down|chang(?:e|es|ed|ing))\s+(?:\S+\s+){0,3}?$",
    re.IGNORECASE,
)
# a contest's result before two shares: "leads Pell 50 percent to 44 percent"
_HEAD_TO_HEAD_BEFORE_RE = re.compile(
    r"\b(?:leads?|led|leading|trails?|trailed|trailing|beat|beats|beating|tops?|topped"
    r"|edges?|edged|defeat(?:s|ed)?|ahead)[ \u00a0,]+(?!to\b)(?:[^\s.;:]+[ \u00a0,]+){0,5}?$",
    re.IGNORECASE,
)
_SHARE = r"[ \u00a0]*(?:%|percent\b|per[ \u00a0]cent\b)"
_SHARE_AFTER_RE = re.compile(_SHARE, re.IGNORECASE)
# the second share of "50 percent to 44 percent", not one of a range of a whole ("… of")
_SECOND_SHARE_RE = re.compile(
    rf"[ \u00a0]*(?P<v>[0-9]{{1,3}}(?:\.[0-9]+)?){_SHARE}(?![ \u00a0]+of\b)", re.IGNORECASE
)
_MONTH_BEFORE_RE = re.compile(r"\b" + _MONTHS + r"\.?[ \u00a0]+$")
_AGE_BEFORE_RE = re.compile(r"\b(?:aged|age|ages)(?:\s+of)?[ \u00a0]+$", re.IGNORECASE)
_NAME_WORD_BEFORE_RE = re.compile(
    r"(?:\b(?:route|highway|motorway|interstate|flight|brigade|battalion|regiment|division"
    r"|corps|platoon|squadron|company|unit|resolution|article|chapter|section|paragraph"
    r"|clause|amendment|room|gate|terminal|platform|block|building|floor|apartment|road"
    r"|street|pier|line|channel|number|item|category|grade|class|stage|phase|level|episode"
    r"|season|volume|vol\.|page|pp?\.|version|model|type|series|district|zone|sector"
    r"|precinct|ward|lot|cell|tower|camp|checkpoint|exit|junction|bus|tram|train|order"
    r"|decree|law|bill|act|code|case|file|batch|group|team|operation|cycle|wave|day|week"
    r"|round|game|match|no|nos|№)\.?|#)[ \u00a0]*$",
    re.IGNORECASE,
)
_PREV_CAP_WORD_RE = re.compile(r"(?<![\w'’.-])(?P<w>[A-Z][\w'’.&-]*)[ \u00a0]$")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?…:;][\"'”’)\]]*\s+|\n\s*|[\"“‘(\[—–]\s*)$")
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|around|throughout)[ \u00a0]+$", re.IGNORECASE
)
_YEAR_BEFORE_RE = re.compile(
    r"\b(?:in|since|by|until|till|of|from|during|before|after|early|late|mid|the|summer"
    r"|winter|spring|autumn|fall|year|between|to|and|through|throughout|until|circa)[ \u00a0]+$",
    re.IGNORECASE,
)
_ONE_BEFORE_RE = re.compile(
    r"\b(?:(?:no|any|every|some|each|the|this|that|which|anyone|someone|everyone|another|"
    r"only)[ \u00a0]+|no-)$",
    re.IGNORECASE,
)
# "one" as a pronoun before its verb or "such" ("if one steps back", "one can see", "one
# such plume"); not "one is dead" or "one was hurt", where it counts
_ONE_PRONOUN_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:such|can|could|must|should|would|might|may|cannot|can['’]t|needs|"
    r"steps|sees|finds|feels|wonders|gets|realizes|realises|notices)\b"
)
# "one" before a thing no one counts: a figure of speech ("One big reason is", "There was
# one problem", "one more indication"), up to two words between
_ONE_ABSTRACT_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}(?:reason|factor|problem|fact|thing|way|issue|"
    r"question|example|difference|aspect|indication|sign|idea|option|possibility|"
    r"explanation|answer|concern|challenge|lesson|theory|thought|trend|feature|advantage|"
    r"drawback|downside|upside|takeaway|highlight|caveat|catch)\b"
)
# what happened to a lone one that makes it a figure outlets report and dispute ("one
# person was killed", "killing one", "one dead"): otherwise a written "one" is mostly an
# indefinite article or a pronoun ("in one clip", "as one veteran commented")
_ONE_EVENT_WORDS = (
    r"(?:killed|dead|died|dies|dying|injured|wounded|hurt|arrested|detained|missing|"
    r"hospitali[sz]ed|charged|shot|stabbed|rescued|evacuated|infected|confirmed|"
    r"voted|abstained|survived|remains?)"
)
_ONE_EVENT_AFTER_RE = re.compile(
    r"(?:[ \u00a0]*-|[ \u00a0]+(?:counts?|charges?|arrests?|seats?|votes?|deaths?|"
    r"fatalit(?:y|ies)|casualt(?:y|ies)|victims?)\b"  # "one-seat majority", "one count of"
    r"|[^.;:!?\n]{0,40}?\b" + _ONE_EVENT_WORDS + r"\b)",
    re.IGNORECASE,
)
_ONE_EVENT_BEFORE_RE = re.compile(
    r"\b(?:kill|injur|wound|hurt|arrest|detain|shoot|shot|stab|rescu|evacuat|infect)[a-z]*"
    r"[ \u00a0]+(?:at[ \u00a0]+least[ \u00a0]+|only[ \u00a0]+|just[ \u00a0]+)?$",
    re.IGNORECASE,
)
# a decade or a century spelled out ("the nineteen sixties", "the eighteen hundreds")
_SPELLED_DECADE_RE = re.compile(
    r"(?i:eighteen|nineteen|twenty)[\s-]+(?i:twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties|hundreds)\b"
)
# "the two countries", "the two sides", "the world's two largest economies": two things
# (not people) after a definite determiner, or the world's first few, name what the story
# already counted or only refers to it
_ANAPHORIC_BEFORE_RE = re.compile(
    r"\b(?:the|these|those|the[ \u00a0]+world['’]s)[ \u00a0]+$", re.IGNORECASE
)
# a measure that names a class of things, not a fact about the event: a weight class ("the
# UFC's 205-pound title", "the 145-pound division"), a bond's term ("the 10-year Treasury
# note", "30-year bonds")
_NAMING_MEASURE_AFTER_RE = re.compile(
    r"[ \u00a0]*-?[ \u00a0]*(?:(?:pound|lb)s?[ \u00a0-]+(?:title|division|class|champion|"
    r"championship|belt|bout|weight)s?|year[ \u00a0-]+(?:(?:U\.S\.|US|Treasury|government|"
    r"benchmark|German|Japanese|Canadian|British)[ \u00a0]+)*(?:notes?|bonds?|yields?|gilts?|"
    r"bunds?|treasur(?:y|ies)|debt)|(?:kg|kilogram)s?[ \u00a0-]+(?:division|class|category|"
    r"title|weight))\b",
    re.IGNORECASE,
)
_ONE_DAY_OK_BEFORE_RE = re.compile(
    r"\b(?:for|in|within|after|lasted|lasting|only|just|than|past|over|of|last)[ \u00a0]+$",
    re.IGNORECASE,
)

# Right after the amount.
# (a hyphen left hanging before "to" or "or" is the first figure's half of a compound
# shared with the second: "a 10- to 12-foot wall", "a two- or three-hour wait")
_RANGE_RE = re.compile(
    r"(?:[-–](?=[ \u00a0]+(?:to|or)[ \u00a0]+[0-9A-Za-z]))?"
    r"(?P<c>[ \u00a0]*[-–—][ \u00a0]*|[ \u00a0]+to[ \u00a0]+|[ \u00a0]+and[ \u00a0]+"
    r"|[ \u00a0]+or[ \u00a0]+)",
    re.IGNORECASE,
)
_POST_HEDGE_RE = re.compile(
    r"(?P<h>[ \u00a0]*-[ \u00a0]*odd\b|[ \u00a0]+or[ \u00a0]+so\b|[ \u00a0]+or[ \u00a0]+more\b"
    r"|\+(?![\w+]))",
    re.IGNORECASE,
)
_MONEY_SCALE_RE = re.compile(
    r"[ \u00a0]?(?P<s>m|mn|mln|bn|b|k|tn)\b(?!['’]\w)"
    r"|(?P<S>MM|M|MN|MLN|BN|Bn|Mn|B|K|TN|T)\b(?!['’-]\w)"
)
_OF_NUMBER_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+[0-9]")
_OF_RE = re.compile(r"[ \u00a0]+of\b", re.IGNORECASE)


def _unit_regex(bracketed: bool = False) -> re.Pattern[str]:
    long_units = [
        "square kilometres", "square kilometers", "square kilometre", "square kilometer",
        "square metres", "square meters", "square metre", "square meter", "square miles",
        "square mile", "square feet", "square foot", "square yards", "square yard",
        "nautical miles", "nautical mile", "percentage points", "percentage point",
        "points", "point",
        "metric tons", "metric ton", "per cent", "percent", "pct",
        "kilometres", "kilometers", "kilometre", "kilometer", "centimetres", "centimeters",
        "centimetre", "centimeter", "millimetres", "millimeters", "millimetre", "millimeter",
        "metres", "meters", "metre", "meter", "miles", "mile", "feet", "foot", "yards", "yard",
        "inches", "inch", "hectares", "hectare", "acres", "acre", "dunams", "dunam", "dunums",
        "dunum", "donums", "donum", "feddans", "feddan", "kilogrammes", "kilogramme",
        "kilograms", "kilogram", "kilos", "kilo", "grammes", "gramme", "grams", "gram",
        "tonnes", "tonne", "tons", "ton", "pounds", "pound", "ounces", "ounce",
        "seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "nights",
        "night", "weeks", "week", "fortnights", "fortnight", "months", "month", "years", "year",
        "decades", "decade", "bits", "bit",
    ]  # fmt: skip
    # every other spelled-out unit of ``units.UNITS`` (volumes, power, speed, data, ...)
    long_units += [
        u for u in UNITS if len(u) > 4 and u.replace(" ", "").isalpha() and u not in long_units
    ]
    short_units = [
        "km/h", "km/hr", "m/s", "kmph", "kph", "kmh", "mph", "rpm", "bhp", "hp", "mcg", "mg",
        "μg", "µg", "ml", "m3", "m³", "km3", "km³", r"cu\.?[ \u00a0]*ft", "knots", "knot",
        "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "TW", "KB", "kB", "MB", "GB", "TB", "Kb",
        "Mb", "Gb", "t",
        r"sq\.?[ \u00a0]*km", r"sq\.?[ \u00a0]*mi(?:les?)?", r"sq\.?[ \u00a0]*ft",
        r"sq\.?[ \u00a0]*yd", r"sq\.?[ \u00a0]*m", "sqm", "km²", "km2", "m²", "m2", "kms", "km",
        "cm", "mm", "mi", "ft", "yds", "yd", "ha", "kgs", "kg", "lbs", "lb", "oz", "g", "m",
        "hrs", "hr", "mins", "min", "secs", "sec", "h", "%",
        r"°[ \u00a0]?(?i:celsius|centigrade|fahrenheit|C|F)", "°", "rad", "(?i:turn)",
        "µm", "μm", "dm", r"(?i:[kmg]bps|[kmg]bit/s|light-years?)",
        # the inch mark, only before a word of size ("a pole 10\" long", "a 55\" screen")
        r'["″](?=[ \u00a0]*(?i:long|tall|wide|high|deep|thick|across|screens?|displays?'
        r"|monitors?|tvs?|televisions?|laptops?|tablets?|pizzas?|rims?|wheels?|blades?)\b)",
        # "in" for inches, only before a size that ends the phrase ("2 in thick, and")
        r"in\.?(?=[ \u00a0]+(?:tall|long|high|wide|deep|thick)(?:[ \u00a0]*(?:[,.;:)]|$)"
        r"|[ \u00a0]+(?:and|by|x)\b))",
        r"L(?![-‐][0-9])", "mL",  # not a code: "24703 L-202"
        # a cook's measures, lower case only; a cup before "of" or an ingredient, not a
        # trophy or an object ("won 3 cups in five years", "recalled 40,000 cups after")
        r"cups?(?=[ \u00a0]+(?:of\b|(?!(?:in|on|at|after|before|for|to|and|or|with|from|by|"
        r"as|that|this|were|was|are|is|size|sizes|holder|holders|final|finals|match|"
        r"matches|game|games|title|titles|tie|ties|run|runs|win|wins|winners?|trophy|"
        r"trophies|victory|victories|last|since|over|during|each|apiece)\b)[a-z]))",
        "tbsp", "tsp",
    ]  # fmt: skip
    # "square feet", and hyphenated before a noun: "a 220,000-square-foot plant"
    long_alt = "|".join(
        re.escape(u).replace(r"\ ", r"(?:[ \u00a0]+|-)")
        for u in sorted(long_units, key=len, reverse=True)
    )
    short_alt = "|".join(short_units)
    unit = r"(?P<u>(?i:" + long_alt + r")|" + short_alt + r")(?![A-Za-z0-9²])"
    if bracketed:  # "20 (kg)", "20 [kg]", "20 {kg}", "20 <kg>": a unit alone in brackets
        return re.compile(
            r"(?P<sep>[ \u00a0]*(?P<o>[(\[{<])[ \u00a0]*)" + unit + r"[ \u00a0]*(?P<c>[)\]}>])"
        )
    return re.compile(r"(?P<sep>[ \u00a0]*-[ \u00a0]*|[ \u00a0]+|)" + unit)


_UNIT_RE = _unit_regex()
_BRACKET_UNIT_RE = _unit_regex(bracketed=True)
_TURNING_RE = re.compile(
    r"\b(?:rotat\w*|turn\w*|angle[sd]?|angular|tilt\w*|inclin\w*|slop\w*|bank(?:s|ed|ing)?"
    r"|spin\w*|spun|pivot\w*|swivel\w*|veer\w*|twist\w*|heading|bearing|arc|latitude"
    r"|longitude|compass|azimuth|pitch|yaw|(?:counter|anti)?clockwise)\b",
    re.IGNORECASE,
)
_HEAT_RE = re.compile(
    r"\b(?:temperatures?|hot|hotter|heat\w*|cold|colder|warm\w*|cool\w*|fever|freez\w*"
    r"|thermo\w*|weather|degrees?[ \u00a0]+(?:of[ \u00a0]+)?(?:heat|frost))\b",
    re.IGNORECASE,
)
# a temperature's scale written onto the figure ("30C", "86F"), read only where the
# sentence speaks of heat, weather or an oven (``_heat``): "Form 30C" is no temperature
_ATTACHED_DEGREE_RE = re.compile(
    r"(?P<sep>)(?P<u>[CF])(?![\w°'’-])"
    r"(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|[ \u00a0]+(?i:on|in|at|by|and|or|with|for|to|as|during|"
    r"before|after|while|but|is|was|were|will|would|today|tonight|yesterday|tomorrow|this|"
    r"last|next|across|over|under|inside|outside)\b)"
)
# a seat, a row, a chart or a form before "32F", "12C": a code, not a temperature
_CODE_BEFORE_RE = re.compile(
    r"\b(?:seats?|rows?|gates?|flights?|charts?|figures?|tables?|forms?|grades?|apartments?|"
    r"flats?|class(?:es)?|routes?|highways?|rooms?|units?|suites?|levels?|floors?|sections?|"
    r"bays?|zones?|platforms?|lines?|buses?|aisles?|blocks?|cabins?|berths?|box(?:es)?)"
    r"[ \u00a0]+(?:\d+[A-Z][ \u00a0]+and[ \u00a0]+)?$",
    re.IGNORECASE,
)
_OVEN_RE = re.compile(r"\b(?:oven|bake[ds]?|baking|roast\w*|grill\w*|forecast\w*)\b", re.I)
_BRACKETS = frozenset({"()", "[]", "{}", "<>"})
# a picture's resolution class written with "K" ("4K", "8K"): a standard's name, not
# thousands of anything
_DISPLAY_CLASS_RE = re.compile(r"[48]K")
# what such a class qualifies ("4K streaming", "8K TV"; not "8K people")
_DISPLAY_NOUNS = frozenset(
    """resolution streaming stream tv television video display output screen monitor hdr
    content footage camera gaming playback support""".split()
)
_BRACKET_NOT_UNITS = frozenset({"m", "b", "h", "t", "g", "k"})  # "(m)": millions
_SQUARE_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*)square\b(?![ \u00a0]+(?:met|kilomet|mile|feet|foot|"
    r"yard|km|mi\b|m\b))",
    re.IGNORECASE,
)
# a length unit raised to a power: "4 km squared", "4km^2" (an area of 4 km²), "4 km cubed"
_POWER_AFTER_RE = re.compile(
    r"(?:\^(?P<sq>2)|\^3|[ \u00a0]+(?P<sq2>squared)|[ \u00a0]+cubed)(?![\w^])", re.IGNORECASE
)
_AND_A_HALF_RE = re.compile(r"[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half\b", re.IGNORECASE)
# a height in feet and inches: "6 feet 4 inches", "5 - feet - 8 inches", "6-foot-2-inch",
# "6 ft. 4 in. tall", and the bare "6-foot-4" (hyphens, no spaces, "foot" or "feet")
_INCH_WORDS = {w: n for w, n in {**ONES, **TEENS}.items() if 1 <= n <= 11}
_INCHES_AFTER_RE = re.compile(
    r"(?P<sep>[ \u00a0]*-[ \u00a0]*|[ \u00a0]+|,[ \u00a0]+)"
    r"(?P<n>1[01]|[0-9](?:\.[0-9]+)?|" + "|".join(_INCH_WORDS) + r")(?P<half>½)?"
    r"(?:(?P<isep>[ \u00a0]*-?[ \u00a0]*)(?P<inch>inches|inch\b|in\.(?=[ \u00a0,;)]|$)"
    r"|in(?=[ \u00a0]+(?:tall|long|high|wide|deep)\b|,))"
    r"|(?![\w½.-]|,[0-9]|[ \u00a0]*(?:%|percent\b|feet\b|foot\b|ft\b|in\b|inch)))",
    re.IGNORECASE,
)
# a race named by its distance: "the 100 meter freestyle", "the 400m hurdles"
_RACE_RE = re.compile(
    r"[0-9][0-9,.]*[ \u00a0-]*(?:m|km|metres?|meters?|yards?|yd)[ \u00a0-]*"
    r"(?:individual[ \u00a0]+)?(?:freestyle|backstroke|breaststroke|butterfly|"
    r"medley|relay|hurdles|dash|steeplechase)\b",
    re.IGNORECASE,
)
_AFTER_DURATION_SKIP_RE = re.compile(
    r"[ \u00a0]+(?:ago|later|earlier|previously|beforehand"
    # what is left of a time, not a length: "with 55 seconds left", "100 days away"
    r"|left|remaining|to[ \u00a0]+go|away)\b",
    re.IGNORECASE,
)
# a time anchor, not a length: "Two days after clinching the title", "less than three
# months before the caucuses" (unless the sentence gives the length: _LASTING_BEFORE_RE)
_ANCHOR_AFTER_RE = re.compile(r"[ \u00a0]+(?:after|before)\b", re.IGNORECASE)
# a length the sentence gives anyway, an anchor after it or not: "battled the fire for
# nearly eight hours before it was out", "it will be about a month before a ruling"
_LASTING_BEFORE_RE = re.compile(
    r"\b(?:for|to|be|is|was|are|were|been|took|take|takes|lasted|lasts|spent|spend|waited|"
    r"served|serves|serving|has|have|had|given|gave|got|gets|received|receives)"
    r"[ \u00a0]+(?:(?:nearly|about|almost|roughly|some|just|only|more[ \u00a0]+than|"
    r"less[ \u00a0]+than|over|under)[ \u00a0]+)?$",
    re.IGNORECASE,
)
_RATE_AFTER_RE = re.compile(
    r"[ \u00a0]*/|[ \u00a0]+per\b"
    r"|[ \u00a0]+an?[ \u00a0]+(?:second|minute|hour|day|week|month|year)\b"
    r"|[ \u00a0]*(?:mph|kph)\b",
    re.IGNORECASE,
)
_PER_TIME_RE = re.compile(
    r"(?:[ \u00a0]*/[ \u00a0]*|[ \u00a0]+(?:a|an|per|each|every)[ \u00a0]+)"
    r"(?P<t>day|week|month|year|annum|yr)\b(?![ \u00a0]*-)",
    re.IGNORECASE,
)
_PER_YEAR = {"day": 365.25, "week": 365.25 / 7, "month": 12.0, "year": 1.0, "annum": 1.0, "yr": 1.0}
# measures whose amount per day, week, month or year is a rate claim of its own (volumes of
# oil, tonnes of ore, hectares of forest); durations, speeds and percentages are not
_RATE_QUANTITIES = frozenset({"length", "area", "volume", "mass", "energy", "data"})


def _per_time(text: str, pos: int) -> tuple[float, int] | None:
    """ "a day", "per year", "/yr" right after a measure: (times per year, end)."""
    m = _PER_TIME_RE.match(text, pos)
    if m is None:
        return None
    return _PER_YEAR[m.group("t").lower()], m.end()


_PAREN_RE = re.compile(r"[ \u00a0]*\((?P<inner>[^()\n]{1,60})\)")
_PAREN_INNER_RE = re.compile(
    r"\s*(?:(?:" + _HEDGE_ALT + r")\s+)?(?P<cur>(?:US|AU|A|CA|C|HK|NZ)?\$|[£€¥₹₽₴₺₪])?\s*"
    r"(?P<num>[0-9][0-9.,]*)(?:\s*(?:thousand|million|billion|bn|mn|m|k)\b)?"
    r"(?P<rest>[^()]*)$",
    re.IGNORECASE,
)
_WORD_AFTER_RE = re.compile(r"[ \u00a0]+(?P<w>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
# "3 times" counts occurrences; "3 times more", "three times the size", "3 times a day"
# (a multiple or a rate) do not
_TIMES_AFTER_RE = re.compile(
    r"[ \u00a0]+(?P<w>times)\b(?![ \u00a0]*-)(?![ \u00a0]+(?:more|less|fewer|as|the|that|than|over"
    r"|his|her|its|their|our|my|your|what|an?|per|each|every|[a-z]+er)\b)(?![ \u00a0]*[0-9])"
)
_MULTIPLE_AFTER_RE = re.compile(
    r"[ \u00a0]+times[ \u00a0]+(?:more|less|fewer|as|the|that|than|over|his|her|its|their"
    r"|our|my|your|what|[a-z]+er)\b"
)
_HYPHEN_WORD_RE = re.compile(r"[ \u00a0]*-[ \u00a0]*(?P<w>[A-Za-z]+)")
_GAP_OK_RE = re.compile(r"[^,;:.!?()\[\]\"“”‘’\n]*")

# what happened to people counted, as a word that says nothing else ("held", "shot" may)
_STATE_WORDS = (
    r"killed|dead|died|injured|wounded|hurt|missing|arrested|detained|abducted"
    r"|kidnapped|evacuated|displaced|rescued|freed|released|hospitali[sz]ed"
)
_CASUALTY_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?:people|(?:of[ \u00a0]+)?others|more|of[ \u00a0]+them|of[ \u00a0]+whom)"
    r"[ \u00a0]+)?"
    r"(?:(?:were|was|are|is|have[ \u00a0]+been|had[ \u00a0]+been|has[ \u00a0]+been|being|got|"
    r"remain|remained|are[ \u00a0]+still|were[ \u00a0]+still)[ \u00a0]+)?"
    r"(?:(?:reportedly|reported|confirmed|believed|feared|thought|said|known|also|later"
    r"|potentially|presumably)"
    r"(?:[ \u00a0]+to[ \u00a0]+(?:be|have[ \u00a0]+been))?[ \u00a0]+)?"
    rf"(?P<state>{_STATE_WORDS}|executed"
    r"|captured|taken[ \u00a0]+hostage|held|drowned|stabbed|shot|unaccounted[ \u00a0]+for)\b",
    re.IGNORECASE,
)
KIN = "kin"
"""The state of a parent's children counted in a description ("a father of two",
"mother-of-three": ``_PARENT_OF_RE``, ``casualty_state``)."""
# the figure a death toll stands at or reaches ("bringing the death toll to at least 78
# people", "the death toll from the blast rose to 93"): the killed
_DEATH_TOLL_BEFORE_RE = re.compile(
    r"\bdeath[ \u00a0-]toll\b[^.;:!?\n]{0,120}?\b(?:to|at|of|reached|hit|is|was|now)[ \u00a0]+"
    r"(?:(?:at[ \u00a0]+least|about|nearly|almost|over|more[ \u00a0]+than|some)[ \u00a0]+)?$",
    re.IGNORECASE,
)
# a verb in the past right before a head-count ("killed 253 people", "wounded about
# 70 others": a claim starts at its hedge): the state of those counted
_STATE_VERB_BEFORE_RE = re.compile(
    r"\b(?P<state>killed|killing|injured|injuring|wounded|wounding|arrested|detained"
    r"|evacuated|rescued|executed|abducted|kidnapped|captured)[ \u00a0]+$",
    re.IGNORECASE,
)
_CASUALTY_BEFORE_RE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|injur(?:ed|ing|es?)|wound(?:ed|ing|s)?|arrest(?:ed|ing|s)?"
    r"|detain(?:ed|ing|s)?|evacuat(?:ed|ing|es?)|rescu(?:ed|ing|es?)|execut(?:ed|ing|es?)"
    r"|abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?|hospitali[sz](?:ed|ing|es?)"
    r"|(?:death|casualty|dead|injury)[ \u00a0]+toll[ \u00a0]+(?:\w+[ \u00a0]+){0,2}?"
    r"(?:of|at|to|reached|hit|is|was|stood[ \u00a0]+at|stands[ \u00a0]+at|now)"
    # "the toll has risen to 212": a toll alone, once it changes or stands at a figure
    # (past a few words of what it counts: "the toll from the blast rose to 93")
    r"|(?<!road[ \u00a0])(?<!bridge[ \u00a0])\btoll[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,4}?"
    r"(?:has[ \u00a0]+|had[ \u00a0]+)?"
    r"(?:(?:risen|rose|climbed|jumped|increased|grown|grew|soared|surged|mounted)[ \u00a0]+to"
    r"|reached|hit|stood[ \u00a0]+at|stands[ \u00a0]+at))[ \u00a0]+$",
    re.IGNORECASE,
)

_FIGURE_BEFORE_RE = re.compile(
    r"\b(?:number|figure|tally|estimate|total)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?P<noun>[A-Za-z][A-Za-z'’-]*))?"
    r"(?:[ \u00a0]+[A-Za-z]+){0,2}?[ \u00a0]+(?:at|to|as|was|is|stood[ \u00a0]+at|reached|hit)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)

# a gathering's size: "a crowd of 22,000", "an audience of some 5,000", "attended by
# an approximate 200,000", "police put the crowd at 3,000", "estimated the turnout at about
# 5,000": people
_CROWD_OF_RE = re.compile(
    r"\b(?:(?:crowd|audience|turnout|attendance|congregation|gathering)s?[ \u00a0]+of"
    r"|attended[ \u00a0]+by"
    r"|(?:put|puts|putting|estimated|estimates|estimating|placed|places|pegged|pegs)"
    r"[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?"
    r"(?:crowd|audience|turnout|attendance)(?:[ \u00a0]+size)?[ \u00a0]+at)"
    r"(?:[ \u00a0]+an?)?(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+$",
    re.IGNORECASE,
)

# a body of people counted by its size: "carrying a crew of 20", "a delegation of 12"
_BODY_OF_RE = re.compile(
    r"\b(?P<noun>crew|delegation|contingent|garrison)[ \u00a0]+of"
    r"(?:[ \u00a0]+(?:about|around|some|nearly|almost|roughly|at[ \u00a0]+least))?[ \u00a0]+$",
    re.IGNORECASE,
)

_SUBJECT_TALLY_RE = re.compile(
    r"\b(?P<noun>[A-Za-z][A-Za-z'’-]*)"
    r"(?:[ \u00a0]+(?:in|at|near|across|on)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][A-Za-z'’-]*"
    r"(?:[ \u00a0]+[A-Z][A-Za-z'’-]*){0,2})?"
    r"(?:[ \u00a0]+(?:has|have|had|had[ \u00a0]+now|have[ \u00a0]+now|has[ \u00a0]+now|now))?"
    r"[ \u00a0]+(?:rose|risen|climbed|jumped|grew|grown|increased|swelled|soared|surged"
    r"|reached|hit|topped|exceeded|numbered|totall?ed|stood[ \u00a0]+at|stand[ \u00a0]+at"
    r"|stands[ \u00a0]+at|fell|dropped|declined"
    r"|(?:would|will|could|might|may)[ \u00a0]+(?:reach|top|exceed|hit|number|total"
    r"|(?:rise|grow|climb|fall|drop)[ \u00a0]+to))"
    r"(?:[ \u00a0]+from[ \u00a0]+[0-9][0-9,.]*)?(?:[ \u00a0]+(?:to|at))?[ \u00a0]+$",
    re.IGNORECASE,
)
_CROWD_NOUNS = frozenset("crowd crowds turnout attendance audience congregation population".split())
_TALLY_NOUNS = frozenset(
    """
    death arrest injury case infection attack strike airstrike raid incident killing
    detention abduction kidnapping evacuation violation shooting explosion sortie
    """.split()
)
_SPEECH_BEFORE_RE = re.compile(
    r"\b(?:says|said|say|claims?|claimed|estimates?|estimated|reports?|reported|counts?"
    r"|counted|puts?[ \u00a0]+it[ \u00a0]+at|insists?|insisted)[ \u00a0]+$",
    re.IGNORECASE,
)
_ELLIPTIC_AFTER_RE = re.compile(r"[ \u00a0]*(?:[;,.:)—–]|$)")
# a vote tally: "passed 219-212", "won, 134 to 63", "a 134-to-63 vote" (the larger first)
_TALLY_RE = re.compile(
    r"(?P<c>[ \u00a0]*[-–—][ \u00a0]*(?:to[ \u00a0]*[-–—][ \u00a0]*)?|,?[ \u00a0]+to[ \u00a0]+)"
    r"(?P<b>[0-9]{1,4})(?![0-9.,]*[0-9])(?![ \u00a0]*(?:%|percent|per|[a-zA-Z]+[ \u00a0]+of\b))"
)
# a tally written with the smaller side first stands right after "voted" or "the vote
# was" or before a singular "vote" ("voted 48-52", "the vote was 49-to-51", "in a
# 208-218 vote")
_VOTED_BEFORE_RE = re.compile(
    r"\b(?:voted|(?:vote|tally|count)[ \u00a0]+(?:was|is|stood[ \u00a0]+at))[ \u00a0]+$",
    re.IGNORECASE,
)
_A_VOTE_AFTER_RE = re.compile(r"[ \u00a0]+vote\b", re.IGNORECASE)
# words that make a sentence (or the one before it) speak of a vote
_VOTE_WORD_RE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballots?|roll[ \u00a0-]call|tall(?:y|ied)|passed|approved|adopted"
    # a court's split: "a historic 5-4 ruling", "ruled 5-4", "in a 6-3 opinion"
    r"|ratified|confirmed|rul(?:ing|ed)|opinion)\b",
    re.IGNORECASE,
)
_VOTERS_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:who[ \u00a0]+|that[ \u00a0]+)?(?:had[ \u00a0]+|have[ \u00a0]+)?voted"
    r"[ \u00a0]+(?:for|against|in[ \u00a0]+favou?r|to[ \u00a0]+[a-z]+)\b",
    re.I,
)
# people whose votes are counted: "won the votes of 10 Republicans"
_VOTES_OF_RE = re.compile(
    r"\bvotes[ \u00a0]+of[ \u00a0]+(?:(?:all|just|only|at[ \u00a0]+least)[ \u00a0]+)?$", re.I
)
# a bare figure for one side of a vote ("the final tally was 216 supporting the ouster",
# "41 in favour and 37 against"), after a vote word
_SIDE_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:supporting|opposing|backing|in[ \u00a0]+favou?r|against)\b", re.I
)
_RATE_BEFORE_RE = re.compile(
    r"\brate[ \u00a0]+(?:was|is|of|stood[ \u00a0]+at|reached|hit|(?:fell|rose|dropped)[ \u00a0]+to)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
_PERCENT_WORD_RE = re.compile(r"[0-9]" + _SHARE, re.I)
_FRACTION_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5}
_FRACTION_OF_RE = re.compile(
    r"\b(?P<f>(?P<n>one|two|three|four)[ \u00a0]*-[ \u00a0]*"
    r"(?P<d>thirds?|quarters?|fourths?|fifths?))\b"
    r"(?=[ \u00a0]+(?:(?P<of>of)[ \u00a0]+|majority\b|vote\b|share\b))",
    re.IGNORECASE,
)
_CHANGE_BY_FRACTION_RE = re.compile(
    r"\b(?:cut|reduc|slash|trimm?|lower|rais|increas|boost|grow|grew|rose|rise|rising|fell|fall"
    r"|dropp?|declin|shr[iu]nk|shrank|doubl|halv|expand|swell|swoll|climb|jump|plung|soar)\w*"
    r"(?:[ \u00a0]+[A-Za-z'’-]+){0,3}?[ \u00a0]+by[ \u00a0]+"
    r"(?:(?P<h>" + _HEDGE_ALT + r")[ \u00a0]+)?"
    r"(?P<f>(?:(?P<n>a|one|two|three|four)[ \u00a0]*[ \u00a0-][ \u00a0]*)?"
    r"(?P<d>halfs?|thirds?|quarters?|fourths?|fifths?))\b(?![ \u00a0]*-|[ \u00a0]+of\b)",
    re.IGNORECASE,
)
_FRACTION_END_OK = frozenset(
    """for in to from over since last this next and or but after before during while when as
    than at on by until through within amid compared""".split()
)
_PARENT_OF_RE = re.compile(
    r"\b(?:(?:grand)?(?:father|mother|parent)|dad|mom|mum)s?(?:[ \u00a0]+of[ \u00a0]+|-of-)$",
    re.IGNORECASE,
)
_COMPARED_BEFORE_RE = re.compile(
    r"\b(?:compared[ \u00a0]+(?:to|with)|(?:up|down)[ \u00a0]+from|versus|vs\.?)[ \u00a0]+$",
    re.IGNORECASE,
)
_HYPHEN_NOT_COUNTED = frozenset(
    """third thirds quarter quarters fourth fourths fifth fifths half halves point points way
    time times fold star stars""".split()
)
_TWICE_RE = re.compile(
    r"\btwice\b(?![ \u00a0]*-)(?![ \u00a0]+(?:as|the|that|this|those|these|an?|per|each|every"
    r"|daily|weekly|monthly|yearly|annually|over|more|less|his|her|its|their|our|my|your|what"
    r"|[a-z]+er)\b)",
    re.IGNORECASE,
)
_NUMBER_OF_RE = re.compile(r"\bnumber[ \u00a0]+of[ \u00a0]+(?P<noun>[A-Za-z][A-Za-z'’-]*)", re.I)

# --------------------------------------------------------------------------- word lists

_STOP = frozenset(
    """
    a an the this that these those and or but nor to in on at by for from with without into
    onto over under about after before during since until as than per who whom whose which
    what when where while were was is are be been being am have has had having will would
    could should can may might must shall do does did not no more less most least also still
    only just again each all both either neither some any other others another such own same
    so too very it its they them their he him his she her we us our you your i me my there
    here then now said says say told according reportedly ago later earlier old times time
    percent killed dead died injured wounded hurt missing arrested detained abducted
    kidnapped evacuated displaced rescued executed captured held left remained remain
    including include includes among across around near up down out off away like if
    whether because though although yet further already even much many few several
    """.split()
)
_DETERMINERS = frozenset(
    "the these those its their his her our your all some both each my this that".split()
)
_PRONOUNS = frozenset("them whom us you those these it which who".split())
_INVARIANT_PLURALS = frozenset(
    """
    people police personnel staff crew cattle sheep fish aircraft livestock militia troops
    children men women gunmen policemen servicemen firemen fishermen militiamen
    """.split()
)
_S_SINGULARS = frozenset(
    """
    news series species means bus gas glass press class process campus status virus
    census analysis crisis basis thesis axis bonus chorus corpus circus lens canvas
    atlas alias kudos physics politics economics mathematics ethics tactics logistics
    """.split()
)
_MEN_SINGULARS = frozenset("specimen abdomen regimen acumen stamen hymen semen".split())
_IE_PLURALS = frozenset(
    """
    sorties movies cookies zombies rookies calories prairies hippies goalies selfies
    brownies eyries lingeries pixies freebies hoodies aunties bookies
    """.split()
)
_IRREGULAR: dict[str, str] = {
    "people": "people", "persons": "people", "person": "people", "children": "child",
    "men": "man", "women": "woman", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife", "thieves": "thief",
    "halves": "half", "leaves": "leaf", "shelves": "shelf", "wolves": "wolf", "police": "police",
    "staff": "staff", "personnel": "personnel", "crew": "crew", "troops": "troop",
    "buses": "bus", "gases": "gas", "statuses": "status", "viruses": "virus",
    "crises": "crisis", "analyses": "analysis", "houses": "house", "sheep": "sheep",
    "fish": "fish", "aircraft": "aircraft", "cattle": "cattle", "data": "data",
    "media": "media", "criteria": "criterion", "phenomena": "phenomenon",
}  # fmt: skip
# counted nouns that name one thing two ways, stored as one ("30 nations", "30 countries")
_COUNTED_AS = {"nation": "country"}
_NOT_COUNTED = frozenset(
    """
    time degree percent cent per percentage point year-old old way thing lot bit kind sort
    type number total amount rest part majority minority third fourth fifth
    mb gb tb deficit surplus
    """.split()
)
# units that make no measure of "one" ("that one day", "the one percent", "at one point")
_NOT_MEASURES = frozenset({"duration", "percent", "points", "angle"})
_GENERIC_MEASURE_NOUNS = frozenset(
    """
    area zone region distance stretch space length period radius total way time span
    portion part section strip patch swathe swath tract territory land spell stint sum
    amount figure value
    """.split()
)
_MEASURE_VERBS = frozenset(
    """
    last run span stretch extend measure cover take total reach encompass stand spread
    travel walk drive march fly sail burn
    """.split()
)
_NAME_LABELS = frozenset(
    {"PERSON", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
_DATE_LABELS = frozenset({"DATE", "TIME"})
# what a capitalised word next to a number names when the number is a count, not a name
_COUNT_LABELS = frozenset(
    {"NORP", "GPE", "LOC", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"}
)
# a name's capitalised (or camel-cased: "iPhone") word right before a number
_MODEL_NAME_BEFORE_RE = re.compile(r"(?<![\w.'’-])(?P<w>[A-Z][\w-]*|i[A-Z][\w-]*)[ \u00a0]$")
# a model's word right after a number: "737 Max", "11 Pro" (no plural: "40 Democrats")
_MODEL_WORD_AFTER_RE = re.compile(
    rf"[ \u00a0](?:{'|'.join(('Max', *MODEL_WORDS))})\b(?![ \u00a0]+[A-Z])"  # not "300 Air Force"
)
_SCORE_OR_POLL_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:%|percent|per[ \u00a0]cent|points?\b|votes?\b|seats?\b|[-–—/:]|to[ \u00a0]+[0-9]"
    r"|,[ \u00a0]*[A-Z][\w-]*[ \u00a0]+[0-9])",
    re.IGNORECASE,
)
# capitalised words before a number that are no name ("About 40 people", "Nearly 300")
_NO_MODEL_NAME_WORDS = frozenset(
    """
    about nearly almost some all the only over under more less at by in on of for with from
    to up down around roughly approximately just exactly another and but or than those these
    its their his her our your my least most fewer each every no nos top past last next first
    a an as after before since until between among within without against per page vol
    volume number issue id estimated
    """.split()
    + [m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:])]
)
_NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "appos"})
_METRE_CONTEXT = frozenset(
    """
    long high wide deep tall thick away from of across above below under underground
    apart along into inside beyond behind ahead offshore inland north south east west
    """.split()
)


def singular(word: str) -> str:
    """A dictionary-free singular: "fighters" -> "fighter", "casualties" -> "casualty"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _S_SINGULARS or len(w) <= 3:
        return w
    if word[:1].isupper() and w.endswith("is"):
        return w[:-1]  # "Israelis" -> "israeli"
    if w.endswith("men") and len(w) > 4:
        return w[:-3] + "man"
    if w in _IE_PLURALS:
        return w[:-1]  # "sorties" -> "sortie"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _tidy(x: float) -> float:
    """Drop float noise from conversions (12 significant digits: 55.00000000000001 -> 55)."""
    return float(f"{x:.12g}")


def _looks_plural(word: str) -> bool:
    w = word.lower()
    if w in _INVARIANT_PLURALS or (w in _IRREGULAR and _IRREGULAR[w] != w):
        return True
    if w in _S_SINGULARS or len(w) <= 3:
        return False
    if word[:1].isupper() and w.endswith("is"):
        return True  # "Israelis", "Iraqis"
    if w.endswith("men") and len(w) > 5 and w not in _MEN_SINGULARS:
        return True  # "congressmen", "horsemen"
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


# --------------------------------------------------------------------------- the parse


# verbs whose count of times says nothing of an event ("has been there twice")
_NO_EVENT_VERBS = frozenset("be have do get go come make take say".split())


def _verb_lemma(tok: Any) -> str:
    """A verb's lemma, with the final "e" the small model drops from one-syllable verbs
    ("fined" -> "fin"): "-ed" after one consonant and one vowel means the base ends in
    "e" ("fine"), else the consonant would be doubled ("stopped" -> "stop")."""
    lemma = str(tok.lemma_).lower()
    if str(tok.text).lower() == lemma + "ed" and re.fullmatch(
        r"[^aeiou]*[aeiou][^aeiouwxy]", lemma
    ):
        return lemma + "e"
    return lemma


class _DocView:
    """Token look-up by character offset in a spaCy ``Doc`` (built once per article)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.starts: list[int] = [t.idx for t in doc]

    def tokens(self, start: int, end: int) -> list[Any]:
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out: list[Any] = []
        while i < len(self.starts) and self.starts[i] < end:
            tok = self.doc[i]
            if tok.idx + len(tok.text) > start and not tok.is_space:
                out.append(tok)
            i += 1
        return out


def _lemma(tok: Any) -> str:
    text = str(tok.text)
    if tok.pos_ == "PROPN" or text[:1].isupper():
        return singular(text)
    lemma = str(tok.lemma_).lower() or text.lower()
    return _IRREGULAR.get(lemma, lemma) if lemma in ("person", "persons") else lemma


@dataclass(slots=True)
class _Noun:
    lemma: str
    start: int
    end: int
    person: bool


# --------------------------------------------------------------------------- the scanner


_Result = tuple[Claim | None, int]  # a claim (or None) and where the scan resumes


class _Reading:
    """One candidate as ``_Scanner._claim_at`` reads it, phase by phase: where the
    figure is, and what has been read around it so far."""

    __slots__ = (
        "amount",
        "between",
        "bm",
        "connector_from",
        "counted",
        "currency",
        "e",
        "end",
        "floor",
        "hedge",
        "hedge_word",
        "high",
        "low",
        "money_factor",
        "noun",
        "num_end",
        "paren",
        "point",
        "quantity",
        "s",
        "second",
        "signed",
        "start",
        "unit",
        "unit_end",
        "unit_info",
        "unit_start",
    )

    def __init__(self, s: int, floor: int, amount: Amount) -> None:
        self.s = s  # where the figure starts
        self.floor = floor  # the end of the previous claim: nothing before it is read
        self.amount = amount
        self.e = amount.end  # where the (first) figure ends
        self.start = s  # where the claim starts (a sign, currency, hedge, "between")
        self.signed = False  # "+0.2%"
        self.currency: str | None = None
        self.money_factor = 1.0
        self.hedge: str | None = None  # the hedge's kind (``hedge_kind``)
        self.hedge_word = ""  # the hedge before the figure as written, lower-cased
        self.between = False  # "between" before the figure
        self.connector_from = False  # "from" before the figure
        self.bm: re.Match[str] | None = None  # that "between" or "from"
        self.low, self.high = amount.low, amount.high
        self.point = not amount.vague
        self.num_end = amount.end  # the end of the figures (a range's second one)
        self.second: Amount | None = None  # a range's second figure
        self.end = amount.end  # the claim's end so far
        self.unit: str | None = None
        self.quantity: str | None = None
        self.unit_info: Unit | None = None
        self.unit_start = self.unit_end = amount.end  # the unit as written
        self.paren: re.Match[str] | None = None  # a conversion in brackets after it
        self.counted: str | None = None
        self.noun: _Noun | None = None  # the noun counted or measured

    @property
    def yearish(self) -> bool:
        """A four-digit whole number 1800-2100 (in a range, both figures numerals):
        perhaps a year."""
        amount, second = self.amount, self.second
        return (
            amount.digits is not None
            and len(amount.digits) == 4
            and 1800 <= amount.low <= 2100
            and (second is None or second.digits is not None)
        )


class _Scanner:
    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.text = parsed.article.text
        self.article = parsed.article.id
        doc: Any = parsed.doc
        self._doc = doc if doc is not None and getattr(doc, "text", None) == self.text else None
        self._view: _DocView | None = None
        self._pending: list[Claim] = []  # claims found with the current one (conversions)
        self._done: list[Claim] = []  # claims found so far, in text order
        self._named: defaultdict[str, set[str]] | None = None  # ``_named_numbers``

    def _exact(
        self, a: int, b: int, value: float, unit: str, quantity: str, counted: str | None
    ) -> Claim:
        """A claim of one exact value at ``text[a:b]``."""
        return Claim(
            article=self.article,
            start=a,
            end=b,
            text=self.text[a:b],
            value=value,
            low=value,
            high=value,
            unit=unit,
            quantity=quantity,
            counted=counted,
        )

    @property
    def view(self) -> _DocView | None:
        if self._doc is None:
            return None
        if self._view is None:
            self._view = _DocView(self._doc)
        return self._view

    def run(self) -> list[Claim]:
        text = self.text
        claims: list[Claim] = []
        self._done = claims
        pos = 0
        floor = 0
        while True:
            m = _CAND_RE.search(text, pos)
            if m is None:
                break
            self._pending = []
            claim, resume = self._claim_at(m.start(), floor)
            if claim is not None:
                claims.append(claim)
                floor = claim.end
                resume = max(resume, claim.end)
            for extra in self._pending:  # the other side of a parenthetical conversion
                claims.append(extra)
                floor = max(floor, extra.end)
                resume = max(resume, extra.end)
            pos = max(resume, m.start() + 1)
        words = self._fractions(claims) + self._twice(claims)
        if words:
            claims = sorted([*claims, *words], key=lambda c: (c.start, c.end))
        claims = [self._what_happened(c) for c in claims]
        return _joined_durations(text, claims)

    def _what_happened(self, c: Claim) -> Claim:
        """A count of times counts what happened that often: the verb "twice" or "3
        times" modifies ("was stopped twice" counts stops: ``counted`` "stop"; "had twice
        been investigated": "investigate"), else "time"; not a verb of being, having or
        doing, nor one in a name."""
        if c.quantity != "count" or c.counted != "time":
            return c
        last = self._last_token(c.start, c.end)
        if last is None:
            return c
        tok, steps = last.head, 0
        while tok.pos_ not in ("VERB", "AUX") and tok is not tok.head and steps < 2:
            tok, steps = tok.head, steps + 1
        lemma = _verb_lemma(tok)
        if tok.pos_ != "VERB" or not lemma.isalpha() or lemma in _NO_EVENT_VERBS:
            return c
        return dataclasses.replace(c, counted=lemma)

    def _twice(self, claims: list[Claim]) -> list[Claim]:
        """ "was stopped twice", "had twice been investigated": how often something
        happened, a count of times (as "3 times"); never a multiple or a frequency
        ("twice as many", "twice the size", "twice a day")."""
        out: list[Claim] = []
        for m in _TWICE_RE.finditer(self.text):
            a, b = m.span()
            if any(c.start < b and a < c.end for c in claims):
                continue
            out.append(self._exact(a, b, 2.0, "item", "count", "time"))
        return out

    def _fractions(self, claims: list[Claim]) -> list[Claim]:
        """A share written as a hyphenated fraction of something ("two-thirds of the
        vote", "a two-thirds majority", "three-quarters of the budget"): a percentage;
        what it is a share of is ``counted`` when "of" names it."""
        out: list[Claim] = []
        for m in _FRACTION_OF_RE.finditer(self.text):
            a, b = m.span("f")
            if any(c.start < b and a < c.end for c in claims):
                continue
            num = parse_number_words([m.group("n")])
            den = _FRACTION_DENOMINATORS[m.group("d").lower().rstrip("s")]
            if num is None or not 0 < num < den:
                continue
            value = round(100.0 * num / den, 2)
            counted = None
            if m.group("of"):
                noun = self._text_noun(m.end("f"), many=True, measure=True)
                counted = noun.lemma if noun is not None else None
            out.append(self._exact(a, b, value, "percent", "percent", counted))
        for m in _CHANGE_BY_FRACTION_RE.finditer(self.text):
            # "taxes cut by nearly a third", "sales fell by half": a change in percent
            a, b = m.start("h" if m.group("h") else "f"), m.end("f")
            if any(c.start < b and a < c.end for c in [*claims, *out]):
                continue
            after = _WORD_AFTER_RE.match(self.text, b)
            if after is not None and after.group("w").lower() not in _FRACTION_END_OK:
                continue  # "by a quarter point", "by a third party": not a share
            d = m.group("d").lower().rstrip("s")
            n = (m.group("n") or "a").lower()
            num = 1.0 if n == "a" else parse_number_words([n])
            den = _FRACTION_DENOMINATORS[d]
            if num is None or not 0 < num < den or (d == "half" and n != "a"):
                continue
            value = round(100.0 * num / den, 2)
            hedged = hedge_range(m.group("h"), value) if m.group("h") else None
            claim = self._exact(a, b, value, "percent", "percent", None)
            if hedged is not None:
                claim = dataclasses.replace(
                    claim, value=None, low=_tidy(hedged[0]), high=_tidy(hedged[1]), approximate=True
                )
            out.append(claim)
        return out

    def _unit_at(self, pos: int, *, measures_only: bool = False) -> bool:
        """Is a unit or a currency written right after the amount ending at ``pos``?
        With ``measures_only`` the unit must be a measure written after a space ("that one
        mile"): units of time, percentages, points and angles do not count ("that one
        day", "the one percent", "at one point")."""
        um = _UNIT_RE.match(self.text, pos)
        if um is not None and not (measures_only and um.group("sep").strip()):
            info = lookup_unit(um.group("u"))
            if info is not None and not (measures_only and info.quantity in _NOT_MEASURES):
                return True
        return currency_after(self.text, pos, pounds_ok=False) is not None

    def _sentence_bounds(self, pos: int) -> tuple[int, int]:
        """The stretch of text around ``pos`` between sentence stops (a line break ends
        it too)."""
        text = self.text
        a = max(text.rfind(".", 0, pos), text.rfind("!", 0, pos), text.rfind("?", 0, pos))
        b = min((i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0), default=len(text))
        return a + 1, b

    def _heat(self, pos: int) -> bool:
        """Does the sentence around ``pos`` speak of heat, weather or an oven (so a "C"
        or "F" written onto a figure is a temperature's scale)?"""
        a, b = self._sentence_bounds(pos)
        return _HEAT_RE.search(self.text, a, b) is not None or (
            _OVEN_RE.search(self.text, a, b) is not None
        )

    def _turning(self, pos: int, turns: bool) -> bool:
        """Does the sentence around ``pos`` speak of turning (so "degrees" are an angle)?
        For "turns" themselves, another word must ("rotate 3 turns", not "12 turns")."""
        a, b = self._sentence_bounds(pos)
        if _HEAT_RE.search(self.text, a, b):
            return False
        words = (m.group(0).lower() for m in _TURNING_RE.finditer(self.text, a, b))
        return any(not (turns and w.startswith("turn")) for w in words)

    def _bracket_unit(self, pos: int) -> re.Match[str] | None:
        """A unit written alone in brackets after the number ("20 (kg)", "20 [kg]"); not
        a letter that may mean a scale ("(m)", "(bn)" in tables) nor a currency."""
        bm = _BRACKET_UNIT_RE.match(self.text, pos)
        if bm is None or bm.group("o") + bm.group("c") not in _BRACKETS:
            return None
        spelled = bm.group("u")
        info = lookup_unit(spelled)
        if info is None or info.quantity == "money" or spelled.lower() in _BRACKET_NOT_UNITS:
            return None
        return bm

    def _repeated_unit_range(self, pos: int) -> re.Match[str] | None:
        """The connector of "5% to 10%", "between 5 miles and 6 miles": a range whose
        unit is written after both figures (the second unit is read as usual)."""
        text = self.text
        um = _UNIT_RE.match(text, pos)
        if um is None or "-" in um.group("sep"):
            return None
        first = lookup_unit(um.group("u"))
        rm = _RANGE_RE.match(text, um.end())
        if first is None or rm is None or rm.group("c").strip() == "or":
            return None
        p2 = rm.end()
        if p2 >= len(text) or not text[p2].isdigit():
            return None
        second, _ = read_amount(text, p2)
        if second is None:
            return None
        um2 = _UNIT_RE.match(text, second.end)
        if um2 is None or lookup_unit(um2.group("u")) != first:
            return None
        return rm

    def _old_value(self, amount: Amount, s: int, e: int, new_at: int) -> Claim | None:
        """The old figure of "rose from 5 to 7 percent": the new figure's unit, when the
        new figure is a measure, a percentage or money (never a count)."""
        text = self.text
        cur = CURRENCY_AT_RE.match(text, new_at)
        p2 = cur.end() if cur is not None else new_at
        if amount.vague or p2 >= len(text) or not text[p2].isdigit():
            return None
        new_amount, _ = read_amount(text, p2)
        saved = self._pending
        new, _ = self._claim_at(p2, e)
        self._pending = saved
        if (
            new_amount is None
            or new is None
            or new.value is None
            or new.quantity in ("count", "age")
            or not new_amount.low
        ):
            return None
        # the new figure's unit (with a scale written after its currency: "$4m"); a scale
        # word in its amount is shared with an old figure that has none when the two are
        # then of a size ("from 3 to 4 million dollars", "fell from 12 to 9 billion yen"),
        # not when that would make them fifty times apart ("from 500 to 6 million
        # dollars": 500)
        factor = new.value / new_amount.low
        if (
            new_amount.scale > 1.0
            and amount.scale == 1.0
            and new_amount.base / 50 <= amount.low <= 50 * new_amount.base
        ):
            factor *= new_amount.scale
        value = _tidy(amount.low * factor)
        if not finite(value):
            return None
        return self._exact(s, e, value, new.unit, new.quantity, new.counted)

    # ------------------------------------------------------------------ helpers

    def _window(
        self, regex: re.Pattern[str], end: int, size: int, floor: int
    ) -> re.Match[str] | None:
        m = regex.search(self.text, max(floor, end - size), end)
        return m

    def _gap_ok(self, a: int, b: int, *, digits: bool = True) -> bool:
        """Nothing but words between ``a`` and ``b`` (and no digits unless allowed)."""
        if b < a or b - a > 40:
            return False
        if not digits and any(c.isdigit() for c in self.text[a:b]):
            return False
        return _GAP_OK_RE.fullmatch(self.text, a, b) is not None

    def _named_numbers(self) -> dict[str, set[str]]:
        """Numbers the article writes as part of a name somewhere ("Boeing 737",
        "iPhone 11 Pro"; not a date: "December 23"), each with the capitalised words
        written after them there: once a model number, the same digits are that model
        elsewhere when three digits long ("the 737 Max jet", "787 Dreamliner jets") or
        followed by the same word ("11 Pro users")."""
        if self._named is None:
            self._named = defaultdict(set)
            for m in _NAMED_NUMBER_RE.finditer(self.text):
                d = m.start("d")
                if self._name_before(d, 0) and not self._window(_MONTH_BEFORE_RE, d, 12, 0):
                    self._named[m.group("d")].add(_next_word(self.text, m.end("d")))
        return self._named

    def _name_before(self, start: int, floor: int) -> bool:
        """Is the amount at ``start`` part of a name ("Route 66", "Boeing 737")?"""
        text = self.text
        if self._window(_NAME_WORD_BEFORE_RE, start, 16, floor):
            return True
        m = self._window(_PREV_CAP_WORD_RE, start, 40, floor)
        if m is None:
            return False
        word = m.group("w")
        if word.endswith(("'s", "’s", "s'", "s’")) or word.lower() in WEEKDAY_WORDS:
            return False
        if word.endswith(".") and "." not in word[:-1] and len(word) > 5:
            return False  # "... as Hitler and Stalin. Dozens of faculty": a sentence ended
        if word.lower().rstrip(".") in _STOP or hedge_kind(word) is not None:
            return False  # "About 40", "Some 10,000", "Only 3" at a sentence start
        if _PLACE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            return False  # "In Velora 27 soldiers died": a place, then the count
        return _SENTENCE_START_RE.search(text, max(0, m.start() - 8), m.start()) is None

    def _age_owner(self, s: int, end: int, floor: int) -> str | None:
        """Whose age "N-year-old" gives: the name right after it ("the 76-year-old
        Pelosi"), unless that word only qualifies a noun ("a 46-year-old Mormon
        father", a group's name); then the name it stands in apposition to ("Raul
        Labrador, a 46-year-old Mormon father")."""
        after = _NAME_AFTER_RE.match(self.text, end)
        if after is not None and not self._qualifier(after.start("name"), after.end()):
            return _surname(after.group("name"))
        role = _ROLE_NAME_AFTER_RE.match(self.text, end)
        if (
            role is not None
            and is_people_noun(role.group("role"))
            and role.group("name").split()[0] not in _NOT_NAMES
        ):
            return _surname(role.group("name"))  # "the 36-year-old champion Klitschko"
        before = self._window(_APPOS_AN_BEFORE_RE, s, 60, floor)
        if before is None:
            return None
        name = before.group("name")
        if name.lower().rstrip(".") in SUFFIXES:  # "Anthony LaCalamita III, a 38-year-old"
            prev = self.text[max(0, before.start() - 40) : before.start()].split()
            return prev[-1] if prev and prev[-1][:1].isupper() else None
        return name

    def _last_token(self, start: int, end: int) -> Any | None:
        """The parse's last token of ``start``-``end``; None without a parse or tokens."""
        toks = self.view.tokens(start, end) if self.view is not None else []
        return toks[-1] if toks else None

    def _qualifier(self, start: int, end: int) -> bool:
        """Is the capitalised word at ``start``-``end`` a group's name or a modifier of
        the noun after it ("Mormon" in "a Mormon father"), not a person's name?"""
        last = self._last_token(start, end)
        if last is None:
            return False
        return last.ent_type_ in _GROUP_LABELS or (
            last.dep_ in ("amod", "compound", "nmod")
            and last.head.i > last.i
            and last.head.pos_ == "NOUN"
            and last.head.text[:1].islower()
        )

    def _age(
        self, amount: Amount, start: int, end: int, unit_word: str, whose: str | None
    ) -> tuple[Claim | None, int]:
        """An age claim: quantity "age", in years; ``counted`` is whose age it is, as
        written (a surname: "Weiner"), when the text says."""
        return self._age_range(amount, amount.low, amount.high, start, end, unit_word, whose)

    def _age_range(
        self,
        amount: Amount,
        low: float,
        high: float,
        start: int,
        end: int,
        unit_word: str,
        whose: str | None,
        hedge: str | None = None,
    ) -> tuple[Claim | None, int]:
        """An age from ``low`` to ``high`` ("40 - 50 years old"), hedged or not."""
        factor = _AGE_UNIT_YEARS[unit_word.lower().rstrip("s")]
        low, high = low * factor, high * factor
        # a person's age stops at MAX_AGE; a thing's ("the wall is 500 years old") need not
        top = MAX_AGE if whose is not None or factor != 1.0 else 1e5
        if amount.vague or amount.needs_unit or not 0 < low <= high <= top:
            return None, end
        value: float | None = low if low == high else None
        if hedge is not None:
            hedged = hedge_range(hedge, low, high)
            if hedged is not None:
                low, high = hedged
                value = None
        claim = Claim(
            article=self.article,
            start=start,
            end=end,
            text=self.text[start:end],
            value=None if value is None else _tidy(value),
            low=_tidy(low),
            high=_tidy(high),
            unit="year",
            quantity="age",
            counted=whose,
            approximate=value is None and hedge is not None,
        )
        return claim, end

    def _named_number(self, start: int, end: int) -> bool:
        """Is the bare number at ``start``-``end`` part of a name: right after a name's
        capitalised word ("Boeing 737", "the iPhone 11 Pro", "Windows 10", "Chapter 11")
        or before a capitalised word that names a model ("its 737 Max jets")?  A score or
        a poll ("Clinton 48, Trump 42", "Clinton 48 percent") and a count of people
        ("40 Pakistani soldiers", "three Democrats") are no names."""
        text = self.text
        if self.view is None or not re.fullmatch(r"[0-9]{1,4}", text[start:end]):
            return False  # (without a parse, places and names look alike: no call)
        if _SCORE_OR_POLL_AFTER_RE.match(text, end):
            return False
        before = _MODEL_NAME_BEFORE_RE.search(text, max(0, start - 40), start)
        if before is not None and before.group("w").lower() not in _NO_MODEL_NAME_WORDS:
            at = before.start("w")
            if _PLACE_BEFORE_RE.search(text, max(0, at - 12), at):
                return False  # "In Velora 27 soldiers died": a place, then a count
            if _SENTENCE_START_RE.search(text, max(0, at - 8), at):
                return False  # "While 40 senators voted": a sentence's first word
            return not self._in_entity(at, before.end("w"), _COUNT_LABELS)
        after = _MODEL_WORD_AFTER_RE.match(text, end)
        return after is not None and not self._in_entity(end, after.end(), _COUNT_LABELS)

    def _in_entity(self, start: int, end: int, labels: frozenset[str]) -> bool:
        view = self.view
        if view is None:
            return False
        return any(t.ent_type_ in labels for t in view.tokens(start, end))

    def _split_decimal(self, head: int) -> int | None:
        """The end of a decimal split at its point that starts at ``head`` ("3. 9
        percent"), None when the two numbers are two figures: only with a scale, a
        magnitude, a clock time or a unit (not of time) after the tail, or a currency
        before the head, and both numbers in one sentence of the parse."""
        text = self.text
        m = _SPLIT_DECIMAL_RE.match(text, head)
        if m is None:
            return None
        unit = _UNIT_RE.match(text, m.end())
        if not (
            _SPLIT_DECIMAL_TAIL_RE.match(text, m.end())
            or (unit is not None and _not_a_span(unit.group("u")))
            or currency_before(text, max(0, head - 10), head) is not None
            or _MAGNITUDE_BEFORE_RE.search(text, max(0, head - 24), head) is not None
        ):
            return None
        view, doc = self.view, self._doc
        if view is not None and doc is not None and doc.has_annotation("SENT_START"):
            tail = m.end() - 1
            first, last = view.tokens(head, head + 1), view.tokens(tail, tail + 1)
            if first and last and first[0].sent.start != last[0].sent.start:
                return None  # "Police arrested 14. 150 people were evacuated"
        return m.end()

    # ------------------------------------------------------------------ one candidate

    def _claim_at(self, s: int, floor: int) -> _Result:
        """Read the candidate at ``s`` (nothing before ``floor``): its claim or None, and
        where the scan resumes.  Each phase reads one part of it into a ``_Reading``;
        a phase that returns a result settles the candidate."""
        skip = self._not_a_figure(s)
        if skip is not None:
            return None, skip
        amount, resume = read_amount(self.text, s)
        if amount is None:
            return None, resume
        r = _Reading(s, floor, amount)
        # the figure's surroundings: what follows it, what precedes it
        if (done := self._read_right_after(r)) is not None:
            return done
        self._read_before(r)
        if amount.hedged_only and r.hedge is None:
            return None, r.e  # "a week", "once a year": no figure without a hedge
        if (done := self._age_before(r)) is not None:
            return done
        if self._part_of_name(r):
            return None, r.e
        tally = self._tally(r, r.currency is not None or r.hedge is not None)
        if tally is not None:  # "won, 134 to 63": the votes on each side
            return tally
        # the amount: a range, a hedge after it
        if (done := self._read_range(r)) is not None:
            return done
        self._read_post_hedge(r)
        # the unit: money, or a unit word converted to the canonical unit
        self._read_money(r)
        if (done := self._read_unit(r)) is not None:
            return done
        if (done := self._apply_unit(r)) is not None:
            return done
        r.paren = self._conversion_paren(r)
        # what is counted or measured
        if r.quantity is not None:
            self._read_measured(r)
        elif (done := self._read_count(r)) is not None:
            return done
        if (done := self._misread(r)) is not None:
            return done
        # the claim's end: a hedge after the unit, the noun right after it
        self._read_hedge_after_unit(r)
        if (done := self._extend_to_noun(r)) is not None:
            return done
        return self._build_claim(r)

    def _not_a_figure(self, s: int) -> int | None:
        """Where to resume when the digits at ``s`` are no figure: a phone number, or
        either half of a decimal a tokeniser split at its point ("3. 9 percent");
        None when they may be one."""
        text = self.text
        if not "0" <= text[s] <= "9":
            return None
        pm = _PHONE_RE.match(text, s)
        if pm and sum(c.isdigit() for c in pm.group(0)) >= 7:
            return pm.end()
        split = self._split_decimal(s)
        if split is not None:
            return split  # "3. 9 percent": a decimal split at its point
        head = _SPLIT_DECIMAL_HEAD_RE.search(text, max(0, s - 5), s)
        if head is not None and self._split_decimal(head.start()) is not None:
            return s + 1  # its tail, when the head was read as something else
        return None

    def _read_right_after(self, r: _Reading) -> _Result | None:
        """What right after the figure settles it: a clock time, a date or a time zone
        after a numeral ("14:00", "10 p.m.", "2026-03-09", "9 GMT": no claim), an age
        ("the 34-year-old", "34 years old": an age, not a duration), a picture counter
        ("1 of 4") or a month ("3 March")."""
        text, amount, e = self.text, r.amount, r.e
        if not amount.words and (
            _NUMERAL_AFTER_SKIP_RE.match(text, e) or _ZONE_AFTER_RE.match(text, e)
        ):
            return None, e
        age = _AGE_AFTER_RE.match(text, e)
        if age is not None:  # "the 34-year-old", "34 years old": an age, not a duration
            unit_word = age.group("u") or "year"
            whose = self._age_owner(r.s, age.end(), r.floor)
            return self._age(amount, r.s, age.end(), unit_word, whose)
        if _OF_NUMBER_RE.match(text, e):
            return None, e  # "1 of 4" (a picture counter)
        if amount.digits is not None and amount.low <= 31 and _MONTH_AFTER_RE.match(text, e):
            return None, e
        return None

    def _read_before(self, r: _Reading) -> None:
        """What is written before the figure, moving the claim's start back over it: a
        sign ("+0.2%": kept for measures, the value stays positive as in "rose 0.2%"),
        a currency ("$", "GBP"), a hedge ("about", "more than"), "between" or "from"
        (and a hedge before those: "about between")."""
        text, s, floor = self.text, r.s, r.floor
        r.signed = s > 0 and text[s - 1] in "+−" and (s == 1 or not text[s - 2].isalnum())
        r.start = s - 1 if r.signed else s
        if not r.amount.words:
            cb = currency_before(text, max(floor, r.start - 10), r.start)
            cb = cb or self._currency_word_before(r)
            if cb is not None:
                r.currency, r.money_factor, r.start = cb.code, cb.factor, cb.start
        hm = self._window(_HEDGE_BEFORE_RE, r.start, 32, floor) or self._window(
            _HEDGE_ARTICLE_BEFORE_RE, r.start, 32, floor
        )
        if hm is not None and self._over_particle(hm):
            hm = None  # "handed over 300 documents", "pulled him over a few blocks away"
        if hm is not None:
            r.hedge = hedge_kind(hm.group("h"))
            r.hedge_word = hm.group("h").lower()
            if r.hedge is not None:
                r.start = hm.start()
        bm = r.bm = self._window(_BETWEEN_BEFORE_RE, r.start, 12, floor)
        if bm is not None:
            if bm.group("w").lower() == "between":
                r.between = True
            else:
                r.connector_from = True
        if r.hedge is None and bm is not None:
            hm = self._window(_HEDGE_BEFORE_RE, bm.start(), 32, floor)
            if hm is not None and hedge_kind(hm.group("h")) is not None:
                r.hedge = hedge_kind(hm.group("h"))
                r.hedge_word = hm.group("h").lower()

    def _currency_word_before(self, r: _Reading) -> Currency | None:
        """A currency named before the figures ("Rs 500", "rupees 500", "euro 5 million",
        "SFr 40"), when nothing after them says otherwise (a unit or a currency: "the
        dollar 1.2 percent higher" is no amount of dollars).  A capitalised name needs a
        scale ("Euro 5 million"; "Euro 96", "Rand 5" may be names), and so do pounds
        (else a mass: "pounds 5" is rare in any case); never a year ("Euro 2020")."""
        amount = r.amount
        cw = currency_word_before(self.text, max(r.floor, r.start - 30), r.start)
        if cw is None or r.yearish or self._unit_at(amount.end):
            return None
        word = cw.word.rstrip(".")
        abbreviation = word.lower() in ABBREVIATIONS_BEFORE
        scaled = amount.scale > 1.0 or _MONEY_SCALE_RE.match(self.text, amount.end) is not None
        if not scaled and (
            word.lower().startswith("pound") or (word[:1].isupper() and not abbreviation)
        ):
            return None
        return cw

    def _over_particle(self, hm: re.Match[str]) -> bool:
        """Is the hedge "over" the particle of a phrasal verb ("handed over 300
        documents", "pulled the car over a few blocks away"), not "more than"?"""
        if hm.group("h").lower() != "over":
            return False
        pos = hm.start("h")
        if _PULLED_OVER_RE.search(self.text, max(0, pos - 40), pos):
            return True
        if _OVER_PREP_BEFORE_RE.search(self.text, max(0, pos - 20), pos):
            return True  # "presided over two briefings", "a dispute over 2 islands"
        if self.view is None:
            return False
        toks = self.view.tokens(pos, pos + 4)
        return bool(toks) and toks[0].dep_ == "prt"

    def _age_before(self, r: _Reading) -> _Result | None:
        """An age told before the figure: "aged 34" (whose: the name before "aged"), or
        an age in apposition ("Weiner, 46, said", "Labrador, who is 46,")."""
        text, amount, floor = self.text, r.amount, r.floor
        if r.hedge is not None or r.currency is not None:
            return None
        aged = self._window(_AGE_BEFORE_RE, r.start, 12, floor)
        if aged is not None:
            named = self._window(_AGED_NAME_BEFORE_RE, aged.start(), 40, floor)
            if named is not None and _PLACE_PREP_BEFORE_RE.search(
                text, max(floor, named.start() - 40), named.start()
            ):
                named = None  # "has died in Los Angeles, aged 85": a place, not whose
            return self._age(amount, r.s, r.e, "year", named.group("name") if named else None)
        appos = self._window(_APPOS_AGE_BEFORE_RE, r.start, 40, floor)
        if appos is not None and amount.digits is not None and _APPOS_AGE_AFTER_RE.match(text, r.e):
            whose = appos.group("name")
            # "Chuck Schumer of New York, 66,": the person before the place
            home = _HOME_BEFORE_RE.search(text, max(floor, appos.start() - 60), appos.start("name"))
            if home is not None and self._in_entity(
                appos.start("name"), appos.end("name"), frozenset({"GPE", "LOC"})
            ):
                whose = home.group("name")
            return self._age(amount, r.s, r.e, "year", whose)
        return None

    def _part_of_name(self, r: _Reading) -> bool:
        """Is the figure part of a date ("March 9") or of a name ("Route 66", "Boeing
        737"), or the pronoun "one" ("one of the", "no one")?"""
        text, start, floor, e = self.text, r.start, r.floor, r.e
        if self._window(_MONTH_BEFORE_RE, start, 12, floor) or (
            r.currency is None
            and not r.amount.vague  # "costs our Country billions": no name holds "billions"
            and self._name_before(start, floor)
            and not _TIMES_AFTER_RE.match(text, e)  # "called Bob 3 times": no name
            and not _SHARE_AFTER_RE.match(text, e)  # "trails Okafor 50 percent to 44"
        ):
            return True
        named = self._named_numbers().get(r.amount.digits or "")
        if (
            named is not None
            and r.currency is None
            and (len(r.amount.digits or "") >= 3 or _next_word(text, e) in named - {""})
            and not self._unit_at(e, measures_only=True)
        ):
            return True  # "the 737 Max jet" in an article that writes "Boeing 737"
        return (
            r.amount.word_one
            and (
                self._window(_ONE_BEFORE_RE, start, 12, floor) is not None
                or re.match(r"[ \u00a0]+(?:of|another|by|after)\b", text[e : e + 12]) is not None
                or _ONE_ABSTRACT_AFTER_RE.match(text, e) is not None
                or _ONE_PRONOUN_AFTER_RE.match(text, e) is not None
            )
            # the dearest test last: "that one mile", "the one dollar"
            and not self._unit_at(e, measures_only=True)
        )

    def _read_range(self, r: _Reading) -> _Result | None:
        """A range ("200-300", "200 to 300", "between 2,000 and 3,000", "two or three",
        "5% to 10%"); its claim starts at "between" or "from".  A change "from X to Y"
        is no range: money, percentages and measures give two claims (``_old_value``
        reads the old one), a count only the new one.  A range of ages ("40 - 50 years
        old") is read here."""
        text, amount = self.text, r.amount
        if amount.vague or amount.needs_unit:
            return None
        rm = _RANGE_RE.match(text, r.e) or self._repeated_unit_range(r.e)
        if rm is None:
            return None
        conn = rm.group("c").strip().lower()
        if conn == "and" and not r.between and r.currency is None and not self._unit_at(r.e):
            # "given 45 and 50 mg", "rates of 3 and 4 percent": two figures, one unit
            # written once (a count reads its noun on its own: "3 and 4 children")
            old = self._old_value(amount, r.s, r.e, rm.end())
            if old is not None:
                return old, r.e
        if (conn == "and" and not r.between) or (conn == "or" and r.currency is not None):
            return None
        if (
            conn == "to"
            and r.connector_from
            and self._window(_CHANGE_BEFORE_RE, r.bm.start() if r.bm else r.start, 40, r.floor)
        ):
            # "fell from $659 to $499", "rose from 5% to 7%": both figures are
            # claims; "rose from 5 to 7 percent": the old one borrows the unit;
            # "the toll rose from 27 to 40": a count reports the new value only
            if r.currency is None and not self._unit_at(r.e):
                return self._old_value(amount, r.s, r.e, rm.end()), r.e
            return None
        if (
            conn == "to"
            and not r.connector_from
            and _SHARE_AFTER_RE.match(text, r.e)
            and (second := _SECOND_SHARE_RE.match(text, rm.end())) is not None
            and float(second.group("v")) < amount.low  # the leader first; a range ascends
            and self._window(_HEAD_TO_HEAD_BEFORE_RE, r.start, 60, r.floor)
        ):
            # "leads Pell 50 percent to 44 percent", "beat Ray 55.5% to 44.5%", "found
            # Okafor leading Pell among likely voters, 50 percent to 44 percent": two
            # results, each a claim, not a range between them ("won 55 percent to 60
            # percent of the vote" is one)
            return None
        done = self._range_second(r, rm)
        if done is not None or r.second is None:
            return done
        if r.bm is not None and (r.between or r.connector_from):
            r.start = r.bm.start()  # "between 2,000 and 3,000", "from 200 to 300"
        age = _AGE_AFTER_RE.match(text, r.num_end)
        if age is not None:  # "40 - 50 years old"
            unit_word = age.group("u") or "year"
            return self._age_range(
                amount, r.low, r.high, r.start, age.end(), unit_word, None, r.hedge
            )
        return None

    def _range_second(self, r: _Reading, rm: re.Match[str]) -> _Result | None:
        """The second figure of a range, after its connector ``rm`` (a currency may be
        written again: "$5 to $10"); a scale written only there is shared ("2 to 3
        million").  A clock time, a score ("a 2-1 win") or a year before a price ("in
        2008 to $499") is no range; none of them is a claim."""
        text, amount = self.text, r.amount
        second: Amount | None = None
        p2 = rm.end()
        cur2 = CURRENCY_AT_RE.match(text, p2)
        if cur2 is not None and cur2.end() > p2:
            p2 = cur2.end()
        if p2 < len(text) and text[p2].isalnum():
            second, _ = read_amount(text, p2)
        if second is None or second.vague or second.needs_unit:
            return None
        if not second.words and (
            _NUMERAL_AFTER_SKIP_RE.match(text, second.end) or _ZONE_AFTER_RE.match(text, second.end)
        ):
            return None, second.end
        if rm.group("c").strip() in ("-", "–", "—") and second.high < amount.low and not r.between:
            return None, second.end  # a score or a vote: "a 2-1 win", "7-4"
        first_low = amount.low
        if amount.scale == 1.0 and second.scale > 1.0 and amount.low <= second.base:
            first_low = amount.low * second.scale  # "2 to 3 million"
        r.low, r.high = ordered(first_low, second.high)
        r.point = False
        r.num_end = second.end
        r.second = second
        if r.currency is None and cur2 is not None and cur2.end() > rm.end():
            r.currency = currency_code(cur2.group(0).strip())
            if amount.digits is not None and 1800 <= amount.low <= 2100:
                return None, r.e  # "in 2008 to $499": a year, then the price
        return None

    def _read_post_hedge(self, r: _Reading) -> None:
        """A hedge written right after the figures: "40-odd", "40 or so", "40 or more",
        "40+" (a hedge written before them is kept)."""
        post = _POST_HEDGE_RE.match(self.text, r.num_end)
        if post is None or r.amount.needs_unit:
            return
        word = post.group("h").strip().lower().replace(" ", "")
        kind = {"-odd": "about", "orso": "about", "ormore": "more", "+": "more"}.get(
            word.replace("\u00a0", "")
        )
        if kind is not None:
            if r.hedge is None:
                r.hedge = kind
            r.num_end = post.end()

    def _read_money(self, r: _Reading) -> None:
        """Money: a currency read before the figures or written after them ("5 dollars",
        "120 MEUR", "3 dollars 50 cents"), with a scale after a currency before ("$5m");
        "$70 a share" is a price per share.  Also where the unit is read from."""
        text, amount, second = self.text, r.amount, r.second
        r.end = r.unit_start = r.unit_end = r.num_end
        if (
            r.currency is not None
            and amount.scale == 1.0
            and (second is None or second.scale == 1.0)
        ):
            sm = _MONEY_SCALE_RE.match(text, r.end)
            if sm is not None:
                key = (sm.group("s") or sm.group("S")).lower()
                # "$2.1T"; "$200MM", the trade press's million
                mult = 1e12 if key == "t" else 1e6 if key == "mm" else SCALE_ABBREVIATIONS[key]
                r.low, r.high = r.low * mult, r.high * mult
                r.end = sm.end()
            elif r.point and r.money_factor == 1.0 and r.low == int(r.low):
                cents = cents_after(text, r.end, coin_word=True)  # "$10 and 30 cents"
                if cents is not None and "," not in text[r.end : cents[1]]:
                    r.low = r.high = r.low + cents[0]
                    r.end = r.num_end = cents[1]
        if r.currency is None:
            scaled = amount.scale > 1.0 or (second is not None and second.scale > 1.0)
            ca = (
                # "tens of millions of dollars", "a few dollars", "several euros"
                currency_of_vague(text, r.end)
                or currency_after(text, r.end, pounds_ok=amount.low >= 1e6)
                if amount.vague
                else currency_after(text, r.end, pounds_ok=scaled)
                or marks_after(text, r.end, scaled=scaled)
                or (won_after(text, r.end) if scaled else None)
            )
            if ca is not None:
                r.currency, r.money_factor = ca.code, ca.factor
                r.unit_start, r.end = ca.start, ca.end
                r.unit_end = r.end
                if r.point and second is None and r.money_factor == 1.0 and amount.scale == 1.0:
                    cents = cents_after(text, r.end)  # "3 dollars 50 cents"
                    if cents is not None:
                        r.low = r.high = r.low + cents[0]
                        r.end = r.unit_end = cents[1]
        if r.currency is not None:
            r.unit, r.quantity = r.currency, "money"
            r.low, r.high = r.low * r.money_factor, r.high * r.money_factor
            per = per_unit_after(text, r.end)
            if per is not None:  # "$70 a share": a price per share, not an amount
                r.unit = f"{r.currency} per {per[0]}"
                r.end = r.unit_end = per[1]

    def _read_unit(self, r: _Reading) -> _Result | None:
        """The unit word after figures that are not money nor a lone year ("minutes",
        "km²", "%", "20 (kg)"; after a vague amount also past "of": "dozens of miles").
        A figure that means nothing without its unit ("half a") and has none is no
        claim."""
        text, amount = self.text, r.amount
        if r.currency is not None or (
            not amount.needs_unit and r.yearish and r.second is None and r.hedge is None
        ):
            return None
        upos = r.end
        um = _UNIT_RE.match(text, upos) or self._bracket_unit(upos)
        attached = False
        if (
            um is None
            and (deg := _ATTACHED_DEGREE_RE.match(text, upos))
            and self._heat(r.s)
            and not _CODE_BEFORE_RE.search(text, max(0, r.s - 24), r.s)
        ):
            um, attached = deg, True  # "temperatures could reach 30C", "an oven at 200C"
        if um is None and amount.vague:
            of = _OF_RE.match(text, upos)
            if of is not None:
                um = _UNIT_RE.match(text, of.end())
        if um is None:
            return (None, r.e) if amount.needs_unit else None
        spelled = um.group("u")
        sep = um.group("sep")
        info = lookup_unit(spelled) or (UNITS["inch"] if spelled.startswith("in") else None)
        if attached:
            info = lookup_unit("°" + spelled)
        if info is not None and spelled in ("h", "t") and sep:
            info = None
        if (
            info is not None
            and info.quantity == "angle"
            and not self._turning(r.s, spelled.lower().startswith("turn"))
        ):
            info = None  # "24 degrees" (of heat?), "two degrees" (diplomas), "turns"
        if info is not None and info.canonical == "point" and (amount.words or "-" in sep):
            info = None  # "at one point", "a 15-point plan"
        if info is not None and spelled == "m" and not sep and self._million_letter(r, um):
            info = None
            um = _UNIT_RE.match(text, r.end)  # "5m tonnes"
            if um is not None and um.group("sep"):
                info = lookup_unit(um.group("u"))
        if um is not None and info is not None:
            r.unit_info = info
            r.unit_start = um.start("u")
            r.end = um.end()
        return None

    def _million_letter(self, r: _Reading, um: re.Match[str]) -> bool:
        """Is the letter ``um`` right after the figure a million ("2.5m people"), not a
        unit (metres)?  Then the figure is scaled and read on past the letter.  ("b" is
        no unit, so "1.2b users" never comes here: it is not read.)"""
        nxt = _WORD_AFTER_RE.match(self.text, um.end())
        if not (
            nxt is not None
            and (_looks_plural(nxt.group("w")) or lookup_unit(nxt.group("w")))
            and nxt.group("w").lower() not in _METRE_CONTEXT
        ):
            return False
        # "2.5m people": a million, not metres
        r.low, r.high = r.low * 1e6, r.high * 1e6
        r.end = r.num_end = um.end()
        r.amount.scale = 1e6
        return True

    def _apply_unit(self, r: _Reading) -> _Result | None:
        """The figures in the unit's canonical unit, with "and a half" after the unit
        ("two hours and a half"), a measure per unit of time as a rate per year ("500,000
        barrels a day"), "a 700-metre square" as an area, and "over two days" unhedged
        (it means "during").  Not claims: a duration "ago" or "later", a measure per
        anything but time ("5 tonnes per hectare"), a figure that needs a unit and has
        none ("half a")."""
        text, info = self.text, r.unit_info
        if info is None:
            return (None, r.e) if r.quantity is None and r.amount.needs_unit else None
        r.unit, r.quantity = info.canonical, info.quantity
        if r.point and not r.amount.vague:
            half = _AND_A_HALF_RE.match(text, r.end)
            if half is not None:
                r.low = r.high = r.low + 0.5
                r.end = half.end()
        if r.quantity == "duration" and (
            _AFTER_DURATION_SKIP_RE.match(text, r.end)
            or (
                _ANCHOR_AFTER_RE.match(text, r.end)
                and not self._window(_LASTING_BEFORE_RE, r.start, 30, r.floor)
            )
        ):
            return None, r.end
        rate: tuple[float, int] | None = None
        if _RATE_AFTER_RE.match(text, r.end) and r.quantity != "percent":
            rate = _per_time(text, r.end) if r.quantity in _RATE_QUANTITIES else None
            if rate is None:
                return None, r.end  # "50 meters per millisecond", "5 tonnes per hectare"
            r.end = rate[1]
        power = _POWER_AFTER_RE.match(text, r.end) if r.quantity == "length" else None
        sq = (
            _SQUARE_AFTER_RE.match(text, r.end)
            if r.quantity == "length" and power is None
            else None
        )
        if power is not None:  # "4 km squared", "4km^2": 4 square kilometres
            n = 2 if power.group("sq") or power.group("sq2") else 3
            r.low, r.high = r.low * info.factor**n, r.high * info.factor**n
            r.unit, r.quantity = ("square metre", "area") if n == 2 else ("cubic metre", "volume")
            r.end = power.end()
        elif sq is not None:
            lo_area = square_of(r.low * info.factor)
            hi_area = square_of(r.high * info.factor)
            if lo_area is None or hi_area is None:
                return None, sq.end()
            r.low, r.high = lo_area, hi_area
            r.unit, r.quantity = "square metre", "area"
            r.end = sq.end()
        else:
            r.low, r.high = info.convert(r.low), info.convert(r.high)
            if rate is None:
                self._inches_after(r)
        if rate is not None:  # "500,000 barrels a day": a rate, per year
            r.low, r.high = r.low * rate[0], r.high * rate[0]
            r.unit, r.quantity = f"{r.unit} per year", f"{r.quantity} rate"
        r.unit_end = r.end
        if (
            r.hedge_word == "over"
            and r.quantity == "duration"
            and not r.amount.hedged_only
            and not _LENGTH_VERB_BEFORE_RE.search(self.text, max(r.floor, r.start - 24), r.start)
        ):
            r.hedge = None  # "over two days" is "during"; "in over a year" is "more than"
            r.start = r.s if not r.currency else r.start
        return None

    def _inches_after(self, r: _Reading) -> None:
        """A height in feet and inches is one length: "6 feet 4 inches", "6-foot-2-inch",
        "6 ft. 4 in. tall", "a 6-foot-4 forward" (bare inches only in such a hyphenated
        compound, also spaced: "5 - foot - 8", or spelled with bare hyphens: "the
        six-foot-five champ"); not after a range or a vague amount."""
        spelled = self.text[r.unit_start : r.end].lower().rstrip(".")
        if spelled not in ("foot", "feet", "ft") or r.second is not None or not r.point:
            return
        dot = spelled == "ft" and self.text.startswith(".", r.end)  # "6 ft. 4 in."
        m = _INCHES_AFTER_RE.match(self.text, r.end + dot)
        if m is None:
            return
        word = m.group("n").lower()
        hyphens = "-" in self.text[r.num_end : r.unit_start] and m.group("sep").strip() == "-"
        # a spelled one only joined by bare hyphens: "the six-foot-five champ"
        spelled_inches = word in _INCH_WORDS and m.group("sep") != "-"
        if m.group("inch") is None and (not hyphens or spelled == "ft" or spelled_inches):
            return  # bare inches only in "6-foot-4" ("6 - foot - 4" in tokenised text)
        inches = float(_INCH_WORDS.get(word) or word) + (0.5 if m.group("half") else 0.0)
        if inches >= 12:
            return
        r.low, r.high = r.low + inches * 0.0254, r.high + inches * 0.0254
        r.end = m.end()

    def _conversion_paren(self, r: _Reading) -> re.Match[str] | None:
        """A parenthetical conversion of the same measure after it: "47 feet (14
        metres)" is two claims of one measure (``_conversion`` reads the second); what is
        measured is read past the parenthesis."""
        if r.quantity is None or r.quantity == "count":
            return None
        pm = _PAREN_RE.match(self.text, r.end)
        if pm is not None and self._same_measure(pm.group("inner"), r.quantity):
            return pm
        return None

    def _read_measured(self, r: _Reading) -> None:
        """What a measure or an amount of money measures (``_measure_noun``)."""
        noun = self._measure_noun(
            r.unit_start,
            r.unit_end,
            r.paren.end() if r.paren is not None else r.end,
            r.s,
            r.num_end,
        )
        if noun is not None and currency_code(self.text[noun.start : noun.end]) is not None:
            noun = None  # "rmb 10 usd 20": the next amount's currency, not a thing
        r.noun = noun
        if noun is not None:
            r.counted = noun.lemma

    def _read_count(self, r: _Reading) -> _Result | None:
        """Figures with no unit: a count of what they count, if anything says (a
        hyphenated noun, the noun they modify, a head-count); no claim when nothing
        does, nor for a numeral with letters attached ("1990s", "3rd"), a year, a date
        or a military time."""
        text, num_end = self.text, r.num_end
        if not r.amount.words and num_end < len(text) and text[num_end].isalpha():
            return None, num_end  # "1990s", "3rd", "5G", "1e309"
        hw = _HYPHEN_WORD_RE.match(text, num_end)
        done = self._hyphen_count_of(r, hw) if hw is not None else self._noun_count(r)
        if done is not None:
            return done
        return self._count_not_a_date(r)

    def _hyphen_count_of(self, r: _Reading, hw: re.Match[str]) -> _Result | None:
        """A count written with a hyphenated noun: "a 2,000-strong crowd" (people), "a
        40-member team" (people nouns), "a two-term congressman" (terms); other hyphenated
        words ("a 15-point plan", "two-state") make no claim."""
        word = hw.group("w").lower()
        if word == "strong":
            r.quantity, r.unit = "count", "person"
            r.end = hw.end()
            r.noun = self._count_noun(r.s, r.end, many=True)
            r.counted = r.noun.lemma if r.noun is not None else None
        elif is_people_noun(singular(word)):
            r.quantity, r.unit, r.counted = "count", "person", singular(word)
            r.end = hw.end()
        elif self._hyphen_count(hw.start("w"), hw.end("w")):
            # "a two-term congressman", "a four-page summary": a count of terms
            r.quantity, r.counted = "count", singular(word)
            r.unit = count_unit(r.counted)
            r.end = hw.end()
        else:
            return None, hw.end()  # "a 15-point plan", "two-state"
        return None

    def _noun_count(self, r: _Reading) -> _Result | None:
        """A count of the noun the figures modify ("27 soldiers", "dozens of fighters"),
        or of times ("tried to call 3 times"); of votes when those counted voted ("the
        63 Democrats who voted for Ryan").  No noun: ``_count_without_noun``.  A
        multiple ("three times the height") or a noun never counted is no claim."""
        text, num_end = self.text, r.num_end
        many = not (r.point and r.low == 1.0)
        noun = self._count_noun(r.s, num_end, many=many)
        if _MULTIPLE_AFTER_RE.match(text, num_end):
            return None, num_end  # "three times the height": a multiple
        tm = _TIMES_AFTER_RE.match(text, num_end) if many else None
        if tm is not None and not r.amount.vague:
            # "tried to call 3 times already": how often something happened
            noun = _Noun("time", tm.start("w"), tm.end("w"), False)
        if noun is not None and noun.lemma in _NOT_COUNTED and tm is None:
            return None, max(num_end, noun.end)
        if noun is not None and tm is None and self._model_number(r, noun):
            return None, max(num_end, noun.end)  # "the 8088 chip": a name, not a count
        if tm is None and r.hedge is None and self._named_number(r.s, num_end):
            return None, num_end  # "its 737 Max jets", "the iPhone 11 Pro": a name
        if _DISPLAY_CLASS_RE.fullmatch(text, r.s, num_end) and (
            noun is None or noun.lemma in _DISPLAY_NOUNS
        ):
            return None, num_end  # "4K resolution", "8K TV": a picture's class, no count
        r.noun = noun
        if noun is None:
            return self._count_without_noun(r)
        if self._voters(noun.start, noun.end) or (
            noun.person and _VOTES_OF_RE.search(self.text, max(r.floor, r.start - 30), r.start)
        ):
            # "the 63 Democrats who voted for Ryan", "won the votes of 10 Republicans":
            # a count of votes
            r.counted, r.quantity, r.unit = "vote", "count", "item"
        else:
            r.counted = noun.lemma
            r.quantity = "count"
            r.unit = "person" if noun.person else count_unit(noun.lemma)
        return None

    def _model_number(self, r: _Reading, noun: _Noun) -> bool:
        """Digits right before a singular noun ("the 8088 chip", "a 737 jet"): a
        model or a name, not a count (a count above one takes a plural: "12 chips")."""
        view, amount = self.view, r.amount
        if view is None or amount.digits is None or amount.low <= 1 or r.hedge is not None:
            return False
        if not self.text[r.num_end : noun.start].isspace():
            return False
        toks = view.tokens(noun.start, noun.end)
        word = self.text[noun.start : noun.end]
        return (
            len(toks) == 1
            and toks[0].tag_ == "NN"
            and not _looks_plural(word)
            and word.lower() not in _S_SINGULARS
            and word.lower() != "head"  # "300 head of cattle"
        )

    def _count_without_noun(self, r: _Reading) -> _Result | None:
        """Figures with no unit and no noun: a percentage in a sentence of rates, the
        count they are compared with, votes, or a head-count the sentence makes (a
        casualty word, "the number of X at", a tallying subject, an elliptic figure after
        a speech verb); else no claim."""
        text, amount, start, floor, num_end = self.text, r.amount, r.start, r.floor, r.num_end
        if not amount.vague and self._bare_rate(start, floor):
            # "her tax rate was 35.72, and ... a combined rate of 45.8 percent"
            r.quantity, r.unit = "percent", "percent"
        elif (prev := self._compared_count(start, floor)) is not None:
            # "six arrests on Wednesday, compared to 47 the night before"
            r.quantity = "count"
            r.counted, r.unit = prev
        elif amount.vague and self._voters(r.s, num_end):
            # "dozens in her caucus voted against her"
            r.counted, r.quantity, r.unit = "vote", "count", "item"
        elif (
            self._window(_MAGNITUDE_BEFORE_RE, start, 14, floor) is not None
            and self._window(_ORDER_OF_MAGNITUDE_RE, start, 30, floor) is None
        ):
            # "with a magnitude of 7.2", "a preliminary magnitude of 6.8": a quake's size
            r.quantity, r.unit = "magnitude", "magnitude"
        elif _SIDE_AFTER_RE.match(text, num_end) and self._window(_VOTE_WORD_RE, start, 80, floor):
            # "The final tally was 216 supporting the ouster"
            r.counted, r.quantity, r.unit = "vote", "count", "item"
        elif (parent := self._window(_PARENT_OF_RE, start, 24, floor)) is not None:
            # "a father of five", "a mother-of-three": children; "a grandmother of 12"
            grand = parent.group().lower().startswith("grand")
            r.counted, r.quantity, r.unit = ("grandchild" if grand else "child"), "count", "person"
        elif (
            _CASUALTY_AFTER_RE.match(text, num_end)
            or self._window(_CASUALTY_BEFORE_RE, start, 60, floor)
            or self._toll_changed_to(start, num_end)
        ):
            r.quantity, r.unit = "count", "person"
        elif self._window(_CROWD_OF_RE, start, 40, floor) is not None:
            r.counted, r.quantity, r.unit = "people", "count", "person"  # "a crowd of 22,000"
        elif (body := self._window(_BODY_OF_RE, start, 40, floor)) is not None:
            # "carrying a crew of 20": members of the crew
            r.counted, r.quantity, r.unit = body.group("noun").lower(), "count", "person"
        elif (fig := self._window(_FIGURE_BEFORE_RE, start, 60, floor)) is not None:
            # "put the number at 200 to 300", "the number of tanks at 12"
            r.quantity = "count"
            if fig.group("noun"):
                r.counted = singular(fig.group("noun"))
                r.unit = count_unit(r.counted)
            else:
                r.unit = "person"
        elif (subj := self._tally_subject(start, floor)) is not None:
            # "Casualties rose to 1,200", "The crowd numbered some 10,000"
            r.quantity = "count"
            r.counted, r.unit = subj
        elif self._window(_SPEECH_BEFORE_RE, start, 24, floor) and (
            _ELLIPTIC_AFTER_RE.match(text, num_end)
        ):
            # "The governor says several dozen; the group says 200 to 300."
            r.quantity = "count"
            r.counted = self._topic_noun(start)
            r.unit = count_unit(r.counted) if r.counted else "person"
        else:
            return None, num_end
        return None

    def _count_not_a_date(self, r: _Reading) -> _Result | None:
        """A count that is a year ("in 2019"; a year with a plural noun, "2019
        soldiers", stays), a date in the parse, or a military time ("1400 hrs"): no
        claim."""
        text, amount, s, num_end, noun = self.text, r.amount, r.s, r.num_end, r.noun
        if r.yearish and r.hedge is None:
            if self._window(_YEAR_BEFORE_RE, r.start, 16, r.floor) or self._in_entity(
                s, num_end, _DATE_LABELS
            ):
                return None, num_end
            if noun is None or not _looks_plural(text[noun.start : noun.end]):
                return None, num_end
        if (
            not amount.vague
            and (noun is None or not _looks_plural(text[noun.start : noun.end]))
            and self._in_entity(s, num_end, _DATE_LABELS)
        ):
            return None, num_end  # spaCy reads it as a date ("On Monday 27 soldiers" stays)
        if _MILITARY_AFTER_RE.match(text, num_end) and amount.digits and len(amount.digits) == 4:
            return None, num_end
        return None

    def _misread(self, r: _Reading) -> _Result | None:
        """A reading that is no claim after all: nothing says what the figures are, a
        military time ("0600 hours"), "One day, ..." opening a story, a figure in a
        name entity."""
        text, amount, end = self.text, r.amount, r.end
        if r.quantity is None or r.unit is None:
            return None, max(r.e, end)
        if (
            amount.digits is not None
            and len(amount.digits) == 4
            and r.quantity == "duration"
            and _MILITARY_AFTER_RE.match(text, r.num_end)
            and int(amount.digits[2:]) < 60
        ):
            return None, end  # "0600 hours"
        if (
            amount.word_one
            and r.quantity == "duration"
            and r.hedge is None
            and not self._window(_ONE_DAY_OK_BEFORE_RE, r.start, 12, r.floor)
        ):
            return None, end  # "One day, ..." as a story opener
        if re.search(r"\d[:][ \u00a0]?$", text[max(r.floor, amount.start - 4) : amount.start]):
            return None, end  # "at 09: 25 hrs": the minutes of a clock time
        if _RACE_RE.match(text, amount.start):
            return None, end  # "the 100 meter freestyle", "the 400m hurdles": a race's name
        if (
            amount.word_one
            and r.quantity == "count"
            and r.hedge is None
            and _ONE_EVENT_AFTER_RE.match(text, amount.end) is None
            and not self._window(_ONE_EVENT_BEFORE_RE, r.start, 30, r.floor)
        ):
            return None, end  # "in one clip", "as one veteran commented": no figure
        if (
            amount.words
            and not amount.vague
            and r.quantity == "count"
            and r.hedge is None
            and amount.low == amount.high
            and (amount.low == 2 or "world" in text[max(r.floor, r.start - 12) : r.start])
            and r.unit != "person"
            and re.match(r"[ \u00a0]+[^\s-]", text[amount.end : amount.end + 3]) is not None
            and self._window(_ANAPHORIC_BEFORE_RE, r.start, 20, r.floor)
        ):
            return None, end  # "the two countries": counted before, or only a reference
        if r.currency is None and _NAMING_MEASURE_AFTER_RE.match(text, amount.end):
            return None, end  # "the 205-pound title", "the 10-year Treasury note"
        if _SPELLED_DECADE_RE.match(text, r.start):
            return None, end  # "the nineteen sixties": a decade, no count of sixties
        if (
            r.currency is None
            and self._in_entity(r.s, r.num_end, _NAME_LABELS)
            and not (r.quantity == "count" and r.counted == "time")  # "Bob 3 times": no name
        ):
            return None, max(end, r.num_end)
        return None

    def _read_hedge_after_unit(self, r: _Reading) -> None:
        """A hedge after the unit, when none was read: "two hours or so", "or more"."""
        if r.hedge is not None:
            return
        post = _POST_HEDGE_RE.match(self.text, r.end)
        if post is not None and post.group("h").strip().lower().startswith("or"):
            r.hedge = "about" if post.group("h").strip().lower().endswith("so") else "more"
            r.end = post.end()

    def _extend_to_noun(self, r: _Reading) -> _Result | None:
        """The claim runs on to the noun counted or measured when only words come
        between; a measure of it per unit of time after the noun is a rate per year
        ("2.4 billion gallons of jet fuel a year"), per anything else no claim."""
        text, noun = self.text, r.noun
        if noun is None or noun.start < r.end or not self._gap_ok(r.end, noun.start, digits=False):
            return None
        if r.quantity == "count" and self._measure_between(r.end, noun.start):
            return None  # "five of the three-ton satellites": the measure is a claim too
        r.end = noun.end
        if r.quantity not in ("count", "money", "percent") and _RATE_AFTER_RE.match(text, r.end):
            # "2.4 billion gallons of jet fuel a year": a rate, per year
            late = _per_time(text, r.end) if r.quantity in _RATE_QUANTITIES else None
            if late is None or r.unit is None:
                return None, r.end
            r.low, r.high = r.low * late[0], r.high * late[0]
            r.unit, r.quantity = f"{r.unit} per year", f"{r.quantity} rate"
            r.end = late[1]
        return None

    def _measure_between(self, a: int, b: int) -> bool:
        """Is a measure written in words between ``a`` and ``b`` ("three-ton", "ten
        mile")?"""
        m = _CAND_RE.search(self.text, a, b)
        if m is None:
            return False
        amount, _ = read_amount(self.text, m.start())
        return amount is not None and amount.end < b and self._unit_at(amount.end)

    def _build_claim(self, r: _Reading) -> _Result:
        """The claim: a point value, or ``low``/``high`` widened by the hedge (then
        ``approximate``); none for a value that is not finite or a signed count ("+3").
        A conversion in brackets after it is queued as a claim of its own."""
        unit, quantity = r.unit, r.quantity
        assert unit is not None and quantity is not None  # ``_misread`` saw to that
        low, high = r.low, r.high
        value: float | None = low if r.point and low == high else None
        approximate = r.amount.vague
        if r.hedge is not None:
            hedged = hedge_range(r.hedge, low, high)
            if hedged is not None:
                low, high = hedged
                value = None
                approximate = True
        low, high = ordered(low, high)
        if not (finite(low) and finite(high)) or (value is not None and not finite(value)):
            return None, max(r.e, r.end)
        if value is not None:
            low = high = value = _tidy(value)
        low, high = _tidy(low), _tidy(high)
        if r.signed and quantity == "count":
            return None, r.end  # "+3" alone: a score, a change of nothing named
        counted = r.counted
        if counted is not None and quantity == "count":
            counted = _COUNTED_AS.get(counted, counted)  # "30 nations": countries
        claim = Claim(
            article=self.article,
            start=r.start,
            end=r.end,
            text=self.text[r.start : r.end],
            value=value,
            low=low,
            high=high,
            unit=unit,
            quantity=quantity,
            counted=counted,
            approximate=approximate,
        )
        if r.paren is not None:
            self._conversion(claim, r.paren)
        return claim, r.end

    def _conversion(self, claim: Claim, paren: re.Match[str]) -> None:
        """The figure inside "4.2 kilometres (2.6 miles)": a claim of its own, of the same
        measure (it measures what the first one does), queued after the first."""
        m = _CAND_RE.search(self.text, paren.start("inner"), paren.end("inner"))
        if m is None:
            return
        saved = self._pending
        inner, _ = self._claim_at(m.start(), claim.end)
        self._pending = saved
        if inner is None or inner.end > paren.end() or inner.quantity == "count":
            return
        if inner.counted is None and claim.counted is not None:
            inner = dataclasses.replace(inner, counted=claim.counted)
        self._pending.append(inner)

    def _tally(self, r: _Reading, marked: bool) -> tuple[Claim | None, int] | None:
        """A vote tally ("passed 219-212", "won, 134 to 63", "by a 134-to-63 vote"): two
        whole numbers, the larger first (or the smaller, right after "voted" or "the vote
        was" or before "vote": "voted 48-52"), in a sentence (or right after one) that speaks of a
        vote.  Both are counts of votes (``counted`` "vote"), one claim each; a score
        ("won 3-1") has no vote word and stays unread."""
        s, e = r.s, r.e
        # ``digits`` is set only for a plain whole numeral: no scale, no decimals
        if marked or r.amount.digits is None:
            return None
        tm = _TALLY_RE.match(self.text, e)
        if tm is None:
            return None
        first, second = r.amount.low, float(tm.group("b"))
        if r.yearish or not (0 < second < 10000 and 0 < first < 10000):
            return None
        if second > first and not (
            _VOTED_BEFORE_RE.search(self.text, max(0, s - 20), s)
            or _A_VOTE_AFTER_RE.match(self.text, tm.end())
        ):
            # the smaller first only right after "voted" or before "vote" ("voted 48-52
            # on the first article", "in a 208-218 vote"): a range ("10-15 votes") or a
            # score is no tally
            return None
        sent = self.parsed.sentence_at(s)
        lo = sent.start if sent is not None and sent.start <= s else max(0, s - 200)
        hi = sent.end if sent is not None and sent.end >= tm.end() else tm.end()
        near = _VOTE_WORD_RE.search(self.text, max(lo, s - 40), min(hi, tm.end() + 12))
        if near is None:
            # "...by secret ballot. Ms. Vell won, 134 to 63": a sentence with no vote
            # word of its own, right after one that has
            i = self.parsed.sentence_index(s)
            prev = self.parsed.sentences[i - 1] if sent is not None and i > 0 else None
            if (
                prev is None
                or _VOTE_WORD_RE.search(self.text, lo, hi) is not None
                or "\n\n" in self.text[prev.end : lo]
                or _VOTE_WORD_RE.search(self.text, prev.start, prev.end) is None
            ):
                return None
        b0, b1 = tm.span("b")
        votes = [
            self._exact(a, b, v, "item", "count", "vote")
            for a, b, v in ((s, e, first), (b0, b1, second))
        ]
        self._pending.append(votes[1])
        return votes[0], b1

    def _bare_rate(self, start: int, floor: int) -> bool:
        """A rate written without its unit ("her tax rate was 35.72") in a sentence that
        writes another rate's unit ("... was a combined rate of 45.8 percent"): percent."""
        if self._window(_RATE_BEFORE_RE, start, 40, floor) is None:
            return False
        sent = self.parsed.sentence_at(start)
        if sent is None:
            return False
        return _PERCENT_WORD_RE.search(self.text, sent.start, sent.end) is not None

    def _compared_count(self, start: int, floor: int) -> tuple[str, str] | None:
        """``(counted, unit)`` of the count a bare figure is compared with earlier in its
        sentence ("six arrests on Wednesday, compared to 47 the night before")."""
        if self._window(_COMPARED_BEFORE_RE, start, 24, floor) is None:
            return None
        sent = self.parsed.sentence_at(start)
        lo = sent.start if sent is not None else max(0, start - 200)
        for c in reversed(self._done):
            if c.end <= lo:
                break
            if c.quantity == "count" and c.counted is not None and c.end <= start:
                return c.counted, c.unit
        return None

    def _hyphen_count(self, start: int, end: int) -> bool:
        """Is the word after "two-" a counted noun of a compound modifier ("a two-term
        congressman", "a four-page summary"), by the parse?  Not a fraction, a score,
        a plan's points or a way ("two-thirds", "a 15-point plan", "one-way")."""
        view = self.view
        word = self.text[start:end].lower()
        if view is None or word in _HYPHEN_NOT_COUNTED or not word.isalpha() or len(word) < 3:
            return False
        toks = view.tokens(start, end)
        if len(toks) != 1:
            return False
        tok = toks[0]
        return bool(
            tok.pos_ == "NOUN"
            and tok.dep_ in ("compound", "amod", "nmod", "npadvmod")
            and tok.head.i > tok.i
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.i - tok.i <= 4
        )

    def _toll_changed_to(self, start: int, end: int) -> bool:
        """Is the figure at ``start``-``end`` what a toll rose or fell to, however long what
        it counts ("The death toll from the suicide bombing that rocked the mosque at
        the Police Lines compound rose to 93")?  By the parse: the figure after "to" of a
        verb of change whose subject is a toll."""
        last = self._last_token(start, end)
        if last is None:
            return False
        prep = last.head
        if prep.dep_ != "prep" or prep.lower_ != "to":
            return False
        verb = prep.head
        if verb.lemma_ not in _TOLL_VERBS:
            return False
        return any(
            c.dep_ == "nsubj"
            and c.lower_ == "toll"
            and not any(g.lower_ in ("road", "bridge") for g in c.lefts)
            for c in verb.children
        )

    def _voters(self, start: int, end: int) -> bool:
        """Is the phrase at ``start``-``end`` the subject of "voted for" or "voted against"
        ("60 Democrats voted against her", "the 63 Democrats who voted for Ryan")?  Its
        figure counts the votes on one side ("2.5m people voted" is a turnout: people)."""
        if start < 0:
            return False
        view = self.view
        if view is None:
            return _VOTERS_AFTER_RE.match(self.text, end) is not None
        for t in view.tokens(start, end):
            if t.dep_ == "nsubj" and (_sided_vote(t.head) or self._backed_in_a_vote(t.head)):
                return True
            if any(c.dep_ == "relcl" and _sided_vote(c) for c in t.children):
                return True
        return False

    def _backed_in_a_vote(self, verb: Any) -> bool:
        """ "174 Republicans supported the deal" in a sentence about a vote ("…, while
        66 voted against it"): the votes for one side, as "voted for" counts them."""
        if verb.lemma_ not in _BACKING or verb.tag_ != "VBD":
            return False
        sent = verb.sent
        return _VOTE_WORD_RE.search(self.text, sent.start_char, sent.end_char) is not None

    def _tally_subject(self, start: int, floor: int) -> tuple[str | None, str] | None:
        """``(counted, unit)`` when a verb tallies people or events with no noun after it.

        "Casualties rose to 1,200" counts casualties, "arrests reached 300" arrests,
        "the crowd numbered some 10,000" people.  Other subjects are levels, not
        counts ("the index rose to 27", "prices rose to 40", "temperatures
        reached 45"), and give None.
        """
        m = self._window(_SUBJECT_TALLY_RE, start, 60, floor)
        if m is None:
            return None
        word = m.group("noun")
        if word.lower() in _CROWD_NOUNS:
            return None, "person"
        if not _looks_plural(word):
            return None
        lemma = singular(word)
        if is_people_noun(lemma):
            return lemma, "person"
        if lemma in _TALLY_NOUNS:
            return lemma, "item"
        return None

    def _topic_noun(self, start: int) -> str | None:
        """What "the number of X" earlier in the paragraph counts, for elliptic counts."""
        lo = max(0, start - 300)
        para = self.text.rfind("\n\n", lo, start)
        if para >= 0:
            lo = para
        found = None
        for m in _NUMBER_OF_RE.finditer(self.text, lo, start):
            found = m.group("noun")
        if found is None or found.lower() in _STOP:
            return None
        return singular(found)

    # ------------------------------------------------------------------ measures

    def _same_measure(self, inner: str, quantity: str) -> bool:
        m = _PAREN_INNER_RE.match(inner)
        if m is None:
            return False
        if quantity == "money":
            rest = m.group("rest").strip()
            return (
                bool(m.group("cur"))
                or currency_code(rest.split(" ")[0] if rest else "") is not None
            )
        rest = m.group("rest").strip().lstrip("-").strip()
        if not rest:
            return False
        um = _UNIT_RE.match(" " + rest)
        if um is None:
            return False
        info = lookup_unit(um.group("u"))
        if info is None:
            return False
        if info.quantity == quantity:
            return True
        # "a 700-metre square (0.49 sq km)": a length turned area
        return quantity == "area" and info.quantity in ("area", "length")

    def _measure_noun(
        self, unit_start: int, unit_end: int, end: int, s: int, num_end: int
    ) -> _Noun | None:
        """What a measure measures: "a 150-second video", "20 minutes of footage"."""
        view = self.view
        if view is not None:
            toks = view.tokens(unit_start, unit_end) or view.tokens(s, num_end)
            if toks:
                found = self._doc_measure_noun(toks)
                if found is not None:
                    return found
                of = _OF_RE.match(self.text, end)
                if of is not None and end > unit_end:
                    # the parse rarely links "of" past a parenthetical conversion
                    return self._text_noun(of.end(), many=True, measure=True)
                return None
        # no parse: the noun after a hyphenated unit, or after "of"
        text = self.text
        hyphen = unit_start > 0 and "-" in text[max(s, unit_start - 2) : unit_start]
        of = _OF_RE.match(text, end)
        if of is not None:
            return self._text_noun(of.end(), many=True, measure=True)
        if hyphen:
            return self._text_noun(end, many=False, measure=True)
        return None

    def _doc_measure_noun(self, toks: list[Any]) -> _Noun | None:
        last = toks[-1]
        ids = {t.i for t in toks}
        head = last.head
        while head.i in ids and head is not head.head and head.i != last.i:
            last, head = head, head.head
        cand: Any = None
        adjacent = False
        if (
            last.dep_ in _NUMBER_DEPS
            and head.i > last.i
            and head.i - last.i <= 4
            and head.pos_ in ("NOUN", "PROPN")
            and self._gap_ok(last.idx + len(last.text), head.idx)
        ):
            cand, adjacent = head, True
        if cand is None:
            cand = self._of_object(toks)
            if cand is not None and not self._gap_ok(last.idx + len(last.text), cand.idx):
                cand = None
            adjacent = cand is not None
        if cand is None and head.pos_ in ("VERB", "AUX"):
            if last.dep_ in ("npadvmod", "dobj", "attr", "advmod", "oprd", "nsubj", "obj"):
                cand = self._verb_subject(head)
        elif (
            cand is None
            and head.dep_ == "prep"
            and head.head.pos_ == "VERB"
            and last.dep_ == "pobj"
        ):
            cand = self._verb_subject(head.head)
        if cand is None:
            return None
        lemma = _lemma(cand)
        if lemma in _GENERIC_MEASURE_NOUNS or cand.pos_ != "NOUN":
            return None
        if not any(ch.isalpha() for ch in lemma):
            return None  # "$ 20,000.00 $ 37,305.97": the next figure, not a thing measured
        start = int(cand.idx)
        end = start + len(cand.text)
        if not adjacent:
            start = end = -1  # not next to the number: never extends the span
        return _Noun(lemma, start, end, is_people_noun(lemma))

    def _verb_subject(self, verb: Any) -> Any:
        if verb.lemma_ not in _MEASURE_VERBS:
            return None
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.pos_ == "PRON" and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ in ("relcl", "acl"):
            return verb.head
        return None

    @staticmethod
    def _of_object(toks: list[Any]) -> Any:
        for tok in reversed(toks):
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of" and child.i > tok.i:
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return obj if obj.pos_ in ("NOUN", "PROPN") else None
        return None

    # ------------------------------------------------------------------ counts

    def _count_noun(self, s: int, num_end: int, *, many: bool) -> _Noun | None:
        view = self.view
        if view is not None:
            toks = view.tokens(s, num_end)
            if toks:
                found = self._doc_count_noun(toks)
                if found is not None:
                    return found
        return self._text_noun(num_end, many=many, measure=False)

    def _doc_count_noun(self, toks: list[Any]) -> _Noun | None:
        doc = self._doc
        last = toks[-1]
        ids = {t.i for t in toks}
        t = last
        for _ in range(4):
            if t.head.i in ids and t.head is not t:
                t = t.head
            else:
                break
        cand: Any = None
        head = t.head
        if (
            t.dep_ in _NUMBER_DEPS
            and head.i > last.i
            and head.i - last.i <= 6
            and head.pos_ in ("NOUN", "PROPN")
            and self._gap_ok(last.idx + len(last.text), head.idx)
        ):
            cand = head
        if cand is None:
            cand = self._of_object([*toks, t] if t not in toks else toks)
            if cand is not None and not self._gap_ok(last.idx + len(last.text), cand.idx):
                cand = None
        if cand is None and doc is not None:
            j = last.i + 1
            while j < len(doc) and j - last.i <= 5:
                tok = doc[j]
                if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
                    cand = tok
                    break
                if (
                    tok.pos_ in ("ADJ", "NOUN", "PROPN")
                    or tok.tag_ == "HYPH"
                    or (tok.tag_ in ("VBN", "VBG") and tok.dep_ == "amod")
                ):
                    j += 1
                    continue
                break
        if cand is None:
            return None
        cand = _compound_head(cand)
        word = str(cand.text)
        if cand.pos_ == "PROPN" and not (
            cand.ent_type_ == "NORP" or cand.tag_ == "NNPS" or _looks_plural(word)
        ):
            return None
        start, prefix = int(cand.idx), ""
        while (
            doc is not None
            and cand.i + 2 < len(doc)
            and doc[cand.i + 1].text in ("-", "‐")
            and not cand.whitespace_
            and not doc[cand.i + 1].whitespace_
            and doc[cand.i + 2].is_alpha
        ):
            # "two non-citizens", "three co-founders": the word after the hyphen is the head
            prefix += str(cand.text).lower() + "-"
            cand = doc[cand.i + 2]
            word = str(cand.text)
        lemma = _lemma(cand)
        if not lemma.replace("-", "").isalpha() or lemma in _STOP or len(lemma) < 2:
            return None
        person = (
            is_people_noun(lemma)
            or cand.ent_type_ == "NORP"
            or (word[:1].isupper() and _looks_plural(word))
        )
        return _Noun(prefix + lemma, start, int(cand.idx) + len(word), person)

    def _text_noun(self, pos: int, *, many: bool, measure: bool) -> _Noun | None:
        """The counted noun from the words after ``pos`` (no parse)."""
        text = self.text
        words: list[tuple[str, int, int]] = []
        p = pos
        for _ in range(5):
            m = _WORD_AFTER_RE.match(text, p)
            if m is None:
                break
            words.append((m.group("w"), m.start("w"), m.end("w")))
            p = m.end()
        i = 0
        if words and words[0][0].lower() == "of":
            i = 1
            if len(words) > 1 and words[1][0].lower() in _DETERMINERS:
                i = 2
            if len(words) > i and words[i][0].lower() in _PRONOUNS:
                return None
        candidates: list[tuple[str, int, int]] = []
        for w, ws, we in words[i : i + 3]:
            if w.lower() in _STOP:
                break
            candidates.append((w, ws, we))
        for w, ws, we in candidates:
            if w[:1].isupper():
                if _looks_plural(w) and not measure:
                    return _Noun(singular(w), ws, we, True)  # "27 Ukrainians"
                continue
            if measure or not many or _looks_plural(w):
                lemma = singular(w) if many or measure else w.lower()
                lemma = _IRREGULAR.get(lemma, lemma)
                if measure and lemma in _GENERIC_MEASURE_NOUNS:
                    return None
                return _Noun(lemma, ws, we, is_people_noun(lemma))
        return None


def _compound_head(cand: Any) -> Any:
    """The plural noun a singular compound modifier stands before ("the 3 bank
    employees", parsed with "3" on "bank": employees), else ``cand`` itself."""
    tok = cand
    for _ in range(3):
        head = tok.head
        if (
            tok.dep_ != "compound"
            or tok.tag_ != "NN"
            or head.i != tok.i + 1
            or head.pos_ != "NOUN"
            or not tok.whitespace_
        ):
            break
        tok = head
    return tok if tok is not cand and tok.tag_ == "NNS" else cand


# what happened to the people a head-count counts, as one word per state
_STATES = {
    "dead": "killed",
    "died": "killed",
    "killing": "killed",
    "wounded": "injured",
    "hurt": "injured",
    "unaccounted for": "missing",
    "injuring": "injured",
    "wounding": "injured",
    "freed": "rescued",  # hostages freed or released are the ones rescued
    "released": "rescued",
}


# verbs of taking a side, votes in a sentence about a vote ("174 Republicans supported
# the deal, while 66 voted against it")
_BACKING = frozenset({"support", "back", "oppose", "reject", "approve"})
# verbs of a toll's change: "rose to 93", "increased to 100"
_TOLL_VERBS = frozenset("rise climb increase jump grow soar surge mount reach fall drop go".split())


def _sided_vote(verb: Any) -> bool:
    """ "voted for ...", "voted against ...", "voted in favor of ...", "voted to expel
    ...": a vote for one side."""
    if verb.lemma_ != "vote":
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "against"):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lower_ in ("favor", "favour") for g in c.children)
        ):
            return True
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(g.lower_ == "to" for g in c.children):
            return True
    return False


# a short appositive between a count and what happened to those counted ("three
# people, a man and two women, were killed"): no clause, no quote, no figure
_APPOSITIVE_AFTER_RE = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:[^,.;:()\"“”\d\n]{1,60}|including[ \u00a0][^,.;:()\"“”\n]{1,60}),"
)
# a short modifier between the people counted and what happened to them ("23 people
# belonging to 18 countries were killed", "40 people from the village were missing")
_MODIFIER_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:belonging[ \u00a0]+to|hailing[ \u00a0]+from|from)[ \u00a0]+"
    r"[^,.;:()\"“”\n]{1,40}?(?=[ \u00a0]+(?:were|was|are|is|have|had|has)[ \u00a0])"
)


def casualty_state(text: str, end: int, start: int | None = None) -> str | None:
    """What the words right after a count ending at ``end`` say happened to those
    counted ("50 people were killed", "53 wounded", "left 50 people dead", "62 people
    are unaccounted for": missing, also past
    a short appositive: "three people, a man and two women, were killed"), or, given
    the count's ``start``, the verb right before it ("killed 253 people", "wounded
    about 70 others") or a death toll it stands at ("bringing the death toll to at
    least 78 people"), as one word per state ("killed", "injured", "arrested", ...;
    ``KIN`` for a parent's children: "a mother of two"), or None.  Two counts of
    people in different states are two measures."""
    if start is not None and _PARENT_OF_RE.search(text, max(0, start - 30), start):
        return KIN  # "Johnson, a mother of two, was killed": she was, not her children
    m = _CASUALTY_AFTER_RE.match(text, end)
    if m is None and (appos := _APPOSITIVE_AFTER_RE.match(text, end)) is not None:
        m = _CASUALTY_AFTER_RE.match(text, appos.end())  # "three people, all guards, died"
    if m is None and (mod := _MODIFIER_AFTER_RE.match(text, end)) is not None:
        m = _CASUALTY_AFTER_RE.match(text, mod.end())
    if m is None and start is not None:
        m = _STATE_VERB_BEFORE_RE.search(text, max(0, start - 40), start)
    if (
        m is None
        and start is not None
        and _DEATH_TOLL_BEFORE_RE.search(text, max(0, start - 160), start)
    ):
        return "killed"  # "bringing the death toll to at least 78 people"
    if (
        m is None
        and start is not None
        and (inc := _INCLUDING_BEFORE_RE.search(text, max(0, start - 30), start))
    ):
        # "Twenty-eight people were wounded in the attack, including 20 soldiers": the
        # state of the count the part is of, the last one its clause names
        lo = max(text.rfind(". ", 0, inc.start()), text.rfind("\n", 0, inc.start()), 0)
        states = list(_STATE_WORD_RE.finditer(text, lo, inc.start()))
        m = states[-1] if states else None
    if m is None:
        return None
    word = " ".join(m.group("state").lower().split())
    if word in ("stabbed", "shot", "drowned") and _TO_DEATH_RE.match(text, m.end("state")):
        return "killed"  # "stabbed to death", "shot dead": killed, as counted
    return _STATES.get(word, word)


_TO_DEATH_RE = re.compile(r"[ \u00a0]+(?:to[ \u00a0]+death|dead)\b")


_INCLUDING_BEFORE_RE = re.compile(
    r",?[ \u00a0]+including[ \u00a0]+(?:at[ \u00a0]+least[ \u00a0]+)?$"
)
_STATE_WORD_RE = re.compile(rf"\b(?P<state>{_STATE_WORDS})\b", re.IGNORECASE)


# the units of a duration written in two parts, largest first ("4 minutes and 15 seconds")
_TIME_UNIT_RANK = {"year": 6, "month": 5, "week": 4, "day": 3, "hour": 2, "minute": 1, "second": 0}
_TIME_UNIT_END_RE = re.compile(r"(year|month|week|day|hour|minute|second)s?$", re.IGNORECASE)
_DURATION_JOIN_RE = re.compile(r"(?:,?[ \u00a0]+and|,)?[ \u00a0]+")


def _joined_durations(text: str, claims: list[Claim]) -> list[Claim]:
    """A duration written in two parts, a larger unit then a smaller one, is one
    duration: "4 minutes and 15 seconds" is 255 seconds, "two hours, 30 minutes" 9,000
    (two claims would set 240 seconds against another outlet's "255-second")."""
    out: list[Claim] = []
    for c in claims:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.quantity == c.quantity == "duration"
            and prev.value is not None
            and c.value is not None
            and _DURATION_JOIN_RE.fullmatch(text, prev.end, c.start)
            and (a := _TIME_UNIT_END_RE.search(prev.text))
            and (b := _TIME_UNIT_END_RE.search(c.text))
            and _TIME_UNIT_RANK[a.group(1).lower()] > _TIME_UNIT_RANK[b.group(1).lower()]
        ):
            total = prev.value + c.value
            out[-1] = dataclasses.replace(
                prev,
                end=c.end,
                text=text[prev.start : c.end],
                value=total,
                low=total,
                high=total,
                approximate=prev.approximate or c.approximate,
            )
            continue
        out.append(c)
    return out


# the dollar of a site's country, by the last label of its address ("cbc.ca": Canadian)
_LOCAL_DOLLARS = {"ca": "CAD", "au": "AUD", "nz": "NZD", "sg": "SGD", "hk": "HKD"}
# national papers of those countries at a ".com" address
_LOCAL_DOLLAR_SITES = dict.fromkeys(
    """nationalpost.com thestar.com theglobeandmail.com torontosun.com
    montrealgazette.com vancouversun.com theprovince.com calgaryherald.com
    calgarysun.com edmontonjournal.com ottawacitizen.com ottawasun.com
    winnipegfreepress.com""".split(),
    "CAD",
)
_US_MARKED_RE = re.compile(r"(?:\bUS|\bU\.S\.|\bUSD)[ \u00a0]*\$")
_CONVERSION_BEFORE_RE = re.compile(
    r"(?:\bor|\()[ \u00a0]+(?:(?:about|roughly|around|approximately|some|nearly)[ \u00a0]+)?$"
    r"|\($",
    re.IGNORECASE,
)
_HOME_MARKET_AFTER_RE = re.compile(r"[ \u00a0]+on[ \u00a0]+the[ \u00a0]+(?:TSX|Toronto|ASX)\b")
_US_AFTER_RE = re.compile(r"[ \u00a0]*\(?(?:U\.S\.|(?:US|USD)\b)")
_CANADIAN_AFTER_RE = re.compile(r"[ \u00a0]*\(?(?:Canadian|CAD|Cdn)\b")


# a byline or dateline at the top crediting an international wire: the wire's "$" is
# the US dollar wherever the story is reposted ("Marley Jay, The Associated Press ...
# NEW YORK --" on ctvnews.ca: "$52.64 per barrel" was read as Canadian dollars)
_WIRE_HEAD_RE = re.compile(
    r"\b(?:The\s+)?Associated\s+Press\b|\((?:AP|Reuters|Bloomberg|AFP)\)|"
    r",\s*(?:Reuters|Bloomberg(?:\s+News)?)\s*$",
    re.MULTILINE,
)
WIRE_HEAD_CHARS = 300


# a dateline in the United States ("WASHINGTON —", "NEW YORK --", "Boise, Idaho —"): a
# story filed there, whose bare "$" is the US dollar wherever it is posted (a Canadian
# site's "NEW YORK -- ... jumped 9.2 per cent to $133.95" was read as Canadian dollars);
# the cities the AP stylebook lets stand alone in a dateline, or a city and a state
_US_DATELINE_CITIES = (
    "ATLANTA|BALTIMORE|BOSTON|CHICAGO|CINCINNATI|CLEVELAND|DALLAS|DENVER|DETROIT|HONOLULU|"
    "HOUSTON|INDIANAPOLIS|LAS VEGAS|LOS ANGELES|MIAMI|MILWAUKEE|MINNEAPOLIS|NEW ORLEANS|"
    "NEW YORK|OKLAHOMA CITY|PHILADELPHIA|PHOENIX|PITTSBURGH|ST\\. LOUIS|SALT LAKE CITY|"
    "SAN ANTONIO|SAN DIEGO|SAN FRANCISCO|SEATTLE|WASHINGTON"
)
_US_DATELINE_RE = re.compile(
    rf"\s*(?:(?i:{_US_DATELINE_CITIES})(?:,\s+D\.C\.)?"
    rf"|[A-Z][A-Za-z .'’-]{{1,30}},\s+(?:(?:{US_STATE_ABBREVIATIONS})\."
    r"|(?i:alaska|hawaii|idaho|iowa|maine|ohio|texas|utah|california|florida|new\s+york|"
    r"virginia)))"  # not "Georgia"
    r"(?:\s*\([^()\n]{1,30}\))?\s*(?:—|–|--|-)\s?(?=\S)"
)


def _local_dollar(url: str | None, text: str = "") -> str | None:
    """The dollar a bare "$" means on the site at ``url`` when it is not the US dollar;
    none in a wire's story (``_WIRE_HEAD_RE``) or one filed in the United States
    (``_US_DATELINE_RE``)."""
    site = outlet_from_url(url)
    if _WIRE_HEAD_RE.search(text[:WIRE_HEAD_CHARS]) or _US_DATELINE_RE.match(text):
        return None
    if not site:
        return None
    return _LOCAL_DOLLAR_SITES.get(site) or _LOCAL_DOLLARS.get(site.rsplit(".", 1)[-1])


def _dollars(
    text: str,
    claims: list[Claim],
    local: str | None,
    sentence_of: Callable[[int], object] = lambda _pos: None,
) -> list[Claim]:
    """A bare "$" in the dollars the text names after it ("$13,300 Canadian", "$10,000
    U.S."), else in the dollars another sum of its sentence of the same scale names
    when that is the US dollar and none is Canadian ("to make $24.1 million US this
    season and has an option for $25.6 million next season"; not "a reduction of US
    $5 per barrel would mean a $6-billion annual impact on GDP"), else in the site's
    own ("$1.6 billion" on a Canadian site is Canadian).  ``sentence_of``: a key of
    the sentence at a position (None: no sentence known)."""

    def scale(c: Claim) -> str:
        found = _SCALED_RE.search(c.text)
        return (found.group(0).lower() if found else "") + ("/" if "per" in c.unit else "")

    def marked(c: Claim) -> str | None:
        if c.quantity != "money" or "$" not in c.text:
            return None
        if _CANADIAN_AFTER_RE.match(text, c.end) or c.unit == "CAD":
            return "CAD"
        if _US_MARKED_RE.search(c.text) or _US_AFTER_RE.match(text, c.end):
            return "USD"
        return None

    us_sentences: set[object] = set()
    cad_sentences: set[object] = set()
    if local is not None:
        for c in claims:
            if (mark := marked(c)) is not None and (key := sentence_of(c.start)) is not None:
                (us_sentences if mark == "USD" else cad_sentences).add((key, scale(c)))

    def us_beside(c: Claim) -> bool:
        """A US-marked sum of the same scale in the sentence, none Canadian, and ``c`` no
        conversion or second listing ("US$100 million, or about $135 million", "US$13.95
        on the Nasdaq and $17.80 on the TSX")."""
        slot = (sentence_of(c.start), scale(c))
        return (
            slot[0] is not None
            and slot in us_sentences
            and slot not in cad_sentences
            and not _CONVERSION_BEFORE_RE.search(text, max(0, c.start - 30), c.start)
            and not _HOME_MARKET_AFTER_RE.match(text, c.end)
        )

    out = []
    for c in claims:
        if c.unit == "USD" and "$" in c.text and not _US_MARKED_RE.search(c.text):
            if _CANADIAN_AFTER_RE.match(text, c.end):
                c = dataclasses.replace(c, unit="CAD")
            elif local is not None and not _US_AFTER_RE.match(text, c.end) and not us_beside(c):
                c = dataclasses.replace(c, unit=local)
        out.append(c)
    return out


# a kitchen measure: a recipe's ingredient list, not a news claim
_KITCHEN_RE = re.compile(
    r"(?:\d|[½¼¾⅓⅔])[ \u00a0]*(?i:cups?|tsp|tbsp|teaspoons?|tablespoons?)\b"
    r"|\b(?:Makes|Serves)[ \u00a0]+\d"  # not "the World Cup", "serves 3 years"
)
RECIPE_MEASURES = 3
"""A paragraph with this many kitchen measures after a number ("1/4 cup", "1 tsp", "2
tbsp") is a recipe's ingredient list or method: its numbers are no claims (a GGT food
column read "1 large egg", "1/4 cup (60 ml) plain Greek yogurt" ... as claims)."""


# "minus 12°C", "−12°C"; not "plus or minus 2°C" (a margin)
_MINUS_BEFORE_RE = re.compile(
    r"(?<!plus or )(?<!plus/)(?:(?<![\w.])[-−–]|\bminus[ \u00a0]+)$", re.IGNORECASE
)


def _below_zero(text: str, c: Claim) -> bool:
    """A temperature below zero ("minus 12°C", "−12°C"): values are never negative, so
    no claim, rather than the figure without its sign."""
    if c.quantity != "temperature":
        return False
    if c.text[:1] in "-−–":
        return True
    return _MINUS_BEFORE_RE.search(text, max(0, c.start - 8), c.start) is not None


def _without_recipes(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` less those in a paragraph that is a recipe (``RECIPE_MEASURES``)."""
    if len(_KITCHEN_RE.findall(text)) < RECIPE_MEASURES:
        return claims  # (nearly every article: no paragraph to look at)
    recipe: list[tuple[int, int]] = []
    start = 0
    for para in text.split("\n"):
        end = start + len(para)
        if len(_KITCHEN_RE.findall(para)) >= RECIPE_MEASURES:
            recipe.append((start, end))
        start = end + 1
    if not recipe:
        return claims
    return [c for c in claims if not any(s <= c.start < e for s, e in recipe)]


def _surname(name: str) -> str:
    """The last word of a name that is no suffix ("LaCalamita" of "Anthony LaCalamita
    III", not "III")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",.") in SUFFIXES:
        words.pop()
    return words[-1]


def find_claims(parsed: ParsedArticle) -> list[Claim]:
    """Every numeric claim in the article, in text order (see the module docstring)."""
    if not parsed.article.text:
        return []
    claims = _Scanner(parsed).run()
    # a line that is only a stamp ("Posted 1 year, 160 days ago [ downloaded on …]")
    # holds the page's age, no claim
    claims = [c for c in claims if not on_stamp_line(parsed.article.text, c.start)]
    text = parsed.article.text
    claims = _without_recipes(text, claims)
    claims = [c for c in claims if not _below_zero(text, c)]
    claims = [c for c in claims if not _negated_bound(text, c)]
    claims = [c for c in claims if not _stones_of_a_thing(c)]
    claims = _elided_scales(text, [_proportion(text, c) for c in claims])
    claims = [_magnitude(text, c) for c in claims]
    return _dollars(
        text,
        claims,
        _local_dollar(parsed.article.url, text),
        lambda pos: sent.start if (sent := parsed.sentence_at(pos)) is not None else None,
    )


_STONE_COMPOUND_RE = re.compile(r"\w[ \u00a0]*-[ \u00a0]*stones?\b", re.IGNORECASE)


# "the magnitude 7.2 quake", "a magnitude-6.8 earthquake", "with a magnitude of 7.2"
_MAGNITUDE_BEFORE_RE = re.compile(
    r"\bmagnitude(?:[ \u00a0]+of)?"
    r"(?:[ \u00a0]+(?:at[ \u00a0]+least|about|around|nearly|almost|some))?[ \u00a0-]+$",
    re.IGNORECASE,
)
_ORDER_OF_MAGNITUDE_RE = re.compile(r"\borders?[ \u00a0]+of[ \u00a0]+magnitude\b", re.IGNORECASE)
_QUAKE_WORDS = frozenset(
    "quake quakes earthquake earthquakes tremor tremors temblor aftershock".split()
)


def _magnitude(text: str, c: Claim) -> Claim:
    """A number right after "magnitude" is an earthquake's size, not a count of quakes
    ("The magnitude 7.2 quake": 7.2, unit "magnitude")."""
    if c.unit == "magnitude" or not _MAGNITUDE_BEFORE_RE.search(
        text, max(0, c.start - 14), c.start
    ):
        return c
    if c.counted is not None and c.counted not in _QUAKE_WORDS:
        return c
    return dataclasses.replace(c, unit="magnitude", quantity="magnitude")


def _stones_of_a_thing(c: Claim) -> bool:
    """ "a three-stone diamond ring", "the 30-stone circle": stones a thing is made of,
    no weight; "an 18-stone defendant" weighs it (a person's weight is the British use)."""
    return (
        c.quantity == "mass"
        and c.counted is not None
        and _STONE_COMPOUND_RE.search(c.text) is not None
        and not is_people_noun(c.counted)
    )


# what sets a sum against an earlier one in the same sentence: "$5.2 billion from $4.8
# a year ago", "C$348.2 million compared with C$307.2"
_COMPARED_RE = re.compile(
    r"\s*,?\s*(?:(?:when\s+)?compared\s+(?:with|to)|versus|vs\.?|against|(?:up\s+|down\s+)?from)"
    r"\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_SCALED_RE = re.compile(r"\b(?:million|billion|trillion|bn|mn)\b|\d(?:m|bn|b)\b", re.IGNORECASE)
_MANTISSA_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _elided_scales(text: str, claims: list[Claim]) -> list[Claim]:
    """A sum set against a scaled sum of the same currency without its own scale word
    ("Sales were C$348.2 million compared with C$307.2 a year earlier", "rose to $5.2
    billion from $4.8") has the scale the writer left out, when the two are then of a
    size (within ten times): C$307.2 million, not C$307.20."""
    out = list(claims)
    for i in range(1, len(out)):
        prev, c = out[i - 1], out[i]
        if (
            c.quantity != "money"
            or prev.quantity != "money"
            or c.unit != prev.unit
            or c.value is None
            or prev.value is None
            or _SCALED_RE.search(c.text)
            or not _SCALED_RE.search(prev.text)
            or not _COMPARED_RE.fullmatch(text, prev.end, c.start)
        ):
            continue
        mantissa = _MANTISSA_RE.search(prev.text)
        low = parse_number(mantissa.group().replace(",", "")) if mantissa else None
        if not low:
            continue
        factor = prev.value / low
        if factor < 1000 or not prev.value / 10 <= c.value * factor <= prev.value * 10:
            continue
        out[i] = dataclasses.replace(
            c,
            value=_tidy(c.value * factor),
            low=_tidy(c.low * factor),
            high=_tidy(c.high * factor),
        )
    return out


# a bound before a figure ("longer than eight years", "fewer than 26 homers")
_COMPARATIVE = (
    r"(?:more|fewer|less|longer|shorter|better|greater|higher|lower|bigger|larger|smaller)"
    r"\s+than|over|under|above|below|beyond"
)
_BOUND_AT_START_RE = re.compile(rf"(?i:{_COMPARATIVE})\s")
_BOUND_BEFORE_RE = re.compile(rf"(?i:{_COMPARATIVE})\s+(?:an?\s+|the\s+)?$")
# a negation earlier in the clause, not the bound's own "no more than" / "not over"
_NEGATION_RE = re.compile(r"(?i:\b(?:no|none|never|not|nobody|neither|nor)\b|n['’]t\b)")
_CLAUSE_START_RE = re.compile(
    r"[.;:!?\n,]|(?i:\b(?:that|why|because|who|which|when|while|after|before|since|"
    r"although|though|if|whether|but|and)\b)"
)


def _negated_bound(text: str, c: Claim) -> bool:
    """A bound under a negation earlier in its clause is a limit, not a figure anyone
    reports ("no team has offered a contract longer than eight years", "never hit
    fewer than 26 homers", "none of those offers are for more than eight years"); a
    bound that is itself negated ("no more than a few dozen votes") is kept."""
    at = c.start
    if not _BOUND_AT_START_RE.match(c.text):
        bound = _BOUND_BEFORE_RE.search(text, max(0, c.start - 20), c.start)
        if bound is None:
            return False
        at = bound.start()
    lo = max(0, at - 100)
    cut = max((m.end() for m in _CLAUSE_START_RE.finditer(text, lo, at)), default=lo)
    before = text[cut:at]
    negations = list(_NEGATION_RE.finditer(before))
    if not negations:
        return False
    # the bound's own negation, right before it ("no more than", "not over")
    return not (len(negations) == 1 and not before[negations[0].end() :].strip())


_SMALL_NUMBER = r"(?:\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
# "6 of 10 Americans", "two out of three voters": a share, not a head-count of ten
# Americans or of two voters ("three of the four suspects" counts three of a known set)
_SHARE_WORDS = r"(?P<w>out\s+of|of|in)"
_PROPORTION_BEFORE_RE = re.compile(rf"\b(?P<n>{_SMALL_NUMBER})\s+{_SHARE_WORDS}\s+$")
_PROPORTION_RE = re.compile(rf"(?P<n>{_SMALL_NUMBER})\s+{_SHARE_WORDS}\s+(?P<m>{_SMALL_NUMBER})\s")


def _proportion(text: str, c: Claim) -> Claim:
    """A head-count written as a share ("6 of 10 Americans", "two out of three voters",
    "one in five adults") as the percentage it gives (60 percent of Americans), over the
    span it is written in; "N of M" only out of 10 or 100 ("one of 12 jurors" is one)."""
    if c.quantity != "count":
        return c
    start, n_text, m_text, word = c.start, None, None, ""
    before = _PROPORTION_BEFORE_RE.search(text, max(0, c.start - 20), c.start)
    whole = _PROPORTION_RE.match(c.text)
    if before is not None:
        start, n_text, word = before.start(), before.group("n"), before.group("w")
        m_text = c.text.split()[0]
    elif whole is not None:
        n_text, m_text, word = whole.group("n"), whole.group("m"), whole.group("w")
    if n_text is None or m_text is None:
        return c
    n, m = parse_number(n_text), parse_number(m_text)
    if n is None or m is None or not 0 < n < m:
        return c
    if word == "of" and (m not in (10, 100) or n == 1):
        # "one of 12 jurors", "two of three suspects": some of a group; and "one of 10
        # Republicans who backed her" is one of them (a share of one is "one in 10")
        return c
    share = round(100 * n / m, 1)
    return dataclasses.replace(
        c,
        start=start,
        text=text[start : c.end],
        value=share,
        low=share,
        high=share,
        unit="percent",
        quantity="percent",
        approximate=False,
    )
