"""The HTML map in headless Chromium: offline, complete, clickable, safe."""

from __future__ import annotations

import pytest
from argmap_render_support import EVIL_ID, PAYLOADS, load_analysis, view_of, xss_analysis

from argmap.formats.html import render_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def small_html() -> str:
    return render_html(view_of(load_analysis("small")))


@pytest.fixture(scope="module")
def xss_html() -> str:
    return render_html(view_of(xss_analysis()))


def test_harness_blocks_and_counts_remote_requests(open_map):
    page_html = (
        "<!DOCTYPE html><html><body><img src='http://127.0.0.1:9/x.png'>"
        "<script>window.network = {}; window.argmap = {ready: true};</script></body></html>"
    )
    mp = open_map(page_html)
    mp.page.wait_for_timeout(200)
    assert mp.blocked == ["http://127.0.0.1:9/x.png"]
    mp.guard.blocked.clear()


def test_map_opens_offline_with_every_claim_as_node(open_map, small_html):
    a = load_analysis("small")
    mp = open_map(small_html)
    ids = set(mp.eval("network.body.data.nodes.getIds()"))
    claims = {n for n, t in a.graph.nodes(data="type") if t == "claim"}
    assert claims <= ids
    assert mp.eval("network.physics.options.enabled") is False
    assert mp.eval("typeof vis.Network") == "function"
    assert mp.eval("window.network instanceof vis.Network")
    mp.page.wait_for_timeout(300)
    mp.assert_clean()


def test_clicking_a_claim_shows_its_text_and_source(open_map, small_html):
    mp = open_map(small_html)
    mp.click_claim("zugang-breit")
    assert mp.selected() == ["zugang-breit"]
    panel = mp.panel_text()
    assert ("Offene Gewichte geben Hochschulen und kleinen Firmen Zugang zu starken Modellen."
            in panel)
    assert "Ein Artikel über offene Modelle" in panel
    assert "Zugang zu starken Modellen" in panel          # the quote
    assert "Gruppe A" in panel and "bildung" in panel
    href = mp.eval("document.querySelector('#am-panel a.am-source-link').href")
    assert href == "https://example.org/artikel"
    mp.assert_clean()


def test_xss_payloads_stay_text(open_map, xss_html):
    mp = open_map(xss_html)
    page = mp.page
    ids = set(mp.eval("network.body.data.nodes.getIds()"))
    assert {"a", "b", "c", EVIL_ID} <= ids
    # click every claim, hover it (tooltip), open every tab
    for claim in ("a", "b", "c", EVIL_ID):
        mp.click_claim(claim)
        panel = mp.panel_text()
        assert claim in panel
        if claim == "a":
            for fragment in ("Text ", "Zitat ", "Autor ", "Quelle ", "Verlag ", "tag "):
                assert fragment + " | ".join(PAYLOADS[:4]) in panel, fragment
            assert "Erklärung " + PAYLOADS[0] in panel
            assert PAYLOADS[2] in panel  # the second tag
            # javascript: URL of the source: no link at all
            assert mp.eval("document.querySelectorAll('#am-panel a').length") == 0
        if claim == "b":
            assert PAYLOADS[0] in panel
            hrefs = mp.eval("[...document.querySelectorAll('#am-panel a')].map(a => a.href)")
            assert hrefs == ["https://example.org/ok?a=1&b=%3C2%3E"]
        if claim == EVIL_ID:
            assert mp.eval("document.querySelectorAll('#am-panel a').length") == 0
        x, y = mp.claim_point(claim)
        page.mouse.move(x + 1, y + 1)
        page.wait_for_timeout(350)
    tooltip = mp.eval("document.getElementById('am-tip').innerText")
    assert "Böse Id" in tooltip and PAYLOADS[1] in tooltip
    for tab in ("findings", "position", "balance", "claim"):
        page.click(f".am-tab[data-tab={tab}]")
    assert PAYLOADS[0] in page.inner_text("#am-findings")
    assert PAYLOADS[1] in mp.eval("document.querySelector('#am-f-topic').textContent")
    assert PAYLOADS[1] in mp.eval("document.querySelector('#am-balance-svg').textContent")
    assert PAYLOADS[0] in page.inner_text("#am-title")
    # hover over the edges too (titles with notes)
    mp.eval("window.argmap.setMark('a', 'accept'); window.argmap.setMark('c', 'accept')")
    page.fill("#am-f-search", PAYLOADS[2][:10])
    page.wait_for_timeout(150)
    page.evaluate("(id) => { location.hash = '#' + encodeURIComponent(id); }", EVIL_ID)
    page.wait_for_timeout(300)
    assert mp.selected() == [EVIL_ID]
    assert mp.eval("typeof window.__xss") == "undefined"
    # no element anywhere came from a payload
    assert mp.eval("document.querySelectorAll('img:not(#am-print-img), iframe, object, embed')"
                   ".length") == 0
    assert mp.eval("[...document.querySelectorAll('svg')].every(s => !s.hasAttribute('onload'))")
    mp.assert_clean()


def test_evil_permalink_is_inert(open_map, xss_html):
    from urllib.parse import quote

    mp = open_map(xss_html, fragment="#" + quote(EVIL_ID, safe=""))
    assert mp.selected() == [EVIL_ID]
    assert "Böse Id " + PAYLOADS[1] in mp.panel_text()
    assert mp.eval("typeof window.__xss") == "undefined"
    mp.assert_clean()


def test_screenshot_of_fixture_map(open_map, small_html):
    mp = open_map(small_html)
    mp.click_claim("kosten-gering")
    path = mp.screenshot("fixture-small.png")
    assert path.stat().st_size > 10_000
    mp.assert_clean()
