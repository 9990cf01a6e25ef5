"""Issue 5 — the interactive map a seminar can work with, feature by feature."""

from __future__ import annotations

import pytest
from argmap_render_support import load_analysis, synthetic_graph, view_of

from argmap.analysis import Analysis, Explanation, Options
from argmap.analysis.registry import Finding
from argmap.formats.html import render_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def small():
    a = load_analysis("small")
    a.explanations["these"] = Explanation("these", "undec", cycle=("missbrauch", "these"))
    a.strength.update({"these": 0.31, "zugang-breit": 0.8})
    a.findings.append(Finding("support-cycle", "warning", ("kosten-gering", "zugang-breit"),
                              ("kosten-gering", "zugang-breit"), {"cycle": "x"}))
    return a


@pytest.fixture(scope="module")
def html(small) -> str:
    return render_html(view_of(small))


# 1. layout that reads ----------------------------------------------------------------------
def test_regions_central_theses_and_flow(open_map, html):
    mp = open_map(html)
    data = mp.eval("window.argmap.data")
    assert [r["topic"] for r in data["regions"]] == ["zugang", "sicherheit"]
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["these"]["size"] > nodes["isoliert"]["size"]  # most incoming relations
    assert data["claims"]["these"]["central"] and not data["claims"]["isoliert"]["central"]
    assert nodes["these"]["font"]["size"] > nodes["isoliert"]["font"]["size"]
    pos = mp.eval("network.getPositions()")
    assert pos["these"]["y"] < pos["zugang-breit"]["y"] < pos["kosten-gering"]["y"]
    # the region rectangles are painted: sample the canvas inside the 'zugang' region
    r = data["regions"][0]
    painted = mp.eval("""(r) => {
        const c = document.querySelector('#mynetwork canvas');
        const p = network.canvasToDOM({x: r.x + 6, y: r.y + r.h / 2});
        const ratio = c.width / c.clientWidth;
        const px = c.getContext('2d').getImageData(p.x * ratio, p.y * ratio, 1, 1).data;
        return Array.from(px);
    }""", r)
    assert painted[3] > 0  # not transparent: the region's border/fill is drawn
    mp.screenshot("feature-layout.png")
    mp.assert_clean()


# 2. legend ---------------------------------------------------------------------------------
def test_legend(open_map, html):
    mp = open_map(html)
    legend = mp.page.inner_text("#am-legend")
    for word in ("Chance", "Risiko", "neutral", "akzeptiert", "abgelehnt", "offen", "stützt",
                 "greift an", "widerspricht", "unterläuft", "Stärke", "Befund"):
        assert word in legend, word
    mp.assert_clean()


def test_english_legend_and_panel(open_map, small):
    mp = open_map(render_html(view_of(small), lang="en"))
    legend = mp.page.inner_text("#am-legend")
    for word in ("Opportunity", "Risk", "accepted", "rejected", "undecided", "supports"):
        assert word in legend
    mp.click_claim("these")
    assert "Verdict" in mp.panel_text()
    mp.assert_clean()


# 3. side panel -----------------------------------------------------------------------------
def test_panel_shows_everything_and_links_move_the_focus(open_map, html):
    mp = open_map(html)
    mp.click_claim("these")
    panel = mp.panel_text()
    for part in ("Offene Modelle sind insgesamt ein Gewinn.", "Chance", "Zugang", "offen",
                 "Angriffszyklus", "0.31", "Gruppe A"):
        assert part in panel, part
    # supporters and attackers are links
    supporters = mp.eval("[...document.querySelectorAll('#am-panel [data-claim]')]"
                         ".map(b => b.dataset.claim)")
    assert "zugang-breit" in supporters and "missbrauch" in supporters
    mp.page.click("#am-panel [data-claim='missbrauch']")
    mp.page.wait_for_timeout(450)
    assert mp.selected() == ["missbrauch"]
    assert "Desinformation" in mp.panel_text()
    assert mp.eval("location.hash") == "#missbrauch"
    mp.assert_clean()


def test_findings_list_highlights_claims_and_path(open_map, html, small):
    mp = open_map(html)
    mp.page.click(".am-tab[data-tab=findings]")
    items = mp.page.locator("#am-findings-list .am-finding")
    assert items.count() == len(small.findings)
    text = mp.page.inner_text("#am-findings-list")
    for f in small.findings:
        assert f.message("de") in text
    idx = [f.code for f in small.findings].index("support-cycle")
    items.nth(idx).click()
    mp.page.wait_for_timeout(450)
    assert sorted(mp.selected()) == ["kosten-gering", "zugang-breit"]
    edges = mp.eval("network.getSelectedEdges()")
    assert "supports:kosten-gering:zugang-breit" in edges
    mp.assert_clean()


# 4. filters, search, neighbourhood, permalink ----------------------------------------------
def hidden(mp) -> set[str]:
    return set(mp.eval("network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id)"))


