"""Dung's abstract argumentation frameworks.

An argumentation framework (AF) is an ``nx.DiGraph`` whose edge ``u -> v`` means "u attacks v".
Nodes are arbitrary hashables. This module computes the grounded labelling in linear time,
explains every grounded label, enumerates complete, preferred and stable extensions with a SAT
solver, and checks the defining properties of a set of arguments.

References
----------
.. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role in nonmonotonic
   reasoning, logic programming and n-person games", Artificial Intelligence 77(2), 1995.
.. [2] M. Caminada, "On the issue of reinstatement in argumentation", JELIA 2006.
.. [3] S. Modgil and M. Caminada, "Proof theories and algorithms for abstract argumentation
   frameworks", in Argumentation in Artificial Intelligence, Springer, 2009.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import dataclass
from itertools import chain, islice, product

import networkx as nx

from argmap.semantics import _sat
from argmap.semantics._guards import require_digraph
from argmap.semantics._relations import node_rank
from argmap.semantics._sequences import RotatedCycle, UndecidedPath

__all__ = [
    "IN",
    "OUT",
    "UNDEC",
    "ExtensionResult",
    "GroundedExplanation",
    "RotatedCycle",
    "UndecidedPath",
    "complete_extensions",
    "grounded_explanations",
    "grounded_extension",
    "grounded_labelling",
    "grounded_labelling_from_edges",
    "is_admissible",
    "is_complete_extension",
    "is_conflict_free",
    "is_preferred_extension",
    "is_stable_extension",
    "preferred_extensions",
    "stable_extensions",
]

IN = "in"
OUT = "out"
UNDEC = "undec"

_AF = "an attack framework"

#: Default cap on the number of extensions enumerated by the ``*_extensions`` functions.
DEFAULT_LIMIT = 1000


@require_digraph(_AF)
def grounded_labelling(af: nx.DiGraph) -> dict[Hashable, str]:
    """Return the grounded labelling of an argumentation framework.

    Parameters
    ----------
    af : nx.DiGraph
        The framework; an edge ``u -> v`` means "u attacks v". Self-attacks are allowed.

    Returns
    -------
    dict
        Maps every node (in ``af``'s node order) to ``"in"``, ``"out"`` or ``"undec"``.

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("b", "c"), ("d", "e"), ("e", "d")])
    >>> grounded_labelling(af)
    {'a': 'in', 'b': 'out', 'c': 'in', 'd': 'undec', 'e': 'undec'}

    Notes
    -----
    The labelling queue algorithm (see [3]_), in its counting form: an argument becomes
    ``in`` when the number of its attackers that are not yet ``out`` drops to zero, and
    everything an ``in`` argument attacks becomes ``out``. Every edge is looked at at most twice,
    so the time is O(|A| + |R|), with no recursion. The ``in`` part is Dung's grounded extension
    [1]_, the least fixed point of the characteristic function, and the labelling is the
    grounded labelling of [2]_.

    The loop reads networkx's adjacency dicts directly: converting a graph to integer arrays
    first costs more than the whole algorithm, which is memory-bound on large graphs.

    References
    ----------
    .. [1] Dung 1995, Def. 20 and Thm. 25.
    .. [2] Caminada 2006, the grounded labelling (minimal complete labelling).
    .. [3] Modgil & Caminada 2009 (algorithms for the grounded labelling).
    """
    # networkx's plain adjacency dicts: view objects per lookup would dominate the hot loop
    pred = af._pred
    unattacked = [v for v, attackers in pred.items() if not attackers]
    return _grounded(af._succ, pred, unattacked, lambda v: len(pred[v]))


def grounded_labelling_from_edges(
    edges: Iterable[tuple[Hashable, Hashable]], nodes: Iterable[Hashable] = ()
) -> dict[Hashable, str]:
    """Return the grounded labelling of the framework given by an edge list, without networkx.

    Parameters
    ----------
    edges : iterable of (u, v)
        ``u`` attacks ``v``. A repeated pair counts as one attack.
    nodes : iterable, optional
        Arguments to include even if no attack mentions them; they come first in the result.

    Returns
    -------
    dict
        As :func:`grounded_labelling`, in the order ``nodes`` then first appearance in ``edges``.

    Examples
    --------
    >>> grounded_labelling_from_edges([("a", "b"), ("b", "c")], nodes=["z"])
    {'z': 'in', 'a': 'in', 'b': 'out', 'c': 'in'}

    Notes
    -----
    The same algorithm as :func:`grounded_labelling`, on adjacency lists built in one pass:
    O(|A| + |R|). For large frameworks that exist only as edge lists this skips building an
    ``nx.DiGraph``, which costs several times more than the labelling itself.
    """
    if isinstance(edges, nx.Graph):
        raise TypeError("grounded_labelling_from_edges expects an edge list; for a graph, call "
                        "grounded_labelling (or pass graph.edges())")
    succ: dict[Hashable, list[Hashable]] = {v: [] for v in nodes}
    count: dict[Hashable, int] = dict.fromkeys(succ, 0)
    for u, v in edges:
        if u not in succ:
            succ[u] = []
            count[u] = 0
        if v not in succ:
            succ[v] = []
            count[v] = 0
        # a repeated pair is listed and counted twice, which _grounded handles consistently
        succ[u].append(v)
        count[v] += 1
    unattacked = [v for v, c in count.items() if not c]
    return _grounded(succ, count, unattacked, count.__getitem__)


def _grounded(
    succ: Mapping[Hashable, Iterable[Hashable]],
    order: Iterable[Hashable],
    unattacked: list[Hashable],
    attacker_count: Callable[[Hashable], int],
) -> dict[Hashable, str]:
    """The counting queue algorithm, round by round.

    ``succ[v]`` lists what v attacks; ``attacker_count(v)`` is the number of entries naming v in
    those lists (a repeated entry is counted, and decremented when its source goes out, as
    often as it is listed, so repeats are harmless). ``order`` gives every node once.
    """
    frontier = unattacked
    accepted = list(frontier)
    attacked_by = succ.__getitem__
    out: set[Hashable] = set()
    # remaining[v]: attackers of v not yet out; set on first use, as most nodes never need it
    remaining: dict[Hashable, int] = {}
    get = remaining.get
    while frontier:
        # everything attacked by the newest in-arguments is out (set operations run in C)
        new_out = set().union(*map(attacked_by, frontier))
        new_out -= out
        out |= new_out
        frontier = []
        append = frontier.append
        # each newly out argument no longer counts against what it attacks
        for x in chain.from_iterable(map(attacked_by, new_out)):
            c = get(x)
            if c is None:
                c = attacker_count(x)
            c -= 1
            remaining[x] = c
            if not c:
                append(x)
        accepted += frontier
    # an out argument has an in attacker, which never goes out, so it never reaches 0 above
    labels = dict.fromkeys(order, UNDEC)
    labels.update(dict.fromkeys(out, OUT))
    labels.update(dict.fromkeys(accepted, IN))
    return labels


@require_digraph(_AF)
def grounded_extension(af: nx.DiGraph) -> frozenset:
    """Return the grounded extension: the arguments labelled ``in`` by :func:`grounded_labelling`.

    Examples
    --------
    >>> sorted(grounded_extension(nx.DiGraph([("a", "b"), ("b", "c")])))
    ['a', 'c']

    Notes
    -----
    O(|A| + |R|).
    """
    return frozenset(v for v, label in grounded_labelling(af).items() if label == IN)


@dataclass(frozen=True)
class GroundedExplanation:
    """Why an argument has its grounded label.

    Attributes
    ----------
    label : str
        ``"in"``, ``"out"`` or ``"undec"``.
    round : int or None
        For ``in``: the iteration of the characteristic function that accepts the argument
        (0 = unattacked; k = all attackers are defeated by ``in`` arguments of rounds < k).
        For ``out``: the round of its witness. ``None`` for ``undec``.
    defeated_attackers : tuple of (attacker, defeater) pairs
        For ``in``: each attacker together with an ``in`` argument (of an earlier round) that
        attacks it. Empty otherwise.
    witness : node or None
        For ``out``: an ``in`` attacker of minimal round. ``None`` otherwise.
    cycle : sequence of nodes
        For ``undec``: a cycle of undecided arguments in attack order (each attacks the next,
        the last attacks the first; a single node for a self-attack), starting at ``path[0]``.
        Compares equal to the corresponding tuple.
    path : sequence of nodes
        For ``undec``: an attack path of undecided arguments from a node of ``cycle``
        (``path[0]``) to the argument itself (``path[-1]``); just the argument when it lies on
        the cycle. Compares equal to the corresponding tuple.
    """

    label: str
    round: int | None = None
    defeated_attackers: tuple[tuple[Hashable, Hashable], ...] = ()
    witness: Hashable | None = None
    cycle: Sequence[Hashable] = ()
    path: Sequence[Hashable] = ()


@require_digraph(_AF)
def grounded_explanations(af: nx.DiGraph) -> dict[Hashable, GroundedExplanation]:
    """Explain the grounded label of every argument.

    Parameters
    ----------
    af : nx.DiGraph
        The framework; an edge ``u -> v`` means "u attacks v".

    Returns
    -------
    dict
        Maps every node to a :class:`GroundedExplanation`. Labels agree with
        :func:`grounded_labelling`.

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "d"), ("d", "c")])
    >>> ex = grounded_explanations(af)
    >>> ex["a"].round, ex["b"].witness, ex["c"].defeated_attackers
    (0, 'a', ())
    >>> ex["c"].label, ex["c"].cycle
    ('undec', ('c', 'd'))
    >>> grounded_explanations(nx.DiGraph([("a", "b"), ("b", "c")]))["c"].defeated_attackers
    (('b', 'a'),)

    Notes
    -----
    The labelling is computed round by round, which yields the rounds of the characteristic
    function's iteration (the min-max numbering of Caminada 2014) and, for each ``out``
    argument, a witness of minimal round; ``in`` arguments are thus justified by a well-founded
    chain. An undecided argument always has an undecided attacker, so following undecided
    attackers backwards ends in a cycle of undecided arguments. We pick one shortest cycle per
    cyclic strongly connected component of the undecided part and run one multi-source BFS from
    all cycle nodes, which gives every undecided argument a shortest path from some cycle.
    Total time and memory O(|A| + |R|): cycles are shared per component (each argument gets a
    rotated view) and paths are materialised only when read (each in time linear in its
    length).

    References
    ----------
    .. [1] Dung 1995, Def. 20 and Thm. 25 (grounded extension as least fixed point).
    .. [2] M. Caminada, "Strong admissibility revisited", COMMA 2014 (min-max numbering).
    """
    succ = af._succ  # plain dicts, as in grounded_labelling
    pred = af._pred
    in_round, witness, out_round = _rounds(succ, pred)
    undecided = [v for v in pred if v not in in_round and v not in witness]
    cycles_and_paths = _undecided_causes(succ, undecided)
    explanations: dict[Hashable, GroundedExplanation] = {}
    for v in pred:
        if v in in_round:
            defeated = tuple((b, witness[b]) for b in pred[v])
            explanations[v] = GroundedExplanation(IN, in_round[v], defeated_attackers=defeated)
        elif v in witness:
            explanations[v] = GroundedExplanation(OUT, out_round[v], witness=witness[v])
        else:
            cycle, path = cycles_and_paths[v]
            explanations[v] = GroundedExplanation(UNDEC, cycle=cycle, path=path)
    return explanations


def _rounds(
    succ: Mapping[Hashable, Iterable[Hashable]], pred: Mapping[Hashable, Sized]
) -> tuple[dict[Hashable, int], dict[Hashable, Hashable], dict[Hashable, int]]:
    """The labelling round by round: the round of every ``in`` argument, and for every ``out``
    one an ``in`` attacker of minimal round (its witness) and that round."""
    count = {v: len(attackers) for v, attackers in pred.items()}
    in_round: dict[Hashable, int] = {}
    witness: dict[Hashable, Hashable] = {}
    out_round: dict[Hashable, int] = {}
    frontier = [v for v, c in count.items() if not c]
    rnd = 0
    while frontier:
        for v in frontier:
            in_round[v] = rnd
        new_out = []
        for v in frontier:
            for w in succ[v]:
                if w not in witness:
                    witness[w] = v
                    out_round[w] = rnd
                    new_out.append(w)
        frontier = []
        for w in new_out:
            for x in succ[w]:
                count[x] -= 1
                if not count[x]:
                    frontier.append(x)
        rnd += 1
    return in_round, witness, out_round


def _undecided_causes(
    succ: dict, undecided: list[Hashable]
) -> dict[Hashable, tuple[RotatedCycle, UndecidedPath]]:
    """For each undecided node: (a cycle of undecided nodes, a path from it to the node)."""
    if not undecided:
        return {}
    members = set(undecided)
    sub = nx.DiGraph()
    sub.add_nodes_from(undecided)
    sub.add_edges_from((v, w) for v in undecided for w in succ[v] if w in members)
    rank = {v: i for i, v in enumerate(undecided)}
    cycle_of = _cycles(sub, rank)
    # multi-source BFS from every node on a chosen cycle, along attacks between undecided nodes
    parent: dict[Hashable, Hashable | None] = dict.fromkeys(cycle_of)
    source: dict[Hashable, Hashable] = {v: v for v in cycle_of}
    queue = deque(sorted(cycle_of, key=rank.__getitem__))
    while queue:
        v = queue.popleft()
        for w in sub._succ[v]:  # plain dict: no view object per node
            if w not in parent:
                parent[w] = v
                source[w] = source[v]
                queue.append(w)
    return {v: (RotatedCycle(*cycle_of[source[v]]), UndecidedPath(v, parent)) for v in undecided}


def _cycles(
    sub: nx.DiGraph, rank: Mapping[Hashable, int]
) -> dict[Hashable, tuple[tuple[Hashable, ...], int]]:
    """One shortest cycle per cyclic strongly connected component: node -> (cycle, position)."""
    cycle_of: dict[Hashable, tuple[tuple[Hashable, ...], int]] = {}
    for component in nx.strongly_connected_components(sub):
        start = min(component, key=rank.__getitem__)
        if len(component) == 1 and not sub.has_edge(start, start):
            continue
        cycle = _shortest_cycle_through(sub, start, component)
        for i, v in enumerate(cycle):
            cycle_of[v] = (cycle, i)  # one shared tuple per component keeps this linear
    return cycle_of


def _shortest_cycle_through(
    sub: nx.DiGraph, start: Hashable, component: set[Hashable]
) -> tuple[Hashable, ...]:
    """A shortest directed cycle through ``start`` inside its strongly connected component."""
    if sub.has_edge(start, start):
        return (start,)
    parent: dict[Hashable, Hashable | None] = {start: None}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in sub._succ[v]:  # plain dict: no view object per node
            if w == start:
                cycle = [v]
                while parent[cycle[-1]] is not None:
                    cycle.append(parent[cycle[-1]])
                return tuple(reversed(cycle))
            if w in component and w not in parent:
                parent[w] = v
                queue.append(w)
    raise AssertionError("a strongly connected component with an edge has a cycle")


# --- properties of sets --------------------------------------------------------------------


def _checked_set(af: nx.DiGraph, nodes: Iterable[Hashable]) -> set[Hashable]:
    members = set(nodes)
    for v in members:
        if v not in af:
            raise nx.NodeNotFound(f"node {v!r} is not in the framework")
    return members


def _conflict_free(af: nx.DiGraph, members: set[Hashable]) -> bool:
    return not any(w in members for v in members for w in af.succ[v])


def _attacked_by(af: nx.DiGraph, members: set[Hashable]) -> set[Hashable]:
    return {w for v in members for w in af.succ[v]}


def _defended(af: nx.DiGraph, attacked: set[Hashable], v: Hashable) -> bool:
    return all(b in attacked for b in af.pred[v])


@require_digraph(_AF)
def is_conflict_free(af: nx.DiGraph, nodes: Iterable[Hashable]) -> bool:
    """Return whether no member of ``nodes`` attacks a member (itself included).

    Raises
    ------
    networkx.NodeNotFound
        If a member is not a node of ``af``.

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("c", "c")])
    >>> is_conflict_free(af, {"a"}), is_conflict_free(af, {"a", "b"}), is_conflict_free(af, {"c"})
    (True, False, False)

    Notes
    -----
    O(sum of the members' out-degrees). Dung 1995.
    """
    return _conflict_free(af, _checked_set(af, nodes))


@require_digraph(_AF)
def is_admissible(af: nx.DiGraph, nodes: Iterable[Hashable]) -> bool:
    """Return whether ``nodes`` is conflict-free and defends each of its members.

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> is_admissible(af, {"a"}), is_admissible(af, {"c"}), is_admissible(af, {"a", "c"})
    (True, False, True)

    Notes
    -----
    O(sum of the members' degrees). Dung 1995.
    """
    members = _checked_set(af, nodes)
    if not _conflict_free(af, members):
        return False
    attacked = _attacked_by(af, members)
    return all(_defended(af, attacked, v) for v in members)


@require_digraph(_AF)
def is_complete_extension(af: nx.DiGraph, nodes: Iterable[Hashable]) -> bool:
    """Return whether ``nodes`` is admissible and contains every argument it defends.

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("b", "c")])
    >>> is_complete_extension(af, {"a"}), is_complete_extension(af, {"a", "c"})
    (False, True)

    Notes
    -----
    O(|A| + |R|). Dung 1995.
    """
    members = _checked_set(af, nodes)
    if not _conflict_free(af, members):
        return False
    attacked = _attacked_by(af, members)
    return all(_defended(af, attacked, v) == (v in members) for v in af)


@require_digraph(_AF)
def is_stable_extension(af: nx.DiGraph, nodes: Iterable[Hashable]) -> bool:
    """Return whether ``nodes`` is conflict-free and attacks every argument outside it.

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("b", "a")])
    >>> is_stable_extension(af, {"a"}), is_stable_extension(af, set())
    (True, False)

    Notes
    -----
    O(|A| + |R|). Dung 1995.
    """
    members = _checked_set(af, nodes)
    if not _conflict_free(af, members):
        return False
    attacked = _attacked_by(af, members)
    return all(v in members or v in attacked for v in af)


@require_digraph(_AF)
def is_preferred_extension(af: nx.DiGraph, nodes: Iterable[Hashable]) -> bool:
    """Return whether ``nodes`` is a maximal (w.r.t. set inclusion) admissible set.

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> is_preferred_extension(af, {"a"}), is_preferred_extension(af, {"a", "c"})
    (False, True)

    Notes
    -----
    Admissibility is checked directly; maximality is one SAT call asking for an admissible
    strict superset (the problem is coNP-complete). Dung 1995.
    """
    members = _checked_set(af, nodes)
    if not is_admissible(af, members):
        return False
    index = {v: i for i, v in enumerate(af)}
    attackers = [[index[b] for b in af.pred[v]] for v in af]
    return not _sat.has_admissible_strict_superset(attackers, [index[v] for v in members])


# --- extension enumeration -------------------------------------------------------------------


@dataclass(frozen=True)
class ExtensionResult:
    """The extensions of a multi-extension semantics.

    Attributes
    ----------
    extensions : list of frozenset
        The extensions found, each a frozenset of nodes; sorted by their members' order (natural
        order when nodes are mutually comparable, else the framework's node order).
    complete : bool
        ``True`` when the enumeration was exhaustive; ``False`` when ``limit`` cut it short
        (further extensions exist).
    """

    extensions: list[frozenset]
    complete: bool


@require_digraph(_AF)
def complete_extensions(af: nx.DiGraph, *, limit: int | None = DEFAULT_LIMIT) -> ExtensionResult:
    """Return the complete extensions of ``af`` (at most ``limit`` of them).

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("b", "a")])
    >>> [sorted(e) for e in complete_extensions(af).extensions]
    [[], ['a'], ['b']]

    Notes
    -----
    See :func:`preferred_extensions` for the reduction to the undecided part of the grounded
    labelling and the splitting into weakly connected components; each component is solved by
    a SAT solver with the complete-labelling encoding, blocking every model found.
    """
    return _extensions(af, "complete", limit)


@require_digraph(_AF)
def preferred_extensions(af: nx.DiGraph, *, limit: int | None = DEFAULT_LIMIT) -> ExtensionResult:
    """Return the preferred extensions of ``af`` (at most ``limit`` of them).

    Parameters
    ----------
    af : nx.DiGraph
        The framework; an edge ``u -> v`` means "u attacks v".
    limit : int or None
        Stop after this many extensions (``None``: no cap). ``result.complete`` tells whether the
        cap cut the enumeration.

    Returns
    -------
    ExtensionResult

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("b", "a"), ("b", "c"), ("c", "d")])
    >>> [sorted(e) for e in preferred_extensions(af).extensions]
    [['a', 'c'], ['b', 'd']]
    >>> preferred_extensions(nx.DiGraph([("a", "b"), ("b", "a")]), limit=1).complete
    False

    Notes
    -----
    Every complete extension contains the grounded extension G and avoids the arguments G
    attacks; arguments outside those neither attack nor are attacked by G. Hence the complete
    (preferred, stable) extensions of ``af`` are exactly G ∪ E for the complete (preferred,
    stable) extensions E of the framework restricted to the undecided arguments (the splitting
    results of Baroni, Giacomin & Guida 2005 and Baumann 2011, here with G as the fixed part).
    That restriction is split into weakly connected components, whose extensions combine by
    Cartesian product (sound for these semantics since components do not interact). Each
    component is solved with the PrefSAT procedure of Cerutti et al. 2014: find an admissible
    set, grow it under assumptions until no strictly larger admissible set exists, record it and
    block all its subsets. Worst-case exponential (the problem is hard); linear overhead outside
    the undecided part.

    References
    ----------
    .. [1] Dung 1995.
    .. [2] P. Baroni, M. Giacomin, G. Guida, "SCC-recursiveness: a general schema for
       argumentation semantics", Artificial Intelligence 168, 2005.
    .. [3] R. Baumann, "Splitting an argumentation framework", LPNMR 2011.
    .. [4] F. Cerutti, M. Giacomin, M. Vallati, "ArgSemSAT: solving argumentation problems using
       SAT", COMMA 2014.
    """
    return _extensions(af, "preferred", limit)


@require_digraph(_AF)
def stable_extensions(af: nx.DiGraph, *, limit: int | None = DEFAULT_LIMIT) -> ExtensionResult:
    """Return the stable extensions of ``af`` (at most ``limit`` of them); possibly none.

    Examples
    --------
    >>> af = nx.DiGraph([("a", "b"), ("b", "a")])
    >>> [sorted(e) for e in stable_extensions(af).extensions]
    [['a'], ['b']]
    >>> stable_extensions(nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a")])).extensions
    []

    Notes
    -----
    Same reduction and splitting as :func:`preferred_extensions`; each component is solved with
    the stable encoding (conflict-free, every argument in or attacked), blocking each model.
    Dung 1995.
    """
    return _extensions(af, "stable", limit)


def _extensions(af: nx.DiGraph, semantics: str, limit: int | None) -> ExtensionResult:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be a non-negative int or None, got {limit!r}")
    labels = grounded_labelling(af)
    grounded = frozenset(v for v, label in labels.items() if label == IN)
    per_component = _component_extensions(af, labels, semantics, limit)
    if per_component is None:
        return ExtensionResult([], True)  # a component without extensions kills them all
    exhaustive = all(done for _, done in per_component)
    combined: Iterator[tuple[frozenset, ...]] = product(*(found for found, _ in per_component))
    if limit is not None:
        taken = list(islice(combined, limit + 1))
        if len(taken) > limit:
            taken = taken[:limit]
            exhaustive = False
    else:
        taken = list(combined)
    extensions = [grounded.union(*parts) for parts in taken]
    order = node_rank(af)
    extensions.sort(key=lambda ext: sorted(order[v] for v in ext))
    return ExtensionResult(extensions, exhaustive)


def _component_extensions(
    af: nx.DiGraph, labels: Mapping[Hashable, str], semantics: str, limit: int | None
) -> list[tuple[list[frozenset], bool]] | None:
    """Per weakly connected component of the undecided part: (its extensions, exhaustive);
    None when some component has none at all."""
    reduct = af.subgraph([v for v, label in labels.items() if label == UNDEC])
    rank = {v: i for i, v in enumerate(af)}
    components = sorted(nx.weakly_connected_components(reduct),
                        key=lambda c: min(rank[v] for v in c))
    out = []
    for component in components:
        nodes = sorted(component, key=rank.__getitem__)
        index = {v: i for i, v in enumerate(nodes)}
        attackers = [[index[b] for b in reduct.pred[v]] for v in nodes]
        found, done = _sat.enumerate_extensions(attackers, semantics, limit)
        if done and not found:
            return None
        out.append(([frozenset(nodes[i] for i in ext) for ext in found], done))
    return out
