"""Kialo's text export: both layouts, links, stances, problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.errors import LoadError
from argmap.formats import IMPORTERS

from .helpers import import_into


def _edges(result) -> set[tuple[str, str, str]]:
    return {(u, v, k) for u, v, k in result.graph.edges(keys=True)}


def test_numbered_export(fixtures: Path, tmp_path: Path) -> None:
    text = (fixtures / "kialo_numbered.txt").read_text(encoding="utf-8")
    result, problems = import_into(tmp_path / "m", "kialo", text, "kialo_numbered.txt")
    g = result.graph
    assert result.amap.meta.title == "Sollen Schulen offene KI-Modelle einsetzen?"
    assert [t.id for t in result.amap.meta.topics] == ["diskussion"]
    ids = list(result.analysis.labels)
    thesis, lizenz, hardware, traeger, steigen, zeit, lokal = ids[:7]
    assert thesis == "schulen-sollten-offene-ki-modelle-einsetzen"
    assert g.nodes[zeit]["text"] == ("Lehrkräfte haben keine Zeit, offene Modelle zu betreuen."
                                     "\nDie Wartung bleibt an wenigen Personen hängen.")
    assert _edges(result) >= {
        (lizenz, thesis, "supports"), (hardware, lizenz, "attacks"),
        (traeger, hardware, "attacks"), (steigen, lizenz, "supports"),
        (zeit, thesis, "attacks"), (lokal, thesis, "supports"),
        (hardware, zeit, "supports"),  # the link 1.2.1 → See 1.1.1
    }
    stances = {n: g.nodes[n]["stance"] for n in ids}
    assert stances[thesis] == "neutral"
    assert stances[lizenz] == "opportunity" and stances[hardware] == "risk"
    assert stances[traeger] == "opportunity" and stances[zeit] == "risk"
    found = {(p.line, p.code) for p in problems}
    assert (12, "unknown-reference") in found  # -> See 1.9.
    assert (13, "unknown-reference") in found  # 1.4.2 without 1.4


def test_two_line_export(fixtures: Path, tmp_path: Path) -> None:
    text = (fixtures / "kialo_twoline.txt").read_text(encoding="utf-8")
    result, problems = import_into(tmp_path / "m", "kialo", text, "kialo_twoline.txt")
    assert problems == []
    g = result.graph
    by_text = {d["text"]: n for n, d in g.nodes(data=True) if d.get("type") == "claim"}
    thesis = by_text["Open AI models do more good than harm."]
    inspect = by_text["Researchers can inspect the weights."]
    little = by_text["Inspecting weights reveals little about behaviour."]
    abuse = by_text["Open models can be fine-tuned for abuse."]
    assert _edges(result) == {(inspect, thesis, "supports"), (little, inspect, "attacks"),
                              (abuse, thesis, "attacks"), (little, abuse, "supports")}
    assert len(by_text) == 4


def test_not_kialo() -> None:
    with pytest.raises(LoadError):
        IMPORTERS["kialo"].func("Nur Text.\nOhne Nummern.\n", "x.txt")
