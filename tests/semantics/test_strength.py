"""Tests of argmap.semantics.strength (DF-QuAD)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics.strength import (
    dfquad_aggregate,
    dfquad_combine,
    dfquad_strengths,
)

from . import reference as ref

SCORES = st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.6, 0.9, 1.0])


@st.composite
def acyclic_qbafs(draw, max_nodes=8):
    n = draw(st.integers(1, max_nodes))
    forward = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1])
    attacks = draw(st.sets(forward, max_size=2 * n))
    supports = draw(st.sets(forward, max_size=2 * n))
    base = {i: draw(SCORES) for i in range(n) if draw(st.booleans())}
    perm = draw(st.permutations(range(n)))  # node order must not matter
    return perm, base, attacks, supports


@st.composite
def cyclic_qbafs(draw, max_nodes=6):
    n = draw(st.integers(1, max_nodes))
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
    attacks = draw(st.sets(pair, max_size=2 * n))
    supports = draw(st.sets(pair, max_size=2 * n))
    base = {i: draw(SCORES) for i in range(n)}
    return list(range(n)), base, attacks, supports


@settings(max_examples=700, deadline=None)
@given(acyclic_qbafs())
def test_acyclic_strengths_match_recursive_definition(q):
    nodes, base, attacks, supports = q
    result = dfquad_strengths(nodes, base, attacks, supports)
    want = ref.dfquad_acyclic(nodes, base, attacks, supports)
    assert result.converged and result.unconverged == [] and result.iterations == 0
    assert list(result.values) == list(nodes)
    for v in nodes:
        assert result.values[v] == pytest.approx(want[v], abs=1e-12)
        assert 0.0 <= result.values[v] <= 1.0


@settings(max_examples=400, deadline=None)
@given(cyclic_qbafs())
def test_cyclic_results_are_fixed_points_or_reported(q):
    nodes, base, attacks, supports = q
    result = dfquad_strengths(nodes, base, attacks, supports, max_iter=500)
    vals = result.values
    assert all(0.0 <= vals[v] <= 1.0 for v in nodes)
    unconverged = {v for comp in result.unconverged for v in comp}
    assert result.converged == (not unconverged)
    for v in nodes:
        att = [vals[a] for a, b in attacks if b == v]
        sup = [vals[a] for a, b in supports if b == v]
        expected = dfquad_combine(base[v], dfquad_aggregate(att), dfquad_aggregate(sup))
        residual = abs(vals[v] - expected)
        if v not in unconverged and not any(
            a in unconverged for a, b in attacks | supports if b == v
        ):
            assert residual <= 1e-6


def test_worked_example():
    # b (0.5) attacks a (0.5); c (0.5) supports a; d (0.5) attacks c.
    # sigma(c) = C(0.5, 0.5, 0) = 0.25; sigma(a) = C(0.5, 0.5, 0.25) = 0.5 - 0.5 * 0.25 = 0.375
    r = dfquad_strengths("abcd", None, [("b", "a"), ("d", "c")], [("c", "a")])
    assert r.values == pytest.approx({"a": 0.375, "b": 0.5, "c": 0.25, "d": 0.5})


def test_rago_et_al_properties():
    # balanced attack and support leave the base score unchanged; no relation: base score
    r = dfquad_strengths(
        ["a", "b", "c"], {"a": 0.3, "b": 0.7, "c": 0.7}, [("b", "a")], [("c", "a")]
    )
    assert r.values["a"] == pytest.approx(0.3)
    # a fully strong attacker (strength 1) with no support takes the strength to 0
    assert dfquad_strengths(["a", "b"], {"b": 1.0}, [("b", "a")]).values["a"] == 0.0
    # a fully strong supporter takes it to 1
    assert dfquad_strengths(["a", "b"], {"b": 1.0}, None, [("b", "a")]).values["a"] == 1.0
    assert dfquad_aggregate([0.5, 0.5, 0.5]) == pytest.approx(0.875)


def test_oscillating_cycle_is_reported():
    attacks = [("a", "b"), ("b", "a"), ("b", "c")]
    r = dfquad_strengths(["a", "b", "c"], {"a": 1.0, "b": 1.0}, attacks, max_iter=50)
    assert not r.converged and r.unconverged == [("a", "b")] and r.iterations == 50
    assert set(r.values) == {"a", "b", "c"}


def test_converging_cycle():
    r = dfquad_strengths(["a", "b"], None, [("a", "b"), ("b", "a")])
    assert r.converged and r.iterations >= 1
    assert r.values["a"] == pytest.approx(r.values["b"])
    a = r.values["a"]
    assert a == pytest.approx(0.5 - 0.5 * a, abs=1e-8)  # the fixed point 1/3


def test_validation():
    with pytest.raises(ValueError):
        dfquad_strengths(["a"], {"a": 1.5})
    with pytest.raises(ValueError):
        dfquad_strengths(["a"], {"a": True})
    with pytest.raises(ValueError):
        dfquad_strengths(["a"], tol=0)


def test_long_chain_needs_no_recursion():
    n = 50_000
    r = dfquad_strengths(range(n + 1), None, [(i, i + 1) for i in range(n)])
    assert r.converged and r.values[0] == 0.5 and r.values[1] == 0.25


# --- arguments in standard form ---------------------------------------------------------------


@st.composite
def acyclic_with_arguments(draw, max_nodes=7):
    """Acyclic: every relation and argument goes from lower to higher claim numbers."""
    nodes, base, attacks, supports = draw(acyclic_qbafs(max_nodes))
    n = len(nodes)
    arguments, arg_undercuts = [], []
    for k in range(draw(st.integers(0, 3)) if n >= 2 else 0):
        conclusion = draw(st.integers(1, n - 1))
        premises = draw(st.lists(st.integers(0, conclusion - 1), min_size=1, max_size=3,
                                 unique=True))
        arguments.append((f"A{k}", premises, conclusion))
        if draw(st.booleans()):
            arg_undercuts.append((draw(st.integers(0, conclusion - 1)), f"A{k}"))
    if draw(st.booleans()):
        base = {**base, **{a[0]: draw(SCORES) for a in arguments}}
    return nodes, base, attacks, supports, arguments, arg_undercuts


@settings(max_examples=700, deadline=None)
@given(acyclic_with_arguments(), st.sampled_from(["min", "product"]))
def test_arguments_match_recursive_definition(q, agg):
    nodes, base, attacks, supports, arguments, arg_undercuts = q
    result = dfquad_strengths(nodes, base, attacks, supports, arguments=arguments,
                              argument_undercuts=arg_undercuts, premise_aggregation=agg)
    want = ref.dfquad_with_arguments(nodes, base, attacks, supports, arguments, arg_undercuts,
                                     agg)
    assert set(result.values) == set(want)
    for v, value in want.items():
        assert result.values[v] == pytest.approx(value, abs=1e-12)


@settings(max_examples=700, deadline=None)
@given(cyclic_qbafs(), st.data())
def test_single_premise_argument_is_a_support_in_strength(q, data):
    # rewriting supports as one-premise arguments (nobody undercuts them, base score 1) leaves
    # every claim's strength unchanged, on cycles too
    nodes, base, attacks, supports = q
    arguments = [(f"S{i}", [u], v) for i, (u, v) in enumerate(sorted(supports))]
    plain = dfquad_strengths(nodes, base, attacks, supports, max_iter=300)
    argued = dfquad_strengths(nodes, base, attacks, arguments=arguments, max_iter=300)
    if plain.converged and argued.converged:
        for v in nodes:
            assert argued.values[v] == pytest.approx(plain.values[v], abs=1e-6)


def test_linked_argument_worked_example():
    # A = (p, q ⇒ c): weakest link min(0.8, 0.4) = 0.4; undercut by u (0.5) halves it: 0.2;
    # c (0.5) supported by 0.2: 0.5 + 0.5 * 0.2 = 0.6. With the product: 0.8 * 0.4 * 0.5 = 0.16.
    kwargs = {"arguments": [("A", ["p", "q"], "c")], "argument_undercuts": [("u", "A")]}
    r = dfquad_strengths(["p", "q", "c", "u"], {"p": 0.8, "q": 0.4}, **kwargs)
    assert r.values == pytest.approx({"p": 0.8, "q": 0.4, "c": 0.6, "u": 0.5, "A": 0.2})
    r = dfquad_strengths(["p", "q", "c", "u"], {"p": 0.8, "q": 0.4}, premise_aggregation="product",
                         **kwargs)
    assert r.values["A"] == pytest.approx(0.16)
    with pytest.raises(ValueError, match="aggregation"):
        dfquad_strengths(["p"], premise_aggregation="mean")
    with pytest.raises(ValueError, match="unknown argument"):
        dfquad_strengths(["p"], argument_undercuts=[("u", "B")])


@settings(max_examples=500, deadline=None)
@given(cyclic_qbafs(), st.data())
def test_the_claims_only_evaluator_gives_the_general_floats(q, data):
    """Without arguments σ(v) is evaluated by an inlined copy of the general formula: it must
    give exactly (==) the floats of dfquad_combine on the two aggregates."""
    from argmap.semantics.strength import _Qbaf

    nodes, base, attacks, supports = q
    qbaf = _Qbaf(nodes, sorted(attacks), sorted(supports), (), ())
    qbaf.set_base(base)
    fast = qbaf.evaluator(True)
    values = {v: data.draw(SCORES) for v in qbaf.order}
    for v in qbaf.order:
        want = dfquad_combine(qbaf.tau[v],
                              dfquad_aggregate(values[u] for u in qbaf.attackers[v]),
                              dfquad_aggregate(values[u] for u in qbaf.supporters[v]))
        assert fast(v, values) == want
