"""The CLI starts fast (issue 13): what ``--version`` and ``--help`` need is all they import.

``--version`` and the help screens are answered by the entry without typer; typer's own help
(a help flag it alone can place, such as after a command's arguments) still imports none of
argmap's heavy libraries.

Timing belongs to ``benchmarks/bench_startup.py``; this test holds the structure that makes
start-up fast, on any machine: the heavy libraries are imported by the commands that use
them, never at start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import generated_map

# argmap's own heavy libraries; typer's help renderer itself brings pydantic and markdown_it
HEAVY = ("networkx", "ruamel", "jinja2", "pyvis", "yaml")

PROBE = """
import json, sys
sys.argv = ["argmap", *json.loads(sys.argv[1])]
import argmap.cli
try:
    argmap.cli.app()
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def imported(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True,
                          text=True, timeout=120, check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [("--version",), ("check", "--help"), ("build", "--help")])
def test_start_imports_no_heavy_library(args: tuple[str, ...]) -> None:
    assert imported(*args).isdisjoint(HEAVY)


def test_version_imports_neither_rich_nor_pydantic() -> None:
    assert imported("--version").isdisjoint({"rich", "pydantic", "markdown_it", *HEAVY})


def test_import_loads_no_map_library(tmp_path: Path) -> None:
    # issue 10: ``argmap import`` makes claim files, it neither loads nor analyses a map
    src = tmp_path / "k.txt"
    src.write_text("1. These.\n1.1. Pro: Ein Grund: mit # und \"Quotes\".\n", encoding="utf-8")
    modules = imported("import", str(src), "--from", "kialo", "-o", str(tmp_path / "m"))
    assert (tmp_path / "m" / "map.yaml").is_file()
    assert modules.isdisjoint(HEAVY)


def test_the_probe_sees_a_command_that_loads_a_map() -> None:
    # the probe is not blind: a real command does import the pipeline's libraries
    assert {"networkx", "pydantic"} <= imported("check", "claims")


def test_version_is_answered_before_the_cli_library_is_imported() -> None:
    probe = ("import json, sys; sys.argv = ['argmap', '--version']; import argmap.__main__ as m;"
             " m.main(); print(json.dumps(sorted(sys.modules)), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip().startswith("argmap ")
    modules = {m.split(".")[0] for m in json.loads(done.stderr.strip().splitlines()[-1])}
    assert "typer" not in modules and "rich" not in modules


ENTRY = """
import json, sys
sys.argv = ["argmap", *json.loads(sys.argv[1])]
import argmap.__main__ as entry
try:
    entry.main()
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""
# what a help screen does without (issue 13): typer (and the click it vendors), its renderer
HELP_FREE = {"typer", "click", "rich", "pydantic", "markdown_it", *HEAVY}


@pytest.mark.parametrize("args", [("--help",), (), ("--lang", "en", "-h"), ("check", "--help"),
                                  ("build", "--help"), ("export", "-h"), ("import", "--help"),
                                  ("diff", "--help"), ("serve", "--help"), ("schema", "--help")])
def test_the_help_screens_are_answered_without_typer(args: tuple[str, ...]) -> None:
    done = subprocess.run([sys.executable, "-c", ENTRY, json.dumps(args)], capture_output=True,
                          text=True, timeout=120, check=True)
    assert "argmap" in done.stdout and ("Usage:" in done.stdout or "Aufruf:" in done.stdout)
    modules = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert modules.isdisjoint(HELP_FREE), sorted(modules & HELP_FREE)


def test_the_help_probe_sees_typer_when_the_entry_hands_over() -> None:
    # the probe is not blind: a help flag after a command's argument goes to typer
    done = subprocess.run([sys.executable, "-c", ENTRY, json.dumps(["check", "claims", "-h"])],
                          capture_output=True, text=True, timeout=120, check=True)
    assert "typer" in set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_the_entry_hands_every_other_command_to_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "argmap", "--lang", "en", "--help"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Usage" in done.stdout


def test_the_default_check_imports_no_sat_solver(tmp_path: Path) -> None:
    # grounded labels and 2-SAT coherence need no solver (python-sat's import is ~75 ms);
    # linked arguments (the shipped map has some) and preferred or stable semantics do
    root = generated_map(tmp_path / "m", 60, seed=3)
    assert "pysat" not in imported("check", str(root))
    assert "pysat" in imported("check", str(root), "--semantics", "preferred")
    assert "pysat" in imported("check", "claims")
