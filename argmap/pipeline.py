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
import tempfile
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ArgmapError, LoadError
from .formats import DIFF_REPORTERS, EXPORTERS, IMPORTERS, REPORTERS, ImportResult
from .gcpause import collector_paused
from .i18n import resolve_lang, t
from .safeio import UnsafeFile, read_file
from .write import GENERATOR_MARK, write_import, write_output

# The steps that load and analyse a map (networkx, pydantic, the checks) are imported by the
# functions that run them: ``argmap import`` needs none of them (issue 10).
if TYPE_CHECKING:
    import networkx as nx

    from .analysis import Analysis, Options
    from .compare import MapDiff
    from .contribution import Selection
    from .load import ArgumentMap
    from .revisions import Version
    from .view import ContributionView, MapView, SinceMarks

__all__ = [
    "GENERATOR_MARK",
    "MAX_IMPORT_SIZE",
    "Result",
    "build",
    "check",
    "diff",
    "diff_report",
    "export",
    "failure_report",
    "import_file",
    "quote_status",
    "report",
    "since_marks",
    "write_import",
    "write_output",
]


#: bytes of an import input file (a seminar's Argdown or Kialo file is well below a megabyte)
MAX_IMPORT_SIZE = 20_000_000


@dataclass
class Result:
    """A loaded and analysed map, plus the language its outputs speak and, for the report of
    one contribution, the claims it selects."""

    amap: ArgumentMap
    graph: nx.MultiDiGraph
    analysis: Analysis
    lang: str
    selection: Selection | None = None

    @cached_property
    def view(self) -> MapView:
        """The one view every output reads (built once, on first use)."""
        from .view import build_view

        with collector_paused():  # acyclic records only; see argmap.gcpause
            view = build_view(self.analysis, self.lang, self.amap.files)
        if self.selection is None:
            return view
        return replace(view, contribution=_contribution(self, view, self.selection))


def _contribution(result: Result, view: MapView, sel: Selection) -> ContributionView:
    """What the selected claims changed: the map analysed without them, compared."""
    from .analysis import analyse
    from .compare import diff_views
    from .contribution import without_contribution
    from .view import ContributionView, build_view

    reduced = analyse(without_contribution(result.graph, (*sel.claims, *sel.arguments)),
                      result.analysis.options)
    before = build_view(reduced, result.lang)
    mine = set(sel.claims)
    changes = tuple(v for v in diff_views(before, view).verdicts if v.claim not in mine)
    # the findings that name its claims, and those it causes (absent without it)
    earlier = {(f.code, f.claims, f.path) for f in reduced.findings}
    findings = tuple(i for i, f in enumerate(view.findings)
                     if mine & {*f.claims, *f.path} or (f.code, f.claims, f.path) not in earlier)
    return ContributionView(sel.who, sel.claims, sel.arguments, sel.files, findings, changes)


def check(
    directory: str | os.PathLike[str],
    options: Options | None = None,
    lang: str | None = None,
    *,
    position: str | os.PathLike[str] | None = None,
    display: str | None = None,
    author: str | None = None,
    file: str | None = None,
) -> Result:
    """Load, build the graph and analyse; ``position`` is a position file to check;
    ``display`` names the directory in messages (default: as given); ``author`` or ``file``
    select one contribution to report on (its view then carries ``contribution``).

    Raises
    ------
    LoadError
        When the map or the position file cannot be loaded (every problem, with file:line).
    """
    from .analysis import Options, analyse
    from .contribution import select_contribution
    from .graph import build_graph
    from .load import load_map
    from .position import load_position

    with collector_paused():
        amap = load_map(directory, lang=lang, display=display)
    out_lang = resolve_lang(lang, amap.meta.language)
    options = options or Options()
    if options.sources_dir is None and amap.meta.texts is not None:
        options = replace(options, sources_dir=amap.root / amap.meta.texts)
    if position is not None:
        loaded = load_position(Path(position), set(amap.claims), out_lang)
        options = replace(options, position=loaded)
    selection = None
    if author is not None or file is not None:
        selection = select_contribution(amap, author=author, file=file, lang=out_lang)
    with collector_paused():
        graph = build_graph(amap)
    try:
        analysis = analyse(graph, options)
    except LoadError as exc:  # a source text the safety layer refused (argmap.safeio)
        raise _in_lang(exc, out_lang) from None
    return Result(amap, graph, analysis, out_lang, selection)


def _in_lang(error: LoadError, lang: str) -> LoadError:
    """``error`` with its diagnostics' messages rendered again in ``lang``."""
    diagnostics = [replace(d, message=t(d.key, lang, **dict(d.args))) if d.key else d
                   for d in error.diagnostics]
    problems = t("count.problems", lang, n=len(diagnostics))
    return LoadError(t("cli.load-failed", lang, problems=problems), diagnostics, lang)


