"""Time-to-interactive of argmap's map page vs. pyvis's default page, in headless Chromium.

    .venv/bin/python benchmarks/page/bench.py --sizes 1000 5000 --runs 3

For every size a seeded map is generated (benchmarks/generate.py, the same generator as the
other benchmarks), loaded and analysed as ``argmap build`` does it, and rendered twice:

* argmap: ``argmap.formats.html.render_html`` (fixed layout, physics off);
* pyvis: ``pyvis.network.Network(cdn_resources="in_line").from_nx(...)`` with its defaults
  (barnesHut physics with stabilisation) — the Bootstrap CDN requests its template makes are
  blocked (and counted).

Time-to-interactive = from navigation start until the network has drawn its final layout and
the main thread is free: for argmap until ``window.argmap.ready`` plus two animation frames; for
pyvis until vis-network's ``stabilizationIterationsDone`` (when pyvis hides its loading bar)
plus two animation frames. Reported: median over the runs (pyvis runs may be capped by
``--timeout``; a capped run counts as the cap and is marked ``>``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generate import generate_map  # noqa: E402

from argmap.analysis import analyse  # noqa: E402
from argmap.graph import build_graph  # noqa: E402
from argmap.load import load_map  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# resolves window.__tti once the page is interactive (pyvis: after stabilisation)
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


def measure(context, path: Path, probe: str, timeout_s: float) -> tuple[float, bool, int]:
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
    capped = False
    try:
        page.wait_for_function("() => window.__tti !== undefined", timeout=timeout_s * 1000)
        tti = page.evaluate("window.__tti") / 1000.0
    except Exception as exc:  # playwright's TimeoutError
        print(f"  {path.name}: {str(exc).splitlines()[0]}", file=sys.stderr)
        capped = True
        tti = time.perf_counter() - t0
    page.close()
    return tti, capped, len(blocked)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pyvis-runs", type=int, default=None, help="default: --runs")
    ap.add_argument("--timeout", type=float, default=300.0, help="cap per page load (s)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "page.json")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    from argmap.formats.html import render_html
    from argmap.view import build_view

    pyvis_runs = args.runs if args.pyvis_runs is None else args.pyvis_runs
    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(Path(tmp) / "profile"), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1400, "height": 900})
        for n in args.sizes:
            graph = build_graph(load_map(generate_map(Path(tmp) / f"map{n}", n, args.seed)))
            t = time.perf_counter()
            analysis = analyse(graph)
            analysis_s = time.perf_counter() - t
            t = time.perf_counter()
            ours = render_html(build_view(analysis))
            render_s = time.perf_counter() - t
            t = time.perf_counter()
            theirs = pyvis_html(graph)
            pyvis_render_s = time.perf_counter() - t
            p_ours = Path(tmp) / f"argmap-{n}.html"
            p_theirs = Path(tmp) / f"pyvis-{n}.html"
            p_ours.write_text(ours, encoding="utf-8")
            p_theirs.write_text(theirs, encoding="utf-8")
            row = {"claims": n, "relations": graph.number_of_edges(),
                   "analysis_s": round(analysis_s, 2), "argmap_render_s": round(render_s, 2),
                   "pyvis_render_s": round(pyvis_render_s, 2),
                   "argmap_bytes": len(ours.encode()), "pyvis_bytes": len(theirs.encode()),
                   "argmap_tti_s": [], "pyvis_tti_s": [], "pyvis_capped": [],
                   "argmap_blocked": 0, "pyvis_blocked": 0}
            for _ in range(args.runs):
                tti, capped, blocked = measure(context, p_ours, ARGMAP_PROBE, args.timeout)
                row["argmap_tti_s"].append(round(tti, 3))
                row["argmap_blocked"] += blocked
                assert not capped, "argmap page did not become interactive"
            for _ in range(pyvis_runs):
                tti, capped, blocked = measure(context, p_theirs, PYVIS_PROBE, args.timeout)
                row["pyvis_tti_s"].append(round(tti, 3))
                row["pyvis_capped"].append(capped)
                row["pyvis_blocked"] += blocked
            row["argmap_median_s"] = statistics.median(row["argmap_tti_s"])
            row["pyvis_median_s"] = (statistics.median(row["pyvis_tti_s"])
                                     if row["pyvis_tti_s"] else None)
            results.append(row)
            print(json.dumps(row), flush=True)
        context.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print("\n| claims | relations | argmap TTI (median) | pyvis default TTI (median) | "
          "argmap render (Python) | page size argmap / pyvis |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        cap = ">" if any(r["pyvis_capped"]) else ""
        pv = "—" if r["pyvis_median_s"] is None else f"{cap}{r['pyvis_median_s']:.1f} s"
        print(f"| {r['claims']} | {r['relations']} | {r['argmap_median_s']:.2f} s | {pv} | "
              f"{r['argmap_render_s']:.2f} s | {r['argmap_bytes'] / 1e6:.1f} MB / "
              f"{r['pyvis_bytes'] / 1e6:.1f} MB |")


if __name__ == "__main__":
    main()
