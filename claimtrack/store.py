"""The database: TinyDB over a manifest and content-hashed part files.

This is the only module that imports tinydb. The on-disk layout (a small
manifest at the ``--db`` path, parts in the folder beside it) is described in
:mod:`layout`; here each part is one TinyDB table, so a change rewrites only
the parts it touches. One command is one transaction: parts are read when
first used, changed in memory, and saved once (new parts first, then the
manifest, atomically) while holding an exclusive lock file, so a reader never
sees half a database and two writers never lose each other's work.

Logical tables (what the rest of claimtrack sees):

- ``_meta``: format marker and version (a database without it is not ours),
  kept in the manifest;
- ``articles``: id, path, text, date, body_start, sha (the text is kept so
  derived tables can be rebuilt without the original files); stored as
  ``articles/SS`` (metadata and record counts) and ``texts/SS`` (the text);
- ``claims``, ``figures``, ``dates``: derived from articles at ingest,
  in the shard of their article, with ``index/H`` saying which article holds an id;
- ``names``: the name records of each article (spellings the name and
  status comparisons read), in the shard of their article; no ids, no index;
- ``conflicts``: derived from all of the above, sharded by conflict id;
- ``decisions`` and ``verdicts``: people's work, append-only, never derived;
- ``user_dates``: article dates set by a person (``claimtrack date``), kept
  across re-ingests, latest row per article wins.
"""

from __future__ import annotations

import contextlib
import fcntl
import operator
import os
import sys
import time
from collections.abc import Callable, Container, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
from tinydb import TinyDB
from tinydb.storages import Storage

from .layout import (  # noqa: F401  (re-exported: the store's public names)
    ALL_TABLES,
    ARTICLE_KEYS,
    ARTICLE_SHARDED,
    DERIVED_TABLES,
    FORMAT,
    VERSION,
    Parts,
    RowText,
    StoreError,
    _ARTICLE_DEFAULTS,
    _describe_os_error,
    article_shard,
    atomic_write_text,
    dumps,
    encode_row,
    id_shard,
    index_ids,
    is_single_file,
    iter_dump,
    open_parts,
    parts_folder,
    part_key,
    read_database_file,
    split_key,
    validate,
    NAME_TABLE,
)
from .models import Article, Claim, Conflict, DateMention, Figure, NameRecord

DEFAULT_LOCK_TIMEOUT = 5.0
_ROW_KEYS = tuple(k for k in ARTICLE_KEYS if k != "text")
_ZERO_COUNTS = {"claims": 0, "named": 0, "anonymous": 0, "figures": 0, "dates": 0}


def _notice(message: str) -> None:
    print(message, file=sys.stderr)


class PartStorage(Storage):
    """TinyDB storage over :class:`layout.Parts`: parts load on first use, :meth:`flush` saves.

    TinyDB calls ``write`` after every operation with the same mapping it
    changed; writing files each time would make ingest quadratic, so writes
    only mark the changed parts (the mapping does that itself).
    """

    def __init__(self, path: str, notice: Callable[[str], None] | None = None) -> None:
        self.path = Path(path)
        self.notice = notice
        self._data: Parts | None = None

    def read(self) -> Parts:
        if self._data is None:
            self._data = open_parts(self.path)
        return self._data

    def write(self, data: Any) -> None:
        if data is not self._data:  # pragma: no cover - TinyDB always hands back the mapping it read
            raise RuntimeError("unexpected storage write")

    def flush(self) -> bool:
        return self._data.save(self.notice) if self._data is not None else False

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




def _article_row(article: Article, counts: dict[str, int]) -> dict[str, Any]:
    row = {k: getattr(article, k) for k in _ROW_KEYS}
    row["counts"] = counts
    return row


def record_counts(claims: list[Any], figures: list[Any], dates: list[Any]) -> dict[str, int]:
    """The counts an article's row keeps of its records (records or stored rows)."""
    return {
        "claims": len(claims),
        "named": sum(_kind_of(c) == "named" for c in claims),
        "anonymous": sum(_kind_of(c) == "anonymous" for c in claims),
        "figures": len(figures),
        "dates": len(dates),
    }


