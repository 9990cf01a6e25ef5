"""GraphML for yEd, Gephi and networkx.

Claim nodes (id = claim id) carry ``type="claim"``, ``text``, ``stance``, ``topic``,
``topic_label``, ``label`` (the grounded label: in/out/undec), ``strength``, ``weight`` and,
when set, ``source``, ``quote``, ``author``, ``tags`` (comma-separated). Every relation is an
edge with ``kind`` (supports/attacks/contradicts, a contradiction once) and ``note``.

GraphML edges cannot point at edges, so an undercut is written twice: as an ``inference``
node ``"a->b"`` (``relation_source``/``relation_target``) with an edge of kind ``undercuts``
from the undercutting claim, and as the attribute ``undercut_by`` (comma-separated claim ids)
on the undercut edge a → b itself. Edge ids are ``e0``, ``e1`` … (unique, as GraphML wants).

The string reads back with ``networkx.read_graphml``.
"""

from __future__ import annotations

import re

import networkx as nx

from ..pipeline import GENERATOR_MARK, Result
from . import exporter

__all__ = ["export_graphml"]

# characters XML 1.0 cannot carry at all (they become U+FFFD)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(value: object) -> object:
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


@exporter("graphml", ".graphml")
def export_graphml(result: Result) -> str:
    """The map as a GraphML document (see module docs)."""
    g = result.graph
    a = result.analysis
    meta = result.amap.meta
    topic_labels = {t.id: t.label for t in meta.topics}
    h = nx.MultiDiGraph(title=_xml(meta.title), language=meta.language)
    if meta.description:
        h.graph["description"] = _xml(meta.description)
    undercut_by: dict[tuple[str, str], list[str]] = {}
    for u, v, kind in g.edges(keys=True):
        if kind == "undercuts":
            node = g.nodes[v]
            undercut_by.setdefault((node["source"], node["target"]), []).append(u)
    claims = sorted(n for n, t in g.nodes(data="type") if t == "claim")
    for n in claims:
        d = g.nodes[n]
        attrs: dict[str, object] = {
            "type": "claim", "text": d["text"], "stance": d["stance"], "topic": d["topic"],
            "topic_label": topic_labels.get(d["topic"], d["topic"]),
            "label": a.labels.get(n, ""), "weight": float(d["weight"]),
        }
        if n in a.strength:
            attrs["strength"] = float(a.strength[n])
        for key in ("source", "quote", "author"):
            if d.get(key):
                attrs[key] = str(d[key])
        if d.get("tags"):
            attrs["tags"] = ", ".join(d["tags"])
        h.add_node(n, **{k: _xml(v) for k, v in attrs.items()})
    for n in sorted(n for n, t in g.nodes(data="type") if t == "inference"):
        d = g.nodes[n]
        h.add_node(n, type="inference", text=f"{d['source']} → {d['target']}",
                   relation_source=d["source"], relation_target=d["target"])
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    for i, (u, v, kind, d) in enumerate(edges):
        attrs = {"kind": kind}
        if d.get("note"):
            attrs["note"] = d["note"]
        by = undercut_by.get((u, v))
        if by and kind != "undercuts":
            attrs["undercut_by"] = ", ".join(sorted(by))
        h.add_edge(u, v, key=f"e{i}", **{k: _xml(v) for k, v in attrs.items()})
    lines = list(nx.generate_graphml(h, encoding="utf-8", prettyprint=True,
                                     named_key_ids=True))
    # the generator mark lets a later export replace this file without --force
    return "\n".join([f"<!-- {GENERATOR_MARK} -->", *lines]) + "\n"
