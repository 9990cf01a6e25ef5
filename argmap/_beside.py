"""Computing one part of a job in a second process, beside the rest (two cores).

Some parts of a large job need nothing the rest computes: the coherence and some structural
checks of an analysis (:mod:`argmap.analysis`: at 100,000 claims about half of it), the
parsing of the later claim files of a map (:mod:`argmap.load`), the page's layout and the
findings' wording while its balance is counted (:mod:`argmap.formats.html.payload`).
:func:`start_beside` forks the process, the child computes a function of the state both
share (copy-on-write: nothing is sent to it) and writes the pickled result into a pipe;
:meth:`Beside.result` reads it. The child never returns into
the caller's code: it leaves with :func:`os._exit`, so no buffered output, ``atexit`` hook or
``finally`` of the parent runs twice.

Whenever the child cannot give a result — no ``fork`` on the platform, a threaded process
(forking one is unsafe; ``argmap serve`` has threads), a child that fails or dies — the caller
gets ``None`` and computes the part itself, so the outcome never depends on the process.
``ARGMAP_JOBS=1`` turns this off.

>>> job = start_beside(lambda: sum(range(10)), allowed=False)
>>> job is None
True
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["Beside", "may_fork", "start_beside"]


def may_fork(env: dict[str, str] | None = None) -> bool:
    """Whether a second process may be forked now: a POSIX system other than macOS (its
    system libraries are not fork-safe), one thread only, and ``ARGMAP_JOBS`` is not ``1``."""
    env = dict(os.environ) if env is None else env
    return (hasattr(os, "fork") and sys.platform != "darwin"
            and threading.active_count() == 1 and env.get("ARGMAP_JOBS", "").strip() != "1")


class Beside:
    """A forked child computing one result; :meth:`result` waits for it."""

    def __init__(self, pid: int, reader: int) -> None:
        self.pid, self.reader = pid, reader

    def result(self) -> Any | None:
        """The child's result, or None if it failed (then the caller computes it itself)."""
        chunks: list[bytes] = []
        try:
            while chunk := os.read(self.reader, 1 << 20):
                chunks.append(chunk)
        finally:
            os.close(self.reader)
            _, status = os.waitpid(self.pid, 0)
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or not chunks:
            return None
        try:
            return pickle.loads(b"".join(chunks))
        except Exception:  # a truncated or odd result: compute it here instead
            return None

    def cancel(self) -> None:
        """Stop the child: the caller will not read its result (it failed or did the work)."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.close(self.reader)
        os.waitpid(self.pid, 0)


def start_beside(func: Callable[[], Any], *, allowed: bool | None = None) -> Beside | None:
    """Fork a child that computes ``func()``; None (nothing started) when forking is not
    allowed (``allowed`` overrides :func:`may_fork`) or fails."""
    if not (may_fork() if allowed is None else allowed):
        return None
    reader, writer = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no memory or process slots left: compute in this process
        os.close(reader)
        os.close(writer)
        return None
    if pid == 0:  # pragma: no cover - the child; its effect is tested through result()
        _child(func, reader, writer)
    os.close(writer)
    return Beside(pid, reader)


def _child(func: Callable[[], Any], reader: int, writer: int) -> None:  # pragma: no cover
    code = 1
    try:
        os.close(reader)
        data = pickle.dumps(func(), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(writer, view):]
        code = 0
    except BaseException:  # any failure: the parent computes it itself
        code = 1
    finally:
        os._exit(code)
