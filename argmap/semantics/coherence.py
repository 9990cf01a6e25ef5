"""Coherence of positions in the sense of Betz's theory of dialectical structures, as 2-SAT.

Claims are propositional variables; a *position* assigns some of them true (accepted) or false
(rejected). A complete position is *coherent* when it satisfies

- ``a supports b``: ¬a ∨ b (accepting a commits to b),
- ``a attacks b``: ¬a ∨ ¬b (not both),
- ``a contradicts b``: ¬a ∨ ¬b and a ∨ b (exactly one).

All clauses have two literals, so everything reduces to the implication graph of Aspvall, Plass
& Tarjan: the clause p ∨ q gives the implications ¬p ⇒ q and ¬q ⇒ p. Literals are pairs
``(claim, True)`` ("claim accepted") and ``(claim, False)`` ("claim rejected"). Every
implication edge records the relation that generated it, so every conclusion comes with a
chain of :class:`ImplicationStep` that the report can put into words.

Build the graph once with :func:`implication_graph`; the other functions analyse it.

References
----------
.. [1] G. Betz, *Theorie dialektischer Strukturen*, Klostermann, 2010; "Evaluating dialectical
   structures", Journal of Philosophical Logic 38(3), 2009.
.. [2] B. Aspvall, M. F. Plass, R. E. Tarjan, "A linear-time algorithm for testing the truth of
   certain quantified Boolean formulas", Information Processing Letters 8(3), 1979.
.. [3] A. del Val, "On 2-SAT and renamable Horn", AAAI 2000 (implied literals of 2-CNF).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from itertools import pairwise

import networkx as nx

from argmap.semantics._relations import Relation, relation_pairs
from argmap.semantics._scc import component_ids

__all__ = [
    "Commitment",
    "ImplicationStep",
    "PositionStatus",
    "commitments",
    "find_incoherent_cycle",
    "implication_graph",
    "incoherent_claims",
    "is_coherent",
    "position_status",
]

Literal = tuple[Hashable, bool]

#: Candidates decided per pass of :meth:`_Analysis.failed_literals` (bits per Python int).
_CHUNK = 8192


@dataclass(frozen=True)
class ImplicationStep:
    """One implication ``premise ⇒ conclusion`` and the relation that justifies it.

    ``kind`` is ``"support"``, ``"attack"`` or ``"contradiction"``; ``source`` and ``target`` are
    the relation's endpoints as written (``source kind target``).
    """

    premise: Literal
    conclusion: Literal
    kind: str
    source: Hashable
    target: Hashable


def implication_graph(
    supports: Relation | None = None,
    attacks: Relation | None = None,
    contradictions: Relation | None = None,
    *,
    claims: Iterable[Hashable] = (),
) -> nx.DiGraph:
    """Return the 2-SAT implication graph of a map.

    Parameters
    ----------
    supports, attacks : nx.DiGraph or iterable of pairs, optional
        ``(a, b)``: a supports b, resp. a attacks b.
    contradictions : nx.Graph or iterable of pairs, optional
        ``(a, b)``: a and b contradict each other (order irrelevant).
    claims : iterable, optional
        Claims to include even if no relation mentions them (they are then trivially coherent).

    Returns
    -------
    nx.DiGraph
        Nodes are the literals ``(claim, True)`` and ``(claim, False)`` of every claim; an edge
        ``p -> q`` means p ⇒ q, with data ``kind``, ``source``, ``target`` naming the relation
        that generated it (the first one when several do: supports, then attacks, then
        contradictions, each in the given order). Trivial implications p ⇒ p are omitted.

    Examples
    --------
    >>> ig = implication_graph(supports=[("a", "b")])
    >>> sorted(ig.edges())
    [(('a', True), ('b', True)), (('b', False), ('a', False))]
    >>> ig.edges[("a", True), ("b", True)]
    {'kind': 'support', 'source': 'a', 'target': 'b'}

    Notes
    -----
    O(|claims| + |relations|).
    """
    ig = nx.DiGraph()
    order: dict[Hashable, None] = dict.fromkeys(claims)
    clauses: list[tuple[Literal, Literal, str, Hashable, Hashable]] = []
    for a, b in relation_pairs(supports):
        clauses.append(((a, False), (b, True), "support", a, b))
    for a, b in relation_pairs(attacks):
        clauses.append(((a, False), (b, False), "attack", a, b))
    for a, b in relation_pairs(contradictions):
        clauses.append(((a, False), (b, False), "contradiction", a, b))
        clauses.append(((a, True), (b, True), "contradiction", a, b))
    for *_, a, b in clauses:
        order.setdefault(a)
        order.setdefault(b)
    ig.add_nodes_from(lit for claim in order for lit in ((claim, True), (claim, False)))
    edges: dict[tuple[Literal, Literal], dict[str, object]] = {}
    for p, q, kind, a, b in clauses:
        # the clause p ∨ q as the two implications ¬p ⇒ q and ¬q ⇒ p; the first relation that
        # yields an implication names it (setdefault), as documented
        for premise, conclusion in ((_neg(p), q), (_neg(q), p)):
            if premise != conclusion:
                edges.setdefault((premise, conclusion), {"kind": kind, "source": a, "target": b})
    ig.add_edges_from((u, v, data) for (u, v), data in edges.items())
    return ig


def _neg(literal: Literal) -> Literal:
    return (literal[0], not literal[1])


def _claims(ig: nx.DiGraph) -> list[Hashable]:
    return [claim for claim, value in ig if value]


def _successors(ig: nx.DiGraph, literal: Literal) -> Iterable[Literal]:
    # the plain dict lookup also covers literals of claims the graph does not know (no edges)
    succ = ig._succ.get(literal)
    return succ if succ is not None else ()


def _step(ig: nx.DiGraph, premise: Literal, conclusion: Literal) -> ImplicationStep:
    data = ig._succ[premise][conclusion]  # the edge data dict, without the view layer
    return ImplicationStep(premise, conclusion, data["kind"], data["source"], data["target"])


def _bfs(
    ig: nx.DiGraph, sources: Iterable[Literal], targets: set[Literal] | None
) -> tuple[dict[Literal, Literal | None], Literal | None]:
    """BFS from ``sources``; stop at the first target discovered (by a path of length ≥ 1).

    Returns the parent map (sources map to None) and the target reached, if any. Targets must
    not be sources. BFS discovers nodes in order of distance, so the path to the target is a
    shortest one from the nearest source.
    """
    parent: dict[Literal, Literal | None] = {}
    queue: deque[Literal] = deque()
    for s in sources:
        if s not in parent:
            parent[s] = None
            queue.append(s)
    while queue:
        v = queue.popleft()
        for w in _successors(ig, v):
            if targets is not None and w in targets:
                parent[w] = v
                return parent, w
            if w not in parent:
                parent[w] = v
                queue.append(w)
    return parent, None


def _shortest_chain_within(
    ig: nx.DiGraph,
    source: Literal,
    target: Literal,
    allowed: Callable[[Literal], int],
    allowed_back: Callable[[Literal], int] | None = None,
) -> tuple[ImplicationStep, ...] | None:
    """A shortest chain ``source ⇒ … ⇒ target`` (length ≥ 1), by bidirectional BFS.

    The forward search only enters literals for which ``allowed`` is true (those that can still
    reach the target), the backward search those for which ``allowed_back`` is (those the source
    reaches); the side with the smaller frontier grows by one whole layer at a time,
    and the first layer that closes the gap yields the shortest meeting over that layer.
    """
    pred = ig._pred  # hot loop: skip the view layer
    fwd: dict[Literal, Literal | None] = {source: None}
    bwd: dict[Literal, Literal | None] = {target: None}
    dist_f, dist_b = {source: 0}, {target: 0}
    front_f, front_b = [source], [target]
    while front_f and front_b:
        best: tuple[int, Literal, Literal] | None = None
        nxt: list[Literal] = []
        if len(front_f) <= len(front_b):
            for v in front_f:
                for w in _successors(ig, v):
                    if w in dist_b:
                        length = dist_f[v] + 1 + dist_b[w]
                        if best is None or length < best[0]:
                            best = (length, v, w)
                    if w not in fwd and allowed(w):
                        fwd[w] = v
                        dist_f[w] = dist_f[v] + 1
                        nxt.append(w)
            front_f = nxt
        else:
            for w in front_b:
                for v in pred.get(w, ()):
                    if v in dist_f:
                        length = dist_f[v] + 1 + dist_b[w]
                        if best is None or length < best[0]:
                            best = (length, v, w)
                    if v not in bwd and (allowed_back is None or allowed_back(v)):
                        bwd[v] = w
                        dist_b[v] = dist_b[w] + 1
                        nxt.append(v)
            front_b = nxt
        if best is not None:
            _, v, w = best
            head = []
            x: Literal | None = v
            while x is not None:
                head.append(x)
                x = fwd[x]
            literals = head[::-1]
            x = w
            while x is not None:
                literals.append(x)
                x = bwd[x]
            return tuple(_step(ig, a, b) for a, b in pairwise(literals))
    return None


def _chain(
    ig: nx.DiGraph, parent: dict[Literal, Literal | None], end: Literal
) -> tuple[ImplicationStep, ...]:
    """The steps of the BFS-tree path from a source to ``end``."""
    steps = []
    v = end
    while (p := parent[v]) is not None:
        steps.append(_step(ig, p, v))
        v = p
    steps.reverse()
    return tuple(steps)


def _shortest_path(
    ig: nx.DiGraph, source: Literal, target: Literal
) -> tuple[ImplicationStep, ...] | None:
    """Shortest chain source ⇒ … ⇒ target of length ≥ 1, or None."""
    parent: dict[Literal, Literal | None] = {source: None}
    queue = deque([source])
    while queue:
        v = queue.popleft()
        for w in _successors(ig, v):
            if w == target:
                steps = [_step(ig, v, w)]
                while parent[v] is not None:
                    steps.append(_step(ig, parent[v], v))
                    v = parent[v]
                steps.reverse()
                return tuple(steps)
            if w not in parent:
                parent[w] = v
                queue.append(w)
    return None


def _analysis_of(ig: nx.DiGraph) -> _Analysis:
    """The (memoised) :class:`_Analysis` of ``ig``: the checks of one map share one condensation.

    The memo lives in ``ig.graph`` and is keyed by the graph's size, so a graph changed after
    the analysis (not done by argmap, but possible for a caller) gets a fresh one.
    """
    key = (ig.number_of_nodes(), ig.number_of_edges())
    cached = ig.graph.get("_coherence_analysis")
    if cached is None or cached[0] != key:
        cached = (key, _Analysis(ig))
        ig.graph["_coherence_analysis"] = cached
    return cached[1]


def _condense(
    ig: nx.DiGraph,
) -> tuple[dict[Literal, int], list[set[int]], list[int]]:
    """Strongly connected components of ``ig``: literal → component, the component DAG's
    successor sets, and a topological order of the components.

    Lighter than ``nx.condensation`` (no graph with member sets is built). O(V + E).
    """
    component, n = component_ids(ig._succ)  # the plain adjacency dict: hot path
    comp_succ: list[set[int]] = [set() for _ in range(n)]
    for u, nbrs in ig._succ.items():
        cu = component[u]
        for v in nbrs:
            cv = component[v]
            if cu != cv:
                comp_succ[cu].add(cv)
    # Tarjan numbers components in reverse topological order
    return component, comp_succ, list(range(n - 1, -1, -1))


class _Analysis:
    """Strongly connected components and, if satisfiable, one model of an implication graph."""

    def __init__(self, ig: nx.DiGraph) -> None:
        self.ig = ig
        self.claims = _claims(ig)
        self.component, self.comp_succ, self.topo_order = _condense(ig)
        topo = {c: i for i, c in enumerate(self.topo_order)}
        self.position = {lit: topo[c] for lit, c in self.component.items()}
        self.contradictory = [
            c for c in self.claims if self.component[(c, True)] == self.component[(c, False)]
        ]
        self.satisfiable = not self.contradictory
        # Aspvall-Plass-Tarjan: a literal whose component comes later in topological order is
        # true (nothing it implies can come earlier); this is a model when satisfiable.
        self.model = (
            {c: self.position[(c, True)] > self.position[(c, False)] for c in self.claims}
            if self.satisfiable
            else None
        )

    def failed_literals(
        self, candidates: Iterable[Literal]
    ) -> dict[Literal, tuple[ImplicationStep, ...]]:
        """Literals l among ``candidates`` with l ⇒* ¬l, each with a shortest such chain.

        Which candidates are refuted is decided for up to :data:`_CHUNK` of them at once by one
        pass over the condensation in reverse topological order, carrying a bit set of the
        targets ¬l each component reaches (Python ints as bit sets). Only then is a shortest
        chain searched for each refuted literal, by a BFS confined to the literals that can
        reach its target, so no search wanders through the rest of the map.
        """
        pending = [
            lit
            for lit in dict.fromkeys(candidates)
            # true in a model, so not refutable
            if not (self.model is not None and self.model[lit[0]] == lit[1])
        ]
        failed: dict[Literal, tuple[ImplicationStep, ...]] = {}
        if not pending:
            return failed
        order = self.topo_order[::-1]
        succ = self.comp_succ
        component = self.component
        for start in range(0, len(pending), _CHUNK):
            chunk = pending[start : start + _CHUNK]
            own: dict[int, int] = {}
            for i, lit in enumerate(chunk):
                c = self.component.get(_neg(lit))
                if c is not None:
                    own[c] = own.get(c, 0) | (1 << i)
            reach: dict[int, int] = {}
            for c in order:
                bits = own.get(c, 0)
                for d in succ[c]:
                    bits |= reach[d]
                reach[c] = bits
            refuted = [(i, lit) for i, lit in enumerate(chunk)
                       if (reach.get(self.component.get(lit, -1), 0) >> i) & 1]
            # the refuted literals' forward closures, as bit sets too: both ends of each chain
            # search are then confined to literals that lie on some source-to-target path
            reached = [0] * len(order)
            for i, lit in refuted:
                reached[self.component[lit]] |= 1 << i
            for c in self.topo_order:
                bits = reached[c]
                if bits:
                    for d in succ[c]:
                        reached[d] |= bits
            for i, lit in refuted:
                chain = _shortest_chain_within(
                    self.ig,
                    lit,
                    _neg(lit),
                    lambda v, i=i, r=reach, c=component: (r[c[v]] >> i) & 1,
                    lambda v, i=i, r=reached, c=component: (r[c[v]] >> i) & 1,
                )
                assert chain is not None  # reach says a path exists
                failed[lit] = chain
        return failed


def is_coherent(ig: nx.DiGraph) -> bool:
    """Return whether some coherent complete position exists (the 2-SAT instance is satisfiable).

    Examples
    --------
    >>> is_coherent(implication_graph(contradictions=[("a", "b")], supports=[("a", "b")]))
    True
    >>> ig = implication_graph(contradictions=[("a", "b")], supports=[("a", "b"), ("b", "a")])
    >>> is_coherent(ig)
    False

    Notes
    -----
    Satisfiable iff no claim's two literals share a strongly connected component [1]_.
    O(|claims| + |relations|).

    References
    ----------
    .. [1] Aspvall, Plass & Tarjan 1979.
    """
    return _analysis_of(ig).satisfiable


def incoherent_claims(ig: nx.DiGraph) -> dict[Hashable, tuple[ImplicationStep, ...]]:
    """Return the claims that imply their own rejection, each with a shortest chain.

    A claim x is returned iff ``(x, True) ⇒* (x, False)`` in the implication graph. When the map
    is coherent (:func:`is_coherent`), these are exactly the claims that no coherent position
    accepts. When it is not, no position is coherent at all, and this still lists the claims
    that refute themselves (report the map's cycle with :func:`find_incoherent_cycle`).

    Returns
    -------
    dict
        claim -> chain of :class:`ImplicationStep` from ``(x, True)`` to ``(x, False)``, in the
        graph's claim order.

    Examples
    --------
    >>> ig = implication_graph(supports=[("a", "b")], attacks=[("a", "b")])
    >>> chain = incoherent_claims(ig)["a"]
    >>> [(s.premise, s.conclusion, s.kind) for s in chain]
    [(('a', True), ('b', False), 'attack'), (('b', False), ('a', False), 'support')]

    Notes
    -----
    A claim true in the Aspvall-Plass-Tarjan model cannot refute itself, so only the others are
    searched, each by a BFS that stops at ``(x, False)``; a search that fails certifies every
    literal it reached as non-refuting, and those claims are skipped. Worst case
    O(n · (|claims| + |relations|)) for n searched claims; in practice each search is short or
    prunes many claims. The chain is a shortest one (BFS).
    """
    analysis = _analysis_of(ig)
    failed = analysis.failed_literals((c, True) for c in analysis.claims)
    return {lit[0]: chain for lit, chain in failed.items()}


def find_incoherent_cycle(ig: nx.DiGraph) -> tuple[ImplicationStep, ...] | None:
    """Return a cycle ``x ⇒ … ⇒ ¬x ⇒ … ⇒ x`` proving that no coherent position exists, or None.

    Examples
    --------
    >>> ig = implication_graph(contradictions=[("a", "b")], supports=[("a", "b"), ("b", "a")])
    >>> cycle = find_incoherent_cycle(ig)
    >>> cycle[0].premise, [s.conclusion for s in cycle]
    (('a', True), [('b', True), ('a', False), ('b', False), ('a', True)])
    >>> [s.kind for s in cycle]
    ['support', 'contradiction', 'support', 'contradiction']
    >>> find_incoherent_cycle(implication_graph(supports=[("a", "b")])) is None
    True

    Notes
    -----
    Takes the first claim (in graph order) whose literals share a strongly connected component
    and joins a shortest chain ``(x, True) ⇒* (x, False)`` with a shortest chain back (two
    BFS). O(|claims| + |relations|).
    """
    analysis = _analysis_of(ig)
    if analysis.satisfiable:
        return None
    x = analysis.contradictory[0]
    there = _shortest_path(ig, (x, True), (x, False))
    back = _shortest_path(ig, (x, False), (x, True))
    assert there is not None and back is not None  # same component
    return there + back


@dataclass(frozen=True)
class PositionStatus:
    """Whether a (partial) position can be completed coherently, and if not, why.

    Attributes
    ----------
    coherent : bool
        Some coherent complete position extends it.
    conflict : tuple of two literals, or None
        When the position itself is to blame: ``(start, violated)`` where ``start`` is one of the
        position's literals, and ``violated`` one of them too whose negation ``start`` implies
        (``start == violated`` when a literal refutes itself). For a claim both accepted and
        rejected: ``((x, True), (x, False))`` with an empty ``path``.
    path : tuple of ImplicationStep
        The chain from ``start`` to the negation of ``violated`` (a shortest one); or, when the
        map itself is incoherent, the cycle of :func:`find_incoherent_cycle`.
    map_incoherent : bool
        True when no coherent position exists at all, whatever the position says.
    """

    coherent: bool
    conflict: tuple[Literal, Literal] | None = None
    path: tuple[ImplicationStep, ...] = ()
    map_incoherent: bool = False


def _position_literals(accept: Iterable[Hashable], reject: Iterable[Hashable]) -> list[Literal]:
    literals = [(c, True) for c in accept] + [(c, False) for c in reject]
    return list(dict.fromkeys(literals))


def _position_closure(
    ig: nx.DiGraph, literals: list[Literal]
) -> tuple[dict[Literal, Literal | None], PositionStatus | None]:
    """BFS from the position's literals; a status if the closure hits a negated literal."""
    units = set(literals)
    for lit in literals:
        if lit[1] and _neg(lit) in units:
            return {}, PositionStatus(False, (lit, _neg(lit)))
    negated = {_neg(lit): lit for lit in literals}
    parent, hit = _bfs(ig, literals, set(negated))
    if hit is None:
        return parent, None
    steps = _chain(ig, parent, hit)
    start = steps[0].premise
    return parent, PositionStatus(False, (start, negated[hit]), steps)


def position_status(
    ig: nx.DiGraph, accept: Iterable[Hashable] = (), reject: Iterable[Hashable] = ()
) -> PositionStatus:
    """Return whether accepting ``accept`` and rejecting ``reject`` can be completed coherently.

    Examples
    --------
    >>> ig = implication_graph(supports=[("a", "b")], attacks=[("b", "c")])
    >>> position_status(ig, accept=["a"], reject=["c"]).coherent
    True
    >>> status = position_status(ig, accept=["a", "c"])
    >>> status.conflict, [s.kind for s in status.path]
    ((('a', True), ('c', True)), ['support', 'attack'])

    Notes
    -----
    The position's literals are unit clauses. A satisfiable 2-CNF plus units is satisfiable iff
    no unit implies the negation of a unit (then the units' implication closure overrides any
    model consistently), so one multi-source BFS from the position's literals decides it and
    yields a shortest explaining chain. O(|claims| + |relations|).
    """
    literals = _position_literals(accept, reject)
    _, status = _position_closure(ig, literals)
    if status is not None:
        return status
    cycle = find_incoherent_cycle(ig)
    if cycle is not None:
        return PositionStatus(False, None, cycle, map_incoherent=True)
    return PositionStatus(True)


@dataclass(frozen=True)
class Commitment:
    """A truth value that every coherent completion of a position gives to a claim.

    ``reason`` is ``"position"`` (the position says so; ``path`` empty), ``"implied"`` (``path``
    leads from one of the position's literals to ``(claim, value)``) or ``"forced"`` (the map
    alone forces it: ``path`` leads from ``(claim, not value)`` to ``(claim, value)``).
    """

    claim: Hashable
    value: bool
    reason: str
    path: tuple[ImplicationStep, ...] = ()


def commitments(
    ig: nx.DiGraph, accept: Iterable[Hashable] = (), reject: Iterable[Hashable] = ()
) -> dict[Hashable, Commitment]:
    """Return the claims whose truth value every coherent completion of the position fixes.

    Raises
    ------
    ValueError
        If the position has no coherent completion (see :func:`position_status`).

    Examples
    --------
    >>> ig = implication_graph(supports=[("a", "b")], attacks=[("b", "c")], claims=["d"])
    >>> {c: (m.value, m.reason) for c, m in commitments(ig, accept=["a"]).items()}
    {'a': (True, 'position'), 'b': (True, 'implied'), 'c': (False, 'implied')}
    >>> ig = implication_graph(supports=[("x", "y")], attacks=[("x", "y")])
    >>> {c: (m.value, m.reason) for c, m in commitments(ig).items()}
    {'x': (False, 'forced')}

    Notes
    -----
    For a satisfiable 2-CNF F with units U, F ∧ U entails a literal l iff l is implied by a unit
    or ¬l ⇒* l in F alone (del Val 2000). So the result is the BFS closure of the position's
    literals plus the literals F forces, found as in :func:`incoherent_claims` (a literal true
    in the Aspvall-Plass-Tarjan model is never refuted). Same worst case as there.
    """
    literals = _position_literals(accept, reject)
    parent, status = _position_closure(ig, literals)
    if status is not None or not is_coherent(ig):
        raise ValueError("the position has no coherent completion")
    result: dict[Hashable, Commitment] = {}
    for lit in literals:
        result[lit[0]] = Commitment(lit[0], lit[1], "position")
    for lit in parent:
        if lit[0] not in result:
            result[lit[0]] = Commitment(lit[0], lit[1], "implied", _chain(ig, parent, lit))
    analysis = _analysis_of(ig)
    candidates = [(c, not analysis.model[c]) for c in analysis.claims if c not in result]
    for lit, chain in analysis.failed_literals(candidates).items():
        result[lit[0]] = Commitment(lit[0], not lit[1], "forced", chain)
    return result
