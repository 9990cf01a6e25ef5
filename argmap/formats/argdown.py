"""Argdown (https://argdown.org), both ways.

Export layout (valid Argdown, readable by Argdown's own tools)::

    ===
    # argmap-generated
    title: "…"
    argmap: {language, description, sources, expect}
    color: {tagColors: {<topic>: "#hex"}}
    ===

    # Demokratisierung {topic: "demokratisierung", color: "#2e7d32"}

    [kosten-gering]: Die Kosten sind gering. #demokratisierung #(ein Tag) {stance: "risk"}
        +> [demokratisierung-zugang]
        -> [andere-these]
        >< [gegenteil]

* one heading per topic (in display order) with the topic id and colour as heading data;
* one statement definition per claim: the claim id is the title, the text is escaped for
  Argdown (``\\[``, ``\\#``, ``\\*``, ``\\{`` …), the first tag is the topic (Argdown colours
  statements by tag; ``color.tagColors`` gives the topic colours), then the claim's tags;
* the claim's outgoing relations as children: ``+>`` supports, ``->`` attacks, ``><``
  contradicts;
* everything else is statement data ``{…}`` (JSON-style flow YAML): ``stance``, ``weight``
  (when not 0.5), ``source``/``quote``, ``author``, relation notes as
  ``notes: {supports: {<target>: "…"}, undercuts: {"a -> b": "…"}}`` and **undercuts** as
  ``undercuts: ["a -> b"]``. Argdown's own undercut (``_>``, ``<_``) attacks an argument's
  inference and cannot name a claim-to-claim relation, so argmap keeps its undercuts in the
  data of the undercutting statement, where Argdown carries them along untouched. Tags that
  Argdown cannot write inline and texts with line breaks also go into the data
  (``tags: […]``, ``text: "…"``).

Import reads all of that back exactly, and beyond it: statement definitions ``[T]: text``,
references ``[T]``, untitled statements, arguments ``<A>: text`` / ``<A>`` (as claims), the
relation forms ``+``, ``<+``, ``-``, ``<-``, ``+>``, ``->``, ``><`` nested to any depth,
``#tags`` and ``#(bracketed tags)``, headings (each a topic), front matter (``title``),
statement data and comments (``//``, ``/* */``, ``<!-- -->``). What argmap cannot carry is
reported with its line: premise-conclusion structures (``(1) …``, ``----``), Argdown
undercuts, text after a reference.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from typing import Any

from ..charsets import plain_text
from ..limits import TITLE_LIMIT
from ..view import MapView
from ..vocabulary import RELATIONS
from ..write import GENERATOR_MARK
from . import ImportResult, exporter, importer
from ._argdown_pcs import Pcs, Step, steps
from ._common import (
    Draft,
    DraftArgument,
    DraftClaim,
    DraftQuestion,
    DraftRelation,
    IdMaker,
    Problems,
    as_dict,
    as_str,
    check_items,
    check_size,
    dicts_in,
    dq,
    draft_from_view,
    expect_of,
    is_id,
    render_files,
    slugify,
    strings_in,
    weight_of,
    yaml_dump,
)

__all__ = ["argdown_text", "escape_text", "export_argdown", "import_argdown", "read_text"]

_INDENT = "    "
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00"
_SPECIAL = re.compile(r"\.[^\s]+?\.|:[^\s]+?:")  # Argdown's shortcodes (.v. :happy:)
_TAG_CHARS = r"[A-Za-z0-9_\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]"
_TAG = re.compile(rf"#(?:\(([^)]+)\)|({_TAG_CHARS}+))[ \t]?")
_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")
_PLAIN_TAG = re.compile(r"[A-Za-z0-9-]+")
_SAFE_TAG = re.compile(r"\w[\w -]*(?<! )")
_DATA_KEYS = {"stance", "weight", "source", "quote", "author", "tags", "text", "notes",
              "undercuts", "supports", "attacks", "contradicts", "topic", "color", "label",
              "title", "answers", "note", "question", "uses", "id"}
#: the tag of a claim that was an Argdown argument without premise–conclusion structure
ARGUMENT_TAG = "argdown-argument"
_STEP = re.compile(r"^(.+)-step-(\d+)$")  # an inference step of a multi-step PCS


def _needs_backslash(text: str, i: int) -> bool:
    """Whether Argdown would read the character at ``i`` as markup (or part of it)."""
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i else ""
    return (
        ch in "\\[]{}<>#*_"
        or (ch == "/" and (nxt in ("/", "*") or prev == "/"))
        or (ch == "=" and "=" in (nxt, prev))
        or (ch == "@" and text.startswith("include(", i + 1))
        or (ch in ".:" and _SPECIAL.match(text, i) is not None)
    )


def escape_text(text: str) -> str:
    r"""Escape ``text`` so that Argdown reads it as plain statement text.

    >>> print(escape_text("Kosten [sic] #1: *sehr* gering, z.B. {x} // http://a"))
    Kosten \[sic\] \#1: \*sehr\* gering, z\.B. \{x\} \/\/ http:\/\/a
    """
    return "".join("\\" + ch if _needs_backslash(text, i) else ch for i, ch in enumerate(text))


def read_text(raw: str) -> tuple[str, list[str]]:
    r"""Statement text and tags of a line: escapes resolved, ``#tags`` taken out.

    >>> read_text(r"Kosten \#1 sind #gering #(sehr gering) hoch")
    ('Kosten #1 sind hoch', ['gering', 'sehr gering'])
    """
    out: list[str] = []
    tags: list[str] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\\" and i + 1 < len(raw):
            out.append(raw[i + 1])
            i += 2
            continue
        if ch == "[":
            link = _LINK.match(raw, i)
            if link:  # a Markdown link [text](url): its text, never a reference or a tag
                out.append(link.group(1))
                i = link.end()
                continue
        if ch == "#":
            m = _TAG.match(raw, i)
            if m:
                tags.append((m.group(1) or m.group(2)).strip())
                i = m.end()
                continue
        out.append(ch)
        i += 1
    return "".join(out).strip(), tags


# --- export -------------------------------------------------------------------------------


def _inline_tag(tag: str) -> str:
    return f"#{tag}" if _PLAIN_TAG.fullmatch(tag) else f"#({tag})"


def _flow(value: Any) -> str:
    """JSON-style flow YAML; braces inside strings become \\u escapes (Argdown's data token
    ends at the first ``}`` followed by a blank)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k if k in _DATA_KEYS else dq(k)}: {_flow(v)}"
                               for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, str):
        return dq(value, escape="{}")
    if isinstance(value, float):
        return repr(value)
    return "null" if value is None else str(value).lower()


