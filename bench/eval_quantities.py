"""Numeric claims (value and unit) on the CQE evaluation sentences.

Reads ``../shared/eval/quantities/cqe-*.json`` (relative to the repository
root; ``--data`` for another folder): lists of ``{text, quantities: [{value,
normalized_unit}]}``, one file each for currency amounts, physical dimensions
and ages (most sentences are lower-cased news text).  Each sentence is parsed
on its own with the packaged spaCy pipeline and
``crosswire.analyze.numbers.find_claims`` is run on it, as the article
pipeline does.

Values.  A gold value is a number in the unit as written ("75000000" dollar,
"6" mile) or a range "8-10" (both bounds are kept).  A crosswire ``Claim``
stores its value in the canonical unit (miles become metres, years seconds)
and a hedged or vague amount as ``low``/``high`` only, so a claim's candidate
values are ``value``, ``low``, ``high`` and, for an approximate claim, the
centre ``(low + high) / 2`` ("about ten miles" is [0.9, 1.1] × 10 miles: the
centre is the stated figure; "more than X" and "up to X" keep X as a bound).
Two values are equal within 1e-6 relative.

* value match: any claim candidate equals any gold bound, or a gold bound
  converted to crosswire's canonical unit with the table below (the claim no
  longer has the figure as written);
* value+unit match: the gold unit maps to the claim's canonical unit (table
  below) and a candidate equals a gold bound times the table's factor.

Unit table (CQE ``normalized_unit`` -> crosswire canonical unit, factor):
currencies to ISO codes (dollar USD, euro EUR, pound sterling GBP, japanese
yen JPY, chinese yuan CNY, canadian/australian/hong kong/new zealand dollar
CAD/AUD/HKD/NZD, swiss franc CHF, turkish lira TRY, rupee INR, mexican peso
MXN; cent 0.01 USD, penny 0.01 GBP; currencies out of use or outside ISO 4217
that crosswire reads: finnish markka FIM, peseta ESP, (netherlands) guilder NLG,
(deutsche) mark DEM, bitcoin BTC, costa rican colón CRC, georgian lari GEL, lao
kip LAK); prices per share to the currency "per share" (dollar, cent, penny,
canadian dollar, swiss franc per share: "USD per share" ...; cent per dozen
"USD per dozen"); points (index, score) -> point; percentage ->
percent; durations to seconds with ``units.py``'s factors (second, minute,
hour, day, week, month, year); ages ("<x> of age") to crosswire's age unit, the
year, with the same factors ("10 month of age" is 10/12 year: crosswire keeps
"ten months old" as 0.833 year, and comparing the gold's 10 with it at factor
1, as this bench did before, counted a right answer wrong); lengths to metres,
areas to square metres, masses to kilograms (metre, kilometre, centimetre,
decimetre, millimetre, picometre, mile, foot, inch; square metre/kilometre/mile,
acre; kilogram, gram, microgram, metric ton, ton, pound-mass, ounce); volumes
to cubic metres (millilitre, US gallon, cubic foot, and the US cup, tablespoon and
teaspoon); speeds to metres per second
(kilometre per hour, mile per hour); data to bytes (bit, megabit, megabyte);
angles to degrees (degree, radian, turn: 360 degrees); celsius to "degree
Celsius"; and the other units crosswire reads, under their names in CQE's unit
list (quantulum3's), none of them in the current files: yard, micrometre,
nanometre, hectare, square foot/yard, tonne, milligram, litre, cubic
metre/kilometre, barrel, metre per second, knot, revolutions per minute, watt,
kilowatt, megawatt, horsepower, kilowatt hour, byte, kilobyte, gigabyte,
terabyte, kilobit, gigabit, kilo/mega/gigabit per second ("byte per second"),
"degree Celsius", "degree angle", fortnight, decade, and the currencies united
states dollar, indian rupee, russian ruble, south african rand, brazilian real,
south korean won (without them a right reading of such a unit would be scored
as a counted noun, i.e. wrong); rates of a measure to the measure per year (barrel per day "cubic
metre per year", gallon per year, metric ton per year "kilogram per year").
Counts: gold "count", "-" (no unit) and "people" want a crosswire count (unit
"person" or "item"; "people" wants "person"); any other gold unit not in the
table is a counted noun ("computer", "fighter jet") and is right when the claim
is a count whose ``counted`` lemma is that noun's last word (singular).
Everything else (percentages per year, which crosswire keeps as percentages;
rates per millisecond; currencies crosswire does not read such as sen or
satoshi; cooking measures) is unmapped: a value match there is still a unit
mismatch, never silently right.

Matching is one-to-one per sentence, greedy in gold order (each gold takes the
first unused matching prediction), separately for value and for value+unit.
Precision is over all predictions, recall over all gold quantities; scores are
given per file (currency, dimension, age) and overall.

Baseline (same run).  quantulum3's ``parser.parse`` on the same sentence; its
candidates are ``value`` and, for a range (``uncertainty`` set),
``value ± uncertainty``; its unit names are mostly CQE's own (CQE normalised
with quantulum's unit list), so its mapping is identity plus: "dimensionless"
-> "count" or "-", "year"/"month"/"week"/"day" also -> "<x> of age".  Its
value test compares with the gold bounds as written.

    .venv/bin/python bench/eval_quantities.py [--data FOLDER] [--show N] [--no-baseline]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from _procs import print_grouped
from crosswire.analyze.numbers import find_claims
from crosswire.analyze.parsed import parsed_from_doc
from crosswire.model import Article
from crosswire.resources import load_nlp
from crosswire.settings import Settings

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "quantities"
FILES = ("currency", "dimension", "age")
REL_TOL = 1e-6

_YEAR, _MONTH, _WEEK, _DAY = 31557600.0, 2629800.0, 604800.0, 86400.0
UNIT_MAP: dict[str, tuple[str, float]] = {
    # currencies
    "dollar": ("USD", 1.0),
    "euro": ("EUR", 1.0),
    "pound sterling": ("GBP", 1.0),
    "japanese yen": ("JPY", 1.0),
    "chinese yuan": ("CNY", 1.0),
    "canadian dollar": ("CAD", 1.0),
    "australian dollar": ("AUD", 1.0),
    "hong kong dollar": ("HKD", 1.0),
    "new zealand dollar": ("NZD", 1.0),
    "swiss franc": ("CHF", 1.0),
    "turkish lira": ("TRY", 1.0),
    "rupee": ("INR", 1.0),
    "mexican peso": ("MXN", 1.0),
    "cent": ("USD", 0.01),
    "penny": ("GBP", 0.01),
    # currencies with no ISO code in use (or outside ISO 4217) that crosswire reads
    "finnish markka": ("FIM", 1.0),
    "peseta": ("ESP", 1.0),
    "netherlands guilde": ("NLG", 1.0),
    "mark": ("DEM", 1.0),
    "bitcoin": ("BTC", 1.0),
    "costa rican colón": ("CRC", 1.0),
    "georgian lari": ("GEL", 1.0),
    "lao kip": ("LAK", 1.0),
    # prices per share: the currency "per share"
    "dollar per share": ("USD per share", 1.0),
    "cent per share": ("USD per share", 0.01),
    "penny per share": ("GBP per share", 0.01),
    "canadian dollar per share": ("CAD per share", 1.0),
    "swiss franc per share": ("CHF per share", 1.0),
    "cent per dozen": ("USD per dozen", 0.01),
    # CQE's names (quantulum3's unit list) of other currencies crosswire reads
    "united states dollar": ("USD", 1.0),
    "indian rupee": ("INR", 1.0),
    "russian ruble": ("RUB", 1.0),
    "south african rand": ("ZAR", 1.0),
    "brazilian real": ("BRL", 1.0),
    "south korean won": ("KRW", 1.0),
    # index and score points
    "point": ("point", 1.0),
    # percentages
    "percentage": ("percent", 1.0),
    # durations and ages
    "second": ("second", 1.0),
    "minute": ("second", 60.0),
    "hour": ("second", 3600.0),
    "day": ("second", _DAY),
    "week": ("second", _WEEK),
    "month": ("second", _MONTH),
    "year": ("second", _YEAR),
    "day of age": ("second", _DAY),
    "week of age": ("second", _WEEK),
    "month of age": ("second", _MONTH),
    "year of age": ("second", _YEAR),
    "fortnight": ("second", 2 * _WEEK),
    "decade": ("second", 10 * _YEAR),
    # lengths
    "metre": ("metre", 1.0),
    "kilometre": ("metre", 1000.0),
    "centimetre": ("metre", 0.01),
    "decimetre": ("metre", 0.1),
    "millimetre": ("metre", 0.001),
    "picometre": ("metre", 1e-12),
    "mile": ("metre", 1609.344),
    "foot": ("metre", 0.3048),
    "inch": ("metre", 0.0254),
    "yard": ("metre", 0.9144),
    "micrometre": ("metre", 1e-6),
    "nanometre": ("metre", 1e-9),
    # areas
    "square metre": ("square metre", 1.0),
    "square kilometre": ("square metre", 1e6),
    "square mile": ("square metre", 2_589_988.110336),
    "acre": ("square metre", 4046.8564224),
    "hectare": ("square metre", 10_000.0),
    "square foot": ("square metre", 0.09290304),
    "square yard": ("square metre", 0.83612736),
    # masses
    "kilogram": ("kilogram", 1.0),
    "gram": ("kilogram", 0.001),
    "microgram": ("kilogram", 1e-9),
    "metric ton": ("kilogram", 1000.0),
    "ton": ("kilogram", 1000.0),
    "tonne": ("kilogram", 1000.0),
    "milligram": ("kilogram", 1e-6),
    "pound-mass": ("kilogram", 0.45359237),
    "ounce": ("kilogram", 0.028349523125),
    # volumes, speeds, data
    "millilitre": ("cubic metre", 1e-6),
    "litre": ("cubic metre", 0.001),
    "cubic metre": ("cubic metre", 1.0),
    "cubic kilometre": ("cubic metre", 1e9),
    "barrel": ("cubic metre", 0.158987294928),
    "gallon": ("cubic metre", 0.003785411784),
    "cup": ("cubic metre", 0.0002365882365),
    "tablespoon": ("cubic metre", 1.478676478125e-05),
    "teaspoon": ("cubic metre", 4.92892159375e-06),
    "cubic foot": ("cubic metre", 0.028316846592),
    "kilometre per hour": ("metre per second", 1 / 3.6),
    "mile per hour": ("metre per second", 0.44704),
    "metre per second": ("metre per second", 1.0),
    "knot": ("metre per second", 1852 / 3600),
    "revolutions per minute": ("revolution per minute", 1.0),
    "watt": ("watt", 1.0),
    "kilowatt": ("watt", 1e3),
    "megawatt": ("watt", 1e6),
    "horsepower": ("watt", 745.69987158227022),
    "kilowatt hour": ("watt hour", 1e3),
    "bit": ("byte", 0.125),
    "megabit": ("byte", 125e3),
    "megabyte": ("byte", 1e6),
    "byte": ("byte", 1.0),
    "kilobyte": ("byte", 1e3),
    "gigabyte": ("byte", 1e9),
    "terabyte": ("byte", 1e12),
    "kilobit": ("byte", 125.0),
    "gigabit": ("byte", 125e6),
    "kilobit per second": ("byte per second", 125.0),
    "megabit per second": ("byte per second", 125e3),
    "gigabit per second": ("byte per second", 125e6),
    # angles and temperatures (crosswire reads angles only where the sentence speaks of
    # turning, temperatures only with their scale written)
    "degree": ("degree", 1.0),
    "radian": ("degree", 180 / math.pi),
    "turn": ("degree", 360.0),
    "celsius": ("degree Celsius", 1.0),
    "degree Celsius": ("degree Celsius", 1.0),
    "degree angle": ("degree", 1.0),
    # rates of a measure, per year (a day is 365.25 of them a year)
    "barrel per day": ("cubic metre per year", 0.158987294928 * 365.25),
    "gallon per year": ("cubic metre per year", 0.003785411784),
    "metric ton per year": ("kilogram per year", 1000.0),
}
COUNT_UNITS = {"count": ("person", "item"), "-": ("person", "item"), "people": ("person",)}
# gold units with no crosswire canonical form (unit words, not counted nouns): a value
# found for them is always a unit mismatch
UNMAPPED_UNITS = frozenset(
    (
        *("percentage per year", "% interest"),
        *("satoshi", "sen", "sri lankan rupee"),
        *("dram", "metre per millisecond", "centimetre per millisecond"),
        *("kilometre per millisecond", "microgram per gram"),
    )
)
Q3_MAP: dict[str, tuple[str, ...]] = {
    "dimensionless": ("count", "-"),
    "year": ("year", "year of age"),
    "month": ("month", "month of age"),
    "week": ("week", "week of age"),
    "day": ("day", "day of age"),
}


@dataclass
class Gold:
    bounds: tuple[float, ...]
    unit: str


@dataclass
class Pred:
    text: str
    values: tuple[float, ...]
    unit_ok: Callable[[Gold], bool]  # does the gold's unit map to this prediction's unit?
    factor_of: Callable[[Gold], float]  # gold value x factor = value in the prediction's unit
    label: str
    desc: str


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


# crosswire keeps an age in years (quantity "age", unit "year"), not in seconds: a gold
# age in months, weeks or days is converted to years ("ten months old" is 10/12 year)
AGE_UNITS = {f"{u} of age": u for u in ("year", "month", "week", "day")}


def age_factor(gold_unit: str, claim_unit: str) -> float:
    """Gold age value x this = the age in the claim's unit ("month of age" -> year: 1/12)."""
    return UNIT_MAP[gold_unit][1] / UNIT_MAP[f"{claim_unit} of age"][1]


