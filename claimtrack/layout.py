"""The database on disk: a small manifest naming content-hashed part files.

``claims.json`` (the path ``--db`` names) is the *manifest*: the format
marker and version, the ``_meta`` row, and the name of every part file. The
parts live in the folder beside it, ``claims.json.d/``; each is one TinyDB
table in JSON, one record per line, named ``TABLE-SHARD-HASH.json`` where
HASH is the start of the sha256 of its bytes, so a part never changes once
written and a write only adds the parts it changed:

- ``articles/SS``, ``texts/SS``, ``claims/SS``, ``figures/SS``, ``dates/SS``,
  ``names/SS``: an article's metadata, text and extracted records (names: the
  spellings the name comparison reads; they have no ids), in shard SS (the first
  two hex digits of the sha1 of the article id; 256 shards);
- ``conflicts/H``: conflicts in shard H (the first hex digit of the sha1 of
  the conflict id);
- ``index/H``: which article holds each claim, figure and date id (rows
  ``{"article", "ids"}``, the ids of shard H space-separated), so ``show ID`` and ``verdict``
  load one index part and one shard;
- ``verdicts``, ``decisions``, ``user_dates``: people's work, one part each.

A write puts its new parts first (temporary file, fsync, rename), then
replaces the manifest atomically; the parts the old manifest named are
removed only after that. A crash at any moment leaves the old manifest
naming complete old parts; new parts it left behind are strays that
``claimtrack check`` reports and ``check --rebuild`` removes.

The single-file layout of version 1 (every table in ``claims.json``) is still
read (:func:`read_single_file`); :class:`Parts` converts it on its first save,
keeping the old file as ``claims.json.v1.bak``.

No tinydb here: this module knows files and JSON; :mod:`store` puts TinyDB on top.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import errno
import functools
import hashlib
import json
import operator
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import orjson

FORMAT = "claimtrack"


VERSION = 2
#: How many part files are synced at once (fsync waits on the disk; threads let the waits overlap).
SYNC_THREADS = 16
#: The single-file layout, still read and converted on first save.
SINGLE_FILE_VERSION = 1
DERIVED_TABLES = ("claims", "figures", "dates")
#: Name records (spellings of people and places with their stated status): kept per article
#: like the derived tables, but they have no ids, so the index does not name them.
NAME_TABLE = "names"
ALL_TABLES = ("_meta", "articles", "claims", "figures", "dates", "names", "conflicts", "decisions", "verdicts", "user_dates")
#: Article fields stored beside the text; the last three say how the date was known.
ARTICLE_KEYS = ("id", "text", "date", "body_start", "path", "sha", "date_source", "date_start", "date_end")
_ARTICLE_DEFAULTS = {"date_source": "", "date_start": -1, "date_end": -1, "path": ""}


class StoreError(Exception):
    """A database problem, with a message naming the file; nothing was written."""


def _describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on device"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (read-only folder or file?)"
    return exc.strerror or str(exc)


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def _row_encoder() -> Callable[[Any], str]:
    """``_ENCODER.encode`` with its C encoder made once, not once per row (same text;
    rows are plain data, so no circular-reference bookkeeping)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return _ENCODER.encode
    it = make(None, _ENCODER.default, json.encoder.encode_basestring, None, _ENCODER.key_separator,
              _ENCODER.item_separator, True, False, True)
    return lambda o: "".join(it(o, 0))


_encode = _row_encoder()


def _is_database_shape(data: Any) -> bool:
    return isinstance(data, Mapping) and all(isinstance(data[t], Mapping) for t in data)


def iter_dump(data: Any) -> Iterator[str]:
    """The on-disk form in pieces (see :func:`dumps`), so a save never holds two copies."""
    if not _is_database_shape(data):
        yield json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
        return
    enc = _encode
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


#: Every digit made a 9, so that a run of 19 digits (an integer orjson may read beyond
#: 64 bits, as a float) is one plain search.
_DIGITS_AS_NINES = bytes.maketrans(b"0123456789", b"9999999999")
_LONG_RUN = b"9" * 19


def decode_json(text: str | bytes) -> Any:
    """``json.loads(text)``, twice as fast on the stored parts: orjson decodes
    standard JSON to the same values, keys in the same order. What it refuses
    (``NaN``, lone surrogates, invalid JSON) or could read otherwise (an integer
    of 19 digits or more, beyond 64 bits a float) is decoded by ``json.loads``,
    which gives the standard library's value or error."""
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    if raw.translate(_DIGITS_AS_NINES).find(_LONG_RUN) < 0:
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(text)


def atomic_write_text(path: Path, text: str | Iterable[str], mode: int | None = None, name: Path | None = None) -> None:
    """Write ``text`` (a string or its pieces) to ``path`` atomically: temp file in the same folder, fsync, rename.

    On failure the old file is untouched and the temporary file removed; the
    error names ``name`` (the database) when given, else ``path``.
    """
    _write_files([(path, text)], mode, name or path)