def test_filters_search_and_neighbourhood(open_map, html):
    mp = open_map(html)
    page = mp.page
    page.select_option("#am-f-topic", "sicherheit")
    assert {"these", "zugang-breit"} <= hidden(mp) and "missbrauch" not in hidden(mp)
    page.select_option("#am-f-topic", "*")
    page.select_option("#am-f-stance", "risk")
    assert hidden(mp) >= {"these", "cloud-miete"} and "hardware-teuer" not in hidden(mp)
    page.select_option("#am-f-stance", "*")
    page.select_option("#am-f-verdict", "in")
    assert "zugang-breit" not in hidden(mp) and "hardware-teuer" in hidden(mp)
    page.select_option("#am-f-verdict", "*")
    page.fill("#am-f-search", "hardware")
    page.wait_for_timeout(200)
    claims = set(mp.eval("Object.keys(window.argmap.data.claims)"))
    assert claims - hidden(mp) == {"hardware-teuer"}
    assert "1 Treffer" in page.inner_text("#am-f-status")
    page.fill("#am-f-search", "KOSTEN-gering")  # ids too, case-insensitive
    page.wait_for_timeout(200)
    assert claims - hidden(mp) == {"kosten-gering"}
    page.press("#am-f-search", "Enter")
    page.wait_for_timeout(450)
    assert mp.selected() == ["kosten-gering"]
    page.click("#am-f-reset")
    assert not (claims & hidden(mp))
    mp.click_claim("kosten-gering")
    page.check("#am-f-hood")
    assert claims - hidden(mp) == {"kosten-gering", "zugang-breit", "hardware-teuer",
                                   "filter-entfernbar"}
    # the inference node stays visible with both ends of its relation
    assert "kosten-gering->zugang-breit" not in hidden(mp)
    page.uncheck("#am-f-hood")
    assert not (claims & hidden(mp))
    mp.assert_clean()


def test_permalink_focuses_the_claim(open_map, html):
    mp = open_map(html, fragment="#hardware-teuer")
    assert mp.selected() == ["hardware-teuer"]
    assert "Gute Hardware für den Betrieb bleibt teuer." in mp.panel_text()
    view = mp.eval("network.getViewPosition()")
    pos = mp.eval("network.getPositions(['hardware-teuer'])['hardware-teuer']")
    assert abs(view["x"] - pos["x"]) < 1 and abs(view["y"] - pos["y"]) < 1
    mp.page.evaluate("location.hash = '#missbrauch'")
    mp.page.wait_for_timeout(450)
    assert mp.selected() == ["missbrauch"]
    mp.assert_clean()


# 5. Meine Position -------------------------------------------------------------------------
def status(mp) -> str:
    return mp.page.inner_text("#am-pos-status")


def mark(mp, claim: str, how: str) -> None:
    mp.click_claim(claim)
    mp.page.click(f"#am-pos-{how}")


def test_position_conflict_incoherence_undefended_and_export(open_map, html):
    mp = open_map(html)
    page = mp.page
    mark(mp, "these", "accept")
    page.click(".am-tab[data-tab=position]")
    assert "Unverteidigt" in status(mp) and "missbrauch" in status(mp)
    mark(mp, "missbrauch", "accept")
    assert "Konflikt" in status(mp)  # accepting an attacker and its target
    result = mp.eval("window.argmap.position.result")
    assert result["conflicts"] == [{"a": "missbrauch", "b": "these", "kind": "attacks"}]
    mark(mp, "these", "clear")
    mark(mp, "kosten-gering", "accept")  # commits to zugang-breit and these
    result = mp.eval("window.argmap.position.result")
    assert result["conflicts"] == []
    assert result["incoherent"] and result["incoherent"]["x"] == "these"
    assert "Inkohärent" in status(mp)
    mark(mp, "missbrauch", "clear")
    result = mp.eval("window.argmap.position.result")
    assert result["incoherent"] is None
    assert "zugang-breit" in result["commits"] and "these" in result["commits"]
    # defended: reject the attacker of hardware-teuer's target chain
    page.click(".am-tab[data-tab=position]")
    page.click("#am-pos-reset")
    mark(mp, "these", "accept")
    mark(mp, "filter-wirksam", "accept")  # answers missbrauch; defends itself (mutual attack)
    assert mp.eval("window.argmap.position.result.undefended") == []
    mark(mp, "kosten-gering", "accept")   # attacked by hardware-teuer, which nobody answers
    assert mp.eval("window.argmap.position.result.undefended") == [
        {"a": "kosten-gering", "b": "hardware-teuer"}]
    mark(mp, "hardware-teuer", "reject")
    result = mp.eval("window.argmap.position.result")
    assert result["undefended"] == [] and result["conflicts"] == [] and not result["incoherent"]
    page.click(".am-tab[data-tab=position]")
    assert "kohärent und verteidigt" in status(mp)
    assert "Sicherheitsfilter verhindern" in page.inner_text("#am-pos-lists")
    page.fill("#am-pos-name", 'Alice "A" \\ Test')
    with page.expect_download() as dl:
        page.click("#am-pos-export")
    download = dl.value
    assert download.suggested_filename == "position-alice-a-test.yaml"
    from pathlib import Path

    text = Path(download.path()).read_text(encoding="utf-8")
    assert text == ('name: "Alice \\"A\\" \\\\ Test"\n'
                    'accept: ["filter-wirksam", "kosten-gering", "these"]\n'
                    'reject: ["hardware-teuer"]\n')
    mp.screenshot("feature-position.png")
    mp.assert_clean()


