"""The command line: exit codes, report formats, atomic and careful writing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.pipeline import GENERATOR_MARK
from tests.helpers import claims_yaml

runner = CliRunner()

CLEAN = claims_yaml(
    "id: a\ntext: A gilt.\nstance: opportunity\nsupports: [b]",
    "id: b\ntext: B gilt.\nstance: risk\nattacks: [c]",
    "id: c\ntext: C gilt.\nstance: neutral\nsource: {doc: s1, quote: 'zweites Stück'}",
)
BROKEN = claims_yaml("id: a\ntext: A\nstance: nope\nsupports: [ghost]", "id: b\ntext: B")
WITH_ERROR = claims_yaml("id: a\ntext: A\nstance: risk\nsupports: [a]\nattacks: [b]",
                         "id: b\ntext: B\nstance: risk")
WITH_WARNING = CLEAN + "  - id: lonely\n    text: Allein.\n    stance: neutral\n"


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env or {"ARGMAP_LANG": ""})


def test_check_clean_map_exits_0_with_json(make_map) -> None:
    root = make_map({"a.yaml": CLEAN})
    res = run("check", str(root), "--format", "json")
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["ok"] is True
    assert report["counts"] == {"claims": 3, "relations": 2, "errors": 0, "warnings": 0,
                                "infos": 0}
    assert report["labels"] == {"a": "in", "b": "in", "c": "out"}
    assert set(report["strength"]) == {"a", "b", "c"}
    assert report["diagnostics"] == [] and report["findings"] == []
    assert "extensions" not in report


def test_check_findings_exit_1(make_map) -> None:
    res = run("check", str(make_map({"a.yaml": WITH_ERROR})), "--format", "json")
    assert res.exit_code == 1
    report = json.loads(res.stdout)
    assert report["ok"] is False
    assert {f["code"] for f in report["findings"]} >= {"self-relation"}
    finding = report["findings"][0]
    assert set(finding) == {"code", "severity", "claims", "path", "message"}


def test_strict_turns_warnings_into_failure(make_map) -> None:
    root = make_map({"a.yaml": WITH_WARNING})
    assert run("check", str(root)).exit_code == 0
    assert run("check", str(root), "--strict").exit_code == 1


def test_load_errors_exit_2_with_every_problem(make_map) -> None:
    root = make_map({"a.yaml": BROKEN, "b.yaml": "claims: [\n"})
    res = run("check", str(root))
    assert res.exit_code == 2
    assert "a.yaml:5" in res.stderr and "a.yaml:7" in res.stderr and "b.yaml:" in res.stderr
    assert "Traceback" not in res.output + res.stderr


def test_load_errors_in_json(make_map) -> None:
    res = run("check", str(make_map({"a.yaml": BROKEN})), "--format", "json")
    assert res.exit_code == 2
    report = json.loads(res.stdout)
    assert report["ok"] is False and report["findings"] == [] and report["labels"] == {}
    assert {d["code"] for d in report["diagnostics"]} == {"schema"}
    d = report["diagnostics"][0]
    assert d["file"].endswith("a.yaml") and d["line"] == 5 and d["column"] >= 1


def test_text_report_names_file_and_line(make_map) -> None:
    res = run("check", str(make_map({"a.yaml": WITH_ERROR})))
    assert res.exit_code == 1
    assert "Fehler" in res.stdout and "a.yaml:3" in res.stdout and "self-relation" in res.stdout


def test_english(make_map) -> None:
    root = make_map({"a.yaml": WITH_ERROR})
    res = run("check", str(root), "--lang", "en")
    assert "Error" in res.stdout and "itself" in res.stdout
    res = run("check", str(root), env={"ARGMAP_LANG": "en"})
    assert "itself" in res.stdout


def test_bad_language_exit_2(make_map) -> None:
    assert run("check", str(make_map({"a.yaml": CLEAN})), "--lang", "fr").exit_code == 2


def test_build_writes_html_atomically(make_map, tmp_path: Path) -> None:
    root = make_map({"a.yaml": CLEAN})
    out = tmp_path / "out" / "map.html"
    res = run("build", str(root), "-o", str(out))
    assert res.exit_code == 0, res.output
    html = out.read_text()
    assert GENERATOR_MARK in html[:4096] and "window.network" in html
    assert not [p for p in out.parent.iterdir() if p.name != "map.html"]  # no temp files left
    # a rebuild replaces our own file
    assert run("build", str(root), "-o", str(out)).exit_code == 0


def test_failed_build_leaves_previous_output(make_map, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    assert run("build", str(make_map({"a.yaml": CLEAN})), "-o", str(out)).exit_code == 0
    before = out.read_bytes()
    res = run("build", str(make_map({"a.yaml": BROKEN})), "-o", str(out))
    assert res.exit_code == 2
    assert out.read_bytes() == before


def test_build_never_overwrites_a_foreign_file(make_map, tmp_path: Path) -> None:
    out = tmp_path / "notes.html"
    out.write_text("<p>my own notes</p>")
    res = run("build", str(make_map({"a.yaml": CLEAN})), "-o", str(out))
    assert res.exit_code == 2 and out.read_text() == "<p>my own notes</p>"
    assert run("build", str(make_map({"a.yaml": CLEAN})), "-o", str(out), "--force").exit_code == 0


def test_build_reports_findings_and_still_writes(make_map, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    res = run("build", str(make_map({"a.yaml": WITH_ERROR})), "-o", str(out))
    assert res.exit_code == 1 and out.exists()


def test_schema_command() -> None:
    res = run("schema")
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert schema["title"] == "ClaimFile" and "Claim" in schema["$defs"]


def test_markdown_report(make_map) -> None:
    res = run("check", str(make_map({"a.yaml": CLEAN})), "--format", "markdown")
    assert res.exit_code == 0
    assert res.stdout.startswith("# Testkarte") and "| **a**" in res.stdout


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_missing_directory_exit_2(tmp_path: Path, fmt: str) -> None:
    assert run("check", str(tmp_path / "nope"), "--format", fmt).exit_code == 2


def test_position_option(make_map, tmp_path: Path) -> None:
    root = make_map({"a.yaml": CLEAN})
    pos = tmp_path / "p.yaml"
    pos.write_text("name: Alice\naccept: [b, c]\n", encoding="utf-8")
    res = run("check", str(root), "--position", str(pos), "--format", "json")
    assert res.exit_code == 1
    report = json.loads(res.stdout)
    assert {"position-conflict", "position-incoherent"} <= {f["code"] for f in report["findings"]}
    assert report["position"]["name"] == "Alice"
    pos.write_text("accept: [ghost]\n", encoding="utf-8")
    res = run("check", str(root), "--position", str(pos))
    assert res.exit_code == 2 and "p.yaml:1" in res.stderr


@pytest.mark.parametrize("semantics", ["preferred", "stable"])
def test_extensions_in_report(make_map, semantics: str) -> None:
    root = make_map({"a.yaml": claims_yaml("id: a\ntext: A\nstance: risk\ncontradicts: [b]",
                                           "id: b\ntext: B\nstance: risk")})
    res = run("check", str(root), "--semantics", semantics, "--format", "json")
    report = json.loads(res.stdout)
    assert report["extensions"] == [["a"], ["b"]] and report["extensions_complete"] is True
    assert report["labels"] == {"a": "undec", "b": "undec"}


def test_version() -> None:
    from argmap import __version__

    res = run("--version")
    assert res.exit_code == 0 and res.stdout.strip() == f"argmap {__version__}"


def test_a_language_before_the_command_holds_for_that_run_only(make_map, monkeypatch) -> None:
    import os

    monkeypatch.delenv("ARGMAP_LANG", raising=False)
    root = make_map({"a.yaml": CLEAN})
    english = runner.invoke(app, ["--lang", "en", "check", str(root)])  # no env of its own
    assert "Verdicts (grounded)" in english.output, english.output
    assert "ARGMAP_LANG" not in os.environ  # the process's environment is left alone
    german = runner.invoke(app, ["check", str(root)])  # the next run: German again
    assert "Urteile (grounded)" in german.output, german.output


def test_text_report_is_the_same_on_a_terminal_and_in_a_pipe(make_map) -> None:
    # a pipe takes argmap.markup's plain path, a terminal rich's styled one
    root = make_map({"a.yaml": WITH_ERROR + "  - id: t\n    text: \"Tab\\tund [dim]x\"\n"
                                            "    stance: risk\n"})
    piped = run("check", str(root))
    styled = run("check", str(root), env={"ARGMAP_LANG": "", "FORCE_COLOR": "1"})
    assert piped.exit_code == styled.exit_code == 1
    assert "\x1b[" not in piped.stdout and "\x1b[" in styled.stdout
    assert re.sub(r"\x1b\[[0-9;]*m", "", styled.stdout) == piped.stdout


def test_emoji_codes_in_user_strings_stay_text(make_map) -> None:
    root = make_map({"a.yaml": claims_yaml("id: a\ntext: A\nstance: ':fire:'")})
    for env in ({"ARGMAP_LANG": ""}, {"ARGMAP_LANG": "", "FORCE_COLOR": "1"}):
        res = run("check", str(root), env=env)
        assert res.exit_code == 2
        assert "':fire:'" in res.stderr and "\N{FIRE}" not in res.stderr