def gold_bounds(value: str) -> tuple[float, ...]:
    """ "75000000" -> (75000000,); "8-10" -> (8, 10)."""
    parts = re.split(r"(?<=\d)\s*-\s*(?=\d)", value.strip())
    return tuple(float(p) for p in parts)


_MEASURE_UNITS = frozenset(
    "metre|square metre|kilogram|degree|degree Celsius|cubic metre|metre per second|watt"
    "|watt hour|byte".split("|")
)
"""Canonical units of a gold measure (not a duration, percentage, rate or money)."""


def gold_class(unit: str) -> str:
    if unit in UNIT_MAP:
        canon = UNIT_MAP[unit][0]
        if canon == "second":
            return "age" if "of age" in unit else "duration"
        if canon in ("percent",):
            return "percent"
        if canon in _MEASURE_UNITS:
            return "measure"
        if canon.endswith(" per year"):
            return "rate"
        return "money"
    if unit in COUNT_UNITS:
        return "count"
    if unit in UNMAPPED_UNITS:
        return "unmapped unit"
    return "counted noun"


def singular(word: str) -> str:
    w = word.lower()
    for suf, rep in (("ies", "y"), ("ses", "s"), ("s", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2 and not w.endswith("ss"):
            return w[: -len(suf)] + rep
    return w


def crosswire_pred(c) -> Pred:
    values = [v for v in (c.value, c.low, c.high) if v is not None]
    if c.approximate and c.value is None:
        values.append((c.low + c.high) / 2)

    def unit_ok(g: Gold) -> bool:
        if c.quantity == "age":  # ages are kept in years ("46": 46 year)
            return g.unit in AGE_UNITS and f"{c.unit} of age" in UNIT_MAP
        if g.unit in UNIT_MAP:
            return UNIT_MAP[g.unit][0] == c.unit
        if g.unit in COUNT_UNITS:
            return c.quantity == "count" and c.unit in COUNT_UNITS[g.unit]
        if g.unit in UNMAPPED_UNITS:
            return False
        head = g.unit.split()[-1] if g.unit.split() else ""
        return c.quantity == "count" and bool(c.counted) and singular(c.counted) == singular(head)

    def factor_of(g: Gold) -> float:
        if c.quantity == "age" and g.unit in AGE_UNITS:
            return age_factor(g.unit, c.unit)
        return UNIT_MAP[g.unit][1] if g.unit in UNIT_MAP else 1.0

    shown = f"{c.value}" if c.value is not None else f"[{c.low:g}, {c.high:g}]"
    return Pred(
        c.text,
        tuple(values),
        unit_ok,
        factor_of,
        c.quantity,
        f"{c.text!r}={shown} {c.unit}" + (f" ({c.counted})" if c.counted else ""),
    )


def q3_pred(q) -> Pred:
    values = [q.value]
    if q.uncertainty:
        values += [q.value - q.uncertainty, q.value + q.uncertainty]
    name = q.unit.name

    def unit_ok(g: Gold) -> bool:
        return g.unit == name or g.unit in Q3_MAP.get(name, ())

    return Pred(
        q.surface,
        tuple(values),
        unit_ok,
        lambda g: 1.0,
        q.unit.entity.name,
        f"{q.surface!r}={q.value:g} {name}",
    )


def value_match(p: Pred, g: Gold, with_unit: bool) -> bool:
    if with_unit:
        if not p.unit_ok(g):
            return False
        f = p.factor_of(g)
        return any(close(v, b * f) for v in p.values for b in g.bounds)
    targets = list(g.bounds)
    f = p.factor_of(g)
    if f != 1.0:
        targets += [b * f for b in g.bounds]
    return any(close(v, t) for v in p.values for t in targets)


def match(preds: Sequence[Pred], golds: Sequence[Gold], with_unit: bool) -> dict[int, int]:
    """Gold index -> prediction index, one-to-one, greedy in gold order."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for j, g in enumerate(golds):
        for i, p in enumerate(preds):
            if i not in used and value_match(p, g, with_unit):
                out[j] = i
                used.add(i)
                break
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load(folder: Path) -> list[tuple[str, str, list[Gold]]]:
    """(file key, sentence, golds) for every sentence of every CQE file."""
    rows = []
    for key in FILES:
        for path in sorted(folder.glob(f"cqe-{key}*.json")):
            for item in json.loads(path.read_text(encoding="utf-8")):
                golds = [
                    Gold(gold_bounds(str(q["value"])), q["normalized_unit"])
                    for q in item["quantities"]
                ]
                rows.append((key, item["text"], golds))
    return rows


def score(
    rows: Sequence[tuple[str, str, list[Gold]]],
    preds: Sequence[list[Pred]],
    show: int,
    name: str,
) -> dict[str, float | int]:
    tally: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in (*FILES, "all")}
    misses: list[tuple[str, str]] = []
    falses: list[tuple[str, str]] = []
    for (key, text, golds), ps in zip(rows, preds, strict=True):
        mv = match(ps, golds, with_unit=False)
        mu = match(ps, golds, with_unit=True)
        for k in (key, "all"):
            t = tally[k]
            t[0] += len(ps)
            t[1] += len(golds)
            t[2] += len(mv)
            t[3] += len(mu)
        if show:
            hit = set(mu.values())
            for j, g in enumerate(golds):
                if j in mu:
                    continue
                cls = gold_class(g.unit)
                if j in mv:
                    cause = f"{cls}: unit differs"
                    got = f" ours {ps[mv[j]].desc}"
                else:
                    cause = f"{cls}: value not found"
                    got = ""
                bounds = "-".join(f"{b:g}" for b in g.bounds)
                misses.append((cause, f"gold {bounds} {g.unit}{got}  | {text[:160]}"))
            value_hit = set(mv.values())
            for i, p in enumerate(ps):
                if i in hit:
                    continue
                cause = f"{p.label}: " + ("unit differs" if i in value_hit else "no gold value")
                falses.append((cause, f"{p.desc}  | {text[:160]}"))
    if show:
        print_grouped(f"{name}: missed (no value+unit match)", misses, show)
        print_grouped(f"{name}: false (no value+unit match)", falses, show)
    out: dict[str, float | int] = {}
    for k, (n_pred, n_gold, tp_v, tp_u) in tally.items():
        vp, vr, vf = prf(tp_v, n_pred, n_gold)
        up, ur, uf = prf(tp_u, n_pred, n_gold)
        out |= {
            f"{k}_gold": n_gold,
            f"{k}_predicted": n_pred,
            f"{k}_value_p": vp,
            f"{k}_value_r": vr,
            f"{k}_value_f1": vf,
            f"{k}_unit_p": up,
            f"{k}_unit_r": ur,
            f"{k}_unit_f1": uf,
        }
    return out


def run(
    data: Path | None = None, show: int = 0, baseline_too: bool = True
) -> dict[str, float | int]:
    """Score crosswire (and the quantulum3 baseline); metric name -> value.

    Keys: ``sentences``; for each of ``currency``, ``dimension``, ``age`` and
    ``all``: ``<set>_gold``, ``<set>_predicted``, ``<set>_value_p/r/f1`` and
    ``<set>_unit_p/r/f1`` (value+unit); ``parse_s`` and ``find_s``.  The
    baseline's figures have the same names prefixed ``quantulum3_`` (with
    ``quantulum3_s`` its time).
    """
    rows = load(data or DEFAULT)
    nlp = load_nlp(Settings().spacy_model)
    nlp("warm up")
    articles = [Article.create(text, f"cqe-{key}") for key, text, _ in rows]
    t0 = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=64))
    t_parse = time.perf_counter() - t0
    preds: list[list[Pred]] = []
    t_find = 0.0
    for a, d in zip(articles, docs, strict=True):
        parsed = parsed_from_doc(a, d)
        t0 = time.perf_counter()
        claims = find_claims(parsed)
        t_find += time.perf_counter() - t0
        preds.append([crosswire_pred(c) for c in claims])
    res: dict[str, float | int] = {"sentences": len(rows)}
    res |= score(rows, preds, show, "crosswire")
    res["parse_s"] = t_parse
    res["find_s"] = t_find
    if baseline_too:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

            t0 = time.perf_counter()
            qpreds = [[q3_pred(q) for q in parser.parse(text)] for _, text, _ in rows]
            res["quantulum3_s"] = time.perf_counter() - t0
        for k, v in score(rows, qpreds, show, "quantulum3").items():
            res[f"quantulum3_{k}"] = v
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT, help="a folder of cqe-*.json files")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses and N false")
    ap.add_argument("--no-baseline", action="store_true", help="skip quantulum3")
    args = ap.parse_args()
    res = run(args.data, args.show, not args.no_baseline)
    systems = [("crosswire", "")]
    if "quantulum3_all_gold" in res:
        systems.append(("quantulum3", "quantulum3_"))
    sizes = ", ".join(f"{k} {res[k + '_gold']}" for k in FILES)
    print(f"CQE quantities: {res['sentences']} sentences; gold quantities: {sizes}")
    print(
        f"{'system':<11} {'set':<10} {'gold':>5} {'pred':>5} "
        f"{'val P':>6} {'val R':>6} {'val F1':>6} {'v+u P':>6} {'v+u R':>6} {'v+u F1':>6}"
    )
    for label, pre in systems:
        for k in (*FILES, "all"):
            g = pre + k
            print(
                f"{label:<11} {k:<10} {res[g + '_gold']:>5} {res[g + '_predicted']:>5} "
                f"{res[g + '_value_p']:>6.3f} {res[g + '_value_r']:>6.3f} "
                f"{res[g + '_value_f1']:>6.3f} {res[g + '_unit_p']:>6.3f} "
                f"{res[g + '_unit_r']:>6.3f} {res[g + '_unit_f1']:>6.3f}"
            )
    extra = f", quantulum3 {res['quantulum3_s']:.2f}s" if "quantulum3_s" in res else ""
    print(f"(time: spaCy parse {res['parse_s']:.2f}s, find_claims {res['find_s']:.2f}s{extra})")


if __name__ == "__main__":
    main()
