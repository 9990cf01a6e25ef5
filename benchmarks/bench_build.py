"""Whole-process cost of ``argmap build`` on generated maps, against peers in the same run.

    .venv/bin/python benchmarks/bench_build.py [--claims 1000 5000] [--runs 5]

For each size, a seeded map is generated (benchmarks/generate.py) and timed as whole processes:
``argmap build`` (load, check, render, write), ``argmap check --format json``, the interpreter
start-up with ``import argmap.cli`` as the floor, and as the peer pyvis 0.3.2 writing its default
page for the same graph (``Network.from_nx`` + ``write_html``, no checks). Medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate_map

BIN = Path(sys.executable).parent

PYVIS_PEER = """
import sys
import networkx as nx
from pyvis.network import Network
from argmap.load import load_map
amap = load_map(sys.argv[1])
g = nx.DiGraph()
for cid, rec in amap.claims.items():
    g.add_node(cid, label=cid, title=rec.claim.text)
for r in amap.relations:
    if r.kind != "undercuts":
        g.add_edge(r.source, str(r.target))
net = Network(directed=True, cdn_resources="in_line")
net.from_nx(g)
net.write_html(sys.argv[2], notebook=False)
"""


def median_seconds(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{cmd} failed: {proc.stderr.decode()[-2000:]}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("| claims | relations | argmap build | argmap check | import floor | pyvis peer "
          "| build / peer |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.claims:
            root = generate_map(Path(tmp) / f"m{n}", n, seed=1)
            relations = sum(
                line.count('"') // 2 for f in root.glob("*.yaml") if f.name != "map.yaml"
                for line in f.read_text().splitlines()
                if line.strip().startswith(("supports", "attacks", "contradicts", "undercuts"))
            )
            out = Path(tmp) / f"m{n}.html"
            build = median_seconds([str(BIN / "argmap"), "build", str(root), "-o", str(out)],
                                   args.runs)
            check = median_seconds(
                [str(BIN / "argmap"), "check", str(root), "--format", "json"], args.runs)
            floor = median_seconds([sys.executable, "-c", "import argmap.cli"], args.runs)
            peer = median_seconds(
                [sys.executable, "-c", PYVIS_PEER, str(root), str(Path(tmp) / "peer.html")],
                args.runs)
            print(f"| {n:,} | {relations:,} | {build:.2f} s | {check:.2f} s | {floor:.2f} s "
                  f"| {peer:.2f} s | {build / peer:.2f} |")


if __name__ == "__main__":
    main()
