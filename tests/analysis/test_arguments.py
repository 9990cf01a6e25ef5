"""Findings about arguments in standard form: each fires on a minimal map, and a near miss
keeps it silent."""

from __future__ import annotations

from pathlib import Path

from argmap.pipeline import check
from tests.helpers import claims_yaml


def c(cid: str, extra: str = "") -> str:
    return f"id: {cid}\ntext: Text von {cid}\nstance: neutral\n{extra}"


def args(*items: tuple[str, list[str], str]) -> str:
    out = "arguments:\n"
    for aid, premises, conclusion in items:
        out += f"  - id: {aid}\n    premises: [{', '.join(premises)}]\n"
        out += f"    conclusion: {conclusion}\n"
    return out


def found(make_map, claims: list[str], arguments: str, position: str | None = None,
          tmp: Path | None = None) -> list[tuple[str, tuple[str, ...]]]:
    root = make_map({"a.yaml": claims_yaml(*claims) + arguments})
    pos = None
    if position is not None and tmp is not None:
        pos = tmp / "pos.yaml"
        pos.write_text(position, encoding="utf-8")
    return [(f.code, f.claims) for f in check(root, position=pos).analysis.findings]


def test_argument_concluding_its_own_premise(make_map) -> None:
    got = found(make_map, [c("a"), c("b")], args(("arg", ["a", "b"], "a")))
    assert ("self-relation", ("a",)) in got
    near = found(make_map, [c("a"), c("b"), c("k")], args(("arg", ["a", "b"], "k")))
    assert not [x for x in near if x[0] == "self-relation"]


def test_contested_premise_fires_and_a_support_silences_it(make_map) -> None:
    claims = [c("p"), c("q"), c("k"), c("x", "attacks: [p]")]
    got = found(make_map, claims, args(("arg", ["p", "q"], "k")))
    assert ("contested-premise", ("p", "x")) in got
    supported = [*claims, c("grund", "supports: [p]")]
    assert not [x for x in found(make_map, supported, args(("arg", ["p", "q"], "k")))
                if x[0] == "contested-premise"]
    unattacked = [c("p"), c("q"), c("k"), c("x")]
    assert not [x for x in found(make_map, unattacked, args(("arg", ["p", "q"], "k")))
                if x[0] == "contested-premise"]


def test_premise_on_both_sides(make_map) -> None:
    claims = [c("p"), c("q"), c("r"), c("k"), c("gegen", "attacks: [k]")]
    got = found(make_map, claims, args(("pro", ["p", "q"], "k"), ("con", ["p", "r"], "gegen")))
    assert ("premise-on-both-sides", ("p", "k", "gegen")) in got
    other = [c("p"), c("q"), c("r"), c("k"), c("gegen")]  # gegen does not attack k
    near = found(make_map, other, args(("pro", ["p", "q"], "k"), ("con", ["p", "r"], "gegen")))
    assert not [x for x in near if x[0] == "premise-on-both-sides"]


def test_position_rejects_conclusion(make_map, tmp_path) -> None:
    claims = [c("p"), c("q"), c("k")]
    arguments = args(("arg", ["p", "q"], "k"))
    got = found(make_map, claims, arguments, "accept: [p, q]\nreject: [k]\n", tmp_path)
    assert ("position-rejects-conclusion", ("p", "q", "k")) in got
    near = found(make_map, claims, arguments, "accept: [p]\nreject: [k]\n", tmp_path)
    assert not [x for x in near if x[0] == "position-rejects-conclusion"]


def test_messages_in_both_languages(make_map, tmp_path) -> None:
    root = make_map({"a.yaml": claims_yaml(c("p"), c("q"), c("k")) + args(("arg", ["p", "q"],
                                                                          "k"))})
    pos = tmp_path / "pos.yaml"
    pos.write_text("accept: [p, q]\nreject: [k]\n", encoding="utf-8")
    [f] = [f for f in check(root, position=pos).analysis.findings
           if f.code == "position-rejects-conclusion"]
    assert f.message("de").startswith("Du akzeptierst alle Prämissen von arg (p, q)")
    assert f.message("en").startswith("You accept every premise of arg (p, q)")
