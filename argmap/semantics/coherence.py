"""Coherence of positions in the sense of Betz's theory of dialectical structures.

Claims are propositional variables; a *position* assigns some of them true (accepted) or false
(rejected). A complete position is *coherent* when it satisfies

- ``a supports b``: ¬a ∨ b (accepting a commits to b),
- ``a attacks b``: ¬a ∨ ¬b (not both),
- ``a contradicts b``: ¬a ∨ ¬b and a ∨ b (exactly one),
- an argument with premises P1 … Pn and conclusion C: ¬P1 ∨ … ∨ ¬Pn ∨ C (whoever accepts every
  premise is committed to the conclusion; for n = 1 this is a support).

Without linked arguments (n ≥ 2) every clause has two literals, and everything reduces to the
implication graph of Aspvall, Plass & Tarjan: the clause p ∨ q gives the implications ¬p ⇒ q and
¬q ⇒ p. Literals are pairs ``(claim, True)`` ("claim accepted") and ``(claim, False)`` ("claim
rejected"). Every implication edge records the relation that generated it, so every conclusion
comes with a chain of :class:`ImplicationStep` that the report can put into words.

With linked arguments the clause ¬P1 ∨ … ∨ ¬Pn ∨ C has n + 1 literals and the problem is SAT
in general (Betz 2010 works with arbitrary premise–conclusion structures for this reason). The
same functions then answer with an incremental SAT solver and explain with unit propagation: a
:class:`Refutation` is a derivation from the assumptions to a clash, whose steps name the
relations and arguments used ("whoever accepts P1 and P2 must accept C (argument A)").

Build the graph once with :func:`implication_graph`; the other functions analyse it (the
analysis is memoised on the graph, so the checks of one map share it).

References
----------
.. [1] G. Betz, *Theorie dialektischer Strukturen*, Klostermann, 2010; "Evaluating dialectical
   structures", Journal of Philosophical Logic 38(3), 2009; "On degrees of justification",
   Erkenntnis 77(2), 2012.
.. [2] B. Aspvall, M. F. Plass, R. E. Tarjan, "A linear-time algorithm for testing the truth of
   certain quantified Boolean formulas", Information Processing Letters 8(3), 1979.
.. [3] A. del Val, "On 2-SAT and renamable Horn", AAAI 2000 (implied literals of 2-CNF).
.. [4] M. Janota, I. Lynce, J. Marques-Silva, "Algorithms for computing backbones of
   propositional formulae", AI Communications 28(2), 2015 (backbones with model filtering).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import chain

import networkx as nx

from argmap.semantics._arguments import ArgumentSpec, argument_specs
from argmap.semantics._guards import require_digraph
from argmap.semantics._linked import Linked
from argmap.semantics._propagation import Run
from argmap.semantics._relations import Pair, Relation, relation_pairs
from argmap.semantics._steps import ImplicationStep, Lemma, Literal, Refutation, neg
from argmap.semantics._twosat import (
    ImplicationGraph,
    TwoSat,
    analysis_of,
    bfs,
    remember_codes,
    shortest_path,
    tree_path,
)
from argmap.semantics._twosat import path_steps as _path_steps

__all__ = [
    "Commitment",
    "ImplicationGraph",
    "ImplicationStep",
    "Lemma",
    "PositionStatus",
    "Refutation",
    "commitments",
    "find_incoherent_cycle",
    "implication_graph",
    "incoherent_claims",
    "is_coherent",
    "position_status",
]

_IG = "an implication graph (from implication_graph)"

Explanation = tuple[ImplicationStep, ...] | Refutation


def implication_graph(
    supports: Relation | None = None,
    attacks: Relation | None = None,
    contradictions: Relation | None = None,
    *,
    claims: Iterable[Hashable] = (),
    arguments: Iterable[ArgumentSpec] = (),
) -> ImplicationGraph:
    """Return the implication graph of a map (the 2-SAT part, plus linked arguments).

    Parameters
    ----------
    supports, attacks : nx.DiGraph or iterable of pairs, optional
        ``(a, b)``: a supports b, resp. a attacks b.
    contradictions : nx.Graph or iterable of pairs, optional
        ``(a, b)``: a and b contradict each other (order irrelevant).
    claims : iterable, optional
        Claims to include even if no relation mentions them (they are then trivially coherent).
    arguments : iterable of (argument, premises, conclusion), optional
        Arguments in standard form. One with a single premise P is the implication P ⇒ C (kind
        ``"argument"``, source the argument, target C); one with several is kept in
        ``ig.graph["linked_arguments"]`` as ``(argument, premises, conclusion)`` and makes the
        other functions use the SAT engine. Repeated premises count once; an argument whose
        conclusion is one of its premises is a tautology and is left out.

    Returns
    -------
    ImplicationGraph
        An ``nx.DiGraph`` that notices its own changes (what the other functions computed for
        it is computed again after any change of its nodes or edges, :class:`ImplicationGraph`).
        Nodes are the literals ``(claim, True)`` and ``(claim, False)`` of every claim; an edge
        ``p -> q`` means p ⇒ q, with data ``kind``, ``source``, ``target`` naming the relation
        that generated it (the first one when several do: supports, then attacks, then
        contradictions, then single-premise arguments, each in the given order). Trivial
        implications p ⇒ p are omitted.

    Examples
    --------
    >>> ig = implication_graph(supports=[("a", "b")])
    >>> sorted(ig.edges())
    [(('a', True), ('b', True)), (('b', False), ('a', False))]
    >>> ig.edges[("a", True), ("b", True)]
    {'kind': 'support', 'source': 'a', 'target': 'b'}
    >>> implication_graph(arguments=[("A", ["p", "q"], "c")]).graph["linked_arguments"]
    (('A', ('p', 'q'), 'c'),)

    Notes
    -----
    O(|claims| + |relations| + total size of the arguments).
    """
    supports_, attacks_ = relation_pairs(supports), relation_pairs(attacks)
    contradictions_ = relation_pairs(contradictions, directed=False)
    order: dict[Hashable, None] = dict.fromkeys(claims)
    single: list[tuple[Hashable, Hashable, Hashable]] = []  # (premise, conclusion, argument)
    linked = []
    for name, premises, conclusion in argument_specs(arguments):
        if conclusion in premises:
            continue
        if len(premises) == 1:
            single.append((premises[0], conclusion, name))
        else:
            linked.append((name, premises, conclusion))
            order.update(dict.fromkeys(premises))
            order.setdefault(conclusion)
    # then the claims of the clauses, in clause order (updating keeps a key's first place)
    for pairs in (supports_, attacks_, contradictions_):
        order.update(dict.fromkeys(chain.from_iterable(pairs)))
    order.update(dict.fromkeys(c for p, q, _ in single for c in (p, q)))
    ig = _literal_digraph(list(order), supports_, attacks_, contradictions_, single)
    if linked:
        ig.graph["linked_arguments"] = tuple(linked)
    return ig


def _literal_digraph(
    claims: list[Hashable],
    supports: list[Pair],
    attacks: list[Pair],
    contradictions: list[Pair],
    single: list[tuple[Hashable, Hashable, Hashable]],
) -> ImplicationGraph:
    """The implication graph of the two-literal clauses, built straight into networkx's
    adjacency dicts (``add_edges_from`` would be 40 % of the time; the graph is an ordinary
    DiGraph apart from its version), and the same graph on literal codes for :class:`TwoSat` (see
    :func:`argmap.semantics._twosat.literal_codes`).

    Each clause p ∨ q gives the two implications ¬p ⇒ q and ¬q ⇒ p, in clause order: supports,
    attacks, contradictions (the clause ¬a ∨ ¬b, then a ∨ b), single-premise arguments; the
    first relation that yields an implication names it, as documented, each edge with its own
    data dict. Claim i's literals are the codes ``2·i`` (accepted) and ``2·i + 1`` (rejected).

    Notes
    -----
    O(|claims| + |relations|).
    """
    lits: list[Literal] = []
    for claim in claims:
        lits.append((claim, True))
        lits.append((claim, False))
    index = {claim: 2 * i for i, claim in enumerate(claims)}  # the code of (claim, True)
    succ_of: list[dict[Literal, dict]] = [{} for _ in lits]
    pred_of: list[dict[Literal, dict]] = [{} for _ in lits]
    codes: list[list[int]] = [[] for _ in lits]

    def imply(x: int, y: int, kind: str, a: Hashable, b: Hashable) -> None:
        # premise x ⇒ conclusion y (codes), unless trivial or already there
        if x != y:
            out, conclusion = succ_of[x], lits[y]
            if conclusion not in out:
                data = {"kind": kind, "source": a, "target": b}
                out[conclusion] = data
                pred_of[y][lits[x]] = data
                codes[x].append(y)

    for a, b in supports:  # ¬a ∨ b: a ⇒ b, ¬b ⇒ ¬a
        i, j = index[a], index[b]
        imply(i, j, "support", a, b)
        imply(j + 1, i + 1, "support", a, b)
    for a, b in attacks:  # ¬a ∨ ¬b: a ⇒ ¬b, b ⇒ ¬a
        i, j = index[a], index[b]
        imply(i, j + 1, "attack", a, b)
        imply(j, i + 1, "attack", a, b)
    for a, b in contradictions:  # ¬a ∨ ¬b as for an attack, then a ∨ b: ¬a ⇒ b, ¬b ⇒ a
        i, j = index[a], index[b]
        imply(i, j + 1, "contradiction", a, b)
        imply(j, i + 1, "contradiction", a, b)
        imply(i + 1, j, "contradiction", a, b)
        imply(j + 1, i, "contradiction", a, b)
    for p, c, name in single:  # ¬p ∨ c: p ⇒ c, ¬c ⇒ ¬p
        i, j = index[p], index[c]
        imply(i, j, "argument", name, c)
        imply(j + 1, i + 1, "argument", name, c)
    ig = ImplicationGraph()
    ig._node = {lit: {} for lit in lits}
    ig._adj = ig._succ = dict(zip(lits, succ_of, strict=True))
    ig._pred = dict(zip(lits, pred_of, strict=True))
    remember_codes(ig, lits, codes)
    return ig


def _engine(ig: nx.DiGraph) -> TwoSat | Linked:
    """The memoised analysis of ``ig``: 2-SAT, or SAT when it has linked arguments."""
    factory = Linked if ig.graph.get("linked_arguments") else TwoSat
    return analysis_of(ig, factory)  # type: ignore[return-value]


@require_digraph(_IG)
def is_coherent(ig: nx.DiGraph) -> bool:
    """Return whether some coherent complete position exists.

    Examples
    --------
    >>> is_coherent(implication_graph(contradictions=[("a", "b")], supports=[("a", "b")]))
    True
    >>> ig = implication_graph(contradictions=[("a", "b")], supports=[("a", "b"), ("b", "a")])
    >>> is_coherent(ig)
    False
    >>> is_coherent(implication_graph(attacks=[("c", "p")], supports=[("c", "q")],
    ...     contradictions=[("c", "x")], arguments=[("A", ["p", "q"], "x")]))
    True

    Notes
    -----
    2-SAT: satisfiable iff no claim's two literals share a strongly connected component [1]_,
    O(|claims| + |relations|). With linked arguments: one call of the SAT solver.

    References
    ----------
    .. [1] Aspvall, Plass & Tarjan 1979.
    """
    return _engine(ig).satisfiable


@require_digraph(_IG)
def incoherent_claims(ig: nx.DiGraph) -> dict[Hashable, Explanation]:
    """Return the claims whose acceptance refutes itself, each with an explanation.

    When the map is coherent (:func:`is_coherent`), these are exactly the claims that no
    coherent position accepts. When it is not, no position is coherent at all, and this lists
    the claims whose acceptance leads to a contradiction by itself (2-SAT: ``(x, True) ⇒*
    (x, False)``; with linked arguments: unit propagation from x clashes); report the map's
    own explanation with :func:`find_incoherent_cycle`.

    Returns
    -------
    dict
        claim -> explanation, in the graph's claim order. Without linked arguments a chain of
        :class:`ImplicationStep` from ``(x, True)`` to ``(x, False)``; with them a
        :class:`Refutation` from the assumption ``(x, True)``.

    Examples
    --------
    >>> ig = implication_graph(supports=[("a", "b")], attacks=[("a", "b")])
    >>> chain = incoherent_claims(ig)["a"]
    >>> [(s.premise, s.conclusion, s.kind) for s in chain]
    [(('a', True), ('b', False), 'attack'), (('b', False), ('a', False), 'support')]
    >>> ig = implication_graph(supports=[("x", "p"), ("x", "q")], attacks=[("x", "c")],
    ...                        arguments=[("A", ["p", "q"], "c")])
    >>> r = incoherent_claims(ig)["x"]
    >>> [(s.kind, s.source, s.conclusion) for s in r]  # doctest: +NORMALIZE_WHITESPACE
    [('support', 'x', ('p', True)), ('support', 'x', ('q', True)),
     ('attack', 'x', ('c', False)), ('argument', 'A', ('c', True))]
    >>> r.clash  # the last step concludes c, whose rejection was derived before
    ('c', True)

    Notes
    -----
    Found in one pass, not one search per claim. Which literals are refuted is decided for
    8,192 candidates at a time by a pass over the condensation of the implication graph that
    carries bit sets (a literal true in a model found first is never a candidate). When the map
    is coherent the pass covers only the literals that model makes false: a false x is refuted
    iff it reaches both u and ¬v for some implication u ⇒ v from a false to a true literal.
    Refuted
    literals are closed under predecessors, so they are visited successors first: each one
    inherits the explanation of a refuted successor m (``x ⇒ m`` and m's explanation, plus the
    contrapositive ``¬m ⇒ ¬x`` in a chain) unless a bounded search (at most 64 literals)
    finds a shorter one; only a literal with nothing to inherit gets an unbounded search, which
    happens once per strongly connected component without refuted successors. Each chain is
    built in time linear in its length from stored steps. Time O((n/8192 + 1)·(|claims| +
    |relations|)) word operations for the decision, plus O(64) per refuted literal and one
    search per such component; the chains are shortest ones whenever the bounded search
    reaches that far (always in small maps).

    With linked arguments the bit-set pass runs on the two-literal part with the argument
    clauses added as hyperedges (a worklist recomputes what lies downstream of a grown set),
    models of the SAT solver select the candidates and certify most of the rest in the same
    pass, and the few claims the solver refutes but propagation does not are explained by
    lemmas (failed-literal probing). See :mod:`argmap.semantics._linked`.
    """
    engine = _engine(ig)
    if isinstance(engine, Linked):
        refuted = engine.refuted()
        return {c: engine.refutation_of(2 * i) for i, c in enumerate(engine.claims)
                if 2 * i in refuted}
    found = engine.refuted()
    return {c: engine.chain(2 * i) for i, c in enumerate(engine.claims) if 2 * i in found}


@require_digraph(_IG)
def find_incoherent_cycle(ig: nx.DiGraph) -> Explanation | None:
    """Return a proof that no coherent position exists, or None if one does.

    Without linked arguments: a cycle ``x ⇒ … ⇒ ¬x ⇒ … ⇒ x``. With them: a
    :class:`Refutation` without assumptions (its lemmas play the role of the first half).

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
    2-SAT: takes the first claim (in graph order) whose literals share a strongly connected
    component and joins a shortest chain ``(x, True) ⇒* (x, False)`` with a shortest chain back
    (two BFS), O(|claims| + |relations|). With linked arguments: lemmas by failed-literal
    probing, starting with the literals the refutation pass found.
    """
    engine = _engine(ig)
    if engine.satisfiable:
        return None
    if isinstance(engine, Linked):
        return engine.refute([])
    x = engine.contradictory[0]
    there = shortest_path(ig, (x, True), (x, False))
    back = shortest_path(ig, (x, False), (x, True))
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
        position's literals the explanation starts from and ``violated`` the literal it ends up
        contradicting: a literal of the position (2-SAT), or with linked arguments a literal of
        the position or one derived earlier. For a claim both accepted and rejected:
        ``((x, True), (x, False))`` with an empty ``path``.
    path : tuple of ImplicationStep, or Refutation
        The chain from ``start`` to the negation of ``violated`` (a shortest one); with linked
        arguments a :class:`Refutation` of the position; or, when the map itself is incoherent,
        the proof of :func:`find_incoherent_cycle`.
    map_incoherent : bool
        True when no coherent position exists at all, whatever the position says.
    """

    coherent: bool
    conflict: tuple[Literal, Literal] | None = None
    path: Explanation = ()
    map_incoherent: bool = False


