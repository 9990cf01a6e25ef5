"""The command line: a thin typer layer over :mod:`argmap.pipeline`.

The only module that prints or exits. Exit codes (CONTRACT §3): 0 done; 1 findings of severity
``error`` (or, with ``--strict``, any ``warning``); 2 the input could not be loaded or an output
could not be written, nothing was written; 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
import typer.core

from .charsets import terminal_text
from .cli_spec import HELP_FLAGS, help_language
from .errors import ArgmapError, LoadError
from .formats import DIFF_REPORTERS, EXPORTERS, IMPORTERS, REPORTERS
from .i18n import LANGS, resolve_lang, t
from .markup import escape
from .semantics.registry import SEMANTICS, SUPPORT_READINGS

# Plain help screens and --version never come here (argmap.__main__ answers them from
# argmap.cli_spec, whose parameters tests/test_help.py holds equal to the ones below); the
# pipeline, the analysis and rich are imported by the commands that use them.
if TYPE_CHECKING:
    from rich.console import Console

    from .analysis import Options
    from .pipeline import Result


# the language of --help, read before typer parses (typer renders help while parsing)
HELP_LANG = help_language(sys.argv, os.environ)


def _h(key: str) -> str:
    return t(f"help.{key}", HELP_LANG)


def _localise_typer() -> None:
    """typer's own words in the help screens, in the help's language (typer reads these
    module constants when it renders, so setting them once is enough)."""
    from typer import rich_utils

    for name, key in (("ARGUMENTS_PANEL_TITLE", "arguments"), ("OPTIONS_PANEL_TITLE", "options"),
                      ("COMMANDS_PANEL_TITLE", "commands"), ("ERRORS_PANEL_TITLE", "error"),
                      ("DEFAULT_STRING", "default"), ("REQUIRED_LONG_STRING", "required"),
                      ("RICH_HELP", "try")):
        setattr(rich_utils, name, _h(key))


class _Localised:
    """A command or group whose help screens and usage errors speak the help's language.

    typer's own words are set when a help screen or an error is rendered, not at import:
    typer's rich renderer costs more to import than the whole of ``argmap --version``.
    """

    # Any: click's own types, which typer vendors under a private name
    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_h("usage") + " ")

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = _h("opt.help")
        return option

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _localise_typer()
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except (typer.Exit, typer.Abort):  # --version, --help: nothing to render here
            raise
        except Exception:  # a usage error: typer renders it next, in the help's language
            _localise_typer()
            raise


class _Command(_Localised, typer.core.TyperCommand):
    pass


class _Group(_Localised, typer.core.TyperGroup):
    pass


app = typer.Typer(
    name="argmap",
    cls=_Group,
    help=_h("app"),
    epilog=_h("app.epilog"),
    options_metavar=_h("options-metavar"),
    subcommand_metavar=_h("command-metavar"),
    no_args_is_help=True,
    context_settings={"help_option_names": list(HELP_FLAGS)},
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _command(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a command with its help and examples in the help's language."""
    return app.command(name, cls=_Command, help=_h(name), epilog=_h(f"{name}.epilog"),
                       options_metavar=_h("options-metavar"))


EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3
BUILD_DIGEST = 10  # findings per severity that `build` prints (the map shows them all)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        print(f"argmap {__version__}")
        raise typer.Exit(EXIT_OK)


#: ``--lang`` given before the command; set by every run's group callback (so one run's
#: choice never leaks into the next run in the same process, as os.environ would)
_GROUP_LANG: list[str | None] = [None]


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help=_h("opt.version"))] = False,
    lang: Annotated[str | None, typer.Option("--lang", help=_h("opt.lang"))] = None,
) -> None:
    _check_lang(lang)  # `argmap --lang en check …`: the command inherits the language
    _GROUP_LANG[0] = lang


def _one_of(names: Iterable[str], help_key: str) -> dict[str, object]:
    """Option settings that accept only the registered ``names`` and list them in --help."""
    choices = sorted(names)

    def check(value: str) -> str:
        if value not in choices:
            raise typer.BadParameter(f"{value!r} ∉ {{{', '.join(choices)}}}")
        return value

    return {"callback": check, "metavar": "[" + "|".join(choices) + "]",
            "help": _h(help_key)}


