"""Quotes are checked by default when the source texts are there (texts: or --sources)."""

from __future__ import annotations

import os

from typer.testing import CliRunner

from argmap.cli import app
from tests.conftest import MAP_YAML
from tests.seminar.test_diff import BASE
from tests.seminar.test_review import BAD_QUOTE

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), env={"ARGMAP_LANG": ""})


def test_texts_key_turns_quote_checking_on(make_map) -> None:
    root = make_map({"a.yaml": BASE, "c.yaml": BAD_QUOTE, "texte/s1.txt": "Ein zweites Stück."},
                    map_yaml=MAP_YAML + "texts: texte\n")
    res = run("check", str(root))
    assert res.exit_code == 1 and "quote-not-found" in res.stdout
    assert "1 Zitat gegen die Quelltexte in" in res.stdout


def test_without_texts_the_report_says_quotes_were_not_checked(make_map, tmp_path) -> None:
    root = make_map({"a.yaml": BASE, "c.yaml": BAD_QUOTE})
    res = run("build", str(root), "-o", str(tmp_path / "m.html"))
    assert res.exit_code == 0
    assert "1 Zitat NICHT geprüft" in res.stdout and "Geschrieben:" in res.stdout


def test_build_checks_quotes_and_says_it_wrote_the_page_with_errors(make_map, tmp_path) -> None:
    root = make_map({"a.yaml": BASE, "c.yaml": BAD_QUOTE, "s1.txt": "Ein zweites Stück."})
    res = run("build", str(root), "-o", str(tmp_path / "m.html"), "--sources", str(root))
    assert res.exit_code == 1
    assert res.stdout.count("quote-not-found") == 1
    assert "— die Karte hat 1 Fehler" in res.stdout
    assert (tmp_path / "m.html").is_file()


def test_texts_may_not_leave_the_map_directory(make_map, tmp_path) -> None:
    for value in ("../elsewhere", "/etc", "a/../../b", "C:\\\\x"):
        root = make_map({"a.yaml": BASE}, map_yaml=MAP_YAML + f'texts: "{value}"\n')
        res = run("check", str(root))
        assert res.exit_code == 2, value
        assert "map.yaml:12" in res.stderr and "Kartenverzeichnisses" in res.stderr
    outside = tmp_path / "outside"
    outside.mkdir()
    root = make_map({"a.yaml": BASE}, map_yaml=MAP_YAML + "texts: link\n")
    os.symlink(outside, root / "link")
    res = run("check", str(root))
    assert res.exit_code == 2 and "map.yaml:12" in res.stderr
