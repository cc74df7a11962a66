"""Linking time for one story of 50, 500 and 5,000 synthetic articles.

    .venv/bin/python bench/link_scale.py [--sizes 50 500 5000] [--encoder]

Each synthetic article (generated here, seeded) has the findings a real one
has: 12 sentences, person and organisation mentions drawn from a pool that
includes transliteration variants and near-namesakes, three quotes (variants
of a pool of statements, with fragments), five numeric claims (counts,
durations, areas, money), three dated expressions and credits.  The whole
``build_dossier`` (entities, quotes, claims, timeline, reuse, coverage) is
timed; ``--encoder`` adds the multilingual encoder for quote alignment.
Prints seconds, articles/s and the growth ratio per tenfold size: linear
growth is 10x, quadratic 100x.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from crosswire.link.dossier import build_dossier
from crosswire.model import (
    Analysis,
    Article,
    Claim,
    Credit,
    Mention,
    Quote,
    Sentence,
    Story,
    TimeExpression,
)
from crosswire.resources import load_encoder

PEOPLE = [
    "Muhammad al-Qahtani", "Mohamed el-Kahtani", "Mohammed Al-Qahtany", "Mohammed al-Qasimi",
    "Abdul Rahman Haddad", "Abdel-Rahman Haddad", "Leila Haddad", "Adaeze Okafor", "Tomas Verhoek",
    "Nadia Farouk", "Adel Mansour", "Priya Anand",
]  # fmt: skip
ORGS = ["Rapid Coastal Force", "RCF", "Meridian Press Agency", "MPA", "Vantage Monitoring Group"]
STATEMENTS = [
    "This operation is a message to everyone who profits from the occupation of our coast",
    "We warned the guards on Friday to leave the depot and they chose to stay",
    "Nobody will be allowed to hold this province hostage",
    "The fire will be out within a day and the port will reopen",
    "We lost four of our men and they were guards not soldiers",
    "Every tank we lose is a week without fuel for the province",
]
FILLER = "officials said the situation at the port remained tense as crews worked through the night"
COUNTED = ["attacker", "guard", "tank", "boat", "firefighter", "tanker"]


def article(i: int, rng: random.Random) -> tuple[Article, Analysis]:
    day = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randrange(3))
    parts: list[str] = []
    mentions: list[tuple[int, int, str, str]] = []
    quotes: list[tuple[int, int, str]] = []
    claims: list[tuple[int, int, str, float, str]] = []
    times: list[tuple[int, int, str, dt.date]] = []
    credits: list[tuple[int, int, str]] = []
    pos = 0

    def add(text: str) -> int:
        nonlocal pos
        start = pos
        parts.append(text)
        pos += len(text) + 1
        return start

    for s in range(12):
        kind = s % 4
        if kind == 0:
            name = rng.choice(PEOPLE)
            st = rng.choice(STATEMENTS)
            if rng.random() < 0.3:
                st = " ".join(st.split()[rng.randrange(3) :][:8])
            start = add(f'"{st}," said {name}.')
            quotes.append((start + 1, start + 1 + len(st), name))
            ns = start + len(st) + 9
            mentions.append((ns, ns + len(name), name, "PERSON"))
        elif kind == 1:
            n = rng.choice([4, 12, 36, 200, 300, 2])
            noun = rng.choice(COUNTED)
            start = add(f"About {n} {noun}s were reported at the depot, {FILLER}.")
            claims.append((start + 6, start + 6 + len(f"{n} {noun}s"), noun, float(n), "count"))
        elif kind == 2:
            org = rng.choice(ORGS)
            start = add(f"According to the {org}, the video was posted late Sunday.")
            credits.append((start, start + 17 + len(org), org))
            mentions.append((start + 17, start + 17 + len(org), org, "ORG"))
            ts = start + 17 + len(org) + 26
            times.append(
                (
                    ts,
                    ts + 11,
                    "late Sunday",
                    dt.date(2026, 3, 8) + dt.timedelta(days=rng.randrange(2)),
                )
            )
        else:
            minutes = rng.choice([2.5, 3, 12])
            start = add(f"The clip lasted {minutes} minutes and the fire burned for 12 hours.")
            claims.append(
                (start + 16, start + 16 + len(f"{minutes} minutes"), "", minutes * 60, "duration")
            )
    text = " ".join(parts)
    a = Article.create(text, f"Article {i}", outlet=f"Outlet {i % 40}", published=day)
    sents, p = [], 0
    for part in parts:
        sents.append(Sentence(a.id, p, p + len(part)))
        p += len(part) + 1
    an = Analysis(
        a.id,
        sentences=tuple(sents),
        mentions=tuple(Mention(a.id, s, e, text[s:e], lab) for s, e, _, lab in mentions),
        quotes=tuple(Quote(a.id, s, e, text[s:e], speaker=who) for s, e, who in quotes),
        claims=tuple(
            Claim(
                a.id,
                s,
                e,
                text[s:e],
                v,
                v,
                v,
                "person"
                if q == "count" and c in ("attacker", "guard", "firefighter")
                else ("item" if q == "count" else "second"),
                q,
                c or None,
            )
            for s, e, c, v, q in claims
        ),
        times=tuple(
            TimeExpression(a.id, s, e, text[s:e], d, relative=True) for s, e, _, d in times
        ),
        credits=tuple(Credit(a.id, s, e, text[s:e], src, "wire") for s, e, src in credits),
    )
    return a, an


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    ap.add_argument("--encoder", action="store_true", help="align quotes with the sentence encoder")
    args = ap.parse_args()
    encoder = load_encoder(2) if args.encoder else None
    rng = random.Random(7)
    print(
        f"{'articles':>8} {'seconds':>8} {'articles/s':>10} {'growth':>7}  quotes  claims  timeline"
    )
    prev = None
    for n in args.sizes:
        items = [article(i, rng) for i in range(n)]
        arts = [a for a, _ in items]
        story = Story("s-bench", "bench", tuple(a.id for a in arts))
        t0 = time.perf_counter()
        d = build_dossier(story, arts, {an.article: an for _, an in items}, encoder)
        secs = time.perf_counter() - t0
        growth = f"{secs / prev:.1f}x" if prev else "-"
        print(
            f"{n:>8} {secs:>8.2f} {n / secs:>10.0f} {growth:>7}  {len(d.quotes):>6}  "
            f"{len(d.claims):>6}  {len(d.timeline):>8}"
        )
        prev = secs


if __name__ == "__main__":
    main()
