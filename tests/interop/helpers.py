"""Helpers of the interop tests."""

from __future__ import annotations

from pathlib import Path

from argmap.formats import EXPORTERS, IMPORTERS
from argmap.pipeline import Result, check

__all__ = [
    "FIXTURES",
    "analysed",
    "export",
    "import_into",
    "summary",
    "write_files",
]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interop"


def analysed(directory: Path) -> Result:
    """The loaded and analysed map of ``directory`` (``pipeline.check``)."""
    return check(directory)


def write_files(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def export(result: Result, fmt: str) -> str:
    return EXPORTERS[fmt].func(result.view)


def import_into(root: Path, fmt: str, text: str, filename: str = "input") -> tuple[Result, list]:
    """Import ``text``, write the claim files to ``root`` and load them (must not fail)."""
    imported = IMPORTERS[fmt].func(text, filename)
    write_files(root, imported.files)
    return analysed(root), imported.problems


def summary(result: Result) -> dict[str, object]:
    """Everything a lossless round trip keeps: claims (with titles, answers, notes), questions,
    arguments, relations (with notes; undercuts of relations and of arguments), labels, meta."""
    g = result.graph
    claims = {
        n: (d["text"], d["stance"], d["topic"], d["weight"], d["source"], d["quote"],
            d["author"], tuple(d["tags"]), d.get("title"), tuple(d.get("answers") or ()),
            d.get("note"))
        for n, d in g.nodes(data=True) if d.get("type") == "claim"
    }
    questions = {n: (d["text"], d.get("source"), d.get("quote"))
                 for n, d in g.nodes(data=True) if d.get("type") == "question"}
    arguments = {n: (d.get("title"), tuple(d["premises"]), d["conclusion"], d.get("note"),
                     d.get("author"))
                 for n, d in g.nodes(data=True) if d.get("type") == "argument"}
    relations = set()
    for u, v, k, d in g.edges(keys=True, data=True):
        if k in ("premise", "conclusion", "answers"):
            continue  # parts of arguments and questions, compared above
        if k == "undercuts" and g.nodes[v].get("type") == "argument":
            target: object = ("argument", v)
        elif k == "undercuts":
            target = (g.nodes[v]["source"], g.nodes[v]["target"])
        elif k == "contradicts":
            target = frozenset((u, v))
        else:
            target = v
        relations.add((k, u if k != "contradicts" else None, target, d.get("note")))
    meta = result.amap.meta
    return {
        "claims": claims,
        "questions": questions,
        "question_order": list(questions),
        "arguments": arguments,
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
