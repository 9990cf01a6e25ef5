"""Arguments in standard form (linked premises) in the Dung framework of the labels.

An argument A = (P1 … Pn ⇒ C) says that its premises *together* are a reason for C (CONTRACT
§6.2). It is *applicable* when every premise is accepted; a rejected premise defeats it (premise
attack, Prakken 2010's undermining); an accepted undercutter denies the inference (undercut).

Encoding. Every argument is a node of the flattened framework, attacked by

- ``X = AuxiliaryNode("premise", Pi, A, "X")`` for each premise ("Pi is not accepted"), which Pi
  attacks — the X-node of the undercut flattening of Boella et al. (2009): in every complete
  labelling X is in iff Pi is out, out iff Pi is in;
- each undercutter of A, directly;
- under ``--support deductive`` also every attacker of C (a copy of C's incoming attacks): an
  argument whose conclusion is defeated is defeated (Prakken's rebuttal on the conclusion; the
  mediated attack of Boella et al. 2010 with A as the supporter).

So A is ``in`` iff all premises are in, no undercutter is in (and, deductive, C's attackers are
all out), ``out`` iff some premise is out, some undercutter in (or, deductive, an attack on C is in
force), and ``undec`` otherwise. An argument node attacks nothing: its label is its own.

How an applied argument bears on its conclusion, per ``--support`` reading:

- ``none``: not at all (as for supports, labels come from attacks only).
- ``deductive``: A ⇒ C, read as "if A applies, C is accepted". The supported attacks "A attacks
  what C attacks" are left out because they are redundant: in every complete labelling A in
  implies C in (each attacker of C attacks A) and C out implies A out, so they never change a
  label. Blame does not flow back to single premises: with n ≥ 2 no one premise is the culprit;
  the exact treatment needs collective attacks (SETAFs, Nielsen & Parsons 2006) and is left out.
  The coherence check (Betz) enforces the linked commitment exactly instead.
- ``necessary``: "C cannot be accepted unless the argument holds, and the argument needs each
  premise", i.e. every premise is a necessary support of C: secondary attacks (whoever defeats a
  premise defeats C) and extended attacks (C attacks what a premise attacks), Nouioua & Risch
  2010, C&LS 2013. As for undercut supports, an argument with an undercutter contributes no
  derived attacks (the sceptical reading of :mod:`argmap.semantics.undercut`).

A single-premise argument is an ordinary support (CONTRACT §6.2): it contributes the support
P → C and its undercutters the undercuts of P → C, so claims get exactly the labels of the
equivalent ``supports`` edge; its node gets the label defined above.

References
----------
.. [1] H. Prakken, "An abstract framework for argumentation with structured arguments",
   Argument & Computation 1(2), 2010 (undermining, undercutting, rebutting).
.. [2] G. Boella, D. M. Gabbay, L. van der Torre, S. Villata, "Meta-argumentation modelling I",
   Studia Logica 93, 2009; "Support in abstract argumentation", COMMA 2010.
.. [3] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs: towards a better
   understanding", International Journal of Approximate Reasoning 54(7), 2013.
.. [4] F. Nouioua, V. Risch, "Bipolar argumentation frameworks with specialized supports",
   ICTAI 2010.
.. [5] S. H. Nielsen, S. Parsons, "A generalization of Dung's abstract framework for
   argumentation: arguing with sets of attacking arguments", ArgMAS 2006.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

import networkx as nx

from argmap.semantics._arguments import ArgumentSpec, argument_specs
from argmap.semantics._guards import require_digraph
from argmap.semantics._relations import Pair, Relation, relation_pairs
from argmap.semantics.bipolar import SUPPORT_MODES, SupportMode
from argmap.semantics.dung import UNDEC, GroundedExplanation, grounded_explanations
from argmap.semantics.undercut import AuxiliaryNode, closed_framework, flatten_undercuts

__all__ = ["ArgumentExplanation", "argument_explanations", "argument_framework"]

Undercut = tuple[Hashable, Hashable, Hashable]


def argument_framework(
    attacks: Relation,
    supports: Relation | None = None,
    undercuts: Iterable[Undercut] = (),
    arguments: Iterable[ArgumentSpec] = (),
    argument_undercuts: Iterable[tuple[Hashable, Hashable]] = (),
    mode: SupportMode = "none",
) -> nx.DiGraph:
    """Return the Dung framework for claims and arguments in standard form.

    Parameters
    ----------
    attacks, supports, undercuts, mode
        As for :func:`argmap.semantics.undercut.undercut_framework`.
    arguments : iterable of (argument, premises, conclusion)
        Argument ids must differ from claim ids; premises are claims (repeats count once).
    argument_undercuts : iterable of (u, argument)
        u undercuts the argument (denies that its premises support its conclusion).

    Returns
    -------
    nx.DiGraph
        ``undercut_framework`` of the claims (with the supports and undercuts that the
        single-premise arguments stand for, and under ``necessary`` the supports Pi → C of the
        linked arguments nobody undercuts), plus one node per argument and its premise nodes
        and attacks as described in the module docstring. ``graph["arguments"]`` maps each
        argument to ``(premises, conclusion, undercutters)``.

    Raises
    ------
    ValueError
        For an unknown mode, an argument without premises or an argument given twice.

    Examples
    --------
    >>> from argmap.semantics.dung import grounded_labelling
    >>> af = argument_framework([("x", "p2")], arguments=[("A", ["p1", "p2"], "c")])
    >>> {v: grounded_labelling(af)[v] for v in ("p1", "p2", "c", "A")}
    {'p1': 'in', 'p2': 'out', 'c': 'in', 'A': 'out'}
    >>> af = argument_framework([("x", "p2")], arguments=[("A", ["p1", "p2"], "c")],
    ...                         mode="necessary")
    >>> grounded_labelling(af)["c"]
    'out'

    Notes
    -----
    Linear in the input and the derived attacks, as ``undercut_framework``; each argument adds
    1 + n nodes and 2n + (undercutters) edges (under ``deductive`` also one edge per attacker
    of its conclusion).
    """
    if mode not in SUPPORT_MODES:
        raise ValueError(f"unknown support mode {mode!r}; expected one of {SUPPORT_MODES}")
    specs = argument_specs(arguments)
    names = {name for name, _, _ in specs}
    undercutters: dict[Hashable, list[Hashable]] = {name: [] for name in names}
    for u, name in argument_undercuts:
        if name not in undercutters:
            raise ValueError(f"undercut of unknown argument {name!r}")
        if u not in undercutters[name]:
            undercutters[name].append(u)
    undercuts = list(undercuts)
    extra_supports: list[Pair] = []
    forced: list[Pair] = []
    for name, premises, conclusion in specs:
        if len(premises) == 1:
            extra_supports.append((premises[0], conclusion))
            undercuts += [(u, premises[0], conclusion) for u in undercutters[name]]
        elif mode == "necessary" and not undercutters[name]:
            forced += [(p, conclusion) for p in premises]
    if mode == "none":
        af = flatten_undercuts(attacks, undercuts)
    else:
        all_supports = relation_pairs(supports) + extra_supports
        af = closed_framework(attacks, all_supports, undercuts, mode, forced)
    _add_argument_nodes(af, specs, undercutters, deductive=mode == "deductive")
    return af


def _add_argument_nodes(
    af: nx.DiGraph,
    specs: list[tuple[Hashable, tuple[Hashable, ...], Hashable]],
    undercutters: Mapping[Hashable, list[Hashable]],
    *,
    deductive: bool,
) -> None:
    """The argument nodes, their premise nodes and attackers (module docstring)."""
    attackers_of = {c: list(af.pred[c]) if c in af else [] for _, _, c in specs}
    info = {}
    for name, premises, conclusion in specs:
        af.add_node(name)
        af.add_node(conclusion)
        for p in premises:
            x = AuxiliaryNode("premise", p, name, "X")
            af.add_edge(p, x)
            af.add_edge(x, name)
        for u in undercutters[name]:
            af.add_edge(u, name)
        if deductive:
            af.add_edges_from((w, name) for w in attackers_of[conclusion])
        info[name] = (premises, conclusion, tuple(undercutters[name]))
    af.graph["arguments"] = info


@dataclass(frozen=True)
class ArgumentExplanation:
    """Why an argument has its grounded label, in claims.

    Attributes
    ----------
    argument, label, conclusion
        The argument, its grounded label and its conclusion.
    premises, undercutters : tuple of (claim, label)
        Every premise and every undercutter with its grounded label.
    conclusion_attacks : tuple of (claim, label)
        Under ``deductive``: the claims that attack the conclusion, each with the label of that
        attack (``in`` = in force, i.e. the attacker is accepted and the attack not undercut).
    reason : (kind, claim) or None
        ``out``: why it is defeated — ``("premise", P)`` a rejected premise, ``("undercut", u)``
        an accepted undercutter, ``("conclusion", x)`` an attack on the conclusion in force. The
        witness of minimal round, as in :func:`~argmap.semantics.dung.grounded_explanations`.
        ``undec``: the first undecided premise, undercutter or conclusion attack (same kinds);
        ``None`` for ``in``.
    """

    argument: Hashable
    label: str
    conclusion: Hashable
    premises: tuple[tuple[Hashable, str], ...]
    undercutters: tuple[tuple[Hashable, str], ...]
    conclusion_attacks: tuple[tuple[Hashable, str], ...] = ()
    reason: tuple[str, Hashable] | None = None


def _claim_of(node: Hashable) -> Hashable:
    return node.source if isinstance(node, AuxiliaryNode) else node


@require_digraph("a framework from argument_framework")
def argument_explanations(
    af: nx.DiGraph, explanations: Mapping[Hashable, GroundedExplanation] | None = None
) -> dict[Hashable, ArgumentExplanation]:
    """Explain the grounded label of every argument of an :func:`argument_framework`.

    Parameters
    ----------
    af : nx.DiGraph
        A framework built by :func:`argument_framework` (it reads ``af.graph["arguments"]``).
    explanations : mapping, optional
        ``grounded_explanations(af)`` if already computed (the analysis shares one run).

    Examples
    --------
    >>> af = argument_framework([("x", "p2")], arguments=[("A", ["p1", "p2"], "c")])
    >>> ex = argument_explanations(af)["A"]
    >>> ex.label, ex.reason, ex.premises
    ('out', ('premise', 'p2'), (('p1', 'in'), ('p2', 'out')))
    >>> af = argument_framework([], arguments=[("A", ["p1", "p2"], "c")],
    ...                         argument_undercuts=[("u", "A")])
    >>> argument_explanations(af)["A"].reason
    ('undercut', 'u')

    Notes
    -----
    One grounded run (O(|A| + |R|)) if ``explanations`` is not given, then O(size of the
    arguments and their attackers).
    """
    if "arguments" not in af.graph:
        raise ValueError("the framework has no arguments (build it with argument_framework)")
    ex = grounded_explanations(af) if explanations is None else explanations
    out = {}
    for name, (premises, conclusion, undercutters) in af.graph["arguments"].items():
        own = set(undercutters)  # a premise may attack the conclusion too
        attacks = [
            (_claim_of(w), ex[w].label)
            for w in af.pred[name]
            if not (isinstance(w, AuxiliaryNode) and w.kind == "premise") and w not in own
        ]
        e = ex[name]
        out[name] = ArgumentExplanation(
            name,
            e.label,
            conclusion,
            tuple((p, ex[p].label) for p in premises),
            tuple((u, ex[u].label) for u in undercutters),
            tuple(dict.fromkeys(attacks)),
            _reason(e, undercutters, ex, af.pred[name]),
        )
    return out


def _reason(
    e: GroundedExplanation,
    undercutters: tuple[Hashable, ...],
    ex: Mapping[Hashable, GroundedExplanation],
    attackers: Iterable[Hashable],
) -> tuple[str, Hashable] | None:
    if e.label == "in":
        return None
    # out: the witness of minimal round; undec: the first undecided attacker
    decisive = (e.witness if e.label == "out"
                else next(w for w in attackers if ex[w].label == UNDEC))
    if isinstance(decisive, AuxiliaryNode) and decisive.kind == "premise":
        return ("premise", decisive.source)
    if decisive in undercutters:
        return ("undercut", decisive)
    return ("conclusion", _claim_of(decisive))
