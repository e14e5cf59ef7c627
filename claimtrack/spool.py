"""Sorted output from chunks without holding them all.

A listing reads the database shard by shard: :func:`in_key_order` spools each
article's records to one temporary file and reads them back in article order;
:func:`first_sorted` keeps a table's first rows. Memory holds one shard (and a
few dozen bytes per article), whatever the database's size.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import pickle
import signal
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, NoReturn


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


#: One block of spooled data: (key, task number, offset, size).
_Entry = tuple[Any, int, int, int]


def _spool_tasks(tasks: list[Callable[[], Iterable[tuple[Any, bytes]]]], numbers: Iterable[int], fh: IO[bytes]) -> list[_Entry]:
    """Run the numbered tasks, appending their blocks' data to ``fh``; where each block went."""
    index: list[_Entry] = []
    at = fh.seek(0, os.SEEK_END)
    for t in numbers:
        for key, data in tasks[t]():
            fh.write(data)
            index.append((key, t, at, len(data)))
            at += len(data)
    fh.flush()
    return index


def _answer(compute: Callable[[], Any], out: int) -> None:
    """In a forked worker: send ``compute()`` (or what went wrong) back pickled through the
    pipe ``out``, and leave at once."""
    try:
        payload = pickle.dumps(("ok", compute()))
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
        payload = pickle.dumps(("error", (type(exc).__name__, str(exc))))
    try:
        with os.fdopen(out, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(0)


def _child(tasks: list[Callable[[], Iterable[tuple[Any, bytes]]]], numbers: Iterable[int], fh: IO[bytes], out: int) -> None:
    """A forked worker: spool its tasks, send back the index (or what went wrong), and leave at once."""
    _answer(lambda: _spool_tasks(tasks, numbers, fh), out)


def _collect(pid: int, read: int) -> list[_Entry]:
    with os.fdopen(read, "rb") as pipe:
        payload = pipe.read()
    os.waitpid(pid, 0)
    if not payload:
        raise WorkerError("WorkerError", f"worker process {pid} ended without an answer")
    status, value = pickle.loads(payload)
    if status != "ok":
        raise WorkerError(*value)
    return value


class WorkerError(Exception):
    """A forked listing worker failed: ``args`` are the name of its exception and its message."""


def in_key_order_forked(tasks: list[Callable[[], Iterable[tuple[Any, bytes]]]], workers: int) -> Iterator[bytes]:
    """:func:`in_key_order` of the blocks of all ``tasks`` (equal keys in task order), the tasks
    shared among ``workers`` processes: this one and ``workers - 1`` forked ones, each spooling
    to a temporary file of its own. Memory per process: one task's blocks and the index.

    Each process takes the next task when it is done with one (:func:`_task_queue`), so a
    process slowed down (by the other work of the machine, or by tasks bigger than the
    others) is not waited for.
    """
    workers = max(1, min(workers, len(tasks)))
    files = [tempfile.TemporaryFile() for _ in range(workers)]
    children: list[tuple[int, int]] = []
    queue = _task_queue(len(tasks))

    def numbers(w: int) -> Iterable[int]:
        return _taken(queue) if queue is not None else range(w, len(tasks), workers)

    try:
        _fork(children, workers, lambda w, write: _child(tasks, numbers(w), files[w], write))
        index = [(k, t, 0, off, n) for k, t, off, n in _spool_tasks(tasks, numbers(0), files[0])]
        for w, (pid, read) in enumerate(children, 1):
            index += [(k, t, w, off, n) for k, t, off, n in _collect(pid, read)]
            children[w - 1] = (0, -1)
        index.sort(key=lambda e: (e[0], e[1]))
        fds = [f.fileno() for f in files]
        for _, _, w, offset, size in index:
            yield os.pread(fds[w], size, offset)
    finally:
        _stop(children)
        if queue is not None:
            os.close(queue)
        for f in files:
            f.close()


#: The bytes of one task number in a :func:`_task_queue`.
_TASK_BYTES = 4
#: Most tasks a :func:`_task_queue` holds: all are written before any is taken, so they must fit
#: in a pipe's buffer (64 KiB on Linux, at least 4 KiB by POSIX); more tasks are dealt out in turn.
TASK_QUEUE_MAX = 1024


def _task_queue(n: int) -> int | None:
    """The reading end of a pipe holding the task numbers ``0 .. n - 1`` (its writing end closed),
    which the processes of a forked listing share: each takes the next number (:func:`_taken`)
    when it is ready for one. None when ``n`` is over :data:`TASK_QUEUE_MAX`."""
    if n > TASK_QUEUE_MAX:
        return None
    read, write = os.pipe()
    try:
        os.write(write, b"".join(i.to_bytes(_TASK_BYTES, "little") for i in range(n)))
    finally:
        os.close(write)
    return read


def _taken(queue: int) -> Iterator[int]:
    """Task numbers taken one at a time from a :func:`_task_queue` until it is empty. A read of a
    pipe takes its bytes whole (under the pipe's lock), so no two processes get the same number."""
    while len(got := os.read(queue, _TASK_BYTES)) == _TASK_BYTES:
        yield int.from_bytes(got, "little")


def _fork(children: list[tuple[int, int]], workers: int, child: Callable[[int, int], None]) -> None:
    """Fork workers 1 .. ``workers - 1``, each running ``child(w, write end of its pipe)``
    (which leaves through ``os._exit``); append each one's (pid, read end) to ``children``."""
    for w in range(1, workers):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child, which leaves through os._exit
            os.close(read)
            child(w, write)
        os.close(write)
        children.append((pid, read))


def _stop(children: list[tuple[int, int]]) -> None:
    """End the workers not yet collected (pid 0 marks one collected) and close their pipes."""
    for pid, read in children:
        if pid:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
                os.close(read)
                os.waitpid(pid, 0)


def _map_child(fn: Callable[[int], Any], numbers: Iterable[int], out: int) -> None:
    """A forked worker of :func:`map_forked`: compute its items, send them back (or what went wrong), leave at once."""
    _answer(lambda: [fn(i) for i in numbers], out)


def map_forked(fn: Callable[[int], Any], n: int, workers: int) -> list[Any]:
    """``[fn(0), ..., fn(n - 1)]``, the items shared among ``workers`` processes: this one
    and ``workers - 1`` forked ones (item ``i`` goes to process ``i % workers``), which
    inherit everything ``fn`` reads and send their results back pickled. A worker
    failing raises :class:`WorkerError`.
    """
    workers = max(1, min(workers, n))
    children: list[tuple[int, int]] = []
    try:
        _fork(children, workers, lambda w, write: _map_child(fn, range(w, n, workers), write))
        out: list[Any] = [None] * n
        out[0::workers] = [fn(i) for i in range(0, n, workers)]
        for w, (pid, read) in enumerate(children, 1):
            out[w::workers] = _collect(pid, read)
            children[w - 1] = (0, -1)
        return out
    finally:
        _stop(children)


def reraise(exc: WorkerError, store_error: type[Exception]) -> NoReturn:
    """What a worker's failure means here: an interrupt is an interrupt, a store error a
    ``store_error`` with the worker's message, anything else a RuntimeError naming it."""
    name, message = exc.args
    if name == "KeyboardInterrupt":
        raise KeyboardInterrupt from None
    raise (store_error(message) if name == "StoreError" else RuntimeError(f"{name}: {message}")) from None
