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


def _example():
    """p1, p2 ⇒ c (A); q ⇒ d (B, undercut by u); r, s ⇒ e (C, premise s attacked by x);
    y attacks t, t attacks y: D = (t, p1 ⇒ f) stays open."""
    claims = ["p1", "p2", "c", "q", "d", "u", "r", "s", "e", "x", "y", "t", "f"]
    attacks = [("x", "s"), ("y", "t"), ("t", "y")]
    arguments = [("A", ["p1", "p2"], "c"), ("B", ["q"], "d"), ("C", ["r", "s"], "e"),
                 ("D", ["t", "p1"], "f")]
    m = (claims, attacks, [], [], [], arguments, [("u", "B")])
    return graph_of(m)


def test_view_and_report_say_what_the_analysis_says_about_arguments():
    analysis = analyse(_example())
    view = build_view(analysis, lang="en")
    status = {a.id: (a.status, a.reason) for a in view.arguments.values()}
    assert status == {"A": ("applicable", None), "B": ("undercut", ("undercut", "u")),
                      "C": ("defeated", ("premise", "s")), "D": ("open", ("premise", "t"))}
    assert view.arguments["B"].strength == 0.0  # an accepted undercutter: the inference is void
    assert view.arguments["A"].strength == 0.5  # the weakest premise (both 0.5)
    assert view.claims["c"].strength == 0.75  # A supports c as one supporter of strength 0.5
    report = json_report(view)
    assert report["arguments"]["C"] == {  # strength graded: s attacked by x (0.5) is 0.25
        "label": "out", "status": "defeated", "reason": {"kind": "premise", "claim": "s"},
        "strength": 0.25, "explanation": "Defeated: the premise s of C is rejected."}
    assert set(report) >= {"ok", "counts", "findings", "labels", "strength"}  # §4 unchanged


def test_report_without_arguments_has_no_arguments_block():
    g = graph_of((["a", "b"], [("a", "b")], [], [], [], [], []))
    assert "arguments" not in json_report(build_view(analyse(g)))


def test_incoherence_chain_names_the_argument_in_both_languages():
    # x supports p1 and p2 and attacks c: accepting x commits to c by A and against c
    m = (["x", "p1", "p2", "c"], [("x", "c")], [("x", "p1"), ("x", "p2")], [], [],
         [("A", ["p1", "p2"], "c")], [])
    (finding,) = [f for f in analyse(graph_of(m)).findings if f.code == "incoherent-claim"]
    assert finding.args["a"] == "x" and "A" in finding.path and "A" not in finding.claims
    assert "wer p1 akzeptiert und p2 akzeptiert, muss c akzeptieren (Argument A für c)" in (
        finding.message("de"))
    assert "whoever accepts p1 and accepts p2 must accept c (argument A for c)" in (
        finding.message("en"))
    assert finding.message("en").endswith("so c would have to be both accepted and rejected.")


def test_position_accepting_all_premises_commits_to_the_conclusion():
    m = (["p1", "p2", "c"], [], [], [], [], [("A", ["p1", "p2"], "c")], [])
    g = graph_of(m)
    held = analyse(g, Options(position=Position("p", ("p1", "p2"), (), "p.yaml")))
    assert held.position is not None and held.position.commits_accept == ("c",)
    broken = analyse(g, Options(position=Position("p", ("p1", "p2"), ("c",), "p.yaml")))
    codes = {f.code for f in broken.findings}
    assert {"position-incoherent", "position-rejects-conclusion"} <= codes
    (f,) = [f for f in broken.findings if f.code == "position-incoherent"]
    assert "A" in f.path and "argument A" in f.message("en")
    one = analyse(g, Options(position=Position("p", ("p1",), ("c",), "p.yaml")))
    assert not {f.code for f in one.findings} & codes  # one premise alone commits to nothing
