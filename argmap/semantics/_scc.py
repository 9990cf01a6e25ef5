"""Strongly connected components over a plain adjacency dict (private helper).

networkx's implementation goes through graph views for every edge; the hot paths here (2-SAT
implication graphs, DF-QuAD's evaluation order) run on ``G._succ`` directly, about 7x faster
on a 20,000-literal implication graph.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence

__all__ = ["component_ids", "component_list"]


def component_ids(
    succ: Mapping[Hashable, Iterable[Hashable]],
) -> tuple[dict[Hashable, int], int]:
    """Number the strongly connected components of a digraph given as ``node -> successors``.

    Returns ``(component, count)``. Component ids come out in *reverse* topological order
    (Tarjan): every edge u → v has ``component[u] >= component[v]``, so sorting components by
    descending id is a topological order of the condensation.

    >>> comp, n = component_ids({"a": ["b"], "b": ["a", "c"], "c": []})
    >>> n, comp["a"] == comp["b"], comp["a"] > comp["c"]
    (2, True, True)

    Notes
    -----
    Iterative Tarjan (no recursion limit), O(V + E). Every successor must be a key of ``succ``.
    """
    index: dict[Hashable, int] = {}
    low: dict[Hashable, int] = {}
    component: dict[Hashable, int] = {}
    stack: list[Hashable] = []
    counter = 0
    count = 0
    for root in succ:
        if root in index:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        work = [(root, iter(succ[root]))]
        while work:
            v, successors = work[-1]
            for w in successors:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    work.append((w, iter(succ[w])))
                    break
                if w not in component and index[w] < low[v]:
                    low[v] = index[w]
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    if low[v] < low[parent]:
                        low[parent] = low[v]
                if low[v] == index[v]:
                    while True:
                        x = stack.pop()
                        component[x] = count
                        if x == v:
                            break
                    count += 1
    return component, count


def component_list(
    succ: Sequence[Sequence[int]], roots: Iterable[int] | None = None
) -> tuple[list[int], int]:
    """:func:`component_ids` for a digraph on the nodes ``0 … n-1`` given as successor lists.

    Parameters
    ----------
    succ : sequence of sequences of int
        ``succ[v]``: the successors of node v, each in ``range(len(succ))``.
    roots : iterable of int, optional
        The order in which the depth-first searches start (default: ``0 … n-1``); every node
        must occur. With the same root and successor order as a call of :func:`component_ids`,
        the numbering is the same.

    Returns
    -------
    tuple of (list of int, int)
        ``(component, count)``: ``component[v]`` is v's component id, in reverse topological
        order as in :func:`component_ids`.

    >>> component_list([[1], [0, 2], []])
    ([1, 1, 0], 2)

    Notes
    -----
    Iterative Tarjan over lists instead of dicts (the 2-SAT hot path), O(V + E).
    """
    n = len(succ)
    index = [-1] * n
    low = [0] * n
    component = [-1] * n
    stack: list[int] = []
    counter = 0
    count = 0
    for root in range(n) if roots is None else roots:
        if index[root] >= 0:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        work = [(root, iter(succ[root]))]
        while work:
            v, successors = work[-1]
            for w in successors:
                if index[w] < 0:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    work.append((w, iter(succ[w])))
                    break
                if component[w] < 0 and index[w] < low[v]:
                    low[v] = index[w]
            else:
                work.pop()
                lv = low[v]
                if work:
                    parent = work[-1][0]
                    if lv < low[parent]:
                        low[parent] = lv
                if lv == index[v]:
                    while True:
                        x = stack.pop()
                        component[x] = count
                        if x == v:
                            break
                    count += 1
    return component, count
