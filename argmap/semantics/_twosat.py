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

Literals as integers (issue 15): the engine runs on codes, claim i accepted ``2·i`` and rejected
``2·i + 1`` (so ¬x is ``x ^ 1``), over successor lists that :func:`implication_graph` builds
with the networkx graph (:func:`remember_codes`); the networkx graph is read only for the edge
data of the steps of a chain and the predecessors of refuted literals.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

import networkx as nx

from argmap.semantics._scc import component_list
from argmap.semantics._steps import ImplicationStep, Literal

__all__ = [
    "SEARCH_BUDGET",
    "ImplicationGraph",
    "TwoSat",
    "bfs",
    "literal_codes",
    "path_steps",
    "remember_codes",
    "shortest_path",
    "step_of",
]

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
    succ: Sequence[Sequence[int]], start: int, bound: int | None, budget: int | None
) -> list[int] | None:
    """The literals of a shortest chain ``start ⇒* ¬start`` shorter than ``bound``, or None.

    Literals are codes (``2·i`` for claim i accepted, ``2·i + 1`` rejected, so ¬x is
    ``x ^ 1``), ``succ[x]`` the codes x implies. One BFS from ``start``: whenever it discovers
    a literal w while ¬w is known, the chain to w followed by the contrapositive of the chain to
    ¬w is a refutation of length d(w) + d(¬w). Some shortest refutation has both halves of
    length ≤ ⌈L/2⌉, so layers are expanded only while twice the layer depth is below the best
    length found. ``budget`` caps the literals discovered (None: no cap); the search then
    returns what it found so far, possibly None.

    Notes
    -----
    O(literals discovered + their out-edges): at most ``budget`` literals when capped.
    """
    dist = {start: 0}
    parent: dict[int, int] = {start: -1}
    best, meet = bound, -1
    frontier, depth = [start], 0
    while frontier and (best is None or 2 * depth < best):
        nxt: list[int] = []
        below = depth + 1
        for v in frontier:
            for w in succ[v]:
                if w not in dist:
                    dist[w] = below
                    parent[w] = v
                    nxt.append(w)
                    other = dist.get(w ^ 1)
                    if other is not None and (best is None or below + other < best):
                        best, meet = below + other, w
            if budget is not None and len(dist) > budget:  # checked per literal expanded
                nxt = []
                break
        frontier, depth = nxt, below
    if meet < 0:
        return None
    # start ⇒* meet, then the contrapositive of start ⇒* ¬meet: meet ⇒* ¬start
    return _tree_codes(parent, meet) + [x ^ 1 for x in reversed(_tree_codes(parent, meet ^ 1)[:-1])]


def _tree_codes(parent: dict[int, int], end: int) -> list[int]:
    """The codes of the BFS-tree path from the source to ``end`` (the source's parent is -1)."""
    path = [end]
    while (p := parent[path[-1]]) >= 0:
        path.append(p)
    path.reverse()
    return path


N = TypeVar("N", bound=Hashable)


class Adjacency(Protocol[N]):
    """Successors or predecessors by node: a dict of a graph, or a list indexed by number."""

    def __getitem__(self, node: N, /) -> Iterable[N]: ...


K = TypeVar("K", bound=Hashable, contravariant=True)


class Numbering(Protocol[K]):
    """A number by node: a dict, or a list indexed by number."""

    def __getitem__(self, node: K, /) -> int: ...


