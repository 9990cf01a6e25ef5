"""The shipped map as content (issue 12): size, conflicts, questions, arguments, reconstructions,
expectations that can fail, coherence of each article, and the examples of the guides.

These tests read ``claims/`` as the seminar gets it. They pin the properties the content must
keep when someone edits it, not the exact relations.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pytest
from pysat.solvers import Glucose4
from typer.testing import CliRunner

from argmap.cli import app
from argmap.pipeline import Result, check

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims"
SEEDS = ROOT.parent / "shared" / "seeds"
CONFLICT = ("attacks", "contradicts", "undercuts")
runner = CliRunner()


@pytest.fixture(scope="module")
def result() -> Result:
    return check(CLAIMS)


def _claims(g: nx.MultiDiGraph) -> list[str]:
    return [n for n, t in g.nodes(data="type") if t == "claim"]


def _ends(g: nx.MultiDiGraph, u: str, v: str, k: str) -> list[str]:
    """The claims a conflict relation touches (an undercut: the relation or argument it denies)."""
    if k != "undercuts":
        return [u, v]
    d = g.nodes[v]
    if d["type"] == "inference":
        return [u, d["source"], d["target"]]
    return [u, *d["premises"], d["conclusion"]]


def _conflicts(g: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    return [(u, v, k) for u, v, k in g.edges(keys=True) if k in CONFLICT]


def _doc(g: nx.MultiDiGraph, n: str) -> str | None:
    return g.nodes[n].get("source")


# --- size and conflicts -----------------------------------------------------------------------

def test_size_and_conflicts(result: Result) -> None:
    g = result.graph
    assert 95 <= len(_claims(g)) <= 110
    conflicts = _conflicts(g)
    assert len(conflicts) >= 24
    cross = [e for e in conflicts if len({_doc(g, n) for n in _ends(g, *e)} - {None}) == 2]
    assert len(cross) >= 8, cross
    risky = [e for e in conflicts if any(g.nodes[n]["stance"] == "risk" for n in _ends(g, *e))]
    assert len(risky) >= 12, risky


def test_every_risk_engages_something(result: Result) -> None:
    """Each risk attacks or undercuts something, is answered, or is a premise of an argument
    that is; only KINEWS24's summary of its risks stands on its own (it supports nothing it
    could threaten: KINEWS24 holds it together with its verdict)."""
    g = result.graph
    touched: set[str] = set()
    for e in _conflicts(g):
        touched.update(_ends(g, *e))
    risks = {c for c in _claims(g) if g.nodes[c]["stance"] == "risk"} - {"these-kinews-risiken"}
    assert sorted(risks - touched) == []


# --- questions, titles, arguments, reconstructions ---------------------------------------------

def test_questions_are_answered(result: Result) -> None:
    g = result.graph
    questions = [n for n, t in g.nodes(data="type") if t == "question"]
    assert len(questions) >= 9
    answered: dict[str, set[str]] = {q: set() for q in questions}
    for u, v, k in g.edges(keys=True):
        if k == "answers":
            answered[v].add(u)
    assert [q for q, cs in answered.items() if not cs] == []
    main = result.amap.meta.questions[0].id
    assert {_doc(g, c) for c in answered[main]} >= {"sputnik", "kinews24"}


def test_every_claim_has_a_title(result: Result) -> None:
    g = result.graph
    assert [c for c in _claims(g) if not g.nodes[c].get("title")] == []


def test_arguments_are_linked(result: Result) -> None:
    args = list(result.amap.arguments.values())
    assert len(args) >= 3
    # a single-premise argument should have been a plain `supports`
    assert [a.argument.id for a in args if len(set(a.argument.premises)) < 2] == []


def test_reconstructions_say_why(result: Result) -> None:
    g = result.graph
    recon = [c for c in _claims(g) if "rekonstruktion" in g.nodes[c]["tags"]]
    assert recon, "the conflicts need their reconstructed premises"
    assert [c for c in recon if not (g.nodes[c].get("note") or "").strip()] == []


def test_claims_state_content_not_reports(result: Result) -> None:
    """Two true reports cannot contradict each other: the attribution belongs in `source`."""
    g = result.graph
    report = re.compile(r"\b(laut|nach)\s+(dem\s+)?(sputnik|kinews24)", re.IGNORECASE)
    assert [c for c in _claims(g) if report.search(g.nodes[c]["text"])] == []


def test_quotes_are_short_fragments(result: Result) -> None:
    g = result.graph
    lengths = {n: len(d["quote"].split()) for n, d in g.nodes(data=True) if d.get("quote")}
    assert {n: k for n, k in lengths.items() if not 4 <= k <= 12} == {}


def test_room_for_students_is_marked(result: Result) -> None:
    g = result.graph
    assert len([c for c in _claims(g) if "offene-frage" in g.nodes[c]["tags"]]) >= 5


# --- expectations that mean something -----------------------------------------------------------

def _grounded(g: nx.MultiDiGraph, drop: tuple[str, str, str] | None = None) -> dict[str, str]:
    """Grounded labels with undercuts, by the direct three-valued fixed point of
    docs/semantics.md §3 (independent of argmap.semantics); `drop` removes one relation."""
    claims = _claims(g)
    attacks: dict[str, list[tuple[str, list[str]]]] = {c: [] for c in claims}
    undercutters: dict[tuple[str, str], list[str]] = {}
    for u, v, k in g.edges(keys=True):
        if k == "undercuts" and (u, v, k) != drop and g.nodes[v]["type"] == "inference":
            undercutters.setdefault((g.nodes[v]["source"], g.nodes[v]["target"]), []).append(u)
    for u, v, k in g.edges(keys=True):
        if (u, v, k) == drop or k not in ("attacks", "contradicts"):
            continue
        pairs = [(u, v)] if k == "attacks" else [(u, v), (v, u)]
        for a, b in pairs:
            attacks[b].append((a, undercutters.get((a, b), [])))
    label = dict.fromkeys(claims, "undec")
    changed = True
    while changed:
        changed = False
        for b in claims:
            if label[b] != "undec":
                continue
            live = [(a, us) for a, us in attacks[b] if not any(label[x] == "in" for x in us)]
            if all(label[a] == "out" for a, _ in live):
                label[b], changed = "in", True
            elif any(label[a] == "in" and all(label[x] == "out" for x in us)
                     for a, us in live):
                label[b], changed = "out", True
    return label


def test_reference_labelling_agrees(result: Result) -> None:
    assert _grounded(result.graph) == dict(result.analysis.labels)


def test_expected_verdicts_are_contested(result: Result) -> None:
    """Every pinned verdict is attacked and flips when one of the conflict relations is
    removed: `expect` pins what a wrong relation would change, not unattacked theses."""
    g = result.graph
    expect = result.amap.meta.expect
    assert expect is not None
    pinned = {**dict.fromkeys(expect.in_, "in"), **dict.fromkeys(expect.out, "out"),
              **dict.fromkeys(expect.undec, "undec")}
    assert len(pinned) >= 8
    attacked = {v for u, v, k in g.edges(keys=True) if k == "attacks"}
    attacked |= {n for u, v, k in g.edges(keys=True) if k == "contradicts" for n in (u, v)}
    assert sorted(set(pinned) - attacked) == []
    base = _grounded(g)
    assert {c: base[c] for c in pinned} == pinned
    flips = {c: False for c in pinned}
    for rel in _conflicts(g):
        labels = _grounded(g, drop=rel)
        for c in pinned:
            flips[c] = flips[c] or labels[c] != base[c]
    assert [c for c, f in flips.items() if not f] == []


# --- coherence of each article -------------------------------------------------------------------

def _solver(g: nx.MultiDiGraph) -> tuple[Glucose4, dict[str, int]]:
    """Betz coherence with arguments read as linked commitments (all premises -> conclusion)."""
    idx = {c: i + 1 for i, c in enumerate(_claims(g))}
    clauses: list[list[int]] = []
    for u, v, k in g.edges(keys=True):
        if k == "supports":
            clauses.append([-idx[u], idx[v]])
        elif k == "attacks":
            clauses.append([-idx[u], -idx[v]])
        elif k == "contradicts":
            clauses += [[-idx[u], -idx[v]], [idx[u], idx[v]]]
    for _, d in g.nodes(data=True):
        if d["type"] == "argument":
            clauses.append([-idx[p] for p in d["premises"]] + [idx[d["conclusion"]]])
    return Glucose4(bootstrap_with=clauses), idx


def _coherent(solver: Glucose4, idx: dict[str, int], accept: Iterable[str]) -> bool:
    return bool(solver.solve(assumptions=[idx[c] for c in accept]))


def test_every_claim_is_coherent_with_arguments(result: Result) -> None:
    solver, idx = _solver(result.graph)
    with solver:
        assert [c for c in idx if not _coherent(solver, idx, [c])] == []


def test_each_article_alone_is_coherent(result: Result) -> None:
    """Each article's own claims can be held together: the Sputnik article as a whole, KINEWS24
    apart from the tensions the map marks inside it (its claims that attack its own claims)."""
    g = result.graph
    solver, idx = _solver(g)
    own = {doc: {c for c in _claims(g) if _doc(g, c) == doc
                 and "rekonstruktion" not in g.nodes[c]["tags"]}
           for doc in ("sputnik", "kinews24")}
    inner = {u for u, v, k in g.edges(keys=True)
             if k == "attacks" and u in own["kinews24"] and v in own["kinews24"]}
    assert len(inner) <= 3, inner
    with solver:
        assert _coherent(solver, idx, own["sputnik"])
        assert _coherent(solver, idx, own["kinews24"] - inner)


# --- the examples of README and seminar guide work as written ------------------------------------

def _yaml_block(doc: Path, marker: str) -> str:
    blocks = re.findall(r"```yaml\n(.*?)```", doc.read_text(encoding="utf-8"), re.DOTALL)
    (block,) = [b for b in blocks if marker in b]
    return block


def _with_file(tmp_path: Path, name: str, text: str) -> Path:
    target = tmp_path / "claims"
    shutil.copytree(CLAIMS, target)
    (target / name).write_text(text, encoding="utf-8")
    return target


def _sources_args() -> list[str]:
    if SEEDS.is_dir():
        return ["--sources", str(SEEDS)]
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must have the source texts at {SEEDS}")
    return []


def test_seminar_example_file_works_as_written(tmp_path: Path) -> None:
    block = _yaml_block(ROOT / "docs" / "seminar.md", 'author: "Gruppe B"')
    target = _with_file(tmp_path, "gruppe-b.yaml", block)
    res = runner.invoke(app, ["check", str(target), *_sources_args(), "--strict"])
    assert res.exit_code == 0, res.output
    labels = check(target).analysis.labels
    # what the guide says happens next
    assert labels["gruppe-b-risiken-ueberwiegen"] == "in"
    assert labels["these-kinews-chancen-ueberwiegen"] == "out"


def test_seminar_position_example_works(tmp_path: Path) -> None:
    position = tmp_path / "meine-position.yaml"
    position.write_text(_yaml_block(ROOT / "docs" / "seminar.md", 'name: "Alice"'),
                        encoding="utf-8")
    res = runner.invoke(app, ["check", str(CLAIMS), "--position", str(position)])
    assert res.exit_code == 0, res.output


def test_readme_example_uses_real_ids(tmp_path: Path) -> None:
    block = _yaml_block(ROOT / "README.md", "topic: missbrauch")
    target = _with_file(tmp_path, "gruppe-b.yaml", block)
    res = runner.invoke(app, ["check", str(target), *_sources_args(), "--strict"])
    assert res.exit_code == 0, res.output
