"""Export time of one 500-article story: JSON, Markdown and HTML (goal: <= 2 s each).

    .venv/bin/python bench/export_time.py [--articles 500] [--workers 2]

The story is synthetic and fictional: a storm ("Halvard") over fictional towns,
covered by 35 made-up outlets over six days. Each article is generated from
templates with several phrasings each (seeded, so every run is the same): a
dateline, death tolls and evacuation counts that grow by day and differ by
outlet and source, two to four quotes from ten officials and residents (two
statements each, verbatim or cut short), weekday references, hedges, other
figures (homes without power, meals, damage), and wire paragraphs that a
third of the articles reuse word for word. The articles are ingested for real (the
analysis runs through the pipeline, on ``--workers`` processes) and then
put into one story.

Timed, warm (models loaded), in this process:

* baseline: loading the story's articles and analyses from the store;
* the dossier build (``crosswire.api.dossiers``: entities, quotes with the
  sentence encoder, claims, timeline, provenance, reuse);
* each rendering (JSON with schema validation, Markdown, HTML);

an export is the build plus one rendering, what ``crosswire export --story``
does after start-up. A cold ``crosswire export --format html`` in a fresh
process (imports and encoder load included) is timed too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _procs import machine
from crosswire import api
from crosswire.model import Story
from crosswire.report import dossier_json, dumps, render_html, render_markdown
from crosswire.resources import load_encoder
from crosswire.settings import Settings
from crosswire.store import open_store

TOWNS = ["Marrow Bay", "Ostrel", "Kelvane", "Dunhaven", "Port Siry", "Lisk", "Amberfall"]
PROVINCE = "Calder province"
SOURCES = [
    ("the provincial interior ministry", "official"),
    ("the Calder Red Cross", "other"),
    ("local officials", "official"),
    ("the national weather office", "official"),
    ("hospital staff", "witness"),
]
SPEAKERS = [
    ("Teodora Vask", "the provincial emergency director"),
    ("Anselm Rook", "the mayor of Marrow Bay"),
    ("Maren Holt", "a spokeswoman for the Calder Red Cross"),
    ("Ilse Brandt", "a hospital director in Ostrel"),
    ("Dario Lenz", "the interior minister"),
    ("Oskar Feld", "a fisherman in Lisk"),
    ("Nadia Corvo", "a teacher in Kelvane"),
    ("Piet Hallan", "the head of the coast guard"),
    ("Lucia Brann", "a meteorologist at the national weather office"),
    ("Emil Sarto", "a volunteer rescuer"),
]
QUOTES = [
    "We have never seen water rise this fast in the old harbour",
    "Our teams are working through the night to reach the villages cut off by the flood",
    "The hospital is full and we are treating people in the corridors",
    "Everyone who lives near the river must leave their homes before nightfall",
    "The storm destroyed the sea wall that protected the lower town for a century",
    "I lost my boat and my house in one night, and I do not know where to go",
    "The children were frightened but the school held and nobody was hurt inside",
    "Helicopters will fly again as soon as the wind drops below storm strength",
    "We expect more rain on Thursday, and the rivers are already at their highest level",
    "The government will pay for every family that has lost its home to rebuild",
    "We pulled eleven people from the roofs of their cars on the coast road",
    "The bridge to Kelvane is closed and will stay closed until engineers inspect it",
]
OUTLETS = [
    f"{a} {b}"
    for a in (
        "Calder",
        "Northcoast",
        "Marrow Bay",
        "Harbour",
        "Evening",
        "Coastal",
        "Daily",
        "Lisk",
    )
    for b in ("Courier", "Herald", "Post", "Tribune", "Observer")
]
WIRE = [
    "Storm Halvard made landfall near Marrow Bay late on Sunday with winds of up to "
    "{wind} kilometres per hour, tearing roofs from houses and flooding the old harbour.",
    "Rescue teams used boats to reach villages along the Orl river, where {evac} residents "
    "had been evacuated, according to {source}.",
    "The national weather office said {rain} millimetres of rain had fallen in 48 hours, "
    "more than the region usually receives in a month.",
]
WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


LEDES = [
    "At least {dead} people were killed in {province} by Storm Halvard, {source} said on "
    "{weekday}.",
    "Storm Halvard has killed {dead} people across {province}, according to {source}.",
    "The number of dead from Storm Halvard rose to {dead} on {weekday}, {source} said, as "
    "floodwater spread through {town}.",
    "Rescuers in {town} were still searching for the missing on {weekday} after a storm that "
    "{source} said had killed {dead} people.",
    "{town} woke on {weekday} to flooded streets and a death toll of {dead}, {source} said.",
]
QUOTE_FORMS = [
    '"{q}," said {name}, {role}.',
    '{name}, {role}, told {outlet}: "{q}."',
    '"{q}," {name} told reporters in {town} on {weekday}.',
    'Speaking in {town}, {name} said: "{q}."',
]
EXTRAS = [
    "About {evac} residents had been evacuated from homes in {town} and {town2} by {weekday} "
    "evening, according to {source2}.",
    "{evac} people spent the night in schools and sports halls, {source2} said.",
    "Power was cut to {homes} homes in {town2}, and engineers said repairs could take a week.",
    "Schools in {town2} will stay closed until {later}, the education office said.",
    "The coast road between {town} and {town2} remains shut after {slides} landslides.",
    "{who} said the real toll was higher, but the claim could not be independently verified.",
    "Volunteers in {town2} handed out {meals} hot meals on {weekday}, organisers said.",
    "Insurers estimate the damage at {money} million marks, a figure the ministry did not confirm.",
]


def article(i: int, rng: random.Random, start: dt.date) -> dict[str, str]:
    day = rng.randrange(6)
    date = start + dt.timedelta(days=day)
    weekday = WEEKDAYS[(date.weekday() + 1) % 7]
    town, town2 = rng.sample(TOWNS, 2)
    outlet = OUTLETS[i % len(OUTLETS)]
    dead = 4 + 3 * day + rng.choice([-1, 0, 0, 1, 2])
    evac = 1000 + 400 * day + rng.randrange(0, 10) * 50
    fill = {
        "dead": str(dead),
        "evac": f"{evac:,}",
        "town": town,
        "town2": town2,
        "weekday": weekday,
        "later": WEEKDAYS[(day + 3) % 7],
        "province": PROVINCE,
        "outlet": outlet,
        "source": rng.choice(SOURCES)[0],
        "source2": rng.choice(SOURCES)[0],
        "homes": f"{rng.randrange(2, 40) * 500:,}",
        "slides": str(rng.randint(20, 60)),
        "meals": f"{rng.randrange(4, 30) * 100:,}",
        "money": str(rng.randrange(40, 90) * 5),
        "who": rng.choice(["Some residents", "Witnesses", "Opposition politicians"]),
        "wind": str(rng.choice([140, 150, 160])),
        "rain": str(rng.choice([180, 200, 210])),
    }
    titles = [
        f"Storm Halvard death toll rises to {dead} in {PROVINCE}",
        f"{town} counts the damage as Storm Halvard moves inland",
        f"Thousands evacuated as floods follow Storm Halvard in {town}",
        f"Storm Halvard: rescuers reach cut-off villages near {town}",
        f"Day {day + 1} of Storm Halvard: {town2} braces for more rain",
    ]
    dateline = f"{town.upper()}, {date:%B} {date.day} ({outlet}) — "
    paras = [dateline + rng.choice(LEDES).format(**fill)]
    if rng.random() < 0.33:  # wire copy, reused word for word
        paras += [w.format(**fill) for w in rng.sample(WIRE, 2)]
    for k in rng.sample(range(len(SPEAKERS)), rng.randint(2, 4)):
        name, role = SPEAKERS[k]
        quote = QUOTES[(k + rng.choice([0, 5])) % len(QUOTES)]  # two quotes per speaker
        if rng.random() < 0.3:  # a part of the quote
            words = quote.split()
            quote = " ".join(words[: max(6, len(words) * 2 // 3)])
        form = rng.choice(QUOTE_FORMS)
        paras.append(form.format(q=quote, name=name, role=role, **fill))
    paras += [e.format(**fill) for e in rng.sample(EXTRAS, rng.randint(2, 4))]
    return {
        "title": rng.choice(titles),
        "text": "\n\n".join(paras),
        "published": date.isoformat(),
        "outlet": outlet,
        "url": f"https://news.example/{outlet.lower().replace(' ', '-')}/{i}",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3, help="timed repetitions (best is shown)")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    rng = random.Random(7)
    records = [article(i, rng, dt.date(2026, 3, 1)) for i in range(args.articles)]

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "halvard.jsonl"
        src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        db = str(Path(tmp) / "halvard.db")
        settings = Settings(db=db)
        t0 = time.perf_counter()
        report = api.ingest([src], settings=settings, workers=args.workers)
        build_store = time.perf_counter() - t0
        with open_store(db) as store:
            ids = tuple(sorted(a.id for a in store.articles()))
            story = Story("halvard", "Storm Halvard", ids)
            store.replace_stories([story])
        print(
            f"store: {report.ingested} articles ingested with {args.workers} "
            f"worker{'s' if args.workers > 1 else ''} in "
            f"{build_store:.1f} s (not part of the export), one story of {len(ids)}"
        )
        load_encoder(settings.encoder_threads).encode(["warm-up"])  # loaded before timing

        best: dict[str, float] = {}

        def clock(name: str, seconds: float) -> None:
            best[name] = min(best.get(name, float("inf")), seconds)

        sizes: dict[str, int] = {}
        for _ in range(args.repeat):
            with open_store(db) as store:
                t0 = time.perf_counter()
                store.articles(list(ids))
                store.analyses(ids)
                clock("load", time.perf_counter() - t0)
                t0 = time.perf_counter()
                (d,) = api.dossiers(store, "halvard", settings=settings)
                clock("build", time.perf_counter() - t0)
            for fmt, render in (
                (
                    "json",
                    lambda d=d: dumps(dossier_json([d])[0]),
                ),
                ("json-novalidate", lambda d=d: dumps(dossier_json([d], validate=False)[0])),
                ("markdown", lambda d=d: render_markdown(d)),
                ("html", lambda d=d: render_html(d)),
            ):
                t0 = time.perf_counter()
                out = render()
                clock(fmt, time.perf_counter() - t0)
                sizes[fmt] = len(out.encode("utf-8"))

        cli = Path(sys.executable).with_name("crosswire")
        t0 = time.perf_counter()
        subprocess.run(
            [
                str(cli),
                "export",
                "--db",
                db,
                "--story",
                "halvard",
                "--format",
                "html",
                "--out",
                str(Path(tmp) / "halvard.html"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        cold = time.perf_counter() - t0

    print(
        f"dossier: {len(d.entities)} entities, {len(d.quotes)} quote groups, "
        f"{len(d.claims)} claim groups, {len(d.timeline)} timeline items, "
        f"{len(d.reuse)} reuse pairs"
    )
    base = best["load"]
    step = f"step (best of {args.repeat})"
    print(f"{step:<36} {'seconds':>8} {'x load':>7} {'output':>9}")
    print(f"{'load story from store (baseline)':<36} {base:>8.2f} {1:>7.1f}")
    print(f"{'build dossier':<36} {best['build']:>8.2f} {best['build'] / base:>7.1f}")
    for fmt in ("json", "markdown", "html"):
        total = best["build"] + best[fmt]
        print(
            f"{'export ' + fmt + ' (build + render)':<36} {total:>8.2f} {total / base:>7.1f} "
            f"{sizes[fmt] / 1024:>7.0f} KiB   (render alone {best[fmt]:.2f} s)"
        )
    print(
        f"{'(json without schema validation)':<36} {best['build'] + best['json-novalidate']:>8.2f}"
    )
    print(f"{'cold `crosswire export --format html`':<36} {cold:>8.2f} {cold / base:>7.1f}")


if __name__ == "__main__":
    main()
