"""One typed view of an analysed map: what every output reads.

:func:`build_view` turns an :class:`~argmap.analysis.Analysis` into a :class:`MapView` once;
the HTML page, the exports (DOT, GraphML, Argdown, AIF, JSON), the Markdown handout and the text
and JSON reports all read this view and never the graph's attribute dictionaries. Everything in
it is frozen and typed; claims come in load order, relations as stored (a contradiction once,
in the direction it was written).

>>> import networkx as nx
>>> from argmap.analysis import analyse
>>> g = nx.MultiDiGraph(title="T", language="de", topics=[{"id": "t", "label": "T"}])
>>> g.add_node("a", type="claim", text="Offenheit hilft. Und mehr.", stance="risk", topic="t",
...            weight=0.5)
>>> view = build_view(analyse(g), lang="en")
>>> view.claims["a"].caption, view.claims["a"].label, view.topics[0].color
('Offenheit hilft.', 'in', '#1565c0')
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, ItemsView, Iterable, Iterator, Mapping, ValuesView
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .i18n import t
from .vocabulary import RELATION_KINDS, SEVERITIES, STANCES, TOPIC_PALETTE, VERDICTS

if TYPE_CHECKING:  # only in annotations: the view is cheap to import (fast CLI start)
    import networkx as nx

    from .analysis import Analysis, Explanation, Finding, PositionSummary

__all__ = [
    "ARGUMENT_STATUSES",
    "ArgumentView",
    "ClaimView",
    "ClaimViews",
    "ContributionView",
    "MapView",
    "Place",
    "QuestionView",
    "RelationView",
    "SinceMarks",
    "SourceView",
    "TopicView",
    "VerdictChange",
    "ViewReuse",
    "bearing",
    "bearing_counts",
    "build_view",
    "caption",
    "theses",
]

NO_TOPIC = ""
CAPTION_CHARS = 80
#: without questions, at most this many roots (those with the most reasons and objections)
#: count as theses, so that the balance stays a picture and linear in the map's size
MAX_ROOT_THESES = 12
_HEX = re.compile(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")
# a sentence ends at . ! ? after a word of four letters or more (so "z. B." or "ca." do not
# end one) and before a capital letter or a digit
_SENTENCE_END = re.compile(r"(?<=\w{4}[.!?])\s+(?=[A-ZÄÖÜ0-9„\"])")
_END_CANDIDATE = re.compile(r"[.!?] (?=[A-ZÄÖÜ0-9„\"])")  # on single-spaced text


@dataclass(frozen=True, slots=True)
class Place:
    """Where something was written: a file relative to the map directory, a 1-based line,
    and the map directory as the user named it (``root``).

    Files written for others (the HTML map, exports) carry ``file`` only, so they never show
    the builder's directories and are equal between checkouts; the terminal and review
    reports show :attr:`shown` (``claims/x.yaml``), the path the user can open.

    >>> p = Place("x.yaml", 3, "claims")
    >>> str(p), p.shown
    ('claims/x.yaml:3', 'claims/x.yaml')
    """

    file: str
    line: int
    root: str = ""

    @property
    def shown(self) -> str:
        """The file as the user named it (the map directory, then the relative path)."""
        return f"{self.root.rstrip('/')}/{self.file}" if self.root else self.file

    def __str__(self) -> str:
        return f"{self.shown}:{self.line}"


@dataclass(frozen=True)
class TopicView:
    id: str
    label: str
    color: str  # always a valid hex colour: map.yaml's, else the palette's
    own_color: str | None = None  # the colour as map.yaml gives it (None: none given)
    listed: bool = True  # False for a topic a claim names but map.yaml does not list


@dataclass(frozen=True)
class SourceView:
    id: str
    title: str
    publisher: str | None = None
    url: str | None = None  # as written; outputs that link check it (formats.html.safe_url)
    date: str | None = None
    file: str | None = None


@dataclass(frozen=True)
class QuestionView:
    id: str
    text: str
    source: str | None = None
    quote: str | None = None
    place: Place | None = None


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim with its verdict: grounded label, DF-QuAD strength, explanation, findings."""

    id: str
    text: str
    caption: str  # the title, or a caption derived from the text
    stance: str
    topic: str
    weight: float
    label: str
    strength: float
    title: str | None = None
    source: str | None = None
    quote: str | None = None
    author: str | None = None
    note: str | None = None
    tags: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    place: Place | None = None
    explanation: Explanation | None = None
    findings: tuple[int, ...] = ()  # indices into MapView.findings that involve the claim


