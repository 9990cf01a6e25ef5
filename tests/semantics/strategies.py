"""Hypothesis strategies for small random frameworks (shared by the semantics tests)."""

from __future__ import annotations

from hypothesis import strategies as st


def pairs_over(n: int, *, loops: bool = True) -> st.SearchStrategy[frozenset[tuple[int, int]]]:
    """Sets of ordered pairs over the nodes 0..n-1 (self-pairs only when ``loops``)."""
    if n == 0:
        return st.just(frozenset())
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
    if not loops:
        pair = pair.filter(lambda p: p[0] != p[1])
    return st.frozensets(pair, max_size=n * n)


@st.composite
def frameworks(draw, max_nodes: int = 7, loops: bool = True):
    """(nodes, attacks): nodes 0..n-1 and a set of attack pairs."""
    n = draw(st.integers(0, max_nodes))
    return list(range(n)), set(draw(pairs_over(n, loops=loops)))


@st.composite
def bipolar_frameworks(draw, max_nodes: int = 6, loops: bool = True):
    """(nodes, attacks, supports) over 0..n-1."""
    n = draw(st.integers(0, max_nodes))
    attacks = set(draw(pairs_over(n, loops=loops)))
    return list(range(n)), attacks, set(draw(pairs_over(n, loops=loops)))
