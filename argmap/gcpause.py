"""Pausing Python's cyclic garbage collector for one batch step (loading, one analysis).

These steps allocate millions of small, acyclic objects (dicts, tuples, sets, models) that all
live until the step ends, so generational collections only rescan them in vain: pausing cuts a
fifth to a third of the time on a 10,000-claim map. Reference counting still frees everything.

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block; restore its previous state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
