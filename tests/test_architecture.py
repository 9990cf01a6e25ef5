"""The layering of the package (issue 9): checked on the code, not on a picture of it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "import_graph.py"


def _script():
    spec = importlib.util.spec_from_file_location("import_graph", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("import_graph", module)
    spec.loader.exec_module(module)
    return module


def test_layering_rules_hold() -> None:
    assert _script().violations() == []


def test_the_rules_can_fail() -> None:
    script = _script()
    g, edges = script.import_graph()
    assert any(e[:2] == ("argmap.cli", "argmap.pipeline") for e in edges)
    bad = [("argmap.analysis.explain", "argmap.analysis.context", "Context"),
           ("argmap.view", "argmap.cli", "app"),
           ("argmap.formats.dot", "argmap.pipeline", "Result"),
           ("argmap.formats.dot", "argmap.formats.html.payload", "_short")]
    h = g.copy()
    h.add_edges_from([(a, b) for a, b, _ in bad] + [("argmap.analysis.context",
                                                     "argmap.analysis.explain")])
    found = script.violations((h, edges + bad))
    assert any(f.startswith("import loop:") and "explain" in f for f in found)
    assert "argmap.view imports argmap.cli" in found
    assert "argmap.formats.dot imports argmap.pipeline (only the CLI may)" in found
    assert any("_short" in f for f in found)


def test_mermaid_names_every_component() -> None:
    text = _script().mermaid()
    for name in ("view", "formats", "pipeline", "cli", "semantics", "vocabulary", "i18n"):
        assert f'["{name}"]' in text
