"""Gradual strength of claims with DF-QuAD (Rago, Toni, Aurisicchio & Baroni 2016).

Every node a has a base score τ(a) ∈ [0, 1]. Its strength is

    σ(a) = C(τ(a), F(σ(attackers of a)), F(σ(supporters of a)))

with the aggregation F(v1, …, vn) = 1 − ∏(1 − vi) (F() = 0) and the combination
C(v0, va, vs) = v0 − v0·|vs − va| if va ≥ vs, else v0 + (1 − v0)·|vs − va|.

On acyclic graphs this defines σ outright; on cycles it is a fixed-point equation, which we
solve by iteration and report when the iteration does not settle.

References
----------
.. [1] A. Rago, F. Toni, M. Aurisicchio, P. Baroni, "Discontinuity-free decision support with
   quantitative argumentation debates", KR 2016.
.. [2] T. Mossakowski, F. Neuhaus, "Modular semantics and characteristics for bipolar weighted
   argumentation graphs", arXiv:1807.06685, 2018 (iterative evaluation on cyclic graphs).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

from argmap.semantics._relations import Relation, relation_pairs
from argmap.semantics._scc import component_ids

__all__ = [
    "DEFAULT_BASE_SCORE",
    "StrengthResult",
    "dfquad_aggregate",
    "dfquad_combine",
    "dfquad_strengths",
]

#: Base score of a node that ``base`` does not mention.
DEFAULT_BASE_SCORE = 0.5


@dataclass(frozen=True)
class StrengthResult:
    """DF-QuAD strengths.

    Attributes
    ----------
    values : dict
        node -> strength in [0, 1], in node order.
    converged : bool
        False if the iteration on some cycle did not reach the tolerance.
    unconverged : list of tuple
        The strongly connected components (node tuples, in node order) whose iteration did not
        converge; their values (and those of nodes downstream) are the last iterate.
    iterations : int
        The largest number of sweeps any cyclic component needed (0 for acyclic graphs).
    """

    values: dict[Hashable, float]
    converged: bool
    unconverged: list[tuple[Hashable, ...]]
    iterations: int


def dfquad_aggregate(values: Iterable[float]) -> float:
    """Return F(v1, …, vn) = 1 − ∏(1 − vi), and 0 for no values.

    Examples
    --------
    >>> dfquad_aggregate([]), dfquad_aggregate([0.5]), dfquad_aggregate([0.5, 0.5])
    (0.0, 0.5, 0.75)
    """
    remaining = 1.0
    for v in values:
        remaining *= 1.0 - v
    return 1.0 - remaining


def dfquad_combine(v0: float, va: float, vs: float) -> float:
    """Return C(v0, va, vs): the base score moved down by attacks or up by supports.

    Examples
    --------
    >>> dfquad_combine(0.5, 0.5, 0.0), dfquad_combine(0.5, 0.0, 0.5)
    (0.25, 0.75)
    >>> dfquad_combine(0.4, 0.3, 0.3)
    0.4
    """
    if va >= vs:
        return v0 - v0 * (va - vs)
    return v0 + (1.0 - v0) * (vs - va)


def dfquad_strengths(
    nodes: Iterable[Hashable],
    base: Mapping[Hashable, float] | None = None,
    attacks: Relation | None = None,
    supports: Relation | None = None,
    *,
    tol: float = 1e-9,
    max_iter: int = 1000,
) -> StrengthResult:
    """Return the DF-QuAD strength of every node.

    Parameters
    ----------
    nodes : iterable
        The nodes; endpoints of relations not listed here are added after them.
    base : mapping, optional
        node -> base score τ in [0, 1]; missing nodes get :data:`DEFAULT_BASE_SCORE` (0.5).
    attacks, supports : nx.DiGraph or iterable of pairs, optional
        ``(u, v)``: u attacks v, resp. u supports v. A pair listed twice counts once.
    tol : float
        Iteration on a cycle stops when no value changes by more than ``tol``.
    max_iter : int
        At most this many sweeps per cyclic component.

    Returns
    -------
    StrengthResult

    Raises
    ------
    ValueError
        If a base score is not a number in [0, 1], or ``tol``/``max_iter`` are not positive.

    Examples
    --------
    >>> r = dfquad_strengths(
    ...     ["a", "b", "c"], {"b": 0.8}, attacks=[("b", "a")], supports=[("c", "a")]
    ... )
    >>> {k: round(v, 6) for k, v in r.values.items()}, r.converged
    ({'a': 0.35, 'b': 0.8, 'c': 0.5}, True)

    Notes
    -----
    Nodes are evaluated component by component in a topological order of the condensation of
    the attack ∪ support graph, so every acyclic part is computed exactly in one pass,
    O(|A| + |R|). A cyclic component is solved by synchronous (Jacobi) iteration from the base
    scores, with its inputs from earlier components fixed. Jacobi is independent of node order;
    it is not damped, so an oscillating component (e.g. two claims of base 1 attacking each
    other) is reported in ``unconverged`` rather than silently averaged. Each sweep costs
    O(size of the component).
    """
    if tol <= 0 or max_iter < 1:
        raise ValueError("tol must be positive and max_iter at least 1")
    order: dict[Hashable, None] = dict.fromkeys(nodes)
    attack_pairs = list(dict.fromkeys(relation_pairs(attacks)))
    support_pairs = list(dict.fromkeys(relation_pairs(supports)))
    for u, v in attack_pairs + support_pairs:
        order.setdefault(u)
        order.setdefault(v)
    base = base or {}
    tau: dict[Hashable, float] = {}
    for v in order:
        score = base.get(v, DEFAULT_BASE_SCORE)
        if isinstance(score, bool) or not isinstance(score, int | float) or not 0.0 <= score <= 1.0:
            raise ValueError(f"base score of {v!r} must be a number in [0, 1], got {score!r}")
        tau[v] = float(score)
    attackers: dict[Hashable, list[Hashable]] = {v: [] for v in order}
    supporters: dict[Hashable, list[Hashable]] = {v: [] for v in order}
    for u, v in attack_pairs:
        attackers[v].append(u)
    for u, v in support_pairs:
        supporters[v].append(u)

    def strength(v: Hashable, values: Mapping[Hashable, float]) -> float:
        return dfquad_combine(
            tau[v],
            dfquad_aggregate(values[u] for u in attackers[v]),
            dfquad_aggregate(values[u] for u in supporters[v]),
        )

    succ: dict[Hashable, set[Hashable]] = {v: set() for v in order}
    for u, v in attack_pairs + support_pairs:
        succ[u].add(v)
    component, count = component_ids(succ)
    groups: list[list[Hashable]] = [[] for _ in range(count)]
    for v in order:
        groups[component[v]].append(v)
    rank = {v: i for i, v in enumerate(order)}
    values: dict[Hashable, float] = {}
    unconverged: list[tuple[Hashable, ...]] = []
    most_sweeps = 0
    for members in reversed(groups):  # Tarjan numbers components in reverse topological order
        if len(members) == 1:
            (v,) = members
            if v not in succ[v]:
                values[v] = strength(v, values)
                continue
        cyclic = sorted(members, key=rank.__getitem__)
        for v in cyclic:
            values[v] = tau[v]
        settled = False
        sweeps = 0
        while sweeps < max_iter:
            sweeps += 1
            new = {v: strength(v, values) for v in cyclic}  # Jacobi: all from the old values
            change = max(abs(new[v] - values[v]) for v in cyclic)
            values.update(new)
            if change <= tol:
                settled = True
                break
        most_sweeps = max(most_sweeps, sweeps)
        if not settled or not all(math.isfinite(values[v]) for v in cyclic):
            unconverged.append(tuple(cyclic))
    unconverged.sort(key=lambda comp: rank[comp[0]])
    return StrengthResult({v: values[v] for v in order}, not unconverged, unconverged, most_sweeps)
