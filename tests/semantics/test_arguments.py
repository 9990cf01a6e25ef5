"""Labels with arguments in standard form: the flattening against the direct definitions."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.semantics.arguments import argument_explanations, argument_framework
from argmap.semantics.dung import (
    complete_extensions,
    grounded_labelling,
    preferred_extensions,
    stable_extensions,
)
from argmap.semantics.undercut import (
    AuxiliaryNode,
    restrict_extensions,
    restrict_labelling,
    undercut_framework,
)

from . import reference as ref
from . import strategies
from .settings import PROPERTY

MODES = ("none", "deductive", "necessary")


@st.composite
def argument_maps(draw, max_claims: int = 5):
    """(claims, attacks, supports, undercuts, arguments, argument undercuts), at least one
    argument linked; attacks up to n + 1."""
    claims, attacks, supports, _, undercuts, arguments, arg_undercuts = draw(
        strategies.argument_maps(max_claims, max_pairs=max_claims + 1))
    return claims, set(attacks), set(supports[: len(claims) // 2 + 1]), undercuts, arguments, \
        arg_undercuts


def build(m, mode):
    claims, attacks, supports, undercuts, arguments, arg_undercuts = m
    af = argument_framework(attacks, supports, undercuts, arguments, arg_undercuts, mode)
    af.add_nodes_from(claims)
    return af


def instances(m, mode):
    return ref.argument_instances(*m, mode)


@PROPERTY
@given(argument_maps())
def test_grounded_labels_match_definition(m):
    claims, *_, arguments, arg_undercuts = m
    nodes = claims + [a[0] for a in arguments]
    for mode in MODES:
        af = build(m, mode)
        got = restrict_labelling(grounded_labelling(af), keep=nodes)
        want = ref.grounded_with_arguments(claims, instances(m, mode), arguments, arg_undercuts,
                                           mode)
        assert got == want, mode
        ex = argument_explanations(af)
        for name, e in ex.items():
            assert e.label == want[name]
            _assert_reason(e)


def _assert_reason(e):
    if e.label == "in":
        assert e.reason is None
        assert all(v == "in" for _, v in e.premises)
        assert all(v == "out" for _, v in e.undercutters + e.conclusion_attacks)
        return
    kind, node = e.reason
    wanted = {"premise": "out", "undercut": "in", "conclusion": "in"}[kind]
    if e.label == "undec":
        wanted = "undec"
    pool = {"premise": e.premises, "undercut": e.undercutters,
            "conclusion": e.conclusion_attacks}[kind]
    assert (node, wanted) in pool


def meta_members(af, label):
    """The auxiliary nodes of ``af`` that a complete labelling of the claims puts in: X ("source
    not accepted") iff its source is out, Y ("attack in force") iff its source is in and every
    undercutter out — the flattened framework's own arguments (Boella et al. 2009)."""
    members = set()
    for v in af:
        if not isinstance(v, AuxiliaryNode):
            continue
        undercutters = [u for u in af.pred[v] if not isinstance(u, AuxiliaryNode)]
        in_force = label[v.source] == "in" and all(label[u] == "out" for u in undercutters)
        if (v.role == "X" and label[v.source] == "out") or (v.role == "Y" and in_force):
            members.add(v)
    return members


@PROPERTY
@given(argument_maps(max_claims=4), st.sampled_from(MODES))
def test_extensions_match_complete_labellings(m, mode):
    # complete and stable extensions straight from the definition; preferred ones are the
    # complete labellings that are maximal in the flattened framework, whose auxiliary
    # arguments count too (so a labelling that rejects an undercutter is not dominated by one
    # that accepts it)
    claims, *_, arguments, arg_undercuts = m
    nodes = claims + [a[0] for a in arguments]
    af = build(m, mode)
    labellings = ref.complete_labellings_with_arguments(
        claims, instances(m, mode), arguments, arg_undercuts, mode)
    ins = [frozenset(v for v, lab in L.items() if lab == "in") for L in labellings]
    metas = [i | meta_members(af, L) for i, L in zip(ins, labellings, strict=True)]
    complete = set(ins)
    stable = {i for i, L in zip(ins, labellings, strict=True) if "undec" not in L.values()}
    preferred = {i for i, meta in zip(ins, metas, strict=True) if not any(meta < o for o in metas)}
    for func, want in ((complete_extensions, complete), (preferred_extensions, preferred),
                       (stable_extensions, stable)):
        got = func(af, limit=None)
        assert got.complete
        assert set(restrict_extensions(got.extensions, keep=nodes)) == want, func.__name__


@PROPERTY
@given(argument_maps(), st.sampled_from(MODES))
def test_single_premise_argument_is_a_support(m, mode):
    # rewrite every one-premise argument as a supports edge (its undercuts as undercuts of the
    # support): the claims get exactly the same labels
    claims, attacks, supports, undercuts, arguments, arg_undercuts = m
    singles = [a for a in arguments if len(a[1]) == 1]
    linked = [a for a in arguments if len(a[1]) > 1]
    as_support = supports | {(a[1][0], a[2]) for a in singles}
    as_undercut = undercuts + [(u, a[1][0], a[2]) for a in singles
                               for u, b in arg_undercuts if b == a[0]]
    kept_undercuts = [(u, b) for u, b in arg_undercuts if b in {a[0] for a in linked}]
    af_args = build(m, mode)
    af_sup = argument_framework(attacks, as_support, as_undercut, linked, kept_undercuts, mode)
    af_sup.add_nodes_from(claims)
    assert (restrict_labelling(grounded_labelling(af_args), keep=claims)
            == restrict_labelling(grounded_labelling(af_sup), keep=claims))
    if not linked:  # and then the plain undercut framework is the same one
        plain = undercut_framework(attacks, as_support, as_undercut, mode)
        plain.add_nodes_from(claims)
        assert (restrict_labelling(grounded_labelling(plain), keep=claims)
                == restrict_labelling(grounded_labelling(af_args), keep=claims))


def test_without_arguments_it_is_the_undercut_framework():
    attacks, supports, undercuts = [("a", "b"), ("x", "y")], [("c", "x")], [("u", "a", "b")]
    for mode in MODES:
        assert set(argument_framework(attacks, supports, undercuts, mode=mode).edges()) == set(
            undercut_framework(attacks, supports, undercuts, mode).edges())


# --- literature examples ---------------------------------------------------------------------


def labels(af, nodes):
    return restrict_labelling(grounded_labelling(af), keep=nodes)


def test_aspic_premise_attack_versus_undercut():
    # Prakken (2010): "Tweety flies because birds fly and Tweety is a bird" (A = b, r ⇒ f).
    # Undermining: attacking the premise b defeats A (and, necessary reading, its conclusion);
    # undercutting: "Tweety is a penguin" (p) denies the inference, premises stay accepted.
    args = [("A", ["bird", "rule"], "flies")]
    undermined = argument_framework([("fake", "bird")], arguments=args)
    assert labels(undermined, ["bird", "rule", "A", "flies"]) == {
        "bird": "out", "rule": "in", "A": "out", "flies": "in"}
    assert argument_explanations(undermined)["A"].reason == ("premise", "bird")
    necessary = argument_framework([("fake", "bird")], arguments=args, mode="necessary")
    assert labels(necessary, ["flies"]) == {"flies": "out"}
    undercut = argument_framework([], arguments=args, argument_undercuts=[("penguin", "A")])
    assert labels(undercut, ["bird", "rule", "A", "flies"]) == {
        "bird": "in", "rule": "in", "A": "out", "flies": "in"}
    assert argument_explanations(undercut)["A"].reason == ("undercut", "penguin")
    # an undercut argument transmits nothing, even under the necessary reading
    both = argument_framework([("fake", "bird")], arguments=args,
                              argument_undercuts=[("penguin", "A")], mode="necessary")
    assert labels(both, ["flies"]) == {"flies": "in"}
    # a defeated undercutter reinstates the argument
    reinstated = argument_framework([("rescue", "penguin")], arguments=args,
                                    argument_undercuts=[("penguin", "A")])
    assert labels(reinstated, ["A", "penguin"]) == {"A": "in", "penguin": "out"}


def test_cayrol_lagasquie_schiex_bipolar_example():
    # C&LS (2013), supported and secondary attacks, with a linked argument in place of a
    # support: A = (a1, a2 ⇒ c), and d attacks c.
    args = [("A", ["a1", "a2"], "c")]
    deductive = argument_framework([("d", "c")], arguments=args, mode="deductive")
    # the rebuttal of the conclusion defeats the argument, not a premise (no culprit)
    assert labels(deductive, ["a1", "a2", "c", "A"]) == {
        "a1": "in", "a2": "in", "c": "out", "A": "out"}
    assert argument_explanations(deductive)["A"].reason == ("conclusion", "d")
    # necessary: attacking either premise is a secondary attack on c; c attacks what a1 does
    necessary = argument_framework([("x", "a2"), ("a1", "e")], arguments=args, mode="necessary")
    assert labels(necessary, ["a2", "c", "e", "A"]) == {
        "a2": "out", "c": "out", "e": "out", "A": "out"}
    assert necessary.has_edge("x", "c") and necessary.has_edge("c", "e")


def test_deductive_supported_attacks_would_be_redundant():
    # A applies ⇒ c accepted, so adding "A attacks what c attacks" changes no label
    args = [("A", ["p", "q"], "c")]
    af = argument_framework([("c", "e"), ("y", "c"), ("z", "y")], arguments=args,
                            mode="deductive")
    extra = af.copy()
    extra.add_edges_from(("A", w) for w in list(af.succ["c"]))
    assert grounded_labelling(af) == grounded_labelling(extra)


def test_argument_errors():
    with pytest.raises(ValueError, match="no premises"):
        argument_framework([], arguments=[("A", [], "c")])
    with pytest.raises(ValueError, match="unknown argument"):
        argument_framework([], arguments=[("A", ["p"], "c")], argument_undercuts=[("u", "B")])
    with pytest.raises(ValueError, match="support mode"):
        argument_framework([], mode="strong")
    with pytest.raises(ValueError, match="no arguments"):
        argument_explanations(nx.DiGraph([("a", "b")]))
