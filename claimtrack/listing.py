"""The JSON listings (``claims``, ``figures`` and ``dates --json``), streamed from the store.

A part file holds each record as the text ``json.dumps(row, sort_keys=True,
ensure_ascii=False)`` gives, and a decoded row keeps that key order, so the
stored text is already what a listing prints of the row
(:meth:`store.Store.raw_shards`): a figure or a date is copied, and a claim is
its stored text with the verdict, the article's date and the W3C selectors
spliced in before the closing brace, byte for byte what encoding
:func:`claim_json` would give. The records of each article are one block;
blocks come shard by shard and are put back in article order through one
temporary file (:func:`spool.in_key_order`), so memory does not grow with
the database.
"""

from __future__ import annotations

import functools
import itertools
import json
import json.encoder
import operator
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import lookup, tuning
from .spool import WorkerError, first_sorted, in_key_order, in_key_order_forked, reraise
from .store import Store, StoreError

#: Fields a listing adds to a stored claim, in this order, after the stored ones.
ADDED = ("verdict", "article_date", "date_source", "date_evidence", "selectors")
_plain = json.JSONEncoder(ensure_ascii=False).encode
_string = json.encoder.encode_basestring


def date_info(a: Any) -> dict[str, Any]:
    """An article's date and how it was known, with the evidence text (for JSON)."""
    evidence = a.text[a.date_start : a.date_end] if 0 <= a.date_start < a.date_end <= len(a.text) else ""
    return {"article_date": a.date, "date_source": a.date_source if a.date else "", "date_evidence": evidence}


def claim_json(row: dict[str, Any], verdict: str, article: Any, dated: dict[str, Any] | None = None) -> dict[str, Any]:
    """A stored claim as printed by --json: verdict, article date and W3C selectors added.

    ``dated`` is the article's :func:`date_info` when the caller has it already.
    """
    out = {**row, "verdict": verdict}
    if article is not None:
        out.update(dated if dated is not None else date_info(article))
        out["selectors"] = lookup.selectors(article.text, row["start"], row["end"])
    return out


def date_fields(article: Any) -> str:
    """The article's :func:`date_info` as JSON members, each after ", " (what a claim's text gets after its verdict)."""
    info = date_info(article)
    day, source, evidence = info.values()
    if (day is None or type(day) is str) and type(source) is str and type(evidence) is str:  # written out: once per article listed
        return f', "article_date": {"null" if day is None else _string(day)}, "date_source": {_string(source)}, "date_evidence": {_string(evidence)}'
    return ", " + _plain(info)[1:-1]


#: How a listing's own fields would show in a stored claim's text: then the claim is encoded whole.
_ADDED_KEYS = re.compile(b"|".join(re.escape(f'"{k}": '.encode()) for k in ADDED))


def claim_line(pos: tuple, raw: bytes, verdict: str, article: Any) -> bytes:
    """``json.dumps(claim_json(row, verdict, article), ensure_ascii=False)``, UTF-8 encoded, from the row's
    :func:`store.position` and its stored text ``raw`` (``json.dumps(row, ensure_ascii=False)``, UTF-8 encoded)."""
    text = getattr(article, "text", None)
    if raw[-1:] != b"}" or _ADDED_KEYS.search(raw) or not (text is None or type(text) is str):
        return _plain(claim_json(json.loads(raw), verdict, article)).encode("utf-8")
    v = _plain(verdict).encode("utf-8")
    if article is None:
        return b'%s, "verdict": %s}' % (raw[:-1], v)
    return _claim_line(raw, v, date_fields(article).encode("utf-8"), lookup.selectors_json(text, pos[1], pos[2]))


def _claim_line(raw: bytes, verdict: bytes, dated: bytes, selectors: str) -> bytes:
    return b'%s, "verdict": %s%s, "selectors": %s}' % (raw[:-1], verdict, dated, selectors.encode("utf-8"))


def _by_article(items: list[tuple[tuple, bytes]]) -> Iterator[tuple[Any, bytes]]:
    """(article id, its records' texts joined as listing lines) for (position, text) items grouped by article."""
    for aid, group in _runs(items):
        yield aid, b",\n".join(list(map(_second, group)))


_first = operator.itemgetter(0)
_second = operator.itemgetter(1)


def _runs(items: list[tuple[tuple, bytes]]) -> Iterator[tuple[Any, list[tuple[tuple, bytes]]]]:
    """(article id, its items) for (position, text) items grouped by article (the ids are read
    and the runs counted without a Python call per item: a listing goes through 400,000 claims)."""
    at = 0
    for aid, run in itertools.groupby(map(_first, map(_first, items))):
        n = len(list(run))
        yield aid, items[at : at + n]
        at += n


_NO_VERDICT = _plain("")


def _claim_blocks(items: list[tuple[tuple, bytes]], articles: dict[str, Any], verdicts: dict[str, str]) -> Iterator[tuple[Any, bytes]]:
    """(article id, its claims as listing lines) for one shard's claims; ``verdicts``: claim id -> the verdict as JSON.

    The claims of an article are written together (:meth:`store.Store.replace_articles`), each
    ``Claim.to_dict()``, so they have the same fields: when the first has none of the listing's
    own, none has, and their lines are spliced without looking again. The offsets' types are
    checked once for the shard: when one is not an integer, its claims take the careful way.
    """
    get = verdicts.get
    positions = list(map(_first, items))
    spliced = _spliced if _INTS.issuperset(map(type, itertools.chain(map(_second, positions), map(_third, positions)))) else _spliced_carefully
    for aid, group in _runs(items):
        a = articles.get(aid)
        first = group[0][1]
        if a is None or not (a.text is None or type(a.text) is str) or _ADDED_KEYS.search(first):
            lines = [claim_line(pos, raw, json.loads(get(pos[3], _NO_VERDICT)), a) for pos, raw in group]
        else:
            lines = (spliced if a.text else _spliced_carefully)(group, a.text, date_fields(a), get)
        yield aid, b",\n".join(lines)