@dataclass(frozen=True, slots=True)
class RelationView:
    """A relation as stored: ``supports``/``attacks``/``contradicts`` between two claims, or
    ``undercuts`` from a claim to the relation ``undercut = (a, b)`` it denies (``target`` is
    then the inference id ``"a->b"``) or to an argument (``target`` = its id)."""

    kind: str
    source: str
    target: str
    note: str | None = None
    place: Place | None = None
    undercut: tuple[str, str] | None = None


#: An argument's status, from its grounded label and the reason for it (docs/semantics.md §6).
ARGUMENT_STATUSES = ("applicable", "defeated", "undercut", "open")


@dataclass(frozen=True)
class ArgumentView:
    """An argument in standard form: premises that together support the conclusion, with what
    the analysis says about it.

    ``label`` is its grounded label (``in``: applicable — every premise accepted, no accepted
    undercutter and, under ``--support deductive``, no attack on the conclusion in force);
    ``status`` one of :data:`ARGUMENT_STATUSES`: ``applicable`` (in), ``defeated`` (out by a
    rejected premise or an attack on the conclusion), ``undercut`` (out by an accepted
    undercutter), ``open`` (undec). ``reason`` is ``(kind, claim)`` with kind ``premise``,
    ``undercut`` or ``conclusion`` (None when applicable); ``strength`` its DF-QuAD strength
    (weakest premise, 0 when an accepted claim undercuts it).
    """

    id: str
    premises: tuple[str, ...]
    conclusion: str
    title: str | None = None
    note: str | None = None
    author: str | None = None
    place: Place | None = None
    label: str = "undec"
    status: str = "open"
    reason: tuple[str, str] | None = None
    strength: float = 0.0
    findings: tuple[int, ...] = ()  # indices into MapView.findings whose path names it

    def message(self, lang: str = "de") -> str:
        """Why the argument has its status, in words."""
        kind, x = self.reason or ("", "")
        key = {"applicable": "in", "open": f"undec-{kind}"}.get(self.status, kind)
        return t(f"explain.argument.{key}", lang, a=self.id, c=self.conclusion, x=x)


@dataclass(frozen=True)
class SinceMarks:
    """What changed since an earlier version of the map (``argmap serve``/``diff``): the page
    marks ``new`` and ``changed`` claims and offers a "new since …" view listing them.

    >>> SinceMarks("HEAD~1", new=("a",)).new
    ('a',)
    """

    label: str
    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerdictChange:
    """A claim whose grounded label changed; ``before`` is None for a new claim.

    ``cause`` is the nearest changed element that explains it: a claim id, or a relation
    written ``"a -kind-> b"``; ``path`` the claims from the cause to the claim. ``cause`` is
    None when nothing changed upstream (a change of semantics, for instance).
    """

    claim: str
    before: str | None
    after: str | None
    cause: str | None
    cause_kind: str  # added | removed | changed | "" (no cause)
    path: tuple[str, ...]


@dataclass(frozen=True)
class ContributionView:
    """One contribution (a student's or a group's claims): what ``check --author NAME`` or
    ``--file PATH`` reports. ``changes`` are the verdicts of *other* claims that differ from
    the map without the contribution, each with its cause."""

    who: str
    claims: tuple[str, ...]
    arguments: tuple[str, ...]
    files: tuple[str, ...]
    findings: tuple[int, ...]  # indices into MapView.findings that involve the contribution
    changes: tuple[VerdictChange, ...]


