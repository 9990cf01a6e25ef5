"""The JSON export (node-link graph) and its importer."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from argmap.pipeline import GENERATOR_MARK, Result

from .helpers import export, import_into, summary


def test_json_is_a_deterministic_node_link_graph(sample: Result) -> None:
    text = export(sample, "json")
    assert text == export(sample, "json")
    data = json.loads(text)
    # keys sorted, except the generator line, which comes first (argmap.write finds it there)
    rest = {k: v for k, v in data.items() if k != "generator"}
    assert text.startswith('{\n  "generator": ')
    assert text.split("\n", 2)[2] == json.dumps(rest, ensure_ascii=False, indent=2,
                                                 sort_keys=True).split("\n", 1)[1] + "\n"
    assert data["format"] == "argmap-graph" and data["generator"] == GENERATOR_MARK
    g = nx.node_link_graph(data, edges="edges")
    assert g.is_directed() and g.is_multigraph()
    claims = [n["id"] for n in data["nodes"] if n["type"] == "claim"]
    assert claims == sorted(sample.analysis.labels)
    node = next(n for n in data["nodes"] if n["id"] == "kosten-gering")
    assert node["text"].startswith("Die Kosten sind gering: nur 6 Mio. $")
    assert node["stance"] == "opportunity" and node["topic"] == "kosten"
    assert node["weight"] == 0.8 and node["source"] == "quelle.eins"
    assert node["quote"] == 'nur "6 Mio." Dollar' and node["author"] == "Gruppe A"
    assert node["label"] == sample.analysis.labels["kosten-gering"]
    assert {"file", "line", "tags", "strength"} <= set(node)
    inference = {n["id"]: n for n in data["nodes"] if n["type"] == "inference"}
    assert inference["kosten-gering->these"] == {
        "id": "kosten-gering->these", "type": "inference", "source": "kosten-gering",
        "target": "these"}
    kinds = {(e["source"], e["target"], e["kind"]) for e in data["edges"]}
    assert ("kosten-angabe-unsicher", "kosten-gering->these", "undercuts") in kinds
    assert ("missbrauch", "missbrauch-gering", "contradicts") in kinds
    assert ("missbrauch-gering", "missbrauch", "contradicts") not in kinds
    notes = {(e["source"], e["target"]): e["note"] for e in data["edges"]}
    assert notes[("kosten-gering", "these")] == "Geringe Kosten öffnen den Zugang."
    assert data["labels"] == dict(sorted(sample.analysis.labels.items()))
    assert data["graph"]["title"] == sample.amap.meta.title
    assert [t["id"] for t in data["graph"]["topics"]] == ["kosten", "risiken", "leer"]
    assert data["graph"]["expect"] == {"in": ["these"], "out": ["missbrauch"], "undec": []}
    assert isinstance(data["findings"], list)
    for f in data["findings"]:
        assert set(f) == {"code", "severity", "claims", "path", "message"}


def test_json_import_round_trip(sample: Result, tmp_path: Path) -> None:
    back, problems = import_into(tmp_path / "m", "json", export(sample, "json"))
    assert problems == []
    assert summary(back) == summary(sample)
