"""reanalyse_texts (the live preview's shortcut): when only what claims say changed, it gives
exactly what a full analysis gives; when the structure changed, it declines."""

from __future__ import annotations

import random

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.analysis import DISPLAY_ATTRIBUTES, Options, analyse, reanalyse_texts
from argmap.graph import build_graph
from argmap.load import load_map
from tests.helpers import generated_map


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    out = generated_map(tmp_path_factory.mktemp("m") / "map", 120, seed=9, planted=False,
                        arguments=8)
    return build_graph(load_map(out))


def _same(a, b) -> None:
    def findings(x):
        return [(f.code, f.severity, f.claims, f.path, f.where, f.message("de"),
                 f.message("en")) for f in x.findings]

    assert findings(a) == findings(b)
    assert a.labels == b.labels and a.strength == b.strength
    assert a.argument_labels == b.argument_labels
    assert {c: e.message("en") for c, e in a.explanations.items()} == {
        c: e.message("en") for c, e in b.explanations.items()}


_EDITS = st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(
    ["same-text", "new-text", "title", "note", "stance", "tags", "author", "topic"])),
    min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(_EDITS)
def test_text_edits_give_what_a_full_analysis_gives(base, edits):
    g = base.copy()
    claims = [n for n, d in g.nodes(data=True) if d.get("type") == "claim"]
    for pick, kind in edits:
        c = claims[pick % len(claims)]
        other = claims[(pick // 7) % len(claims)]
        d = g.nodes[c]
        if kind == "same-text":  # a duplicate of another claim's text: a finding appears
            d["text"] = g.nodes[other]["text"].upper()
        elif kind == "new-text":
            d["text"] = f"Neu {pick}."
        elif kind in ("title", "note", "author"):
            d[kind] = f"{kind} {pick}"
        elif kind == "stance":
            d["stance"] = random.Random(pick).choice(["risk", "opportunity", "neutral"])
        elif kind == "tags":
            d["tags"] = [f"t{pick % 3}"]
        else:
            d["topic"] = g.nodes[other]["topic"]
    previous = analyse(base)
    quick = reanalyse_texts(previous, g)
    assert quick is not None
    _same(quick, analyse(g))
    assert quick.graph is g


def test_a_changed_structure_is_declined(base):
    previous = analyse(base)
    claims = [n for n, d in base.nodes(data=True) if d.get("type") == "claim"]
    g = base.copy()
    g.nodes[claims[3]]["weight"] = 0.123
    assert reanalyse_texts(previous, g) is None
    g = base.copy()
    g.add_edge(claims[1], claims[2], key="attacks")
    assert reanalyse_texts(previous, g) is None
    g = base.copy()
    g.remove_node(claims[0])
    assert reanalyse_texts(previous, g) is None
    assert reanalyse_texts(previous, base.copy(), Options(semantics="preferred")) is None


def test_display_attributes_are_read_by_no_structural_check():
    # the attributes of the shortcut are those the semantics never read; the checks that
    # read a claim's words are marked (duplicate-claim, quote-not-found, unknown-source-text)
    from argmap.analysis import CHECKS

    assert {c for c, s in CHECKS.items() if s.texts} == {
        "duplicate-claim", "quote-not-found", "unknown-source-text"}
    assert {"text", "source", "quote"} <= DISPLAY_ATTRIBUTES
    assert not {"weight", "type", "premises", "conclusion"} & DISPLAY_ATTRIBUTES


def test_quotes_are_checked_again_after_a_text_edit(make_map, tmp_path):
    from tests.helpers import claims_yaml

    (tmp_path / "s1.txt").write_text("Ein erstes Stück Text.", encoding="utf-8")
    root = make_map({"a.yaml": claims_yaml(
        "id: a\ntext: A\nstance: risk\nsource: {doc: s1, quote: 'erstes Stück'}\nattacks: [b]",
        "id: b\ntext: B\nstance: risk")})
    options = Options(sources_dir=tmp_path)
    g = build_graph(load_map(root))
    previous = analyse(g, options)
    assert not previous.findings
    g2 = g.copy()
    g2.nodes["a"]["quote"] = "erfundenes Stück"
    quick = reanalyse_texts(previous, g2, options)
    assert quick is not None
    assert [f.code for f in quick.findings] == ["quote-not-found"]
    _same(quick, analyse(g2, options))
