"""The interactive map a seminar works with, feature by feature (issues 5 and 11)."""

from __future__ import annotations

import base64
import struct
from pathlib import Path

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


def visible(mp) -> set[str]:
    return set(mp.eval("window.argmap.visibleIds()"))


def claims_of(mp) -> set[str]:
    return set(mp.eval("window.argmap.data.claims.id"))


# 1. layout that reads ----------------------------------------------------------------------
def test_regions_are_painted_and_flow_runs_upwards(open_map, html):
    mp = open_map(html)
    data = mp.eval("window.argmap.data")
    topics = [data["topics"][r[0]]["id"] for r in data["regions"]]
    assert topics == ["zugang", "sicherheit"]
    pos = mp.eval("network.getPositions()")
    assert pos["these"]["y"] < pos["zugang-breit"]["y"] < pos["kosten-gering"]["y"]
    r = data["regions"][0]
    painted = mp.eval("""(r) => {
        const c = document.querySelector('#mynetwork canvas');
        const p = network.canvasToDOM({x: r[1] + 8, y: r[2] + r[4] / 2});
        const ratio = c.width / c.clientWidth;
        return Array.from(c.getContext('2d').getImageData(p.x * ratio, p.y * ratio, 1, 1).data);
    }""", r)
    assert painted[:3] != [255, 255, 255]  # the region's border is drawn
    mp.assert_clean()


def test_no_physics_toggle_and_the_layout_stays_fixed(open_map, html):
    mp = open_map(html)
    assert mp.eval("document.getElementById('am-physics')") is None
    assert mp.eval("network.physics.options.enabled") is False
    before = mp.eval("network.getPositions()")
    mp.page.mouse.move(300, 400)
    mp.page.mouse.down()
    mp.page.mouse.move(360, 460, steps=5)
    mp.page.mouse.up()
    assert mp.eval("network.getPositions()") == before
    mp.assert_clean()


# 2. legend ---------------------------------------------------------------------------------
def test_legend_names_every_cue(open_map, html):
    mp = open_map(html)
    legend = mp.page.inner_text("#am-legend")
    for word in ("Chance", "Risiko", "neutral", "akzeptiert", "abgelehnt", "offen", "stützt",
                 "greift an", "widerspricht", "unterläuft", "Befund", "von dir akzeptiert",
                 "von dir abgelehnt", "ARTIKEL", "Ein Artikel über offene Modelle",
                 "erstellt aus"):
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
    linked = mp.eval("[...document.querySelectorAll('#am-panel [data-claim]')]"
                     ".map(b => b.dataset.claim)")
    assert "zugang-breit" in linked and "missbrauch" in linked
    mp.page.click("#am-panel [data-claim='missbrauch']")
    mp.page.wait_for_timeout(450)
    assert mp.selected() == ["missbrauch"]
    assert "Desinformation" in mp.panel_text()
    assert mp.eval("location.hash") == "#missbrauch"
    mp.assert_clean()


def test_selecting_brings_out_the_neighbourhood(open_map, html):
    mp = open_map(html)
    mp.click_claim("kosten-gering")
    dimmed = set(mp.eval("window.argmap.dimmedIds()"))
    hood = {"zugang-breit", "hardware-teuer", "filter-entfernbar", "kosten-gering"}
    assert hood & dimmed == set()
    assert {"isoliert", "missbrauch", "cloud-miete"} <= dimmed
    # a click on empty canvas clears the focus
    bottom = mp.eval("document.getElementById('mynetwork').getBoundingClientRect().bottom")
    mp.page.mouse.click(8, bottom - 8)
    assert mp.eval("window.argmap.dimmedIds()") == []
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
    assert "supports:kosten-gering:zugang-breit" in mp.eval("network.getSelectedEdges()")
    mp.assert_clean()


