"""What changed between two analysed versions of a map, and why verdicts moved.

:func:`diff_views` compares two :class:`~argmap.view.MapView` s: claims added, removed and
changed (field by field), relations added and removed, and every claim whose grounded label
changed, with its *cause*: the nearest added, removed or changed claim or relation from which
an attack path leads to it (in either version), and that path. "Since group B's objection the
cost thesis is undecided" is exactly such a change: cause ``gruppe-b-einwand`` (added),
path ``gruppe-b-einwand → kosten-these``.

>>> from dataclasses import replace
>>> from argmap.view import ClaimView, MapView, RelationView
>>> def view(claims, relations=()):
...     return MapView("T", "de", "de", None, (), {}, {}, {c.id: c for c in claims},
...                    tuple(relations), {}, ())
>>> a = ClaimView("a", "A.", "A.", "risk", "t", 0.5, "in", 0.5)
>>> b = ClaimView("b", "B.", "B.", "risk", "t", 0.5, "in", 0.5)
>>> d = diff_views(view([a]), view([replace(a, label="out"), b],
...                                 [RelationView("attacks", "b", "a")]))
>>> [c.id for c in d.added], [(v.claim, v.before, v.after, v.cause) for v in d.verdicts]
(['b'], [('a', 'in', 'out', 'b')])
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .view import ClaimView, MapView, RelationView, VerdictChange

__all__ = ["ClaimChange", "MapDiff", "VerdictChange", "diff_views", "relation_key"]

#: the fields of a claim whose change counts as a change of the claim (not label/strength)
COMPARED_FIELDS = ("text", "title", "stance", "topic", "weight", "source", "quote", "author",
                   "note", "tags", "answers")


@dataclass(frozen=True)
class ClaimChange:
    """A claim present in both versions whose written fields differ."""

    id: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class MapDiff:
    """The difference of two versions of a map (``old`` → ``new``)."""

    old_label: str
    new_label: str
    added: tuple[ClaimView, ...]
    removed: tuple[ClaimView, ...]
    changed: tuple[ClaimChange, ...]
    relations_added: tuple[RelationView, ...]
    relations_removed: tuple[RelationView, ...]
    verdicts: tuple[VerdictChange, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.relations_added
                    or self.relations_removed or self.verdicts)


def relation_key(r: RelationView) -> tuple[str, str, str]:
    """A relation's identity: kind and its two ends (a contradiction in either direction)."""
    if r.kind == "contradicts":
        a, b = sorted((r.source, r.target))
        return (r.kind, a, b)
    return (r.kind, r.source, r.target)


def _relation_text(r: RelationView) -> str:
    return f"{r.source} -{r.kind}-> {r.target}"


def _changed_fields(old: ClaimView, new: ClaimView) -> tuple[str, ...]:
    return tuple(f for f in COMPARED_FIELDS if getattr(old, f) != getattr(new, f))


def _entries(r: RelationView, supports: bool) -> tuple[str, ...]:
    """The claims whose label a relation can move directly: its target (for an undercut the
    target of the relation it undercuts), both ends of a contradiction; for a support only
    under a reading that derives attacks from supports (``supports``), else none."""
    if r.kind == "supports" and not supports:
        return ()
    target = r.undercut[1] if r.undercut is not None else r.target
    return (target, r.source) if r.kind == "contradicts" else (target,)


def _influence(relations: Iterable[RelationView], supports: bool) -> dict[str, set[str]]:
    """Who can change whose label: attacker → attacked (both ways for a contradiction), the
    undercutter → the target of the relation it undercuts, and, only under a support reading
    that derives attacks (``supports``), supporter → supported."""
    out: dict[str, set[str]] = {}
    for r in relations:
        for target in _entries(r, supports):
            other = r.target if target == r.source else r.source
            out.setdefault(other, set()).add(target)
    return out


