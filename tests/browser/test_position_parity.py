"""The page's "Meine Position" and ``argmap check --position`` use the same definitions.

Random positions on the fixture map (it has attacks, contradictions, supports and an undercut)
are evaluated both by the page's JavaScript and by the Python checks; conflicts, incoherence
and undefended claims must agree exactly.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from argmap.analysis import Options
from argmap.pipeline import build, check

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).resolve().parents[1] / "render" / "fixtures" / "small"


def python_verdict(tmp_path: Path, accept: list[str], reject: list[str]):
    pos = tmp_path / "pos.yaml"
    pos.write_text(f"accept: [{', '.join(accept)}]\nreject: [{', '.join(reject)}]\n")
    findings = check(FIXTURE, Options(), position=pos).analysis.findings
    conflicts = {frozenset(f.claims) for f in findings if f.code == "position-conflict"}
    incoherent = any(f.code == "position-incoherent" for f in findings)
    undefended = {f.claims for f in findings if f.code == "position-undefended"}
    return conflicts, incoherent, undefended


def test_page_and_cli_agree_on_random_positions(open_map, tmp_path: Path) -> None:
    result = check(FIXTURE)
    mp = open_map(build(result))
    claims = sorted(n for n, t in result.graph.nodes(data="type") if t == "claim")
    rng = random.Random(7)
    for _ in range(60):
        marks = {c: rng.choice(["accept", "reject", "clear", "clear"]) for c in claims}
        accept = [c for c in claims if marks[c] == "accept"]
        reject = [c for c in claims if marks[c] == "reject"]
        js = mp.eval("""(marks) => {
            for (const [c, m] of Object.entries(marks)) window.argmap.setMark(c, m);
            return window.argmap.position.result;
        }""", marks)
        conflicts, incoherent, undefended = python_verdict(tmp_path, accept, reject)
        assert {frozenset((c["a"], c["b"])) for c in js["conflicts"]} == conflicts, marks
        assert (bool(js["incoherent"]) or js["mapIncoherent"]) == incoherent, marks
        assert {(u["a"], u["b"]) for u in js["undefended"]} == undefended, marks
    mp.assert_clean()