def _position_literals(accept: Iterable[Hashable], reject: Iterable[Hashable]) -> list[Literal]:
    literals = [(c, True) for c in accept] + [(c, False) for c in reject]
    return list(dict.fromkeys(literals))


def _both_ways(literals: list[Literal]) -> PositionStatus | None:
    units = set(literals)
    for lit in literals:
        if lit[1] and neg(lit) in units:
            return PositionStatus(False, (lit, neg(lit)))
    return None


def _position_closure(
    ig: nx.DiGraph, literals: list[Literal]
) -> tuple[dict[Literal, Literal | None], PositionStatus | None]:
    """BFS from the position's literals; a status if the closure hits a negated literal."""
    both = _both_ways(literals)
    if both is not None:
        return {}, both
    negated = {neg(lit): lit for lit in literals}
    parent, hit = bfs(ig, literals, set(negated))
    if hit is None:
        return parent, None
    steps = _path_steps(ig, tree_path(parent, hit))
    return parent, PositionStatus(False, (steps[0].premise, negated[hit]), steps)


@require_digraph(_IG)
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
    >>> ig = implication_graph(arguments=[("A", ["p", "q"], "c")])
    >>> status = position_status(ig, accept=["p", "q"], reject=["c"])
    >>> status.coherent, [(s.kind, s.source) for s in status.path]
    (False, [('argument', 'A')])

    Notes
    -----
    The position's literals are unit clauses. 2-SAT: a satisfiable 2-CNF plus units is
    satisfiable iff no unit implies the negation of a unit, so one multi-source BFS decides it
    and yields a shortest explaining chain, O(|claims| + |relations|). With linked arguments:
    unit propagation from the position first (its clash is the explanation), then the SAT
    solver under the position as assumptions; a refusal it alone finds is explained by lemmas.
    Claims unknown to the graph are free.
    """
    literals = _position_literals(accept, reject)
    engine = _engine(ig)
    if isinstance(engine, Linked):
        return _linked_status(engine, literals)
    _, status = _position_closure(ig, literals)
    if status is not None:
        return status
    cycle = find_incoherent_cycle(ig)
    if cycle is not None:
        return PositionStatus(False, None, cycle, map_incoherent=True)
    return PositionStatus(True)


def _linked_status(engine: Linked, literals: list[Literal]) -> PositionStatus:
    both = _both_ways(literals)
    if both is not None:
        return both
    codes = [engine.code(lit) for lit in literals if lit[0] in engine.index]
    run = Run(engine.db).extend(codes)
    if run.clash is None:
        if not engine.satisfiable:
            proof = engine.refute([])
            return PositionStatus(False, None, proof, map_incoherent=True)
        if engine.holds(codes):
            return PositionStatus(True)
        refutation = engine.refute(codes)
    else:
        refutation = engine.refutation(run)[0]
    start = refutation.assumptions[0] if refutation.assumptions else literals[0]
    violated = neg(refutation.clash) if refutation.clash is not None else start
    return PositionStatus(False, (start, violated), refutation)


@dataclass(frozen=True)
class Commitment:
    """A truth value that every coherent completion of a position gives to a claim.

    ``reason`` is ``"position"`` (the position says so; ``path`` empty), ``"implied"`` (``path``
    leads from the position's literals to ``(claim, value)``; with linked arguments it may be a
    :class:`Refutation` of the position plus ``(claim, not value)`` when only reasoning by cases
    finds it) or ``"forced"`` (the map alone forces it: ``path`` leads from ``(claim, not
    value)`` to ``(claim, value)``, or is a :class:`Refutation` of ``(claim, not value)``).
    """

    claim: Hashable
    value: bool
    reason: str
    path: Explanation = ()


@require_digraph(_IG)
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
    >>> ig = implication_graph(arguments=[("A", ["p", "q"], "c")])
    >>> {c: (m.value, m.reason) for c, m in commitments(ig, accept=["p", "q"]).items()}
    {'p': (True, 'position'), 'q': (True, 'position'), 'c': (True, 'implied')}

    Notes
    -----
    2-SAT: for a satisfiable 2-CNF F with units U, F ∧ U entails a literal l iff l is implied by
    a unit or ¬l ⇒* l in F alone (del Val 2000). So the result is the BFS closure of the
    position's literals plus the literals F forces, which :func:`incoherent_claims`' pass finds
    (its refuted literals are the negations of the forced ones). O(|claims| + |relations|) plus
    that pass. With linked arguments: the propagation closure of the position, the literals the
    map forces (same pass), and the remaining backbone of map plus position by SAT calls under
    assumptions, filtering candidates with every model found (Janota et al. 2015).
    """
    literals = _position_literals(accept, reject)
    engine = _engine(ig)
    if isinstance(engine, Linked):
        found = engine.commitments(literals)
        if found is None:
            raise ValueError("the position has no coherent completion")
        return {c: Commitment(c, value, reason, path) for c, (value, reason, path) in found.items()}
    parent, status = _position_closure(ig, literals)
    if status is not None or not engine.satisfiable:
        raise ValueError("the position has no coherent completion")
    result: dict[Hashable, Commitment] = {}
    for lit in literals:
        result[lit[0]] = Commitment(lit[0], lit[1], "position")
    for lit in parent:
        if lit[0] not in result:
            steps = _path_steps(ig, tree_path(parent, lit))
            result[lit[0]] = Commitment(lit[0], lit[1], "implied", steps)
    refuted = engine.refuted()
    assert engine.model is not None
    for i, c in enumerate(engine.claims):
        value = engine.model[c]
        false = 2 * i + value  # the code of the literal the model makes false
        if c not in result and false in refuted:
            result[c] = Commitment(c, value, "forced", engine.chain(false))
    return result

