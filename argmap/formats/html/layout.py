"""A deterministic, stable, O((n + m) log n) layout of the argument map as a debate.

The picture, from the top:

* the **questions** of the map (the first is the main question), each a wide card;
* the **band of answers**: the claims that answer a question (the theses), in rows under their
  question, as large cards;
* the **topic regions**, packed on shelves in display order. Inside a region the claims are
  layered by their distance to the region's targets: claims that nothing in the region is a
  reason for or against (they point at theses in the band, or at nothing) sit on the top row;
  their reasons and objections below them, so that supports and attacks flow upward towards
  what they target. In each row a claim sits under the mean column of its targets, reasons to
  the left of their target and objections to the right (two lanes).

Stability (a contribution must not reshuffle the picture): every card has a fixed size; a row's
cards are placed by *order-preserving compaction* around their ideal columns, so a new card
pushes only the cards of its own contiguous run by one cell; region widths come from a coarse
ladder of column counts, region heights carry one row of slack rounded to an even number of
rows, and all regions of a shelf share the shelf's height, so a few new claims rarely change a
region's size and never move other regions unless they do. Nothing is random; ties are broken
by claim id, so the same claims give the same coordinates whatever the load order.

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
>>> lay.positions["b"][0] < lay.positions["a"][0] < lay.positions["c"][0]  # reason | objection
True
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from ...view import MapView

__all__ = [
    "CARD",
    "DX",
    "DY",
    "REFERENCE_CANVAS",
    "Card",
    "Layout",
    "Region",
    "layout",
]


@dataclass(frozen=True)
class Card:
    """A card size class: width, height and caption font size in canvas units."""

    w: float
    h: float
    font: float
    lines: int


#: an ordinary claim card
CARD = Card(200.0, 104.0, 14.0, 4)
#: horizontal and vertical pitch of the cards inside a region
DX = CARD.w + 36.0
DY = CARD.h + 76.0
PAD = 56.0
HEADER = 56.0
GAP = 110.0
#: the map canvas of a 1920×1080 screen with the side panel open (CSS pixels); the band's
#: font is chosen so that question and theses are ≥ 15 px there at fit zoom
REFERENCE_CANVAS = (1520.0, 800.0)
MIN_READABLE_PX = 15.5
#: the band's largest font (canvas units) and the questions' type relative to the answers'
QUESTION_TYPE = 1.5
MAX_BAND_FONT = 96
FALLBACK_BAND_FONT = 28
#: column counts a region may have (a coarse ladder: a few more claims rarely change it)
LADDER = (3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 80, 96, 128, 160, 192, 256, 320)


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
    """Centres of every card (claims and questions), the card classes and the regions."""

    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    regions: list[Region] = field(default_factory=list)
    #: per claim: layer inside its topic (0 = top row); band claims have no level
    levels: dict[str, int] = field(default_factory=dict)
    #: claims in the band of answers (drawn as large cards) and the questions above them
    band: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    #: per argument: the centre of its inference mark (between premises and conclusion)
    junctions: dict[str, tuple[float, float]] = field(default_factory=dict)
    thesis: Card = CARD
    question: Card = CARD
    #: the whole picture's bounding box (x0, y0, x1, y1)
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


# --------------------------------------------------------------------------------------------
# the relations the layout follows


@dataclass
class _Links:
    out: dict[str, list[str]]  # claim -> targets (supports, attacks, argument conclusions)
    side: dict[tuple[str, str], int]  # (source, target) -> -1 reason, +1 objection
    in_deg: dict[str, int]


def _links(view: MapView) -> _Links:
    out: dict[str, list[str]] = defaultdict(list)
    side: dict[tuple[str, str], int] = {}
    in_deg: dict[str, int] = defaultdict(int)

    def add(u: str, v: str, s: int) -> None:
        if u == v or u not in view.claims or v not in view.claims or (u, v) in side:
            return
        out[u].append(v)
        side[(u, v)] = s
        in_deg[v] += 1

    for r in view.relations:
        if r.kind in ("supports", "attacks"):
            add(r.source, r.target, -1 if r.kind == "supports" else 1)
    for arg in view.arguments.values():
        for p in arg.premises:
            add(p, arg.conclusion, -1)
    for lst in out.values():
        lst.sort()
    return _Links(out, side, in_deg)


# --------------------------------------------------------------------------------------------
# inside a region


def _layers(members: list[str], out: dict[str, list[str]], in_deg: dict[str, int]
            ) -> dict[str, int]:
    """Distance (in relations) from each member to the nearest target inside its region."""
    inside = set(members)
    rev: dict[str, list[str]] = defaultdict(list)
    for u in members:
        for v in out.get(u, ()):
            if v in inside:
                rev[v].append(u)
    level: dict[str, int] = {}
    roots = [c for c in members if not any(v in inside for v in out.get(c, ()))]
    # members that only sit on cycles are seeded by decreasing in-degree, then id
    fallback = iter(sorted(members, key=lambda c: (-in_deg.get(c, 0), c)))
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
        seed = next((c for c in fallback if c not in level), None)
        if seed is None:
            return level
        level[seed] = 0
        queue.append(seed)


def _compact(items: list[tuple[float, str]], columns: int) -> dict[str, int]:
    """Columns for items sorted by ideal column: strictly increasing, each as close to its
    ideal as the others allow (one pass right, one pass left)."""
    cols: list[int] = []
    for i, (ideal, _) in enumerate(items):
        c = max(0, round(ideal))
        cols.append(c if i == 0 else max(c, cols[-1] + 1))
    for i in range(len(cols) - 1, -1, -1):
        limit = columns - 1 if i == len(cols) - 1 else cols[i + 1] - 1
        cols[i] = min(cols[i], limit)
    return {c: col for (_, c), col in zip(items, cols, strict=True)}


def _columns(n: int) -> int:
    want = math.sqrt(n * 1.6)
    return next((c for c in LADDER if c >= want), LADDER[-1])


def _ideal(c: str, links: _Links, col_of: dict[str, int], rank: float) -> float:
    targets = [v for v in links.out.get(c, ()) if v in col_of]
    if not targets:
        return rank
    mean = sum(col_of[v] for v in targets) / len(targets)
    return mean + 0.51 * links.side[(c, targets[0])]  # reasons left of the target, objections right


def _block(members: list[str], level: dict[str, int], links: _Links
           ) -> tuple[float, float, dict[str, tuple[float, float]]]:
    """The claims of one region in rows: width, height and centres relative to the region's
    top-left corner."""
    columns = _columns(len(members))
    depth = max(level.values()) + 1
    layers: list[list[str]] = [[] for _ in range(depth)]
    for c in sorted(members):
        layers[level[c]].append(c)
    col_of: dict[str, int] = {}
    local: dict[str, tuple[float, float]] = {}
    row = 0
    for layer in layers:
        keyed = sorted(layer, key=lambda c: (-links.in_deg.get(c, 0), c))
        spread = columns / max(1, len(keyed))
        ranked = sorted(((_ideal(c, links, col_of, (i + 0.5) * spread - 0.5), c)
                         for i, c in enumerate(keyed)), key=lambda t: (t[0], t[1]))
        for start in range(0, len(ranked), columns):
            chunk = ranked[start:start + columns]
            for c, col in _compact(chunk, columns).items():
                col_of[c] = col
                local[c] = (PAD + col * DX + DX / 2, PAD + HEADER + row * DY + CARD.h / 2)
            row += 1
    rows = 2 * math.ceil((row + 1) / 2)  # one row of slack, rounded to an even count
    return columns * DX + 2 * PAD, rows * DY + 2 * PAD + HEADER - (DY - CARD.h), local


# --------------------------------------------------------------------------------------------
# regions on shelves


def _shelves(sizes: list[tuple[float, float]], width: float
             ) -> tuple[list[tuple[float, float, int]], float, list[float]]:
    corners: list[tuple[float, float, int]] = []
    heights: list[float] = []
    x = y = total_w = 0.0
    for w, h in sizes:
        if x > 0 and x + w > width:
            x = 0.0
            y += heights[-1] + GAP
        if x == 0.0:
            heights.append(0.0)
        corners.append((x, y, len(heights) - 1))
        total_w = max(total_w, x + w)
        x += w + GAP
        heights[-1] = max(heights[-1], h)
    return corners, total_w, heights


def _pack(sizes: list[tuple[float, float]], aspect: float, width: float | None = None
          ) -> tuple[list[tuple[float, float, float]], float, float]:
    """Shelf packing in display order; the shelf width is the one whose picture comes closest
    to ``aspect`` (or, given ``width``, the widest one not wider). Returns (x, y, shelf
    height) per block, total width and height."""
    if not sizes:
        return [], 0.0, 0.0
    candidates = {max(w for w, _ in sizes)}
    acc = 0.0
    for w, _ in sizes[:200]:
        acc += w
        candidates.add(acc)
        acc += GAP
    best: tuple[float, list[tuple[float, float, float]], float, float] | None = None
    for shelf in sorted(candidates):
        corners, tw, heights = _shelves(sizes, shelf)
        th = sum(heights) + GAP * (len(heights) - 1)
        score = (abs(math.log((tw / max(th, 1.0)) / aspect)) if width is None
                 else (0.0 if tw <= width else 1.0) - tw / max(width, 1.0) * 1e-3)
        if best is None or score < best[0] - 1e-9:
            best = (score, [(x, y, heights[s]) for x, y, s in corners], tw, th)
    assert best is not None
    return best[1], best[2], best[3]


# --------------------------------------------------------------------------------------------
# the band: questions and their answers


def _band_members(view: MapView) -> tuple[list[str], dict[str, list[str]]]:
    """The questions in map order and, per question, the claims that answer it (each claim
    under the first question it answers)."""
    questions = list(view.questions)
    answers: dict[str, list[str]] = {q: [] for q in questions}
    for c in sorted(view.claims):
        first = next((q for q in view.claims[c].answers if q in answers), None)
        if first is not None:
            answers[first].append(c)
    return questions, answers


def _thesis_card(font: float) -> Card:
    return Card(round(13.0 * font), round(font * (1.3 * 4 + 2.4)), font, 4)


def _question_card(font: float) -> Card:
    # as wide as two answers side by side (a question block is two or three answers wide),
    # with a larger type than the answers
    big = font * QUESTION_TYPE
    return Card(round(2 * 14.0 * font - font), round(big * (1.3 * 4 + 1.6)), round(big, 1), 4)


def _question_block(n: int, thesis: Card, question: Card
                    ) -> tuple[float, float, int]:
    """Width, height and answers per row of one question's block (its card over its answers)."""
    pitch = thesis.w + thesis.font
    cols = min(max(n, 2), 3)
    rows = math.ceil(n / cols)
    width = max(question.w, cols * pitch - thesis.font)
    height = question.h + (thesis.font * 2.5 + rows * (thesis.h + thesis.font * 2) if n else 0)
    return width, height, cols


