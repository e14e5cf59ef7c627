"""Sorted output from sorted chunks without holding them all: an external merge.

A listing reads the database shard by shard; each shard's lines are sorted
and spooled to a temporary file, then the files are merged line by line.
Memory holds one shard and one line per shard, whatever the database's size.
"""

from __future__ import annotations

import heapq
import os
import json
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

_KEY = json.JSONEncoder(ensure_ascii=True).encode


def _lines(fh: IO[str]) -> Iterator[tuple[Any, str]]:
    fh.seek(0)
    for line in fh:
        key, _, text = line.rstrip("\n").partition("\t")
        yield json.loads(key), text


def merge_sorted(chunks: Iterable[list[tuple[Any, str]]]) -> Iterator[str]:
    """The texts of all chunks in key order; each chunk is a list of (key, one-line text), sorted by key.

    Keys are JSON-encodable tuples (compared as lists); texts must not contain newlines.
    """
    files: list[IO[str]] = []
    try:
        for chunk in chunks:
            if not chunk:
                continue
            fh = tempfile.TemporaryFile("w+", encoding="utf-8")
            files.append(fh)
            fh.writelines(f"{_KEY(list(key))}\t{text}\n" for key, text in chunk)
        for _, text in heapq.merge(*(_lines(fh) for fh in files), key=lambda kt: kt[0]):
            yield text
    finally:
        for fh in files:
            fh.close()


#: Joins the records of one group on a spooled line (JSON text never holds a raw control character).
SEP = "\x1e"


def grouped(rows: Iterable[Any], group: Any, encode: Any) -> list[tuple[Any, str]]:
    """Rows already in order, as one spooled line per group: (group key, the encoded rows joined by :data:`SEP`).

    Merging whole groups (an article's records) instead of single records
    keeps the merge's work to one key per group.
    """
    out: list[tuple[Any, list[str]]] = []
    for row in rows:
        k = group(row)
        if not out or out[-1][0] != k:
            out.append((k, []))
        out[-1][1].append(encode(row))
    return [(k, SEP.join(texts)) for k, texts in out]


def ungrouped(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        yield from line.split(SEP)


def first_sorted(chunks: Iterable[list[Any]], limit: int, key: Any) -> tuple[list[Any], int]:
    """The ``limit`` smallest items of all chunks (all of them when ``limit`` is 0) and how many there were."""
    best: list[Any] = []
    total = 0
    for chunk in chunks:
        total += len(chunk)
        best = best + chunk if not limit else heapq.nsmallest(limit, best + chunk, key=key)
    return sorted(best, key=key), total


def in_key_order(blocks: Iterable[tuple[Any, bytes]]) -> Iterator[bytes]:
    """The data of ``(key, data)`` blocks given in any order, in key order (equal keys as given).

    The data are spooled to one temporary file as they come; memory holds one
    block and, per block, its key and where its text is in the file (an
    article's records are one block: a few dozen bytes per article).
    """
    index: list[tuple[Any, int, int]] = []
    with tempfile.TemporaryFile() as fh:
        at = 0
        for key, data in blocks:
            fh.write(data)
            index.append((key, at, len(data)))
            at += len(data)
        fh.flush()
        index.sort(key=lambda e: e[0])
        fd = fh.fileno()
        for _, offset, size in index:
            yield os.pread(fd, size, offset)
