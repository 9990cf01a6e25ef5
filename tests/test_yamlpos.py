"""Safe YAML 1.2 reading with positions."""

from __future__ import annotations

from argmap.yamlpos import MAX_ALIASES, MAX_NODES, parse_yaml


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


# ---- the fast path: same document as the precise path, or no answer at all ------------------

import io  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from ruamel.yaml import YAML  # noqa: E402

from argmap.yamlpos import Document, _parse_fast, _parse_precise  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def flat(data: Any) -> list[str]:
    """The data in document order as type-tagged tokens (NaN-safe, no recursion)."""
    out, todo = [], [data]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            out.append(f"{{{len(node)}")
            for key, value in reversed(list(node.items())):
                todo += [value, ("key", key)]
        elif isinstance(node, list):
            out.append(f"[{len(node)}")
            todo += reversed(node)
        else:
            out.append(f"{type(node).__name__}:{node!r}")
    return out


def same_document(fast: Document, precise: Document) -> None:
    """Data (NaN-safe), every position, every key position and every problem agree."""
    assert flat(fast.data) == flat(precise.data)
    assert fast.positions == precise.positions
    assert fast.key_positions == precise.key_positions
    assert fast.problems == precise.problems


def probe_paths(doc: Document) -> list[tuple[Any, ...]]:
    """Every located path, each also extended by parts that do not exist (as pydantic's
    ``loc`` may be: ``target`` under a scalar, indices out of range, unknown keys)."""
    paths = [(), ("claims", 0, "target"), ("nope",), (0,), (-1,)]
    for p in [*doc.positions, *doc.key_positions]:
        paths += [p, (*p, "target"), (*p, 0), (*p, 99), (*p, "x", 1), (*p[:-1], -1)]
    return paths


def check_against_precise(text: str) -> None:
    precise = _parse_precise(text)
    fast = _parse_fast(text)
    if fast is None:
        return
    assert precise.problems == [], "the fast path accepted a document with a problem"
    same_document(fast, precise)
    for path in probe_paths(precise):
        for prefer_key in (False, True):
            assert fast.locate(path, prefer_key=prefer_key) == precise.locate(
                path, prefer_key=prefer_key), (path, prefer_key)


def test_clean_claim_files_take_the_fast_path() -> None:
    for path in sorted((ROOT / "claims").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        fast = _parse_fast(text)
        assert fast is not None, path.name
        same_document(fast, _parse_precise(text))


def test_fast_positions_follow_pydantic_locations() -> None:
    text = "claims:\n  - id: a\n    supports: [b, c]\n"
    doc = _parse_fast(text)
    assert doc is not None and doc.data == {"claims": [{"id": "a", "supports": ["b", "c"]}]}
    assert doc.locate(("claims", 0, "supports", 1, "target")) == (3, 19)
    assert doc.locate(("claims", 0, "supports"), prefer_key=True) == (3, 5)
    assert doc.locate(("claims", 0, "supports")) == (3, 15)
    assert doc.locate(("claims", 0, "weight")) == (2, 5)
    assert doc.locate(("claims", 5)) == (2, 3)
    assert doc.positions[("claims", 0, "supports", 1)] == (3, 19)


HOSTILE = [
    "a: !!python/object/apply:os.system ['true']\n", "a: !custom x\n", "a: !!str 3\n",
    "--- !!map\na: 1\n", "! a: 1\n", "base: &b [x, y]\nother: *b\n", "a: &x 1\n",
    "a: 1\nb: 2\na: 3\n", "a: 1\n---\nb: 2\n", "? [a, b]\n: 1\n", "1: a\n", "null: a\n",
    "a: [1, 2\nb: 3\n", "a: *nowhere\n", "", "# only a comment\n", "---\n", "x\n", "\t- a\n",
    "a:\n  - b\n - c\n", "%YAML 1.2\n---\na: no\n", "%TAG !e! tag:e.org:\n---\na: !e!x 1\n",
    "a: \"\\x00\"\n", "a: b: c\n", "'a': 1\n\"a\": 2\n",
    "[" * 3000 + "]" * 3000 + "\n",
    "x: " + "{a: " * 500 + "1" + "}" * 500 + "\n",
]


def test_hostile_inputs_read_exactly_as_before() -> None:
    for text in HOSTILE:
        check_against_precise(text)
        precise = _parse_precise(text)
        if precise.problems:
            assert _parse_fast(text) is None, text[:40]


def test_billion_laughs_and_node_bound_take_the_precise_path() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    assert _parse_fast("\n".join(lines) + "\n") is None
    big = "[" + ", ".join(["x"] * (MAX_NODES + 1)) + "]\n"
    assert _parse_fast(big) is None
    assert parse_yaml(big).problems[0].key == "yaml.too-many-nodes"
    fits = "[" + ", ".join(["x"] * (MAX_NODES - 1)) + "]\n"
    assert _parse_fast(fits) is not None


SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.sampled_from(["no", "yes", "on", "~", "null", "Null", "NULL", "true", "False", "TRUE",
                     ".inf", "-.Inf", ".NaN", "0o17", "0x1F", "1e3", "+1", "-0.5", ".5", "1.",
                     "2025-02-03", "", " ", "a: b", "a #b", "#x", "- x", "* x", "& x", "! x",
                     "'q'", '"q"', "x\ny", "x\n\ny", "tab\there", "\u00e4\u00df", "c000123",
                     "nul", "tru", "n", "f", "T", "nullx", "falsey", "true\n"]),
    st.text(max_size=12),
)
KEYS = st.one_of(st.sampled_from(["id", "text", "claims", "supports", "a", "no", "1", ""]),
                 st.text(max_size=6))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=30,
)


