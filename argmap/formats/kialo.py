"""Kialo's plain-text discussion export → claim files.

Kialo exports a discussion as numbered lines; both variants are read::

    Discussion Title: Sollen KI-Modelle offen sein?

    1. KI-Modelle sollten offen sein.
    1.1. Pro: Offene Modelle senken die Kosten.
    1.1.1. Con: -> See 1.2.
    1.2. Con: Offene Modelle lassen sich missbrauchen.

and the two-line form, where the number stands alone and the kind and text follow::

    1.1.
    Pro: Offene Modelle senken die Kosten.

(``Pro``/``Con`` may also come alone on a line, with the text below). Every numbered entry is
a claim; a ``Pro`` supports, a ``Con`` attacks its parent (the number without its last part).
A link ``-> See 1.2.`` makes no new claim: it adds the relation from the linked claim to the
parent. Lines without a number continue the entry above. Ids are slugs of the texts.

Kialo has no stances or topics: the thesis is ``neutral``; every other claim gets the stance
of its side relative to the thesis (``opportunity`` for a pro — or a con of a con —, ``risk``
otherwise), a heuristic to review. All claims share one topic named after the discussion.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from . import ImportResult, importer
from ._common import (
    Draft,
    DraftClaim,
    DraftRelation,
    IdMaker,
    Problems,
    check_items,
    check_size,
    render_files,
)

__all__ = ["import_kialo"]

_TITLE = re.compile(r"^\s*Discussion Title:\s*(.*)$", re.I)
_NUMBER = re.compile(r"^\s*((?:\d+\.)+)(?:\s+(.*))?$")
_KIND = re.compile(r"^(Pro|Con|Contra|Kontra|Thesis|These)\s*:\s*(.*)$", re.I)
_LINK = re.compile(r"^->\s*(?:See|Siehe)\s+((?:\d+\.)*\d+\.?)\s*$", re.I)


@dataclass(slots=True)
class _Entry:
    number: str
    line: int
    parent: str = ""  # the number without its last part ("" for a top-level entry)
    kind: str | None = None  # "pro" | "con" | None (thesis)
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def _kind(word: str) -> str | None:
    word = word.lower()
    return "pro" if word == "pro" else ("con" if word in ("con", "contra", "kontra") else None)


@dataclass
class _Parser:
    """Reads the export line by line: the title, the lines before the first entry, entries."""

    title: str | None = None
    preamble: list[str] = field(default_factory=list)
    entries: list[_Entry] = field(default_factory=list)

    def line(self, no: int, line: str) -> None:
        if self.title is None and not self.entries:
            title = _TITLE.match(line)
            if title:
                self.title = title.group(1).strip()
                return
        numbered = _NUMBER.match(line)
        if numbered:
            self.entries.append(_numbered(numbered, no))
        elif self.entries:
            _continue(self.entries[-1], line)
        elif line:
            self.preamble.append(line)


def _numbered(m: re.Match[str], no: int) -> _Entry:
    """The entry a numbered line starts (``1.1. Pro: text``, or the number alone)."""
    number = m.group(1)
    parent = number[: number.rindex(".", 0, -1) + 1] if number.count(".") > 1 else ""
    entry = _Entry(number, no, parent)
    rest = (m.group(2) or "").strip()
    k = _KIND.match(rest)
    if k:
        entry.kind = _kind(k.group(1))
        rest = k.group(2).strip()
    if rest:
        entry.lines.append(rest)
    return entry


def _continue(entry: _Entry, line: str) -> None:
    """A line without a number: the kind of a two-line entry, or more of its text."""
    k = _KIND.match(line)
    if k and not entry.lines and entry.kind is None:  # two-line form
        entry.kind = _kind(k.group(1))
        if k.group(2).strip():
            entry.lines.append(k.group(2).strip())
    elif line:
        entry.lines.append(line)


def _parse(text: str, problems: Problems) -> _Parser:
    parser = _Parser()
    entries = parser.entries
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        count = len(entries)
        parser.line(no, raw.strip())
        if len(entries) > count:  # stop early: a clear error
            check_items(len(entries), "entries", problems, no)
    return parser


@dataclass
class _Discussion:
    """Claims and relations made from the entries, in the order of the export."""

    draft: Draft
    topic: str
    problems: Problems
    ids: IdMaker = field(default_factory=IdMaker)
    claim_of: dict[str, str] = field(default_factory=dict)  # entry number → claim id
    polarity: dict[str, int] = field(default_factory=dict)  # +1: on the thesis' side
    made: list[_Entry] = field(default_factory=list)
    links: list[tuple[_Entry, str]] = field(default_factory=list)  # (entry, linked number)

    def add(self, e: _Entry) -> None:
        if e.number in self.claim_of:
            self.problems.add(e.line, "duplicate-id", "import.kialo.duplicate-number",
                              number=e.number)
            return
        text = e.text
        link = _LINK.match(text) if text.startswith("->") else None
        if link:
            number = link.group(1)
            self.links.append((e, number if number.endswith(".") else number + "."))
            return
        if not text:
            self.problems.add(e.line, "schema", "import.kialo.no-text", number=e.number)
        self.claim_of[e.number] = cid = self.ids.make(text or f"kialo-{e.number.strip('.')}")
        self.made.append(e)
        polarity = self.polarity[e.number] = self.polarity.get(e.parent, 1) * (
            -1 if e.kind == "con" else 1)
        stance = "neutral" if not e.parent else ("opportunity" if polarity > 0 else "risk")
        self.draft.claims.append(DraftClaim(id=cid, text=text or e.number, stance=stance,
                                            topic=self.topic, line=e.line))

    def relate_all(self) -> None:
        """Each claim to its parent, then each link's target claim to the link's parent."""
        for e in self.made:
            self.relate(e, self.claim_of[e.number])
        for e, number in self.links:
            if number not in self.claim_of:
                self.problems.add(e.line, "unknown-reference", "import.kialo.link-unknown",
                                  text=e.text)
                continue
            self.relate(e, self.claim_of[number])

    def relate(self, e: _Entry, source: str) -> None:
        if not e.parent:
            return
        if e.parent not in self.claim_of:
            self.problems.add(e.line, "unknown-reference", "import.kialo.parent-missing",
                              number=e.number, parent=e.parent)
            return
        if e.kind is None:
            self.problems.add(e.line, "unsupported-construct", "import.kialo.no-side",
                              number=e.number)
            return
        kind = "supports" if e.kind == "pro" else "attacks"
        self.draft.relations.append(DraftRelation(kind, source, self.claim_of[e.parent],
                                                  line=e.line))


@importer("kialo")
def import_kialo(text: str, filename: str, lang: str = "de") -> ImportResult:
    """Claim files from a Kialo text export (see module docs); problems in ``lang``."""
    problems = Problems(filename, lang)
    check_size(text, problems)
    parsed = _parse(text, problems)
    if not parsed.entries:
        raise problems.fail(0, "schema", "import.kialo.no-entries")
    stem = os.path.splitext(os.path.basename(filename))[0] or "Kialo"
    topic = {"id": "diskussion", "label": parsed.title or stem}
    draft = Draft(title=parsed.title or stem, description="\n".join(parsed.preamble) or None,
                  topics=[topic])
    discussion = _Discussion(draft, topic["id"], problems)
    for e in parsed.entries:
        discussion.add(e)
    discussion.relate_all()
    return ImportResult(render_files(draft, problems, filename), sorted(problems.items))
