"""The argument graph: a networkx ``MultiDiGraph`` of claims with typed relations.

Nodes
    * claims: node id = claim id, ``type="claim"`` plus the claim's fields (``text``, ``stance``,
      ``topic``, ``weight``, ``source``, ``quote``, ``author``, ``tags``, ``file``, ``line``);
    * inference nodes, one per undercut relation: node id ``"a->b"`` (cannot clash with a claim
      id: ids never contain ``>``), ``type="inference"``, ``source=a``, ``target=b``. They reify
      the relation a → b so that an undercut is an ordinary edge ``u → "a->b"``.

Edges (edge key = relation kind)
    ``supports``, ``attacks``, ``contradicts`` between claims (a contradiction is stored once, in
    the direction it was written, and read symmetrically by :func:`attack_pairs`), and
    ``undercuts`` from a claim to an inference node. Each edge carries ``note``, ``file``, ``line``.

Questions and arguments (CONTRACT §6)
    * question nodes (``type="question"``, ``text``, ``source``, ``quote``), reached by
      ``answers`` edges from the claims that answer them;
    * argument nodes (``type="argument"``, ``title``, ``note``, ``premises``, ``conclusion``):
      a ``premise`` edge from every premise, one ``conclusion`` edge to the conclusion; an
      undercut of an argument is an ``undercuts`` edge to the argument node itself (the
      argument *is* the inference).

>>> from argmap.graph import relation_pairs
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", type="claim"); g.add_node("b", type="claim")
>>> _ = g.add_edge("a", "b", key="contradicts")
>>> sorted(attack_pairs(g))
[('a', 'b'), ('b', 'a')]
"""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from .load import ArgumentMap, Relation

__all__ = [
    "CLAIM_RELATIONS",
    "argument_undercuts",
    "attack_pairs",
    "build_graph",
    "claim_nodes",
    "inference_id",
    "relation_pairs",
    "relations_by_kind",
    "undercut_triples",
]

CLAIM_RELATIONS = ("supports", "attacks", "contradicts")


def inference_id(source: str, target: str) -> str:
    """Node id of the inference node that reifies the relation ``source → target``."""
    return f"{source}->{target}"


def build_graph(amap: ArgumentMap) -> nx.MultiDiGraph:
    """Build the argument graph of a loaded map.

    Graph attributes: ``title``, ``language``, ``topics`` (list of dicts in display order),
    ``sources`` (dict id → dict), ``expect``, ``root`` (the map directory as named in file
    names). Duplicate relations written twice collapse into
    one edge.

    Notes
    -----
    O(claims + relations).
    """
    meta = amap.meta
    g = nx.MultiDiGraph(
        title=meta.title,
        language=meta.language,
        root=amap.display_root,  # the map directory as named: the view's places are relative
        description=meta.description,
        topics=[tp.model_dump() for tp in meta.topics],
        sources={s.id: s.model_dump() for s in meta.sources},
        expect=(
            {"in": meta.expect.in_, "out": meta.expect.out, "undec": meta.expect.undec}
            if meta.expect else {}
        ),
    )
    _add_claims(g, amap)
    _add_questions_and_arguments(g, amap)
    _add_relations(g, amap.relations)
    return g


def _add_claims(g: nx.MultiDiGraph, amap: ArgumentMap) -> None:
    """The claims, in load order, written into the graph's node and adjacency dicts (what
    ``add_node`` does for a new node, without its per-call cost; claim ids are unique)."""
    node, succ, pred = g._node, g._succ, g._pred
    for cid, rec in amap.claims.items():
        c = rec.claim
        source = c.source
        data = {
            "type": "claim", "text": c.text, "stance": c.stance, "topic": rec.topic,
            "weight": c.weight, "source": source.doc if source else None,
            "quote": source.quote if source else None, "author": rec.author,
            "tags": list(c.tags), "title": c.title, "note": c.note, "answers": list(c.answers),
            "file": rec.loc.file, "line": rec.loc.line,
            "quote_line": rec.quote_loc.line if rec.quote_loc else None,
        }
        if cid in node:  # not from the loader; as add_node: the attributes are updated
            node[cid].update(data)
        else:
            node[cid], succ[cid], pred[cid] = data, {}, {}


def _add_questions_and_arguments(g: nx.MultiDiGraph, amap: ArgumentMap) -> None:
    for qid, qrec in amap.questions.items():
        q = qrec.question
        g.add_node(qid, type="question", text=q.text,
                   source=q.source.doc if q.source else None,
                   quote=q.source.quote if q.source else None,
                   file=qrec.loc.file, line=qrec.loc.line)
    for aid, arec in amap.arguments.items():
        arg = arec.argument
        g.add_node(aid, type="argument", title=arg.title, note=arg.note,
                   premises=list(arg.premises), conclusion=arg.conclusion,
                   author=arec.author, file=arec.loc.file, line=arec.loc.line)
        for p in dict.fromkeys(arg.premises):
            g.add_edge(p, aid, key="premise")
        g.add_edge(aid, arg.conclusion, key="conclusion")