def dump(data: Any, style: str) -> str:
    if style == "json":
        return json.dumps(data, allow_nan=True, ensure_ascii=False)
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = style == "flow"
    if style == "quoted":
        yaml.default_style = '"'
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, st.sampled_from(["block", "flow", "quoted", "json"]))
def test_fast_path_equals_precise_path_on_dumped_data(data: Any, style: str) -> None:
    check_against_precise(dump(data, style))


TOKENS = [*"ab:-[]{}&*!|>'\"#%@` \n\t\\,?~.0", "claims", "id", "- ", "\n  ", "\n    ", "&x",
          "*x", "!!str", "no", "1.5", "null", "|\n  x", ">-\n  y", "---\n", "...\n", "\r\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_fast_path_equals_precise_path_on_textual_garbage(parts: list[str]) -> None:
    check_against_precise("".join(parts))


def test_fast_documents_survive_pickling() -> None:
    # the node index is keyed by id() of the containers; a copy must be re-keyed, not stale
    import pickle

    text = "claims:\n  - id: a\n    supports: [b, {target: c}]\n  - id: d\n"
    doc = _parse_fast(text)
    assert doc is not None
    copy = pickle.loads(pickle.dumps(doc))
    same_document(copy, _parse_precise(text))
    for path in probe_paths(copy):
        assert copy.locate(path, prefer_key=True) == doc.locate(path, prefer_key=True)


def check_plain_form(text: str) -> None:
    """parse_clean + marshal + from_plain give the fast path's document, or None exactly
    when the fast path declines (the text has a problem, or needs the precise path)."""
    import marshal

    from argmap.yamlpos import from_plain, parse_clean

    fast = _parse_fast(text)
    plain = parse_clean(text)
    assert (plain is None) == (fast is None)
    if fast is None or plain is None:
        return
    copy = from_plain(marshal.loads(marshal.dumps(plain)))
    same_document(copy, fast)
    for path in probe_paths(copy):
        for prefer_key in (False, True):
            assert copy.locate(path, prefer_key=prefer_key) == fast.locate(
                path, prefer_key=prefer_key), (path, prefer_key)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, st.sampled_from(["block", "flow", "quoted", "json"]))
def test_plain_form_rebuilds_the_fast_document(data: Any, style: str) -> None:
    check_plain_form(dump(data, style))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_plain_form_of_garbage_is_none_or_the_fast_document(parts: list[str]) -> None:
    check_plain_form("".join(parts))


def test_plain_form_of_the_seminar_map() -> None:
    for path in sorted((ROOT / "claims").glob("*.yaml")):
        check_plain_form(path.read_text(encoding="utf-8"))
