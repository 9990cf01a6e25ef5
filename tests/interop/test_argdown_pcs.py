"""Argdown's premise–conclusion structures (PCS) ↔ argmap arguments (CONTRACT §6.2)."""

from __future__ import annotations

from pathlib import Path

from argmap.formats import IMPORTERS
from argmap.formats._argdown_pcs import Pcs, steps

from .helpers import FIXTURES, analysed, export, import_into, summary

PCS = (FIXTURES / "pcs.argdown").read_text(encoding="utf-8")


def _imported(tmp_path: Path, text: str = PCS):
    result, problems = import_into(tmp_path / "m", "argdown", text, "pcs.argdown")
    g = result.graph
    arguments = {n: d for n, d in g.nodes(data=True) if d.get("type") == "argument"}
    edges = {(u, v, k) for u, v, k in g.edges(keys=True)}
    return result, problems, arguments, edges


def test_every_pcs_is_an_argument_with_titles_rules_and_descriptions(tmp_path: Path) -> None:
    result, problems, arguments, _ = _imported(tmp_path)
    g = result.graph
    main = arguments["zugangsargument"]
    assert main["title"] == "Zugangsargument"
    assert main["premises"] == ["forschung", "was-jedem-forschung-erlaubt-nuetzt-der-forschung"]
    assert main["conclusion"] == "these"
    assert main["note"].startswith("Wer die Gewichte hat, kann selbst forschen.")
    step = arguments["zugangsargument-step-1"]  # the first inference of the two-step PCS
    assert step["premises"] == ["zugang", "wer-ein-modell-laden-kann-kann-damit-forschen"]
    assert step["conclusion"] == "forschung" and "Modus ponens" in step["note"]
    other = arguments["missbrauchsargument"]
    assert other["premises"] == ["zugang", "angreifer-nutzen-alles-was-sie-laden-koennen"]
    assert "Schlussregel: Generalisierung" in other["note"]
    # premises and conclusions are claims with their Argdown titles as captions
    assert g.nodes["zugang"]["title"] == "Zugang"
    assert g.nodes["zugang"]["text"] == "Offene Gewichte kann jeder laden."
    assert "zugangsargument" not in [n for n, d in g.nodes(data=True) if d["type"] == "claim"]
    assert not [p for p in problems if p.code != "unsupported-construct"], problems


def test_relations_of_and_to_reconstructed_arguments(tmp_path: Path) -> None:
    _, _, _, edges = _imported(tmp_path)
    assert ("rechenkosten", "wer-ein-modell-laden-kann-kann-damit-forschen", "attacks") in edges
    assert ("gefahr", "these", "attacks") in edges                   # from a PCS conclusion
    assert ("filter", "missbrauchsargument", "undercuts") in edges   # _> an argument
    assert ("zweifel", "missbrauchsargument", "undercuts") in edges  # an attack on the whole
    # <A>(2) is the statement numbered 2 of A's PCS
    assert ("ethik", "angreifer-nutzen-alles-was-sie-laden-koennen", "attacks") in edges


def test_argument_without_pcs_stays_a_tagged_claim_and_can_be_undercut(tmp_path: Path) -> None:
    result, _, arguments, edges = _imported(tmp_path)
    assert "zusammenfassung" not in arguments
    assert "argdown-argument" in result.graph.nodes["zusammenfassung"]["tags"]
    assert ("zusammenfassung", "these", "supports") in edges
    assert ("wartung", "zusammenfassung->these", "undercuts") in edges


def test_round_trip_keeps_statements_arguments_and_everything_else(tmp_path: Path) -> None:
    first, *_ = _imported(tmp_path)
    text = export(first, "argdown")
    assert text.count("\n----\n") + text.count("\n--\n") // 2 == 3  # three inferences
    assert "<missbrauchsargument>:" in text and "(2) [zugang]" not in text.split("<miss")[0][-5:]
    back, problems = import_into(tmp_path / "b", "argdown", text, "back.argdown")
    assert problems == []
    assert summary(back) == summary(first)
    assert export(back, "argdown") == text


def test_untitled_pcs_nested_pcs_and_incomplete_pcs(tmp_path: Path) -> None:
    text = ("[S]: Aussage.\n  + <Nested>\n\n  (1) A\n  (2) B\n  ----\n  (3) C\n\n"
            "(1) D\n(2) E\n\n(3) F\n\n(1) G\n(2) H\n")
    result, problems, arguments, edges = _imported(tmp_path, text)
    # a PCS after a relation child belongs to no argument (as in Argdown): untitled
    assert list(arguments) == ["argument"]
    assert arguments["argument"]["premises"] == ["a", "b"]
    assert "nested" in result.graph.nodes and ("nested", "s", "supports") in edges
    assert any(p.code == "unsupported-construct" and p.line == 9 for p in problems)  # D, E …
    assert {"d", "e", "f", "g", "h"} <= set(result.graph.nodes)


def test_steps_follow_uses_and_drop_circular_steps() -> None:
    pcs = Pcs(owner=("a", "A"), line=1)
    for member in (("s", 1, "p"), ("s", 2, "q"), ("i", "", {}), ("s", 3, "r"),
                   ("s", 4, "t"), ("i", "", {"uses": [1, 4]}), ("s", 5, "z"),
                   ("i", "", {}), ("s", 6, "z")):
        pcs.add(member)
    found = steps(pcs)
    assert [(s.premises, s.conclusion) for s in found] == [(["p", "q"], "r"),
                                                          (["p", "t"], "z")]
    assert pcs.complete and pcs.key_of(4) == "t" and pcs.key_of(9) is None


def test_argdown_relation_between_argument_and_own_conclusion_is_not_a_self_support() -> None:
    text = "[P]: Power.\n  <+ <Core>\n\n<Core>\n\n(1) [D]: Doom.\n----\n(2) [P]\n"
    files = IMPORTERS["argdown"].func(text, "c.argdown").files["allgemein.yaml"]
    assert "supports: [p]" not in files.split("- id: p")[1].split("- id:")[0]
    assert "premises: [d]" in files and "conclusion: p" in files


def test_shipped_map_arguments_come_back_as_pcs(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2] / "claims"
    original = analysed(root)
    text = export(original, "argdown")
    for aid, a in original.view.arguments.items():
        block = text.split(f"\n<{aid}>", 1)[1].split("\n\n", 2)[1]
        assert block.splitlines()[-1].endswith(f"[{a.conclusion}]")
        assert all(f"[{p}]" in block for p in a.premises)
