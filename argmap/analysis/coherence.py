"""Coherence findings (Betz): claims no coherent position can accept, and incoherent maps.

A support reads "accepting a commits to b", an attack or contradiction "not both", a
contradiction also "at least one", an argument "accepting every premise commits to the
conclusion" (:mod:`argmap.semantics.coherence`; 2-SAT without linked arguments, SAT with them).
Each finding carries the chain of relations that forces the claim false — or, with linked
arguments, the refutation — put into words step by step; a step of an argument names it.
"""

from __future__ import annotations

import string
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cache

from ..i18n import strings, t
from ..semantics.coherence import (
    ImplicationStep,
    Lemma,
    Refutation,
    find_incoherent_cycle,
    incoherent_claims,
    is_coherent,
)
from .context import Context
from .registry import Finding, check

__all__ = ["ChainText", "chain_claims", "claims_of_path"]

Proof = Sequence[ImplicationStep] | Refutation


def chain_claims(steps: Iterable[ImplicationStep]) -> list[str]:
    """The claims (and arguments) a chain passes through, in order: the premise of the first
    step first, then each conclusion; a step of an argument adds the premises not met yet and
    the argument's id before its conclusion, so the path names the argument.

    Notes
    -----
    O(total size of the steps).
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(node: object) -> None:
        name = str(node)
        if not out or out[-1] != name:
            out.append(name)
        seen.add(name)

    for s in steps:
        for lit in (*s.co_premises, s.premise):
            if str(lit[0]) not in seen:
                add(lit[0])
        if s.kind == "argument":
            add(s.source)
        add(s.conclusion[0])
    return out


def claims_of_path(path: Sequence[str], arguments: Collection[str]) -> list[str]:
    """The claims of a path without repeats (argument ids left out), in order."""
    return [c for c in dict.fromkeys(path) if c not in arguments]


class ChainText(str):
    """A chain of implication steps, or a refutation, that renders itself in a language on
    demand (a refutation with its lemmas as nested "suppose …" parts and its clash)."""

    steps: tuple[ImplicationStep, ...]
    proof: Proof

    def __new__(cls, steps: Proof) -> ChainText:
        obj = super().__new__(cls, "")
        obj.steps = tuple(steps)
        obj.proof = steps
        return obj

    def render(self, lang: str) -> str:
        if isinstance(self.proof, Refutation):
            return _refutation_text(self.proof, lang)
        return "; ".join(_step_text(s, lang) for s in self.steps)


def _refutation_text(r: Refutation, lang: str) -> str:
    if not r.items and r.core:
        rels = ", ".join(t(f"coh.because.{k}", lang, a=a, b=b) for k, a, b in r.core)
        return t("coh.core", lang, items=rels)
    parts = [_lemma_text(i, lang) if isinstance(i, Lemma) else _step_text(i, lang)
             for i in r.items]
    if r.clash is not None:
        parts.append(t("coh.clash", lang, c=r.clash[0]))
    return "; ".join(parts)


def _lemma_text(lemma: Lemma, lang: str) -> str:
    (c, value) = lemma.conclusion
    assumed = not value  # the lemma refutes the opposite assumption
    return t("coh.lemma", lang, p=c, pv=t(f"coh.fin.{str(assumed).lower()}", lang),
             qv=t(f"coh.inf.{str(value).lower()}", lang),
             sub=_refutation_text(lemma.refutation, lang))


def _step_text(step: ImplicationStep, lang: str) -> str:
    q, qv = step.conclusion
    if not step.co_premises:
        p, pv = step.premise
        return _step_template(step.kind, pv, qv, lang).format(
            p=p, q=q, a=step.source, b=step.target)
    reason = _phrase(f"coh.because.{step.kind}", lang).format(a=step.source, b=step.target)
    held = [t("coh.held", lang, p=p, pv=_phrase(_FIN[pv], lang))
            for p, pv in (*step.co_premises, step.premise)]
    premises = t("coh.and", lang, items=", ".join(held[:-1]), last=held[-1])
    return t("coh.step-linked", lang, premises=premises, q=q, qv=_phrase(_INF[qv], lang),
             reason=reason)


_FIN = {True: "coh.fin.true", False: "coh.fin.false"}
_INF = {True: "coh.inf.true", False: "coh.inf.false"}


@cache
def _step_template(kind: str, pv: bool, qv: bool, lang: str) -> str:
    """``coh.step`` with the two verbs and the reason's template put in: one format per step
    instead of two (a large map's refutations have 10^5 steps), the same text. Braces of the
    verbs are escaped; the reason's fields ``a``, ``b`` stay fields."""
    out = []
    for literal, name, spec, conversion in string.Formatter().parse(_phrase("coh.step", lang)):
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        if name in ("pv", "qv", "reason") and (spec or conversion):
            raise ValueError(f"coh.step: {{{name}}} with a format")  # the catalogue has none
        if name == "reason":
            out.append(_phrase(f"coh.because.{kind}", lang))
        elif name in ("pv", "qv"):
            verb = _phrase(_FIN[pv] if name == "pv" else _INF[qv], lang)
            out.append(verb.replace("{", "{{").replace("}", "}}"))
        else:
            out.append("{" + name + (f"!{conversion}" if conversion else "")
                       + (f":{spec}" if spec else "") + "}")
    return "".join(out)


@cache
def _phrase(key: str, lang: str) -> str:
    """A catalogue template, unformatted, looked up once: the refutations of a large map have
    10^5 steps. (It is formatted with claim ids and phrases only, so formatting cannot fail
    the way :func:`argmap.i18n.t` guards against.)"""
    return str(strings([key], lang)[key])


@check("incoherent-map", "error", part="coherence")
def incoherent_map(ctx: Context) -> Iterator[Finding]:
    """No coherent position exists at all: some x implies not-x and not-x implies x."""
    ig = ctx.implication_graph
    if is_coherent(ig):
        return
    cycle = find_incoherent_cycle(ig)
    assert cycle is not None
    path = chain_claims(cycle)
    yield ctx.finding("incoherent-map", claims_of_path(path, ctx.argument_id_set), path,
                      chain=ChainText(cycle),
                      detail={"steps": cycle})


@check("incoherent-claim", "error", part="coherence")
def incoherent_claim(ctx: Context) -> Iterator[Finding]:
    """A claim that no coherent position can accept: accepting it forces its own rejection."""
    for claim, steps in incoherent_claims(ctx.implication_graph).items():
        path = chain_claims(steps)
        yield ctx.finding("incoherent-claim", claims_of_path(path, ctx.argument_id_set), path,
                          a=claim,
                          chain=ChainText(steps), detail={"steps": steps})