def index_texts(records: Iterable[Any]) -> dict[str, str]:
    """An article's index rows' ``ids`` by index shard: its records' ids (records or stored rows), space-separated."""
    return {h: " ".join(rids) for h, rids in index_ids(_id_of(x) for x in records).items()}


@attrs.frozen
class EncodedRecords:
    """An article's records as :meth:`Store.replace_articles` stores them, made where they were
    extracted (an ingest's worker process, :func:`encode_records`): each table's rows as their
    texts (claims, figures, dates, names; written as they are, never decoded by the writing process),
    the counts of the article's row and the ids of its index rows by index shard."""

    texts: tuple[list[str], list[str], list[str], list[str]]
    counts: dict[str, int]
    index: dict[str, str]


def encode_records(claims: list[Claim], figures: list[Figure], dates: list[DateMention],
                   names: list[NameRecord]) -> EncodedRecords:
    """What :meth:`Store.replace_articles` stores for ``(article, claims, figures, dates, names)``, encoded."""
    texts = tuple([encode_row(x.to_dict()) for x in records] for records in (claims, figures, dates, names))
    return EncodedRecords(texts, record_counts(claims, figures, dates), index_texts((*claims, *figures, *dates)))  # type: ignore[arg-type]


def _stored_form(result: tuple) -> tuple[Article, tuple[list[Any], ...], dict[str, int], dict[str, str]]:
    """A result given to :meth:`Store.replace_articles` as ``(article, rows of each table
    (claims, figures, dates, names), counts, index ids by shard)``."""
    if len(result) == 2 and isinstance(result[1], EncodedRecords):
        enc = result[1]
        return result[0], tuple([RowText(t) for t in table] for table in enc.texts), enc.counts, enc.index
    article, claims, figures, dates, *rest = result
    names = rest[0] if rest else ()
    rows = tuple([_row_of(x) for x in records] for records in (claims, figures, dates, names))
    return article, rows, record_counts(claims, figures, dates), index_texts((*claims, *figures, *dates))


def _kind_of(c: Any) -> str:
    return c["speaker_kind"] if isinstance(c, dict) else c.speaker_kind


def _make_article(row: dict[str, Any], text: Any) -> Article:
    """An :class:`Article` from its row (the fields of :data:`ARTICLE_KEYS`, missing ones as in
    ``_ARTICLE_DEFAULTS`` else None) and its text; written out, as a listing makes 30,000 of them."""
    get, d = row.get, _ARTICLE_DEFAULTS
    return Article(id=get("id"), text=text, date=get("date"), body_start=get("body_start"), path=get("path", d["path"]), sha=get("sha"),
                   date_source=get("date_source", d["date_source"]), date_start=get("date_start", d["date_start"]), date_end=get("date_end", d["date_end"]))


def position(r: dict[str, Any]) -> tuple:
    """The order of a derived table's rows: article, start, end, id."""
    return (r["article"], r["start"], r["end"], r["id"])


#: The fields of :func:`position`, as :meth:`layout.Parts.records_with` reads them.
_POSITION_FIELDS = (("article", str), ("start", int), ("end", int), ("id", str))
_first = operator.itemgetter(0)


def _position_of(item: tuple[tuple, bytes]) -> tuple:
    return item[0][:4]


#: :func:`position` of a record object, read in one call.
_record_position = operator.attrgetter("article", "start", "end", "id")



def _row_of(x: Any) -> dict[str, Any]:
    """A record's stored row (a row given as one is taken as it is)."""
    return x if isinstance(x, dict) else x.to_dict()


def _id_of(x: Any) -> str:
    return x["id"] if isinstance(x, dict) else x.id

