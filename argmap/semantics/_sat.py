"""SAT encodings of Dung semantics over integer-indexed frameworks (private engine).

A framework here is ``attackers``: a list whose entry ``i`` lists the attackers of argument
``i`` (arguments are ``0 .. n-1``). Variable ``i + 1`` means "argument i is in the set" and
variable ``n + i + 1`` means "argument i is attacked by the set" (``out``). The encodings are
the standard labelling-based ones of Besnard & Doutre (2004) as used by ArgSemSAT
(Cerutti, Giacomin & Vallati 2014); the preferred enumeration is their PrefSAT loop.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pysat.solvers import Solver

#: The SAT solver used throughout; Glucose 4 supports incremental solving under assumptions.
SOLVER_NAME = "glucose4"


def new_solver(**options: Any) -> Solver:
    """A :data:`SOLVER_NAME` solver of python-sat, imported on first use: the import costs
    ~75 ms, and the default check (grounded labels, 2-SAT coherence) never needs a solver."""
    from pysat.solvers import Solver

    return Solver(name=SOLVER_NAME, **options)


def _in(i: int) -> int:
    return i + 1


def admissible_clauses(attackers: Sequence[Sequence[int]]) -> list[list[int]]:
    """Clauses whose models restricted to ``in`` variables are the admissible sets."""
    n = len(attackers)
    clauses: list[list[int]] = []
    for a, atts in enumerate(attackers):
        out_a = n + a + 1
        # out(a) -> some attacker of a is in (the converse is not needed for admissibility)
        clauses.append([-out_a, *(_in(b) for b in atts)])
        for b in atts:
            clauses.append([-_in(a), -_in(b)])  # conflict-free
            clauses.append([-_in(a), n + b + 1])  # every attacker of a member is out
    return clauses


def complete_clauses(attackers: Sequence[Sequence[int]]) -> list[list[int]]:
    """Clauses whose models restricted to ``in`` variables are the complete extensions."""
    n = len(attackers)
    clauses = admissible_clauses(attackers)
    for a, atts in enumerate(attackers):
        out_a = n + a + 1
        for b in atts:
            clauses.append([-_in(b), out_a])  # an attacker in makes a out
        # every attacker out -> a in (complete sets contain what they defend)
        clauses.append([_in(a), *(-(n + b + 1) for b in atts)])
    return clauses


def stable_clauses(attackers: Sequence[Sequence[int]]) -> list[list[int]]:
    """Clauses whose models are the stable extensions (conflict-free, attacking all others)."""
    clauses: list[list[int]] = []
    for a, atts in enumerate(attackers):
        for b in atts:
            clauses.append([-_in(a), -_in(b)])
        clauses.append([_in(a), *(_in(b) for b in atts)])
    return clauses


def _members(model: Sequence[int], n: int) -> frozenset[int]:
    true = {lit for lit in model if lit > 0}
    return frozenset(i for i in range(n) if _in(i) in true)


def _enumerate_exact(
    n: int, clauses: list[list[int]], limit: int | None
) -> tuple[list[frozenset[int]], bool]:
    """All distinct ``in``-sets of the models, blocking each found set exactly."""
    found: list[frozenset[int]] = []
    with new_solver(bootstrap_with=clauses) as solver:
        while solver.solve():
            if limit is not None and len(found) >= limit:
                return found, False
            members = _members(solver.get_model(), n)
            found.append(members)
            if n == 0:
                break
            solver.add_clause([-_in(i) if i in members else _in(i) for i in range(n)])
    return found, True


def _enumerate_preferred(
    attackers: Sequence[Sequence[int]], limit: int | None
) -> tuple[list[frozenset[int]], bool]:
    """Preferred extensions: grow each admissible model to a maximal one, then block subsets."""
    n = len(attackers)
    found: list[frozenset[int]] = []
    next_var = 2 * n + 1  # fresh activation literals for the temporary "grow" clauses
    with new_solver(bootstrap_with=admissible_clauses(attackers)) as solver:
        while solver.solve():
            if limit is not None and len(found) >= limit:
                return found, False
            members = _members(solver.get_model(), n)
            while True:
                outside = [_in(i) for i in range(n) if i not in members]
                if not outside:
                    break
                act, next_var = next_var, next_var + 1
                solver.add_clause([-act, *outside])
                grown = solver.solve(assumptions=[act, *(_in(i) for i in members)])
                model = solver.get_model() if grown else None
                solver.add_clause([-act])  # retire the temporary clause for good
                if model is None:
                    break
                members = _members(model, n)
            found.append(members)
            outside = [_in(i) for i in range(n) if i not in members]
            if not outside:
                break  # the whole framework is the only preferred extension
            # every further preferred extension is incomparable to this one: not a subset of it
            solver.add_clause(outside)
    return found, True


def enumerate_extensions(
    attackers: Sequence[Sequence[int]], semantics: str, limit: int | None
) -> tuple[list[frozenset[int]], bool]:
    """Enumerate the extensions of ``semantics`` (at most ``limit``); flag if exhaustive."""
    if semantics == "preferred":
        return _enumerate_preferred(attackers, limit)
    if semantics == "complete":
        return _enumerate_exact(len(attackers), complete_clauses(attackers), limit)
    if semantics == "stable":
        return _enumerate_exact(len(attackers), stable_clauses(attackers), limit)
    raise ValueError(f"unknown semantics {semantics!r}")


def has_admissible_strict_superset(
    attackers: Sequence[Sequence[int]], members: Iterator[int] | Sequence[int]
) -> bool:
    """Whether some admissible set strictly contains ``members``."""
    n = len(attackers)
    inside = set(members)
    outside = [_in(i) for i in range(n) if i not in inside]
    if not outside:
        return False
    clauses = admissible_clauses(attackers)
    clauses.append(outside)
    with new_solver(bootstrap_with=clauses) as solver:
        return bool(solver.solve(assumptions=[_in(i) for i in inside]))
