"""Brute-force reference implementations, following the textbook definitions literally.

Everything here enumerates all subsets or all truth assignments: exponential on purpose, for
cross-checking the real algorithms on small inputs only. Frameworks are given as
``(args, attacks)`` with ``attacks`` a set of (attacker, target) pairs.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from itertools import chain, combinations, product

Pair = tuple[Hashable, Hashable]


def subsets(items: Iterable[Hashable]) -> list[frozenset]:
    items = list(items)
    sizes = range(len(items) + 1)
    return [frozenset(c) for c in chain.from_iterable(combinations(items, k) for k in sizes)]


# --- Dung 1995 -------------------------------------------------------------------------------


def conflict_free(s: frozenset, attacks: set[Pair]) -> bool:
    """Dung 1995: no a, b in S with a attacks b."""
    return not any(a in s and b in s for a, b in attacks)


def defends(s: frozenset, a: Hashable, attacks: set[Pair]) -> bool:
    """Dung 1995: every attacker of a is attacked by some member of S."""
    return all(any((c, b) in attacks for c in s) for b, t in attacks if t == a)


def admissible(s: frozenset, attacks: set[Pair]) -> bool:
    return conflict_free(s, attacks) and all(defends(s, a, attacks) for a in s)


def characteristic(args: Iterable[Hashable], s: frozenset, attacks: set[Pair]) -> frozenset:
    """Dung 1995: F(S) = {a | S defends a}."""
    return frozenset(a for a in args if defends(s, a, attacks))


def complete(s: frozenset, args: Iterable[Hashable], attacks: set[Pair]) -> bool:
    """Dung 1995: admissible and every argument S defends is in S."""
    return admissible(s, attacks) and characteristic(args, s, attacks) == s


def complete_extensions(args, attacks) -> set[frozenset]:
    return {s for s in subsets(args) if complete(s, args, attacks)}


def grounded_by_fixpoint(args, attacks) -> frozenset:
    """Dung 1995, Def. 20 / Thm. 25: least fixed point of F, iterating from the empty set."""
    s: frozenset = frozenset()
    while True:
        nxt = characteristic(args, s, attacks)
        if nxt == s:
            return s
        s = nxt


def grounded_by_intersection(args, attacks) -> frozenset:
    """The grounded extension is the least complete extension (Dung 1995, Thm. 25)."""
    exts = complete_extensions(args, attacks)
    least = frozenset.intersection(*exts)
    assert least in exts
    return least


def preferred_extensions(args, attacks) -> set[frozenset]:
    """Dung 1995: maximal (w.r.t. inclusion) admissible sets."""
    adm = [s for s in subsets(args) if admissible(s, attacks)]
    return {s for s in adm if not any(s < t for t in adm)}


def stable_extensions(args, attacks) -> set[frozenset]:
    """Dung 1995: conflict-free and attacking every argument not in it."""
    return {
        s
        for s in subsets(args)
        if conflict_free(s, attacks)
        and all(a in s or any((b, a) in attacks for b in s) for a in args)
    }


def grounded_labelling(args, attacks) -> dict:
    """Caminada 2006: in = grounded extension, out = attacked by it, undec = the rest."""
    g = grounded_by_fixpoint(args, attacks)
    return {
        a: "in" if a in g else "out" if any((b, a) in attacks for b in g) else "undec" for a in args
    }


# --- bipolar (Cayrol & Lagasquie-Schiex 2013) ------------------------------------------------


def support_paths(supports: set[Pair], args) -> set[Pair]:
    """(a, b) such that a supports+ b: transitive closure by repeated composition."""
    closure = set(supports)
    while True:
        extra = {(a, d) for a, b in closure for c, d in closure if b == c} - closure
        if not extra:
            return closure
        closure |= extra


def supported_attacks(args, attacks, supports) -> set[Pair]:
    """a supports+ x and x attacks b."""
    plus = support_paths(supports, args)
    return {(a, b) for a, x in plus for y, b in attacks if x == y}


def mediated_attacks(args, attacks, supports) -> set[Pair]:
    """b supports+ x and a attacks x."""
    plus = support_paths(supports, args)
    return {(a, b) for b, x in plus for a, y in attacks if x == y}


def super_mediated_attacks(args, attacks, supports) -> set[Pair]:
    """b supports+ x and a has a direct or supported attack on x."""
    plus = support_paths(supports, args)
    direct_or_supported = set(attacks) | supported_attacks(args, attacks, supports)
    return {(a, b) for b, x in plus for a, y in direct_or_supported if x == y}


def secondary_attacks(args, attacks, supports) -> set[Pair]:
    """a attacks x and x supports+ b (necessary support: x is needed by b)."""
    plus = support_paths(supports, args)
    return {(a, b) for a, x in attacks for y, b in plus if x == y}


def extended_attacks(args, attacks, supports) -> set[Pair]:
    """x supports+ a and x attacks b (necessary support: a needs x, which attacks b)."""
    plus = support_paths(supports, args)
    return {(a, b) for x, a in plus for y, b in attacks if x == y}


def deductive_closure(args, attacks, supports) -> set[Pair]:
    """Least superset of the attacks closed under the supported- and mediated-attack rules."""
    rel = set(attacks)
    while True:
        extra = (
            {(a, b) for a, x in supports for y, b in rel if x == y}  # a sup x, x att b
            | {(a, b) for a, x in rel for b, y in supports if x == y}  # a att x, b sup x
        ) - rel
        if not extra:
            return rel
        rel |= extra


def necessary_closure(args, attacks, supports) -> set[Pair]:
    """Least superset of the attacks closed under the secondary- and extended-attack rules."""
    rel = set(attacks)
    while True:
        extra = (
            {(a, b) for a, x in rel for y, b in supports if x == y}  # a att x, x nsup b
            | {(a, b) for x, a in supports for y, b in rel if x == y}  # x nsup a, x att b
        ) - rel
        if not extra:
            return rel
        rel |= extra


# --- undercuts -------------------------------------------------------------------------------


def grounded_with_undercuts(args, attacks, undercuts) -> dict:
    """Grounded labelling where an attack counts iff its attacker is in and no undercutter is in.

    Each attack ``(a, b)`` is undercut by the ``u`` of the undercuts ``(u, a, b)``.
    """
    ucs: dict[Pair, set] = {(a, b): set() for a, b in attacks}
    for u, a, b in undercuts:
        if (a, b) in ucs:
            ucs[(a, b)].add(u)
    return grounded_with_attack_instances(args, [(a, b, frozenset(ucs[(a, b)])) for a, b in ucs])


def grounded_with_attack_instances(args, instances) -> dict:
    """Grounded labelling for attack instances ``(a, b, undercutters)``.

    The least fixed point, in the information order, of the three-valued operator: ``b`` is in
    iff every instance on it is ineffective (its attacker out, or an undercutter in); out iff
    some instance on it is effective (attacker in, every undercutter out); undec otherwise.
    Iterated from all-undecided.
    """
    label = dict.fromkeys(args, "undec")
    while True:
        new = {}
        for b in args:
            incoming = [(a, us) for a, t, us in instances if t == b]
            effective = any(
                label[a] == "in" and all(label[u] == "out" for u in us) for a, us in incoming
            )
            ineffective = all(
                label[a] == "out" or any(label[u] == "in" for u in us) for a, us in incoming
            )
            new[b] = "out" if effective else "in" if ineffective else "undec"
        if new == label:
            return label
        label = new


def derived_attack_instances(args, attacks, supports, undercuts, mode) -> list:
    """Attack instances (a, b, undercutters of the base attack) of the closure, literally.

    Supports with an undercutter are dropped; deductive: a sup* d, d att e, b sup* e;
    necessary: d sup* a, d att e, e sup* b.
    """
    undercut_pairs = {(a, b) for _, a, b in undercuts}
    kept = {p for p in supports if p not in undercut_pairs}
    star = support_paths(kept, args) | {(a, a) for a in args}
    instances = set()
    for d, e in attacks:
        us = frozenset(u for u, a, b in undercuts if (a, b) == (d, e))
        for x, y in star:
            for z, w in star:
                if mode == "deductive" and y == d and w == e:
                    instances.add((x, z, us))
                if mode == "necessary" and x == d and z == e:
                    instances.add((y, w, us))
    return sorted(instances, key=repr)


# --- coherence (Betz) ------------------------------------------------------------------------


def coherence_clauses(supports, attacks, contradictions) -> list[list[tuple[Hashable, bool]]]:
    clauses = [[(a, False), (b, True)] for a, b in supports]
    clauses += [[(a, False), (b, False)] for a, b in attacks]
    for a, b in contradictions:
        clauses.append([(a, False), (b, False)])
        clauses.append([(a, True), (b, True)])
    return clauses


def coherent_assignments(claims, supports, attacks, contradictions) -> list[dict]:
    """Every truth assignment of the claims that satisfies all clauses."""
    claims = list(claims)
    clauses = coherence_clauses(supports, attacks, contradictions)
    models = []
    for values in product((False, True), repeat=len(claims)):
        v = dict(zip(claims, values, strict=True))
        if all(any(v[c] == pol for c, pol in clause) for clause in clauses):
            models.append(v)
    return models


# --- DF-QuAD (Rago et al. 2016) --------------------------------------------------------------


def dfquad_acyclic(nodes, base, attacks, supports) -> dict:
    """The recursive definition: sigma(a) = C(tau(a), F(att. strengths), F(sup. strengths))."""
    memo: dict = {}

    def aggregate(values):
        result = 1.0
        for v in values:
            result *= 1.0 - v
        return 1.0 - result if values else 0.0

    def sigma(a):
        if a not in memo:
            va = aggregate([sigma(x) for x, y in attacks if y == a])
            vs = aggregate([sigma(x) for x, y in supports if y == a])
            v0 = base.get(a, 0.5)
            if va >= vs:
                memo[a] = v0 - v0 * abs(vs - va)
            else:
                memo[a] = v0 + (1 - v0) * abs(vs - va)
        return memo[a]

    return {a: sigma(a) for a in nodes}
