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


# Maps with arguments in standard form, drawn from fixed strategies only: hypothesis caches
# the properties of a strategy object, so building none per example keeps drawing cheap.
_MAX = 8
_INT = st.integers(0, _MAX - 1)
_PAIRS = st.lists(st.tuples(_INT, _INT), max_size=6)
_PREMISES = st.lists(_INT, min_size=1, max_size=3)
_ARGUMENT = st.tuples(_PREMISES, _INT)
_ARGUMENTS = st.lists(_ARGUMENT, min_size=1, max_size=3)
_UNDERCUTS = st.lists(st.tuples(_INT, _INT, _INT), max_size=2)


def _argument(i: int, premises: list[int], conclusion: int, n: int, linked: bool):
    chosen = list(dict.fromkeys(p % n for p in premises))[: n - 1]
    if linked and len(chosen) < 2:
        chosen.append((chosen[0] + 1) % n)
    c = conclusion % n
    if c in chosen:
        c = next(x for x in range(n) if x not in chosen)
    return (f"A{i}", chosen, c)


@st.composite
def argument_maps(draw, max_claims: int = 5, max_pairs: int | None = None):
    """A map over claims 0..n-1 (3 ≤ n ≤ max_claims): sparse attacks, supports and
    contradictions (at most ``max_pairs`` each, default n // 2 + 1), up to two undercuts of
    attacks or supports, one to three arguments (the first one linked) and up to two undercuts
    of arguments. Returns ``(claims, attacks, supports, contradictions, undercuts, arguments,
    argument_undercuts)``."""
    n = draw(st.integers(3, max_claims))
    limit = n // 2 + 1 if max_pairs is None else max_pairs

    def pairs() -> list[tuple[int, int]]:
        return sorted({(a % n, b % n) for a, b in draw(_PAIRS)[:limit]})

    attacks, supports, contradictions = pairs(), pairs(), pairs()
    targets = attacks + supports or [(0, 1)]
    undercuts = [(u % n, *targets[t % len(targets)]) for u, t, _ in draw(_UNDERCUTS)]
    arguments = [_argument(i, p, c, n, i == 0 or len(p) > 1)
                 for i, (p, c) in enumerate(draw(_ARGUMENTS))]
    arg_undercuts = sorted({(u % n, arguments[a % len(arguments)][0])
                            for u, a, _ in draw(_UNDERCUTS)})
    return (list(range(n)), attacks, supports, contradictions, undercuts, arguments,
            arg_undercuts)
