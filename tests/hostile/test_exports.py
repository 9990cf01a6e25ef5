"""Every export holds only what its format allows, whatever the claim files hold; and no
output written for others embeds the builder's directories."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from argmap.pipeline import check, export, report
from tests.helpers import claims_yaml

from .conftest import GOOD

# every kind of character a format may forbid: C0, DEL, C1, bidi, noncharacters, BOM
NASTY = "A\x01\x08\x0b\x0c\x1b[2J\x7f\x85\x9b\u202e\u2028\ufeff\ufffe\uffff<&>\"'Z"
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\ufffe\uffff]")


@pytest.fixture
def nasty_map(good_map: Path) -> Path:
    text = json.dumps(NASTY)
    (good_map / "b.yaml").write_text(claims_yaml(
        f"id: x\ntext: {text}\ntitle: {text}\nstance: risk\ntags: [{text}]\nauthor: {text}\n"
        f"attacks: [{{target: a, note: {text}}}]\nsource: {{doc: s1, quote: {text}}}"),
        encoding="utf-8")
    return good_map


def test_dot_is_xml_clean_for_graphviz(nasty_map) -> None:
    text = export(check(nasty_map), "dot")
    assert NOT_XML.search(text) is None
    assert CONTROLS.search(text.replace("\n", "")) is None


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_graphviz_svg_is_well_formed(nasty_map) -> None:  # pragma: no cover - needs Graphviz
    svg = subprocess.run(["dot", "-Tsvg"], input=export(check(nasty_map), "dot"),
                         capture_output=True, text=True, check=True).stdout
    ET.fromstring(svg)


def test_graphml_parses_as_xml(nasty_map) -> None:
    text = export(check(nasty_map), "graphml")
    assert NOT_XML.search(text) is None
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag.endswith("graphml")


def test_markdown_handout_has_no_controls(nasty_map) -> None:
    for text in (export(check(nasty_map), "markdown"), report(check(nasty_map), "markdown")):
        assert CONTROLS.search(text.replace("\n", "").replace("\t", "")) is None
        assert "\x00" not in text and "\x1b" not in text


@pytest.mark.parametrize("fmt", ["json", "aif"])
def test_json_exports_parse(nasty_map, fmt: str) -> None:
    json.loads(export(check(nasty_map), fmt))


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_reports_parse_and_escape_c1(nasty_map, fmt: str) -> None:
    text = report(check(nasty_map), fmt)
    json.loads(text)
    assert re.search("[\x80-\x9f\u202e]", text) is None


def test_html_map_carries_no_raw_nul_or_escape(nasty_map) -> None:
    text = export(check(nasty_map), "html")
    assert "\x00" not in text and "\x1b" not in text


# -- paths relative to the map directory --------------------------------------------------------

def test_html_map_embeds_no_absolute_path(good_map, tmp_path, invoke) -> None:
    target = tmp_path / "map.html"
    assert invoke("build", str(good_map.resolve()), "-o", str(target)).code == 0
    html = target.read_text(encoding="utf-8")
    assert str(tmp_path) not in html and str(good_map.resolve()) not in html
    assert '"files":["a.yaml"]' in html.replace(" ", "")  # the page's file index


def test_html_map_is_equal_between_checkouts(tmp_path, invoke) -> None:
    outputs = []
    for name in ("erste", "zweite/tiefer"):
        root = tmp_path / name / "claims"
        root.parent.mkdir(parents=True)
        shutil.copytree(Path(__file__).resolve().parents[2] / "claims", root)
        target = tmp_path / f"{name.replace('/', '-')}.html"
        assert invoke("build", str(root), "-o", str(target)).code in (0, 1)
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def test_texts_folder_in_findings_is_map_relative(good_map, tmp_path, invoke) -> None:
    (good_map / "texte").mkdir()
    with (good_map / "map.yaml").open("a", encoding="utf-8") as fh:
        fh.write("texts: texte\n")
    target = tmp_path / "map.html"
    out = invoke("build", str(good_map.resolve()), "-o", str(target))
    assert out.code in (0, 1) and "unknown-source-text" in out.output, out.output
    assert str(tmp_path) not in target.read_text(encoding="utf-8")


def test_json_export_places_are_map_relative(good_map) -> None:
    doc = json.loads(export(check(good_map.resolve()), "json"))
    files = {n.get("file") for n in doc["nodes"] if n.get("file")}
    assert files == {"a.yaml"}


def test_terminal_and_review_reports_keep_the_users_path(good_map, invoke) -> None:
    (good_map / "b.yaml").write_text(claims_yaml("id: lonely\ntext: L\nstance: risk"),
                                     encoding="utf-8")
    out = invoke("check", str(good_map))
    assert f"{good_map}/b.yaml:3" in out.output, out.output
    out = invoke("check", str(good_map), "--format", "github")
    assert f"file={good_map}/b.yaml" in out.output.replace("%3A", ":"), out.output
    assert GOOD


def test_argdown_export_has_no_controls_and_reads_back(nasty_map, tmp_path) -> None:
    from argmap.pipeline import import_file

    text = export(check(nasty_map), "argdown")
    # no control, bidi control, noncharacter or line separator an Argdown parser would trip on
    assert CONTROLS.search(text.replace("\n", "")) is None
    assert re.search("[\u2028\u2029\ufeff]", text) is None
    path = tmp_path / "nasty.argdown"
    path.write_text(text, encoding="utf-8")
    imported = import_file(path, "argdown", "de")
    assert not imported.problems, imported.problems
    texts = "".join(imported.files.values())
    assert "Z" in texts and "A" in texts  # the claim's text came back, controls replaced


def test_aif_export_escapes_what_json_readers_trip_on(nasty_map) -> None:
    text = export(check(nasty_map), "aif")
    json.loads(text)
    assert re.search("[\x80-\x9f\u202e\u2028\u2029\ufeff]", text) is None
