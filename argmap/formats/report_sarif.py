"""``sarif``: findings and load problems as SARIF 2.1.0, for code-review tools.

One run of the tool ``argmap``; one rule per finding or diagnostic code (its one-line meaning
from the catalogue); one result per finding, located at its file and line (:mod:`._places`),
with the claims and the path that explain it as properties. GitHub code scanning and other
SARIF viewers show them on the changed lines of a pull request.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..charsets import json_text
from ..errors import Diagnostic
from ..i18n import t
from ..view import MapView
from ._places import finding_place
from .registry import reporter

__all__ = ["report_sarif", "sarif_failure"]

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """A URI reference for a file as argmap names it (relative paths stay relative)."""
    p = PurePath(path)
    if p.is_absolute():
        return "file://" + quote(p.as_posix())
    return quote(p.as_posix())


def _location(file: str, line: int | None, col: int | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(file)}}
    if line:
        physical["region"] = {"startLine": line, **({"startColumn": col} if col else {})}
    return {"physicalLocation": physical}


def _rules(codes: Iterable[str], lang: str) -> list[dict[str, Any]]:
    return [{"id": code, "name": code,
             "shortDescription": {"text": t(f"rule.{code}", lang)}} for code in codes]


def _document(rules: list[dict[str, Any]], results: list[dict[str, Any]], ok: bool) -> str:
    doc = {
        "$schema": SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "argmap", "version": __version__,
                                "rules": rules}},
            "invocations": [{"executionSuccessful": ok}],
            "results": results,
        }],
    }
    return json_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def sarif_failure(diagnostics: Sequence[Diagnostic], summary: str, lang: str) -> str:
    """The load problems of a map that could not be loaded, as SARIF results."""
    codes = sorted({d.code for d in diagnostics})
    index = {c: i for i, c in enumerate(codes)}
    results = [{"ruleId": d.code, "ruleIndex": index[d.code], "level": "error",
                "message": {"text": d.message},
                "locations": [_location(d.file, d.line or None, d.col or None)]}
               for d in diagnostics]
    return _document(_rules(codes, lang), results, ok=False)


@reporter("sarif", sarif_failure)
def report_sarif(view: MapView, *, strict: bool = False, limit: int | None = None) -> str:
    """Every finding (of the contribution, when one is selected) as a SARIF result."""
    findings = (view.findings if view.contribution is None
                else [view.findings[i] for i in view.contribution.findings])
    codes = sorted({f.code for f in findings})
    index = {c: i for i, c in enumerate(codes)}
    results = []
    for f in findings:
        result: dict[str, Any] = {
            "ruleId": f.code, "ruleIndex": index[f.code],
            "level": "error" if strict and f.severity == "warning" else LEVEL[f.severity],
            "message": {"text": f.message(view.lang)},
            "properties": {"claims": list(f.claims), "path": list(f.path)},
        }
        place = finding_place(view, f)
        if place is not None:
            result["locations"] = [_location(*place)]
        results.append(result)
    return _document(_rules(codes, view.lang), results, ok=True)
