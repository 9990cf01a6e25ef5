"""The map picture (issue 11) in headless Chromium at 1920×1080: readable cards that do not
overlap, keyboard paths, the outline, presenting, the live-update interface and stability."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from argmap_render_support import FIXTURES, three_objections

from argmap.formats.html import build_payload, render_html
from argmap.pipeline import check
from argmap.view import SinceMarks, build_view

pytestmark = pytest.mark.browser

FULL_HD = {"width": 1920, "height": 1080}
REPO = Path(__file__).resolve().parents[2]


def view_of_dir(path: Path, lang: str = "de"):
    r = check(path)
    return build_view(r.analysis, lang, r.amap.files)


@pytest.fixture(scope="module")
def debate_view():
    return view_of_dir(FIXTURES / "debate")


@pytest.fixture(scope="module")
def debate_html(debate_view) -> str:
    return render_html(debate_view)


def boxes(mp, ids):
    return {c: mp.eval("(id) => window.argmap.cardBox(id)", c) for c in ids}


def test_cards_do_not_overlap_and_question_and_theses_are_readable(open_map, debate_html,
                                                                   debate_view):
    mp = open_map(debate_html, viewport=FULL_HD)
    ids = sorted(debate_view.claims)
    b = boxes(mp, ids)
    for i, a in enumerate(ids):
        for c in ids[i + 1:]:
            p, q = b[a], b[c]
            assert (p["x"] + p["w"] <= q["x"] or q["x"] + q["w"] <= p["x"]
                    or p["y"] + p["h"] <= q["y"] or q["y"] + q["h"] <= p["y"]), (a, c)
    q = mp.eval("window.argmap.questionBox('frage-betrieb')")
    assert q["font"] >= 14
    for thesis in ("these-ja", "these-nein", "these-mischform"):
        assert b[thesis]["font"] >= 14, thesis
    # everything is on screen at fit zoom
    rect = mp.eval("document.getElementById('mynetwork').getBoundingClientRect().toJSON()")
    for box in [*b.values(), q]:
        assert rect["left"] - 1 <= box["x"] and box["x"] + box["w"] <= rect["right"] + 1
        assert rect["top"] - 1 <= box["y"] and box["y"] + box["h"] <= rect["bottom"] + 1
    mp.assert_clean()


def test_zooming_into_one_topic_makes_its_cards_readable(open_map, debate_html, debate_view):
    mp = open_map(debate_html, viewport=FULL_HD)
    mp.page.select_option("#am-f-topic", "kosten")
    mp.page.wait_for_timeout(500)
    members = [c for c, cv in debate_view.claims.items() if cv.topic == "kosten"]
    for c, box in boxes(mp, members).items():
        assert box["font"] >= 12, c
    mp.assert_clean()


def test_keyboard_reaches_every_claim_and_enter_opens_the_panel(open_map, debate_html,
                                                                debate_view):
    mp = open_map(debate_html, viewport=FULL_HD)
    page = mp.page
    page.focus("#mynetwork")
    seen = {mp.eval("window.argmap.cursor()")}
    for _ in range(len(debate_view.claims) + 2):
        page.keyboard.press("ArrowRight")
        seen.add(mp.eval("window.argmap.cursor()"))
    assert seen == set(debate_view.claims)
    assert "Behauptung" in page.inner_text("#am-live")
    mp.eval("window.argmap.select('lehre-vertrag')")
    page.focus("#mynetwork")
    page.keyboard.press("ArrowUp")  # to what it attacks
    assert mp.eval("window.argmap.cursor()") == "lehre-datenschutz"
    page.keyboard.press("ArrowDown")  # back to an objection of it
    assert mp.eval("window.argmap.cursor()") == "lehre-vertrag"
    page.keyboard.press("Enter")
    assert mp.eval("window.argmap.selected()") == "lehre-vertrag"
    assert mp.eval("document.activeElement.id") == "am-panel-heading"
    mp.assert_clean()


def test_outline_shows_the_debate_and_arguments_in_standard_form(open_map, debate_html):
    mp = open_map(debate_html, viewport={"width": 390, "height": 844})
    page = mp.page
    page.click("[data-view=outline]")
    text = page.inner_text("#am-outline")
    assert text.index("Sollen Hochschulen") < text.index("Ja: eigener Betrieb")
    assert "Dafür:" in text and "Dagegen:" in text
    argument = page.inner_text(".am-ol-argument")
    assert "Unabhängigkeitsargument" in argument
    premises = mp.eval("[...document.querySelector('.am-ol-argument').querySelectorAll("
                       "'.am-premises li')]"
                       ".map(li => li.textContent)")
    assert premises == ["Forschung ohne Nutzungsgrenzen", "Offene Gewichte sind verfügbar"]
    assert mp.eval("document.querySelector('.am-ol-argument .am-conclusion').start") == 3
    assert mp.eval("document.documentElement.scrollWidth") <= 390
    page.click("#am-outline-collapse")
    assert mp.eval("document.querySelectorAll('#am-outline details[open]').length") == 0
    page.click(".am-ol-go >> nth=0")
    assert mp.eval("document.body.dataset.view") == "map"
    mp.assert_clean()


def test_presentation_steps_with_arrow_keys_and_permalinks(open_map, debate_html):
    mp = open_map(debate_html, viewport=FULL_HD)
    page = mp.page
    page.click("#am-present-open")
    assert page.is_visible("#am-present")
    assert "Sollen Hochschulen" in page.inner_text("#am-present-body")
    page.keyboard.press("ArrowRight")
    assert "Ja: eigener Betrieb" in page.inner_text("#am-present-body")
    page.keyboard.press("ArrowRight")
    body = page.inner_text("#am-present-body")
    assert "Gründe dafür" in body and "Einblick in das Modell" in body
    page.keyboard.press("ArrowRight")
    assert "das urteil" in page.inner_text("#am-present-body").lower()
    assert mp.eval("location.hash") == "#present/4"
    page.keyboard.press("ArrowLeft")
    assert mp.eval("location.hash") == "#present/3"
    font = mp.eval("parseFloat(getComputedStyle(document.querySelector('.am-pr-claim')).fontSize)")
    assert font >= 24
    page.keyboard.press("Escape")
    assert page.is_hidden("#am-present")
    mp2 = open_map(debate_html, fragment="#present/2", viewport=FULL_HD)
    assert "Ja: eigener Betrieb" in mp2.page.inner_text("#am-present-body")
    mp.assert_clean()
    mp2.assert_clean()


_VIS_ITEMS = """() => ({
    nodes: window.argmap.nodes.get().map(n => [n.id, n.x, n.y, n.size, n.kind, !!n.hidden]).sort(),
    edges: window.argmap.edges.get().map(e => [e.id, e.from, e.to, e.kind]).sort()})"""


def _count_vis_changes(mp) -> None:
    mp.eval("""() => { window._visChanges = [];
        ['nodes', 'edges'].forEach(k => window.argmap[k].on('*', (event, props) =>
            window._visChanges.push(k + ':' + event))); }""")


def test_an_update_changes_only_the_vis_items_that_differ(open_map, debate_view, tmp_path):
    # vis-network holds the cards for the camera; an update that changes texts must leave it
    # alone (a refill doubled the next frame), one that changes the structure must leave it
    # exactly as a fresh page of the new data has it
    mp = open_map(render_html(debate_view), viewport=FULL_HD)
    mp.page.wait_for_function("() => window.argmap.complete")
    mp.eval("window.argmap.select('kosten-teilen')")
    before = mp.eval(_VIS_ITEMS)
    assert len(before["nodes"]) >= 19 and before["edges"]
    payload = json.loads(json.dumps(build_payload(debate_view)))
    i = payload["claims"]["id"].index("kosten-teilen")
    payload["claims"]["text"][i] = "Ein ganz neuer Wortlaut."
    payload["claims"]["caption"][i] = None
    _count_vis_changes(mp)
    assert mp.eval("(p) => window.argmap.update(p)", payload) is True
    assert mp.eval("window._visChanges") == []
    assert mp.eval(_VIS_ITEMS) == before
    assert "Ein ganz neuer Wortlaut." in mp.page.inner_text("#am-panel")
    # a new claim, a removed one (and its relations), a filter that hides claims
    copy = tmp_path / "m"
    shutil.copytree(FIXTURES / "debate", copy)
    (copy / "neu.yaml").write_text(
        "topic: kosten\nclaims:\n  - id: kosten-neu\n    text: \"Ein neuer Einwand.\"\n"
        "    stance: risk\n    attacks: [kosten-teilen]\n", encoding="utf-8")
    changed = json.loads(json.dumps(build_payload(view_of_dir(copy))))
    mp.eval("(p) => window.argmap.update(p)", changed)
    assert "add" in " ".join(mp.eval("window._visChanges"))
    fresh = open_map(render_html(view_of_dir(copy)), viewport=FULL_HD)
    fresh.page.wait_for_function("() => window.argmap.complete")
    assert mp.eval(_VIS_ITEMS) == fresh.eval(_VIS_ITEMS)
    mp.page.select_option("#am-f-stance", "risk")
    fresh.page.select_option("#am-f-stance", "risk")
    assert any(n[5] for n in mp.eval(_VIS_ITEMS)["nodes"])
    mp.eval("(p) => window.argmap.update(p)", json.loads(json.dumps(build_payload(debate_view))))
    fresh2 = open_map(render_html(debate_view), viewport=FULL_HD)
    fresh2.page.wait_for_function("() => window.argmap.complete")
    fresh2.page.select_option("#am-f-stance", "risk")
    assert mp.eval(_VIS_ITEMS) == fresh2.eval(_VIS_ITEMS)
    for m in (mp, fresh, fresh2):
        m.assert_clean()


def test_update_replaces_the_data_in_place(open_map, debate_view, tmp_path):
    mp = open_map(render_html(debate_view), viewport=FULL_HD)
    page = mp.page
    mp.eval("window.argmap.select('kosten-teilen')")
    page.wait_for_timeout(400)
    mp.eval("network.moveTo({position: {x: 123, y: 456}, scale: 0.77})")
    mp.eval("window.argmap.setMark('these-ja', 'accept')")
    page.click(".am-tab[data-tab=balance]")
    copy = tmp_path / "m"
    shutil.copytree(FIXTURES / "debate", copy)
    (copy / "neu.yaml").write_text(
        "topic: kosten\nclaims:\n  - id: kosten-neu\n    text: \"Ein neuer Einwand.\"\n"
        "    stance: risk\n    attacks: [kosten-teilen]\n", encoding="utf-8")
    since = SinceMarks("vorher", new=("kosten-neu",))
    payload = json.loads(json.dumps(build_payload(view_of_dir(copy), since=since)))
    assert mp.eval("(p) => window.argmap.update(p)", payload) is True
    assert mp.eval("network.getScale()") == pytest.approx(0.77)
    view = mp.eval("network.getViewPosition()")
    assert view["x"] == pytest.approx(123) and view["y"] == pytest.approx(456)
    assert mp.eval("window.argmap.selected()") == "kosten-teilen"
    assert mp.eval("document.querySelector('.am-tab.am-active').dataset.tab") == "balance"
    assert mp.eval("window.argmap.position.marks") == {"these-ja": "accept"}
    assert "kosten-neu" in mp.eval("window.argmap.data.claims.id")
    assert "20 Behauptungen" in page.inner_text("#am-counts")
    page.click(".am-tab[data-tab=since]")
    assert "1 neue Behauptung" in page.inner_text("#am-since") and "Ein neuer Einwand." in (
        page.inner_text("#am-since"))
    with pytest.raises(Exception, match="not a payload"):
        mp.eval("window.argmap.update({format: 1})")
    mp.errors.clear()
    # problems: an overlay above the last good map, removed by an empty list
    mp.eval("""window.argmap.showProblems([
        {file: 'claims/x.yaml', line: 12, column: 7, code: 'schema',
         message: 'Unbekannter Schlüssel'},
        {message: '<b>kein HTML</b>'}])""")
    text = page.inner_text("#am-problems")
    assert "2 Probleme" in text and "claims/x.yaml:12:7" in text and "<b>kein HTML</b>" in text
    assert mp.eval("document.querySelectorAll('#am-problems b').length") == 0
    mp.eval("window.argmap.showProblems([])")
    assert page.is_hidden("#am-problems")
    mp.assert_clean()


def test_new_claims_are_marked_and_listed(open_map, debate_view):
    since = SinceMarks("HEAD~1", new=("kosten-teilen", "lehre-vertrag"), changed=("these-ja",))
    mp = open_map(render_html(debate_view, since=since), viewport=FULL_HD)
    mp.page.click(".am-tab[data-tab=since]")
    text = mp.page.inner_text("#am-since")
    assert "2 neue Behauptungen" in text and "1 geänderte Behauptung" in text
    assert "NEU" in mp.page.inner_text("#am-legend")
    mp.assert_clean()


def test_stability_in_the_browser(open_map, tmp_path):
    """Adding a claim file with three objections keeps ≥ 90 % of the shipped map's cards within
    30 px at fit zoom on 1920×1080."""
    copy = tmp_path / "claims"
    shutil.copytree(REPO / "claims", copy)
    before_view = view_of_dir(copy)
    before = open_map(render_html(before_view), name="before.html", viewport=FULL_HD)
    three_objections(before_view, copy)
    after = open_map(render_html(view_of_dir(copy)), name="after.html", viewport=FULL_HD)
    ids = sorted(before_view.claims)
    a, b = boxes(before, ids), boxes(after, ids)
    kept = sum(1 for c in ids
               if ((a[c]["x"] + a[c]["w"] / 2 - b[c]["x"] - b[c]["w"] / 2) ** 2
                   + (a[c]["y"] + a[c]["h"] / 2 - b[c]["y"] - b[c]["h"] / 2) ** 2) ** 0.5 <= 30)
    fraction = kept / len(ids)
    print(f"stability: {kept}/{len(ids)} = {fraction:.3f}")
    assert fraction >= 0.9
    before.assert_clean()
    after.assert_clean()


def test_an_argument_is_an_inference_node_and_the_panel_lists_premises_and_conclusion(
        open_map, debate_html):
    mp = open_map(debate_html, viewport=FULL_HD)
    page = mp.page
    arg = mp.eval("window.argmap.data.arguments.find(a => a.id === 'arg-unabhaengig')")
    ids = mp.eval("window.argmap.data.claims.id")
    premises = [ids[p] for p in arg["premises"]]
    assert premises == ["lehre-forschungsfreiheit", "lehre-offene-gewichte"]
    assert ids[arg["conclusion"]] == "these-ja"
    # the inference node lies between the premises and the conclusion
    ys = mp.eval("(ids) => ids.map(id => window.argmap.cardBox(id))", [*premises, "these-ja"])
    junction = mp.eval("(p) => network.canvasToDOM(p)", {"x": arg["x"], "y": arg["y"]})
    rect = mp.eval("document.getElementById('mynetwork').getBoundingClientRect().toJSON()")
    jy = rect["top"] + junction["y"]
    assert ys[2]["y"] + ys[2]["h"] < jy < min(b["y"] for b in ys[:2])
    # clicking it opens the argument in standard form
    page.mouse.click(rect["left"] + junction["x"], jy)
    page.wait_for_timeout(100)
    panel = mp.panel_text()
    assert "Unabhängigkeitsargument" in panel
    items = mp.eval("[...document.querySelectorAll('#am-panel .am-standard li')]"
                    ".map(li => li.textContent)")
    assert items == ["Forschung ohne Nutzungsgrenzen", "Offene Gewichte sind verfügbar",
                     "Ja: eigener Betrieb lohnt sich"]
    # a premise's panel shows the argument it belongs to
    mp.eval("window.argmap.select('lehre-offene-gewichte')")
    page.wait_for_timeout(100)
    assert "Argument: Unabhängigkeitsargument" in mp.panel_text()
    mp.assert_clean()
