"""GraphML export: reads back with networkx, carries what yEd/Gephi need."""

from __future__ import annotations

import io

import networkx as nx

from argmap.pipeline import GENERATOR_MARK, Result

from .helpers import export


def _read(text: str) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True)


def test_graphml_reads_back(sample: Result) -> None:
    text = export(sample, "graphml")
    assert GENERATOR_MARK in text.splitlines()[0]
    g = _read(text)
    assert g.graph["title"] == sample.amap.meta.title and g.graph["language"] == "de"
    claims = {n for n, t in g.nodes(data="type") if t == "claim"}
    assert claims == set(sample.analysis.labels)
    d = g.nodes["kosten-gering"]
    assert d["stance"] == "opportunity" and d["topic"] == "kosten"
    assert d["topic_label"] == "Kosten & Nutzen"
    assert d["label"] == sample.analysis.labels["kosten-gering"]
    assert d["weight"] == 0.8 and d["quote"] == 'nur "6 Mio." Dollar'
    assert d["text"] == sample.graph.nodes["kosten-gering"]["text"]
    assert g.nodes["these"]["tags"] == "kern, mit Leerzeichen"
    assert "\n" in g.nodes["missbrauch"]["text"]
    if sample.analysis.strength:
        assert isinstance(d["strength"], float)


def test_graphml_edges_and_undercuts(sample: Result) -> None:
    g = _read(export(sample, "graphml"))
    kinds = sorted((u, v, d["kind"]) for u, v, d in g.edges(data=True))
    expected = sorted((u, v, k) for u, v, k in sample.graph.edges(keys=True))
    assert kinds == expected
    ids = [k for _, _, k in g.edges(keys=True)]
    assert len(ids) == len(set(ids))  # GraphML edge ids are unique
    assert g.nodes["kosten-gering->these"]["type"] == "inference"
    assert g.nodes["kosten-gering->these"]["relation_source"] == "kosten-gering"
    edge = next(d for u, v, d in g.edges(data=True) if (u, v) == ("kosten-gering", "these"))
    assert edge["undercut_by"] == "kosten-angabe-unsicher"
    assert edge["note"] == "Geringe Kosten öffnen den Zugang."
    contra = next(d for u, v, d in g.edges(data=True) if d["kind"] == "contradicts")
    assert contra["undercut_by"] == "sicherheit_filter"
