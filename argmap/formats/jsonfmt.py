"""JSON: the analysed map as a networkx node-link graph, and back.

The export is ``networkx.node_link_graph(data, edges="edges")``-compatible: ``nodes`` are the
claims (every field, plus grounded ``label`` and ``strength``) and one ``inference`` node per
undercut relation (id ``"a->b"``); ``edges`` carry ``key``/``kind`` (supports, attacks,
contradicts — stored once —, undercuts) and ``note``. Beside them: ``graph`` (title, language,
description, sources, topics, expect), ``labels``, ``strength``, ``findings`` (as in the JSON
report) and, with other semantics, ``extensions``. Keys are sorted and lists ordered by id, so
equal maps give byte-equal files.

The importer reads such a file back into claim files (labels and findings are ignored: they are
recomputed).
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..errors import LoadError
from ..view import ClaimView, MapView
from ..write import GENERATOR_MARK
from . import ImportResult, exporter, importer
from ._common import (
    Draft,
    DraftClaim,
    DraftRelation,
    Problems,
    dicts_in,
    expect_of,
    render_files,
)

__all__ = ["export_json", "import_json"]

FORMAT = "argmap-graph"


@exporter("json", ".json")
def export_json(view: MapView) -> str:
    """The map as a node-link JSON document (see module docs)."""
    nodes = [_claim_node(c) for c in view.claims.values()]
    undercut = {r.target: r.undercut for r in view.relations if r.undercut is not None}
    nodes += [{"type": "inference", "source": a, "target": b, "id": n}
              for n, (a, b) in undercut.items()]
    nodes.sort(key=lambda x: (x["type"] != "claim", x["id"]))
    edges = [
        {"source": r.source, "target": r.target, "key": r.kind, "kind": r.kind, "note": r.note,
         "file": r.place.file if r.place else None, "line": r.place.line if r.place else None}
        for r in view.relations
    ]
    edges.sort(key=lambda e: (e["source"], e["target"], e["key"]))
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": 1,
        "generator": GENERATOR_MARK,
        "directed": True,
        "multigraph": True,
        "graph": _graph(view),
        "nodes": nodes,
        "edges": edges,
        "labels": dict(sorted(view.labels().items())),
        "strength": dict(sorted((c.id, c.strength) for c in view.claims.values())),
        "strength_converged": view.strength_converged,
        "findings": [f.to_json(view.lang) for f in view.findings],
    }
    if view.extensions is not None:
        doc["extensions"] = [list(e) for e in view.extensions]
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _claim_node(c: ClaimView) -> dict[str, Any]:
    return {"type": "claim", "text": c.text, "stance": c.stance, "topic": c.topic,
            "weight": c.weight, "source": c.source, "quote": c.quote, "author": c.author,
            "file": c.place.file if c.place else None,
            "line": c.place.line if c.place else None,
            "tags": list(c.tags), "label": c.label, "strength": c.strength, "id": c.id}


def _graph(view: MapView) -> dict[str, Any]:
    sources = [{k: v for k, v in dataclasses.asdict(s).items() if v is not None}
               for s in view.sources.values()]
    topics = [{k: v for k, v in (("id", t.id), ("label", t.label), ("color", t.own_color))
               if v is not None} for t in view.topics if t.listed]
    return {
        "title": view.title,
        "language": view.language,
        "description": view.description,
        "sources": sources,
        "topics": topics,
        "expect": {k: list(v) for k, v in view.expect.items()} if view.expect else None,
    }


def _parse(text: str, filename: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(f"{filename}:{exc.lineno}: kein gültiges JSON: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise LoadError(f"{filename}: kein argmap-JSON (es fehlt die Liste 'nodes').")
    return data


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


@importer("json")
def import_json(text: str, filename: str) -> ImportResult:
    """Claim files from argmap's own JSON export."""
    data = _parse(text, filename)
    problems = Problems(filename)
    graph = data.get("graph") if isinstance(data.get("graph"), dict) else {}
    draft = Draft(
        title=_str(graph.get("title")) or "Importierte Karte",
        language=_str(graph.get("language")) or "de",
        description=_str(graph.get("description")),
        sources=dicts_in(graph.get("sources")),
        topics=dicts_in(graph.get("topics")),
        expect=expect_of(graph.get("expect")),
    )
    inference: dict[str, tuple[str, str]] = {}
    for node in data["nodes"]:
        if not isinstance(node, dict) or not isinstance(node.get("id"), str):
            problems.add(0, "schema", "Ein Knoten ohne Kennung wurde übergangen.")
            continue
        if node.get("type") == "inference":
            a, b = _str(node.get("source")), _str(node.get("target"))
            if a and b:
                inference[node["id"]] = (a, b)
            continue
        tags = node.get("tags") if isinstance(node.get("tags"), list) else []
        weight = node.get("weight", 0.5)
        draft.claims.append(DraftClaim(
            id=node["id"], text=_str(node.get("text")) or node["id"],
            stance=_str(node.get("stance")) or "neutral", topic=_str(node.get("topic")) or "",
            weight=weight if isinstance(weight, (int, float)) else 0.5,
            source=_str(node.get("source")), quote=_str(node.get("quote")),
            author=_str(node.get("author")), tags=[t for t in tags if isinstance(t, str)],
        ))
    edges = data.get("edges", data.get("links", []))
    for edge in edges if isinstance(edges, list) else []:
        if not isinstance(edge, dict):
            continue
        kind = edge.get("kind", edge.get("key"))
        u, v = _str(edge.get("source")), _str(edge.get("target"))
        if u is None or v is None:
            continue
        note = _str(edge.get("note"))
        if kind == "undercuts" and v in inference:
            draft.relations.append(DraftRelation("undercuts", u, inference[v], note))
        elif kind in ("supports", "attacks", "contradicts"):
            draft.relations.append(DraftRelation(str(kind), u, v, note))
        else:
            problems.add(0, "unsupported-construct",
                         f"Kante {u} → {v} der Art {kind!r} wird nicht übernommen.")
    return ImportResult(render_files(draft, problems, filename), sorted(problems.items))