# 4. filters, search, neighbourhood, permalink ----------------------------------------------
def test_filters_refocus_and_search_folds_umlauts_and_finds_tags(open_map, html):
    mp = open_map(html)
    page = mp.page
    claims = claims_of(mp)
    scale0 = mp.eval("network.getScale()")
    page.select_option("#am-f-topic", "sicherheit")
    page.wait_for_timeout(400)
    assert visible(mp) == {"missbrauch", "filter-wirksam", "filter-entfernbar"}
    assert mp.eval("network.getScale()") > scale0  # refocused on what remains
    page.select_option("#am-f-topic", "*")
    page.select_option("#am-f-stance", "risk")
    assert "these" not in visible(mp) and "hardware-teuer" in visible(mp)
    page.select_option("#am-f-stance", "*")
    page.select_option("#am-f-verdict", "in")
    assert "zugang-breit" in visible(mp) and "hardware-teuer" not in visible(mp)
    page.select_option("#am-f-verdict", "*")
    for query, expected in [("hardware", {"hardware-teuer"}),
                            ("FORSCHUNG", {"zugang-breit"}),            # a tag
                            ("guenstig", {"kosten-gering"}),           # ü = ue
                            ("gunstig", {"kosten-gering"}),            # ü without dots
                            ("verfuegbare", {"missbrauch"}),
                            ("KOSTEN-gering", {"kosten-gering"}),      # ids, any case
                            ("gruppe b", {"missbrauch", "filter-wirksam", "filter-entfernbar"}),
                            ("testverlag", {"zugang-breit"})]:         # the source
        page.fill("#am-f-search", query)
        page.wait_for_timeout(250)
        assert visible(mp) == expected, query
    assert "3 Treffer" in page.inner_text("#am-f-status") or "1 Treffer" in page.inner_text(
        "#am-f-status")
    page.fill("#am-f-search", "kosten-gering")
    page.press("#am-f-search", "Enter")
    page.wait_for_timeout(450)
    assert mp.selected() == ["kosten-gering"]
    page.click("#am-f-reset")
    assert visible(mp) == claims
    page.wait_for_timeout(400)  # the refocusing camera move
    mp.click_claim("kosten-gering")
    page.check("#am-f-hood")
    assert visible(mp) == {"kosten-gering", "zugang-breit", "hardware-teuer", "filter-entfernbar"}
    page.uncheck("#am-f-hood")
    assert visible(mp) == claims
    mp.assert_clean()


def test_group_filter_marks_and_lists_a_groups_claims(open_map, html):
    mp = open_map(html)
    mp.page.select_option("#am-f-author", "Gruppe B")
    assert visible(mp) == {"missbrauch", "filter-wirksam", "filter-entfernbar"}
    listing = mp.page.inner_text("#am-author-list")
    assert "Gruppe B: 3 Behauptungen" in listing and "Desinformation" in listing
    mp.assert_clean()


def test_permalink_focuses_the_claim(open_map, html):
    mp = open_map(html, fragment="#hardware-teuer")
    assert mp.selected() == ["hardware-teuer"]
    assert "Gute Hardware für den Betrieb bleibt teuer." in mp.panel_text()
    # the camera centres the claim (it may still be gliding there on a busy machine)
    mp.page.wait_for_function("""() => {
        const v = network.getViewPosition();
        const p = network.getPositions(['hardware-teuer'])['hardware-teuer'];
        return Math.abs(v.x - p.x) < 1 && Math.abs(v.y - p.y) < 1;
    }""", timeout=5000)
    mp.page.evaluate("location.hash = '#missbrauch'")
    mp.page.wait_for_timeout(450)
    assert mp.selected() == ["missbrauch"]
    mp.assert_clean()


