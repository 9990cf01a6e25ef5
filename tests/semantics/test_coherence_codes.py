"""The 2-SAT engine's integer representation (issue 15): the graph implication_graph builds
is the documented one, and the engine's results do not depend on how it got its codes."""

from __future__ import annotations

import gc
import random
import weakref

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics._twosat import ImplicationGraph, TwoSat, analysis_of, literal_codes
from argmap.semantics.coherence import implication_graph, incoherent_claims, is_coherent

SETTINGS = settings(max_examples=400, deadline=None)


@st.composite
def relation_lists(draw, max_claims=6):
    """Claims and relations as lists, with repeats, self-relations and claims known only from
    a relation, so that every rule of the edge order and the edge names is exercised."""
    n = draw(st.integers(1, max_claims))
    names = [f"c{i}" for i in range(n + 2)]  # the last two only ever occur in relations
    pair = st.tuples(st.sampled_from(names), st.sampled_from(names))
    rel = st.lists(pair, max_size=n + 2)
    arguments = [(f"A{k}", [p], c) for k, (p, c) in enumerate(draw(rel))]
    return names[:n], draw(rel), draw(rel), draw(rel), arguments


def reference_graph(claims, supports, attacks, contradictions, arguments) -> nx.DiGraph:
    """The implication graph by its documented construction, with networkx's own methods."""
    clauses = [((a, False), (b, True), "support", a, b) for a, b in supports]
    clauses += [((a, False), (b, False), "attack", a, b) for a, b in attacks]
    for a, b in contradictions:
        clauses += [((a, False), (b, False), "contradiction", a, b),
                    ((a, True), (b, True), "contradiction", a, b)]
    clauses += [((p[0], False), (c, True), "argument", name, c)
                for name, p, c in arguments if c not in p]
    order = dict.fromkeys(claims)
    for p, q, *_ in clauses:
        order.setdefault(p[0])
        order.setdefault(q[0])
    ig = nx.DiGraph()
    for c in order:
        ig.add_nodes_from([(c, True), (c, False)])
    for p, q, kind, a, b in clauses:
        for premise, conclusion in (((p[0], not p[1]), q), ((q[0], not q[1]), p)):
            if premise != conclusion and not ig.has_edge(premise, conclusion):
                ig.add_edge(premise, conclusion, kind=kind, source=a, target=b)
    return ig


def adjacency(ig: nx.DiGraph) -> tuple:
    """Nodes, successors and predecessors with their data, in the graph's order."""
    return (list(ig.nodes(data=True)),
            [(u, list(nbrs.items())) for u, nbrs in ig._succ.items()],
            [(v, list(nbrs.items())) for v, nbrs in ig._pred.items()])


@SETTINGS
@given(relation_lists())
def test_graph_is_the_documented_one(m):
    claims, supports, attacks, contradictions, arguments = m
    ig = implication_graph(supports, attacks, contradictions, claims=claims,
                           arguments=arguments)
    assert adjacency(ig) == adjacency(reference_graph(*m))
    lits, succ = literal_codes(ig)
    assert lits == list(ig) and all(lit is node for lit, node in zip(lits, ig, strict=True))
    assert [[lits[y] for y in ys] for ys in succ] == [list(n) for n in ig._succ.values()]


@SETTINGS
@given(relation_lists(), st.randoms(use_true_random=False))
def test_codes_read_off_any_graph_give_the_same_results(m, rnd: random.Random):
    claims, supports, attacks, contradictions, arguments = m
    ig = implication_graph(supports, attacks, contradictions, claims=claims,
                           arguments=arguments)
    want = incoherent_claims(ig)
    # the same adjacency dicts in a plain DiGraph: no remembered codes and nothing memoised,
    # the engine reads the codes off the graph and, in the same order, finds the same chains
    plain = nx.DiGraph()
    plain._node, plain._pred = ig._node, ig._pred
    plain._adj = plain._succ = ig._succ
    assert literal_codes(plain) is None
    assert is_coherent(plain) == is_coherent(ig) and incoherent_claims(plain) == want
    # a copy (its predecessors in edge order) and nodes in another order: the chains may
    # differ, the refuted claims may not
    nodes = list(ig.nodes)
    rnd.shuffle(nodes)
    shuffled = nx.DiGraph()
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from(ig.edges(data=True))
    for other in (nx.DiGraph(ig), ig.copy(), shuffled):
        assert literal_codes(other) is None
        got = incoherent_claims(other)
        assert set(got) == set(want) and is_coherent(other) == is_coherent(ig)
        for c, chain in got.items():
            assert chain[0].premise == (c, True) and chain[-1].conclusion == (c, False)
            assert all(ig.has_edge(s.premise, s.conclusion) for s in chain)


@SETTINGS
@given(relation_lists())
def test_both_decision_passes_agree(m):
    claims, supports, attacks, contradictions, arguments = m
    ig = implication_graph(supports, attacks, contradictions, claims=claims,
                           arguments=arguments)
    engine = TwoSat(ig)
    every = list(range(len(engine.lits)))
    want = [x for x in every if nx.has_path(ig, engine.lits[x], engine.lits[x ^ 1])]
    assert engine._refuted_by_reach(every) == want
    if engine.satisfiable:  # the model's pass: the same, in the order asked
        assert engine._refuted_in_model(every) == want
        assert engine._refuted_in_model(every[::-1]) == want[::-1]