def _causes(added: set[str], removed: set[str], rel_added: list[RelationView],
            rel_removed: list[RelationView], supports: bool) -> dict[str, tuple[str, str]]:
    """Every element whose change can move a label, keyed by the claim where its influence
    enters the graph: claim id → (cause text, kind). A claim enters at itself (with its
    relations); a relation between claims of both versions at the claims it can move
    (:func:`_entries`: a removed attack explains its target before anything upstream of the
    attacker does). An edited claim is no cause: no field of a claim
    changes a grounded label (its weight changes its strength only)."""
    seeds: dict[str, tuple[str, str]] = {}
    for ident, kind in ([(c, "added") for c in sorted(added)]
                        + [(c, "removed") for c in sorted(removed)]):
        seeds.setdefault(ident, (ident, kind))
    claims = added | removed
    for rels, kind in ((rel_added, "added"), (rel_removed, "removed")):
        for r in sorted(rels, key=relation_key):
            if r.source in claims or r.target in claims:
                continue  # it came or went with its claim, which is the cause (group B's claim)
            for entry in _entries(r, supports):
                seeds.setdefault(entry, (_relation_text(r), kind))
    return seeds


def _explain(targets: Iterable[str], seeds: Mapping[str, tuple[str, str]],
             influence: Mapping[str, set[str]]) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """For each target, the nearest seed that reaches it along ``influence`` (multi-source
    BFS from all seeds at once: O(V + E))."""
    parent: dict[str, str | None] = {s: None for s in seeds}
    origin: dict[str, str] = {s: s for s in seeds}
    queue = deque(sorted(seeds))
    while queue:
        u = queue.popleft()
        for v in sorted(influence.get(u, ())):
            if v not in parent:
                parent[v], origin[v] = u, origin[u]
                queue.append(v)
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for t in targets:
        if t not in parent:
            continue
        path = [t]
        while (p := parent[path[-1]]) is not None:
            path.append(p)
        cause, kind = seeds[origin[t]]
        out[t] = (cause, kind, tuple(reversed(path)))
    return out


def _claim_changes(old: MapView, new: MapView
                   ) -> tuple[list[ClaimView], list[ClaimView], list[ClaimChange]]:
    added = [c for c in new.claims.values() if c.id not in old.claims]
    removed = [c for c in old.claims.values() if c.id not in new.claims]
    changed = [ClaimChange(c.id, f) for c in new.claims.values() if c.id in old.claims
               and (f := _changed_fields(old.claims[c.id], c))]
    return added, removed, changed


def _relation_changes(old: MapView, new: MapView
                      ) -> tuple[list[RelationView], list[RelationView]]:
    old_rel = {relation_key(r): r for r in old.relations}
    new_rel = {relation_key(r): r for r in new.relations}
    return ([new_rel[k] for k in sorted(new_rel.keys() - old_rel.keys())],
            [old_rel[k] for k in sorted(old_rel.keys() - new_rel.keys())])


def diff_views(old: MapView, new: MapView, old_label: str = "", new_label: str = ""
               ) -> MapDiff:
    """Compare two analysed versions of a map (see the module docstring).

    Notes
    -----
    O(n + m) for n claims and m relations of both versions: set operations and one
    multi-source breadth-first search for the causes of all verdict changes together.
    """
    added, removed, changed = _claim_changes(old, new)
    rel_added, rel_removed = _relation_changes(old, new)
    moved = [c for c in new.claims.values()
             if c.id in old.claims and old.claims[c.id].label != c.label]
    supports = new.support != "none"
    seeds = _causes({c.id for c in added}, {c.id for c in removed}, rel_added, rel_removed,
                    supports)
    why = _explain([c.id for c in moved], seeds,
                   _influence([*old.relations, *new.relations], supports))
    verdicts = tuple(
        VerdictChange(c.id, old.claims[c.id].label, c.label,
                      *(why.get(c.id) or (None, "", (c.id,))))
        for c in moved)
    return MapDiff(old_label, new_label, tuple(added), tuple(removed), tuple(changed),
                   tuple(rel_added), tuple(rel_removed), verdicts)
