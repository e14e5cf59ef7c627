"""The database: TinyDB behind an atomic, locked, cached JSON storage.

This is the only module that imports tinydb. One command is one
transaction: the file is read once, changed in memory, and written once, as
a whole, atomically (temporary file in the same folder, fsync, ``os.replace``)
while holding an exclusive lock file, so a reader never sees half a file and
two writers never lose each other's work.

Tables:

- ``_meta``: format marker and version (a database without it is not ours);
- ``articles``: id, path, text, date, body_start, sha (the text is kept so
  derived tables can be rebuilt without the original files);
- ``claims``, ``figures``, ``dates``: derived from articles at ingest;
- ``conflicts``: derived from all of the above;
- ``decisions`` and ``verdicts``: people's work, append-only, never derived;
- ``user_dates``: article dates set by a person (``claimtrack date``), kept
  across re-ingests, latest row per article wins.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from .models import Article, Claim, Conflict, DateMention, Figure

FORMAT = "claimtrack"
VERSION = 1
DERIVED_TABLES = ("claims", "figures", "dates")
ALL_TABLES = ("_meta", "articles", "claims", "figures", "dates", "conflicts", "decisions", "verdicts", "user_dates")
#: Article fields stored beside the text; the last three say how the date was known.
ARTICLE_KEYS = ("id", "text", "date", "body_start", "path", "sha", "date_source", "date_start", "date_end")
_ARTICLE_DEFAULTS = {"date_source": "", "date_start": -1, "date_end": -1, "path": ""}
DEFAULT_LOCK_TIMEOUT = 5.0


class StoreError(Exception):
    """A database problem, with a message naming the file; nothing was written."""


def _describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on device"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (read-only folder or file?)"
    return exc.strerror or str(exc)


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def _is_database_shape(data: Any) -> bool:
    return isinstance(data, Mapping) and all(isinstance(data[t], Mapping) for t in data)


def iter_dump(data: Any) -> Iterator[str]:
    """The on-disk form in pieces (see :func:`dumps`), so a save never holds two copies."""
    if not _is_database_shape(data):
        yield json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
        return
    enc = _ENCODER.encode
    yield "{"
    for i, name in enumerate(sorted(data, key=str)):
        rows = data[name]
        yield ("\n " if i == 0 else ",\n ") + enc(str(name)) + ": {"
        keys = sorted(rows, key=str)
        for j, k in enumerate(keys):
            yield ("\n  " if j == 0 else ",\n  ") + enc(str(k)) + ": " + enc(rows[k])
        yield "\n }" if keys else "}"
    yield "\n}\n" if data else "}\n"


def dumps(data: Any) -> str:
    """The on-disk form: sorted keys, no timestamps, so rebuilds are byte-identical.

    A database (an object of tables, each an object of records) is written
    one record per line: diffable, each record goes through the C encoder
    (``indent`` would force json's pure-Python encoder, 3x slower on a large
    database), and a reader can parse only the tables it needs (see
    :class:`Tables`). Anything else falls back to ``json.dumps(indent=1)``.
    """
    return "".join(iter_dump(data))


def _file_mode(path: Path) -> int:
    """The permission bits the new file gets: the old file's, else the umask default."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (a string or its pieces) to ``path`` atomically: temp file in the same folder, fsync, rename.

    On failure the old file is untouched and the temporary file removed.
    """
    folder = path.parent if str(path.parent) else Path(".")
    fd = None
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.fchmod(fd, _file_mode(path))  # mkstemp makes 0600: keep a shared database shared
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fd = None
            if isinstance(text, str):
                fh.write(text)
            else:
                fh.writelines(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
        with contextlib.suppress(OSError):
            dfd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write database: {_describe_os_error(exc)}; the old file is unchanged") from None
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


#: A table header line in the one-record-per-line layout written by :func:`dumps`.
_TABLE_HEADER = re.compile(rb'^ ("(?:[^"\\\n]|\\.)*"): \{(\})?(,?)$', re.M)


class Tables(MutableMapping):
    """The database's tables, each parsed from the file only when first used.

    A listing command reads one or two tables of a 100 MB database; parsing
    only those halves its time and memory. Saving reads them all.
    """

    def __init__(self, path: Path, raw: bytes, sections: dict[str, tuple[int, int]]) -> None:
        self._path = path
        self._raw: bytes | None = raw
        self._pending = sections  # name -> (start, end) of the table's record lines in raw
        self._tables: dict[str, Any] = {}

    def _load(self, name: str) -> None:
        start, end = self._pending[name]
        assert self._raw is not None
        try:
            table = json.loads(b"{" + self._raw[start:end] + b"}")
        except UnicodeDecodeError:
            raise StoreError(f"{self._path}: not a claimtrack database (not UTF-8 text; left untouched)") from None
        except json.JSONDecodeError as exc:
            raise StoreError(f"{self._path}: corrupt database (invalid JSON in table {name!r}: {exc.msg}; left untouched)") from None
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise StoreError(f"{self._path}: not a claimtrack database (table {name!r} is not a table; left untouched)")
        del self._pending[name]
        self._tables[name] = table
        if not self._pending:
            self._raw = None

    def __getitem__(self, name: str) -> Any:
        if name in self._pending:
            self._load(name)
        return self._tables[name]

    def __setitem__(self, name: str, value: Any) -> None:
        self._pending.pop(name, None)
        self._tables[name] = value
        if not self._pending:
            self._raw = None

    def __delitem__(self, name: str) -> None:
        if name in self._pending:
            del self._pending[name]
        else:
            del self._tables[name]

    def __contains__(self, name: object) -> bool:
        return name in self._tables or name in self._pending

    def __iter__(self) -> Iterator[str]:
        yield from list(self._tables)
        yield from [k for k in list(self._pending) if k not in self._tables]

    def __len__(self) -> int:
        return len(self._tables) + len(self._pending)

    def load_all(self) -> "Tables":
        for name in list(self._pending):
            self._load(name)
        return self


def _split_tables(raw: bytes) -> dict[str, tuple[int, int]] | None:
    """Where each table's records are, when ``raw`` is in the layout :func:`dumps` writes; else None."""
    if not raw.startswith(b'{\n "') or not raw.endswith(b"\n}\n"):
        return None
    headers = []
    pos = raw.find(b'\n "')
    while pos >= 0:  # table header lines: one space of indent (records have two)
        h = _TABLE_HEADER.match(raw, pos + 1)
        if h is None:
            return None
        headers.append(h)
        pos = raw.find(b'\n "', h.end())
    if not headers or headers[0].start() != 2:
        return None
    sections: dict[str, tuple[int, int]] = {}
    for i, h in enumerate(headers):
        last = i == len(headers) - 1
        if h.group(3) and not h.group(2):
            return None
        try:
            name = json.loads(h.group(1))
        except ValueError:
            return None
        if name in sections:
            return None
        if h.group(2):  # an empty table: "{}" on the header line
            nxt = headers[i + 1].start() if not last else len(raw)
            if (h.group(3) == b"") != last or raw[h.end() : nxt] != (b"\n}\n" if last else b"\n"):
                return None
            sections[name] = (h.end(), h.end())
            continue
        nxt = headers[i + 1].start() if not last else len(raw)
        tail = b"\n }\n}\n" if last else b"\n },\n"
        if raw[nxt - len(tail) : nxt] != tail or not raw.startswith(b"\n  ", h.end()):
            return None
        sections[name] = (h.end(), nxt - len(tail))
    return sections


