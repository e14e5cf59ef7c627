"""Faults: concurrent writers, a writer killed mid-write, bad databases, full or read-only disks.

Every test ends by loading the database and running :func:`check_data` on it:
whatever happened, the file is a valid claimtrack database.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack.check import check_data
from claimtrack.cli import main
from claimtrack.store import Store, StoreError, dumps, read_database_file
from conftest import SEEDS

PY = sys.executable
HANG_GUARD = 120  # seconds: only a guard against a deadlock, never a performance assertion


def cli(*args: str, env: dict | None = None, **kw) -> subprocess.Popen:
    """``claimtrack ARGS`` in a separate process (the installed package)."""
    return subprocess.Popen(
        [PY, "-m", "claimtrack.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "CLAIMTRACK_LOCK_TIMEOUT": "90", **(env or {})},
        **kw,
    )


def wait_ok(p: subprocess.Popen) -> str:
    out, err = p.communicate(timeout=HANG_GUARD)
    assert p.returncode == 0, err.decode()
    return out.decode()


def article(i: int, tag: str) -> str:
    day = 1 + i % 27
    return (
        f" date 2024-02-{day:02d}\n"
        f"Report {tag} {i}.\n\n"
        f"Officials said {10 + i} hostages were released on Friday. "
        f"\u201cWe are ready for a deal,\u201d said Basem Naim, a Hamas official.\n"
    )


def write_articles(folder: Path, tag: str, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(n):
        (folder / f"{tag}{i:03d}.txt").write_text(article(i, tag), encoding="utf-8")
        ids.append(f"{tag}{i:03d}")
    return ids


def assert_sound(db: Path) -> dict:
    data = read_database_file(db)  # raises on a broken file
    assert check_data(data) == []
    return data


def temp_files(folder: Path) -> list[str]:
    """Temporary files in ``folder`` and in the parts folders (``*.d``) inside it."""
    found = []
    for p in folder.iterdir():
        if p.name.endswith(".tmp"):
            found.append(p.name)
        elif p.is_dir() and p.name.endswith(".d"):
            found += [f"{p.name}/{q.name}" for q in p.iterdir() if q.name.endswith(".tmp")]
    return sorted(found)


def as_single_file(db: Path, data: dict) -> None:
    """Write ``data`` (logical tables) as a database in the single-file layout of version 1."""
    data = {name: dict(rows) for name, rows in data.items()}
    data["_meta"] = {"1": {**next(iter(data["_meta"].values())), "version": 1}}
    db.write_text(dumps(data), encoding="utf-8")


# -- concurrency ------------------------------------------------------------------------


def test_two_ingesters_and_a_verdict_writer_lose_nothing(tmp_path):
    db = tmp_path / "db.json"
    seed = next(SEEDS.glob("001_*.txt"))
    wait_ok(cli("--db", str(db), "ingest", str(seed)))
    claim_ids = [c["id"] for c in json.loads(wait_ok(cli("--db", str(db), "claims", "--json")))]
    assert claim_ids

    # each ingester runs several ingest commands (several transactions) in a row,
    # while a third process records verdicts one by one
    batches = {tag: [tmp_path / f"{tag}{b}" for b in range(3)] for tag in ("a", "b")}
    expected = {seed.stem}
    for tag, folders in batches.items():
        for b, folder in enumerate(folders):
            expected.update(write_articles(folder, f"{tag}{b}_", 4))
    script = textwrap.dedent(
        """
        import subprocess, sys
        db, *folders = sys.argv[1:]
        for f in folders:
            subprocess.run([sys.executable, "-m", "claimtrack.cli", "--db", db, "ingest", f], check=True,
                           stdout=subprocess.DEVNULL)
        """
    )
    verdicts = textwrap.dedent(
        """
        import subprocess, sys
        db, *claims = sys.argv[1:]
        ratings = ["true", "false", "misleading", "mostly true"]
        for i, c in enumerate(claims):
            subprocess.run([sys.executable, "-m", "claimtrack.cli", "--db", db, "verdict", c, ratings[i % 4],
                            "--by", "tester", "--note", f"n{i}"], check=True, stdout=subprocess.DEVNULL)
        """
    )
    env = {**os.environ, "CLAIMTRACK_LOCK_TIMEOUT": "90"}
    n_verdicts = 8
    targets = [claim_ids[i % len(claim_ids)] for i in range(n_verdicts)]
    procs = [
        subprocess.Popen([PY, "-c", script, str(db), *map(str, batches["a"])], env=env),
        subprocess.Popen([PY, "-c", script, str(db), *map(str, batches["b"])], env=env),
        subprocess.Popen([PY, "-c", verdicts, str(db), *targets], env=env),
    ]
    for p in procs:
        assert p.wait(timeout=HANG_GUARD) == 0

    data = assert_sound(db)
    store = Store(db)
    assert {a.id for a in store.articles()} == expected
    got = store.records("verdicts")
    assert [v["note"] for v in got] == [f"n{i}" for i in range(n_verdicts)]
    assert [v["claim"] for v in got] == targets
    assert temp_files(tmp_path) == []
    assert data["_meta"]


def _appender(db: str, who: str, n: int) -> None:
    store = Store(db, lock_timeout=60)
    for i in range(n):
        with store.writing():
            store.append("verdicts", {"claim": f"c-{who}-{i}", "rating": "true", "by": who, "at": str(i), "orphaned": True})


def test_many_concurrent_transactions_are_serialised(tmp_path):
    """Three processes x 40 transactions each, straight through Store: every row arrives, in each writer's order."""
    import multiprocessing

    db = tmp_path / "db.json"
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    procs = [ctx.Process(target=_appender, args=(str(db), who, 40)) for who in ("x", "y", "z")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(HANG_GUARD)
        assert p.exitcode == 0
    rows = Store(db).records("verdicts")
    assert len(rows) == 120
    for who in ("x", "y", "z"):
        assert [r["at"] for r in rows if r["by"] == who] == [str(i) for i in range(40)]
    assert_sound(db)


def test_reader_never_sees_a_half_written_file(tmp_path):
    """Readers take no lock: the atomic rename means they see the old or the new file, whole."""
    db = tmp_path / "db.json"
    writer = textwrap.dedent(
        """
        import sys
        from claimtrack.store import Store
        store = Store(sys.argv[1], lock_timeout=60)
        for i in range(25):
            with store.writing():
                store.append("verdicts", {"claim": "c" * 20000, "rating": "true", "at": str(i), "orphaned": True})
        """
    )
    with Store(db).writing() as s:
        s.append("verdicts", {"claim": "first", "rating": "true", "orphaned": True})
    p = subprocess.Popen([PY, "-c", writer, str(db)])
    reads = 0
    try:
        while p.poll() is None:
            assert len(Store(db).records("verdicts")) >= 1
            reads += 1
    finally:
        p.wait(timeout=HANG_GUARD)
    assert p.returncode == 0
    assert reads > 0
    assert len(Store(db).records("verdicts")) == 26


# -- a writer killed mid-write ----------------------------------------------------------------

KILLED_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from claimtrack.store import Store

    db, phase = sys.argv[1], sys.argv[2]
    real_fsync, real_replace = os.fsync, os.replace

    def stall(*args):
        print("stalled", flush=True)
        time.sleep(600)

    if phase == "fsync":      # temp file written, not yet flushed to disk or renamed
        os.fsync = stall
    elif phase == "replace":  # temp file complete and synced, not yet renamed
        os.replace = stall
    elif phase == "write":    # half of the temp file written
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, f):
                self.f = f
            def write(self, s):
                self.f.write(s[: len(s) // 2])
                self.f.flush()
                stall()
            def writelines(self, pieces):
                pieces = list(pieces)
                self.f.writelines(pieces[: len(pieces) // 2])
                self.f.flush()
                stall()
            def __getattr__(self, name):
                return getattr(self.f, name)
            def __enter__(self):
                return self
            def __exit__(self, *exc):
                return self.f.__exit__(*exc)

        os.fdopen = lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k))
    store = Store(db, lock_timeout=10)
    with store.writing():
        store.append("verdicts", {"claim": "new" * 100000, "rating": "false", "orphaned": True})
    print("done", flush=True)
    """
)


@pytest.mark.parametrize("phase", ["write", "fsync", "replace"])
def test_sigkill_mid_write_keeps_the_old_database(tmp_path, phase):
    db = tmp_path / "db.json"
    with Store(db).writing() as s:
        s.append("verdicts", {"claim": "old", "rating": "true", "orphaned": True})
    before = db.read_bytes()
    p = subprocess.Popen([PY, "-c", KILLED_WRITER, str(db), phase], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = p.stdout.readline().decode().strip()
        assert line == "stalled", p.stderr.read().decode() if line == "" else line
        leftovers = temp_files(tmp_path)
        assert leftovers, "the child is stalled while a temporary file exists"
        os.kill(p.pid, signal.SIGKILL)
    finally:
        p.wait(timeout=HANG_GUARD)
    assert p.returncode == -signal.SIGKILL
    assert db.read_bytes() == before
    assert [v["claim"] for v in Store(db).records("verdicts")] == ["old"]
    assert_sound(db)
    # the killed process's lock died with it: the next writer gets in at once
    with Store(db, lock_timeout=1).writing() as s:
        s.append("verdicts", {"claim": "after", "rating": "true", "orphaned": True})
    assert [v["claim"] for v in Store(db).records("verdicts")] == ["old", "after"]


def test_sigkill_at_arbitrary_moments_leaves_old_or_new(tmp_path):
    """Kill a writer of a large database after varying delays: the file is always a whole version."""
    db = tmp_path / "db.json"
    writer = textwrap.dedent(
        """
        import sys
        from claimtrack.store import Store
        store = Store(sys.argv[1], lock_timeout=30)
        i = 0
        while True:
            with store.writing():
                store.append("verdicts", {"claim": "x" * 400000, "rating": "true", "at": str(i), "orphaned": True})
            i += 1
        """
    )
    with Store(db).writing() as s:
        s.append("verdicts", {"claim": "seed", "rating": "true", "orphaned": True})
    seen = []
    for delay in (0.15, 0.3, 0.45, 0.6, 0.8):
        p = subprocess.Popen([PY, "-c", writer, str(db)])
        time.sleep(delay)
        os.kill(p.pid, signal.SIGKILL)
        p.wait(timeout=HANG_GUARD)
        rows = Store(db).records("verdicts")  # loads: never a partial file
        assert rows[0]["claim"] == "seed"
        seen.append(len(rows))
        assert_sound(db)
    assert seen == sorted(seen)  # nothing that was saved is ever lost
    assert seen[-1] > 1, seen  # some kills landed after saves (so some landed during them)


# -- bad database files -----------------------------------------------------------------------

GOOD = '{"_meta": {"1": {"format": "claimtrack", "version": 1}}, "articles": {}}'
BAD_FILES = {
    "truncated": (GOOD[: len(GOOD) // 2].encode(), "corrupt"),
    "empty": (b"", "empty"),
    "whitespace": (b"  \n\n", "empty"),
    "foreign tinydb": (b'{"_default": {"1": {"name": "x"}}}', "not a claimtrack database"),
    "foreign list": (b"[1, 2, 3]", "not a claimtrack database"),
    "wrong marker": (b'{"_meta": {"1": {"format": "other", "version": 1}}}', "not a claimtrack database"),
    "table not a table": (b'{"_meta": {"1": {"format": "claimtrack", "version": 1}}, "claims": [1]}', "not a claimtrack database"),
    "future version": (b'{"_meta": {"1": {"format": "claimtrack", "version": 7}}}', "unsupported version"),
    "binary": (bytes(range(256)) * 4, "not a claimtrack database"),
    "utf-16": (GOOD.encode("utf-16"), "not a claimtrack database"),
}
COMMANDS = [
    ["claims"],
    ["claims", "--json"],
    ["conflicts", "--recompute"],
    ["figures"],
    ["sources", "--json"],
    ["ingest", str(next(SEEDS.glob("002_*.txt")))],
    ["verdict", "cl_x", "true"],
    ["check"],
    ["check", "--rebuild"],
]


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_database_is_named_and_never_written(tmp_path, name):
    content, reason = BAD_FILES[name]
    db = tmp_path / "db.json"
    db.write_bytes(content)
    runner = CliRunner()
    for args in COMMANDS:
        r = runner.invoke(main, ["--db", str(db), *args])
        assert r.exit_code == 1, (args, r.output)
        assert str(db) in r.stderr and reason in r.stderr, (args, r.stderr)
        assert "Traceback" not in r.output
        assert r.stderr.strip().count("\n") == 0, r.stderr
    assert db.read_bytes() == content
    assert temp_files(tmp_path) == []


def test_database_path_that_is_a_folder(tmp_path):
    db = tmp_path / "db.json"
    db.mkdir()
    r = CliRunner().invoke(main, ["--db", str(db), "claims"])
    assert r.exit_code != 0 and "db.json" in r.stderr and "directory" in r.stderr.lower()
    assert "Traceback" not in r.output


# -- disk full, read-only folder -----------------------------------------------------------------


@pytest.fixture
def seeded_db(tmp_path):
    db = tmp_path / "db.json"
    r = CliRunner().invoke(main, ["--db", str(db), "ingest", str(next(SEEDS.glob("001_*.txt")))])
    assert r.exit_code == 0, r.output
    return db


def _raise(err: int):
    def f(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    return f


@pytest.mark.parametrize(
    "target, err, says",
    [
        ("replace", errno.ENOSPC, "no space left on device"),
        ("fsync", errno.ENOSPC, "no space left on device"),
        ("replace", errno.EROFS, "read-only"),
        ("replace", errno.EACCES, "permission denied"),
        ("mkstemp", errno.EROFS, "read-only"),
        ("mkstemp", errno.ENOSPC, "no space left on device"),
    ],
)
def test_failed_save_is_a_clear_error_and_keeps_the_old_database(seeded_db, monkeypatch, target, err, says):
    before = seeded_db.read_bytes()
    claim = Store(seeded_db).claims()[0].id
    if target == "mkstemp":
        import tempfile

        monkeypatch.setattr(tempfile, "mkstemp", _raise(err))
    else:
        monkeypatch.setattr(os, target, _raise(err))
    runner = CliRunner()
    for args in (
        ["ingest", str(next(SEEDS.glob("002_*.txt")))],
        ["verdict", claim, "false", "--by", "t"],
    ):
        r = runner.invoke(main, ["--db", str(seeded_db), *args])
        assert r.exit_code == 1, (args, r.output)
        assert str(seeded_db) in r.stderr and says in r.stderr, r.stderr
        assert "old file is unchanged" in r.stderr
        assert "Traceback" not in r.output
    # a rebuild of a sound database changes no part: nothing to write, so the full disk does not matter
    r = runner.invoke(main, ["--db", str(seeded_db), "check", "--rebuild"])
    assert r.exit_code == 0 and "Traceback" not in r.output, r.output
    monkeypatch.undo()
    assert seeded_db.read_bytes() == before
    assert temp_files(seeded_db.parent) == []
    assert_sound(seeded_db)


def test_lock_file_in_read_only_folder_is_a_clear_error(seeded_db, monkeypatch):
    before = seeded_db.read_bytes()
    real_open = os.open

    def no_lock(path, *a, **k):
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(path, *a, **k)

    monkeypatch.setattr(os, "open", no_lock)
    r = CliRunner().invoke(main, ["--db", str(seeded_db), "ingest", str(next(SEEDS.glob("002_*.txt")))])
    assert r.exit_code == 1
    assert "lock" in r.stderr and "read-only" in r.stderr and "Traceback" not in r.output
    monkeypatch.undo()
    assert seeded_db.read_bytes() == before


def test_busy_database_is_a_clear_error(seeded_db, monkeypatch):
    from claimtrack.store import FileLock

    before = seeded_db.read_bytes()
    monkeypatch.setenv("CLAIMTRACK_LOCK_TIMEOUT", "0.2")
    with FileLock(seeded_db.with_name(seeded_db.name + ".lock"), timeout=1):
        r = CliRunner().invoke(main, ["--db", str(seeded_db), "ingest", str(next(SEEDS.glob("002_*.txt")))])
    assert r.exit_code == 1 and "busy" in r.stderr and str(seeded_db) in r.stderr
    assert seeded_db.read_bytes() == before


# -- claimtrack check ---------------------------------------------------------------------------------


@pytest.fixture
def seeds_db(tmp_path):
    db = tmp_path / "db.json"
    r = CliRunner().invoke(main, ["--db", str(db), "ingest", str(SEEDS)])
    assert r.exit_code == 0, r.output
    return db


def test_check_passes_on_a_fresh_database(seeds_db):
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "check"])
    assert r.exit_code == 0, r.output
    assert "ok: no problems found" in r.stdout
    report = json.loads(CliRunner().invoke(main, ["--db", str(seeds_db), "check", "--json"]).stdout)
    assert report["ok"] and report["problems"] == [] and report["tables"]["articles"] == 5


def test_check_of_a_missing_database(tmp_path):
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "none.json"), "check"])
    assert r.exit_code == 1 and "no such database" in r.stderr
    assert not (tmp_path / "none.json").exists()


def _tamper(db: Path) -> dict:
    """Damage a database, written back in the single-file layout (``check`` reads it; a write converts it)."""
    data = read_database_file(db)
    claims = data["claims"]
    k = sorted(claims)[0]
    claims[k]["start"] += 3  # offsets that no longer slice the content
    figs = data["figures"]
    f = sorted(figs)[0]
    figs[f]["end"] = 10**9  # outside the text
    dates = data["dates"]
    d = sorted(dates)[0]
    dates[d]["article"] = "no-such-article"  # dangling article id
    data["verdicts"] = {"1": {"claim": "cl_gone", "rating": "false", "by": "ed", "at": "2024-01-01T00:00:00Z", "note": "",
                              "orphaned": False, "previous_claims": []}}
    data["decisions"] = {"1": {"conflict": "cf_gone", "status": "confirmed", "by": "ed", "at": "2024-01-01T00:00:00Z"}}
    data["extra"] = {}
    as_single_file(db, data)
    return data


def test_check_reports_every_kind_of_problem(seeds_db):
    data = _tamper(seeds_db)
    problems = check_data(data)
    text = "\n".join(map(str, problems))
    assert "claims/" in text and "slice" in text
    assert "outside the article text" in text
    assert "dangling article id 'no-such-article'" in text
    assert "dangling claim id 'cl_gone'" in text
    assert "dangling conflict id 'cf_gone'" in text
    assert "extra: unknown table" in text
    before = seeds_db.read_bytes()
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "check"])
    assert r.exit_code == 1
    assert f"{len(problems)} problem(s) found" in r.stdout
    assert seeds_db.read_bytes() == before  # check alone never writes


def test_check_rebuild_repairs_derived_tables_and_keeps_peoples_work(seeds_db, tmp_path):
    fresh_data = read_database_file(seeds_db)
    data = _tamper(seeds_db)
    del data  # noqa
    verdicts_before = Store(seeds_db).records("verdicts")
    decisions_before = Store(seeds_db).records("decisions")
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "check", "--rebuild", "--json"])
    report = json.loads(r.stdout)
    after = Store(seeds_db)
    # derived tables are exactly what a fresh ingest builds
    now = read_database_file(seeds_db)
    for table in ("articles", "claims", "figures", "dates", "conflicts"):
        assert now[table] == fresh_data[table], table
    # people's work is all still there, ratings and authors untouched
    for old, new in zip(verdicts_before, after.records("verdicts"), strict=True):
        assert {k: new[k] for k in ("claim", "rating", "by", "at")} == {k: old[k] for k in ("claim", "rating", "by", "at")}
    assert len(after.records("decisions")) == len(decisions_before)
    remaining = {p["message"] for p in report["problems"]}
    assert not any("slice" in m or "outside" in m or "article id" in m for m in remaining)
    assert r.exit_code == (1 if report["problems"] else 0)


def test_check_rebuild_of_a_sound_database_changes_nothing(seeds_db):
    before = seeds_db.read_bytes()
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "check", "--rebuild"])
    assert r.exit_code == 0, r.output
    assert seeds_db.read_bytes() == before


def test_store_error_is_raised_not_printed_by_the_library(tmp_path):
    db = tmp_path / "db.json"
    db.write_text("{")
    with pytest.raises(StoreError, match="corrupt"):
        read_database_file(db)


# -- permissions --------------------------------------------------------------------------------------


def test_new_database_gets_umask_permissions_and_keeps_them(tmp_path):
    """mkstemp makes 0600 files; a database shared by a newsroom group must stay readable by it."""
    db = tmp_path / "db.json"
    old = os.umask(0o002)
    try:
        with Store(db).writing() as s:
            s.append("verdicts", {"claim": "c", "rating": "true", "orphaned": True})
    finally:
        os.umask(old)
    assert db.stat().st_mode & 0o777 == 0o664
    os.chmod(db, 0o640)
    with Store(db).writing() as s:
        s.append("verdicts", {"claim": "d", "rating": "true", "orphaned": True})
    assert db.stat().st_mode & 0o777 == 0o640


# -- tables parsed on first use ---------------------------------------------------------------------------


def test_damage_inside_one_part_is_found_when_used_and_never_written(seeds_db):
    """Parts are read lazily; a damaged one (even with its name's checksum fixed up) gives a clear error, and nothing is written."""
    folder = seeds_db.parent / (seeds_db.name + ".d")
    manifest = seeds_db.read_text(encoding="utf-8")
    part = sorted(folder.glob("claims-*.json"))[0]
    lines = part.read_text(encoding="utf-8").split("\n")
    lines[1] = lines[1].replace('"speaker_kind": ', '"speaker_kind" ', 1)  # a missing colon in one claim
    damaged = "\n".join(lines)
    fixed = part.with_name(part.name[:-21] + hashlib.sha256(damaged.encode()).hexdigest()[:16] + ".json")
    part.unlink()
    fixed.write_text(damaged, encoding="utf-8")
    seeds_db.write_text(manifest.replace(part.name, fixed.name), encoding="utf-8")
    before = seeds_db.read_bytes()
    runner = CliRunner()
    for args in (["claims"], ["check"], ["check", "--rebuild"]):
        r = runner.invoke(main, ["--db", str(seeds_db), *args])
        assert r.exit_code == 1, (args, r.output)
        assert str(seeds_db) in r.stderr and "corrupt database" in r.stderr and "'claims'" in r.stderr, r.stderr
        assert "Traceback" not in r.output
    # an ingest that changes nothing does not read the claims (the comparison
    # looks up only the claims its conflicts name): it succeeds and writes nothing
    r = runner.invoke(main, ["--db", str(seeds_db), "ingest", str(next(SEEDS.glob("002_*.txt")))])
    assert r.exit_code == 0 and "Traceback" not in r.output, r.output
    assert seeds_db.read_bytes() == before and fixed.read_text(encoding="utf-8") == damaged
    assert temp_files(seeds_db.parent) == []


@pytest.mark.parametrize("damage", ["edited", "missing"])
def test_a_part_changed_or_lost_behind_the_manifest_is_named(seeds_db, damage):
    folder = seeds_db.parent / (seeds_db.name + ".d")
    part = sorted(folder.glob("claims-*.json"))[0]
    if damage == "edited":
        part.write_text(part.read_text(encoding="utf-8").replace('"said"', '"says"', 1), encoding="utf-8")
        says = "does not match its checksum"
    else:
        part.unlink()
        says = "is missing"
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "claims"])
    assert r.exit_code == 1 and str(seeds_db) in r.stderr and says in r.stderr and part.name in r.stderr, r.stderr
    assert "Traceback" not in r.output


# -- the layout: a manifest and parts -------------------------------------------------------------


def test_crash_between_two_files_of_one_write_keeps_the_old_database(seeds_db, monkeypatch):
    """A write that dies after some of its new parts are on disk but before the manifest: the old manifest names complete old parts."""
    from claimtrack import layout

    before = seeds_db.read_bytes()
    old = read_database_file(seeds_db)
    real = layout._write_temp
    calls = []

    def die_on_second(path, text, mode, **kw):
        calls.append(path.name)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process dies: no clean-up of what is already on disk
        return real(path, text, mode, **kw)

    monkeypatch.setattr(layout, "_write_temp", die_on_second)
    with pytest.raises(KeyboardInterrupt):
        with Store(seeds_db).writing() as s:
            s.replace_articles([(a, [], [], []) for a in s.articles()[:2]])  # two shards: several parts
    monkeypatch.undo()
    assert len(calls) == 2
    assert seeds_db.read_bytes() == before
    assert read_database_file(seeds_db) == old
    assert_sound(seeds_db)
    # the new part written before the crash is a stray: check names it, --rebuild removes it
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "check", "--json"])
    report = json.loads(r.stdout)
    assert r.exit_code == 1 and [p["message"] for p in report["problems"]] == ["stray file (no manifest names it; check --rebuild removes it)"]
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "check", "--rebuild"])
    assert r.exit_code == 0, r.output
    assert CliRunner().invoke(main, ["--db", str(seeds_db), "check"]).exit_code == 0
    assert seeds_db.read_bytes() == before


