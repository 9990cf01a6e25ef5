"""Hostile JSON given to ``argmap import --from json`` and ``--from aif`` (issue 10): deep
nesting, broken syntax, the wrong document, messages in the chosen language — a diagnostic
with a line and exit 2, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.errors import LoadError
from argmap.formats import IMPORTERS
from argmap.formats import _common as common

runner = CliRunner()


def _cli(tmp_path: Path, text: str, fmt: str, *extra: str):
    (tmp_path / "in.json").write_text(text, encoding="utf-8")
    return runner.invoke(app, ["import", str(tmp_path / "in.json"), "--from", fmt, "-o",
                               str(tmp_path / "out"), *extra], env={"ARGMAP_LANG": ""})


@pytest.mark.parametrize("fmt", ["json", "aif"])
def test_deeply_nested_json_is_a_diagnostic_not_a_crash(tmp_path: Path, fmt: str) -> None:
    res = _cli(tmp_path, "[" * 200_000 + "]" * 200_000, fmt, "--lang", "en")
    assert res.exit_code == 2, res.output
    assert "nested deeper than" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("fmt", ["json", "aif"])
def test_nesting_below_the_recursion_limit_is_refused_too(fmt: str) -> None:
    doc = {"nodes": [], "edges": [], "x": json.loads("[" * 300 + "]" * 300)}
    with pytest.raises(LoadError) as info:
        IMPORTERS[fmt].func(json.dumps(doc), "in.json")
    assert info.value.diagnostics[0].code == "file-too-large"


def test_ordinary_nesting_is_fine() -> None:
    doc = {"nodes": [{"id": "a", "type": "claim", "text": "A", "tags": [["x"]]}], "edges": []}
    assert IMPORTERS["json"].func(json.dumps(doc), "in.json").files


@pytest.mark.parametrize("fmt", ["json", "aif"])
def test_broken_json_names_its_line_in_english(tmp_path: Path, fmt: str) -> None:
    res = _cli(tmp_path, '{\n  "nodes": [\n    oops\n  ]\n}', fmt, "--lang", "en")
    assert res.exit_code == 2 and "in.json:3" in res.output, res.output
    assert "not valid JSON" in res.output and "kein" not in res.output


@pytest.mark.parametrize(("fmt", "phrase"), [("json", "not argmap JSON"),
                                             ("aif", "not an AIF file")])
def test_the_wrong_document_is_refused_with_exit_2(tmp_path: Path, fmt: str,
                                                   phrase: str) -> None:
    res = _cli(tmp_path, '{"hello": 1}', fmt, "--lang", "en")
    assert res.exit_code == 2 and phrase in res.output, res.output


def test_too_many_aif_nodes_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "MAX_IMPORT_ITEMS", 3)
    nodes = [{"nodeID": str(i), "type": "I", "text": f"T{i}"} for i in range(20)]
    with pytest.raises(LoadError) as info:
        IMPORTERS["aif"].func(json.dumps({"nodes": nodes, "edges": []}), "in.json", lang="en")
    assert "more than 9 nodes and edges" in info.value.diagnostics[0].message


def test_aif_messages_in_english_and_lines_of_nodes() -> None:
    doc = ('{"nodes": [\n{"nodeID": "1", "type": "I", "text": ""},\n'
           '{"nodeID": "2", "type": "L", "text": "Bob says"}\n], "edges": []}')
    problems = IMPORTERS["aif"].func(doc, "in.json", lang="en").problems
    assert {(p.line, p.code) for p in problems} == {(2, "schema"),
                                                    (3, "unsupported-construct")}
    assert any("locution (L)" in p.message for p in problems)


def test_aif_argument_with_too_many_premises_is_cut_and_reported() -> None:
    nodes = [{"nodeID": str(i), "type": "I", "text": f"Prämisse {i}."} for i in range(60)]
    nodes += [{"nodeID": "c", "type": "I", "text": "Schluss."},
              {"nodeID": "ra", "type": "RA", "text": "Default Inference"}]
    edges = [{"edgeID": str(i), "fromID": str(i), "toID": "ra"} for i in range(60)]
    edges.append({"edgeID": "e", "fromID": "ra", "toID": "c"})
    result = IMPORTERS["aif"].func(json.dumps({"nodes": nodes, "edges": edges}), "in.json")
    assert any(p.code == "schema" and "50" in p.message for p in result.problems)
    assert result.files["aif.yaml"].count("praemisse-") >= 50


def test_json_language_is_detected_when_the_graph_has_none() -> None:
    doc = {"nodes": [{"id": "a", "type": "claim", "text": "The model is open to all."}]}
    assert "language: en" in IMPORTERS["json"].func(json.dumps(doc), "x.json").files["map.yaml"]
