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

from ..errors import LoadError
from . import ImportResult, importer
from ._common import Draft, DraftClaim, DraftRelation, IdMaker, Problems, render_files

__all__ = ["import_kialo"]

_TITLE = re.compile(r"^\s*Discussion Title:\s*(.*)$", re.I)
_NUMBER = re.compile(r"^\s*((?:\d+\.)+)(?:\s+(.*))?$")
_KIND = re.compile(r"^(Pro|Con|Contra|Kontra|Thesis|These)\s*:\s*(.*)$", re.I)
_LINK = re.compile(r"^->\s*(?:See|Siehe)\s+((?:\d+\.)*\d+\.?)\s*$", re.I)


@dataclass
class _Entry:
    number: str
    line: int
    kind: str | None = None  # "pro" | "con" | None (thesis)
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()

    @property
    def parent(self) -> str:
        return self.number.rsplit(".", 2)[0] + "." if self.number.count(".") > 1 else ""


def _kind(word: str) -> str | None:
    word = word.lower()
    return "pro" if word == "pro" else ("con" if word in ("con", "contra", "kontra") else None)


def _parse(text: str, problems: Problems) -> tuple[str | None, list[str], list[_Entry]]:
    title: str | None = None
    preamble: list[str] = []
    entries: list[_Entry] = []
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = raw.strip()
        m = _TITLE.match(line)
        if m and title is None and not entries:
            title = m.group(1).strip()
            continue
        m = _NUMBER.match(line)
        if m:
            entry = _Entry(m.group(1), no)
            rest = (m.group(2) or "").strip()
            k = _KIND.match(rest)
            if k:
                entry.kind = _kind(k.group(1))
                rest = k.group(2).strip()
            if rest:
                entry.lines.append(rest)
            entries.append(entry)
            continue
        if not entries:
            if line:
                preamble.append(line)
            continue
        entry = entries[-1]
        k = _KIND.match(line)
        if k and not entry.lines and entry.kind is None:  # two-line form
            entry.kind = _kind(k.group(1))
            if k.group(2).strip():
                entry.lines.append(k.group(2).strip())
        elif line:
            entry.lines.append(line)
    return title, preamble, entries


@importer("kialo")
def import_kialo(text: str, filename: str) -> ImportResult:
    """Claim files from a Kialo text export (see module docs)."""
    problems = Problems(filename)
    title, preamble, entries = _parse(text, problems)
    if not entries:
        raise LoadError(f"{filename}: keine nummerierten Kialo-Einträge (»1. …«) gefunden.")
    stem = os.path.splitext(os.path.basename(filename))[0] or "Kialo"
    topic = {"id": "diskussion", "label": title or stem}
    draft = Draft(title=title or stem, description="\n".join(preamble) or None,
                  topics=[topic])
    ids = IdMaker()
    claim_of: dict[str, str] = {}
    polarity: dict[str, int] = {}
    links: list[_Entry] = []
    made: list[_Entry] = []
    for e in entries:
        if e.number in claim_of:
            problems.add(e.line, "duplicate-id", f"Nummer {e.number} kommt doppelt vor; der "
                                                 "zweite Eintrag wird übergangen.")
            continue
        if _LINK.match(e.text):
            links.append(e)
            continue
        if not e.text:
            problems.add(e.line, "schema", f"Eintrag {e.number} hat keinen Text.")
        claim_of[e.number] = cid = ids.make(e.text or f"kialo-{e.number.strip('.')}")
        made.append(e)
        parent = polarity.get(e.parent, 1)
        sign = -1 if e.kind == "con" else 1
        polarity[e.number] = parent * sign
        stance = "neutral" if not e.parent else (
            "opportunity" if polarity[e.number] > 0 else "risk")
        draft.claims.append(DraftClaim(id=cid, text=e.text or e.number, stance=stance,
                                       topic=topic["id"]))
    for e in made:
        _relate(e, claim_of[e.number], claim_of, draft, problems)
    for e in links:
        number = _LINK.match(e.text).group(1)  # type: ignore[union-attr]
        number = number if number.endswith(".") else number + "."
        if number not in claim_of:
            problems.add(e.line, "unknown-reference",
                         f"Verweis {e.text!r} zeigt auf keinen Eintrag.")
            continue
        _relate(e, claim_of[number], claim_of, draft, problems)
    return ImportResult(render_files(draft, problems, filename), sorted(problems.items))


def _relate(
    e: _Entry, source: str, claim_of: dict[str, str], draft: Draft, problems: Problems
) -> None:
    if not e.parent:
        return
    if e.parent not in claim_of:
        problems.add(e.line, "unknown-reference",
                     f"Eintrag {e.number}: übergeordneter Eintrag {e.parent} fehlt.")
        return
    if e.kind is None:
        problems.add(e.line, "unsupported-construct",
                     f"Eintrag {e.number} ist weder Pro noch Con; er bleibt ohne Beziehung.")
        return
    kind = "supports" if e.kind == "pro" else "attacks"
    draft.relations.append(DraftRelation(kind, source, claim_of[e.parent]))