def _representable(text: str) -> bool:
    return not any(c in _BREAKS for c in text) and read_text(escape_text(text)) == (text, [])


def _front_matter(draft: Draft) -> list[str]:
    front: dict[str, Any] = {"title": draft.title}
    extra: dict[str, Any] = {"language": draft.language}
    if draft.description:
        extra["description"] = draft.description
    if draft.sources:
        extra["sources"] = draft.sources
    if draft.expect:
        extra["expect"] = draft.expect
    front["argmap"] = extra
    colours = {t["id"]: t["color"] for t in draft.topics if t.get("color")}
    if colours:
        front["color"] = {"tagColors": colours}
    return ["===", f"# {GENERATOR_MARK}", *yaml_dump(front, escape="=").splitlines(), "===",
            ""]


def _heading(topic: dict[str, Any]) -> str:
    """A topic's heading; a label Argdown cannot show as it is goes into the data too."""
    label = topic["label"]
    data: dict[str, Any] = {"topic": topic["id"]}
    if topic.get("color"):
        data["color"] = topic["color"]
    if not _representable(label):
        data["label"] = label
    shown = label if _representable(label) else " ".join(label.split())
    return f"# {escape_text(shown) or topic['id']} {_flow(data)}"


@exporter("argdown", ".argdown")
def export_argdown(view: MapView) -> str:
    """The map as an Argdown document (see module docs)."""
    draft = draft_from_view(view)
    lines = _front_matter(draft)
    for q in draft.questions:
        lines += [_question(q), ""]
    outgoing: dict[str, list[DraftRelation]] = {}
    for rel in draft.relations:
        outgoing.setdefault(rel.source, []).append(rel)
    topic_of = {c.id: c.topic for c in draft.claims}
    chains = _chains(draft.arguments)
    as_arguments = frozenset(c.id for c in draft.claims if ARGUMENT_TAG in c.tags)
    for topic in draft.topics:
        lines += [_heading(topic), ""]
        for c in (c for c in draft.claims if c.topic == topic["id"]):
            lines += [*_statement(c, outgoing.get(c.id, []), as_arguments), ""]
        for chain in chains:
            if topic_of.get(chain[-1].conclusion) == topic["id"]:
                lines += [*_pcs(chain), ""]
    if len(lines) == len(_front_matter(draft)):  # Argdown needs one element after it
        lines += ["# Leere Karte / empty map {empty: true}", ""]
    return argdown_text("\n".join(lines).rstrip("\n") + "\n")


_SEPARATORS = re.compile("[\u2028\u2029]")


def argdown_text(document: str) -> str:
    """An Argdown document without what its parser trips on: controls (but tab and newline),
    bidirectional controls, noncharacters and U+FEFF become U+FFFD, the line and paragraph
    separators a space (Argdown statements are one line each; a text cannot hold them).

    >>> argdown_text("[a]: A\x1b[2J\u2028B\ufeff")
    '[a]: A\ufffd[2J B\ufffd'
    """
    return plain_text(_SEPARATORS.sub(" ", document)).replace("\ufeff", "\ufffd")


def _question(q: DraftQuestion) -> str:
    """A question as a statement marked ``{question: true}`` (Argdown has no questions)."""
    data: dict[str, Any] = {"question": True}
    if q.source:
        data["source"] = q.source
        if q.quote:
            data["quote"] = q.quote
    text = q.text
    if not _representable(text):
        data["text"] = text
        text = " ".join(text.split()) or q.id
    return f"[{q.id}]: {escape_text(text)} {_flow(data)}"


def _chains(arguments: list[DraftArgument]) -> list[list[DraftArgument]]:
    """The arguments as PCS: the steps ``<id>-step-<k>`` of an argument (from an imported
    multi-step PCS) go into the PCS of ``<id>``, before it, in the order of ``k``."""
    ids = {a.id for a in arguments}
    steps: dict[str, list[tuple[int, DraftArgument]]] = {}
    for a in arguments:
        m = _STEP.match(a.id)
        if m and m.group(1) in ids:
            steps.setdefault(m.group(1), []).append((int(m.group(2)), a))
    inside = {a.id for group in steps.values() for _, a in group}
    return [[*(a for _, a in sorted(steps.get(a.id, []), key=lambda s: s[0])), a]
            for a in arguments if a.id not in inside]


def _argument_head(a: DraftArgument) -> str:
    """``<id>: description {data}``; the note is the description when Argdown can show it."""
    data: dict[str, Any] = {}
    if a.title:
        data["title"] = a.title
    if a.author:
        data["author"] = a.author
    note = a.note or ""
    if note and not _representable(note):
        data["note"] = note
        note = " ".join(note.split())
    # without a description: a reference (``<id>:`` with nothing after it is an error)
    head = f"<{a.id}>: {escape_text(note)}" if note else f"<{a.id}>"
    return f"{head} {_flow(data)}" if data else head


def _inference(a: DraftArgument, number: dict[str, int], with_rule: bool,
               default_uses: bool) -> list[str]:
    """The inference line of one step: ``----``, or ``--`` rule ``{uses}`` ``--`` when the
    step has a rule (an earlier step's note) or uses other statements than the default."""
    if not with_rule and default_uses:
        return ["----"]
    data: dict[str, Any] = {} if default_uses else {
        "uses": sorted(number[p] for p in a.premises)}
    rule = a.note if with_rule and a.note else ""
    if rule and not _representable(rule):
        data["note"] = rule
        rule = " ".join(rule.split())
    parts = [escape_text(rule)] if rule else []
    if data:
        parts.append(_flow(data))
    return ["--", " ".join(parts), "--"]


