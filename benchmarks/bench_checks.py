"""All checks of ``argmap check`` on generated maps, after loading; with a naive peer.

    .venv/bin/python benchmarks/bench_checks.py [--claims 1000 10000] [--runs 5]

For each size, two seeded maps from benchmarks/generate.py: ``planted`` (coherent like a real
map, a few incoherent claims) and ``random`` (relations drawn without regard to coherence: the
map is wildly incoherent, thousands of findings with chains — a worst case). Timed: ``analyse``
(every default check, grounded labels with explanations, DF-QuAD, coherence with shortest
chains) on the already built graph, median of ``--runs``. Peer, in the same run: the textbook way
to find incoherent claims, one breadth-first search x ⇒* ¬x per claim in the networkx
implication graph (no chains, just the yes/no answer).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate_map

from argmap.analysis import analyse, collector_paused
from argmap.analysis.context import Context
from argmap.graph import build_graph
from argmap.load import load_map


def naive_incoherent(ig) -> set:
    """Claims x with x ⇒* ¬x, by one BFS per claim (the obvious O(n·m) method)."""
    out = set()
    for claim, value in ig:
        if not value:
            continue
        target, seen, queue = (claim, False), {(claim, True)}, deque([(claim, True)])
        while queue:
            v = queue.popleft()
            if v == target:
                out.add(claim)
                break
            for w in ig._succ[v]:
                if w not in seen:
                    seen.add(w)
                    queue.append(w)
    return out


def median_time(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("| map | claims | relations | findings | all checks (median) | naive incoherence "
          "peer | peer / ours |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.claims:
            for shape in ("planted", "random"):
                root = generate_map(Path(tmp) / f"{shape}{n}", n, seed=1,
                                    planted=shape == "planted")
                with collector_paused():  # as `argmap check` loads
                    graph = build_graph(load_map(root))
                findings = len(analyse(graph).findings)
                ours = median_time(lambda g=graph: analyse(g), args.runs)
                ig = Context(graph).implication_graph
                peer_runs = args.runs if n <= 2000 or shape == "planted" else 1
                peer = median_time(lambda ig=ig: naive_incoherent(ig), peer_runs)
                print(f"| {shape} | {n:,} | {graph.number_of_edges():,} | {findings:,} "
                      f"| {ours:.2f} s | {peer:.2f} s | {peer / ours:.1f}x |", flush=True)


if __name__ == "__main__":
    main()
