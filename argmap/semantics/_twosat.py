"""The 2-SAT engine behind :mod:`argmap.semantics.coherence` (private).

Works on the implication graph (literals ``(claim, value)``; an edge p → q means p ⇒ q, with the
relation that justifies it as edge data). :class:`TwoSat` holds the condensation, one model and,
on request, every *refuted* literal l (l ⇒* ¬l) with an explaining chain, all computed once.

Chains in one pass (issue 15). Refuted literals are closed under predecessors: if l ⇒ m and m is
refuted, so is l, with the chain ``l ⇒ m``, chain(m), ``¬m ⇒ ¬l`` (the contrapositive edge exists
because every clause gives both implications). So the literals are visited in reverse
topological order of the condensation; each one takes the best inherited chain of a refuted
successor and tries to beat it with a short bounded search; only a literal with nothing to
inherit (the first refuted literal of a component without refuted successors — a handful per
map) gets an unbounded search. Chains are built only when read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable, Iterator, Mapping
from itertools import pairwise
from typing import Protocol, TypeVar

import networkx as nx

from argmap.semantics._scc import component_ids
from argmap.semantics._steps import ImplicationStep, Literal, neg

__all__ = ["SEARCH_BUDGET", "TwoSat", "bfs", "path_steps", "shortest_path", "step_of"]

#: Candidates decided per pass of :meth:`TwoSat.refuted_among` (bits per Python int).
_CHUNK = 8192

#: Literals a bounded chain search may discover before it gives up and inherits instead.
SEARCH_BUDGET = 64


def step_of(ig: nx.DiGraph, premise: Literal, conclusion: Literal) -> ImplicationStep:
    """The step for the edge premise → conclusion (cached in the edge data: chains share it)."""
    data = ig._succ[premise][conclusion]  # the edge data dict, without the view layer
    step = data.get("_step")
    if step is None:
        step = ImplicationStep(premise, conclusion, data["kind"], data["source"], data["target"])
        data["_step"] = step
    return step


def path_steps(ig: nx.DiGraph, literals: list[Literal]) -> tuple[ImplicationStep, ...]:
    """The steps along a list of literals, each consecutive pair an edge."""
    return tuple(step_of(ig, a, b) for a, b in pairwise(literals))


def _successors(ig: nx.DiGraph, literal: Literal) -> Iterable[Literal]:
    # the plain dict lookup also covers literals of claims the graph does not know (no edges)
    succ = ig._succ.get(literal)
    return succ if succ is not None else ()


def bfs(
    ig: nx.DiGraph, sources: Iterable[Literal], targets: set[Literal] | None
) -> tuple[dict[Literal, Literal | None], Literal | None]:
    """BFS from ``sources``; stop at the first target discovered (by a path of length ≥ 1).

    Returns the parent map (sources map to None) and the target reached, if any. Targets must
    not be sources. The path to the target is a shortest one from the nearest source.
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


def tree_path(parent: dict[Literal, Literal | None], end: Literal) -> list[Literal]:
    """The literals of the BFS-tree path from a source to ``end``."""
    path = [end]
    while (p := parent[path[-1]]) is not None:
        path.append(p)
    path.reverse()
    return path


def shortest_path(
    ig: nx.DiGraph, source: Literal, target: Literal
) -> tuple[ImplicationStep, ...] | None:
    """Shortest chain source ⇒ … ⇒ target of length ≥ 1, or None."""
    parent: dict[Literal, Literal | None] = {source: None}
    queue = deque([source])
    while queue:
        v = queue.popleft()
        for w in _successors(ig, v):
            if w == target:
                return path_steps(ig, [*tree_path(parent, v), w])
            if w not in parent:
                parent[w] = v
                queue.append(w)
    return None


