"""Sorted output from chunks without holding them all.

A listing reads the database shard by shard: :func:`in_key_order` spools each
article's records to one temporary file and reads them back in article order;
:func:`first_sorted` keeps a table's first rows. Memory holds one shard (and a
few dozen bytes per article), whatever the database's size.
"""

from __future__ import annotations

import heapq
import os
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any


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
    block and, per block, its key and where its data are in the file (an
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
