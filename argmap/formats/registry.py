"""The registries of formats: exporters, reporters and importers, filled by decorators.

See :mod:`argmap.formats` for what each kind of format does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ..errors import Diagnostic
from ..gcpause import collector_paused
from ..view import MapView

if TYPE_CHECKING:
    from ..compare import MapDiff

__all__ = [
    "DIFF_REPORTERS",
    "EXPORTERS",
    "IMPORTERS",
    "REPORTERS",
    "Exporter",
    "ImportResult",
    "Importer",
    "Reporter",
    "diff_reporter",
    "exporter",
    "importer",
    "reporter",
]

ExportFunc = Callable[[MapView], str]


class ReportFunc(Protocol):
    def __call__(self, view: MapView, *, strict: bool = False,
                 limit: int | None = None) -> str: ...


FailureFunc = Callable[[Sequence[Diagnostic], str, str], str]  # (diagnostics, summary, lang)


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str  # default file suffix, e.g. ".graphml"
    func: ExportFunc


@dataclass(frozen=True)
class Reporter:
    """A check report: of an analysed map, and of the load problems of one that failed
    (``failure`` None: the problems go to the terminal as text, as for the text report)."""

    name: str
    report: ReportFunc
    failure: FailureFunc | None


@dataclass
class ImportResult:
    """Claim files made from a foreign file, and what could not be carried over."""

    files: dict[str, str]
    problems: list[Diagnostic] = field(default_factory=list)  # warnings: reported, not fatal


class ImportFunc(Protocol):
    """(text, file name for diagnostics, language of the problems) → claim files."""

    def __call__(self, text: str, filename: str, lang: str = "de") -> ImportResult: ...


@dataclass(frozen=True)
class Importer:
    name: str
    func: ImportFunc


DiffFunc = Callable[["MapDiff", str], str]  # (diff, language) → text

EXPORTERS: dict[str, Exporter] = {}
DIFF_REPORTERS: dict[str, DiffFunc] = {}
REPORTERS: dict[str, Reporter] = {}
IMPORTERS: dict[str, Importer] = {}


def exporter(name: str, suffix: str) -> Callable[[ExportFunc], ExportFunc]:
    """Register an export format."""

    def register(func: ExportFunc) -> ExportFunc:
        EXPORTERS[name] = Exporter(name, suffix, func)
        return func

    return register


def reporter(name: str, failure: FailureFunc | None = None
             ) -> Callable[[ReportFunc], ReportFunc]:
    """Register a check-report format; ``failure`` renders the problems of a failed load."""

    def register(func: ReportFunc) -> ReportFunc:
        REPORTERS[name] = Reporter(name, func, failure)
        return func

    return register


def importer(name: str) -> Callable[[ImportFunc], ImportFunc]:
    """Register an import format (run with the cyclic garbage collector paused: an import
    makes many small acyclic objects that live until it ends)."""

    def register(func: ImportFunc) -> ImportFunc:
        @functools.wraps(func)
        def paused(text: str, filename: str, lang: str = "de") -> ImportResult:
            with collector_paused():
                return func(text, filename, lang=lang)

        IMPORTERS[name] = Importer(name, paused)
        return func

    return register


def diff_reporter(name: str) -> Callable[[DiffFunc], DiffFunc]:
    """Register a format of ``argmap diff`` reports."""

    def register(func: DiffFunc) -> DiffFunc:
        DIFF_REPORTERS[name] = func
        return func

    return register
