"""Why each claim has its grounded label, in claims (auxiliary nodes of undercuts projected away).

The semantics layer explains labels on the flattened framework, whose auxiliary nodes stand for
undercut attacks (``X`` = "the attacker is not accepted", ``Y`` = "the attack is in force").
Here every auxiliary node is projected to the claim that makes the attack, so a student reads
"b is attacked by a" and "the attack of a on b is undercut by u" — never an internal node.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

from ..i18n import t
from ..semantics.dung import GroundedExplanation, grounded_explanations
from ..semantics.undercut import AuxiliaryNode, is_auxiliary

__all__ = ["Explanation", "explain_labels"]


@dataclass(frozen=True)
class Explanation:
    """The reason for one claim's grounded label.

    ``defences`` (for ``in``) lists, per attacker, how its attack is answered:
    ``(attacker, "defeated", defeater)``, ``(attacker, "undercut", undercutter)`` or
    ``(attacker, "rejected", attacker)``. ``witness`` (``out``) is an accepted attacker;
    ``cycle``/``path`` (``undec``) give the undecided attack cycle and the chain from it.
    """

    claim: str
    label: str
    round: int | None = None
    witness: str | None = None
    defences: tuple[tuple[str, str, str], ...] = ()
    cycle: tuple[str, ...] = ()
    path: tuple[str, ...] = ()

    @property
    def chain(self) -> tuple[str, ...]:
        """The claims that explain the label, in order (used as a finding's ``path``)."""
        if self.label == "out" and self.witness:
            return (self.witness, self.claim)
        if self.label == "undec":
            return (*self.cycle, *self.path[1:]) if self.cycle else (self.claim,)
        return (self.claim,)

    def message(self, lang: str = "de") -> str:
        a = self.claim
        if self.label == "out":
            return t("explain.out", lang, a=a, w=self.witness)
        if self.label == "undec":
            cycle = " → ".join([*self.cycle, self.cycle[0]]) if self.cycle else a
            if len(self.path) > 1:
                return t("explain.undec-path", lang, a=a, cycle=cycle, path=" → ".join(self.path))
            return t("explain.undec", lang, a=a, cycle=cycle)
        if not self.defences:
            return t("explain.in-unattacked", lang, a=a)
        items = "; ".join(t(f"explain.defence.{how}", lang, x=x, y=y)
                          for x, how, y in self.defences)
        return t("explain.in-defended", lang, a=a, items=items)


def _claim_of(node: Hashable) -> str:
    return str(node.source) if isinstance(node, AuxiliaryNode) else str(node)


def _squash(nodes: Sequence[Hashable], *, cyclic: bool = False) -> tuple[str, ...]:
    out: list[str] = []
    for n in nodes:
        c = _claim_of(n)
        if not out or out[-1] != c:
            out.append(c)
    if cyclic:
        while len(out) > 1 and out[-1] == out[0]:
            out.pop()
    return tuple(out)


def explain_labels(
    framework: nx.DiGraph, claims: Iterable[str],
    raw: Mapping[Hashable, GroundedExplanation] | None = None,
) -> dict[str, Explanation]:
    """An :class:`Explanation` for the grounded label of every claim of ``framework``
    (``raw``: ``grounded_explanations(framework)`` if already computed).

    Notes
    -----
    One run of the semantics layer's round-by-round labelling, O(|A| + |R|) on the flattened
    framework (none if ``raw`` is given), plus a linear projection.
    """
    if raw is None:
        raw = grounded_explanations(framework)
    return {c: _project(c, raw[c]) for c in claims}


def _project(c: str, ex: GroundedExplanation) -> Explanation:
    if ex.label == "out":
        return Explanation(c, "out", ex.round, witness=_claim_of(ex.witness))
    if ex.label == "undec":
        return Explanation(c, "undec", cycle=_squash(ex.cycle, cyclic=True),
                           path=_squash(ex.path))
    defences: list[tuple[str, str, str]] = []
    for attacker, defeater in ex.defeated_attackers:
        if is_auxiliary(attacker):
            # the attack a -> c is undercut: either a itself is rejected (X is in) or an
            # accepted undercutter defeats the "attack in force" node Y
            src = _claim_of(attacker)
            if is_auxiliary(defeater):
                defences.append((src, "rejected", src))
            else:
                defences.append((src, "undercut", str(defeater)))
        else:
            defences.append((str(attacker), "defeated", _claim_of(defeater)))
    return Explanation(c, "in", ex.round, defences=tuple(dict.fromkeys(defences)))
