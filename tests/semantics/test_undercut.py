"""Tests of argmap.semantics.undercut: the flattening against a direct definition."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics.bipolar import derive_attack_framework
from argmap.semantics.dung import grounded_labelling, preferred_extensions, stable_extensions
from argmap.semantics.undercut import (
    AuxiliaryNode,
    flatten_undercuts,
    is_auxiliary,
    restrict_extensions,
    restrict_labelling,
    undercut_framework,
)

from . import reference as ref
from .strategies import bipolar_frameworks, frameworks


@st.composite
def undercut_frameworks(draw, with_supports=False):
    if with_supports:
        nodes, attacks, supports = draw(bipolar_frameworks(max_nodes=5))
    else:
        nodes, attacks = draw(frameworks(max_nodes=6))
        supports = set()
    if not nodes:
        return nodes, attacks, supports, []
    targets = [*sorted(attacks | supports), (nodes[0], nodes[-1])]
    undercuts = draw(
        st.lists(st.tuples(st.sampled_from(nodes), st.sampled_from(targets)), max_size=4)
    )
    return nodes, attacks, supports, [(u, a, b) for u, (a, b) in undercuts]


@settings(max_examples=1000, deadline=None)
@given(undercut_frameworks())
def test_flattening_matches_direct_semantics(fw):
    nodes, attacks, _, undercuts = fw
    af = flatten_undercuts(attacks, undercuts)
    af.add_nodes_from(nodes)
    got = restrict_labelling(grounded_labelling(af))
    assert got == ref.grounded_with_undercuts(nodes, attacks, undercuts)
    # attacks nobody undercuts stay plain edges; no undercut at all: the same framework
    if not {(a, b) for _, a, b in undercuts} & attacks:
        assert set(af.edges()) == attacks


@settings(max_examples=600, deadline=None)
@given(undercut_frameworks(with_supports=True), st.sampled_from(["deductive", "necessary"]))
def test_undercut_framework_matches_direct_semantics(fw, mode):
    nodes, attacks, supports, undercuts = fw
    af = undercut_framework(attacks, supports, undercuts, mode)
    af.add_nodes_from(nodes)
    instances = ref.derived_attack_instances(nodes, attacks, supports, undercuts, mode)
    got = restrict_labelling(grounded_labelling(af))
    assert got == ref.grounded_with_attack_instances(nodes, instances)
    if not undercuts:
        assert set(af.edges()) == set(derive_attack_framework(attacks, supports, mode).edges())


def test_mode_none_is_plain_flattening():
    attacks, undercuts = [("a", "b"), ("c", "b")], [("u", "a", "b")]
    assert set(undercut_framework(attacks, None, undercuts).edges()) == set(
        flatten_undercuts(attacks, undercuts).edges()
    )


def test_accepted_undercutter_disables_the_attack():
    af = flatten_undercuts([("a", "b")], [("u", "a", "b")])
    x, y = AuxiliaryNode("attack", "a", "b", "X"), AuxiliaryNode("attack", "a", "b", "Y")
    assert set(af.edges()) == {("a", x), (x, y), (y, "b"), ("u", y)}
    assert restrict_labelling(grounded_labelling(af)) == {"a": "in", "b": "in", "u": "in"}


def test_rejected_undercutter_leaves_the_attack_in_force():
    af = flatten_undercuts([("a", "b"), ("v", "u")], [("u", "a", "b")])
    assert restrict_labelling(grounded_labelling(af)) == {
        "a": "in",
        "b": "out",
        "v": "in",
        "u": "out",
    }


def test_undecided_undercutter_leaves_the_target_undecided():
    af = flatten_undercuts([("a", "b"), ("u", "w"), ("w", "u")], [("u", "a", "b")])
    labels = restrict_labelling(grounded_labelling(af))
    assert labels["b"] == "undec" and labels["a"] == "in"
    # preferred: b is in exactly when u is
    exts = restrict_extensions(preferred_extensions(af).extensions)
    assert set(exts) == {frozenset({"a", "u", "b"}), frozenset({"a", "w"})}
    assert set(restrict_extensions(stable_extensions(af).extensions)) == set(exts)


def test_undercut_of_a_missing_relation_is_ignored():
    af = flatten_undercuts([("a", "b")], [("u", "b", "a")])
    assert set(af.edges()) == {("a", "b")}


def test_undercut_support_derives_nothing():
    attacks, supports = [("x", "b")], [("a", "x")]
    assert undercut_framework(attacks, supports, [], "deductive").has_edge("a", "b")
    af = undercut_framework(attacks, supports, [("u", "a", "x")], "deductive")
    assert set(af.edges()) == {("x", "b")}
    assert "u" in af


def test_derived_attack_inherits_undercutters():
    # x attacks b, undercut by u; a supports x, so a attacks b, also only while u is not in
    af = undercut_framework([("x", "b")], [("a", "x")], [("u", "x", "b")], "deductive")
    via = AuxiliaryNode("attack", "a", "b", "Y", ("x", "b"))
    assert af.has_edge("u", via)
    assert restrict_labelling(grounded_labelling(af))["b"] == "in"
    af.add_edge("v", "u")
    assert restrict_labelling(grounded_labelling(af))["b"] == "out"


def test_one_clean_derivation_suffices():
    # a attacks b directly (undercut by u) and via its support of x, which attacks b (clean)
    af = undercut_framework([("a", "b"), ("x", "b")], [("a", "x")], [("u", "a", "b")], "deductive")
    assert af.has_edge("a", "b") and af.edges["a", "b"]["via"] == ("x", "b")
    assert not any(is_auxiliary(v) for v in af)


def test_restrict_helpers():
    x = AuxiliaryNode("attack", "a", "b", "X")
    assert restrict_labelling({"a": "in", x: "out"}) == {"a": "in"}
    assert restrict_extensions([{"a", x}, {"a"}]) == [frozenset({"a"})]
    assert is_auxiliary(x) and not is_auxiliary(("attack", "a", "b", "X", None))


def test_graph_input_keeps_isolated_nodes():
    attacks = nx.DiGraph()
    attacks.add_nodes_from(["a", "b", "c"])
    attacks.add_edge("a", "b")
    assert set(flatten_undercuts(attacks, [("c", "a", "b")])) >= {"a", "b", "c"}


@given(st.lists(st.integers(0, 6), max_size=6),
       st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8)), max_size=20))
def test_digraph_of_builds_what_networkx_builds(nodes, pairs):
    from argmap.semantics._relations import digraph_of

    want = nx.DiGraph()
    want.add_nodes_from(nodes)
    want.add_edges_from(pairs)
    got = digraph_of(nodes, pairs)
    assert list(got.nodes) == list(want.nodes) and list(got.edges) == list(want.edges)
    assert {v: list(got.pred[v]) for v in got} == {v: list(want.pred[v]) for v in want}
    got.add_edge(0, 1, w=1)  # the graph behaves as one networkx built
    assert got.edges[0, 1] == {"w": 1} and got.pred[1][0] is got.succ[0][1]


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=12))
def test_a_framework_without_undercuts_copies_nodes_edges_and_their_data(pairs):
    g = nx.DiGraph()
    g.add_node(9, colour="red")
    for i, (a, b) in enumerate(pairs):
        g.add_edge(a, b, i=i)
    af = flatten_undercuts(g, [])
    assert list(af.nodes(data=True)) == list(g.nodes(data=True))
    assert list(af.edges(data=True)) == list(g.edges(data=True))
    af.nodes[9]["colour"] = "blue"  # a copy: the attacks keep their data
    assert g.nodes[9]["colour"] == "red"
    assert list(flatten_undercuts(pairs, []).edges) == list(nx.DiGraph(pairs).edges)
