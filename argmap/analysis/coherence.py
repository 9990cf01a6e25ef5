"""Coherence findings (Betz): claims no coherent position can accept, and incoherent maps.

A support reads "accepting a commits to b", an attack or contradiction "not both", a
contradiction also "at least one" (:mod:`argmap.semantics.coherence`). Each finding carries the
shortest chain of relations that forces the claim false, put into words step by step.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..i18n import t
from ..semantics.coherence import (
    ImplicationStep,
    find_incoherent_cycle,
    incoherent_claims,
    is_coherent,
)
from .context import Context
from .registry import Finding, check

__all__ = ["ChainText", "chain_claims"]


def chain_claims(steps: Sequence[ImplicationStep]) -> list[str]:
    """The claims a chain passes through, in order (premise of the first step first)."""
    if not steps:
        return []
    out = [str(steps[0].premise[0])]
    for s in steps:
        c = str(s.conclusion[0])
        if out[-1] != c:
            out.append(c)
    return out


class ChainText(str):
    """A chain of implication steps that renders itself in a language on demand."""

    steps: tuple[ImplicationStep, ...]

    def __new__(cls, steps: Sequence[ImplicationStep]) -> ChainText:
        obj = super().__new__(cls, "")
        obj.steps = tuple(steps)
        return obj

    def render(self, lang: str) -> str:
        return "; ".join(_step_text(s, lang) for s in self.steps)


def _step_text(step: ImplicationStep, lang: str) -> str:
    (p, pv), (q, qv) = step.premise, step.conclusion
    reason = t(f"coh.because.{step.kind}", lang, a=step.source, b=step.target)
    return t("coh.step", lang, p=p, pv=t(f"coh.fin.{str(pv).lower()}", lang), q=q,
             qv=t(f"coh.inf.{str(qv).lower()}", lang), reason=reason)


@check("incoherent-map", "error")
def incoherent_map(ctx: Context) -> Iterator[Finding]:
    """No coherent position exists at all: some x implies not-x and not-x implies x."""
    ig = ctx.implication_graph
    if is_coherent(ig):
        return
    cycle = find_incoherent_cycle(ig)
    assert cycle is not None
    path = chain_claims(cycle)
    yield ctx.finding("incoherent-map", list(dict.fromkeys(path)), path, chain=ChainText(cycle),
                      detail={"steps": cycle})


@check("incoherent-claim", "error")
def incoherent_claim(ctx: Context) -> Iterator[Finding]:
    """A claim that no coherent position can accept: accepting it forces its own rejection."""
    for claim, steps in incoherent_claims(ctx.implication_graph).items():
        path = chain_claims(steps)
        yield ctx.finding("incoherent-claim", list(dict.fromkeys(path)), path, a=claim,
                          chain=ChainText(steps), detail={"steps": steps})