def _write_temp(path: Path, text: str | Iterable[str], mode: int, sync: bool = True) -> tuple[str, int]:
    """A complete temporary file beside ``path``: its name and its still open descriptor,
    which the caller syncs (unless ``sync``: synced here) and closes (see :func:`_sync_close`)."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)  # mkstemp makes 0600: keep a shared database shared
        with os.fdopen(fd, "w", encoding="utf-8", closefd=False) as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                fh.writelines(text)
            fh.flush()
        if sync:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp, fd


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def _sync_close(fd: int) -> None:
    """fsync a written file through its open descriptor (no second open), then close it."""
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: Written files waiting for their fsync at most (each holds a descriptor open).
SYNC_PENDING = 256


def _write_files(items: Iterable[tuple[Path, str | Iterable[str]]], mode: int | None, name: Path, undo: bool = False) -> None:
    """Write files atomically: all temporary files written, then synced together, then renamed, then their folders synced.

    ``items`` may be a generator, so only one file's text need be in memory.
    Nothing is renamed before every file is on disk. On failure no temporary
    file is left; with ``undo`` the files renamed so far are removed again
    (new parts that no manifest names).
    """
    pending = PendingFiles(name)
    pending.add(items, mode)
    pending.settle(undo)


class PendingFiles:
    """Files being written atomically (:func:`_write_files`) in steps: :meth:`add` writes each
    to a temporary file beside it and syncs it in a thread (the fsyncs wait on the disk, not on
    the processor, so they overlap each other and whatever the caller does next); :meth:`settle`
    waits for every sync, then renames them all and syncs their folders. Nothing is renamed
    before every file is on disk. A failure (an OSError) is a :class:`StoreError` naming
    ``name`` (the database), and no temporary file is left."""

    def __init__(self, name: Path) -> None:
        self.name = name
        self.temps: list[tuple[str, Path]] = []
        self._syncs: collections.deque[concurrent.futures.Future] = collections.deque()
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None

    def _error(self, exc: OSError) -> StoreError:
        return StoreError(f"{self.name}: cannot write database: {_describe_os_error(exc)}; the old file is unchanged")

    def add(self, items: Iterable[tuple[Path, str | Iterable[str]]], mode: int | None) -> None:
        try:
            for path, text in items:
                if self._pool is None:
                    self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=SYNC_THREADS)
                tmp, fd = _write_temp(path, text, _file_mode(path) if mode is None else mode, sync=False)
                self.temps.append((tmp, path))
                self._syncs.append(self._pool.submit(_sync_close, fd))
                if len(self._syncs) > SYNC_PENDING:
                    self._syncs.popleft().result()
        except OSError as exc:
            self.cancel()
            raise self._error(exc) from None
        except BaseException:
            self._wait(raising=False)  # every file closed; the temporary files stay (as after a crash)
            raise

    def _wait(self, raising: bool = True) -> None:
        """Wait for every sync (each closes its file); then raise the first failure."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        failed = [f.exception() for f in self._syncs if f.exception() is not None]
        self._syncs.clear()
        if failed and raising:
            raise failed[0]

    def settle(self, undo: bool = False) -> None:
        """Wait for the syncs, then rename every file into place and sync the folders; on
        failure the temporary files are removed (and with ``undo`` the files renamed so far)."""
        done: list[Path] = []
        try:
            self._wait()
            for tmp, path in self.temps:
                os.replace(tmp, path)
                done.append(path)
            for folder in sorted({p.parent for _, p in self.temps}, key=str):
                _fsync_folder(folder if str(folder) else Path("."))
        except OSError as exc:
            for tmp, _ in self.temps[len(done) :]:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            for path in done if undo else ():
                with contextlib.suppress(OSError):
                    os.unlink(path)
            raise self._error(exc) from None
        finally:
            self.temps = []

    def cancel(self) -> None:
        """Give up: wait for the syncs and remove every temporary file."""
        self._wait(raising=False)
        for tmp, _ in self.temps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        self.temps = []


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
        if not isinstance(table, dict) or (name != "parts" and not all(isinstance(d, dict) for d in table.values())):
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


def read_single_file(path: Path) -> MutableMapping[str, Any]:
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
    """Why ``data`` (a single-file database or a manifest) is not ours, or "" when it is."""
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
    manifest = marker["version"] >= 2
    for name, table in data.items():
        if manifest and name == "parts":
            if not isinstance(table, dict) or not all(_good_part_name(f) for f in table.values()):
                return "parts is not a list of part files"
        elif not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            return f"table {name!r} is not a table"
    return ""


def _good_part_name(name: Any) -> bool:
    return isinstance(name, str) and bool(_PART_FILE.fullmatch(name))


# -- the manifest and its parts ------------------------------------------------------------

#: Tables kept in shards by article (the first ARTICLE_SHARD_DIGITS hex digits of sha1(article id)).
ARTICLE_SHARDED = ("articles", "texts", "claims", "figures", "dates", NAME_TABLE)
#: Tables kept in shards by record id (the first ID_SHARD_DIGITS hex digits of sha1(id)).
ID_SHARDED = ("conflicts", "index")
ARTICLE_SHARD_DIGITS = 2
ID_SHARD_DIGITS = 1
#: Part file names: TABLE[-SHARD]-HASH.json, HASH the first 16 hex digits of the sha256 of the bytes.
_PART_FILE = re.compile(r"[A-Za-z0-9_.]+(?:-[0-9a-f]+)?-[0-9a-f]{16}\.json")
_HASH_DIGITS = 16


def parts_folder(path: Path) -> Path:
    """Where the parts of the database whose manifest is ``path`` live: ``PATH.d`` beside it."""
    return path.with_name(path.name + ".d")


