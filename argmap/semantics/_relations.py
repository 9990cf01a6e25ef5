"""Small private helpers shared by the semantics modules.

Relations may be given as networkx graphs or as plain iterables of pairs; these helpers turn
either into lists of pairs and give a deterministic order to arbitrary hashable nodes.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, TypeAlias

import networkx as nx

from argmap.semantics._guards import check_relation_graph

Node = Hashable
Pair = tuple[Hashable, Hashable]
Relation: TypeAlias = "nx.Graph | Iterable[tuple[Any, Any]]"


def relation_pairs(relation: Relation | None, *, directed: bool = True) -> list[Pair]:
    """Return the pairs of ``relation`` (a graph's edges, or the items of an iterable).

    A graph must be a simple graph (no multigraph), and directed unless ``directed`` is False
    (symmetric relations such as ``contradicts``); otherwise ``NetworkXNotImplemented``.
    """
    if relation is None:
        return []
    if isinstance(relation, nx.Graph):
        check_relation_graph(relation, directed=directed)
        return list(relation.edges())
    pairs = []
    for item in relation:
        source, target = item  # a ValueError here names a malformed pair
        pairs.append((source, target))
    return pairs


def relation_nodes(relation: Relation | None) -> list[Node]:
    """Return the nodes of a graph, or the endpoints of the pairs, in first-seen order."""
    if relation is None:
        return []
    if isinstance(relation, nx.Graph):
        check_relation_graph(relation, directed=False)
        return list(relation.nodes())
    seen: dict[Node, None] = {}
    for source, target in relation_pairs(relation):
        seen.setdefault(source)
        seen.setdefault(target)
    return list(seen)


def node_rank(nodes: Iterable[Node]) -> dict[Node, int]:
    """Rank nodes by their natural order if they are mutually comparable, else by first sight.

    Claim ids are strings and sort alphabetically; arbitrary hashables (e.g. the tuples of
    auxiliary nodes mixed with strings) fall back to the given order, which is deterministic
    because networkx graphs keep insertion order.
    """
    unique = list(dict.fromkeys(nodes))
    try:
        ordered = sorted(unique)  # type: ignore[type-var]  # TypeError below if not comparable
    except TypeError:
        ordered = unique
    return {node: rank for rank, node in enumerate(ordered)}


def digraph_of(nodes: Iterable[Node], pairs: Iterable[Pair]) -> nx.DiGraph:
    """``nx.DiGraph`` with ``nodes``, then the edges ``pairs`` (no attributes): the graph
    ``add_nodes_from`` and ``add_edges_from`` build, in the same node and edge order.

    It fills the graph's own adjacency dicts directly (as networkx's algorithms read them):
    the two methods' per-item checks and attribute handling were most of the time of the
    claim-level attack and support graphs of a large map.

    >>> g = digraph_of(["a", "b"], [("b", "c"), ("a", "b"), ("b", "c")])
    >>> list(g.nodes), list(g.edges), g.has_edge("b", "c"), list(g.pred["c"])
    (['a', 'b', 'c'], [('a', 'b'), ('b', 'c')], True, ['b'])

    Notes
    -----
    O(|nodes| + |pairs|).
    """
    g = nx.DiGraph()
    node, succ, pred = g._node, g._succ, g._pred
    for n in nodes:
        if n not in node:
            node[n], succ[n], pred[n] = {}, {}, {}
    for u, v in pairs:
        if u not in node:
            node[u], succ[u], pred[u] = {}, {}, {}
        if v not in node:
            node[v], succ[v], pred[v] = {}, {}, {}
        out = succ[u]
        if v not in out:
            out[v] = pred[v][u] = {}
    return g
