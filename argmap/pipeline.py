"""The pipeline in one file: ``load → graph → analyse → render/export → write``.

Every step is a plain function; exporters only return strings and :func:`write_output` is the one
place that touches the file system for outputs (atomically: a failed or interrupted build leaves
the previous file untouched).

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_output(d / "x.txt", "hello")
>>> (d / "x.txt").read_text()
'hello'
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import networkx as nx

from .analysis import Analysis, Options, analyse, collector_paused
from .errors import OutputError
from .graph import build_graph
from .i18n import resolve_lang, t
from .load import ArgumentMap, load_map
from .position import load_position

__all__ = ["GENERATOR_MARK", "Result", "build", "check", "write_output"]

#: Files that contain this mark were written by argmap and may be replaced without --force.
GENERATOR_MARK = "argmap-generated"


@dataclass
class Result:
    """A loaded and analysed map, plus the language its outputs speak."""

    amap: ArgumentMap
    graph: nx.MultiDiGraph
    analysis: Analysis
    lang: str


def check(
    directory: str | os.PathLike[str], options: Options | None = None, lang: str | None = None
) -> Result:
    """Load, build the graph and analyse. Raises :class:`~argmap.errors.LoadError`."""
    with collector_paused():
        amap = load_map(directory, lang=lang)
    out_lang = resolve_lang(lang, amap.meta.language)
    if options is not None and isinstance(options.position, (str, os.PathLike)):
        position = load_position(Path(options.position), set(amap.claims), out_lang)
        options = replace(options, position=position)
    graph = build_graph(amap)
    return Result(amap, graph, analyse(graph, options), out_lang)


def build(result: Result) -> str:
    """Render the interactive HTML map of an analysed map (a string; nothing is written)."""
    from .render.html import render_html

    return render_html(result.analysis, lang=result.lang)


def write_output(
    path: str | os.PathLike[str], text: str, *, force: bool = False, lang: str = "de"
) -> None:
    """Write ``text`` to ``path`` atomically (temporary file + ``os.replace``).

    An existing file is replaced only when argmap wrote it (it carries :data:`GENERATOR_MARK`) or
    when ``force`` is given: a user's own file is never overwritten by accident.

    Raises
    ------
    OutputError
        When the file exists and may not be replaced, or cannot be written.
    """
    target = Path(path)
    if target.exists() and not force and not _is_generated(target):
        raise OutputError(t("cli.exists", lang, path=str(target)))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(
            t("cli.write-failed", lang, path=str(target), problem=exc.strerror or str(exc))
        ) from None


def _is_generated(path: Path) -> bool:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return GENERATOR_MARK in head
