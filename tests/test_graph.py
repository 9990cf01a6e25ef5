"""Building the argument graph (argmap.graph): relations written in bulk as one by one."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.graph import _add_relation, _add_relations
from argmap.load import Location, Relation

_IDS = st.sampled_from(["a", "b", "c", "d", "q", "zz"])  # zz: no node (the general way)
_RELATIONS = st.builds(
    Relation,
    kind=st.sampled_from(["supports", "attacks", "contradicts", "answers", "undercuts"]),
    source=_IDS,
    target=_IDS | st.tuples(_IDS, _IDS),
    note=st.none() | st.just("n"),
    loc=st.builds(Location, file=st.just("x.yaml"), line=st.integers(1, 9), col=st.just(1)),
).filter(lambda r: r.kind == "undercuts" or isinstance(r.target, str))


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n in "abcd":
        g.add_node(n, type="claim")
    g.add_node("q", type="question")
    return g


@settings(max_examples=500, deadline=None)
@given(st.lists(_RELATIONS, max_size=25))
def test_relations_in_bulk_build_the_graph_one_by_one_builds(relations) -> None:
    one, bulk = _graph(), _graph()
    for rel in relations:
        _add_relation(one, rel)
    _add_relations(bulk, relations)
    assert list(bulk.nodes(data=True)) == list(one.nodes(data=True))
    assert list(bulk.edges(keys=True, data=True)) == list(one.edges(keys=True, data=True))
    assert [list(bulk.pred[n]) for n in bulk] == [list(one.pred[n]) for n in one]
    bulk.add_edge("a", "b", key="extra")  # still a graph networkx can work on
    assert bulk.has_edge("a", "b", key="extra") and "a" in bulk.pred["b"]


def test_claims_written_directly_equal_add_node() -> None:
    from pathlib import Path

    from argmap.graph import _add_claims
    from argmap.load import load_map

    amap = load_map(Path(__file__).resolve().parents[1] / "claims")
    direct, want = nx.MultiDiGraph(), nx.MultiDiGraph()
    _add_claims(direct, amap)
    for cid, rec in amap.claims.items():
        c = rec.claim
        want.add_node(
            cid, type="claim", text=c.text, stance=c.stance, topic=rec.topic, weight=c.weight,
            source=c.source.doc if c.source else None,
            quote=c.source.quote if c.source else None,
            author=rec.author, tags=list(c.tags), title=c.title, note=c.note,
            answers=list(c.answers), file=rec.loc.file, line=rec.loc.line,
            quote_line=rec.quote_loc.line if rec.quote_loc else None)
    assert [(n, list(d.items())) for n, d in direct.nodes(data=True)] == [
        (n, list(d.items())) for n, d in want.nodes(data=True)]
    direct.add_edge(next(iter(amap.claims)), "x")  # adjacency dicts in place
    assert direct.number_of_edges() == 1


@settings(max_examples=300, deadline=None)
@given(st.lists(_RELATIONS, max_size=25))
def test_relations_by_kind_are_relation_pairs_of_each_kind(relations) -> None:
    from argmap.graph import CLAIM_RELATIONS, relation_pairs, relations_by_kind

    g = _graph()
    _add_relations(g, relations)
    assert relations_by_kind(g) == {k: list(relation_pairs(g, k)) for k in CLAIM_RELATIONS}
