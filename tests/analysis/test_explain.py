"""Explanations of grounded labels, in claims (auxiliary undercut nodes projected away)."""

from __future__ import annotations

from argmap.pipeline import check
from tests.helpers import claims_yaml


def explain(make_map, *claims: str):
    return check(make_map({"a.yaml": claims_yaml(*claims)})).analysis.explanations


def c(cid: str, extra: str = "") -> str:
    return f"id: {cid}\ntext: Text {cid}\nstance: neutral\n{extra}"


def test_unattacked_defended_and_out(make_map) -> None:
    ex = explain(make_map, c("a", "attacks: [b]"), c("b", "attacks: [x]"), c("x"))
    assert ex["a"].label == "in" and ex["a"].defences == () and ex["a"].round == 0
    assert ex["b"].label == "out" and ex["b"].witness == "a" and ex["b"].chain == ("a", "b")
    assert ex["x"].label == "in" and ex["x"].defences == (("b", "defeated", "a"),)
    assert "b ist durch a widerlegt" in ex["x"].message("de")
    assert "b is defeated by a" in ex["x"].message("en")


def test_undecided_names_cycle_and_path(make_map) -> None:
    ex = explain(make_map, c("a", "contradicts: [b]"), c("b", "attacks: [z]"), c("z"))
    assert ex["z"].label == "undec"
    assert ex["z"].cycle in {("a", "b"), ("b", "a")} and ex["z"].path[-1] == "z"
    assert "→" in ex["z"].message("de")


def test_undercut_attack_is_explained_with_the_undercutter(make_map) -> None:
    ex = explain(make_map, c("a", "attacks: [b]"), c("b"), c("u", "undercuts: ['a -> b']"))
    assert ex["b"].label == "in"
    assert ex["b"].defences == (("a", "undercut", "u"),)
    assert "unterlaufen" in ex["b"].message("de")


def test_undercut_by_rejected_claim_keeps_the_attack(make_map) -> None:
    ex = explain(make_map, c("a", "attacks: [b]"), c("b"), c("u", "undercuts: ['a -> b']"),
                 c("k", "attacks: [u]"))
    assert ex["b"].label == "out" and ex["b"].witness == "a"


def test_undercut_attack_from_rejected_attacker(make_map) -> None:
    ex = explain(make_map, c("a", "attacks: [b]"), c("b"), c("u", "undercuts: ['a -> b']\n"
                                                              "attacks: [a]"))
    assert ex["b"].label == "in" and ex["a"].label == "out"
    assert ex["b"].defences[0][0] == "a"
