"""Bipolar argumentation: attacks derived from supports (Cayrol & Lagasquie-Schiex).

Attacks and supports are relations over the same nodes, given as ``nx.DiGraph`` (edge
``u -> v``: "u attacks v" resp. "u supports v") or as iterables of pairs. Write ``a ⇒ b`` for
"a supports b", ``⇒+`` for a support path of length ≥ 1 and ``⇒*`` for length ≥ 0.

Deductive support (Boella et al. 2010; C&LS 2013): ``a ⇒ b`` means "if a is accepted,
so is b". The complex attacks are

- *supported attack* (Cayrol & Lagasquie-Schiex 2005): ``a ⇒+ x`` and x attacks b — a attacks b;
- *mediated attack* (Boella et al. 2010): ``b ⇒+ x`` and a attacks x — a attacks b;
- *super-mediated attack* (C&LS 2013): ``b ⇒+ x`` and a has a direct or supported attack on
  x — a attacks b.

Necessary support (Nouioua & Risch 2010, 2011; C&LS 2013): ``a ⇒ b`` means "b cannot
be accepted without a". The complex attacks are

- *secondary attack* (C&LS 2005 for general support; the necessary reading of Nouioua & Risch):
  a attacks x and ``x ⇒+ b`` — a attacks b;
- *extended attack* (Nouioua & Risch 2010): ``x ⇒+ a`` and x attacks b — a attacks b.

The two readings are dual (C&LS 2013): a necessary support ``a ⇒ b`` is the deductive
support ``b ⇒ a``; secondary attacks are then mediated attacks and extended attacks supported
ones. :func:`derive_attack_framework` adds to the attacks the least relation closed under the
mode's two rules, which has the closed form

- deductive: a attacks b iff ``a ⇒* d``, d attacks e and ``b ⇒* e`` for some d, e
  (direct ∪ supported ∪ mediated ∪ super-mediated attacks);
- necessary: a attacks b iff ``d ⇒* a``, d attacks e and ``e ⇒* b`` for some d, e
  (direct ∪ secondary ∪ extended attacks and their combination).

References
----------
.. [1] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs: towards a better
   understanding", International Journal of Approximate Reasoning 54(7), 2013; and "On the
   acceptability of arguments in bipolar argumentation frameworks", ECSQARU 2005.
.. [2] F. Nouioua, V. Risch, "Bipolar argumentation frameworks with specialized supports",
   ICTAI 2010; "Argumentation frameworks with necessities", SUM 2011.
.. [3] G. Boella, D. Gabbay, L. van der Torre, S. Villata, "Support in abstract
   argumentation", COMMA 2010.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator

import networkx as nx

from argmap.semantics import _modes
from argmap.semantics._guards import check_relation_graph
from argmap.semantics._relations import Pair, Relation, relation_nodes, relation_pairs

__all__ = [
    "SUPPORT_MODES",
    "derive_attack_framework",
    "extended_attacks",
    "mediated_attacks",
    "secondary_attacks",
    "super_mediated_attacks",
    "supported_attacks",
]

# the readings live in ._modes (cheap to import); re-exported here, where they are used
SupportMode = _modes.SupportMode
SUPPORT_MODES: tuple[str, ...] = _modes.SUPPORT_MODES


class _Reach:
    """Memoised reachability (including the start node) along one direction of the supports."""

    def __init__(self, pairs: list[Pair], *, backwards: bool) -> None:
        self._adj: dict[Hashable, list[Hashable]] = {}
        for u, v in pairs:
            if backwards:
                u, v = v, u
            self._adj.setdefault(u, []).append(v)
        self._memo: dict[Hashable, frozenset] = {}

    def star(self, start: Hashable) -> frozenset:
        """Nodes reachable from ``start`` by paths of length ≥ 0."""
        found = self._memo.get(start)
        if found is None:
            if start not in self._adj:
                found = frozenset((start,))  # the common case: no supports at all here
            else:
                seen = {start}
                stack = [start]
                while stack:
                    for w in self._adj.get(stack.pop(), ()):
                        if w not in seen:
                            seen.add(w)
                            stack.append(w)
                found = frozenset(seen)
            self._memo[start] = found
        return found

    def plus(self, start: Hashable) -> frozenset:
        """Nodes reachable from ``start`` by paths of length ≥ 1."""
        return frozenset().union(*(self.star(w) for w in self._adj.get(start, ())))


def supported_attacks(attacks: Relation, supports: Relation) -> set[Pair]:
    """Return the supported attacks: (a, b) with ``a ⇒+ x`` and x attacks b.

    Examples
    --------
    >>> supported_attacks([("x", "b")], [("a", "x")])
    {('a', 'b')}

    Notes
    -----
    One memoised search per attacker along reversed supports: O(k·(|A| + |S|)) for k distinct
    attackers in the worst case, O(|R|) when no attacker is supported, plus the output size.

    References
    ----------
    .. [1] Cayrol & Lagasquie-Schiex 2005; 2013, Sect. 3.
    """
    up = _Reach(relation_pairs(supports), backwards=True)
    return {(a, b) for x, b in relation_pairs(attacks) for a in up.plus(x)}


def mediated_attacks(attacks: Relation, supports: Relation) -> set[Pair]:
    """Return the mediated attacks: (a, b) with ``b ⇒+ x`` and a attacks x.

    Examples
    --------
    >>> mediated_attacks([("a", "x")], [("b", "x")])
    {('a', 'b')}

    Notes
    -----
    As :func:`supported_attacks`, searching from attacked nodes.

    References
    ----------
    .. [1] Boella, Gabbay, van der Torre & Villata 2010; Cayrol & Lagasquie-Schiex 2013.
    """
    up = _Reach(relation_pairs(supports), backwards=True)
    return {(a, b) for a, x in relation_pairs(attacks) for b in up.plus(x)}


def super_mediated_attacks(attacks: Relation, supports: Relation) -> set[Pair]:
    """Return the super-mediated attacks: (a, b) with ``a ⇒* d``, d attacks x, ``b ⇒+ x``.

    That is, b supports (transitively) some x on which a has a direct or a supported attack.

    Examples
    --------
    >>> sorted(super_mediated_attacks([("d", "x")], [("a", "d"), ("b", "x")]))
    [('a', 'b'), ('d', 'b')]

    References
    ----------
    .. [1] Cayrol & Lagasquie-Schiex 2013 (deductive support).
    """
    up = _Reach(relation_pairs(supports), backwards=True)
    return {(a, b) for d, x in relation_pairs(attacks) for a in up.star(d) for b in up.plus(x)}


def secondary_attacks(attacks: Relation, supports: Relation) -> set[Pair]:
    """Return the secondary attacks (necessary support): (a, b) with a attacks x, ``x ⇒+ b``.

    Examples
    --------
    >>> secondary_attacks([("a", "x")], [("x", "b")])
    {('a', 'b')}

    References
    ----------
    .. [1] Nouioua & Risch 2011; Cayrol & Lagasquie-Schiex 2005, 2013.
    """
    down = _Reach(relation_pairs(supports), backwards=False)
    return {(a, b) for a, x in relation_pairs(attacks) for b in down.plus(x)}


def extended_attacks(attacks: Relation, supports: Relation) -> set[Pair]:
    """Return the extended attacks (necessary support): (a, b) with ``x ⇒+ a``, x attacks b.

    Examples
    --------
    >>> extended_attacks([("x", "b")], [("x", "a")])
    {('a', 'b')}

    References
    ----------
    .. [1] Nouioua & Risch 2010; Cayrol & Lagasquie-Schiex 2013 (necessary support).
    """
    down = _Reach(relation_pairs(supports), backwards=False)
    return {(a, b) for x, b in relation_pairs(attacks) for a in down.plus(x)}


def derive_attack_framework(
    attacks: Relation, supports: Relation | None = None, mode: SupportMode = "none"
) -> nx.DiGraph:
    """Return the Dung framework to evaluate for a support reading.

    Parameters
    ----------
    attacks : nx.DiGraph or iterable of pairs
        The attacks (``u -> v``: u attacks v), e.g. rebuttals plus both directions of every
        contradiction.
    supports : nx.DiGraph or iterable of pairs, optional
        The supports (``u -> v``: u supports v). Not read at all when ``mode == "none"``.
    mode : {"none", "deductive", "necessary"}
        ``"none"``: supports do not change attacks. ``"deductive"``: add the closure under
        supported and mediated attacks. ``"necessary"``: add the closure under secondary and
        extended attacks. See the module docstring for the exact definitions.

    Returns
    -------
    nx.DiGraph
        With ``mode == "none"`` and a DiGraph given: ``attacks`` itself, not a copy. Otherwise a
        new DiGraph over the nodes of both relations with the original attack edges (and their
        data) and every derived edge, whose data ``via`` names one attack ``(d, e)`` it derives
        from.

    Raises
    ------
    ValueError
        If ``mode`` is unknown.

    Examples
    --------
    >>> af = derive_attack_framework([("x", "b")], [("a", "x")], "deductive")
    >>> sorted(af.edges(data="via"))
    [('a', 'b', ('x', 'b')), ('x', 'b', None)]
    >>> sorted(derive_attack_framework([("x", "b")], [("x", "a")], "necessary").edges())
    [('a', 'b'), ('x', 'b')]

    Notes
    -----
    Only the support-reachability of attack endpoints is explored: for every attack (d, e) one
    memoised search from d and one from e along the supports (backwards for deductive, forwards
    for necessary), then the product of the two reached sets is added. Time O(|R| + k·(|A| +
    |S|) + output) for k distinct endpoints that touch a support; O(|R|) when none does.
    """
    if mode not in SUPPORT_MODES:
        raise ValueError(f"unknown support mode {mode!r}; expected one of {SUPPORT_MODES}")
    if isinstance(attacks, nx.Graph):
        check_relation_graph(attacks)
    if mode == "none":
        if isinstance(attacks, nx.DiGraph):
            return attacks
        af = nx.DiGraph()
        af.add_edges_from(relation_pairs(attacks))
        return af
    af = nx.DiGraph()
    if isinstance(attacks, nx.DiGraph):
        af.add_nodes_from(attacks.nodes(data=True))
        af.add_edges_from(attacks.edges(data=True))
    else:
        af.add_edges_from(relation_pairs(attacks))
    af.add_nodes_from(relation_nodes(supports))
    for a, b, base in _derivations(list(af.edges()), relation_pairs(supports), mode):
        if not af.has_edge(a, b):
            af.add_edge(a, b, via=base)
    return af


def _derivations(
    attack_pairs: list[Pair], support_pairs: list[Pair], mode: SupportMode
) -> Iterator[tuple[Hashable, Hashable, Pair]]:
    """Yield ``(a, b, (d, e))``: a attacks b in the closure because of the attack (d, e).

    Every attack yields itself; the others follow the closed forms of the module docstring.
    For ``mode == "none"`` only the attacks themselves are yielded. Private to argmap: the
    undercut flattening needs every base attack of a derived one, not just the first.
    """
    if mode == "none":
        for d, e in attack_pairs:
            yield d, e, (d, e)
        return
    reach = _Reach(support_pairs, backwards=(mode == "deductive"))
    for d, e in attack_pairs:
        for a in reach.star(d):
            for b in reach.star(e):
                yield a, b, (d, e)
