"""The SAT engine behind :mod:`argmap.semantics.coherence` for maps with linked arguments (private).

An argument with premises P1 … Pn (n ≥ 2) and conclusion C adds the clause ¬P1 ∨ … ∨ ¬Pn ∨ C,
so the instance is no longer 2-SAT. :class:`Linked` keeps one incremental SAT solver (python-sat,
Glucose 4) for the yes/no questions — is the map coherent, can a claim or a position be held —
and unit propagation with reasons (:mod:`argmap.semantics._propagation`) for the explanations.

Which literals propagation refutes (assuming l derives some literal and its complement) is
decided for thousands of literals at once: a pass over the condensation of the two-literal
implications carries, per component, the set of start literals whose propagation reaches it as
a Python-int bit set; a linked clause adds to its conclusion the intersection of its premises'
sets; passes repeat until nothing changes. Explanations are then inherited as in the 2-SAT engine
(l ⇒ m with m refuted: "l ⇒ m" followed by m's derivation) and searched only where there is
nothing to inherit or a short search does better. A literal that the solver refutes but
propagation does not (rare: it needs reasoning by cases) gets a derivation with lemmas found by
failed-literal probing: "assuming a leads to a clash, so not a".
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import networkx as nx

from argmap.semantics._propagation import ASSUMED, BINARY, LEMMA, Clauses, Run
from argmap.semantics._sat import new_solver
from argmap.semantics._scc import component_ids
from argmap.semantics._steps import ImplicationStep, Lemma, Literal, Refutation
from argmap.semantics._twosat import SEARCH_BUDGET, inheritance_order, step_of

__all__ = ["Linked"]

_CHUNK = 8192
#: Probes (propagations under one more assumption) a refutation by lemmas may spend.
_PROBE_BUDGET = 400
_MAX_DEPTH = 3


class _OutOfBudget(Exception):
    pass


class Linked:
    """Clauses, solver and refuted literals of an implication graph with linked arguments."""

    def __init__(self, ig: nx.DiGraph) -> None:
        self.ig = ig
        self.claims = [claim for claim, value in ig if value]
        self.index = {claim: i for i, claim in enumerate(self.claims)}
        self.arguments: tuple[tuple[Hashable, tuple, Hashable], ...] = ig.graph[
            "linked_arguments"
        ]
        code = {(c, value): 2 * i + (not value)
                for i, c in enumerate(self.claims) for value in (True, False)}
        edges = [(code[u], code[v]) for u, vs in ig._succ.items() for v in vs]
        linked = [
            [self.code((p, False)) for p in premises] + [self.code((c, True))]
            for _, premises, c in self.arguments
        ]
        self.db = Clauses.build(2 * len(self.claims), edges, linked)
        self.solver = new_solver(bootstrap_with=self._cnf(edges, linked))
        self.satisfiable = bool(self.solver.solve())
        self.model = self._model() if self.satisfiable else None
        self.models = self._more_models() if self.satisfiable else []
        self._refuted: dict[int, tuple[str, object]] | None = None
        self._components: tuple[dict, int] | None = None

    def components(self) -> tuple[dict, int]:
        """Strongly connected components of the two-literal implications (memoised)."""
        if self._components is None:
            self._components = component_ids(dict(enumerate(self.db.succ)))
        return self._components

    # --- coding --------------------------------------------------------------------------

    def code(self, literal: Literal) -> int:
        return 2 * self.index[literal[0]] + (0 if literal[1] else 1)

    def lit(self, code: int) -> Literal:
        return (self.claims[code >> 1], not code & 1)

    @staticmethod
    def sat(code: int) -> int:
        var = (code >> 1) + 1
        return -var if code & 1 else var

    def _cnf(self, edges: Sequence[tuple[int, int]], linked: list[list[int]]) -> list[list[int]]:
        sat = [(c >> 1) + 1 if not c & 1 else -((c >> 1) + 1) for c in range(2 * len(self.claims))]
        # each two-literal clause gives two edges u -> v and ¬v -> ¬u: keep one of them
        binary = [[sat[u ^ 1], sat[v]] for u, v in edges if u ^ 1 <= v]
        return binary + [[sat[x] for x in k] for k in linked]

    def _model(self) -> dict[Hashable, bool]:
        true = {lit for lit in self.solver.get_model() or () if lit > 0}
        return {c: i + 1 in true for i, c in enumerate(self.claims)}

    def _more_models(self) -> list[dict[Hashable, bool]]:
        """The first model and a few more, found with other preferred values (all accepted,
        all rejected, two seeded random mixes): a literal true in any of them is never refuted,
        and the more diverse they are, the fewer candidates the refutation pass has."""
        rng = random.Random(len(self.claims))
        assert self.model is not None  # only called when satisfiable
        models = [self.model]
        n = len(self.claims)
        for choice in (lambda: True, lambda: False, lambda: rng.random() < 0.5,
                       lambda: rng.random() < 0.5):
            self.solver.set_phases([v if choice() else -v for v in range(1, n + 1)])
            self.solver.solve()
            models.append(self._model())
        return models

    def holds(self, codes: Iterable[int]) -> bool:
        """Whether some coherent position makes all ``codes`` true."""
        return bool(self.solver.solve(assumptions=[self.sat(c) for c in codes]))

    # --- steps ---------------------------------------------------------------------------

    def step(self, run: Run, code: int, why: tuple) -> ImplicationStep | Lemma:
        """The item that derived ``code`` with reason ``why`` in ``run``."""
        if why[0] == BINARY:
            return step_of(self.ig, self.lit(why[1]), self.lit(code))
        if why[0] == LEMMA:
            return why[1]
        argument, _, conclusion = self.arguments[why[1]]
        order = run.order
        premises = sorted(run.premises(code, why), key=lambda c: order.get(c, -1))
        return ImplicationStep(
            self.lit(premises[-1]),
            self.lit(code),
            "argument",
            argument,
            conclusion,
            tuple(self.lit(c) for c in premises[:-1]),
        )

    def refutation(self, run: Run) -> tuple[Refutation, list[int]]:
        """The refutation read off a run that clashed, and the parent literals it uses."""
        assert run.clash is not None
        code, why = run.clash
        derived, known = run.needed([*run.premises(code, why), code ^ 1])
        assumed = tuple(self.lit(c) for c in derived if run.reason[c][0] == ASSUMED)
        items = [self.step(run, c, run.reason[c]) for c in derived if run.reason[c][0] != ASSUMED]
        items.append(self.step(run, code, why))
        return Refutation(assumed, tuple(items), self.lit(code)), known

    def derivation(self, run: Run, code: int) -> tuple[ImplicationStep, ...]:
        """The steps by which ``run`` derived ``code`` from its assumptions."""
        derived, _ = run.needed([code])
        steps = [self.step(run, c, run.reason[c]) for c in derived if run.reason[c][0] != ASSUMED]
        return tuple(s for s in steps if isinstance(s, ImplicationStep))

    # --- refuted literals ----------------------------------------------------------------

    def classify(self, candidates: list[int]) -> tuple[list[int], list[int]]:
        """Split candidates: (refuted by propagation, not decided by the passes).

        The first list is decided by the bit-set passes of the module docstring. With a model M
        of the map, a candidate l whose propagation closure S does not clash is *certified*
        (some coherent position accepts l) when M overridden by S satisfies every linked clause
        (two-literal clauses always hold then, as S is closed under their implications); the
        same bit sets decide that for the whole chunk. The rest is the second list.
        """
        comp, count = self.components()
        graph = _Condensation.build(self.db, comp, count)
        refuted: list[int] = []
        unsure: list[int] = []
        for start in range(0, len(candidates), _CHUNK):
            chunk = candidates[start : start + _CHUNK]
            reach = _reach_sets(chunk, comp, graph)
            clash = 0
            for i in range(len(self.claims)):
                clash |= reach[comp[2 * i]] & reach[comp[2 * i + 1]]
            violated = self._violated(reach, comp, (1 << len(chunk)) - 1) & ~clash
            refuted += [c for i, c in enumerate(chunk) if (clash >> i) & 1]
            unsure += [c for i, c in enumerate(chunk) if (violated >> i) & 1]
        return refuted, unsure

    def _violated(self, reach: list[int], comp: dict, full: int) -> int:
        """Bits of the candidates for which every model M overridden by their closure violates
        a linked clause (all candidates when there is no model)."""
        violated = full
        for model in self.models:
            if not violated:
                break
            violated &= self._violated_by(model, reach, comp, full)
        return violated

    def _violated_by(self, model: dict, reach: list[int], comp: dict, full: int) -> int:
        claims = self.claims
        violated = 0
        for clause in self.db.linked:
            bits = full
            for x in clause:
                false_in_model = model[claims[x >> 1]] == bool(x & 1)
                bits &= reach[comp[x ^ 1]] | ((full & ~reach[comp[x]]) if false_in_model else 0)
                if not bits:
                    break
            violated |= bits
        return violated

    def refuted(self) -> dict[int, tuple[str, object]]:
        """Every refuted literal (code) with its explanation, computed once.

        ``("direct", Refutation)``, ``("via", m)`` (derivation: ``l ⇒ m``, then m's) or
        ``("sat", Refutation)`` for literals only the solver refutes (by lemmas).
        """
        if self._refuted is None:
            n = len(self.claims)
            if self.models:  # a literal true in some model is not refuted
                candidates = [code for i, c in enumerate(self.claims) for code in (2 * i, 2 * i + 1)
                              if all(m[c] == bool(code & 1) for m in self.models)]
            else:
                candidates = list(range(2 * n))
            found, unsure = self.classify(candidates)
            comp, _ = self.components()
            pred: list[list[int]] = [[] for _ in self.db.succ]
            for u, vs in enumerate(self.db.succ):
                for v in vs:
                    pred[v].append(u)
            self._refuted = self._explain(inheritance_order(found, comp, self.db.succ, pred))
            if self.model is not None:
                for code in self._unsatisfiable_with([], unsure):
                    self._refuted[code] = ("sat", self.refute([code]))
        return self._refuted

    def _explain(self, found: Iterable[int]) -> dict[int, tuple[str, object]]:
        length: dict[int, int] = {}
        how: dict[int, tuple[str, object]] = {}
        for code in found:
            inherit, bound = None, None
            for m in self.db.succ[code]:
                n = length.get(m)
                if n is not None and (bound is None or n + 1 < bound):
                    inherit, bound = m, n + 1
            run = Run(self.db).extend([code], limit=SEARCH_BUDGET if bound else None)
            if run.clash is not None:
                refutation, _ = self.refutation(run)
                if bound is None or len(refutation.items) < bound:
                    how[code], length[code] = ("direct", refutation), len(refutation.items)
                    continue
            assert inherit is not None and bound is not None  # the literal is refuted
            how[code], length[code] = ("via", inherit), bound
        return how

    def refutation_of(self, code: int) -> Refutation:
        """The explanation of a refuted literal, built in time linear in its size."""
        how = self.refuted()
        ups = [code]
        while (entry := how[ups[-1]])[0] == "via":
            ups.append(entry[1])  # type: ignore[arg-type]
        base: Refutation = entry[1]  # type: ignore[assignment]
        if len(ups) == 1:
            return base
        prefix = tuple(step_of(self.ig, self.lit(a), self.lit(b)) for a, b in pairwise(ups))
        return Refutation((self.lit(code),), prefix + base.items, base.clash)

    # --- commitments ------------------------------------------------------------------------

    def commitments(self, literals: list[Literal]) -> dict[Hashable, tuple] | None:
        """claim -> (value, reason, path) fixed by every coherent completion; None if none."""
        codes = [self.code(lit) for lit in literals if lit[0] in self.index]
        run = Run(self.db).extend(codes)
        if run.clash is not None or not self.satisfiable or not self.holds(codes):
            return None
        model = self._model()  # a model of map and position, before other solver calls
        result: dict[Hashable, tuple] = {lit[0]: (lit[1], "position", ()) for lit in literals}
        self._implied_and_forced(run, result)
        opposite = [2 * i + (1 if model[c] else 0)  # false in the model
                    for i, c in enumerate(self.claims) if c not in result]
        for code in self._unsatisfiable_with(codes, opposite):
            claim, value = self.lit(code ^ 1)
            result[claim] = (value, "implied", self.refute([*codes, code]))
        return result

    def _implied_and_forced(self, run: Run, result: dict[Hashable, tuple]) -> None:
        """Add what the position's propagation implies and what the map alone forces."""
        for code in run.order:
            claim, value = self.lit(code)
            if claim not in result:
                result[claim] = (value, "implied", self.derivation(run, code))
        refuted = self.refuted()
        for i, claim in enumerate(self.claims):
            for value in (True, False):
                code = 2 * i + (1 if value else 0)  # the literal (claim, not value)
                if claim not in result and code in refuted:
                    result[claim] = (value, "forced", self.refutation_of(code))

    def _unsatisfiable_with(self, codes: list[int], candidates: Iterable[int]) -> list[int]:
        """The candidates c for which ``codes`` plus c has no model; the solver prefers the
        candidates true, and every model it finds rules out all candidates true in it."""
        left = set(candidates)
        self.solver.set_phases([self.sat(c) for c in left])
        found = []
        for code in sorted(left):
            if code not in left:
                continue
            if self.holds([*codes, code]):
                true = set(self.solver.get_model() or ())
                left -= {c for c in left if self.sat(c) in true}
            else:
                found.append(code)
                left.discard(code)
        return found

    # --- refutation by lemmas --------------------------------------------------------------

    def refute(self, codes: Sequence[int]) -> Refutation:
        """A refutation of the assumptions ``codes`` (which the solver found contradictory)."""
        if not self.satisfiable:
            self.refuted()  # its refuted literals guide the probes
        run = Run(self.db).extend(codes)
        budget = [_PROBE_BUDGET]
        try:
            for depth in range(1, _MAX_DEPTH + 1):
                if self._close(run, depth, budget):
                    return self.refutation(run)[0]
        except _OutOfBudget:
            pass
        return self._core(codes)

    def _close(self, run: Run, depth: int, budget: list[int]) -> bool:
        """Add lemmas to ``run`` (probing to ``depth``) until it clashes; whether it did."""
        while run.clash is None:
            if depth == 0:
                return False
            for probe in self._probes(run):
                budget[0] -= 1
                if budget[0] < 0:
                    raise _OutOfBudget
                sub = Run(self.db, known=run.reason).extend([probe])
                if self._close(sub, depth - 1, budget):
                    refutation, uses = self.refutation(sub)
                    lemma = Lemma(self.lit(probe ^ 1), refutation)
                    run.extend([probe ^ 1], why=(LEMMA, lemma, tuple(uses)))
                    break
            else:
                return False
        return True

    def _probes(self, run: Run) -> list[int]:
        """Literals worth assuming: the open literals of linked clauses that lost a literal,
        else every open literal (both polarities, complements first)."""
        reason, linked, occurs = run.reason, self.db.linked, self.db.occurs
        clauses = sorted({k for code in reason for k in occurs[code]})
        touched = [x for k in clauses for x in linked[k]
                   if x not in reason and x ^ 1 not in reason]
        if touched:
            return list(dict.fromkeys(p for x in touched for p in (x ^ 1, x)))
        # nothing local to probe: the contradiction lies elsewhere in the map; literals the
        # refutation pass found refuted clash at once, those whose complement is refuted too
        # (the two halves of an incoherent map's cycle) first
        refuted = self._refuted or {}
        free = [c for c in range(2 * len(self.claims)) if c not in reason and c ^ 1 not in reason]
        return sorted(free, key=lambda c: (c not in refuted, c ^ 1 not in refuted, c))

    def _core(self, codes: Sequence[int]) -> Refutation:
        """Fallback: relations of an unsatisfiable core (selector literals), no derivation."""
        edges = [(self.code(u), self.code(v), d) for u, v, d in self.ig.edges(data=True)]
        relations: list[tuple[str, Hashable, Hashable]] = []
        clauses: list[list[int]] = []
        for u, v, data in edges:
            clauses.append([self.sat(u ^ 1), self.sat(v)])
            relations.append((data["kind"], data["source"], data["target"]))
        for k, clause in enumerate(self.db.linked):
            clauses.append([self.sat(x) for x in clause])
            relations.append(("argument", self.arguments[k][0], self.arguments[k][2]))
        top = len(self.claims)
        with new_solver() as solver:
            for i, clause in enumerate(clauses):
                solver.add_clause([*clause, -(top + 1 + i)])
            selectors = [top + 1 + i for i in range(len(clauses))]
            solved = solver.solve(assumptions=[self.sat(c) for c in codes] + selectors)
            assert not solved
            core = {s - top - 1 for s in solver.get_core() or () if s > top}
        chosen = tuple(dict.fromkeys(relations[i] for i in sorted(core)))
        return Refutation(tuple(self.lit(c) for c in codes), (), None, chosen)


def _reach_sets(chunk: list[int], comp: dict, graph: _Condensation) -> list[int]:
    """Per component, the bit set of the chunk's start literals whose propagation reaches it.

    One pass over the condensation in topological order, then a worklist: a linked clause whose
    premises' sets grew adds their intersection to its conclusion's component, and only what
    lies downstream of a grown set is recomputed (a heap keeps the topological order).
    """
    count = len(graph.preds)
    own = [0] * count
    for i, code in enumerate(chunk):
        own[comp[code]] |= 1 << i
    reach = [0] * count
    for c in range(count - 1, -1, -1):  # descending Tarjan id: predecessors first
        bits = own[c]
        for p in graph.preds[c]:
            bits |= reach[p]
        reach[c] = bits
    heap: list[int] = []
    queued: set[int] = set()

    def fire(h: int) -> None:
        premises, target = graph.hyper[h]
        bits = -1
        for p in premises:
            bits &= reach[p]
        new = bits & ~reach[target]
        if new:
            own[target] |= new
            if target not in queued:
                queued.add(target)
                heapq.heappush(heap, -target)

    for h in range(len(graph.hyper)):
        fire(h)
    while heap:
        c = -heapq.heappop(heap)
        queued.discard(c)
        bits = own[c]
        for p in graph.preds[c]:
            bits |= reach[p]
        if bits == reach[c]:
            continue
        reach[c] = bits
        for d in graph.succs[c]:
            if d not in queued:
                queued.add(d)
                heapq.heappush(heap, -d)
        for h in graph.watch[c]:
            fire(h)
    return reach


@dataclass
class _Condensation:
    """The condensation of the two-literal implications, with the linked clauses as
    hyperedges between components (``watch[c]``: the hyperedges with a premise in c)."""

    preds: list[set[int]]
    succs: list[set[int]]
    hyper: list[tuple[list[int], int]]
    watch: list[list[int]]

    @classmethod
    def build(cls, db: Clauses, comp: dict, count: int) -> _Condensation:
        preds: list[set[int]] = [set() for _ in range(count)]
        succs: list[set[int]] = [set() for _ in range(count)]
        for u, vs in enumerate(db.succ):
            cu = comp[u]
            for v in vs:
                cv = comp[v]
                if cu != cv:
                    preds[cv].add(cu)
                    succs[cu].add(cv)
        hyper = [([comp[y ^ 1] for y in clause if y != x], comp[x])
                 for clause in db.linked for x in clause]
        watch: list[list[int]] = [[] for _ in range(count)]
        for h, (premises, _) in enumerate(hyper):
            for p in set(premises):
                watch[p].append(h)
        return cls(preds, succs, hyper, watch)