# the choices come from the registries: a new format or semantics appears here by itself
ReportFormat = Annotated[str, typer.Option("--format", "-f", **_one_of(REPORTERS, "opt.format"))]
Semantics = Annotated[str, typer.Option(**_one_of(SEMANTICS, "opt.semantics"))]
SupportReading = Annotated[str, typer.Option(**_one_of(SUPPORT_READINGS, "opt.support"))]
DirArg = Annotated[Path, typer.Argument(help=_h("opt.dir"), show_default=True)]
LangOpt = Annotated[str | None, typer.Option("--lang", help=_h("opt.lang"))]
StrictOpt = Annotated[bool, typer.Option(help=_h("opt.strict"))]
ForceOpt = Annotated[bool, typer.Option(help=_h("opt.force"))]
SourcesOpt = Annotated[Path | None, typer.Option(help=_h("opt.sources"))]


@functools.cache
def _safe_console() -> type[Console]:
    """The console class, made on first use (rich costs start-up time)."""
    from rich.console import Console

    class SafeConsole(Console):
        """A console that shows control characters of user strings as visible escapes
        (:func:`argmap.charsets.terminal_text`): a student's file cannot erase lines or
        retitle the window. Rich adds its own styling after this."""

        def print(self, *objects: Any, **kwargs: Any) -> None:
            if self._plain(objects, kwargs):
                from .markup import render_plain

                # rich's renderer costs ~1 µs a character: half of a 100,000-claim check
                self.file.write(render_plain(terminal_text(objects[0])) + "\n")
                self.file.flush()
                return
            super().print(*(terminal_text(o) if isinstance(o, str) else o for o in objects),
                          **kwargs)

        def _plain(self, objects: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
            """Whether rich would print one string without any style (a pipe, a file, a
            dumb terminal) and keep nothing of it (no recording, no capture)."""
            return (len(objects) == 1 and isinstance(objects[0], str) and not kwargs
                    and self.color_system is None and not self.record
                    and getattr(self, "_buffer_index", 1) == 0)

    return SafeConsole


def _console(stderr: bool = False) -> Console:
    # emoji off: a claim's ":fire:" is text, not a picture (and the plain path keeps it so)
    return _safe_console()(stderr=stderr, highlight=False, soft_wrap=True, emoji=False)


def _options(**settings: Any) -> Options:
    from .analysis import Options

    return Options(**settings)


def _language(lang: str | None) -> str | None:
    """A command's ``--lang``, checked; else the one given before the command, if any."""
    _check_lang(lang)
    return lang if lang is not None else _GROUP_LANG[0]


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
        from .formats.report_text import failure_text

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
        result = check(directory, options, lang, position=position, author=author, file=file)
    except LoadError as exc:
        text = failure_report(exc, fmt)
        if text is None:
            raise  # shown as text by _run
        sys.stdout.write(text)
        raise typer.Exit(EXIT_INPUT) from None
    if _HELD is not None:
        _HELD.append(result)
    return result


def _print_report(result: Result, fmt: str, strict: bool, limit: int | None = None) -> None:
    from .pipeline import report

    text = report(result, fmt, strict=strict, limit=limit)
    if fmt == "text":
        _console().print(text)  # one print: rich's per-call cost adds up
    else:
        sys.stdout.write(text)


def _exit_code(result: Result, strict: bool) -> int:
    return EXIT_FINDINGS if result.view.failed(strict) else EXIT_OK


@_command("check")
def check(
    directory: DirArg = Path("claims"),
    format: ReportFormat = "text",
    sources: SourcesOpt = None,
    position: Annotated[Path | None, typer.Option(help=_h("opt.position"))] = None,
    semantics: Semantics = "grounded",
    support: SupportReading = "none",
    strict: StrictOpt = False,
    author: Annotated[str | None, typer.Option(help=_h("opt.author"))] = None,
    file: Annotated[str | None, typer.Option("--file", help=_h("opt.file"))] = None,
    lang: LangOpt = None,
) -> None:
    lang = _language(lang)

    def run() -> int:
        from .pipeline import quote_status

        options = _options(semantics=semantics, support=support, sources_dir=sources)
        result = _load(directory, options, lang, format, position, author, file)
        _print_report(result, format, strict)
        if format == "text":
            _console().print(escape(quote_status(result)))
        return _exit_code(result, strict)

    raise typer.Exit(_run(run))


@_command("build")
def build(
    directory: DirArg = Path("claims"),
    output: Annotated[Path, typer.Option("--output", "-o", help=_h("opt.output"))] = Path(
        "output/map.html"
    ),
    force: ForceOpt = False,
    strict: StrictOpt = False,
    sources: SourcesOpt = None,
    since: Annotated[str | None, typer.Option(help=_h("opt.since"))] = None,
    lang: LangOpt = None,
) -> None:
    lang = _language(lang)

    def run() -> int:
        from .pipeline import build as render
        from .pipeline import quote_status, since_marks, write_output

        options = _options(sources_dir=sources)
        result = _load(directory, options, lang)
        marks = None if since is None else since_marks(result, since, directory, options)
        write_output(output, render(result, marks), force=force, lang=result.lang)
        _print_report(result, "text", strict, limit=BUILD_DIGEST)
        out, view = _console(), result.view
        out.print(escape(quote_status(result)))
        errors = view.count("error") + (view.count("warning") if strict else 0)
        key = "cli.wrote-with-errors" if view.failed(strict) else "cli.wrote"
        out.print(escape(t(key, result.lang, path=str(output),
                           errors=t("count.errors", result.lang, n=errors))))
        return _exit_code(result, strict)

    raise typer.Exit(_run(run))


@_command("export")
def export_cmd(
    directory: DirArg = Path("claims"),
    format: Annotated[str, typer.Option(
        "--format", "-f", **_one_of(EXPORTERS, "opt.export-format"))] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help=_h("opt.output"))] = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
) -> None:
    lang = _language(lang)

    def run() -> int:
        from .pipeline import export, write_output

        result = _load(directory, _options(), lang)
        text = export(result, format)
        if output is None:
            sys.stdout.write(text)
        else:
            write_output(output, text, force=force, lang=result.lang)
            _console(True).print(escape(t("cli.wrote", result.lang, path=str(output))))
        return EXIT_OK

    raise typer.Exit(_run(run))


