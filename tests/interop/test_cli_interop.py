"""``argmap export`` and ``argmap import`` through the real command line (typer)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.load import load_map
from argmap.pipeline import GENERATOR_MARK

from .helpers import FIXTURES

runner = CliRunner()
MAP = str(FIXTURES / "map")


def run(*args: str):
    return runner.invoke(app, list(args), env={"ARGMAP_LANG": ""})


def test_export_to_stdout() -> None:
    res = run("export", MAP, "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["graph"]["title"].startswith("Testkarte")


@pytest.mark.parametrize("fmt", ["json", "graphml", "argdown", "aif", "dot"])
def test_export_to_file_and_again(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"map.{fmt}"
    res = run("export", MAP, "--format", fmt, "-o", str(out))
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert GENERATOR_MARK in text[:4096]
    res = run("export", MAP, "--format", fmt, "-o", str(out))  # argmap's own file: replaced
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8") == text


def test_export_refuses_foreign_file_and_unknown_format(tmp_path: Path) -> None:
    out = tmp_path / "mine.json"
    out.write_text("meins", encoding="utf-8")
    res = run("export", MAP, "--format", "json", "-o", str(out))
    assert res.exit_code == 2
    assert out.read_text(encoding="utf-8") == "meins"
    res = run("export", MAP, "--format", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert res.exit_code == 2
    assert not (tmp_path / "x.pdf").exists()


def test_import_writes_loadable_claim_files(tmp_path: Path) -> None:
    target = tmp_path / "neu"
    res = run("import", str(FIXTURES / "debate.argdown"), "--from", "argdown", "-o", str(target))
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in target.iterdir()) == [
        "grundsatzfragen.yaml", "map.yaml", "sicherheit.yaml"]
    assert "unsupported-construct" in res.stderr  # problems are reported, not fatal
    amap = load_map(target)
    assert "offenheit" in amap.claims


@pytest.mark.parametrize("fmt, name", [("kialo", "kialo_numbered.txt"),
                                       ("aif", "aifdb.json")])
def test_import_other_formats(fmt: str, name: str, tmp_path: Path) -> None:
    res = run("import", str(FIXTURES / name), "--from", fmt, "-o", str(tmp_path / "m"))
    assert res.exit_code == 0, res.output
    assert load_map(tmp_path / "m").claims


def test_import_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "neu"
    target.mkdir()
    (target / "sicherheit.yaml").write_text("meins\n", encoding="utf-8")
    src = str(FIXTURES / "debate.argdown")
    res = run("import", src, "--from", "argdown", "-o", str(target))
    assert res.exit_code == 2
    assert sorted(p.name for p in target.iterdir()) == ["sicherheit.yaml"]  # nothing written
    assert (target / "sicherheit.yaml").read_text(encoding="utf-8") == "meins\n"
    res = run("import", src, "--from", "argdown", "-o", str(target), "--force")
    assert res.exit_code == 0, res.output
    assert load_map(target).claims


def test_import_errors_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ kein json", encoding="utf-8")
    res = run("import", str(bad), "--from", "aif", "-o", str(tmp_path / "out"))
    assert res.exit_code == 2
    assert not (tmp_path / "out").exists()
    res = run("import", str(bad), "--from", "mindmap", "-o", str(tmp_path / "out"))
    assert res.exit_code == 2
    res = run("import", str(tmp_path / "fehlt.argdown"), "--from", "argdown")
    assert res.exit_code == 2


def test_import_default_directory_is_the_file_stem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = (FIXTURES / "kialo_twoline.txt").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    Path("debatte.txt").write_text(src, encoding="utf-8")
    res = run("import", "debatte.txt", "--from", "kialo")
    assert res.exit_code == 0, res.output
    assert load_map(tmp_path / "debatte").claims
