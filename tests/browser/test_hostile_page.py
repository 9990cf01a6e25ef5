"""Hostile page inputs (issue 10, the page): prototype names as ids of every kind, hostile hash
fragments, hostile strings in every field, an unbroken 5,000-character word — in a real headless
Chromium. Each case asserts: the page loads, no script error, nothing executed, the feature
still works (or the input is ignored)."""

from __future__ import annotations

from urllib.parse import quote

import networkx as nx
import pytest
from argmap_render_support import PAYLOADS, analysis_of, view_of

from argmap.formats.html import render_html

pytestmark = pytest.mark.browser

PROTO = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype",
         "__defineGetter__", "isPrototypeOf"]
HOSTILE = " | ".join(PAYLOADS)
LONG_WORD = "Donaudampfschifffahrt" * 239  # 5,019 characters, no break opportunity


def hostile_graph() -> nx.MultiDiGraph:
    """Prototype names as ids of claims, topics, sources, authors, tags, questions and
    arguments, and script payloads in every user-written field (titles, questions and
    arguments included)."""
    g = nx.MultiDiGraph(
        title="Titel " + HOSTILE, language="de", description="Beschreibung " + HOSTILE,
        topics=[{"id": "constructor", "label": "Thema " + HOSTILE, "color": "#123456"},
                {"id": "__proto__", "label": "__proto__", "color": None},
                {"id": "toString", "label": PAYLOADS[1], "color": "javascript:alert(1)"}],
        sources={"__proto__": {"title": "Quelle " + HOSTILE, "publisher": PAYLOADS[2],
                               "url": "javascript:window.__xss=1"},
                 "toString": {"title": "toString", "url": "https://example.org/ok"}},
    )
    g.add_node("__lookupSetter__", type="question", text="Frage " + HOSTILE, source="__proto__",
               quote=PAYLOADS[3])
    common = {"type": "claim", "weight": 0.5, "file": "x.yaml", "line": 1}
    topics = ["constructor", "__proto__", "toString"]
    for k, cid in enumerate(PROTO):
        g.add_node(cid, text=f"Text {cid} " + HOSTILE, title="Titel " + PAYLOADS[k % 5],
                   stance=("opportunity", "risk", "neutral")[k % 3], topic=topics[k % 3],
                   source=("__proto__", "toString", None)[k % 3], quote=PAYLOADS[k % 5],
                   author=("__proto__", "constructor", PAYLOADS[0])[k % 3],
                   tags=["__proto__", "constructor", PAYLOADS[k % 5]], note="Notiz " + HOSTILE,
                   answers=["__lookupSetter__"] if k < 3 else [], **common)
    g.add_node("lang", text=LONG_WORD, title=LONG_WORD[:80], stance="neutral",
               topic="constructor", tags=[LONG_WORD[:300]], author=LONG_WORD[:200], **common)
    edges = [("constructor", "__proto__", "attacks"), ("toString", "__proto__", "supports"),
             ("valueOf", "toString", "attacks"), ("prototype", "constructor", "contradicts"),
             ("lang", "__proto__", "supports")]
    for u, v, k in edges:
        g.add_edge(u, v, key=k, note=PAYLOADS[4], file="x.yaml", line=2)
    g.add_node("__proto__->toString", type="inference", source="toString", target="__proto__")
    g.add_edge("isPrototypeOf", "__proto__->toString", key="undercuts", note=PAYLOADS[0])
    g.add_node("__lookupGetter__", type="argument", title="Argument " + HOSTILE,
               note=PAYLOADS[1], premises=["hasOwnProperty", "__defineGetter__"],
               conclusion="valueOf", author=PAYLOADS[2])
    g.add_edge("hasOwnProperty", "__lookupGetter__", key="premise")
    g.add_edge("__defineGetter__", "__lookupGetter__", key="premise")
    g.add_edge("__lookupGetter__", "valueOf", key="conclusion")
    return g


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render_html(view_of(analysis_of(hostile_graph())))


def inert(mp) -> None:
    assert mp.eval("typeof window.__xss") == "undefined"
    assert mp.eval("document.querySelectorAll('img:not(#am-print-img), iframe, object, embed,"
                   " script:not([id]):not([src])').length") <= 2  # only the page's own scripts
    assert mp.eval("Object.prototype.hasOwnProperty('x') === false && ({}).toString"
                   " === Object.prototype.toString")
    mp.assert_clean()


@pytest.mark.parametrize("claim", PROTO)
def test_prototype_name_claim_ids_load_select_and_permalink(open_map, hostile_html, claim):
    mp = open_map(hostile_html, fragment="#" + quote(claim, safe=""))
    assert mp.eval("window.argmap.selected()") == claim
    assert f"Text {claim}" in mp.panel_text()
    mp.page.wait_for_timeout(400)  # the permalink's camera move
    mp.eval("window.argmap.fit()")
    mp.click_claim("constructor" if claim != "constructor" else "toString")
    assert mp.eval("window.argmap.selected()") in ("constructor", "toString")
    inert(mp)