def read_database_file(path: Path) -> MutableMapping[str, Any]:
    """Load and validate a database file; a missing file is a new, empty database.

    The format marker is checked at once; other tables are parsed (and
    checked) when first used, with the same clear errors.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {"_meta": {"1": {"format": FORMAT, "version": VERSION}}}
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a database file") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read database: {_describe_os_error(exc)}") from None
    if not raw or raw.isspace():
        raise StoreError(f"{path}: empty file, not a claimtrack database (left untouched)")
    sections = _split_tables(raw)
    if sections is not None and "_meta" in sections:
        tables = Tables(path, raw, sections)
        problem = validate({"_meta": tables["_meta"]})
        if problem:
            raise StoreError(f"{path}: not a claimtrack database ({problem}; left untouched)")
        return tables
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise StoreError(f"{path}: not a claimtrack database (not UTF-8 text; left untouched)") from None
    except json.JSONDecodeError as exc:
        raise StoreError(
            f"{path}: corrupt database (invalid JSON at line {exc.lineno}, column {exc.colno}; left untouched)"
        ) from None
    problem = validate(data)
    if problem:
        raise StoreError(f"{path}: not a claimtrack database ({problem}; left untouched)")
    return data


def validate(data: Any) -> str:
    """Why ``data`` is not a claimtrack database, or "" when it is."""
    if not isinstance(data, Mapping):
        return "top level is not an object"
    meta = data.get("_meta")
    if not isinstance(meta, dict) or not meta:
        return "no _meta table"
    marker = next(iter(meta.values()))
    if not isinstance(marker, dict) or marker.get("format") != FORMAT:
        return "wrong format marker"
    if not isinstance(marker.get("version"), int) or marker["version"] > VERSION:
        return f"unsupported version {marker.get('version')!r}"
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            return f"table {name!r} is not a table"
    return ""


class CachedAtomicStorage(Storage):
    """TinyDB storage: read once, keep in memory, write atomically on :meth:`flush`.

    TinyDB calls ``write`` after every operation; writing the whole file each
    time would make ingest quadratic, so writes only mark the data dirty.
    """

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self._data: dict[str, Any] | None = None
        self.dirty = False

    def read(self) -> dict[str, Any]:
        if self._data is None:
            self._data = read_database_file(self.path)
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        self._data = data
        self.dirty = True

    def flush(self) -> None:
        if self.dirty and self._data is not None:
            if isinstance(self._data, Tables):
                self._data.load_all()  # a bad table found now still writes nothing
            atomic_write_text(self.path, iter_dump(self._data))
            self.dirty = False

    def close(self) -> None:
        pass


class FileLock:
    """An exclusive lock on ``PATH.lock`` (fcntl), waited for up to ``timeout`` seconds."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None

    def __enter__(self) -> "FileLock":
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create lock file: {_describe_os_error(exc)}") from None
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self._fd)
                    self._fd = None
                    raise StoreError(
                        f"{self.path.with_suffix('')}: database is busy (another claimtrack is writing it); "
                        f"gave up after {self.timeout:g} s"
                    ) from None
                time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