def test_a_graph_changed_in_place_is_read_again():
    ig = implication_graph(supports=[("a", "b")], claims=["c"])
    assert not incoherent_claims(ig)
    # one implication without its contrapositive: still read as the graph says
    ig.add_edge(("b", True), ("a", False), kind="attack", source="b", target="a")
    assert literal_codes(ig) is None and not TwoSat(ig).skew_symmetric
    chain = incoherent_claims(ig)["a"]
    assert [(s.premise, s.conclusion) for s in chain] == [
        (("a", True), ("b", True)), (("b", True), ("a", False))]
    ig.add_edge(("a", True), ("b", False), kind="attack", source="b", target="a")
    assert list(incoherent_claims(ig)) == ["a"]


def _pairs(chain):
    return [(s.premise, s.conclusion) for s in chain]


def test_a_graph_changed_in_place_to_the_same_size_is_read_again():
    # the memo used to be keyed by the graph's size: an edge swapped for another went unseen
    ig = implication_graph(supports=[("a", "b")], attacks=[("c", "d")])
    assert is_coherent(ig) and not incoherent_claims(ig)
    size = (ig.number_of_nodes(), ig.number_of_edges())
    ig.remove_edge(("c", True), ("d", False))
    ig.add_edge(("a", True), ("b", False), kind="attack", source="a", target="b")
    assert (ig.number_of_nodes(), ig.number_of_edges()) == size
    assert literal_codes(ig) is None
    assert _pairs(incoherent_claims(ig)["a"]) == [
        (("a", True), ("b", False)), (("b", False), ("a", False))]


def test_a_copy_changed_afterwards_is_its_own_graph():
    ig = implication_graph(supports=[("a", "b")], attacks=[("c", "d")])
    assert not incoherent_claims(ig)
    for copy in (ig.copy(), nx.DiGraph(ig)):  # both carry ig's graph attributes
        copy.remove_edge(("c", True), ("d", False))
        copy.add_edge(("a", True), ("b", False), kind="attack", source="a", target="b")
        assert list(incoherent_claims(copy)) == ["a"]
    assert not incoherent_claims(ig) and literal_codes(ig) is not None


def test_a_view_follows_the_graph_below_it():
    ig = implication_graph(supports=[("a", "b")], attacks=[("c", "d")])
    view = ig.subgraph(list(ig))
    assert not incoherent_claims(view)
    ig.remove_edge(("c", True), ("d", False))
    ig.add_edge(("a", True), ("b", False), kind="attack", source="a", target="b")
    assert list(incoherent_claims(view)) == ["a"]


def test_every_change_gives_a_new_version():
    ig = ImplicationGraph()
    changes = [
        lambda: ig.add_node("x"), lambda: ig.add_nodes_from(["y", "z"]),
        lambda: ig.add_edge("x", "y"), lambda: ig.add_edges_from([("y", "z")]),
        lambda: ig.add_weighted_edges_from([("z", "x", 1.0)]), lambda: ig.remove_edge("z", "x"),
        lambda: ig.remove_edges_from([("y", "z")]), lambda: ig.remove_node("z"),
        lambda: ig.remove_nodes_from(["y"]), lambda: ig.update(edges=[("p", "q")]),
        lambda: ig.clear_edges(), lambda: ig.clear(),
    ]
    for change in changes:
        before = ig.version
        change()
        assert ig.version is not before
    before = ig.version
    with pytest.raises(nx.NetworkXError):  # a change that fails may have changed something
        ig.remove_edge("nope", "none")
    assert ig.version is not before
    assert type(implication_graph(supports=[("a", "b")])) is ImplicationGraph


def test_the_analysis_is_kept_once_per_version_and_goes_with_the_graph():
    ig = implication_graph(supports=[("a", "b")])
    first = analysis_of(ig, TwoSat)
    assert analysis_of(ig, TwoSat) is first
    ig.add_edge(("b", True), ("a", False))
    assert analysis_of(ig, TwoSat) is not first
    plain = nx.DiGraph(ig)  # cannot tell when it changes: analysed every time
    assert analysis_of(plain, TwoSat) is not analysis_of(plain, TwoSat)
    gone = weakref.ref(ig)
    del ig, first
    gc.collect()
    assert gone() is None


def test_chunks_of_candidates(monkeypatch):
    # more candidates than one pass decides: every pass contributes, in order
    from argmap.semantics import _twosat

    monkeypatch.setattr(_twosat, "_CHUNK", 3)
    n = 10
    supports = [(f"x{i}", f"p{i}") for i in range(n)]
    attacks = [(f"x{i}", f"p{i}") for i in range(0, n, 2)]
    ig = implication_graph(supports, attacks)
    assert list(incoherent_claims(ig)) == [f"x{i}" for i in range(0, n, 2)]
    ig = implication_graph(supports, attacks, contradictions=[("q", "q")])  # incoherent map
    assert not is_coherent(ig)
    assert list(incoherent_claims(ig)) == [f"x{i}" for i in range(0, n, 2)] + ["q"]
