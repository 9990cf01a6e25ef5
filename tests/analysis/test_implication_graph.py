"""The context's implication graph (issue 15: the relation pairs are collected in one pass)."""

from __future__ import annotations

from pathlib import Path

from argmap.analysis.context import Context
from argmap.graph import build_graph, relation_pairs
from argmap.load import load_map
from argmap.semantics.coherence import implication_graph
from tests.helpers import generated_map


def test_context_graph_is_the_one_of_the_relation_pairs(tmp_path: Path) -> None:
    root = generated_map(tmp_path / "map", 300, seed=3, arguments=30)
    ctx = Context(build_graph(load_map(root)))
    g = ctx.graph
    want = implication_graph(
        supports=list(relation_pairs(g, "supports")),
        attacks=list(relation_pairs(g, "attacks")),
        contradictions=list(relation_pairs(g, "contradicts")),
        claims=ctx.claims,
        arguments=ctx.arguments,
    )
    got = ctx.implication_graph
    assert got.graph == want.graph
    assert list(got.nodes) == list(want.nodes)
    assert [(u, list(n.items())) for u, n in got._succ.items()] == [
        (u, list(n.items())) for u, n in want._succ.items()]
    assert any(k == "contradicts" for _, _, k in g.edges(keys=True))
