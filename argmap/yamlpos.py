"""Safe YAML 1.2 reading that keeps source positions.

The document is built straight from ruamel.yaml's *event* stream, never through a constructor, so
no tag can create an object. Every node's position is recorded under its path (the same tuple of
keys and indices that pydantic reports in an error's ``loc``), which lets the loader point every
schema problem at its file:line.

Guards, all reported as :class:`YamlProblem` (never an exception escaping to the user):

* explicit tags (``!!python/object``, ``!foo``, even ``!!str``) are rejected;
* anchors/aliases: at most :data:`MAX_ALIASES` aliases, and the document may not expand to more
  than :data:`MAX_NODES` nodes (an alias counts the size of what it repeats: no "billion laughs");
* duplicate keys are reported, every one of them;
* plain scalars are resolved with the YAML 1.2 core schema (``no``/``yes``/``on`` stay strings,
  dates stay strings).
"""

from __future__ import annotations

import re
import reprlib
from array import array
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

__all__ = [
    "MAX_ALIASES",
    "MAX_NODES",
    "Document",
    "NodeIndex",
    "PlainDocument",
    "YamlProblem",
    "from_plain",
    "parse_clean",
    "parse_yaml",
]

MAX_ALIASES = 50
MAX_NODES = 100_000

Path = tuple[Any, ...]

# libyaml's event parser (ruamel.yaml.clib) when installed — ~10x faster — else pure Python.
_YAML = YAML(typ="safe")
try:  # the fast path needs libyaml; without it every document takes the precise path
    from ruamel.yaml.cyaml import CParser
except ImportError:  # pragma: no cover - non-CPython or ruamel.yaml.clib missing
    CParser = None

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_TRUE = re.compile(r"^(?:true|True|TRUE)$")
_FALSE = re.compile(r"^(?:false|False|FALSE)$")
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")
# First characters with which resolve_plain can return something other than the text itself:
# numbers, .inf/.nan, and (only for words of at most 6 characters) ~, null, true, false.
_NUMERIC_START = frozenset("-+.0123456789")
_WORD_START = frozenset("~nNtTfF")


def resolve_plain(text: str) -> Any:
    """Resolve a plain (unquoted) scalar by the YAML 1.2 core schema.

    >>> [resolve_plain(s) for s in ["no", "true", "12", "0.5", "~", "2025-02-03"]]
    ['no', True, 12, 0.5, None, '2025-02-03']
    """
    # The number patterns need a first character of -+.0-9, the word patterns one of ~nNtTfF
    # or none at all: the two groups never both match, so only one needs trying.
    if text[:1] in _NUMERIC_START and text:
        if _INT10.match(text):
            return int(text)
        if _INT8.match(text):
            return int(text[2:], 8)
        if _INT16.match(text):
            return int(text[2:], 16)
        if _FLOAT.match(text):
            return float(text)
        if _INF.match(text):
            return float("-inf") if text.startswith("-") else float("inf")
        if _NAN.match(text):
            return float("nan")
        return text
    if _NULL.match(text):
        return None
    if _TRUE.match(text):
        return True
    if _FALSE.match(text):
        return False
    return text


@dataclass(frozen=True)
class YamlProblem:
    """A problem found while reading; ``line``/``col`` are 1-based."""

    line: int
    col: int
    code: str  # "yaml-syntax" or "duplicate-key"
    key: str  # message key of argmap.i18n
    args: dict[str, str] = field(default_factory=dict)


