"""One table of real scores: every development set in ``../shared/eval/``.

    .venv/bin/python bench/eval_real.py [--only basil,ggt,...] [--json FILE] [--show N]

Each row is one measure on one real set nobody on the team wrote, with a
well-known offline baseline measured in the same run where one exists.  The
sets and their scripts (each runs alone too, with its own docstring saying
how it matches and what it counts):

* ``basil``: BASIL dev, 15 real events x 3 outlets, exhaustive gold
  (``crosswire evaluate ../shared/eval/coverage/basil-dev/gold.json``);
* ``ggt``: GGT dev quotes (``bench/eval_quotes.py``);
* ``stories``: ECB+ dev story clustering, sub-topics as gold (``bench/eval_stories.py``);
* ``entities``: ECB+ cross-document entities (``bench/eval_entities.py``);
* ``times``: TBAQ time expressions, baseline dateparser (``bench/eval_times.py``);
* ``quantities``: CQE quantities, baseline quantulum3 (``bench/eval_quantities.py``);
* ``names``: Arabic name variants from ``arabic-name-romanizer`` (``bench/eval_names.py``);
* ``extraction``: article extraction, baseline bare trafilatura (``bench/eval_extraction.py``).

``docs/evaluation.md`` opens with this script's latest output.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _procs import machine

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
BASIL = SHARED / "coverage" / "basil-dev" / "gold.json"

Row = tuple[str, str, str, str]  # set, measure, crosswire, baseline


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _prf(p: float | None, r: float, f: float | None) -> str:
    return f"{_f(p)} / {_f(r)} / {_f(f)}"


def _ratio(extra: dict[str, list[int]], name: str) -> str:
    right, total = extra.get(name, [0, 0])
    return f"{right / total:.3f} ({right}/{total})" if total else "-"


def basil(show: int) -> tuple[list[Row], dict[str, Any]]:
    from crosswire import api
    from crosswire.evaluate import evaluate, load_gold
    from crosswire.settings import Settings
    from crosswire.store import open_store

    gold = load_gold(BASIL)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "basil.db")
        settings = Settings(db=db)
        with open_store(db) as store:
            api.ingest([BASIL.parent / gold.get("corpus", ".")], settings=settings, store=store)
            articles = store.articles()
            ev = evaluate(
                gold,
                articles,
                store.analyses(a.id for a in articles),
                store.stories(),
                api.dossiers(store, settings=settings),
            )
    s, lk = ev.scores, ev.links
    q, c, t, cr = s["quotes"], s["claims"], s["times"], s["credits"]
    rows: list[Row] = [
        ("BASIL dev", "quotes P / R / F1", _prf(q.precision, q.recall, q.f1), ""),
        ("BASIL dev", "quote speaker right (matched)", f"{q.accuracy:.3f}", ""),
        (
            "BASIL dev",
            "quote speaker right when given",
            _ratio(q.extra, "speaker right when given"),
            "",
        ),
        (
            "BASIL dev",
            "quote speaker right in the dossier",
            _ratio(q.extra, "speaker right in the dossier"),
            "",
        ),
        ("BASIL dev", "people pairs P / R / F1", _prf(*_pair(lk["people"])), ""),
        ("BASIL dev", "entity must-not-merge kept apart", f"{lk['entities'].kept_apart:.3f}", ""),
        ("BASIL dev", "entity must-merge recall", f"{lk['entities'].recall:.3f}", ""),
        (
            "BASIL dev",
            "gold people not split",
            _ratio(lk["people"].extra, "gold people in one entity"),
            "",
        ),
        (
            "BASIL dev",
            "person entities that are people",
            _ratio(lk["people"].extra, "person entities that are gold people"),
            "",
        ),
        ("BASIL dev", "quote group pairs P / R / F1", _prf(*_pair(lk["quote groups"])), ""),
        ("BASIL dev", "claims recall / value acc", f"{c.recall:.3f} / {c.accuracy:.3f}", ""),
        ("BASIL dev", "claim group pairs P / R / F1", _prf(*_pair(lk["claim groups"])), ""),
        (
            "BASIL dev",
            "claim status right",
            f"{lk['claim groups'].statuses_right}/{lk['claim groups'].statuses}",
            "",
        ),
        (
            "BASIL dev",
            "conflict precision",
            _ratio(lk["claim groups"].extra, "conflict precision"),
            "",
        ),
        ("BASIL dev", "credits P / R / F1", _prf(cr.precision, cr.recall, cr.f1), ""),
        ("BASIL dev", "times recall / date acc", f"{t.recall:.3f} / {t.accuracy:.3f}", ""),
        (
            "BASIL dev",
            "timeline conflicts found / false",
            f"{lk['timeline conflicts'].together}/{lk['timeline conflicts'].pairs} / "
            + str(len(lk["timeline conflicts"].false)),
            "",
        ),
        ("BASIL dev", "stories B-cubed F1", f"{ev.stories[2]:.3f}", ""),
    ]
    if show:
        for sc in [*ev.scores.values(), *ev.links.values()]:
            for line in [*sc.misses[:show], *sc.false[:show]]:
                print(f"  [basil] {line}")
    metrics = {
        "quotes_p": q.precision,
        "quotes_r": q.recall,
        "speaker_acc": q.accuracy,
        "people_f1": lk["people"].f1,
        "quote_groups_f1": lk["quote groups"].f1,
        "claim_groups_f1": lk["claim groups"].f1,
        "credits_f1": cr.f1,
        "times_acc": t.accuracy,
    }
    return rows, metrics


def _pair(sc: Any) -> tuple[float | None, float, float | None]:
    return sc.precision, sc.recall, sc.f1


def ggt(show: int) -> tuple[list[Row], dict[str, Any]]:
    import eval_quotes

    m = eval_quotes.run(show=show)["metrics"]
    return [
        (
            "GGT dev",
            "direct quotes exact P / R / F1",
            _prf(m["exact_p"], m["exact_r"], m["exact_f1"]),
            "",
        ),
        ("GGT dev", "speaker acc (matched direct)", f"{m['speaker_acc']:.3f}", ""),
        ("GGT dev", "speaker prec (when given)", f"{m['speaker_prec']:.3f}", ""),
        ("GGT dev", "overlap recall, all quotes", f"{m['recall_all']:.3f}", ""),
    ], m


def stories(show: int) -> tuple[list[Row], dict[str, Any]]:
    import eval_stories

    m = eval_stories.run()
    return [
        (
            "ECB+ dev stories",
            "B-cubed P / R / F1 (undated)",
            _prf(m["undated_p"], m["undated_r"], m["undated_f1"]),
            "",
        ),
        (
            "ECB+ dev stories",
            "B-cubed P / R / F1 (dates from text)",
            _prf(m["dated_p"], m["dated_r"], m["dated_f1"]),
            "",
        ),
        (
            "ECB+ dev stories",
            "B-cubed P / R / F1 (as ingested, +addresses)",
            _prf(m["ingested_p"], m["ingested_r"], m["ingested_f1"]),
            "",
        ),
        (
            "ECB+ dev stories",
            "stories made / gold",
            f"{m['undated_stories']:.0f} / {m['gold_stories']:.0f}",
            "",
        ),
    ], m


def entities(show: int) -> tuple[list[Row], dict[str, Any]]:
    import eval_entities

    m = eval_entities.run(show=show)
    rows = [("ECB+ dev entities", label, value, "") for label, value in eval_entities.summary(m)]
    return rows, m


def times(show: int) -> tuple[list[Row], dict[str, Any]]:
    import eval_times

    m = eval_times.run(show=show)

    def both(key: str) -> tuple[str, str]:
        return f"{m[key]:.3f}", f"{m['dateparser_' + key]:.3f}"

    rows: list[Row] = [
        (
            "TBAQ times",
            "extent P / R / F1",
            _prf(m["extent_p"], m["extent_r"], m["extent_f1"]),
            _prf(m["dateparser_extent_p"], m["dateparser_extent_r"], m["dateparser_extent_f1"]),
        ),
        ("TBAQ times", "value accuracy (matched)", *both("value_acc")),
        ("TBAQ times", "TempEval-3 value F1", *both("value_f1")),
        (
            "TBAQ times",
            "recall DATE / DURATION",
            f"{m['recall_date']:.3f} / {m['recall_duration']:.3f}",
            "",
        ),
        ("TBAQ times", "DATE extent precision (found dates)", *both("date_extent_p")),
    ]
    return rows, m


def quantities(show: int) -> tuple[list[Row], dict[str, Any]]:
    import eval_quantities

    m = eval_quantities.run(show=show)
    q = "quantulum3_"
    return [
        (
            "CQE quantities",
            "value+unit P / R / F1",
            _prf(m["all_unit_p"], m["all_unit_r"], m["all_unit_f1"]),
            _prf(m[q + "all_unit_p"], m[q + "all_unit_r"], m[q + "all_unit_f1"]),
        ),
        (
            "CQE quantities",
            "value F1",
            f"{m['all_value_f1']:.3f}",
            f"{m[q + 'all_value_f1']:.3f}",
        ),
        *[
            (
                "CQE quantities",
                f"value+unit F1, {part}",
                f"{m[part + '_unit_f1']:.3f}",
                f"{m[q + part + '_unit_f1']:.3f}",
            )
            for part in ("currency", "dimension", "age")
        ],
    ], m


def names(show: int) -> tuple[list[Row], dict[str, Any]]:
    import eval_names

    m = eval_names.run(show=show)
    return [("name variants", label, value, "") for label, value in eval_names.summary(m)], m


def extraction(show: int) -> tuple[list[Row], dict[str, Any]]:
    import eval_extraction

    m = eval_extraction.run()
    return [
        (
            "article extraction",
            "token P / R / F1",
            _prf(m["crosswire_p"], m["crosswire_r"], m["crosswire_f1"]),
            _prf(m["trafilatura_p"], m["trafilatura_r"], m["trafilatura_f1"]),
        )
    ], m


SETS: dict[str, Callable[[int], tuple[list[Row], dict[str, Any]]]] = {
    "basil": basil,
    "ggt": ggt,
    "stories": stories,
    "entities": entities,
    "times": times,
    "quantities": quantities,
    "names": names,
    "extraction": extraction,
}

BASELINES = {
    "times": "dateparser",
    "quantities": "quantulum3",
    "extraction": "trafilatura (bare)",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="", help="comma-separated sets: " + ",".join(SETS))
    ap.add_argument("--json", type=Path, help="also write every metric to this JSON file")
    ap.add_argument("--show", type=int, default=0, help="print N errors per measure")
    args = ap.parse_args()
    chosen = [s for s in args.only.split(",") if s] or list(SETS)
    unknown = set(chosen) - set(SETS)
    if unknown:
        ap.error(f"unknown sets: {', '.join(sorted(unknown))}")
    rows: list[Row] = []
    metrics: dict[str, Any] = {}
    timings: list[str] = []
    for name in chosen:
        t0 = time.perf_counter()
        got, m = SETS[name](args.show)
        rows += [(a, b, c, f"{d} ({BASELINES[name]})" if d else "") for a, b, c, d in got]
        metrics[name] = m
        timings.append(f"{name} {time.perf_counter() - t0:.0f}s")
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    w2 = max(len(r[2]) for r in rows)
    print(f"real development sets ({machine()})")
    print(f"{'set':<{w0}}  {'measure':<{w1}}  {'crosswire':<{w2}}  baseline, same run")
    last = ""
    for s, measure, ours, base in rows:
        print(f"{s if s != last else '':<{w0}}  {measure:<{w1}}  {ours:<{w2}}  {base}")
        last = s
    print("time: " + ", ".join(timings))
    if args.json:
        args.json.write_text(json.dumps(metrics, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
