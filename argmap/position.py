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
from .yamlpos import parse_yaml

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


def load_position(path: Path, claims: set[str], lang: str = "de") -> Position:
    """Read and check a position file against the map's claim ids.

    Raises
    ------
    LoadError
        With every problem (syntax, schema, unknown ids) located by line.
    """
    name = str(path)
    problems: list[Diagnostic] = []

    def problem(line: int, col: int, code: str, key: str, **args: str) -> None:
        problems.append(Diagnostic(name, line, col, code, t(key, lang, **args), key=key))

    try:
        raw = path.read_bytes()
        if len(raw) > MAX_FILE_SIZE:
            problem(1, 1, "file-too-large", "load.file-too-large", size=str(len(raw)),
                    limit=str(MAX_FILE_SIZE))
            raise LoadError(_failed(1, lang), problems, lang)
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problem(0, 0, "yaml-syntax", "load.unreadable", problem=str(exc))
        raise LoadError(_failed(1, lang), problems, lang) from None
    doc = parse_yaml(text)
    for p in doc.problems:
        problem(p.line, p.col, p.code, p.key, **p.args)
    data = None
    if not doc.problems:
        try:
            data = PositionFile.model_validate(doc.data if doc.data is not None else {})
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                line, col = doc.locate(tuple(err["loc"]))
                problem(line, col, "schema", "schema.generic", msg=err["msg"])
    if data is not None:
        for field in ("accept", "reject"):
            for i, cid in enumerate(getattr(data, field)):
                if cid not in claims:
                    line, col = doc.locate((field, i))
                    problem(line, col, "unknown-reference", "load.unknown-claim", id=cid,
                            hint="")
    if data is not None:
        for i, cid in enumerate(data.reject):
            if cid in data.accept:
                line, col = doc.locate(("reject", i))
                problem(line, col, "schema", "position.both", id=cid)
    if problems or data is None:
        raise LoadError(_failed(len(problems), lang), problems, lang)
    return Position(data.name, tuple(dict.fromkeys(data.accept)),
                    tuple(dict.fromkeys(data.reject)), name)
