"""The command line: a thin typer layer over :mod:`argmap.pipeline`.

The only module that prints or exits. Exit codes (CONTRACT §3): 0 done; 1 findings of severity
``error`` (or, with ``--strict``, any ``warning``); 2 the input could not be loaded or an output
could not be written, nothing was written; 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from .analysis import Options
from .errors import ArgmapError, LoadError
from .formats import DIFF_REPORTERS, EXPORTERS, IMPORTERS, REPORTERS
from .formats.report_text import failure_text
from .i18n import LANGS, resolve_lang, t
from .pipeline import Result, write_import, write_output
from .semantics.registry import SEMANTICS, SUPPORT_READINGS

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


def _one_of(names: Iterable[str]) -> dict[str, object]:
    """Option settings that accept only the registered ``names`` and list them in --help."""
    choices = sorted(names)

    def check(value: str) -> str:
        if value not in choices:
            raise typer.BadParameter(f"{value!r} ∉ {{{', '.join(choices)}}}")
        return value

    return {"callback": check, "metavar": "[" + "|".join(choices) + "]"}


# the choices come from the registries: a new format or semantics appears here by itself
ReportFormat = Annotated[str, typer.Option("--format", "-f", **_one_of(REPORTERS))]
Semantics = Annotated[str, typer.Option(**_one_of(SEMANTICS))]
SupportReading = Annotated[str, typer.Option(**_one_of(SUPPORT_READINGS))]


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


def _run(func: Callable[[], int]) -> int:
    """Turn expected errors into exit code 2 and bugs into exit code 3 (never exit 1)."""
    try:
        return func()
    except typer.Exit:
        raise
    except BrokenPipeError:  # `argmap check | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except LoadError as exc:
        _console(True).print(failure_text(exc.diagnostics, str(exc), exc.lang))
        raise typer.Exit(EXIT_INPUT) from None
    except ArgmapError as exc:
        _console(True).print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(EXIT_INPUT) from None
    except Exception:  # a bug: say so, show the traceback, and keep exit 1 for findings
        traceback.print_exc()
        _console(True).print("[red]argmap: interner Fehler / internal error[/red]")
        raise typer.Exit(EXIT_BUG) from None


def _load(directory: Path, options: Options, lang: str | None, fmt: str = "text",
          position: Path | None = None, author: str | None = None,
          file: str | None = None) -> Result:
    """Load and analyse; a load failure is reported in ``fmt`` and exits with code 2."""
    from .pipeline import check, failure_report

    try:
        return check(directory, options, lang, position=position, author=author, file=file)
    except LoadError as exc:
        text = failure_report(exc, fmt)
        if text is None:
            raise  # shown as text by _run
        sys.stdout.write(text)
        raise typer.Exit(EXIT_INPUT) from None


def _print_report(result: Result, fmt: str, strict: bool, limit: int | None = None) -> None:
    from .pipeline import report

    text = report(result, fmt, strict=strict, limit=limit)
    if fmt == "text":
        _console().print(text)  # one print: rich's per-call cost adds up
    else:
        sys.stdout.write(text)


def _exit_code(result: Result, strict: bool) -> int:
    return EXIT_FINDINGS if result.view.failed(strict) else EXIT_OK


def _bad_format(fmt: str, choices: Iterable[str], lang: str | None) -> typer.Exit:
    message = t("cli.bad-format", resolve_lang(lang, None), fmt=fmt,
                choices=", ".join(sorted(choices)))
    _console(True).print(f"[red]{escape(message)}[/red]")
    return typer.Exit(EXIT_INPUT)


@app.command()
def check(
    directory: DirArg = Path("claims"),
    format: ReportFormat = "text",
    sources: Annotated[Path | None, typer.Option(help="Verzeichnis der Quelltexte")] = None,
    position: Annotated[Path | None, typer.Option(help="Positionsdatei (YAML)")] = None,
    semantics: Semantics = "grounded",
    support: SupportReading = "none",
    strict: Annotated[bool, typer.Option(help="Warnungen zählen als Fehler")] = False,
    author: Annotated[str | None, typer.Option(
        help="Bericht über den Beitrag dieses Autors / dieser Gruppe")] = None,
    file: Annotated[str | None, typer.Option(
        "--file", help="Bericht über den Beitrag dieser Datei")] = None,
    lang: LangOpt = None,
) -> None:
    """Karte laden und prüfen; Bericht ausgeben. / Load and check the map; print the report."""
    _check_lang(lang)

    def run() -> int:
        from .pipeline import quote_status

        options = Options(semantics=semantics, support=support, sources_dir=sources)
        result = _load(directory, options, lang, format, position, author, file)
        _print_report(result, format, strict)
        if format == "text":
            _console().print(escape(quote_status(result)))
        return _exit_code(result, strict)

    raise typer.Exit(_run(run))


@app.command()
def build(
    directory: DirArg = Path("claims"),
    output: Annotated[Path, typer.Option("--output", "-o", help="Ziel-HTML-Datei")] = Path(
        "output/map.html"
    ),
    force: Annotated[bool, typer.Option(help="eine fremde Datei überschreiben")] = False,
    strict: Annotated[bool, typer.Option(help="Warnungen zählen als Fehler")] = False,
    sources: Annotated[Path | None, typer.Option(help="Verzeichnis der Quelltexte")] = None,
    lang: LangOpt = None,
) -> None:
    """Karte laden, prüfen und als interaktive HTML-Seite schreiben. / Build the HTML map."""
    _check_lang(lang)

    def run() -> int:
        from .pipeline import build as render
        from .pipeline import quote_status

        result = _load(directory, Options(sources_dir=sources), lang)
        write_output(output, render(result), force=force, lang=result.lang)
        _print_report(result, "text", strict, limit=BUILD_DIGEST)
        out, view = _console(), result.view
        out.print(escape(quote_status(result)))
        errors = view.count("error") + (view.count("warning") if strict else 0)
        key = "cli.wrote-with-errors" if view.failed(strict) else "cli.wrote"
        out.print(escape(t(key, result.lang, path=str(output),
                           errors=t("count.errors", result.lang, n=errors))))
        return _exit_code(result, strict)

    raise typer.Exit(_run(run))


@app.command("export")
def export_cmd(
    directory: DirArg = Path("claims"),
    format: Annotated[str, typer.Option("--format", "-f", help=" | ".join(EXPORTERS))] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Zieldatei")] = None,
    force: Annotated[bool, typer.Option(help="eine fremde Datei überschreiben")] = False,
    lang: LangOpt = None,
) -> None:
    """Karte in ein anderes Format exportieren. / Export the map to another format."""
    _check_lang(lang)
    if format not in EXPORTERS:
        raise _bad_format(format, EXPORTERS, lang)

    def run() -> int:
        from .pipeline import export

        result = _load(directory, Options(), lang)
        text = export(result, format)
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
    from_: Annotated[str, typer.Option("--from", help=" | ".join(IMPORTERS))],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Zielverzeichnis")] = None,
    force: Annotated[bool, typer.Option(help="vorhandene Dateien überschreiben")] = False,
    lang: LangOpt = None,
) -> None:
    """Datei eines anderen Werkzeugs in Behauptungsdateien umwandeln. / Import claim files."""
    _check_lang(lang)
    out_lang = resolve_lang(lang, None)
    if from_ not in IMPORTERS:
        raise _bad_format(from_, IMPORTERS, lang)

    def run() -> int:
        from .pipeline import import_file

        target = output if output is not None else Path(file.stem)
        imported = import_file(file, from_, out_lang)
        for d in imported.problems:
            _console(True).print(f"[yellow]{escape(f'{d.file}:{d.line}')}[/yellow] "
                                 f"[dim]\\[{d.code}][/dim] {escape(d.message)}")
        written = write_import(target, imported.files, force=force, lang=out_lang)
        for path in written:
            _console(True).print(escape(t("cli.wrote", out_lang, path=str(path))))
        return EXIT_OK

    raise typer.Exit(_run(run))


@app.command("diff")
def diff_cmd(
    old: Annotated[str, typer.Argument(help="alte Fassung: Verzeichnis oder git-Revision")],
    new: Annotated[str, typer.Argument(
        help="neue Fassung (Vorgabe: das Kartenverzeichnis)")] = "",
    directory: Annotated[Path, typer.Option(
        "--dir", help="Kartenverzeichnis, dessen git-Revisionen verglichen werden",
    )] = Path("claims"),
    format: Annotated[str, typer.Option("--format", "-f", **_one_of(DIFF_REPORTERS))] = "text",
    lang: LangOpt = None,
) -> None:
    """Was sich zwischen zwei Fassungen geändert hat. / What changed between two versions."""
    _check_lang(lang)

    def run() -> int:
        from .pipeline import diff, diff_report

        difference, out_lang = diff(old, new or str(directory), directory, Options(), lang)
        text = diff_report(difference, format, out_lang)
        if format == "text":
            _console().print(text)
        else:
            sys.stdout.write(text)
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
