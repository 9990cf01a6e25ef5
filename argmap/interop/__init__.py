"""Import and export formats, one module per format, registered by decorator.

An exporter turns an analysed map into a string; an importer turns another tool's file into
claim files (a dict of relative path → YAML text, ``map.yaml`` included) plus problems it could
not carry over. The CLI's ``--format``/``--from`` choices come from these registries.

>>> sorted(EXPORTERS) == sorted(set(EXPORTERS))
True
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import Diagnostic

if TYPE_CHECKING:
    from ..pipeline import Result

__all__ = [
    "EXPORTERS",
    "IMPORTERS",
    "Exporter",
    "ImportResult",
    "Importer",
    "exporter",
    "importer",
]


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str  # default file suffix, e.g. ".graphml"
    func: Callable[[Result], str]


@dataclass
class ImportResult:
    """Claim files made from a foreign file, and what could not be carried over."""

    files: dict[str, str]
    problems: list[Diagnostic] = field(default_factory=list)  # warnings: reported, not fatal


@dataclass(frozen=True)
class Importer:
    name: str
    func: Callable[[str, str], ImportResult]  # (text, file name for diagnostics) → result


EXPORTERS: dict[str, Exporter] = {}
IMPORTERS: dict[str, Importer] = {}


def exporter(name: str, suffix: str) -> Callable[[Callable[[Result], str]], Callable[..., str]]:
    """Register an export format."""

    def register(func: Callable[[Result], str]) -> Callable[[Result], str]:
        EXPORTERS[name] = Exporter(name, suffix, func)
        return func

    return register


ImportFunc = Callable[[str, str], ImportResult]


def importer(name: str) -> Callable[[ImportFunc], ImportFunc]:
    """Register an import format."""

    def register(func: Callable[[str, str], ImportResult]) -> Callable[[str, str], ImportResult]:
        IMPORTERS[name] = Importer(name, func)
        return func

    return register


def _load_formats() -> None:
    """Import every module of this package so that its formats register themselves."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")


_load_formats()
