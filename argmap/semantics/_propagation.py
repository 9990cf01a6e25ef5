"""Unit propagation with reasons over two-literal clauses plus linked-argument clauses (private).

Literals are coded as ints: ``2 * var + (0 if accepted else 1)``, so ``code ^ 1`` is the
complement. Two-literal clauses are given as an implication adjacency (both directions of every
clause), linked-argument clauses as lists of codes (¬P1 … ¬Pn, C). :class:`Run` propagates
breadth-first from some assumptions, remembers why every literal was derived and stops at the
first clash; :meth:`Run.derivation` reads off the steps that lead to it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Clauses", "Run"]

# reason tags (first tuple item): assumed, binary, linked clause, lemma, known from a parent run
ASSUMED, BINARY, LINKED, LEMMA, KNOWN = "a", "b", "h", "l", "k"


@dataclass
class Clauses:
    """The clause database: ``succ[code]`` (implications), ``linked[k]`` (codes of clause k) and
    ``occurs[code]``: the linked clauses that contain the complement of ``code`` (the clauses
    that lose a literal when ``code`` becomes true)."""

    succ: list[list[int]]
    linked: list[list[int]]
    occurs: list[list[int]]

    @classmethod
    def build(cls, size: int, edges: Sequence[tuple[int, int]], linked: list[list[int]]):
        succ: list[list[int]] = [[] for _ in range(size)]
        for u, v in edges:
            succ[u].append(v)
        occurs: list[list[int]] = [[] for _ in range(size)]
        for k, clause in enumerate(linked):
            for x in clause:
                occurs[x ^ 1].append(k)
        return cls(succ, linked, occurs)


class Run:
    """One propagation: ``reason[code]`` for every derived literal, in derivation order.

    ``clash`` is None, or ``(code, reason)``: the last inference concludes ``code`` (with that
    reason) while ``code ^ 1`` is already derived. ``exhausted`` is True when ``limit`` stopped
    the run before it reached a clash or a fixed point.
    """

    def __init__(self, db: Clauses, known: dict[int, tuple] | None = None) -> None:
        self.db = db
        self.reason: dict[int, tuple] = dict.fromkeys(known, (KNOWN,)) if known else {}
        self.order: dict[int, int] = {}
        self.clash: tuple[int, tuple] | None = None
        self.exhausted = False
        self._queue: deque[int] = deque()

    def _assign(self, code: int, why: tuple) -> bool:
        """Derive ``code``; False (and a clash) if its complement is derived already."""
        if code ^ 1 in self.reason:
            self.clash = (code, why)
            return False
        self.reason[code] = why
        self.order[code] = len(self.order)
        self._queue.append(code)
        return True

    def extend(self, codes: Sequence[int], why: tuple = (ASSUMED,), limit: int | None = None):
        """Add ``codes`` (assumed, or with reason ``why``) and propagate; returns ``self``."""
        for code in codes:
            if self.clash is None and code not in self.reason and not self._assign(code, why):
                return self
        self._propagate(limit)
        return self

    def _propagate(self, limit: int | None) -> None:
        succ, linked, occurs, reason = self.db.succ, self.db.linked, self.db.occurs, self.reason
        queue = self._queue
        while queue and self.clash is None:
            if limit is not None and len(self.order) > limit:
                self.exhausted = True
                return
            u = queue.popleft()
            for v in succ[u]:
                if v not in reason and not self._assign(v, (BINARY, u)):
                    return
            for k in occurs[u]:
                open_ = [x for x in linked[k] if x ^ 1 not in reason]
                if not open_:  # every literal false: conclude the one falsified last
                    last = max(linked[k], key=lambda x: self.order.get(x ^ 1, -1))
                    self.clash = (last, (LINKED, k))
                    return
                if len(open_) == 1 and open_[0] not in reason:
                    self._assign(open_[0], (LINKED, k))

    def premises(self, code: int, why: tuple) -> list[int]:
        """The literals an inference of ``code`` with reason ``why`` rests on."""
        tag = why[0]
        if tag == BINARY:
            return [why[1]]
        if tag == LINKED:
            return [x ^ 1 for x in self.db.linked[why[1]] if x != code]
        if tag == LEMMA:
            return list(why[2])
        return []

    def needed(self, roots: Sequence[int]) -> tuple[list[int], list[int]]:
        """What the ``roots`` rest on: the literals derived in this run (roots included, in
        derivation order) and the literals known from a parent run."""
        seen: set[int] = set()
        stack = list(roots)
        while stack:
            c = stack.pop()
            if c in seen:
                continue
            seen.add(c)
            stack.extend(self.premises(c, self.reason[c]))
        derived = sorted((c for c in seen if c in self.order), key=self.order.__getitem__)
        return derived, [c for c in seen if self.reason[c][0] == KNOWN]
