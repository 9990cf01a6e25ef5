"""Checks of one participant's position (``check --position FILE``).

Definitions (the HTML map's "Meine Position" mode uses the same ones):

* ``position-conflict``: two accepted claims linked by an attack or a contradiction;
* ``position-incoherent``: the position has no coherent completion (Betz; the position's
  claims as unit clauses, 2-SAT or, with linked arguments, SAT: accepting every premise of an
  argument commits to its conclusion); the path is the chain that refutes it, naming the
  arguments it uses (``position-rejects-conclusion`` in :mod:`.arguments` names the argument
  a position breaks outright);
* ``position-undefended``: an accepted claim has an attacker (attack or contradiction) that the
  position neither rejects nor answers, where answering means accepting a claim that attacks the
  attacker or undercuts its attack.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..semantics.coherence import commitments, position_status
from .coherence import ChainText, chain_claims, claims_of_path
from .context import Context
from .registry import Finding, check

__all__ = ["PositionSummary", "position_commitments"]


@dataclass(frozen=True)
class PositionSummary:
    """A checked position and what it commits its holder to (claims every coherent completion
    fixes beyond the position itself). ``coherent`` is False when no completion exists."""

    name: str
    accept: tuple[str, ...]
    reject: tuple[str, ...]
    coherent: bool
    commits_accept: tuple[str, ...] = field(default=())
    commits_reject: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The ``position`` block of the JSON report."""
        return {"name": self.name, "accept": list(self.accept), "reject": list(self.reject),
                "coherent": self.coherent,
                "commits": {"accept": list(self.commits_accept),
                            "reject": list(self.commits_reject)}}


@check("position-conflict", "error", needs="position")
def position_conflicts(ctx: Context) -> Iterator[Finding]:
    """Two accepted claims that attack or contradict each other."""
    assert ctx.options.position is not None  # needs="position"
    accepted = set(ctx.options.position.accept)
    seen: set[frozenset[str]] = set()
    for a, b in ctx.attacks.edges():
        pair = frozenset((a, b))
        if a in accepted and b in accepted and pair not in seen:
            seen.add(pair)
            yield ctx.finding("position-conflict", [a, b], [a, b], a=a, b=b)


@check("position-incoherent", "error", needs="position")
def position_incoherent(ctx: Context) -> Iterator[Finding]:
    """The position cannot be completed to a coherent position."""
    pos = ctx.options.position
    assert pos is not None  # needs="position"
    status = position_status(ctx.implication_graph, pos.accept, pos.reject)
    if status.coherent:
        return
    if status.map_incoherent:
        path = chain_claims(status.path)
        yield ctx.finding("position-incoherent", claims_of_path(path, ctx.argument_id_set), path,
                          key="finding.position-incoherent-map", chain=ChainText(status.path))
        return
    assert status.conflict is not None
    (start, _), (violated, _) = status.conflict
    path = chain_claims(status.path) or [str(start)]
    claims = claims_of_path([str(start), *path, str(violated)], ctx.argument_id_set)
    key = "finding.position-incoherent" if status.path else "finding.position-both"
    yield ctx.finding("position-incoherent", claims, path, key=key, a=start,
                      chain=ChainText(status.path), detail={"steps": status.path})


@check("position-undefended", "warning", needs="position")
def position_undefended(ctx: Context) -> Iterator[Finding]:
    """An accepted claim with an attacker the position neither rejects nor answers."""
    pos = ctx.options.position
    assert pos is not None  # needs="position"
    accepted, rejected = set(pos.accept), set(pos.reject)
    undercut_by: dict[tuple[str, str], set[str]] = {}
    for u, a, b in ctx.undercuts:
        undercut_by.setdefault((a, b), set()).add(u)
    attacks = ctx.attacks
    for a in pos.accept:
        for x in attacks.predecessors(a):
            if x == a or x in rejected:
                continue
            if any(y in accepted for y in attacks.predecessors(x)):
                continue
            if undercut_by.get((x, a), set()) & accepted:
                continue
            yield ctx.finding("position-undefended", [a, x], [x, a], a=a, x=x)


def position_commitments(ctx: Context) -> PositionSummary | None:
    """What the position commits its holder to: claims every coherent completion fixes."""
    pos = ctx.options.position
    if pos is None:
        return None
    try:
        found = commitments(ctx.implication_graph, pos.accept, pos.reject)
    except ValueError:
        return PositionSummary(pos.name, pos.accept, pos.reject, coherent=False)
    fixed = [(c, found[c].value) for c in ctx.claims
             if c in found and found[c].reason != "position"]
    return PositionSummary(pos.name, pos.accept, pos.reject, coherent=True,
                           commits_accept=tuple(c for c, v in fixed if v),
                           commits_reject=tuple(c for c, v in fixed if not v))
