"""The help screens of the command line, rendered from :mod:`argmap.cli_spec` without typer.

``argmap --help`` and ``argmap COMMAND --help`` are answered by the entry
(:mod:`argmap.__main__`) with :func:`help_screen` (issue 13: typer, its rich renderer and
pydantic cost 0.7 s before the first line of help). Plain text in one language, as wide as the
terminal (at most :data:`MAX_WIDTH`), coloured only on a terminal and without ``NO_COLOR``.
Everything that is not a plain help request (a help flag after an unknown option or a command's
arguments, an unknown command) is left to typer, which renders it as before or reports the
usage error.

>>> from argmap.cli_spec import APP
>>> request(["check", "--help"]).name, request(["--lang", "en", "-h"]) is APP
('check', True)
>>> request(["check", "claims", "--help"]) is None, request(["nope", "--help"]) is None
(True, True)
>>> print(render(request(["schema", "--help"]), "en", 60).splitlines()[0])
Usage: argmap schema [OPTIONS]
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Mapping, Sequence

from .cli_spec import APP, COMMAND, COMMANDS, HELP_FLAGS, Command, Param, choices, help_language
from .i18n import t

__all__ = ["MAX_WIDTH", "help_screen", "render", "request"]

MAX_WIDTH = 100  # wider lines are hard to read, whatever the terminal
MIN_WIDTH = 40
BOLD, CYAN = "1", "36"

Row = tuple[str, str, str]  # the names, their help, and a default or "required" after it


def _is_lang(arg: str, command: Command) -> int:
    """How many words a ``--lang`` option at ``arg`` takes (0: not one ``command`` has)."""
    if not any(p.name == "lang" for p in command.params):
        return 0
    return 2 if arg == "--lang" else 1 if arg.startswith("--lang=") else 0


def request(args: Sequence[str]) -> Command | None:
    """The command whose help screen ``args`` (the words after ``argmap``) ask for, or
    :data:`~argmap.cli_spec.APP` for the program's; None if they ask for anything else.

    Accepted, as typer accepts them: ``[--lang L] [COMMAND [--lang L]]`` with a help flag
    among the options of the program or of the command. A help flag among the program's options
    shows the program's help whatever follows (typer never parses the rest).

    Notes
    -----
    One pass over ``args``: O(len(args)).
    """
    command, wants, i = APP, False, 0
    while i < len(args):
        arg = args[i]
        width = _is_lang(arg, command)
        if arg in HELP_FLAGS:
            wants, i = True, i + 1
        elif width and i + width <= len(args):
            i += width
        elif command is APP and not arg.startswith("-"):
            if wants or arg not in COMMAND:
                return APP if wants else None
            command, i = COMMAND[arg], i + 1
        else:
            return None
    return command if wants else None


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if colour and text else text


def _default(param: Param, lang: str) -> str:
    """``[Vorgabe: …]``, ``[Pflicht]`` or nothing."""
    if param.required:
        return " " + t("help.required", lang)
    if param.is_flag:
        shown = param.off if param.off and not param.default else ""
    else:
        shown = "" if param.default is None else str(param.default)
    return " " + t("help.default", lang).format(shown) if shown else ""


def _metavar(param: Param, lang: str) -> str:
    names = choices(param)
    if names:
        return "[" + "|".join(names) + "]"
    return "" if param.is_flag else t(f"help.meta.{param.kind}", lang)


def _option_row(param: Param, lang: str) -> Row:
    short = [f for f in param.flags if not f.startswith("--")]
    long = [f for f in param.flags if f.startswith("--")]
    names = ", ".join(short + long) if short else "    " + ", ".join(long)
    if param.off:
        names += " / " + param.off
    meta = _metavar(param, lang)
    return names + (" " + meta if meta else ""), t(f"help.{param.help}", lang), _default(
        param, lang)


def _argument_row(param: Param, lang: str) -> Row:
    return t(f"help.meta.{param.name}", lang), t(f"help.{param.help}", lang), _default(
        param, lang)


def _wrap(text: str, suffix: str, width: int) -> list[str]:
    """``text`` wrapped to ``width``, then ``suffix`` (a default) after it: on its last line if
    it fits there, else on a line of its own."""
    lines = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    if suffix and len(lines[-1]) + len(suffix) <= width:
        lines[-1] += suffix
    elif suffix:  # broken only where it is wider than the column itself
        lines += textwrap.wrap(suffix, width, break_on_hyphens=False)
    return lines


def _rows(rows: list[Row], width: int, colour: bool) -> list[str]:
    """Two columns: the names, and their help wrapped beside them (a name too long for the
    first column gets a line of its own)."""
    col = min(max(len(left) for left, _, _ in rows), max(16, width // 3)) + 4
    out = []
    for left, right, suffix in rows:
        wrapped = _wrap(right, suffix, max(width - col, 20))
        name = "  " + _paint(left, CYAN, colour)
        if len(left) + 4 > col:
            out.append(name)
        else:
            out.append(name + " " * (col - 2 - len(left)) + wrapped.pop(0))
        out += [" " * col + line for line in wrapped]
    return out


def _section(title: str, rows: list[Row], width: int, colour: bool) -> list[str]:
    return ["", _paint(title + ":", BOLD, colour), *_rows(rows, width, colour)]


def _epilog(text: str, width: int, colour: bool) -> list[str]:
    """The examples and notes: a paragraph whose first line ends with a colon is a heading
    with one example a line, indented; any other paragraph is wrapped prose."""
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        head, *examples = paragraph.split("\n")
        out.append("")
        if not (examples and head.endswith(":")):
            out += textwrap.wrap(paragraph, width, break_on_hyphens=False)
            continue
        out.append(_paint(head, BOLD, colour))
        for example in examples:
            out += textwrap.wrap(example, width, initial_indent="  ", subsequent_indent="      ",
                                 break_on_hyphens=False, break_long_words=False)
    return out


def _usage(command: Command, lang: str, width: int, colour: bool) -> list[str]:
    prefix = t("help.usage", lang)
    words = ["argmap", *([command.name] if command.name else []), t("help.options-metavar", lang)]
    if command is APP:
        words.append(t("help.command-metavar", lang))
    for param in command.arguments:
        meta = t(f"help.meta.{param.name}", lang)
        words.append(meta if param.required else f"[{meta}]")
    lines = textwrap.wrap(" ".join(words), width - len(prefix) - 1, break_on_hyphens=False)
    return [_paint(prefix, BOLD, colour) + " " + lines[0],
            *(" " * (len(prefix) + 1) + line for line in lines[1:])]


def render(command: Command, lang: str, width: int = 80, colour: bool = False) -> str:
    """The help screen of ``command`` (:data:`~argmap.cli_spec.APP`: the program's) in
    ``lang``, ``width`` columns wide (held between 40 and :data:`MAX_WIDTH`).

    Notes
    -----
    O(size of the screen); the format registries are imported when a listed option's choices
    come from them.
    """
    width = max(MIN_WIDTH, min(width, MAX_WIDTH))
    key = command.name or "app"
    lines = [*_usage(command, lang, width, colour), "",
             *textwrap.wrap(t(f"help.{key}", lang), width)]
    if command.arguments:
        lines += _section(t("help.arguments", lang),
                          [_argument_row(p, lang) for p in command.arguments], width, colour)
    options = [_option_row(p, lang) for p in command.options]
    options.append((", ".join(sorted(HELP_FLAGS, key=len)), t("help.opt.help", lang), ""))
    lines += _section(t("help.options", lang), options, width, colour)
    if command is APP:
        lines += _section(t("help.commands", lang),
                          [(c.name, t(f"help.{c.name}", lang), "") for c in COMMANDS], width,
                          colour)
    lines += _epilog(t(f"help.{key}.epilog", lang), width, colour)
    return "\n".join(lines) + "\n"


def help_screen(args: Sequence[str], env: Mapping[str, str], width: int | None = None,
                colour: bool | None = None) -> str | None:
    """The help screen that ``args`` ask for (see :func:`request`), or None.

    The language as :mod:`argmap.cli` reads it (``--lang``, else ``ARGMAP_LANG``); the width
    of the terminal (or ``COLUMNS``); colours on a terminal unless ``NO_COLOR`` is set.
    """
    command = request(args)
    if command is None:
        return None
    if width is None:
        width = shutil.get_terminal_size().columns
    if colour is None:
        colour = sys.stdout.isatty() and not env.get("NO_COLOR")
    return render(command, help_language(["argmap", *args], env), width, colour)