def test_position_export_is_yaml_the_cli_can_read(open_map, html, tmp_path):
    pytest.importorskip("ruamel.yaml")
    from ruamel.yaml import YAML

    mp = open_map(html)
    mp.eval("window.argmap.setMark('these', 'accept'); window.argmap.setMark('isoliert', 'reject')")
    mp.page.click(".am-tab[data-tab=position]")
    mp.page.fill("#am-pos-name", "Zoë: 'x'\u2028#y")
    text = mp.eval("window.argmap.positionYaml()")
    data = YAML(typ="safe", pure=True).load(text)
    assert data == {"name": "Zoë: 'x'\u2028#y", "accept": ["these"], "reject": ["isoliert"]}
    mp.assert_clean()


# 6. balance ----------------------------------------------------------------------------------
def test_balance_picture(open_map, html, small):
    mp = open_map(html)
    mp.page.click(".am-tab[data-tab=balance]")
    rows = mp.eval("""[...document.querySelectorAll('#am-balance-svg .am-balance-row')]
        .map(g => [g.dataset.topic, g.querySelector('title').textContent])""")
    assert [r[0] for r in rows] == ["zugang", "sicherheit"]
    claims = mp.eval("window.argmap.data.claims")
    zugang = [c for c in claims.values() if c["topic"] == "zugang"]
    o = [c["strength"] for c in zugang if c["stance"] == "opportunity"]
    r = [c["strength"] for c in zugang if c["stance"] == "risk"]
    assert (len(o), len(r)) == (3, 1)
    js = mp.eval("(xs) => xs.map(x => (Math.round(x * 100) / 100).toFixed(2))", [sum(o), sum(r)])
    assert rows[0][1] == f"Zugang: 3 Chancen (Stärke {js[0]}), 1 Risiken (Stärke {js[1]})"
    assert mp.eval("document.querySelectorAll('#am-balance-svg rect').length") == 4
    mp.screenshot("feature-balance.png")
    mp.assert_clean()


# 7. print and PNG --------------------------------------------------------------------------
def test_png_export_and_print_stylesheet(open_map, html):
    mp = open_map(html)
    page = mp.page
    url = mp.eval("window.argmap.viewPng()")
    assert url.startswith("data:image/png;base64,") and len(url) > 5000
    with page.expect_download() as dl:
        page.click("#am-png")
    assert dl.value.suggested_filename == "argmap.png"
    page.click("#am-physics")   # physics on: the map moves, inference nodes follow
    page.wait_for_timeout(300)
    assert mp.eval("network.physics.options.enabled") is True
    page.click("#am-physics")
    assert mp.eval("network.physics.options.enabled") is False
    pos = mp.eval("network.getPositions()")
    mid = pos["kosten-gering->zugang-breit"]
    a, b = pos["kosten-gering"], pos["zugang-breit"]
    assert abs(mid["x"] - (a["x"] + b["x"]) / 2) < 1 and abs(mid["y"] - (a["y"] + b["y"]) / 2) < 1
    page.emulate_media(media="print")
    assert page.is_hidden("#am-toolbar") and page.is_hidden("#am-filters")
    assert page.is_visible("#am-legend") and page.is_visible("#am-findings")
    pdf_ok = mp.eval("typeof window.print") == "function"
    assert pdf_ok
    page.emulate_media(media="screen")
    mp.assert_clean()


# 8. scale ------------------------------------------------------------------------------------
def test_large_map_uses_light_styling(open_map):
    g = synthetic_graph(1500)
    a = Analysis(g, Options(), [], {n: ("in", "out", "undec")[i % 3] for i, n in enumerate(g)})
    mp = open_map(render_html(view_of(a)))
    ids = mp.eval("network.body.data.nodes.getIds()")
    assert len(ids) == 1500
    assert mp.eval("network.physics.options.enabled") is False
    assert mp.eval("network.renderer.options.hideEdgesOnDrag") is True
    # overview zoom: plain edges, no arrows or dashes
    first = "(e => ({dashes: e.dashes, arrows: e.arrows}))(network.body.data.edges.get()[0])"
    e = mp.eval(first)
    assert e["dashes"] is False and e["arrows"]["to"]["enabled"] is False
    mp.screenshot("feature-large-overview.png")
    # zoomed in: full styling comes back
    mp.click_claim("c00010")
    mp.eval("network.moveTo({scale: 1.2}); network.emit('zoom', {scale: 1.2}); 0")
    e = mp.eval(first)
    assert e["arrows"] in ("to", "to, from")
    mp.page.mouse.move(5, 5)
    mp.page.wait_for_timeout(400)
    mp.screenshot("feature-large-zoom.png")
    mp.assert_clean()