def _band(questions: list[str], answers: dict[str, list[str]], thesis: Card,
          question: Card) -> tuple[dict[str, tuple[float, float]], float, float]:
    """Centres of the questions and their answers relative to the band's top-left corner, and
    the band's width and height. Each question is a block (its card centred over its answers,
    at most three a row); the main question's block stands alone on the first shelf, the others
    follow on shelves of a width that depends only on the number of questions, each shelf
    centred, so that nothing below the band (the regions) can move the band."""
    pitch = thesis.w + thesis.font
    gap = thesis.font * 3
    blocks = [(q, *_question_block(len(answers[q]), thesis, question)) for q in questions]
    rest = max(len(blocks) - 1, 1)
    per_shelf = math.ceil(rest / math.ceil(rest / math.ceil(math.sqrt(rest * 2.5))))
    shelves = [blocks[:1]] + [blocks[i:i + per_shelf] for i in range(1, len(blocks), per_shelf)]
    shelves = [s for s in shelves if s]
    width = max(sum(b[1] for b in s) + gap * (len(s) - 1) for s in shelves)
    pos: dict[str, tuple[float, float]] = {}
    y = 0.0
    for shelf in shelves:
        x = (width - (sum(b[1] for b in shelf) + gap * (len(shelf) - 1))) / 2
        for q, w, _h, cols in shelf:
            pos[q] = (x + w / 2, y + question.h / 2)
            group = answers[q]
            top = y + question.h + thesis.font * 2.5
            for start in range(0, len(group), cols):
                chunk = group[start:start + cols]
                x0 = x + w / 2 - (len(chunk) * pitch - thesis.font) / 2
                for i, c in enumerate(chunk):
                    pos[c] = (x0 + i * pitch + thesis.w / 2, top + thesis.h / 2)
                top += thesis.h + thesis.font * 2
            x += w + gap
        y += max(b[2] for b in shelf) + gap
    return pos, width, y


