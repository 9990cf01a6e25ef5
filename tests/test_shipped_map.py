"""The shipped map: it loads, checks clean against its sources, and output/map.html is current."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.pipeline import build, check

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims"
SEEDS = ROOT.parent / "shared" / "seeds"
runner = CliRunner()


@pytest.fixture(scope="module")
def result():
    # built as `make map` builds it: from the project root, with the relative path "claims"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return check("claims")
    finally:
        os.chdir(cwd)


def test_shipped_map_has_no_errors(result) -> None:
    errors = [f.message("de") for f in result.analysis.findings if f.severity == "error"]
    assert errors == []


def test_shipped_map_is_substantial(result) -> None:
    g = result.graph
    claims = [n for n, t in g.nodes(data="type") if t == "claim"]
    assert len(claims) >= 50
    per_doc: dict[str, int] = {}
    for c in claims:
        doc = g.nodes[c]["source"]
        if doc is not None:  # a reconstruction drawing on both articles cites neither
            per_doc[doc] = per_doc.get(doc, 0) + 1
    assert all(n >= 12 for n in per_doc.values()) and len(per_doc) >= 2
    kinds = {k for _, _, k in g.edges(keys=True)}
    assert {"supports", "attacks", "contradicts", "undercuts"} <= kinds
    assert {"answers", "premise", "conclusion"} <= kinds  # questions and arguments (§6)


def test_every_quote_is_in_its_source() -> None:
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have the source texts at {SEEDS}")
        pytest.skip(f"source texts not found at {SEEDS}")
    res = runner.invoke(app, ["check", str(CLAIMS), "--sources", str(SEEDS), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert "quote-not-found" not in res.stdout and "unknown-source-text" not in res.stdout


def test_committed_map_html_is_current(result) -> None:
    committed = ROOT / "output" / "map.html"
    assert committed.is_file(), "output/map.html is missing: run `make map` and commit it"
    assert committed.read_text(encoding="utf-8") == build(result), (
        "output/map.html is not what the current claims build: run `make map` and commit it"
    )