def _pcs(chain: list[DraftArgument]) -> list[str]:
    """An argument (with its inference steps) in standard form: numbered premises, an
    inference line, the conclusion numbered on."""
    number: dict[str, int] = {}
    lines = [_argument_head(chain[-1]), ""]
    last: str | None = None
    for a in chain:
        fresh = [p for p in a.premises if p not in number]
        expected = [p for p in ([last] if last else []) if p in a.premises] + fresh
        for p in fresh:
            number[p] = len(number) + 1
            lines.append(f"({number[p]}) [{p}]")
        lines += _inference(a, number, a is not chain[-1] and bool(a.note),
                            set(expected) == set(a.premises)
                            and (last is None or last in a.premises))
        number[a.conclusion] = len(number) + 1
        lines.append(f"({number[a.conclusion]}) [{a.conclusion}]")
        last = a.conclusion
    return lines


def _claim_data(c: DraftClaim) -> dict[str, Any]:
    data: dict[str, Any] = {"stance": c.stance}
    if c.weight != 0.5:
        data["weight"] = float(c.weight)
    if c.source:
        data["source"] = c.source
        if c.quote:
            data["quote"] = c.quote
    if c.author:
        data["author"] = c.author
    if c.title:
        data["title"] = c.title
    if c.answers:
        data["answers"] = c.answers
    if c.note:
        data["note"] = c.note
    return data


def _inline_tags(c: DraftClaim, data: dict[str, Any]) -> list[str]:
    """The topic and the tags as ``#tags``; tags that would not read back the same (repeated,
    the topic itself, odd characters) go into ``data`` instead."""
    tags = [_inline_tag(c.topic)]
    if len(set(c.tags)) == len(c.tags) and c.topic not in c.tags \
            and all(_SAFE_TAG.fullmatch(t) for t in c.tags):
        return tags + [_inline_tag(t) for t in c.tags]
    data["tags"] = c.tags
    return tags


def _children(rels: list[DraftRelation], data: dict[str, Any],
              arguments: frozenset[str] = frozenset()) -> list[str]:
    """The relation lines below a statement; undercuts and notes go into ``data``; a target
    in ``arguments`` (a claim that was an Argdown argument) is written ``<id>``."""
    notes: dict[str, dict[str, str]] = {}
    undercuts: list[str] = []
    children: list[str] = []
    for rel in rels:
        if rel.kind == "undercuts" and isinstance(rel.target, tuple):
            target = f"{rel.target[0]} -> {rel.target[1]}"
            undercuts.append(target)
        elif rel.kind == "undercuts":  # of an argument: Argdown's own undercut
            target = str(rel.target)
            children.append(f"{_INDENT}_> <{target}>")
        else:
            target = str(rel.target)
            ref = f"<{target}>" if target in arguments else f"[{target}]"
            children.append(f"{_INDENT}{RELATIONS[rel.kind].symbol} {ref}")
        if rel.note:
            notes.setdefault(rel.kind, {})[target] = rel.note
    if undercuts:
        data["undercuts"] = undercuts
    if notes:
        data["notes"] = notes
    return children


def _statement(c: DraftClaim, rels: list[DraftRelation],
               arguments: frozenset[str] = frozenset()) -> list[str]:
    """A claim's statement; a claim tagged ``argdown-argument`` (an Argdown argument without
    premise–conclusion structure, imported) is written back as an argument ``<id>: text``."""
    data = _claim_data(c)
    tags = _inline_tags(c, data)
    text = c.text
    if not _representable(text):
        data["text"] = text
        text = " ".join(text.split()) or c.id
    children = _children(rels, data, arguments)
    ref = f"<{c.id}>" if c.id in arguments else f"[{c.id}]"
    head = f"{ref}: {escape_text(text)} {' '.join(tags)} {_flow(data)}"
    return [head, *children]


# --- import -------------------------------------------------------------------------------

_RELATION = re.compile(r"^([ \t]*)(<\+|<-|<_|\+>|->|><|_>|\+|-(?!-)|_(?=\s))[ \t]*(.*)$")
_HEADING = re.compile(r"^(#+) (.*)$")
_PCS_ITEM = re.compile(r"^([ \t]*)\((\d+)\)[ \t]+(.*)$")
_INFERENCE = re.compile(r"^[ \t]*(?:(-{4,})|--(?!-)[ \t]*(.*?)[ \t]*-{2,}|(--))[ \t]*$")
_NEW_ELEMENT = re.compile(r"^[ \t]*(?:\[[^\]]+\]|<[^>]+>)(?!\()")  # [T] or <A>, not a link
_LIST = re.compile(r"^([ \t]*)(?:\d+\.|\*)(?=\s)[ \t]*(.*)$")
_FRONT = re.compile(
    r"\A((?:[ \t]*(?://[^\n]*)?\n)*)[ \t]*===+[ \t]*\n(.*?)\n[ \t]*===+[ \t]*(?:\n|\Z)", re.S
)
_PLACEHOLDER = re.compile(r"\x00(\d+)\x00")
_SYMBOLS = {
    "+": ("supports", False), "<+": ("supports", False), "+>": ("supports", True),
    "-": ("attacks", False), "<-": ("attacks", False), "->": ("attacks", True),
    "><": ("contradicts", True),
}


@dataclass
class _Line:
    no: int
    text: str
    comment: bool = False


@dataclass
class _Item:
    key: tuple[str, str]
    line: int
    title: str | None
    topic: str | None
    text: str | None = None
    tags: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


_BRACE_TOKEN = re.compile(r"\n(?=\n)|[\\{}\"']")  # every other character changes nothing


@dataclass
class _Braces:
    """The state of :func:`_brace_matches`: open braces, the open quote, matches so far."""

    matches: dict[int, int] = field(default_factory=dict)
    stack: list[int] = field(default_factory=list)
    quote: str = ""

    def step(self, ch: str, j: int) -> int:
        """Take the character ``ch`` at ``j``; returns where to go on (past an escape)."""
        if ch == "\n" and not self.quote:  # a token "\n" is always an empty line's start
            self.stack.clear()
        elif self.stack and self.quote:
            return self._quoted(ch, j)
        elif self.stack and ch in "\"'":
            self.quote = ch
        elif ch == "\\" and not self.stack:
            return j + 2
        elif ch == "{":
            self.stack.append(j)
        elif ch == "}" and self.stack:
            self.matches[self.stack.pop()] = j + 1
        return j + 1

    def _quoted(self, ch: str, j: int) -> int:
        """Inside a quoted string in braces: ``\\`` escapes in ``"…"``; the quote ends it."""
        if ch == "\\" and self.quote == '"':
            return j + 2
        if ch == self.quote:
            self.quote = ""
        return j + 1