def quote_status(result: Result) -> str:
    """One sentence on whether the quotes were checked against the sources' texts."""
    n = result.view.quote_count()
    where = result.analysis.options.sources_dir
    if where is None:
        return t("cli.quotes-unchecked", result.lang, quotes=t("count.quotes", result.lang, n=n))
    return t("cli.quotes-checked", result.lang, quotes=t("count.quotes", result.lang, n=n),
             dir=str(where))


def build(result: Result, since: SinceMarks | None = None) -> str:
    """The interactive HTML map of an analysed map (a string; nothing is written);
    ``since`` marks what changed since an earlier version (:func:`since_marks`)."""
    if since is None:
        return export(result, "html")
    from .formats.html import render_html

    return render_html(result.view, since=since)


def since_marks(result: Result, rev: str, map_dir: str | os.PathLike[str],
                options: Options | None = None) -> SinceMarks:
    """What changed in ``result`` since version ``rev`` (a git revision of ``map_dir``, or a
    directory): claims added, changed (a written field or the verdict) and removed.

    Raises
    ------
    LoadError
        When that version cannot be loaded; ArgmapError when the revision is unknown.
    """
    from .compare import diff_views
    from .revisions import checkout_version
    from .view import SinceMarks

    with tempfile.TemporaryDirectory(prefix="argmap-since-") as tmp:
        version = checkout_version(rev, Path(map_dir), Path(tmp), result.lang)
        old = check(version.directory, options, result.lang, display=version.display)
    d = diff_views(old.view, result.view, version.label)
    changed = {c.id for c in d.changed} | {v.claim for v in d.verdicts}
    return SinceMarks(rev, new=tuple(c.id for c in d.added), changed=tuple(sorted(changed)),
                      removed=tuple(c.id for c in d.removed))


def export(result: Result, fmt: str) -> str:
    """The map in the export format ``fmt`` (a name of :data:`~argmap.formats.EXPORTERS`)."""
    view = result.view
    with collector_paused():
        return EXPORTERS[fmt].func(view)


def report(result: Result, fmt: str, *, strict: bool = False, limit: int | None = None) -> str:
    """The check report in ``fmt`` (a name of :data:`~argmap.formats.REPORTERS`)."""
    view = result.view
    with collector_paused():
        return REPORTERS[fmt].report(view, strict=strict, limit=limit)


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
    try:
        raw = read_file(path, limit=MAX_IMPORT_SIZE)
        text = raw.decode("utf-8-sig")
    except UnsafeFile as exc:
        raise _in_lang(LoadError("", [exc.diagnostic(lang)]), lang) from None
    except UnicodeDecodeError as exc:
        raise ArgmapError(t("load.unreadable", lang, problem=str(exc))) from None
    return IMPORTERS[fmt].func(text, str(path), lang=lang)


def diff(old: str, new: str, map_dir: str | os.PathLike[str] = "claims",
         options: Options | None = None, lang: str | None = None) -> tuple[MapDiff, str]:
    """What changed from version ``old`` to version ``new`` of a map, and the language to
    report it in. A version is a map directory, or a git revision of ``map_dir``.

    Raises
    ------
    LoadError
        When a version cannot be loaded; ArgmapError when a revision is unknown.
    """
    from ._beside import start_beside
    from .compare import diff_views
    from .revisions import checkout_version

    with tempfile.TemporaryDirectory(prefix="argmap-diff-") as tmp:
        versions = []
        for i, spec in enumerate((old, new)):
            scratch = Path(tmp) / str(i)
            scratch.mkdir()
            versions.append(checkout_version(spec, Path(map_dir), scratch,
                                             resolve_lang(lang, None)))
        v_old, v_new = versions

        def old_view() -> MapView:
            os.environ["ARGMAP_JOBS"] = "1"  # in the child: no third process beside this one
            return _version_view(v_old, options, lang)

        # the two versions are independent: the old one is read in a second process while
        # this one reads the new one (any failure there, a load error included, is met again
        # here, the same way: argmap._beside)
        job = start_beside(old_view)
        try:
            r_new = check(v_new.directory, options, lang, display=v_new.display)
            new_view = r_new.view
        except BaseException:
            if job is not None:
                job.cancel()
            raise
        before = job.result() if job is not None else None
        if before is None:
            before = _version_view(v_old, options, lang)
    return diff_views(before, new_view, v_old.label, v_new.label), r_new.lang


def _version_view(version: Version, options: Options | None, lang: str | None) -> MapView:
    return check(version.directory, options, lang, display=version.display).view


def diff_report(difference: MapDiff, fmt: str, lang: str) -> str:
    """The report of a diff in ``fmt`` (a name of :data:`~argmap.formats.DIFF_REPORTERS`)."""
    return DIFF_REPORTERS[fmt](difference, lang)
