"""What is wrong with a database, and rebuilding what can be rebuilt.

:func:`check_data` is pure: it takes the database as loaded from its JSON
file (a dict of tables) and returns every problem found:

- format: marker, version, tables that are not tables, unknown tables;
- articles: missing fields, duplicate ids, a stored text that does not match
  its sha, a body start outside the text;
- derived records (claims, figures, dates, names, conflict mentions): the article
  they point to is missing, or their offsets do not slice their text out of
  the stored article text (``text[start:end] == content``), duplicate ids;
- dangling ids: figures/dates/mentions naming a claim that does not exist,
  verdicts and decisions naming a claim or conflict that does not exist
  without being marked ``orphaned``.

:func:`check_path` adds what only the on-disk layout can get wrong (see
:mod:`layout`): records in the wrong shard, an index or record counts that
disagree with the records, and stray files in the parts folder.

:func:`rebuild` (inside ``Store.writing()``) re-derives claims, figures,
dates, names and conflicts from the stored articles; verdicts and decisions are kept
(re-pointed to moved records exactly as ``ingest`` does, never dropped).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

import attrs

from .layout import NAME_TABLE, Parts, article_shard, id_shard, logical_view, open_parts, read_single_file, split_key
from .store import ALL_TABLES, DERIVED_TABLES, validate


@attrs.frozen
class Problem:
    table: str
    record: str  # record id (or row key) or "" for the whole table/file
    message: str

    def to_dict(self) -> dict[str, str]:
        return attrs.asdict(self)

    def __str__(self) -> str:
        where = f"{self.table}/{self.record}" if self.record else self.table
        return f"{where}: {self.message}"


ARTICLE_FIELDS = ("id", "text", "date", "body_start", "path", "sha")
#: For each derived table: the fields that must be offsets into the article
#: text and the field they must slice to, as (start, end, text field).
SPANS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "claims": (("start", "end", "content"), ("speaker_start", "speaker_end", "speaker"), ("cue_start", "cue_end", "cue")),
    "figures": (("start", "end", "text"),),
    "dates": (("start", "end", "text"),),
    "names": (("start", "end", "text"), ("status_start", "status_end", "status_text")),
}


def _rows(data: dict[str, Any], table: str) -> Iterator[tuple[str, dict[str, Any]]]:
    t = data.get(table) or {}
    if isinstance(t, dict):
        for key, row in t.items():
            if isinstance(row, dict):
                yield key, row


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _span_problem(text: str, row: dict[str, Any], start_f: str, end_f: str, text_f: str, optional: bool) -> str:
    """Why ``row``'s offsets do not slice its text ("" when they do).

    The cue is stored in lower case ("according to" for "According to"), so
    it is compared ignoring case; everything else must match exactly.
    """
    s, e = row.get(start_f), row.get(end_f)
    if optional and s == -1 and e == -1:
        return ""
    if not (_is_int(s) and _is_int(e)):
        return f"{start_f}/{end_f} are not integers ({s!r}, {e!r})"
    if not 0 <= s <= e <= len(text):
        return f"{start_f}/{end_f} = {s}/{e} outside the article text (length {len(text)})"
    want = row.get(text_f)
    if not isinstance(want, str):
        return f"{text_f} is not text"
    got = text[s:e]
    if got != want and not (text_f == "cue" and got.casefold() == want.casefold()):
        return f"offsets {s}:{e} slice {text[s:e][:60]!r}, not the stored {text_f} {want[:60]!r}"
    return ""


def check_data(data: Any) -> list[Problem]:
    """Every problem in a loaded database (``[]`` when it is sound)."""
    fmt = validate(data)
    if fmt:
        return [Problem("", "", f"not a claimtrack database: {fmt}")]
    problems: list[Problem] = [Problem(name, "", "unknown table") for name in sorted(data) if name not in ALL_TABLES]
    texts = _check_articles(data, problems)
    claim_ids = _check_derived(data, texts, problems)
    _check_names(data, texts, claim_ids, problems)
    conflict_ids = _check_conflicts(data, texts, claim_ids, problems)
    _check_people(data, claim_ids, conflict_ids, problems)
    return problems


def _duplicates(table: str, seen: Counter, problems: list[Problem]) -> None:
    for rid, n in sorted(seen.items()):
        if n > 1:
            problems.append(Problem(table, rid, f"{n} rows with this id"))


def _check_articles(data: Any, problems: list[Problem]) -> dict[str, str]:
    """Article rows: fields, sha, body start, duplicate ids. Returns id -> text of the sound ones."""
    texts: dict[str, str] = {}
    ids: Counter = Counter()
    for key, row in _rows(data, "articles"):
        aid = row.get("id")
        missing = [f for f in ARTICLE_FIELDS if f not in row]
        if missing or not isinstance(aid, str) or not isinstance(row.get("text"), str):
            problems.append(Problem("articles", str(aid if aid is not None else f"row {key}"), f"missing or bad fields: {', '.join(missing) or 'id/text'}"))
            continue
        ids[aid] += 1
        text = row["text"]
        texts[aid] = text
        if row["sha"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
            problems.append(Problem("articles", aid, "stored text does not match its sha256"))
        if not _is_int(row["body_start"]) or not 0 <= row["body_start"] <= len(text):
            problems.append(Problem("articles", aid, f"body_start {row['body_start']!r} outside the text"))
    _duplicates("articles", ids, problems)
    return texts


def _check_derived(data: Any, texts: dict[str, str], problems: list[Problem]) -> set[str]:
    """Claims, figures and dates: article, offsets, duplicate ids, claim links. Returns the claim ids."""
    claim_ids: set[str] = set()
    for table in DERIVED_TABLES:
        seen: Counter = Counter()
        for key, row in _rows(data, table):
            rid = str(row.get("id", f"row {key}"))
            seen[rid] += 1
            if table == "claims":
                claim_ids.add(rid)
            aid = row.get("article")
            if aid not in texts:
                problems.append(Problem(table, rid, f"dangling article id {aid!r}"))
                continue
            for i, (s, e, f) in enumerate(SPANS[table]):
                msg = _span_problem(texts[aid], row, s, e, f, optional=i > 0)
                if msg:
                    problems.append(Problem(table, rid, msg))
        _duplicates(table, seen, problems)
    for table in ("figures", "dates"):
        for key, row in _rows(data, table):
            c = row.get("claim")
            if c and c not in claim_ids:
                problems.append(Problem(table, str(row.get("id", f"row {key}")), f"dangling claim id {c!r}"))
    return claim_ids


def _check_names(data: Any, texts: dict[str, str], claim_ids: set[str], problems: list[Problem]) -> None:
    """Name records (no ids: named by article and row): article, offsets, claim link."""
    for key, row in _rows(data, NAME_TABLE):
        aid = row.get("article")
        where = f"{aid} row {key}"
        if aid not in texts:
            problems.append(Problem(NAME_TABLE, where, f"dangling article id {aid!r}"))
            continue
        for i, (s, e, f) in enumerate(SPANS[NAME_TABLE]):
            msg = _span_problem(texts[aid], row, s, e, f, optional=i > 0)
            if msg:
                problems.append(Problem(NAME_TABLE, where, msg))
        if row.get("claim") and row["claim"] not in claim_ids:
            problems.append(Problem(NAME_TABLE, where, f"dangling claim id {row['claim']!r}"))


def _mention_problem(j: int, m: Any, texts: dict[str, str], claim_ids: set[str]) -> list[str]:
    if not isinstance(m, dict):
        return [f"mention {j} is not a record"]
    aid = m.get("article")
    if aid not in texts:
        return [f"mention {j}: dangling article id {aid!r}"]
    out = []
    msg = _span_problem(texts[aid], m, "start", "end", "text", optional=False)
    if msg:
        out.append(f"mention {j}: {msg}")
    c = m.get("claim")
    if c and c not in claim_ids:
        out.append(f"mention {j}: dangling claim id {c!r}")
    return out


def _check_conflicts(data: Any, texts: dict[str, str], claim_ids: set[str], problems: list[Problem]) -> set[str]:
    """Conflict mentions: article, offsets, claim links. Returns the conflict ids."""
    conflict_ids: set[str] = set()
    for key, row in _rows(data, "conflicts"):
        cid = str(row.get("id", f"row {key}"))
        conflict_ids.add(cid)
        mentions = row.get("mentions")
        if not isinstance(mentions, list) or not mentions:
            problems.append(Problem("conflicts", cid, "no mentions"))
            continue
        for j, m in enumerate(mentions):
            problems.extend(Problem("conflicts", cid, msg) for msg in _mention_problem(j, m, texts, claim_ids))
    return conflict_ids


def _check_people(data: Any, claim_ids: set[str], conflict_ids: set[str], problems: list[Problem]) -> None:
    """Verdicts and decisions point at a claim or conflict, or are marked orphaned."""
    for table, field, known in (("verdicts", "claim", claim_ids), ("decisions", "conflict", conflict_ids)):
        for key, row in _rows(data, table):
            target = row.get(field)
            if not isinstance(target, str):
                problems.append(Problem(table, f"row {key}", f"no {field} id"))
            elif target not in known and not row.get("orphaned"):
                problems.append(Problem(table, f"row {key}", f"dangling {field} id {target!r} (not marked orphaned)"))


STRAY = "stray file (no manifest names it; check --rebuild removes it)"


def check_path(path: Any) -> tuple[list[Problem], dict[str, Any]]:
    """Every problem of the database at ``path`` (either layout; nothing is written) and its logical tables."""
    parts = open_parts(path)
    if parts.single is not None:
        single = read_single_file(path)
        data = {name: single[name] for name in single}
        return check_data(data), data
    data = logical_view(parts)
    return check_data(data) + layout_problems(parts), data


def layout_problems(parts: Parts) -> list[Problem]:
    """Shards, index, counts and strays of a database in the manifest-and-parts layout."""
    problems = [Problem("layout", name, STRAY) for name in parts.strays()]
    held: set[tuple[str, str]] = set()  # (article, record id) of every derived record
    counts: dict[str, Counter] = {}
    for key in parts:
        table, shard = split_key(key)
        if table in ("articles", "texts", NAME_TABLE, *DERIVED_TABLES):
            field = "id" if table in ("articles", "texts") else "article"
            for row in parts[key].values():
                if article_shard(row.get(field)) != shard:
                    problems.append(Problem("layout", str(row.get("id")), f"{table} record in shard {shard}, not {article_shard(row.get(field))}"))
                if table in DERIVED_TABLES:
                    held.add((str(row.get("article")), str(row.get("id"))))
                    counts.setdefault(str(row.get("article")), Counter())[table] += 1
                    counts[str(row.get("article"))][row.get("speaker_kind")] += table == "claims"
        elif table == "conflicts":
            problems += [Problem("layout", str(r.get("id")), f"conflict in shard {shard}, not {id_shard(r.get('id'))}")
                         for r in parts[key].values() if id_shard(r.get("id")) != shard]
    problems += _index_problems(parts, held)
    problems += _count_problems(parts, counts)
    return problems


def _index_problems(parts: Parts, held: set[tuple[str, str]]) -> list[Problem]:
    indexed: set[tuple[str, str]] = set()
    problems = []
    for key in parts.keys_of("index"):
        shard = split_key(key)[1]
        for row in parts[key].values():
            for rid in str(row.get("ids") or "").split():
                indexed.add((str(row.get("article")), str(rid)))
                if id_shard(rid) != shard:
                    problems.append(Problem("index", str(rid), f"in index shard {shard}, not {id_shard(rid)}"))
    problems += [Problem("index", rid, f"record of article {aid!r} missing from the index") for aid, rid in sorted(held - indexed)]
    problems += [Problem("index", rid, f"index names a record of article {aid!r} that does not exist") for aid, rid in sorted(indexed - held)]
    return problems


def _count_problems(parts: Parts, counts: dict[str, Counter]) -> list[Problem]:
    problems = []
    for key in parts.keys_of("articles"):
        for row in parts[key].values():
            c = counts.get(str(row.get("id")), Counter())
            want = {"claims": c["claims"], "named": c["named"], "anonymous": c["anonymous"], "figures": c["figures"], "dates": c["dates"]}
            if row.get("counts") != want:
                problems.append(Problem("layout", str(row.get("id")), f"stored record counts {row.get('counts')} do not match the records {want}"))
    return problems


def summary(data: dict[str, Any]) -> dict[str, int]:
    """Row counts per table."""
    return {name: len(data.get(name) or {}) for name in ALL_TABLES if name != "_meta"}


def rebuild(store: Any) -> dict[str, int]:
    """Re-derive claims, figures, dates, names and conflicts from the stored articles.

    Call inside ``store.writing()``. Verdicts and decisions are never dropped:
    they are re-pointed to moved claims/conflicts (or marked orphaned) the
    same way ``ingest`` does. Returns the new row counts.
    """
    from . import worklog
    from .ingest import EXTRACTOR_VERSION, extract_article, recompute_conflicts, write_results

    articles = store.articles()
    results = [(a, extract_article(a)) for a in articles]
    store.remove_strays()
    store.clear_derived()
    write_results(store, results)  # as ingest writes them: the same parts, byte for byte
    store.set_meta(extractor=EXTRACTOR_VERSION)
    recompute_conflicts(store)
    worklog.reattach(store)
    return store.table_counts()
