"""Tests of argmap.semantics.coherence against enumeration of all truth assignments."""

from __future__ import annotations

from itertools import pairwise

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics.coherence import (
    commitments,
    find_incoherent_cycle,
    implication_graph,
    incoherent_claims,
    is_coherent,
    position_status,
)

from . import reference as ref
from .strategies import pairs_over

SETTINGS = settings(max_examples=1200, deadline=None)


@st.composite
def maps(draw, max_claims=6):
    n = draw(st.integers(1, max_claims))
    claims = [f"c{i}" for i in range(n)]

    def named(pairs):
        return sorted((claims[a], claims[b]) for a, b in pairs)

    # sparse relations: dense random maps are almost always incoherent
    sparse = pairs_over(n).map(lambda ps: set(sorted(ps)[: n + 1]))
    supports = named(draw(sparse))
    attacks = named(draw(sparse))
    contradictions = named(draw(sparse))
    return claims, supports, attacks, contradictions


def implied_by(kind, source, target, premise, conclusion) -> bool:
    """Whether the relation justifies premise => conclusion (a clause's implication)."""
    clauses = ref.coherence_clauses(
        [(source, target)] if kind == "support" else [],
        [(source, target)] if kind == "attack" else [],
        [(source, target)] if kind == "contradiction" else [],
    )
    neg = (premise[0], not premise[1])
    return any(sorted(clause) == sorted([neg, conclusion]) for clause in clauses)


def assert_chain(chain, start, end, supports, attacks, contradictions):
    assert chain, "an implication chain has at least one step"
    assert chain[0].premise == start and chain[-1].conclusion == end
    for step, nxt in pairwise(chain):
        assert step.conclusion == nxt.premise
    relations = {
        "support": set(supports),
        "attack": set(attacks),
        "contradiction": set(contradictions),
    }
    for step in chain:
        assert (step.source, step.target) in relations[step.kind]
        assert implied_by(step.kind, step.source, step.target, step.premise, step.conclusion)


@SETTINGS
@given(maps())
def test_coherence_matches_truth_tables(m):
    claims, supports, attacks, contradictions = m
    ig = implication_graph(supports, attacks, contradictions, claims=claims)
    models = ref.coherent_assignments(claims, supports, attacks, contradictions)
    assert is_coherent(ig) == bool(models)
    bad = incoherent_claims(ig)
    assert list(bad) == [c for c in claims if c in bad]  # claim order
    for c, chain in bad.items():
        assert_chain(chain, (c, True), (c, False), supports, attacks, contradictions)
        assert len(chain) == nx.shortest_path_length(ig, (c, True), (c, False))
    if models:
        assert set(bad) == {c for c in claims if not any(v[c] for v in models)}
        assert find_incoherent_cycle(ig) is None
    else:
        assert set(bad) == {c for c in claims if nx.has_path(ig, (c, True), (c, False))}
        cycle = find_incoherent_cycle(ig)
        x = cycle[0].premise
        assert x[1] and any(step.conclusion == (x[0], False) for step in cycle)
        assert_chain(cycle, x, x, supports, attacks, contradictions)


@SETTINGS
@given(maps(), st.data())
def test_positions_match_truth_tables(m, data):
    claims, supports, attacks, contradictions = m
    ig = implication_graph(supports, attacks, contradictions, claims=claims)
    accept = data.draw(st.lists(st.sampled_from(claims), max_size=3, unique=True))
    reject = data.draw(st.lists(st.sampled_from(claims), max_size=2, unique=True))
    models = [
        v
        for v in ref.coherent_assignments(claims, supports, attacks, contradictions)
        if all(v[c] for c in accept) and not any(v[c] for c in reject)
    ]
    status = position_status(ig, accept, reject)
    assert status.coherent == bool(models)
    position = {(c, True) for c in accept} | {(c, False) for c in reject}
    if status.coherent:
        got = commitments(ig, accept, reject)
        want = {c: models[0][c] for c in claims if all(v[c] == models[0][c] for v in models)}
        assert {c: k.value for c, k in got.items()} == want
        for c, k in got.items():
            if k.reason == "position":
                assert (c, k.value) in position and not k.path
            elif k.reason == "implied":
                assert_chain(
                    k.path, k.path[0].premise, (c, k.value), supports, attacks, contradictions
                )
                assert k.path[0].premise in position
            else:
                assert k.reason == "forced"
                assert_chain(
                    k.path, (c, not k.value), (c, k.value), supports, attacks, contradictions
                )
    else:
        with pytest.raises(ValueError):
            commitments(ig, accept, reject)
        if status.map_incoherent:
            assert not is_coherent(ig) and status.conflict is None and status.path
        else:
            start, violated = status.conflict
            assert start in position and violated in position
            neg = (violated[0], not violated[1])
            if status.path:
                assert_chain(status.path, start, neg, supports, attacks, contradictions)
            else:
                assert start == neg  # the claim is both accepted and rejected


