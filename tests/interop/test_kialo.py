"""Kialo's text export: both layouts, links, stances, problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.errors import LoadError
from argmap.formats import IMPORTERS
from argmap.load import load_map

from .helpers import import_into, write_files


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


ODD_TEXTS = [
    'Er sagte: "Ja" – oder?', "a: b", "# kein Kommentar", "- keine Liste", "no", "true", "~",
    "null", "1e3", "0x1F", "2025-02-03", "'einfach'", "\\back\\slash", "{flow: map}",
    "[flow, list]", "& anchor", "* alias", "! tag", "%directive", "@at", "`backtick`", "|", ">",
    "? frage", "endet mit Doppelpunkt:", "key: value # comment", "Ünïcödé ✓ 🎉 日本語",
    "Tab\tinnen", "Escape\x1b[2J\x1b]0;titel\x07 hier", "C1\x85und\x9bhier", "DEL\x7fda",
    "bidi\u202eumgedreht\u202c", "Zeilen\u2028trenner\u2029absatz", "BOM\ufeffin der Mitte",
    "Nicht\ufffezeichen\uffff", "kosten", "yes", "on", "Off", "Zeile eins\nZeile zwei: - #3",
]


def test_odd_texts_round_trip_exactly(tmp_path: Path) -> None:
    """Every text comes back from the written claim files as it was in the export: quotes,
    colons, '#', a leading '-', YAML words, newlines, unicode and control characters."""
    lines = ["Discussion Title: Titel: mit # und \"Quotes\"", "", "1. Die These: - # \"x\""]
    for i, text in enumerate(ODD_TEXTS, 1):
        first, *rest = text.split("\n")
        lines += [f"1.{i}. {'Pro' if i % 2 else 'Con'}: {first}", *rest]
    imported = IMPORTERS["kialo"].func("\n".join(lines) + "\n", "odd.txt")
    assert imported.problems == []
    amap = load_map(write_files(tmp_path / "m", imported.files))
    assert [c.claim.text for c in amap.claims.values()] == ['Die These: - # "x"', *ODD_TEXTS]
    assert amap.meta.title == 'Titel: mit # und "Quotes"'
    assert len({c for c in amap.claims}) == len(ODD_TEXTS) + 1