def test_prototype_name_topics_sources_authors_tags_filter_and_search(open_map, hostile_html):
    mp = open_map(hostile_html)
    page = mp.page
    page.select_option("#am-f-topic", "__proto__")
    assert set(mp.eval("window.argmap.visibleIds()")) == {"constructor", "valueOf",
                                                          "isPrototypeOf"}
    page.select_option("#am-f-topic", "constructor")
    assert "__proto__" in mp.eval("window.argmap.visibleIds()")
    page.select_option("#am-f-topic", "*")
    page.select_option("#am-f-author", "constructor")
    assert set(mp.eval("window.argmap.visibleIds()")) == {"constructor", "valueOf",
                                                          "isPrototypeOf"}
    assert "constructor: 3 Behauptungen" in page.inner_text("#am-author-list")
    page.select_option("#am-f-author", "*")
    page.fill("#am-f-search", "__proto__")  # a tag, a source, a topic-less id: finds claims
    page.wait_for_timeout(200)
    assert len(mp.eval("window.argmap.visibleIds()")) >= len(PROTO)
    mp.click_claim("__proto__")
    panel = mp.panel_text()
    assert "Quelle " + PAYLOADS[0] in panel and "__PROTO__" in panel  # source and its badge
    inert(mp)


@pytest.mark.parametrize("fragment", [
    "#__proto__x", "#toString%00", "#%00", "#%E0%A4%A", "#%", "#javascript:alert(1)",
    "#javascript:window.__xss=1", "#" + "a" * 100_000, "#present/999999", "#present/99999999",
    "#present/-1",
    "#present/", "#view/../../etc", "#view/constructor", "#%3Cimg%20src%3Dx%20onerror%3D"
    "window.__xss%3D1%3E", "#%E2%80%A8", "#" + quote(PAYLOADS[1], safe=""),
])
def test_hostile_hash_fragments_are_ignored(open_map, hostile_html, fragment):
    mp = open_map(hostile_html, fragment=fragment)
    if fragment == "#present/999999":
        assert mp.eval("window.argmap.presentStep()") >= 0  # clamped to the last step
        mp.page.keyboard.press("Escape")
    else:
        assert mp.eval("window.argmap.selected()") is None
    # later permalinks still work
    mp.page.evaluate("location.hash = '#constructor'")
    mp.page.wait_for_timeout(300)
    assert mp.eval("window.argmap.selected()") == "constructor"
    inert(mp)


def test_hostile_strings_in_every_view(open_map, hostile_html):
    mp = open_map(hostile_html)
    page = mp.page
    for tab in ("findings", "position", "balance", "claim"):
        page.click(f".am-tab[data-tab={tab}]")
    page.click("[data-view=outline]")
    page.click("#am-outline-expand")
    outline = page.inner_text("#am-outline")
    assert "Frage " + PAYLOADS[0] in outline and "Argument " + PAYLOADS[0] in outline
    page.click("[data-view=map]")
    for other in ("__lookupSetter__",):  # the question
        box = mp.eval(f"window.argmap.questionBox('{other}')")
        if box:
            page.mouse.click(box["x"] + box["w"] / 2, box["y"] + box["h"] / 2)
            assert "Frage " + PAYLOADS[0] in mp.panel_text()
    mp.eval("window.argmap.select('valueOf')")
    assert "Argument " + PAYLOADS[0] in mp.panel_text()
    page.click("#am-present-open")
    for _ in range(12):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Escape")
    assert mp.eval("window.argmap.viewPng()").startswith("data:image/png")
    mp.eval("window.argmap.showProblems([{file: '" + "x.yaml" + "', line: 3, message: "
            "document.title}])")
    assert PAYLOADS[0] in page.inner_text("#am-problems")
    inert(mp)


def test_an_unbroken_5000_character_word_cannot_break_the_panel(open_map, hostile_html):
    mp = open_map(hostile_html, viewport={"width": 1366, "height": 768})
    mp.eval("window.argmap.select('lang')")
    mp.page.wait_for_timeout(200)
    side = mp.eval("""(() => { const s = document.getElementById('am-side');
        const p = document.getElementById('am-panel');
        return [s.getBoundingClientRect().width, p.scrollWidth, p.clientWidth,
                document.documentElement.scrollWidth, window.innerWidth]; })()""")
    width, scroll, client, doc, inner = side
    assert 370 <= width <= 390 and scroll <= client + 1 and doc <= inner
    assert LONG_WORD[:50] in mp.panel_text()
    mp.page.click(".am-tab[data-tab=position]")
    assert mp.eval("document.documentElement.scrollWidth") <= inner
    inert(mp)
