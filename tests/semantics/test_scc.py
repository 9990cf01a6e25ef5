"""The private SCC helper against networkx on random digraphs."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics._scc import component_ids, component_list


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 12).flatmap(
    lambda n: st.tuples(st.just(n), st.sets(st.tuples(st.integers(0, n - 1),
                                                      st.integers(0, n - 1)), max_size=3 * n))))
def test_components_and_order_match_networkx(case: tuple[int, set[tuple[int, int]]]) -> None:
    n, edges = case
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    comp, count = component_ids(g._succ)
    groups: dict[int, set[int]] = {}
    for v, c in comp.items():
        groups.setdefault(c, set()).add(v)
    assert count == len(groups)
    assert {frozenset(x) for x in groups.values()} == {
        frozenset(c) for c in nx.strongly_connected_components(g)}
    assert all(comp[u] >= comp[v] for u, v in g.edges())


def test_deep_chain_needs_no_recursion() -> None:
    n = 50_000
    succ = {i: [i + 1] for i in range(n)}
    succ[n] = [0]
    comp, count = component_ids(succ)
    assert count == 1 and len(comp) == n + 1


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 12).flatmap(
    lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1),
                                                       st.integers(0, n - 1)), max_size=3 * n),
                        st.permutations(range(n)))))
def test_lists_number_as_dicts_do(case: tuple[int, list[tuple[int, int]], list[int]]) -> None:
    n, edges, roots = case
    succ: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)  # repeats allowed: the same numbering either way
    comp, count = component_list(succ)
    assert (dict(enumerate(comp)), count) == component_ids(dict(enumerate(succ)))
    comp, count = component_list(succ, roots)
    assert (dict(enumerate(comp)), count) == component_ids({v: succ[v] for v in roots})


def test_deep_chain_needs_no_recursion_in_lists() -> None:
    n = 50_000
    succ = [[i + 1] for i in range(n)] + [[0]]
    comp, count = component_list(succ)
    assert count == 1 and len(comp) == n + 1