def _spliced(group: list[tuple[tuple, bytes]], text: str, dated: str, verdict: Callable[[str, str], str]) -> list[bytes]:
    """The listing lines of one article's claims: each stored text with the verdict, ``dated``
    and the selectors (:func:`lookup.selectors_json`, written out here in one string with the
    rest: this is the listing's inner loop, 400,000 claims at 30,000 articles) spliced in before
    its closing brace. The offsets are integers and ``text`` is not empty (else :func:`_spliced_carefully`)."""
    n = len(text)
    c = lookup.SELECTOR_CONTEXT
    string, none = _string, _NO_VERDICT
    out = []
    for (_, s, e, cid), raw in group:
        if 0 <= s <= e <= n:
            out.append(raw[:-1] + f', "verdict": {verdict(cid, none)}{dated}, "selectors": [{{"type": "TextQuoteSelector", '
                       f'"exact": {string(text[s:e])}, "prefix": {string(text[s - c if s > c else 0 : s])}, "suffix": {string(text[e : e + c])}}}, '
                       f'{{"type": "TextPositionSelector", "start": {s}, "end": {e}}}]}}'.encode())
        else:
            out.append(raw[:-1] + f', "verdict": {verdict(cid, none)}{dated}, "selectors": []}}'.encode())
    return out


_INTS = frozenset([int])
_third = operator.itemgetter(2)


def _spliced_carefully(group: list[tuple[tuple, bytes]], text: str | None, dated: str, verdict: Callable[[str, str], str]) -> list[bytes]:
    """:func:`_spliced` of claims whose offsets may be anything JSON holds (read from decoded records)."""
    out = []
    for (_, s, e, cid), raw in group:
        out.append(raw[:-1] + f', "verdict": {verdict(cid, _NO_VERDICT)}{dated}, "selectors": {lookup.selectors_json(text, s, e)}}}'.encode("utf-8"))
    return out


#: Which records a listing keeps: the names of some fields (strings, as a rule, read from the
#: stored text without decoding the record) and a test of their values; None: every record.
Where = tuple[tuple[str, ...], Callable[..., bool]] | None


def _shard_claim_blocks(store: Store, key: str, article: str | None, where: Where, verdicts: dict[str, str]) -> Iterator[tuple[Any, bytes]]:
    items, articles = store.raw_shard(key, article, fields=where[0] if where else ())
    return _claim_blocks(_kept(items, where), articles, verdicts)


def _shard_record_blocks(store: Store, key: str, article: str | None, where: Where) -> Iterator[tuple[Any, bytes]]:
    return _by_article(_kept(store.raw_shard(key, article, with_articles=False, fields=where[0] if where else ())[0], where))


def _kept(items: list[tuple[tuple, bytes]], where: Where) -> list[tuple[tuple, bytes]]:
    if where is None:
        return items
    test = where[1]
    return [(pos[:4], raw) for pos, raw in items if test(*pos[4:])]


def claims_json(store: Store, article: str | None, verdicts: dict[str, str], where: Where = None) -> Iterator[bytes]:
    """``claims --json``: the records of all articles or one (those ``where`` keeps):
    listing lines in order, UTF-8 encoded (an article's joined in one)."""
    as_json = {cid: _plain(v) for cid, v in verdicts.items()}
    keys = store.shard_keys("claims", article)
    return _in_order([functools.partial(_shard_claim_blocks, store, k, article, where, as_json) for k in keys])


def records_json(store: Store, table: str, article: str | None, where: Where = None) -> Iterator[bytes]:
    """``figures --json`` and ``dates --json``: the stored records (those ``where`` keeps):
    listing lines in order, UTF-8 encoded."""
    keys = store.shard_keys(table, article)
    return _in_order([functools.partial(_shard_record_blocks, store, k, article, where) for k in keys])


def first_rows(store: Store, table: str, article: str | None, where: Where, limit: int) -> tuple[list[dict[str, Any]], int]:
    """A table's first ``limit`` records (0: all) of all articles or one, those ``where`` keeps, decoded,
    and how many it keeps in all: every shard is read, only the rows shown are decoded."""
    fields = where[0] if where else ()
    chunks = (_kept(store.raw_shard(k, article, with_articles=False, fields=fields)[0], where) for k in store.shard_keys(table, article))
    best, total = first_sorted(chunks, limit, _position)
    return [json.loads(raw) for _, raw in best], total


def _position(item: tuple[tuple, bytes]) -> tuple:
    return item[0]


def workers(shards: int) -> int:
    """Processes a listing of ``shards`` parts uses: one below :data:`tuning.LISTING_FORK_MIN_SHARDS`,
    else $CLAIMTRACK_WORKERS (as ingest), else one per core."""
    if shards < tuning.LISTING_FORK_MIN_SHARDS:
        return 1
    asked = os.environ.get("CLAIMTRACK_WORKERS", "").strip()
    return max(1, int(asked) if asked.isdigit() and int(asked) else (os.cpu_count() or 1))


def _in_order(tasks: list[Callable[[], Iterable[tuple[Any, bytes]]]]) -> Iterator[bytes]:
    """The blocks of the shards' tasks in article order, read in forked processes when the listing is big."""
    n = workers(len(tasks))
    if n < 2:
        yield from in_key_order(block for task in tasks for block in task())
        return
    try:
        yield from in_key_order_forked(tasks, n)
    except WorkerError as exc:
        reraise(exc, StoreError)
