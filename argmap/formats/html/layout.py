"""A deterministic, O(n log n) layout of the argument map.

Topics become rectangular regions packed on shelves in display order. Inside a region the claims
are layered by their distance to the topic's targets: claims that nobody in the topic supports or
attacks *from* (the theses, which receive relations) sit on the top row, their reasons below, so
that supports and attacks flow upward toward their targets. Each layer is ordered by the
barycentre of its targets (one sweep down, one up) to avoid crossings; wide layers wrap.

Nothing here is random: the same graph gives the same coordinates, independent of load order
(ties are broken by claim id).

>>> import networkx as nx
>>> from argmap.analysis import analyse
>>> from argmap.view import build_view
>>> g = nx.MultiDiGraph(topics=[{"id": "t", "label": "T", "color": None}])
>>> for c in "abc":
...     g.add_node(c, type="claim", topic="t", text=c, stance="neutral", weight=0.5)
>>> _ = g.add_edge("b", "a", key="supports"); _ = g.add_edge("c", "a", key="attacks")
>>> lay = layout(build_view(analyse(g)))
>>> lay.positions["a"][1] < lay.positions["b"][1] == lay.positions["c"][1]
True
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from ...view import MapView

__all__ = ["DX", "DY", "Layout", "Region", "layout"]

#: horizontal and vertical spacing of claims inside a region (vis-network canvas units)
DX = 210.0
DY = 150.0
#: space around a region's claims and above them for the region's label
PAD = 70.0
HEADER = 60.0
#: gap between regions
GAP = 120.0
#: claims with at least this many incoming supports/attacks get a taller row
CENTRAL = 3

NO_TOPIC = ""


@dataclass(frozen=True)
class Region:
    """The rectangle of one topic (top-left corner, width, height) in canvas units."""

    topic: str
    x: float
    y: float
    w: float
    h: float


@dataclass
class Layout:
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    regions: list[Region] = field(default_factory=list)
    #: per claim: layer inside its topic (0 = top row)
    levels: dict[str, int] = field(default_factory=dict)


def _topic_order(view: MapView) -> list[str]:
    listed = [t.id for t in view.topics if t.listed]
    return listed + sorted(t.id for t in view.topics if not t.listed)


def _layers(members: list[str], out_edges: dict[str, list[str]], in_deg: dict[str, int]
            ) -> dict[str, int]:
    """Distance (in relations) from each member to the nearest target of its topic."""
    rev: dict[str, list[str]] = defaultdict(list)
    for u in members:
        for v in out_edges.get(u, ()):
            rev[v].append(u)
    level: dict[str, int] = {}
    roots = [c for c in members if not out_edges.get(c)]
    # members that only sit on cycles get seeded by decreasing in-degree, then id
    fallback = sorted(members, key=lambda c: (-in_deg.get(c, 0), c))
    fb = 0
    queue: deque[str] = deque()
    for r in roots:
        level[r] = 0
        queue.append(r)
    while True:
        while queue:
            v = queue.popleft()
            for u in sorted(rev.get(v, ())):
                if u not in level:
                    level[u] = level[v] + 1
                    queue.append(u)
        while fb < len(fallback) and fallback[fb] in level:
            fb += 1
        if fb == len(fallback):
            return level
        seed = fallback[fb]
        level[seed] = 0
        queue.append(seed)


def _order(layers: list[list[str]], out_edges: dict[str, list[str]],
           in_edges: dict[str, list[str]], in_deg: dict[str, int]) -> list[list[str]]:
    """Order every layer by the barycentre of its neighbours in the layer above (then below)."""
    pos: dict[str, float] = {}
    if not layers:
        return layers
    # top row: most-attacked/supported first, then by id
    layers[0].sort(key=lambda c: (-in_deg.get(c, 0), c))
    # put the biggest theses in the middle of the top row
    top = layers[0]
    middle: list[str] = []
    for i, c in enumerate(top):
        if i % 2:
            middle.insert(0, c)
        else:
            middle.append(c)
    layers[0] = middle
    for i, c in enumerate(layers[0]):
        pos[c] = i / max(1, len(layers[0]) - 1)

    def sweep(rows: list[list[str]], neighbours: dict[str, list[str]]) -> None:
        for row in rows:
            keyed = []
            for c in row:
                ps = [pos[n] for n in neighbours.get(c, ()) if n in pos]
                bary = sum(ps) / len(ps) if ps else pos.get(c, 0.5)
                keyed.append((bary, c))
            keyed.sort()
            row[:] = [c for _, c in keyed]
            for i, c in enumerate(row):
                pos[c] = i / max(1, len(row) - 1) if len(row) > 1 else 0.5

    sweep(layers[1:], out_edges)
    sweep(list(reversed(layers[:-1])), in_edges)
    sweep(layers[1:], out_edges)
    return layers


def _shelves(sizes: list[tuple[float, float]], width: float
             ) -> tuple[list[tuple[float, float]], float, float]:
    corners = []
    x = y = shelf_h = total_w = 0.0
    for w, h in sizes:
        if x > 0 and x + w > width:
            x = 0.0
            y += shelf_h + GAP
            shelf_h = 0.0
        corners.append((x, y))
        total_w = max(total_w, x + w)
        x += w + GAP
        shelf_h = max(shelf_h, h)
    return corners, total_w, y + shelf_h


def _pack(blocks: list[tuple[str, float, float, Any]], aspect: float = 1.7
          ) -> list[tuple[str, float, float, float, float]]:
    sizes = [(w, h) for _, w, h, _ in blocks]
    if not sizes:
        return []
    area = sum(w * h for w, h in sizes)
    candidates = {max(math.sqrt(area * aspect), max(w for w, _ in sizes))}
    if len(sizes) <= 200:
        acc = 0.0
        for w, _ in sizes:
            acc += w
            candidates.add(acc)
            acc += GAP
    best = None
    for width in sorted(candidates):
        corners, tw, th = _shelves(sizes, width)
        score = abs(math.log((tw / max(th, 1.0)) / aspect))
        if best is None or score < best[0] - 1e-9:
            best = (score, corners)
    assert best is not None
    return [(b[0], x, y, b[1], b[2]) for b, (x, y) in zip(blocks, best[1], strict=True)]


def _relation_lists(view: MapView, topic_of: dict[str, str]
                    ) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, int]]:
    """Supports and attacks inside each topic (out and in), and every claim's in-degree."""
    out_edges: dict[str, list[str]] = defaultdict(list)
    in_edges: dict[str, list[str]] = defaultdict(list)
    in_deg: dict[str, int] = defaultdict(int)
    for r in view.relations:
        u, v = r.source, r.target
        if r.kind not in ("supports", "attacks") or u not in topic_of or v not in topic_of:
            continue
        in_deg[v] += 1
        if topic_of[u] == topic_of[v] and u != v:
            out_edges[u].append(v)
            in_edges[v].append(u)
    for lst in (*out_edges.values(), *in_edges.values()):
        lst.sort()
    return out_edges, in_edges, in_deg


