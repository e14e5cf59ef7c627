"""Benchmark the installed ``claimtrack`` on synthetic corpora of 100, 1,000 and 10,000 articles.

Run by hand (never inside the test suite)::

    .venv/bin/python benchmarks/run.py            # N = 100, 1000, 10000
    .venv/bin/python benchmarks/run.py 100 1000   # chosen sizes

For each N it generates the corpus (benchmarks/corpus.py, fixed seed), then
times, each in a fresh process running the installed ``claimtrack``:

- ``ingest`` of the whole folder into a new database;
- ``conflicts --recompute --json``;
- ``claims --json`` and the other listing commands;

measures the peak resident memory of each command (``getrusage(RUSAGE_CHILDREN)``
in a small wrapper process per command, so one command's peak never hides
another's), the database size, and scores the conflicts found against the
planted answer key: recall (planted deviations covered by a found conflict
of the right kind with a mention overlapping the planted span) and false
alarms (found conflicts with no mention on any planted span).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

LISTINGS = [
    ("claims --json", ["claims", "--json"]),
    ("claims", ["claims"]),
    ("conflicts --json", ["conflicts", "--json"]),
    ("conflicts", ["conflicts"]),
    ("figures --json", ["figures", "--json"]),
    ("dates --json", ["dates", "--json"]),
    ("sources --json", ["sources", "--json"]),
]


def claimtrack_exe() -> str:
    exe = Path(sys.executable).with_name("claimtrack")
    if exe.exists():
        return str(exe)
    found = shutil.which("claimtrack")
    if not found:
        sys.exit("claimtrack is not installed next to this Python or on PATH")
    return found


def measure(argv: list[str], stdout_path: str | None = None) -> dict[str, Any]:
    """Run ``argv`` in a wrapper process; wall seconds, peak RSS (MiB) and exit code."""
    wrapper = (
        "import json, resource, subprocess, sys, time\n"
        "out = open(sys.argv[1], 'wb') if sys.argv[1] != '-' else subprocess.DEVNULL\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.PIPE)\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps({'seconds': dt, 'rss_mib': rss / 1024, 'rc': p.returncode,"
        " 'stderr': p.stderr.decode('utf-8', 'replace')[-2000:]}))\n"
    )
    env = {**os.environ, "COLUMNS": "160"}
    env.pop("CLAIMTRACK_DB", None)
    res = subprocess.run(
        [sys.executable, "-c", wrapper, stdout_path or "-", *argv], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(res.stdout)


def overlaps(m: dict[str, Any], span: dict[str, Any]) -> bool:
    return m["article"] == span["article"] and m["start"] < span["end"] and span["start"] < m["end"]


def _norm_value(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def covers(c: dict[str, Any], p: dict[str, Any]) -> bool:
    """Whether found conflict ``c`` flags planted deviation ``p``.

    Either a mention sits on the planted span, or (conflicts list at most a
    dozen mentions, earliest first) the conflict sets the planted value
    against the canonical one: "Muhammad Deif" vs "Mohammed Deif", 512 vs 734
    hostages released, 2024-03-02 vs 2024-02-21 for the same event. The
    canonical mention may be in the same article (an undated article is only
    compared with itself).
    """
    if c["kind"] != p["kind"]:
        return False
    if any(overlaps(m, p) for m in c["mentions"]):
        return True
    values = {_norm_value(m.get("value")) for m in c["mentions"]}
    return _norm_value(p["value"]) in values and _norm_value(p["canonical"]) in values


def score(found: list[dict[str, Any]], key: dict[str, Any]) -> dict[str, Any]:
    planted = key["planted"]
    decoys_by_article: dict[str, list[dict[str, Any]]] = {}
    for d in key["decoys"]:
        decoys_by_article.setdefault(d["article"], []).append(d)
    hit: set[tuple[str, int]] = set()
    false_alarms = 0
    on_decoys = 0
    kinds: dict[str, int] = {}
    for c in found:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        matched = False
        for p in planted:
            if covers(c, p):
                hit.add((p["article"], p["start"]))
                matched = True
        if not matched:
            false_alarms += 1
            if any(overlaps(m, d) for m in c["mentions"] for d in decoys_by_article.get(m["article"], ())):
                on_decoys += 1
    per_kind = {}
    for kind in ("figure", "date", "name"):
        ps = [p for p in planted if p["kind"] == kind]
        per_kind[kind] = f"{sum((p['article'], p['start']) in hit for p in ps)}/{len(ps)}"
    return {
        "planted": len(planted),
        "recalled": len(hit),
        "recall": len(hit) / len(planted) if planted else 1.0,
        "found": len(found),
        "false_alarms": false_alarms,
        "false_alarms_on_decoys": on_decoys,
        "per_kind": per_kind,
        "found_by_kind": kinds,
    }


def bench(n: int, work: Path, seed: int) -> dict[str, Any]:
    exe = claimtrack_exe()
    cdir = work / f"corpus{n}"
    key = corpus.write_corpus(n, cdir, seed)
    db = work / f"db{n}.json"
    if db.exists():
        db.unlink()
    row: dict[str, Any] = {"n": n}
    ing = measure([exe, "--db", str(db), "ingest", str(cdir / "articles")])
    if ing["rc"] != 0:
        print(f"ingest failed for N={n}:\n{ing['stderr']}", file=sys.stderr)
    row["ingest_s"] = ing["seconds"]
    row["articles_per_s"] = n / ing["seconds"]
    row["db_mib"] = db.stat().st_size / 2**20 if db.exists() else 0.0
    out = work / f"conflicts{n}.json"
    con = measure([exe, "--db", str(db), "conflicts", "--recompute", "--json"], str(out))
    row["conflicts_s"] = con["seconds"]
    row["rss_mib"] = {"ingest": ing["rss_mib"], "conflicts --recompute --json": con["rss_mib"]}
    row["listings"] = {}
    for label, args in LISTINGS:
        m = measure([exe, "--db", str(db), *args])
        row["listings"][label] = m["seconds"]
        row["rss_mib"][label] = m["rss_mib"]
        if m["rc"] != 0:
            print(f"{label} failed for N={n}:\n{m['stderr']}", file=sys.stderr)
    row["claims_json_s"] = row["listings"]["claims --json"]
    row["slowest_listing"] = max(row["listings"].items(), key=lambda kv: kv[1])
    row["peak_rss_mib"] = max(row["rss_mib"].values())
    try:
        found = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        found = []
    row["score"] = score(found, key)
    return row


def print_table(rows: list[dict[str, Any]]) -> None:
    head = (
        f"{'N':>6} {'ingest s':>9} {'art/s':>7} {'conflicts s':>11} {'claims --json s':>15} "
        f"{'slowest listing':>26} {'DB MiB':>7} {'peak RSS MiB':>12} {'recall':>14} {'false alarms':>18}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        s = r["score"]
        slow = f"{r['slowest_listing'][0]} {r['slowest_listing'][1]:.2f}"
        print(
            f"{r['n']:>6} {r['ingest_s']:>9.2f} {r['articles_per_s']:>7.0f} {r['conflicts_s']:>11.2f} "
            f"{r['claims_json_s']:>15.2f} {slow:>26} {r['db_mib']:>7.1f} {r['peak_rss_mib']:>12.0f} "
            f"{s['recalled']:>5}/{s['planted']:<4} {s['recall']:>4.0%} "
            f"{s['false_alarms']:>5}/{s['found']:<5} ({s['false_alarms_on_decoys']} decoy)"
        )
    print()
    for r in rows:
        s = r["score"]
        listing = ", ".join(f"{k} {v:.2f}" for k, v in r["listings"].items())
        print(f"N={r['n']}: recall by kind {s['per_kind']}; found by kind {s['found_by_kind']}")
        print(f"        listings (s): {listing}")
        rss = ", ".join(f"{k} {v:.0f}" for k, v in r["rss_mib"].items())
        print(f"        peak RSS per command (MiB): {rss}")
    print()
    checks = []
    big = rows[-1]
    checks.append(("ingest >= 300 articles/s (every N)", all(r["articles_per_s"] >= 300 for r in rows)))
    if big["n"] >= 10000:
        checks.append(("conflicts at 10,000 < 10 s", big["conflicts_s"] < 10))
        checks.append(("every listing at 10,000 < 2 s", all(v < 2 for v in big["listings"].values())))
    checks.append(("peak RSS < 1 GiB", all(r["peak_rss_mib"] < 1024 for r in rows)))
    for a, b in zip(rows, rows[1:]):
        if b["n"] == 10 * a["n"]:
            for label, k in (("ingest", "ingest_s"), ("conflicts", "conflicts_s"), ("claims --json", "claims_json_s")):
                ratio = b[k] / a[k] if a[k] else 0
                checks.append((f"{label} {a['n']}->{b['n']}: x{ratio:.1f} time (<= 12)", ratio <= 12))
    for label, ok in checks:
        print(f"  [{'ok' if ok else 'MISSED'}] {label}")


def main() -> None:
    ap = argparse.ArgumentParser(description="Benchmark claimtrack on synthetic corpora.")
    ap.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--work", type=Path, help="Keep corpora and databases in this folder (default: a temp folder).")
    ap.add_argument("--json", dest="json_out", type=Path, help="Also write the raw results here.")
    a = ap.parse_args()
    tmp = None
    if a.work:
        work = a.work
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="claimtrack-bench-")
        work = Path(tmp.name)
    rows = []
    try:
        for n in a.sizes:
            print(f"N={n} ...", file=sys.stderr, flush=True)
            rows.append(bench(n, work, a.seed))
    finally:
        if tmp is not None:
            tmp.cleanup()
    print_table(rows)
    if a.json_out:
        a.json_out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
