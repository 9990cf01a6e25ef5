"""Structural checks: self-relations, conflicting links, cycles, duplicates, isolated claims.

Each check is a free function of the analysis context that yields findings; the registry
(:mod:`argmap.analysis.registry`) runs them in registration order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import networkx as nx

from ..graph import CLAIM_RELATIONS
from .arguments import arguments_of
from .context import Context
from .registry import Finding, Msg, check

__all__ = [
    "find_odd_cycle",
    "normalise_text",
]

_NON_WORD = re.compile(r"[\W_]+")  # punctuation, symbols and white space, as one separator
#: the same separators among ASCII characters (NFKC and case folding keep ASCII ASCII)
_ASCII_NON_WORD = {i: " " for i in range(128) if not chr(i).isalnum()}


def normalise_text(text: str) -> str:
    """Text compared by ``duplicate-claim``: case-folded, punctuation dropped, spaces collapsed.

    >>> normalise_text("  Open Source, ist   GUT! ") == normalise_text("open source ist gut")
    True
    """
    if text.isascii():  # the same without a regular expression: 5× faster, most texts
        return " ".join(text.lower().translate(_ASCII_NON_WORD).split())
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def _cycle_text(cycle: list[str]) -> str:
    return " → ".join([*cycle, cycle[0]])


@check("self-relation", "error", part="structure")
def self_relations(ctx: Context) -> Iterator[Finding]:
    """A claim that supports, attacks or contradicts itself, or an argument that concludes
    one of its own premises."""
    for u, v, kind in ctx.graph.edges(keys=True):
        if u == v and kind in CLAIM_RELATIONS:
            yield ctx.finding("self-relation", [u], [u, u], a=u, kind=Msg(f"rel.{kind}"))
    for arg in arguments_of(ctx):
        if arg.conclusion in arg.premises:
            yield ctx.finding("self-relation", [arg.conclusion], [arg.conclusion, arg.id],
                              key="finding.self-relation-argument", a=arg.conclusion,
                              arg=arg.id)


@check("support-attack-conflict", "error", part="structure")
def support_attack_conflicts(ctx: Context) -> Iterator[Finding]:
    """Two claims linked by a support and by an attack or contradiction (either direction).

    It reads the stored pairs (``Context.relations``, which the implication graph shares), not
    the support graph the second process would have to build: supports in the order of their
    source claims, as the support graph gives them; of a pair's two directions the first
    source reports it.
    """
    seen: set[frozenset[str]] = set()
    relations = ctx.relations  # sets, not four edge lookups a support
    stored = {other: set(relations[other]) for other in ("attacks", "contradicts")}
    for a, b in relations["supports"]:
        if a == b:
            continue
        for other, pairs in stored.items():
            if (a, b) in pairs or (b, a) in pairs:
                pair = frozenset((a, b))
                if pair in seen:
                    continue
                seen.add(pair)
                yield ctx.finding(
                    "support-attack-conflict", [a, b], [a, b], a=a, b=b,
                    other=Msg(f"rel.noun.{other}"),
                )


@check("support-cycle", "warning")
def support_cycles(ctx: Context) -> Iterator[Finding]:
    """Claims that only support each other: one witness cycle per strongly connected component."""
    g = ctx.supports
    for component in nx.strongly_connected_components(g):
        if len(component) < 2:
            continue
        sub = g.subgraph(component)
        start = min(component)
        cycle = [u for u, _ in nx.find_cycle(sub, source=start)]
        yield ctx.finding(
            "support-cycle", sorted(component), [*cycle, cycle[0]], cycle=_cycle_text(cycle)
        )


def find_odd_cycle(g: nx.DiGraph, component: set[str]) -> list[str] | None:
    """One directed cycle of odd length inside a strongly connected ``component``, or None.

    A strongly connected digraph has an odd cycle iff its vertices cannot be 2-coloured along
    the edges; a colour conflict gives an odd closed walk, which contains an odd simple cycle.

    >>> g = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a")])
    >>> find_odd_cycle(g, {"a", "b", "c"})
    ['a', 'b', 'c']

    Notes
    -----
    O(V + E) of the component: one BFS out, one BFS back, one walk decomposition.
    """
    root = min(component)
    sub = g.subgraph(component)
    parent: dict[str, str | None] = {root: None}
    depth = {root: 0}
    order = [root]
    conflict: tuple[str, str] | None = None
    for u in order:  # BFS; the list grows while iterating
        for v in sorted(sub.successors(u)):
            if v == u:
                continue  # self-loops are reported as self-relation
            if v not in depth:
                depth[v] = depth[u] + 1
                parent[v] = u
                order.append(v)
            elif conflict is None and depth[v] % 2 == depth[u] % 2:
                conflict = (u, v)
    if conflict is None:
        return None
    u, v = conflict

    def path_from_root(x: str) -> list[str]:
        out = [x]
        while parent[out[-1]] is not None:
            out.append(parent[out[-1]])  # type: ignore[arg-type]
        return out[::-1]

    back = nx.shortest_path(sub.reverse(copy=False), root, v)[::-1]  # v → … → root
    walk_a = path_from_root(u) + back  # root … u, v … root   (length d_u + 1 + L)
    walk_b = path_from_root(v)[:-1] + back  # root … v … root  (length d_v + L)
    for walk in (walk_a, walk_b):
        if (len(walk) - 1) % 2 == 1:
            return _odd_simple_cycle(walk)
    return None  # unreachable: the two walks differ in parity


def _odd_simple_cycle(walk: list[str]) -> list[str] | None:
    """Split a closed walk (first == last) into simple cycles; return an odd one."""
    stack: list[str] = []
    index: dict[str, int] = {}
    for x in walk:
        if x in index:
            i = index[x]
            cycle = stack[i:]
            if len(cycle) % 2 == 1:
                k = cycle.index(min(cycle))
                return cycle[k:] + cycle[:k]
            for y in cycle[1:]:
                del index[y]
            del stack[i + 1:]
        else:
            index[x] = len(stack)
            stack.append(x)
    return None


@check("odd-attack-cycle", "warning", part="structure")
def odd_attack_cycles(ctx: Context) -> Iterator[Finding]:
    """An attack cycle of odd length (attacks and contradictions): no stable verdict for it."""
    g = ctx.attacks
    for component in nx.strongly_connected_components(g):
        if len(component) < 2:
            continue
        cycle = find_odd_cycle(g, component)
        if cycle:
            yield ctx.finding(
                "odd-attack-cycle", cycle, [*cycle, cycle[0]],
                cycle=_cycle_text(cycle), n=len(cycle),
            )


@check("duplicate-claim", "warning", texts=True, part="structure")
def duplicate_claims(ctx: Context) -> Iterator[Finding]:
    """Two claims with the same text after normalisation (case, white space, punctuation)."""
    first: dict[str, str] = {}
    for c in ctx.claims:
        key = normalise_text(ctx.graph.nodes[c]["text"])
        if not key:
            continue
        if key in first:
            a = first[key]
            yield ctx.finding("duplicate-claim", [a, c], [a, c], a=a, b=c)
        else:
            first[key] = c


@check("isolated-claim", "warning", part="structure")
def isolated_claims(ctx: Context) -> Iterator[Finding]:
    """A claim with no relation at all (undercuts and undercut relations count)."""
    linked: set[str] = set()  # every node with an edge in or out (one pass, not a degree each)
    for u, out in ctx.graph.adjacency():
        if out:
            linked.add(u)
            linked.update(out)
    for c in ctx.claims:
        if c not in linked:
            yield ctx.finding("isolated-claim", [c], [c], a=c)


@check("unresolved-contradiction", "info")
def unresolved_contradictions(ctx: Context) -> Iterator[Finding]:
    """A contradiction whose two sides are both undecided."""
    labels = ctx.labels
    for a, b, kind in ctx.graph.edges(keys=True):
        if kind == "contradicts" and a != b and labels[a] == labels[b] == "undec":
            yield ctx.finding("unresolved-contradiction", [a, b], [a, b], a=a, b=b)