def _brace_matches(text: str) -> dict[int, int]:
    """For every ``{`` that is closed, the index after its ``}`` — in one linear pass.

    Inside braces, ``"…"`` and ``'…'`` quote (so a ``}`` in a string does not close); an
    empty line ends every open brace; outside braces, a backslash escapes the next character.
    """
    braces = _Braces()
    j = 0
    for m in _BRACE_TOKEN.finditer(text):
        if m.start() >= j:  # else the character was escaped
            j = braces.step(m.group(), m.start())
    return braces.matches


_SCAN_TOKEN = re.compile(r"\n|\\[^\n]|//|/\*|<!--|\{")  # the rest is plain text
_COMMENT_END = {"//": ("\n", 0), "/*": ("*/", 2), "<!--": ("-->", 3)}  # (end, its length kept)


@dataclass
class _Scanner:
    """The state of :func:`_scan`: finished lines, the current line, data elements."""

    text: str
    braces: dict[int, int]
    lines: list[_Line] = field(default_factory=list)
    data: list[tuple[int, str]] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)
    no: int = 1  # the line at the current position
    start: int = 1  # the line the current line starts on
    comment: bool = False  # the current line had a comment

    def run(self) -> None:
        i, n = 0, len(self.text)
        while i < n:
            m = _SCAN_TOKEN.search(self.text, i)
            if m is None:
                self.buf.append(self.text[i:])
                break
            self.buf.append(self.text[i:m.start()])
            i = self.token(m.group(), m.start())
        self.lines.append(_Line(self.start, "".join(self.buf), self.comment))

    def token(self, token: str, i: int) -> int:
        """Take the token at ``i``; returns the position after it."""
        if token == "\n":
            self.lines.append(_Line(self.start, "".join(self.buf), self.comment))
            self.buf, self.comment = [], False
            self.no += 1
            self.start = self.no
            return i + 1
        if token == "{":
            return self.data_element(i)
        if token.startswith("\\"):
            self.buf.append(token)
            return i + 2
        if token == "//" and i and self.text[i - 1] == ":":  # a URL (https://…), no comment
            self.buf.append(token)
            return i + 2
        close, kept = _COMMENT_END[token]
        end = self.text.find(close, i + len(token))
        end = len(self.text) if end < 0 else end + kept
        self.no += self.text.count("\n", i, end)
        self.comment = True
        return end

    def data_element(self, i: int) -> int:
        end = self.braces.get(i)
        if end is None:  # never closed: plain text
            self.buf.append("{")
            return i + 1
        self.data.append((self.no, self.text[i:end]))
        self.buf.append(f"\x00{len(self.data) - 1}\x00")
        self.no += self.text.count("\n", i, end)
        return end


def _scan(text: str) -> tuple[list[_Line], list[tuple[int, str]]]:
    """Lines without comments, each data element replaced by a placeholder ``\\0N\\0``."""
    scanner = _Scanner(text, _brace_matches(text))
    scanner.run()
    return [ln for ln in scanner.lines if ln.text.strip() or not ln.comment], scanner.data


class _Reader:
    def __init__(self, text: str, filename: str, lang: str = "de") -> None:
        self.problems = Problems(filename, lang)
        self.filename = filename
        self.items: dict[tuple[str, str], _Item] = {}
        self.relations: list[tuple[str, tuple[str, str], tuple[str, str], int]] = []
        self.topics: dict[str, dict[str, Any]] = {}
        self.topic: str | None = None
        self.front: dict[str, Any] = {}
        self.untitled = 0
        self.pcs: list[Pcs] = []
        self.open_pcs: Pcs | None = None  # a PCS that goes on in the next block
        self.last_argument: tuple[str, str] | None = None  # an argument a PCS may follow
        self.numbered: dict[tuple[str, str], tuple[str, int]] = {}  # <A>(n) → (A, n)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        m = _FRONT.match(text)
        if m:
            self._front_matter(m.group(2), m.group(1).count("\n") + 2)
            text = "\n" * m.group(0).count("\n") + text[m.end():]
        self.lines, self.data = _scan(text)

    # -- pieces ----------------------------------------------------------------------------

    def _yaml(self, raw: str, line: int) -> Any:
        from ..yamlpos import parse_yaml  # only for front matter

        doc = parse_yaml(raw)
        for p in doc.problems:
            self.problems.add(line + p.line - 1, "yaml-syntax", "import.argdown.yaml",
                              problem=p.code)
        return None if doc.problems else doc.data

    def _front_matter(self, raw: str, line: int) -> None:
        data = self._yaml(raw, line)
        if isinstance(data, dict):
            self.front = data
        elif data is not None:
            self.problems.add(line, "schema", "import.argdown.front-not-mapping")

    def _data(self, index: int) -> dict[str, Any]:
        line, raw = self.data[index]
        inner = raw[1:-1] if raw.startswith("{\n") or raw.startswith("{\r") else raw
        data = self._yaml(inner, line)
        if data is None:
            return {}
        if not isinstance(data, dict):
            self.problems.add(line, "schema", "import.argdown.data-not-mapping")
            return {}
        return data

    def _split_data(self, content: str, line: int) -> tuple[str, dict[str, Any]]:
        m = _PLACEHOLDER.search(content)
        if not m:
            return content, {}
        rest = _PLACEHOLDER.sub(" ", content[m.end():]).strip()
        if rest:
            self.problems.add(line, "unsupported-construct", "import.argdown.text-after-data",
                              text=rest[:40])
        return content[: m.start()], self._data(int(m.group(1)))

    # -- headings and elements -------------------------------------------------------------

    def heading(self, content: str, line: int) -> None:
        raw, data = self._split_data(content, line)
        if data.get("empty") is True:  # the heading of an empty map's export: no topic
            return
        label, _ = read_text(raw)
        if isinstance(data.get("label"), str) and data["label"].strip():
            label = data["label"]
        wish = data.get("topic")
        tid = wish if is_id(wish) else slugify(label or "thema", fallback="thema")
        topic = self.topics.setdefault(tid, {"id": tid, "label": label or tid})
        if isinstance(data.get("color"), str):
            topic["color"] = data["color"]
        self.topic = tid

    def element(self, content: str, line: int) -> tuple[str, str]:
        """Register one statement/argument occurrence; returns its key."""
        raw, data = self._split_data(content, line)
        title, kind, text_part, is_ref = _element_parts(raw.strip())
        text, tags = read_text(text_part)
        if is_ref and text:
            self.problems.add(line, "unsupported-construct", "import.argdown.text-after-reference",
                              title=title, text=text[:40])
            text = ""
        if title is None:
            self.untitled += 1
            key = ("u", str(self.untitled))
        else:
            key = (kind, title)
        item = self.items.get(key)
        if item is None:
            item = self.items[key] = _Item(key, line, title, self.topic)
            check_items(len(self.items), "elements", self.problems, line)
        if text:
            self._text(item, text, line)
        for tag in tags:
            if tag and tag not in item.tags:
                item.tags.append(tag)
        item.data.update(data)
        return key

    def _text(self, item: _Item, text: str, line: int) -> None:
        """The first text of an element is its text (and its place the topic it is under)."""
        if item.text is None:
            item.text = text
            item.topic = self.topic
        elif item.text != text:
            self.problems.add(line, "unsupported-construct", "import.argdown.several-texts",
                              title=item.title or item.text)

    # -- the document ----------------------------------------------------------------------

    def read(self) -> None:
        block: list[_Line] = []
        for ln in [*self.lines, _Line(0, "")]:
            if ln.text.strip():
                block.append(ln)
            elif block:
                self.block(block)
                block = []
        self.close_pcs()

    def block(self, lines: list[_Line]) -> None:
        """One block of lines (up to an empty line); a PCS without its conclusion yet goes on
        in the next block when that starts with a numbered statement or an inference."""
        pcs = self.open_pcs
        if pcs is not None and not (not pcs.complete and (
                _PCS_ITEM.match(lines[0].text) or _INFERENCE.match(lines[0].text))):
            self.close_pcs()
        block = _Block(self, pcs=self.open_pcs)
        for ln in lines:
            block.line(ln)
        block.finish()
        self.open_pcs = block.pcs

    def start_pcs(self, line: int) -> Pcs:
        """A new PCS, owned by the argument just before it (if any and still without one)."""
        owner = self.last_argument
        if owner is not None and any(p.owner == owner for p in self.pcs):
            owner = None
        pcs = Pcs(owner, line)
        self.pcs.append(pcs)
        self.last_argument = None
        return pcs

    def close_pcs(self) -> None:
        pcs, self.open_pcs = self.open_pcs, None
        if pcs is not None and not pcs.complete:
            self.problems.add(pcs.line, "unsupported-construct", "import.argdown.pcs-incomplete")


