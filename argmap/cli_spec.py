"""What the command line accepts, as data: every command with its arguments and options.

The entry (:mod:`argmap.__main__`) answers ``--help`` from this description with
:mod:`argmap.help`, without importing typer, rich or pydantic (issue 13: a help screen in at
most 0.25 s). :mod:`argmap.cli` declares the same parameters for typer;
``tests/test_help.py`` asserts that both agree exactly (names, flags, types, defaults, choices,
help texts, order), so neither can change alone.

The choices of ``--format``, ``--semantics``, ``--support`` and ``--from`` are not listed here:
they are read from the registries (:func:`choices`), as the typer options read them.

>>> [c.name for c in COMMANDS]
['check', 'build', 'export', 'import', 'diff', 'serve', 'schema']
>>> COMMAND["check"].param("format").flags
('--format', '-f')
>>> help_language(["argmap", "check", "--lang", "en", "--help"], {})
'en'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .i18n import resolve_lang

__all__ = ["APP", "COMMAND", "COMMANDS", "HELP_FLAGS", "Command", "Param", "choices",
           "help_language"]

#: the flags that ask for a help screen, on the program and on every command
HELP_FLAGS = ("--help", "-h")


@dataclass(frozen=True)
class Param:
    """One argument or option of a command.

    ``name`` is the parameter's name (typer's function argument); ``help`` its catalogue key
    under ``help.``; ``flags`` its option names, long first (none: a positional argument);
    ``kind`` its value type as click names it (``path``, ``text``, ``integer``, ``boolean``);
    ``off`` the negative flag of an on/off switch (``--no-strict``); ``registry`` the registry
    whose names are its only accepted values (see :func:`choices`).
    """

    name: str
    help: str
    flags: tuple[str, ...] = ()
    kind: str = "text"
    default: object = None
    required: bool = False
    off: str = ""
    registry: str = ""

    @property
    def is_argument(self) -> bool:
        return not self.flags

    @property
    def is_flag(self) -> bool:
        return self.kind == "boolean"


@dataclass(frozen=True)
class Command:
    """A command: its name (``""`` for the program itself) and its parameters in order; its
    description and examples are the catalogue's ``help.<name>`` and ``help.<name>.epilog``."""

    name: str
    params: tuple[Param, ...]

    def param(self, name: str) -> Param:
        return next(p for p in self.params if p.name == name)

    @property
    def arguments(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.is_argument)

    @property
    def options(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if not p.is_argument)


def _switch(name: str, help: str) -> Param:
    """An on/off option ``--name/--no-name``, off by default."""
    return Param(name, help, (f"--{name}",), "boolean", False, off=f"--no-{name}")


DIRECTORY = Param("directory", "opt.dir", kind="path", default=Path("claims"))
LANG = Param("lang", "opt.lang", ("--lang",))
FORCE = _switch("force", "opt.force")
STRICT = _switch("strict", "opt.strict")
SOURCES = Param("sources", "opt.sources", ("--sources",), "path")
OUTPUT = Param("output", "opt.output", ("--output", "-o"), "path")

APP = Command("", (
    Param("version", "opt.version", ("--version",), "boolean", False),
    LANG,
))

COMMANDS = (
    Command("check", (
        DIRECTORY,
        Param("format", "opt.format", ("--format", "-f"), default="text", registry="reporters"),
        SOURCES,
        Param("position", "opt.position", ("--position",), "path"),
        Param("semantics", "opt.semantics", ("--semantics",), default="grounded",
              registry="semantics"),
        Param("support", "opt.support", ("--support",), default="none", registry="supports"),
        STRICT,
        Param("author", "opt.author", ("--author",)),
        Param("file", "opt.file", ("--file",)),
        LANG,
    )),
    Command("build", (
        DIRECTORY,
        Param("output", "opt.output", ("--output", "-o"), "path", Path("output/map.html")),
        FORCE, STRICT, SOURCES,
        Param("since", "opt.since", ("--since",)),
        LANG,
    )),
    Command("export", (
        DIRECTORY,
        Param("format", "opt.export-format", ("--format", "-f"), default="json",
              registry="exporters"),
        OUTPUT, FORCE, LANG,
    )),
    Command("import", (
        Param("file", "opt.import-file", kind="path", required=True),
        Param("from_", "opt.from", ("--from",), required=True, registry="importers"),
        Param("output", "opt.output-dir", ("--output", "-o"), "path"),
        FORCE, LANG,
    )),
    Command("diff", (
        Param("old", "opt.old", required=True),
        Param("new", "opt.new", default=""),
        Param("directory", "opt.diff-dir", ("--dir",), "path", Path("claims")),
        Param("format", "opt.format", ("--format", "-f"), default="text",
              registry="diff-reporters"),
        LANG,
    )),
    Command("serve", (
        DIRECTORY,
        Param("port", "opt.port", ("--port",), "integer", 8000),
        Param("host", "opt.host", ("--host",), default="127.0.0.1"),
        SOURCES, LANG,
    )),
    Command("schema", (
        Param("map_file", "opt.schema-map", ("--map",), "boolean", False),
        Param("write", "opt.schema-write", ("--write",), "path"),
    )),
)

COMMAND = {c.name: c for c in COMMANDS}


def choices(param: Param) -> list[str]:
    """The accepted values of ``param``, sorted (empty: any value of its type).

    The format registries are imported only here, when a help screen lists them: their
    modules cost more start-up time than the rest of a help screen.
    """
    if not param.registry:
        return []
    if param.registry in ("semantics", "supports"):
        from .semantics.registry import SEMANTICS, SUPPORT_READINGS

        return sorted(SEMANTICS if param.registry == "semantics" else SUPPORT_READINGS)
    from . import formats

    registries: dict[str, Mapping[str, object]] = {
        "reporters": formats.REPORTERS, "exporters": formats.EXPORTERS,
        "importers": formats.IMPORTERS, "diff-reporters": formats.DIFF_REPORTERS}
    return sorted(registries[param.registry])


def help_language(argv: list[str], env: Mapping[str, str]) -> str:
    """The language of --help: ``--lang`` on the command line, else ARGMAP_LANG, else German
    (read before typer parses, since typer renders help while parsing)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return resolve_lang(argv[i + 1], None, env={})
        if arg.startswith("--lang="):
            return resolve_lang(arg.split("=", 1)[1], None, env={})
    return resolve_lang(None, None, env=env)
