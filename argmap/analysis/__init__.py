"""Analysis of an argument graph: semantics plus every registered check.

>>> from argmap.analysis import CHECKS
>>> "self-relation" in CHECKS
True
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field, replace

import networkx as nx

from .._beside import start_beside
from ..gcpause import collector_paused
from ..limits import BESIDE_MIN_NODES
from ..semantics.arguments import ArgumentExplanation
from ..vocabulary import RELATION_KINDS, SEVERITY_ORDER
from . import (  # noqa: F401  (modules register their checks)
    arguments,
    coherence,
    expect,
    positions,
    sources,
    structure,
)
from .context import Context, Options
from .explain import Explanation
from .positions import PositionSummary
from .registry import CHECKS, CheckSpec, Finding, check

__all__ = [
    "CHECKS",
    "Analysis",
    "ArgumentExplanation",
    "CheckSpec",
    "Context",
    "Explanation",
    "Finding",
    "Options",
    "PositionSummary",
    "analyse",
    "check",
    "collector_paused",
    "reanalyse_texts",
]


@dataclass
class Analysis:
    """Everything a report or a renderer needs about one analysed map."""

    graph: nx.MultiDiGraph
    options: Options
    findings: list[Finding]
    labels: dict[str, str]
    strength: dict[str, float] = field(default_factory=dict)
    strength_converged: bool = True
    strength_unconverged: list[list[str]] = field(default_factory=list)
    extensions: list[list[str]] | None = None
    extensions_complete: bool = True
    explanations: dict[str, Explanation] = field(default_factory=dict)
    position: PositionSummary | None = None
    #: arguments in standard form: grounded label (``in`` = applicable), why, DF-QuAD strength
    argument_labels: dict[str, str] = field(default_factory=dict)
    argument_explanations: dict[str, ArgumentExplanation] = field(default_factory=dict)
    argument_strength: dict[str, float] = field(default_factory=dict)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def n_relations(self) -> int:
        """Relations between claims (an argument counts once; ``answers`` are not relations)."""
        g = self.graph
        return (sum(1 for _, _, k in g.edges(keys=True) if k in RELATION_KINDS)
                + sum(1 for _, t in g.nodes(data="type") if t == "argument"))

    def failed(self, strict: bool = False) -> bool:
        """True when the map has errors (or, with ``strict``, warnings): exit code 1."""
        return self.count("error") > 0 or (strict and self.count("warning") > 0)


def analyse(graph: nx.MultiDiGraph, options: Options | None = None) -> Analysis:
    """Run the semantics and every applicable registered check on ``graph``.

    Findings come sorted by severity (errors first), then code, then claims.
    """
    with collector_paused():
        return _analyse(Context(graph, options or Options()))


def _applies(spec: CheckSpec, options: Options) -> bool:
    if spec.needs == "sources" and options.sources_dir is None:
        return False
    return not (spec.needs == "position" and options.position is None)


def _finding_order(f: Finding) -> tuple[int, str, tuple[str, ...]]:
    """How findings are listed: errors first, then by code, then by claims (a stable sort
    keeps each check's own order among equal keys)."""
    return (SEVERITY_ORDER[f.severity], f.code, f.claims)


def _run(specs: list[CheckSpec], ctx: Context) -> list[Finding]:
    return [finding for spec in specs for finding in spec.func(ctx)]


#: the checks run in the second process: the coherence checks (half of a large map's analysis)
#: and structural checks that read nothing the rest computes, so that the two processes take
#: about as long (at 100,000 claims: 3.9 s and 4.4 s of CPU)
BESIDE_PARTS = ("coherence", "structure")


def _worth_a_second_process(ctx: Context) -> bool:
    """A map large enough that its coherence checks outweigh forking (about 10 ms), checked
    without a position (whose checks read the same implication graph in this process)."""
    return ctx.options.position is None and ctx.graph.number_of_nodes() >= BESIDE_MIN_NODES


def _analyse(ctx: Context) -> Analysis:
    graph = ctx.graph
    specs = [spec for spec in CHECKS.values() if _applies(spec, ctx.options)]
    beside = [spec for spec in specs if spec.part in BESIDE_PARTS]
    job = start_beside(lambda: _run(beside, ctx)) if _worth_a_second_process(ctx) else None
    try:
        findings = _run([spec for spec in specs if job is None or spec not in beside], ctx)
        if job is not None:  # what the analysis needs besides findings, while the child works
            _ = ctx.strength, ctx.explanations, ctx.argument_explanations
    except BaseException:
        if job is not None:
            job.cancel()
        raise
    if job is not None:
        found = job.result()
        findings += found if found is not None else _run(beside, ctx)
    findings.sort(key=_finding_order)
    strength = ctx.strength
    argument_ids = ctx.argument_id_set
    analysis = Analysis(
        graph, ctx.options, findings, ctx.labels,
        strength={str(c): v for c, v in strength.values.items() if c not in argument_ids},
        strength_converged=strength.converged,
        strength_unconverged=[[str(c) for c in cycle] for cycle in strength.unconverged],
        explanations=ctx.explanations,
        position=positions.position_commitments(ctx),
        argument_labels=ctx.argument_labels,
        argument_explanations=ctx.argument_explanations,
        argument_strength={a: strength.values[a] for a in ctx.argument_ids},
    )
    if ctx.options.semantics != "grounded":
        result = ctx.extensions(ctx.options.semantics)
        analysis.extensions = [sorted(map(str, e)) for e in result.extensions]
        analysis.extensions.sort()
        analysis.extensions_complete = result.complete
    return analysis


#: what a claim or relation says, not what the map's structure is: no check but those marked
#: ``texts`` reads these, and no semantics (labels, strength, coherence) depends on them
DISPLAY_ATTRIBUTES = frozenset({
    "text", "title", "note", "author", "tags", "stance", "topic", "answers", "source", "quote",
    "file", "line", "col", "quote_line", "description",
})


def structure_key(graph: nx.MultiDiGraph) -> tuple[object, ...]:
    """Everything of ``graph`` the analysis depends on except what its claims say: nodes and
    edges with their other attributes, and the map's attributes (expectations, …).

    Notes
    -----
    O(n + m).
    """
    known = _STRUCTURE_KEYS.get(graph)
    if known is not None:  # the previous build's graph, asked again by the next build
        return known

    def shown(data: dict[str, object]) -> tuple[tuple[str, str], ...]:
        return tuple(sorted((k, repr(v)) for k, v in data.items() if k not in DISPLAY_ATTRIBUTES))

    key = (shown(graph.graph), tuple((n, shown(d)) for n, d in graph.nodes(data=True)),
           tuple((u, v, k, shown(d)) for u, v, k, d in graph.edges(keys=True, data=True)))
    _STRUCTURE_KEYS[graph] = key
    return key


#: the structure key of a graph, while the graph lives (computed once per build; analysed
#: graphs are not changed afterwards)
_STRUCTURE_KEYS: weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple[object, ...]] = (
    weakref.WeakKeyDictionary())


def reanalyse_texts(previous: Analysis, graph: nx.MultiDiGraph,
                    options: Options | None = None) -> Analysis | None:
    """``analyse(graph, options)`` from ``previous`` when the two graphs differ only in what
    their claims say (:data:`DISPLAY_ATTRIBUTES`), else None: the findings of the checks
    marked ``texts`` are found again, everything else is kept (the live preview, where most
    saves change a text).

    Notes
    -----
    O(n + m) for the comparison plus the text checks (linear): no semantics is computed.
    """
    options = options or Options()
    if options != previous.options or structure_key(graph) != structure_key(previous.graph):
        return None
    with collector_paused():
        ctx = Context(graph, options)
        again = [spec for spec in CHECKS.values() if spec.texts and _applies(spec, options)]
        codes = {spec.code for spec in again}
        findings = [f for f in previous.findings if f.code not in codes] + _run(again, ctx)
        findings.sort(key=_finding_order)
        return replace(previous, graph=graph, findings=findings)