def _band_font(questions: list[str], answers: dict[str, list[str]], regions_w: float,
               regions_h: float) -> int:
    """The smallest band font (in steps of 4 units) that makes question and answers readable
    at fit zoom on the reference canvas. When none up to :data:`MAX_BAND_FONT` does (a band of
    many answers cannot be readable as a whole; zooming into a question makes it so), twice
    the card font, so that the band does not crowd out the regions. A few more claims rarely
    change it."""
    for font in range(24, MAX_BAND_FONT + 1, 4):
        _, band_w, band_h = _band(questions, answers, _thesis_card(font), _question_card(font))
        if font * _fit_scale(max(band_w, regions_w), band_h + regions_h) >= MIN_READABLE_PX:
            return font
    return FALLBACK_BAND_FONT


def _fit_scale(total_w: float, total_h: float) -> float:
    cw, ch = REFERENCE_CANVAS
    return min(cw / max(total_w + 60, 1.0), ch / max(total_h + 60, 1.0), 1.6)


# --------------------------------------------------------------------------------------------


def _topic_order(view: MapView) -> list[str]:
    listed = [t.id for t in view.topics if t.listed]
    return listed + sorted(t.id for t in view.topics if not t.listed)


def _regions(view: MapView, band: set[str], links: _Links, result: Layout
             ) -> list[tuple[str, float, float, dict[str, tuple[float, float]]]]:
    members: dict[str, list[str]] = defaultdict(list)
    for c in sorted(view.claims):
        if c not in band:
            members[view.claims[c].topic].append(c)
    blocks = []
    for topic in _topic_order(view):
        mem = members.get(topic)
        if not mem:
            continue
        level = _layers(mem, links.out, links.in_deg)
        result.levels.update(level)
        w, h, local = _block(mem, level, links)
        blocks.append((topic, w, h, local))
    return blocks