@dataclass(frozen=True)
class MapView:
    """An analysed map, ready for any output; ``lang`` is the language outputs speak."""

    title: str
    language: str
    lang: str
    description: str | None
    topics: tuple[TopicView, ...]
    sources: Mapping[str, SourceView]
    questions: Mapping[str, QuestionView]
    claims: Mapping[str, ClaimView]
    relations: tuple[RelationView, ...]
    arguments: Mapping[str, ArgumentView]
    findings: tuple[Finding, ...]
    expect: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    semantics: str = "grounded"
    support: str = "none"
    extensions: tuple[tuple[str, ...], ...] | None = None
    extensions_complete: bool = True
    extension_limit: int = 1000
    strength_converged: bool = True
    strength_unconverged: tuple[tuple[str, ...], ...] = ()
    position: PositionSummary | None = None
    files: tuple[str, ...] = ()
    contribution: ContributionView | None = None

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def n_relations(self) -> int:
        """Relations between claims: every stored relation, plus one per argument."""
        return len(self.relations) + len(self.arguments)

    def failed(self, strict: bool = False) -> bool:
        """True when the map has errors (or, with ``strict``, warnings): exit code 1. For the
        report of one contribution only the findings that involve it count."""
        findings = (self.findings if self.contribution is None
                    else [self.findings[i] for i in self.contribution.findings])
        severities = {f.severity for f in findings}
        return "error" in severities or (strict and "warning" in severities)

    def labels(self) -> dict[str, str]:
        """Claim id -> verdict, in load order (without making the claim views, when they are
        made on first use: :class:`ClaimViews`)."""
        if isinstance(self.claims, ClaimViews):
            return dict(self.claims.labels)
        return {c.id: c.label for c in self.claims.values()}

    def label_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        for label in self.labels().values():
            counts[label] += 1
        return counts

    def make_all(self) -> MapView:
        """This view with every claim view made now (:class:`ClaimViews`): before work that
        reads them all is split over two processes, which would otherwise each make them."""
        if isinstance(self.claims, ClaimViews):
            self.claims.everything()
        return self

    def quote_count(self) -> int:
        """How many claims carry a quote."""
        if isinstance(self.claims, ClaimViews):
            return self.claims.quoted
        return sum(1 for c in self.claims.values() if c.quote)

    def by_topic(self) -> list[tuple[TopicView, list[ClaimView]]]:
        """Every topic that has claims, in display order, with its claims in load order."""
        members: dict[str, list[ClaimView]] = {}
        for c in self.claims.values():
            members.setdefault(c.topic, []).append(c)
        return [(tp, members[tp.id]) for tp in self.topics if tp.id in members]


