"""Findings about arguments in standard form (CONTRACT §6.2): linked premises and their use.

* ``self-relation`` (in :mod:`.structure`) also covers an argument whose conclusion is one
  of its own premises;
* ``contested-premise``: an argument rests on a premise that nothing supports and that is
  itself attacked, so the argument stands or falls with an unargued claim;
* ``premise-on-both-sides``: one claim is a premise of an argument for a claim and of an
  argument against it (an argument whose conclusion attacks or contradicts it);
* ``position-rejects-conclusion``: a position accepts every premise of an argument and rejects
  its conclusion.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .context import Context
from .registry import Finding, Msg, check

__all__ = ["ArgumentNode", "arguments_of"]


@dataclass(frozen=True)
class ArgumentNode:
    id: str
    premises: tuple[str, ...]
    conclusion: str


def arguments_of(ctx: Context) -> list[ArgumentNode]:
    """The map's arguments, in load order."""
    if "arguments" not in ctx.cache:
        ctx.cache["arguments"] = [ArgumentNode(*spec) for spec in ctx.arguments]
    found: list[ArgumentNode] = ctx.cache["arguments"]
    return found


@check("contested-premise", "info")
def contested_premises(ctx: Context) -> Iterator[Finding]:
    """A premise that is attacked and that no claim or argument supports."""
    supported = {v for _, v in ctx.supports.edges()} | {a.conclusion for a in arguments_of(ctx)}
    for arg in arguments_of(ctx):
        for p in dict.fromkeys(arg.premises):
            attackers = sorted(x for x in ctx.attacks.predecessors(p) if x != p)
            if attackers and p not in supported:
                yield ctx.finding("contested-premise", [p, attackers[0]],
                                  [attackers[0], p, arg.id], p=p, arg=arg.id, x=attackers[0])


def _against(ctx: Context, claim: str) -> set[str]:
    """Claims that attack ``claim`` (or contradict it)."""
    return set(ctx.attacks.predecessors(claim))


@check("premise-on-both-sides", "warning")
def premises_on_both_sides(ctx: Context) -> Iterator[Finding]:
    """A claim used as a premise for a conclusion and for an objection to it."""
    args = arguments_of(ctx)
    by_premise: dict[str, list[ArgumentNode]] = {}
    for arg in args:
        for p in set(arg.premises):
            by_premise.setdefault(p, []).append(arg)
    for p, uses in by_premise.items():
        for pro in uses:
            against = _against(ctx, pro.conclusion)
            for con in uses:
                if con.conclusion in against:
                    yield ctx.finding(
                        "premise-on-both-sides", [p, pro.conclusion, con.conclusion],
                        [p, pro.id, pro.conclusion], p=p, pro=pro.id, con=con.id,
                        c=pro.conclusion, d=con.conclusion,
                        rel=Msg("rel.noun.contradicts") if ctx.graph.has_edge(
                            con.conclusion, pro.conclusion, key="contradicts")
                        or ctx.graph.has_edge(pro.conclusion, con.conclusion,
                                              key="contradicts") else Msg("rel.noun.attacks"))


@check("position-rejects-conclusion", "error", needs="position")
def position_rejects_conclusion(ctx: Context) -> Iterator[Finding]:
    """A position that accepts every premise of an argument and rejects its conclusion."""
    pos = ctx.options.position
    assert pos is not None  # needs="position"
    accepted, rejected = set(pos.accept), set(pos.reject)
    for arg in arguments_of(ctx):
        if arg.conclusion in rejected and set(arg.premises) <= accepted:
            yield ctx.finding("position-rejects-conclusion", [*arg.premises, arg.conclusion],
                              [*arg.premises, arg.id, arg.conclusion], arg=arg.id,
                              c=arg.conclusion, premises=", ".join(arg.premises))
