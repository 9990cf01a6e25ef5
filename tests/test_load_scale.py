"""Loading at scale (issue 15): the fast YAML path, the paused collector and the did-you-mean
index change nothing a user sees — same maps, same diagnostics to the character."""

from __future__ import annotations

import difflib
import gc
import io
import json
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from argmap import yamlpos
from argmap.didyoumean import CloseMatcher
from argmap.errors import LoadError
from argmap.load import load_map
from tests.conftest import MAP_YAML
from tests.test_load_fuzz import TOKENS, claim_file


def outcome(root: Path) -> Any:
    """Everything load_map gives: the diagnostics (all fields), else claims and relations."""
    try:
        amap = load_map(root)
    except LoadError as exc:
        return [(d.file, d.line, d.col, d.code, d.message) for d in exc.diagnostics]
    claims = [(r.id, r.claim, r.topic, r.author, r.loc) for r in amap.claims.values()]
    extra = [(r.id, r.loc) for r in [*amap.questions.values(), *amap.arguments.values()]]
    return claims, amap.relations, extra, amap.files


@contextmanager
def precise_only():
    """Every document read on the precise path (as before the fast path existed)."""
    with mock.patch.object(yamlpos, "_parse_fast", lambda text: None):
        yield


def write_map(root: Path, files: dict[str, str]) -> Path:
    (root / "map.yaml").write_text(MAP_YAML, encoding="utf-8")
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def block_yaml(data: Any) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def same_both_ways(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = write_map(Path(tmp), files)
        fast = outcome(root)
        with precise_only():
            precise = outcome(root)
    assert fast == precise


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(claim_file, min_size=1, max_size=3), st.booleans())
def test_fast_loading_equals_precise_loading(docs: list, block: bool) -> None:
    dump = block_yaml if block else (lambda d: json.dumps(d, allow_nan=True))
    same_both_ways({f"f{i}.yaml": dump(d) for i, d in enumerate(docs)})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=30))
def test_fast_loading_equals_precise_loading_on_garbage(parts: list[str]) -> None:
    same_both_ways({"x.yaml": "".join(parts), "ok.yaml": "claims:\n  - id: a\n    text: A\n"
                    "    stance: risk\n    supports: [zz]\n"})


def synthetic_files(n_files: int, per_file: int) -> dict[str, str]:
    files = {}
    for f in range(n_files):
        lines = ["topic: t1", "claims:"]
        for k in range(per_file):
            i = f * per_file + k
            lines += [f"  - id: c{i:05d}", f'    text: "Claim {i}: no, yes, 0.5."',
                      "    stance: risk", f"    weight: 0.{i % 10}"]
            if i:
                lines.append(f"    supports: [c{i - 1:05d}, {{target: c{i // 2:05d}, note: n}}]")
        files[f"f{f:03d}.yaml"] = "\n".join(lines) + "\n"
    return files


def test_clean_map_loads_identically_on_both_paths(tmp_path: Path) -> None:
    root = write_map(tmp_path, synthetic_files(4, 50))
    fast = outcome(root)
    assert isinstance(fast, tuple) and len(fast[0]) == 200
    with precise_only():
        assert outcome(root) == fast


def test_loading_pauses_the_collector_and_restores_it(tmp_path: Path) -> None:
    root = write_map(tmp_path, synthetic_files(1, 5))
    assert gc.isenabled()
    load_map(root)
    assert gc.isenabled()
    (root / "bad.yaml").write_text("claims: [\n", encoding="utf-8")
    with pytest.raises(LoadError):
        load_map(root)
    assert gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(LoadError):
            load_map(root)
        assert not gc.isenabled()
    finally:
        gc.enable()


WORDS = st.text(alphabet="abc-01.", max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40, unique=True), WORDS)
def test_close_matcher_equals_difflib(choices: list[str], word: str) -> None:
    expected = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    assert CloseMatcher(choices)._indexed(word) == (expected[0] if expected else "")


def test_close_matcher_on_many_ids() -> None:
    ids = [f"c{i:05d}" for i in range(5000)] + ["kosten-gering", "kosten-hoch"]
    matcher = CloseMatcher(ids)
    assert matcher.postings is None
    for word in ["c0012", "c001234", "kosten-gerign", "x", "", "c99999x", "zzzzzzzz"]:
        expected = difflib.get_close_matches(word, ids, n=1, cutoff=0.6)
        assert matcher.best(word) == (expected[0] if expected else "")
    assert matcher.postings is not None


def test_unknown_reference_among_many_claims_gets_difflibs_hint(tmp_path: Path) -> None:
    files = synthetic_files(1, 2500)
    files["typo.yaml"] = ("claims:\n  - id: neu\n    text: N\n    stance: risk\n    topic: t1\n"
                          "    attacks: [c0l234]\n")
    with pytest.raises(LoadError) as info:
        load_map(write_map(tmp_path, files))
    [diag] = info.value.diagnostics
    ids = [f"c{i:05d}" for i in range(2500)] + ["neu"]
    hint = difflib.get_close_matches("c0l234", ids, n=1, cutoff=0.6)[0]
    assert (diag.line, diag.col, diag.code) == (6, 15, "unknown-reference")
    assert hint in diag.message