class Store:
    """Typed access to the database. Read methods load only the parts they need; writes go in :meth:`writing`."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        lock_timeout: float | None = None,
        notice: Callable[[str], None] | None = _notice,
    ) -> None:
        self.path = Path(path)
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("CLAIMTRACK_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
        self.lock_timeout = lock_timeout
        self.notice = notice
        self._db: TinyDB | None = None
        self._writable = False
        #: ids of the articles written (stored, replaced or removed) in this store's transactions:
        #: the comparator's hint for which comparison blocks may have changed
        self.touched: set[str] = set()

    # -- opening -------------------------------------------------------------

    @property
    def db(self) -> TinyDB:
        if self._db is None:
            if not self._writable and is_single_file(self.path):
                self._convert()  # under the lock; when it cannot be written, it is read in memory below
            self._db = self._open()
        return self._db

    def _open(self) -> TinyDB:
        db = TinyDB(str(self.path), storage=PartStorage, notice=self.notice)
        db.storage.read()  # validate now, with a clear error
        return db

    def _convert(self) -> bool:
        """Convert a single-file database when a reading command first opens it.

        Returns False (the database is then read in memory, unchanged) when it cannot be written.
        """
        try:
            with self.writing():
                pass
        except StoreError:
            return False
        return True

    @property
    def parts(self) -> Parts:
        return self.db.storage.read()

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
        """One write transaction: lock, load fresh, change, save the changed parts once."""
        self.check_not_read_only()
        lock = FileLock(self.path.with_name(self.path.name + ".lock"), self.lock_timeout)
        with lock:
            self._db = None
            self._writable = True
            try:
                _ = self.db
                yield self
                self.db.storage.flush()
            except BaseException:
                if self._db is not None:
                    self.parts.discard()  # parts written early (Parts.spill) that no manifest will name
                raise
            finally:
                self._writable = False
                self._db = None  # drop unsaved changes on error

    def _check_writable(self) -> None:
        if not self._writable:
            raise RuntimeError("write outside Store.writing()")

    # -- parts -----------------------------------------------------------------

    def _part(self, key: str) -> dict[str, Any]:
        parts = self.parts
        return parts[key] if key in parts else {}

    def _part_rows(self, key: str) -> list[dict[str, Any]]:
        rows = self._part(key)
        return [rows[k] for k in sorted(rows, key=lambda k: (len(k), k))]

    def _table_rows(self, table: str) -> Iterator[dict[str, Any]]:
        for key in self.parts.keys_of(table):
            yield from self._part_rows(key)

    def _all_excluded(self, shard: str, exclude: Container[str]) -> bool:
        """Whether every article of a shard is in ``exclude`` (its parts need not be read)."""
        return all(r["id"] in exclude for r in self._part_rows(part_key("articles", shard)))

    def _insert(self, key: str, rows: list[dict[str, Any]]) -> None:
        """Add fresh row dicts to a sharded part. Every insert into a sharded part
        comes here, never through a TinyDB table, so no table object caches a
        next id that this would leave stale (and nothing queries them through TinyDB)."""
        if rows:
            self.parts.append_rows(key, rows)

    def _remove(self, key: str, field: str, values: set[str]) -> None:
        if any(r.get(field) in values for r in self._part(key).values()):
            self.db.table(key).remove(lambda r: r.get(field) in values)

    # -- articles and derived records -----------------------------------------

    def articles(self) -> list[Article]:
        out = []
        for key in self.parts.keys_of("articles"):
            out += self._shard_articles(split_key(key)[1])
        return sorted(out, key=lambda a: a.id)

    def article(self, article_id: str) -> Article | None:
        """One article, read from its shard alone."""
        shard = article_shard(article_id)
        for r in self._part_rows(part_key("articles", shard)):
            if r["id"] == article_id:
                text = next((t["text"] for t in self._part_rows(part_key("texts", shard)) if t["id"] == article_id), None)
                return _make_article(r, text)
        return None

    def article_rows(self) -> list[dict[str, Any]]:
        """Every article's stored fields except its text (dates, path, sha, record counts), sorted by id."""
        return sorted(self._table_rows("articles"), key=lambda r: r["id"])

    def article_shas(self) -> dict[str, str]:
        return {r["id"]: r["sha"] for r in self._table_rows("articles")}

    def article_paths(self) -> dict[str, str]:
        """Article id -> the path it was ingested from ("" when not known)."""
        return {r["id"]: r.get("path", "") for r in self._table_rows("articles")}

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

    def claims(self, article: str | None = None, articles: Iterable[str] | None = None) -> list[Claim]:
        return [Claim.from_dict(r) for r in self._sorted("claims", article, articles)]

    def figures(self, article: str | None = None, articles: Iterable[str] | None = None,
                where: Callable[[dict[str, Any]], bool] | None = None) -> list[Figure]:
        return [Figure.from_dict(r) for r in self._sorted("figures", article, articles, where)]

    def dates(self, article: str | None = None, articles: Iterable[str] | None = None,
              where: Callable[[dict[str, Any]], bool] | None = None) -> list[DateMention]:
        return [DateMention.from_dict(r) for r in self._sorted("dates", article, articles, where)]

    def compared_figures(self, exclude: Container[str], where: Callable[[dict[str, Any]], bool],
                         rejected: tuple[str, ...] = ()) -> list[Figure]:
        """:meth:`figures` of every article not in ``exclude``, only those ``where``
        accepts, read one part at a time (see :meth:`_objects`). A stored row
        holding one of the members ``rejected`` (JSON text such as ``"reading": ""``)
        must be one ``where`` rejects: it is not decoded (:meth:`layout.Parts.rows_without`)."""
        return self._objects("figures", Figure.from_dict, exclude, where, rejected)

    def compared_dates(self, exclude: Container[str], where: Callable[[dict[str, Any]], bool],
                       rejected: tuple[str, ...] = ()) -> list[DateMention]:
        return self._objects("dates", DateMention.from_dict, exclude, where, rejected)

    def _objects(self, table: str, make: Callable[[dict[str, Any]], Any], exclude: Container[str],
                 where: Callable[[dict[str, Any]], bool], rejected: tuple[str, ...] = ()) -> list[Any]:
        """Records of a derived table as objects, in position order, each part
        dropped from memory once its rows are made objects: a comparison over a
        large database holds the records, not their JSON rows as well."""
        out = []
        for key in self.parts.keys_of(table):
            if exclude and self._all_excluded(split_key(key)[1], exclude):
                continue
            was_loaded = self.parts.loaded(key)
            rows = self.parts.rows_without(key, rejected) if rejected else self._part_rows(key)
            out += [make(r) for r in rows if r["article"] not in exclude and where(r)]
            if not was_loaded:
                self.parts.forget(key)
        out.sort(key=_record_position)  # the order of position()
        return out

    def names(self, articles: Iterable[str] | None = None, exclude: Container[str] = ()) -> list[NameRecord]:
        """Stored name records of all articles (or of the given ones; none of
        ``exclude``), by article id, each article's in the order they were made."""
        if articles is None:
            keys = [k for k in self.parts.keys_of(NAME_TABLE) if not (exclude and self._all_excluded(split_key(k)[1], exclude))]
            wanted = None
        else:
            wanted = set(articles)
            keys = [part_key(NAME_TABLE, h) for h in sorted({article_shard(a) for a in wanted})]
        by: dict[str, list[NameRecord]] = {}
        for key in keys:
            was_loaded = self.parts.loaded(key)
            for r in self._part_rows(key):
                if (wanted is None or r["article"] in wanted) and r["article"] not in exclude:
                    by.setdefault(r["article"], []).append(NameRecord.from_dict(r))
            if not was_loaded:
                self.parts.forget(key)  # read once: the records are kept, not the rows
        return [n for a in sorted(by) for n in by[a]]

    def claims_by_id(self, pairs: Iterable[tuple[str, str]]) -> dict[str, Claim]:
        """Claims by id, from ``(article, claim id)`` pairs: reads only those
        articles' claims shards, decoding just the rows asked for."""
        by_shard: dict[str, set[str]] = {}
        for article, claim_id in pairs:
            by_shard.setdefault(article_shard(article), set()).add(claim_id)
        out: dict[str, Claim] = {}
        for shard, ids in sorted(by_shard.items()):
            for r in self.parts.find_rows(part_key("claims", shard), "id", ids):
                out[r["id"]] = Claim.from_dict(r)
        return out

    def conflicts(self) -> list[Conflict]:
        return [Conflict.from_dict(r) for r in self.conflict_rows()]

    def conflict_rows(self) -> list[dict[str, Any]]:
        return sorted(self._table_rows("conflicts"), key=lambda r: r["id"])

    def rows(self, table: str, article: str | None = None) -> list[dict[str, Any]]:
        """Stored records of a derived table as plain dicts (their JSON form), sorted by position."""
        return self._sorted(table, article)

    def _sorted(self, table: str, article: str | None, articles: Iterable[str] | None = None,
                where: Callable[[dict[str, Any]], bool] | None = None) -> list[dict[str, Any]]:
        """Rows of a derived table, of all articles or only the given ones (read
        from their shards alone), only those ``where`` accepts."""
        if article is not None:
            articles = [article]
        if articles is None:
            rows = list(filter(where, self._table_rows(table)) if where else self._table_rows(table))
        else:
            wanted = set(articles)
            rows = []
            for shard in sorted({article_shard(a) for a in wanted}):
                rows += [r for r in self._part_rows(part_key(table, shard)) if r["article"] in wanted]
            if where:
                rows = list(filter(where, rows))
        return sorted(rows, key=position)

    def first_rows(self, table: str, limit: int) -> tuple[list[dict[str, Any]], int]:
        """The first ``limit`` rows of a derived table in position order, and how many it has.

        Reads the article metadata (the counts kept with each article) and the
        shards of the first articles only: a table's first page costs the same
        whatever the database holds.
        """
        metas = self.article_rows()
        total = sum((r.get("counts") or {}).get(table, 0) for r in metas)
        out: list[dict[str, Any]] = []
        for r in metas:
            if len(out) >= limit:
                break
            if (r.get("counts") or {}).get(table, 0):
                out += sorted((x for x in self._part_rows(part_key(table, article_shard(r["id"]))) if x["article"] == r["id"]), key=position)
        return out[:limit], total

    def texts(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Article id -> text for the given articles, reading only their shards' text parts."""
        wanted = set(article_ids)
        out: dict[str, str] = {}
        for shard in sorted({article_shard(a) for a in wanted}):
            out.update((r["id"], r["text"]) for r in self._part_rows(part_key("texts", shard)) if r["id"] in wanted)
        return out

    def shards(self, table: str, article: str | None = None) -> Iterator[tuple[list[dict[str, Any]], dict[str, Article]]]:
        """A derived table shard by shard: its rows sorted by position, with the shard's articles.

        A listing streams through this: each shard is dropped from memory
        before the next is read, so memory does not grow with the database.
        """
        for key in self.shard_keys(table, article):
            shard = split_key(key)[1]
            rows = [r for r in self._part_rows(key) if article is None or r["article"] == article]
            yield sorted(rows, key=position), {a.id: a for a in self._shard_articles(shard)}
            self._forget_shard(key)

    def raw_shards(
        self, table: str, article: str | None = None, with_articles: bool = True
    ) -> Iterator[tuple[list[tuple[tuple, bytes]], dict[str, Article]]]:
        """:meth:`shards` as each row's :func:`position` and JSON text, UTF-8 encoded
        (``json.dumps(row, ensure_ascii=False)`` as stored: see :meth:`layout.Parts.record_texts`),
        with the shard's articles when asked for.

        Rows are not decoded: their position is read from the text (:func:`layout.find_fields`) when it can be.
        """
        for key in self.shard_keys(table, article):
            yield self.raw_shard(key, article, with_articles)

    def raw_shard(
        self, key: str, article: str | None = None, with_articles: bool = True, fields: tuple[str, ...] = ()
    ) -> tuple[list[tuple[tuple, bytes]], dict[str, Article]]:
        """One part of :meth:`raw_shards` (a key of :meth:`shard_keys`), dropped from memory once read.

        The values of ``fields`` (strings, as a rule) follow each row's position in its tuple.
        """
        items = self.parts.records_with(key, _POSITION_FIELDS + tuple((f, str) for f in fields))
        if article is not None:
            items = [p for p in items if p[0][0] == article]
        items.sort(key=_position_of if fields else _first)
        articles = {a.id: a for a in self._shard_articles(split_key(key)[1])} if with_articles else {}
        self._forget_shard(key)
        return items, articles

    def field_values(self, table: str, field: str) -> set[Any]:
        """Every value of one field (a string, as a rule) in a derived table, read without decoding its rows."""
        return {v[0] for key in self.shard_keys(table) for v, _ in self.parts.records_with(key, ((field, str),))}

    def shard_keys(self, table: str, article: str | None = None) -> list[str]:
        """The part keys of a derived table's shards (the one of ``article`` when given)."""
        return [part_key(table, article_shard(article))] if article is not None else self.parts.keys_of(table)

    def _forget_shard(self, key: str) -> None:
        shard = split_key(key)[1]
        for k in (key, part_key("articles", shard), part_key("texts", shard)):
            self.parts.forget(k)

    def _shard_articles(self, shard: str) -> list[Article]:
        texts = {r["id"]: r["text"] for r in self._part_rows(part_key("texts", shard))}
        return [_make_article(r, texts.get(r["id"])) for r in self._part_rows(part_key("articles", shard))]

    def find(self, record_id: str) -> tuple[str, dict[str, Any]] | None:
        """Look an id up: the index names the article of a claim, figure or date; conflicts and
        articles are found from the id itself. Reads a handful of parts, whatever the size."""
        for row in self._part_rows(part_key("index", id_shard(record_id))):
            if record_id in row["ids"] and record_id in row["ids"].split(" "):
                shard = article_shard(row["article"])
                for table in DERIVED_TABLES:
                    for r in self._part_rows(part_key(table, shard)):
                        if r.get("id") == record_id:
                            return table, r
        for r in self._part_rows(part_key("conflicts", id_shard(record_id))):
            if r.get("id") == record_id:
                return "conflicts", r
        article = self.article(record_id)
        if article is not None:
            return "articles", {k: getattr(article, k) for k in ARTICLE_KEYS}
        return None

    def replace_articles(self, results: Iterable[tuple]) -> list[str]:
        """Store articles with their derived records, replacing earlier versions.

        Each result is ``(article, claims, figures, dates)`` or
        ``(article, claims, figures, dates, names)`` (names: the article's
        name records, a list of NameRecord); a record may be given as its stored
        row instead (a dict, e.g. a :class:`layout.EncodedRow`). A result may also be
        ``(article, EncodedRecords)`` (:func:`encode_records`): its rows are written as
        the texts it holds (see :class:`layout.RowText`). Only the shards of these articles (and the
        index parts of their records' ids) change. Returns the ids of the
        articles written (they are also added to :attr:`touched`).
        """
        self._check_writable()
        results = [_stored_form(r) for r in results]
        by_shard: dict[str, list[tuple[Article, tuple[list[Any], ...], dict[str, int], dict[str, str]]]] = {}
        for res in results:
            by_shard.setdefault(article_shard(res[0].id), []).append(res)
        for shard, group in sorted(by_shard.items()):
            ids = {a.id for a, *_ in group}
            stale = ids & {r["id"] for r in self._part_rows(part_key("articles", shard))}
            if stale:
                self._remove_articles(shard, stale)
            self._insert(part_key("articles", shard), [_article_row(a, counts) for a, _, counts, _ in group])
            self._insert(part_key("texts", shard), [{"id": a.id, "text": a.text} for a, *_ in group])
            for i, table in enumerate((*DERIVED_TABLES, NAME_TABLE)):
                self._insert(part_key(table, shard), [x for _, rows, _, _ in group for x in rows[i]])
        self.insert_index((h, {"article": a.id, "ids": ids_text}) for a, _, _, ids_by_shard in results for h, ids_text in ids_by_shard.items())
        written = sorted({a.id for a, *_ in results})
        self.touched.update(written)
        return written

    def insert_index(self, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
        """Store index rows given as ``(index shard, row)``, each shard's in the order given."""
        self._check_writable()
        index: dict[str, list[dict[str, str]]] = {}
        for h, row in rows:
            index.setdefault(h, []).append(row)
        for h in sorted(index):
            self._insert(part_key("index", h), index[h])

    def spill_shards(self, shards: Iterable[str], settle: bool = True) -> None:
        """Write the changed parts of these article shards now and drop them
        from memory (see :meth:`layout.Parts.spill`; unless ``settle``, their
        files are put in place by :meth:`layout.Parts.settle`); the save names them."""
        self._check_writable()
        self.parts.spill((part_key(t, h) for h in shards for t in ARTICLE_SHARDED), settle=settle)

    def _remove_articles(self, shard: str, stale: set[str]) -> None:
        """Drop articles of one shard with their records and index rows."""
        old_ids = [r["id"] for t in DERIVED_TABLES for r in self._part(part_key(t, shard)).values() if r["article"] in stale]
        for table in ARTICLE_SHARDED:
            self._remove(part_key(table, shard), "id" if table in ("articles", "texts") else "article", stale)
        for h in sorted(index_ids(old_ids)):
            self._remove(part_key("index", h), "article", stale)

    def clear_derived(self) -> None:
        """Empty the articles and derived tables (for a rebuild from stored articles).

        Row ids restart at 1, so re-inserting gives the same parts as a fresh ingest.
        """
        self._check_writable()
        self.touched.update(self.article_shas())
        for table in (*ARTICLE_SHARDED, "index"):
            for key in self.parts.keys_of(table):
                self.db.table(key).truncate()

    def replace_conflicts(self, conflicts: Iterable[Conflict]) -> None:
        """Store the conflicts; only the shards whose rows changed are rewritten."""
        self._check_writable()
        new: dict[str, list[dict[str, Any]]] = {}
        for c in conflicts:
            new.setdefault(id_shard(c.id), []).append(c.to_dict())
        shards = set(new) | {split_key(k)[1] for k in self.parts.keys_of("conflicts")}
        for h in sorted(shards):
            key = part_key("conflicts", h)
            rows = new.get(h, [])
            if self._part_rows(key) == rows:
                continue  # unchanged: keep the part as it is
            table = self.db.table(key)
            table.truncate()
            self._insert(key, rows)

    # -- people's work: append-only -------------------------------------------

    def append(self, table: str, record: dict[str, Any]) -> None:
        """Append a decision or verdict; these tables are never rewritten."""
        self._check_writable()
        if table not in ("decisions", "verdicts", "user_dates"):
            raise ValueError(table)
        self.db.table(table).insert(record)

    def records(self, table: str) -> list[dict[str, Any]]:
        """All rows of an append-only table in insertion order."""
        return self._part_rows(table)

    def set_records(self, table: str, records: list[dict[str, Any]]) -> None:
        """Rewrite an append-only table (only for re-attaching ids after re-ingest)."""
        self._check_writable()
        t = self.db.table(table)
        t.truncate()
        t.insert_multiple(records)

    def meta(self) -> dict[str, Any]:
        return dict(next(iter(self.parts["_meta"].values())))

    def set_meta(self, **values: Any) -> None:
        self._check_writable()
        marker = self.meta()
        marker.update(values)
        table = self.db.table("_meta")
        table.truncate()
        table.insert(marker)

    def per_article_counts(self) -> dict[str, dict[str, int]]:
        """For each article: claims, named, anonymous, figures and dates counts (kept with the article)."""
        return {r["id"]: dict(r.get("counts") or _ZERO_COUNTS) for r in self._table_rows("articles")}

    def table_counts(self) -> dict[str, int]:
        counts = {name: sum(len(self._part(k)) for k in self.parts.keys_of(name)) for name in ALL_TABLES if name != "_meta"}
        return counts

    # -- the layout ---------------------------------------------------------------

    def strays(self) -> list[str]:
        """Files in the parts folder that the manifest does not name (left by a crashed write)."""
        return self.parts.strays()

    def remove_strays(self) -> list[str]:
        """Delete the strays (call inside :meth:`writing`, so no writer is adding parts)."""
        self._check_writable()
        return self.parts.remove_strays()
