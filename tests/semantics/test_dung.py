"""Tests of argmap.semantics.dung against the brute-force reference and literature examples."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.semantics.dung import (
    complete_extensions,
    grounded_explanations,
    grounded_extension,
    grounded_labelling,
    grounded_labelling_from_edges,
    is_admissible,
    is_complete_extension,
    is_conflict_free,
    is_preferred_extension,
    is_stable_extension,
    preferred_extensions,
    stable_extensions,
)

from . import reference as ref
from .strategies import frameworks

SETTINGS = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def digraph(nodes, attacks) -> nx.DiGraph:
    af = nx.DiGraph()
    af.add_nodes_from(nodes)
    af.add_edges_from(attacks)
    return af


def as_sets(result) -> set[frozenset]:
    return set(result.extensions)


# --- grounded --------------------------------------------------------------------------------


@SETTINGS
@given(frameworks())
def test_grounded_labelling_matches_reference(fw):
    nodes, attacks = fw
    labels = grounded_labelling(digraph(nodes, attacks))
    assert labels == ref.grounded_labelling(nodes, attacks)
    assert list(labels) == nodes  # node order is kept
    grounded = frozenset(a for a, lab in labels.items() if lab == "in")
    assert grounded == ref.grounded_by_intersection(nodes, attacks)
    assert grounded == grounded_extension(digraph(nodes, attacks))


def reference_rounds(nodes, attacks) -> dict:
    """k such that a first appears in F^(k+1)(empty set)."""
    rounds, s, k = {}, frozenset(), 0
    while True:
        nxt = ref.characteristic(nodes, s, attacks)
        for a in nxt - s:
            rounds[a] = k
        if nxt == s:
            return rounds
        s, k = nxt, k + 1


@SETTINGS
@given(frameworks())
def test_grounded_explanations_are_sound(fw):
    nodes, attacks = fw
    ex = grounded_explanations(digraph(nodes, attacks))
    labels = ref.grounded_labelling(nodes, attacks)
    rounds = reference_rounds(nodes, attacks)
    assert {a: e.label for a, e in ex.items()} == labels
    for a, e in ex.items():
        attackers = {b for b, t in attacks if t == a}
        if e.label == "in":
            assert e.round == rounds[a]
            assert (e.round == 0) == (not attackers)
            assert {b for b, _ in e.defeated_attackers} == attackers
            for b, d in e.defeated_attackers:
                assert (d, b) in attacks and labels[d] == "in" and ex[d].round < e.round
        elif e.label == "out":
            assert (e.witness, a) in attacks and labels[e.witness] == "in"
            in_attackers = [b for b in attackers if labels[b] == "in"]
            assert e.round == ex[e.witness].round == min(rounds[b] for b in in_attackers)
        else:
            assert e.round is None and e.cycle and e.path
            cyc = e.cycle
            assert all(labels[c] == "undec" for c in cyc + e.path)
            assert all((cyc[i], cyc[(i + 1) % len(cyc)]) in attacks for i in range(len(cyc)))
            assert len(set(cyc)) == len(cyc)
            assert e.path[0] == cyc[0] and e.path[-1] == a
            assert tuple(cyc) == tuple(cyc[i] for i in range(len(cyc)))
            assert all((e.path[i], e.path[i + 1]) in attacks for i in range(len(e.path) - 1))
            assert (len(e.path) == 1) == (a in cyc)


def test_grounded_on_long_chain_needs_no_recursion():
    n = 20_000  # far beyond any recursion limit
    af = nx.DiGraph((i, i + 1) for i in range(n))
    labels = grounded_labelling(af)
    assert labels[0] == "in" and labels[1] == "out" and labels[n] == ("in" if n % 2 == 0 else "out")
    ex = grounded_explanations(af)
    assert ex[n].round == n // 2
    cycle = nx.DiGraph((i, (i + 1) % n) for i in range(n))
    assert set(grounded_labelling(cycle).values()) == {"undec"}
    assert len(grounded_explanations(cycle)[5].cycle) == n
    tail = nx.DiGraph([("x", "y"), ("y", "x"), ("y", 0)])
    tail.add_edges_from((i, i + 1) for i in range(n))
    ex = grounded_explanations(tail)  # lazy paths: linear even though paths are long
    assert ex[n].path[:2] == ("y", 0) and len(ex[n].path) == n + 2


def test_empty_framework():
    af = nx.DiGraph()
    assert grounded_labelling(af) == {}
    assert grounded_explanations(af) == {}
    assert preferred_extensions(af).extensions == [frozenset()]
    assert stable_extensions(af).extensions == [frozenset()]
    assert complete_extensions(af).extensions == [frozenset()]


# --- literature examples ---------------------------------------------------------------------


def test_dung_reinstatement_chain():
    # Dung 1995: c is reinstated by a, which defeats c's only attacker b
    af = nx.DiGraph([("a", "b"), ("b", "c")])
    assert grounded_labelling(af) == {"a": "in", "b": "out", "c": "in"}
    ex = grounded_explanations(af)
    assert ex["c"].round == 1 and ex["c"].defeated_attackers == (("b", "a"),)
    assert ex["b"].witness == "a"


def test_nixon_diamond():
    # Dung 1995, Example 3 (Nixon diamond): two arguments attacking each other
    af = nx.DiGraph([("quaker", "republican"), ("republican", "quaker")])
    assert set(grounded_labelling(af).values()) == {"undec"}
    assert as_sets(preferred_extensions(af)) == {frozenset({"quaker"}), frozenset({"republican"})}
    assert as_sets(stable_extensions(af)) == {frozenset({"quaker"}), frozenset({"republican"})}
    assert as_sets(complete_extensions(af)) == {
        frozenset(),
        frozenset({"quaker"}),
        frozenset({"republican"}),
    }


def test_odd_cycle():
    af = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a")])
    assert set(grounded_labelling(af).values()) == {"undec"}
    assert preferred_extensions(af).extensions == [frozenset()]
    assert stable_extensions(af).extensions == []
    assert stable_extensions(af).complete
    assert grounded_explanations(af)["b"].cycle == ("b", "c", "a")


def test_caminada_2006_floating_reinstatement():
    # Caminada 2006 (Fig. with a <-> b both attacking c, c attacking d): d is in every preferred
    # labelling but undecided in the grounded one
    af = nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d")])
    assert grounded_labelling(af) == dict.fromkeys("abcd", "undec")
    assert as_sets(preferred_extensions(af)) == {frozenset("ad"), frozenset("bd")}
    assert as_sets(stable_extensions(af)) == {frozenset("ad"), frozenset("bd")}
    ex = grounded_explanations(af)
    assert ex["d"].path == ("a", "c", "d") and ex["d"].cycle == ("a", "b")
    assert ex["b"].path == ("b",) and ex["b"].cycle == ("b", "a")


def test_caminada_2006_self_attack():
    # an argument attacking itself stays undecided unless something else defeats it
    af = nx.DiGraph([("a", "a"), ("a", "b")])
    assert grounded_labelling(af) == {"a": "undec", "b": "undec"}
    assert grounded_explanations(af)["b"].cycle == ("a",)
    assert preferred_extensions(af).extensions == [frozenset()]
    assert stable_extensions(af).extensions == []
    af.add_edge("c", "a")
    assert grounded_labelling(af) == {"a": "out", "b": "in", "c": "in"}
    assert stable_extensions(af).extensions == [frozenset("bc")]


def test_grounded_part_is_kept_in_extensions():
    af = nx.DiGraph([("x", "y"), ("y", "a"), ("a", "b"), ("b", "a"), ("c", "d"), ("d", "c")])
    result = preferred_extensions(af)
    assert result.complete
    assert [sorted(e) for e in result.extensions] == [
        ["a", "c", "x"],
        ["a", "d", "x"],
        ["b", "c", "x"],
        ["b", "d", "x"],
    ]


# --- multi-extension semantics ----------------------------------------------------------------


EXT_SETTINGS = settings(max_examples=2000, deadline=None)


@EXT_SETTINGS
@given(frameworks())
def test_extensions_match_reference(fw):
    nodes, attacks = fw
    af = digraph(nodes, attacks)
    for got, want in [
        (preferred_extensions(af, limit=None), ref.preferred_extensions(nodes, attacks)),
        (stable_extensions(af, limit=None), ref.stable_extensions(nodes, attacks)),
        (complete_extensions(af, limit=None), ref.complete_extensions(nodes, attacks)),
    ]:
        assert got.complete
        assert len(got.extensions) == len(want)
        assert set(got.extensions) == want
        keys = [sorted(e) for e in got.extensions]
        assert keys == sorted(keys)


@settings(max_examples=300, deadline=None)
@given(frameworks(), st.integers(0, 4))
def test_limit_caps_enumeration(fw, limit):
    nodes, attacks = fw
    af = digraph(nodes, attacks)
    for fn, want in [
        (preferred_extensions, ref.preferred_extensions(nodes, attacks)),
        (stable_extensions, ref.stable_extensions(nodes, attacks)),
        (complete_extensions, ref.complete_extensions(nodes, attacks)),
    ]:
        got = fn(af, limit=limit)
        assert len(got.extensions) == min(limit, len(want))
        assert set(got.extensions) <= want
        assert got.complete == (len(want) <= limit)


def test_limit_validation():
    with pytest.raises(ValueError):
        preferred_extensions(nx.DiGraph(), limit=-1)


def test_many_independent_cycles_are_capped():
    af = nx.DiGraph()
    for i in range(20):  # 2**20 preferred extensions
        af.add_edges_from([(f"a{i}", f"b{i}"), (f"b{i}", f"a{i}")])
    result = preferred_extensions(af, limit=50)
    assert len(result.extensions) == 50 and not result.complete
    assert all(len(e) == 20 and is_preferred_extension(af, e) for e in result.extensions)


def test_extensions_with_unorderable_nodes():
    af = nx.DiGraph([(("t", 1), "s"), ("s", ("t", 1))])
    result = stable_extensions(af)
    assert set(result.extensions) == {frozenset({("t", 1)}), frozenset({"s"})}


# --- predicates ------------------------------------------------------------------------------


@settings(max_examples=1500, deadline=None)
@given(frameworks(), st.data())
def test_predicates_match_reference(fw, data):
    nodes, attacks = fw
    af = digraph(nodes, attacks)
    s = frozenset(data.draw(st.sets(st.sampled_from(nodes)) if nodes else st.just(set())))
    assert is_conflict_free(af, s) == ref.conflict_free(s, attacks)
    assert is_admissible(af, s) == ref.admissible(s, attacks)
    assert is_complete_extension(af, s) == ref.complete(s, nodes, attacks)
    assert is_stable_extension(af, s) == (s in ref.stable_extensions(nodes, attacks))
    assert is_preferred_extension(af, s) == (s in ref.preferred_extensions(nodes, attacks))


def test_predicates_reject_unknown_nodes():
    with pytest.raises(nx.NodeNotFound):
        is_admissible(nx.DiGraph([("a", "b")]), {"z"})


@SETTINGS
@given(frameworks(), st.randoms(use_true_random=False))
def test_grounded_from_edges_matches_graph_version(fw, rnd):
    nodes, attacks = fw
    edges = sorted(attacks)
    edges += [rnd.choice(edges) for _ in range(len(edges) // 2)] if edges else []  # repeats
    rnd.shuffle(edges)
    got = grounded_labelling_from_edges(edges, nodes=nodes)
    assert got == ref.grounded_labelling(nodes, attacks)
    assert list(got) == nodes
    assert grounded_labelling_from_edges(edges) == {
        v: label for v, label in got.items() if any(v in e for e in attacks)
    }