class Store:
    """Typed access to the database. Read methods load lazily; writes go in :meth:`writing`."""

    def __init__(self, path: str | os.PathLike[str], lock_timeout: float | None = None) -> None:
        self.path = Path(path)
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("CLAIMTRACK_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
        self.lock_timeout = lock_timeout
        self._db: TinyDB | None = None
        self._writable = False

    # -- opening -------------------------------------------------------------

    @property
    def db(self) -> TinyDB:
        if self._db is None:
            self._db = TinyDB(str(self.path), storage=CachedAtomicStorage)
            self._db.storage.read()  # validate now, with a clear error
        return self._db

    def exists(self) -> bool:
        return self.path.exists()

    def check_not_read_only(self) -> None:
        """Refuse to write a database file that has no write permission bit (even as root)."""
        try:
            mode = self.path.stat().st_mode
        except OSError:
            return
        if not mode & 0o222:
            raise StoreError(f"{self.path}: database is read-only; nothing changed")

    @contextlib.contextmanager
    def writing(self) -> Iterator["Store"]:
        """One write transaction: lock, load fresh, change, write once atomically."""
        self.check_not_read_only()
        lock = FileLock(self.path.with_name(self.path.name + ".lock"), self.lock_timeout)
        with lock:
            self._db = None
            _ = self.db
            self._writable = True
            try:
                yield self
                self.db.storage.flush()
            finally:
                self._writable = False
                self._db = None  # drop unsaved changes on error

    def _check_writable(self) -> None:
        if not self._writable:
            raise RuntimeError("write outside Store.writing()")

    def _rows(self, table: str) -> list[dict[str, Any]]:
        data = self.db.storage.read()
        return list(data.get(table, {}).values())

    # -- articles and derived records -----------------------------------------

    def articles(self) -> list[Article]:
        rows = sorted(self._rows("articles"), key=lambda r: r["id"])
        return [Article(**{k: r.get(k, _ARTICLE_DEFAULTS.get(k)) for k in ARTICLE_KEYS}) for r in rows]

    def article(self, article_id: str) -> Article | None:
        for a in self.articles():
            if a.id == article_id:
                return a
        return None

    def article_shas(self) -> dict[str, str]:
        return {r["id"]: r["sha"] for r in self._rows("articles")}

    def article_paths(self) -> dict[str, str]:
        """Article id -> the path it was ingested from ("" when not known)."""
        return {r["id"]: r.get("path", "") for r in self._rows("articles")}

    def user_dates(self) -> dict[str, dict[str, Any]]:
        """Article id -> the latest date a person set for it (``claimtrack date``)."""
        out: dict[str, dict[str, Any]] = {}
        for r in self.records("user_dates"):
            out[r["article"]] = r
        return out

    def set_user_date(self, record: dict[str, Any]) -> None:
        """Append a user-set article date ({"article", "date", "by", "at"})."""
        self._check_writable()
        self.db.table("user_dates").insert(record)

    def claims(self, article: str | None = None) -> list[Claim]:
        return [Claim.from_dict(r) for r in self._sorted("claims", article)]

    def figures(self, article: str | None = None) -> list[Figure]:
        return [Figure.from_dict(r) for r in self._sorted("figures", article)]

    def dates(self, article: str | None = None) -> list[DateMention]:
        return [DateMention.from_dict(r) for r in self._sorted("dates", article)]

    def conflicts(self) -> list[Conflict]:
        return [Conflict.from_dict(r) for r in sorted(self._rows("conflicts"), key=lambda r: r["id"])]

    def rows(self, table: str, article: str | None = None) -> list[dict[str, Any]]:
        """Stored records of a derived table as plain dicts (their JSON form), sorted by position."""
        return self._sorted(table, article)

    def _sorted(self, table: str, article: str | None) -> list[dict[str, Any]]:
        rows = self._rows(table)
        if article is not None:
            rows = [r for r in rows if r["article"] == article]
        return sorted(rows, key=lambda r: (r["article"], r["start"], r["end"], r["id"]))

    def find(self, record_id: str) -> tuple[str, dict[str, Any]] | None:
        """Look an id up in every table that holds records with ids."""
        for table in ("claims", "conflicts", "figures", "dates", "articles"):
            for r in self._rows(table):
                if r.get("id") == record_id:
                    return table, r
        return None

    def replace_articles(
        self,
        results: Iterable[tuple[Article, list[Claim], list[Figure], list[DateMention]]],
    ) -> None:
        """Store articles with their derived records, replacing earlier versions.

        Everything is changed in one batch per table: TinyDB rewrites a whole
        table on each operation.
        """
        self._check_writable()
        results = list(results)
        if not results:
            return
        ids = {a.id for a, *_ in results}
        known = set(self.article_shas())
        stale = ids & known
        if stale:
            for table in ("articles", *DERIVED_TABLES):
                key = "id" if table == "articles" else "article"
                self.db.table(table).remove(lambda r, key=key: r.get(key) in stale)
        self.db.table("articles").insert_multiple({k: getattr(a, k) for k in ARTICLE_KEYS} for a, *_ in results)
        self.db.table("claims").insert_multiple(c.to_dict() for _, cs, _, _ in results for c in cs)
        self.db.table("figures").insert_multiple(f.to_dict() for _, _, fs, _ in results for f in fs)
        self.db.table("dates").insert_multiple(d.to_dict() for _, _, _, ds in results for d in ds)

    def clear_derived(self) -> None:
        """Empty the articles and derived tables (for a rebuild from stored articles).

        Row ids restart at 1, so re-inserting gives the same file as a fresh ingest.
        """
        self._check_writable()
        for table in ("articles", *DERIVED_TABLES):
            self.db.table(table).truncate()

    def replace_conflicts(self, conflicts: Iterable[Conflict]) -> None:
        self._check_writable()
        new = [c.to_dict() for c in conflicts]
        old = {r["id"]: r for r in self._rows("conflicts")}
        if [old.get(c["id"]) for c in new] == new and len(old) == len(new):
            return  # unchanged: keep the bytes as they are
        table = self.db.table("conflicts")
        table.truncate()
        table.insert_multiple(new)

    # -- people's work: append-only -------------------------------------------

    def append(self, table: str, record: dict[str, Any]) -> None:
        """Append a decision or verdict; these tables are never rewritten."""
        self._check_writable()
        if table not in ("decisions", "verdicts", "user_dates"):
            raise ValueError(table)
        self.db.table(table).insert(record)

    def records(self, table: str) -> list[dict[str, Any]]:
        """All rows of an append-only table in insertion order."""
        data = self.db.storage.read().get(table, {})
        return [data[k] for k in sorted(data, key=int)]

    def set_records(self, table: str, records: list[dict[str, Any]]) -> None:
        """Rewrite an append-only table (only for re-attaching ids after re-ingest)."""
        self._check_writable()
        t = self.db.table(table)
        t.truncate()
        t.insert_multiple(records)

    def meta(self) -> dict[str, Any]:
        data = self.db.storage.read()
        return dict(next(iter(data["_meta"].values())))

    def set_meta(self, **values: Any) -> None:
        self._check_writable()
        marker = self.meta()
        marker.update(values)
        table = self.db.table("_meta")
        table.truncate()
        table.insert(marker)

    def per_article_counts(self) -> dict[str, dict[str, int]]:
        """For each article: claims, named, anonymous, figures and dates counts."""
        out: dict[str, dict[str, int]] = {}

        def bucket(a: str) -> dict[str, int]:
            return out.setdefault(a, {"claims": 0, "named": 0, "anonymous": 0, "figures": 0, "dates": 0})

        for r in self._rows("claims"):
            b = bucket(r["article"])
            b["claims"] += 1
            if r["speaker_kind"] in ("named", "anonymous"):
                b[r["speaker_kind"]] += 1
        for table in ("figures", "dates"):
            for r in self._rows(table):
                bucket(r["article"])[table] += 1
        return out

    def table_counts(self) -> dict[str, int]:
        data = self.db.storage.read()
        return {name: len(data.get(name, {})) for name in ALL_TABLES if name != "_meta"}

