"""Arguments in standard form through the analysis entry point, against brute force.

The semantics functions are tested against the references in ``tests/semantics``; here the same
random maps go through :func:`argmap.analysis.analyse` (the argument graph as the loader builds
it, every check run) and the view and JSON report, so the wiring — which relations reach which
semantics, how undercuts of relations and of arguments are read, how findings are derived from
the results — is tested too:

* labels of claims and arguments under each ``--support`` reading = the definition
  (docs/semantics.md §6) evaluated directly (``reference.grounded_with_arguments``);
* coherence findings = all 2ⁿ truth assignments with the argument clauses (undercuts not read);
* ``check --position``: ``position-incoherent`` iff no coherent completion, the commitments =
  the backbone of the completions, ``position-rejects-conclusion`` iff all premises accepted
  and the conclusion rejected.
"""

from __future__ import annotations

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from argmap.analysis import Options, analyse
from argmap.formats.report_json import json_report
from argmap.graph import inference_id
from argmap.position import Position
from argmap.view import build_view

from ..semantics import reference as ref
from ..semantics import strategies
from ..semantics.settings import PROPERTY

MODES = ("none", "deductive", "necessary")


def _name(i: int) -> str:
    return f"c{i}"


def named(m):
    """The strategy's map with claim ids ``c0, c1, …`` (argument ids stay ``A0, A1, …``)."""
    claims, attacks, supports, contradictions, undercuts, arguments, arg_undercuts = m
    pairs = [[(_name(a), _name(b)) for a, b in rel] for rel in (attacks, supports)]
    seen: set[tuple[str, str]] = set()
    contra = []
    for a, b in contradictions:  # stored once, as the loader does
        if (_name(b), _name(a)) not in seen:
            seen.add((_name(a), _name(b)))
            contra.append((_name(a), _name(b)))
    return ([_name(c) for c in claims], *pairs, contra,
            [(_name(u), _name(a), _name(b)) for u, a, b in undercuts],
            [(n, [_name(p) for p in ps], _name(c)) for n, ps, c in arguments],
            [(_name(u), a) for u, a in arg_undercuts])


def graph_of(m) -> nx.MultiDiGraph:
    """The argument graph of :mod:`argmap.graph` for a named map."""
    claims, attacks, supports, contra, undercuts, arguments, arg_undercuts = m
    g = nx.MultiDiGraph(title="T", language="de", topics=[{"id": "t", "label": "T"}])
    for i, c in enumerate(claims):
        g.add_node(c, type="claim", text=f"Behauptung {c}.", stance="neutral", topic="t",
                   weight=0.5, file="c.yaml", line=i + 1)
    for kind, rel in (("attacks", attacks), ("supports", supports), ("contradicts", contra)):
        for a, b in rel:
            g.add_edge(a, b, key=kind, file="c.yaml", line=1)
    for u, a, b in undercuts:
        node = inference_id(a, b)
        g.add_node(node, type="inference", source=a, target=b)
        g.add_edge(u, node, key="undercuts", file="c.yaml", line=1)
    for name, premises, conclusion in arguments:
        g.add_node(name, type="argument", premises=list(premises), conclusion=conclusion,
                   file="c.yaml", line=1)
        for p in dict.fromkeys(premises):
            g.add_edge(p, name, key="premise")
        g.add_edge(name, conclusion, key="conclusion")
    for u, name in arg_undercuts:
        g.add_edge(u, name, key="undercuts", file="c.yaml", line=1)
    return g


def attacks_of(m) -> set[tuple[str, str]]:
    _, attacks, _, contra, *_ = m
    return set(attacks) | set(contra) | {(b, a) for a, b in contra}


def clauses_of(m):
    _, attacks, supports, contra, _, arguments, _ = m
    return ref.coherence_clauses(supports, attacks, contra) + ref.argument_clauses(arguments)


maps = strategies.argument_maps().map(named)


@PROPERTY
@given(maps)
def test_labels_match_definition_through_analyse(m):
    claims, _, supports, _, undercuts, arguments, arg_undercuts = m
    g = graph_of(m)
    for mode in MODES:
        analysis = analyse(g, Options(support=mode))
        instances = ref.argument_instances(claims, attacks_of(m), supports, undercuts,
                                           arguments, arg_undercuts, mode)
        want = ref.grounded_with_arguments(claims, instances, arguments, arg_undercuts, mode)
        assert analysis.labels == {c: want[c] for c in claims}, mode
        assert analysis.argument_labels == {a[0]: want[a[0]] for a in arguments}, mode
    report = json_report(build_view(analysis, lang="en"))  # the last reading, necessary
    for name, _, _ in arguments:
        entry = report["arguments"][name]
        assert entry["label"] == want[name]
        assert (entry["status"] == "applicable") == (want[name] == "in")
        assert entry["explanation"]


@PROPERTY
@given(maps)
def test_coherence_findings_match_truth_tables(m):
    claims, *_, arguments, _ = m
    models = ref.models_of(claims, clauses_of(m))
    analysis = analyse(graph_of(m))
    codes = {f.code for f in analysis.findings}
    assert ("incoherent-map" in codes) == (not models)
    refuted = {f.args["a"] for f in analysis.findings if f.code == "incoherent-claim"}
    if models:
        assert refuted == {c for c in claims if not any(v[c] for v in models)}
    names = {a[0] for a in arguments}
    for f in analysis.findings:
        if f.code in ("incoherent-map", "incoherent-claim"):
            used = {s.source for s in f.detail.get("steps", ()) if s.kind == "argument"}
            assert used <= set(f.path), "the chain names every argument it uses"
            assert not names & set(f.claims)
            assert f.message("de") and f.message("en")


@PROPERTY
@given(maps, st.data())
def test_positions_match_truth_tables(m, data):
    claims, *_, arguments, _ = m
    chosen = data.draw(st.lists(st.sampled_from(claims), unique=True, max_size=4))
    accept = tuple(c for c in chosen if data.draw(st.booleans()))
    reject = tuple(c for c in chosen if c not in accept)
    analysis = analyse(graph_of(m), Options(position=Position("p", accept, reject, "p.yaml")))
    models = [v for v in ref.models_of(claims, clauses_of(m))
              if all(v[c] for c in accept) and not any(v[c] for c in reject)]
    codes = [f.code for f in analysis.findings]
    assert ("position-incoherent" in codes) == (not models)
    summary = analysis.position
    assert summary is not None and summary.coherent == bool(models)
    if models:
        fixed = {c: models[0][c] for c in claims
                 if c not in chosen and all(v[c] == models[0][c] for v in models)}
        assert set(summary.commits_accept) == {c for c, v in fixed.items() if v}
        assert set(summary.commits_reject) == {c for c, v in fixed.items() if not v}
    broken = {a for a, premises, c in arguments
              if c in reject and set(premises) <= set(accept)}
    found = {f.args["arg"] for f in analysis.findings if f.code == "position-rejects-conclusion"}
    assert found == broken
    for f in analysis.findings:
        if f.code == "position-incoherent":
            used = {s.source for s in f.detail.get("steps", ()) if s.kind == "argument"}
            assert used <= set(f.path), "the refutation names every argument it uses"
