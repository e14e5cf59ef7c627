"""Single commands on a database of N articles: does one action cost what it touches?

For each N: a corpus of N + 20 articles (``corpus.py``), a database of the
first N (one ``ingest``, timed), then each command in a fresh process,
repeated, with the median reported:

- ``verdict CLAIM``, ``decide CONFLICT``, ``show CLAIM``, ``history CLAIM``
  (the claim and conflict are picked once, untimed);
- ``ingest`` of the 20 articles not yet in the database (the database is
  restored from a copy before each run, untimed);
- listings: ``claims --json``, ``conflicts --json``, ``claims`` (table).

Peak memory is the largest ``ru_maxrss`` of the command's process (what
``/usr/bin/time -v`` reports as "Maximum resident set size").

Usage::

    python benchmarks/scale.py 1000 10000 [--repeat 5] [--work DIR] [--exe 'CMD ...'] [--json OUT]

``--exe`` runs another claimtrack, e.g. the code before a change:
``--exe 'env PYTHONPATH=/tmp/base .venv/bin/python -m claimtrack.cli'``.
The database's size on disk counts the manifest and its parts folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from run import claimtrack_exe, measure  # noqa: E402

NEW = 20
LISTINGS = [("claims --json", ["claims", "--json"]), ("conflicts --json", ["conflicts", "--json"]), ("claims", ["claims"])]


def db_files(db: Path) -> list[Path]:
    folder = db.with_name(db.name + ".d")
    return [db, *(sorted(folder.iterdir()) if folder.is_dir() else [])]


def db_mib(db: Path) -> float:
    return sum(p.stat().st_size for p in db_files(db) if p.exists()) / 2**20


def copy_db(src: Path, dst: Path) -> None:
    for p in (dst, dst.with_name(dst.name + ".d")):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    shutil.copy2(src, dst)
    folder = src.with_name(src.name + ".d")
    if folder.is_dir():
        shutil.copytree(folder, dst.with_name(dst.name + ".d"))


def load_avg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def split_corpus(n: int, work: Path, seed: int) -> tuple[Path, Path]:
    """The first N articles in ``base/``, the last 20 in ``new/`` (hard links into the corpus)."""
    cdir = work / f"corpus{n + NEW}"
    if not (cdir / "articles").is_dir():
        corpus.write_corpus(n + NEW, cdir, seed)
    files = sorted((cdir / "articles").glob("*.txt"))
    base, new = work / f"base{n}", work / f"new{n}"
    for folder, chosen in ((base, files[:n]), (new, files[n:])):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        for f in chosen:
            os.link(f, folder / f.name)
    return base, new


def pick_ids(exe: list[str], db: Path, base: Path) -> tuple[str, str]:
    first = sorted(base.glob("*.txt"))[0].stem
    out = subprocess.run([*exe, "--db", str(db), "claims", "--json", "--article", first], capture_output=True, check=True)
    claim = json.loads(out.stdout)[0]["id"]
    out = subprocess.run([*exe, "--db", str(db), "conflicts", "--json"], capture_output=True, check=True)
    return claim, json.loads(out.stdout)[0]["id"]


def timed(exe: list[str], db: Path, args: list[str], repeat: int, restore: Path | None = None) -> dict[str, Any]:
    runs = []
    for _ in range(repeat):
        if restore is not None:
            copy_db(restore, db)
        m = measure([*exe, "--db", str(db), *args])
        if m["rc"] != 0:
            print(f"{' '.join(args)} failed:\n{m['stderr']}", file=sys.stderr)
        runs.append(m)
    secs = [m["seconds"] for m in runs]
    return {"median_s": statistics.median(secs), "min_s": min(secs), "max_s": max(secs),
            "rss_mib": max(m["rss_mib"] for m in runs)}


def bench(n: int, exe: list[str], work: Path, seed: int, repeat: int) -> dict[str, Any]:
    base, new = split_corpus(n, work, seed)
    db, pristine = work / f"db{n}.json", work / f"pristine{n}.json"
    for p in (db, pristine):
        copy_db_clear(p)
    row: dict[str, Any] = {"n": n, "load_before": load_avg()}
    ing = measure([*exe, "--db", str(db), "ingest", str(base)])
    if ing["rc"] != 0:
        sys.exit(f"ingest of {n} failed:\n{ing['stderr']}")
    row["full ingest"] = {"median_s": ing["seconds"], "rss_mib": ing["rss_mib"]}
    row["db_mib"] = db_mib(db)
    row["files"] = len(db_files(db))
    copy_db(db, pristine)
    claim, conflict = pick_ids(exe, db, base)
    env_by = ["--by", "bench"]
    row["verdict"] = timed(exe, db, ["verdict", claim, "false", *env_by], repeat)
    row["decide"] = timed(exe, db, ["decide", conflict, "confirm", *env_by], repeat)
    row["show ID"] = timed(exe, db, ["show", claim], repeat)
    row["history ID"] = timed(exe, db, ["history", claim], repeat)
    row[f"ingest {NEW} new"] = timed(exe, db, ["ingest", str(new)], repeat, restore=pristine)
    for label, args in LISTINGS:
        row[label] = timed(exe, db, args, max(1, repeat // 2))
    row["load_after"] = load_avg()
    return row


def copy_db_clear(p: Path) -> None:
    for q in (p, p.with_name(p.name + ".d"), p.with_name(p.name + ".v1.bak")):
        if q.is_dir():
            shutil.rmtree(q)
        elif q.exists():
            q.unlink()


COLUMNS = ["verdict", "decide", "show ID", "history ID", f"ingest {NEW} new", "claims --json", "conflicts --json", "claims", "full ingest"]


def print_table(rows: list[dict[str, Any]]) -> None:
    print("| N | " + " | ".join(COLUMNS) + " | DB MiB (files) | peak RSS MiB | load avg |")
    print("|---:|" + "---:|" * len(COLUMNS) + "---:|---:|---|")
    for r in rows:
        cells = [f"{r[c]['median_s']:.2f}" for c in COLUMNS]
        peak = max(r[c]["rss_mib"] for c in COLUMNS)
        print(f"| {r['n']:,} | " + " | ".join(cells) + f" | {r['db_mib']:.1f} ({r['files']}) | {peak:.0f} | {r['load_before']} / {r['load_after']} |")
    print()
    print("peak RSS MiB per command:")
    for r in rows:
        print(f"  N={r['n']:,}: " + ", ".join(f"{c} {r[c]['rss_mib']:.0f}" for c in COLUMNS))


def main() -> None:
    ap = argparse.ArgumentParser(description="Time single commands on databases of N articles.")
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--work", type=Path, help="Keep corpora and databases here (default: a temp folder).")
    ap.add_argument("--exe", help="The claimtrack command to run (default: the installed one).")
    ap.add_argument("--json", dest="json_out", type=Path, help="Also write the raw results here.")
    args = ap.parse_args()
    exe = shlex.split(args.exe) if args.exe else [claimtrack_exe()]
    work = args.work or Path(tempfile.mkdtemp(prefix="claimtrack-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.sizes:
        rows.append(bench(n, exe, work, args.seed, args.repeat))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print_table(rows)
    if args.json_out:
        args.json_out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