def test_crash_after_the_parts_before_the_manifest_keeps_the_old_database(seeds_db, monkeypatch):
    from claimtrack import layout

    before = seeds_db.read_bytes()
    real = layout.atomic_write_text

    def die_at_manifest(path, *a, **k):
        if path == seeds_db:
            raise KeyboardInterrupt
        return real(path, *a, **k)

    monkeypatch.setattr(layout, "atomic_write_text", die_at_manifest)
    with pytest.raises(KeyboardInterrupt):
        with Store(seeds_db).writing() as s:
            s.append("verdicts", {"claim": "x", "rating": "true", "orphaned": True})
    monkeypatch.undo()
    assert seeds_db.read_bytes() == before
    assert Store(seeds_db).records("verdicts") == []
    assert_sound(seeds_db)


def test_a_write_rewrites_only_the_parts_it_changed(seeds_db):
    folder = seeds_db.parent / (seeds_db.name + ".d")
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    store = Store(seeds_db)
    claim = store.claims()[0]
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "verdict", claim.id, "false", "--by", "ed"])
    assert r.exit_code == 0, r.output
    after = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert {n for n in after if n not in before} == {n for n in after if n.startswith("verdicts-")}
    assert all(after[n] == t for n, t in before.items())  # every other part untouched, none removed
    assert_sound(seeds_db)