class Document:
    """The data of one YAML file plus the position of every node and mapping key.

    ``positions`` maps the path of every node (the tuple of keys and indices that pydantic
    reports in an error's ``loc``) to its 1-based ``(line, col)``; ``key_positions`` does the
    same for the key of every mapping entry. A document read on the fast path keeps these in a
    compact :class:`NodeIndex` instead and builds the two dicts only when they are asked for;
    :meth:`locate` answers from either form alike.
    """

    __slots__ = ("_index", "_key_positions", "_positions", "data", "problems")

    def __init__(
        self,
        data: Any,
        positions: dict[Path, tuple[int, int]] | None = None,
        key_positions: dict[Path, tuple[int, int]] | None = None,
        problems: list[YamlProblem] | None = None,
        *,
        index: NodeIndex | None = None,
    ) -> None:
        self.data = data
        self.problems: list[YamlProblem] = problems if problems is not None else []
        self._positions = positions
        self._key_positions = key_positions
        self._index = index
        if index is None:
            self._positions = positions if positions is not None else {}
            self._key_positions = key_positions if key_positions is not None else {}

    @property
    def positions(self) -> dict[Path, tuple[int, int]]:
        if self._positions is None:
            self._materialize()
        assert self._positions is not None
        return self._positions

    @property
    def key_positions(self) -> dict[Path, tuple[int, int]]:
        if self._key_positions is None:
            self._materialize()
        assert self._key_positions is not None
        return self._key_positions

    def _materialize(self) -> None:
        assert self._index is not None
        self._positions, self._key_positions = self._index.position_dicts(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (self.data, self.positions, self.key_positions, self.problems) == (
            other.data, other.positions, other.key_positions, other.problems)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return f"Document(data={reprlib.repr(self.data)}, problems={self.problems!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # the index is keyed by id() of the containers: send it in the containers' order instead
        if self._index is None:
            return (Document, (self.data, self._positions, self._key_positions, self.problems))
        index = self._index
        kids = [index.children[id(c)] for c in _containers(self.data)]
        return (_rebuild, (self.data, index.lines, index.cols, kids))

    def locate(self, path: Path, *, prefer_key: bool = False) -> tuple[int, int]:
        """Position of ``path`` or of its nearest located ancestor (1-based line, col)."""
        if self._index is not None:
            return self._index.locate(self.data, path, prefer_key)
        p = tuple(path)
        positions, key_positions = self.positions, self.key_positions
        while True:
            if prefer_key and p in key_positions:
                return key_positions[p]
            if p in positions:
                return positions[p]
            if not p:
                return (1, 1)
            p = p[:-1]


class NodeIndex:
    """Where every node of a document read on the fast path starts, in compact form.

    Nodes are numbered in document order (a mapping key is a node, its value the next one);
    ``lines``/``cols`` hold each node's 0-based start, and ``children`` maps ``id()`` of every
    container of the data to an array of its own number followed by the numbers of its items
    (for a mapping: of its keys, in the dict's order). The data keeps every container alive,
    so the ids stay valid. About 30 bytes per node instead of ~250 for a dict entry per path.
    """

    __slots__ = ("children", "cols", "lines")

    def __init__(self, lines: array[int], cols: array[int], children: dict[int, array[int]]):
        self.lines, self.cols, self.children = lines, cols, children

    def pos(self, node: int) -> tuple[int, int]:
        return (self.lines[node] + 1, self.cols[node] + 1)

    def locate(self, data: Any, path: Path, prefer_key: bool) -> tuple[int, int]:
        """Follow ``path`` down the data as far as it exists; that node's (or key's) position.

        Same answer as the dict lookup of the precise path: the located paths are exactly the
        existing ones, and they are closed under taking prefixes. O(len(path) · keys per
        mapping on the way).
        """
        children = self.children
        node, number, key_number = data, 0, -1
        for part in path:
            kids = children.get(id(node))  # None for a scalar: the path goes no deeper
            if kids is None:
                break
            if type(node) is list:
                if not isinstance(part, int) or not 0 <= part < len(node):
                    break
                node, number, key_number = node[part], kids[part + 1], -1
                continue
            try:
                value = node[part]
            except (KeyError, TypeError):  # no such key (or an unhashable part)
                break
            key_number = kids[list(node).index(part) + 1]
            node, number = value, key_number + 1
        if prefer_key and key_number >= 0:
            number = key_number
        return (self.lines[number] + 1, self.cols[number] + 1)

    def position_dicts(self, data: Any) -> tuple[dict[Path, tuple[int, int]],
                                                 dict[Path, tuple[int, int]]]:
        """``positions`` and ``key_positions`` as the precise path builds them (document order;
        iterative, so deep nesting needs no recursion)."""
        positions: dict[Path, tuple[int, int]] = {}
        key_positions: dict[Path, tuple[int, int]] = {}
        todo: list[tuple[Any, Path, int]] = [(data, (), 0)]
        while todo:
            node, path, number = todo.pop()
            positions[path] = self.pos(number)
            kids = self.children.get(id(node)) if type(node) in (dict, list) else None
            if kids is None:
                continue
            items: list[tuple[Any, Path, int]] = []
            if type(node) is dict:
                for j, (key, value) in enumerate(node.items()):
                    child = (*path, key)
                    key_positions[child] = self.pos(kids[j + 1])
                    items.append((value, child, kids[j + 1] + 1))
            else:
                items = [(value, (*path, j), kids[j + 1]) for j, value in enumerate(node)]
            todo.extend(reversed(items))
        return positions, key_positions


def _containers(data: Any) -> list[Any]:
    """Every dict and list of the data in document order (iterative: any depth)."""
    found: list[Any] = []
    todo = [data]
    while todo:
        node = todo.pop()
        kind = type(node)
        if kind is dict or kind is list:
            found.append(node)
            todo.extend(reversed(node.values() if kind is dict else node))
    return found


#: a fast-path document as plain data (:func:`parse_clean`): the data, then the bytes of the
#: index's ``lines``, ``cols`` and of every container's ``children`` array in document order
PlainDocument = tuple[Any, bytes, bytes, list[bytes]]


def parse_clean(text: str) -> PlainDocument | None:
    """The document of a *clean* YAML text (one :func:`parse_yaml` reads on its fast path, so
    without any problem) as plain data that :mod:`marshal` can send to another process; None
    for any other text (its document, and its problems, only :func:`parse_yaml` gives).

    :func:`from_plain` turns it back into the document :func:`parse_yaml` returns.

    >>> doc = from_plain(parse_clean("a: [1, x]\\n"))
    >>> doc == parse_yaml("a: [1, x]\\n"), doc.locate(("a", 1))
    (True, (1, 8))
    >>> parse_clean("a: !!str 1\\n") is None
    True

    Notes
    -----
    O(size of the text), like the fast path, plus one walk over the containers.
    """
    doc = _parse_fast(text)
    if doc is None:
        return None
    index = doc._index
    assert index is not None  # the fast path always builds one
    kids = [index.children[id(c)].tobytes() for c in _containers(doc.data)]
    return (doc.data, index.lines.tobytes(), index.cols.tobytes(), kids)


def from_plain(plain: PlainDocument) -> Document:
    """The document of :func:`parse_clean`'s plain form (its index keyed by the ids of the
    containers it holds now). O(nodes)."""
    data, lines, cols, kids = plain
    return _rebuild(data, _unsigned(lines), _unsigned(cols), [_unsigned(k) for k in kids])


def _unsigned(raw: bytes) -> array[int]:
    out = array("I")
    out.frombytes(raw)
    return out


def _rebuild(data: Any, lines: array[int], cols: array[int], kids: list[array[int]]) -> Document:
    """Unpickle a fast-path document: its index keyed by the new containers' ids."""
    children = {id(c): k for c, k in zip(_containers(data), kids, strict=True)}
    return Document(data, index=NodeIndex(lines, cols, children))


class _Frame:
    __slots__ = ("anchor", "container", "key_pos", "path", "pending_key", "pos", "size")

    def __init__(self, container: Any, path: Path, anchor: str | None, pos: tuple[int, int]):
        self.container = container
        self.path = path
        self.anchor = anchor
        self.pending_key: Any = _NO_KEY
        self.key_pos: tuple[int, int] = (0, 0)
        self.pos = pos
        self.size = 1


_NO_KEY = object()


def _pos(event: Any) -> tuple[int, int]:
    return (event.start_mark.line + 1, event.start_mark.column + 1)


def parse_yaml(text: str) -> Document:
    """Parse one YAML document safely, keeping positions.

    A clean document (no tag, anchor, alias, duplicate or non-string key, one document, within
    :data:`MAX_NODES`, no syntax error) is read on the fast path; anything else, and so every
    problem, is read again on the precise path, which reports it as it always has.

    >>> doc = parse_yaml("a: 1\\nb:\\n  - x\\n  - no\\n")
    >>> doc.data, doc.positions[("b", 1)], doc.problems
    ({'a': 1, 'b': ['x', 'no']}, (4, 5), [])
    >>> parse_yaml("a: 1\\na: 2\\n").problems[0].code
    'duplicate-key'

    Notes
    -----
    O(size of the text) on both paths; the fast path is about 2-3x faster (no path tuple and
    no dict entry per node, see :class:`NodeIndex`).
    """
    return _parse_fast(text) or _parse_precise(text)


class _Stop(Exception):
    """Raised by :class:`_PreciseReader` at the first problem that ends the reading."""


class _PreciseReader:
    """The precise path's state: one method per kind of event, positions under their paths."""

    def __init__(self) -> None:
        self.positions: dict[Path, tuple[int, int]] = {}
        self.key_positions: dict[Path, tuple[int, int]] = {}
        self.problems: list[YamlProblem] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.aliases = 0
        self.total = 0
        self.documents = 0
        self.stack: list[_Frame] = []
        self.root: Any = None

    def document(self, data: Any = None) -> Document:
        return Document(data, self.positions, self.key_positions, self.problems)

    def fail(self, event: Any, key: str, **args: str) -> _Stop:
        self.problems.append(YamlProblem(*_pos(event), "yaml-syntax", key, args))
        return _Stop()

    def count(self, event: Any, size: int = 1) -> None:
        self.total += size
        if self.total > MAX_NODES:
            raise self.fail(event, "yaml.too-many-nodes", limit=str(MAX_NODES))

    def expects_key(self) -> bool:
        top = self.stack[-1]
        return isinstance(top.container, dict) and top.pending_key is _NO_KEY

    def child_path(self) -> Path:
        top = self.stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        return (*top.path, top.pending_key)

    def mark_value(self, event: Any) -> None:
        """Record the position of a value (not of a mapping key: keys have their own)."""
        if not self.stack:
            self.positions[()] = _pos(event)
        elif not self.expects_key():
            self.positions[self.child_path()] = _pos(event)

    def read(self, event: Any) -> None:
        if isinstance(event, (StreamStartEvent, StreamEndEvent)):
            return
        if isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.fail(event, "yaml.multiple-documents")
            return
        tag = getattr(event, "tag", None)
        if tag is not None and isinstance(event, (ScalarEvent, MappingStartEvent,
                                                  SequenceStartEvent)):
            raise self.fail(event, "yaml.tag", tag=str(tag))
        if isinstance(event, AliasEvent):
            self.alias(event)
        elif isinstance(event, ScalarEvent):
            self.scalar(event)
        elif isinstance(event, (MappingStartEvent, SequenceStartEvent)):
            self.start(event)
        elif isinstance(event, (MappingEndEvent, SequenceEndEvent)):
            frame = self.stack.pop()
            if frame.anchor:
                self.anchors[frame.anchor] = (frame.container, frame.size)
            self.attach(frame.container, frame.size, event)

    def alias(self, event: Any) -> None:
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            raise self.fail(event, "yaml.too-many-aliases", limit=str(MAX_ALIASES))
        if event.anchor not in self.anchors:
            raise self.fail(event, "yaml.unknown-alias", anchor=str(event.anchor))
        value, size = self.anchors[event.anchor]
        self.count(event, size)
        if self.stack:
            self.mark_value(event)
        self.attach(value, size, event)

    def scalar(self, event: Any) -> None:
        self.count(event)
        plain = event.style is None or event.style == ""
        value = resolve_plain(event.value) if plain else event.value
        self.mark_value(event)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self.attach(value, 1, event)

    def start(self, event: Any) -> None:
        self.count(event)
        if self.stack and self.expects_key():
            self.problems.append(YamlProblem(*_pos(event), "yaml-syntax", "yaml.complex-key"))
            raise _Stop()
        path = self.child_path() if self.stack else ()
        self.positions[path] = _pos(event)
        container: Any = {} if isinstance(event, MappingStartEvent) else []
        self.stack.append(_Frame(container, path, event.anchor, _pos(event)))

    def attach(self, value: Any, size: int, event: Any) -> None:
        """Put a finished value into the enclosing container (or make it the root)."""
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        top.size += size
        if isinstance(top.container, list):
            top.container.append(value)
        elif top.pending_key is _NO_KEY:
            self.key(top, value, event)
        else:
            if top.pending_key is not _DUPLICATE:
                top.container[top.pending_key] = value
            top.pending_key = _NO_KEY

    def key(self, top: _Frame, value: Any, event: Any) -> None:
        """``value`` is a mapping key: complex and duplicate keys are problems."""
        if not isinstance(value, (str, int, float, bool)) and value is not None:
            self.problems.append(YamlProblem(*_pos(event), "yaml-syntax", "yaml.complex-key"))
            value = repr(value)
        if value in top.container:
            first = self.key_positions.get((*top.path, value), (0, 0))
            self.problems.append(YamlProblem(
                *_pos(event), "duplicate-key", "yaml.duplicate-key",
                {"key": str(value), "first": str(first[0])}))
            top.pending_key = _DUPLICATE
        else:
            top.pending_key = value
            where = (*top.path, value)
            self.key_positions[where] = _pos(event)


def _parse_precise(text: str) -> Document:
    """The precise path: every event checked and every position recorded under its path;
    the source of every :class:`YamlProblem`."""
    reader = _PreciseReader()
    try:
        for event in _YAML.parse(text):
            reader.read(event)
    except _Stop:
        return reader.document()
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or str(exc)
        reader.problems.append(YamlProblem(line, col, "yaml-syntax", "yaml.syntax",
                                           {"problem": problem}))
        return reader.document()
    except YAMLError as exc:  # unmarked scanner/reader errors (e.g. control characters)
        reader.problems.append(YamlProblem(1, 1, "yaml-syntax", "yaml.syntax",
                                           {"problem": str(exc)}))
        return reader.document()
    return reader.document(reader.root)


_DUPLICATE = object()

# ---- the fast path ------------------------------------------------------------------------------


def _parse_fast(text: str) -> Document | None:
    """The fast path: libyaml's events folded into data and a :class:`NodeIndex` in one tight
    loop; ``None`` whenever the document needs the precise path (see :func:`parse_yaml`)."""
    if CParser is None:  # pragma: no cover
        return None
    parser = CParser(text)
    try:
        return _read_clean(parser.get_event)
    except Exception:  # a syntax error or anything unusual: the precise path reports it
        return None
    finally:
        parser.dispose()


def _read_clean(get: Any) -> Document | None:  # noqa: C901 - one flat hot loop, see below
    """Fold the events of a clean document into data and a :class:`NodeIndex`; None at the
    first event that needs the precise path. One flat loop on purpose: it runs once per node,
    and a function call per event would cost more than the loop's own work."""
    if type(get()) is not StreamStartEvent or type(get()) is not DocumentStartEvent:
        return None
    # locals instead of globals: this loop runs once per node
    scalar, mapping_start, sequence_start = ScalarEvent, MappingStartEvent, SequenceStartEvent
    mapping_end, sequence_end, no_key = MappingEndEvent, SequenceEndEvent, _NO_KEY
    numeric, wordy, resolve = _NUMERIC_START, _WORD_START, resolve_plain
    lines, cols = array("I"), array("I")
    add_line, add_col = lines.append, cols.append
    children: dict[int, array[int]] = {}
    stack: list[tuple[Any, Any, bool, Any]] = []
    container: Any = None  # the open dict or list (None: at the root)
    kids: Any = None  # its array of node numbers
    is_map = False
    key: Any = no_key  # in a mapping: the key whose value comes next
    root: Any = None
    n = 0  # number of the next node
    while True:
        ev = get()
        cls = type(ev)
        if cls is scalar:
            if ev.ctag is not None or ev.anchor is not None:
                return None
            value = ev.value
            if not ev.style:  # plain: YAML 1.2 core schema
                c = value[:1]
                if c in numeric or not c or (c in wordy and len(value) <= 6):
                    value = resolve(value)
            mark = ev.start_mark
            add_line(mark.line)
            add_col(mark.column)
            if is_map:
                if key is no_key:
                    if type(value) is not str or value in container:
                        return None
                    key = value
                    kids.append(n)
                else:
                    container[key] = value
                    key = no_key
            elif kids is not None:
                kids.append(n)
                container.append(value)
            else:
                root = value
            n += 1
        elif cls is mapping_start or cls is sequence_start:
            if ev.ctag is not None or ev.anchor is not None or (is_map and key is no_key):
                return None
            new: Any = {} if cls is mapping_start else []
            if is_map:
                container[key] = new
            elif kids is not None:
                kids.append(n)
                container.append(new)
            else:
                root = new
            mark = ev.start_mark
            add_line(mark.line)
            add_col(mark.column)
            stack.append((container, kids, is_map, key))
            container, kids, is_map, key = new, array("I", (n,)), cls is mapping_start, no_key
            n += 1
        elif cls is mapping_end or cls is sequence_end:
            children[id(container)] = kids
            container, kids, is_map, _ = stack.pop()
            key = no_key
        elif cls is DocumentEndEvent and type(get()) is StreamEndEvent and n <= MAX_NODES:
            return Document(root, index=NodeIndex(lines, cols, children))
        else:  # an alias, a second document, too many nodes
            return None
