"""Position checks and coherence findings: each fires on a minimal map, silent on near misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.analysis import Options
from argmap.errors import LoadError
from argmap.pipeline import check
from tests.helpers import claims_yaml


def c(cid: str, extra: str = "") -> str:
    return f"id: {cid}\ntext: Text {cid}\nstance: neutral\n{extra}"


def run(make_map, tmp_path: Path, claims: list[str], position: str | None = None):
    root = make_map({"a.yaml": claims_yaml(*claims)})
    pos = None
    if position is not None:
        pos = tmp_path / "pos.yaml"
        pos.write_text(position, encoding="utf-8")
    return check(root, Options(), position=pos)


def found(result) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.code, f.claims) for f in result.analysis.findings]


# --- coherence -------------------------------------------------------------------------------

def test_incoherent_claim_with_chain(make_map, tmp_path) -> None:
    r = run(make_map, tmp_path, [c("a", "supports: [b, x]"), c("b", "contradicts: [x]"), c("x")])
    [f] = [f for f in r.analysis.findings if f.code == "incoherent-claim"]
    assert f.claims[0] == "a" and set(f.claims) == {"a", "b", "x"}
    assert f.path[0] == "a" and f.path[-1] == "a"
    assert "wer a akzeptiert, muss b akzeptieren (a stützt b)" in f.message("de")
    assert "whoever accepts a must accept b (a supports b)" in f.message("en")
    assert not [x for x in found(r) if x[0] == "incoherent-map"]


def test_coherent_map_has_no_coherence_findings(make_map, tmp_path) -> None:
    r = run(make_map, tmp_path, [c("a", "supports: [b]"), c("b", "contradicts: [x]"), c("x")])
    assert not [x for x in found(r) if x[0].startswith("incoherent")]


def test_incoherent_map(make_map, tmp_path) -> None:
    r = run(make_map, tmp_path, [c("a", "supports: [b]\ncontradicts: [b]"),
                                 c("b", "supports: [a]")])
    [f] = [f for f in r.analysis.findings if f.code == "incoherent-map"]
    assert set(f.claims) == {"a", "b"} and f.path[0] == f.path[-1]


# --- positions -------------------------------------------------------------------------------

MAP = [c("a", "attacks: [b]"), c("b", "supports: [d]"), c("k", "attacks: [a]"), c("d"),
       c("u", "undercuts: ['k -> a']")]


def test_position_conflict(make_map, tmp_path) -> None:
    r = run(make_map, tmp_path, MAP, "name: Alice\naccept: [a, b]\n")
    assert ("position-conflict", ("a", "b")) in found(r)
    assert [x for x in found(r) if x[0] == "position-incoherent"]


def test_position_incoherent_through_support(make_map, tmp_path) -> None:
    # accepting b commits to d; rejecting d is then incoherent, with no direct conflict
    r = run(make_map, tmp_path, MAP, "accept: [b]\nreject: [d]\n")
    [f] = [f for f in r.analysis.findings if f.code == "position-incoherent"]
    assert "b" in f.claims and "d" in f.claims
    assert not [x for x in found(r) if x[0] == "position-conflict"]


def test_position_undefended_and_answered(make_map, tmp_path) -> None:
    r = run(make_map, tmp_path, MAP, "accept: [a]\n")
    assert ("position-undefended", ("a", "k")) in found(r)
    for answer in ("reject: [k]", "accept: [a, u]"):
        text = "accept: [a]\n" + answer + "\n" if answer.startswith("reject") else answer + "\n"
        r = run(make_map, tmp_path, MAP, text)
        assert not [x for x in found(r) if x[0] == "position-undefended"], answer


def test_clean_position_and_commitments(make_map, tmp_path) -> None:
    r = run(make_map, tmp_path, MAP, "name: Bob\naccept: [k]\n")
    assert [x for x in found(r) if x[0].startswith("position")] == []
    position = r.analysis.position.to_json()
    assert position["coherent"] is True
    assert position["commits"] == {"accept": [], "reject": ["a"]}


def test_position_commitments_follow_supports(make_map, tmp_path) -> None:
    r = run(make_map, tmp_path, MAP, "accept: [b]\n")
    assert r.analysis.position.to_json()["commits"] == {"accept": ["d"], "reject": ["a"]}


def test_position_file_errors_are_load_errors(make_map, tmp_path) -> None:
    for text, code in (("accept: [ghost]\n", "unknown-reference"), ("acept: [a]\n", "schema"),
                       ("accept: [a\n", "yaml-syntax"), ("accept: [a]\nreject: [a]\n", "schema")):
        with pytest.raises(LoadError) as info:
            run(make_map, tmp_path, MAP, text)
        assert info.value.diagnostics[0].code == code, text
        assert info.value.diagnostics[0].line >= 1
