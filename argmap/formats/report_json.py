"""The JSON report of a check run (CONTRACT §4): ``argmap check --format json``.

Additions to §4 (only additions): ``arguments`` (present when the map has arguments in standard
form) maps each argument to its grounded ``label``, ``status`` (applicable / defeated /
undercut / open), ``reason`` (``{"kind": premise|undercut|conclusion, "claim": …}`` or null),
DF-QuAD ``strength`` and an ``explanation`` in the report's language.

>>> import json
>>> report = json.loads(failure_json([], "", "de"))
>>> report["ok"], report["counts"]["claims"]
(False, 0)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..charsets import json_text
from ..errors import Diagnostic
from ..view import MapView
from .registry import reporter
from .report_text import verdict_line

__all__ = ["failure_json", "json_report", "load_failure_report", "report_json"]


def json_report(view: MapView, *, strict: bool = False) -> dict[str, Any]:
    """The JSON report of an analysed map, as data."""
    report: dict[str, Any] = {
        "ok": not view.failed(strict),
        "counts": {
            "claims": len(view.claims),
            "relations": view.n_relations,
            "errors": view.count("error"),
            "warnings": view.count("warning"),
            "infos": view.count("info"),
        },
        "diagnostics": [],
        "findings": [f.to_json(view.lang) for f in view.findings],
        "labels": view.labels(),
        "strength": {c.id: round(c.strength, 6) for c in view.claims.values()},
    }
    if view.arguments:
        report["arguments"] = _arguments(view)
    if view.extensions is not None:
        report["extensions"] = [list(e) for e in view.extensions]
        report["extensions_complete"] = view.extensions_complete
    if not view.strength_converged:
        report["strength_converged"] = False
        report["strength_unconverged"] = [list(c) for c in view.strength_unconverged]
    if view.position is not None:
        report["position"] = view.position.to_json()
    if view.contribution is not None:
        report["contribution"] = _contribution(view)
    return report


def _arguments(view: MapView) -> dict[str, Any]:
    """Per argument: label (``in`` = applicable), status, reason, strength, explanation."""
    return {a.id: {"label": a.label, "status": a.status,
                   "reason": None if a.reason is None else {"kind": a.reason[0],
                                                            "claim": a.reason[1]},
                   "strength": round(a.strength, 6), "explanation": a.message(view.lang)}
            for a in view.arguments.values()}


def _contribution(view: MapView) -> dict[str, Any]:
    part = view.contribution
    assert part is not None
    lang = view.lang
    return {
        "who": part.who, "files": list(part.files), "claims": list(part.claims),
        "arguments": list(part.arguments),
        "explanations": {c: (ex.message(lang) if (ex := view.claims[c].explanation) else None)
                         for c in part.claims},
        "changes": [{"claim": v.claim, "before": v.before, "after": v.after, "cause": v.cause,
                     "cause_kind": v.cause_kind or None, "path": list(v.path),
                     "reason": verdict_line(v, lang)} for v in part.changes],
        "findings": [view.findings[i].to_json(lang) for i in part.findings],
    }


def load_failure_report(diagnostics: Sequence[Diagnostic]) -> dict[str, Any]:
    """The JSON report when the map could not be loaded (exit code 2), as data."""
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


def _dump(data: dict[str, Any]) -> str:
    return json_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def failure_json(diagnostics: Sequence[Diagnostic], summary: str, lang: str) -> str:
    """The JSON report of a map that could not be loaded."""
    return _dump(load_failure_report(diagnostics))


@reporter("json", failure_json)
def report_json(view: MapView, *, strict: bool = False, limit: int | None = None) -> str:
    """The JSON report of an analysed map (``limit`` does not apply: JSON lists everything)."""
    return _dump(json_report(view, strict=strict))