@_command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(help=_h("opt.import-file"))],
    from_: Annotated[str, typer.Option("--from", **_one_of(IMPORTERS, "opt.from"))],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help=_h("opt.output-dir"))] = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
) -> None:
    lang = _language(lang)
    out_lang = resolve_lang(lang, None)

    def run() -> int:
        from .pipeline import import_file, write_import

        target = output if output is not None else Path(file.stem)
        imported = import_file(file, from_, out_lang)
        for d in imported.problems:  # a line 0: the format has no lines, the file alone
            where = f"{d.file}:{d.line}" if d.line > 0 else d.file
            _console(True).print(f"[yellow]{escape(where)}[/yellow] "
                                 f"[dim]\\[{d.code}][/dim] {escape(d.message)}")
        written = write_import(target, imported.files, force=force, lang=out_lang)
        for path in written:
            _console(True).print(escape(t("cli.wrote", out_lang, path=str(path))))
        return EXIT_OK

    raise typer.Exit(_run(run))


@_command("diff")
def diff_cmd(
    old: Annotated[str, typer.Argument(help=_h("opt.old"))],
    new: Annotated[str, typer.Argument(help=_h("opt.new"))] = "",
    directory: Annotated[Path, typer.Option("--dir", help=_h("opt.diff-dir"))] = Path("claims"),
    format: Annotated[str, typer.Option(
        "--format", "-f", **_one_of(DIFF_REPORTERS, "opt.format"))] = "text",
    lang: LangOpt = None,
) -> None:
    lang = _language(lang)

    def run() -> int:
        from .pipeline import diff, diff_report

        difference, out_lang = diff(old, new or str(directory), directory, _options(), lang)
        text = diff_report(difference, format, out_lang)
        if format == "text":
            _console().print(text)
        else:
            sys.stdout.write(text)
        return EXIT_OK

    raise typer.Exit(_run(run))


