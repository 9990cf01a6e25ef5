"""The pipeline in one file: ``load → graph → analyse → view → format → write``.

Every step is a plain function of the previous step's result. Formats (:mod:`argmap.formats`)
read the one :class:`~argmap.view.MapView` of a result and only return strings;
:mod:`argmap.write` is the one place that writes files (atomically: a failed or interrupted
build leaves the previous file untouched). Only the command line, benchmarks and tests import
this module.

>>> import pathlib
>>> result = check(pathlib.Path(__file__).parent.parent / "claims")
>>> export(result, "dot").startswith("// argmap-generated")
True
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import networkx as nx

from .analysis import Analysis, Options, analyse, collector_paused
from .errors import ArgmapError, LoadError
from .formats import EXPORTERS, IMPORTERS, REPORTERS, ImportResult
from .graph import build_graph
from .i18n import resolve_lang, t
from .load import ArgumentMap, load_map
from .position import load_position
from .view import MapView, build_view
from .write import GENERATOR_MARK, write_import, write_output

__all__ = [
    "GENERATOR_MARK",
    "Result",
    "build",
    "check",
    "export",
    "failure_report",
    "import_file",
    "report",
    "write_import",
    "write_output",
]


@dataclass
class Result:
    """A loaded and analysed map, plus the language its outputs speak."""

    amap: ArgumentMap
    graph: nx.MultiDiGraph
    analysis: Analysis
    lang: str

    @cached_property
    def view(self) -> MapView:
        """The one view every output reads (built once, on first use)."""
        return build_view(self.analysis, self.lang, self.amap.files)


def check(
    directory: str | os.PathLike[str],
    options: Options | None = None,
    lang: str | None = None,
    *,
    position: str | os.PathLike[str] | None = None,
) -> Result:
    """Load, build the graph and analyse; ``position`` is a position file to check.

    Raises
    ------
    LoadError
        When the map or the position file cannot be loaded (every problem, with file:line).
    """
    with collector_paused():
        amap = load_map(directory, lang=lang)
    out_lang = resolve_lang(lang, amap.meta.language)
    options = options or Options()
    if position is not None:
        loaded = load_position(Path(position), set(amap.claims), out_lang)
        options = replace(options, position=loaded)
    graph = build_graph(amap)
    return Result(amap, graph, analyse(graph, options), out_lang)


def build(result: Result) -> str:
    """The interactive HTML map of an analysed map (a string; nothing is written)."""
    return export(result, "html")


def export(result: Result, fmt: str) -> str:
    """The map in the export format ``fmt`` (a name of :data:`~argmap.formats.EXPORTERS`)."""
    return EXPORTERS[fmt].func(result.view)


def report(result: Result, fmt: str, *, strict: bool = False, limit: int | None = None) -> str:
    """The check report in ``fmt`` (a name of :data:`~argmap.formats.REPORTERS`)."""
    return REPORTERS[fmt].report(result.view, strict=strict, limit=limit)


def failure_report(error: LoadError, fmt: str) -> str | None:
    """The report of a map that could not be loaded, in ``fmt``; None when the format has
    none of its own (the problems are then shown as text)."""
    failure = REPORTERS[fmt].failure
    return None if failure is None else failure(error.diagnostics, str(error), error.lang)


def import_file(path: str | os.PathLike[str], fmt: str, lang: str = "de") -> ImportResult:
    """Claim files made from another tool's file ``path`` in the import format ``fmt``.

    Raises
    ------
    ArgmapError
        When the file cannot be read as UTF-8 text.
    """
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArgmapError(t("load.unreadable", lang, problem=str(exc))) from None
    return IMPORTERS[fmt].func(text, str(source))
