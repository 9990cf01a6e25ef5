"""Parsing many YAML texts, on two cores when that pays.

:func:`parse_texts` is :func:`~argmap.yamlpos.parse_yaml` over a list of texts. When the texts
are large together (:data:`PARALLEL_MIN_CHARS`), the machine has a second core and the process
is single-threaded (forking a threaded process is unsafe), one forked worker reads the second
half on the fast path while this process reads the first; the worker sends its documents back
pickled through a private temporary file. Anything that goes wrong in the worker (it dies, a
document needs the precise path, fork is refused) only means this process reads those texts
itself, so the result is always exactly ``[parse_yaml(t) for t in texts]``.

``ARGMAP_PARALLEL=0`` in the environment turns the worker off (for measurements).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import tempfile
import threading
from typing import IO

from .yamlpos import Document, _parse_fast, parse_yaml

__all__ = ["PARALLEL_MIN_CHARS", "parse_texts"]

#: below this many characters in all, a worker costs more than it saves (benchmarks/README.md)
PARALLEL_MIN_CHARS = 4_000_000


def parse_texts(texts: list[str], *, min_chars: int | None = None) -> list[Document]:
    """``[parse_yaml(t) for t in texts]``, the second half in a forked worker when it pays.

    >>> [d.data for d in parse_texts(["a: 1\\n", "- no\\n"])]
    [{'a': 1}, ['no']]

    Notes
    -----
    O(total size of the texts); wall time about halves on two free cores, minus the fork and
    the pickle round trip (~15 % of the worker's parse time).
    """
    total = sum(len(t) for t in texts)
    threshold = PARALLEL_MIN_CHARS if min_chars is None else min_chars
    if len(texts) < 2 or total < threshold or not _can_fork():
        return [parse_yaml(t) for t in texts]
    split, acc = len(texts), 0
    for i, text in enumerate(texts):  # first half by size, at least one text for each side
        acc += len(text)
        if acc * 2 >= total:
            split = min(max(i + 1, 1), len(texts) - 1)
            break
    with tempfile.TemporaryFile() as channel:
        theirs = _fork_worker(texts[split:], channel)
        try:
            mine = [parse_yaml(t) for t in texts[:split]]
        except BaseException:
            _stop(theirs)
            raise
        received = _collect(theirs, channel, len(texts) - split)
    rest = [doc if doc is not None else parse_yaml(text)
            for doc, text in zip(received, texts[split:], strict=True)]
    return mine + rest


def _can_fork() -> bool:
    if os.environ.get("ARGMAP_PARALLEL", "1") == "0" or not hasattr(os, "fork"):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return cores >= 2 and threading.active_count() == 1


def _fork_worker(texts: list[str], channel: IO[bytes]) -> int | None:
    """Fork a worker that writes the fast-path documents of ``texts`` to ``channel``; its pid,
    or None when fork is refused."""
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid:
        return pid
    code = 1
    try:  # the worker: never return into the caller's code, never run its clean-ups
        pickle.dump([_parse_fast(t) for t in texts], channel, protocol=pickle.HIGHEST_PROTOCOL)
        channel.flush()
        code = 0
    finally:
        os._exit(code)


def _stop(pid: int | None) -> None:
    """Interrupted: do not leave the worker behind."""
    if pid is not None:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _collect(pid: int | None, channel: IO[bytes], count: int) -> list[Document | None]:
    """The worker's documents (None for each text it could not read on the fast path)."""
    nothing: list[Document | None] = [None] * count
    if pid is None:
        return nothing
    try:
        _, status = os.waitpid(pid, 0)
    except BaseException:
        _stop(pid)
        raise
    if os.waitstatus_to_exitcode(status) != 0:
        return nothing
    channel.seek(0)
    try:
        docs = pickle.load(channel)  # written by our own worker into our private file
    except Exception:  # pragma: no cover - a truncated file: read the texts here instead
        return nothing
    return docs if isinstance(docs, list) and len(docs) == count else nothing