def test_tooltip_never_sticks(open_map, html):
    mp = open_map(html)
    x, y = mp.claim_point("these")
    mp.page.mouse.move(x, y)
    mp.page.wait_for_timeout(400)
    assert mp.eval("document.getElementById('am-tip').hidden") is False
    mp.page.mouse.move(3, 3)  # leave the card
    mp.page.wait_for_timeout(100)
    assert mp.eval("document.getElementById('am-tip').hidden") is True
    mp.page.mouse.move(x, y)
    mp.page.wait_for_timeout(400)
    mp.page.mouse.wheel(0, 200)
    assert mp.eval("document.getElementById('am-tip').hidden") is True
    mp.assert_clean()


# 5. Meine Position -------------------------------------------------------------------------
def status(mp) -> str:
    return mp.page.inner_text("#am-pos-status")


def mark(mp, claim: str, how: str) -> None:
    mp.click_claim(claim)
    mp.page.click(f"#am-pos-current .am-pos-btn[data-mark={how}]")


def test_position_in_plain_german_each_problem_once_tab_stays(open_map, html):
    mp = open_map(html)
    page = mp.page
    page.click(".am-tab[data-tab=position]")
    mark(mp, "these", "accept")
    assert mp.eval("document.querySelector('.am-tab.am-active').dataset.tab") == "position"
    assert "greift „Offene Modelle sind insgesamt ein Gewinn.“ an" in status(mp)
    mark(mp, "missbrauch", "accept")
    assert mp.eval("window.argmap.position.result.conflicts") == [
        {"a": "missbrauch", "b": "these", "kind": "attacks"}]
    text = status(mp)
    assert "Du akzeptierst „Frei verfügbare Modelle" in text and "beides zugleich" in text
    assert text.count("Du akzeptierst") == 1  # the conflict once, not again as a chain
    mark(mp, "these", "clear")
    mark(mp, "kosten-gering", "accept")  # commits to zugang-breit and these
    result = mp.eval("window.argmap.position.result")
    assert result["incoherent"] and result["incoherent"]["x"] == "these"
    assert ("Wenn du „Der Betrieb eigener Modelle ist günstig.“ akzeptierst, musst du auch"
            in status(mp))
    assert "⇒" not in status(mp) and "|" not in status(mp)
    mark(mp, "missbrauch", "clear")
    assert mp.eval("window.argmap.position.result.incoherent") is None
    page.click("#am-pos-reset")
    mark(mp, "these", "accept")
    mark(mp, "filter-wirksam", "accept")
    mark(mp, "kosten-gering", "accept")
    mark(mp, "hardware-teuer", "reject")
    assert "kohärent und verteidigt" in status(mp)
    page.fill("#am-pos-name", 'Alice "A" \\ Test')
    with page.expect_download() as dl:
        page.click("#am-pos-export")
    download = dl.value
    assert download.suggested_filename == "position-alice-a-test.yaml"
    text = Path(download.path()).read_text(encoding="utf-8")
    assert text == ('name: "Alice \\"A\\" \\\\ Test"\n'
                    'accept: ["filter-wirksam", "kosten-gering", "these"]\n'
                    'reject: ["hardware-teuer"]\n')
    mp.assert_clean()


def test_position_export_is_yaml_the_cli_can_read(open_map, html):
    from ruamel.yaml import YAML

    mp = open_map(html)
    mp.eval("window.argmap.setMark('these', 'accept'); window.argmap.setMark('isoliert', 'reject')")
    mp.page.click(".am-tab[data-tab=position]")
    mp.page.fill("#am-pos-name", "Zoë: 'x'\u2028#y")
    data = YAML(typ="safe", pure=True).load(mp.eval("window.argmap.positionYaml()"))
    assert data == {"name": "Zoë: 'x'\u2028#y", "accept": ["these"], "reject": ["isoliert"]}
    mp.assert_clean()