@_command("serve")
def serve(
    directory: DirArg = Path("claims"),
    port: Annotated[int, typer.Option(help=_h("opt.port"))] = 8000,
    host: Annotated[str, typer.Option(help=_h("opt.host"))] = "127.0.0.1",
    sources: SourcesOpt = None,
    lang: LangOpt = None,
) -> None:
    lang = _language(lang)

    def run() -> int:
        return _serve(directory, port, host, sources, lang)

    raise typer.Exit(_run(run))


def _serve(directory: Path, port: int, host: str, sources: Path | None,
           lang: str | None) -> int:
    import threading

    from .serve import LivePreview, Snapshot, make_server, watch

    out_lang = resolve_lang(lang, None)
    out = _console(True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        out.print(f"[yellow]{escape(t('serve.host-warning', out_lang, host=host))}[/yellow]")
    preview = LivePreview(directory, _options(sources_dir=sources), lang)

    def said(snap: Snapshot) -> None:
        key = "serve.built" if snap.ok else "serve.broken"
        out.print(escape(t(key, out_lang, version=snap.version)))

    said(preview.rebuild())
    try:
        server = make_server(preview, host, port)
    except OSError as exc:
        raise ArgmapError(t("serve.port", out_lang, port=port, problem=exc.strerror)) from None
    stop = threading.Event()
    threading.Thread(target=watch, args=(preview, stop), kwargs={"on_build": said},
                     daemon=True).start()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    shown = f"[{host}]" if ":" in host else host
    out.print(escape(t("serve.running", out_lang, url=f"http://{shown}:{server.server_port}/")))
    try:
        stop.wait()
    except KeyboardInterrupt:
        out.print(escape(t("serve.stopped", out_lang)))
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
    return EXIT_OK


@_command("schema")
def schema(
    map_file: Annotated[bool, typer.Option("--map", help=_h("opt.schema-map"))] = False,
    write: Annotated[Path | None, typer.Option("--write", help=_h("opt.schema-write"))] = None,
) -> None:
    from .schema import schema_files

    files = schema_files()
    if write is None:
        sys.stdout.write(files["map.schema.json" if map_file else "claims.schema.json"])
        return

    def run() -> int:
        from .pipeline import write_output

        for name, text in files.items():
            write_output(write / name, text, force=True)
            _console(True).print(escape(t("cli.wrote", "de", path=str(write / name))))
        return EXIT_OK

    raise typer.Exit(_run(run))


#: the loaded maps of this run, kept until the process ends; a list only when the run is the
#: ``argmap`` command itself (:func:`main`), never for ``app()`` called in-process
_HELD: list[Result] | None = None


def main() -> None:
    """Run the command line as the ``argmap`` command and end the process.

    When a command loaded a map, the process ends at once with its exit code, after flushing
    standard output and error (:func:`_leave`), instead of freeing every object of the analysed
    map first: at 100,000 claims that teardown took ~0.5 s of a 24 s ``argmap check`` for
    memory the system takes back anyway (mypy ends the same way). Every other run (help,
    ``--version``, usage errors, ``import``, ``schema``) ends as Python ends.
    """
    global _HELD
    _HELD = []
    try:
        app()
    except SystemExit as exc:
        code = exc.code
    else:  # pragma: no cover - click's standalone mode always exits
        code = 0
    if _HELD and (code is None or isinstance(code, int)):
        _leave(code or 0)
    raise SystemExit(code)


def _leave(code: int) -> None:
    """End the process with ``code`` once everything written is flushed; return (and let
    Python end it) when flushing fails other than by a reader that left, so that the failure
    is reported as before."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except BrokenPipeError:  # `argmap check | head`: the reader left, not an error (_run)
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        except (OSError, ValueError):
            return
    os._exit(code)
