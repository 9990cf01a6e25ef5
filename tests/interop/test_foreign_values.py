"""Foreign files may hold any JSON/YAML value in any field: importing never crashes.

Found by mutating the fixtures: a number where a list of sources, topics or edges belongs, or
an ``expect`` whose lists hold mappings, raised a TypeError instead of importing.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.formats import IMPORTERS

from .helpers import import_into

META_KEYS = ["title", "language", "description", "sources", "topics", "expect"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(-2, 2), st.floats(allow_nan=False),
                    st.sampled_from(["a", "de", "in", "a -> b", ""]))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(["id", "in", "out", "title"]), inner,
                                            max_size=3)),
    max_leaves=10,
)


def _aif(meta: dict[str, object], edges: object = ()) -> str:
    nodes = [{"nodeID": "1", "text": "A", "type": "I"}, {"nodeID": "2", "text": "B", "type": "I"},
             {"nodeID": "3", "text": "x", "type": "RA"}]
    links = [{"edgeID": "1", "fromID": "1", "toID": "3"},
             {"edgeID": "2", "fromID": "3", "toID": "2"}] if edges == () else edges
    return json.dumps({"argmap": meta, "nodes": nodes, "edges": links})


def _json(meta: dict[str, object]) -> str:
    return json.dumps({"graph": meta, "nodes": [{"id": "a", "type": "claim", "text": "A"}],
                       "edges": []})


def _argdown(meta: dict[str, object]) -> str:
    return f"===\ntitle: t\nargmap: {json.dumps(meta)}\n===\n\n[a]: A\n  +> [b]: B\n"


MAKERS = {"aif": _aif, "json": _json, "argdown": _argdown}


@pytest.mark.parametrize("fmt", sorted(MAKERS))
@pytest.mark.parametrize("meta", [
    {"sources": 5}, {"topics": 2.5}, {"sources": True, "topics": 1},
    {"sources": [{"id": ["s"], "title": "S"}]},
    {"expect": {"in": [{"x": 1}], "out": None, "undec": [["a"]]}},
])
def test_odd_meta_values_import_and_load(fmt: str, meta: dict[str, object],
                                         tmp_path: Path) -> None:
    back, _ = import_into(tmp_path / "m", fmt, MAKERS[fmt](meta), f"x.{fmt}")
    assert back.analysis.labels


def test_aif_edges_that_are_not_a_list(tmp_path: Path) -> None:
    back, problems = import_into(tmp_path / "m", "aif", _aif({}, edges=7), "x.json")
    assert len(back.graph) == 2 and back.graph.number_of_edges() == 0
    assert any(p.code == "unsupported-construct" for p in problems)  # the RA-node without edges


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_expect_string_is_not_a_list_of_letters(fmt: str) -> None:
    files = IMPORTERS[fmt].func(MAKERS[fmt]({"expect": {"in": "a", "out": ["a"]}}), "x").files
    assert "expect:\n  in: []\n  out: [a]\n" in files["map.yaml"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(MAKERS)), st.dictionaries(st.sampled_from(META_KEYS), values))
def test_any_meta_value_imports_to_loadable_files(fmt: str, meta: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as tmp:  # the claim files must load (no LoadError)
        back, _ = import_into(Path(tmp), fmt, MAKERS[fmt](meta), f"x.{fmt}")
        assert "a" in back.graph