def backup_path(path: Path) -> Path:
    """Where a converted single-file database is kept (``PATH.v1.bak``, numbered when taken)."""
    bak = path.with_name(path.name + ".v1.bak")
    n = 1
    while bak.exists():
        bak = path.with_name(f"{path.name}.v1.bak.{n}")
        n += 1
    return bak


def keep_backup(path: Path) -> Path:
    """Keep the single file at ``path`` as ``PATH.v1.bak`` before the manifest replaces it.

    A hard link (no copy, whatever the size: replacing ``path`` later gives
    it a new file and leaves the link with the old bytes), else a copy.
    """
    bak = backup_path(path)
    try:
        try:
            os.link(path, bak)
        except OSError:
            shutil.copy2(path, bak)
    except OSError as exc:
        with contextlib.suppress(OSError):
            bak.unlink()
        raise StoreError(f"{path}: cannot write database: {_describe_os_error(exc)}; the old file is unchanged") from None
    _fsync_folder(bak.parent)
    return bak


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_shard(article_id: Any) -> str:
    return _sha1(str(article_id))[:ARTICLE_SHARD_DIGITS]


def id_shard(record_id: Any) -> str:
    return _sha1(str(record_id))[:ID_SHARD_DIGITS]


def part_key(table: str, shard: str = "") -> str:
    """The TinyDB table name of a part: ``claims/3f``, or ``verdicts`` for an unsharded table."""
    return f"{table}/{shard}" if shard else table


def split_key(key: str) -> tuple[str, str]:
    table, _, shard = key.partition("/")
    return table, shard


def _doc_order(k: str) -> tuple[int, str]:
    return (int(k), "") if k.isdigit() else (1 << 62, k)


def dump_table(rows: Mapping[str, Any]) -> str:
    """One part's bytes: an object of records, one per line, in document-id order
    (a row made with its text, :class:`EncodedRow`, gives that text)."""
    enc = _encode
    keys = sorted(rows, key=_doc_order)
    return "{\n" + ",\n".join(f" {enc(str(k))}: {_row_text(rows[k])}" for k in keys) + "\n}\n"


def _row_text(row: Any) -> str:
    if (type(row) is EncodedRow or type(row) is RowText) and row.text is not None:
        return row.text
    return _encode(row)


def encode_row(row: dict[str, Any]) -> str:
    """A row's text as :func:`dump_table` writes it (sorted keys)."""
    return _encode(row)


class EncodedRow(dict):
    """A row together with its text as :func:`dump_table` writes it, made where the row
    was made (an ingest's worker process encodes the rows it extracts, so the process
    that writes them does not). Any change to the row drops the text (it is encoded
    again when written)."""

    __slots__ = ("text",)

    def __init__(self, row: Mapping[str, Any], text: str | None) -> None:
        super().__init__(row)
        self.text = text

    @classmethod
    def from_text(cls, text: str) -> "EncodedRow":
        """The row a text encodes, with that text (which encodes it back exactly)."""
        return cls(decode_json(text), text)

    def __reduce__(self) -> tuple:
        return (EncodedRow, (dict(self), self.text))

    def __setitem__(self, key: str, value: Any) -> None:
        self.text = None
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.text = None
        super().__delitem__(key)

    def __ior__(self, other: Any) -> "EncodedRow":
        self.text = None
        return super().__ior__(other)

    def pop(self, *args: Any) -> Any:
        self.text = None
        return super().pop(*args)

    def popitem(self) -> tuple:
        self.text = None
        return super().popitem()

    def clear(self) -> None:
        self.text = None
        super().clear()

    def update(self, *args: Any, **kwargs: Any) -> None:
        self.text = None
        super().update(*args, **kwargs)

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self.text = None
        return super().setdefault(key, default)