# --- examples ----------------------------------------------------------------------------------


def test_betz_style_incoherent_argument():
    # Betz: a claim is incoherent if accepting it commits to two claims that cannot both hold.
    # "open weights" supports "cheap access" and "misuse risk"; "misuse risk" attacks "cheap access"
    supports = [("open", "access"), ("open", "misuse")]
    attacks = [("misuse", "access")]
    ig = implication_graph(supports, attacks)
    assert is_coherent(ig)
    bad = incoherent_claims(ig)
    assert list(bad) == ["open"]
    assert [(s.premise, s.conclusion, s.kind) for s in bad["open"]] == [
        (("open", True), ("access", True), "support"),
        (("access", True), ("misuse", False), "attack"),
        (("misuse", False), ("open", False), "support"),
    ]
    # a position accepting both attacked claims has no coherent completion
    status = position_status(ig, accept=["access", "misuse"])
    assert not status.coherent and len(status.path) == 1 and status.path[0].kind == "attack"
    # accepting "access" alone commits to rejecting "misuse" and, by contraposition, "open"
    assert {c: (k.value, k.reason) for c, k in commitments(ig, accept=["access"]).items()} == {
        "access": (True, "position"),
        "misuse": (False, "implied"),
        "open": (False, "implied"),
    }


def test_contradiction_means_exactly_one():
    ig = implication_graph(contradictions=[("p", "q")])
    assert is_coherent(ig) and not incoherent_claims(ig)
    assert commitments(ig, reject=["p"])["q"].value is True
    assert not position_status(ig, reject=["p", "q"]).coherent


def test_incoherent_map_cycle():
    ig = implication_graph(supports=[("a", "b"), ("b", "a")], contradictions=[("a", "b")])
    assert not is_coherent(ig)
    cycle = find_incoherent_cycle(ig)
    assert cycle[0].premise == ("a", True) and cycle[-1].conclusion == ("a", True)
    status = position_status(ig, accept=[])
    assert not status.coherent and status.map_incoherent and status.path == cycle


def test_forced_claims_are_commitments_of_the_empty_position():
    # a supports b and attacks b: a is incoherent, so every coherent position rejects a
    ig = implication_graph(supports=[("a", "b")], attacks=[("a", "b")], claims=["z"])
    got = commitments(ig)
    assert set(got) == {"a"} and got["a"].value is False and got["a"].reason == "forced"


def test_self_relations():
    ig = implication_graph(attacks=[("a", "a")], supports=[("b", "b")])
    assert list(incoherent_claims(ig)) == ["a"]
    assert incoherent_claims(ig)["a"][0].kind == "attack"
    ig = implication_graph(contradictions=[("a", "a")])
    assert not is_coherent(ig)


def test_unknown_claims_in_a_position_are_free():
    ig = implication_graph(supports=[("a", "b")])
    assert position_status(ig, accept=["new"], reject=["b"]).coherent
    assert commitments(ig, accept=["new"], reject=["b"])["a"].value is False


def test_large_sparse_map_is_fast():
    n = 20_000
    supports = [(f"c{i}", f"c{i + 1}") for i in range(n)]
    attacks = [(f"c{n}", "c0")]  # accepting c0 commits to c_n, which attacks c0
    ig = implication_graph(supports, attacks)
    bad = incoherent_claims(ig)
    assert list(bad) == ["c0"] and len(bad["c0"]) == n + 1
    assert bad["c0"][-1].kind == "attack"
