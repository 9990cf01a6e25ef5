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


# --- coherence with linked arguments (Betz 2010) ----------------------------------------------


def argument_clauses(arguments) -> list[list[tuple[Hashable, bool]]]:
    """Each argument (name, premises, conclusion): ¬P1 ∨ … ∨ ¬Pn ∨ C (tautologies dropped)."""
    clauses = []
    for _, premises, conclusion in arguments:
        if conclusion not in premises:
            clauses.append([(p, False) for p in premises] + [(conclusion, True)])
    return clauses


def models_of(claims, clauses) -> list[dict]:
    """Every truth assignment of the claims that satisfies all clauses."""
    claims = list(claims)
    models = []
    for values in product((False, True), repeat=len(claims)):
        v = dict(zip(claims, values, strict=True))
        if all(any(v[c] == pol for c, pol in clause) for clause in clauses):
            models.append(v)
    return models


def propagation_clashes(start, clauses) -> bool:
    """Forward reasoning from the literals ``start``: a clause all of whose literals but one are
    false yields that one (clauses are read as lists, so ¬a ∨ ¬a is "a yields ¬a"); True when
    some literal and its negation are both reached."""
    known = set(start)
    changed = True
    while changed:
        changed = False
        for clause in clauses:
            for j, lit in enumerate(clause):
                others = clause[:j] + clause[j + 1 :]
                if lit not in known and all((c, not v) in known for c, v in others):
                    known.add(lit)
                    changed = True
    return any((c, not v) in known for c, v in known)


# --- arguments in standard form (docs/semantics.md, "Arguments") ------------------------------


def argument_instances(args, attacks, supports, undercuts, arguments, arg_undercuts, mode):
    """Attack instances of the claims when arguments are read by their definition.

    A one-premise argument is the support P -> C with its undercutters as undercuts of that
    support; under ``necessary`` a linked argument nobody undercuts makes every premise a
    necessary support of its conclusion (never dropped by undercuts of other relations).
    """
    undercutters = {name: {u for u, a in arg_undercuts if a == name} for name, _, _ in arguments}
    supports = set(supports)
    undercuts = set(undercuts)
    forced = set()
    for name, premises, conclusion in arguments:
        premises = set(premises)
        if len(premises) == 1:
            (p,) = premises
            supports.add((p, conclusion))
            undercuts |= {(u, p, conclusion) for u in undercutters[name]}
        elif mode == "necessary" and not undercutters[name]:
            forced |= {(p, conclusion) for p in premises}
    if mode == "none":
        ucs = {(a, b): frozenset(u for u, x, y in undercuts if (x, y) == (a, b))
               for a, b in attacks}
        return sorted({(a, b, us) for (a, b), us in ucs.items()}, key=repr)
    undercut_pairs = {(a, b) for _, a, b in undercuts}
    kept = {p for p in supports if p not in undercut_pairs} | forced
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


def _effective(label, a, us) -> bool:
    return label[a] == "in" and all(label[u] == "out" for u in us)


def _ineffective(label, a, us) -> bool:
    return label[a] == "out" or any(label[u] == "in" for u in us)


def argument_label(label, instances, argument, arg_undercuts, mode) -> str:
    """An argument's label given its claims' labels: in iff every premise in and every
    undercutter out (and, deductive, every attack on the conclusion ineffective); out iff some
    premise out or undercutter in (or, deductive, an attack on the conclusion effective)."""
    name, premises, conclusion = argument
    us = [u for u, a in arg_undercuts if a == name]
    on_c = [(a, ucs) for a, b, ucs in instances if b == conclusion] if mode == "deductive" else []
    if (any(label[p] == "out" for p in premises) or any(label[u] == "in" for u in us)
            or any(_effective(label, a, ucs) for a, ucs in on_c)):
        return "out"
    if (all(label[p] == "in" for p in premises) and all(label[u] == "out" for u in us)
            and all(_ineffective(label, a, ucs) for a, ucs in on_c)):
        return "in"
    return "undec"


def claim_operator(args, instances, label) -> dict:
    """One application of the three-valued operator of attack instances to the claims."""
    new = {}
    for b in args:
        incoming = [(a, us) for a, t, us in instances if t == b]
        if any(_effective(label, a, us) for a, us in incoming):
            new[b] = "out"
        elif all(_ineffective(label, a, us) for a, us in incoming):
            new[b] = "in"
        else:
            new[b] = "undec"
    return new


def grounded_with_arguments(args, instances, arguments, arg_undercuts, mode) -> dict:
    """Claims: least fixed point of the operator; arguments: :func:`argument_label`."""
    label = grounded_with_attack_instances(args, instances)
    for argument in arguments:
        label[argument[0]] = argument_label(label, instances, argument, arg_undercuts, mode)
    return label


def complete_labellings_with_arguments(args, instances, arguments, arg_undercuts, mode):
    """Every complete labelling: a fixed point of the claims' operator, arguments labelled."""
    found = []
    for values in product(("in", "out", "undec"), repeat=len(args)):
        label = dict(zip(args, values, strict=True))
        if claim_operator(args, instances, label) != label:
            continue
        for argument in arguments:
            label[argument[0]] = argument_label(label, instances, argument, arg_undercuts, mode)
        found.append(label)
    return found


def dfquad_with_arguments(nodes, base, attacks, supports, arguments, arg_undercuts, agg="min"):
    """The recursive definition with argument nodes (acyclic inputs only):
    sigma(A) = tau(A) * (1 - F(undercutters)) * G(premises), A supports its conclusion."""
    memo: dict = {}

    def aggregate(values):
        result = 1.0
        for v in values:
            result *= 1.0 - v
        return 1.0 - result

    names = {a[0]: a for a in arguments}

    def sigma(a):
        if a in memo:
            return memo[a]
        if a in names:
            _, premises, _ = names[a]
            joint = [sigma(p) for p in premises]
            g = min(joint) if agg == "min" else __import__("math").prod(joint)
            va = aggregate([sigma(u) for u, b in arg_undercuts if b == a])
            memo[a] = base.get(a, 1.0) * (1 - va) * g
            return memo[a]
        va = aggregate([sigma(x) for x, y in attacks if y == a])
        vs = aggregate([sigma(x) for x, y in supports if y == a]
                       + [sigma(n) for n, (_, _, c) in names.items() if c == a])
        v0 = base.get(a, 0.5)
        memo[a] = v0 - v0 * (va - vs) if va >= vs else v0 + (1 - v0) * (vs - va)
        return memo[a]

    return {a: sigma(a) for a in [*nodes, *names]}
