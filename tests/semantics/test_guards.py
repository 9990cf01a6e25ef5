"""Issue 9.5: public semantics functions refuse the wrong graph type with a clear error."""

from __future__ import annotations

import collections

import networkx as nx
import pytest

import argmap.semantics as semantics
from argmap.semantics import (
    argument_explanations,
    argument_framework,
    commitments,
    complete_extensions,
    derive_attack_framework,
    dfquad_strengths,
    find_incoherent_cycle,
    flatten_undercuts,
    grounded_explanations,
    grounded_extension,
    grounded_labelling,
    grounded_labelling_from_edges,
    implication_graph,
    incoherent_claims,
    is_admissible,
    is_coherent,
    is_complete_extension,
    is_conflict_free,
    is_preferred_extension,
    is_stable_extension,
    position_status,
    preferred_extensions,
    stable_extensions,
    undercut_framework,
)


def argument_graph() -> nx.MultiDiGraph:
    """What argmap.graph builds: one multigraph with edges keyed by relation kind."""
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="supports")
    g.add_edge("c", "b", key="attacks")
    return g


GRAPH_FUNCTIONS = [
    grounded_labelling, grounded_extension, grounded_explanations, complete_extensions,
    preferred_extensions, stable_extensions, is_coherent, incoherent_claims,
    find_incoherent_cycle, argument_explanations,
]
SET_FUNCTIONS = [is_conflict_free, is_admissible, is_complete_extension, is_stable_extension,
                 is_preferred_extension]


@pytest.mark.parametrize("func", GRAPH_FUNCTIONS + SET_FUNCTIONS, ids=lambda f: f.__name__)
def test_multigraph_is_refused(func):
    args = (argument_graph(), {"a"}) if func in SET_FUNCTIONS else (argument_graph(),)
    with pytest.raises(nx.NetworkXNotImplemented, match=rf"{func.__name__} expects .*MultiDiGraph"):
        func(*args)


@pytest.mark.parametrize("func", GRAPH_FUNCTIONS, ids=lambda f: f.__name__)
def test_undirected_and_non_graphs_are_refused(func):
    with pytest.raises(nx.NetworkXNotImplemented, match="undirected"):
        func(nx.Graph([("a", "b")]))
    with pytest.raises(TypeError, match=r"nx\.DiGraph"):
        func([("a", "b")])


def test_positions_refuse_the_argument_graph():
    for func in (position_status, commitments):
        with pytest.raises(nx.NetworkXNotImplemented):
            func(argument_graph(), accept=["a"])


@pytest.mark.parametrize(
    "call",
    [
        lambda g: derive_attack_framework(g, None, "deductive"),
        lambda g: derive_attack_framework(g),
        lambda g: flatten_undercuts(g, []),
        lambda g: undercut_framework(g, None, [], "necessary"),
        lambda g: argument_framework(g),
        lambda g: implication_graph(supports=g),
        lambda g: implication_graph(contradictions=g),
        lambda g: dfquad_strengths([], attacks=g),
    ],
)
def test_relations_refuse_multigraphs(call):
    with pytest.raises(nx.NetworkXNotImplemented, match="not the argument graph"):
        call(argument_graph())


def test_directed_relations_refuse_undirected_graphs_but_contradictions_take_them():
    with pytest.raises(nx.NetworkXNotImplemented, match="undirected"):
        implication_graph(supports=nx.Graph([("a", "b")]))
    ig = implication_graph(contradictions=nx.Graph([("a", "b")]))
    assert ig.has_edge(("a", True), ("b", False))


def test_edge_list_function_refuses_graphs():
    with pytest.raises(TypeError, match="edge list"):
        grounded_labelling_from_edges(nx.DiGraph([("a", "b")]))


def test_package_lists_each_name_once():
    modules = [semantics.arguments, semantics.bipolar, semantics.coherence, semantics.dung,
               semantics.strength, semantics.undercut]
    counts = collections.Counter(name for m in modules for name in m.__all__)
    assert [name for name, n in counts.items() if n > 1] == []
    assert sorted(counts) == semantics.__all__
    assert all(getattr(semantics, name) is getattr(m, name)
               for m in modules for name in m.__all__)