# 6. balance ----------------------------------------------------------------------------------
def test_balance_counts_for_and_against_and_chances_and_risks(open_map, html):
    mp = open_map(html)
    mp.page.click(".am-tab[data-tab=balance]")
    rows = mp.eval("""[...document.querySelectorAll('#am-balance-svg .am-balance-row')]
        .map(g => [g.dataset.topic, g.querySelector('title').textContent])""")
    assert [r[0] for r in rows] == ["zugang", "sicherheit"]
    c = mp.eval("window.argmap.data.claims")
    zugang = [i for i, t in enumerate(c["topic"]) if t == 0]
    o = [c["strength"][i] for i in zugang if c["stance"][i] == 0]
    r = [c["strength"][i] for i in zugang if c["stance"][i] == 1]
    js = mp.eval("(xs) => xs.map(x => (Math.round(x * 100) / 100).toFixed(2))", [sum(o), sum(r)])
    assert rows[0][1] == f"Zugang: 3 Chancen (Stärke {js[0]}), 1 Risiken (Stärke {js[1]})"
    sides = mp.eval("""[...document.querySelectorAll('#am-sides-svg .am-sides-row')]
        .map(g => [g.dataset.thesis, g.querySelector('title').textContent])""")
    assert dict(sides)["these"].endswith(": 4 dafür, 3 dagegen, 0 beides")
    mp.assert_clean()


# 7. print and PNG --------------------------------------------------------------------------
def _png_size(data_url: str) -> tuple[int, int]:
    raw = base64.b64decode(data_url.split(",", 1)[1])
    return struct.unpack(">II", raw[16:24])


def test_png_is_twice_the_view_with_title_and_legend(open_map, html):
    mp = open_map(html)
    url = mp.eval("window.argmap.viewPng()")
    w, h = _png_size(url)
    cw, ch = mp.eval("[document.getElementById('mynetwork').clientWidth,"
                     " document.getElementById('mynetwork').clientHeight]")
    assert w == 2 * cw and h > 2 * ch  # 2× resolution, plus a title and a legend strip
    with mp.page.expect_download() as dl:
        mp.page.click("#am-png")
    assert dl.value.suggested_filename == "argmap.png"
    mp.assert_clean()


def test_print_has_the_fitted_map_title_legend_date_then_the_outline(open_map, html):
    mp = open_map(html)
    page = mp.page
    mp.eval("window.argmap.printFigure()")
    page.emulate_media(media="print")
    assert page.is_hidden("#am-toolbar") and page.is_hidden("#am-filters")
    assert page.is_hidden("#am-network-wrap")
    assert page.is_visible("#am-print-img") and page.is_visible("#am-legend")
    assert page.is_visible("#am-title")
    assert "Gedruckt am" in page.inner_text("#am-print-date")
    assert mp.eval("document.getElementById('am-print-img').src").startswith("data:image/png")
    assert page.is_visible("#am-outline") and "Offene Modelle" in page.inner_text("#am-outline")
    order = mp.eval("""['am-title', 'am-print-img', 'am-legend', 'am-outline'].map(
        id => document.getElementById(id).getBoundingClientRect().top)""")
    assert order == sorted(order)
    pdf = page.pdf(landscape=True)
    assert pdf[:4] == b"%PDF"
    page.emulate_media(media="screen")
    mp.assert_clean()


# 8. scale ------------------------------------------------------------------------------------
def test_large_map_draws_dots_at_overview_and_cards_when_zoomed(open_map):
    g = synthetic_graph(6000)
    a = Analysis(g, Options(), [], {n: ("in", "out", "undec")[i % 3] for i, n in enumerate(g)})
    mp = open_map(render_html(view_of(a)))
    assert mp.eval("window.argmap.data.claims.id.length") == 6000
    assert mp.eval("network.body.data.nodes.length") == 0  # vis-network holds the focus only
    mp.screenshot("feature-large-overview.png")
    assert mp.eval("window.argmap.select('c00010')") is True
    assert mp.eval("network.getSelectedNodes()") == ["c00010"]
    mp.page.wait_for_timeout(200)
    assert mp.eval("network.getScale()") >= 0.9
    mp.screenshot("feature-large-zoom.png")
    mp.assert_clean()
