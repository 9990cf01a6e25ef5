"""The live preview's reuse (argmap/serve.py without a browser): a view and a payload built
with what the last build left are equal to fresh ones, a delta turns the page's last data
into the new data exactly, and the server sends a delta only to a page that holds its base.
The browser side is tests/browser/test_serve.py."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.analysis import analyse, reanalyse_texts
from argmap.formats.html.payload import PayloadReuse, build_payload
from argmap.graph import build_graph, claim_nodes
from argmap.load import load_map
from argmap.serve import LivePreview, apply_delta, payload_delta
from argmap.view import ViewReuse, build_view
from tests.helpers import generated_map


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    out = generated_map(tmp_path_factory.mktemp("m") / "map", 150, seed=4, planted=False,
                        arguments=6)
    return build_graph(load_map(out))


def _edit(g: nx.MultiDiGraph, pick: int, kind: str) -> None:
    """One change a student might save: of what a claim says, or of the map's structure."""
    claims = list(claim_nodes(g))
    c, other = claims[pick % len(claims)], claims[(pick // 7) % len(claims)]
    d = g.nodes[c]
    if kind == "text":
        d["text"] = f"Neu {pick}. Ein zweiter Satz, der die Beschriftung nicht ändert."
    elif kind == "duplicate":
        d["text"] = g.nodes[other]["text"]
    elif kind == "title":
        d["title"] = f"Titel {pick}"
    elif kind == "line":
        d["line"] = int(d.get("line") or 1) + 3
    elif kind == "topic":
        d["topic"] = g.nodes[other]["topic"]
    elif kind == "weight":
        d["weight"] = (pick % 10) / 10
    elif kind == "attack" and c != other:
        g.add_edge(c, other, key="attacks")
    elif kind == "remove" and len(claims) > 20 and not any(  # an argument's claims stay
            k in ("premise", "conclusion") for _, _, k in [*g.in_edges(c, keys=True),
                                                          *g.out_edges(c, keys=True)]):
        g.remove_node(c)


_EDITS = st.lists(st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(
    ["text", "duplicate", "title", "line", "topic", "weight", "attack", "remove"])),
    min_size=1, max_size=3), min_size=1, max_size=4)


@settings(max_examples=40, deadline=None)
@given(_EDITS)
def test_reuse_gives_the_view_and_payload_of_a_fresh_build(base, saves):
    view_reuse, payload_reuse = ViewReuse(), PayloadReuse()
    g = base.copy()
    analysis = analyse(g)
    last = build_payload(build_view(analysis, "de", reuse=view_reuse), "de",
                         reuse=payload_reuse)
    for save in saves:
        g = g.copy()  # each build loads a new graph
        for pick, kind in save:
            _edit(g, pick, kind)
        analysis = reanalyse_texts(analysis, g) or analyse(g)
        view = build_view(analysis, "de", reuse=view_reuse)
        fresh = build_view(analyse(g), "de")
        assert view == fresh
        payload = build_payload(view, "de", reuse=payload_reuse)
        assert payload == build_payload(fresh, "de")
        assert apply_delta(last, payload_delta(last, payload)) == payload
        last = payload


def test_reuse_follows_a_change_of_language(base):
    reuse = PayloadReuse()
    view = build_view(analyse(base), "de")
    build_payload(view, "de", reuse=reuse)
    assert build_payload(view, "en", reuse=reuse) == build_payload(view, "en")


def test_a_text_edit_sends_only_the_changed_entries(base):
    analysis = analyse(base)
    before = build_payload(build_view(analysis, "de"), "de")
    g = base.copy()
    c = sorted(list(claim_nodes(g)))[5]
    g.nodes[c]["text"] = "Ganz neu."
    after = build_payload(build_view(reanalyse_texts(analysis, g) or analyse(g), "de"), "de")
    delta = payload_delta(before, after)
    assert delta["columns"]["text"] == {"at": [5, "Ganz neu."]}
    assert set(delta["columns"]) <= {"text", "caption"}
    assert set(delta["set"]) <= {"footer", "findings"}
    assert len(json.dumps(delta)) < len(json.dumps(after)) / 20
    assert apply_delta(before, delta) == after


def test_a_changed_number_of_claims_sends_whole_columns():
    before = {"title": "T", "claims": {"id": ["a", "b"], "text": ["x", "y"]}}
    after = {"title": "U", "claims": {"id": ["a"], "text": ["x"]}, "since": None}
    delta = payload_delta(before, after)
    assert delta == {"set": {"title": "U", "since": None},
                     "columns": {"id": ["a"], "text": ["x"]}}
    assert apply_delta(before, delta) == after


def _first_text(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("    text: "))
    return text, line


def test_the_server_sends_a_delta_to_a_page_that_holds_its_base(tmp_path):
    root = generated_map(tmp_path / "map", 60, seed=2)
    preview = LivePreview(root)
    first = preview.rebuild()
    whole = json.loads(first.body)
    assert whole["payload"] == first.payload and first.body_for(None) == first.body
    claim_file = next(p for p in sorted(root.glob("*.yaml")) if p.name != "map.yaml")
    text, line = _first_text(claim_file)
    claim_file.write_text(text.replace(line, '    text: "Geändert."', 1), encoding="utf-8")
    second = preview.rebuild()
    doc = json.loads(second.body_for(first.version))
    assert doc["delta"]["base"] == first.version and "payload" not in doc
    assert apply_delta(first.payload, doc["delta"]) == second.payload
    assert doc.get("problems", first.problems) == second.problems  # left out when unchanged
    assert json.loads(second.body_for(first.version - 1))["payload"] == second.payload
    # a broken save: the whole (empty) data; the next good one is a delta from the last good
    claim_file.write_text(text + "\n  - id: [kaputt\n", encoding="utf-8")
    broken = preview.rebuild()
    assert json.loads(broken.body_for(second.version))["payload"] is None
    claim_file.write_text(text, encoding="utf-8")
    third = preview.rebuild()
    doc = json.loads(third.body_for(second.version))
    assert doc["delta"]["base"] == second.version
    assert apply_delta(second.payload, doc["delta"]) == third.payload
    assert third.payload == json.loads(LivePreview(root).rebuild().body)["payload"]