def _add_relations(g: nx.MultiDiGraph, relations: list[Relation]) -> None:
    """Every relation, as :func:`_add_relation` adds it one by one, with the edges written
    into the graph's adjacency directly (``add_edge`` and ``has_edge`` were two thirds of
    building a large map's graph). Endpoints are known nodes (the loader resolved them); any
    other relation takes the general way."""
    node, succ, pred = g._node, g._succ, g._pred
    for rel in relations:
        source, target, kind = rel.source, rel.target, rel.kind
        if type(target) is not str or source not in node or target not in node:
            _add_relation(g, rel)
            continue
        if kind == "contradicts" and "contradicts" in succ[target].get(source, ()):
            continue  # stated on both sides: store it once
        keys = succ[source].get(target)
        if keys is None:
            keys = succ[source][target] = pred[target][source] = {}
        if kind not in keys:
            keys[kind] = {"note": rel.note, "file": rel.loc.file, "line": rel.loc.line}
    clear = getattr(nx, "_clear_cache", None)  # networkx ≥ 3.3 caches results on the graph
    if clear is not None:
        clear(g)


def _add_relation(g: nx.MultiDiGraph, rel: Relation) -> None:
    attrs = {"note": rel.note, "file": rel.loc.file, "line": rel.loc.line}
    source, target = rel.source, rel.target
    if rel.kind == "undercuts" and isinstance(target, tuple):
        node = inference_id(*target)
        if node not in g:
            g.add_node(node, type="inference", source=target[0], target=target[1])
        target = node
    elif rel.kind == "contradicts" and g.has_edge(target, source, key="contradicts"):
        return  # stated on both sides: store it once
    assert isinstance(target, str)
    if not g.has_edge(source, target, key=rel.kind):
        g.add_edge(source, target, key=rel.kind, **attrs)


def claim_nodes(g: nx.MultiDiGraph) -> Iterator[str]:
    """The claim nodes, in insertion (load) order."""
    return (n for n, t in g.nodes(data="type") if t == "claim")


def relations_by_kind(g: nx.MultiDiGraph) -> dict[str, list[tuple[str, str]]]:
    """The edges ``(u, v)`` of every claim relation kind (:data:`CLAIM_RELATIONS`), each list
    in the order :func:`relation_pairs` gives: one pass over the edges for all three.

    >>> g = nx.MultiDiGraph([("a", "b", "attacks"), ("b", "a", "supports")])
    >>> relations_by_kind(g)
    {'supports': [('b', 'a')], 'attacks': [('a', 'b')], 'contradicts': []}
    """
    pairs: dict[str, list[tuple[str, str]]] = {kind: [] for kind in CLAIM_RELATIONS}
    for u, nbrs in g.adjacency():
        for v, keys in nbrs.items():
            for kind in keys:
                if (found := pairs.get(kind)) is not None:
                    found.append((u, v))
    return pairs


def relation_pairs(g: nx.MultiDiGraph, kind: str) -> Iterator[tuple[str, str]]:
    """Edges ``(u, v)`` of one relation kind, as stored (contradictions once)."""
    return ((u, v) for u, v, k in g.edges(keys=True) if k == kind)


def attack_pairs(g: nx.MultiDiGraph) -> Iterator[tuple[str, str]]:
    """The attacks of the Dung framework: ``attacks`` plus both directions of ``contradicts``."""
    for u, v, k in g.edges(keys=True):
        if k == "attacks":
            yield (u, v)
        elif k == "contradicts":
            yield (u, v)
            yield (v, u)


def undercut_triples(g: nx.MultiDiGraph) -> Iterator[tuple[str, str, str]]:
    """``(u, a, b)`` for every claim u that undercuts the relation a → b (undercuts of
    arguments are read by :func:`argument_undercuts`)."""
    for u, node, k in g.edges(keys=True):
        if k == "undercuts":
            data = g.nodes[node]
            if data.get("type") == "inference":
                yield (u, data["source"], data["target"])


def argument_undercuts(g: nx.MultiDiGraph) -> Iterator[tuple[str, str]]:
    """``(u, argument)`` for every claim u that undercuts an argument."""
    for u, node, k in g.edges(keys=True):
        if k == "undercuts" and g.nodes[node].get("type") == "argument":
            yield (u, node)