def _junctions(view: MapView, pos: dict[str, tuple[float, float]]
               ) -> dict[str, tuple[float, float]]:
    out = {}
    for aid in sorted(view.arguments):
        arg = view.arguments[aid]
        prem = [pos[p] for p in arg.premises if p in pos]
        if not prem or arg.conclusion not in pos:
            continue
        px = sum(p[0] for p in prem) / len(prem)
        py = sum(p[1] for p in prem) / len(prem)
        cx, cy = pos[arg.conclusion]
        # a third of the way from the premises to the conclusion, above the premises' row
        out[aid] = (round(px + (cx - px) / 3, 1), round(py + (cy - py) / 3, 1))
    return out


def _bounds(points: Iterable[tuple[float, float, float, float]]) -> tuple[float, ...]:
    x0 = y0 = math.inf
    x1 = y1 = -math.inf
    for a, b, c, d in points:
        x0, y0, x1, y1 = min(x0, a), min(y0, b), max(x1, c), max(y1, d)
    return (0.0, 0.0, 0.0, 0.0) if x0 == math.inf else (x0, y0, x1, y1)


def layout(view: MapView) -> Layout:
    """Place every claim and question of ``view``; see the module docstring.

    Notes
    -----
    O((n + m) log n) for n claims and m relations: one breadth-first layering per region,
    one sort and two compaction passes per row, and a shelf packing that tries at most 200
    widths of the (few) regions.
    """
    result = Layout()
    links = _links(view)
    questions, answers = _band_members(view)
    band = {c for group in answers.values() for c in group}
    blocks = _regions(view, band, links, result)
    # with a band of answers on top the regions get a wider shape
    aspect = REFERENCE_CANVAS[0] / REFERENCE_CANVAS[1] * (1.4 if questions else 1.0)
    placed, regions_w, regions_h = _pack([(w, h) for _, w, h, _ in blocks], aspect)
    band_pos: dict[str, tuple[float, float]] = {}
    band_h = shift = 0.0
    if questions:
        font = _band_font(questions, answers, regions_w, regions_h)
        result.thesis, result.question = _thesis_card(font), _question_card(font)
        band_pos, band_w, band_h = _band(questions, answers, result.thesis, result.question)
        band_h += font * 2
        if band_w > regions_w:  # the regions as wide as the band
            placed, regions_w, regions_h = _pack([(w, h) for _, w, h, _ in blocks], aspect,
                                                 band_w)
        shift = (band_w - regions_w) / 2
    result.questions, result.band = questions, sorted(band)
    for c, (x, y) in band_pos.items():
        result.positions[c] = (round(x - shift, 1), round(y, 1))
    for (topic, w, _h, local), (x, y, shelf_h) in zip(blocks, placed, strict=True):
        y += band_h
        result.regions.append(Region(topic, round(x, 1), round(y, 1), round(w, 1),
                                     round(shelf_h, 1)))
        for c, (lx, ly) in local.items():
            result.positions[c] = (round(x + lx, 1), round(y + ly, 1))
    result.junctions = _junctions(view, result.positions)
    boxes = [(r.x, r.y, r.x + r.w, r.y + r.h) for r in result.regions]
    for c in (*questions, *band):
        card = result.question if c in view.questions else result.thesis
        x, y = result.positions[c]
        boxes.append((x - card.w / 2, y - card.h / 2, x + card.w / 2, y + card.h / 2))
    result.bounds = tuple(round(b, 1) for b in _bounds(boxes))  # type: ignore[assignment]
    return result
