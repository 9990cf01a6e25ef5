"""Strongly connected components over a plain adjacency dict (private helper).

networkx's implementation goes through graph views for every edge; the hot paths here (2-SAT
implication graphs, DF-QuAD's evaluation order) run on ``G._succ`` directly, about 7x faster
on a 20,000-literal implication graph.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

__all__ = ["component_ids"]


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
