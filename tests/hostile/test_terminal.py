"""Escape sequences and control characters from student files never reach the terminal raw:
they are shown as visible escapes (``\\x1b``), in diagnostics, findings, quotes, position
names, paths and review annotations."""

from __future__ import annotations

import json
import re

import pytest

from argmap.charsets import terminal_text
from tests.helpers import claims_yaml

from .conftest import refused

# erase the screen, retitle the window, move the cursor up, 8-bit CSI, bidi override, NUL
HOSTILE = ["\x1b[2J", "\x1b]0;pwned\x07", "\x1b[1A\x1b[2K", "\x9b2J", "\u202e", "\x00", "\r"]
RAW = re.compile("[\x00\x07\x1b\x9b\u202e\r]")


def _yaml_string(s: str) -> str:
    return json.dumps(s)  # a JSON string is a YAML double-quoted string


def _clean(text: str) -> None:
    assert RAW.search(text) is None, repr(text)


@pytest.mark.parametrize("seq", HOSTILE[:-1])  # "risk\r" is "risk": YAML strips it
def test_escape_in_a_schema_message(good_map, invoke, seq: str) -> None:
    (good_map / "b.yaml").write_text(claims_yaml(
        f"id: x\ntext: X\nstance: {_yaml_string('risk' + seq)}"), encoding="utf-8")
    out = invoke("check", str(good_map))
    refused(out, "b.yaml:")
    _clean(out.output)
    assert terminal_text(seq, newlines=False) in out.output


@pytest.mark.parametrize("seq", HOSTILE[:4])
def test_escape_in_a_quote_not_found(good_map, tmp_path, invoke, seq: str) -> None:
    (tmp_path / "s1.txt").write_text("ein ganz anderer Text", encoding="utf-8")
    (good_map / "b.yaml").write_text(claims_yaml(
        f"id: x\ntext: X\nstance: risk\nattacks: [a]\n"
        f"source: {{doc: s1, quote: {_yaml_string('Zitat' + seq)}}}"), encoding="utf-8")
    out = invoke("check", str(good_map), "--sources", str(tmp_path))
    assert out.code == 1 and "quote-not-found" in out.output, out.output
    _clean(out.output)


def test_escape_in_claim_texts_of_findings(good_map, invoke) -> None:
    text = _yaml_string("Gleich\x1b]0;pwned\x07 \x9b2J")
    (good_map / "b.yaml").write_text(claims_yaml(
        f"id: x\ntext: {text}\nstance: risk\nattacks: [a]",
        f"id: y\ntext: {text}\nstance: risk\nattacks: [a]"), encoding="utf-8")
    out = invoke("check", str(good_map))
    assert "duplicate-claim" in out.output, out.output
    _clean(out.output)


def test_escape_in_a_position_name(good_map, tmp_path, invoke) -> None:
    (tmp_path / "pos.yaml").write_text(
        f"name: {_yaml_string('Alice' + HOSTILE[1] + HOSTILE[0])}\naccept: [a, c]\n",
        encoding="utf-8")
    out = invoke("check", str(good_map), "--position", str(tmp_path / "pos.yaml"))
    assert out.code in (0, 1), out.output
    _clean(out.output)


def test_escape_in_a_position_file_problem(good_map, tmp_path, invoke) -> None:
    (tmp_path / "pos.yaml").write_text(
        f"name: x\naccept: [{_yaml_string('geist' + HOSTILE[0])}]\n", encoding="utf-8")
    out = invoke("check", str(good_map), "--position", str(tmp_path / "pos.yaml"))
    refused(out, "pos.yaml:2")
    _clean(out.output)


def test_escape_in_the_build_digest(good_map, tmp_path, invoke) -> None:
    (good_map / "b.yaml").write_text(claims_yaml(
        f"id: lonely\ntext: {_yaml_string('Allein' + HOSTILE[2])}\nstance: risk"),
        encoding="utf-8")
    out = invoke("build", str(good_map), "-o", str(tmp_path / "m.html"))
    assert out.code == 0 and "isolated-claim" in out.output, out.output
    _clean(out.output)


def test_escape_in_an_import_problem(tmp_path, invoke) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"nodes": [{"nodeID": "1\x1b[2J", "type": "XX"}],
                                  "edges": []}), encoding="utf-8")
    out = invoke("import", str(source), "--from", "aif", "-o", str(tmp_path / "out"))
    assert "Traceback" not in out.output
    _clean(out.output)


def test_json_report_escapes_c1_and_bidi(good_map, invoke) -> None:
    (good_map / "b.yaml").write_text(claims_yaml(
        f"id: x\ntext: X\nstance: {_yaml_string('risk' + chr(0x9b) + '2J' + chr(0x202e))}"),
        encoding="utf-8")
    out = invoke("check", str(good_map), "--format", "json")
    assert out.code == 2
    _clean(out.stdout)
    doc = json.loads(out.stdout)
    assert any("\x9b" in d["message"] for d in doc["diagnostics"])  # the same value, escaped


def test_github_annotations_cannot_inject_commands(good_map, invoke) -> None:
    forged = _yaml_string("risk\n::error::forged" + HOSTILE[0])
    (good_map / "b.yaml").write_text(claims_yaml(f"id: x\ntext: X\nstance: {forged}"),
                                     encoding="utf-8")
    out = invoke("check", str(good_map), "--format", "github")
    assert out.code == 2
    _clean(out.stdout)
    assert all(line.startswith("::") for line in out.stdout.splitlines())
    assert "\n::error::forged" not in out.stdout


def test_terminal_text_keeps_ordinary_text() -> None:
    text = "Grüße — „Zitat“ über 3 Zeilen\n\teingerückt 😀"
    assert terminal_text(text) == text
