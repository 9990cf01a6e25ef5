"""Tests of argmap.semantics.bipolar against literal definitions and literature examples."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings

from argmap.semantics.bipolar import (
    derive_attack_framework,
    extended_attacks,
    mediated_attacks,
    secondary_attacks,
    super_mediated_attacks,
    supported_attacks,
)
from argmap.semantics.dung import grounded_labelling

from . import reference as ref
from .strategies import bipolar_frameworks

SETTINGS = settings(max_examples=1000, deadline=None)


@SETTINGS
@given(bipolar_frameworks())
def test_complex_attacks_match_literal_definitions(fw):
    nodes, attacks, supports = fw
    assert supported_attacks(attacks, supports) == ref.supported_attacks(nodes, attacks, supports)
    assert mediated_attacks(attacks, supports) == ref.mediated_attacks(nodes, attacks, supports)
    assert super_mediated_attacks(attacks, supports) == ref.super_mediated_attacks(
        nodes, attacks, supports
    )
    assert secondary_attacks(attacks, supports) == ref.secondary_attacks(nodes, attacks, supports)
    assert extended_attacks(attacks, supports) == ref.extended_attacks(nodes, attacks, supports)


@SETTINGS
@given(bipolar_frameworks())
def test_derived_frameworks_are_the_closures(fw):
    nodes, attacks, supports = fw
    deductive = derive_attack_framework(attacks, supports, "deductive")
    assert set(deductive.edges()) == ref.deductive_closure(nodes, attacks, supports)
    # the closure is exactly direct + supported + mediated + super-mediated attacks
    assert set(deductive.edges()) == (
        attacks
        | ref.supported_attacks(nodes, attacks, supports)
        | ref.mediated_attacks(nodes, attacks, supports)
        | ref.super_mediated_attacks(nodes, attacks, supports)
    )
    necessary = derive_attack_framework(attacks, supports, "necessary")
    assert set(necessary.edges()) == ref.necessary_closure(nodes, attacks, supports)
    assert set(necessary.edges()) >= (
        attacks
        | ref.secondary_attacks(nodes, attacks, supports)
        | ref.extended_attacks(nodes, attacks, supports)
    )
    # duality: a necessary support a => b is the deductive support b => a
    reversed_supports = {(b, a) for a, b in supports}
    dual = derive_attack_framework(attacks, reversed_supports, "deductive")
    assert set(necessary.edges()) == set(dual.edges())
    for a, b, via in deductive.edges(data="via"):
        assert (via is None) == ((a, b) in attacks)
        assert via is None or via in attacks


class ExplodingRelation:
    """A supports relation that must not be read."""

    def __iter__(self):
        raise AssertionError("supports were read")


def test_mode_none_returns_attacks_untouched():
    attacks = nx.DiGraph([("a", "b")])
    assert derive_attack_framework(attacks, ExplodingRelation(), "none") is attacks
    assert set(derive_attack_framework([("a", "b")], ExplodingRelation()).edges()) == {("a", "b")}


def test_unknown_mode():
    with pytest.raises(ValueError, match="support mode"):
        derive_attack_framework([], [], "abstract")


def test_derivation_keeps_nodes_and_edge_data():
    attacks = nx.DiGraph()
    attacks.add_node("lonely")
    attacks.add_edge("x", "b", note="rebuttal")
    af = derive_attack_framework(attacks, [("a", "x"), ("s", "t")], "deductive")
    assert set(af) == {"lonely", "x", "b", "a", "s", "t"}
    assert af.edges["x", "b"] == {"note": "rebuttal"}
    assert af.edges["a", "b"] == {"via": ("x", "b")}


# --- literature examples (Cayrol & Lagasquie-Schiex 2013; Nouioua & Risch 2010) ----------------


def test_supported_attack_example():
    # a supports b, b attacks c: accepting a commits to b, which attacks c
    attacks, supports = {("b", "c")}, {("a", "b")}
    assert supported_attacks(attacks, supports) == {("a", "c")}
    af = derive_attack_framework(attacks, supports, "deductive")
    assert af.has_edge("a", "c")
    assert grounded_labelling(af) == {"b": "in", "c": "out", "a": "in"}


def test_mediated_attack_example():
    # a supports b, c attacks b: c attacks a too (if a were accepted, so would b be)
    attacks, supports = {("c", "b")}, {("a", "b")}
    assert mediated_attacks(attacks, supports) == {("c", "a")}
    labels = grounded_labelling(derive_attack_framework(attacks, supports, "deductive"))
    assert labels == {"c": "in", "b": "out", "a": "out"}
    # mode "none" does not read supports (callers add every claim as a node themselves)
    plain = derive_attack_framework(nx.DiGraph(attacks), supports)
    plain.add_node("a")
    assert grounded_labelling(plain)["a"] == "in"


def test_super_mediated_attack_example():
    # d supports a, a attacks x, b supports x: d attacks b (supported attack on x, b needs x)
    attacks, supports = {("a", "x")}, {("d", "a"), ("b", "x")}
    assert ("d", "b") in super_mediated_attacks(attacks, supports)
    assert ("d", "b") not in supported_attacks(attacks, supports) | mediated_attacks(
        attacks, supports
    )


def test_secondary_attack_example():
    # a attacks b, and b is necessary for c: a attacks c
    attacks, supports = {("a", "b")}, {("b", "c")}
    assert secondary_attacks(attacks, supports) == {("a", "c")}
    labels = grounded_labelling(derive_attack_framework(attacks, supports, "necessary"))
    assert labels == {"a": "in", "b": "out", "c": "out"}


def test_extended_attack_example():
    # b is necessary for c, and b attacks a: c attacks a (accepting c needs b)
    attacks, supports = {("b", "a")}, {("b", "c")}
    assert extended_attacks(attacks, supports) == {("c", "a")}
    assert derive_attack_framework(attacks, supports, "necessary").has_edge("c", "a")


def test_support_and_attack_make_a_self_attack():
    # a supports b and attacks b: under deductive support a defeats itself
    af = derive_attack_framework({("a", "b")}, {("a", "b")}, "deductive")
    assert af.has_edge("a", "a")
    assert grounded_labelling(af) == {"a": "undec", "b": "undec"}


def test_long_support_chains_are_linear():
    n = 20_000
    supports = [(i, i + 1) for i in range(n)]
    attacks = [("z", 0)]
    af = derive_attack_framework(attacks, supports, "necessary")
    assert af.number_of_edges() == n + 1