def inheritance_order(
    found: Iterable[N],
    component: Numbering[N],
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


class ImplicationGraph(nx.DiGraph):
    """The directed graph :func:`~argmap.semantics.coherence.implication_graph` returns: an
    ordinary ``nx.DiGraph`` whose :attr:`version` is a new token after every change of its
    nodes or edges through networkx's methods.

    What the engine keeps about a graph (its literal codes, its analysis) is used only while
    the graph has the version it was computed for. A check of the graph's size could not tell
    an edge swapped for another, and answered for the graph as it had been. Edge *data* is not
    versioned: the relation an implication names is read, never decided on.

    >>> ig = ImplicationGraph([("p", "q")])
    >>> before = ig.version
    >>> ig.remove_edge("p", "q"); ig.add_edge("q", "p")
    >>> ig.version is before, ig.number_of_edges()
    (False, 1)
    """

    version: object
    # What is kept, with the version it holds for. Attributes of the graph, so that they go with
    # it (an engine holds its graph: beside it, in a weak dictionary, the two would never be
    # freed) and a copy or a reversed graph, a new instance, has none.
    #: ``(version, lits, succ)``: the graph on literal codes (:func:`remember_codes`)
    codes: tuple[object, list[Literal], list[list[int]]] | None = None
    #: ``(version, factory, factory(graph))``: the engine's analysis (:func:`analysis_of`)
    analysis: tuple[object, type, object] | None = None

    def __init__(self, incoming_graph_data: object = None, **attr: object) -> None:
        self.version = object()
        super().__init__(incoming_graph_data, **attr)


def _versioned(name: str) -> Callable[..., object]:
    change = getattr(nx.DiGraph, name)

    @functools.wraps(change)
    def method(self: ImplicationGraph, *args: object, **kwargs: object) -> object:
        try:
            return change(self, *args, **kwargs)
        finally:  # also after a change that failed half-way (e.g. a missing edge in a list)
            self.version = object()

    return method


for _name in ("add_node", "add_nodes_from", "remove_node", "remove_nodes_from", "add_edge",
              "add_edges_from", "add_weighted_edges_from", "remove_edge", "remove_edges_from",
              "update", "clear", "clear_edges"):
    setattr(ImplicationGraph, _name, _versioned(_name))


def _memoisable(ig: nx.DiGraph) -> ImplicationGraph | None:
    """``ig`` if it is an :class:`ImplicationGraph` that can change only through its methods;
    None for any other graph (a plain one cannot tell that it changed, a view changes with the
    graph below it), which then is read afresh every time."""
    return ig if isinstance(ig, ImplicationGraph) and not nx.is_frozen(ig) else None


def remember_codes(ig: ImplicationGraph, lits: list[Literal], succ: list[list[int]]) -> None:
    """Keep for ``ig`` its graph on literal codes, as built with it: ``lits[x]`` the literal
    (node) of code x, ``succ[x]`` the codes it implies, in the graph's order. Claim i's
    literals must be the codes ``2·i`` (accepted) and ``2·i + 1`` (rejected), in node order."""
    ig.codes = (ig.version, lits, succ)


def literal_codes(ig: nx.DiGraph) -> tuple[list[Literal], list[list[int]]] | None:
    """The graph on literal codes kept by :func:`remember_codes`, or None if there is none or
    ``ig`` has changed since (a graph changed in place is read again).

    Notes
    -----
    O(1).
    """
    graph = _memoisable(ig)
    known = graph.codes if graph is not None else None
    if graph is None or known is None or known[0] is not graph.version:
        return None
    return known[1], known[2]


def _codes_of(
    ig: nx.DiGraph, claims: list[Hashable]
) -> tuple[list[Literal], list[list[int]], list[int] | None]:
    """The graph on literal codes read off ``ig``: ``(lits, succ, roots)``, roots the codes in
    node order (None when that is ``0 … n-1``)."""
    index = {claim: i for i, claim in enumerate(claims)}
    n = 2 * len(claims)
    lits: list[Literal] = [("", False)] * n
    code: dict[Literal, int] = {}
    for lit in ig._succ:
        x = 2 * index[lit[0]] + (not lit[1])
        code[lit] = x
        lits[x] = lit
    if len(code) != n:  # a claim with one literal only: not an implication graph
        raise KeyError(next((c, False) for c in claims if (c, False) not in code))
    succ: list[list[int]] = [[]] * n
    for lit, nbrs in ig._succ.items():
        succ[code[lit]] = [code[w] for w in nbrs]
    in_order = all(map(int.__eq__, code.values(), range(n)))
    return lits, succ, None if in_order else list(code.values())


class _Predecessors:
    """The predecessor codes of a literal code, read off the graph when asked (in the graph's
    order; :func:`inheritance_order` asks only about refuted literals)."""

    def __init__(self, engine: TwoSat) -> None:
        self.pred, self.lits = engine.ig._pred, engine.lits
        self.code = {lit: x for x, lit in enumerate(engine.lits)}

    def __getitem__(self, x: int) -> list[int]:
        code = self.code
        return [code[p] for p in self.pred[self.lits[x]]]


class TwoSat:
    """Strongly connected components, one model (if satisfiable) and the refuted literals.

    Everything runs on literal *codes*: claim i (in graph order) accepted is ``2·i``, rejected
    ``2·i + 1``, so the complement of x is ``x ^ 1``; :attr:`lits` maps a code back to the
    graph's literal (the node itself) and :attr:`succ` holds the graph's successor lists as
    codes, in the graph's order (so that the components, searches and chains are those of the
    graph itself): as kept by :func:`remember_codes` when :func:`implication_graph` built the
    graph, else read off it.

    Notes
    -----
    O(|claims| + |relations|) to build; :meth:`refuted` as documented in
    :func:`argmap.semantics.coherence.incoherent_claims`.
    """

    def __init__(self, ig: nx.DiGraph) -> None:
        self.ig = ig
        known = literal_codes(ig)
        roots: list[int] | None = None
        #: every edge x ⇒ y comes with its contrapositive ¬y ⇒ ¬x, as in a graph built by
        #: implication_graph (one changed by hand need not be)
        self.skew_symmetric = known is not None
        if known is not None:
            lits, succ = known
            self.claims = [lit[0] for lit in lits[::2]]
        else:
            self.claims = [claim for claim, value in ig if value]
            lits, succ, roots = _codes_of(ig, self.claims)
        self.lits, self.succ = lits, succ
        component, count = component_list(succ, roots)
        self.component, self.count = component, count
        self._comp_succ: list[list[int]] | None = None
        self.contradictory = [
            c for i, c in enumerate(self.claims) if component[2 * i] == component[2 * i + 1]
        ]
        self.satisfiable = not self.contradictory
        # Aspvall-Plass-Tarjan: a literal whose component comes later in topological order is
        # true (a smaller Tarjan number); this is a model when satisfiable.
        self.model = (
            {c: component[2 * i] < component[2 * i + 1] for i, c in enumerate(self.claims)}
            if self.satisfiable
            else None
        )
        self._refuted: dict[int, tuple] | None = None

    @property
    def comp_succ(self) -> list[list[int]]:
        """The successors of each component of the condensation, without repeats (Tarjan
        numbers components in reverse topological order: every successor has a smaller id);
        computed when first asked."""
        if self._comp_succ is None:
            component = self.component
            comp_succ: list[list[int]] = [[] for _ in range(self.count)]
            for u, ws in enumerate(self.succ):
                cu = component[u]
                for w in ws:
                    cw = component[w]
                    if cu != cw:
                        comp_succ[cu].append(cw)
            self._comp_succ = [list(dict.fromkeys(s)) if len(s) > 1 else s for s in comp_succ]
        return self._comp_succ

    def refuted_among(self, candidates: Sequence[int]) -> list[int]:
        """The candidate codes x with x ⇒* ¬x, in the given order, decided for :data:`_CHUNK`
        at a time in one pass each.

        Notes
        -----
        O((k/_CHUNK + 1)·(|claims| + |relations|)) word operations for k candidates: see
        :meth:`_refuted_in_model` (satisfiable, and a graph as implication_graph builds it)
        and :meth:`_refuted_by_reach` (otherwise).
        """
        if self.model is None or not self.skew_symmetric:
            return self._refuted_by_reach(candidates)
        return self._refuted_in_model(candidates)

    def _refuted_by_reach(self, candidates: Sequence[int]) -> list[int]:
        """The pass over the whole condensation in reverse topological order, carrying as a
        Python-int bit set which targets ¬x each component reaches."""
        refuted: list[int] = []
        component = self.component
        count = self.count
        # sinks carry only their own bits: the pass skips them
        inner = [(c, s) for c, s in enumerate(self.comp_succ) if s]
        for start in range(0, len(candidates), _CHUNK):
            chunk = candidates[start : start + _CHUNK]
            reach = [0] * count
            for i, x in enumerate(chunk):
                reach[component[x ^ 1]] |= 1 << i
            for c, succs in inner:  # ascending Tarjan id: successors first
                bits = reach[c]
                for d in succs:
                    bits |= reach[d]
                reach[c] = bits
            refuted += [x for i, x in enumerate(chunk) if (reach[component[x]] >> i) & 1]
        return refuted

    def _refuted_in_model(self, candidates: Sequence[int]) -> list[int]:
        """The pass over the literals the model makes false only (satisfiable maps).

        The true literals T of a model are closed under implication, the false ones F under
        converse implication, so a path that ends in F runs inside F. A false x is refuted
        iff some edge u → v leaves F (u in F, v in T) with x ⇒* u and x ⇒* ¬v: then
        x ⇒* u ⇒ v ⇒* ¬x (contrapositive of x ⇒* ¬v); conversely the first edge of x ⇒* ¬x
        that leaves F is one (v ⇒* ¬x gives x ⇒* ¬v). So one pass over F in topological order
        carries which candidates reach each component of F (bit sets, as above), and each
        leaving edge, as the pair of components of u and ¬v (both in F), tests the
        intersection. F is half the literals and loses the edges into T: the pass is about a
        quarter of one over the whole graph. A candidate true in the model is not refuted.
        Needs the contrapositive of every edge (:attr:`skew_symmetric`).
        """
        component, succ, count = self.component, self.succ, self.count
        false = [False] * count
        for x in range(0, len(succ), 2):
            a, b = component[x], component[x + 1]
            false[a if a > b else b] = True  # the smaller Tarjan id is true
        pred: list[list[int]] = [[] for _ in range(count)]
        pairs: dict[int, dict[int, None]] = {}
        for u, ws in enumerate(succ):
            cu = component[u]
            if not false[cu]:
                continue
            for w in ws:
                cw = component[w]
                if cw == cu:
                    continue
                if false[cw]:
                    pred[cw].append(cu)
                else:  # u ⇒ w leaves F; its contrapositive ¬w ⇒ ¬u gives the same pair
                    a, b = cu, component[w ^ 1]
                    pairs.setdefault(min(a, b), {})[max(a, b)] = None
        # topological order (descending Tarjan id), components with predecessors in F only
        inner = [(c, list(dict.fromkeys(pred[c])) if len(pred[c]) > 1 else pred[c])
                 for c in range(count - 1, -1, -1) if pred[c]]
        leaving = [(a, list(bs)) for a, bs in pairs.items()]
        chosen = [x for x in candidates if false[component[x]]]
        refuted: list[int] = []
        for start in range(0, len(chosen), _CHUNK):
            chunk = chosen[start : start + _CHUNK]
            reached = [0] * count  # the candidates of the chunk that reach a component
            for i, x in enumerate(chunk):
                reached[component[x]] |= 1 << i
            for c, preds in inner:
                bits = reached[c]
                for p in preds:
                    bits |= reached[p]
                reached[c] = bits
            hit = 0
            for a, bs in leaving:
                if bits := reached[a]:
                    for b in bs:
                        hit |= bits & reached[b]
            refuted += [x for i, x in enumerate(chunk) if (hit >> i) & 1]
        return refuted

    def refuted(self) -> dict[int, tuple]:
        """Every refuted literal (code) with how its chain is built (see the module docstring).

        ``("direct", steps)`` or ``("via", m, step l ⇒ m, step ¬m ⇒ ¬l)``: chain(l) is
        ``l ⇒ m``, chain(m), ``¬m ⇒ ¬l`` (m a code).
        """
        if self._refuted is None:
            component = self.component
            if self.model is not None:  # a literal true in a model is never refuted
                candidates: Sequence[int] = [
                    2 * i + (component[2 * i] < component[2 * i + 1])
                    for i in range(len(self.claims))
                ]
            else:
                candidates = range(len(self.succ))
            found = self.refuted_among(candidates)
            order = inheritance_order(found, component, self.succ, _Predecessors(self))
            self._refuted = self._chains(order)
        return self._refuted

    def _chains(self, found: Iterable[int]) -> dict[int, tuple]:
        ig, succ, lits = self.ig, self.succ, self.lits
        length: dict[int, int] = {}
        how: dict[int, tuple] = {}
        for x in found:
            inherit, bound = -1, None
            for m in succ[x]:
                n = length.get(m)
                if n is not None and (bound is None or n + 2 < bound):
                    inherit, bound = m, n + 2
            chain = refuting_search(succ, x, bound, SEARCH_BUDGET if bound else None)
            if chain is not None:
                how[x] = ("direct", path_steps(ig, [lits[y] for y in chain]))
                length[x] = len(chain) - 1
            else:
                assert inherit >= 0 and bound is not None  # x is refuted
                # the step x ⇒ m and its contrapositive ¬m ⇒ ¬x, kept for the chain
                back = step_of(ig, lits[inherit ^ 1], lits[x ^ 1])
                how[x] = ("via", inherit, step_of(ig, lits[x], lits[inherit]), back)
                length[x] = bound
        return how

    def chain(self, x: int) -> tuple[ImplicationStep, ...]:
        """The chain ``x ⇒* ¬x`` of a refuted literal (a code), built in time linear in it."""
        how = self.refuted()
        forward: list[ImplicationStep] = []
        backward: list[ImplicationStep] = []
        entry = how[x]
        while entry[0] == "via":
            forward.append(entry[2])
            backward.append(entry[3])
            entry = how[entry[1]]
        backward.reverse()
        return (*forward, *entry[1], *backward)


def analysis_of(ig: nx.DiGraph, factory: type) -> object:
    """``factory(ig)``, computed once per version of an :class:`ImplicationGraph` (every time
    for any other graph)."""
    graph = _memoisable(ig)
    if graph is None:
        return factory(ig)
    cached = graph.analysis
    if cached is None or cached[0] is not graph.version or cached[1] is not factory:
        cached = graph.analysis = (graph.version, factory, factory(graph))
    return cached[2]

