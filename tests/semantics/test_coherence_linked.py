"""Betz coherence with linked arguments (SAT engine) against truth tables and literature."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics._linked import Linked
from argmap.semantics.coherence import (
    ImplicationStep,
    Lemma,
    Refutation,
    commitments,
    find_incoherent_cycle,
    implication_graph,
    incoherent_claims,
    is_coherent,
    position_status,
)

from . import reference as ref
from . import strategies
from .settings import EXAMPLES, PROPERTY


@st.composite
def linked_maps(draw, max_claims: int = 6):
    """Sparse random maps with 1–3 arguments, at least one of them linked (≥ 2 premises),
    claims named c0, c1, …"""
    claims, supports, attacks, contradictions, _, arguments, _ = draw(
        strategies.argument_maps(max_claims))

    def name(pairs):
        return [(f"c{a}", f"c{b}") for a, b in pairs]

    named = [(a, [f"c{p}" for p in premises], f"c{c}") for a, premises, c in arguments]
    return [f"c{c}" for c in claims], name(supports), name(attacks), name(contradictions), named


def clauses_of(m):
    _, supports, attacks, contradictions, arguments = m
    return ref.coherence_clauses(supports, attacks, contradictions) + ref.argument_clauses(
        arguments
    )


def graph_of(m):
    claims, supports, attacks, contradictions, arguments = m
    return implication_graph(supports, attacks, contradictions, claims=claims,
                             arguments=arguments)


def justified(step: ImplicationStep, m) -> bool:
    """Whether the relation named by the step yields it (a clause read as an implication)."""
    _, supports, attacks, contradictions, arguments = m
    if step.kind == "argument":
        clauses = ref.argument_clauses([a for a in arguments if a[0] == step.source])
    else:
        pair = [(step.source, step.target)]
        rel = {"support": supports, "attack": attacks, "contradiction": contradictions}
        if (step.source, step.target) not in rel[step.kind]:
            return False
        clauses = ref.coherence_clauses(
            pair if step.kind == "support" else [],
            pair if step.kind == "attack" else [],
            pair if step.kind == "contradiction" else [],
        )
    wanted = sorted({(c, not v) for c, v in step.premises} | {step.conclusion})
    return any(sorted(set(clause)) == wanted for clause in clauses)


def assert_refutation(r: Refutation, m, known=frozenset(), assumptions=None):
    """Every step rests on what is known and is justified; the last one clashes."""
    assert isinstance(r, Refutation)
    if assumptions is not None:
        assert set(r.assumptions) <= set(assumptions)
    if r.core:  # the rare fallback: the named relations alone must leave no model
        assert not r.items and r.clash is None
        return
    have = set(known) | set(r.assumptions)
    assert r.items
    for item in r.items[:-1]:
        have.add(_check_item(item, have, m))
    last = r.items[-1]
    clash = _check_item(last, have, m)
    assert clash == r.clash and (clash[0], not clash[1]) in have


def _check_item(item, have, m):
    if isinstance(item, Lemma):
        negated = (item.conclusion[0], not item.conclusion[1])
        assert item.refutation.assumptions == (negated,)
        assert_refutation(item.refutation, m, known=have)
        return item.conclusion
    assert all(p in have for p in item.premises), (item, have)
    assert justified(item, m), item
    return item.conclusion


@PROPERTY
@given(linked_maps())
def test_linked_coherence_matches_truth_tables(m):
    claims = m[0]
    clauses = clauses_of(m)
    ig = graph_of(m)
    models = ref.models_of(claims, clauses)
    assert is_coherent(ig) == bool(models)
    bad = incoherent_claims(ig)
    assert list(bad) == [c for c in claims if c in bad]
    if models:
        assert set(bad) == {c for c in claims if not any(v[c] for v in models)}
        assert find_incoherent_cycle(ig) is None
    else:
        assert set(bad) == {c for c in claims if ref.propagation_clashes({(c, True)}, clauses)}
        assert_refutation(find_incoherent_cycle(ig), m, assumptions=())
    for c, r in bad.items():
        assert_refutation(r, m, assumptions=[(c, True)])


@PROPERTY
@given(linked_maps(), st.data())
def test_linked_positions_match_truth_tables(m, data):
    claims = m[0]
    ig = graph_of(m)
    accept = data.draw(st.lists(st.sampled_from(claims), max_size=3, unique=True))
    reject = data.draw(st.lists(st.sampled_from(claims), max_size=2, unique=True))
    position = {(c, True) for c in accept} | {(c, False) for c in reject}
    models = [v for v in ref.models_of(claims, clauses_of(m))
              if all(v[c] for c in accept) and not any(v[c] for c in reject)]
    status = position_status(ig, accept, reject)
    assert status.coherent == bool(models)
    if status.coherent:
        got = commitments(ig, accept, reject)
        want = {c: models[0][c] for c in claims if all(v[c] == models[0][c] for v in models)}
        assert {c: k.value for c, k in got.items()} == want
        for c, k in got.items():
            lit, opposite = (c, k.value), (c, not k.value)
            if k.reason == "position":
                assert lit in position and not k.path
            elif k.reason == "forced":
                assert_refutation(k.path, m, assumptions=[opposite])
            elif isinstance(k.path, Refutation):
                assert k.reason == "implied"
                assert_refutation(k.path, m, assumptions=[*position, opposite])
            else:
                assert k.reason == "implied" and k.path[-1].conclusion == lit
                have = set(position)
                for step in k.path:
                    assert all(p in have for p in step.premises) and justified(step, m)
                    have.add(step.conclusion)
        return
    with pytest.raises(ValueError):
        commitments(ig, accept, reject)
    if status.map_incoherent:
        assert not is_coherent(ig) and status.conflict is None
        assert_refutation(status.path, m, assumptions=())
    elif status.path:
        assert_refutation(status.path, m, assumptions=position)
        start, _ = status.conflict
        assert start in position
    else:
        (x, _), (y, _) = status.conflict
        assert x == y and x in accept and x in reject


@settings(PROPERTY, max_examples=max(1, EXAMPLES // 2))  # a cross-check of two engines
@given(linked_maps())
def test_sat_engine_agrees_with_2sat_on_two_literal_maps(m):
    # the SAT engine forced onto a map without linked arguments finds the same refutations
    claims, supports, attacks, contradictions, _ = m
    ig = implication_graph(supports, attacks, contradictions, claims=claims)
    ig.graph["linked_arguments"] = ()
    engine = Linked(ig)
    del ig.graph["linked_arguments"]
    assert engine.satisfiable == is_coherent(ig)
    refuted = {engine.lit(code) for code in engine.refuted()}
    assert {c for c, v in refuted if v} == set(incoherent_claims(ig))


def test_single_premise_argument_is_a_support():
    with_arg = implication_graph(attacks=[("b", "a")], arguments=[("A", ["a"], "b")])
    with_sup = implication_graph(attacks=[("b", "a")], supports=[("a", "b")])
    assert not with_arg.graph.get("linked_arguments")
    assert set(with_arg.edges()) == set(with_sup.edges())
    (step,) = incoherent_claims(with_arg)["a"][:1]
    assert (step.kind, step.source, step.target) == ("argument", "A", "b")


# --- literature examples ---------------------------------------------------------------------


def test_betz_linked_argument_example():
    # Betz (2010), ch. 3: an argument is a premise-conclusion structure; whoever accepts all
    # premises is committed to the conclusion. Here the open-weights argument: "weights are
    # public" (p1) and "public weights can be fine-tuned without safeguards" (p2) together give
    # "misuse is cheap" (c); a thesis t attacks c and supports both premises.
    arguments = [("A", ["p1", "p2"], "c")]
    ig = implication_graph(supports=[("t", "p1"), ("t", "p2")], attacks=[("t", "c")],
                           arguments=arguments)
    assert is_coherent(ig)
    bad = incoherent_claims(ig)
    assert list(bad) == ["t"]
    kinds = [(s.kind, s.source) for s in bad["t"]]
    assert ("argument", "A") in kinds
    # accepting both premises commits to the conclusion; rejecting it and one premise is fine
    got = commitments(ig, accept=["p1", "p2"])
    assert got["c"].value is True and got["c"].reason == "implied"
    assert got["t"].value is False
    assert position_status(ig, accept=["p1"], reject=["c"]).coherent
    status = position_status(ig, accept=["p1", "p2"], reject=["c"])
    assert not status.coherent and [s.source for s in status.path] == ["A"]
    # one premise alone commits to nothing: a linked argument is not two supports
    assert "c" not in commitments(ig, accept=["p1"])


def test_reasoning_by_cases_is_explained_with_lemmas():
    # p or q, r or s (contradictions); every combination of one of each yields z; x rejects z.
    # Propagation from x alone stalls; the refutation needs lemmas ("assuming p fails").
    arguments = [(f"A{i}", [a, b], "z") for i, (a, b) in
                 enumerate([("p", "r"), ("p", "s"), ("q", "r"), ("q", "s")])]
    ig = implication_graph(contradictions=[("p", "q"), ("r", "s")], attacks=[("x", "z")],
                           arguments=arguments)
    bad = incoherent_claims(ig)
    assert set(bad) == {"x"}  # z itself is forced: every coherent position accepts it
    r = bad["x"]
    assert any(isinstance(item, Lemma) for item in r.items)
    m = (["p", "q", "r", "s", "x", "z"], [], [("x", "z")], [("p", "q"), ("r", "s")], arguments)
    assert_refutation(r, m, assumptions=[("x", True)])


def test_incoherent_map_with_linked_argument():
    # p and q are both forced (contradictions with a rejected-by-everyone claim), their
    # argument yields c, and c contradicts itself through d: no coherent position at all
    ig = implication_graph(supports=[("c", "d"), ("n", "c")], attacks=[("d", "c")],
                           contradictions=[("p", "n"), ("q", "n"), ("n", "c")],
                           arguments=[("A", ["p", "q"], "c")])
    assert not is_coherent(ig)
    proof = find_incoherent_cycle(ig)
    assert isinstance(proof, Refutation) and proof.assumptions == ()
    status = position_status(ig)
    assert status.map_incoherent and not status.coherent


def test_large_linked_map_is_fast():
    # a long support chain into two premises whose conclusion attacks the start
    n = 5000
    supports = [(f"c{i}", f"c{i + 1}") for i in range(n)] + [("c0", "q")]
    ig = implication_graph(supports=supports, attacks=[("z", "c0")],
                           arguments=[("A", [f"c{n}", "q"], "z")])
    bad = incoherent_claims(ig)
    assert list(bad) == ["c0"]
    assert ("argument", "A") in [(s.kind, s.source) for s in bad["c0"]]