def caption(text: str, limit: int = CAPTION_CHARS) -> str:
    """A short caption for a claim without ``title``: its first sentence, cut at a word.

    >>> caption("Offene Modelle senken Kosten. Deshalb …")
    'Offene Modelle senken Kosten.'
    >>> caption("Das gilt z. B. für Lizenzen. Mehr")
    'Das gilt z. B. für Lizenzen.'
    >>> caption("wort " * 30, limit=20)
    'wort wort wort…'
    """
    text = " ".join(text.split())
    first = _first_sentence(text[: limit + 2])
    if len(first) <= limit:
        return first
    cut = first[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-") + "…"


def _first_sentence(text: str) -> str:
    """``text`` up to the first sentence end (:data:`_SENTENCE_END`), for white space
    normalised to single spaces.

    Only the first ``limit + 2`` characters are searched: a sentence that ends later is cut at
    ``limit - 1`` anyway. A cheap pattern finds the candidates ("." then space and capital)
    and the full one, with its look-behind, confirms them: trying that look-behind at every
    position was most of the caption's time.
    """
    found = _END_CANDIDATE.search(text)
    while found is not None:
        if _SENTENCE_END.match(text, found.start() + 1):
            return text[: found.start() + 1]
        found = _END_CANDIDATE.search(text, found.start() + 1)
    return text


def _number(value: Any, default: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return default
    return v if math.isfinite(v) else default


def _place(data: Mapping[str, Any], root: str = "") -> Place | None:
    """The place of a node or edge; ``root`` (the map directory as named) is split off."""
    return _Places(root).of(data)


class _Places:
    """Places of nodes and edges with the map directory split off once per file name (a map
    has a few hundred files and up to 100,000 claims)."""

    __slots__ = ("files", "prefix", "root")

    def __init__(self, root: str = "") -> None:
        self.root, self.prefix = root, root.rstrip("/") + "/" if root else ""
        self.files: dict[str, tuple[str, str]] = {}  # file as stored -> (relative, root)

    def of(self, data: Mapping[str, Any]) -> Place | None:
        file, line = data.get("file"), data.get("line")
        if file is None or not isinstance(line, int):
            return None
        known = self.files.get(file) if type(file) is str else None
        if known is None:
            name, prefix = str(file), self.prefix
            known = ((name[len(prefix):], self.root) if prefix and name.startswith(prefix)
                     else (name, ""))
            if type(file) is str:
                self.files[file] = known
        return Place(known[0], int(line), known[1])


def _root(g: nx.MultiDiGraph) -> str:
    return str(g.graph.get("root") or "")


def _relative(file: str, root: str) -> str:
    """A claim file's name relative to the map directory (as :class:`Place` keeps it), so
    that no output carries the builder's directories."""
    prefix = root.rstrip("/") + "/" if root else ""
    return file[len(prefix):] if prefix and file.startswith(prefix) else file


def _optional(value: Any) -> str | None:
    return None if value is None else str(value)


def _topics(g: nx.MultiDiGraph, claims: Iterable[str]) -> tuple[TopicView, ...]:
    topics: list[TopicView] = []
    seen: set[str] = set()
    for i, tp in enumerate(g.graph.get("topics") or []):
        own = tp.get("color")
        valid = isinstance(own, str) and _HEX.fullmatch(own) is not None
        color = own if valid else TOPIC_PALETTE[i % len(TOPIC_PALETTE)]
        tid = str(tp["id"])
        topics.append(TopicView(tid, str(tp.get("label") or tid), str(color),
                                own if valid else None))
        seen.add(tid)
    for c in claims:  # topics a claim names but map.yaml does not list (hand-made graphs)
        tid = str(g.nodes[c].get("topic") or NO_TOPIC)
        if tid not in seen:
            seen.add(tid)
            topics.append(TopicView(tid, tid, "#757575", listed=False))
    return tuple(topics)


def _sources(g: nx.MultiDiGraph) -> dict[str, SourceView]:
    out: dict[str, SourceView] = {}
    for sid, src in (g.graph.get("sources") or {}).items():
        out[str(sid)] = SourceView(
            str(sid), str(src.get("title") or sid), _optional(src.get("publisher")),
            _optional(src.get("url")), _optional(src.get("date")), _optional(src.get("file")))
    return out


def _finding_index(findings: Iterable[Finding], claims: set[str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, f in enumerate(findings):
        for c in dict.fromkeys([*map(str, f.claims), *map(str, f.path)]):
            if c in claims:
                index.setdefault(c, []).append(i)
    return index


class ViewReuse:
    """What :func:`build_view` made last time, so that the next call reuses every claim and
    relation view whose inputs are equal (``argmap serve``: a save changes a few claims of
    thousands). Keep one per sequence of builds; any build may use it, equal or not.

    >>> reuse = ViewReuse()
    >>> len(reuse.claims)
    0
    """

    __slots__ = ("claims", "relations")

    def __init__(self) -> None:
        #: claim id -> (its inputs: node data, label, strength, explanation, findings, root;
        #: the view made of them)
        self.claims: dict[str, tuple[tuple[Any, ...], ClaimView]] = {}
        self.relations: tuple[list[Any], tuple[RelationView, ...]] | None = None


def _verdict(labels: Mapping[str, str], claim: str) -> str:
    """The claim's grounded verdict as the view gives it (``undec`` when it has none)."""
    label = labels.get(claim, "undec")
    return label if label in VERDICTS else "undec"


def _claim(g: nx.MultiDiGraph, c: str, analysis: Analysis, findings: list[int],
           places: _Places | None = None) -> ClaimView:
    d = g.nodes[c]
    get = d.get  # one lookup per attribute: this runs once per claim (100,000 in a big map)
    stance = get("stance")
    weight = get("weight")
    if type(weight) is not float or not math.isfinite(weight):
        weight = _number(weight, 0.5)
    strength = analysis.strength.get(c, weight)
    if type(strength) is not float or not math.isfinite(strength):
        strength = _number(strength, weight)
    text = get("text")
    text = str(text) if text else ""
    title = get("title")
    title = None if title is None else str(title)
    tags, answers = get("tags"), get("answers")
    return ClaimView(
        id=c, text=text, caption=title or caption(text),
        stance=str(stance) if stance in STANCES else "neutral",
        topic=str(get("topic") or NO_TOPIC), weight=weight,
        label=_verdict(analysis.labels, c), strength=strength, title=title,
        source=_optional(get("source")), quote=_optional(get("quote")),
        author=_optional(get("author")), note=_optional(get("note")),
        tags=tuple(map(str, tags)) if tags else (),
        answers=tuple(map(str, answers)) if answers else (),
        place=(places or _Places(_root(g))).of(d),
        explanation=analysis.explanations.get(c), findings=tuple(findings))


class ClaimViews(Mapping[str, ClaimView]):
    """The claims' views in load order, each made when it is first read (:func:`build_view`).

    A report that names a few claims makes only theirs: the text report of a 100,000-claim
    map reads the places of the ~15,000 claims its findings name, and the claim ids, verdicts
    and the number of quotes, which this mapping knows without views. Reading all values
    (``values()``, ``items()``, comparing, pickling) makes every view once, in load order;
    from then on it is a plain dict inside. Equal to the dict of the same views.

    >>> views = ClaimViews(["a", "b"], lambda c: c.upper(), {"a": "in", "b": "out"}, 0)
    >>> list(views), views["b"], views.made, dict(views), views.made
    (['a', 'b'], 'B', 1, {'a': 'A', 'b': 'B'}, 2)

    Notes
    -----
    O(1) to make; each view is made at most once, O(claims) for all of them.
    """

    __slots__ = ("_all", "_ids", "_made", "_make", "labels", "quoted")

    def __init__(self, ids: Iterable[str], make: Callable[[str], ClaimView],
                 labels: Mapping[str, str], quoted: int) -> None:
        self._ids: dict[str, None] = dict.fromkeys(ids)
        self._make: Callable[[str], ClaimView] | None = make
        self._made: dict[str, ClaimView] = {}
        self._all: dict[str, ClaimView] | None = None
        #: claim id -> verdict, in load order (what each view's ``label`` is)
        self.labels = labels
        #: how many claims carry a quote
        self.quoted = quoted

    @property
    def made(self) -> int:
        """How many views have been made so far."""
        return len(self._all if self._all is not None else self._made)

    def __getitem__(self, claim: str) -> ClaimView:
        if self._all is not None:
            return self._all[claim]
        view = self._made.get(claim)
        if view is None:
            if claim not in self._ids:
                raise KeyError(claim)
            assert self._make is not None
            view = self._made[claim] = self._make(claim)
        return view

    def __contains__(self, claim: object) -> bool:
        return claim in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def everything(self) -> dict[str, ClaimView]:
        """Every view, in load order (made now where not yet made)."""
        if self._all is None:
            made, make = self._made, self._make
            assert make is not None
            self._all = {c: made[c] if c in made else make(c) for c in self._ids}
            self._made, self._make = {}, None  # nothing of the analysis is held any more
        return self._all

    def values(self) -> ValuesView[ClaimView]:  # the dict's: one pass, no lookups
        return self.everything().values()

    def items(self) -> ItemsView[str, ClaimView]:
        return self.everything().items()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return self.everything() == (other.everything() if isinstance(other, ClaimViews)
                                     else dict(other.items()))

    __hash__ = None  # type: ignore[assignment]  # a mapping, like the dict it stands for

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (self.everything(),))  # a plain dict on the other side (diff's process)

    def __repr__(self) -> str:
        return f"ClaimViews({self.everything()!r})"


def _claims(g: nx.MultiDiGraph, claims: list[str], analysis: Analysis,
            index: Mapping[str, list[int]], reuse: ViewReuse | None) -> Mapping[str, ClaimView]:
    """Every claim's view, each made on first use (:class:`ClaimViews`); with ``reuse``, all
    now, reusing the last one where everything :func:`_claim` reads is equal (a dict
    comparison instead of a view: ~10× cheaper)."""
    places = _Places(_root(g))
    if reuse is None:
        verdicts = {c: _verdict(analysis.labels, c) for c in claims}
        quoted = sum(1 for c in claims if _optional(g.nodes[c].get("quote")))
        return ClaimViews(claims, lambda c: _claim(g, c, analysis, index.get(c, []), places),
                          verdicts, quoted)
    root, last, kept = places.root, reuse.claims, {}
    labels, strength, explanations = analysis.labels, analysis.strength, analysis.explanations
    out: dict[str, ClaimView] = {}
    for c in claims:
        found = index.get(c, [])
        inputs = (g.nodes[c], labels.get(c), strength.get(c), explanations.get(c),
                  tuple(found), root)
        old = last.get(c)
        view = (old[1] if old is not None and old[0] == inputs
                else _claim(g, c, analysis, found, places))
        out[c] = view
        kept[c] = (inputs, view)
    reuse.claims = kept
    return out


def _relations(g: nx.MultiDiGraph, reuse: ViewReuse | None = None
               ) -> tuple[RelationView, ...]:
    root = _root(g)
    edges = [(u, v, kind, data, g.nodes[v] if kind == "undercuts" else None)
             for u, v, kind, data in g.edges(keys=True, data=True) if kind in RELATION_KINDS]
    key = [root, edges]  # premise/conclusion/answers edges belong to arguments, questions
    if reuse is not None and reuse.relations is not None and reuse.relations[0] == key:
        return reuse.relations[1]
    out: list[RelationView] = []
    place = _Places(root).of
    for u, v, kind, data, node in edges:
        undercut = ((str(node["source"]), str(node["target"]))
                    if node is not None and node.get("type") == "inference" else None)
        note = data.get("note")
        out.append(RelationView(kind, str(u), str(v), None if note is None else str(note),
                                place(data), undercut))
    made = tuple(out)
    if reuse is not None:
        reuse.relations = (key, made)
    return made


def _of_type(g: nx.MultiDiGraph, kind: str) -> list[tuple[str, Mapping[str, Any]]]:
    return [(str(n), d) for n, d in g.nodes(data=True) if d.get("type") == kind]


def _questions(g: nx.MultiDiGraph) -> dict[str, QuestionView]:
    return {n: QuestionView(n, str(d.get("text") or ""), _optional(d.get("source")),
                            _optional(d.get("quote")), _place(d, _root(g)))
            for n, d in _of_type(g, "question")}


def _status(label: str, reason: tuple[str, str] | None) -> str:
    if label == "in":
        return "applicable"
    if label == "out":
        return "undercut" if reason is not None and reason[0] == "undercut" else "defeated"
    return "open"


def _arguments(analysis: Analysis, index: Mapping[str, list[int]]) -> dict[str, ArgumentView]:
    """The arguments with their verdicts. O(size of the arguments)."""
    out: dict[str, ArgumentView] = {}
    for n, d in _of_type(analysis.graph, "argument"):
        ex = analysis.argument_explanations.get(n)
        label = ex.label if ex is not None else "undec"
        reason = ((str(ex.reason[0]), str(ex.reason[1]))
                  if ex is not None and ex.reason is not None else None)
        out[n] = ArgumentView(
            n, tuple(map(str, d.get("premises") or ())), str(d.get("conclusion")),
            _optional(d.get("title")), _optional(d.get("note")), _optional(d.get("author")),
            _place(d, _root(analysis.graph)), label=label, status=_status(label, reason),
            reason=reason,
            strength=_number(analysis.argument_strength.get(n, 0.0), 0.0),
            findings=tuple(index.get(n, ())))
    return out


def build_view(analysis: Analysis, lang: str = "de", files: Iterable[str] = (),
               reuse: ViewReuse | None = None) -> MapView:
    """The view of an analysed map (see the module docstring); ``reuse`` keeps the claim and
    relation views of the last call for the next one (:class:`ViewReuse`): same result.

    Notes
    -----
    O(claims + relations + findings × their claims): one pass over the graph.
    """
    from .graph import claim_nodes  # here: importing the graph module costs networkx

    g = analysis.graph
    claims = list(claim_nodes(g))
    index = _finding_index(analysis.findings, {*claims, *analysis.argument_labels})
    expect = g.graph.get("expect") or {}
    options = analysis.options
    assert all(f.severity in SEVERITIES for f in analysis.findings)
    return MapView(
        title=str(g.graph.get("title") or ""), language=str(g.graph.get("language") or "de"),
        lang=lang, description=_optional(g.graph.get("description")),
        topics=_topics(g, claims), sources=_sources(g), questions=_questions(g),
        claims=_claims(g, claims, analysis, index, reuse),
        relations=_relations(g, reuse), arguments=_arguments(analysis, index),
        findings=tuple(analysis.findings),
        expect={k: tuple(v) for k, v in expect.items()},
        semantics=options.semantics, support=options.support,
        extensions=(None if analysis.extensions is None
                    else tuple(tuple(e) for e in analysis.extensions)),
        extensions_complete=analysis.extensions_complete,
        extension_limit=options.extension_limit,
        strength_converged=analysis.strength_converged,
        strength_unconverged=tuple(tuple(c) for c in analysis.strength_unconverged),
        position=analysis.position, files=tuple(_relative(f, _root(g)) for f in files))


def theses(view: MapView) -> list[str]:
    """The claims a balance is drawn for: those that answer a question (in claim id order);
    without questions, the claims that are a reason for or against nothing but have reasons or
    objections themselves (the roots of the debate; at most :data:`MAX_ROOT_THESES`, those
    with the most incoming relations).

    >>> import networkx as nx
    >>> from argmap.analysis import analyse
    >>> g = nx.MultiDiGraph(topics=[{"id": "t", "label": "T"}])
    >>> for c in "ab":
    ...     g.add_node(c, type="claim", text=c, stance="neutral", topic="t", weight=0.5)
    >>> _ = g.add_edge("b", "a", key="attacks")
    >>> theses(build_view(analyse(g)))
    ['a']
    """
    if view.questions:
        return sorted(c for c, cv in view.claims.items()
                      if any(q in view.questions for q in cv.answers))
    gives = {r.source for r in view.relations if r.kind in ("supports", "attacks")}
    gives |= {p for a in view.arguments.values() for p in a.premises}
    gets: dict[str, int] = {}
    for target in [r.target for r in view.relations if r.kind in ("supports", "attacks")] + [
            a.conclusion for a in view.arguments.values()]:
        gets[target] = gets.get(target, 0) + 1
    roots = sorted((c for c in view.claims if c not in gives and c in gets),
                   key=lambda c: (-gets[c], c))
    return sorted(roots[:MAX_ROOT_THESES])


def _bearing_edges(view: MapView) -> dict[str, list[tuple[str, int]]]:
    """target -> [(source, parity)]: 0 when the source argues for the target, 1 against."""
    rev: dict[str, list[tuple[str, int]]] = {}

    def add(u: str, v: str, flip: int) -> None:
        if u in view.claims and v in view.claims and u != v:
            rev.setdefault(v, []).append((u, flip))

    kinds = {(r.source, r.target): r.kind for r in view.relations if r.kind != "undercuts"}
    for r in view.relations:
        if r.kind == "supports":
            add(r.source, r.target, 0)
        elif r.kind == "attacks":
            add(r.source, r.target, 1)
        elif r.kind == "contradicts":
            add(r.source, r.target, 1)
            add(r.target, r.source, 1)
        elif r.undercut is not None:  # against a support is against its target, and vice versa
            a, b = r.undercut
            add(r.source, b, 1 if kinds.get((a, b), "supports") == "supports" else 0)
        elif r.target in view.arguments:
            add(r.source, view.arguments[r.target].conclusion, 1)
    for arg in view.arguments.values():
        for p in arg.premises:
            add(p, arg.conclusion, 0)
    return rev


def bearing(view: MapView) -> dict[str, dict[str, str]]:
    """For every thesis (:func:`theses`): the claims that bear on it and on which side.

    A claim is ``pro`` a thesis when a chain of relations leads from it to the thesis with an
    even number of objections on the way, ``contra`` when the number is odd (an attack, a
    contradiction, or an undercut of a support counts as an objection; a support, a premise of
    an argument, or an undercut of an attack does not), ``both`` when chains of both kinds
    exist. So a claim that attacks a thesis, or supports an attacker of it, is contra; one
    that attacks an attacker is pro.

    >>> import networkx as nx
    >>> from argmap.analysis import analyse
    >>> g = nx.MultiDiGraph(topics=[{"id": "t", "label": "T"}])
    >>> for c in "abcd":
    ...     g.add_node(c, type="claim", text=c, stance="neutral", topic="t", weight=0.5)
    >>> for u, v, k in [("b", "a", "attacks"), ("c", "b", "supports"), ("d", "b", "attacks")]:
    ...     _ = g.add_edge(u, v, key=k)
    >>> bearing(build_view(analyse(g)))
    {'a': {'b': 'contra', 'c': 'contra', 'd': 'pro'}}

    Notes
    -----
    O(T · (n + m)) for T theses: one breadth-first search over (claim, parity) states per
    thesis, backwards along the relations.
    """
    ids, index, found, masks = _thesis_masks(view)
    names = ("pro", "contra", "both")
    out: dict[str, dict[str, str]] = {}
    for k, thesis in enumerate(found):
        bit, ti = 1 << k, index[thesis]
        sides = {}
        for i, c in enumerate(ids):
            pro, contra = masks[2 * i] & bit, masks[2 * i + 1] & bit
            if (pro or contra) and i != ti:
                sides[c] = names[2 if pro and contra else (1 if contra else 0)]
        out[thesis] = dict(sorted(sides.items()))
    return out


def bearing_counts(view: MapView) -> dict[str, tuple[int, int, int]]:
    """For every thesis the numbers of claims ``pro``, ``contra`` and ``both`` — the sizes of
    :func:`bearing`'s sides, without naming every claim (the page of a large map).

    >>> import networkx as nx
    >>> from argmap.analysis import analyse
    >>> g = nx.MultiDiGraph(topics=[{"id": "t", "label": "T"}])
    >>> for c in "abcd":
    ...     g.add_node(c, type="claim", text=c, stance="neutral", topic="t", weight=0.5)
    >>> for u, v, k in [("b", "a", "attacks"), ("c", "b", "supports"), ("d", "b", "attacks")]:
    ...     _ = g.add_edge(u, v, key=k)
    >>> bearing_counts(build_view(analyse(g)))
    {'a': (1, 2, 0)}

    Notes
    -----
    O(n + m) for the reach (:func:`_reach_masks`), then O(n + T · P) for P distinct patterns
    of theses reaching a claim: no per-claim dictionary or sort.
    """
    _, index, found, masks = _thesis_masks(view)
    for k, ti in enumerate(index[thesis] for thesis in found):  # not on a side of itself
        masks[2 * ti] &= ~(1 << k)
        masks[2 * ti + 1] &= ~(1 << k)
    patterns = Counter(zip(masks[0::2], masks[1::2], strict=True))
    counts = [[0, 0, 0] for _ in found]
    for (even, odd), n in patterns.items():
        for k in range(len(found)):
            pro, contra = (even >> k) & 1, (odd >> k) & 1
            if pro or contra:
                counts[k][2 if pro and contra else (1 if contra else 0)] += n
    return {t: (c[0], c[1], c[2]) for t, c in zip(found, counts, strict=True)}


def _thesis_masks(view: MapView) -> tuple[list[str], dict[str, int], list[str], list[int]]:
    """The claims, their numbers, the theses and per state the bit set of the theses (bit k:
    thesis k) that reach it (:func:`_reach_masks`)."""
    ids, index, into = _bearing_states(view)
    found = theses(view)
    return ids, index, found, _reach_masks(into, [index[t] for t in found])


def _bearing_states(view: MapView
                    ) -> tuple[list[str], dict[str, int], list[list[tuple[int, int]]]]:
    """The claims, their numbers and, per claim, the (claim number, flip) pairs of the
    relations into it: state 2·claim + parity is reached from 2·source + (parity ^ flip)."""
    rev = _bearing_edges(view)
    ids = list(view.claims)
    index = {c: i for i, c in enumerate(ids)}
    into: list[list[tuple[int, int]]] = [[] for _ in ids]
    for v, sources in rev.items():
        into[index[v]] = [(index[u], flip) for u, flip in sources]
    return ids, index, into


def _reach_masks(into: list[list[tuple[int, int]]], sources: list[int]) -> list[int]:
    """Per state, the bit set of the sources k whose state (claim sources[k], even) reaches it
    backwards along the relations: all searches of :func:`bearing` in one pass.

    States that reach each other are reached by the same sources, so the pass numbers the
    strongly connected components of the state graph (Tarjan) and carries the bit sets along
    the condensation in topological order: O(n + m) for any number of theses plus the sort of
    the 2n states by component, O(n log n) (a search per thesis was O(T · (n + m)), 4.7 s for
    12 theses on 100,000 claims; states as list indices: 1.53 → 0.92 s there).
    """
    from .semantics._scc import component_list  # here: the view needs it only for the page

    # state 2·v + parity, so the states are the list indices 0 … 2n-1
    succ = [[2 * u + (par ^ flip) for u, flip in sources_of]
            for sources_of in into for par in (0, 1)]
    comp, count = component_list(succ)
    bits = [0] * count
    for k, ti in enumerate(sources):
        bits[comp[2 * ti]] |= 1 << k
    # descending component id: every edge leads to an equal or smaller one, so a component's
    # bits are complete before its states pass them on
    for state in sorted(range(len(comp)), key=comp.__getitem__, reverse=True):
        if mask := bits[comp[state]]:
            for nxt in succ[state]:
                bits[comp[nxt]] |= mask
    return [bits[c] for c in comp]