def test_single_file_database_is_converted_once_with_a_backup(seeds_db, tmp_path):
    """A claims.json of the single-file layout opens, is converted on first use, and is kept as .v1.bak."""
    data = read_database_file(seeds_db)
    fresh = seeds_db.read_bytes()
    shutil.rmtree(seeds_db.parent / (seeds_db.name + ".d"))
    single = {name: dict(rows) for name, rows in data.items()}
    for name in ("articles", "claims", "figures", "dates", "conflicts"):
        single[name] = {str(i): row for i, row in enumerate(sorted(data[name].values(), key=lambda r: r["id"]), start=1)}
    as_single_file(seeds_db, single)
    old_bytes = seeds_db.read_bytes()
    assert "Traceback" not in CliRunner().invoke(main, ["--db", str(seeds_db), "check"]).output
    assert seeds_db.read_bytes() == old_bytes  # check alone never writes, not even to convert
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "claims", "--json"])
    assert r.exit_code == 0, r.stderr
    assert r.stderr.count("converted") == 1 and "db.json.v1.bak" in r.stderr and r.stderr.strip().count("\n") == 0
    assert (tmp_path / "db.json.v1.bak").read_bytes() == old_bytes
    assert len(json.loads(r.stdout)) == len(data["claims"])
    r = CliRunner().invoke(main, ["--db", str(seeds_db), "claims"])
    assert "converted" not in r.stderr  # once
    assert json.loads(seeds_db.read_text(encoding="utf-8"))["_meta"]["1"]["version"] == 2
    assert_sound(seeds_db)
    assert CliRunner().invoke(main, ["--db", str(seeds_db), "check"]).exit_code == 0
    # the records are all there; a rebuild gives the bytes of a fresh ingest
    assert CliRunner().invoke(main, ["--db", str(seeds_db), "check", "--rebuild"]).exit_code == 0
    assert seeds_db.read_bytes() == fresh


def test_single_file_database_in_a_read_only_folder_is_read_without_converting(seeds_db, tmp_path):
    data = read_database_file(seeds_db)
    shutil.rmtree(seeds_db.parent / (seeds_db.name + ".d"))
    as_single_file(seeds_db, data)
    os.chmod(seeds_db, 0o444)
    try:
        r = CliRunner().invoke(main, ["--db", str(seeds_db), "claims", "--json"])
    finally:
        os.chmod(seeds_db, 0o644)
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == len(data["claims"])
    assert not (tmp_path / "db.json.v1.bak").exists()


def test_old_indented_layout_still_loads(seeds_db):
    data = read_database_file(seeds_db)
    shutil.rmtree(seeds_db.parent / (seeds_db.name + ".d"))
    data["_meta"] = {"1": {**data["_meta"]["1"], "version": 1}}
    seeds_db.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    store = Store(seeds_db, notice=None)
    assert len(store.claims()) == len(data["claims"])
    assert check_data(read_database_file(seeds_db)) == []