def refuting_search(
    ig: nx.DiGraph, start: Literal, bound: int | None, budget: int | None
) -> list[Literal] | None:
    """The literals of a shortest chain ``start ⇒* ¬start`` shorter than ``bound``, or None.

    One BFS from ``start``: whenever it discovers a literal w while ¬w is known, the chain to w
    followed by the contrapositive of the chain to ¬w is a refutation of length d(w) + d(¬w).
    Some shortest refutation has both halves of length ≤ ⌈L/2⌉, so layers are expanded only
    while twice the layer depth is below the best length found. ``budget`` caps the literals
    discovered (None: no cap); the search then returns what it found so far, possibly None.
    """
    succ = ig._succ
    dist = {start: 0}
    parent: dict[Literal, Literal | None] = {start: None}
    best, meet = bound, None
    frontier, depth = [start], 0
    while frontier and (best is None or 2 * depth < best):
        nxt: list[Literal] = []
        for v in frontier:
            for w in succ[v]:
                if w not in dist:
                    dist[w] = depth + 1
                    parent[w] = v
                    nxt.append(w)
                    other = dist.get((w[0], not w[1]))
                    if other is not None and (best is None or depth + 1 + other < best):
                        best, meet = depth + 1 + other, w
            if budget is not None and len(dist) > budget:  # checked per literal expanded
                nxt = []
                break
        frontier, depth = nxt, depth + 1
    if meet is None:
        return None
    # start ⇒* meet, then the contrapositive of start ⇒* ¬meet: meet ⇒* ¬start
    return tree_path(parent, meet) + [neg(x) for x in reversed(tree_path(parent, neg(meet))[:-1])]


N = TypeVar("N", bound=Hashable)


class Adjacency(Protocol[N]):
    """Successors or predecessors by node: a dict of a graph, or a list indexed by number."""

    def __getitem__(self, node: N, /) -> Iterable[N]: ...


def inheritance_order(
    found: Iterable[N],
    component: Mapping[N, int],
    succ: Adjacency[N],
    pred: Adjacency[N],
) -> Iterator[N]:
    """The refuted literals in an order in which each one can inherit from a successor.

    Components in reverse topological order (ascending Tarjan id); inside a component first
    the literals with a successor visited before, then backwards along the implications (every
    literal of a strongly connected component reaches every other), so at most one literal per
    component — one without refuted successors — has nothing to inherit. The caller processes
    each literal before the next one is produced. O(size of the refuted part).
    """
    groups: dict[int, list[N]] = {}
    for lit in found:
        groups.setdefault(component[lit], []).append(lit)
    done: set[N] = set()
    for c in sorted(groups):
        members = groups[c]
        inside = set(members)
        start = [v for v in members if any(m in done for m in succ[v])] or members[:1]
        seen = set(start)
        queue = deque(start)
        while queue:
            v = queue.popleft()
            yield v
            done.add(v)
            for p in pred[v]:
                if p in inside and p not in seen:
                    seen.add(p)
                    queue.append(p)


