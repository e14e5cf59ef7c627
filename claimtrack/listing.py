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

import itertools
import json
import json.encoder
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import lookup
from .spool import in_key_order
from .store import Store

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
    return ", " + _plain(date_info(article))[1:-1]


#: How a listing's own fields would show in a stored claim's text: then the claim is encoded whole.
_ADDED_KEYS = tuple(f'"{k}": '.encode() for k in ADDED)


def claim_line(pos: tuple, raw: bytes, verdict: str, article: Any) -> bytes:
    """``json.dumps(claim_json(row, verdict, article), ensure_ascii=False)``, UTF-8 encoded, from the row's
    :func:`store.position` and its stored text ``raw`` (``json.dumps(row, ensure_ascii=False)``, UTF-8 encoded)."""
    text = getattr(article, "text", None)
    if raw[-1:] != b"}" or any(k in raw for k in _ADDED_KEYS) or not (text is None or type(text) is str):
        return _plain(claim_json(json.loads(raw), verdict, article)).encode("utf-8")
    v = _plain(verdict).encode("utf-8")
    if article is None:
        return b'%s, "verdict": %s}' % (raw[:-1], v)
    return _claim_line(raw, v, date_fields(article).encode("utf-8"), lookup.selectors_json(text, pos[1], pos[2]))


def _claim_line(raw: bytes, verdict: bytes, dated: bytes, selectors: str) -> bytes:
    return b'%s, "verdict": %s%s, "selectors": %s}' % (raw[:-1], verdict, dated, selectors.encode("utf-8"))


def _by_article(items: Iterable[tuple[tuple, bytes]]) -> Iterator[tuple[Any, bytes]]:
    """(article id, its records' texts joined as listing lines) for (position, text) items grouped by article."""
    for aid, group in itertools.groupby(items, _article):
        yield aid, b",\n".join([text for _, text in group])


def _article(item: tuple[tuple, bytes]) -> Any:
    return item[0][0]


Keep = Callable[[dict[str, Any]], bool] | None


def _kept(items: list[tuple[tuple, bytes]], keep: Keep) -> list[tuple[tuple, bytes]]:
    return items if keep is None else [(pos, raw) for pos, raw in items if keep(json.loads(raw))]


_NO_VERDICT = _plain("").encode("utf-8")


def _claim_blocks(items: list[tuple[tuple, bytes]], articles: dict[str, Any], verdicts: dict[str, bytes]) -> Iterator[tuple[Any, bytes]]:
    """(article id, its claims as listing lines) for one shard's claims; ``verdicts``: claim id -> the verdict as JSON."""
    if any(k in b"\n".join([raw for _, raw in items]) for k in _ADDED_KEYS):  # a stored claim with a listing's own field
        yield from _by_article((pos, claim_line(pos, raw, json.loads(verdicts.get(pos[3], _NO_VERDICT)), articles.get(pos[0]))) for pos, raw in items)
        return
    selectors = lookup.selectors_json
    get = verdicts.get
    for aid, group in itertools.groupby(items, _article):
        a = articles.get(aid)
        if a is None or not (a.text is None or type(a.text) is str):
            lines = [claim_line(pos, raw, json.loads(get(pos[3], _NO_VERDICT)), a) for pos, raw in group]
        else:
            text, dated = a.text, date_fields(a).encode("utf-8")
            lines = [
                b'%s, "verdict": %s%s, "selectors": %s}' % (raw[:-1], get(pos[3], _NO_VERDICT), dated, selectors(text, pos[1], pos[2]).encode("utf-8"))
                for pos, raw in group
            ]
        yield aid, b",\n".join(lines)


def _all_claim_blocks(store: Store, article: str | None, keep: Keep, verdicts: dict[str, str]) -> Iterator[tuple[Any, bytes]]:
    as_json = {cid: _plain(v).encode("utf-8") for cid, v in verdicts.items()}
    for items, articles in store.raw_shards("claims", article):
        yield from _claim_blocks(_kept(items, keep), articles, as_json)


def claims_json(store: Store, article: str | None, keep: Keep, verdicts: dict[str, str]) -> Iterator[bytes]:
    """``claims --json``: the records (those ``keep`` accepts; None: all) of all articles or one: listing lines in order, UTF-8 encoded (an article's joined in one)."""
    return in_key_order(_all_claim_blocks(store, article, keep, verdicts))


def records_json(store: Store, table: str, article: str | None, keep: Keep = None) -> Iterator[bytes]:
    """``figures --json`` and ``dates --json``: the stored records (those ``keep`` accepts): listing lines in order, UTF-8 encoded."""
    items = (p for shard, _ in store.raw_shards(table, article, with_articles=False) for p in _kept(shard, keep))
    return in_key_order(_by_article(items))
