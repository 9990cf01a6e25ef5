"""Loading map directories: every diagnostic code fires with file:line, and only then."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from argmap.errors import LoadError
from argmap.load import load_map
from tests.helpers import claims_yaml

GOOD = claims_yaml(
    """
    id: a
    text: "A ist so."
    stance: chance
    source: {doc: s1, quote: "ein Zitat"}
    supports: [b]
    undercuts: ["c -> b"]
    """,
    """
    id: b
    text: "B ist so."
    stance: risiko
    source: s1
    attacks: [{target: c, note: "weil"}]
    """,
    """
    id: c
    text: "C ist so."
    stance: neutral
    topic: t2
    attacks: [b]
    contradicts: [a]
    weight: 0.8
    tags: [x]
    """,
)


def diagnostics(root: Path, **kw: object) -> list[tuple[str, int, str]]:
    with pytest.raises(LoadError) as info:
        load_map(root, **kw)  # type: ignore[arg-type]
    return [(Path(d.file).name, d.line, d.code) for d in info.value.diagnostics]


def test_clean_map_loads(make_map) -> None:
    amap = load_map(make_map({"a.yaml": GOOD}))
    assert list(amap.claims) == ["a", "b", "c"]
    assert amap.claims["a"].claim.stance == "opportunity"
    assert amap.claims["b"].claim.stance == "risk"
    assert amap.claims["c"].topic == "t2" and amap.claims["a"].topic == "t1"
    kinds = sorted((r.kind, r.source, str(r.target)) for r in amap.relations)
    assert ("undercuts", "a", "('c', 'b')") in kinds
    assert ("contradicts", "c", "a") in kinds
    assert amap.claims["b"].loc.line == 9


def test_missing_map_file(make_map) -> None:
    root = make_map({"a.yaml": GOOD}, map_yaml=None)
    assert diagnostics(root) == [("map.yaml", 0, "missing-map-file")]


def test_missing_directory(tmp_path: Path) -> None:
    assert diagnostics(tmp_path / "nope")[0][2] == "missing-map-file"


def test_yaml_syntax(make_map) -> None:
    root = make_map({"a.yaml": "claims:\n  - id: a\n    text: [unclosed\n"})
    [(name, line, code)] = diagnostics(root)
    assert (name, code) == ("a.yaml", "yaml-syntax") and line >= 3


def test_schema_errors_all_reported_with_lines(make_map) -> None:
    bad = claims_yaml(
        "id: a\ntext: A\nstance: maybe",
        "id: B!\ntext: B\nstance: risk",
        "id: c\ntext: C\nstance: risk\nwieght: 0.5",
        "id: d\nstance: risk",
        "id: e\ntext: E\nstance: risk\nweight: 2",
        "id: f\ntext: F\nstance: risk\nweight: true",
        "id: g\ntext: G\nstance: risk\nundercuts: ['non sense']",
    )
    got = diagnostics(make_map({"bad.yaml": bad}))
    assert [code for _, _, code in got] == ["schema"] * 7
    assert [line for _, line, _ in got] == [5, 6, 12, 13, 18, 22, 26]


def test_schema_messages_in_english_with_hint(make_map) -> None:
    root = make_map({"a.yaml": claims_yaml("id: a\ntext: A\nstance: risk\nsuports: [b]")})
    with pytest.raises(LoadError) as info:
        load_map(root, lang="en")
    message = info.value.diagnostics[0].message
    assert "Unknown key 'suports'" in message and "did you mean 'supports'" in message


def test_duplicate_key(make_map) -> None:
    root = make_map({"a.yaml": "topic: t1\nclaims:\n  - id: a\n    text: A\n    text: B\n"
                                "    stance: risk\n"})
    assert diagnostics(root) == [("a.yaml", 5, "duplicate-key")]


def test_duplicate_id_across_files(make_map) -> None:
    root = make_map({"a.yaml": GOOD, "sub/b.yaml": claims_yaml("id: b\ntext: X\nstance: risk")})
    # reported at both places, each naming the other (the student who added the second one
    # sees it in their own file, whichever sorts first)
    assert sorted(diagnostics(root)) == [("a.yaml", 9, "duplicate-id"),
                                         ("b.yaml", 3, "duplicate-id")]
    with pytest.raises(LoadError) as info:
        load_map(root)
    first, second = sorted(info.value.diagnostics, key=lambda d: Path(d.file).name)
    assert "b.yaml:3" in first.message and "a.yaml:9" in second.message


def test_unknown_references_point_at_the_reference(make_map) -> None:
    text = claims_yaml(
        "id: a\ntext: A\nstance: risk\nsupports: [bb]\nattacks: [{target: zz}]",
        "id: b\ntext: B\nstance: risk\nundercuts: ['a -> b', 'a -> nope']",
    )
    got = diagnostics(make_map({"a.yaml": text}))
    assert got == [
        ("a.yaml", 6, "unknown-reference"),
        ("a.yaml", 7, "unknown-reference"),
        ("a.yaml", 11, "unknown-reference"),
        ("a.yaml", 11, "unknown-reference"),
    ]


def test_unknown_topic_and_source(make_map) -> None:
    text = claims_yaml(
        "id: a\ntext: A\nstance: risk\ntopic: t9\nsource: s9",
        "id: b\ntext: B\nstance: risk\nsource: {doc: s8, quote: q}",
    )
    got = diagnostics(make_map({"a.yaml": text}))
    assert got == [
        ("a.yaml", 6, "unknown-topic"),
        ("a.yaml", 7, "unknown-source"),
        ("a.yaml", 11, "unknown-source"),
    ]


def test_missing_topic_is_a_schema_error(make_map) -> None:
    root = make_map({"a.yaml": "claims:\n  - id: a\n    text: A\n    stance: risk\n"})
    assert diagnostics(root) == [("a.yaml", 2, "schema")]


def test_file_too_large(make_map) -> None:
    root = make_map({"a.yaml": GOOD})
    assert sorted(diagnostics(root, max_file_size=100)) == [
        ("a.yaml", 1, "file-too-large"), ("map.yaml", 1, "file-too-large")
    ]


def test_all_files_reported_in_one_run(make_map) -> None:
    root = make_map({
        "a.yaml": "claims: [\n",
        "b.yaml": claims_yaml("id: b\ntext: B\nstance: nope"),
        "c.yaml": claims_yaml("id: c\ntext: C\nstance: risk\nsupports: [missing]"),
    })
    assert {code for _, _, code in diagnostics(root)} == {
        "yaml-syntax", "schema", "unknown-reference"
    }


def test_skipped_files_and_links_outside(make_map, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("not: [valid\n")
    root = make_map({"a.yaml": GOOD, "_draft.yaml": "x: [", ".hidden/b.yaml": "x: [",
                     "notes.txt": "ignored"})
    os.symlink(outside, root / "link.yaml")
    # a link out of the map directory is never read, and said so (issue 10)
    assert diagnostics(root) == [("link.yaml", 1, "unsafe-file")]
    os.unlink(root / "link.yaml")
    assert list(load_map(root).claims) == ["a", "b", "c"]


def test_expect_must_name_claims(make_map) -> None:
    from tests.conftest import MAP_YAML

    root = make_map({"a.yaml": GOOD}, map_yaml=MAP_YAML + "expect:\n  in: [a, ghost]\n")
    assert diagnostics(root) == [("map.yaml", 13, "unknown-reference")]


def test_contradiction_stated_twice_is_one_relation(make_map) -> None:
    text = claims_yaml("id: a\ntext: A\nstance: risk\ncontradicts: [b]",
                       "id: b\ntext: B\nstance: risk\ncontradicts: [a]")
    from argmap.graph import build_graph

    g = build_graph(load_map(make_map({"a.yaml": text})))
    assert g.number_of_edges() == 1


def test_source_file_must_be_a_plain_name(make_map) -> None:
    from tests.conftest import MAP_YAML

    root = make_map({"a.yaml": GOOD},
                    map_yaml=MAP_YAML.replace("file: s1.txt", "file: ../../etc/passwd"))
    assert diagnostics(root) == [("map.yaml", 6, "schema")]


def test_not_utf8(make_map) -> None:
    root = make_map({"a.yaml": GOOD})
    (root / "b.yaml").write_bytes(b"claims: [\xff\xfe]\n")
    assert diagnostics(root) == [("b.yaml", 1, "yaml-syntax")]
