"""Safe YAML 1.2 reading with positions."""

from __future__ import annotations

from argmap.yamlpos import MAX_ALIASES, parse_yaml


def test_positions_follow_pydantic_locations() -> None:
    doc = parse_yaml("claims:\n  - id: a\n    supports: [b, c]\n")
    assert doc.positions[("claims", 0, "supports", 1)] == (3, 19)
    assert doc.key_positions[("claims", 0, "supports")] == (3, 5)
    assert doc.locate(("claims", 0, "supports", 1, "target")) == (3, 19)


def test_yaml_12_booleans_and_dates_stay_strings() -> None:
    doc = parse_yaml("a: no\nb: yes\nc: on\nd: true\ne: 2025-02-03\nf: '1'\ng: 0.5\n")
    assert doc.data == {"a": "no", "b": "yes", "c": "on", "d": True, "e": "2025-02-03",
                        "f": "1", "g": 0.5}


def test_every_duplicate_key_is_reported() -> None:
    doc = parse_yaml("a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\n")
    assert [(p.code, p.line) for p in doc.problems] == [("duplicate-key", 3), ("duplicate-key", 6)]
    assert doc.data["a"] == 1  # the first value wins; the problem is still reported


def test_tags_are_rejected_without_constructing_objects() -> None:
    for text in ("a: !!python/object/apply:os.system ['true']\n", "a: !custom x\n",
                 "a: !!str 3\n", "--- !!map\na: 1\n"):
        doc = parse_yaml(text)
        assert doc.data is None
        assert doc.problems[0].code == "yaml-syntax"
        assert doc.problems[0].key == "yaml.tag"


def test_billion_laughs_is_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    doc = parse_yaml("\n".join(lines) + "\n")
    assert doc.data is None
    assert doc.problems[0].key in {"yaml.too-many-nodes", "yaml.too-many-aliases"}


def test_a_few_aliases_are_fine() -> None:
    doc = parse_yaml("base: &b [x, y]\nother: *b\n")
    assert doc.problems == [] and doc.data == {"base": ["x", "y"], "other": ["x", "y"]}


def test_alias_count_bound() -> None:
    text = "a: &a x\nb: [" + ", ".join(["*a"] * (MAX_ALIASES + 1)) + "]\n"
    assert parse_yaml(text).problems[0].key == "yaml.too-many-aliases"


def test_syntax_error_has_position() -> None:
    doc = parse_yaml("a: [1, 2\nb: 3\n")
    assert doc.problems[0].code == "yaml-syntax" and doc.problems[0].line >= 1


def test_multiple_documents_rejected() -> None:
    assert parse_yaml("a: 1\n---\nb: 2\n").problems[0].key == "yaml.multiple-documents"


def test_complex_keys_rejected() -> None:
    assert parse_yaml("? [a, b]\n: 1\n").problems[0].key == "yaml.complex-key"
