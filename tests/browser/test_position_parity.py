"""The page's "Meine Position" and ``argmap check --position`` use the same definitions.

Random positions on the fixture map (it has attacks, contradictions, supports and an undercut)
are evaluated both by the page's JavaScript and by the Python checks; conflicts, incoherence
and undefended claims must agree exactly. On maps with arguments in standard form (the debate
fixture, the shipped map) the same holds, and an argument whose premises are all accepted and
whose conclusion is rejected is reported alike (``position-rejects-conclusion``).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from argmap.analysis import Options
from argmap.pipeline import build, check

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).resolve().parents[1] / "render" / "fixtures" / "small"
DEBATE = FIXTURE.parent / "debate"
SHIPPED = Path(__file__).resolve().parents[2] / "claims"


def python_verdict(tmp_path: Path, accept: list[str], reject: list[str], where: Path = FIXTURE):
    pos = tmp_path / "pos.yaml"
    pos.write_text(f"accept: [{', '.join(accept)}]\nreject: [{', '.join(reject)}]\n")
    findings = check(where, Options(), position=pos).analysis.findings
    conflicts = {frozenset(f.claims) for f in findings if f.code == "position-conflict"}
    incoherent = any(f.code == "position-incoherent" for f in findings)
    undefended = {f.claims for f in findings if f.code == "position-undefended"}
    rejects = {f.path[-2] for f in findings if f.code == "position-rejects-conclusion"}
    return conflicts, incoherent, undefended, rejects


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
        conflicts, incoherent, undefended, _ = python_verdict(tmp_path, accept, reject)
        assert {frozenset((c["a"], c["b"])) for c in js["conflicts"]} == conflicts, marks
        assert (bool(js["incoherent"]) or js["mapIncoherent"]) == incoherent, marks
        assert {(u["a"], u["b"]) for u in js["undefended"]} == undefended, marks
    mp.assert_clean()


def _argument_positions(rng: random.Random, claims: list[str], arguments: list) -> dict:
    """A random position that, half of the time, accepts every premise of one argument and
    marks its conclusion at random (so that rejected conclusions really occur)."""
    marks = {c: rng.choice(["accept", "reject", "clear", "clear", "clear"]) for c in claims}
    if arguments and rng.random() < 0.5:
        arg = rng.choice(arguments)
        for p in arg.premises:
            marks[p] = "accept"
        marks[arg.conclusion] = rng.choice(["accept", "reject", "clear"])
    return marks


@pytest.mark.parametrize("where", [DEBATE, SHIPPED], ids=["debate", "shipped"])
def test_page_and_cli_agree_on_maps_with_arguments(open_map, tmp_path: Path, where: Path) -> None:
    result = check(where)
    view_args = [d for _, d in result.graph.nodes(data=True) if d.get("type") == "argument"]
    assert len(view_args) >= 2
    arguments = [type("A", (), {"premises": d["premises"], "conclusion": d["conclusion"]})
                 for d in view_args]
    mp = open_map(build(result))
    claims = sorted(n for n, t in result.graph.nodes(data="type") if t == "claim")
    rng = random.Random(11)
    seen_rejects = 0
    for _ in range(40 if where == DEBATE else 16):
        marks = _argument_positions(rng, claims, arguments)
        accept = [c for c in claims if marks[c] == "accept"]
        reject = [c for c in claims if marks[c] == "reject"]
        js = mp.eval("""(marks) => {
            for (const c of window.argmap.data.claims.id) window.argmap.setMark(c, "clear");
            for (const [c, m] of Object.entries(marks)) window.argmap.setMark(c, m);
            return window.argmap.position.result;
        }""", marks)
        conflicts, incoherent, undefended, rejects = python_verdict(tmp_path, accept, reject,
                                                                    where)
        assert {frozenset((c["a"], c["b"])) for c in js["conflicts"]} == conflicts, marks
        assert (bool(js["incoherent"]) or js["mapIncoherent"]) == incoherent, marks
        assert {(u["a"], u["b"]) for u in js["undefended"]} == undefended, marks
        assert {r["arg"] for r in js["rejectsConclusion"]} == rejects, marks
        seen_rejects += bool(rejects)
    assert seen_rejects >= 2  # the case the test is about did occur
    mp.assert_clean()


def test_position_feedback_names_the_argument_in_plain_german(open_map) -> None:
    result = check(DEBATE)
    mp = open_map(build(result))
    mp.page.click(".am-tab[data-tab=position]")
    for c in ("lehre-forschungsfreiheit", "lehre-offene-gewichte"):
        mp.eval("(c) => window.argmap.setMark(c, 'accept')", c)
    text = mp.page.inner_text("#am-pos-status")
    assert "Daraus folgt auch" in text and "Prämissen" not in text
    mp.eval("window.argmap.setMark('these-ja', 'reject')")
    text = mp.page.inner_text("#am-pos-status")
    assert text.count("Du akzeptierst alle Prämissen von „Unabhängigkeitsargument“") == 1, text
    assert "lehnst aber die Konklusion" in text
    mp.eval("window.argmap.setMark('lehre-offene-gewichte', 'clear')")
    assert "Prämissen" not in mp.page.inner_text("#am-pos-status")
    mp.assert_clean()