class RowText:
    """A row known only by its text as :func:`dump_table` writes it (an ingest's worker
    encoded it): a part written right after it is filled (an ingest's parts are) writes the
    text as it is, so the writing process never decodes the row. Not a row: a part holding
    one is decoded (:meth:`row`) when it is first read (see :meth:`Parts.append_rows`)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def row(self) -> EncodedRow:
        return EncodedRow.from_text(self.text)


#: One record line of a part as :func:`dump_table` writes it: ``"DOCID": {...}`` after one space.
_PART_LINE = re.compile(r' "(0|[1-9][0-9]*)": ')
#: A row's JSON text in its own key order (what :meth:`Parts.record_texts` promises).
_plain = json.JSONEncoder(ensure_ascii=False).encode


def part_lines(text: str) -> list[tuple[str, str]] | None:
    """A part's records as (document id, the record's JSON text), in document-id order,
    when ``text`` is in the form :func:`dump_table` writes; else None.

    Encoded JSON never holds a raw newline (U+2028 and U+2029 may appear raw:
    the text is split on newlines alone).
    """
    lines = text.split("\n")
    if len(lines) < 4 or lines[0] != "{" or lines[-2] != "}" or lines[-1] != "":
        return None
    out = []
    last = len(lines) - 4
    for i, line in enumerate(lines[1:-2]):
        m = _PART_LINE.match(line)
        if m is None or (i < last and line[-1] != ","):
            return None
        out.append((m.group(1), line[m.end() : -1 if i < last else None]))
    if any(int(a[0]) >= int(b[0]) for a, b in zip(out, out[1:])):
        return None
    return out


#: A value find_fields reads: a string JSON writes with no escape, or an integer; a lookahead for what ends it.
_VALUE = {str: rb'"([^"\\\n]*)"', int: rb"(-?(?:0|[1-9][0-9]*))"}


@functools.lru_cache(maxsize=32)
def _record_pattern(names: tuple[tuple[str, type], ...]) -> re.Pattern[bytes]:
    """A record line of a part, `` "DOCID": {...}`` (a comma after all but the last), with the values of
    ``names`` (sorted, as a record's keys are): groups document id, record, then each value.

    Each key is found right after the one before (a claim's end and id are neighbours), else after
    a ``, `` further on (greedily: one pass to the line's end and back); the first one right after the
    record's ``{``, else after a ``, ``. (A later one follows the first, so it is not the record's first key.)"""
    body = b"".join((rb"(?:|.*, )" if i == 0 else rb"(?:, |.*, )") + b'"' + re.escape(n.encode("utf-8")) + b'": ' + _VALUE[kind] + rb"(?=[,}])"
                    for i, (n, kind) in enumerate(names))
    return re.compile(rb'^ "(0|[1-9][0-9]*)": (\{' + body + rb".*\}),?$", re.M)


#: ``b"1", b"2", b"3", ...``: the document ids of a part none of whose rows was ever removed (grown as needed).
_DOC_IDS: list[bytes] = []


def _ascending(docs: tuple[bytes, ...]) -> bool:
    """Whether document ids (decimal, no leading zero) ascend; at once when they are 1, 2, 3, ..."""
    n = len(docs)
    if len(_DOC_IDS) < n:
        _DOC_IDS.extend(str(i).encode() for i in range(len(_DOC_IDS) + 1, n + 1))
    if list(docs) == _DOC_IDS[:n]:
        return True
    order = list(map(int, docs))
    return all(map(operator.lt, order, order[1:]))


def find_fields(raw: bytes, fields: tuple[tuple[str, type], ...]) -> list[tuple[tuple, bytes]] | None:
    """Each record of a part's bytes with the values of ``fields`` (``(name, str or int)``): ``(values, record text)``,
    read without decoding the records; None unless every record shows them plainly (then decode them).

    Plainly: the part in the form :func:`dump_table` writes, no record holding a
    ``{`` after its first character (no nested object), its keys sorted (as
    :func:`dump_table` writes them) and each field's value a string with no
    escapes or an integer. Inside an encoded string every quote is escaped, so
    ``"name": `` with a bare quote after ``{`` or ``, `` is a key, a top-level one
    when nothing is nested, and keys are unique: one pattern reads each record line
    with its fields (:func:`_record_pattern`). Encoded JSON holds no raw newline, so
    ``,\\n`` ends a record line. (The bytes are the part's, checked against its name;
    they are not decoded to check they are UTF-8.)
    """
    names = tuple(sorted(set(fields), key=operator.itemgetter(0)))
    if not (raw.startswith(b"{\n") and raw.endswith(b"}\n}\n")) or len({n for n, _ in names}) != len(names):
        return None
    lines = _record_pattern(names).findall(raw)
    n = len(lines)
    docs, records, *found = zip(*lines) if lines else ((), (), *([()] * len(names)))
    # every byte is in a record line: "{\n", each ' "DOC": RECORD' with ",\n" after all but the last, "\n}\n"
    if raw.count(b"\n") != n + 2 or 5 + 7 * n - 2 + sum(map(len, docs)) + sum(map(len, records)) != len(raw) or raw.count(b"{") != n + 1:
        return None
    columns = _columns(names, found) if _ascending(docs) else None
    if columns is None:
        return None
    return list(zip(zip(*[columns[name] for name, _ in fields]), records)) if fields else [((), t) for t in records]


def _columns(names: tuple[tuple[str, type], ...], found: list[tuple[bytes, ...]]) -> dict[str, list[Any]] | None:
    """Each field's values as read (strings or integers) from the bytes found; None when a string is not UTF-8."""
    columns = {}
    for (name, kind), values in zip(names, found):
        try:  # no value holds a NUL byte (JSON escapes it): one decode for the column
            columns[name] = list(map(int, values)) if kind is int else b"\0".join(values).decode("utf-8").split("\0")
        except UnicodeDecodeError:
            return None
    return columns


def _encoded(rows: Mapping[str, Any]) -> list[str]:
    return [_plain(rows[k]) for k in sorted(rows, key=_doc_order)]


def part_file_name(key: str, text: str) -> str:
    table, shard = split_key(key)
    table = re.sub(r"[^A-Za-z0-9_.]", "_", table)
    shard = re.sub(r"[^0-9a-f]", "", shard)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:_HASH_DIGITS]
    return f"{table}-{shard}-{digest}.json" if shard else f"{table}-{digest}.json"


def dump_manifest(meta: Mapping[str, Any], files: Mapping[str, str]) -> str:
    return dumps({"_meta": dict(meta), "parts": dict(files)})


def _marker(meta: Mapping[str, Any]) -> dict[str, Any]:
    return dict(next(iter(meta.values())))


class Parts(MutableMapping):
    """The physical tables (TinyDB table names such as ``claims/3f``), each read when first used.

    Assigning a table (TinyDB does so on every change) marks it dirty;
    :meth:`save` writes the dirty parts and then the manifest.
    """

    def __init__(self, path: Path, meta: dict[str, Any], files: Mapping[str, str], single: Path | None = None) -> None:
        self.path = path
        self.folder = parts_folder(path)
        self.files = dict(files)  # part key -> file name, as the manifest on disk says
        self._tables: dict[str, Any] = {"_meta": meta}
        self._disk_meta = json.loads(json.dumps(meta))
        self.dirty: set[str] = set()
        #: the single-file database this was read from (converted on the first save)
        self.single = single
        #: no manifest existed: whatever is in the parts folder is left over and goes on the first save
        self.fresh = False
        #: parts written before the save (:meth:`spill`): part key -> file name; the manifest names them on save
        self.spilled: dict[str, str] = {}
        #: files this write created before the save, removed again unless the new manifest names them
        self._created: set[str] = set()
        #: parts in memory holding a :class:`RowText`: its row is decoded when the part is read
        self._undecoded: set[str] = set()
        #: files :meth:`spill` wrote whose syncs and renames are still to come (:meth:`settle`)
        self._pending: PendingFiles | None = None

    # -- the mapping TinyDB sees ---------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        if key not in self._tables:
            if key not in self.files and key not in self.spilled:
                raise KeyError(key)
            self._tables[key] = self._load(key)
        if key in self._undecoded:
            self._decode_rows(key)
        return self._tables[key]

    def _decode_rows(self, key: str) -> None:
        """The rows of a part in memory given as their texts (:class:`RowText`), decoded."""
        self._undecoded.discard(key)
        self._tables[key] = {k: (r.row() if type(r) is RowText else r) for k, r in self._tables[key].items()}

    def __setitem__(self, key: str, value: Any) -> None:
        self._tables[key] = value
        self._undecoded.discard(key)
        self.dirty.add(key)
        self.spilled.pop(key, None)  # changed again after it was written: the save writes it anew

    def __delitem__(self, key: str) -> None:
        self._undecoded.discard(key)
        self._tables[key] = {}
        self.dirty.add(key)
        self.spilled.pop(key, None)

    def __contains__(self, key: object) -> bool:
        return key in self._tables or key in self.files or key in self.spilled

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(set(self.files) | set(self._tables) | set(self.spilled)))

    def __len__(self) -> int:
        return len(set(self.files) | set(self._tables) | set(self.spilled))

    def append_rows(self, key: str, rows: list[dict[str, Any]]) -> None:
        """Add ``rows`` to a part under the next document ids, numbered as TinyDB's
        ``insert_multiple`` numbers them in a fresh process (the highest id plus
        one, from 1), without its copy of the whole part per call. The rows are
        kept as given (not copied). A row may be given as its text (:class:`RowText`):
        it is written as it is, and decoded only if the part is read before then."""
        old = self[key] if key in self else {}
        new = dict(old)
        nxt = max(map(int, old), default=0) + 1
        for i, row in enumerate(rows, nxt):
            new[str(i)] = row
        self[key] = new
        if any(type(r) is RowText for r in rows):
            self._undecoded.add(key)

    def keys_of(self, table: str) -> list[str]:
        """The part keys of one logical table (its shards), sorted."""
        return [k for k in self if k == table or k.startswith(table + "/")]

    def loaded(self, key: str) -> bool:
        return key in self._tables

    def forget(self, key: str) -> None:
        """Drop a part read but not changed from memory (it is read again when used)."""
        if (key in self.files or key in self.spilled) and key not in self.dirty:
            self._tables.pop(key, None)

    def spill(self, keys: Iterable[str], settle: bool = True) -> None:
        """Write these changed parts now and drop them from memory (a large
        write need not hold every part it changed until the save).

        They are new content-named files that no manifest names yet, exactly
        what :meth:`save` writes first: :meth:`save` names them in the new
        manifest; :meth:`discard` (a write that fails) removes them. A part
        changed again afterwards is written again by the save.

        Unless ``settle``, the files are left to sync (in threads) while the caller
        goes on; :meth:`settle` (called by the save, and before a spilled part is
        read) puts them in place.
        """
        out: list[tuple[Path, str]] = []
        for key in sorted(set(keys) & self.dirty - {"_meta"}):
            rows = self._tables.get(key) or {}
            if not rows:
                continue  # an emptied part: the save drops it from the manifest
            text = dump_table(rows)
            name = part_file_name(key, text)
            if name != self.files.get(key) and not (self.folder / name).exists():
                out.append((self.folder / name, text))
                self._created.add(name)
            self.spilled[key] = name
            self.dirty.discard(key)
            self._undecoded.discard(key)
            del self._tables[key]
        if out:
            try:
                self.folder.mkdir(exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot write database: {_describe_os_error(exc)}; the old file is unchanged") from None
            if self._pending is None:
                self._pending = PendingFiles(self.path)
            self._pending.add(out, _file_mode(self.path))
        if settle:
            self.settle()

    def settle(self) -> None:
        """Put the files :meth:`spill` left syncing in place (see :class:`PendingFiles`)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.settle()

    def cancel_pending(self) -> None:
        """Remove the temporary files of the files :meth:`spill` left syncing."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.cancel()

    def discard(self) -> None:
        """Remove the files :meth:`spill` wrote for a write that will not be saved."""
        self.cancel_pending()
        for name in sorted(self._created - set(self.files.values())):
            with contextlib.suppress(OSError):
                (self.folder / name).unlink()
        self._created.clear()
        self.spilled.clear()

    # -- reading -------------------------------------------------------------------------

    def _read_bytes(self, key: str) -> bytes:
        """A part's bytes, checked against its name's checksum."""
        table = split_key(key)[0]
        if key in self.spilled and self._pending is not None:
            self.settle()  # its file may still be a temporary one
        name = self.spilled.get(key) or self.files[key]
        try:
            raw = (self.folder / name).read_bytes()
        except FileNotFoundError:
            # a writer replaced the part since the manifest was read: follow the new manifest
            newer = None if key in self.spilled else _reread_files(self.path).get(key)
            if newer and newer != name:
                self.files[key] = newer
                return self._read_bytes(key)
            raise StoreError(
                f"{self.path}: corrupt database (part {name} of table {table!r} is missing from {self.folder.name}; left untouched)"
            ) from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read database: {_describe_os_error(exc)}") from None
        if not name.endswith(f"-{hashlib.sha256(raw).hexdigest()[:_HASH_DIGITS]}.json"):
            raise StoreError(f"{self.path}: corrupt database (part {name} of table {table!r} does not match its checksum; left untouched)")
        return raw

    def find_rows(self, key: str, field: str, values: Iterable[str]) -> list[dict[str, Any]]:
        """The rows of one part whose ``field`` (a string) is one of ``values``.

        A part not in memory is not decoded whole: its file holds one record
        per line (see :func:`dump_table`), so each value is found as text
        (``"field": "value"`` cannot occur inside a JSON string, where quotes
        are escaped) and only its line is decoded.
        """
        wanted = set(values)
        if key in self._tables or (key not in self.files and key not in self.spilled):
            return [r for r in self._part_or_empty(key).values() if r.get(field) in wanted]
        text = self._read(key)
        out = []
        for v in sorted(wanted):
            i = text.find(f"{_encode(field)}: {_encode(v)}")
            if i < 0:
                continue
            line = text[text.rfind("\n", 0, i) + 1 : text.find("\n", i)].strip().rstrip(",")
            try:
                row = next(iter(json.loads("{" + line + "}").values()))
            except (json.JSONDecodeError, StopIteration, AttributeError):
                row = None  # not one record per line: decode the part whole
            if not isinstance(row, dict) or row.get(field) != v:
                return [r for r in self[key].values() if r.get(field) in wanted]
            out.append(row)
        return out

    def _part_or_empty(self, key: str) -> dict[str, Any]:
        return self[key] if key in self else {}

    def _read(self, key: str, raw: bytes | None = None) -> str:
        """A part's text (checked against its name's checksum)."""
        try:
            return (self._read_bytes(key) if raw is None else raw).decode("utf-8")
        except UnicodeDecodeError:
            raise self._invalid(key, "not UTF-8") from None

    def _invalid(self, key: str, what: str) -> StoreError:
        return StoreError(f"{self.path}: corrupt database (invalid JSON in table {split_key(key)[0]!r}: {what}; left untouched)")

    def _not_a_table(self, key: str) -> StoreError:
        return StoreError(f"{self.path}: corrupt database (table {split_key(key)[0]!r}: part {self.spilled.get(key) or self.files[key]} is not a table; left untouched)")

    def _load(self, key: str, text: str | None = None) -> dict[str, Any]:
        try:
            rows = decode_json(self._read(key) if text is None else text)
        except json.JSONDecodeError as exc:
            raise self._invalid(key, exc.msg) from None
        if not isinstance(rows, dict) or not all(isinstance(d, dict) for d in rows.values()):
            raise self._not_a_table(key)
        return rows

    def record_texts(self, key: str) -> list[bytes]:
        """A part's records as JSON texts in document-id order, UTF-8 encoded, each
        ``json.dumps(row, ensure_ascii=False)`` of its row (keys in the row's order; decode with ``json.loads``).

        A part read from its file gives each record's line as stored instead of
        decoding and encoding it again: :func:`dump_table` wrote it with sorted
        keys, the order the decoded row keeps. A part in memory (changed, or read
        already) or a file in another form is encoded. The part is not kept in memory.
        """
        return [t for _, t in self.records_with(key, ())]

    def records_with(self, key: str, fields: tuple[tuple[str, type], ...]) -> list[tuple[tuple, bytes]]:
        """:meth:`record_texts`, each with the values of some of its fields (``(name, str or int)``,
        in that order): ``(values, text)``.

        The values are read from the texts as they are stored (:func:`find_fields`);
        when a record does not show them plainly, the part's records are decoded.
        """
        if key in self._tables or (key not in self.files and key not in self.spilled):
            texts = _encoded(self._part_or_empty(key))
        else:
            raw = self._read_bytes(key)
            found = find_fields(raw, fields)
            if found is not None:
                return found
            text = self._read(key, raw)
            lines = part_lines(text)
            texts = _encoded(self._load(key, text)) if lines is None else [line for _, line in lines]
        out = []
        for t in texts:
            try:
                row = json.loads(t)
            except json.JSONDecodeError as exc:
                raise self._invalid(key, exc.msg) from None
            if not isinstance(row, dict):
                raise self._not_a_table(key)
            out.append((tuple(row[k] for k, _ in fields), t.encode("utf-8")))
        return out

    def rows_without(self, key: str, texts: tuple[str, ...]) -> list[dict[str, Any]]:
        """The rows of one part, leaving out rows whose record line holds one of ``texts``
        (members such as ``"valid": false``, which a caller's test of the rows rejects:
        those lines are not even decoded). A record line as :func:`dump_table` writes
        it holds a bare ``"key": value`` only as a member (inside an encoded string
        every quote is escaped). A part in memory or in another form is given whole;
        the caller still tests every row it gets. The part is not kept in memory.
        """
        if key in self._tables or (key not in self.files and key not in self.spilled):
            return list(self._part_or_empty(key).values())
        text = self._read(key)
        lines = text.split("\n")
        if len(lines) < 4 or lines[0] != "{" or lines[-2] != "}" or lines[-1] != "":
            return list(self._load(key, text).values())
        kept = lines[1:-2]
        for t in texts:
            kept = [line for line in kept if t not in line]
        if not kept:
            return []
        kept[-1] = kept[-1].rstrip(",")  # every line but the part's last ends with a comma
        try:
            rows = decode_json("{" + "\n".join(kept) + "}")
        except json.JSONDecodeError:
            rows = None
        if not isinstance(rows, dict) or not all(isinstance(d, dict) for d in rows.values()):
            return list(self._load(key, text).values())  # decoded whole: its own error when it is not a table
        return list(rows.values())

    def load_all(self) -> "Parts":
        for key in self.files:
            self[key]
        return self

    # -- writing -------------------------------------------------------------------------

    def save(self, notice: Any = None) -> bool:
        """Write the dirty parts, then the manifest; False when nothing changed.

        Converting a single-file database also keeps it as ``PATH.v1.bak``
        (written before the manifest replaces it) and says so through ``notice``.
        """
        meta = self._tables["_meta"]
        marker = _marker(meta)
        if marker.get("version") != VERSION:
            marker["version"] = VERSION
            meta = {next(iter(meta)): marker}
            self._tables["_meta"] = meta
        self.settle()
        files = dict(self.files)
        files.update(self.spilled)
        for key in self.dirty - {"_meta"}:
            files.pop(key, None)  # named again below unless now empty
        if self.single is None and not self.dirty - {"_meta"} and not self.spilled and meta == self._disk_meta:
            return False
        try:
            self.folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write database: {_describe_os_error(exc)}; the old file is unchanged") from None
        mode = _file_mode(self.path)
        _write_files(self._new_parts(files), mode, self.path, undo=True)
        if self.single is None and files == self.files and meta == self._disk_meta:
            self.dirty.clear()
            self.discard()
            return False
        self._switch(meta, files, mode, notice)
        return True

    def _new_parts(self, files: dict[str, str]) -> Iterator[tuple[Path, str]]:
        """Name each dirty part by its content (into ``files``) and yield those not on disk yet, one at a time."""
        for key in sorted(self.dirty - {"_meta"}):
            rows = self._tables.get(key) or {}
            if not rows:
                continue
            text = dump_table(rows)
            files[key] = part_file_name(key, text)
            if files[key] != self.files.get(key) and not (self.folder / files[key]).exists():
                yield self.folder / files[key], text

    def _switch(self, meta: dict[str, Any], files: dict[str, str], mode: int, notice: Any) -> None:
        """Point the manifest at the new parts (atomically), then remove the parts only the old one named."""
        bak = None
        if self.single is not None:
            bak = keep_backup(self.path)
        atomic_write_text(self.path, dump_manifest(meta, files), mode, self.path)
        keep = set(files.values())
        for name in (set(self.files.values()) | self._created) - keep:  # parts of the old manifest only, or spilled and replaced
            with contextlib.suppress(OSError):
                (self.folder / name).unlink()
        self.files = files
        self.spilled.clear()
        self._created.clear()
        self._disk_meta = json.loads(json.dumps(meta))
        self.dirty.clear()
        if self.fresh:  # e.g. `rm claims.json && claimtrack ingest`: the folder holds exactly the new parts
            self.remove_strays()
            self.fresh = False
        if bak is not None:
            self.single = None
            if notice:
                notice(f"{self.path}: converted to the manifest-and-parts layout (parts in {self.folder.name}/); "
                       f"the old single file is kept as {bak.name}")

    # -- what is on disk that should not be --------------------------------------------------

    def strays(self) -> list[str]:
        """Files in the parts folder that the manifest does not name (left by a crashed write)."""
        try:
            present = sorted(p.name for p in self.folder.iterdir())
        except OSError:
            return []
        named = set(self.files.values())
        return [n for n in present if n not in named]

    def remove_strays(self) -> list[str]:
        gone = self.strays()
        for name in gone:
            with contextlib.suppress(OSError):
                (self.folder / name).unlink()
        return gone


def _reread_files(path: Path) -> dict[str, str]:
    try:
        data = read_single_file(path)
        return dict(data["parts"]) if "parts" in data else {}
    except (StoreError, KeyError):
        return {}


def open_parts(path: Path) -> Parts:
    """The database at ``path``: a manifest, a single file of version 1 (converted on save), or nothing yet."""
    if not path.exists() and not path.is_symlink():
        parts = Parts(path, {"1": {"format": FORMAT, "version": VERSION}}, {})
        parts.fresh = True
        return parts
    data = read_single_file(path)
    meta = data["_meta"]
    if _marker(meta)["version"] >= 2:
        parts = data.get("parts") if "parts" in data else None
        problem = validate({"_meta": meta, "parts": parts}) if parts is not None else "no parts table"
        if problem:
            raise StoreError(f"{path}: not a claimtrack database ({problem}; left untouched)")
        return Parts(path, meta, parts)
    return from_single(path, data)


def is_single_file(path: Path) -> bool:
    """Whether ``path`` holds a database in the single-file layout (only its marker is parsed)."""
    if not path.is_file():
        return False
    try:
        return _marker(read_single_file(path)["_meta"])["version"] < 2
    except (StoreError, KeyError):
        return False  # opening it will say what is wrong


def from_single(path: Path, data: MutableMapping[str, Any]) -> Parts:
    """A version 1 database converted to parts in memory (written on the first save)."""
    if isinstance(data, Tables):
        data.load_all()
    parts = Parts(path, data["_meta"], {}, single=path)
    for key, rows in split_logical(data).items():
        parts[key] = rows
    return parts


def _counts(claims: list[dict[str, Any]], figures: int, dates: int) -> dict[str, int]:
    return {
        "claims": len(claims),
        "named": sum(c.get("speaker_kind") == "named" for c in claims),
        "anonymous": sum(c.get("speaker_kind") == "anonymous" for c in claims),
        "figures": figures,
        "dates": dates,
    }


def _append(out: dict[str, dict[str, Any]], key: str, row: dict[str, Any]) -> None:
    rows = out.setdefault(key, {})
    rows[str(len(rows) + 1)] = row


def split_logical(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Logical tables (as in a version 1 file) -> part key -> rows (document ids renumbered per part)."""
    out: dict[str, dict[str, Any]] = {}
    derived: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in DERIVED_TABLES:
        for k in sorted(data.get(table) or {}, key=_doc_order):
            row = data[table][k]
            derived.setdefault(str(row.get("article")), {}).setdefault(table, []).append(row)
            _append(out, part_key(table, article_shard(row.get("article"))), row)
    for k in sorted(data.get("articles") or {}, key=_doc_order):
        row = dict(data["articles"][k])
        aid = row.get("id")
        shard = article_shard(aid)
        mine = derived.get(str(aid), {})
        _append(out, part_key("texts", shard), {"id": aid, "text": row.pop("text", None)})
        row["counts"] = _counts(mine.get("claims", []), len(mine.get("figures", [])), len(mine.get("dates", [])))
        _append(out, part_key("articles", shard), row)
    for aid, tables in sorted(derived.items()):
        for h, ids in sorted(index_ids(r.get("id") for rows in tables.values() for r in rows).items()):
            _append(out, part_key("index", h), {"article": aid, "ids": " ".join(ids)})
    for k in sorted(data.get(NAME_TABLE) or {}, key=_doc_order):
        row = data[NAME_TABLE][k]
        _append(out, part_key(NAME_TABLE, article_shard(row.get("article"))), row)
    for k in sorted(data.get("conflicts") or {}, key=_doc_order):
        row = data["conflicts"][k]
        _append(out, part_key("conflicts", id_shard(row.get("id"))), row)
    for name in data:
        if name not in ("_meta", "articles", "conflicts", NAME_TABLE, *DERIVED_TABLES) and data[name]:
            out[part_key(name)] = dict(data[name])
    return out


def index_ids(ids: Iterable[Any]) -> dict[str, list[str]]:
    """Record ids grouped by index shard, sorted.

    An index row keeps them in one space-separated string (a tenth of the
    memory of a list of strings); generated ids never hold a space.
    """
    out: dict[str, list[str]] = {}
    for rid in ids:
        if isinstance(rid, str):
            out.setdefault(id_shard(rid), []).append(rid)
    return {h: sorted(v) for h, v in out.items()}


def logical_view(parts: Parts) -> dict[str, Any]:
    """The database as logical tables (what :mod:`check` reads); the index is left out.

    Rows of sharded tables are keyed ``SHARD:DOCID``; article rows get their text back.
    """
    out: dict[str, Any] = {"_meta": parts["_meta"]}
    texts: dict[tuple[str, Any], Any] = {}
    for key in parts.keys_of("texts"):
        for row in parts[key].values():
            texts[(split_key(key)[1], row.get("id"))] = row.get("text")
    for key in parts:
        table, shard = split_key(key)
        if table in ("_meta", "texts", "index"):
            continue
        rows = out.setdefault(table, {})
        for k, row in parts[key].items():
            if table == "articles":
                row = {f: v for f, v in row.items() if f != "counts"}
                row["text"] = texts.get((shard, row.get("id")))
            rows[f"{shard}:{k}" if shard else k] = row
    return out


def read_database_file(path: Path) -> dict[str, Any]:
    """The whole database at ``path`` as logical tables (either layout), validated."""
    if not path.exists() and not path.is_symlink():
        return {"_meta": {"1": {"format": FORMAT, "version": VERSION}}}
    parts = open_parts(path)
    if parts.single is not None:
        data = read_single_file(path)
        return {name: data[name] for name in data}
    return logical_view(parts)