_ELEMENTS = (  # (pattern, kind, is a reference): [T]: text, [T], <A>(n), <A>: text, <A>
    (re.compile(r"^\[(.+?)\]:(.*)$", re.S), "s", False),
    (re.compile(r"^\[([^-\]][^\]]*?)\](?!\()(.*)$", re.S), "s", True),
    (re.compile(r"^<([^>]+?)>\((\d+)\):?(.*)$", re.S), "n", True),
    (re.compile(r"^<(.+?)>:(.*)$", re.S), "a", False),
    (re.compile(r"^<([^-].*?)>(.*)$", re.S), "a", True),
)


def _element_parts(raw: str) -> tuple[str | None, str, str, bool]:
    """Title (None: untitled), kind (``s``, ``a``, ``u``), text and whether it is a reference.

    >>> _element_parts("[Kosten]: gering"), _element_parts("<A>")
    (('Kosten', 's', ' gering', False), ('A', 'a', '', True))
    """
    for pattern, kind, ref in _ELEMENTS:
        m = pattern.match(raw)
        if m and kind == "n":  # <A>(n): the statement numbered n in A's PCS
            return f"{m.group(1).strip()}\x00{m.group(2)}", kind, m.group(3), ref
        if m:
            return m.group(1).strip(), kind, m.group(2), ref
    return None, "u", raw, False


@dataclass
class _Pending:
    """An element whose lines are still being collected."""

    line: int
    indent: int
    parts: list[str]
    relation: tuple[str, tuple[str, str]] | None = None  # (symbol, key of the parent)
    number: int | None = None  # its number in a PCS


