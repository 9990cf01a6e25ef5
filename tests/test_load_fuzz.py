"""Whatever a student writes, loading ends in a map or a LoadError with located diagnostics."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.errors import LoadError
from argmap.graph import build_graph
from argmap.load import load_map
from tests.conftest import MAP_YAML

KEYS = ["id", "text", "stance", "topic", "source", "supports", "attacks", "contradicts",
        "undercuts", "weight", "tags", "author", "doc", "quote", "target", "note", "claims"]
IDS = ["a", "b", "c", "a -> b", "b -> c", "Bad Id", ""]

scalars = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=True),
                    st.sampled_from([*IDS, "risk", "chance", "neutral", "t1", "s1", "no"]),
                    st.text(max_size=8))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)),
    max_leaves=25,
)
claim = st.fixed_dictionaries(
    {"id": st.sampled_from(IDS), "text": st.text(min_size=0, max_size=10),
     "stance": st.sampled_from(["risk", "chance", "neutral", "maybe"])},
    optional={k: values for k in KEYS if k not in {"id", "text", "stance"}},
)
claim_file = st.one_of(
    st.fixed_dictionaries({"claims": st.lists(claim, max_size=4)},
                          optional={"topic": values, "author": values}),
    values,
)


def check_load(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "map.yaml").write_text(MAP_YAML, encoding="utf-8")
        for name, text in files.items():
            (root / name).write_text(text, encoding="utf-8")
        try:
            amap = load_map(root)
        except LoadError as exc:
            assert exc.diagnostics
            for d in exc.diagnostics:
                assert d.file and d.code and d.message and d.line >= 0 and d.col >= 0
        else:
            build_graph(amap)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(claim_file, min_size=1, max_size=3))
def test_structured_garbage_never_crashes(docs: list) -> None:
    # JSON is YAML: every generated structure is a syntactically valid claim file
    check_load({f"f{i}.yaml": json.dumps(d, allow_nan=True) for i, d in enumerate(docs)})


TOKENS = [*"ab:-[]{}&*!|>'\"#%@` \n\t\\,?", "claims", "id", "- ", "\n  ", "&x", "*x", "!!str"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=30))
def test_textual_garbage_never_crashes(parts: list[str]) -> None:
    check_load({"x.yaml": "".join(parts)})
