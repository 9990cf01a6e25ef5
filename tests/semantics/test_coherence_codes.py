"""The 2-SAT engine's integer representation (issue 15): the graph implication_graph builds
is the documented one, and the engine's results do not depend on how it got its codes."""

from __future__ import annotations

import random

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics._twosat import TwoSat, literal_codes
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
    # a copy has no remembered codes: the engine reads them off the graph, same order
    copy = nx.DiGraph(ig)
    assert literal_codes(copy) is None
    assert is_coherent(copy) == is_coherent(ig) and incoherent_claims(copy) == want
    # nodes in another order: other components and chains, the same refuted claims
    nodes = list(ig.nodes)
    rnd.shuffle(nodes)
    shuffled = nx.DiGraph()
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from(ig.edges(data=True))
    got = incoherent_claims(shuffled)
    assert set(got) == set(want) and is_coherent(shuffled) == is_coherent(ig)
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