@dataclass
class _Block:
    """The elements of one block, nested by indentation: ``stack`` holds the open parents;
    ``pcs`` the premise–conclusion structure the block's numbered statements belong to."""

    reader: _Reader
    stack: list[tuple[int, tuple[str, str]]] = field(default_factory=list)  # (indent, key)
    current: _Pending | None = None
    pcs: Pcs | None = None
    rule: list[str] | None = None  # the lines of an inference rule between "--" lines
    rule_line: int = 0
    heading_parts: list[str] | None = None  # the lines of a heading being read
    heading_line: int = 0

    def end_heading(self) -> None:
        parts, self.heading_parts = self.heading_parts, None
        if parts is not None:
            self.reader.heading(" ".join(parts), self.heading_line)

    def finish(self) -> None:
        """Register the pending element (and the relation to its parent)."""
        self.end_heading()
        pending, self.current = self.current, None
        if pending is None:
            return
        content = " ".join(p.strip() for p in pending.parts).strip()
        if not content:
            self.reader.problems.add(pending.line, "unsupported-construct",
                                     "import.argdown.empty-relation")
            return
        key = self.reader.element(content, pending.line)
        if pending.relation is not None:
            symbol, parent = pending.relation
            self.reader.relations.append((symbol, parent, key, pending.line))
        if pending.number is not None and self.pcs is not None:
            self.pcs.add(("s", pending.number, key))
        # as in Argdown, a PCS belongs to a top-level argument element just before it
        top_argument = key[0] == "a" and pending.relation is None and pending.number is None
        self.reader.last_argument = key if top_argument else None
        self.stack.append((pending.indent, key))

    def line(self, ln: _Line) -> None:
        """Read one line."""
        text = ln.text
        if self.rule is not None:
            self.rule_part(text)
            return
        if self.heading_parts is not None and not _NEW_ELEMENT.match(text) \
                and not _RELATION.match(text) and not _PCS_ITEM.match(text):
            self.heading_parts.append(text.strip())  # a heading runs over several lines
            return
        self.end_heading()
        heading = _HEADING.match(text)
        if heading:
            self.finish()
            self.stack.clear()
            self.reader.close_pcs()
            self.pcs = None
            self.heading_parts, self.heading_line = [heading.group(2).strip()], ln.no
            return
        if self.pcs_line(ln):
            return
        rel = _RELATION.match(text)
        item = None if rel else _LIST.match(text)
        if rel:
            self.relation(rel, ln.no)
        elif item:
            self.finish()
            self.stack.clear()
            self.current = _Pending(ln.no, len(item.group(1)), [item.group(2)])
        elif self.current is None:
            self.stack.clear()
            self.current = _Pending(ln.no, len(text) - len(text.lstrip()), [text.strip()])
        else:
            self.continuation(ln)

    def continuation(self, ln: _Line) -> None:
        """More text of the pending element — unless the line starts a new statement, which
        Argdown reads as a syntax error (a new element needs an empty line before it)."""
        assert self.current is not None
        if _NEW_ELEMENT.match(ln.text):
            self.reader.problems.add(ln.no, "argdown-syntax", "import.argdown.syntax",
                                     text=ln.text.strip()[:40])
            self.finish()
            self.stack.clear()
            self.current = _Pending(ln.no, len(ln.text) - len(ln.text.lstrip()),
                                    [ln.text.strip()])
            return
        self.current.parts.append(ln.text.strip())

    def pcs_line(self, ln: _Line) -> bool:
        """A numbered statement ``(n) …`` or an inference line of a PCS; False for others."""
        item = _PCS_ITEM.match(ln.text)
        if item:
            self.finish()
            self.stack.clear()
            if self.pcs is None or (self.pcs.complete and item.group(2) == "1"):
                self.reader.close_pcs()
                self.pcs = self.reader.open_pcs = self.reader.start_pcs(ln.no)
            self.current = _Pending(ln.no, len(item.group(1)), [item.group(3)],
                                    number=int(item.group(2)))
            return True
        inference = _INFERENCE.match(ln.text)
        if inference is None:
            return False
        self.finish()
        self.stack.clear()
        if self.pcs is None:
            self.reader.problems.add(ln.no, "unsupported-construct",
                                     "import.argdown.inference-alone")
            return True
        if inference.group(3):  # "--" alone: the rule follows up to the next "--"
            self.rule, self.rule_line = [], ln.no
        else:
            self.inference(inference.group(2) or "", ln.no)
        return True

    def rule_part(self, text: str) -> None:
        """A line of a multi-line inference rule; a line of dashes ends it."""
        if re.fullmatch(r"[ \t]*-{2,}[ \t]*", text):
            rule, self.rule = " ".join(self.rule or []), None
            self.inference(rule, self.rule_line)
        else:
            assert self.rule is not None
            self.rule.append(text.strip())

    def inference(self, rule: str, line: int) -> None:
        raw, data = self.reader._split_data(rule, line)
        assert self.pcs is not None
        self.pcs.add(("i", read_text(raw)[0], data))

    def relation(self, rel: re.Match[str], no: int) -> None:
        """A relation line: a child of the nearest less indented element."""
        self.finish()
        indent = len(rel.group(1))
        while self.stack and self.stack[-1][0] >= indent:
            self.stack.pop()
        if self.stack:
            self.current = _Pending(no, indent, [rel.group(3)], (rel.group(2), self.stack[-1][1]))
            return
        self.reader.problems.add(no, "unsupported-construct", "import.argdown.orphan-relation")
        self.current = _Pending(no, indent, [rel.group(3)])


def _draft(front: dict[str, Any], filename: str, topics: list[dict[str, Any]]) -> Draft:
    """The map's metadata: ``title`` and argmap's own block of the front matter."""
    extra = as_dict(front.get("argmap"))
    stem = os.path.splitext(os.path.basename(filename))[0] or "Argdown"
    return Draft(
        title=as_str(front.get("title")) or stem,
        language=extra.get("language") if extra.get("language") in ("de", "en") else None,
        description=as_str(extra.get("description")),
        sources=dicts_in(extra.get("sources")),
        topics=topics,
        expect=expect_of(extra.get("expect")),
    )


def _claim_ids(items: dict[tuple[str, str], _Item], ids: IdMaker
               ) -> dict[tuple[str, str], str]:
    """Titles that are valid ids are kept (argmap's own exports), others slugified."""
    id_of: dict[tuple[str, str], str] = {}
    for key, item in sorted(items.items(), key=lambda kv: not is_id(kv[1].title)):
        wish = item.title if item.title is not None else (item.text or "aussage")
        id_of[key] = ids.make(wish)
    return id_of


def _resolve_numbered(reader: _Reader) -> dict[tuple[str, str], tuple[str, str]]:
    """``<A>(n)`` names the statement numbered n in the PCS of argument A: such elements
    become that statement (their text its text, if it has none). Returns the aliases."""
    owned = {p.owner: p for p in reader.pcs if p.owner is not None}
    alias: dict[tuple[str, str], tuple[str, str]] = {}
    for key in [k for k in reader.items if k[0] == "n"]:
        argument, number = key[1].split("\x00")
        pcs = owned.get(("a", argument))
        target = pcs.key_of(int(number)) if pcs is not None else None
        item = reader.items[key]
        if target is None or target not in reader.items:
            reader.problems.add(item.line, "unknown-reference", "import.argdown.numbered-unknown",
                                argument=argument, number=number)
            item.title = f"{argument} ({number})"
            continue
        alias[key] = target
        member = reader.items[target]
        if member.text is None and item.text:
            member.text = item.text
        del reader.items[key]
    reader.relations = [(sym, alias.get(a, a), alias.get(b, b), line)
                        for sym, a, b, line in reader.relations]
    return alias


def _short_title(title: str | None) -> str | None:
    """A foreign element's title as the claim's short caption, when it fits (≤ 80)."""
    if title is None or "\x00" in title or len(title) > TITLE_LIMIT:
        return None
    return title


