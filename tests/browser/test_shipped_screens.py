"""The shipped map (output/map.html) and the debate fixture in a real browser: every view at
1920×1080, 1366×768 and 390×844 plus presentation mode at 1920×1080, written to
output/screenshots/ (for the docs and for looking), and axe-core's WCAG 2.1 A/AA check of every
view (0 violations)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from argmap_render_support import FIXTURES
from typer.testing import CliRunner

from argmap.cli import app
from argmap.formats.html import render_html
from argmap.pipeline import check
from argmap.view import build_view

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SIZES = {"1920": {"width": 1920, "height": 1080}, "1366": {"width": 1366, "height": 768},
         "390": {"width": 390, "height": 844}}
VIEWS = ("map", "selected", "outline", "findings", "position", "balance")


@pytest.fixture(scope="module")
def shipped() -> tuple[str, list[str]]:
    html = (ROOT / "output" / "map.html").read_text(encoding="utf-8")
    graph = check(ROOT / "claims").graph
    return html, sorted(n for n, t in graph.nodes(data="type") if t == "claim")


@pytest.fixture(scope="module")
def debate_html() -> str:
    r = check(FIXTURES / "debate")
    return render_html(build_view(r.analysis, "de", r.amap.files))


def show(mp, view: str, claim: str) -> None:
    page = mp.page
    if view == "outline":
        page.click("[data-view=outline]")
        return
    if view == "map":  # the overview, nothing selected
        return
    mp.eval("(id) => window.argmap.select(id)", claim)
    page.wait_for_timeout(450)
    if view != "selected":
        page.click(f".am-tab[data-tab={view}]")
    if view == "position":
        mp.eval("(id) => window.argmap.setMark(id, 'accept')", claim)
    page.wait_for_timeout(150)


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("which", ["shipped", "debate"])
def test_screens_of_every_view(open_map, shipped, debate_html, which, size):
    html = shipped[0] if which == "shipped" else debate_html
    claim = shipped[1][len(shipped[1]) // 2] if which == "shipped" else "these-nein"
    for view in VIEWS:
        mp = open_map(html, viewport=SIZES[size], name=f"{which}-{view}-{size}.html")
        show(mp, view, claim)
        path = mp.screenshot(f"{which}-{view}-{size}.png")
        assert path.stat().st_size > 10_000
        mp.assert_clean()
        mp.page.close()
    if size == "1920":
        mp = open_map(html, viewport=SIZES[size], name=f"{which}-present.html")
        mp.page.click("#am-present-open")
        for step in range(3):
            mp.screenshot(f"{which}-present-{step + 1}-{size}.png")
            mp.page.keyboard.press("ArrowRight")
        mp.assert_clean()


def test_shipped_position_export_matches_the_cli(open_map, shipped, tmp_path: Path) -> None:
    html, claims = shipped
    mp = open_map(html, viewport=SIZES["1920"])
    assert sorted(mp.eval("window.argmap.data.claims.id")) == claims
    mp.eval("window.argmap.setMark('demokratisierung-andreessen-geschenk', 'accept')")
    mp.eval("window.argmap.setMark('missbrauch-angreifer-zugang', 'accept')")
    result = mp.eval("window.argmap.position.result")
    assert result["conflicts"] == [{"a": "demokratisierung-andreessen-geschenk",
                                    "b": "missbrauch-angreifer-zugang", "kind": "attacks"}] or (
        result["conflicts"] == [{"a": "missbrauch-angreifer-zugang",
                                 "b": "demokratisierung-andreessen-geschenk", "kind": "attacks"}])
    mp.page.click(".am-tab[data-tab=position]")
    mp.page.fill("#am-pos-name", "Gruppe „A“: test")
    position = tmp_path / "position.yaml"
    position.write_text(mp.eval("window.argmap.positionYaml()"), encoding="utf-8")
    res = CliRunner().invoke(app, ["check", str(ROOT / "claims"), "--position", str(position),
                                   "--format", "json"])
    assert res.exit_code == 1, res.output
    report = json.loads(res.stdout)
    assert report["position"]["name"] == "Gruppe „A“: test"
    conflicts = [sorted(f["claims"]) for f in report["findings"]
                 if f["code"] == "position-conflict"]
    assert conflicts == [sorted(["missbrauch-angreifer-zugang",
                                 "demokratisierung-andreessen-geschenk"])]
    mp.assert_clean()


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(mp) -> list[dict]:
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    result = axe.Axe().run(mp.page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result.response["violations"]]


@pytest.mark.parametrize("which", ["shipped", "debate"])
def test_axe_finds_no_wcag_violations_in_any_view(open_map, shipped, debate_html, which):
    html = shipped[0] if which == "shipped" else debate_html
    claim = shipped[1][0] if which == "shipped" else "these-ja"
    report = {}
    for view in (*VIEWS, "present"):
        mp = open_map(html, viewport=SIZES["1366"], name=f"axe-{which}-{view}.html")
        if view == "present":
            mp.page.click("#am-present-open")
        else:
            show(mp, view, claim)
        report[view] = axe_violations(mp)
        mp.page.close()
    print(json.dumps({which: {k: len(v) for k, v in report.items()}}))
    assert report == {view: [] for view in report}


def test_shipped_map_fit_shows_main_question_and_answers_readable(open_map, shipped) -> None:
    """At the page's own fit on 1920×1080 the shipped map's main question and each of its
    answers are ≥ 14 CSS px, on screen, and no two cards overlap; "Alles zeigen" shows all."""
    html, claims = shipped
    mp = open_map(html, viewport=SIZES["1920"])
    data = mp.eval("window.argmap.data")
    main = data["questions"][0]["id"]
    answers = [c for c, qs in data["claims"]["answers"] if qs[0] == 0]
    answer_ids = [data["claims"]["id"][i] for i in answers]
    assert len(answer_ids) >= 3
    rect = mp.eval("document.getElementById('mynetwork').getBoundingClientRect().toJSON()")
    q = mp.eval("(id) => window.argmap.questionBox(id)", main)
    b = {c: mp.eval("(id) => window.argmap.cardBox(id)", c) for c in claims}
    fonts = {c: round(b[c]["font"], 1) for c in answer_ids}
    print(json.dumps({"question_px": round(q["font"], 1), "answers_px": fonts}))
    assert q["font"] >= 14
    assert min(fonts.values()) >= 14, fonts
    for box in [q, *(b[c] for c in answer_ids)]:
        assert rect["left"] - 1 <= box["x"] and box["x"] + box["w"] <= rect["right"] + 1
        assert rect["top"] - 1 <= box["y"] and box["y"] + box["h"] <= rect["bottom"] + 1
    ordered = sorted(claims, key=lambda c: b[c]["x"])
    for i, a in enumerate(ordered):  # sweep by x: only neighbours in x can overlap
        p = b[a]
        for c in ordered[i + 1:]:
            r = b[c]
            if r["x"] >= p["x"] + p["w"]:
                break
            assert p["y"] + p["h"] <= r["y"] or r["y"] + r["h"] <= p["y"], (a, c)
    # the start view says that it is a detail; "Alles zeigen" (here without its animation)
    assert mp.page.is_visible("#am-start-hint")
    mp.eval("window.argmap.fitAll()")
    assert not mp.page.is_visible("#am-start-hint")
    for c in claims:
        box = mp.eval("(id) => window.argmap.cardBox(id)", c)
        assert rect["left"] - 1 <= box["x"] and box["x"] + box["w"] <= rect["right"] + 1, c
        assert rect["top"] - 1 <= box["y"] and box["y"] + box["h"] <= rect["bottom"] + 1, c
    mp.assert_clean()
