"""The help screens of argmap.help (issue 13): what they show, and that they show what typer
would accept.

``argmap.cli_spec`` describes the commands for the entry's help screens; ``argmap.cli``
declares them for typer. The agreement tests hold the two equal, parameter by parameter, so
that neither can change alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from argmap import cli
from argmap.cli_spec import APP, COMMAND, COMMANDS, HELP_FLAGS, Command, Param, choices
from argmap.help import help_screen, render, request
from argmap.i18n import t

SCREENS = [APP, *COMMANDS]
KINDS = {Path: "path", str: "text", int: "integer", bool: "boolean"}


def _click(command: Command) -> Any:
    group = typer.main.get_command(cli.app)
    return group if command is APP else group.commands[command.name]  # type: ignore[attr-defined]


def _kind(annotation: object) -> str:
    inner = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    return KINDS[inner[0]]  # type: ignore[index]


def _typer_param(p: Any) -> tuple[object, ...]:
    is_argument = p.opts == [p.name]
    return (p.name, () if is_argument else tuple(p.opts), _kind(p.type_descriptor.annotation),
            p.default, p.required, tuple(p.secondary_opts), p.help, p.metavar)


def _spec_param(p: Param) -> tuple[object, ...]:
    names = choices(p)
    metavar = "[" + "|".join(names) + "]" if names else None
    off = (p.off,) if p.off else ()
    return (p.name, p.flags, p.kind, p.default, p.required, off, t(f"help.{p.help}",
                                                                   cli.HELP_LANG), metavar)


def _text(screen: str) -> str:
    return " ".join(screen.split())


@pytest.mark.parametrize("command", SCREENS, ids=lambda c: c.name or "argmap")
def test_the_spec_and_typers_parameters_agree(command: Command) -> None:
    actual = [_typer_param(p) for p in _click(command).params]
    assert actual == [_spec_param(p) for p in command.params]


def test_the_spec_has_typers_commands_in_their_order() -> None:
    group = typer.main.get_command(cli.app)
    assert list(group.commands) == [c.name for c in COMMANDS]  # type: ignore[attr-defined]
    for command in SCREENS:
        key = command.name or "app"
        assert _click(command).help == t(f"help.{key}", cli.HELP_LANG)
        assert _click(command).epilog == t(f"help.{key}.epilog", cli.HELP_LANG)


def test_typer_takes_the_same_help_flags() -> None:
    ctx = typer.main.get_command(cli.app).make_context("argmap", ["--lang", "de"])
    assert ctx.help_option_names == list(HELP_FLAGS)


def test_a_choice_of_the_spec_is_what_typer_accepts() -> None:
    option = next(p for p in _click(COMMAND["check"]).params if p.name == "semantics")
    names = choices(COMMAND["check"].param("semantics"))
    assert names == sorted(["grounded", "preferred", "stable", "complete"])
    assert [option.callback(None, option, v) for v in names] == names
    with pytest.raises(typer.BadParameter):
        option.callback(None, option, "admissible")


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("command", SCREENS, ids=lambda c: c.name or "argmap")
def test_the_screen_shows_every_parameter_and_example(command: Command, lang: str) -> None:
    screen = render(command, lang, 100)
    text = _text(screen)
    key = command.name or "app"
    assert text.startswith(t("help.usage", lang) + " argmap")
    assert _text(t(f"help.{key}", lang)) in text
    for param in command.params:
        assert _text(t(f"help.{param.help}", lang)) in text, param.name
        assert all(flag in screen for flag in (*param.flags, param.off)), param.name
        assert "|".join(choices(param)) in screen
        if param.default not in (None, "", False):
            assert t("help.default", lang).format(param.default) in text, param.name
    for line in t(f"help.{key}.epilog", lang).splitlines():
        assert _text(line) in text
    assert "-h, --help" in screen and t("help.opt.help", lang) in text


def test_the_screens_speak_one_language() -> None:
    check = COMMAND["check"]
    german, english = render(check, "de", 100), render(check, "en", 100)
    assert "Aufruf: argmap check [OPTIONEN] [VERZEICHNIS]" in german
    assert "[Vorgabe: text]" in german and "[default:" not in german
    assert "Usage: argmap check [OPTIONS] [DIRECTORY]" in english
    assert "[default: --no-strict]" in english and "Vorgabe" not in english
    assert "import [OPTIONEN] DATEI" in render(COMMAND["import"], "de")
    assert "[Pflicht]" in render(COMMAND["import"], "de")


def test_the_program_lists_every_command() -> None:
    screen = render(APP, "en", 100)
    for command in COMMANDS:
        assert f"  {command.name}  " in screen or f"  {command.name} " in screen
    assert "COMMAND [ARGS]..." in screen


@pytest.mark.parametrize("width", [40, 60, 80, 100, 200])
@pytest.mark.parametrize("command", SCREENS, ids=lambda c: c.name or "argmap")
def test_lines_fit_the_terminal(command: Command, width: int) -> None:
    # only an option's names with a long list of choices may be wider (it is one word)
    limit = min(width, 100)
    for line in render(command, "de", width).splitlines():
        assert len(line) <= limit or line.lstrip().startswith("-"), line


def test_colours_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["check", "--help"]
    assert "\033[" not in (help_screen(args, {}) or "")  # pytest's stdout is no terminal
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert "\033[1m" in (help_screen(args, {}) or "")
    assert "\033[" not in (help_screen(args, {"NO_COLOR": "1"}) or "")


def test_the_language_of_the_screen() -> None:
    assert (help_screen(["check", "--help"], {}) or "").startswith("Aufruf:")
    assert (help_screen(["check", "--help"], {"ARGMAP_LANG": "en"}) or "").startswith("Usage:")
    assert (help_screen(["check", "-h", "--lang=en"], {}) or "").startswith("Usage:")
    assert (help_screen(["--lang", "en", "check", "-h"], {"ARGMAP_LANG": "de"})
            or "").startswith("Usage:")


ANSWERED = [
    (["--help"], ""), (["-h"], ""), (["--lang", "en", "--help"], ""),
    (["--help", "--lang", "en"], ""), (["--help", "check"], ""), (["--help", "nope", "-x"], ""),
    (["check", "--help"], "check"), (["check", "-h"], "check"),
    (["check", "--lang", "en", "--help"], "check"), (["--lang=en", "check", "--help"], "check"),
    (["check", "--help", "--lang", "en"], "check"), (["schema", "--help"], "schema"),
    (["import", "--help"], "import"), (["diff", "-h", "-h"], "diff"),
]
LEFT_TO_TYPER = [
    [], ["check"], ["--version", "--help"], ["--help", "--bogus"], ["nope", "--help"],
    ["check", "claims", "--help"], ["check", "--format", "json", "--help"],
    ["check", "--lang", "--help"], ["schema", "--lang", "en", "--help"], ["check", "--", "-h"],
    ["--lang"], ["check", "--lang"], ["--lang", "en"],
]


@pytest.mark.parametrize(("args", "name"), ANSWERED, ids=" ".join)
def test_a_help_request_is_answered_as_typer_answers_it(args: list[str], name: str) -> None:
    command = request(args)
    assert command is not None and command.name == name
    done = CliRunner().invoke(cli.app, args)
    assert done.exit_code == 0, done.output
    assert f"argmap {name}".strip() + " " in done.output  # typer shows the same screen


@pytest.mark.parametrize("args", LEFT_TO_TYPER, ids=" ".join)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert request(args) is None


def _entry(*args: str, columns: int = 90) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARGMAP_LANG": "", "COLUMNS": str(columns)}
    env.pop("NO_COLOR", None)
    return subprocess.run([sys.executable, "-m", "argmap", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_the_entry_prints_the_screen_with_exit_code_0() -> None:
    done = _entry("build", "--help", "--lang", "en")
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout == render(COMMAND["build"], "en", 90)


def test_a_bare_argmap_shows_the_programs_help_with_exit_code_2() -> None:
    done = _entry(columns=70)
    assert done.returncode == 2 and done.stdout == render(APP, "de", 70)


def test_typer_still_answers_what_the_entry_leaves() -> None:
    unknown = _entry("nope", "--help")
    assert unknown.returncode == 2 and "nope" in unknown.stderr
    late = _entry("check", "claims", "-h")
    assert late.returncode == 0 and "argmap check [OPTIONEN]" in late.stdout
