"""The Markdown handout: structure, and user strings that cannot become markup."""

from __future__ import annotations

from argmap.formats.handout import markdown_report, md_escape
from argmap.pipeline import check
from tests.helpers import claims_yaml


def test_handout_sections_and_questions(make_map) -> None:
    root = make_map({"a.yaml": claims_yaml(
        "id: a\ntext: A gilt.\nstance: opportunity\ncontradicts: [b]",
        "id: b\ntext: B gilt.\nstance: risk",
        "id: c\ntext: C gilt.\nstance: risk\nattacks: [a]",
    )})
    text = markdown_report(check(root).view)
    assert text.startswith("# Testkarte\n")
    for heading in ("## Überblick", "## Urteile nach Thema", "## Befunde",
                    "## Fragen zur Diskussion"):
        assert heading in text
    assert "| **a**: A gilt. | Chance | abgelehnt |" in text


def test_open_contradiction_becomes_a_question(make_map) -> None:
    root = make_map({"a.yaml": claims_yaml(
        "id: a\ntext: A gilt.\nstance: opportunity\ncontradicts: [b]",
        "id: b\ntext: B gilt.\nstance: risk")})
    text = markdown_report(check(root).view)
    assert "1. Was spricht eher für **a**" in text
    assert "2." not in text.split("## Fragen zur Diskussion")[1]  # no duplicate question


def test_user_strings_cannot_become_markup() -> None:
    evil = "[klick](javascript:alert(1)) <img src=x onerror=alert(1)> | *fett* `code`"
    out = md_escape(evil)
    assert "<" not in out and ">" not in out
    assert "\\[klick\\]" in out and "\\|" in out and "\\*fett\\*" in out and "\\`code\\`" in out
    assert md_escape("zwei\nZeilen") == "zwei Zeilen"
