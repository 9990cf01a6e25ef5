"""The map page in headless Chromium: time to interactive, frame times at every zoom, page size,
the time to open a huge map and zoom into one topic, and the layout in Python — with pyvis's
default page as the peer in the same run.

    .venv/bin/python benchmarks/page/bench.py --sizes 1000 5000 20000 100000 --runs 3 \
        --pyvis-sizes 1000

For every size a seeded map is made: up to ``--files-max`` claims from ``benchmarks/generate.py``
(written and loaded as ``argmap build`` does it), larger ones as a graph in memory with the
generator's shape (one or two relations to earlier claims, 80 % inside the topic) — so that the
page benchmark does not depend on the loader. Each is analysed and rendered by
``argmap.formats.html.render_html``; pyvis's page by ``Network(cdn_resources="in_line")`` with
its defaults (barnesHut physics with stabilisation; its CDN requests are blocked and counted).

Measured (medians over ``--runs``):

* ``tti``: from navigation start until ``window.argmap.ready`` plus two animation frames (pyvis:
  until ``stabilizationIterationsDone`` plus two frames);
* ``frame_overview`` / ``frame_mid`` / ``frame_zoom``: one synchronous redraw of the canvas at
  fit zoom, at a quarter of the way in, and zoomed onto one claim (scale 1);
* ``usable``: from navigation start until the map is interactive, a topic is chosen in the topic
  filter and the view has zoomed onto it and drawn (the "overview + zoom into one topic" path);
* ``layout_s``: :func:`argmap.formats.html.layout.layout` alone, in Python;
* ``bytes``: the size of the page.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generate import TOPICS, generate_map  # noqa: E402

from argmap.analysis import analyse  # noqa: E402
from argmap.graph import build_graph  # noqa: E402
from argmap.load import load_map  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

PYVIS_PROBE = """
(() => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const iv = setInterval(() => {
    if (!window.network || !window.network.once) { return; }
    clearInterval(iv);
    const done = () => frames().then(() => { window.__tti = performance.now(); });
    if (window.network.physics && window.network.physics.options.enabled === false) { done(); }
    else { window.network.once('stabilizationIterationsDone', done); }
  }, 2);
})();
"""
ARGMAP_PROBE = """
(() => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const iv = setInterval(() => {
    if (!(window.argmap && window.argmap.ready)) { return; }
    clearInterval(iv);
    frames().then(() => { window.__tti = performance.now(); });
  }, 2);
})();
"""
FRAMES = """
() => {
  const time = () => {
    const t = performance.now(); network.renderer._redraw(); return performance.now() - t;
  };
  const median = xs => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const run = () => median([0, 1, 2, 3, 4, 5, 6].map(time));
  window.argmap.fit();
  const overview = run();
  const s = network.getScale();
  network.moveTo({scale: Math.min(0.5, s * 4)});
  const mid = run();
  const id = window.argmap.data.claims.id[Math.floor(window.argmap.data.claims.id.length / 2)];
  window.argmap.select(id, {center: false});
  const c = window.argmap.data.claims, i = c.id.indexOf(id);
  network.moveTo({position: {x: c.x[i], y: c.y[i]}, scale: 1, animation: false});
  const zoom = run();
  return {overview, mid, zoom};
}
"""
USABLE = """
() => new Promise(resolve => {
  const sel = document.getElementById('am-f-topic');
  sel.value = sel.options[2].value;
  sel.dispatchEvent(new Event('change'));
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
})
"""


def memory_graph(n: int, seed: int):
    """A graph with the generator's shape, built in memory (for sizes the loader is not
    measured at here)."""
    import networkx as nx

    rng = random.Random(seed)
    topics = TOPICS
    g = nx.MultiDiGraph(title="Synthetische Karte", language="de",
                        topics=[{"id": t, "label": t.capitalize()} for t in topics],
                        sources={"quelle": {"title": "Synthetische Quelle"}})
    ids = [f"c{i:06d}" for i in range(n)]
    members: dict[str, list[str]] = {t: [] for t in topics}
    for k, c in enumerate(ids):
        t = topics[k % len(topics)]
        g.add_node(c, type="claim", text=f"{c}: " + " ".join(
            rng.choice(("Modell", "Daten", "Lizenz", "Kosten", "Zugang", "Markt", "Code"))
            for _ in range(rng.randint(6, 14))) + ".", stance=rng.choice(
            ("opportunity", "risk", "neutral")), topic=t, source="quelle",
            weight=rng.randint(1, 9) / 10, file=f"{t}.yaml", line=k + 1)
        for _ in range(rng.choice((1, 1, 2)) if k else 0):
            own = members[t]
            target = rng.choice(own if own and rng.random() < 0.8 else ids[:k])
            if target != c:
                g.add_edge(c, target, key="supports" if rng.random() < 0.62 else "attacks")
        members[t].append(c)
    return g


def measure(context, path: Path, probe: str, timeout_s: float, ours: bool):
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page = context.new_page()
    page.route("**/*", route)
    page.add_init_script(probe)
    t0 = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
    out = {"capped": False, "blocked": 0}
    try:
        page.wait_for_function("() => window.__tti !== undefined", timeout=timeout_s * 1000,
                               polling=20)
        out["tti"] = page.evaluate("window.__tti") / 1000.0
        if ours:
            out["usable"] = page.evaluate(USABLE) / 1000.0
            out["frames"] = page.evaluate(FRAMES)
    except Exception as exc:  # playwright's TimeoutError
        print(f"  {path.name}: {str(exc).splitlines()[0]}", file=sys.stderr)
        out["capped"] = True
        out["tti"] = time.perf_counter() - t0
    out["blocked"] = len(blocked)
    page.close()
    return out


def pyvis_html(graph) -> str:
    import networkx as nx
    from pyvis.network import Network

    simple = nx.DiGraph()
    for n, d in graph.nodes(data=True):
        if d.get("type") == "claim":
            simple.add_node(n, title=d.get("text", ""))
    for u, v in graph.edges():
        if u in simple and v in simple:
            simple.add_edge(u, v)
    net = Network(cdn_resources="in_line", directed=True)
    net.from_nx(simple)
    return net.generate_html()


def med(xs):
    return round(statistics.median(xs), 3) if xs else None


def one_size(context, tmp: Path, n: int, args) -> dict:
    from argmap.formats.html import render_html
    from argmap.formats.html.layout import layout
    from argmap.view import build_view

    if n <= args.files_max:
        graph = build_graph(load_map(generate_map(tmp / f"map{n}", n, args.seed)))
    else:
        graph = memory_graph(n, args.seed)
    analysis = analyse(graph)
    view = build_view(analysis)
    lay_times = []
    for _ in range(3):
        t = time.perf_counter()
        layout(view)
        lay_times.append(time.perf_counter() - t)
    t = time.perf_counter()
    html = render_html(view)
    render_s = time.perf_counter() - t
    p = tmp / f"argmap-{n}.html"
    p.write_text(html, encoding="utf-8")
    row = {"claims": n, "relations": len(view.relations), "layout_s": med(lay_times),
           "render_s": round(render_s, 2), "bytes": len(html.encode())}
    runs = [measure(context, p, ARGMAP_PROBE, args.timeout, True) for _ in range(args.runs)]
    assert not any(r["capped"] for r in runs), "argmap page did not become interactive"
    row["tti_s"] = med([r["tti"] for r in runs])
    row["usable_s"] = med([r["usable"] for r in runs])
    for k in ("overview", "mid", "zoom"):
        row[f"frame_{k}_ms"] = med([r["frames"][k] for r in runs])
    row["blocked"] = sum(r["blocked"] for r in runs)
    if n in args.pyvis_sizes:
        theirs = pyvis_html(graph)
        q = tmp / f"pyvis-{n}.html"
        q.write_text(theirs, encoding="utf-8")
        pv = [measure(context, q, PYVIS_PROBE, args.timeout, False)
              for _ in range(args.pyvis_runs)]
        row["pyvis_tti_s"] = med([r["tti"] for r in pv])
        row["pyvis_capped"] = any(r["capped"] for r in pv)
        row["pyvis_bytes"] = len(theirs.encode())
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pyvis-sizes", type=int, nargs="*", default=[1000])
    ap.add_argument("--pyvis-runs", type=int, default=1)
    ap.add_argument("--files-max", type=int, default=20000,
                    help="larger maps are built in memory instead of loaded from files")
    ap.add_argument("--timeout", type=float, default=240.0, help="cap per page load (s)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "page.json")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(Path(tmp) / "profile"), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1920, "height": 1080})
        for n in args.sizes:
            row = one_size(context, Path(tmp), n, args)
            results.append(row)
            print(json.dumps(row), flush=True)
        context.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print("\n| claims | page | interactive | overview + topic | frame fit / mid / zoom | "
          "layout (Python) | pyvis default page |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        pv = "—"
        if "pyvis_tti_s" in r:
            pv = f"{'>' if r['pyvis_capped'] else ''}{r['pyvis_tti_s']:.1f} s"
        print(f"| {r['claims']:,} | {r['bytes'] / 1e6:.1f} MB | {r['tti_s']:.2f} s | "
              f"{r['usable_s']:.2f} s | {r['frame_overview_ms']:.0f} / {r['frame_mid_ms']:.0f} / "
              f"{r['frame_zoom_ms']:.0f} ms | {r['layout_s']:.2f} s | {pv} |")


if __name__ == "__main__":
    main()
