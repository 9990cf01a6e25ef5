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

import dataclasses
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..charsets import json_text
from ..i18n import t
from ..view import MapView
from ..write import GENERATOR_MARK
from . import ImportResult, exporter, importer
from ._common import (
    Draft,
    DraftArgument,
    DraftClaim,
    DraftQuestion,
    DraftRelation,
    IdMaker,
    Problems,
    as_str,
    check_items,
    dicts_in,
    draft_from_view,
    expect_of,
    parse_json,
    render_files,
    strings_in,
    weight_of,
)

__all__ = ["export_aif", "import_aif"]

NS = "argmap"
FORMAT = "argmap-aif"
_SCHEME = {"RA": "Default Inference", "CA": "Default Conflict"}
_SKIPPED = ("L", "YA", "TA", "MA", "PA")  # AIF+ dialogue, rephrase, preference


@dataclass
class _Writer:
    """The nodes and edges of the document being written; ids count up from ``"1"``."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    inode: dict[str, str] = field(default_factory=dict)  # claim id → I-node id
    snodes: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (a, b) → S-nodes
    arguments: dict[str, str] = field(default_factory=dict)  # argument id → RA-node

    def node(self, kind: str, text: str, extra: dict[str, Any]) -> str:
        nid = str(len(self.nodes) + 1)
        item: dict[str, Any] = {"nodeID": nid, "text": text, "type": kind}
        if kind in _SCHEME:
            item["scheme"] = _SCHEME[kind]
        item[NS] = extra
        self.nodes.append(item)
        return nid

    def edge(self, a: str, b: str) -> None:
        self.edges.append({"edgeID": str(len(self.edges) + 1), "fromID": a, "toID": b,
                           "formEdgeID": None})

    def claim(self, c: DraftClaim, label: str | None) -> None:
        extra = {"id": c.id, "stance": c.stance, "topic": c.topic, "weight": c.weight,
                 "source": c.source, "quote": c.quote, "author": c.author, "tags": c.tags,
                 "title": c.title, "answers": c.answers, "note": c.note, "label": label}
        self.inode[c.id] = self.node("I", c.text, extra)

    def s_node(self, kind: str, a: str, b: str, extra: dict[str, Any]) -> None:
        """``I(a) → S → I(b)``, remembered as a node of the relation a → b."""
        s = self.node(kind, _SCHEME[kind], extra)
        self.edge(self.inode[a], s)
        self.edge(s, self.inode[b])
        self.snodes.setdefault((a, b), []).append(s)

    def relation(self, rel: DraftRelation) -> None:
        a, b = rel.source, str(rel.target)
        kind = "RA" if rel.kind == "supports" else "CA"
        self.s_node(kind, a, b, {"kind": rel.kind, "note": rel.note})
        if rel.kind == "contradicts":  # AIF conflicts are directed: a mirror for b → a
            self.s_node("CA", b, a, {"kind": "contradicts", "mirror": True})

    def argument(self, a: DraftArgument) -> None:
        """One RA-node per argument: every premise → RA → the conclusion (a linked support)."""
        s = self.node("RA", _SCHEME["RA"], {"kind": "argument", "id": a.id, "title": a.title,
                                             "note": a.note, "author": a.author})
        for p in dict.fromkeys(a.premises):
            self.edge(self.inode[p], s)
        self.edge(s, self.inode[a.conclusion])
        self.arguments[a.id] = s

    def undercut(self, rel: DraftRelation) -> None:
        if isinstance(rel.target, str):  # of an argument: a CA-node against its RA-node
            targets = [self.arguments[rel.target]] if rel.target in self.arguments else []
        else:
            targets = self.snodes.get(rel.target, [])
        for target in targets:
            s = self.node("CA", _SCHEME["CA"], {"kind": "undercuts", "note": rel.note})
            self.edge(self.inode[rel.source], s)
            self.edge(s, target)


@exporter("aif", ".json")
def export_aif(view: MapView) -> str:
    """The map as AIF JSON (see module docs)."""
    draft = draft_from_view(view)
    labels = view.labels()
    out = _Writer()
    for c in draft.claims:
        out.claim(c, labels.get(c.id))
    for rel in draft.relations:  # undercuts after every relation they may name
        if rel.kind != "undercuts":
            out.relation(rel)
    for a in draft.arguments:
        out.argument(a)
    for rel in draft.relations:
        if rel.kind == "undercuts":
            out.undercut(rel)
    doc = {
        NS: {  # first, so that the generator mark is near the top of the file
            "format": FORMAT, "version": 1, "generator": GENERATOR_MARK,
            "title": draft.title, "language": draft.language,
            "description": draft.description, "sources": draft.sources,
            "topics": draft.topics, "expect": draft.expect,
            "questions": [dataclasses.asdict(q) for q in draft.questions],
        },
        "nodes": out.nodes,
        "edges": out.edges,
        "locutions": [],
        "participants": [],
    }
    return json_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


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


def _str_or(value: object, default: str) -> str:
    return value if isinstance(value, str) else default


def _load(
    text: str, problems: Problems
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    data = parse_json(text, problems)
    if isinstance(data, dict) and isinstance(data.get("AIF"), dict):  # OVA wraps AIF
        data = {**data["AIF"], NS: data.get(NS)}
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise problems.fail(1, "schema", "import.aif.not-aif")
    nodes = [n for n in data["nodes"] if isinstance(n, dict) and "nodeID" in n]
    edges = dicts_in(data.get("edges"))
    check_items(len(nodes) + len(edges), "nodes", problems, factor=3)
    return nodes, edges, _ns(data)


def _draft(meta: dict[str, Any], filename: str) -> Draft:
    """The map's metadata (argmap's own block, when there is one), without claims yet."""
    stem = os.path.splitext(os.path.basename(filename))[0] or "AIF"
    return Draft(
        title=_str_or(meta.get("title"), stem),
        language=meta.get("language") if meta.get("language") in ("de", "en") else None,
        description=as_str(meta.get("description")),
        sources=dicts_in(meta.get("sources")),
        topics=dicts_in(meta.get("topics")),
        expect=expect_of(meta.get("expect")),
        questions=[_question(q) for q in dicts_in(meta.get("questions"))
                   if isinstance(q.get("id"), str)],
    )


def _question(q: dict[str, Any]) -> DraftQuestion:
    qid = str(q["id"])
    return DraftQuestion(qid, _str_or(q.get("text"), qid), as_str(q.get("source")),
                         as_str(q.get("quote")))


@dataclass
class _Reader:
    """An AIF graph being read into a draft: nodes by id, edges both ways, the claim id of
    every I-node; ``node_line`` locates nodes for the problem messages."""

    nodes: list[dict[str, Any]]
    draft: Draft
    problems: Problems
    node_line: dict[str, int]
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    incoming: dict[str, list[str]] = field(default_factory=dict)
    outgoing: dict[str, list[str]] = field(default_factory=dict)
    claim_of: dict[str, str] = field(default_factory=dict)
    argument_of: dict[str, str] = field(default_factory=dict)  # RA-node → argument id
    ids: IdMaker = field(default_factory=IdMaker)

    def __post_init__(self) -> None:
        self.by_id = {str(n["nodeID"]): n for n in self.nodes}

    def link(self, edges: list[dict[str, Any]], edge_line: dict[str, int]) -> None:
        for e in edges:
            a, b = str(e.get("fromID")), str(e.get("toID"))
            if a not in self.by_id or b not in self.by_id:
                self.problems.add(edge_line.get(str(e.get("edgeID")), 0), "unknown-reference",
                                  "import.aif.edge-unknown", edge=e.get("edgeID"))
                continue
            self.outgoing.setdefault(a, []).append(b)
            self.incoming.setdefault(b, []).append(a)

    # -- I-nodes ---------------------------------------------------------------------------

    def claims(self, plain_topic: dict[str, str]) -> None:
        """One claim per I-node; those without a topic of their own go to ``plain_topic``."""
        inodes = [n for n in self.nodes if n.get("type") == "I"]
        # own ids first (of claims and arguments), so that generated ids never take one
        own = [n for n in self.nodes if as_str(_ns(n).get("id"))
               and (n.get("type") == "I" or _ns(n).get("kind") == "argument")]
        wished = {str(n["nodeID"]): self.ids.make(str(_ns(n)["id"])) for n in own}
        for n in inodes:
            nid = str(n["nodeID"])
            text = _str_or(n.get("text"), "")
            self.claim_of[nid] = wished.get(nid) or self.ids.make(text or f"i-{nid}")
        self.argument_of = {k: v for k, v in wished.items() if k not in self.claim_of}
        for n in inodes:
            self.draft.claims.append(self._claim(n, plain_topic["id"]))
        if any(not as_str(_ns(n).get("topic")) for n in inodes) \
                and all(t.get("id") != plain_topic["id"] for t in self.draft.topics):
            self.draft.topics.append(plain_topic)

    def _claim(self, n: dict[str, Any], plain_topic: str) -> DraftClaim:
        nid = str(n["nodeID"])
        extra = _ns(n)
        text = _str_or(n.get("text"), "")
        if not text.strip():
            self.problems.add(self.node_line.get(nid, 0), "schema", "import.aif.no-text", node=nid)
        return DraftClaim(
            id=self.claim_of[nid], text=text.strip() or self.claim_of[nid],
            stance=_str_or(extra.get("stance"), "neutral"),
            topic=as_str(extra.get("topic")) or plain_topic,
            weight=weight_of(extra.get("weight", 0.5)),
            source=as_str(extra.get("source")), quote=as_str(extra.get("quote")),
            author=as_str(extra.get("author")), tags=strings_in(extra.get("tags")),
            title=as_str(extra.get("title")), answers=strings_in(extra.get("answers")),
            note=as_str(extra.get("note")), line=self.node_line.get(nid, 0),
        )

    # -- S-nodes ---------------------------------------------------------------------------

    def relations(self) -> None:
        self._arguments()
        for n in self.nodes:
            if n.get("type") in ("RA", "CA"):
                self._s_node(n)

    def _arguments(self) -> None:
        """An RA-node between claims with several premises (or marked as an argument by argmap)
        is one argument: the premises together support the conclusion."""
        for n in self.nodes:
            nid = str(n["nodeID"])
            if n.get("type") != "RA" or _ns(n).get("mirror"):
                continue
            premises = list(dict.fromkeys(self.claim_of[p] for p in self.incoming.get(nid, [])
                                          if p in self.claim_of))
            ends = [self.claim_of[c] for c in self.outgoing.get(nid, []) if c in self.claim_of]
            marked = _ns(n).get("kind") == "argument"
            if len(ends) != 1 or not premises or (len(premises) < 2 and not marked):
                self.argument_of.pop(nid, None)
                continue
            aid = self.argument_of.get(nid) or self.ids.make(f"argument-{nid}")
            self.argument_of[nid] = aid
            extra = _ns(n)
            self.draft.arguments.append(DraftArgument(
                aid, premises, ends[0], as_str(extra.get("title")), as_str(extra.get("note")),
                as_str(extra.get("author"))))

    def _pairs(self, s: str) -> list[tuple[str, str]]:
        """The (premise claim, conclusion claim) pairs of an S-node whose ends are I-nodes."""
        premises = [self.claim_of[p] for p in self.incoming.get(s, []) if p in self.claim_of]
        conclusions = [self.claim_of[c] for c in self.outgoing.get(s, []) if c in self.claim_of]
        return [(p, c) for p in premises for c in conclusions]

    def _s_node(self, n: dict[str, Any]) -> None:
        kind, nid = str(n.get("type")), str(n["nodeID"])
        # incoming edges from CA-nodes are undercuts of this node, not premises
        premises = [p for p in self.incoming.get(nid, []) if p in self.claim_of]
        conclusions = self.outgoing.get(nid, [])
        if not premises or not conclusions:
            self.problems.add(self.node_line.get(nid, 0), "unsupported-construct",
                              "import.aif.s-node-incomplete", kind=kind, node=nid)
            return
        target_s = [c for c in conclusions if self.by_id[c].get("type") in ("RA", "CA")]
        if target_s:
            self._undercuts(n, premises, target_s)
        elif not _ns(n).get("mirror") and nid not in self.argument_of:
            self._inference(n)  # (a mirror CA is the second half of a contradiction)

    def _undercuts(self, n: dict[str, Any], premises: list[str], target_s: list[str]) -> None:
        """A CA-node from claims to S-nodes: the claims undercut those S-nodes' relations."""
        nid, line = str(n["nodeID"]), self.node_line.get(str(n["nodeID"]), 0)
        if n.get("type") == "RA":
            self.problems.add(line, "unsupported-construct", "import.aif.ra-undercut", node=nid)
            return
        note = as_str(_ns(n).get("note"))
        for s in target_s:
            if s in self.argument_of:
                self.draft.relations.extend(DraftRelation("undercuts", self.claim_of[p],
                                                          self.argument_of[s], note)
                                            for p in premises)
                continue
            pairs = self._pairs(s)
            if not pairs:
                self.problems.add(line, "unsupported-construct", "import.aif.undercut-empty",
                                  node=nid)
            for p in premises:
                for pair in pairs:
                    self.draft.relations.append(
                        DraftRelation("undercuts", self.claim_of[p], pair, note))

    def _inference(self, n: dict[str, Any]) -> None:
        """An RA-node (supports) or CA-node (attacks or contradicts) between claims."""
        nid, extra = str(n["nodeID"]), _ns(n)
        kind = n.get("type")
        rel = "supports" if kind == "RA" else (
            "contradicts" if extra.get("kind") == "contradicts" else "attacks")
        pairs = self._pairs(nid)
        note = as_str(extra.get("note"))
        for a, b in pairs:
            self.draft.relations.append(DraftRelation(rel, a, b, note))

    # -- the rest --------------------------------------------------------------------------

    def skipped(self) -> None:
        """One note per kind of node that argmap does not carry over (L, YA, TA, MA, PA …)."""
        counts = Counter(str(n.get("type")) for n in self.nodes
                         if n.get("type") not in ("I", "RA", "CA"))
        for kind, count in sorted(counts.items()):
            what = t(f"import.aif.kind.{kind}", self.problems.lang) if kind in _SKIPPED \
                else t("import.aif.kind.unknown", self.problems.lang, kind=kind)
            first = next(str(n["nodeID"]) for n in self.nodes if str(n.get("type")) == kind)
            self.problems.add(self.node_line.get(first, 0), "unsupported-construct",
                              "import.aif.skipped", count=count, what=what)


@importer("aif")
def import_aif(text: str, filename: str, lang: str = "de") -> ImportResult:
    """Claim files from an AIF JSON file (argmap's own or plain AIFdb/OVA); problems in
    ``lang``."""
    problems = Problems(filename, lang)
    nodes, edges, meta = _load(text, problems)
    draft = _draft(meta, filename)
    reader = _Reader(nodes, draft, problems, _lines(text, "nodeID"))
    reader.link(edges, _lines(text, "edgeID"))
    reader.claims({"id": "aif", "label": t("import.aif.topic", problems.lang,
                                           name=os.path.basename(filename))})
    reader.relations()
    reader.skipped()
    return ImportResult(render_files(draft, problems, filename), sorted(problems.items))
