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

from ..view import ArgumentView, ClaimView, MapView, QuestionView
from ..write import GENERATOR_MARK
from . import ImportResult, exporter, importer
from ._common import (
    CLAIM_KINDS,
    Draft,
    DraftArgument,
    DraftClaim,
    DraftQuestion,
    DraftRelation,
    Problems,
    as_dict,
    as_str,
    dicts_in,
    expect_of,
    parse_json,
    render_files,
    strings_in,
    weight_of,
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
    nodes += [_question_node(q) for q in view.questions.values()]
    nodes += [_argument_node(a) for a in view.arguments.values()]
    nodes.sort(key=lambda x: (x["type"] != "claim", x["id"]))
    edges = [
        {"source": r.source, "target": r.target, "key": r.kind, "kind": r.kind, "note": r.note,
         "file": r.place.file if r.place else None, "line": r.place.line if r.place else None}
        for r in view.relations
    ]
    edges += _structure_edges(view)
    edges.sort(key=lambda e: (e["source"], e["target"], e["key"]))
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": 1,
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
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True)
    # the generator line first (keys sorted below it): argmap.write recognises its own file
    # by that exact line within its first 4 KB, and a later export may then replace it
    return '{\n  "generator": ' + json.dumps(GENERATOR_MARK) + "," + text[1:] + "\n"


def _claim_node(c: ClaimView) -> dict[str, Any]:
    return {"type": "claim", "text": c.text, "stance": c.stance, "topic": c.topic,
            "weight": c.weight, "source": c.source, "quote": c.quote, "author": c.author,
            "file": c.place.file if c.place else None,
            "line": c.place.line if c.place else None,
            "tags": list(c.tags), "label": c.label, "strength": c.strength, "id": c.id,
            "title": c.title, "answers": list(c.answers), "note": c.note}


def _question_node(q: QuestionView) -> dict[str, Any]:
    return {"type": "question", "id": q.id, "text": q.text, "source": q.source,
            "quote": q.quote}


def _argument_node(a: ArgumentView) -> dict[str, Any]:
    return {"type": "argument", "id": a.id, "title": a.title, "premises": list(a.premises),
            "conclusion": a.conclusion, "note": a.note, "author": a.author}


def _structure_edges(view: MapView) -> list[dict[str, Any]]:
    """``premise``/``conclusion`` edges of the arguments and ``answers`` edges to questions
    (as in argmap's graph), so that a node-link reader sees the whole structure."""
    def edge(u: str, v: str, kind: str) -> dict[str, Any]:
        return {"source": u, "target": v, "key": kind, "kind": kind, "note": None,
                "file": None, "line": None}

    out = [edge(c.id, q, "answers") for c in view.claims.values() for q in c.answers]
    for a in view.arguments.values():
        out += [edge(p, a.id, "premise") for p in dict.fromkeys(a.premises)]
        out.append(edge(a.id, a.conclusion, "conclusion"))
    return out


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
        "questions": list(view.questions),  # their order: the first is the main question
    }


def _parse(text: str, problems: Problems) -> dict[str, Any]:
    data = parse_json(text, problems)
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise problems.fail(1, "schema", "import.json.not-argmap")
    return data


def _draft(graph: dict[str, Any]) -> Draft:
    """The map's metadata (``graph``), without claims yet."""
    return Draft(
        title=as_str(graph.get("title")) or "Importierte Karte",
        language=as_str(graph.get("language")),
        description=as_str(graph.get("description")),
        sources=dicts_in(graph.get("sources")),
        topics=dicts_in(graph.get("topics")),
        expect=expect_of(graph.get("expect")),
    )


def _claim(node: dict[str, Any], cid: str) -> DraftClaim:
    return DraftClaim(
        id=cid, text=as_str(node.get("text")) or cid,
        stance=as_str(node.get("stance")) or "neutral", topic=as_str(node.get("topic")) or "",
        weight=weight_of(node.get("weight", 0.5)),
        source=as_str(node.get("source")), quote=as_str(node.get("quote")),
        author=as_str(node.get("author")), tags=strings_in(node.get("tags")),
        title=as_str(node.get("title")), answers=strings_in(node.get("answers")),
        note=as_str(node.get("note")),
    )


def _question(node: dict[str, Any], qid: str) -> DraftQuestion:
    return DraftQuestion(qid, as_str(node.get("text")) or qid, as_str(node.get("source")),
                         as_str(node.get("quote")))


def _argument(node: dict[str, Any], aid: str) -> DraftArgument:
    return DraftArgument(aid, strings_in(node.get("premises")),
                         as_str(node.get("conclusion")) or "", as_str(node.get("title")),
                         as_str(node.get("note")), as_str(node.get("author")))


def _read_nodes(nodes: list[Any], draft: Draft, problems: Problems) -> dict[str, tuple[str, str]]:
    """Add the claim nodes to ``draft``; returns the inference nodes (id → the relation a, b)."""
    inference: dict[str, tuple[str, str]] = {}
    for node in nodes:
        nid = node.get("id") if isinstance(node, dict) else None
        if not isinstance(nid, str):
            problems.add(0, "schema", "import.json.node-without-id")
            continue
        kind = node.get("type")
        if kind == "question":
            draft.questions.append(_question(node, nid))
            continue
        if kind == "argument":
            draft.arguments.append(_argument(node, nid))
            continue
        if kind != "inference":
            draft.claims.append(_claim(node, nid))
            continue
        a, b = as_str(node.get("source")), as_str(node.get("target"))
        if a and b:
            inference[nid] = (a, b)
    return inference


_STRUCTURE = ("premise", "conclusion", "answers")  # read from the nodes


def _relation(
    edge: dict[str, Any], inference: dict[str, tuple[str, str]], arguments: set[str],
    problems: Problems,
) -> DraftRelation | None:
    kind = edge.get("kind", edge.get("key"))
    u, v = as_str(edge.get("source")), as_str(edge.get("target"))
    if u is None or v is None or kind in _STRUCTURE:
        return None
    note = as_str(edge.get("note"))
    if kind == "undercuts" and v in inference:
        return DraftRelation("undercuts", u, inference[v], note)
    if kind == "undercuts" and v in arguments:
        return DraftRelation("undercuts", u, v, note)
    if kind in CLAIM_KINDS:
        return DraftRelation(str(kind), u, v, note)
    problems.add(0, "unsupported-construct", "import.json.edge-kind", u=u, v=v, kind=kind)
    return None


@importer("json")
def import_json(text: str, filename: str, lang: str = "de") -> ImportResult:
    """Claim files from argmap's own JSON export (problems in ``lang``)."""
    problems = Problems(filename, lang)
    data = _parse(text, problems)
    draft = _draft(as_dict(data.get("graph")))
    inference = _read_nodes(data["nodes"], draft, problems)
    order = {q: i for i, q in enumerate(strings_in(as_dict(data.get("graph")).get("questions")))}
    draft.questions.sort(key=lambda q: order.get(q.id, len(order)))
    edges = data.get("edges", data.get("links", []))
    arguments = {a.id for a in draft.arguments}
    for edge in dicts_in(edges):
        rel = _relation(edge, inference, arguments, problems)
        if rel is not None:
            draft.relations.append(rel)
    return ImportResult(render_files(draft, problems, filename), sorted(problems.items))
