"""Undercuts: claims that deny a relation, flattened into a plain Dung framework.

An undercut ``(u, a, b)`` says that u denies that a is a reason for (or against) b. The
contract is: *a relation that is undercut by an accepted claim has no effect*.

Attacks. We use the meta-argumentation flattening of Boella, Gabbay, van der Torre & Villata
(2009): an undercut attack ``a -> b`` is replaced by the chain ``a -> X_ab -> Y_ab -> b`` and
every undercutter u of it gets the attack ``u -> Y_ab``. ``X_ab`` stands for "a is not
accepted" and ``Y_ab`` for "the attack a -> b is in force". In every complete labelling
``X_ab`` is in iff a is out, out iff a is in; ``Y_ab`` is in iff a is in and every undercutter
is out, and out iff a is out or some undercutter is in. So b is defeated through this attack
exactly when a is accepted and no undercutter is, and a relation undercut by an accepted claim
has no effect, as required. Attacks that nobody undercuts stay plain edges, so undercut-free
maps are evaluated on the very same framework. Auxiliary nodes are :class:`AuxiliaryNode`
tuples, which cannot clash with string claim ids; strip them with :func:`restrict_labelling`
and :func:`restrict_extensions`.

Supports. Undercuts of supports matter only when supports derive attacks (``--support
deductive|necessary``). A support that has any undercutter is left out of the derivation.
This is the sceptical reading: a contested inference does not transmit conflict. It
under-approximates the contract when every undercutter of a support ends up rejected (the
support then still derives nothing); the exact treatment would need one flattened chain per
support path (exponentially many). Attacks derived from an undercut attack inherit its
undercutters.

References
----------
.. [1] G. Boella, D. M. Gabbay, L. van der Torre, S. Villata, "Meta-argumentation modelling I:
   methodology and techniques", Studia Logica 93(2-3), 2009.
.. [2] A. Cohen, S. Gottifredi, A. J. García, G. R. Simari, "A survey of different approaches to
   support in argumentation systems", The Knowledge Engineering Review 29(5), 2014.
.. [3] S. Modgil, "Reasoning about preferences in argumentation frameworks", Artificial
   Intelligence 173(9-10), 2009 (extended frameworks; attacks on attacks).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import NamedTuple, TypeVar

import networkx as nx

from argmap.semantics._guards import check_relation_graph
from argmap.semantics._relations import (
    Pair,
    Relation,
    digraph_of,
    relation_nodes,
    relation_pairs,
)
from argmap.semantics.bipolar import SUPPORT_MODES, SupportMode, _derivations

__all__ = [
    "AuxiliaryNode",
    "flatten_undercuts",
    "is_auxiliary",
    "restrict_extensions",
    "restrict_labelling",
    "undercut_framework",
]

Undercut = tuple[Hashable, Hashable, Hashable]
V = TypeVar("V")


class AuxiliaryNode(NamedTuple):
    """An auxiliary argument of the flattening of an undercut attack ``source -> target``.

    ``role`` is ``"X"`` ("source is not accepted") or ``"Y"`` ("the attack is in force").
    ``via`` is ``None`` for an attack of the map, or the attack ``(d, e)`` that a derived
    attack (see :mod:`argmap.semantics.bipolar`) comes from and whose undercutters it inherits.
    """

    kind: str
    source: Hashable
    target: Hashable
    role: str
    via: Pair | None = None


def is_auxiliary(node: Hashable) -> bool:
    """Return whether ``node`` is an auxiliary node of a flattening.

    Examples
    --------
    >>> is_auxiliary(AuxiliaryNode("attack", "a", "b", "Y")), is_auxiliary("a")
    (True, False)
    """
    return isinstance(node, AuxiliaryNode)


def _undercutters(undercuts: Iterable[Undercut]) -> dict[Pair, list[Hashable]]:
    by_relation: dict[Pair, list[Hashable]] = {}
    for u, a, b in undercuts:
        by_relation.setdefault((a, b), [])
        if u not in by_relation[(a, b)]:
            by_relation[(a, b)].append(u)
    return by_relation


def _add_chain(
    af: nx.DiGraph, a: Hashable, b: Hashable, undercutters: Iterable[Hashable], via: Pair | None
) -> None:
    x = AuxiliaryNode("attack", a, b, "X", via)
    y = AuxiliaryNode("attack", a, b, "Y", via)
    af.add_edge(a, x)
    af.add_edge(x, y)
    af.add_edge(y, b)
    for u in undercutters:
        af.add_edge(u, y)


def flatten_undercuts(attacks: Relation, undercuts: Iterable[Undercut]) -> nx.DiGraph:
    """Return a Dung framework in which undercut attacks act only while no undercutter is in.

    Parameters
    ----------
    attacks : nx.DiGraph or iterable of pairs
        The attacks (``u -> v``: u attacks v).
    undercuts : iterable of (u, a, b)
        u undercuts the relation a -> b. Undercuts of pairs that are not attacks (e.g. of
        supports) are ignored here.

    Returns
    -------
    nx.DiGraph
        A new framework: the attack nodes and undercutters, plain edges for attacks without
        undercutters, and the chain ``a -> X -> Y -> b`` with ``u -> Y`` for each undercut one
        (``X``, ``Y`` are :class:`AuxiliaryNode`). Edge data of plain attacks is kept.

    Examples
    --------
    >>> from argmap.semantics.dung import grounded_labelling
    >>> af = flatten_undercuts([("a", "b")], [("u", "a", "b")])
    >>> restrict_labelling(grounded_labelling(af))
    {'a': 'in', 'b': 'in', 'u': 'in'}
    >>> restrict_labelling(grounded_labelling(flatten_undercuts([("a", "b")], [])))
    {'a': 'in', 'b': 'out'}

    Notes
    -----
    O(|R| + |U|); adds two nodes and 3 + (number of undercutters) edges per undercut attack.
    See the module docstring for the semantics and references.
    """
    if isinstance(attacks, nx.Graph):
        check_relation_graph(attacks)
    by_attack = _undercutters(undercuts)
    if not by_attack:  # nothing to flatten: a copy of the attacks (the default path)
        return _copy(attacks)
    af = nx.DiGraph()
    if isinstance(attacks, nx.DiGraph):
        af.add_nodes_from(attacks.nodes(data=True))
        edges = list(attacks.edges(data=True))
    else:
        edges = [(a, b, {}) for a, b in relation_pairs(attacks)]
        af.add_nodes_from(relation_nodes(attacks))
    for a, b, data in edges:
        undercutters = by_attack.get((a, b))
        if undercutters:
            af.add_nodes_from(undercutters)
            _add_chain(af, a, b, undercutters, None)
        else:
            af.add_edge(a, b, **data)
    return af


def _copy(attacks: Relation) -> nx.DiGraph:
    """The framework of ``attacks`` without undercuts: its nodes (with their data) and edges
    (with theirs), in order, as :func:`flatten_undercuts` builds it item by item."""
    if not isinstance(attacks, nx.DiGraph):
        pairs = relation_pairs(attacks)
        return digraph_of(relation_nodes(pairs), pairs)
    af = digraph_of(attacks.nodes, attacks.edges)
    for n, data in attacks.nodes(data=True):
        if data:
            af.nodes[n].update(data)
    for a, b, data in attacks.edges(data=True):
        if data:
            af.edges[a, b].update(data)
    return af


def undercut_framework(
    attacks: Relation,
    supports: Relation | None = None,
    undercuts: Iterable[Undercut] = (),
    mode: SupportMode = "none",
) -> nx.DiGraph:
    """Return the Dung framework for attacks, supports read per ``mode``, and undercuts.

    Parameters
    ----------
    attacks, supports : nx.DiGraph or iterable of pairs
        As for :func:`argmap.semantics.bipolar.derive_attack_framework`.
    undercuts : iterable of (u, a, b)
        u undercuts the attack or support a -> b.
    mode : {"none", "deductive", "necessary"}
        How supports derive attacks.

    Returns
    -------
    nx.DiGraph
        With ``mode == "none"`` the same as :func:`flatten_undercuts` (supports are not read).
        Otherwise the attacks are first closed under the mode's rules, using only supports
        nobody undercuts; a derived attack ``a -> b`` is a plain edge if one of the attacks it
        derives from has no undercutter, and otherwise one flattened chain per distinct set of
        undercutters (``via`` names the attack it derives from).

    Examples
    --------
    >>> from argmap.semantics.dung import grounded_labelling
    >>> af = undercut_framework([("x", "b")], [("a", "x")], [], "deductive")
    >>> restrict_labelling(grounded_labelling(af))["b"]
    'out'
    >>> af = undercut_framework([("x", "b")], [("a", "x")], [("u", "a", "x")], "deductive")
    >>> sorted(af.edges())
    [('x', 'b')]

    Notes
    -----
    Time linear in the input plus the derived attacks (see ``derive_attack_framework``).
    """
    undercuts = list(undercuts)
    if mode not in SUPPORT_MODES:
        raise ValueError(f"unknown support mode {mode!r}; expected one of {SUPPORT_MODES}")
    if mode == "none":
        return flatten_undercuts(attacks, undercuts)
    return closed_framework(attacks, supports, undercuts, mode)


def closed_framework(
    attacks: Relation,
    supports: Relation | None,
    undercuts: list[Undercut],
    mode: SupportMode,
    forced: Iterable[Pair] = (),
) -> nx.DiGraph:
    """:func:`undercut_framework` for ``mode != "none"``; ``forced`` supports join the
    derivation even if some undercut names their pair (private to argmap: the supports that
    arguments contribute, see :mod:`argmap.semantics.arguments`)."""
    if isinstance(attacks, nx.Graph):
        check_relation_graph(attacks)
    by_relation = _undercutters(undercuts)
    attack_pairs = relation_pairs(attacks)
    kept_supports = [pair for pair in relation_pairs(supports) if not by_relation.get(pair)]
    kept_supports += forced
    # (a, b) -> {frozenset of undercutters: base attack}; an empty set means "in force"
    chains: dict[Pair, dict[frozenset, Pair]] = {}
    for a, b, base in _derivations(attack_pairs, kept_supports, mode):
        key = frozenset(by_relation.get(base, ()))
        chains.setdefault((a, b), {}).setdefault(key, base)
    af = nx.DiGraph()
    if isinstance(attacks, nx.DiGraph):
        af.add_nodes_from(attacks.nodes(data=True))
    af.add_nodes_from(relation_nodes(attacks))
    af.add_nodes_from(relation_nodes(supports))
    af.add_nodes_from(u for u, _, _ in undercuts)
    for (a, b), variants in chains.items():
        if frozenset() in variants:
            base = variants[frozenset()]
            if base == (a, b):
                af.add_edge(a, b)
            else:
                af.add_edge(a, b, via=base)
            continue
        for undercutters, base in variants.items():
            ordered = [u for u in by_relation[base] if u in undercutters]
            _add_chain(af, a, b, ordered, None if base == (a, b) else base)
    return af


def restrict_labelling(
    labelling: Mapping[Hashable, V], *, keep: Iterable[Hashable] | None = None
) -> dict[Hashable, V]:
    """Drop auxiliary nodes from a labelling (or any mapping keyed by nodes).

    With ``keep``, return exactly those nodes instead, in ``keep``'s order (e.g. the claims,
    or the arguments of :func:`argmap.semantics.arguments.argument_framework`).

    Examples
    --------
    >>> restrict_labelling({"a": "in", AuxiliaryNode("attack", "a", "b", "X"): "out"})
    {'a': 'in'}
    >>> restrict_labelling({"a": "in", "A": "out"}, keep=["A"])
    {'A': 'out'}
    """
    if keep is not None:
        return {v: labelling[v] for v in keep}
    return {v: label for v, label in labelling.items() if not isinstance(v, AuxiliaryNode)}


def restrict_extensions(
    extensions: Iterable[Iterable[Hashable]], *, keep: Iterable[Hashable] | None = None
) -> list[frozenset]:
    """Drop auxiliary nodes (or, with ``keep``, all nodes not in it) from each extension;
    drop duplicates, keeping the first order.

    Examples
    --------
    >>> restrict_extensions([{"a", AuxiliaryNode("attack", "b", "a", "X")}])
    [frozenset({'a'})]
    >>> restrict_extensions([{"a", "A"}, {"a"}], keep={"a"})
    [frozenset({'a'})]
    """
    kept = None if keep is None else set(keep)
    seen: dict[frozenset, None] = {}
    for extension in extensions:
        if kept is None:
            members = frozenset(v for v in extension if not isinstance(v, AuxiliaryNode))
        else:
            members = frozenset(v for v in extension if v in kept)
        seen.setdefault(members)
    return list(seen)
