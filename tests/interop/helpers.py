"""Helpers of the interop tests: analysed results even while ``argmap.semantics`` is missing."""

from __future__ import annotations

import warnings
from pathlib import Path

import networkx as nx

from argmap.analysis import Analysis, Options
from argmap.errors import LoadError
from argmap.graph import attack_pairs, build_graph, claim_nodes, undercut_triples
from argmap.interop import EXPORTERS, IMPORTERS
from argmap.load import load_map
from argmap.pipeline import Result, check

__all__ = [
    "FIXTURES",
    "analysed",
    "export",
    "import_into",
    "reference_labels",
    "summary",
    "write_files",
]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interop"


def reference_labels(g: nx.MultiDiGraph) -> dict[str, str]:
    """Grounded labels (CONTRACT §2, supports ignored), undercuts flattened.

    An attack a → b undercut by u becomes a → not-a-b? no: a → N(ab) → R(ab) → b, where the
    attack node R(ab) is also attacked by every undercutter (Modgil's flattening).
    """
    claims = list(claim_nodes(g))
    af = nx.DiGraph()
    af.add_nodes_from(claims)
    undercut: dict[tuple[str, str], list[str]] = {}
    for u, a, b in undercut_triples(g):
        undercut.setdefault((a, b), []).append(u)
    for a, b in attack_pairs(g):
        if (a, b) not in undercut:
            af.add_edge(a, b)
            continue
        r, na = ("R", a, b), ("N", a, b)
        af.add_edges_from([(a, na), (na, r), (r, b)] + [(u, r) for u in undercut[(a, b)]])
    label: dict[object, str] = {}
    changed = True
    while changed:
        changed = False
        for n in af.nodes:
            if n in label:
                continue
            attackers = list(af.predecessors(n))
            if all(label.get(x) == "out" for x in attackers):
                label[n] = "in"
                changed = True
            elif any(label.get(x) == "in" for x in attackers):
                label[n] = "out"
                changed = True
    return {c: label.get(c, "undec") for c in claims}


def analysed(directory: Path) -> Result:
    """``pipeline.check``; while the analysis is incomplete, a hand-made analysis.

    Other parts of argmap (semantics, checks) are written at the same time as the formats:
    when ``check`` fails for any reason but a load error, the formats are still tested, on
    the labels of :func:`reference_labels`, and a warning says so.
    """
    try:
        return check(directory)
    except LoadError:
        raise
    except Exception as exc:
        warnings.warn(f"pipeline.check failed ({exc!r}); using reference labels",
                      stacklevel=2)
        amap = load_map(directory)
        g = build_graph(amap)
        return Result(amap, g, Analysis(g, Options(), [], reference_labels(g)),
                      amap.meta.language)


def write_files(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def export(result: Result, fmt: str) -> str:
    return EXPORTERS[fmt].func(result)


def import_into(root: Path, fmt: str, text: str, filename: str = "input") -> tuple[Result, list]:
    """Import ``text``, write the claim files to ``root`` and load them (must not fail)."""
    imported = IMPORTERS[fmt].func(text, filename)
    write_files(root, imported.files)
    return analysed(root), imported.problems


def summary(result: Result) -> dict[str, object]:
    """Everything a lossless round trip keeps: claims, relations (with notes), labels, meta."""
    g = result.graph
    claims = {
        n: (d["text"], d["stance"], d["topic"], d["weight"], d["source"], d["quote"],
            d["author"], tuple(d["tags"]))
        for n, d in g.nodes(data=True) if d.get("type") == "claim"
    }
    relations = set()
    for u, v, k, d in g.edges(keys=True, data=True):
        if k == "undercuts":
            target: object = (g.nodes[v]["source"], g.nodes[v]["target"])
        elif k == "contradicts":
            target = frozenset((u, v))
        else:
            target = v
        relations.add((k, u if k != "contradicts" else None, target, d.get("note")))
    meta = result.amap.meta
    return {
        "claims": claims,
        "relations": relations,
        "labels": dict(result.analysis.labels),
        "title": meta.title,
        "language": meta.language,
        "description": meta.description,
        "sources": [s.model_dump() for s in meta.sources],
        "topics": {t.id: (t.label, t.color) for t in meta.topics if t.id in
                   {c[2] for c in claims.values()}},
        "expect": meta.expect.model_dump() if meta.expect else None,
    }
