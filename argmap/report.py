"""Reports of a check run as plain data (CONTRACT §4); the CLI renders them.

>>> report = load_failure_report([], "de")
>>> report["ok"], report["counts"]["claims"]
(False, 0)
"""

from __future__ import annotations

from typing import Any

from .analysis import Analysis
from .errors import Diagnostic

__all__ = ["json_report", "load_failure_report"]


def json_report(analysis: Analysis, lang: str = "de", *, strict: bool = False) -> dict[str, Any]:
    """The JSON report of an analysed map."""
    g = analysis.graph
    claims = [n for n, typ in g.nodes(data="type") if typ == "claim"]
    report: dict[str, Any] = {
        "ok": not analysis.failed(strict),
        "counts": {
            "claims": len(claims),
            "relations": analysis.n_relations,
            "errors": analysis.count("error"),
            "warnings": analysis.count("warning"),
            "infos": analysis.count("info"),
        },
        "diagnostics": [],
        "findings": [f.to_json(lang) for f in analysis.findings],
        "labels": dict(analysis.labels),
        "strength": {c: round(v, 6) for c, v in analysis.strength.items()},
    }
    if analysis.extensions is not None:
        report["extensions"] = analysis.extensions
        report["extensions_complete"] = analysis.extensions_complete
    if not analysis.strength_converged:
        report["strength_converged"] = False
        report["strength_unconverged"] = analysis.extra.get("strength_unconverged", [])
    if "position" in analysis.extra:
        report["position"] = analysis.extra["position"]
    return report


def load_failure_report(diagnostics: list[Diagnostic], lang: str = "de") -> dict[str, Any]:
    """The JSON report when the map could not be loaded (exit code 2)."""
    return {
        "ok": False,
        "counts": {
            "claims": 0, "relations": 0, "errors": len(diagnostics), "warnings": 0, "infos": 0,
        },
        "diagnostics": [d.to_json() for d in diagnostics],
        "findings": [],
        "labels": {},
        "strength": {},
    }