class TwoSat:
    """Strongly connected components, one model (if satisfiable) and the refuted literals."""

    def __init__(self, ig: nx.DiGraph) -> None:
        self.ig = ig
        self.claims = [claim for claim, value in ig if value]
        self.component, count = component_ids(ig._succ)  # plain adjacency dict: hot path
        self.comp_succ: list[set[int]] = [set() for _ in range(count)]
        for u, nbrs in ig._succ.items():
            cu = self.component[u]
            for v in nbrs:
                cv = self.component[v]
                if cu != cv:
                    self.comp_succ[cu].add(cv)
        # Tarjan numbers components in reverse topological order
        self.topo_order = list(range(count - 1, -1, -1))
        self.contradictory = [
            c for c in self.claims if self.component[(c, True)] == self.component[(c, False)]
        ]
        self.satisfiable = not self.contradictory
        # Aspvall-Plass-Tarjan: a literal whose component comes later in topological order is
        # true (a smaller Tarjan number); this is a model when satisfiable.
        self.model = (
            {c: self.component[(c, True)] < self.component[(c, False)] for c in self.claims}
            if self.satisfiable
            else None
        )
        self._refuted: dict[Literal, tuple] | None = None

    def refuted_among(self, candidates: list[Literal]) -> list[Literal]:
        """The candidates l with l ⇒* ¬l, decided for :data:`_CHUNK` at a time in one pass.

        The pass goes over the condensation in reverse topological order and carries, as a
        Python-int bit set, which targets ¬l each component reaches.
        """
        refuted: list[Literal] = []
        component = self.component
        for start in range(0, len(candidates), _CHUNK):
            chunk = candidates[start : start + _CHUNK]
            own: dict[int, int] = {}
            for i, lit in enumerate(chunk):
                c = component[neg(lit)]
                own[c] = own.get(c, 0) | (1 << i)
            reach: list[int] = [0] * len(self.comp_succ)
            for c in range(len(self.comp_succ)):  # ascending Tarjan id: successors first
                bits = own.get(c, 0)
                for d in self.comp_succ[c]:
                    bits |= reach[d]
                reach[c] = bits
            refuted += [lit for i, lit in enumerate(chunk) if (reach[component[lit]] >> i) & 1]
        return refuted

    def refuted(self) -> dict[Literal, tuple]:
        """Every refuted literal with how its chain is built (see the module docstring).

        ``("direct", steps)`` or ``("via", m, step l ⇒ m, step ¬m ⇒ ¬l)``: chain(l) is
        ``l ⇒ m``, chain(m), ``¬m ⇒ ¬l``.
        """
        if self._refuted is None:
            if self.model is not None:  # a literal true in a model is never refuted
                candidates = [(c, not self.model[c]) for c in self.claims]
            else:
                candidates = [lit for c in self.claims for lit in ((c, True), (c, False))]
            found = self.refuted_among(candidates)
            order = inheritance_order(found, self.component, self.ig._succ, self.ig._pred)
            self._refuted = self._chains(order)
        return self._refuted

    def _chains(self, found: Iterable[Literal]) -> dict[Literal, tuple]:
        ig, succ = self.ig, self.ig._succ
        length: dict[Literal, int] = {}
        how: dict[Literal, tuple] = {}
        for lit in found:
            inherit, bound = None, None
            for m in succ[lit]:
                n = length.get(m)
                if n is not None and (bound is None or n + 2 < bound):
                    inherit, bound = m, n + 2
            chain = refuting_search(ig, lit, bound, SEARCH_BUDGET if bound else None)
            if chain is not None:
                how[lit], length[lit] = ("direct", path_steps(ig, chain)), len(chain) - 1
            else:
                assert inherit is not None and bound is not None  # lit is refuted
                # the step lit ⇒ m and its contrapositive ¬m ⇒ ¬lit, kept for the chain
                back = step_of(ig, neg(inherit), neg(lit))
                how[lit] = ("via", inherit, step_of(ig, lit, inherit), back)
                length[lit] = bound
        return how

    def chain(self, literal: Literal) -> tuple[ImplicationStep, ...]:
        """The chain ``literal ⇒* ¬literal`` of a refuted literal, built in time linear in it."""
        how = self.refuted()
        forward: list[ImplicationStep] = []
        backward: list[ImplicationStep] = []
        entry = how[literal]
        while entry[0] == "via":
            forward.append(entry[2])
            backward.append(entry[3])
            entry = how[entry[1]]
        backward.reverse()
        return (*forward, *entry[1], *backward)


def analysis_of(ig: nx.DiGraph, factory: type) -> object:
    """The memoised analysis of ``ig`` (kept in ``ig.graph``, keyed by the graph's size)."""
    key = (ig.number_of_nodes(), ig.number_of_edges(), factory.__name__)
    cached = ig.graph.get("_coherence_analysis")
    if cached is None or cached[0] != key:
        cached = (key, factory(ig))
        ig.graph["_coherence_analysis"] = cached
    return cached[1]

