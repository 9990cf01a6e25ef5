"""What every check sees: the graph, the options and lazily computed semantics."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..graph import (
    argument_undercuts,
    attack_pairs,
    claim_nodes,
    relations_by_kind,
    undercut_triples,
)
from ..position import Position
from ..semantics._relations import digraph_of
from ..semantics.registry import SEMANTICS
from .registry import CHECKS, Finding

if TYPE_CHECKING:
    from ..semantics.arguments import ArgumentExplanation
    from ..semantics.dung import ExtensionResult, GroundedExplanation
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
    def relations(self) -> dict[str, list[tuple[str, str]]]:
        """The stored pairs of each claim relation kind (contradictions once), in one pass."""
        return relations_by_kind(self.graph)

    @cached_property
    def supports(self) -> nx.DiGraph:
        return digraph_of(self.claims, self.relations["supports"])

    @cached_property
    def attacks(self) -> nx.DiGraph:
        """Claim-level attacks: ``attacks`` plus both directions of ``contradicts``."""
        return digraph_of(self.claims, attack_pairs(self.graph))

    @cached_property
    def undercuts(self) -> list[tuple[str, str, str]]:
        return list(undercut_triples(self.graph))

    @cached_property
    def arguments(self) -> list[tuple[str, tuple[str, ...], str]]:
        """The map's arguments in standard form ``(id, premises, conclusion)``, in load order
        (premises without repeats)."""
        return [(str(n), tuple(dict.fromkeys(d["premises"])), str(d["conclusion"]))
                for n, d in self.graph.nodes(data=True) if d.get("type") == "argument"]

    @cached_property
    def argument_ids(self) -> list[str]:
        return [name for name, _, _ in self.arguments]

    @cached_property
    def argument_id_set(self) -> frozenset[str]:
        """The argument ids for membership tests (a chain names claims and arguments)."""
        return frozenset(self.argument_ids)

    @cached_property
    def argument_undercuts(self) -> list[tuple[str, str]]:
        """``(u, argument)``: u undercuts the argument (denies its inference)."""
        return list(argument_undercuts(self.graph))

    @cached_property
    def framework(self) -> nx.DiGraph:
        """The Dung framework the labels are computed on (docs/semantics.md §6-§7): claims,
        undercuts flattened, supports per ``--support`` reading, and one node per argument
        (attacked by "a premise is not accepted", its undercutters and, deductive, the
        attackers of its conclusion). Without arguments it is ``undercut_framework``'s."""
        from ..semantics.arguments import argument_framework

        mode = self.options.support
        supports = self.supports if mode != "none" else None  # default path: supports unread
        return argument_framework(self.attacks, supports, self.undercuts, self.arguments,
                                  self.argument_undercuts, mode)  # type: ignore[arg-type]

    @cached_property
    def implication_graph(self) -> nx.DiGraph:
        """Betz coherence: 2-SAT, or SAT once a linked argument is present. Undercuts are not
        read (docs/semantics.md §6 "Coherence": Betz's arguments are deductive, an undercut
        is reconstructed as an attack on an explicit premise)."""
        from ..semantics.coherence import implication_graph

        pairs = self.relations
        return implication_graph(
            supports=pairs["supports"],
            attacks=pairs["attacks"],
            contradictions=pairs["contradicts"],
            claims=self.claims,
            arguments=self.arguments,
        )

    @cached_property
    def grounded(self) -> dict[Hashable, GroundedExplanation]:
        """One grounded run with explanations on :attr:`framework` (shared by claims and
        arguments)."""
        from ..semantics.dung import grounded_explanations

        return grounded_explanations(self.framework)

    @cached_property
    def explanations(self) -> dict[str, Explanation]:
        """Why each claim has its grounded label (:mod:`argmap.analysis.explain`)."""
        from .explain import explain_labels

        return explain_labels(self.framework, self.claims, self.grounded)

    @cached_property
    def argument_explanations(self) -> dict[str, ArgumentExplanation]:
        """Why each argument has its grounded label: applicable (``in``), defeated by a
        rejected premise or (deductive) an attack on its conclusion, undercut, or open."""
        from ..semantics.arguments import argument_explanations

        if not self.arguments:
            return {}
        found = argument_explanations(self.framework, self.grounded)
        return {str(name): ex for name, ex in found.items()}

    @cached_property
    def argument_labels(self) -> dict[str, str]:
        """Grounded labels of the arguments (``in`` = applicable)."""
        return {name: ex.label for name, ex in self.argument_explanations.items()}

    def label_path(self, claim: str) -> tuple[str, ...]:
        """The chain of claims that explains ``claim``'s grounded label."""
        return self.explanations[claim].chain

    @cached_property
    def strength(self) -> StrengthResult:
        """DF-QuAD strengths from ``weight`` (docs/semantics.md §7): an inference denied by an
        accepted claim carries nothing — an undercut relation drops out, an undercut argument
        gets base score 0 — and other undercuts do not count; arguments aggregate their
        premises by the weakest link (minimum) and support their conclusion."""
        from ..semantics.strength import dfquad_strengths

        labels = self.labels
        dead = {(a, b) for u, a, b in self.undercuts if labels.get(u) == "in"}
        base: dict[Hashable, float] = {c: self.graph.nodes[c]["weight"] for c in self.claims}
        base.update((name, 0.0) for u, name in self.argument_undercuts if labels.get(u) == "in")
        return dfquad_strengths(
            self.claims, base,
            attacks=[p for p in self.attacks.edges() if p not in dead],
            supports=[p for p in self.supports.edges() if p not in dead],
            arguments=self.arguments,
        )

    def extensions(self, semantics: str) -> ExtensionResult:
        """The extensions of a registered semantics on the claims (auxiliary and argument
        nodes dropped)."""
        from ..semantics.dung import ExtensionResult
        from ..semantics.undercut import restrict_extensions

        spec = SEMANTICS[semantics]
        assert spec.extensions is not None, f"{semantics} has no extensions"
        result = spec.extensions(self.framework, limit=self.options.extension_limit)
        return ExtensionResult(restrict_extensions(result.extensions, keep=self.claims),
                               result.complete)

    @cached_property
    def labels(self) -> dict[str, str]:
        """Grounded labels of the claims."""
        grounded = self.grounded
        return {c: grounded[c].label for c in self.claims}
