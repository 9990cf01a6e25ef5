"""The HTML map, pure Python: escaping, determinism, offline-ness, completeness."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from argmap_render_support import (
    EVIL_ID,
    FIXTURES,
    PAYLOADS,
    analysis_of,
    load_analysis,
    synthetic_graph,
    view_of,
    xss_analysis,
)

from argmap.analysis import Analysis, Options
from argmap.formats.html import render_html
from argmap.formats.html.assets import csp_hash
from argmap.formats.html.layout import layout
from argmap.formats.html.payload import build_payload, safe_url, script_json


class _Page(HTMLParser):
    """Collects tags, attributes and the raw text of every script/style element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: list[tuple[str, dict[str, str | None], str]] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        self.tags.append((tag, d))
        if tag in ("script", "style"):
            self._open = (tag, d)
            self._buf = []

    def handle_data(self, data):
        if self._open:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if self._open and tag == self._open[0]:
            self.raw.append((tag, self._open[1], "".join(self._buf)))
            self._open = None


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def data_of(html: str) -> dict:
    page = parse(html)
    blocks = [text for tag, attrs, text in page.raw
              if tag == "script" and attrs.get("type") == "application/json"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture(scope="module")
def small() -> Analysis:
    return load_analysis("small")


@pytest.fixture(scope="module")
def small_html(small) -> str:
    return render_html(view_of(small))


def test_every_claim_is_in_the_payload_with_its_id(small, small_html):
    data = data_of(small_html)
    claims = {n for n, t in small.graph.nodes(data="type") if t == "claim"}
    assert set(data["claims"]["id"]) == claims
    assert data["claims"]["id"] == sorted(claims)
    # the undercut relation is reified as an inference (id, source index, target index)
    ids = data["claims"]["id"]
    inf = data["inferences"]
    assert [[n, ids[a], ids[b]] for n, a, b in inf] == [
        ["kosten-gering->zugang-breit", "kosten-gering", "zugang-breit"]]
    kinds = data["vocabulary"]["kinds"]
    rel = data["relations"]
    assert len(rel) % 3 == 0
    assert {kinds[rel[i + 2]] for i in range(0, len(rel), 3)} == {
        "supports", "attacks", "contradicts", "undercuts"}


def test_payload_is_compact_every_text_once():
    g = synthetic_graph(3000)
    html = render_html(view_of(analysis_of(g)))
    data = data_of(html)
    for i in (0, 1234, 2999):
        text = data["claims"]["text"][i]
        assert html.count(text) == 1
    # relations are index triples, ids appear once (in the id column) plus findings
    assert all(isinstance(x, int) for x in data["relations"])
    assert html.count('"c01234"') == 1


def test_render_is_deterministic(small):
    assert render_html(view_of(small)) == render_html(view_of(small))


def test_same_claims_in_another_order_give_identical_html(small):
    g = small.graph
    h = nx.MultiDiGraph(**g.graph)
    h.add_nodes_from(reversed(list(g.nodes(data=True))))
    h.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
    other = Analysis(h, Options(), list(small.findings), dict(reversed(small.labels.items())),
                     strength=dict(reversed(small.strength.items())),
                     explanations=dict(small.explanations))
    assert render_html(view_of(other)) == render_html(view_of(small))


def test_render_does_not_mutate_the_graph(small):
    before = (dict(small.graph.graph), list(small.graph.nodes(data=True)),
              list(small.graph.edges(keys=True, data=True)))
    before = json.dumps(before, default=str, sort_keys=True)
    render_html(view_of(small))
    after = (dict(small.graph.graph), list(small.graph.nodes(data=True)),
             list(small.graph.edges(keys=True, data=True)))
    assert json.dumps(after, default=str, sort_keys=True) == before


URL_ATTRS = ("src", "href", "action", "data", "poster", "srcset", "formaction", "background",
             "manifest", "xlink:href", "ping")


def test_page_loads_nothing_from_the_network(small_html):
    page = parse(small_html)
    for tag, attrs in page.tags:
        assert tag not in ("link", "iframe", "object", "embed", "base", "audio", "video")
        if tag == "img":  # the print figure: its picture is drawn by the page (data: URL)
            assert "src" not in attrs
        for name in URL_ATTRS:
            assert name not in attrs or not re.match(r"\s*(https?:)?//", attrs[name] or ""), (
                tag, attrs)
        if tag == "script":
            assert "src" not in attrs
    for tag, _attrs, text in page.raw:
        if tag == "style":
            assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", text)
            assert "@import" not in text
    # the source's URL is present only as data (the page builds the link on click)
    assert "https://example.org/artikel" in json.dumps(data_of(small_html)["sources"])
    assert small_html.count("https://example.org/artikel") == 1


def test_content_security_policy_allows_exactly_the_inline_code(small_html):
    page = parse(small_html)
    metas = [a for t, a in page.tags
             if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(metas) == 1
    csp = metas[0]["content"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "http" not in csp
    executable = [text for tag, attrs, text in page.raw
                  if tag == "script" and attrs.get("type") != "application/json"]
    styles = [text for tag, _a, text in page.raw if tag == "style"]
    assert len(executable) == 2 and len(styles) == 2
    assert sorted(directives["script-src"].split()) == sorted(csp_hash(s) for s in executable)
    assert sorted(directives["style-src"].split()) == sorted(csp_hash(s) for s in styles)
    # the CSP meta comes before anything it governs
    assert small_html.index("Content-Security-Policy") < small_html.index("<style>")


def test_script_json_escapes_what_could_end_the_element():
    text = script_json({"a": "</script><!--&\u2028\u2029", "b": ["<", ">"]})
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == {"a": "</script><!--&\u2028\u2029", "b": ["<", ">"]}


def test_xss_payloads_stay_data():
    analysis = xss_analysis()
    html = render_html(view_of(analysis))
    page = parse(html)
    # the payloads never appear as markup: only the page's own tags exist
    assert "onerror" not in {k for _t, a in page.tags for k in a}
    assert "onload" not in {k for _t, a in page.tags for k in a}
    assert not [k for _t, a in page.tags for k in a if k.startswith("on")]
    assert [t for t, _a in page.tags if t in ("script", "style", "img", "a", "iframe")] == [
        "style", "style", "a", "img", "script", "script", "script"]
    assert [a.get("href") for t, a in page.tags if t == "a"] == ["#am-outline-body"]
    assert all(a.get("aria-hidden") == "true" for t, a in page.tags if t == "svg")
    assert html.count("</script>") == 3
    assert "<img src=x" not in html
    assert "<svg onload" not in html
    # ... but they survive literally as data
    data = data_of(html)
    c = data["claims"]
    i = {cid: k for k, cid in enumerate(c["id"])}
    assert c["text"][i["b"]] == PAYLOADS[0]
    assert EVIL_ID in i
    assert data["tags"][dict(c["tags"])[i["a"]][1]] == PAYLOADS[2]
    assert PAYLOADS[1] in data["topics"][1]["label"]
    assert any(PAYLOADS[3] == note for _, note in data["notes"])
    assert PAYLOADS[0] in data["findings"][0]["message"]
    # title and description are escaped by the template
    assert "Titel &lt;img src=x onerror=&#34;window.__xss=1&#34;&gt;" in html
    # only http(s) URLs survive; colours are checked
    urls = {s["id"]: s["url"] for s in data["sources"]}
    assert urls["s1"] is None and urls["s3"] is None
    assert urls["s2"] == "https://example.org/ok?a=1&b=<2>"
    assert re.fullmatch(r"#[0-9a-fA-F]{3,6}", data["topics"][1]["color"])
    # explanations reach the page as their worded text
    assert c["explanation"][i["a"]].endswith(PAYLOADS[0] + " ist akzeptiert.")
    assert c["explanation"][i["b"]].startswith("Offen: b liegt auf einem Angriffszyklus")
    assert PAYLOADS[2] in c["explanation"][i["b"]]


@pytest.mark.parametrize(("url", "ok"), [
    ("https://example.org/x", True),
    ("http://example.org", True),
    ("HTTPS://EXAMPLE.ORG/", True),
    ("javascript:alert(1)", False),
    (" javascript:alert(1)", False),
    ("java\nscript:alert(1)", False),
    ("data:text/html,<script>", False),
    ("vbscript:x", False),
    ("//example.org/x", False),
    ("/relative", False),
    ("https:///nohost", False),
    ("https://exa mple.org", False),
    (None, False),
    (42, False),
])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_every_stance_verdict_and_relation_has_a_second_cue(small_html):
    voc = data_of(small_html)["vocabulary"]
    assert len(set(voc["stance"]["symbol"])) == 3            # + − ○ besides the colour
    assert len(set(voc["verdict"]["mark"])) == 3             # ✓ ✗ ? besides the border
    assert len({tuple(d) for d in voc["verdict"]["dashes"]}) == 3
    cues = {(h, tuple(d), b) for h, d, b in zip(voc["relation"]["head"],
                                                voc["relation"]["dashes"],
                                                voc["relation"]["both"], strict=True)}
    assert len(cues) == 4                                    # arrowhead / pattern per kind


def test_positions_are_fixed_numbers(small_html):
    c = data_of(small_html)["claims"]
    assert all(isinstance(x, float) for x in c["x"] + c["y"])


def test_english_page(small):
    html = render_html(view_of(small), lang="en")
    assert '<html lang="en">' in html
    assert "Legend" in html and "Legende" not in html
    assert data_of(html)["ui"]["label.in"] == "accepted"
    assert render_html(view_of(small), lang="xx") == render_html(view_of(small), lang="de")


def test_page_scripts_cannot_end_early():
    from argmap.formats.html import assets

    for text in (assets.app_js(), assets.vis_js()):
        assert "</script" not in text.lower() and "<!--" not in text
    for text in (assets.app_css(), assets.vis_css()):
        assert "</style" not in text.lower()


def test_vis_network_comes_from_the_installed_pyvis(small_html):
    import pyvis

    vis = (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(
        encoding="utf-8")
    assert vis.split("//# sourceMappingURL")[0] in small_html
    assert "sourceMappingURL" not in small_html
    repo = Path(__file__).resolve().parents[2]
    assert not list((repo / "argmap").rglob("vis-network*"))


def test_grounded_labels_strength_and_findings_reach_the_page(small, small_html):
    data = data_of(small_html)
    c = data["claims"]
    labels = data["vocabulary"]["labels"]
    i = {cid: k for k, cid in enumerate(c["id"])}
    for cid, label in small.labels.items():
        assert labels[c["label"][i[cid]]] == label
    isolated = [f for f in data["findings"] if f["code"] == "isolated-claim"]
    assert isolated and i["isoliert"] in dict(c["findings"])
    expected = small.strength.get("kosten-gering", 0.7)
    assert c["strength"][i["kosten-gering"]] == round(expected, 3)
    bare = Analysis(small.graph, Options(), [], dict(small.labels))
    bc = build_payload(view_of(bare))["claims"]
    assert bc["strength"][bc["id"].index("kosten-gering")] == 0.7


def test_explanations_reach_the_page_in_its_language(small):
    for lang in ("de", "en"):
        c = build_payload(view_of(small, lang))["claims"]
        for cid, ex in small.explanations.items():
            assert c["explanation"][c["id"].index(cid)] == ex.message(lang)


def test_layout_scales_and_is_deterministic():
    g = synthetic_graph(5000)
    view = view_of(analysis_of(g))
    first = layout(view)
    assert layout(view).positions == first.positions
    assert len(first.positions) == 5000
    # regions do not overlap and hold their claims
    for i, r in enumerate(first.regions):
        for s in first.regions[i + 1:]:
            assert (r.x + r.w <= s.x or s.x + s.w <= r.x or r.y + r.h <= s.y
                    or s.y + s.h <= r.y)
    box = {r.topic: r for r in first.regions}
    for c, (x, y) in first.positions.items():
        r = box[g.nodes[c]["topic"]]
        assert r.x < x < r.x + r.w and r.y < y < r.y + r.h


def test_layout_puts_targets_above_their_reasons(small):
    lay = layout(view_of(small))
    pos = lay.positions
    assert pos["these"][1] < pos["zugang-breit"][1] < pos["kosten-gering"][1]
    assert pos["kosten-gering"][1] < pos["hardware-teuer"][1] < pos["cloud-miete"][1]


def test_large_map_renders_with_light_styling():
    g = synthetic_graph(5000)
    a = Analysis(g, Options(), [], {n: "undec" for n in g})
    data = data_of(render_html(view_of(a)))
    assert data["large"] is True and len(data["claims"]["id"]) == 5000


def test_fixture_dir_exists():
    assert (FIXTURES / "small" / "map.yaml").is_file()
