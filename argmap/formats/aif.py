"""AIF (Argument Interchange Format) in the JSON form of AIFdb/OVA, both ways.

Export: every claim is an I-node; ``a supports b`` is ``I(a) → RA → I(b)`` (text and scheme
"Default Inference"); ``a attacks b`` is ``I(a) → CA → I(b)`` ("Default Conflict"); a
contradiction is a *pair* of CA-nodes, one per direction (AIF conflicts are directed); the
second carries ``"mirror": true``. An undercut ``u → (a → b)`` is ``I(u) → CA → S`` where S is
the RA- or CA-node of the relation a → b (for a contradiction: the CA of that direction). Node
ids are ``"1"``, ``"2"`` … in a fixed order; edges have ``edgeID``, ``fromID``, ``toID``.

Everything AIF has no place for sits under the namespaced key ``"argmap"``: on the document
(title, language, description, sources, topics, expect), on I-nodes (id, stance, topic,
weight, source, quote, author, tags, and the grounded label for information) and on S-nodes
(kind, note), so that export → import is lossless.

Import also reads plain AIFdb/OVA files: I-nodes become claims (stance neutral, one topic),
RA-nodes supports from each premise to the conclusion (a linked argument becomes several
supports), CA-nodes attacks, and a CA-node whose conclusion is an RA/CA-node an undercut of
that relation. Dialogue nodes of AIF+ (L, YA, TA), rephrases (MA) and preferences (PA) are
skipped with a note.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from typing import Any

from ..errors import LoadError
from ..view import MapView
from ..write import GENERATOR_MARK
from . import ImportResult, exporter, importer
from ._common import (
    Draft,
    DraftClaim,
    DraftRelation,
    IdMaker,
    Problems,
    dicts_in,
    draft_from_view,
    expect_of,
    render_files,
)

__all__ = ["export_aif", "import_aif"]

NS = "argmap"
FORMAT = "argmap-aif"
_SCHEME = {"RA": "Default Inference", "CA": "Default Conflict"}
_SKIPPED = {
    "L": "Sprechakt (L)", "YA": "illokutionäre Verbindung (YA)", "TA": "Übergang (TA)",
    "MA": "Umformulierung (MA)", "PA": "Präferenz (PA)",
}


@exporter("aif", ".json")
def export_aif(view: MapView) -> str:
    """The map as AIF JSON (see module docs)."""
    draft = draft_from_view(view)
    labels = view.labels()
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []

    def node(kind: str, text: str, extra: dict[str, Any]) -> str:
        nid = str(len(nodes) + 1)
        item: dict[str, Any] = {"nodeID": nid, "text": text, "type": kind}
        if kind in _SCHEME:
            item["scheme"] = _SCHEME[kind]
        item[NS] = extra
        nodes.append(item)
        return nid

    def edge(a: str, b: str) -> None:
        edges.append({"edgeID": str(len(edges) + 1), "fromID": a, "toID": b,
                      "formEdgeID": None})

    inode: dict[str, str] = {}
    for c in draft.claims:
        extra = {"id": c.id, "stance": c.stance, "topic": c.topic, "weight": c.weight,
                 "source": c.source, "quote": c.quote, "author": c.author, "tags": c.tags,
                 "label": labels.get(c.id)}
        inode[c.id] = node("I", c.text, extra)
    snodes: dict[tuple[str, str], list[str]] = {}
    undercuts = []
    for rel in draft.relations:
        if rel.kind == "undercuts":
            undercuts.append(rel)
            continue
        a, b = rel.source, str(rel.target)
        kind = "RA" if rel.kind == "supports" else "CA"
        s = node(kind, _SCHEME[kind], {"kind": rel.kind, "note": rel.note})
        edge(inode[a], s)
        edge(s, inode[b])
        snodes.setdefault((a, b), []).append(s)
        if rel.kind == "contradicts":
            m = node("CA", _SCHEME["CA"], {"kind": "contradicts", "mirror": True})
            edge(inode[b], m)
            edge(m, inode[a])
            snodes.setdefault((b, a), []).append(m)
    for rel in undercuts:
        for target in snodes.get(rel.target, []):  # type: ignore[arg-type]
            s = node("CA", _SCHEME["CA"], {"kind": "undercuts", "note": rel.note})
            edge(inode[rel.source], s)
            edge(s, target)
    doc = {
        NS: {  # first, so that the generator mark is near the top of the file
            "format": FORMAT, "version": 1, "generator": GENERATOR_MARK,
            "title": draft.title, "language": draft.language,
            "description": draft.description, "sources": draft.sources,
            "topics": draft.topics, "expect": draft.expect,
        },
        "nodes": nodes,
        "edges": edges,
        "locutions": [],
        "participants": [],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --- import -------------------------------------------------------------------------------


def _lines(text: str, key: str) -> dict[str, int]:
    """Line of the first ``"key": id`` of every id (one pass; for problem messages)."""
    found: dict[str, int] = {}
    line, pos = 1, 0
    for m in re.finditer(rf'"{key}"\s*:\s*"?([^",}}\s]+)"?', text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        found.setdefault(m.group(1), line)
    return found


def _ns(item: dict[str, Any]) -> dict[str, Any]:
    extra = item.get(NS)
    return extra if isinstance(extra, dict) else {}


def _load(text: str, filename: str) -> tuple[list[dict], list[dict], dict[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(f"{filename}:{exc.lineno}: kein gültiges JSON: {exc.msg}") from None
    if isinstance(data, dict) and isinstance(data.get("AIF"), dict):  # OVA wraps AIF
        data = {**data["AIF"], NS: data.get(NS)}
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise LoadError(f"{filename}: keine AIF-Datei (es fehlt die Liste 'nodes').")
    nodes = [n for n in data["nodes"] if isinstance(n, dict) and "nodeID" in n]
    edges = dicts_in(data.get("edges"))
    return nodes, edges, _ns(data)


@importer("aif")
def import_aif(text: str, filename: str) -> ImportResult:
    """Claim files from an AIF JSON file (argmap's own or plain AIFdb/OVA)."""
    nodes, edges, meta = _load(text, filename)
    problems = Problems(filename)
    stem = os.path.splitext(os.path.basename(filename))[0] or "AIF"
    plain_topic = {"id": "aif", "label": f"Importiert aus {os.path.basename(filename)}"}
    draft = Draft(
        title=meta.get("title") if isinstance(meta.get("title"), str) else stem,
        language=meta.get("language") if meta.get("language") in ("de", "en") else "de",
        description=meta.get("description") if isinstance(meta.get("description"), str)
        else None,
        sources=dicts_in(meta.get("sources")),
        topics=dicts_in(meta.get("topics")),
        expect=expect_of(meta.get("expect")),
    )
    by_id = {str(n["nodeID"]): n for n in nodes}
    node_line = _lines(text, "nodeID")
    edge_line = _lines(text, "edgeID")
    incoming: dict[str, list[str]] = {}
    outgoing: dict[str, list[str]] = {}
    for e in edges:
        a, b = str(e.get("fromID")), str(e.get("toID"))
        if a not in by_id or b not in by_id:
            problems.add(edge_line.get(str(e.get("edgeID")), 0), "unknown-reference",
                         f"Kante {e.get('edgeID')!r} verweist auf einen unbekannten Knoten.")
            continue
        outgoing.setdefault(a, []).append(b)
        incoming.setdefault(b, []).append(a)
    # I-nodes: own ids first, so that generated ids never take one of them
    ids = IdMaker()
    claim_of: dict[str, str] = {}
    inodes = [n for n in nodes if n.get("type") == "I"]
    for n in sorted(inodes, key=lambda n: not _ns(n).get("id")):
        extra = _ns(n)
        wish = extra.get("id") if isinstance(extra.get("id"), str) else None
        text_ = n.get("text") if isinstance(n.get("text"), str) else ""
        claim_of[str(n["nodeID"])] = ids.make(wish or text_ or f"i-{n['nodeID']}")
    uses_plain_topic = False
    for n in inodes:
        nid = str(n["nodeID"])
        extra = _ns(n)
        text_ = n.get("text") if isinstance(n.get("text"), str) else ""
        if not text_.strip():
            problems.add(node_line.get(nid, 0), "schema",
                         f"I-Knoten {nid} hat keinen Text; seine Kennung wird verwendet.")
        topic = extra.get("topic") if isinstance(extra.get("topic"), str) else ""
        if not topic:
            topic, uses_plain_topic = plain_topic["id"], True
        tags = extra.get("tags") if isinstance(extra.get("tags"), list) else []
        weight = extra.get("weight", 0.5)
        draft.claims.append(DraftClaim(
            id=claim_of[nid], text=text_.strip() or claim_of[nid],
            stance=extra.get("stance") if isinstance(extra.get("stance"), str) else "neutral",
            topic=topic, weight=weight if isinstance(weight, (int, float)) else 0.5,
            source=extra.get("source") if isinstance(extra.get("source"), str) else None,
            quote=extra.get("quote") if isinstance(extra.get("quote"), str) else None,
            author=extra.get("author") if isinstance(extra.get("author"), str) else None,
            tags=[t for t in tags if isinstance(t, str)],
        ))
    if uses_plain_topic and all(t.get("id") != plain_topic["id"] for t in draft.topics):
        draft.topics.append(plain_topic)
    _relations(nodes, by_id, incoming, outgoing, claim_of, draft, problems, node_line)
    skipped = Counter(str(n.get("type")) for n in nodes if n.get("type") not in ("I", "RA", "CA"))
    for kind, count in sorted(skipped.items()):
        what = _SKIPPED.get(kind, f"unbekannter Art {kind!r}")
        first = next(str(n["nodeID"]) for n in nodes if str(n.get("type")) == kind)
        problems.add(node_line.get(first, 0), "unsupported-construct",
                     f"{count} Knoten {what} werden nicht übernommen (argmap bildet nur "
                     "Aussagen und ihre Beziehungen ab).")
    return ImportResult(render_files(draft, problems, filename), sorted(problems.items))


def _pairs(
    s: str, by_id: dict[str, dict], incoming: dict[str, list[str]],
    outgoing: dict[str, list[str]], claim_of: dict[str, str],
) -> list[tuple[str, str]]:
    """The (premise claim, conclusion claim) pairs of an S-node whose ends are I-nodes."""
    premises = [claim_of[p] for p in incoming.get(s, []) if p in claim_of]
    conclusions = [claim_of[c] for c in outgoing.get(s, []) if c in claim_of]
    return [(p, c) for p in premises for c in conclusions]


def _relations(
    nodes: list[dict], by_id: dict[str, dict], incoming: dict[str, list[str]],
    outgoing: dict[str, list[str]], claim_of: dict[str, str], draft: Draft,
    problems: Problems, node_line: dict[str, int],
) -> None:
    for n in nodes:
        kind = n.get("type")
        if kind not in ("RA", "CA"):
            continue
        nid = str(n["nodeID"])
        extra = _ns(n)
        note = extra.get("note") if isinstance(extra.get("note"), str) else None
        line = node_line.get(nid, 0)
        # incoming edges from CA-nodes are undercuts of this node, not premises
        premises = [p for p in incoming.get(nid, []) if p in claim_of]
        conclusions = outgoing.get(nid, [])
        if not premises or not conclusions:
            problems.add(line, "unsupported-construct",
                         f"{kind}-Knoten {nid} hat keine Aussage als Prämisse oder keine "
                         "Konklusion und wird übergangen.")
            continue
        target_s = [c for c in conclusions if by_id[c].get("type") in ("RA", "CA")]
        if target_s:
            if kind == "RA":
                problems.add(line, "unsupported-construct",
                             f"RA-Knoten {nid} stützt eine Schlussregel; argmap kennt nur "
                             "Unterminierungen (CA) von Beziehungen.")
                continue
            for s in target_s:
                pairs = _pairs(s, by_id, incoming, outgoing, claim_of)
                if not pairs:
                    problems.add(line, "unsupported-construct",
                                 f"CA-Knoten {nid} unterminiert einen Knoten ohne Aussagen an "
                                 "beiden Enden; übergangen.")
                for p in premises:
                    for pair in pairs:
                        draft.relations.append(DraftRelation("undercuts", claim_of[p], pair, note))
            continue
        if extra.get("mirror"):
            continue
        rel = "supports" if kind == "RA" else (
            "contradicts" if extra.get("kind") == "contradicts" else "attacks")
        pairs = _pairs(nid, by_id, incoming, outgoing, claim_of)
        if kind == "RA" and len({p for p, _ in pairs}) > 1:
            problems.add(line, "unsupported-construct",
                         f"RA-Knoten {nid} verknüpft mehrere Prämissen; argmap übernimmt jede "
                         "als eigene Stützung.")
        for a, b in pairs:
            draft.relations.append(DraftRelation(rel, a, b, note))