@dataclass
class _Import:
    """The elements the reader found, becoming claims and relations of ``draft``."""

    reader: _Reader
    draft: Draft
    id_of: dict[tuple[str, str], str]  # element key → claim id
    known_sources: set[str] = field(default_factory=set)
    by_title: dict[str, str] = field(default_factory=dict)  # statement (else argument) title
    ids: set[str] = field(default_factory=set)
    rels: dict[tuple[str, str, str], DraftRelation] = field(default_factory=dict)
    undercuts: list[DraftRelation] = field(default_factory=list)
    own: bool = False  # the file is argmap's own export (titles are ids then)
    pending_steps: list[tuple[tuple[str, str], list[Step]]] = field(default_factory=list)
    deferred: list[tuple[str, str, int]] = field(default_factory=list)  # (u, claim, line)
    argument_of: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    questions: set[tuple[str, str]] = field(default_factory=set)
    skipped: set[tuple[str, str]] = field(default_factory=set)  # empty elements

    def __post_init__(self) -> None:
        self.known_sources = {s["id"] for s in self.draft.sources if isinstance(s.get("id"), str)}
        self.ids = set(self.id_of.values())
        self.by_title = {k[1]: v for k, v in self.id_of.items() if k[0] == "s"}
        for k, v in self.id_of.items():
            if k[0] == "a":
                self.by_title.setdefault(k[1], v)
        self.own = isinstance(self.reader.front.get("argmap"), dict)
        self.questions = {k for k, item in self.reader.items.items()
                          if item.data.get("question") is True}

    @property
    def problems(self) -> Problems:
        return self.reader.problems

    # -- claims ----------------------------------------------------------------------------

    def claims(self) -> None:
        for key, item in self.reader.items.items():
            if key in self.argument_of:
                continue
            if item.title is None and not item.text and not as_str(item.data.get("text")):
                self.problems.add(item.line, "schema", "import.argdown.empty-element")
                self.skipped.add(key)
            elif key in self.questions:
                self.draft.questions.append(self.question(key, item))
            else:
                self.draft.claims.append(self.claim(key, item))

    def question(self, key: tuple[str, str], item: _Item) -> DraftQuestion:
        d = item.data
        text = as_str(d.get("text")) or item.text or item.title or self.id_of[key]
        return DraftQuestion(self.id_of[key], text, self.source(as_str(d.get("source"))),
                             as_str(d.get("quote")))

    def claim(self, key: tuple[str, str], item: _Item) -> DraftClaim:
        d = item.data
        text = as_str(d.get("text")) or item.text
        if not text:
            self.problems.add(item.line, "schema", "import.argdown.no-text", title=item.title)
            text = item.title or self.id_of[key]
        topic = self.topic(item)
        if isinstance(d.get("tags"), list):
            tags = strings_in(d.get("tags"))
        else:
            tags = [t for t in item.tags if t != topic]
        if key[0] == "a" and ARGUMENT_TAG not in tags:
            tags.append(ARGUMENT_TAG)
        title = as_str(d.get("title")) or (None if self.own else _short_title(item.title))
        return DraftClaim(
            id=self.id_of[key], text=text, stance=as_str(d.get("stance")) or "neutral",
            topic=topic, weight=weight_of(d.get("weight", 0.5)),
            source=self.source(as_str(d.get("source"))), quote=as_str(d.get("quote")),
            author=as_str(d.get("author")), tags=tags, title=title,
            answers=strings_in(d.get("answers")), note=as_str(d.get("note")), line=item.line,
        )

    # -- arguments -------------------------------------------------------------------------

    def arguments(self, maker: IdMaker) -> None:
        """Every complete PCS becomes an argument (and one more per earlier inference step);
        its argument element is no claim then."""
        untitled = 0
        for pcs in self.reader.pcs:
            if not pcs.complete:
                continue
            found = steps(pcs)
            if not found:
                self.problems.add(pcs.line, "unsupported-construct", "import.argdown.pcs-invalid")
                continue
            owner = pcs.owner
            if owner is None or owner not in self.reader.items:
                untitled += 1
                owner = ("p", str(untitled))
                self.id_of[owner] = maker.make("argument")
            self.argument_of[owner] = (self.id_of[owner], "")
            self.pending_steps.append((owner, found))

    def argument_steps(self, maker: IdMaker) -> None:
        """The arguments of the PCS found by :meth:`arguments` (claims are known now)."""
        for owner, found in self.pending_steps:
            main = self.id_of[owner]
            item = self.reader.items.get(owner)
            for k, step in enumerate(found[:-1], 1):
                note = as_str(step.data.get("note")) or step.rule or None
                self.add_argument(maker.make(f"{main}-step-{k}"),
                                  dataclasses.replace(step, rule=""), None, note, None)
            d = item.data if item is not None else {}
            title = as_str(d.get("title")) or (
                None if self.own or item is None else _short_title(item.title))
            note = as_str(d.get("note")) or (item.text if item is not None else None)
            self.add_argument(main, found[-1], title, note, as_str(d.get("author")),
                              item.line if item is not None else 0)
            conclusion = self.claim_id(found[-1].conclusion)
            self.argument_of[owner] = (main, conclusion or "")

    def add_argument(self, aid: str, step: Step, title: str | None, note: str | None,
                     author: str | None, line: int = 0) -> None:
        premises = [c for c in map(self.claim_id, step.premises) if c is not None]
        conclusion = self.claim_id(step.conclusion)
        if step.rule:
            rule = f"Schlussregel: {step.rule}"
            note = f"{note}\n{rule}" if note else rule
        if conclusion is None or not premises:
            return
        self.draft.arguments.append(DraftArgument(aid, premises, conclusion, title, note,
                                                  author, line=line))

    def claim_id(self, key: tuple[str, str]) -> str | None:
        """The claim an element became (an argument: its conclusion), or None."""
        if key in self.argument_of:
            return self.argument_of[key][1] or None
        if key in self.skipped or key in self.questions or key not in self.id_of:
            return None
        return self.id_of[key]

    def topic(self, item: _Item) -> str:
        """The topic in the data, else the heading above; a new topic is added to the map."""
        wish = item.data.get("topic")
        topic = wish if is_id(wish) else (item.topic or "")
        if topic and topic not in self.reader.topics:
            self.reader.topics[topic] = {"id": topic, "label": topic}
            self.draft.topics.append(self.reader.topics[topic])
        return topic

    def source(self, source: str | None) -> str | None:
        """A source the front matter does not list is added with its id as title."""
        if source is not None and source not in self.known_sources:
            self.draft.sources.append({"id": source, "title": source})
            self.known_sources.add(source)
        return source

    # -- relations -------------------------------------------------------------------------

    def relations(self) -> None:
        for symbol, parent, child, line in self.reader.relations:
            self.relation(symbol, parent, child, line)
        for key, item in self.reader.items.items():
            src = self.claim_id(key)
            if src is not None and key not in self.argument_of:
                self.undercuts_of(src, item)
                self.notes_of(src, item)
        self.undercut_claims()
        self.draft.relations.extend(self.rels.values())
        self.draft.relations.extend(self.undercuts)

    def undercut_claims(self) -> None:
        """Argdown undercuts of arguments kept as claims: of each relation they state."""
        outgoing: dict[str, list[DraftRelation]] = {}
        for r in self.rels.values():
            outgoing.setdefault(r.source, []).append(r)
        for u, claim, line in self.deferred:
            if claim not in outgoing:
                self.problems.add(line, "unsupported-construct",
                                  "import.argdown.undercut-no-relation", claim=claim)
            for r in outgoing.get(claim, []):
                self.undercuts.append(DraftRelation("undercuts", u, (claim, str(r.target))))

    def resolve(self, name: str) -> str | None:
        """The claim id a title (or a claim id) names, or None."""
        name = name.strip()
        return self.by_title.get(name) or (name if name in self.ids else None)

    def relation(self, symbol: str, parent: tuple[str, str], child: tuple[str, str],
                 line: int) -> None:
        if symbol not in _SYMBOLS:
            self.argdown_undercut(symbol, parent, child, line)
            return
        kind, forward = _SYMBOLS[symbol]
        a_key, b_key = (parent, child) if forward else (child, parent)
        a = self.claim_id(a_key)
        if b_key in self.argument_of and kind == "attacks" and a is not None:
            # an attack on a reconstructed argument as a whole denies its inference
            self.undercuts.append(DraftRelation("undercuts", a, self.argument_of[b_key][0]))
            return
        b = self.claim_id(b_key)
        if a is None or b is None:
            self.problems.add(line, "unsupported-construct", "import.argdown.relation-non-claim")
            return
        if a == b and (a_key in self.argument_of or b_key in self.argument_of):
            return  # an argument and its own conclusion: the argument's inference itself
        if kind == "contradicts" and ("contradicts", b, a) in self.rels:
            return
        self.rels.setdefault((kind, a, b), DraftRelation(kind, a, b, line=line))

    def argdown_undercut(self, symbol: str, parent: tuple[str, str], child: tuple[str, str],
                         line: int) -> None:
        """``_>`` (the parent undercuts the child) and ``<_``/``_`` (the child undercuts the
        parent): an undercut of a reconstructed argument's inference."""
        u_key, target = (parent, child) if symbol == "_>" else (child, parent)
        u = self.claim_id(u_key)
        if target not in self.argument_of and target[0] == "a" and u is not None:
            # an argument without PCS is a claim: the undercut denies its outgoing relations
            self.deferred.append((u, self.id_of[target], line))
            return
        if target not in self.argument_of or u is None:
            self.problems.add(line, "unsupported-construct", "import.argdown.undercut-unsupported",
                              symbol=symbol)
            return
        self.undercuts.append(DraftRelation("undercuts", u, self.argument_of[target][0]))

    def pair(self, target: object) -> tuple[str, str] | None:
        """The relation ``"a -> b"`` names, when both ends are known claims."""
        parts = target.split("->") if isinstance(target, str) else []
        if len(parts) != 2:
            return None
        a, b = self.resolve(parts[0]), self.resolve(parts[1])
        return (a, b) if a is not None and b is not None else None

    def undercuts_of(self, src: str, item: _Item) -> None:
        """``undercuts: ["a -> b", {target: "a -> b", note: …}]`` in a statement's data."""
        raw = item.data.get("undercuts")
        for entry in raw if isinstance(raw, list) else []:
            target = entry.get("target") if isinstance(entry, dict) else entry
            note = as_str(entry.get("note")) if isinstance(entry, dict) else None
            pair = self.pair(target)
            arguments = {v[0] for v in self.argument_of.values()}
            if pair is None and isinstance(target, str) and target.strip() in arguments:
                self.undercuts.append(DraftRelation("undercuts", src, target.strip(), note))
                continue
            if pair is None:
                self.problems.add(item.line, "unknown-reference", "import.argdown.unknown-undercut",
                                  target=target, src=src)
                continue
            self.undercuts.append(DraftRelation("undercuts", src, pair, note))

    def notes_of(self, src: str, item: _Item) -> None:
        """``notes: {<kind>: {<target>: "…"}}`` in a statement's data."""
        notes = item.data.get("notes")
        for kind, entries in (notes.items() if isinstance(notes, dict) else ()):
            for target, note in (entries.items() if isinstance(entries, dict) else ()):
                if not isinstance(note, str):
                    continue
                match = self.noted(src, kind, str(target))
                if match:
                    match[0].note = note
                else:
                    self.problems.add(item.line, "unknown-reference", "import.argdown.unknown-note",
                                      kind=kind, target=target, src=src)

    def noted(self, src: str, kind: object, target: str) -> list[DraftRelation]:
        """The relations of ``src`` a note names (of a contradiction: either direction)."""
        if kind == "undercuts" and "->" not in target:  # of an argument
            return [r for r in self.undercuts if r.source == src and r.target == target.strip()]
        if kind == "undercuts":
            parts = [self.resolve(p) for p in target.split("->")]
            return [r for r in self.undercuts if r.source == src
                    and isinstance(r.target, tuple) and list(r.target) == parts]
        tgt = self.resolve(target) or ""
        back = self.rels.get((str(kind), tgt, src)) if kind == "contradicts" else None
        return [r for r in (self.rels.get((str(kind), src, tgt)), back) if r]


@importer("argdown")
def import_argdown(text: str, filename: str, lang: str = "de") -> ImportResult:
    """Claim files from an Argdown document (see module docs); problems in ``lang``."""
    check_size(text, Problems(filename, lang))
    reader = _Reader(text, filename, lang)
    reader.read()
    _resolve_numbered(reader)
    draft = _draft(reader.front, filename, list(reader.topics.values()))
    maker = IdMaker()
    build = _Import(reader, draft, _claim_ids(reader.items, maker))
    build.arguments(maker)
    build.claims()
    build.argument_steps(maker)
    build.relations()
    return ImportResult(render_files(draft, reader.problems, filename),
                        sorted(reader.problems.items))
