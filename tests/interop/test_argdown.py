"""Argdown: export, import of argmap's own output and of hand-written Argdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.formats import IMPORTERS
from argmap.formats.argdown import escape_text, read_text
from argmap.pipeline import GENERATOR_MARK, Result
from argmap.yamlpos import parse_yaml

from .helpers import export, import_into, summary

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00"


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",), exclude_characters=LINE_BREAKS),
               max_size=60))
def test_escaped_text_reads_back(text: str) -> None:
    assert read_text(escape_text(text)) == (text.strip(), [])


@pytest.mark.parametrize("text", [
    "[Titel]: kein Titel", "<Arg>: kein Argument", "#tag und #(klammer)", "*fett* _kursiv_",
    "{daten: 1}", "a // kein Kommentar", "/* auch keiner */", "<!-- nein -->", "z.B. .v. :x:",
    "=== kein Vorspann ===", "@include(x)", "\\ Rückstrich \\", "+ - > < >< _",
])
def test_special_texts_read_back(text: str) -> None:
    assert read_text(escape_text(text)) == (text, [])


def test_export_layout(sample: Result) -> None:
    text = export(sample, "argdown")
    lines = text.splitlines()
    assert lines[:2] == ["===", f"# {GENERATOR_MARK}"]
    end = lines.index("===", 1)
    front = parse_yaml("\n".join(lines[1:end])).data
    assert front["title"] == sample.amap.meta.title
    assert front["argmap"]["sources"][0]["id"] == "quelle.eins"
    assert front["color"]["tagColors"] == {"kosten": "#2e7d32", "risiken": "#c62828"}
    assert '# Kosten & Nutzen {topic: "kosten", color: "#2e7d32"}' in lines
    assert '# Risiken \\[sic\\] \\#1 {topic: "risiken", color: "#c62828"}' in lines
    assert '# Ein Thema ohne Behauptungen {topic: "leer"}' in lines
    these = next(ln for ln in lines if ln.startswith("[these]: "))
    assert "#kosten #kern #(mit Leerzeichen) {" in these
    gering = lines.index(next(ln for ln in lines if ln.startswith("[kosten-gering]: ")))
    assert lines[gering + 1] == "    +> [these]"
    assert "\\[Quelle\\]" in lines[gering] and "\\*weniger\\*" in lines[gering]
    assert 'undercuts: ["kosten-gering -> these"]' in text
    assert "    >< [missbrauch-gering]" in lines and "    -> [these]" in lines
    # a text with a line break keeps it in the data
    assert '"Offene Modelle lassen sich missbrauchen.\\nZweite Zeile' in text


def test_round_trip_is_lossless(sample: Result, tmp_path: Path) -> None:
    back, problems = import_into(tmp_path / "m", "argdown", export(sample, "argdown"))
    assert problems == []
    assert summary(back) == summary(sample)


def test_import_of_hand_written_argdown(fixtures: Path, tmp_path: Path) -> None:
    text = (fixtures / "debate.argdown").read_text(encoding="utf-8")
    result, problems = import_into(tmp_path / "m", "argdown", text, "debate.argdown")
    g = result.graph
    assert result.amap.meta.title == "Offene KI-Modelle"
    assert [t.id for t in result.amap.meta.topics] == ["grundsatzfragen", "sicherheit"]
    offen = g.nodes["offenheit"]
    assert offen["text"] == "Offene KI-Modelle nützen der Gesellschaft mehr, als sie schaden."
    assert offen["tags"] == ["kern", "zentrale These"] and offen["topic"] == "grundsatzfragen"
    assert g.nodes["missbrauch"]["stance"] == "risk" and g.nodes["missbrauch"]["weight"] == 0.7
    assert g.nodes["innovation"]["stance"] == "opportunity"
    assert g.nodes["belege"]["topic"] == "sicherheit"
    # the argument with a PCS is an argument in standard form; its description the note
    arg = g.nodes["kostenargument"]
    assert arg["type"] == "argument" and arg["title"] == "Kostenargument"
    assert arg["note"].startswith("Wer kein Geld")
    assert arg["premises"] == ["lizenzen-kosten-geld", "forschung-ohne-geld-braucht-freie-modelle"]
    assert arg["conclusion"] == "offene-modelle-ermoeglichen-forschung"
    untitled = "ein-unbetitelter-gedanke-ohne-beziehungen"
    assert g.nodes[untitled]["text"] == "Ein unbetitelter Gedanke ohne Beziehungen."
    edges = {(u, v, k) for u, v, k in g.edges(keys=True)}
    assert edges >= {
        ("zugang", "offenheit", "supports"),            # + (nested child supports parent)
        ("offene-modelle-ermoeglichen-forschung", "zugang", "supports"),  # + two deep
        ("rechenkosten", "zugang", "attacks"),          # -
        ("missbrauch", "offenheit", "attacks"),         # <-
        ("offenheit", "innovation", "supports"),        # +>
        ("offenheit", "geschlossen", "contradicts"),    # ><
        ("innovation", "geschlossen", "attacks"),       # ->
        ("belege", "missbrauch", "supports"),           # <+
        ("filter-lassen-sich-nicht-zuverlaessig-entfernen", "missbrauch", "attacks"),
        ("belege", "belege->missbrauch", "undercuts"),  # from the data
    }
    found = {(p.line, p.code) for p in problems}
    assert (27, "unsupported-construct") in found   # Argdown undercut of an argument
    assert (31, "unsupported-construct") in found   # a second, different text
    assert not any(line in (33, 35, 36, 37, 38) for line, _ in found)  # the PCS is read
    assert all(p.file == "debate.argdown" and p.message for p in problems)


def test_relation_forms_and_references() -> None:
    text = """[a]: A
  + [b]: B
    - [c]: C
      +> [d]: D
  <- [e]
  >< <F>: F

[e]: E #x #x #(y z)
"""
    result = IMPORTERS["argdown"].func(text, "t.argdown")
    assert result.problems == []
    body = result.files["allgemein.yaml"]
    for expected in ("- id: b", "supports: [a]", "attacks: [b]", "supports: [d]",
                     "attacks: [a]", "contradicts: [f]", 'tags: [x, "y z"]'):
        assert expected in body


def test_problems_point_at_lines() -> None:
    text = "[a]: A {undercuts: [\"a -> b\"], notes: {supports: {b: n}}}\n\n" \
           "  + [b]: ohne Eltern\n\n[c] Text nach Verweis\n\n[d]: D {kaputt: [}\n"
    result = IMPORTERS["argdown"].func(text, "p.argdown")
    lines = {(p.line, p.code) for p in result.problems}
    assert (1, "unknown-reference") in lines
    assert (3, "unsupported-construct") in lines
    assert (5, "unsupported-construct") in lines
    assert (7, "yaml-syntax") in lines
    assert "- id: c" in result.files["allgemein.yaml"]
