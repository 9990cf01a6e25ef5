"""Hostile Kialo exports given to ``argmap import --from kialo`` (issue 10): many entries with
one text (linear ids), huge inputs (limits), imports that must load, messages in English."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.errors import LoadError
from argmap.formats import IMPORTERS
from argmap.formats import _common as common
from argmap.formats._common import IdMaker
from argmap.load import MAX_FILE_SIZE, load_map

runner = CliRunner()


def _kialo(n: int, text: str = "Gleicher Text.") -> str:
    return "Discussion Title: T\n\n1. These.\n" + "".join(
        f"1.{i}. {'Pro' if i % 2 else 'Con'}: {text}\n" for i in range(1, n + 1))


def _import(text: str, lang: str = "de"):
    return IMPORTERS["kialo"].func(text, "k.txt", lang=lang)


def test_ids_for_one_repeated_text_are_made_in_linear_time() -> None:
    ids = IdMaker()
    start = time.perf_counter()
    made = [ids.make("gleicher text") for _ in range(40_000)]
    assert time.perf_counter() - start < 5  # was quadratic: 282 s for 40,000 imports
    assert len(set(made)) == 40_000 and made[:3] == ["gleicher-text", "gleicher-text-2",
                                                     "gleicher-text-3"]


def test_taken_numbers_are_skipped_not_reused() -> None:
    ids = IdMaker(used={"a-2", "a-3"})
    assert [ids.make("a"), ids.make("a"), ids.make("a-2")] == ["a", "a-4", "a-2-2"]


def test_40000_entries_with_one_text_import_quickly_and_load(tmp_path: Path) -> None:
    start = time.perf_counter()
    result = _import(_kialo(40_000))
    elapsed = time.perf_counter() - start
    assert elapsed < 60, elapsed  # a sanity bound only; benchmarks/import_ids.py measures
    assert all(len(b.encode()) < MAX_FILE_SIZE for b in result.files.values())
    assert len(result.files) > 2  # split: one topic file would exceed the loader's limit
    for name, body in result.files.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    assert len(load_map(tmp_path).claims) == 40_001  # loads (the analysis is not the point)


def test_long_entries_are_split_into_files_the_loader_accepts(tmp_path: Path) -> None:
    result = _import(_kialo(300, "Ein sehr langer Beitrag. " * 180))
    assert max(len(b.encode()) for b in result.files.values()) <= common.IMPORT_FILE_BYTES
    for name, body in result.files.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    res = runner.invoke(app, ["check", str(tmp_path)], env={"ARGMAP_LANG": ""})
    assert res.exit_code in (0, 1), res.output  # loads (findings are fine)


def test_too_many_entries_stop_the_import_with_a_diagnostic(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "MAX_IMPORT_ITEMS", 50)
    with pytest.raises(LoadError) as info:
        _import(_kialo(100), lang="en")
    (d,) = info.value.diagnostics
    assert d.code == "file-too-large" and d.line == 53 and "more than 50 entries" in d.message


def test_command_line_refuses_too_many_entries_with_exit_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "MAX_IMPORT_ITEMS", 10)
    (tmp_path / "k.txt").write_text(_kialo(30), encoding="utf-8")
    res = runner.invoke(app, ["import", str(tmp_path / "k.txt"), "--from", "kialo", "-o",
                              str(tmp_path / "out"), "--lang", "en"], env={"ARGMAP_LANG": ""})
    assert res.exit_code == 2 and "more than 10 entries" in res.output, res.output
    assert not (tmp_path / "out").exists()


def test_no_entries_is_an_error_in_english(tmp_path: Path) -> None:
    (tmp_path / "k.txt").write_text("just prose\n", encoding="utf-8")
    res = runner.invoke(app, ["import", str(tmp_path / "k.txt"), "--from", "kialo", "-o",
                              str(tmp_path / "out"), "--lang", "en"], env={"ARGMAP_LANG": ""})
    assert res.exit_code == 2 and "no numbered Kialo entries" in res.output, res.output
    assert "Einträge" not in res.output


def test_problems_in_english_with_their_lines() -> None:
    problems = _import("1. These.\n1.1. Pro: A.\n1.1. Con: doppelt\n1.5.3. Pro: Waise\n",
                       lang="en").problems
    assert {(p.line, p.code) for p in problems} == {(3, "duplicate-id"),
                                                    (4, "unknown-reference")}
    assert all("Number" in p.message or "parent" in p.message for p in problems)


@pytest.mark.parametrize(("thesis", "language"), [
    ("Open models should be free for everyone to use.", "en"),
    ("Offene Modelle sollten für alle frei nutzbar sein.", "de"),
])
def test_language_comes_from_the_material(thesis: str, language: str) -> None:
    files = _import(f"Discussion Title: X\n\n1. {thesis}\n1.1. Pro: {thesis}\n").files
    assert f"language: {language}" in files["map.yaml"]
