"""What every check sees: the graph, the options and lazily computed semantics."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..graph import attack_pairs, claim_nodes, relation_pairs, undercut_triples
from ..position import Position
from ..semantics.registry import SEMANTICS
from .registry import CHECKS, Finding

if TYPE_CHECKING:
    from ..semantics.dung import ExtensionResult
    from ..semantics.strength import StrengthResult
    from .explain import Explanation

__all__ = ["Context", "Options"]


@dataclass(frozen=True)
class Options:
    """How to analyse: the CLI's check options."""

    semantics: str = "grounded"  # a name of argmap.semantics.registry.SEMANTICS
    support: str = "none"  # a name of argmap.semantics.registry.SUPPORT_READINGS
    sources_dir: Path | None = None
    position: Position | None = None
    extension_limit: int = 1000


@dataclass
class Context:
    """The shared, lazily computed state of one analysis run."""

    graph: nx.MultiDiGraph
    options: Options = field(default_factory=Options)
    cache: dict[str, Any] = field(default_factory=dict)  # per-run memo shared by checks

    def finding(
        self,
        code: str,
        claims: list[str] | tuple[str, ...],
        path: list[str] | tuple[str, ...] = (),
        *,
        key: str = "",
        where: tuple[str, int] | None = None,
        detail: dict[str, Any] | None = None, **args: Any,
    ) -> Finding:
        """A finding of a registered check; ``key`` picks another message than
        ``finding.<code>``, ``where`` the file and line to show (default: the first claim's)."""
        spec = CHECKS[code]
        return Finding(code, spec.severity, tuple(claims), tuple(path), args, key=key,
                       detail=detail or {}, where=where)

    @cached_property
    def claims(self) -> list[str]:
        return list(claim_nodes(self.graph))

    @cached_property
    def supports(self) -> nx.DiGraph:
        g = nx.DiGraph()
        g.add_nodes_from(self.claims)
        g.add_edges_from(relation_pairs(self.graph, "supports"))
        return g

    @cached_property
    def attacks(self) -> nx.DiGraph:
        """Claim-level attacks: ``attacks`` plus both directions of ``contradicts``."""
        g = nx.DiGraph()
        g.add_nodes_from(self.claims)
        g.add_edges_from(attack_pairs(self.graph))
        return g

    @cached_property
    def undercuts(self) -> list[tuple[str, str, str]]:
        return list(undercut_triples(self.graph))

    @cached_property
    def framework(self) -> nx.DiGraph:
        """The Dung framework the labels are computed on (CONTRACT §2; docs/semantics.md)."""
        from ..semantics.undercut import undercut_framework

        mode = self.options.support
        supports = self.supports if mode != "none" else None  # default path: supports unread
        return undercut_framework(self.attacks, supports, self.undercuts, mode)  # type: ignore

    @cached_property
    def implication_graph(self) -> nx.DiGraph:
        """Betz coherence as 2-SAT (undercuts question inferences, not claims: not read)."""
        from ..semantics.coherence import implication_graph

        return implication_graph(
            supports=list(relation_pairs(self.graph, "supports")),
            attacks=list(relation_pairs(self.graph, "attacks")),
            contradictions=list(relation_pairs(self.graph, "contradicts")),
            claims=self.claims,
        )

    @cached_property
    def explanations(self) -> dict[str, Explanation]:
        """Why each claim has its grounded label (:mod:`argmap.analysis.explain`)."""
        from .explain import explain_labels

        return explain_labels(self.framework, self.claims)

    def label_path(self, claim: str) -> tuple[str, ...]:
        """The chain of claims that explains ``claim``'s grounded label."""
        return self.explanations[claim].chain

    @cached_property
    def strength(self) -> StrengthResult:
        """DF-QuAD strengths from ``weight``; relations undercut by an accepted claim drop out."""
        from ..semantics.strength import dfquad_strengths

        labels = self.labels
        dead = {(a, b) for u, a, b in self.undercuts if labels.get(u) == "in"}
        return dfquad_strengths(
            self.claims,
            {c: self.graph.nodes[c]["weight"] for c in self.claims},
            attacks=[p for p in self.attacks.edges() if p not in dead],
            supports=[p for p in self.supports.edges() if p not in dead],
        )

    def extensions(self, semantics: str) -> ExtensionResult:
        """The extensions of a registered semantics on the claims (auxiliary nodes dropped)."""
        from ..semantics.dung import ExtensionResult
        from ..semantics.undercut import restrict_extensions

        spec = SEMANTICS[semantics]
        assert spec.extensions is not None, f"{semantics} has no extensions"
        result = spec.extensions(self.framework, limit=self.options.extension_limit)
        return ExtensionResult(restrict_extensions(result.extensions), result.complete)

    @cached_property
    def labels(self) -> dict[str, str]:
        """Grounded labels of the claims."""
        from ..semantics.dung import grounded_labelling

        labelling = grounded_labelling(self.framework)
        return {c: labelling[c] for c in self.claims}
