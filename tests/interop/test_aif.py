"""AIF: argmap's export, its lossless import, and plain AIFdb/OVA files."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from argmap.formats import IMPORTERS
from argmap.pipeline import GENERATOR_MARK, Result

from .helpers import export, import_into, summary


def _graph(doc: dict) -> tuple[dict[str, dict], set[tuple[str, str]]]:
    nodes = {n["nodeID"]: n for n in doc["nodes"]}
    return nodes, {(e["fromID"], e["toID"]) for e in doc["edges"]}


def test_export_structure(sample: Result) -> None:
    doc = json.loads(export(sample, "aif"))
    nodes, edges = _graph(doc)
    assert doc["argmap"]["generator"] == GENERATOR_MARK and doc["locutions"] == []
    assert all(set(e) == {"edgeID", "fromID", "toID", "formEdgeID"} for e in doc["edges"])
    inode = {n["argmap"]["id"]: k for k, n in nodes.items() if n["type"] == "I"}
    assert set(inode) == set(sample.analysis.labels)
    assert nodes[inode["kosten-gering"]]["text"].startswith("Die Kosten sind gering")
    counts = Counter(n["type"] for n in nodes.values())
    # 1 support; 3 attacks + 2 CAs for the contradiction; 3 undercuts, one of which hits
    # both S-nodes of missbrauch-gering → missbrauch (an attack and a contradiction's mirror)
    assert counts == {"I": 7, "RA": 1, "CA": 9}

    def s_between(a: str, b: str) -> list[str]:
        return [s for s, n in nodes.items() if n["type"] in ("RA", "CA")
                and (inode[a], s) in edges and (s, inode[b]) in edges]

    (ra,) = s_between("kosten-gering", "these")
    assert nodes[ra]["type"] == "RA" and nodes[ra]["argmap"]["note"].startswith("Geringe")
    (forward,) = s_between("missbrauch", "missbrauch-gering")
    assert nodes[forward]["argmap"] == {"kind": "contradicts",
                                        "note": "Beides zugleich geht nicht."}
    mirrors = [nodes[s]["argmap"] for s in s_between("missbrauch-gering", "missbrauch")]
    assert {"kind": "contradicts", "mirror": True} in mirrors  # beside the plain attack
    undercut = [s for s, n in nodes.items() if (inode["kosten-angabe-unsicher"], s) in edges]
    assert len(undercut) == 1 and (undercut[0], ra) in edges


def test_round_trip_is_lossless(sample: Result, tmp_path: Path) -> None:
    back, problems = import_into(tmp_path / "m", "aif", export(sample, "aif"))
    assert problems == []
    assert summary(back) == summary(sample)


def test_plain_aifdb_import(fixtures: Path, tmp_path: Path) -> None:
    text = (fixtures / "aifdb.json").read_text(encoding="utf-8")
    result, problems = import_into(tmp_path / "m", "aif", text, "aifdb.json")
    g = result.graph
    assert result.amap.meta.title == "aifdb"
    assert [t.id for t in result.amap.meta.topics] == ["aif"]
    texts: dict[str, str] = {}
    for n, d in g.nodes(data=True):
        if d.get("type") == "claim":
            texts.setdefault(d["text"], n)
    assert len(texts) == 5 and len(result.analysis.labels) == 6  # a repeated I-node text
    assert all(g.nodes[n]["stance"] == "neutral" for n in texts.values())
    kosten = texts["Offene Modelle senken die Kosten für Schulen."]
    sinnvoll = texts["Offene Modelle sind für Schulen sinnvoll."]
    geld = texts["Schulen haben wenig Geld."]
    hardware = texts["Offene Modelle brauchen teure Hardware."]
    cloud = texts["Viele Schulen nutzen Cloud-Dienste statt eigener Hardware."]
    edges = {(u, v, k) for u, v, k in g.edges(keys=True)}
    # the linked RA-node is one argument (CONTRACT §6.2), not two independent supports
    (arg,) = [n for n, d in g.nodes(data=True) if d.get("type") == "argument"]
    assert set(g.nodes[arg]["premises"]) == {kosten, geld}
    assert g.nodes[arg]["conclusion"] == sinnvoll
    assert (kosten, sinnvoll, "supports") not in edges
    assert (hardware, kosten, "attacks") in edges
    assert (cloud, arg, "undercuts") in edges  # the CA against the RA-node undercuts it
    messages = " ".join(p.message for p in problems)
    for what in ("Sprechakt (L)", "(YA)", "(TA)", "(MA)", "(PA)"):
        assert what in messages
    assert "mehrere Prämissen" not in messages
    assert any(p.code == "unknown-reference" for p in problems)  # edge from node 999
    assert {p.line for p in problems if "(L)" in p.message} == {14}


def test_ova_wrapper_and_bad_input(tmp_path: Path) -> None:
    doc = {"AIF": {"nodes": [{"nodeID": 1, "text": "A", "type": "I"},
                             {"nodeID": 2, "text": "B", "type": "I"},
                             {"nodeID": 3, "text": "Default Conflict", "type": "CA"}],
                   "edges": [{"edgeID": 1, "fromID": 1, "toID": 3},
                             {"edgeID": 2, "fromID": 3, "toID": 2}]},
           "OVA": {"nodes": []}}
    result, _ = import_into(tmp_path / "m", "aif", json.dumps(doc), "ova.json")
    assert {(u, v, k) for u, v, k in result.graph.edges(keys=True)} == {("a", "b", "attacks")}
    from argmap.errors import LoadError

    for bad in ("{", "[]", '{"edges": []}'):
        try:
            IMPORTERS["aif"].func(bad, "bad.json")
        except LoadError as exc:
            assert "bad.json" in str(exc)
        else:  # pragma: no cover
            raise AssertionError(bad)
