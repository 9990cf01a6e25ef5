"""A participant's position: the claims they accept and reject (``check --position FILE``).

The file is read as safely as a claim file (:mod:`argmap.yamlpos`); unknown claim ids are
``unknown-reference`` diagnostics with their line, so a bad position file exits with code 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import Diagnostic, LoadError
from .i18n import t
from .load import MAX_FILE_SIZE
from .safeio import UnsafeFile, read_file
from .yamlpos import Document, parse_yaml

__all__ = ["Position", "PositionFile", "load_position"]


def _failed(n: int, lang: str) -> str:
    return t("cli.load-failed", lang, problems=t("count.problems", lang, n=n))


class PositionFile(BaseModel):
    """The YAML of a position file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(default="", max_length=200)
    accept: list[str] = Field(default_factory=list)
    reject: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Position:
    """A checked position: every id is a claim of the map."""

    name: str
    accept: tuple[str, ...]
    reject: tuple[str, ...]
    file: str


class _Problems:
    """The diagnostics of one position file, in the chosen language."""

    def __init__(self, name: str, lang: str) -> None:
        self.name, self.lang = name, lang
        self.items: list[Diagnostic] = []

    def add(self, pos: tuple[int, int], code: str, key: str, /, **args: str) -> None:
        self.items.append(Diagnostic(self.name, pos[0], pos[1], code,
                                     t(key, self.lang, **args), key=key))

    def fail(self) -> LoadError:
        return LoadError(_failed(len(self.items), self.lang), self.items, self.lang)


def _read_text(path: Path, problems: _Problems) -> str:
    try:
        return read_file(path, limit=MAX_FILE_SIZE).decode("utf-8-sig")
    except UnsafeFile as exc:  # a pipe, a device, a folder, a loop, too large: never read
        problems.add((1, 1), exc.code, exc.key, **{k: str(v) for k, v in exc.params.items()})
        raise problems.fail() from None
    except UnicodeDecodeError as exc:
        problems.add((1, 1), "yaml-syntax", "yaml.encoding", problem=str(exc))
        raise problems.fail() from None


def _validate(doc: Document, problems: _Problems) -> PositionFile | None:
    try:
        return PositionFile.model_validate(doc.data if doc.data is not None else {})
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            problems.add(doc.locate(tuple(err["loc"])), "schema", "schema.generic",
                         msg=err["msg"])
        return None


def _check_ids(data: PositionFile, doc: Document, claims: set[str], problems: _Problems) -> None:
    for field in ("accept", "reject"):
        for i, cid in enumerate(getattr(data, field)):
            if cid not in claims:
                problems.add(doc.locate((field, i)), "unknown-reference", "load.unknown-claim",
                             id=cid, hint="")
    for i, cid in enumerate(data.reject):
        if cid in data.accept:
            problems.add(doc.locate(("reject", i)), "schema", "position.both", id=cid)


def load_position(path: Path, claims: set[str], lang: str = "de") -> Position:
    """Read and check a position file against the map's claim ids.

    Raises
    ------
    LoadError
        With every problem (syntax, schema, unknown ids) located by line.
    """
    problems = _Problems(str(path), lang)
    doc = parse_yaml(_read_text(path, problems))
    for p in doc.problems:
        problems.add((p.line, p.col), p.code, p.key, **p.args)
    data = None if doc.problems else _validate(doc, problems)
    if data is not None:
        _check_ids(data, doc, claims, problems)
    if problems.items or data is None:
        raise problems.fail()
    return Position(data.name, tuple(dict.fromkeys(data.accept)),
                    tuple(dict.fromkeys(data.reject)), str(path))
