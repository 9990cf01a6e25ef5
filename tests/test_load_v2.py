"""Loading the version-2 keys (CONTRACT §6.1, §6.2): questions, titles, answers, arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.errors import LoadError
from argmap.graph import argument_undercuts, build_graph, undercut_triples
from argmap.load import load_map
from tests.conftest import MAP_YAML
from tests.helpers import claims_yaml

QUESTIONS = MAP_YAML + """\
questions:
  - id: frage-haupt
    text: "Ist das gut?"
    source: {doc: s1, quote: "gut"}
  - id: frage-zwei
    text: "Und das?"
"""

CLAIMS = claims_yaml(
    "id: a\ntitle: Kurz A\ntext: A ist so.\nstance: chance\nanswers: [frage-haupt]",
    "id: b\ntext: B ist so.\nstance: risk",
    "id: c\ntext: C ist so.\nstance: neutral\nundercuts: [arg-ab]",
) + """\
arguments:
  - id: arg-ab
    title: Das Argument
    premises: [b, c]
    conclusion: a
    note: zusammen
"""


def codes(root: Path) -> list[tuple[str, int, str, str]]:
    with pytest.raises(LoadError) as info:
        load_map(root)
    return [(Path(d.file).name, d.line, d.code, d.key) for d in info.value.diagnostics]


def test_questions_titles_answers_and_arguments_load(make_map) -> None:
    amap = load_map(make_map({"a.yaml": CLAIMS}, map_yaml=QUESTIONS))
    assert list(amap.questions) == ["frage-haupt", "frage-zwei"]
    assert amap.questions["frage-haupt"].loc.line == 13
    assert amap.claims["a"].claim.title == "Kurz A"
    assert amap.claims["a"].claim.answers == ["frage-haupt"]
    arg = amap.arguments["arg-ab"]
    assert (arg.argument.premises, arg.argument.conclusion) == (["b", "c"], "a")
    assert arg.loc.file.endswith("a.yaml") and arg.loc.line == 16
    kinds = {(r.kind, r.source, r.target) for r in amap.relations}
    assert ("answers", "a", "frage-haupt") in kinds
    assert ("undercuts", "c", "arg-ab") in kinds


def test_graph_holds_questions_and_arguments(make_map) -> None:
    g = build_graph(load_map(make_map({"a.yaml": CLAIMS}, map_yaml=QUESTIONS)))
    assert g.nodes["frage-haupt"]["type"] == "question"
    assert g.nodes["arg-ab"]["type"] == "argument"
    assert g.has_edge("b", "arg-ab", key="premise") and g.has_edge("arg-ab", "a", key="conclusion")
    assert g.has_edge("a", "frage-haupt", key="answers")
    assert list(argument_undercuts(g)) == [("c", "arg-ab")]
    assert list(undercut_triples(g)) == []


def test_a_file_may_hold_only_arguments(make_map) -> None:
    root = make_map({
        "a.yaml": claims_yaml("id: a\ntext: A\nstance: risk", "id: b\ntext: B\nstance: risk"),
        "b.yaml": "arguments:\n  - id: arg\n    premises: [a]\n    conclusion: b\n",
    })
    assert list(load_map(root).arguments) == ["arg"]


def test_a_file_with_neither_claims_nor_arguments_is_a_schema_error(make_map) -> None:
    assert codes(make_map({"a.yaml": "topic: t1\n"})) == [
        ("a.yaml", 1, "schema", "schema.missing")]


def test_unknown_references_of_v2_keys_point_at_their_line(make_map) -> None:
    text = claims_yaml(
        "id: a\ntext: A\nstance: risk\nanswers: [frage-nein]",
        "id: b\ntext: B\nstance: risk\nundercuts: [arg-nein]",
    ) + "arguments:\n  - id: arg\n    premises: [a, zz]\n    conclusion: yy\n"
    got = codes(make_map({"a.yaml": text}, map_yaml=QUESTIONS))
    assert got == [
        ("a.yaml", 6, "unknown-reference", "load.unknown-question"),
        ("a.yaml", 10, "unknown-reference", "load.unknown-argument"),
        ("a.yaml", 13, "unknown-reference", "load.unknown-claim"),
        ("a.yaml", 14, "unknown-reference", "load.unknown-claim"),
    ]


def test_premise_naming_a_question_is_not_a_claim(make_map) -> None:
    text = claims_yaml("id: a\ntext: A\nstance: risk") + (
        "arguments:\n  - id: arg\n    premises: [frage-zwei]\n    conclusion: a\n")
    assert codes(make_map({"a.yaml": text}, map_yaml=QUESTIONS)) == [
        ("a.yaml", 8, "unknown-reference", "load.not-a-claim")]


def test_empty_premises_and_long_titles_are_schema_errors(make_map) -> None:
    text = claims_yaml(f"id: a\ntitle: {'x' * 81}\ntext: A\nstance: risk") + (
        "arguments:\n  - id: arg\n    premises: []\n    conclusion: a\n")
    got = codes(make_map({"a.yaml": text}))
    assert [(line, code) for _, line, code, _ in got] == [(4, "schema"), (9, "schema")]


def test_ids_are_unique_across_claims_questions_and_arguments(make_map) -> None:
    text = claims_yaml("id: frage-zwei\ntext: A\nstance: risk", "id: b\ntext: B\nstance: risk") + (
        "arguments:\n  - id: b\n    premises: [b]\n    conclusion: b\n")
    got = codes(make_map({"a.yaml": text}, map_yaml=QUESTIONS))
    assert sorted((f, line, c) for f, line, c, _ in got) == [
        ("a.yaml", 3, "duplicate-id"), ("a.yaml", 6, "duplicate-id"),
        ("a.yaml", 10, "duplicate-id"), ("map.yaml", 16, "duplicate-id")]


def test_question_source_must_be_known(make_map) -> None:
    meta = MAP_YAML + "questions:\n  - id: q\n    text: Q?\n    source: nope\n"
    assert codes(make_map({"a.yaml": claims_yaml("id: a\ntext: A\nstance: risk")},
                          map_yaml=meta)) == [("map.yaml", 15, "unknown-source",
                                               "load.unknown-source")]


def test_load_cache_reuses_unchanged_files_and_sees_changes(make_map) -> None:
    import os

    from argmap.load import LoadCache

    root = make_map({"a.yaml": CLAIMS, "b.yaml": "topic: t1\nclaims:\n  - id: x\n"},
                    map_yaml=QUESTIONS)
    cache = LoadCache()
    first = codes_with_cache(root, cache)
    assert len(cache) == 2 and first == codes(root)
    # an unchanged broken file keeps reporting its problems from the cache
    assert codes_with_cache(root, cache) == first
    # fixing it is seen at once (new size and change time)
    (root / "b.yaml").write_text(claims_yaml("id: x\ntext: X\nstance: risk"), encoding="utf-8")
    os.utime(root / "b.yaml", ns=(1, 1))
    amap = load_map(root, cache=cache)
    assert "x" in amap.claims and amap.claims["a"].claim.title == "Kurz A"
    (root / "b.yaml").unlink()
    assert "x" not in load_map(root, cache=cache).claims and len(cache) == 1


def codes_with_cache(root: Path, cache) -> list[tuple[str, int, str, str]]:
    with pytest.raises(LoadError) as info:
        load_map(root, cache=cache)
    return [(Path(d.file).name, d.line, d.code, d.key) for d in info.value.diagnostics]
