"""All checks of ``argmap check`` on generated maps, after loading; with a naive peer.

    .venv/bin/python benchmarks/bench_checks.py [--claims 10000 20000 50000] [--runs 3]
    PYTHONPATH=/path/to/other/checkout .venv/bin/python benchmarks/bench_checks.py ...

For each size, two seeded maps from benchmarks/generate.py (files split to ≤ 500 claims by
benchmarks/semantics/maps.py, so that 50,000 claims load): ``planted`` (coherent like a real
map, a few incoherent claims) and ``random`` (relations drawn without regard to coherence: the
map is wildly incoherent, thousands of findings with chains — a worst case). Timed (median CPU
time of ``--runs``), on the already built graph:

- ``all checks``: ``analyse`` — every default check, grounded labels with explanations,
  DF-QuAD, coherence with a chain for every incoherent claim;
- ``incoherent claims``: the implication graph built afresh, then ``incoherent_claims`` with
  every chain materialised (the part issue 15 asks to make near-linear).

Peer, in the same run, up to ``--peer-max`` claims: the textbook way to find incoherent claims,
one breadth-first search x ⇒* ¬x per claim in the implication graph (yes/no only, no chains).
Run the script once more with ``PYTHONPATH`` pointing at another checkout to measure that code
on the same maps (before → after).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "semantics"))
from maps import generated_map, load_graph

import argmap
from argmap.analysis import analyse, collector_paused
from argmap.analysis.context import Context
from argmap.semantics.coherence import incoherent_claims


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
    """Median CPU time of the process over ``runs`` calls (the machine is shared: CPU time is
    far less disturbed by other work than wall time; all of this is single-threaded)."""
    times = []
    for _ in range(runs):
        with collector_paused():  # as analyse runs
            start = time.process_time()
            func()
            times.append(time.process_time() - start)
    return statistics.median(times)


def chains(graph) -> int:
    """Incoherent claims of a fresh implication graph, every chain read in full."""
    found = incoherent_claims(Context(graph).implication_graph)
    return sum(len(tuple(chain)) for chain in found.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, nargs="+", default=[10000, 20000, 50000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peer-max", type=int, default=10000)
    args = parser.parse_args()
    print(f"argmap from {Path(argmap.__file__).parent.parent}")
    print("| map | claims | relations | findings | incoherent | mean chain | all checks "
          "| incoherent claims | naive peer | peer / ours |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.claims:
            for shape in ("planted", "random"):
                graph = load_graph(generated_map(Path(tmp), n, planted=shape == "planted"))
                findings = len(analyse(graph).findings)
                bad = incoherent_claims(Context(graph).implication_graph)
                mean = statistics.mean(len(tuple(c)) for c in bad.values()) if bad else 0
                ours = median_time(lambda g=graph: analyse(g), args.runs)
                coh = median_time(lambda g=graph: chains(g), args.runs)
                peer_cell, ratio = "—", "—"
                if n <= args.peer_max:
                    ig = Context(graph).implication_graph
                    peer = median_time(lambda ig=ig: naive_incoherent(ig), 1)
                    peer_cell, ratio = f"{peer:.2f} s", f"{peer / coh:.1f}x"
                print(f"| {shape} | {n:,} | {graph.number_of_edges():,} | {findings:,} "
                      f"| {len(bad):,} | {mean:.1f} | {ours:.2f} s | {coh:.2f} s | {peer_cell} "
                      f"| {ratio} |", flush=True)


if __name__ == "__main__":
    main()