def _block(mem: list[str], level: dict[str, int], out_edges: dict[str, list[str]],
           in_edges: dict[str, list[str]], in_deg: dict[str, int]
           ) -> tuple[float, float, dict[str, tuple[float, float]]]:
    """The claims of one topic placed in layers: width, height and local positions."""
    depth = max(level.values()) + 1
    layers: list[list[str]] = [[] for _ in range(depth)]
    for c in mem:
        layers[level[c]].append(c)
    layers = _order(layers, out_edges, in_edges, in_deg)
    width = max(3, math.ceil(math.sqrt(len(mem)) * 1.6))
    local: dict[str, tuple[float, float]] = {}
    y = 0.0
    widest = 1
    for layer in layers:
        for start in range(0, len(layer), width):
            chunk = layer[start:start + width]
            widest = max(widest, len(chunk))
            # wrapped rows are staggered so that edges do not run through nodes
            shift = (DX / 4) * (1 if (start // width) % 2 else -1) if len(layer) > width else 0
            for i, c in enumerate(chunk):
                local[c] = ((i - (len(chunk) - 1) / 2) * DX + shift, y)
            # central theses carry larger labels: leave them more room below
            y += DY * (1.4 if any(in_deg.get(c, 0) >= CENTRAL for c in chunk) else 1.0)
    return widest * DX + 2 * PAD, max(0.0, y - DY) + 2 * PAD + HEADER, local


def layout(view: MapView) -> Layout:
    """Place every claim of ``view``; see the module docstring.

    Notes
    -----
    O((n + m) log n) for n claims and m relations.
    """
    claims = sorted(view.claims)
    topic_of = {c: view.claims[c].topic for c in claims}
    members: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        members[topic_of[c]].append(c)
    out_edges, in_edges, in_deg = _relation_lists(view, topic_of)
    result = Layout()
    blocks: list[tuple[str, float, float, dict[str, tuple[float, float]]]] = []
    for topic in _topic_order(view):
        mem = members.get(topic)
        if not mem:
            continue
        level = _layers(mem, out_edges, in_deg)
        result.levels.update(level)
        w, h, local = _block(mem, level, out_edges, in_edges, in_deg)
        blocks.append((topic, w, h, local))

    # shelf packing in display order; the shelf width is chosen so that the whole map comes
    # closest to a landscape screen's aspect ratio
    for topic, x, y, w, h in _pack(blocks):
        result.regions.append(Region(topic, round(x, 1), round(y, 1), round(w, 1), round(h, 1)))
        local = next(b[3] for b in blocks if b[0] == topic)
        cx = x + w / 2
        top = y + PAD + HEADER
        for c, (lx, ly) in local.items():
            result.positions[c] = (round(cx + lx, 1), round(top + ly, 1))
    return result
