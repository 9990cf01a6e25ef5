"""Typed errors and diagnostics.

Library code never prints or exits: it raises :class:`ArgmapError` (or a subclass) carrying
:class:`Diagnostic` records; only ``cli.py`` turns them into text and exit codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "DIAGNOSTIC_CODES",
    "ArgmapError",
    "Diagnostic",
    "LoadError",
    "OutputError",
]

#: Load-problem codes of CONTRACT §4 (all lead to exit code 2).
DIAGNOSTIC_CODES = (
    "yaml-syntax",
    "schema",
    "duplicate-key",
    "duplicate-id",
    "unknown-reference",
    "unknown-source",
    "unknown-topic",
    "file-too-large",
    "missing-map-file",
    "unsafe-file",  # not a regular file, a link out of the map directory or in a loop
)


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One load problem, located in a file (1-based line and column; 0 when unknown).

    ``key`` and ``args`` let the message be re-rendered in another language; ``message`` is the
    text in the language the loader was asked for.
    """

    file: str
    line: int
    col: int
    code: str
    message: str
    key: str = field(default="", compare=False)
    args: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": "error",
            "file": self.file,
            "line": self.line,
            "column": self.col,
            "message": self.message,
        }


class ArgmapError(Exception):
    """Base class of every error argmap raises on purpose."""

    def __init__(
        self, message: str, diagnostics: list[Diagnostic] | None = None, lang: str = "de"
    ) -> None:
        super().__init__(message)
        self.diagnostics: list[Diagnostic] = list(diagnostics or [])
        self.lang = lang  # the language the messages are written in


class LoadError(ArgmapError):
    """The map could not be loaded; ``diagnostics`` lists every problem found in one run."""


class OutputError(ArgmapError):
    """An output could not be written (exists and not ``--force``, not writable, …)."""
