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
_ADDED_KEYS = tuple(f'"{k}": ' for k in ADDED)


def _spliceable(raw: str, start: Any, end: Any, article: Any) -> bool:
    if len(raw) < 3 or raw[-1] != "}" or any(k in raw for k in _ADDED_KEYS):
        return False
    return article is None or (type(start) is int and type(end) is int and (article.text is None or type(article.text) is str))


def claim_line(pos: tuple, raw: str, verdict: str, article: Any, dated: str | None = None) -> str:
    """``json.dumps(claim_json(row, verdict, article), ensure_ascii=False)`` from the row's :func:`store.position`
    and stored text ``raw`` (``json.dumps(row, ensure_ascii=False)``); ``dated``: the article's :func:`date_fields`."""
    if not _spliceable(raw, pos[1], pos[2], article):
        return _plain(claim_json(json.loads(raw), verdict, article))
    v = _string(verdict) if type(verdict) is str else _plain(verdict)
    if article is None:
        return f'{raw[:-1]}, "verdict": {v}}}'
    sel = lookup.selectors_json(article.text, pos[1], pos[2])
    return f'{raw[:-1]}, "verdict": {v}{dated or date_fields(article)}, "selectors": {sel}}}'


def _by_article(items: Iterable[tuple[tuple, str]]) -> Iterator[tuple[Any, str]]:
    """(article id, its records' texts joined as listing lines) for (position, text) items grouped by article."""
    key: Any = None
    texts: list[str] = []
    for pos, text in items:
        if texts and pos[0] != key:
            yield key, ",\n".join(texts)
            texts = []
        key = pos[0]
        texts.append(text)
    if texts:
        yield key, ",\n".join(texts)


Keep = Callable[[dict[str, Any]], bool] | None


def _kept(items: list[tuple[tuple, str]], keep: Keep) -> Iterable[tuple[tuple, str]]:
    return items if keep is None else [(pos, raw) for pos, raw in items if keep(json.loads(raw))]


def _claim_blocks(store: Store, article: str | None, keep: Keep, verdicts: dict[str, str]) -> Iterator[tuple[Any, str]]:
    for items, articles in store.raw_shards("claims", article):
        dated = {aid: date_fields(a) for aid, a in articles.items()}
        yield from _by_article(
            (pos, claim_line(pos, raw, verdicts.get(pos[3], ""), articles.get(pos[0]), dated.get(pos[0])))
            for pos, raw in _kept(items, keep)
        )


def claims_json(store: Store, article: str | None, keep: Keep, verdicts: dict[str, str]) -> Iterator[str]:
    """``claims --json``: the records (those ``keep`` accepts; None: all) of all articles or one, as listing lines in order."""
    return in_key_order(_claim_blocks(store, article, keep, verdicts))


def records_json(store: Store, table: str, article: str | None, keep: Keep = None) -> Iterator[str]:
    """``figures --json`` and ``dates --json``: the stored records (those ``keep`` accepts) as listing lines in order."""
    items = (p for shard, _ in store.raw_shards(table, article, with_articles=False) for p in _kept(shard, keep))
    return in_key_order(_by_article(items))
