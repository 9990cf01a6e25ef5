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
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

__all__ = ["MAX_ALIASES", "MAX_NODES", "Document", "YamlProblem", "parse_yaml"]

MAX_ALIASES = 50
MAX_NODES = 100_000

Path = tuple[Any, ...]

# libyaml's event parser (ruamel.yaml.clib) when installed — ~10x faster — else pure Python.
_YAML = YAML(typ="safe")

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_TRUE = re.compile(r"^(?:true|True|TRUE)$")
_FALSE = re.compile(r"^(?:false|False|FALSE)$")
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


def resolve_plain(text: str) -> Any:
    """Resolve a plain (unquoted) scalar by the YAML 1.2 core schema.

    >>> [resolve_plain(s) for s in ["no", "true", "12", "0.5", "~", "2025-02-03"]]
    ['no', True, 12, 0.5, None, '2025-02-03']
    """
    if _NULL.match(text):
        return None
    if _TRUE.match(text):
        return True
    if _FALSE.match(text):
        return False
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


@dataclass(frozen=True)
class YamlProblem:
    """A problem found while reading; ``line``/``col`` are 1-based."""

    line: int
    col: int
    code: str  # "yaml-syntax" or "duplicate-key"
    key: str  # message key of argmap.i18n
    args: dict[str, str] = field(default_factory=dict)


@dataclass
class Document:
    """The data of one YAML file plus the position of every node and mapping key."""

    data: Any
    positions: dict[Path, tuple[int, int]]
    key_positions: dict[Path, tuple[int, int]]
    problems: list[YamlProblem]

    def locate(self, path: Path, *, prefer_key: bool = False) -> tuple[int, int]:
        """Position of ``path`` or of its nearest located ancestor (1-based line, col)."""
        p = tuple(path)
        while True:
            if prefer_key and p in self.key_positions:
                return self.key_positions[p]
            if p in self.positions:
                return self.positions[p]
            if not p:
                return (1, 1)
            p = p[:-1]


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

    >>> doc = parse_yaml("a: 1\\nb:\\n  - x\\n  - no\\n")
    >>> doc.data, doc.positions[("b", 1)], doc.problems
    ({'a': 1, 'b': ['x', 'no']}, (4, 5), [])
    >>> parse_yaml("a: 1\\na: 2\\n").problems[0].code
    'duplicate-key'
    """
    positions: dict[Path, tuple[int, int]] = {}
    key_positions: dict[Path, tuple[int, int]] = {}
    problems: list[YamlProblem] = []
    anchors: dict[str, tuple[Any, int]] = {}
    aliases = 0
    total = 0
    stack: list[_Frame] = []
    root: Any = None
    documents = 0

    def fail(event: Any, key: str, **args: str) -> Document:
        line, col = _pos(event)
        problems.append(YamlProblem(line, col, "yaml-syntax", key, args))
        return Document(None, positions, key_positions, problems)

    def child_path() -> Path:
        top = stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        return (*top.path, top.pending_key)

    def attach(value: Any, size: int, event: Any) -> None:
        """Put a finished value into the enclosing container (or make it the root)."""
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        top.size += size
        if isinstance(top.container, list):
            top.container.append(value)
            return
        if top.pending_key is _NO_KEY:
            # this value is a mapping key
            if not isinstance(value, (str, int, float, bool)) and value is not None:
                line, col = _pos(event)
                problems.append(YamlProblem(line, col, "yaml-syntax", "yaml.complex-key"))
                value = repr(value)
            if value in top.container:
                line, col = _pos(event)
                first = key_positions.get((*top.path, value), (0, 0))
                problems.append(
                    YamlProblem(
                        line, col, "duplicate-key", "yaml.duplicate-key",
                        {"key": str(value), "first": str(first[0])},
                    )
                )
                top.pending_key = _DUPLICATE
            else:
                top.pending_key = value
                key_positions[(*top.path, value)] = _pos(event)
            return
        if top.pending_key is not _DUPLICATE:
            top.container[top.pending_key] = value
        top.pending_key = _NO_KEY

    try:
        events = _YAML.parse(text)
        for event in events:
            if isinstance(event, (StreamStartEvent, StreamEndEvent)):
                continue
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    return fail(event, "yaml.multiple-documents")
                continue
            tag = getattr(event, "tag", None)
            if tag is not None and isinstance(
                event, (ScalarEvent, MappingStartEvent, SequenceStartEvent)
            ):
                return fail(event, "yaml.tag", tag=str(tag))
            if isinstance(event, AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    return fail(event, "yaml.too-many-aliases", limit=str(MAX_ALIASES))
                if event.anchor not in anchors:
                    return fail(event, "yaml.unknown-alias", anchor=str(event.anchor))
                value, size = anchors[event.anchor]
                total += size
                if total > MAX_NODES:
                    return fail(event, "yaml.too-many-nodes", limit=str(MAX_NODES))
                if stack:
                    is_key = isinstance(stack[-1].container, dict) and (
                        stack[-1].pending_key is _NO_KEY
                    )
                    if not is_key:
                        positions[child_path()] = _pos(event)
                attach(value, size, event)
                continue
            if isinstance(event, ScalarEvent):
                total += 1
                if total > MAX_NODES:
                    return fail(event, "yaml.too-many-nodes", limit=str(MAX_NODES))
                plain = event.style is None or event.style == ""
                value = resolve_plain(event.value) if plain else event.value
                if stack:
                    is_key = isinstance(stack[-1].container, dict) and (
                        stack[-1].pending_key is _NO_KEY
                    )
                    if not is_key:
                        positions[child_path()] = _pos(event)
                else:
                    positions[()] = _pos(event)
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
                attach(value, 1, event)
                continue
            if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                total += 1
                if total > MAX_NODES:
                    return fail(event, "yaml.too-many-nodes", limit=str(MAX_NODES))
                if stack and isinstance(stack[-1].container, dict) and (
                    stack[-1].pending_key is _NO_KEY
                ):
                    problems.append(YamlProblem(*_pos(event), "yaml-syntax", "yaml.complex-key"))
                    return Document(None, positions, key_positions, problems)
                path = child_path() if stack else ()
                positions[path] = _pos(event)
                container: Any = {} if isinstance(event, MappingStartEvent) else []
                stack.append(_Frame(container, path, event.anchor, _pos(event)))
                continue
            if isinstance(event, (MappingEndEvent, SequenceEndEvent)):
                frame = stack.pop()
                if frame.anchor:
                    anchors[frame.anchor] = (frame.container, frame.size)
                attach(frame.container, frame.size, event)
                continue
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or str(exc)
        problems.append(YamlProblem(line, col, "yaml-syntax", "yaml.syntax", {"problem": problem}))
        return Document(None, positions, key_positions, problems)
    except YAMLError as exc:  # unmarked scanner/reader errors (e.g. control characters)
        problems.append(YamlProblem(1, 1, "yaml-syntax", "yaml.syntax", {"problem": str(exc)}))
        return Document(None, positions, key_positions, problems)
    return Document(root, positions, key_positions, problems)


_DUPLICATE = object()
