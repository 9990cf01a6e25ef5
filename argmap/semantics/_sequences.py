"""Lazy, shared-storage node sequences used by grounded explanations (private).

Explaining every undecided argument with its own tuple would be quadratic in the worst case
(long chains, long cycles); these sequences share one predecessor map or one cycle tuple and
behave like tuples when read.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence

__all__ = ["RotatedCycle", "UndecidedPath"]


class UndecidedPath(Sequence):
    """An attack path from a cycle to an undecided argument, built only when looked at.

    Explanations share one predecessor map, so explaining all undecided arguments stays linear
    even when paths are long; iterating or indexing materialises (and caches) the tuple.
    """

    __slots__ = ("_node", "_nodes", "_parent")

    def __init__(self, node: Hashable, parent: dict[Hashable, Hashable | None]) -> None:
        self._node = node
        self._parent = parent
        self._nodes: tuple[Hashable, ...] | None = None

    def _materialise(self) -> tuple[Hashable, ...]:
        if self._nodes is None:
            path = [self._node]
            while (step := self._parent[path[-1]]) is not None:
                path.append(step)
            path.reverse()
            self._nodes = tuple(path)
        return self._nodes

    def __getitem__(self, index):
        return self._materialise()[index]

    def __len__(self) -> int:
        return len(self._materialise())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UndecidedPath | RotatedCycle | tuple):
            return self._materialise() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._materialise())

    def __add__(self, other: Sequence[Hashable]) -> tuple[Hashable, ...]:
        return self._materialise() + tuple(other)

    def __radd__(self, other: Sequence[Hashable]) -> tuple[Hashable, ...]:
        return tuple(other) + self._materialise()

    def __repr__(self) -> str:
        return repr(self._materialise())


class RotatedCycle(Sequence):
    """A cycle of nodes read from a given starting position, without copying the shared tuple.

    Every argument downstream of one cycle refers to the same tuple; starting it at the
    argument's own entry node costs O(1) here instead of O(cycle length) per argument.
    """

    __slots__ = ("_nodes", "_start")

    def __init__(self, nodes: tuple[Hashable, ...], start: int) -> None:
        self._nodes = nodes
        self._start = start

    def _materialise(self) -> tuple[Hashable, ...]:
        return self._nodes[self._start :] + self._nodes[: self._start]

    def __getitem__(self, index):  # int or slice, as for tuples
        if isinstance(index, slice):
            return self._materialise()[index]
        n = len(self._nodes)
        if not -n <= index < n:
            raise IndexError("cycle index out of range")
        return self._nodes[(self._start + index) % n]

    def __len__(self) -> int:
        return len(self._nodes)

    def __iter__(self) -> Iterator[Hashable]:
        yield from self._nodes[self._start :]
        yield from self._nodes[: self._start]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RotatedCycle | UndecidedPath | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: Sequence[Hashable]) -> tuple[Hashable, ...]:
        return (*self, *other)

    def __radd__(self, other: Sequence[Hashable]) -> tuple[Hashable, ...]:
        return (*other, *self)

    def __repr__(self) -> str:
        return repr(tuple(self))
