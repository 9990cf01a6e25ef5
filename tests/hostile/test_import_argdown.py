"""Hostile and odd Argdown files given to ``argmap import --from argdown`` (issue 10).

Every case writes its own input (no shared fixtures): the promise is a clear diagnostic with a
real line, no junk claims, claim files that load, and messages in the chosen language.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.errors import LoadError
from argmap.formats import EXPORTERS, IMPORTERS
from argmap.formats import _common as common
from argmap.pipeline import check

runner = CliRunner()


def _import(text: str, lang: str = "de"):
    return IMPORTERS["argdown"].func(text, "in.argdown", lang=lang)


def _load(tmp_path: Path, files: dict[str, str]):
    for name, body in files.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    return check(tmp_path)


def _claims(result) -> dict[str, dict]:
    return {n: d for n, d in result.graph.nodes(data=True) if d.get("type") == "claim"}


def test_messages_follow_lang_en_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "in.argdown").write_text("[a]: A\n\n  + [b]: orphan\n", encoding="utf-8")
    res = runner.invoke(app, ["import", str(tmp_path / "in.argdown"), "--from", "argdown",
                              "-o", str(tmp_path / "out"), "--lang", "en"],
                        env={"ARGMAP_LANG": ""})
    assert res.exit_code == 0, res.output
    assert "Relation without a parent statement" in res.output
    assert "Beziehung" not in res.output


def test_messages_stay_german_by_default() -> None:
    problems = _import("[a]: A\n\n  + [b]: orphan\n").problems
    assert any("Beziehung ohne übergeordnete Aussage" in p.message for p in problems)


def test_untitled_element_without_text_is_not_none(tmp_path: Path) -> None:
    result = _import("{stance: risk}\n\n[a]: A\n")
    assert all("None" not in p.message for p in result.problems)
    assert [p.line for p in result.problems if p.code == "schema"] == [1]
    assert set(_claims(_load(tmp_path, result.files))) == {"a"}


def test_reference_without_definition_names_its_title() -> None:
    problems = _import("[a]: A\n  + [nirgends]\n").problems
    (p,) = [p for p in problems if p.code == "schema"]
    assert "[nirgends]" in p.message and p.line == 2


def test_problems_have_real_lines_never_line_0() -> None:
    long_text = "x" * 6000
    problems = _import(f"[a]: A\n\n[b]: {long_text}\n\n[c]: C {{weight: 7}}\n").problems
    assert problems and all(p.line >= 1 for p in problems), problems
    assert {p.line for p in problems} == {3, 5}


def test_command_line_never_prints_line_0(tmp_path: Path) -> None:
    (tmp_path / "in.json").write_text(
        '{"nodes": [{"nodeID": "1", "type": "I", "text": ""}], "edges": []}', encoding="utf-8")
    res = runner.invoke(app, ["import", str(tmp_path / "in.json"), "--from", "aif", "-o",
                              str(tmp_path / "out")], env={"ARGMAP_LANG": ""})
    assert res.exit_code == 0, res.output
    assert ":0 " not in res.output and "in.json" in res.output


@pytest.mark.parametrize("arrow", ["+", "-", "<+", "->", "><"])
def test_bare_relation_line_makes_no_junk_claim(arrow: str, tmp_path: Path) -> None:
    result = _import(f"[a]: A\n  {arrow}\n  + [b]: B\n")
    claims = _claims(_load(tmp_path, result.files))
    assert set(claims) == {"a", "b"}
    assert [p.line for p in result.problems] == [2]


def test_markdown_link_is_text_not_a_reference_or_tag(tmp_path: Path) -> None:
    result = _import("[a]: Siehe [die Quelle](#kapitel-2) und [Doku](https://x.org/a).\n\n"
                     "[Text](#anker) am Anfang einer Zeile.\n")
    claims = _claims(_load(tmp_path, result.files))
    assert claims["a"]["text"] == "Siehe die Quelle und Doku."
    assert claims["a"]["tags"] == []
    assert {d["text"] for d in claims.values()} == {"Siehe die Quelle und Doku.",
                                                   "Text am Anfang einer Zeile."}
    assert result.problems == []


def test_statement_right_after_a_relation_is_a_syntax_error_not_a_merge(tmp_path: Path) -> None:
    result = _import("[a]: A\n  - [S]\n[P]: p\n\n[S]: s\n")
    (p,) = [p for p in result.problems if p.code == "argdown-syntax"]
    assert p.line == 3 and "[P]: p" in p.message
    claims = _claims(_load(tmp_path, result.files))
    assert claims["p"]["text"] == "p" and claims["s"]["text"] == "s"


def test_two_definitions_without_empty_line_are_reported() -> None:
    problems = _import("[a]: eins\n[b]: zwei\n").problems
    assert [(p.line, p.code) for p in problems] == [(2, "argdown-syntax")]


def test_multi_line_text_still_joins() -> None:
    files = _import("[a]: Freiheit ist ein\nabsolutes Recht.\n").files
    assert "Freiheit ist ein absolutes Recht." in files["allgemein.yaml"]


def test_empty_map_exports_to_parsable_argdown(tmp_path: Path) -> None:
    (tmp_path / "map.yaml").write_text("title: Leer\nlanguage: de\n", encoding="utf-8")
    text = EXPORTERS["argdown"].func(check(tmp_path).view)
    body = text.split("===", 2)[2]
    assert body.strip() == "# Leere Karte / empty map {empty: true}"  # an element after ===
    back = _import(text)
    assert back.problems == [] and "topics: []" in back.files["map.yaml"]


@pytest.mark.parametrize(("text", "language"), [
    ("[a]: The costs are low and the model is open to everyone.\n", "en"),
    ("[a]: Die Kosten sind gering und das Modell ist für alle offen.\n", "de"),
    ("[a]: 42\n", "de"),
])
def test_language_is_detected_from_the_material(text: str, language: str) -> None:
    assert f"language: {language}" in _import(text).files["map.yaml"]


def test_language_of_argmaps_own_front_matter_wins() -> None:
    text = "===\ntitle: T\nargmap: {language: en}\n===\n\n[a]: Die Kosten sind gering.\n"
    assert "language: en" in _import(text).files["map.yaml"]


def test_too_many_elements_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "MAX_IMPORT_ITEMS", 10)
    text = "".join(f"[s{i}]: Aussage {i}.\n\n" for i in range(20))
    with pytest.raises(LoadError) as info:
        _import(text, lang="en")
    (d,) = info.value.diagnostics
    assert d.code == "file-too-large" and d.line == 21 and "more than 10" in d.message


def test_too_long_input_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "MAX_IMPORT_CHARS", 100)
    with pytest.raises(LoadError) as info:
        _import("[a]: " + "x" * 200)
    assert info.value.diagnostics[0].code == "file-too-large"


def test_command_line_exit_2_for_too_large_input(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "MAX_IMPORT_ITEMS", 5)
    (tmp_path / "in.argdown").write_text("".join(f"[s{i}]: S.\n\n" for i in range(9)),
                                         encoding="utf-8")
    res = runner.invoke(app, ["import", str(tmp_path / "in.argdown"), "--from", "argdown",
                              "-o", str(tmp_path / "out"), "--lang", "en"],
                        env={"ARGMAP_LANG": ""})
    assert res.exit_code == 2 and "file-too-large" in res.output, res.output
    assert not (tmp_path / "out").exists()


def test_big_import_is_split_into_files_the_loader_accepts(tmp_path: Path) -> None:
    text = "".join(f"[s{i}]: {'Ein langer Text über offene Modelle. ' * 100}{i}\n\n"
                   for i in range(400))
    result = _import(text)
    sizes = [len(body.encode("utf-8")) for body in result.files.values()]
    assert len(sizes) >= 4 and max(sizes) <= common.IMPORT_FILE_BYTES
    assert len(_claims(_load(tmp_path, result.files))) == 400


def test_deeply_nested_relations_do_not_crash(tmp_path: Path) -> None:
    text = "[s0]: S0\n" + "".join(f"{' ' * (i + 1)}+ [s{i + 1}]: S{i + 1}\n"
                                  for i in range(2000))
    claims = _claims(_load(tmp_path, _import(text).files))
    assert len(claims) == 2001


def test_unclosed_data_and_comment_do_not_swallow_the_file(tmp_path: Path) -> None:
    result = _import("[a]: A {stance: risk\n\n[b]: B /* offen\n\n[c]: C\n")
    assert "a" in _claims(_load(tmp_path, result.files))
