"""The shipped map (output/map.html) in a real browser, with the screenshots a seminar sees.

Writes overview, selected claim, position mode and balance picture to output/screenshots/.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.pipeline import check

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shipped() -> tuple[str, list[str]]:
    html = (ROOT / "output" / "map.html").read_text(encoding="utf-8")
    graph = check(ROOT / "claims").graph
    return html, sorted(n for n, t in graph.nodes(data="type") if t == "claim")


def test_shipped_map_screens(open_map, shipped, tmp_path: Path) -> None:
    html, claims = shipped
    mp = open_map(html, viewport={"width": 1600, "height": 1000})
    assert sorted(c for c in mp.eval("network.body.data.nodes.getIds()") if "->" not in c) == claims
    mp.screenshot("shipped-overview.png")

    mp.click_claim("these-kinews-chancen-ueberwiegen")
    panel = mp.panel_text()
    assert "überwiegen" in panel and "KINEWS24" in panel
    mp.screenshot("shipped-selected.png")

    mp.click_claim("demokratisierung-andreessen-geschenk")
    mp.page.click("#am-pos-accept")
    mp.click_claim("missbrauch-angreifer-zugang")
    mp.page.click("#am-pos-accept")
    mp.page.click(".am-tab[data-tab=position]")
    result = mp.eval("window.argmap.position.result")
    assert result["conflicts"] == [{"a": "missbrauch-angreifer-zugang",
                                    "b": "demokratisierung-andreessen-geschenk",
                                    "kind": "attacks"}]
    mp.screenshot("shipped-position.png")
    # the exported position is a file `argmap check --position` reads, with the same verdict
    mp.page.fill("#am-pos-name", "Gruppe „A“: test")
    position = tmp_path / "position.yaml"
    position.write_text(mp.eval("window.argmap.positionYaml()"), encoding="utf-8")
    res = CliRunner().invoke(app, ["check", str(ROOT / "claims"), "--position", str(position),
                                   "--format", "json"])
    assert res.exit_code == 1, res.output
    report = json.loads(res.stdout)
    assert report["position"]["name"] == "Gruppe „A“: test"
    conflicts = [f["claims"] for f in report["findings"] if f["code"] == "position-conflict"]
    assert conflicts == [["missbrauch-angreifer-zugang", "demokratisierung-andreessen-geschenk"]]

    mp.page.click(".am-tab[data-tab=balance]")
    rows = mp.eval("document.querySelectorAll('#am-balance-svg .am-balance-row').length")
    assert rows == 11
    mp.screenshot("shipped-balance.png")
    mp.assert_clean()
