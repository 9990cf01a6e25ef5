"""The command line: a thin typer layer over :mod:`argmap.pipeline`.

The only module that prints or exits. Exit codes (CONTRACT §3): 0 done; 1 findings of severity
``error`` (or, with ``--strict``, any ``warning``); 2 the input could not be loaded or an output
could not be written, nothing was written; 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from .analysis import Analysis, Options
from .errors import ArgmapError, Diagnostic, LoadError
from .i18n import LANGS, resolve_lang, t
from .pipeline import Result, write_output
from .report import json_report, load_failure_report

app = typer.Typer(
    name="argmap",
    help="Argumentkarten aus YAML-Behauptungsdateien bauen, prüfen und zeigen.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3
BUILD_DIGEST = 10  # findings per severity that `build` prints (the map shows them all)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        print(f"argmap {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Version ausgeben")] = False,
) -> None:
    """Argumentkarten aus YAML-Behauptungsdateien bauen, prüfen und zeigen."""


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


class Semantics(str, Enum):
    grounded = "grounded"
    preferred = "preferred"
    stable = "stable"


class SupportReading(str, Enum):
    none = "none"
    deductive = "deductive"
    necessary = "necessary"


DirArg = Annotated[
    Path, typer.Argument(help="Kartenverzeichnis mit map.yaml / map directory", show_default=True)
]
LangOpt = Annotated[
    str | None,
    typer.Option("--lang", help="Sprache / language: de | en (auch ARGMAP_LANG)"),
]


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang.strip().lower() not in LANGS:
        _console(True).print(f"[red]{escape(t('cli.bad-lang', 'de', lang=lang))}[/red]")
        raise typer.Exit(EXIT_INPUT)


def _print_diagnostics(diagnostics: list[Diagnostic], message: str, lang: str) -> None:
    err = _console(True)
    for d in diagnostics:
        where = f"{d.file}:{d.line}:{d.col}" if d.line else d.file
        err.print(
            f"[bold]{escape(where)}[/bold]: [red]{escape(t('severity.error', lang))}[/red] "
            f"[dim]\\[{d.code}][/dim] {escape(d.message)}"
        )
    err.print(f"[red]{escape(message)}[/red]")


def _run(func: Any) -> Any:
    """Turn expected errors into exit code 2 and bugs into exit code 3 (never exit 1)."""
    try:
        return func()
    except typer.Exit:
        raise
    except BrokenPipeError:  # `argmap check | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except ArgmapError as exc:
        _console(True).print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(EXIT_INPUT) from None
    except Exception:  # a bug: say so, show the traceback, and keep exit 1 for findings
        traceback.print_exc()
        _console(True).print("[red]argmap: interner Fehler / internal error[/red]")
        raise typer.Exit(EXIT_BUG) from None


def _load(directory: Path, options: Options, lang: str | None, fmt: str = "text") -> Result:
    from .pipeline import check

    try:
        return check(directory, options, lang)
    except LoadError as exc:
        out_lang = exc.lang
        if fmt == "json":
            print(json.dumps(load_failure_report(exc.diagnostics, out_lang), ensure_ascii=False,
                             indent=2))
            raise typer.Exit(EXIT_INPUT) from None
        _print_diagnostics(exc.diagnostics, str(exc), out_lang)
        raise typer.Exit(EXIT_INPUT) from None


def _where(analysis: Analysis, claim: str) -> str:
    data = analysis.graph.nodes.get(claim, {})
    return f"{data['file']}:{data['line']}" if "file" in data else ""


def _print_text_report(result: Result, strict: bool, limit: int | None = None) -> None:
    """Findings grouped by severity, each with its claims' file:line; at most ``limit`` per
    severity (``build`` shows a digest; ``check`` shows everything)."""
    a, lang = result.analysis, result.lang
    styles = {"error": "red", "warning": "yellow", "info": "cyan"}
    lines: list[str] = []
    for severity in ("error", "warning", "info"):
        group = [f for f in a.findings if f.severity == severity]
        if not group:
            continue
        style = styles[severity]
        lines.append(f"\n[bold {style}]{escape(t('severity.' + severity, lang))} "
                     f"({len(group)})[/bold {style}]")
        for f in group[:limit]:
            lines.append(f"  [{style}]●[/{style}] [dim]\\[{f.code}][/dim] "
                         f"{escape(f.message(lang))}")
            lines.extend(f"      [dim]{escape(c)} — {escape(_where(a, c))}[/dim]"
                         for c in dict.fromkeys(f.claims))
        if limit is not None and len(group) > limit:
            lines.append(f"  [dim]{escape(t('cli.more', lang, n=len(group) - limit))}[/dim]")
    if lines:
        _console().print("\n".join(lines))  # one print: rich's per-call cost adds up
    _print_summary(result, strict)


def _print_extras(result: Result) -> None:
    out = _console()
    a, lang = result.analysis, result.lang
    if a.extensions is not None:
        out.print()
        out.print(escape(t("cli.extensions", lang, semantics=a.options.semantics,
                           n=len(a.extensions))))
        # what every extension shares, then only what sets each one apart: readable at 80 claims
        common = set.intersection(*map(set, a.extensions)) if a.extensions else set()
        if len(a.extensions) > 1:
            out.print("  " + escape(t("cli.extensions-common", lang, n=len(common))))
        for i, ext in enumerate(a.extensions[:20], 1):
            own = [c for c in ext if c not in common] if len(a.extensions) > 1 else ext
            out.print(f"  {i}. " + escape("{" + ", ".join(own) + "}"))
        if not a.extensions_complete:
            capped = t("cli.extensions-capped", lang, limit=a.options.extension_limit)
            out.print(f"[yellow]{escape(capped)}[/yellow]")
    if not a.strength_converged:
        cycles = "; ".join(" ".join(c) for c in a.extra.get("strength_unconverged", []))
        out.print(f"[yellow]{escape(t('cli.strength-unconverged', lang, cycles=cycles))}"
                  "[/yellow]")
    position = a.extra.get("position")
    if position:
        out.print()
        out.print(escape(t("cli.position", lang, name=position["name"] or "—")))
        if position["coherent"]:
            for value in ("accept", "reject"):
                ids = position["commits"][value]
                out.print("  " + escape(t(f"cli.commits.{value}", lang,
                                          ids=", ".join(ids) if ids else "—")))


def _print_summary(result: Result, strict: bool) -> None:
    _print_extras(result)
    out = _console()
    a, lang = result.analysis, result.lang
    n_claims = len(a.labels)
    out.print()
    out.print(escape(t("cli.summary", lang, claims=n_claims, relations=a.n_relations,
                       errors=a.count("error"), warnings=a.count("warning"),
                       infos=a.count("info"))))
    values = list(a.labels.values())
    out.print(escape(t("cli.labels", lang, n_in=values.count("in"), n_out=values.count("out"),
                       n_undec=values.count("undec"))))


def _exit_code(analysis: Analysis, strict: bool) -> int:
    return EXIT_FINDINGS if analysis.failed(strict) else EXIT_OK


@app.command()
def check(
    directory: DirArg = Path("claims"),
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text,
    sources: Annotated[Path | None, typer.Option(help="Verzeichnis der Quelltexte")] = None,
    position: Annotated[Path | None, typer.Option(help="Positionsdatei (YAML)")] = None,
    semantics: Annotated[Semantics, typer.Option()] = Semantics.grounded,
    support: Annotated[SupportReading, typer.Option()] = SupportReading.none,
    strict: Annotated[bool, typer.Option(help="Warnungen zählen als Fehler")] = False,
    lang: LangOpt = None,
) -> None:
    """Karte laden und prüfen; Bericht ausgeben. / Load and check the map; print the report."""
    _check_lang(lang)

    def run() -> int:
        options = Options(semantics=semantics.value, support=support.value,
                          sources_dir=sources, position=position)
        result = _load(directory, options, lang, format.value)
        if format is ReportFormat.json:
            print(json.dumps(json_report(result.analysis, result.lang, strict=strict),
                             ensure_ascii=False, indent=2))
        elif format is ReportFormat.markdown:
            from .report_markdown import markdown_report

            sys.stdout.write(markdown_report(result))
        else:
            _print_text_report(result, strict)
        return _exit_code(result.analysis, strict)

    raise typer.Exit(_run(run))


@app.command()
def build(
    directory: DirArg = Path("claims"),
    output: Annotated[Path, typer.Option("--output", "-o", help="Ziel-HTML-Datei")] = Path(
        "output/map.html"
    ),
    force: Annotated[bool, typer.Option(help="eine fremde Datei überschreiben")] = False,
    strict: Annotated[bool, typer.Option(help="Warnungen zählen als Fehler")] = False,
    lang: LangOpt = None,
) -> None:
    """Karte laden, prüfen und als interaktive HTML-Seite schreiben. / Build the HTML map."""
    _check_lang(lang)

    def run() -> int:
        from .pipeline import build as render

        result = _load(directory, Options(), lang)
        html = render(result)
        write_output(output, html, force=force, lang=result.lang)
        _print_text_report(result, strict, limit=BUILD_DIGEST)
        _console().print(escape(t("cli.wrote", result.lang, path=str(output))))
        return _exit_code(result.analysis, strict)

    raise typer.Exit(_run(run))


@app.command("export")
def export_cmd(
    directory: DirArg = Path("claims"),
    format: Annotated[str, typer.Option("--format", "-f", help="Format (see --help)")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Zieldatei")] = None,
    force: Annotated[bool, typer.Option(help="eine fremde Datei überschreiben")] = False,
    lang: LangOpt = None,
) -> None:
    """Karte in ein anderes Format exportieren. / Export the map to another format."""
    from .interop import EXPORTERS

    _check_lang(lang)
    if format not in EXPORTERS:
        message = t("cli.bad-format", resolve_lang(lang, None), fmt=format,
                    choices=", ".join(sorted(EXPORTERS)))
        _console(True).print(f"[red]{escape(message)}[/red]")
        raise typer.Exit(EXIT_INPUT)

    def run() -> int:
        result = _load(directory, Options(), lang)
        text = EXPORTERS[format].func(result)
        if output is None:
            sys.stdout.write(text)
        else:
            write_output(output, text, force=force, lang=result.lang)
            _console(True).print(escape(t("cli.wrote", result.lang, path=str(output))))
        return EXIT_OK

    raise typer.Exit(_run(run))


@app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(help="Datei eines anderen Werkzeugs")],
    from_: Annotated[str, typer.Option("--from", help="argdown | kialo | aif | json")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Zielverzeichnis")] = None,
    force: Annotated[bool, typer.Option(help="vorhandene Dateien überschreiben")] = False,
    lang: LangOpt = None,
) -> None:
    """Datei eines anderen Werkzeugs in Behauptungsdateien umwandeln. / Import claim files."""
    from .interop import IMPORTERS

    _check_lang(lang)
    out_lang = resolve_lang(lang, None)
    if from_ not in IMPORTERS:
        message = t("cli.bad-format", out_lang, fmt=from_, choices=", ".join(sorted(IMPORTERS)))
        _console(True).print(f"[red]{escape(message)}[/red]")
        raise typer.Exit(EXIT_INPUT)

    def run() -> int:
        from .interop.write import write_import

        target = output if output is not None else Path(file.stem)
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ArgmapError(t("load.unreadable", out_lang, problem=str(exc))) from None
        imported = IMPORTERS[from_].func(text, str(file))
        for d in imported.problems:
            _console(True).print(f"[yellow]{escape(f'{d.file}:{d.line}')}[/yellow] "
                                 f"[dim]\\[{d.code}][/dim] {escape(d.message)}")
        written = write_import(target, imported.files, force=force, lang=out_lang)
        for path in written:
            _console(True).print(escape(t("cli.wrote", out_lang, path=str(path))))
        return EXIT_OK

    raise typer.Exit(_run(run))


@app.command()
def schema(
    map_file: Annotated[bool, typer.Option("--map", help="Schema von map.yaml")] = False,
    write: Annotated[Path | None, typer.Option(
        "--write", help="beide Schemadateien in dieses Verzeichnis schreiben")] = None,
) -> None:
    """JSON Schema einer Behauptungsdatei ausgeben. / Print the claim-file JSON Schema."""
    from .schema import schema_files

    files = schema_files()
    if write is None:
        sys.stdout.write(files["map.schema.json" if map_file else "claims.schema.json"])
        return

    def run() -> int:
        for name, text in files.items():
            write_output(write / name, text, force=True)
            _console(True).print(escape(t("cli.wrote", "de", path=str(write / name))))
        return EXIT_OK

    raise typer.Exit(_run(run))


def main() -> None:  # pragma: no cover - console entry for `python -m argmap`
    app()
